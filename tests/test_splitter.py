"""One test per splitter rule, on small pages written for the rule (never the sample pages)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.splitter import split_page
from pipeline.splitter.byline import parse_author_line
from pipeline.splitter.cues import load_cues

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "pd1998" / "199801_01-25.txt.gz"


def page(*blocks: str, gap: str = "\n\n") -> str:
    return "\n\n" + gap.join(blocks) + "\n"


LEAD = "本报讯（记者 李明）近日，朝阳区总工会召开职工代表大会，审议通过工作报告。"
BODY2 = "会议强调，各级工会要围绕中心、服务大局，切实维护职工合法权益，团结动员广大职工建功立业。"


def test_headline_and_reporter_from_source_lead():
    art, = split_page(page("朝阳区总工会召开职工代表大会", LEAD, BODY2)).articles
    assert art.headline == "朝阳区总工会召开职工代表大会"
    assert art.source == "本报讯" and art.byline["reporters"] == ["李明"]
    assert art.text.startswith("近日，朝阳区总工会召开") and art.kind == "news"


def test_reporters_and_correspondents_half_width_parenthesis():
    lead = "本报讯 (记者 王一 张二 通讯员 赵三) 1月5日,海淀区总工会举办职工运动会,500余名职工参加。"
    art, = split_page(page("海淀区总工会举办职工运动会", lead)).articles
    assert art.byline["reporters"] == ["王一", "张二"] and art.byline["correspondents"] == ["赵三"]
    assert art.text.startswith("1月5日，海淀区总工会举办")  # punctuation normalized in text


def test_column_break_inside_a_word_is_rejoined():
    art, = split_page(page("朝阳区总工会召开职工代表大会", LEAD, "会议强调，各级工会要围绕中心、服务大局，切实维护职工合法权", "益，团结动员广大职工建功立业。")).articles
    assert "切实维护职工合法权益，团结动员" in art.text
    assert len(art.paragraphs) == 2


def test_column_break_inside_a_listed_place_is_rejoined():
    # 还将赴广东、浙|江等地: a listed place (the gazetteers) cut by a column break reads on; the piece
    # before it is no headline of a new article
    art, = split_page(page("朝阳区总工会会见东洋工会代表团", LEAD, "代表团在华期间还将赴广东、浙", "江等地参观访问。")).articles
    assert "还将赴广东、浙江等地参观访问" in art.text


def test_column_break_inside_an_organization_s_ending_is_rejoined():
    # …市劳动人事争议仲裁|院仲裁员…: an organization's ending (org_suffixes.txt, three characters or
    # more) cut by a column break reads on; the piece before it is no headline of a new article
    art, = split_page(page("朝阳区总工会举办培训班", LEAD, "培训班邀请东江学院教授王五、市劳动人事争议仲裁",
                           "院仲裁员李四等专家授课。")).articles
    assert "市劳动人事争议仲裁院仲裁员李四" in art.text


def test_column_break_before_a_company_s_legal_form_is_rejoined():
    # …福源马铃薯加工|有限公司…: a block opening with a legal form (org_suffixes.txt, kind legal)
    # reads on from the block before; the piece before it is no headline of a new article
    art, = split_page(page("全总调研组来东江调研农民工就业工作", LEAD, "调研组走进东江县福源马铃薯加工",
                           "有限公司和东江县就业帮扶车间，详细了解农民工就业情况。")).articles
    assert "走进东江县福源马铃薯加工有限公司和" in art.text


def test_exact_and_near_duplicate_paragraphs_removed():
    near = BODY2.replace("会议强调", "会议指出")
    art, = split_page(page("朝阳区总工会召开职工代表大会", LEAD, BODY2, BODY2, near)).articles
    assert art.text.count("团结动员广大职工建功立业") == 1
    assert [d["reason"] for d in art.dropped] == ["duplicate", "duplicate"]


@pytest.mark.parametrize("again", ["", "益，团结动员广大职工建功立业。"])
def test_the_piece_before_a_column_break_printed_again_is_taken_once(again):
    # A | A | B, or A | A+B: the piece cut at the break and printed again after it
    cut = "会议强调，各级工会要围绕中心、服务大局，切实维护职工合法权"
    blocks = [cut, cut + again] + ([] if again else ["益，团结动员广大职工建功立业。"])
    art, = split_page(page("朝阳区总工会召开职工代表大会", LEAD, *blocks)).articles
    assert art.text.count("切实维护职工合法权") == 1 and "切实维护职工合法权益，团结动员" in art.text


def test_misplaced_paragraph_is_noted_not_merged():
    tail_b = "未来，丰台区总工会将认真贯彻落实大会精神，坚持正确政治方向，团结动员全区职工再立新功。"
    misplaced = tail_b.replace("丰台区总工会", "西城区总工会")
    text = page("西城区工会召开全委会", "本报讯（记者 甲乙）近日，西城区工会召开全委会，部署今年工作任务和重点项目。", misplaced,
                "丰台区总工会表彰先进集体", "本报讯（记者 丙丁）近日，丰台区总工会表彰一批先进集体和先进个人。", tail_b)
    first, second = split_page(text).articles
    assert "西城区总工会将认真贯彻" not in first.text
    assert first.dropped[0]["reason"] == "misplaced" and first.dropped[0]["similar_to_article"] == 2
    assert second.text.endswith("团结动员全区职工再立新功。")


def test_kicker_before_factual_headline_and_dash_subtitle():
    art, = split_page(page("整合资源温暖新就业形态劳动者", "朝阳区总工会为骑手上门送服务", LEAD)).articles
    assert art.headline == "朝阳区总工会为骑手上门送服务"
    assert art.subheadlines == ["整合资源温暖新就业形态劳动者"]
    art, = split_page(page("朝阳区总工会召开职工代表大会", "——聚焦新就业形态劳动者权益保障", LEAD)).articles
    assert art.headline == "朝阳区总工会召开职工代表大会"
    assert art.subheadlines == ["——聚焦新就业形态劳动者权益保障"]


@pytest.mark.parametrize("kicker, headline, subtitle", [
    ("情暖矿山", "东江矿区总工会把年货送到井口", "慰问一线职工并召开困难职工代表座谈会"),   # the subtitle tells news too
    ("携手共建 合作共赢", "第六届友好城市发展论坛在东江举行", "市长集体会见出席论坛的外国市长"),
])
def test_in_a_stack_of_three_lines_the_middle_one_is_the_headline(kicker, headline, subtitle):
    art, = split_page(page(kicker, headline, subtitle, LEAD)).articles
    assert art.headline == headline and art.subheadlines == [kicker, subtitle]


@pytest.mark.parametrize("kicker, headline", [
    ("林场深处的坚守", "青松岗上的“夫妻哨”"),                   # a headline read as no kicker either
    ("守护“大国粮仓”", "零下30℃的粮仓里，保管员们在“巡粮”"),
])
def test_two_lines_over_a_dashed_subtitle_are_a_kicker_and_the_headline(kicker, headline):
    subtitle = "——东江市总工会看望慰问森林防火瞭望员"
    art, = split_page(page(kicker, headline, subtitle, LEAD)).articles
    assert art.headline == headline and art.subheadlines == [kicker, subtitle]


@pytest.mark.parametrize("lines, headline", [
    # no kicker above: a headline and two subtitles, two kickers and a headline (the scores decide)
    (["东江市表彰100名劳动模范", "一线职工占比超过六成", "技术工人比例创历史新高"], "东江市表彰100名劳动模范"),
    (["奋进新征程 建功新时代", "喜迎新春 劳动最光荣", "东江市表彰100名劳动模范"], "东江市表彰100名劳动模范"),
])
def test_three_lines_without_a_kicker_above_the_middle_keep_the_scores(lines, headline):
    art, = split_page(page(*lines, LEAD)).articles
    assert art.headline == headline


@pytest.mark.parametrize("kicker, headline", [
    ("校企合作", "东江职业技术学院与12家企业共建工匠班"),             # a topic of four characters
    ("“新就业·新温暖”集中入会行动", "东江工业园区千余名骑手司机集中入会"),   # a campaign's name
    ("“职”等你来 “缘”来是你", "东江区总工会为单身青年职工“牵线搭桥”"),      # a pair of short phrases
    ("两岸职工交流", "东江基层工会参访团来闽交流"),                      # a plain topic of eight or fewer
    ("工资集体协商", "工会发出要约 企业应约协商"),                        # ... over a pair of phrases
    ("东江职工安全生产宣传月", "200名一线职工参加应急演练"),               # a campaign month
    ("协同推进劳动争议化解", "区总工会与区法院召开联席会议"),             # an exhortation, a news verb inside
    ("周明远在东江、青山调研时强调", "把服务职工工作做到心坎上"),           # words of speech the headline quotes
])
def test_a_kicker_naming_a_topic_or_campaign_is_no_headline(kicker, headline):
    art, = split_page(page(kicker, headline, LEAD)).articles
    assert art.headline == headline and art.subheadlines == [kicker]
    # a headline printed first keeps it when a short subtitle follows
    art, = split_page(page(headline, "爱心帮扶暖人心", LEAD)).articles
    assert art.headline == headline


@pytest.mark.parametrize("first, second, headline", [
    # the line below tells what was done (授牌, 调研: headline_news_verbs); the one above reads as a
    # kicker: a pair of slogan phrases (a news verb in it tells no deed) or an exhortation
    ("签署集体合同 护航职工权益", "东江区工资集体协商覆盖率超九成", 1),
    ("情系山区教育 关爱园丁冷暖", "市总工会为首批职工疗休养基地授牌", 1),
    ("深化两地工会交流合作", "东江区委书记到园区企业调研", 1),
    ("团结动员全省职工建功新时代", "东江省工会第十五次代表大会在东江开幕", 1),
    # a series' name and its tag joined by · (安全生产月·一线行): a kicker
    ("安全生产月·一线行", "东江港务集团工会开展“安全生产月”系列活动", 1),
    ("京港青年交流·2024", "百名香港青年来京开启暑期实习", 1),
    # a first line read as no kicker keeps the headline over a subtitle telling the news below it
    ("戈壁风电场里的“娘家人”", "东江市总工会走进瓜州风电场慰问运维职工", 0),
    ("中外方坐下来“谈工资”", "东江工业园区一外资企业连续十年开展工资集体协商", 0),
    ("职工疗休养工作提质扩面", "市总工会为首批职工疗休养基地授牌", 0),
    # a short plain line that describes a thing with 的 heads a feature; it names no topic
    ("渔港边的工会驿站", "东江市推动渔业船员集中入会", 0),
    # a foreign name joined by · is no series' label
    ("埃里克·汉森访华", "东江市总工会会见挪威工会代表团", 0),
])
def test_of_two_title_lines_the_first_is_the_headline_unless_it_reads_as_a_kicker(first, second, headline):
    lines = (first, second)
    art, = split_page(page(*lines, LEAD)).articles
    assert art.headline == lines[headline] and art.subheadlines == [lines[1 - headline]]


def test_a_line_opening_with_a_diamond_is_a_section_label_no_title_line():
    # a line opening with ◆ is the section's label (section_labels), no first title line
    art, = split_page(page("◆两地工会交流", "东江工会青年委员会访问团来深交流", LEAD)).articles
    assert (art.section, art.headline) == ("◆两地工会交流", "东江工会青年委员会访问团来深交流")


@pytest.mark.parametrize("subtitle", ["记东江博物馆文物修复师郝雪梅", "——记全国劳动模范郝雪梅"])
def test_a_profiles_subtitle_is_no_headline_and_marks_a_feature(subtitle):
    # 记某某 (splitter.yaml profile_subtitle_openers), its dash lost or kept: whom the story is about,
    # below a headline opening with a kicker's word (在), and above it where the dash is lost
    body = "走进东江博物馆的文物保护修复中心，一面残缺的明代寺观壁画平铺在工作台上。郝雪梅从事壁画修复已有20年。"
    orders = [("在壁画前“修”心二十年", subtitle)] + [(subtitle, "在壁画前“修”心二十年")] * (subtitle[0] != "—")
    for lines in orders:
        art, = split_page(page(*lines, body)).articles
        assert (art.headline, art.subheadlines, art.kind) == ("在壁画前“修”心二十年", [subtitle], "feature")
    # a line opening with a common word (记者, 记录) is no profile's subtitle
    art, = split_page(page("记者走进东江区总工会服务站", "在一线感受职工冷暖", body)).articles
    assert (art.headline, art.kind) == ("记者走进东江区总工会服务站", "news")


def test_a_headline_with_a_comma_above_a_profiles_subtitle_is_the_headline():
    # a line with a comma above a title is mostly the cut end of the article before; above a
    # profile's subtitle (——记某某) it is the headline the subtitle belongs to
    body = "每周二上午，东江医院伤口门诊外总是排着长队。郝雪梅从事伤口护理已有十九年。"
    headline, subtitle = "十九年，她为上千名患者“缝补”伤口", "——记全国先进工作者、东江医院护士长郝雪梅"
    art, = split_page(page(headline, subtitle, "本报记者 洪雪", body)).articles
    assert (art.headline, art.subheadlines) == (headline, [subtitle])


@pytest.mark.parametrize("headline", ["济南：多管齐下护航职工权益", "宁东煤化工基地：“工会+安全”守护化工人",
                                      "“钢铁裁缝”周明远：毫厘之间守护钢轨质量",   # (quote marks uncounted)
                                      "长江引航员钟离远航：与江水“对话”二十年"])   # a trade and a name
def test_a_headline_opening_with_a_place_and_a_colon_is_a_headline(headline):
    # a place, a unit, or a trade and a name of up to ten characters before the colon
    lead = "5月20日，宁夏回族自治区总工会副主席马晓燕带领调研组赴宁东能源化工基地调研。"
    art, = split_page(page(headline, lead, BODY2)).articles
    assert art.headline == headline and art.text.startswith("5月20日")


def test_a_headline_opening_with_a_name_like_an_exhortation_stays_the_headline():
    # 合力 opens a company's name as well as an exhortation: no kicker opener
    art, = split_page(page("合力集团召开第五届职代会", "全体职工代表审议工资协议", LEAD)).articles
    assert art.headline == "合力集团召开第五届职代会"


def test_section_labels_belong_to_the_next_article():
    text = page("朝阳区总工会召开职工代表大会", LEAD, "■工会改革创新案例", ">> 基层经验 <<",
                "海淀区总工会举办职工运动会", "本报讯（记者 王一）近日，海淀区总工会举办职工运动会，职工踊跃参加。")
    first, second = split_page(text).articles
    assert first.section is None and second.section == "■工会改革创新案例 / >> 基层经验 <<"
    assert "■" not in first.text


def test_page_banner_above_the_first_title_unit():
    author = "东城区总工会主席 王五"
    text = page("奋进新征程", "——寄语职工代表大会", "凝心聚力谱写新篇", author,
                "五年来，东城区总工会坚持服务职工，各项工作取得新进展，为区域发展作出贡献。")
    split = split_page(text)
    assert split.banners == ["奋进新征程", "——寄语职工代表大会"]
    art, = split.articles
    assert art.headline == "凝心聚力谱写新篇" and art.kind == "commentary"
    assert art.author_line == author and art.byline["authors"] == ["王五"]


def test_turns_of_an_interview_and_numbered_subheads_are_no_headlines():
    # 记者：…？ / 问：…？ / 【案例一】…: lines of the body (splitter.yaml body_line_openers)
    text = page("职工医疗互助有新变化", LEAD, "记者：职工如何参加？", "答：由所在单位工会统一办理，职工个人不用缴费。",
                "【案例一】快递员讨回工伤赔偿", "2024年5月，某快递网点快递员小宋在派件途中摔伤，工会律师代理此案。")
    art, = split_page(text).articles
    assert art.headline == "职工医疗互助有新变化" and "记者：职工如何参加？" in art.text and "【案例一】" in art.text


def test_a_column_tag_before_a_headline_leaves_it_a_headline():
    text = page("【劳动竞赛进行时】东江水库工程劳动竞赛启动", "6月11日，东江市总工会在东江水库建设现场召开劳动竞赛动员大会。")
    art, = split_page(text).articles
    assert art.headline == "【劳动竞赛进行时】东江水库工程劳动竞赛启动"


def test_a_running_page_header_is_no_headline():
    text = page("东江工人日报 2025年9月15日 星期一 第2版", "朝阳区总工会召开职工代表大会", LEAD)
    split = split_page(text)
    art, = split.articles
    assert art.headline == "朝阳区总工会召开职工代表大会" and art.subheadlines == []
    assert split.banners == ["东江工人日报 2025年9月15日 星期一 第2版"]


@pytest.mark.parametrize("column", ["区县工会·平谷 石景山", "八闽工会"])
def test_a_page_s_column_over_its_first_story_is_its_banner(column):
    # splitter.yaml page_column: on a page of several stories the first line so written heads the page
    text = page(column, "朝阳区总工会召开职工代表大会", LEAD, BODY2,
                "海淀区总工会慰问一线职工", "本报讯（记者 王五）近日，海淀区总工会走访慰问一线职工，送去慰问品。")
    split = split_page(text)
    assert split.banners == [column]
    first, second = split.articles
    assert first.headline == "朝阳区总工会召开职工代表大会" and first.subheadlines == []
    # one story's kicker so written stays its kicker
    art, = split_page(page("走基层·看变化", "朝阳区总工会召开职工代表大会", LEAD, BODY2)).articles
    assert art.subheadlines == ["走基层·看变化"]


def test_a_pages_date_on_a_line_of_its_own_is_no_headline():
    # a column, the page's date, a headline: the date states nothing (a banner), the headline is one
    text = page("两岸交流", "2024年10月17日", "朝阳区总工会会见台湾职工参访团", LEAD)
    split = split_page(text)
    art, = split.articles
    assert art.headline == "朝阳区总工会会见台湾职工参访团" and art.subheadlines == []
    assert split.banners == ["两岸交流", "2024年10月17日"]


def test_a_commentators_author_line():
    art, = split_page(page("让职工的获得感更实在", "本报评论员 南宫雪", BODY2)).articles
    assert art.kind == "commentary" and art.byline["authors"] == ["南宫雪"]


@pytest.mark.parametrize("author, name", [
    ("□ 南宫雪", "南宫雪"),                    # a mark and a name sign a commentary
    ("东江省总工会研究室 钟离敏", "钟离敏"),    # a body and a name, no title
])
def test_a_signature_without_a_title_is_an_author_line(author, name):
    art, = split_page(page("让职工的获得感更实在", author, BODY2)).articles
    assert art.headline == "让职工的获得感更实在" and art.kind == "commentary"
    assert art.byline["authors"] == [name] and art.author_line == author and art.text == BODY2


@pytest.mark.parametrize("line", ["东江区总工会 关爱职工", "东江区总工会 送温暖", "■ 三言两语"])
def test_a_body_or_a_mark_and_a_phrase_is_no_signature(line):
    assert parse_author_line(line, load_cues()) is None


@pytest.mark.parametrize("credit", ["本报记者 冉立新 摄", "（本报记者 冉立新 摄）"])
def test_a_photographers_credit_apart_after_the_caption(credit):
    # 本报记者 X 摄: the closing credit word makes the reporter a photographer; a caption so
    # credited alone is a photo piece
    caption = "1月12日，东江区总工会在南湖公园举办职工冰雪运动会。图为职工在进行冰上拔河比赛。"
    art, = split_page(page("冰雪运动会", caption, credit)).articles
    assert art.byline["photographers"] == ["冉立新"] and art.byline["reporters"] == []
    assert art.kind == "photo" and art.text == caption


@pytest.mark.parametrize("credit, photographers", [
    ("通讯员 甲乙丙 摄", ["甲乙丙"]),           # the correspondent, credited alone, took it
    ("图/本报记者 甲乙丙", ["甲乙丙"]),         # 图/ says what the reporter did
    ("柯乙丙 摄", ["柯乙丙"]),                  # a bare name before 摄, opening with a surname
])
def test_a_photo_credit_in_other_forms_names_the_photographer(credit, photographers):
    caption = "1月12日，东江区总工会在南湖公园举办职工冰雪运动会。图为职工在进行冰上拔河比赛。"
    art, = split_page(page("冰雪运动会", caption, credit)).articles
    assert art.byline["photographers"] == photographers
    assert art.byline["reporters"] == art.byline["correspondents"] == []
    assert art.kind == "photo" and art.text == caption


def test_an_outlet_credited_after_the_body_is_no_source():
    # the source is the lead as printed; （新华社记者 X 摄） after the caption names none
    caption = "1月12日，东江区总工会在南湖公园举办职工冰雪运动会。图为职工在进行冰上拔河比赛。"
    art, = split_page(page("冰雪运动会", caption, "（新华社记者 甲乙丙 摄）")).articles
    assert art.source is None and art.byline["photographers"] == ["甲乙丙"]
    art, = split_page(page("冰雪运动会", "工人日报-中工网记者 甲乙丙", caption)).articles
    assert art.source == "工人日报-中工网"


def test_author_line_with_several_titles():
    author = "西城区人大常委会党组成员、副主任，区总工会主席 许六"
    art, = split_page(page("为区域发展注入工会活力", author, BODY2)).articles
    assert art.byline["authors"] == ["许六"] and art.author_line == author
    assert art.text == BODY2


def test_photo_credit_ends_the_caption():
    caption = "本报讯 近日，环卫工人在驿站内休息取暖，工会志愿者为他们送上热饮。本报记者 边磊 通讯员 王七 摄影报道"
    art, = split_page(page("寒冬送暖", caption)).articles
    assert art.kind == "photo"
    assert art.byline["photographers"] == ["边磊"] and art.byline["correspondents"] == ["王七"]
    assert art.text.endswith("送上热饮。")


def test_feature_byline_line():
    art, = split_page(page("一位老劳模的三十年", "本报记者 张三", "三十年前，他走进工厂大门，从学徒做起，一干就是一辈子。")).articles
    assert art.kind == "feature" and art.byline["reporters"] == ["张三"]


def test_reprint_source_line_after_the_body():
    text = page("吉林白山总工会提升建会质效", "吉林白山总工会聚焦非公企业建会入会难题，配齐配强工作队伍，提升建会质效。",
                "转自《中工网》", "海淀区总工会举办职工运动会", "本报讯（记者 王一）近日，海淀区总工会举办职工运动会，职工踊跃参加。")
    first, second = split_page(text).articles
    assert first.source == "转自《中工网》" and "中工网" not in first.text
    assert second.source == "本报讯"


def test_xinhua_dateline_and_full_width_digits():
    lead = "新华社北京１月２５日电（记者 钱八）国务院总理李鹏今天在中南海会见了来访的客人。"
    art, = split_page(page("李鹏会见外宾", lead)).articles
    assert art.source == "新华社北京1月25日电" and art.byline["reporters"] == ["钱八"]
    assert art.text.startswith("国务院总理李鹏今天")


def test_title_without_byline_but_fragment_is_not_a_title():
    text = page("朝阳区总工会召开职工代表大会", LEAD, "此次大会不仅为职工搭建展", "示才华的平台，也凝聚了全区职工的力量。",
                "物价的监管与疏导", "继续坚持不懈地做好价格总水平的调控工作，是保持经济稳定的关键。")
    first, second = split_page(text).articles
    assert "搭建展示才华" in first.text
    assert second.headline == "物价的监管与疏导" and second.source is None


def test_page_span_points_into_the_original_page():
    text = page("朝阳区总工会召开职工代表大会", LEAD, BODY2).replace("\n", "\r\n")
    art, = split_page(text).articles
    start, end = art.page_start, art.page_end
    assert text[start:].startswith("朝阳区总工会召开职工代表大会")
    assert text[:end].endswith("建功立业。")


def test_stray_latin_word_and_unstructured_page():
    art, = split_page(page("朝阳区总工会召开职工代表大会", LEAD.replace("审议", "讨论 and 审议"))).articles
    assert "讨论和审议" in art.text
    art, = split_page("只是一段没有标题的文字，没有任何结构，也没有署名。").articles
    assert art.kind == "unknown" and art.headline == ""
    assert split_page("   \n\n  ").articles == []


@pytest.mark.skipif(not CORPUS.exists(), reason="People's Daily corpus not available")
def test_unseen_pages_built_from_peoples_daily(tmp_path):
    from pipeline.evaluation.pd_pages import build_pages
    from pipeline.evaluation.score import score_dir
    from pipeline.runner import Extractor

    gold = tmp_path / "gold"
    build_pages(CORPUS, gold, n_pages=12, seed=2024)
    out = tmp_path / "out"
    Extractor({"stages": ["splitter"]}).extract([gold], out, progress=False)
    scores = score_dir(out, gold, allow_missing=True)["metrics"]
    assert scores["articles"]["f1"] >= 0.97
    assert scores["bylines"]["f1"] >= 0.95
    assert scores["boundaries"]["f1"] >= 0.95


def test_fragment_with_an_open_title_bracket_is_no_headline():
    """A column break after 《… leaves a short line that reads like a title; an unclosed 《 (or
    “, （) shows it is the start of a cut paragraph, not a headline."""
    fragment = "《金字塔报》专栏作家在一篇题为《带着安详面孔逝去的"
    rest = "伟人》的文章中这样写道，他为世界和平作出了贡献。"
    arts = split_page(page("朝阳区总工会召开职工代表大会", LEAD, BODY2, fragment, rest)).articles
    assert len(arts) == 1
    assert "题为《带着安详面孔逝去的伟人》" in arts[0].text


def test_author_line_through_the_saved_splitter_component():
    """The component keeps only the lexicon fields it needs: an author line whose titles end with
    a position of positions.txt (区长, not in splitter.yaml) must survive initialize and a round
    trip through to_bytes."""
    from pipeline.builder import build_page_nlp
    from pipeline.splitter.component import ArticleSplitter

    author = "海淀区人民政府副区长 赵七"
    text = page("为区域发展注入工会活力", author, BODY2)
    splitter = build_page_nlp().get_pipe("article_splitter")
    restored = ArticleSplitter().from_bytes(splitter.to_bytes())
    for component in (splitter, restored):
        art, = component.split(text).articles
        assert art.author_line == author and art.byline["authors"] == ["赵七"]


@pytest.mark.parametrize("credit, names", [
    # names printed together read by the name guesser (NameGuesser.split_joined), not cut at the
    # first surname that would do (吴萍王|雷鸣)
    ("吴萍王雷鸣", ["吴萍", "王雷鸣"]),
    # three names; of the two readings the one whose every surname is common (明 is rare)
    ("吴晓罗明远王立新", ["吴晓", "罗明远", "王立新"]),
    # a name opening like a word (王国|平) among names
    ("郑秋王国平吴晓东", ["郑秋", "王国平", "吴晓东"]),
])
def test_names_printed_together_in_a_credit_through_the_saved_splitter(credit, names):
    """The component keeps the name rules (names.yaml: common_surname_count) it reads them with."""
    from pipeline.builder import build_page_nlp
    from pipeline.splitter.component import ArticleSplitter

    text = page("朝阳区总工会召开职工代表大会", "近日，朝阳区总工会召开职工代表大会。" + BODY2 + f"（{credit}）")
    splitter = build_page_nlp().get_pipe("article_splitter")
    restored = ArticleSplitter().from_bytes(splitter.to_bytes())
    for component in (splitter, restored):
        art, = component.split(text).articles
        assert art.byline["correspondents"] == names and art.text.endswith("建功立业。")


def test_a_line_opening_with_a_person_named_before_through_the_saved_splitter():
    """The component keeps the words that follow a name (name_followers.txt), which tell where a
    name ends (冯启航|对): a line cut from the sentence before is no headline there either."""
    from pipeline.builder import build_page_nlp
    from pipeline.splitter.component import ArticleSplitter

    text = page("东江市长会见客商", "本报讯 3月20日，市长冯启航会见了客商韦伯一行。", "冯启航对韦伯一行来",
                "浙表示欢迎，希望双方加强合作。")
    splitter = build_page_nlp().get_pipe("article_splitter")
    restored = ArticleSplitter().from_bytes(splitter.to_bytes())
    for component in (splitter, restored):
        art, = component.split(text).articles
        assert "冯启航对韦伯一行来浙表示欢迎" in art.text.replace("\n", "")


@pytest.mark.parametrize("lead, end", [
    ("本报讯（记者 古丽娜尔·艾买提 通讯员 王七）", ""),   # a name of parts joined by ·, in the lead
    ("", "（记者 古丽娜尔·艾买提）"),                       # … and in a credit after the body
])
def test_a_dot_joined_name_in_a_credit_is_one_reporter(lead, end):
    body = "近日，东江市总工会开展送温暖活动，为困难职工送去慰问金。"
    art, = split_page(page("东江市总工会开展送温暖活动", lead + body + end)).articles
    assert art.byline["reporters"] == ["古丽娜尔·艾买提"] and art.text == body


@pytest.mark.parametrize("lead, reporters, correspondents", [
    ("东江晚报讯（全媒体记者 甲乙丙）", ["甲乙丙"], []),          # a newsroom's kind of reporter
    ("本报讯（融媒体记者 甲乙丙 通讯员 丁戊）", ["甲乙丙"], ["丁戊"]),
    ("东江日报讯（YMG全媒体记者 甲乙丙 通讯员 丁戊）", ["甲乙丙"], ["丁戊"]),   # a paper's Latin brand before it
    ("本报讯（首席记者 甲乙丙）", ["甲乙丙"], []),
])
def test_a_qualified_reporter_in_the_lead_is_a_reporter(lead, reporters, correspondents):
    """splitter.yaml credit_roles (全媒体记者, 首席记者) and credit_outlet (a Latin brand): the
    bracket is the byline, not the body's first words."""
    body = "3月18日，东江市人民政府与青山精密机械股份公司签署合作协议。"
    art, = split_page(page("东江市与青山精密机械签署合作协议", lead + body)).articles
    assert art.byline["reporters"] == reporters and art.byline["correspondents"] == correspondents
    assert art.text == body


def test_a_dailys_lead_run_into_the_first_sentence_is_the_source():
    # 某某日报讯为进一步…: no bracket, colon or space after 讯; the daily's name ends the lead
    body = "为进一步了解全县旅游景区经营状况，县文旅局组织人员走访景区。"
    art, = split_page(page("县文旅局走访景区", "东江日报讯" + body)).articles
    assert art.source == "东江日报讯" and art.text == body
    # a report quoted in the first sentence is no lead
    art, = split_page(page("县文旅局走访景区", "据东江日报讯，" + body)).articles
    assert art.source is None and art.text.startswith("据东江日报讯")


def test_a_county_media_centre_credit_after_the_body_is_the_byline():
    # （某县融媒体中心记者 X）: a county's newsroom is an outlet as a paper is
    body = "3月18日，东江县检查森林防火工作。"
    art, = split_page(page("东江县检查森林防火工作", body, "（东江县融媒体中心记者 甲乙丙）")).articles
    assert art.byline["reporters"] == ["甲乙丙"] and art.text == body


@pytest.mark.parametrize("credit", ["本报记者 甲乙丙 摄", "图/本报记者 甲乙丙"])
def test_a_two_character_photo_headline_over_a_dated_caption_heads_a_photo(credit):
    """签约: a line of two or three characters over a caption opening with its date and closed by a
    photographer's credit heads a photo piece of its own, not the previous article's last lines."""
    text = page("东江市总工会召开职工代表大会", LEAD, BODY2, "签约",
                "5月20日，在东江电子有限公司，企业方代表与工会方代表签订集体合同。", credit)
    first, photo = split_page(text).articles
    assert first.text.endswith("建功立业。") and not first.byline["photographers"]
    assert photo.headline == "签约" and photo.kind == "photo" and photo.byline["photographers"] == ["甲乙丙"]


def test_a_photo_columns_name_is_no_photo_headline():
    """图说 (splitter.yaml section_labels): a photo column's name, not the photo's headline."""
    text = page("东江市总工会召开职工代表大会", LEAD, BODY2, "图说",
                "5月20日，在东江电子有限公司，企业方代表与工会方代表签订集体合同。", "本报记者 甲乙丙 摄")
    assert all(art.headline != "图说" for art in split_page(text).articles)


def test_a_short_line_without_a_photo_credit_stays_in_the_article():
    """签约 over a dated paragraph that no photographer's credit closes: no photo headline."""
    text = page("东江市总工会召开职工代表大会", LEAD, BODY2, "签约", "5月20日，双方代表签订集体合同，约定工资增长。")
    art, = split_page(text).articles
    assert art.text.endswith("约定工资增长。")


def test_a_short_line_ending_in_a_half_width_stop_or_de_is_no_headline():
    # 出席会议.: a paragraph whose full stop was printed half-width; 王某叮嘱随行的 | 镇村干部…: a
    # column break after 的 (no headline ends so)
    body = ["本报讯（记者 甲乙）12月4日，东江省政协常委会议在东江闭幕。", "周明远主持闭幕会并讲话。",
            "省政协副主席吴晓东、郑秋出席会议.", "会前，与会常委赴青山县进行了视察。", "周明远叮嘱随行的",
            "镇村干部，要时刻把困难群众的冷暖放在心上。"]
    art, = split_page(page("东江省政协常委会议闭幕", *body)).articles
    assert art.headline == "东江省政协常委会议闭幕" and art.text.endswith("冷暖放在心上。")
    assert "出席会议." in art.text and "随行的镇村干部" in art.text


def test_a_cut_line_of_a_paragraph_printed_twice_opens_no_article():
    # a column break after 青山新区 leaves a title-like line; the paragraph is printed twice
    cut, rest = "考察团先后走访了东江新城、青山新区", "数字产业园和侨乡文化馆，详细了解数字经济发展情况。"
    text = page("侨胞考察团来东江考察", LEAD, cut, rest, cut, rest, "6日下午，市侨联召开海外侨胞座谈会。")
    art, = split_page(text).articles
    assert art.headline == "侨胞考察团来东江考察"
    assert art.text.count("数字产业园和侨乡文化馆") == 1 and art.text.endswith("召开海外侨胞座谈会。")
    # an article printed twice (its body opens like a lead) keeps its headline both times
    first = ["东江市表彰百名劳动模范", "4月28日，东江市召开大会，表彰百名劳动模范。"]
    second = ["青山区举办职工运动会", "4月29日，青山区职工运动会开幕。"]
    arts = split_page(page(*first, *second, *first)).articles
    assert "东江市表彰百名劳动模范" not in "".join(a.text for a in arts)
    # a column's title over different pieces (图片新闻) still heads each
    photos = page("图片新闻", "1月14日，东江市职工在广场参加健身活动。", "图片新闻", "1月15日，青山区举行职工运动会。")
    assert [a.headline for a in split_page(photos).articles] == ["图片新闻", "图片新闻"]


def test_a_title_cut_by_a_column_break_opens_no_article():
    # 市科技局副|局长严晓东: a line ending with the deputy's mark dangles (splitter.yaml dangling_ends)
    text = page("市科技局走访高新技术企业", LEAD, "市科技局副", "局长严晓东、武进区科技局负责人参加走访。")
    art, = split_page(text).articles
    assert art.text.endswith("市科技局副局长严晓东、武进区科技局负责人参加走访。")
    # a headline whose last word and the body's first make a title (护士|长) still heads its piece
    text = page("东江医院开展护理周活动", LEAD, "致敬最美护士", "长期以来，东江医院护士甲乙丙扎根病房。")
    assert [a.headline for a in split_page(text).articles] == ["东江医院开展护理周活动", "致敬最美护士"]


def test_a_long_line_cut_by_a_column_break_over_a_body_without_its_date_is_no_headline():
    # 37-40 characters with no comma: no headline of People's Daily, the devset or the read sets is
    # so long; read as one of clauses, it needs a body opening with its date
    cut = "考察团一行先后来到东江区总工会职工服务中心、青山街道快递行业工会联合会和银汇中心"
    art, = split_page(page("朝阳区总工会召开职工代表大会", LEAD, cut, "楼宇暖心驿站，实地查看了“骑手之家”和职工书屋。")).articles
    assert "银汇中心楼宇暖心驿站" in art.text
    # … where its body opens with its date, it heads an article (a headline of clauses)
    arts = split_page(page("朝阳区总工会召开职工代表大会", LEAD, cut, "5月20日，考察团一行实地查看了“骑手之家”和职工书屋。")).articles
    assert [a.headline for a in arts][-1] == cut


def test_a_line_ending_with_an_aspect_particle_runs_on_into_the_body():
    # 大会审议通过了 | 上一届…: a paragraph cut by a column break after 了, its object on the next
    # line, is no headline of a new article (the body opens with no lead word nor date)
    art, = split_page(page("朝阳区总工会召开职工代表大会", LEAD, "大会审议通过了",
                           "上一届工会委员会工作报告和经费审查工作报告，选举产生了新一届委员会。")).articles
    assert "大会审议通过了上一届工会委员会工作报告" in art.text


def test_a_title_ending_with_an_aspect_particle_before_a_lead_is_a_headline():
    # the particle is no evidence where the next block opens an article of its own (本报讯 …)
    arts = split_page(page("朝阳区总工会召开职工代表大会", LEAD, "快递小哥有了新家了", LEAD.replace("李明", "王强"))).articles
    assert [a.headline for a in arts] == ["朝阳区总工会召开职工代表大会", "快递小哥有了新家了"]


def test_an_author_line_printed_after_the_body_signs_the_piece():
    # …共享更多成果。 | 某区人大常委会副主任、区总工会主席 轩辕志刚: the signature closes a commentary
    art, = split_page(page("以高质量集体协商促进劳动关系和谐稳定", "集体协商是协调劳动关系的重要制度安排。",
                           "工会要进一步把集体协商作为维护职工权益的“牛鼻子”。",
                           "天津市河西区人大常委会副主任、区总工会主席 轩辕志刚")).articles
    assert art.author_line == "天津市河西区人大常委会副主任、区总工会主席 轩辕志刚"
    assert art.byline["authors"] == ["轩辕志刚"] and art.kind == "commentary"
    assert "轩辕志刚" not in art.text


def test_a_line_opening_like_a_kicker_under_a_section_label_is_a_headline():
    # 【观点】 | 以高质量集体协商促进…: under a section label no article's text runs, so the line is no
    # heading inside one (以, 把, 将 open kickers and headings)
    art, = split_page(page("【观点】", "以高质量集体协商促进劳动关系和谐稳定", "集体协商是协调劳动关系的重要制度安排。",
                           "工会要进一步把集体协商作为维护职工权益的“牛鼻子”。")).articles
    assert art.headline == "以高质量集体协商促进劳动关系和谐稳定" and art.section == "【观点】"


def test_a_kicker_of_speech_gives_way_to_a_pair_of_slogans():
    # 某某调研时强调 over 深化产改 激发职工创新活力: the slogans are the words quoted, the headline
    art, = split_page(page("周明远在东江新区调研时强调", "深化产改 激发职工创新活力", LEAD)).articles
    assert art.headline == "深化产改 激发职工创新活力" and art.subheadlines == ["周明远在东江新区调研时强调"]


def test_a_column_label_after_a_mark_is_no_signature():
    # ■龙江工讯: a mark and four characters opening with no compound surname is a section label,
    # so the page's running title above it is a banner, not an article (■ 欧阳明日 signs a piece)
    split = split_page(page("龙江工会·综合新闻", "■龙江工讯", "朝阳区总工会召开职工代表大会", LEAD, BODY2))
    assert split.banners == ["龙江工会·综合新闻"]
    art, = split.articles
    assert art.headline == "朝阳区总工会召开职工代表大会" and art.section == "■龙江工讯"


def test_a_series_label_with_a_genre_tag_is_no_headline():
    # 走基层·重点工程见闻 over 大桥旁的“移动职工之家”: a series and its tag (见闻: series_tag_ends)
    art, = split_page(page("走基层·重点工程见闻", "大桥旁的“移动职工之家”", LEAD)).articles
    assert art.headline == "大桥旁的“移动职工之家”" and art.subheadlines == ["走基层·重点工程见闻"]


def test_a_line_naming_its_storys_genre_is_the_subtitle():
    # 东江市总工会…侧记 under 渔港边的年夜饭: the genre's word (侧记: series_tag_ends) ends a subtitle,
    # though it tells the news; a series' tag after · stays a kicker above
    lines = ("渔港边的年夜饭", "东江市总工会春节前夕走访慰问远洋渔船船员侧记")
    art, = split_page(page(*lines, LEAD)).articles
    assert art.headline == lines[0] and art.subheadlines == [lines[1]]
    art, = split_page(page("劳模工匠风采录", "东江港务集团工会慰问一线装卸工人纪实", LEAD)).articles
    assert art.headline == "劳模工匠风采录"


def test_a_paragraph_cut_inside_a_word_of_the_modern_lexicon_runs_on():
    # …机坪作业人员轮 | 换休息…: 轮换 (modern_words.txt, rare in People's Daily 1998) runs across
    art, = split_page(page("朝阳区总工会召开职工代表大会", LEAD, "殳红梅详细了解了机坪作业人员轮",
                           "换休息、防暑药品配备等情况，叮嘱企业科学调整作业时间。")).articles
    assert "机坪作业人员轮换休息" in art.text
