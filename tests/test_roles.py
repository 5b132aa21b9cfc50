"""Role extraction: one test per case of the stage's brief, with and without NER entities."""
from pathlib import Path

import pytest
import spacy
from spacy.util import filter_spans

from pipeline.article_doc import make_article_doc
from pipeline.lexicon import DomainLexicon
from pipeline.roles import RoleExtractor  # noqa: F401  (registers the factory)
from pipeline.roles.component import DEFAULT_PATTERNS


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh")
    nlp.add_pipe("role_extractor")
    nlp.initialize()
    return nlp


def make(nlp, text="", per=(), org=(), loc=(), **fields):
    doc = make_article_doc(nlp, {"text": text, **fields})
    spans = []
    for label, strings in (("PER", per), ("ORG", org), ("LOC", loc)):
        for s in strings:
            i = doc.text.find(s)
            while i != -1:
                spans.append(doc.char_span(i, i + len(s), label=label))
                i = doc.text.find(s, i + 1)
    doc.ents = filter_spans(spans)
    return nlp(doc)


def triples(doc):
    return {(r["person"], r["position"], r["org"]) for r in doc._.roles}


# 1. org + coordinated positions + name; chains over several orgs
@pytest.mark.parametrize("with_ents", [True, False])
def test_org_positions_name(nlp, with_ents):
    text = "北京市总工会党组书记、副主席张良带队调研。丰台区人大常委会副主任、区总工会主席连宇作工作报告。"
    ents = dict(per=["张良", "连宇"], org=["北京市总工会", "丰台区人大常委会"]) if with_ents else {}
    doc = make(nlp, text, **ents)
    assert triples(doc) == {("张良", "党组书记", "北京市总工会"), ("张良", "副主席", "北京市总工会"),
                            ("连宇", "副主任", "丰台区人大常委会"), ("连宇", "主席", "丰台区总工会")}
    lian = next(r for r in doc._.roles if r["person"] == "连宇" and r["position"] == "主席")
    assert lian["org_as_written"] == "区总工会"
    assert doc.text[lian["start"]:lian["end"]] == "丰台区人大常委会副主任、区总工会主席连宇"


def test_place_before_the_next_organization_does_not_break_the_chain(nlp):
    text = "亲民党中常委、台湾两岸职工交流促进会荣誉理事长甲乙丙出席。"
    doc = make(nlp, text, per=["甲乙丙"], org=["亲民党", "两岸职工交流促进会"], loc=["台湾"])
    assert triples(doc) == {("甲乙丙", "中常委", "亲民党"), ("甲乙丙", "荣誉理事长", "两岸职工交流促进会")}


def test_coordination_by_jian(nlp):
    doc = make(nlp, "国务院副总理兼外交部长钱其琛今天会见了客人。")
    assert triples(doc) == {("钱其琛", "副总理", "国务院"), ("钱其琛", "部长", "外交部")}


# 2. elided organizations resolved from the article
def test_elided_org_from_headline_and_place_head(nlp):
    doc = make(nlp, "会上，区委书记李明、区总工会主席王芳分别讲话。", headline="通州区总工会召开职工代表大会")
    assert triples(doc) == {("李明", "书记", "通州区委"), ("王芳", "主席", "通州区总工会")}
    doc = make(nlp, "通州区委副书记、区长郑皓出席会议。")
    assert triples(doc) == {("郑皓", "副书记", "通州区委"), ("郑皓", "区长", "通州区")}
    # the standing and the acting heads of a county head the county too
    doc = make(nlp, "青山县委常委、常务副县长郑皓，代县长李明出席会议。", per=["郑皓", "李明"], org=["青山县委"])
    assert triples(doc) == {("郑皓", "常委", "青山县委"), ("郑皓", "常务副县长", "青山县"), ("李明", "代县长", "青山县")}


@pytest.mark.parametrize("source, text, org", [
    ("安徽日报讯", "省总工会主席王芳出席。", "安徽省总工会"),         # a provincial daily: its province
    ("本报北京1月23日讯", "市总工会主席王芳出席。", "北京市总工会"),  # a dateline's city
    ("衡阳日报讯", "市总工会主席王芳出席。", "衡阳市总工会"),          # a city's daily by its stem (衡阳市)
    ("本报衡阳1月23日讯", "市总工会主席王芳出席。", "衡阳市总工会"),  # a dateline's city by its stem
    ("安徽日报讯", "江西省总工会举办培训。省总工会主席王芳出席。", "江西省总工会"),   # the article's own place first
    ("工人日报讯", "省总工会主席王芳出席。", "省总工会"),             # an outlet of no place: as written
])
def test_an_elided_org_the_article_names_no_place_for_takes_the_source_leads(nlp, source, text, org):
    from pipeline.article_doc import article_context
    doc = make_article_doc(nlp, {"text": text})
    doc._.context = article_context({"source": source})
    doc.ents = [doc.char_span(text.index("王芳"), text.index("王芳") + 2, label="PER")]
    assert triples(nlp(doc)) == {("王芳", "主席", org)}


@pytest.mark.parametrize("text, loc, org", [
    # the story's places all lie in 湖南省, which it never names: the province's
    ("省委副书记、省长王芳在株洲市调研。", ["株洲市"], {("王芳", "副书记", "湖南省委"), ("王芳", "省长", "湖南省")}),
    # places of two provinces: as written
    ("省长王芳在株洲市会见太原市客人。", ["株洲市", "太原市"], {("王芳", "省长", None)}),
    # a city's level is no province's: 市政协 beside a Beijing district stays as written (the devset's)
    ("市政协主席王芳在海淀区调研。", ["海淀区"], {("王芳", "主席", "市政协")}),
])
def test_an_elided_province_is_the_one_the_storys_places_lie_in(nlp, text, loc, org):
    doc = make(nlp, text, per=["王芳"], loc=loc, org=["省委", "市政协"])
    assert triples(doc) == org
    assert DomainLexicon.from_bytes(nlp.get_pipe("role_extractor").domain.to_bytes()).province_of_places["株洲"] == "湖南省"


def test_an_autonomous_region_written_short_is_the_place_of_its_elided_bodies(nlp):
    text = "自治区党委副书记、自治区主席王芳在南宁会见客人。她说，广西正全力推进开放合作。"
    doc = make(nlp, text, per=["王芳"], loc=["南宁", "广西"])
    assert triples(doc) == {("王芳", "副书记", "广西壮族自治区党委"), ("王芳", "主席", "广西壮族自治区")}


def test_a_level_of_one_character_takes_no_longer_place_opened_by_a_name(nlp):
    from pipeline.roles.lexicon import _full_names_of_levels
    listed = frozenset({"朝阳", "朝阳门街道", "广西", "广西壮族自治区", "大兴", "大兴庄镇"})
    assert _full_names_of_levels(listed, ["街道", "镇", "自治区"]) == {("广西", "自治区"): "广西壮族自治区"}


def test_a_title_of_a_congress_held_is_no_office(nlp):
    text = "大会执行主席王芳、李明在主席台前排就座。东湖市委书记赵刚出席。"
    doc = make(nlp, text, per=["王芳", "李明", "赵刚"], org=["东湖市委"])
    assert triples(doc) == {("赵刚", "书记", "东湖市委")}


def test_the_head_of_an_elided_government_takes_the_place_of_its_level(nlp):
    text = "东江市代表团赴港考察。市政府副市长王芳参加活动。"
    doc = make(nlp, text, per=["王芳"], org=["东江市代表团"])
    assert triples(doc) == {("王芳", "副市长", "东江市")}


def test_a_level_before_a_body_opening_with_a_common_word_is_elided(nlp):
    # 市|民政局: 市民 opens a word (市民服务中心 is no elided body), but 民政 is the body's own word
    doc = make(nlp, "成都市副市长王明带队检查。市民政局局长廖建平、市民服务中心主任赵刚陪同。",
               per=["王明", "廖建平", "赵刚"], org=["市民政局", "市民服务中心"], loc=["成都市"])
    assert {("廖建平", "局长", "成都市民政局"), ("赵刚", "主任", "市民服务中心")} <= triples(doc)


def test_elided_org_without_context_kept_as_written(nlp):
    doc = make(nlp, "区总工会主席王芳出席。")
    assert triples(doc) == {("王芳", "主席", "区总工会")}


def test_a_clause_ending_in_a_level_is_no_place_for_an_elided_org(nlp):
    """会议听取并审议了省总工会…: read from raw text, a place starts after the run's last stop
    word (了), so the clause before 省 is no province; the province a headline opens with is."""
    text = "会议听取并审议了省总工会党组书记、常务副主席周明远所作的工作报告。"
    assert triples(make(nlp, text, per=["周明远"], org=["省总工会"])) == {
        ("周明远", "党组书记", "省总工会"), ("周明远", "常务副主席", "省总工会")}
    # (the headline's body read whole, as NER reads it: a body read from its level has no place before it)
    doc = make(nlp, text, per=["周明远"], org=["江南省总工会", "省总工会"], headline="江南省总工会全委会在青山召开")
    assert triples(doc) == {("周明远", "党组书记", "江南省总工会"), ("周明远", "常务副主席", "江南省总工会")}
    # 关于市…的决议, however often written, names no city (a preposition)
    text = ("东湖市第九届人民代表大会第三次会议闭幕。会议通过了关于市政府工作报告的决议、关于市人民法院工作报告的决议、"
            "关于市人民检察院工作报告的决议。市委书记周明远主持。")
    assert triples(make(nlp, text, per=["周明远"], org=["市委"])) == {("周明远", "书记", "东湖市委")}


@pytest.mark.parametrize("sentence", [
    "会议强调，要持续打造市场化、法治化一流营商环境。",   # the level opens a common word (市场)
    "会议指出，东湖是外贸大市、开放强市。",               # a slogan (大市, 强市) is no place's name
    "春节前夕市领导看望慰问老劳模。",                     # two common words before the level
])
def test_a_level_read_from_raw_text_inside_a_word_or_a_slogan_is_no_place(nlp, sentence):
    """市委书记周明远 where the article names its city nowhere: no city is read out of the raw text
    (打造|市场化, 开放强市, 春节前夕|市领导), the body stays as written."""
    doc = make(nlp, sentence + "市委书记周明远出席。", per=["周明远"])
    assert triples(doc) == {("周明远", "书记", "市委")}


@pytest.mark.parametrize("text, loc, home", [
    # the host is named bare (青岛, listed as 青岛市), the guest city in full: 曼海姆市 is listed nowhere
    ("市委书记周明远会见了德国曼海姆市市长一行。周明远说，青岛愿与曼海姆深化合作。",
     ["德国", "曼海姆市", "青岛", "曼海姆"], "青岛市委"),
    # … also where the foreign city is named nearer before the elided body
    ("日本高冈市市长一行来访。市委书记周明远会见了客人，介绍了扬州市发展情况。",
     ["日本", "高冈市", "扬州市"], "扬州市委"),
    # the country read with the city as one place, and the city alone later (意大利 names a country)
    ("市委书记周明远会见了意大利帕尔马市市长一行。成都与帕尔马市友好交往多年。",
     ["意大利帕尔马市", "帕尔马市", "成都"], "成都市委"),
    # only the foreign city named: the home's city is unnamed, the body stays as written
    ("市委书记周明远会见了法国图卢兹市市长一行。", ["法国", "图卢兹市"], "市委"),
    # a district after another country's city (韩国… opens it); the home written short (昌) is no country
    ("韩国釜山广域市金井区议会代表团来昌平访问。区委书记周明远会见了代表团。昌平与金井区交往多年。",
     ["韩国釜山广域市", "金井区", "昌平", "昌"], "昌平区委"),
])
def test_an_elided_body_is_the_homes_not_a_foreign_citys(nlp, text, loc, home):
    """市委 is the home's body: a city written after another country's name (a place no gazetteer
    lists before one none lists) is another country's, whose bodies are written in full."""
    doc = make(nlp, text, per=["周明远"], loc=loc)
    assert ("周明远", "书记", home) in triples(doc)


def test_an_elided_body_is_not_a_foreign_body_written_after_its_country(nlp):
    # 老挝|琅南塔省委: the foreign province is named only inside its committee's name (and cut
    # short elsewhere), yet its committee is no 省委 of the home's; 省长 follows the home's too
    text = "省委副书记、省长周明远在昆明会见了老挝琅南塔省委书记一行。云南与南塔省山水相连。"
    doc = make(nlp, text, per=["周明远"], org=["琅南塔省委"], loc=["昆明", "老挝", "云南", "南塔省"])
    assert {("周明远", "副书记", "云南省委"), ("周明远", "省长", "云南省")} <= triples(doc)


@pytest.mark.parametrize("text, loc, home", [
    # a district no gazetteer lists (newer than it), written after its listed city: the home's
    ("大同市平城区委书记周明远调研。区委副书记吴晓东陪同。阳高县、天镇县负责人参加。",
     ["大同市", "平城区", "阳高县", "天镇县"], "平城区委"),
    # a two-character county (left out of the gazetteer), named most, beside a listed neighbour
    ("近日，雄县总工会联合容城县总工会开展活动。雄县是雄安新区三县之一，雄县总工会走进雄县企业。"
     "县委副书记吴晓东参加活动。", ["雄县", "容城县"], "雄县县委"),
    # a district's name less its level (伊滨 beside 伊滨区) is no country's name before it
    ("伊滨区位于洛阳市东部。伊滨新材料产业园位于伊滨。区委副书记吴晓东陪同。", ["伊滨区", "洛阳市", "伊滨"], "伊滨区委"),
    # a village after its town (a level of the home's): no foreign place, though neither is listed
    ("在庙滩镇喻家湾村，村委会主任吴晓东介绍。邻近的东岭村也在发展。", ["庙滩镇", "喻家湾村", "东岭村"], "喻家湾村"),
])
def test_an_unlisted_home_place_is_no_foreign_one(nlp, text, loc, home):
    doc = make(nlp, text, per=["周明远", "吴晓东"], loc=loc)
    assert any(r[0] == "吴晓东" and r[2] == home for r in triples(doc))


def test_an_unlisted_city_is_the_home_where_no_listed_one_is_named(nlp):
    text = "东湖市委书记周明远出席。市委副书记吴晓东主持。"   # an invented city: the only one named
    doc = make(nlp, text, per=["周明远", "吴晓东"], loc=["东湖市"])
    assert ("吴晓东", "副书记", "东湖市委") in triples(doc)


def test_a_city_listed_under_its_former_level_is_a_home(nlp):
    # 祁阳市 (a county, 祁阳县, in the gazetteer) is no foreign city beside the listed 上海市
    text = "考察团走访了上海市多家企业。祁阳市将与上海深化合作。市委副书记吴晓东陪同。"
    doc = make(nlp, text, per=["吴晓东"], loc=["上海市", "祁阳市", "上海"])
    assert triples(doc) == {("吴晓东", "副书记", "祁阳市委")}


@pytest.mark.parametrize("text, person, position, org", [
    # a title by its field is one position (positions.txt), not 总监 of 质量, 医生 of 全科
    ("青禾乳业有限公司质量总监白雅琴介绍。", "白雅琴", "质量总监", "青禾乳业有限公司"),
    ("青禾投资基金管理有限公司合伙人滕志远发言。", "滕志远", "合伙人", "青禾投资基金管理有限公司"),
    ("社区卫生服务站全科医生陶亚男说。", "陶亚男", "全科医生", "社区卫生服务站"),
])
def test_a_title_by_its_field_is_one_position(nlp, text, person, position, org):
    assert (person, position, org) in triples(make(nlp, text, per=[person]))   # (the body: text alone)


def test_the_place_one_comes_from_is_no_organization(nlp):
    # 来自X的 (roles.yaml origin_marks): the origin; 通州区的副区长 keeps its place
    text = "来自安徽的钢筋工褚大军今年48岁。通州区的副区长王明说。"
    doc = make(nlp, text, per=["褚大军", "王明"], loc=["安徽", "通州区"])
    assert triples(doc) == {("褚大军", "钢筋工", None), ("王明", "副区长", "通州区")}


def test_a_company_written_without_its_legal_form_is_the_one_named_in_full(nlp):
    text = "青禾信证券股份有限公司董事长李明会见客人。青禾信证券总裁缪志强陪同。"
    doc = make(nlp, text, per=["李明", "缪志强"], org=["青禾信证券股份有限公司", "青禾信证券"])
    assert ("缪志强", "总裁", "青禾信证券股份有限公司") in triples(doc)


def test_the_group_company_is_the_group_named_in_full(nlp):
    # 集团公司 is the group itself: its registered name, with no second 公司 after it
    text = "东江铁路集团有限公司董事长周明远检查春运工作。集团公司党委常委、副总经理吴晓东一同检查。"
    doc = make(nlp, text, per=["周明远", "吴晓东"], org=["东江铁路集团有限公司"])
    assert ("吴晓东", "副总经理", "东江铁路集团有限公司") in triples(doc)
    # … and 集团公司工会 its union
    text = "东江铁路集团有限公司董事长周明远检查春运工作。集团公司工会主席龚丽萍一同检查。"
    doc = make(nlp, text, per=["周明远", "龚丽萍"], org=["东江铁路集团有限公司"])
    assert ("龚丽萍", "主席", "东江铁路集团有限公司工会") in triples(doc)


def test_the_company_an_anaphor_names_is_the_one_written_last_before_it(nlp):
    text = "督查组来到青禾新材料股份有限公司检查。随后来到瑞丰精细化工有限公司。该公司总经理韩书杰表示，将立即整改。"
    doc = make(nlp, text, per=["韩书杰"], org=["青禾新材料股份有限公司", "瑞丰精细化工有限公司"])
    assert triples(doc) == {("韩书杰", "总经理", "瑞丰精细化工有限公司")}
    # … not a partner written after 与 (甲与乙签约，该公司…: 甲, the subject)
    text = "青禾电力股份有限公司近日与瑞丰路桥集团有限公司签订合作协议，该公司董事长王强表示，将做好保障。"
    doc = make(nlp, text, per=["王强"], org=["青禾电力股份有限公司", "瑞丰路桥集团有限公司"])
    assert triples(doc) == {("王强", "董事长", "青禾电力股份有限公司")}
    # … but one closing a list after 和 is the latest (来到某镇和某公司，该公司…)
    text = "考察团来到青禾产业园、文安驿镇和瑞丰服饰有限公司。该公司负责人高玉琴介绍，企业吸纳就业300人。"
    doc = make(nlp, text, per=["高玉琴"], org=["瑞丰服饰有限公司"], loc=["青禾产业园", "文安驿镇"])
    assert triples(doc) == {("高玉琴", "负责人", "瑞丰服饰有限公司")}


def test_a_company_named_inside_its_units_name_is_what_its_anaphor_names(nlp):
    # 参观了某药业股份有限公司新药研发中心，该公司董事长…: the company is written, up to its legal form
    text = "客人参观了青禾药业股份有限公司新药研发中心，该公司董事长丁振华陪同参观。"
    doc = make(nlp, text, per=["丁振华"], org=["青禾药业股份有限公司新药研发中心"])
    assert triples(doc) == {("丁振华", "董事长", "青禾药业股份有限公司")}


def test_the_party_committee_of_a_body_the_article_names_is_in_the_title(nlp):
    # 石岭煤矿, named on its own (no ending of the lists: 矿 is also a sector, 湖南省煤矿系统), is an
    # enterprise: its 党委 is in the title, as a company's; a community's governs it
    text = "冯立新来到石岭煤矿。石岭煤矿党委书记冯立新陪同。芙蓉社区党委书记杨艳介绍。"
    doc = make(nlp, text, per=["冯立新", "杨艳"], org=["石岭煤矿党委", "石岭煤矿", "芙蓉社区党委"])
    assert triples(doc) == {("冯立新", "党委书记", "石岭煤矿"), ("杨艳", "书记", "芙蓉社区党委")}
    # a place the article names (a zone: 王府井商圈) is governed by its committee, which stays the org
    text = "王府井商圈位于东城区。王府井商圈党委书记周明远介绍。"
    doc = make(nlp, text, per=["周明远"], loc=["王府井商圈", "东城区"], org=["王府井商圈党委"])
    assert triples(doc) == {("周明远", "书记", "王府井商圈党委")}


@pytest.mark.parametrize("text, ents, holder", [
    # the one federation's committee, written alone after its title
    ("东江市总工会党组成员、女职工委员会主任郝雪梅出席。", dict(per=["郝雪梅"], org=["东江市总工会"]),
     ("郝雪梅", "女职工委员会主任", "东江市总工会")),
    # ... or the union written last before it, where no federation is named
    ("东岭铁路运输集团工会副主席、女职工委员会主任钱慧如一行来到客运段。",
     dict(per=["钱慧如"], org=["东岭铁路运输集团工会"]), ("钱慧如", "女职工委员会主任", "东岭铁路运输集团工会")),
    # ... or written with its union
    ("青山区总工会经费审查委员会主任周明远作报告。", dict(per=["周明远"], org=["青山区总工会经费审查委员会"]),
     ("周明远", "经费审查委员会主任", "青山区总工会")),
])
def test_a_unions_committee_stays_in_the_title(nlp, text, ents, holder):
    """女职工委员会主任 of 某市总工会: a union's committee (roles.yaml committees_of) is a body inside
    the union, kept in the title as 党支部书记 is (GUIDELINES Clarifications)."""
    assert holder in triples(make(nlp, text, **ents))


def test_a_trade_named_with_its_machine_is_one_title(nlp):
    # positions.txt lists the trades as the industry names them (采煤机司机, 电客车司机), not 司机 alone
    doc = make(nlp, "采煤机司机佟立伟说，电客车司机郝雪梅也参加了培训。", per=["佟立伟", "郝雪梅"])
    assert {("佟立伟", "采煤机司机", None), ("郝雪梅", "电客车司机", None)} <= triples(doc)


def test_an_elided_body_of_a_prefecture_is_the_prefectures(nlp):
    # 州委, 副州长: the level 州 (elision.yaml prefixes) is elided like 市, 县; the prefecture named
    text = "州委书记周明远深入白石县调研。副州长吴晓东陪同。青山州要坚持生态优先。"
    doc = make(nlp, text, per=["周明远", "吴晓东"], loc=["白石县", "青山州"])
    assert triples(doc) == {("周明远", "书记", "青山州委"), ("吴晓东", "副州长", "青山州")}


def test_a_listed_city_written_without_its_level_is_the_place_of_its_elided_bodies(nlp):
    doc = make(nlp, "会议指出，苏州是外贸大市。市委副书记、市长周明远出席。", per=["周明远"], loc=["苏州"])
    assert triples(doc) == {("周明远", "副书记", "苏州市委"), ("周明远", "市长", "苏州市")}


def test_a_title_shared_with_a_party_body_is_the_organizations_own(nlp):
    """某集团党委书记、董事长: the party committee stays in its title (the guideline: a body inside an
    organization is kept in the position), the group is the organization of both posts."""
    doc = make(nlp, "青山集团党委书记、董事长吴晓东介绍了情况。", per=["吴晓东"], org=["青山集团党委"])
    assert triples(doc) == {("吴晓东", "党委书记", "青山集团"), ("吴晓东", "董事长", "青山集团")}
    doc = make(nlp, "青山集团党委书记、副书记吴晓东介绍了情况。", per=["吴晓东"], org=["青山集团党委"])
    assert triples(doc) == {("吴晓东", "党委书记", "青山集团"), ("吴晓东", "党委副书记", "青山集团")}


def test_a_place_s_or_community_s_party_committee_is_the_organization(nlp):
    """某镇党委, 某社区党委, 某开发区党工委 govern their place (roles.yaml party_governed_units): the
    committee is the organization and keeps 书记; an organization's own (某医院党委) stays in the title."""
    doc = make(nlp, "南湖社区党委书记吴晓东、南湖镇党委副书记郑秋、东江开发区党工委委员周明、东江人民医院党委副书记"
               "王海出席。", per=["吴晓东", "郑秋", "周明", "王海"],
               org=["南湖社区党委", "南湖镇党委", "东江开发区党工委", "东江人民医院党委"])
    assert triples(doc) == {("吴晓东", "书记", "南湖社区党委"), ("郑秋", "副书记", "南湖镇党委"),
                            ("周明", "委员", "东江开发区党工委"), ("王海", "党委副书记", "东江人民医院")}
    # a working committee (roles.yaml working_committees) stays the organization, a league's too
    doc = make(nlp, "朝阳区团工委书记王磊、东江市社工委副书记李静、青山产业园党工委书记孙伟出席。",
               per=["王磊", "李静", "孙伟"], org=["朝阳区团工委", "东江市社工委", "青山产业园党工委"])
    assert triples(doc) == {("王磊", "书记", "朝阳区团工委"), ("李静", "副书记", "东江市社工委"),
                            ("孙伟", "书记", "青山产业园党工委")}


def test_a_body_written_bare_in_a_chain_is_the_previous_organizations(nlp):
    """区委常委、组织部部长: a party organ kept in the title of the party committee; 某集团党委常委、工会主席: any
    other body (roles.yaml chain_bodies) outside the party body, of the organization it is in."""
    doc = make(nlp, "青山集团党委常委、工会主席吴晓东介绍了情况。", per=["吴晓东"], org=["青山集团党委", "工会"])
    assert triples(doc) == {("吴晓东", "党委常委", "青山集团"), ("吴晓东", "主席", "青山集团工会")}
    # a party organ stays in the title, the party committee its organization (the guideline's
    # clarification: a body inside an organization is kept in the position)
    doc = make(nlp, "东江区委常委、组织部部长郑秋出席。", per=["郑秋"], org=["东江区委", "组织部"])
    assert triples(doc) == {("郑秋", "常委", "东江区委"), ("郑秋", "组织部部长", "东江区委")}
    doc = make(nlp, "东江区委常委、宣传部副部长郑秋出席。", per=["郑秋"], org=["东江区委", "宣传部"])
    assert triples(doc) == {("郑秋", "常委", "东江区委"), ("郑秋", "宣传部副部长", "东江区委")}
    # written with its party body, the organ is the organization
    doc = make(nlp, "东江区委组织部部长郑秋出席。", per=["郑秋"], org=["东江区委组织部"])
    assert triples(doc) == {("郑秋", "部长", "东江区委组织部")}
    # right after a government's title, the organ is not the government's
    doc = make(nlp, "东江区委常委、副区长、统战部部长郑秋出席。", per=["郑秋"], org=["东江区委", "统战部"], loc=["东江区"])
    assert not any(org == "东江区" and title.endswith("部长") for _, title, org in triples(doc))
    # a zone's party working committee (工委) and its administrative committee (管委会)
    doc = make(nlp, "青山经济技术开发区工委委员、管委会副主任周明远出席。", per=["周明远"], org=["青山经济技术开发区工委"])
    assert triples(doc) == {("周明远", "委员", "青山经济技术开发区工委"), ("周明远", "副主任", "青山经济技术开发区管委会")}
    # a body of its own name (总工会) is resolved as before: the one the article names in full
    doc = make(nlp, "南湖镇总工会开展慰问。地区党委副书记、总工会主席周明远带队。", per=["周明远"],
               org=["南湖镇总工会", "地区党委", "总工会"])
    assert ("周明远", "主席", "南湖镇总工会") in triples(doc)


@pytest.mark.parametrize("text", ["江南省总工会副主席（兼）、青山集团工会主席周明远陪同。",
                                  "江南省总工会副主席（挂职）周明远陪同。",
                                  "江南省总工会兼职副主席周明远陪同。"])
def test_a_note_after_or_before_a_title_keeps_its_organization(nlp, text):
    """副主席（兼）、…, 副主席（挂职）甲 (roles.yaml title_notes), 兼职副主席: the note is no part of
    the chain, and the title keeps its organization."""
    doc = make(nlp, text, per=["周明远"], org=["江南省总工会", "青山集团工会"])
    assert ("周明远", "副主席", "江南省总工会") in triples(doc)


@pytest.mark.parametrize("mark", ["、", "，"])
def test_a_title_with_no_organization_after_a_named_holder_shares_his_organization(nlp, mark):
    """某区总工会主席甲，副主席乙、丙参加: the titles after the first holder's name, with no
    organization of their own, are the same organization's (after 、 or a comma); a place's
    head (副区长) takes the place instead."""
    doc = make(nlp, f"东江区总工会主席吴晓东{mark}副主席郑秋、周明远参加活动。", per=["吴晓东", "郑秋", "周明远"],
               org=["东江区总工会"])
    assert triples(doc) == {("吴晓东", "主席", "东江区总工会"), ("郑秋", "副主席", "东江区总工会"),
                            ("周明远", "副主席", "东江区总工会")}


def test_the_titles_listed_with_a_deputy_s_share_the_organization_his_chief_gives(nlp):
    """某省总工会党组书记、常务副主席甲出席并讲话，党组成员、副主席乙主持会议: the deputy's title takes
    the chief's organization (_chief_before), and the title listed with it is the same body's."""
    doc = make(nlp, "江南省总工会党组书记、常务副主席吴晓东出席并讲话，党组成员、副主席郑秋主持会议。",
               per=["吴晓东", "郑秋"], org=["江南省总工会"])
    assert {("郑秋", "党组成员", "江南省总工会"), ("郑秋", "副主席", "江南省总工会")} <= triples(doc)


@pytest.mark.parametrize("body, first, second, shared", [
    ("东洋国", "第一首相", "第二首相", True), ("东洋国", "主席", "副主席", True),
    ("东洋国", "外长", "国务卿", True),            # another office after a country alone: the same country
    ("东洋国家电网", "董事长", "总经理", False)])   # another office after a body: not the same body
def test_a_title_after_and_shares_the_organization_of_the_same_office(nlp, body, first, second, shared):
    """东洋国第一首相甲和第二首相乙 (roles.yaml same_office_marks): after 和 a title of the same
    office (its rank aside) is the same body's or country's; another office only a country's."""
    ents = dict(loc=[body]) if body == "东洋国" else dict(org=[body])
    doc = make(nlp, f"{body}{first}吴晓东和{second}郑秋出席。", per=["吴晓东", "郑秋"], **ents)
    assert (("郑秋", second, body) in triples(doc)) == shared
    assert ("吴晓东", first, body) in triples(doc)


def test_and_closing_a_list_of_titles_shares_the_lists_organization(nlp):
    # 甲、乙和丙: 和 closes the list the mark opened, so 丙's title is the body's too (without the
    # list, 董事长甲和总经理乙 leaves the second office unshared: above)
    doc = make(nlp, "东洋国家电网董事长吴晓东、副董事长周明远和总经理郑秋出席。", per=["吴晓东", "周明远", "郑秋"],
               org=["东洋国家电网"])
    assert ("郑秋", "总经理", "东洋国家电网") in triples(doc)


def test_a_title_of_a_leading_body_after_another_is_of_the_organization_both_are_inside(nlp):
    """东洋党中央政治局委员、书记处书记 (roles.yaml leading_bodies): the secretariat is the party
    centre's, not the politburo's."""
    doc = make(nlp, "东洋党中央政治局委员、书记处书记吴晓东出席。", per=["吴晓东"], org=["东洋党中央政治局"])
    assert triples(doc) == {("吴晓东", "委员", "东洋党中央政治局"), ("吴晓东", "书记处书记", "东洋党中央")}


def test_a_minister_named_by_the_office_shares_a_country_but_no_body(nlp):
    """国务院副总理兼外长 (roles.yaml country_titles): 外长 is the country's minister, not the State
    Council's (a national body alone: national_country); 东洋国副总理兼外长 is 东洋国's."""
    doc = make(nlp, "国务院副总理兼外长吴晓东会见了客人。", per=["吴晓东"], org=["国务院"])
    assert ("吴晓东", "外长", "中国") in triples(doc)
    doc = make(nlp, "东洋国副总理兼外长吴晓东会见了客人。", per=["吴晓东"], loc=["东洋国"])
    assert ("吴晓东", "外长", "东洋国") in triples(doc)


def test_an_autonomous_region_is_no_district_of_an_elided_union(nlp):
    """区总工会 stands for a 区 (roles: elision.yaml other_levels): 东洋自治区 is of another level,
    so the elided union is no 东洋自治区总工会; the district named earlier is its place."""
    text = "青山区总工会组团赴东洋自治区白石市考察。区总工会副主席吴晓东介绍了情况。"
    doc = make(nlp, text, per=["吴晓东"], org=["青山区总工会", "区总工会"], loc=["东洋自治区", "白石市"])
    assert ("吴晓东", "副主席", "青山区总工会") in triples(doc)


def test_the_name_opening_a_sentence_holds_the_title_in_apposition_after_it(nlp):
    """吴晓东，东江电力设备有限公司高级技师，代表…发言: the person opening the sentence before the
    comma holds the title described after it."""
    text = "吴晓东，东江电力设备有限公司高级技师，代表获奖职工发言。"
    doc = make(nlp, text, per=["吴晓东"], org=["东江电力设备有限公司"])
    assert triples(doc) == {("吴晓东", "高级技师", "东江电力设备有限公司")}


def test_one_who_is_one_of_an_organizations_workers_holds_the_job_there(nlp):
    """甲是某公司的一名保洁员 (roles.yaml title_modifiers_after_org: 一名, 一位): the company's job."""
    doc = make(nlp, "吴晓东是东江环卫服务有限公司的一名保洁员。", per=["吴晓东"], org=["东江环卫服务有限公司"])
    assert triples(doc) == {("吴晓东", "保洁员", "东江环卫服务有限公司")}


@pytest.mark.parametrize("honour", ["全国劳动模范", "北京市劳动模范", "全国五一劳动奖章获得者"])
def test_an_honour_between_the_title_and_the_name_leaves_him_its_holder(nlp, honour):
    """某公司焊装车间主任、全国劳动模范甲 (roles.yaml honour_between): 甲 holds the title."""
    text = f"东江汽车有限公司焊装车间主任、{honour}吴晓东作典型发言。"
    doc = make(nlp, text, per=["吴晓东"], org=["东江汽车有限公司"])
    assert triples(doc) == {("吴晓东", "焊装车间主任", "东江汽车有限公司")}


@pytest.mark.parametrize("text, triple", [
    ("东洋特区行政长官吴晓东今天出席会议。", ("吴晓东", "行政长官", "东洋特区")),
    ("东洋国常驻联合国代表吴晓东发言。", ("吴晓东", "常驻联合国代表", "东洋国")),
    ("东洋国审计署审计长吴晓东回忆。", ("吴晓东", "审计长", "东洋国审计署")),
    ("东江市市长助理、公安局局长吴晓东说。", ("吴晓东", "市长助理", "东江市")),
])
def test_offices_of_states_and_cities(nlp, text, triple):
    """行政长官, 常驻联合国代表, 审计长, 市长助理 … (positions.txt): offices the roles stage reads."""
    doc = make(nlp, text, per=["吴晓东"], org=["东洋国审计署"], loc=["东洋特区", "东洋国", "东江市"])
    assert triple in triples(doc)


def test_a_publication_in_title_marks_before_the_title_is_its_organization(nlp):
    """武汉《东江日报》副总编辑甲: the paper in 《》 right before the title is his organization."""
    doc = make(nlp, "这是武汉《东江日报》副总编辑吴晓东的新著。", per=["吴晓东"], loc=["武汉"])
    assert triples(doc) == {("吴晓东", "副总编辑", "东江日报")}


@pytest.mark.parametrize("verb", ["担任", "出任"])
def test_titles_held_by_the_person_named_before_the_verb(nlp, verb):
    """东江市法律援助委员会主任由司法局局长甲担任 (roles.yaml held_by_marks, held_by_verbs): 甲
    holds both the committee's post and his own."""
    text = f"东江市法律援助委员会主任由东江市司法局局长吴晓东{verb}，委员由各部门负责人组成。"
    doc = make(nlp, text, per=["吴晓东"], org=["东江市法律援助委员会", "东江市司法局"])
    assert triples(doc) == {("吴晓东", "主任", "东江市法律援助委员会"), ("吴晓东", "局长", "东江市司法局")}


def test_an_envoy_extraordinary_and_plenipotentiary_is_one_title(nlp):
    """任命甲为东洋国驻西洋国特命全权大使: 特命全权大使 (positions.txt) after the post abroad."""
    doc = make(nlp, "任命吴晓东为东洋国驻西洋国特命全权大使。", per=["吴晓东"], loc=["东洋国", "西洋国"])
    assert triples(doc) == {("吴晓东", "驻西洋国特命全权大使", "东洋国")}


def test_an_organizations_other_name_in_brackets_before_the_title_is_skipped(nlp):
    """某服务中心（某援助中心）主任甲, 某特别委员会（特委会）主席甲: the title is the organization's."""
    doc = make(nlp, "江南省总工会职工服务中心（职工援助中心）主任吴晓东介绍了情况。", per=["吴晓东"],
               org=["江南省总工会职工服务中心"])
    assert triples(doc) == {("吴晓东", "主任", "江南省总工会职工服务中心")}


def test_a_body_after_an_organizations_other_name_in_quotes_is_the_organization_s(nlp):
    # 某公司（以下简称“某”）党委书记、董事长甲: the company's party committee, the company's chairman
    doc = make(nlp, "申江船舶重工股份有限公司（以下简称“申江重工”）党委书记、董事长柏文涛会见客人。",
               per=["柏文涛"], org=["申江船舶重工股份有限公司", "申江重工"])
    assert triples(doc) == {("柏文涛", "党委书记", "申江船舶重工股份有限公司"),
                            ("柏文涛", "董事长", "申江船舶重工股份有限公司")}


def test_a_title_running_into_a_longer_word_is_none(nlp):
    """欧盟主席国期间 (names.yaml title_blocked_next: 主席国, 主席团): no title, and so no name after it."""
    doc = make(nlp, "英国担任欧盟主席国期间，将推动改革。", org=["欧盟"], loc=["英国"])
    assert triples(doc) == set()


def test_a_former_holder_keeps_the_posts_organization(nlp):
    """某总工会原党组书记: 原 (former) between the organization and the title belongs to neither."""
    doc = make(nlp, "江南省总工会原党组书记、常务副主席周明远参加了活动。", per=["周明远"], org=["江南省总工会"])
    assert triples(doc) == {("周明远", "党组书记", "江南省总工会"), ("周明远", "常务副主席", "江南省总工会")}


@pytest.mark.parametrize("text, position", [
    ("东江港集团装卸公司桥吊司机周明远作交流发言。", "桥吊司机"),
    ("东江港集团装卸公司公交车驾驶员周明远作交流发言。", "公交车驾驶员"),
    ("东江港集团装卸公司车辆维修工程师周明远作交流发言。", "车辆维修工程师"),   # four characters
    ("东江港集团旅游公司导游周明远作交流发言。", "导游"),                      # occupations of positions.txt
    ("东江港集团装卸公司设备检修工周明远作交流发言。", "设备检修工"),          # a trade (检修工) and its work
    ("东江港集团旅游公司新闻发言人周明远作交流发言。", "新闻发言人"),            # ... and offices
])
def test_the_noun_of_the_work_before_an_occupation_is_part_of_the_job(nlp, text, position):
    doc = make(nlp, text, per=["周明远"], org=["东江港集团装卸公司", "东江港集团旅游公司"])
    assert triples(doc) == {("周明远", position, text[:text.index("公司") + 2])}


@pytest.mark.parametrize("text, position", [
    ("车间里，维修电工周明远正在检修设备。", "维修电工"),   # not the 电工 inside it
    ("窑炉工周明远在岗位上干了二十年。", "窑炉工"),
    ("叉车司机周明远获得技术能手称号。", "叉车司机"),       # not the 司机 inside it
])
def test_a_trade_of_the_occupation_classification_is_the_job_as_written(nlp, text, position):
    doc = make(nlp, text, per=["周明远"])
    assert triples(doc) == {("周明远", position, None)}


def test_a_chain_runs_on_over_an_occupation_with_the_noun_of_its_work(nlp):
    text = "江南省总工会兼职副主席、东江港集团桥吊司机周明远作交流发言。"
    doc = make(nlp, text, per=["周明远"], org=["江南省总工会", "东江港集团"])
    assert triples(doc) == {("周明远", "副主席", "江南省总工会"), ("周明远", "桥吊司机", "东江港集团")}


@pytest.mark.parametrize("holder", ["模范", "女"])
def test_a_word_of_the_holder_before_an_occupation_is_no_part_of_job_or_organization(nlp, holder):
    doc = make(nlp, f"青山小学{holder}教师周明远说。", per=["周明远"], org=["青山小学"])
    assert triples(doc) == {("周明远", "教师", "青山小学")}


def test_a_verb_before_an_occupation_is_no_part_of_the_job(nlp):
    doc = make(nlp, "东江公司聘请司机周明远说。", per=["周明远"], org=["东江公司"])
    assert triples(doc) == {("周明远", "司机", None)}


def test_a_full_time_vice_chair_is_one_title(nlp):
    doc = make(nlp, "江南省总工会驻会副主席周明远说。", per=["周明远"], org=["江南省总工会"])
    assert triples(doc) == {("周明远", "驻会副主席", "江南省总工会")}


@pytest.mark.parametrize("modifier", ["原", "前任"])
def test_a_former_holder_by_any_word_keeps_the_posts_organization(nlp, modifier):
    """原主席, 前任主席 (roles.yaml title_modifiers_after_org): the former holder's organization."""
    doc = make(nlp, f"江南省总工会{modifier}主席周明远参加了活动。", per=["周明远"], org=["江南省总工会"])
    assert triples(doc) == {("周明远", "主席", "江南省总工会")}


@pytest.mark.parametrize("text", ["东洋国当选总统周明远今天表示。", "东洋国新当选的总统周明远今天表示。"])
def test_an_elected_holder_keeps_the_posts_organization(nlp, text):
    """某国当选总统, 某国新当选的总统 (title_modifiers_after_org, several in a row): the country's."""
    doc = make(nlp, text, per=["周明远"], loc=["东洋国"])
    assert triples(doc) == {("周明远", "总统", "东洋国")}


def test_a_chief_negotiator_is_a_title_in_the_chain(nlp):
    """某部首席谈判代表、副部长甲 (positions.txt 首席谈判代表): both titles the ministry's."""
    doc = make(nlp, "东洋国外交部首席谈判代表、副部长周明远今天表示。", per=["周明远"], org=["东洋国外交部"])
    assert triples(doc) == {("周明远", "首席谈判代表", "东洋国外交部"), ("周明远", "副部长", "东洋国外交部")}


@pytest.mark.parametrize("text, org, triple", [
    # military and agency heads (positions.txt): the body's titles, a chain of two included
    ("青山军区司令员周明远、政委吴晓东出席。", "青山军区", {("周明远", "司令员", "青山军区"), ("吴晓东", "政委", "青山军区")}),
    ("东洋国新闻出版署副署长、青山工作小组办公室主任周明远主持座谈会。", "东洋国新闻出版署",
     {("周明远", "副署长", "东洋国新闻出版署")}),
    # a deputy foreign minister of a country (副外长)
    ("东洋国副外长周明远出席。", "东洋国", {("周明远", "副外长", "东洋国")}),
])
def test_military_and_agency_heads_are_titles(nlp, text, org, triple):
    doc = make(nlp, text, per=["周明远", "吴晓东"], org=[org])
    assert triple <= triples(doc)


@pytest.mark.parametrize("text", [
    "吴晓东会见了以东洋国国防部长周明远为团长的代表团。",   # 以 opens the frame, not the body
    "吴晓东会见了东洋国前国防部长周明远。",                 # 前 says former: the title's
])
def test_a_frame_word_or_a_former_is_no_part_of_the_body(nlp, text):
    doc = make(nlp, text, per=["周明远", "吴晓东"], loc=["东洋国"])
    assert triples(doc) == {("周明远", "部长", "东洋国国防部")}


@pytest.mark.parametrize("text, loc, triple", [
    # the venue joined by 同 is no part of the minister's body
    ("吴晓东今天在青山宾馆同东洋国外交部长周明远举行会谈。", ["青山宾馆", "东洋国"], ("周明远", "部长", "东洋国外交部")),
    # a joiner right after a person opens no body
    ("吴晓东和东洋国外交部长周明远出席了会议。", ["东洋国"], ("周明远", "部长", "东洋国外交部")),
])
def test_a_joiner_before_a_name_ends_the_body(nlp, text, loc, triple):
    """roles.yaml org_leading_marks: 同, 和 before a name the NER found, opening the text or after
    another name."""
    doc = make(nlp, text, per=["周明远", "吴晓东"], loc=loc)
    assert triple in triples(doc)


def test_a_party_body_after_a_union_title_is_the_organizations(nlp):
    """某集团工会主席、党委副书记 (roles.yaml party_bodies as chain bodies): the group's party
    committee, not the union's; it stays in the title, the group the organization."""
    doc = make(nlp, "东江电力集团工会主席、党委副书记郑秋主持会议。", per=["郑秋"], org=["东江电力集团工会"])
    assert triples(doc) == {("郑秋", "主席", "东江电力集团工会"), ("郑秋", "党委副书记", "东江电力集团")}


def test_a_stop_word_right_before_a_title_leaves_no_organization(nlp):
    """听取了厂长甲的汇报: 了 ends the words before the title; 取了 is no part of a 厂."""
    doc = make(nlp, "在认真听取了厂长王沛津的汇报之后，他说。", per=["王沛津"])
    assert triples(doc) == {("王沛津", "厂长", None)}


def test_the_first_of_several_deputies_is_a_title_of_the_organization(nlp):
    """东洋国第一副总理甲 (roles.yaml title_prefixes: 第一): the ordinal is part of the title."""
    doc = make(nlp, "应东洋国第一副总理周明远邀请，吴晓东将出访。", per=["周明远", "吴晓东"], loc=["东洋国"])
    assert triples(doc) == {("周明远", "第一副总理", "东洋国")}


def test_elided_org_from_a_place_written_without_its_level(nlp):
    # the article writes 湖南 (a listed place; 湖南省 is listed too), never 湖南省: weakest evidence,
    # used only where no place of the level is written with it
    text = "为湖南建筑行业发展服务。省总工会宣传部部长张平、省建设工会主席艾明参加。"
    assert triples(make(nlp, text, loc=["湖南"])) == {("张平", "部长", "湖南省总工会宣传部"),
                                                     ("艾明", "主席", "湖南省建设工会")}
    text = "湖南客人来访。江苏省总工会举办座谈，省总工会主席王芳出席。"
    assert triples(make(nlp, text, loc=["湖南"], org=["江苏省总工会"])) == {("王芳", "主席", "江苏省总工会")}
    # or by its abbreviation (来苏: 江苏, 江苏省 listed)
    text = "考察团一行5人来苏参观。省总工会副主席董明在南京会见考察团。"
    assert triples(make(nlp, text, per=["董明"], loc=["苏", "南京"])) == {("董明", "副主席", "江苏省总工会")}
    # a listed place beats a place guessed from a raw run (贯彻好|市委 ends like 贯彻好市)
    text = "北京代表参加。要贯彻好市委全会精神，市委书记何明强调。"
    assert triples(make(nlp, text, per=["何明"], loc=["北京"])) == {("何明", "书记", "北京市委")}


@pytest.mark.parametrize("title, delegation, org", [("州长", "东洋国青山州代表团", "东洋国青山州"),
                                                 ("市长", "青山市政府代表团", "青山市")])
def test_the_head_of_a_place_leading_its_delegation_holds_the_place(nlp, title, delegation, org):
    # 州长甲率领的某州代表团: the head of a place's government takes the place
    doc = make(nlp, f"王明会见了以{title}周明远率领的{delegation}。", per=["王明", "周明远"], org=[delegation])
    assert {(p, o) for p, _, o in triples(doc)} == {("周明远", org)}


def test_head_leading_a_delegation_holds_the_title_in_its_body(nlp):
    text = "王明会见了巴图主席率领的东洋工会联合会代表团。"
    assert triples(make(nlp, text, per=["王明", "巴图"], org=["东洋工会联合会代表团"])) == \
        {("巴图", "主席", "东洋工会联合会")}
    # places written before the body are passed over
    text = "区委书记王明会见了由议长金明率领的日本东洋市青山区议会代表团。"
    doc = make(nlp, text, per=["王明", "金明"], org=["青山区议会代表团", "区委"], loc=["日本东洋市"])
    assert ("金明", "议长", "青山区议会") in triples(doc)
    # any lead verb of lead_verbs.txt (events read the same list) with 的
    text = "王明会见了巴图主席带队的东洋工会联合会代表团。"
    assert triples(make(nlp, text, per=["王明", "巴图"], org=["东洋工会联合会代表团"])) == \
        {("巴图", "主席", "东洋工会联合会")}
    # an organization printed with the title stays; a company led is no delegation
    text = "北京市总工会主席张良率领的代表团。董事长李强带领的华为集团公司参展。"
    doc = make(nlp, text, per=["张良", "李强"], org=["北京市总工会", "华为集团公司"])
    assert triples(doc) == {("张良", "主席", "北京市总工会"), ("李强", "董事长", None)}


def test_bare_organization_word_is_the_one_the_article_names_in_full(nlp):
    text = "近日，北京市青山区南湖镇总工会开展慰问活动。党委副书记、总工会主席何明带队。"
    doc = make(nlp, text, per=["何明"], org=["南湖镇总工会"], loc=["北京市", "青山区"])
    assert ("何明", "主席", "南湖镇总工会") in triples(doc)
    # two bodies of that name: the title keeps the word as written
    text = "南湖镇总工会和西岭镇总工会联合开展活动。总工会主席何明带队。"
    doc = make(nlp, text, per=["何明"], org=["南湖镇总工会", "西岭镇总工会"])
    assert ("何明", "主席", "总工会") in triples(doc)
    # … unless its paragraph names one of them before it (the one just visited)
    text = "县委书记来到丰禾种植专业合作社，察看育秧。合作社理事长孔庆丰介绍了情况。\n随后走进绿源果蔬专业合作社。"
    doc = make(nlp, text, per=["孔庆丰"], org=["丰禾种植专业合作社", "绿源果蔬专业合作社"])
    assert ("孔庆丰", "理事长", "丰禾种植专业合作社") in triples(doc)


def test_not_an_elision(nlp):
    doc = make(nlp, "市场监管局局长赵强介绍情况。", headline="北京市召开会议")
    assert triples(doc) == {("赵强", "局长", "市场监管局")}


# 3. author lines of signed pieces: roles inside the author_line field only
def test_author_lines(nlp):
    doc = make(nlp, "五年来，东城区总工会坚持服务职工。", headline="强化思想政治引领",
               author_line="东城区人大常委会党组副书记、副主任，区总工会主席 吕德成")
    assert triples(doc) == {("吕德成", "党组副书记", "东城区人大常委会"), ("吕德成", "副主任", "东城区人大常委会"),
                            ("吕德成", "主席", "东城区总工会")}
    (name, f_start, f_end) = next(f for f in doc._.fields if f[0] == "author_line")
    assert all(f_start <= r["start"] < r["end"] <= f_end for r in doc._.roles)
    doc = make(nlp, "正文。", author_line="门头沟区一级巡视员、区总工会主席 李伟")
    assert triples(doc) == {("李伟", "一级巡视员", "门头沟区"), ("李伟", "主席", "门头沟区总工会")}
    doc = make(nlp, "正文。", author_line="北京经济技术开发区总工会主席 安春玲")
    assert triples(doc) == {("安春玲", "主席", "北京经济技术开发区总工会")}


def test_roles_never_cross_fields(nlp):
    # the headline ends with a title, the body starts with a name: no role across the "\n"
    doc = make(nlp, "张良出席会议并讲话。", headline="北京市总工会副主席")
    assert doc._.roles == []


# 4. lists of people with positions; unnamed 有关负责人 gives nothing
def test_list_of_people(nlp):
    doc = make(nlp, "北京市总工会党组书记、副主席张良，丰台区委书记王少峰出席大会开幕式并讲话。")
    assert triples(doc) == {("张良", "党组书记", "北京市总工会"), ("张良", "副主席", "北京市总工会"),
                            ("王少峰", "书记", "丰台区委")}
    doc = make(nlp, "北京市总工会党组成员、副主席于德泉,北京市金融工会、东城区总工会有关负责人参加慰问。")
    assert triples(doc) == {("于德泉", "党组成员", "北京市总工会"), ("于德泉", "副主席", "北京市总工会")}
    doc = make(nlp, "朝阳区便民服务业协会相关负责人表示，下一步将总结经验。")
    assert doc._.roles == []


def test_several_names_share_the_title(nlp):
    doc = make(nlp, "全国人大常委会副委员长王汉斌、布赫出席了颁奖仪式。", per=["王汉斌", "布赫"])
    assert triples(doc) == {("王汉斌", "副委员长", "全国人大常委会"), ("布赫", "副委员长", "全国人大常委会")}


def test_named_responsible_person(nlp):
    doc = make(nlp, "平谷区总工会相关负责人马超表示，将继续努力。")
    assert triples(doc) == {("马超", "负责人", "平谷区总工会")}


# 5. occupation + name: no org
def test_occupations(nlp):
    doc = make(nlp, "接过热气腾腾的饺子，快递员小李一边品尝一边说。参赛教职工周阳获得一等奖。")
    assert triples(doc) == {("小李", "快递员", None), ("周阳", "教职工", None)}
    doc = make(nlp, "陆续送到了奔波在一线的快递员、外卖配送员等新就业形态劳动者手中。")
    assert doc._.roles == []


# 6. title after the name
def test_title_in_brackets_after_name(nlp):
    doc = make(nlp, "张良（北京市总工会副主席）指出，要做好服务。", per=["张良"])
    assert triples(doc) == {("张良", "副主席", "北京市总工会")}
    assert doc._.roles[0]["start"] == 0 and doc._.roles[0]["end"] == len("张良（北京市总工会副主席）")


# 7. national titles
def test_national_titles(nlp):
    doc = make(nlp, "中共中央总书记、国家主席江泽民今天会见了客人。国务院总理李鹏在会上讲话。"
                    "全国人大常委会委员长乔石出席。")
    assert triples(doc) == {("江泽民", "总书记", "中共中央"), ("江泽民", "国家主席", None),
                            ("李鹏", "总理", "国务院"), ("乔石", "委员长", "全国人大常委会")}


# 8. name + bare title; honours and 记者 are not roles
def test_name_then_title(nlp):
    doc = make(nlp, "深入贯彻习近平总书记对北京重要讲话精神。", per=["习近平"])
    assert triples(doc) == {("习近平", "总书记", None)}


def test_honours_and_reporters_are_not_roles(nlp):
    doc = make(nlp, "全国先进工作者代表张三发言。劳动模范李四说。记者王五报道。")
    assert doc._.roles == []


def test_title_inside_org_name_is_not_read(nlp):
    doc = make(nlp, "丰台区人大常委会王某某出席。", org=["丰台区人大常委会"], per=["王某某"])
    assert doc._.roles == []


def test_duplicate_person_position_kept_once(nlp):
    doc = make(nlp, "北京市总工会副主席张良出席。副主席张良指出，要做好服务。")
    assert [(r["person"], r["position"], r["org"]) for r in doc._.roles] == [("张良", "副主席", "北京市总工会")]


# the component: saved pipelines carry the lexicon
def test_to_disk_from_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    comp = nlp.get_pipe("role_extractor")
    (tmp_path / "lex").mkdir()
    comp.to_disk(tmp_path / "lex")
    other = spacy.blank("zh")
    fresh = other.add_pipe("role_extractor")
    fresh.from_disk(tmp_path / "lex")
    assert fresh.lexicon.patterns == comp.lexicon.patterns
    assert fresh.lexicon.domain.to_dict() == comp.lexicon.domain.to_dict()
    loaded = spacy.load(tmp_path / "p")
    doc = make(loaded, "国务院总理李鹏讲话。")
    assert triples(doc) == {("李鹏", "总理", "国务院")}


def test_user_lexicon_extension(tmp_path):
    pos = tmp_path / "positions.txt"
    pos.write_text("# test\n掌门人\toffice\n", encoding="utf-8")
    nlp = spacy.blank("zh")
    nlp.add_pipe("role_extractor")
    nlp.initialize()
    nlp.get_pipe("role_extractor").initialize(lexicon=DomainLexicon.load(positions=pos))
    doc = make(nlp, "华山派掌门人岳不群出席。")
    assert {(r["person"], r["position"]) for r in doc._.roles} == {("岳不群", "掌门人")}


def test_a_label_in_positions_is_no_role(tmp_path):
    """A ``label`` (what a person is, no post held) gives no role, where an office does."""
    pos = tmp_path / "positions.txt"
    pos.write_text("掌门人\toffice\n长老\tlabel\n", encoding="utf-8")
    nlp = spacy.blank("zh")
    nlp.add_pipe("role_extractor").initialize(lexicon=DomainLexicon.load(positions=pos))
    doc = make(nlp, "华山派掌门人岳不群出席。华山派长老风清扬出席。")
    assert {(r["person"], r["position"]) for r in doc._.roles} == {("岳不群", "掌门人")}
    # a roles file from before the kind still lists such words as not_positions: they count
    pos.write_text("掌门人\toffice\n长老\toffice\n", encoding="utf-8")
    older = tmp_path / "roles.yaml"
    older.write_text(Path(DEFAULT_PATTERNS).read_text(encoding="utf-8") + "\nnot_positions: [长老]\n",
                     encoding="utf-8")
    nlp.get_pipe("role_extractor").initialize(lexicon=DomainLexicon.load(positions=pos), patterns=str(older))
    doc = make(nlp, "华山派掌门人岳不群出席。华山派长老风清扬出席。")
    assert {(r["person"], r["position"]) for r in doc._.roles} == {("岳不群", "掌门人")}


# Issue 16: constructions read on unseen pages (invented sentences)
def test_next_title_after_a_name_inherits_the_organization(nlp):
    doc = make(nlp, "青山市教委主任周明远、党组书记吴晓东出席会议。",
               per=["周明远", "吴晓东"], org=["青山市教委"])
    assert triples(doc) == {("周明远", "主任", "青山市教委"), ("吴晓东", "党组书记", "青山市教委")}


@pytest.mark.parametrize("text, loc, org", [
    ("随同来访的有东洋国外交和合作部长周明远。", ["东洋国"], "东洋国外交和合作部"),   # 有 before the place
    ("一位学员致信地委组织部长周明远说。", [], "地委"),                             # 致信: a verb of writing
])
def test_a_verb_before_the_organization_is_no_part_of_it(nlp, text, loc, org):
    assert {o for _, _, o in triples(make(nlp, text, per=["周明远"], loc=loc))} == {org}


def test_next_title_with_its_own_organization_keeps_it(nlp):
    doc = make(nlp, "青山市教委主任周明远、林海区委书记吴晓东出席会议。",
               per=["周明远", "吴晓东"], org=["青山市教委", "林海区委"])
    assert ("吴晓东", "书记", "林海区委") in triples(doc)


def test_elected_persons_hold_the_title_and_its_organization(nlp):
    doc = make(nlp, "会议选举产生新一届委员会。周明远当选林海区总工会主席，吴晓东、郑秋当选为副主席。",
               per=["周明远", "吴晓东", "郑秋"], org=["林海区总工会"])
    assert triples(doc) == {("周明远", "主席", "林海区总工会"), ("吴晓东", "副主席", "林海区总工会"),
                            ("郑秋", "副主席", "林海区总工会")}


def test_elected_persons_with_titles_of_their_own_hold_the_title_elected(nlp):
    # 甲当选X主席，某公司工会主席乙、某居委会主任丙当选为副主席: the clause ends 甲's title (乙 holds
    # his own 主席); 乙 and 丙, each after his own titles, are X's vice chairs
    doc = make(nlp, "办事处副主任周明远当选林海街道工会联合会主席，青山百货有限公司工会主席吴晓东、"
               "白石社区居委会主任郑秋当选为副主席。", per=["周明远", "吴晓东", "郑秋"],
               org=["办事处", "林海街道工会联合会", "青山百货有限公司工会", "白石社区居委会"])
    assert {("周明远", "主席", "林海街道工会联合会"), ("吴晓东", "主席", "青山百货有限公司工会"),
            ("吴晓东", "副主席", "林海街道工会联合会"), ("郑秋", "副主席", "林海街道工会联合会"),
            ("郑秋", "主任", "白石社区居委会")} <= triples(doc)
    assert ("郑秋", "副主席", "白石社区居委会") not in triples(doc)


@pytest.mark.parametrize("text", ["周明远现任林海区总工会副主席。", "周明远现在担任林海区总工会副主席。",
                                  "周明远在担任林海区总工会副主席期间做了大量工作。", "周明远连任林海区总工会副主席。"])
def test_a_person_before_an_appointment_verb_holds_the_title(nlp, text):
    # 现任, 连任: appointment cues; 现在, 在: words between the name and the cue
    doc = make(nlp, text, per=["周明远"], org=["林海区总工会"])
    assert triples(doc) == {("周明远", "副主席", "林海区总工会")}


def test_a_person_who_will_take_a_post_does_not_hold_it_yet(nlp):
    doc = make(nlp, "周明远将担任林海区总工会副主席。", per=["周明远"], org=["林海区总工会"])
    assert ("周明远", "副主席", "林海区总工会") not in triples(doc)


def test_a_level_that_opens_a_title_is_no_place_for_an_elided_body(nlp):
    # 常务副|区长: no place 常务副区; the district of the headline is the union's
    doc = make(nlp, "区委常委、常务副区长吴晓东，区总工会主席郑秋出席。", per=["吴晓东", "郑秋"],
               headline="青山区第五届职工技能大赛落幕")
    assert ("郑秋", "主席", "青山区总工会") in triples(doc)


def test_an_elided_body_takes_the_listed_place_inside_a_brand_name(nlp):
    # 国网|北京市…: the brand is no part of the city
    doc = make(nlp, "市总工会副主席周明远出席。国网北京市电力公司工会主席郑秋发言。", per=["周明远", "郑秋"],
               org=["国网北京市电力公司工会"])
    assert ("周明远", "副主席", "北京市总工会") in triples(doc)


def test_an_elided_body_is_the_one_the_article_prints_in_full(nlp):
    # 区总工会 is 青山区总工会, not a zone named nearer (白云商务区)
    doc = make(nlp, "青山区总工会在白云商务区举办沟通会。区总工会主席吴晓东介绍了情况。", per=["吴晓东"],
               org=["青山区总工会"], loc=["白云商务区"])
    assert ("吴晓东", "主席", "青山区总工会") in triples(doc)


def test_elected_title_in_another_sentence_does_not_inherit(nlp):
    doc = make(nlp, "周明远当选林海区总工会主席。吴晓东当选为副主席。",
               per=["周明远", "吴晓东"], org=["林海区总工会"])
    assert ("吴晓东", "副主席", None) in triples(doc)


@pytest.mark.parametrize("title", ["副经理", "执行会长", "议长", "国务卿", "支部书记", "首席技师"])
def test_titles_kept_whole(nlp, title):
    doc = make(nlp, f"青山公司{title}周明远介绍了情况。", per=["周明远"], org=["青山公司"])
    assert {(p, t) for p, t, _ in triples(doc)} == {("周明远", title)}


def test_place_before_organization_is_no_part_of_it(nlp):
    doc = make(nlp, "东洋劳动组合执行委员长山本一郎一行来访。", per=["山本一郎"], org=["东洋劳动组合"])
    assert triples(doc) == {("山本一郎", "执行委员长", "东洋劳动组合")}
    doc = make(nlp, "日本东洋劳动组合执行委员长山本一郎一行来访。",
               per=["山本一郎"], org=["东洋劳动组合"], loc=["日本"])
    assert triples(doc) == {("山本一郎", "执行委员长", "东洋劳动组合")}


def test_clause_ending_in_a_level_is_no_place(nlp):
    doc = make(nlp, "省总工会副主席周明远在会上讲话。周明远向来宾介绍了我省产业发展情况。",
               per=["周明远"])
    assert triples(doc) == {("周明远", "副主席", "省总工会")}


def test_elected_list_with_a_count_and_election_by_wei(nlp):
    doc = make(nlp, "周明远、吴晓东等12位同志当选为林海区总工会副主席；会议推选郑秋为书记处第一书记，"
                    "钱立、孙晓岚为书记处书记。", per=["周明远", "吴晓东", "郑秋", "钱立", "孙晓岚"], org=["林海区总工会"])
    assert {(p, t) for p, t, _ in triples(doc)} == {
        ("周明远", "副主席"), ("吴晓东", "副主席"), ("郑秋", "书记处第一书记"), ("钱立", "书记处书记"), ("孙晓岚", "书记处书记")}
    # … a count of persons (等3人) ends the list too
    doc = make(nlp, "周明远、吴晓东等3人当选为林海区总工会副主席。", per=["周明远", "吴晓东"], org=["林海区总工会"])
    assert {(p, t) for p, t, _ in triples(doc)} == {("周明远", "副主席"), ("吴晓东", "副主席")}


def test_elected_names_with_a_note_of_sex_or_nation_each_hold_the_title(nlp):
    doc = make(nlp, "会议选举周明远为林海区总工会主席，吴晓东、郑秋（女）、钱立（回族）、孙晓岚为副主席。",
               per=["周明远", "吴晓东", "郑秋", "钱立", "孙晓岚"], org=["林海区总工会"])
    assert {(p, t) for p, t, _ in triples(doc)} == {
        ("周明远", "主席"), ("吴晓东", "副主席"), ("郑秋", "副主席"), ("钱立", "副主席"), ("孙晓岚", "副主席")}


@pytest.mark.parametrize("text, position", [
    ("青山国驻东洋国大使周明远出席。", "驻东洋国大使"),
    ("青山国驻东洋国首都总领事周明远出席。", "驻东洋国首都总领事"),
    # a one-character place standing for no one place the roles resolve (法: 法国 …)
    ("青山国驻法大使周明远出席。", "驻法大使"),
])
def test_a_post_abroad_is_part_of_the_envoys_title_and_the_sender_his_organization(nlp, text, position):
    doc = make(nlp, text, per=["周明远"], loc=["青山国", "东洋国首都" if "首都" in text else "东洋国"])
    assert triples(doc) == {("周明远", position, "青山国")}


def test_an_envoy_to_two_countries_holds_both_posts(nlp):
    # the NER ran 兼 and the next 驻 into a name: no person stands inside the next title
    doc = make(nlp, "青山国驻东洋国大使兼驻西洋国大使周明远出席。", per=["兼驻", "周明远"], loc=["青山国", "东洋国", "西洋国"])
    assert triples(doc) == {("周明远", "驻东洋国大使", "青山国"), ("周明远", "驻西洋国大使", "青山国")}


def test_a_body_written_bare_in_a_chain_headed_by_a_country_is_the_countrys(nlp):
    doc = make(nlp, "东洋国副总理兼外交部长周明远出席。", per=["周明远"], loc=["东洋国"])
    assert triples(doc) == {("周明远", "副总理", "东洋国"), ("周明远", "部长", "东洋国外交部")}
    # a chain headed by a body, or a body resolved from its level, stays as it was
    doc = make(nlp, "国务院副总理兼外交部长周明远出席。", per=["周明远"], org=["国务院"])
    assert triples(doc) == {("周明远", "副总理", "国务院"), ("周明远", "部长", "外交部")}


def test_an_executive_title_after_a_union_title_is_the_enterprises(nlp):
    doc = make(nlp, "青山集团有限公司工会主席兼副总经理周明远出席。", per=["周明远"], org=["青山集团有限公司工会"])
    assert triples(doc) == {("周明远", "主席", "青山集团有限公司工会"), ("周明远", "副总经理", "青山集团有限公司")}
    # a union's own title keeps the union
    doc = make(nlp, "青山集团有限公司工会主席、副主席周明远出席。", per=["周明远"], org=["青山集团有限公司工会"])
    assert {org for _, _, org in triples(doc)} == {"青山集团有限公司工会"}


@pytest.mark.parametrize("full", ["青山港集团有限公司", "青山港集团工会"])
def test_a_bare_group_word_is_the_one_group_named_in_full(nlp, full):
    # 集团 of 青山港集团有限公司 (a legal form after it), or of the group a union is named after
    doc = make(nlp, f"{full}召开大会。集团总经理周明远出席。", per=["周明远"], org=[full])
    assert triples(doc) == {("周明远", "总经理", full.removesuffix("工会"))}


def test_a_bare_group_word_is_the_group_whose_short_name_the_headline_writes(nlp):
    # 青山港集团 (short, as a headline writes it) and 东江市青山港集团有限公司 (its registered name with its
    # seat): one group, so 集团 is it
    doc = make(nlp, "青山港集团检查码头安全。东江市青山港集团有限公司召开大会。集团总经理周明远出席。",
               per=["周明远"], org=["青山港集团", "东江市青山港集团有限公司"])
    assert triples(doc) == {("周明远", "总经理", "东江市青山港集团有限公司")}


def test_a_customs_offices_party_committee_stays_in_the_title(nlp):
    # 海关 ends an organization's name (org_suffixes.txt) and 关 is its one-character head (该关, 关党委)
    doc = make(nlp, "东营海关党委书记、关长邵振华带队检查。关党委委员、副关长尤嘉怡参加。",
               per=["邵振华", "尤嘉怡"], org=["东营海关党委"])
    assert triples(doc) == {("邵振华", "党委书记", "东营海关"), ("邵振华", "关长", "东营海关"),
                            ("尤嘉怡", "党委委员", "东营海关"), ("尤嘉怡", "副关长", "东营海关")}


@pytest.mark.parametrize("text, triple", [
    # a chief officer by field is one title, and the heads of a station, a farm or a prison are offices
    ("青山集团财务总监周明远介绍。", ("周明远", "财务总监", "青山集团")),
    ("东湖气象台副台长周明远介绍。", ("周明远", "副台长", "东湖气象台")),
    ("乡村医生周明远说。", ("周明远", "乡村医生", None)),
])
def test_titles_of_agencies_and_enterprises_by_field(nlp, text, triple):
    org = [triple[2]] if triple[2] else []
    doc = make(nlp, text, per=["周明远"], org=org)
    assert triple in triples(doc)


def test_an_anaphor_and_a_head_is_the_body_written_last_before_it(nlp):
    # 该局 points back to the bureau just named, though the article names another bureau before it
    doc = make(nlp, "东湖市统计局局长王明一行来到东湖市商务局，与该局局长陆海燕座谈交流。",
               per=["王明", "陆海燕"], org=["东湖市统计局", "东湖市商务局"])
    assert ("陆海燕", "局长", "东湖市商务局") in triples(doc)


def test_two_appointments_printed_together_keep_their_own_titles(nlp):
    doc = make(nlp, "周明远当选江南省人大常委会主任吴晓东当选江南省省长",
               per=["周明远", "吴晓东"], org=["江南省人大常委会"], loc=["江南省"])
    assert triples(doc) == {("周明远", "主任", "江南省人大常委会"), ("吴晓东", "省长", "江南省")}


def test_a_note_of_sex_and_nation_together_ends_the_listed_name(nlp):
    doc = make(nlp, "会议选举周明远、郑秋（女、侗族）、吴晓东为林海区总工会副主席。",
               per=["周明远", "郑秋", "吴晓东"], org=["林海区总工会"])
    assert {p for p, _, _ in triples(doc)} == {"周明远", "郑秋", "吴晓东"}


@pytest.mark.parametrize("text, triple", [
    ("署理政务司司长周明远出席。", ("周明远", "司长", "政务司")),
    ("青山百货大楼优秀售货员周明远说。", ("周明远", "售货员", "青山百货大楼")),
])
def test_an_acting_or_praised_holder_keeps_the_posts_organization(nlp, text, triple):
    doc = make(nlp, text, per=["周明远"], org=["青山百货大楼"] if "青山" in text else [])
    assert triples(doc) == {triple}


@pytest.mark.parametrize("text, triple", [
    ("青山国驻东洋国使馆商务参赞周明远说。", ("周明远", "商务参赞", "青山国驻东洋国使馆")),
    ("青山国政务院代总理周明远说。", ("周明远", "代总理", "青山国政务院")),
])
def test_a_short_noun_of_the_offices_field_is_part_of_it(nlp, text, triple):
    org = next(o for o in ("青山国驻东洋国使馆", "青山国政务院") if text.startswith(o))
    doc = make(nlp, text, per=["周明远"], org=[org])
    assert triple in triples(doc)


@pytest.mark.parametrize("text", ["青山县教育局一中校长周明远说。", "东洋国秘书长发言人周明远说。"])
def test_a_body_or_a_title_before_an_office_is_no_part_of_it(nlp, text):
    doc = make(nlp, text, per=["周明远"], org=["青山县教育局", "东洋国"])
    assert {p for _, p, _ in triples(doc)} <= {"校长", "发言人", "秘书长"}


def test_those_also_elected_after_the_titles_hold_them(nlp):
    doc = make(nlp, "会议选举周明远为江南省委书记，当选为省委常委的还有吴晓东、郑秋。",
               per=["周明远", "吴晓东", "郑秋"], org=["江南省委"])
    assert triples(doc) == {("周明远", "书记", "江南省委"), ("吴晓东", "常委", "江南省委"), ("郑秋", "常委", "江南省委")}


def test_a_bare_company_and_union_are_those_of_the_place_the_sentence_opens_with(nlp):
    # 在某公司，甲与公司总经理乙、工会主席丙座谈: the article names two companies
    text = ("区总工会走访了青山远航器械有限公司、东江食品有限公司。"
            "在青山远航器械有限公司，周明远与公司总经理吴晓东、工会主席郑秋座谈。")
    doc = make(nlp, text, per=["周明远", "吴晓东", "郑秋"], org=["青山远航器械有限公司", "东江食品有限公司"])
    assert triples(doc) == {("吴晓东", "总经理", "青山远航器械有限公司"), ("郑秋", "主席", "青山远航器械有限公司工会")}


@pytest.mark.parametrize("full, text", [("工商银行青山支行", "该行行长周明远说。"), ("东江第一中学", "该校校长周明远说。"),
                                        ("东洋江浙工商总会", "该会名誉会长周明远说。"),
                                        ("青山芭蕾舞团", "团长周明远认为，要坚持创新。")])
def test_an_anaphor_and_a_head_are_the_one_body_named_in_full(nlp, full, text):
    doc = make(nlp, f"近日，{full}开展活动。{text}", per=["周明远"], org=[full])
    assert {org for _, _, org in triples(doc)} == {full}


def test_a_part_of_a_foreign_name_with_the_same_title_has_its_organization(nlp):
    text = "东洋国总统山本·一郎今天会见了周明远。山本总统表示，愿意合作。"
    doc = make(nlp, text, per=["山本·一郎", "山本", "周明远"], loc=["东洋国"])
    assert triples(doc) == {("山本·一郎", "总统", "东洋国"), ("山本", "总统", "东洋国")}
    # another office, or two holders of it with different organizations, give nothing
    doc = make(nlp, "东洋国总统山本·一郎会见了西洋国总统山本·二郎。山本总统表示。",
               per=["山本·一郎", "山本·二郎", "山本"], loc=["东洋国", "西洋国"])
    assert ("山本", "总统", None) in triples(doc)


def test_a_factory_named_in_full_holds_its_heads_and_bodies(nlp):
    text = "青山纺织厂召开职代会。厂长周明远作报告，厂工会主席郑秋出席。"
    doc = make(nlp, text, per=["周明远", "郑秋"], org=["青山纺织厂"])
    assert triples(doc) == {("周明远", "厂长", "青山纺织厂"), ("郑秋", "主席", "青山纺织厂工会")}


def test_deputies_after_their_chief_in_the_sentence_are_of_his_organization(nlp):
    text = "青山区总工会主席周明远主持会议并讲话，副主席郑秋、吴晓东参加会议。另一句中副主席钱立出席。"
    doc = make(nlp, text, per=["周明远", "郑秋", "吴晓东", "钱立"], org=["青山区总工会"])
    assert triples(doc) == {("周明远", "主席", "青山区总工会"), ("郑秋", "副主席", "青山区总工会"),
                            ("吴晓东", "副主席", "青山区总工会"), ("钱立", "副主席", None)}


def test_an_organization_right_before_a_name_and_title_is_his(nlp):
    doc = make(nlp, "青山集团周明远总经理在会上讲话。", per=["周明远"], org=["青山集团"])
    assert triples(doc) == {("周明远", "总经理", "青山集团")}


def test_a_name_before_the_copula_holds_the_titles_after_it(nlp):
    """工作室带头人甲是某集团首席技师 (是 among roles.yaml appointment_cues); no name before 是 (这是…):
    no role."""
    doc = make(nlp, "工作室带头人周明远是青山集团首席技师。", per=["周明远"], org=["青山集团"])
    assert triples(doc) == {("周明远", "首席技师", "青山集团")}
    doc = make(nlp, "周明远说，这是青山集团首席技师的作品。", per=["周明远"], org=["青山集团"])
    assert triples(doc) == set()


def test_an_appointment_notice_with_ren(nlp):
    # 甲同志任X副主席 / 由甲任主任: 任 is the appointment cue; 曾任 (once held) names no name before it
    doc = make(nlp, "吴晓东同志任林海区总工会党组成员、副主席。", per=["吴晓东"], org=["林海区总工会"])
    assert triples(doc) == {("吴晓东", "党组成员", "林海区总工会"), ("吴晓东", "副主席", "林海区总工会")}
    doc = make(nlp, "由郑秋任主任开展工作。", per=["郑秋"])
    assert triples(doc) == {("郑秋", "主任", None)}


@pytest.mark.parametrize("title", ["护士长", "车间主任", "班组长", "列车长", "高级工程师", "主管护师"])
def test_heads_of_the_shop_floor_are_offices(nlp, title):
    doc = make(nlp, f"东江市第一人民医院{title}周明远被授予五一劳动奖章。", per=["周明远"], org=["东江市第一人民医院"])
    assert triples(doc) == {("周明远", title, "东江市第一人民医院")}


@pytest.mark.parametrize("unit, title", [("维修班", "班长"), ("机修", "车间主任"), ("二车间", "主任"), ("焊装", "班组长")])
def test_a_shop_floor_unit_stays_in_the_title(nlp, unit, title):
    # 某公司维修班班长: the unit is inside the enterprise (as 党支部 in 党支部书记): its name stays in
    # the title and the enterprise is the organization
    doc = make(nlp, f"东江建工集团第三分公司{unit}{title}周明远介绍经验。", per=["周明远"], org=["东江建工集团第三分公司"])
    assert triples(doc) == {("周明远", unit + title, "东江建工集团第三分公司")}


@pytest.mark.parametrize("text, person, title", [
    # a unit opening the sentence: the one company the article names
    ("记者走进江汉钢铁集团有限公司。炼钢车间主任聂小军介绍，今年产量提高。", "聂小军", "炼钢车间主任"),
    ("江汉钢铁集团有限公司开展慰问。抢修一班班长郑海涛说，设备更新了。", "郑海涛", "抢修一班班长"),
    # … or after the company's bare word (公司|运维班长): the company written
    ("江汉钢铁集团有限公司开展慰问。公司运维班长桑杰介绍情况。", "桑杰", "运维班长"),
])
def test_a_shop_floor_unit_opening_a_sentence_is_the_article_s_company_s(nlp, text, person, title):
    doc = make(nlp, text, per=[person], org=["江汉钢铁集团有限公司"])
    assert (person, title, "江汉钢铁集团有限公司") in triples(doc)


def test_a_shop_floor_unit_of_two_companies_named_once_each_is_the_paragraph_s(nlp):
    text = ("调研组走进北疆汽车制造有限公司总装车间，察看职工培训情况。总装车间主任包海龙介绍经验。\n"
            "调研组还走访了江城化工新材料股份有限公司。")
    doc = make(nlp, text, per=["包海龙"], org=["北疆汽车制造有限公司", "江城化工新材料股份有限公司"])
    assert triples(doc) == {("包海龙", "总装车间主任", "北疆汽车制造有限公司")}


def test_a_clause_verb_before_a_shop_floor_title_is_no_unit(nlp):
    # 某总工会慰问车间主任甲: the verb opens the clause, no unit of the union
    doc = make(nlp, "东江市总工会慰问车间主任周明远。", per=["周明远"], org=["东江市总工会"])
    assert triples(doc) == {("周明远", "车间主任", None)}


@pytest.mark.parametrize("title", ["副主任医师", "主任护师", "副研究员"])
def test_a_professional_grade_is_one_title(nlp, title):
    # 副主任|医师: a title found before an occupation is no noun of the work (one grade, the hospital's)
    doc = make(nlp, f"东江市第一人民医院{title}周明远介绍经验。", per=["周明远"], org=["东江市第一人民医院"])
    assert triples(doc) == {("周明远", title, "东江市第一人民医院")}


def test_a_title_before_an_occupation_is_no_work_noun(nlp):
    # with the grade unlisted: 副主任 and 医师 are two titles; 医师 takes no earlier title as its noun
    doc = make(nlp, "东江市第一人民医院副主任兽医师周明远介绍经验。", per=["周明远"], org=["东江市第一人民医院"])
    assert all(not r["position"].startswith("副主任") or r["position"] == "副主任" for r in doc._.roles)


def test_an_employee_director_after_the_union_chair_is_the_enterprise_s(nlp):
    # 集团工会主席、职工董事甲: 职工董事 (positions.txt) is one title, of the enterprise (executive_titles)
    doc = make(nlp, "东江港口集团有限公司召开职代会。集团工会主席、职工董事周明远作报告。", per=["周明远"],
               org=["东江港口集团有限公司"])
    assert {("周明远", "主席", "东江港口集团有限公司工会"), ("周明远", "职工董事", "东江港口集团有限公司")} <= triples(doc)


@pytest.mark.parametrize("others, role", [
    ("", ("女职工委员会主任", "东江市总工会")),   # (the committee stays in the title, GUIDELINES)
    ("青山区总工会也派人参加。", ("主任", "女职工委员会")),   # two federations named: as written
])
def test_a_union_committee_written_alone_is_the_federations(nlp, others, role):
    # 女职工委员会主任 (roles.yaml committees_of): the one 总工会 the article names in full
    doc = make(nlp, f"东江市总工会召开会议。{others}周明远当选女职工委员会主任。", per=["周明远"],
               org=["东江市总工会", "青山区总工会"])
    assert ("周明远", *role) in triples(doc)


def test_a_bare_union_is_the_enterprises_not_the_federations(nlp):
    # 某公司召开职代会，区总工会副主席甲到会…甲当选工会主席: 工会 is the company's (the one named in
    # full), never the district's federation (a 总工会 is another kind of body)
    doc = make(nlp, "东江精工机械有限公司召开职代会，青山区总工会副主席周明远到会讲话。吴晓东当选工会主席。",
               per=["周明远", "吴晓东"], org=["东江精工机械有限公司", "青山区总工会"])
    assert ("吴晓东", "主席", "东江精工机械有限公司工会") in triples(doc)


def test_a_delegation_named_by_its_head(nlp):
    # 以甲会长为团长的…代表团: 甲 heads the delegation; his title without an org is its body's
    doc = make(nlp, "以周明远会长为团长的东洋国劳动组合总联合会代表团一行抵达。",
               per=["周明远"], org=["东洋国劳动组合总联合会代表团"])
    assert triples(doc) == {("周明远", "会长", "东洋国劳动组合总联合会"),
                            ("周明远", "团长", "东洋国劳动组合总联合会代表团")}
    # the title before the name, and the visit's number before the delegation
    doc = make(nlp, "会见了以会长周明远为团长的第二十六次东洋国贸易促进协会访华团。",
               per=["周明远"], org=["东洋国贸易促进协会访华团"])
    assert triples(doc) == {("周明远", "会长", "东洋国贸易促进协会"), ("周明远", "团长", "东洋国贸易促进协会访华团")}
    # a delegation named after no body (a province's trade delegation): its head still heads it
    doc = make(nlp, "市长吴晓东会见了以江南省省长周明远为团长的江南省经贸代表团。",
               per=["周明远", "吴晓东"], loc=["江南省"], org=["江南省经贸代表团"])
    assert ("周明远", "团长", "江南省经贸代表团") in triples(doc)


def test_a_bare_company_word_is_the_company_the_article_names(nlp):
    # 公司党委书记、董事长, 公司工会主席: the one company named in full; 中央纪委 is no bare head's
    doc = make(nlp, "东江电子有限公司召开职代会。公司党委书记、董事长吴晓东讲话，公司工会主席郑秋作报告。",
               per=["吴晓东", "郑秋"], org=["东江电子有限公司"])
    assert triples(doc) == {("吴晓东", "党委书记", "东江电子有限公司"), ("吴晓东", "董事长", "东江电子有限公司"),
                            ("郑秋", "主席", "东江电子有限公司工会")}
    # two companies named: the bare word stays as written
    doc = make(nlp, "东江电子有限公司和青山物流有限公司签约。公司工会主席郑秋讲话。",
               per=["郑秋"], org=["东江电子有限公司", "青山物流有限公司"])
    assert triples(doc) == {("郑秋", "主席", "公司工会")}


def test_wei_without_an_election_verb_names_no_post(nlp):
    doc = make(nlp, "周明远为书记处书记准备了材料。", per=["周明远"])
    assert triples(doc) == set()


# short names of an organization named in full in the same article
def test_short_name_expanded_to_full_name(nlp):
    text = ("中华全国妇女联合会召开会议。全国妇女联合会主席甲乙丙讲话。王小明、李大成当选为全妇副主席。"
            "全妇负责人介绍了中华全国妇女联合会的工作。")
    doc = make(nlp, text, per=["甲乙丙", "王小明", "李大成"],
               org=["中华全国妇女联合会", "全国妇女联合会", "全妇"])
    assert triples(doc) == {("甲乙丙", "主席", "中华全国妇女联合会"),
                            ("王小明", "副主席", "中华全国妇女联合会"),
                            ("李大成", "副主席", "中华全国妇女联合会")}


def test_name_opening_with_a_place_is_not_expanded(nlp):
    doc = make(nlp, "湖北省宜城市委书记甲乙丙到宜城市委调研。", per=["甲乙丙"], org=["宜城市委"], loc=["湖北省"])
    assert ("甲乙丙", "书记", "宜城市委") in triples(doc)


def test_body_title_takes_the_article_organization(nlp):
    text = "某省建筑业协会召开理事会。会议推选甲乙丙为书记处书记。某省建筑业协会秘书长丁一讲话。"
    doc = make(nlp, text, per=["甲乙丙", "丁一"], org=["某省建筑业协会"])
    assert ("甲乙丙", "书记处书记", "某省建筑业协会") in triples(doc)
    # a title printed after a body alone (执委会|主席团委员) belongs to that organization too
    text = "某省建筑业协会召开代表大会。丁一等5名同志当选为执委会主席团委员。"
    doc = make(nlp, text, per=["丁一"], org=["某省建筑业协会"])
    assert ("丁一", "主席团委员", "某省建筑业协会") in triples(doc)


def test_dominant_place_resolves_elided_org(nlp):
    # the visiting side's district comes first, the article's own district is named most often
    text = ("区委书记甲乙丙会见了甲国乙市西山区代表团。甲乙丙介绍了东湖的发展。东湖区位优势明显，"
            "东湖的产业基础好，东湖区欢迎各方。")
    doc = make(nlp, text, per=["甲乙丙"], loc=["西山区", "东湖区", "东湖"])
    assert triples(doc) == {("甲乙丙", "书记", "东湖区委")}


def test_no_expansion_into_a_longer_unrelated_name(nlp):
    # a name is no short form of a longer one it opens (a country and its parliament), nor of one
    # that only adds a character
    text = "甲国议会议长丙丁访问甲国。甲国外长乙戊会见了他。中某国防部的人士称，某国防部副部长己庚将出席。"
    doc = make(nlp, text, per=["丙丁", "乙戊", "己庚"], org=["甲国议会", "中某国防部", "某国防部"], loc=["甲国"])
    assert ("乙戊", "外长", "甲国") in triples(doc)
    assert ("己庚", "副部长", "某国防部") in triples(doc)


def test_city_named_with_cheng_resolves_elided_org(nlp):
    text = "市委书记甲乙丙带队到某区考察。甲乙丙说，桐城市与某区合作多年，桐城市重视这一合作，桐城的农业有优势。"
    doc = make(nlp, text, per=["甲乙丙"], loc=["桐城市", "桐城"])
    assert triples(doc) == {("甲乙丙", "书记", "桐城市委")}


def test_party_branch_stays_in_title_and_place_chain_gives_last_unit(nlp):
    # a body's party branch stays in the title; a village's governs it and is the org (as a
    # community's party committee: party_governed_units), its place chain's last unit before it
    text = "东山镇石桥村党支部书记、主任甲乙丙介绍了情况。某服务中心党支部书记丁戊说。"
    doc = make(nlp, text, per=["甲乙丙", "丁戊"], org=["某服务中心"])
    assert triples(doc) == {("甲乙丙", "书记", "石桥村党支部"), ("甲乙丙", "主任", "石桥村"),
                            ("丁戊", "党支部书记", "某服务中心")}


@pytest.mark.parametrize("text, per, org, found", [
    # a one-character stop word that opens a word (就业, 应急) cuts no name there
    ("青山市人力资源和社会保障局就业促进处处长甲乙丙出席。", "甲乙丙", ["青山市人力资源和社会保障局"],
     ("甲乙丙", "处长", "青山市人力资源和社会保障局就业促进处")),
    ("青山市应急管理局局长甲乙丙出席。", "甲乙丙", [], ("甲乙丙", "局长", "青山市应急管理局")),   # guard: 应 a stop word
    # ... but one before a word still does (在|职工之家)
    ("他在职工之家主任甲乙丙陪同下参观。", "甲乙丙", [], ("甲乙丙", "主任", "职工之家")),
    # 应…的邀请: 应 is no part of the inviting body
    ("应东洋国外交外贸部长甲乙丙的邀请，代表团出访。", "甲乙丙", [], ("甲乙丙", "部长", "东洋国外交外贸部")),
])
def test_stop_words_inside_a_word_and_before_one(nlp, text, per, org, found):
    assert found in triples(make(nlp, text, per=[per], org=org))


def test_an_autonomous_region_s_body_written_short_takes_the_region(nlp):
    text = "中共青山回族自治区党委常委、自治区人民政府副主席甲乙丙出席。"
    doc = make(nlp, text, per=["甲乙丙"], org=["中共青山回族自治区党委"])
    assert ("甲乙丙", "副主席", "青山回族自治区人民政府") in triples(doc)


def test_a_second_holder_joined_by_and_serves_the_same_country(nlp):
    doc = make(nlp, "东洋国总统甲乙丙和副总理丁戊己出席。", per=["甲乙丙", "丁戊己"], loc=["东洋国"])
    assert ("丁戊己", "副总理", "东洋国") in triples(doc)
    # a body's holder and another office's: the other names no body (guard)
    doc = make(nlp, "青山公司董事长甲乙丙和工会主席丁戊己出席。", per=["甲乙丙", "丁戊己"], org=["青山公司"])
    assert ("丁戊己", "主席", "青山公司") not in triples(doc)


def test_trades_and_brigade_offices_are_positions(nlp):
    text = "青山公司化验员甲乙丙、抄表员丁戊己出席。区城管执法大队副大队长庚辛壬介绍。改革开放的总设计师癸子丑。"
    doc = make(nlp, text, per=["甲乙丙", "丁戊己", "庚辛壬", "癸子丑"], org=["青山公司"])
    assert {("甲乙丙", "化验员", "青山公司"), ("庚辛壬", "副大队长", "区城管执法大队")} <= triples(doc)
    assert ("丁戊己", "抄表员") in {(p, q) for p, q, _ in triples(doc)}
    assert not any(p == "癸子丑" for p, _, _ in triples(doc))   # 总设计师: an honour (label)


@pytest.mark.parametrize("text, org, loc, country", [
    # one name opening with a listed place, or a place and a body
    ("东洋国总统会见了来访的中国国务院副总理兼外长甲乙丙。", ["中国国务院"], ["东洋国"], "中国"),
    ("东洋国总统会见了来访的青山国国务院副总理兼外长甲乙丙。", ["国务院"], ["东洋国", "青山国"], "青山国"),
])
def test_a_country_title_in_a_chain_takes_the_country_written_before_its_body(nlp, text, org, loc, country):
    # 某国国务院副总理兼外长: 外长 is the country's (country_titles), not 国务院's
    assert ("甲乙丙", "外长", country) in triples(make(nlp, text, per=["甲乙丙"], org=org, loc=loc))


def test_an_anaphor_before_a_unit_stands_for_the_body_named_in_full(nlp):
    # 该校|科研处处长: the unit of the one school the article names (anaphoric_heads 校)
    doc = make(nlp, "青山大学是一所老校。该校科研处处长甲乙丙介绍了情况。", per=["甲乙丙"], org=["青山大学", "科研处"])
    assert ("甲乙丙", "处长", "青山大学科研处") in triples(doc)


def test_a_group_and_its_registered_name_are_one_body(nlp):
    # 东江港集团 (headline) and 东江港集团有限公司 (a meeting's name): 集团 is that one body
    text = "东江港集团召开职代会。东江港集团有限公司第三届职工代表大会召开。集团总经理甲乙丙作报告。"
    doc = make(nlp, text, per=["甲乙丙"], org=["东江港集团", "东江港集团有限公司"])
    assert ("甲乙丙", "总经理", "东江港集团有限公司") in triples(doc)


def test_a_short_name_and_the_full_name_holding_its_stem_are_one_body(nlp):
    # 东江集团 (a headline's short name) and 北京东江建设集团有限公司: 集团党委 is that one body's
    text = "东江集团召开职代会。北京东江建设集团有限公司召开职代会。集团党委书记甲乙丙出席。"
    doc = make(nlp, text, per=["甲乙丙"], org=["东江集团", "北京东江建设集团有限公司"])
    assert ("甲乙丙", "党委书记", "北京东江建设集团有限公司") in triples(doc)
    # … two bodies that do not hold each other's stem stay two: nothing is guessed
    doc = make(nlp, "东江集团和青山建设集团有限公司召开联席会。集团党委书记甲乙丙出席。",
               per=["甲乙丙"], org=["东江集团", "青山建设集团有限公司"])
    assert ("甲乙丙", "党委书记", "集团") in triples(doc)


@pytest.mark.parametrize("written, title, full", [("校党委", "党委副书记", "青山工程大学"),
                                                   ("校工会", "副书记", "青山工程大学工会")])
def test_a_one_character_head_before_a_body_of_its_own_is_the_one_body_named_in_full(nlp, written, title, full):
    # 校党委, 校工会: the school's (anaphoric_heads 校), as 该校 is; a party body stays in the title
    doc = make(nlp, f"青山工程大学召开教代会。{written}副书记甲乙丙出席。", per=["甲乙丙"], org=["青山工程大学"])
    assert ("甲乙丙", title, full) in triples(doc)
    # … not where the article names two schools
    doc = make(nlp, f"青山工程大学和东江师范学院召开联谊会。{written}副书记甲乙丙出席。",
               per=["甲乙丙"], org=["青山工程大学", "东江师范学院"])
    assert ("甲乙丙", "副书记", written) in triples(doc)


def test_a_bare_union_after_an_enterprise_s_title_is_the_enterprise_s(nlp):
    # 公司总经理甲、工会主席乙: the union is the company's (bare_heads and legal forms)
    text = "东江精密电机有限公司召开恳谈会。公司总经理甲乙丙、工会主席丁戊己参加。"
    doc = make(nlp, text, per=["甲乙丙", "丁戊己"], org=["东江精密电机有限公司"])
    assert triples(doc) == {("甲乙丙", "总经理", "东江精密电机有限公司"), ("丁戊己", "主席", "东江精密电机有限公司工会")}
    # … not after a party committee or a government: 区委书记甲、工会主席乙 says no whose
    doc = make(nlp, "青山区委书记甲乙丙、工会主席丁戊己出席。", per=["甲乙丙", "丁戊己"], org=["青山区委"])
    assert ("丁戊己", "主席", "工会") in triples(doc)


@pytest.mark.parametrize("text, org, triple", [
    ("东洋国太平洋总部司令甲乙丙出席。", ["东洋国太平洋总部"], ("甲乙丙", "司令", "东洋国太平洋总部")),
    ("东洋德士古公司高级副总裁甲乙丙出席。", ["东洋德士古公司"], ("甲乙丙", "高级副总裁", "东洋德士古公司")),
    ("青山劳动学院教授、博士生导师甲乙丙出席。", ["青山劳动学院"], ("甲乙丙", "教授", "青山劳动学院")),
    # 助理, 特别 (title prefixes); 顾问, 议员 (offices)
    ("东洋联合国助理秘书长甲乙丙出席。", ["东洋联合国"], ("甲乙丙", "助理秘书长", "东洋联合国")),
    ("东洋联合国特别协调员甲乙丙出席。", ["东洋联合国"], ("甲乙丙", "特别协调员", "东洋联合国")),
    ("青山集团高级顾问甲乙丙出席。", ["青山集团"], ("甲乙丙", "高级顾问", "青山集团")),
    ("东洋国国会议员甲乙丙出席。", ["东洋国国会"], ("甲乙丙", "议员", "东洋国国会")),
])
def test_offices_ranks_and_qualifications_of_the_lexicon(nlp, text, org, triple):
    # 司令 (positions.txt), 高级 (a title prefix), 博士生导师 (a qualification between title and name)
    assert triple in triples(make(nlp, text, per=["甲乙丙"], org=org))


@pytest.mark.parametrize("text, loc, triple", [
    # a one-character abbreviation the NER read as a place, alone as the organization
    ("东洋斯坦内阁昨天开会。东总理甲乙丙说。", ["东洋斯坦", "东"], ("甲乙丙", "总理", "东洋斯坦")),
    # … opening a body's name (菲|卫生部), where the NER read it as a place; not a name's first
    # character the NER left alone (中|宣部, 中央银行)
    ("菲律宾今天发布报告。菲卫生部长甲乙丙说。", ["菲律宾", "菲"], ("甲乙丙", "部长", "菲律宾卫生部")),
    ("中国今天发布报告。中央银行行长甲乙丙说。", ["中国"], ("甲乙丙", "行长", "中央银行")),
    ("中国今天发布报告。中宣部部长甲乙丙说。", ["中国"], ("甲乙丙", "部长", "中宣部")),
    # … kept as written where the article names two places opening with it
    ("伊拉克和伊朗今天会谈。伊外长甲乙丙说。", ["伊拉克", "伊朗"], ("甲乙丙", "外长", None)),
    # … the listed full form (place_abbreviations.txt), written or not, before another place
    # opening with the character (俄西伯利亚: a region of the country)
    ("俄罗斯外长今天表示。俄总统甲乙丙在俄西伯利亚城市会晤。", ["俄罗斯", "俄西伯利亚", "俄"], ("甲乙丙", "总统", "俄罗斯")),
    ("今天，美总统甲乙丙说。", ["美"], ("甲乙丙", "总统", "美国")),
])
def test_a_place_abbreviation_opening_an_organization_is_written_in_full(nlp, text, loc, triple):
    assert triple in triples(make(nlp, text, per=["甲乙丙"], loc=loc))


def test_a_place_written_without_the_level_its_head_governs_is_that_level_s(nlp):
    # 上海|市长: 上海市 (listed), as written 上海; a place written with its level stays
    doc = make(nlp, "在沪期间，上海市长甲乙丙会见了客人。", per=["甲乙丙"], loc=["上海", "沪"])
    assert ("甲乙丙", "市长", "上海市") in triples(doc)
    assert ("甲乙丙", "区长", "青山区") in triples(make(nlp, "青山区区长甲乙丙出席。", per=["甲乙丙"], loc=["青山区"]))


@pytest.mark.parametrize("text, org", [
    # a body written in full whose place opens with a level character (镇安县, 市北区) is no elided
    # one: not "镇" + 安县委 resolved to the township named before
    ("年货节在镇安县云盖寺古镇开幕。镇安县委副书记韦建平出席。", "镇安县委"),
    ("活动在东江市北山镇举行。市北区总工会主席韦建平出席。", "市北区总工会"),
])
def test_a_body_whose_place_opens_with_a_level_character_is_written_in_full(nlp, text, org):
    places = [p for p in ("镇安县", "云盖寺古镇", "东江市", "北山镇") if p in text]
    doc = make(nlp, text, per=["韦建平"], org=[org], loc=places)
    assert {(p, o) for p, _, o in triples(doc)} == {("韦建平", org)}


@pytest.mark.parametrize("text, state", [
    ("东洋国国家主席甲乙丙在首都会见了客人。", "东洋国"),   # the state written before the title
    ("国家主席甲乙丙会见了客人。", None),                     # none written: no printed organization
])
def test_a_head_of_state_takes_the_state_written_before_the_title(nlp, text, state):
    doc = make(nlp, text, per=["甲乙丙"], loc=["东洋国"] if state else [])
    assert triples(doc) == {("甲乙丙", "国家主席", state)}


def test_a_place_head_whose_government_is_written_takes_the_place(nlp):
    # the guideline: the head of a place's government takes the place, also where the government
    # is printed before the title (not a 县政府 left unresolved: no county is named)
    doc = make(nlp, "东江省人民政府副省长甲乙丙、青石市人民政府市长丁戊出席。",
               per=["甲乙丙", "丁戊"], org=["东江省人民政府", "青石市人民政府"])
    assert triples(doc) == {("甲乙丙", "副省长", "东江省"), ("丁戊", "市长", "青石市")}


def test_a_level_after_a_word_of_all_is_no_place_of_that_level(nlp):
    # 来自全区…: "the whole district", no district named 来自全区; 区委 is the district's written elsewhere
    doc = make(nlp, "青石区第五届职工运动会开幕，来自全区56家单位的运动员参加。区委书记甲乙丙、区长丁戊致辞。",
               per=["甲乙丙", "丁戊"], org=["区委"])
    assert triples(doc) == {("甲乙丙", "书记", "青石区委"), ("丁戊", "区长", "青石区")}


def test_an_assistant_to_the_general_manager_is_one_title(nlp):
    doc = make(nlp, "青山精密模具有限公司总经理助理甲乙丙陪同。", per=["甲乙丙"], org=["青山精密模具有限公司"])
    assert triples(doc) == {("甲乙丙", "总经理助理", "青山精密模具有限公司")}


def test_an_elided_party_committee_is_the_one_written_with_the_partys_name(nlp):
    # 中共东江省委书记甲…省委常委乙: 省委 is the 中共东江省委 the article writes in full
    doc = make(nlp, "中共东江省委书记甲乙丙到青石调研。省委常委、青石市委书记丁戊陪同。",
               per=["甲乙丙", "丁戊"], org=["中共东江省委", "青石市委"])
    assert triples(doc) == {("甲乙丙", "书记", "中共东江省委"), ("丁戊", "常委", "中共东江省委"),
                            ("丁戊", "书记", "青石市委")}


def test_an_elided_bureau_whose_name_holds_a_village_word_is_the_counties(nlp):
    # 县农业农村局: 村 ends the common word 农村, no village's name opening the bureau's
    text = "祁东县委书记蒋立春深入风石堰镇调研。县农业农村局局长谭晓阳陪同调研。"
    doc = make(nlp, text, per=["蒋立春", "谭晓阳"], org=["祁东县委", "县农业农村局"], loc=["风石堰镇"])
    assert ("谭晓阳", "局长", "祁东县农业农村局") in triples(doc)


def test_a_bare_name_the_article_writes_at_another_level_stands_for_no_city(nlp):
    # 喀什 beside 喀什地区 is the prefecture, no 喀什市: the host's 市长 is the city it names (来沪: 上海)
    text = ("昨天下午，市委副书记、市长郁嘉树会见了喀什地区党政代表团一行。郁嘉树对代表团来沪表示欢迎。"
            "他说，对口支援喀什是交给上海的重要任务。喀什发展很快，喀什的特色产业各具特色。")
    doc = make(nlp, text, per=["郁嘉树"], loc=["喀什地区", "沪", "喀什", "上海"])
    assert {("郁嘉树", "副书记", "上海市委"), ("郁嘉树", "市长", "上海市")} <= triples(doc)


def test_a_trade_name_framing_the_sentence_gives_a_bare_head_its_company(nlp):
    # 在德丰化工，公司董事长…: the frame is the trade name of the company named in full, one of two
    text = "检查组来到德丰化工股份有限公司和润泽新材料有限公司。在德丰化工，公司董事长卞国栋介绍了情况。"
    doc = make(nlp, text, per=["卞国栋"], org=["德丰化工股份有限公司", "润泽新材料有限公司", "德丰化工"])
    assert triples(doc) == {("卞国栋", "董事长", "德丰化工股份有限公司")}


def test_a_bureau_named_elided_alone_is_what_its_head_alone_names(nlp):
    # 县农业农村局 … 局长乙 (no county named): the bureau as written; its union names it too
    doc = make(nlp, "近日，县农业农村局召开安全生产会议，局长赵刚出席并讲话。", per=["赵刚"], org=["县农业农村局"])
    assert triples(doc) == {("赵刚", "局长", "县农业农村局")}
    doc = make(nlp, "近日，区农业农村局工会召开换届大会。局党委书记刘强出席并讲话。", per=["刘强"], org=["区农业农村局工会"])
    assert triples(doc) == {("刘强", "党委书记", "区农业农村局")}
    # … not a phrase the NER ran over two (县人民医院和县中医院: which one is not said)
    doc = make(nlp, "近日，县人民医院和县中医院开展义诊。院长刘明带队。", per=["刘明"], org=["县人民医院和县中医院"])
    assert triples(doc) == {("刘明", "院长", None)}


def test_a_bare_name_at_another_level_alone_is_still_its_city(nlp):
    # 阿克苏地区 … 在阿克苏 … 市长: no other city named, so 阿克苏 stands for 阿克苏市
    text = "3月2日，阿克苏地区工会工作会议在阿克苏召开。市长买买提·艾力出席会议并讲话。"
    doc = make(nlp, text, per=["买买提·艾力"], loc=["阿克苏地区", "阿克苏"])
    assert triples(doc) == {("买买提·艾力", "市长", "阿克苏市")}


def test_a_village_title_after_the_level_alone_takes_the_village_named(nlp):
    # 村党支部书记 / 和村党支部书记: the village named, its party branch the org; 村主任 and
    # 村委会主任 head the village's government (the guideline: 村主任 -> the village)
    doc = make(nlp, "周明远来到白石峪村调研，听取了镇党委书记吴晓东和村党支部书记钱多多的汇报。村主任郑秋陪同。",
               per=["周明远", "吴晓东", "钱多多", "郑秋"], loc=["白石峪村"])
    assert ("钱多多", "书记", "白石峪村党支部") in triples(doc) and ("郑秋", "村主任", "白石峪村") in triples(doc)
    doc = make(nlp, "村党支部书记钱多多说。", per=["钱多多"])   # no village named: none guessed, the title whole
    assert triples(doc) == {("钱多多", "党支部书记", None)}


def test_a_generic_head_is_the_organization_the_sentence_opens_at(nlp):
    # 在瑞丰食品，企业董事长乙: the frame names the company short; 企业 elsewhere names none
    text = "周明远来到东江瑞丰食品有限公司调研。在瑞丰食品，企业董事长吴晓东介绍了生产情况。企业负责人郑秋说。"
    doc = make(nlp, text, per=["周明远", "吴晓东", "郑秋"], org=["东江瑞丰食品有限公司"])
    assert triples(doc) == {("吴晓东", "董事长", "东江瑞丰食品有限公司"), ("郑秋", "负责人", None)}


def test_a_bare_head_in_a_later_sentence_of_a_framed_paragraph_is_the_frames(nlp):
    # 在某公司，甲走进车间。公司总经理乙介绍…: the paragraph goes on at the company framed; 企业负责人
    # there names none, and a sentence naming another company ends the frame
    text = ("周明远走访青禾物流有限公司和东江瑞丰食品有限公司。\n在青禾物流有限公司，周明远走进分拣车间。"
            "公司总经理吴晓东介绍了情况。公司工会主席郑秋说。")
    doc = make(nlp, text, per=["周明远", "吴晓东", "郑秋"], org=["青禾物流有限公司", "东江瑞丰食品有限公司"])
    assert {("吴晓东", "总经理", "青禾物流有限公司"), ("郑秋", "主席", "青禾物流有限公司工会")} <= triples(doc)
    text = ("周明远走访青禾物流有限公司和东江瑞丰食品有限公司。\n在青禾物流有限公司，周明远走进分拣车间。"
            "随后来到东江瑞丰食品有限公司。公司总经理吴晓东介绍了情况。")
    doc = make(nlp, text, per=["周明远", "吴晓东"], org=["青禾物流有限公司", "东江瑞丰食品有限公司"])
    assert ("吴晓东", "总经理", "青禾物流有限公司") not in triples(doc)


@pytest.mark.parametrize("site, later", [
    ("焊接车间", ""),
    # a wharf or a workshop building (roles.yaml frame_sites), and the company's title in the next sentence
    ("码头", "周明远登上一艘散货船。"),
    ("厂房", "周明远察看了生产线。"),
])
def test_a_frame_goes_on_over_a_site_inside_the_organization(nlp, site, later):
    # 在某公司焊接车间，该公司总经理乙: the frame's company is the one meant, of two the article names
    text = ("周明远走访青禾机械制造有限公司和东江纺织科技有限公司。在青禾机械制造有限公司" + site + "，"
            + later + "该公司总经理吴晓东介绍了情况。")
    doc = make(nlp, text, per=["周明远", "吴晓东"], org=["青禾机械制造有限公司", "东江纺织科技有限公司"])
    assert ("吴晓东", "总经理", "青禾机械制造有限公司") in triples(doc)


@pytest.mark.parametrize("body, title, org", [
    ("在青山派出所，所长吴晓东介绍了情况。", "所长", "青山派出所"),
    ("在青山镇人民法庭，庭长吴晓东介绍了情况。", "庭长", "青山镇人民法庭"),
    ("在青山小学，校长吴晓东介绍了情况。", "校长", "青山小学"),
    # the frame's name does not end with the head's character: none
    ("在青山派出所，站长吴晓东介绍了情况。", "站长", None),
    # an enterprise's management: of the enterprise framed
    ("在青禾密封件有限公司，董事长吴晓东介绍了企业研发情况。", "董事长", "青禾密封件有限公司"),
    ("在青禾密封件有限公司，副总经理吴晓东介绍了企业研发情况。", "副总经理", "青禾密封件有限公司"),
    ("在青禾果蔬种植专业合作社，理事长吴晓东介绍了合作社发展情况。", "理事长", "青禾果蔬种植专业合作社"),
])
def test_a_head_named_by_one_character_is_of_the_frames_organization(nlp, body, title, org):
    frame = body[1:body.index("，")]
    doc = make(nlp, "周明远来到青山镇调研。" + body, per=["周明远", "吴晓东"], org=[frame])
    assert ("吴晓东", title, org) in triples(doc)


@pytest.mark.parametrize("later", ["热轧厂厂长吴晓东出席。", "在热轧厂轧钢车间，厂长吴晓东介绍了情况。"])
def test_a_company_s_unit_written_short_is_the_unit_named_in_full(nlp, later):
    # 某股份有限公司热轧厂 … 热轧厂厂长 / 在热轧厂车间，厂长: the unit as the article names it in full
    full = "青禾钢铁股份有限公司热轧厂"
    doc = make(nlp, f"{full}召开职工座谈会。{later}", per=["吴晓东"], org=[full, "热轧厂"])
    assert ("吴晓东", "厂长", full) in triples(doc)


@pytest.mark.parametrize("text, orgs, triple", [
    # a body of a kind written as a common word: the one the article names in full with it
    ("走访了兴化西里社区居委会。居委会主任吴晓东介绍。", ["兴化西里社区居委会", "居委会"],
     ("吴晓东", "主任", "兴化西里社区居委会")),
    ("来到鹿鸣派出所。派出所所长吴晓东介绍。", ["鹿鸣派出所", "派出所"], ("吴晓东", "所长", "鹿鸣派出所")),
    # … not a country's (the home country's own ministry), nor two such bodies named
    ("法国外交部长会见了他。外交部副部长吴晓东陪同。", ["法国外交部", "外交部"], ("吴晓东", "副部长", "外交部")),
    ("来到青山派出所和白石派出所。派出所所长吴晓东介绍。", ["青山派出所", "白石派出所", "派出所"],
     ("吴晓东", "所长", "派出所")),
    # … or as common words and an ending (收费|站, 投递|部, 劳模创新|工作室), a facility named in full too
    ("来到青山高速公路有限公司肥东收费站。收费站站长吴晓东介绍。", ["青山高速公路有限公司", "肥东收费站", "收费站"],
     ("吴晓东", "站长", "肥东收费站")),
    ("来到周明远劳模创新工作室。工作室负责人吴晓东介绍。", ["周明远劳模创新工作室", "工作室"],
     ("吴晓东", "负责人", "周明远劳模创新工作室")),
    # … not a name of its own written without its seat (the read sets' gold keeps it as written)
    ("青山电网有限公司白石县供电分公司召开职代会。白石县供电分公司经理吴晓东讲话。",
     ["青山电网有限公司白石县供电分公司", "白石县供电分公司"], ("吴晓东", "经理", "白石县供电分公司")),
])
def test_a_body_written_as_a_common_word_is_the_one_named_in_full(nlp, text, orgs, triple):
    assert triple in triples(make(nlp, text, per=["吴晓东"], org=orgs))


@pytest.mark.parametrize("text, places, org", [
    # the head of a unit by the title alone: the one unit of that kind the article names in full
    ("记者来到尚义风电场。场长吴晓东介绍，风电场有风机33台。", ["尚义风电场"], "尚义风电场"),
    ("五道梁气象站海拔4600米。站长吴晓东说。", ["五道梁气象站"], "五道梁气象站"),
    # ... not where the article names two
    ("记者来到尚义风电场和青山林场。场长吴晓东介绍。", ["尚义风电场", "青山林场"], None),
])
def test_a_units_head_by_the_title_alone_is_of_the_one_such_unit(nlp, text, places, org):
    doc = make(nlp, text, per=["吴晓东"], loc=places)
    assert {o for p, _, o in triples(doc) if p == "吴晓东"} == {org}


def test_a_branch_named_with_its_trunk_and_without_is_one_branch(nlp):
    # 浙东商业银行宁波分行 … 宁波分行工会: one branch, so a bare 分行 is it (roles/resolve.py one_body)
    text = "浙东商业银行宁波分行召开职代会。分行党委书记、行长吴晓东作报告。宁波分行工会主席周明远主持。"
    doc = make(nlp, text, per=["吴晓东", "周明远"], org=["浙东商业银行宁波分行", "宁波分行工会"])
    assert ("吴晓东", "行长", "浙东商业银行宁波分行") in triples(doc)


def test_an_elided_body_is_of_the_place_named_before_not_of_a_body_printed_after(nlp):
    # 白石市…市总工会主席乙…青山市总工会作交流发言: the city named before (白石市) is the article's;
    # the one body printed in full later (a county-level city's union) is another
    text = "6月18日，白石市工会工作推进会召开。市总工会主席吴晓东主持会议。会上，青山市总工会作交流发言。"
    doc = make(nlp, text, per=["吴晓东"], org=["青山市总工会"], loc=["白石市"])
    assert ("吴晓东", "主席", "白石市总工会") in triples(doc)
    # with no place of the level named before, the one body printed after is the one meant
    text = "6月18日，工会工作推进会召开。市总工会主席吴晓东主持会议。会上，青山市总工会作交流发言。"
    doc = make(nlp, text, per=["吴晓东"], org=["青山市总工会"])
    assert ("吴晓东", "主席", "青山市总工会") in triples(doc)


def test_an_elided_body_of_a_zone_is_the_zones(nlp):
    # 园区总工会, 园区管委会: the zone's (elision.yaml prefixes: 园区, 经开区, 高新区)
    doc = make(nlp, "东江工业园区总工会开展检查。园区总工会常务副主席甲乙丙、园区管委会副主任丁戊出席。",
               per=["甲乙丙", "丁戊"], org=["东江工业园区总工会", "园区总工会", "园区管委会"])
    assert triples(doc) == {("甲乙丙", "常务副主席", "东江工业园区总工会"), ("丁戊", "副主任", "东江工业园区管委会")}


def test_a_chief_minister_is_one_title(nlp):
    doc = make(nlp, "东洋国青山州首席部长甲乙丙会见了代表团。", per=["甲乙丙"], loc=["东洋国青山州"])
    assert {p for _, p, _ in triples(doc)} == {"首席部长"}



def test_a_village_title_after_the_level_alone_at_a_clause_start_takes_the_village_named(nlp):
    # ，村党支部书记 / 与村党支部书记: the level alone opens the title's clause (no joiner before it)
    for text in ("周明远来到白石峪村调研。村党支部书记钱多多介绍了情况。",
                 "周明远来到白石峪村调研，与村党支部书记钱多多交谈。"):
        doc = make(nlp, text, per=["周明远", "钱多多"], loc=["白石峪村"])
        assert ("钱多多", "书记", "白石峪村党支部") in triples(doc), text
    # 村里 ("in the village") ends no place's name read from the text: 周明远走进村 is none
    doc = make(nlp, "在白石峪村，周明远走进村里新建的加工车间。村党支部书记钱多多介绍了情况。", per=["周明远", "钱多多"])
    assert ("钱多多", "书记", "白石峪村党支部") in triples(doc)


def test_an_assembly_written_bare_after_a_party_committees_title_is_that_places(nlp):
    # 白沙镇党委书记、人大主席: the town's assembly (the guideline resolves elided organizations);
    # after a body that is no place's party committee the assembly stays as written
    doc = make(nlp, "兰陵县白沙镇召开推进会。镇党委书记、人大主席戚建华出席会议。", per=["戚建华"], loc=["兰陵县", "白沙镇"])
    assert ("戚建华", "主席", "白沙镇人大") in triples(doc)
    doc = make(nlp, "青枫街道党工委书记、人大工委主任曹立新来到社区。", per=["曹立新"], org=["青枫街道党工委"])
    assert ("曹立新", "主任", "青枫街道人大工委") in triples(doc)
    doc = make(nlp, "东江瑞丰食品有限公司党委书记、人大代表吴晓东说。", per=["吴晓东"], org=["东江瑞丰食品有限公司"])
    assert not any(org and org.endswith("人大") for _, _, org in triples(doc))


def test_an_elided_body_takes_the_listed_city_the_article_writes_without_its_level(nlp):
    # 来洛阳访问 … 市委常委、副市长: 洛阳 is the listed 洛阳市 (china_divisions.txt) written bare;
    # a place not listed with its level stays no evidence (东江)
    doc = make(nlp, "代表团来洛阳访问。市委常委、副市长鲍承宇会见了代表团。", per=["鲍承宇"], loc=["洛阳"])
    assert {("鲍承宇", "常委", "洛阳市委"), ("鲍承宇", "副市长", "洛阳市")} <= triples(doc)
    doc = make(nlp, "代表团来东江访问。市委常委、副市长鲍承宇会见了代表团。", per=["鲍承宇"], loc=["东江"])
    assert ("鲍承宇", "常委", "市委") in triples(doc)


def test_a_bodys_one_character_head_alone_before_a_title_is_the_one_such_body_named(nlp):
    # 局党组成员、副局长: the one bureau the article names in full (roles.yaml anaphoric_heads)
    text = "沙市区市场监督管理局局长滕伟带队检查。局党组成员、副局长霍小兰参加检查。"
    doc = make(nlp, text, per=["滕伟", "霍小兰"], org=["沙市区市场监督管理局"])
    assert {("霍小兰", "党组成员", "沙市区市场监督管理局"), ("霍小兰", "副局长", "沙市区市场监督管理局")} <= triples(doc)
    # two bureaus named: none is
    text = "沙市区市场监督管理局和沙市区教育局开展检查。局党组成员霍小兰参加检查。"
    doc = make(nlp, text, per=["霍小兰"], org=["沙市区市场监督管理局", "沙市区教育局"])
    assert ("霍小兰", "党组成员", None) in triples(doc)


def test_a_listed_place_read_from_raw_text_ends_no_common_word(nlp):
    # 旅游资源县里: 县里 is a common word; the listed 资源县 is not written there
    doc = make(nlp, "旅游资源县里正在发展。县委书记王刚出席。", per=["王刚"])
    assert ("王刚", "书记", "县委") in triples(doc)


def test_a_trade_name_written_alone_is_the_company_named_in_full(nlp):
    # 南岭航空 (a trade name that opens with a place) of 南岭航空股份有限公司; its 党委 goes into the title
    text = "南岭航空召开职代会。南岭航空股份有限公司职代会召开。南岭航空党委书记、董事长邓启航作报告。"
    doc = make(nlp, text, per=["邓启航"], org=["南岭航空股份有限公司", "南岭航空"])
    assert triples(doc) == {("邓启航", "党委书记", "南岭航空股份有限公司"), ("邓启航", "董事长", "南岭航空股份有限公司")}


def test_a_trade_name_after_the_seat_the_registered_name_opens_with(nlp):
    # 株洲 (株洲市 less its suffix) opens the registered name; 恒驰电气 is its trade name, and the
    # company's own union after the trade name is that company's union
    text = ("湘江学院与株洲恒驰电气股份有限公司签约。恒驰电气董事长谭国平出席。"
            "恒驰电气工会主席毛丽君介绍情况。")
    doc = make(nlp, text, per=["谭国平", "毛丽君"], org=["株洲恒驰电气股份有限公司", "恒驰电气", "恒驰电气工会"])
    assert triples(doc) == {("谭国平", "董事长", "株洲恒驰电气股份有限公司"),
                            ("毛丽君", "主席", "株洲恒驰电气股份有限公司工会")}


def test_a_registered_name_inside_a_unit_s_name_names_the_company(nlp):
    # only the company's union is written in full: it names the company its trade name stands for
    text = "渝安汽车集团股份有限公司工会举办活动。渝安汽车工会主席冉启明介绍，总装车间班组长钟大勇参加。"
    doc = make(nlp, text, per=["冉启明", "钟大勇"], org=["渝安汽车集团股份有限公司工会", "渝安汽车工会"])
    assert triples(doc) == {("冉启明", "主席", "渝安汽车集团股份有限公司工会"),
                            ("钟大勇", "总装车间班组长", "渝安汽车集团股份有限公司")}


def test_a_company_body_after_a_trade_name_no_company_holds_stays_as_written(nlp):
    text = "山东丰禾农机集团有限公司召开大会。北钦港务集团工会主席农秀清出席。"
    doc = make(nlp, text, per=["农秀清"], org=["山东丰禾农机集团有限公司", "北钦港务集团工会"])
    assert triples(doc) == {("农秀清", "主席", "北钦港务集团工会")}


def test_an_organization_a_title_prints_is_no_second_mention_of_it(nlp):
    # 罗讷核能服务公司 is named once: its guest's title printing it there counts no more
    text = "闽南滨海核电有限公司举行会见，尤振声会见了罗讷核能服务公司副总裁勒克莱尔。公司总经理汤明辉参加会见。"
    doc = make(nlp, text, per=["尤振声", "勒克莱尔", "汤明辉"], org=["闽南滨海核电有限公司", "罗讷核能服务公司"])
    assert ("汤明辉", "总经理", "罗讷核能服务公司") not in triples(doc)


@pytest.mark.parametrize("text, orgs, expected", [
    # several hospitals: the one the article names most often before the title
    ("赣南康济医院牵头组建医联体。赣南康济医院与于都县仁济医院、宁都县康宁医院签约。"
     "医院党委书记邹明远、院长黄启帆出席。", ["赣南康济医院", "于都县仁济医院", "宁都县康宁医院"], "赣南康济医院"),
    # named as often as another: which one is not said
    ("赣南康济医院与于都县仁济医院签约。赣南康济医院和于都县仁济医院各派专家。"
     "医院党委书记邹明远、院长黄启帆出席。", ["赣南康济医院", "于都县仁济医院"], None),
])
def test_a_bare_head_among_several_bodies_is_the_one_named_most_often(nlp, text, orgs, expected):
    doc = make(nlp, text, per=["邹明远", "黄启帆"], org=orgs)
    found = {(p, pos): o for p, pos, o in triples(doc)}
    if expected is None:
        assert found[("邹明远", "党委书记")] not in orgs
    else:
        assert found == {("邹明远", "党委书记"): expected, ("黄启帆", "院长"): expected}


@pytest.mark.parametrize("text, org, person, expected", [
    # 学校: the word for its kind names the article's one university (bare_head_kinds)
    ("江城理工大学召开教代会。学校党委书记许国栋出席。", ["江城理工大学"], "许国栋", "江城理工大学"),
    # 医院 of 沈阳市北陵医院, also named without its seat in a headline's 北陵医院工会
    ("北陵医院工会召开座谈会。沈阳市北陵医院工会举办活动，医院党委书记齐国华出席。",
     ["北陵医院工会", "沈阳市北陵医院工会"], "齐国华", "沈阳市北陵医院"),
    # 局 alone before a title: the article's one bureau, its branches (…江南分局, 良庆分局) its parts
    ("南宁市生态环境局召开座谈会。局党组书记农志刚出席。南宁市生态环境局江南分局、良庆分局参加。",
     ["南宁市生态环境局", "南宁市生态环境局江南分局", "良庆分局"], "农志刚", "南宁市生态环境局"),
    # a school named with the word itself comes first (某大学附属实验学校, not the university: second reader)
    ("江城师范大学附属实验学校举办运动会。学校党委书记李明出席。江城师范大学副校长王强讲话。",
     ["江城师范大学附属实验学校", "江城师范大学"], "李明", "江城师范大学附属实验学校"),
])
def test_a_bodys_bare_word_is_the_article_s_one_body(nlp, text, org, person, expected):
    orgs = {o for p, _, o in triples(make(nlp, text, per=[person], org=org)) if p == person}
    assert orgs == {expected}


def test_a_discipline_commission_inside_a_body_stays_in_the_title(nlp):
    # 某大学纪委书记 -> 纪委书记 of 某大学 (as 党委书记); the party centre's 中央纪委 is a body of its own
    doc = make(nlp, "江城理工大学纪委书记龙海波出席。中央纪委常委李明讲话。", per=["龙海波", "李明"],
               org=["江城理工大学纪委", "中央纪委"])
    assert ("龙海波", "纪委书记", "江城理工大学") in triples(doc)
    assert ("李明", "常委", "中央纪委") in triples(doc)


def test_a_workers_place_is_no_employer(nlp):
    # 某市某区|果农甲: where the worker lives or works, no organization of his (an occupation's org is
    # never an administrative place); an employer written before the trade stays
    text = "东江市青山区果农罗德才、青山区环卫工人黄美英先后发言。东江食品有限公司制粉工韦金花已有15年经验。"
    doc = make(nlp, text, per=["罗德才", "黄美英", "韦金花"], org=["东江食品有限公司"], loc=["东江市", "青山区"])
    found = triples(doc)
    assert ("罗德才", "果农", None) in found and ("黄美英", "环卫工人", None) in found
    assert ("韦金花", "制粉工", "东江食品有限公司") in found


@pytest.mark.parametrize("trade", ["横机工", "采收工", "前端工程师", "胶工", "数据标注员"])
def test_trades_of_factories_farms_and_services_are_positions(nlp, trade):
    # positions.txt: trades written before a worker's name
    text = f"东江物流有限公司{trade}周明远说，今年收入涨了。"
    doc = make(nlp, text, per=["周明远"], org=["东江物流有限公司"])
    assert ("周明远", trade, "东江物流有限公司") in triples(doc)


@pytest.mark.parametrize("text, per, org, expected", [
    # 分行副行长甲当选为工会主席: two unions named in full, so no one union of the article; the
    # holder's other title's bank and 工会 are written together: that union; the deputy elected in
    # the same sentence after the chief holds the same union's office
    ("东江银行青山分行召开工会会员代表大会，东江市金融工会副主席李红出席。东江银行青山分行工会委员会"
     "选举产生，东江银行青山分行工会完成换届。分行副行长周明远当选为工会主席，综合部经理吴晓东当选为工会副主席，"
     "河口支行大堂经理王芳当选为工会委员。",
     ["李红", "周明远", "吴晓东", "王芳"],
     ["东江银行青山分行", "东江市金融工会", "东江银行青山分行工会委员会", "东江银行青山分行工会", "河口支行"],
     {("周明远", "主席", "东江银行青山分行工会"), ("吴晓东", "副主席", "东江银行青山分行工会")}),
    # 校工会, 校党委 where the article names the school only with its union (某大学工会), and colleges
    # (学院) and a primary school beside it: that school's
    ("东江理工大学工会召开青年教师座谈会。校党委常委、副校长周明远，校工会常务副主席吴晓东出席。"
     "材料学院讲师李红、外国语学院讲师王芳发言。学校将协调附属小学扩大招生。",
     ["周明远", "吴晓东", "李红", "王芳"], ["东江理工大学工会", "校工会", "材料学院", "外国语学院", "附属小学"],
     {("吴晓东", "常务副主席", "东江理工大学工会"), ("周明远", "副校长", "东江理工大学")}),
])
def test_a_body_written_bare_is_that_of_its_holders_own_organization(nlp, text, per, org, expected):
    assert expected <= triples(make(nlp, text, per=per, org=org))


def test_a_body_s_title_is_of_the_organization_the_body_is_inside(nlp):
    # 书记处书记 with no organization written: the organization the article names most, without the
    # title's own body where that is what it names (全总书记处 -> 全总), and never a longer name the
    # short form opens (全总书记处 is no full form of 全总)
    text = "全总书记处召开会议。书记处书记周明远、吴晓东出席会议。全总书记处听取汇报。"
    doc = make(nlp, text, per=["周明远", "吴晓东"], org=["全总书记处"])
    assert {o for _, p, o in triples(doc) if p == "书记处书记"} == {"全总"}


def test_a_new_term_is_no_part_of_an_organization(nlp):
    # 当选新一届工会委员会委员: 新一届 (org_stop_words) qualifies the committee's term, no name of it
    text = "东岭林场工会召开会员代表大会。护林员程守义等当选新一届工会委员会委员。"
    doc = make(nlp, text, per=["程守义"], org=["东岭林场工会"])
    assert not any(o and "新一届" in o for _, _, o in triples(doc))


def test_a_time_word_before_a_level_names_no_place(nlp):
    # 今年|市总工会: the year, no city 今年市 (org_stop_words); the union stays as written
    text = "市总工会党组书记陈国梁带队来到工地慰问。据悉，今年市总工会共投入资金500万元。"
    doc = make(nlp, text, per=["陈国梁"], org=["市总工会"])
    assert {o for _, _, o in triples(doc)} == {"市总工会"}


def test_a_foreign_head_of_government_heads_the_place_without_its_country(nlp):
    # 日本|大阪府知事 -> 大阪府 (the devset's), 美国俄亥俄州副州长 -> 俄亥俄州; a home chain stays as written
    text = "市长郭金龙会见了日本大阪府知事桥下彻。美国俄亥俄州副州长艾米丽·卡特出席。北京市海淀区区长张明出席。"
    doc = make(nlp, text, per=["郭金龙", "桥下彻", "艾米丽·卡特", "张明"],
               loc=["日本", "大阪府", "美国俄亥俄州", "北京市", "海淀区"])
    found = triples(doc)
    assert ("桥下彻", "知事", "大阪府") in found and ("艾米丽·卡特", "副州长", "俄亥俄州") in found
    assert ("张明", "区长", "北京市海淀区") in found


def test_a_foreign_alliance_keeps_its_country(nlp):
    # 某国独立工会联盟: an alliance (联盟), no league (盟) of Inner Mongolia, so no place whose country is
    # written apart; the country, also named alone, stays in the organization (the devset's 新加坡…联合会)
    text = "王明会见了塞尔维亚独立工会联盟主席米兰·彼得罗维奇。双方愿在塞尔维亚加强合作。"
    doc = make(nlp, text, per=["王明", "米兰·彼得罗维奇"], org=["塞尔维亚独立工会联盟"], loc=["塞尔维亚"])
    assert ("米兰·彼得罗维奇", "主席", "塞尔维亚独立工会联盟") in triples(doc)


@pytest.mark.parametrize("text, org", [
    # a branch and its sub-branch: which 行 a bare 行长 heads is not said (branch_marks: 分, 支)
    ("中国农业银行江城分行城南支行开展活动。行长王明带队。中国农业银行江城分行工会主席李红参加。",
     ["中国农业银行江城分行城南支行", "中国农业银行江城分行工会"]),
    # a trade name two companies' names open with (长风汽车 of 长风汽车销售有限公司 or 长风汽车集团)
    ("长风汽车销售有限公司是长风汽车集团旗下的销售公司，长风汽车董事长王明出席。",
     ["长风汽车销售有限公司", "长风汽车集团", "长风汽车"]),
])
def test_no_one_body_is_guessed_among_a_branch_or_two_companies(nlp, text, org):
    orgs = {o for p, _, o in triples(make(nlp, text, per=["王明"], org=org)) if p == "王明"}
    assert not orgs & {"中国农业银行江城分行城南支行", "中国农业银行江城分行", "长风汽车销售有限公司"}


@pytest.mark.parametrize("text, org, person, expected", [
    # a department written bare: the hospital the article names most (with its seat), the company the
    # sentence happens at (在某公司，), as the devset writes 某省总工会经济技术部 (department_endings)
    ("北陵医院工会召开座谈会。沈阳市北陵医院工会举办活动。心内科主任韩立军发言。",
     ["北陵医院工会", "沈阳市北陵医院工会"], "韩立军", "沈阳市北陵医院心内科"),
    ("局长走访中原恒泰电子科技有限公司。在中原恒泰电子科技有限公司，人力资源部经理付莉莉介绍情况。",
     ["中原恒泰电子科技有限公司"], "付莉莉", "中原恒泰电子科技有限公司人力资源部"),
    # a listed body's name is no department (外交部: org_names.txt)
    ("南岭航空股份有限公司举办活动。外交部部长王毅出席。", ["南岭航空股份有限公司", "外交部"], "王毅", "外交部"),
])
def test_a_department_written_bare_is_the_article_s_body_s(nlp, text, org, person, expected):
    orgs = {o for p, _, o in triples(make(nlp, text, per=[person], org=org)) if p == person}
    assert orgs == {expected}


@pytest.mark.parametrize("text, org, person, expected", [
    # a committee's or a place's department (县委宣传部), a unit's (支队政治部), the visiting union's
    # (法律工作部 in a sentence naming 长沙市总工会) and the union's (女工部) stay as written (second reader)
    ("华晨建设有限公司召开大会。华晨建设有限公司表彰先进。县委宣传部部长李明出席。", ["华晨建设有限公司"], "李明", "县委宣传部"),
    ("华晨建设有限公司开展拥军活动，支队政治部主任李刚出席。", ["华晨建设有限公司"], "李刚", "支队政治部"),
    ("长沙市总工会来到华晨建设有限公司调研，法律工作部部长张强参加。", ["长沙市总工会", "华晨建设有限公司"], "张强",
     "法律工作部"),
    ("江城钢铁集团工会召开会议。江城钢铁集团工会表彰先进。女工部部长刘芳主持。", ["江城钢铁集团工会"], "刘芳", "女工部"),
])
def test_a_department_of_another_body_stays_as_written(nlp, text, org, person, expected):
    orgs = {o for p, _, o in triples(make(nlp, text, per=[person], org=org)) if p == person}
    assert orgs == {expected}


@pytest.mark.parametrize("text, expected", [
    # the head of a banner (旗) or league (盟) takes the place, as 县长 does
    ("四子王旗旗委书记巴特尔、旗长张海滨陪同考察。", ("张海滨", "旗长", "四子王旗")),
    ("锡林郭勒盟副盟长苏德夫出席。", ("苏德夫", "副盟长", "锡林郭勒盟")),
    # a place's chief of rivers or forests (河长制, 林长制) takes the place too
    ("庆元县县长、县总林长吴晓春带队巡林。", ("吴晓春", "总林长", "庆元县")),
    ("花溪区委书记、区总河长杨振华巡河。", ("杨振华", "总河长", "花溪区")),
])
def test_heads_of_banners_and_chiefs_of_rivers_take_the_place(nlp, text, expected):
    person = expected[0]
    places = [w for w in ("四子王旗", "锡林郭勒盟", "庆元县", "花溪区") if w in text]
    doc = make(nlp, text, per=[p for p in ("巴特尔", "张海滨", "苏德夫", "吴晓春", "杨振华") if p in text], loc=places)
    assert expected in triples(doc)


@pytest.mark.parametrize("text, orgs, expected", [
    # a department written bare after another person's title in a list: that body's department
    ("广西壮族自治区总工会副主席农春燕、办公室主任覃志强参加会见。", ["广西壮族自治区总工会"],
     ("覃志强", "主任", "广西壮族自治区总工会办公室")),
    # … not after a head of a place's government, whose government is not written
    ("青山县县长王刚、办公室主任李明出席。", [], ("李明", "主任", "办公室")),
])
def test_a_department_listed_after_a_title_is_that_body_s(nlp, text, orgs, expected):
    doc = make(nlp, text, per=["农春燕", "覃志强", "王刚", "李明"], org=orgs, loc=["青山县"])
    assert expected in triples(doc)


def test_no_place_is_read_before_a_body_ner_begins_at_its_level(nlp):
    # 乔映雪代表|市卫生健康委: the raw run holds no city 乔映雪代表市 where NER read the elided body
    # from its level; the body stays as written
    text = "市卫生健康委副主任乔映雪出席。乔映雪代表市卫生健康委向全市护理工作者致以节日问候。"
    doc = make(nlp, text, per=["乔映雪"], org=["市卫生健康委"])
    assert ("乔映雪", "副主任", "市卫生健康委") in triples(doc)
    # a place NER read before the body still names it
    text = "青山市卫生健康委副主任乔映雪出席。乔映雪代表市卫生健康委致以节日问候。"
    doc = make(nlp, text, per=["乔映雪"], org=["青山市卫生健康委", "市卫生健康委"])
    assert ("乔映雪", "副主任", "青山市卫生健康委") in triples(doc)
    # a place without a level read before it is one place with the body's level (西安高新区);
    # one with a level is a place in front of the body, named from its own level (成都市|高新区总工会)
    text = "西安高新区管委会主任郎振宇一行来到园区。高新区科技局局长尚立群陪同。"
    doc = make(nlp, text, per=["郎振宇", "尚立群"], org=["高新区管委会", "高新区科技局"], loc=["西安"])
    assert ("尚立群", "局长", "西安高新区科技局") in triples(doc)
    text = "成都市高新区总工会走进软件园。高新区总工会副主席田雨萌介绍了工作。"
    doc = make(nlp, text, per=["田雨萌"], org=["高新区总工会"], loc=["成都市"])
    assert ("田雨萌", "副主席", "高新区总工会") in triples(doc)


@pytest.mark.parametrize("text, loc, expected", [
    # a zone's bodies written from its level (开发区, 新区: elision.yaml) take the zone named
    ("昆山经济技术开发区召开会议，开发区总工会常务副主席葛春梅出席。", ["昆山经济技术开发区"],
     ("葛春梅", "常务副主席", "昆山经济技术开发区总工会")),
    ("兰州新区职工运动会开幕，新区总工会主席任晓峰出席。", ["兰州新区"], ("任晓峰", "主席", "兰州新区总工会")),
])
def test_bodies_of_a_zone_written_from_its_level_take_the_zone(nlp, text, loc, expected):
    doc = make(nlp, text, per=[expected[0]], org=[o for o in ("开发区总工会", "新区总工会") if o in text], loc=loc)
    assert expected in triples(doc)


def test_a_bank_branch_written_bare_before_its_head_is_the_one_named(nlp):
    # 支行行长 (支行: org_suffixes.txt, ending): the one branch the article names in full
    text = "甬信银行海曙支行开展金融知识进社区活动。支行行长钱书铭介绍，今年以来支行共办理业务3000笔。"
    doc = make(nlp, text, per=["钱书铭"], org=["甬信银行海曙支行"])
    assert ("钱书铭", "行长", "甬信银行海曙支行") in triples(doc)


def test_a_bare_head_beside_a_short_name_of_the_one_company_is_that_company(nlp):
    # 苍洱文旅集团 (a headline's short name: its stem's characters in order in the full name's, some
    # skipped) and 大理苍洱文化旅游集团有限公司 are one body: 集团党委书记 is that company's
    text = "苍洱文旅集团召开职代会。大理苍洱文化旅游集团有限公司召开职工代表大会。集团党委书记、董事长段志鹏作报告。"
    doc = make(nlp, text, per=["段志鹏"], org=["苍洱文旅集团", "大理苍洱文化旅游集团有限公司"])
    assert ("段志鹏", "董事长", "大理苍洱文化旅游集团有限公司") in triples(doc)
    # a body and its branch (南宁市生态环境局, …局江南分局) are two: 局长 stays the bureau's
    text = "南宁市生态环境局召开座谈会，南宁市生态环境局江南分局、良庆分局参加。局党组书记、局长农志刚出席。"
    doc = make(nlp, text, per=["农志刚"], org=["南宁市生态环境局江南分局", "南宁市生态环境局", "良庆分局"])
    assert ("农志刚", "局长", "南宁市生态环境局") in triples(doc)


@pytest.mark.parametrize("title", ["炉前工", "班组长", "技术员"])
def test_a_worker_written_alone_is_of_the_articles_one_company(nlp, title):
    # an occupation or a shop floor's title written with no organization, on a visit to one company
    # the article names by its registered name, is of that company
    text = ("省总工会副主席周明远来到青禾钢铁集团有限公司慰问一线职工。\n在炼钢平台上，周明远与" + title
            + "吴晓东亲切交谈，询问防暑降温情况。")
    doc = make(nlp, text, per=["周明远", "吴晓东"], org=["青禾钢铁集团有限公司"])
    assert ("吴晓东", title, "青禾钢铁集团有限公司") in triples(doc)


@pytest.mark.parametrize("title", ["快递员", "网约车司机", "律师", "网络主播"])
def test_a_worker_no_company_employs_stays_without_one(nlp, title):
    # new forms of employment and a lawyer (roles.yaml unaffiliated_occupations): the guideline's
    # 快递员小李 -> null, whatever company the article names
    text = "区总工会走进青禾物流有限公司开展服务活动。" + title + "吴晓东说，工会的关怀很暖心。"
    doc = make(nlp, text, per=["吴晓东"], org=["青禾物流有限公司"])
    assert ("吴晓东", title, None) in triples(doc)


@pytest.mark.parametrize("text, org, title, expected", [
    # an occupation of a kind of body (roles.yaml occupation_bodies) is of the one such body, not a company
    ("市卫生健康委走访青山市人民医院和康源药业有限公司。\n在病房里，护士吴晓东介绍了夜班值守情况。",
     ["青山市人民医院", "康源药业有限公司"], "护士", "青山市人民医院"),
    ("市教育局走进青山实验中学调研。班主任吴晓东介绍了课后服务情况。", ["青山实验中学"], "班主任", "青山实验中学"),
    # no body of that kind named: none (not the company the article names)
    ("区总工会走进康源药业有限公司。检察官吴晓东讲解了法律知识。", ["康源药业有限公司"], "检察官", None),
])
def test_an_occupation_of_a_kind_of_body_is_of_the_one_such_body(nlp, text, org, title, expected):
    doc = make(nlp, text, per=["吴晓东"], org=org)
    assert ("吴晓东", title, expected) in triples(doc)


@pytest.mark.parametrize("text, org, loc, expected", [
    # a body written after a chain of places is the last place's (GUIDELINES Clarifications)
    ("宁波市镇海区召开会议，镇海区委常委郑秋出席。", ["镇海区委"], ["宁波市镇海区"], ("郑秋", "常委", "镇海区委")),
    ("昆山市周市镇总工会举办活动，镇党委委员、总工会主席郑秋出席。", ["昆山市周市镇总工会"], [],
     ("郑秋", "主席", "周市镇总工会")),
    # not a zone that is no place of its own, nor a bureau after a city whose name runs into a word
    ("苏州工业园区召开会议，园区总工会主席郑秋出席。", ["苏州工业园区总工会"], [],
     ("郑秋", "主席", "苏州工业园区总工会")),
    ("郑州市住房城乡建设局局长郑秋出席。", ["郑州市住房城乡建设局"], [], ("郑秋", "局长", "郑州市住房城乡建设局")),
    # a place alone keeps its chain, as the devset's 区长 of 北京市西城区 does
    ("北京市西城区区长郑秋出席。", [], ["北京市西城区"], ("郑秋", "区长", "北京市西城区")),
])
def test_a_body_after_a_chain_of_places_is_the_last_places(nlp, text, org, loc, expected):
    doc = make(nlp, text, per=["郑秋"], org=org, loc=loc)
    assert expected in triples(doc)


@pytest.mark.parametrize("text, position", [
    # a shop-floor unit's name opening after 与 or 的 (roles.yaml unit_openers) stays in the title, as
    # a body inside an organization does (GUIDELINES Clarifications)
    ("周明远来到青禾船舶重工有限公司，与电焊班组长吴晓东交谈。", "电焊班组长"),
    ("周明远来到青禾电力检修有限公司，看望正在作业的带电作业班班长吴晓东。", "带电作业班班长"),
])
def test_a_shop_floor_unit_after_a_function_character_stays_in_the_title(nlp, text, position):
    org = text[text.index("到") + 1:text.index("，")]
    doc = make(nlp, text, per=["周明远", "吴晓东"], org=[org])
    assert ("吴晓东", position, org) in triples(doc)


def test_a_head_of_an_autonomous_place_elided_is_of_its_full_name(nlp):
    # 州长 with no place written: the article writes the prefecture in full and short (恩施州 in a
    # headline); the head's place is the full name (elision.yaml autonomous_units)
    text = "恩施州召开表彰大会\n恩施土家族苗族自治州在州民族文化中心召开大会，州长滕宗林主持会议。"
    doc = make(nlp, text, per=["滕宗林"], loc=["恩施州", "恩施土家族苗族自治州"])
    assert ("滕宗林", "州长", "恩施土家族苗族自治州") in triples(doc)


def test_a_head_after_a_list_takes_the_place_the_list_resolved(nlp):
    # 市委常委、秘书长甲，副市长乙: the city the list before resolved (宜昌市委), not the nearest city
    # named (宜都市, a stop of the inspection)
    text = ("宜昌市委书记孟庆安检查防汛工作。在宜都市清江水库，他察看了水位。"
            "市委常委、秘书长邓雅琴，副市长冯国梁参加检查。")
    doc = make(nlp, text, per=["孟庆安", "邓雅琴", "冯国梁"], org=["宜昌市委"], loc=["宜都市"])
    assert ("冯国梁", "副市长", "宜昌市") in triples(doc)


def test_a_city_opening_its_zones_body_names_the_citys_bodies(nlp):
    # 南宁经开区党工委 (one organization): 南宁 opening it is the city 市委 stands for; a verb before
    # the level read from raw text is no place (要求|市直有关部门)
    text = "市委书记韦正阳到南宁经开区调研。南宁经开区党工委书记甘伟陪同。韦正阳要求市直有关部门主动服务。"
    doc = make(nlp, text, per=["韦正阳", "甘伟"], org=["南宁经开区党工委"], loc=["南宁经开区"])
    assert ("韦正阳", "书记", "南宁市委") in triples(doc)
    text = "市委书记韦正阳调研。韦正阳逐一回应，要求市直有关部门主动服务。"
    doc = make(nlp, text, per=["韦正阳"])
    assert ("韦正阳", "书记", "市委") in triples(doc)


def test_a_first_term_or_front_line_holder_s_title_is_the_office(nlp):
    # 首届理事长, 一线班组长: modifiers of the holder (roles.yaml title_modifiers_after_org), not the office
    text = ("会上，青山区劳模创新工作室联盟成立，钱广林当选联盟首届理事长。"
            "青山新材料股份有限公司一线班组长俞海涛发言。")
    doc = make(nlp, text, per=["钱广林", "俞海涛"], org=["青山区劳模创新工作室联盟", "青山新材料股份有限公司"])
    assert {("钱广林", "理事长", "青山区劳模创新工作室联盟"), ("俞海涛", "班组长", "青山新材料股份有限公司")} <= triples(doc)


def test_a_foreign_minister_titled_dachen_holds_his_ministry(nlp):
    # 大臣 (positions.txt): a minister's title in kingdoms (柬埔寨, 英国); 外交大臣 is one title
    text = "章敬之会见了来华访问的柬埔寨劳工和职业培训部大臣翁·萨维一行，以及英国外交大臣库克。"
    doc = make(nlp, text, per=["章敬之", "翁·萨维", "库克"], org=["柬埔寨劳工和职业培训部"], loc=["英国"])
    assert {("翁·萨维", "大臣", "柬埔寨劳工和职业培训部"), ("库克", "外交大臣", "英国")} <= triples(doc)


@pytest.mark.parametrize("text, per, org, loc, expected", [
    # 党委 written bare opening a chain: the party body of the enterprise the article names, as a
    # department written bare is (_department_of); the title it shares holds the enterprise too
    ("闽东核电有限公司召开职代会。党委书记、董事长林庆辉致辞。", ["林庆辉"], ["闽东核电有限公司"], [],
     {("林庆辉", "党委书记", "闽东核电有限公司"), ("林庆辉", "董事长", "闽东核电有限公司")}),
    # ... also where the article names the enterprise's union most (its 党委 is the enterprise's)
    ("闽东核电有限公司工会召开第二次会员代表大会。党委书记、董事长林庆辉致辞。", ["林庆辉"], ["闽东核电有限公司工会"], [],
     {("林庆辉", "党委书记", "闽东核电有限公司"), ("林庆辉", "董事长", "闽东核电有限公司")}),
    # 农场 (elision.yaml bare_heads): the one farm the article names in full
    ("红星岭农场有限公司位于富锦市。农场党委书记、总经理周立民介绍情况。", ["周立民"], ["红星岭农场有限公司"], ["富锦市"],
     {("周立民", "党委书记", "红星岭农场有限公司"), ("周立民", "总经理", "红星岭农场有限公司")}),
])
def test_a_party_body_written_bare_is_the_enterprises(nlp, text, per, org, loc, expected):
    doc = make(nlp, text, per=per, org=org, loc=loc)
    assert expected <= triples(doc)
    # a union federation holds no party body of its own (a place's committee stays written)
    doc = make(nlp, "东江市总工会召开全委会。党委书记张三出席。", per=["张三"], org=["东江市总工会"])
    assert ("张三", "党委书记", "东江市总工会") not in triples(doc)


@pytest.mark.parametrize("text, per, org, triple", [
    # a short ending (org_short_forms.txt: 检察院 for 人民检察院, 市场监管局 for 市场监督管理局) or a short
    # name (人社部) where the article writes the full form: the role's organization is that form
    ("南宁市人民检察院召开发布会。市检察院党组成员、副检察长黎柏松出席。", ["黎柏松"], ["南宁市人民检察院"],
     ("黎柏松", "副检察长", "南宁市人民检察院")),
    ("郑州市市场监督管理局召开会议。会上，市市场监管局副局长乔慕云通报情况。", ["乔慕云"], ["郑州市市场监督管理局"],
     ("乔慕云", "副局长", "郑州市市场监督管理局")),
    ("人力资源和社会保障部调研组来黔。人社部副部长严启舟在黔调研。", ["严启舟"], ["人力资源和社会保障部", "人社部"],
     ("严启舟", "副部长", "人力资源和社会保障部")),
    # ... and a body in a chain written short (经审会): read as its full name, the chain's own body's
    # committee (kept in the title as printed)
    ("盐城市总工会经费审查委员会召开全体会议。盐城市总工会副主席、经审会主任苗秋实主持会议。", ["苗秋实"],
     ["盐城市总工会经费审查委员会", "盐城市总工会"], ("苗秋实", "经审会主任", "盐城市总工会")),
])
def test_a_body_written_short_takes_the_full_form_the_article_writes(nlp, text, per, org, triple):
    assert triple in triples(make(nlp, text, per=per, org=org))
    # ... and only where it is written: a short form alone stays as written
    alone = make(nlp, "人社部副部长严启舟在黔调研。", per=["严启舟"], org=["人社部"])
    assert ("严启舟", "副部长", "人社部") in triples(alone)


def test_a_minister_titled_by_any_listed_portfolio_holds_his_country(nlp):
    # positions.txt composes each portfolio field with 大臣 (内政大臣, 厚生劳动大臣), not only the
    # pairs once listed whole: the title keeps its field and the country is the organization
    text = "南海国内政大臣布朗和东洋国厚生劳动大臣田中一郎一行来访，章敬之会见了他们。"
    doc = make(nlp, text, per=["布朗", "田中一郎", "章敬之"], loc=["南海国", "东洋国"])
    assert {("布朗", "内政大臣", "南海国"), ("田中一郎", "厚生劳动大臣", "东洋国")} <= triples(doc)


@pytest.mark.parametrize("text, per, org, triple", [
    # 研究院工会主席 (elision.yaml bare_heads): the union of the 研究院 the article names in full
    ("杜邦一行来到东湖光电材料研究院参观。研究院工会主席刘燕介绍了职工创新工作室的情况。",
     ["杜邦", "刘燕"], ["东湖光电材料研究院", "研究院工会"], ("刘燕", "主席", "东湖光电材料研究院工会")),
    # 听取学院党委书记甲…的汇报: 听取 (roles.yaml org_stop_words) ends the text before the body, the
    # bare 学院 is the one named in full
    ("在绵阳职业技术学院，兰建川主持召开座谈会，听取学院党委书记汤宏的汇报。",
     ["兰建川", "汤宏"], ["绵阳职业技术学院"], ("汤宏", "党委书记", "绵阳职业技术学院")),
    # 某轮胎（青岛）有限公司: the registered name holds its seat in brackets; 公司人力资源总监 is its
    ("区总工会主席姜海燕来到海鲸轮胎（青岛）有限公司，走访慰问一线职工。公司人力资源总监金美善介绍，公司已连续三年开展工资集体协商。",
     ["姜海燕", "金美善"], ["海鲸轮胎（青岛）有限公司"], ("金美善", "人力资源总监", "海鲸轮胎（青岛）有限公司")),
])
def test_a_bare_body_word_is_the_body_named_in_full(nlp, text, per, org, triple):
    assert triple in triples(make(nlp, text, per=per, org=org))


def test_a_bare_company_of_several_named_once_is_the_one_named_first(nlp):
    # a report on 某公司 receiving a guest company, each named once: 公司总经理 is the reporting one's
    text = ("青山金轮轮胎股份有限公司董事长甲乙丙会见了东洋橡胶机械公司代表团。"
            "双方进行了交流。\n\n公司总经理丁戊己参加会见。")
    doc = make(nlp, text, per=["甲乙丙", "丁戊己"], org=["青山金轮轮胎股份有限公司", "东洋橡胶机械公司"])
    assert ("丁戊己", "总经理", "青山金轮轮胎股份有限公司") in triples(doc)


def test_a_title_after_a_places_party_committee_title_is_the_committees(nlp):
    # 自治区党委常委、秘书长乙: the committee's secretary-general, as 省委常委、秘书长 is; 某集团
    # 党委书记、董事长 stays the group's and 某村党支部书记、主任 the village's
    text = "宁夏回族自治区党委书记甲乙丙出席会议。自治区党委常委、秘书长丁戊己参加会议。"
    doc = make(nlp, text, per=["甲乙丙", "丁戊己"], org=["宁夏回族自治区党委", "自治区党委"], loc=["宁夏回族自治区"])
    assert ("丁戊己", "秘书长", "宁夏回族自治区党委") in triples(doc)
    doc = make(nlp, "青山集团党委书记、董事长甲乙丙出席。", per=["甲乙丙"], org=["青山集团"])
    assert ("甲乙丙", "董事长", "青山集团") in triples(doc)
    doc = make(nlp, "白石村党支部书记、主任甲乙丙介绍情况。", per=["甲乙丙"], loc=["白石村"])
    assert ("甲乙丙", "主任", "白石村") in triples(doc)


def test_a_railway_sections_chief_holds_the_section(nlp):
    # 段长 (positions.txt): the head of a railway section (车务段, 机务段, 工务段)
    doc = make(nlp, "安平车务段段长甲乙丙介绍了春运情况。", per=["甲乙丙"], org=["安平车务段"])
    assert triples(doc) == {("甲乙丙", "段长", "安平车务段")}


def test_a_sister_city_whose_mayor_has_a_foreign_name_is_not_the_home_city(nlp):
    # 某市市长克劳斯·韦伯: a place whose head is named with · is another country's; the elided 市委,
    # 副市长 are the home city's, though the foreign one is named nearer
    text = ("青山市与曼海姆市缔结友好城市关系。青山市市长甲乙丙与曼海姆市市长克劳斯·韦伯签署协议。"
            "曼海姆市是重要的工业城市。仪式前，市委书记丁戊己会见了克劳斯·韦伯一行。")
    doc = make(nlp, text, per=["甲乙丙", "克劳斯·韦伯", "丁戊己"], org=["市委"], loc=["青山市", "曼海姆市"])
    assert ("丁戊己", "书记", "青山市委") in triples(doc)
    assert ("克劳斯·韦伯", "市长", "曼海姆市") in triples(doc)


def test_an_autonomous_prefectures_head_written_short_holds_the_listed_full_name(nlp):
    # 西双版纳州州长乙: the head of the autonomous prefecture the gazetteer lists in full (the guideline
    # writes organizations in full); a short name nothing lists in full stays as written
    doc = make(nlp, "西双版纳州州长甲乙丙出席会议。", per=["甲乙丙"], loc=["西双版纳州"])
    assert triples(doc) == {("甲乙丙", "州长", "西双版纳傣族自治州")}
    doc = make(nlp, "青山州州长甲乙丙出席会议。", per=["甲乙丙"], loc=["青山州"])
    assert triples(doc) == {("甲乙丙", "州长", "青山州")}


@pytest.mark.parametrize("title", ["注塑工", "封装工", "绕线工", "抹灰工"])
def test_a_factory_trade_before_a_name_is_an_occupation_of_the_company_before_it(nlp, title):
    # trades of the shop floor (positions.txt occupations): the company written right before holds them
    text = "座谈会上，华锦塑胶制品有限公司" + title + "吴晓东提出，希望增加夜班补贴。"
    doc = make(nlp, text, per=["吴晓东"], org=["华锦塑胶制品有限公司"])
    assert ("吴晓东", title, "华锦塑胶制品有限公司") in triples(doc)


def test_a_sides_representative_at_collective_talks_holds_no_post(nlp):
    # 职工方首席代表: the workers' side's spokesman at the table (roles.yaml side_marks, side_titles),
    # no office; the chain's next title keeps its organization
    text = "协商中，职工方首席代表、青山区餐饮行业工会联合会主席吴晓东提出，工资增幅应不低于7%。"
    doc = make(nlp, text, per=["吴晓东"], org=["青山区餐饮行业工会联合会"])
    assert triples(doc) == {("吴晓东", "主席", "青山区餐饮行业工会联合会")}
    # a ministry's chief negotiator holds his post (no side written: 外经贸部首席谈判代表)
    doc = make(nlp, "外经贸部副部长、首席谈判代表龙永图出席。", per=["龙永图"], org=["外经贸部"])
    assert ("龙永图", "首席谈判代表", "外经贸部") in triples(doc)


@pytest.mark.parametrize("text, position", [
    ("塔筒检修刚结束。风机检修工周明远说，今年冬天特别冷。", "风机检修工"),   # a listed noun opens the clause
    ("他与动车组机械师周明远交流。", "动车组机械师"),                         # ... after 与
    ("刚下中班的天车工周明远放下饭盒。", "天车工"),                           # a trade of positions.txt
    ("会上，常减压装置首席操作工周明远介绍了经验。", "首席操作工"),           # 首席: a title's prefix
])
def test_the_noun_of_the_work_opening_a_clause_is_part_of_the_trade(nlp, text, position):
    doc = make(nlp, text, per=["周明远"])
    assert {(p, t) for p, t, _ in triples(doc)} == {("周明远", position)}


def test_a_word_of_no_noun_before_a_trade_stays_apart(nlp):
    # 。昨天|快递员: a time word opens the clause, no noun of the work
    doc = make(nlp, "天气很冷。昨天快递员周明远来到驿站。", per=["周明远"])
    assert {(p, t) for p, t, _ in triples(doc)} == {("周明远", "快递员")}


def test_an_organizations_own_words_are_no_noun_of_the_work(nlp):
    # 某集团有限公司|首席技师: the clause's words before the trade lie in the organization
    doc = make(nlp, "在鲁东重型机械集团有限公司首席技师周明远在发言中说", per=["周明远"], org=["鲁东重型机械集团有限公司"])
    assert triples(doc) == {("周明远", "首席技师", "鲁东重型机械集团有限公司")}


def test_a_half_width_stop_before_a_title_ends_the_run_before_it(nlp):
    # 120余名.|车间主任: a stop printed half-width; no unit's name runs over it
    doc = make(nlp, "培养技能人才120余名.车间主任周明远介绍了经验。", per=["周明远"])
    assert {(p, t) for p, t, _ in triples(doc)} == {("周明远", "车间主任")}


@pytest.mark.parametrize("text, org, full", [
    ("近日，华中重工集团第三分公司召开职代会。分公司工会主席周明远说，要办好实事。", "分公司工会", "华中重工集团第三分公司工会"),
    ("近日，粤海银行广州分行举办活动。分行工会主席周明远说，要办好实事。", "分行工会", "粤海银行广州分行工会"),
])
def test_a_branchs_union_written_bare_is_the_union_of_the_branch_named_in_full(nlp, text, org, full):
    # elision.yaml bare_heads: 分公司, 分行 as 公司 (公司工会 -> 某有限公司工会)
    doc = make(nlp, text, per=["周明远"], org=[full[:-2], org])
    assert triples(doc) == {("周明远", "主席", full)}


@pytest.mark.parametrize("text, org, triple", [
    # a foreman of a works' shop (工长: positions.txt), his company before him
    ("东江钢铁公司高炉工长吴晓东说，干劲很足。", "东江钢铁公司", ("吴晓东", "高炉工长", "东江钢铁公司")),
    ("东江钢铁公司运行值长吴晓东说，设备正常。", "东江钢铁公司", ("吴晓东", "运行值长", "东江钢铁公司")),
])
def test_a_works_foreman_holds_his_post_at_the_company_before(nlp, text, org, triple):
    assert triple in triples(make(nlp, text, per=["吴晓东"], org=[org]))


def test_a_listed_place_opening_with_an_anaphor_s_character_is_no_anaphor(nlp):
    # 本溪市总工会: 本 opens the listed place 本溪市 here, not "this" (本市总工会 -> 市总工会)
    doc = make(nlp, "会上，本溪市总工会主席周明远讲话。", per=["周明远"], org=["本溪市总工会"])
    assert ("周明远", "主席", "本溪市总工会") in triples(doc)


@pytest.mark.parametrize("text, org, triples_expected", [
    # 段党委副书记、工会主席甲: the depot's party committee and union, the depot named in full before
    ("1月14日，哈密东工务段召开职代会。段党委副书记、工会主席周明远作报告。", "哈密东工务段",
     {("周明远", "党委副书记", "哈密东工务段"), ("周明远", "主席", "哈密东工务段工会")}),
    # 矿党委…、工会主席甲: the mine's
    ("近日，东江矿业集团七峰山煤矿召开座谈会。矿党委副书记、工会主席周明远主持。", "东江矿业集团七峰山煤矿",
     {("周明远", "党委副书记", "东江矿业集团七峰山煤矿"), ("周明远", "主席", "东江矿业集团七峰山煤矿工会")}),
])
def test_a_depot_s_or_mine_s_bodies_written_by_its_one_character_head(nlp, text, org, triples_expected):
    assert triples_expected <= triples(make(nlp, text, per=["周明远"], org=[org]))


@pytest.mark.parametrize("text, ents, expected", [
    # a bare body's head before a trade is the body written elided, no noun of the work
    ("秦港物流有限公司工会举办演出。公司门机司机常海涛登台。", dict(per=["常海涛"], org=["秦港物流有限公司工会"]),
     {("常海涛", "门机司机", "秦港物流有限公司")}),
    ("康宁福利纸品厂安置残疾职工。纸品厂车间主任刘建峰介绍。", dict(per=["刘建峰"], org=["康宁福利纸品厂"]),
     {("刘建峰", "车间主任", "纸品厂")}),
])
def test_a_bare_body_before_a_title_is_its_organization_not_part_of_the_title(nlp, text, ents, expected):
    assert triples(make(nlp, text, **ents)) == expected


@pytest.fixture(scope="module")
def home_nlp():
    nlp = spacy.blank("zh")
    nlp.add_pipe("role_extractor").initialize(home_place="北京市")
    return nlp


@pytest.mark.parametrize("source, text, org", [
    ("本报讯", "市总工会主席王芳出席。", "北京市总工会"),             # the paper's own report: its home city
    ("本报讯", "石家庄市召开大会。市总工会主席王芳出席。", "石家庄市总工会"),   # a city it names first
    ("新华社北京1月5日电", "市总工会主席王芳出席。", "北京市总工会"),   # a dateline's city, as before
    ("中新网讯", "市总工会主席王芳出席。", "市总工会"),               # another outlet's: as written
    (None, "市总工会主席王芳出席。", "市总工会"),                     # no lead: as written
])
def test_the_papers_own_report_naming_no_city_is_from_its_home_place(home_nlp, source, text, org):
    from pipeline.article_doc import article_context
    doc = make_article_doc(home_nlp, {"text": text})
    doc._.context = article_context({"source": source})
    doc.ents = [doc.char_span(text.index("王芳"), text.index("王芳") + 2, label="PER")]
    assert triples(home_nlp(doc)) == {("王芳", "主席", org)}


def test_the_home_place_travels_with_the_component_and_is_checked(home_nlp):
    pipe = spacy.blank("zh").add_pipe("role_extractor")
    pipe.from_bytes(home_nlp.get_pipe("role_extractor").to_bytes())
    assert pipe.home_place == "北京市"
    with pytest.raises(ValueError, match="home_place '北平'"):
        spacy.blank("zh").add_pipe("role_extractor").initialize(home_place="北平")


def test_a_level_after_a_place_and_a_joiner_names_no_place(nlp):
    # 通州区和|市有关部门: the district and the city; the city's bodies are of no place named so
    text = "市委常委、秘书长宗海澜，副市长钮文昊参加调研。贺东川主持召开座谈会，听取通州区和市有关部门工作汇报。"
    doc = make(nlp, text, per=["宗海澜", "钮文昊", "贺东川"], loc=["通州区"])
    assert triples(doc) == {("宗海澜", "常委", "市委"), ("宗海澜", "秘书长", "市委"), ("钮文昊", "副市长", None)}
