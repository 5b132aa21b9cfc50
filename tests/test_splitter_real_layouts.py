"""Leads, credits, photo items and headline groups as other papers print them: one test per
construction, on small pages of invented sentences."""
from __future__ import annotations

import pytest

from pipeline.splitter import split_page


def page(*blocks: str) -> str:
    return "\n\n" + "\n\n".join(blocks) + "\n"


HEAD = "东湖区总工会举办职工技能比赛"
BODY = "比赛设置电工、焊工等六个项目，来自全区四十家企业的二百余名职工参加角逐。"
NEXT_HEAD = "西山区总工会慰问环卫工人"
NEXT_BODY = "近日，西山区总工会走访辖区环卫站点，为一线环卫工人送去棉衣和手套。"


def assert_rejoined(body: str, cut: str, rest: str, *after: str) -> None:
    """After HEAD and ``body``, the line ``cut`` and the block ``rest`` (a column break between them)
    are one article's text, no new headline."""
    arts = split_page(page(HEAD, body, cut, rest, *after)).articles
    assert [a.headline for a in arts] == [HEAD] and cut + rest in arts[0].text.replace("\n", "")


@pytest.mark.parametrize("lead, source, byline", [
    ("本网讯（记者甲乙丙）", "本网讯", {"reporters": ["甲乙丙"]}),
    ("中工网讯 ", "中工网讯", {}),
    ("本报东湖3月2日讯（记者 丁戊）", "本报东湖3月2日讯", {"reporters": ["丁戊"]}),
    ("新华社东湖3月2日电", "新华社东湖3月2日电", {}),
    ("某地新闻网讯：", "某地新闻网讯", {}),
    ("某城晚报4月1日讯 （记者 王甲 通讯员 李乙 赵丙）", "某城晚报4月1日讯", {"reporters": ["王甲"], "correspondents": ["李乙", "赵丙"]}),
    ("某网某地5月6日电 （孙丁）", "某网某地5月6日电", {"reporters": ["孙丁"]}),
    ("记者 周戊 报道：", None, {"reporters": ["周戊"]}),
    ("本报讯（记者 王甲 实习生 李乙）", "本报讯", {"reporters": ["王甲", "李乙"]}),   # an intern reports too
    # credits of two outlets parted by a comma after a dateline
    ("本报东湖3月2日电新华社记者王甲、李乙，本报记者赵丙报道：", "本报东湖3月2日电", {"reporters": ["王甲", "李乙", "赵丙"]}),
])
def test_leads_of_other_outlets(lead, source, byline):
    text = lead + "3月1日，东湖区总工会举办职工技能比赛，各企业踊跃报名。"
    art, = split_page(page(HEAD, text, BODY)).articles
    assert art.headline == HEAD and art.source == source
    assert {k: v for k, v in art.byline.items() if v} == byline
    assert art.text.startswith("3月1日，东湖区总工会")


def test_a_line_of_two_common_words_after_a_credit_word_is_no_credit():
    """某某新闻摄影比赛启事 (a notice's headline): 比赛|启事 is two common words, no photographer;
    a name that is one common word still is one (记者严明)."""
    arts = split_page(page(HEAD, "本报讯（记者 严明）" + BODY, "庆新春新闻摄影比赛启事", NEXT_BODY)).articles
    assert arts[0].byline["reporters"] == ["严明"]
    assert not any(a.byline["photographers"] for a in arts)


def test_outlet_credit_line_after_the_headline():
    art, = split_page(page(HEAD, "某日报-某网记者王甲 通讯员李乙", "3月1日，东湖区总工会举办职工技能比赛。", BODY)).articles
    assert art.byline["reporters"] == ["王甲"] and art.byline["correspondents"] == ["李乙"]
    assert art.source == "某日报-某网" and art.text.startswith("3月1日")


def test_no_lead_headline_then_body_after_a_finished_article():
    arts = split_page(page(HEAD, "本报讯（记者 王甲）" + BODY, NEXT_HEAD, NEXT_BODY)).articles
    assert [a.headline for a in arts] == [HEAD, NEXT_HEAD]
    assert arts[1].source is None and arts[1].text == NEXT_BODY


def test_headline_after_an_article_whose_text_was_cut():
    cut = "活动现场，工作人员为职工们讲解安全生产知识，并发放"   # the stored text stops here
    arts = split_page(page(HEAD, "本报讯（记者 王甲）" + BODY, cut, NEXT_HEAD, NEXT_BODY)).articles
    assert [a.headline for a in arts] == [HEAD, NEXT_HEAD]
    assert arts[0].text.endswith("并发放")


@pytest.mark.parametrize("credit, byline", [
    ("（记者 王甲）", {"reporters": ["王甲"]}),
    ("（某城日报记者 王甲/文 李乙/摄）", {"reporters": ["王甲"], "photographers": ["李乙"]}),
    ("（王甲 李乙）", {"correspondents": ["王甲", "李乙"]}),
    ("（东湖区总工会宣传部）", {}),
    ("（完）", {}),
])
def test_credit_bracket_ending_the_body(credit, byline):
    art, = split_page(page(HEAD, "本报讯 " + BODY, NEXT_BODY + credit)).articles
    assert {k: v for k, v in art.byline.items() if v} == byline
    assert art.text.endswith("送去棉衣和手套。")


@pytest.mark.parametrize("line, byline", [
    ("图文/王甲 编辑/李乙", {"photographers": ["王甲"], "authors": ["王甲"]}),
    ("文/某城青年报记者 赵丙", {"reporters": ["赵丙"]}),
    ("（图文：孙丁）", {"photographers": ["孙丁"], "authors": ["孙丁"]}),
    ("（某城日报记者 王甲/文 李乙/摄）", {"reporters": ["王甲"], "photographers": ["李乙"]}),
    ("（文/图 王甲）", {"reporters": ["王甲"], "photographers": ["王甲"]}),   # two credit words, one name
])
def test_credit_line_after_the_body(line, byline):
    other = "本报讯（记者 周戊）近日，西山区总工会举办职工运动会，千余名职工参加。"
    arts = split_page(page(HEAD, BODY, NEXT_BODY, line, NEXT_HEAD, other)).articles
    assert [a.headline for a in arts] == [HEAD, NEXT_HEAD]
    assert {k: v for k, v in arts[0].byline.items() if v} == byline
    assert arts[0].text.endswith("送去棉衣和手套。") and "编辑" not in arts[0].text


def test_an_organization_signing_the_piece_is_its_credit_line():
    art, = split_page(page(HEAD, "本报讯 " + BODY, NEXT_BODY + "（东湖区总工会宣传部）")).articles
    assert art.credit_line == "东湖区总工会宣传部" and not any(art.byline.values())


def test_bracket_inside_a_sentence_stays_in_the_body():
    last = "会议审议通过了《职工代表大会实施办法（试行）》"
    art, = split_page(page(HEAD, "本报讯 " + BODY, last)).articles
    assert art.text.endswith("（试行）》")


def test_names_printed_without_a_space_in_a_credit():
    art, = split_page(page(HEAD, "本报讯 " + BODY, NEXT_BODY + "（王甲乙李丙）")).articles
    assert art.byline["correspondents"] == ["王甲乙", "李丙"]


def test_photo_item_with_tag_and_caption_credit():
    caption = "3月1日，东湖区职工在技能比赛中展示焊接技艺。（某社记者王甲摄）"
    arts = split_page(page("东湖职工比技能（图片）", caption, NEXT_HEAD, NEXT_BODY)).articles
    assert [a.headline for a in arts] == ["东湖职工比技能（图片）", NEXT_HEAD]
    assert arts[0].byline["photographers"] == ["王甲"] and arts[0].text.endswith("焊接技艺。")


@pytest.mark.parametrize("note, signed", [("晓东", ["晓东"]), ("子孟", ["子孟"]), ("待续", []), ("节选", []), ("综合", [])])
def test_two_characters_in_brackets_after_the_body_are_a_pen_name_or_a_note(note, signed):
    art, = split_page(page(HEAD, "本报讯 " + BODY + f"（{note}）")).articles
    assert art.byline["correspondents"] == signed and art.text.endswith("参加角逐。")


def test_a_roundups_section_heading_is_no_article():
    """An introduction of one paragraph, then 某街道：某某 heading a section without a lead or a
    date: one article. A colon headline after a photo's caption stays an article."""
    intro = "春节前夕，东湖区工会系统广泛开展送温暖系列慰问活动，覆盖一线职工、劳动模范等各类群体。"
    section = "年味渐浓，青禾街道总工会集中开展走访慰问，为困难职工送去米面油。"
    arts = split_page(page(HEAD, intro, "青禾街道：情暖新春", section, NEXT_HEAD, "本报讯 " + NEXT_BODY)).articles
    assert [a.headline for a in arts] == [HEAD, NEXT_HEAD] and "青禾街道总工会" in arts[0].text
    arts = split_page(page("东湖晨景（图片）", "东湖岸边的晨练人群。", "东湖：一票可乘多班车", section)).articles
    assert [a.headline for a in arts] == ["东湖晨景（图片）", "东湖：一票可乘多班车"]


def test_photo_item_opening_the_page_is_an_article_not_a_banner():
    """A tag closes its headline: a caption starting with 地 (地处…) does not read on from it."""
    caption = "地处东湖岸边的青禾村开展帮扶，使困难户逐渐富了起来。"
    arts = split_page(page("东湖扶贫（图片）", caption, "（王甲摄）", NEXT_HEAD, "本报讯 " + NEXT_BODY)).articles
    assert [a.headline for a in arts] == ["东湖扶贫（图片）", NEXT_HEAD]
    assert arts[0].byline["photographers"] == ["王甲"]


def test_caption_cut_by_a_column_break_after_a_tagged_headline_is_its_body():
    arts = split_page(page(HEAD, "本报讯 " + BODY, "东湖新添风电场（图片）", "青禾县在风力富集区安装",
                           "了33台大型风力发电机组，结束了牧民点灯靠油的历史。", NEXT_HEAD, "本报讯 " + NEXT_BODY)).articles
    assert [a.headline for a in arts] == [HEAD, "东湖新添风电场（图片）", NEXT_HEAD]
    assert arts[1].text.startswith("青禾县在风力富集区安装了33台")


def test_headline_with_photo_note_and_bracketed_tag():
    arts = split_page(page("（走基层）东湖区职工技能比赛开赛", BODY, "东湖区为职工举办年夜饭（图）", NEXT_BODY)).articles
    assert [a.headline for a in arts] == ["（走基层）东湖区职工技能比赛开赛", "东湖区为职工举办年夜饭（图）"]


def test_long_headline_in_parts_and_a_subtitle_printed_after_it():
    long_head = "东湖区委书记王甲在检查重点工作时强调 抢抓时间推进项目建设 盯紧细节提升城市环境品质"
    arts = split_page(page(long_head, "3月1日，" + BODY, HEAD, "全区投入一百万元 服务二千名职工",
                           "本报讯（记者 李乙）" + NEXT_BODY)).articles
    assert [a.headline for a in arts] == [long_head, HEAD]
    assert arts[1].subheadlines == ["全区投入一百万元 服务二千名职工"]


def test_headline_with_commas_needs_a_dated_body():
    head = "王甲来到东湖区，调研职工服务阵地，要求打造服务样板"
    arts = split_page(page(HEAD, "本报讯 " + BODY, head, "3月2日，" + NEXT_BODY)).articles
    assert [a.headline for a in arts] == [HEAD, head]


def test_headline_with_commas_after_an_article_cut_at_an_enumeration_comma():
    """The stored text stops after 、 (…供应链、): with a body that opens with its date the next
    title is a headline all the same; without the date the title reads on into the list."""
    cut = "会议要求，做好创新链、供应链、"
    title = "王甲来到东湖区，调研职工服务工作，要求建好职工之家"
    dated = "3月2日，王甲到东湖区调查研究。他强调，要做好职工服务。"
    arts = split_page(page(HEAD, "本报讯（记者 李乙）" + BODY, cut, title, dated)).articles
    assert [a.headline for a in arts] == [HEAD, title] and arts[0].text.endswith("供应链、")
    undated = "王甲到东湖区调查研究。他强调，要做好职工服务。"
    arts = split_page(page(HEAD, "本报讯（记者 李乙）" + BODY, cut, title, undated)).articles
    assert [a.headline for a in arts] == [HEAD]


def test_a_headline_ending_in_a_word_the_body_s_lead_word_would_continue_heads_its_article():
    # 提升工作|日前，…: 工作日 runs across the break, but 日前， is the lead's clause of its own
    head = "东湖区政协组织委员视察职工技能提升工作"
    arts = split_page(page(head, "日前，" + BODY, HEAD, "本报讯（记者 李乙）" + NEXT_BODY)).articles
    assert [a.headline for a in arts] == [head, HEAD]


def test_kicker_alone_inside_an_article_is_no_headline():
    arts = split_page(page(HEAD, "本报讯 " + BODY, "将关爱送到职工身边", NEXT_BODY)).articles
    assert len(arts) == 1 and "将关爱送到职工身边" in arts[0].text


def test_column_break_after_a_title_like_line_before_a_short_clause():
    cut = "区总工会主席代表区总工会向奋战在一线的广大职工表示衷心"
    art, = split_page(page(HEAD, "本报讯 " + BODY, cut, "感谢，希望大家再接再厉，再创佳绩。")).articles
    assert "表示衷心感谢，希望" in art.text
    # … or a sentence's end of two characters (no paragraph opens with one)
    cut = "青山县副县长王甲、县总工会主席李乙出席会议并见证"
    art, = split_page(page(HEAD, "本报讯 " + BODY, cut, "签约。李乙表示，协商覆盖了全县企业。")).articles
    assert "并见证签约。李乙" in art.text
    # … or a list's last item and its closer (金融知识|问答等项目。: no paragraph opens with 等)
    cut = "竞赛设置了手工点钞、传票录入、反假货币识别和金融知识"
    art, = split_page(page(HEAD, "本报讯 " + BODY, cut, "问答等项目。经过一天的角逐，东江支行获得团体第一名。")).articles
    assert "金融知识问答等项目。" in art.text


def test_short_cut_end_of_an_article_is_no_title():
    arts = split_page(page(HEAD, "本报讯 " + BODY, "据了", NEXT_HEAD, NEXT_BODY)).articles
    assert [a.headline for a in arts] == [HEAD, NEXT_HEAD]
    assert arts[0].text.endswith("据了")


def test_credit_after_a_last_paragraph_printed_twice():
    last = NEXT_BODY + "（记者 王甲）"
    art, = split_page(page(HEAD, "本报讯 " + BODY, last, last)).articles
    assert art.byline["reporters"] == ["王甲"] and art.text.endswith("送去棉衣和手套。")


@pytest.mark.parametrize("cut, rest", [
    ("当天下午，某区总工会副主席钮", "立新与律师服务团成员、园区企业"),   # a surname alone after an office
    ("区人大常委会副主任、区总工会主席章立", "芳代表第五届委员会向大会作工作报告。"),   # a name after an office, then no lead
])
def test_column_break_through_a_name_after_an_office_opens_no_article(cut, rest):
    assert_rejoined("本报讯 " + BODY, cut, rest, "工会主席召开座谈会，交流企业劳动用工中的常见风险。")


@pytest.mark.parametrize("cut, rest", [
    # the line opens with a person the sentence before names: the article's sentence cut by a break
    ("高建林对韦德一行来", "浙表示欢迎，希望双方加强交流合作。"),
    ("吴海峰感谢", "市总工会长期以来的关心支持。他说，将继续做好服务工作。"),
    # a count cut before its measure word (四|期码头)
    ("代表团一行先后来到东港码头四", "期工程和物流园区，了解港口建设情况。"),
    # … and a number before its unit or month (今年3|月)
    ("东港区一家陶瓷企业的窑炉工韦德今年3", "月突发心梗住院，工会帮他申请了互助保障。"),
])
def test_a_line_cut_from_the_sentence_before_opens_no_article(cut, rest):
    assert_rejoined("本报讯 3月2日，市长高建林会见了客商韦德一行。市总工会主席吴海峰出席。", cut, rest)


@pytest.mark.parametrize("head, body", [
    # a person named in the article before, a headline with commas and a dated body
    ("高建林来到东港区，调研港口建设", "3月5日，市长高建林到东港区调研港口建设工作。"),
    # a profile's headline: the name, then a colon or a space (the awards story named the person)
    ("吴海峰：三十年坚守一线", "在市自来水公司，吴海峰是出了名的“活地图”。"),
    ("吴海峰 用匠心铸就精品", "在东江机械厂，吴海峰是出了名的技术能手。"),
])
def test_a_headline_naming_a_person_of_the_article_before_opens_an_article(head, body):
    arts = split_page(page(HEAD, "本报讯 3月2日，市长高建林会见了客商韦德一行，表彰吴海峰等劳动模范。", head,
                           body)).articles
    assert [a.headline for a in arts] == [HEAD, head]


@pytest.mark.parametrize("head, body", [
    ("献礼七一", "位于开发区的东江电子公司党委，近年来把党建与生产经营深度融合。"),
    ("奋斗者说之二", "家住城西的李师傅是一名快递员，每天要送200多件快递。"),
])
def test_a_headline_ending_with_a_numeral_before_a_word_opens_an_article(head, body):
    # a numeral before a word the body opens with (位于, 期间) is no count cut by a column break
    arts = split_page(page(HEAD, "本报讯 " + BODY, head, body)).articles
    assert [a.headline for a in arts] == [HEAD, head]


def test_line_ending_with_an_occupation_and_a_surname_may_be_a_headline():
    arts = split_page(page(HEAD, "本报讯 " + BODY, "小品增加明星齐全", "一年一度的晚会今年将在电视台播出。")).articles
    assert [a.headline for a in arts] == [HEAD, "小品增加明星齐全"]


def test_a_column_name_alone_on_its_line_is_the_next_items_section():
    arts = split_page(page(HEAD, "本报讯 " + BODY, "简讯", NEXT_HEAD, NEXT_BODY)).articles
    assert [(a.headline, a.section) for a in arts] == [(HEAD, None), (NEXT_HEAD, "简讯")]
    assert not arts[0].text.endswith("简讯")
