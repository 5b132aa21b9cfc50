"""The guideline's annotation conventions, one registered rule step (pipeline/ner/steps/) at a time,
with the default tables of ner_rules.yaml."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import pipeline.extensions  # noqa: F401
from pipeline.ner import rules  # noqa: F401  (registers entity_rules)
from pipeline.ner.spans import SpanSet
from pipeline.ner.steps import RuleContext, rule_steps
from pipeline.ner.steps.document import event_name_spans

NLP = spacy.blank("zh")
RULES = NLP.add_pipe("entity_rules")
NLP.initialize()


def run(step: str, text: str, spans: SpanSet, words: list[str] | None = None) -> SpanSet:
    """Run one step; ``words``: the Doc's tokens (as a segmenter cut them), else characters."""
    doc = Doc(NLP.vocab, words=words, spaces=[False] * len(words)) if words else NLP.make_doc(text)
    rule_steps.get(step)(RuleContext(doc, text, RULES.patterns), spans)
    return spans


def spans_of(text: str, *names: tuple[str, str]) -> SpanSet:
    return SpanSet((text.index(n), text.index(n) + len(n), label) for n, label in names)


def named(text: str, spans: SpanSet) -> set[tuple[str, str]]:
    return {(text[s:e], label) for s, e, label in spans.spans}


def named_after(step: str, cut: str, model: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The mentions after one step on ``cut``, a text written with its segmenter's cuts (东莞|鼎盛),
    from the model's mentions ``model``."""
    text = cut.replace("|", "")
    return named(text, run(step, text, spans_of(text, *model), words=cut.split("|")))


def is_place(name: str) -> bool:
    return RULES.patterns.is_place(name)


def test_longest_mention_replaces_pieces_of_a_known_name():
    text = "赴东城区、北京市国有资产公司慰问。北京市国有资产公司负责人参加。"
    first = text.index("北京市")
    second = text.index("北京市", first + 1)
    spans = SpanSet([(first, first + 3, "LOC"), (second, second + 8, "ORG")])
    run("longest_mentions", text, spans)
    assert spans.spans == [(first, first + 8, "ORG"), (second, second + 8, "ORG")]


def test_a_three_character_name_found_once_is_whole_where_the_model_cut_it():
    # 南海国 found once; 南海|国外长 cut by the model elsewhere: the longest form wins there too
    text = "会见了南海国外长施特劳德。南海国愿与东洋国合作。"
    spans = SpanSet([at(text, "南海", "LOC"), (text.index("南海国", 5), text.index("南海国", 5) + 3, "LOC")])
    run("longest_mentions", text, spans)
    assert [text[s:e] for s, e, _ in spans.spans] == ["南海国", "南海国"]


def test_longest_mention_leaves_odd_strings_alone():
    text = "埃及《金字塔报》报道。埃及官员说。"
    spans = SpanSet([(0, 6, "ORG"), (text.index("埃及", 1), text.index("埃及", 1) + 2, "LOC")])
    run("longest_mentions", text, spans)
    assert ("埃及", "LOC") in named(text, spans)


@pytest.mark.parametrize("text, whole, parts", [
    ("怀柔区总工会联合区农业农村局举办活动", "怀柔区总工会联合区农业农村局", {"怀柔区总工会", "区农业农村局"}),
    # a town's elided body (镇妇联: elided_orgs at the town's level too)
    ("青山镇总工会联合镇妇联、团委走进东湖村", "青山镇总工会联合镇妇联", {"青山镇总工会", "镇妇联"}),
    # a space before an elided organization (a headline's list)
    ("市人社局 市总工会召开推进会", "市人社局 市总工会", {"市人社局", "市总工会"}),
])
def test_coordinating_verb_splits_two_organizations(text, whole, parts):
    spans = spans_of(text, (whole, "ORG"))
    run("split_coordinated_orgs", text, spans)
    assert named(text, spans) == {(p, "ORG") for p in parts}


def test_a_space_before_a_body_s_own_unit_splits_nothing():
    text = "青山大学 新闻学院教授"
    spans = run("split_coordinated_orgs", text, spans_of(text, ("青山大学 新闻学院", "ORG")))
    assert named(text, spans) == {("青山大学 新闻学院", "ORG")}


def test_coordinating_verb_between_two_named_organizations_splits_them():
    text = "东江县总工会联合电信公司东江分公司开展活动，北京市总工会联合会员单位"
    spans = spans_of(text, ("东江县总工会联合电信公司东江分公司", "ORG"), ("北京市总工会联合会", "ORG"))
    run("split_coordinated_orgs", text, spans)
    assert named(text, spans) == {("东江县总工会", "ORG"), ("电信公司东江分公司", "ORG"), ("北京市总工会联合会", "ORG")}


def test_two_leading_bodies_written_together_are_two_organizations():
    text = "东城区区委区政府高度重视，湖南大学团委负责人说"
    spans = spans_of(text, ("东城区区委区政府", "ORG"), ("湖南大学团委", "ORG"))
    run("split_joined_organs", text, spans)
    assert named(text, spans) == {("东城区区委", "ORG"), ("区政府", "ORG"), ("湖南大学团委", "ORG")}


def test_federation_is_not_split():
    text = "北京市文学艺术界联合会主办"
    spans = spans_of(text, ("北京市文学艺术界联合会", "ORG"))
    run("split_coordinated_orgs", text, spans)
    assert named(text, spans) == {("北京市文学艺术界联合会", "ORG")}


@pytest.mark.parametrize("text, model, expected", [
    ("总工会联合区农业农村局开展", "联合区农业农村局", "区农业农村局"),
    ("成立联合政府。", "联合政府", "联合政府"),           # the rest is no name of its own
    ("据经济日报报道", "经济日报", "经济日报"),            # 经 is a stop, but 济日报 is no name
    ("区委书记调研区总工会工作", "调研区总工会", "区总工会"),   # a verb of visiting (movement_verbs)
    ("东江市总工会慰问团来到青山镇", "东江市总工会", "东江市总工会"),
])
def test_leading_function_word_is_trimmed_only_before_a_name(text, model, expected):
    spans = spans_of(text, (model, "ORG"))
    run("trim_org_left_stops", text, spans)
    assert named(text, spans) == {(expected, "ORG")}


def test_union_work_of_a_place_is_the_place():
    text = "通报了2025年平谷区工会工作情况"
    spans = spans_of(text, ("平谷区工会", "ORG"))
    run("union_work_places", text, spans)
    assert named(text, spans) == {("平谷区", "LOC")}


def test_union_followed_by_other_words_stays_an_organization():
    text = "平谷区工会举办活动"
    spans = spans_of(text, ("平谷区工会", "ORG"))
    run("union_work_places", text, spans)
    assert named(text, spans) == {("平谷区工会", "ORG")}


def test_place_heading_an_honour_is_dropped():
    text = "获评北京市金牌调解组织，选树“通州工匠”，走进通州。"
    spans = SpanSet([(2, 5, "LOC"), (text.index("通州"), text.index("通州") + 2, "LOC"),
                     (text.rindex("通州"), text.rindex("通州") + 2, "LOC")])
    run("honour_places", text, spans)
    assert [text[s:e] for s, e, _ in spans.spans] == ["通州"]
    assert spans.spans[0][0] == text.rindex("通州")


def test_elided_organization_after_ge_is_generic():
    text = "该区各镇乡、街道总工会负责人参加。区总工会主席讲话。"
    spans = SpanSet([(text.index("街道总工会"), text.index("街道总工会") + 5, "ORG"),
                     (text.index("区总工会主席"), text.index("区总工会主席") + 4, "ORG")])
    run("generic_elided_orgs", text, spans)
    assert named(text, spans) == {("区总工会", "ORG")}


@pytest.mark.parametrize("cut, model, whole", [
    # a country in the brackets is a seat as a place is (world_countries.txt)
    ("走访|了|锡澄|纺织|(|柬埔寨|)|有限公司|。", [("锡澄纺织", "ORG"), ("柬埔寨)有限公司", "ORG")],
     "锡澄纺织(柬埔寨)有限公司"),
    # the name starts after a left stop the run back holds (集团所属|…, not 属…)
    ("参观|了|集团|所|属|远航|重工|（|天津|）|船舶|有限公司|。", [("天津）船舶有限公司", "ORG")],
     "远航重工（天津）船舶有限公司"),
    # … and after 来自 (come from: org_left_stops), where the run back holds the verb
    ("来自|远航|微电子|（|深圳|）|有限公司|的|焊工", [("深圳）有限公司", "ORG")], "远航微电子（深圳）有限公司"),
])
def test_a_company_seated_abroad_or_named_after_a_left_stop_keeps_its_bracketed_seat(cut, model, whole):
    assert named_after("bracketed_place_orgs", cut, model) == {(whole, "ORG")}


def test_a_company_the_model_cut_inside_its_name_before_a_bracketed_seat_is_one_organization():
    # 深圳市宝安区芯瑞|微电子（深圳）…: the model's cut name opens it (places split off later)
    found = named_after("bracketed_place_orgs", "深圳市|宝安区|芯瑞|微电子|（|深圳|）|有限公司|工会|召开",
                        [("深圳市宝安区芯瑞", "ORG"), ("深圳）有限公司工会", "ORG")])
    assert found == {("深圳市宝安区芯瑞微电子（深圳）有限公司工会", "ORG")}
    # … but not one standing before a function word (北京市总工会|和|华联（北京）…)
    found = named_after("bracketed_place_orgs", "北京市总工会|和|华联|（|北京|）|商贸|有限公司|签约",
                        [("北京市总工会", "ORG"), ("北京）商贸有限公司", "ORG")])
    assert found == {("北京市总工会", "ORG"), ("华联（北京）商贸有限公司", "ORG")}


def test_a_company_seated_in_a_district_written_by_its_stem_keeps_its_bracketed_seat():
    # 长寿 of 长寿区 (a listed place and its level) in half-width brackets: the company's seat
    found = named_after("bracketed_place_orgs", "日前|，|渝川|汽车|零部件|(|长寿|)|有限公司|召开|职代会",
                        [("渝川", "LOC"), ("长寿)有限公司", "ORG")])
    assert ("渝川汽车零部件(长寿)有限公司", "ORG") in found
    # a stem of no listed place is no seat (渝川汽车零部件(星辉)…: left as the model read it)
    found = named_after("bracketed_place_orgs", "日前|，|渝川|汽车|零部件|(|星辉|)|有限公司|召开|职代会",
                        [("渝川", "LOC"), ("星辉)有限公司", "ORG")])
    assert ("星辉)有限公司", "ORG") in found


def test_a_trade_name_spelled_in_characters_stops_at_a_left_stop():
    # 集团|旗|下|东江…: 旗下 (org_left_stops) cut into characters is no trade name
    assert named_after("company_name_starts", "集团|旗|下|东江|新|材料|有限公司|职工|发言",
                       [("东江新材料有限公司", "ORG")]) == {("东江新材料有限公司", "ORG")}


def test_company_with_bracketed_seat_is_one_organization():
    text = "走进北京分公司、汉拿万都（北京）汽车部件有限公司等企业"
    org = text.index("汽车部件有限公司")
    loc = text.index("北京）")
    spans = SpanSet([(loc, loc + 2, "LOC"), (org, org + 8, "ORG")])
    run("bracketed_place_orgs", text, spans)
    assert named(text, spans) == {("汉拿万都（北京）汽车部件有限公司", "ORG")}


def test_name_starting_at_interpunct_takes_the_word_before():
    text = "在中轴·成贤暖心驿站休息"
    spans = spans_of(text, ("·成贤暖心驿站", "LOC"))
    run("interpunct_names", text, spans)
    assert named(text, spans) == {("中轴·成贤暖心驿站", "LOC")}


def test_is_place_name_by_list_or_suffix():
    assert is_place("延庆") and is_place("经开区")
    assert not is_place("工会") and not is_place("区")


def test_known_companies_where_no_entity_stands():
    text = "17名美团骑手入住，京东物流和北京京东方公司"
    org = text.index("北京京东方公司")
    spans = SpanSet([(org, org + 7, "ORG")])
    run("known_orgs", text, spans)
    assert named(text, spans) == {("美团", "ORG"), ("京东物流", "ORG"), ("北京京东方公司", "ORG")}


def test_street_and_community_are_two_places():
    text = "走进奥运村街道天畅园社区看望"
    spans = spans_of(text, ("奥运村街道天畅园社区", "LOC"))
    run("split_admin_levels", text, spans)
    assert named(text, spans) == {("奥运村街道", "LOC"), ("天畅园社区", "LOC")}


def test_street_community_centre_is_not_split():
    text = "团结湖街道社区服务中心"
    spans = spans_of(text, ("团结湖街道社区", "LOC"))
    run("split_admin_levels", text, spans)
    assert named(text, spans) == {("团结湖街道社区", "LOC")}


def test_meeting_name_starts_after_the_verb_before_it():
    text = "丰台区总工会召开职工座谈会。平谷区政府与区总工会联席会议召开。"
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    found = {text[s:e] for s, e in event_name_spans(ctx)}
    assert "职工座谈会" in found and "平谷区政府与区总工会联席会议" in found
    assert not any(name.startswith("丰台区") for name in found)


def at(text: str, name: str, label: str, nth: int = 0) -> tuple[int, int, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name), label)


def test_numbered_congress_is_a_meeting_but_second_largest_is_not():
    text = "中国已成为芝加哥第二大贸易伙伴。中共中央致民盟九大的贺词。"
    spans = SpanSet([at(text, "中国", "LOC"), at(text, "芝加哥", "LOC"), at(text, "中共中央", "ORG"),
                     at(text, "民盟", "ORG")])
    run("drop_numbered_congresses", text, spans)
    assert named(text, spans) == {("中国", "LOC"), ("芝加哥", "LOC"), ("中共中央", "ORG")}


def test_a_numbered_congress_named_alone_is_no_organization():
    text = "学习十五大精神，走访五大洲"
    spans = SpanSet([at(text, "十五大", "ORG"), at(text, "五大洲", "LOC")])
    run("drop_numbered_congresses", text, spans)
    assert named(text, spans) == {("五大洲", "LOC")}


def test_a_region_word_after_a_place_is_part_of_it():
    text = "中亚地区的石油和京津冀协同"
    spans = SpanSet([at(text, "中亚", "LOC"), at(text, "京津冀", "LOC")])
    run("region_places", text, spans)
    assert named(text, spans) == {("中亚地区", "LOC"), ("京津冀", "LOC")}


def test_nothing_is_listed_inside_a_doctrine_named_after_a_person():
    text = "学习邓小平理论，邓小平同志指出"
    spans = SpanSet([at(text, "邓小平", "PER"), (text.rindex("邓小平"), text.rindex("邓小平") + 3, "PER")])
    run("drop_inside_flat_names", text, spans)
    assert spans.spans == [(text.rindex("邓小平"), text.rindex("邓小平") + 3, "PER")]


def test_each_named_doctrine_of_a_leader_is_flat():
    text = "贯彻习近平生态文明思想和习近平法治思想。习近平强调"
    spans = SpanSet([at(text, "习近平", "PER"), at(text, "习近平", "PER", 1), at(text, "习近平", "PER", 2)])
    run("drop_inside_flat_names", text, spans)
    assert spans.spans == [(text.rindex("习近平"), text.rindex("习近平") + 3, "PER")]


def test_a_place_abbreviation_after_a_verb_of_going_is_a_place():
    text = "调研组来京座谈，在京剧院演出，现在华人多，访华期间"
    spans = run("abbreviated_places", text, SpanSet([]))
    assert sorted(spans.spans) == [(4, 5, "LOC"), (text.index("访华") + 1, text.index("访华") + 2, "LOC")]
    # the western provinces and Xiamen too (来川, 赴藏, 来厦, 来甘)
    text = "代表团来川考察，慰问组赴藏慰问，交流团来厦参访，考察团来甘考察"
    spans = run("abbreviated_places", text, SpanSet([]))
    assert [text[a:b] for a, b, _ in sorted(spans.spans)] == ["川", "藏", "厦", "甘"]


@pytest.mark.parametrize("text, model, expected", [
    # a run of abbreviations of distinct places, one read as a place: a place a character
    ("湘鄂赣三省签署协议", ["湘鄂"], ["湘", "鄂", "赣"]),
    ("中匈两国建交", ["中"], ["中", "匈"]),
    ("深港合作", ["深港"], ["深", "港"]),
    ("推进闽台融合发展", ["闽台"], ["闽", "台"]),   # 融合 (abbreviation_pair_followers)
    # a listed place written with such characters, one of distinct kinds, the same place twice,
    # or the run's edge making a listed place with the text beside it: as the model read it
    ("宁波舟山港", ["宁波"], ["宁波"]),
    ("京津冀协同发展", ["京津冀"], ["京津冀"]),
    ("波黑局势", ["波黑"], ["波黑"]),
    ("浙中地区", ["浙中"], ["浙中"]),
    ("中华两岸", ["中华"], ["中华"]),
    ("中美洲国家", ["中美洲"], ["中美洲"]),
    ("津港智慧物流园", ["津港"], ["津港"]),   # a facility's name runs on
    ("浙川共建产业园区", ["浙川"], ["浙", "川"]),   # a verb between: no facility's name
    # two read as one place with no word of a pair after them, or a level after them: a place's name
    ("新津是成都的南大门", ["新津"], ["新津"]),
    ("贵港市", ["贵港"], ["贵港"]),
])
def test_a_run_of_place_abbreviations_is_a_place_a_character(text, model, expected):
    spans = run("abbreviation_runs", text, spans_of(text, *((m, "LOC") for m in model)))
    assert sorted(text[s:e] for s, e, _ in spans.spans) == sorted(expected)


@pytest.mark.parametrize("text, model, expected", [
    # before a count of the places, whatever the model read there: a place a character
    ("希望鲁渝两地工会深化合作", [], ["鲁", "渝"]),
    ("推动湘鄂两地工会合作", [("湘鄂", "ORG")], ["湘", "鄂"]),
    # still no run where a mention runs past it, nor a place's own name, nor a country beside a province
    ("京津冀三地工会", [("京津冀", "LOC")], ["京津冀"]),
    ("浙中两地", [], []),
    ("新津两地", [("新津两地", "ORG")], ["新津两地"]),
])
def test_a_run_of_place_abbreviations_before_a_count_of_places_is_those_places(text, model, expected):
    spans = run("abbreviation_runs", text, spans_of(text, *model))
    assert sorted(text[s:e] for s, e, _ in spans.spans) == sorted(expected)


def test_generic_bodies_written_together_or_cut_are_no_names():
    text = "选举产生经费审查委员会。执委会主席团会议。全国总工会和街道总工会"
    spans = SpanSet([at(text, "审查委员会", "ORG"), at(text, "执委会主席团", "ORG"), at(text, "全国总工会", "ORG"),
                     at(text, "街道总工会", "ORG")])
    run("drop_not_entities", text, spans)
    assert named(text, spans) == {("全国总工会", "ORG"), ("街道总工会", "ORG")}


def test_a_union_committee_or_trade_association_of_no_one_named_is_no_name():
    # not_entities: 工会委员会, 行业协会, 联合工会 written bare (选举产生新一届工会委员会) name no body
    text = "大会选举产生了新一届工会委员会。行业协会和联合工会代表发言。东江市餐饮行业协会会长出席。"
    spans = SpanSet([at(text, "工会委员会", "ORG"), at(text, "行业协会", "ORG"), at(text, "联合工会", "ORG"),
                     at(text, "东江市餐饮行业协会", "ORG")])
    run("drop_not_entities", text, spans)
    assert named(text, spans) == {("东江市餐饮行业协会", "ORG")}


def test_a_common_word_before_levels_whose_units_are_all_listed_is_no_place():
    # 缔结友好|省州关系: sister province and state; 红河州 (红河哈尼族彝族自治州), 中山市 stay
    text = "两地缔结友好省州关系。赴红河州、中山市调研。"
    spans = SpanSet([at(text, "友好省州", "LOC"), at(text, "红河州", "LOC"), at(text, "中山市", "LOC")])
    run("drop_not_entities", text, spans)
    assert named(text, spans) == {("红河州", "LOC"), ("中山市", "LOC")}


def test_a_bare_company_word_is_no_name():
    text = "各局、集团（公司）工会和北京建工集团"
    spans = SpanSet([at(text, "集团", "ORG"), at(text, "公司", "ORG"), at(text, "北京建工集团", "ORG")])
    run("drop_not_entities", text, spans)
    assert named(text, spans) == {("北京建工集团", "ORG")}


def test_a_working_group_of_no_body_named_is_no_name():
    text = "督查组来到该公司。全总调研组一行到企业。调研组指出"
    spans = SpanSet([at(text, "督查组", "ORG"), at(text, "全总调研组", "ORG"), (text.rindex("调研组"), len(text) - 2, "ORG")])
    run("drop_not_entities", text, spans)
    assert named(text, spans) == {("全总调研组", "ORG")}


def test_a_farmers_cooperative_is_named_back_from_its_legal_form():
    # 专业合作社 ends a cooperative's registered name (org_suffixes.txt, legal) as 有限公司 a company's
    text = "先后走访了禾丰水稻种植专业合作社、绿野生态养殖专业合作社。"
    spans = run("company_names", text, SpanSet([]))
    assert named(text, spans) == {("禾丰水稻种植专业合作社", "ORG"), ("绿野生态养殖专业合作社", "ORG")}


@pytest.mark.parametrize("cut, found", [
    # a name runs back to a verb or adverb before it (扶持, 其中), not over it
    ("县总工会|扶持|红星|养殖|专业|合作社|发展", {("红星养殖专业合作社", "ORG")}),
    ("其中|绿源|果蔬|专业|合作社|带动", {("绿源果蔬专业合作社", "ORG")}),
    ("全县|已|组建|农机|专业|合作社", set()),          # only common words after the verb: no name
    ("来到|绿源|环保|科技|有限公司|调研", {("绿源环保科技有限公司", "ORG")}),   # a verb of the trade (环保)
    ("、|希望|文化|责任|有限公司|几家", {("希望文化责任有限公司", "ORG")}),   # a verb opening the name
    ("来到|粤顺|精密|模具|有限公司|慰问", {("粤顺精密模具有限公司", "ORG")}),   # a quality word (精密), no verb
    # a stop character (原, former) closing a word of the segmenter's stops nothing (陇原); alone it does
    ("来到|甘肃|陇原|枸杞|种植|专业|合作社", {("甘肃陇原枸杞种植专业合作社", "ORG")}),
    ("原|青山|物流|有限公司|董事长", {("青山物流有限公司", "ORG")}),
])
def test_a_company_name_runs_back_to_a_verb_before_it(cut, found):
    text = cut.replace("|", "")
    assert named(text, run("company_names", text, SpanSet([]), words=cut.split("|"))) == found


@pytest.mark.parametrize("text, model, found", [
    # a trade name the model read alone as a body (no organization's ending) opens the registered name
    ("走访了常州力拓精密铸造有限公司。", [("常州力拓", "ORG")], {("常州力拓精密铸造有限公司", "ORG")}),
    # a body of its own before it does not (青山集团|下属…: 集团 ends it)
    ("青山集团精密铸造有限公司", [("青山集团", "ORG")], {("青山集团", "ORG"), ("精密铸造有限公司", "ORG")}),
])
def test_a_trade_name_read_alone_before_a_legal_form_opens_the_company(text, model, found):
    assert named(text, run("company_names", text, spans_of(text, *model))) == found


@pytest.mark.parametrize("cut", [
    "全县|2|家|农牧民|专业|合作社|参加",   # a count of them: a kind, no name
    "全县|两|家|农牧民|专业|合作社|参加",
    "和|经营|有限公司",
    "宿州市|现有|农民|专业|合作社|1.2万|家|，",   # … or written after it: a kind counted
    "在|埇桥区|召开|全市|农民|专业|合作社|座谈会",   # a deictic's (全市): all of them
])
def test_a_legal_form_after_a_count_or_a_common_word_alone_names_nothing(cut):
    text = cut.replace("|", "")
    assert named(text, run("company_names", text, SpanSet([]), words=cut.split("|"))) == set()


@pytest.mark.parametrize("words, model, found", [
    # a known company the model read as a place, or as a person of that name no surname opens
    (["京东", "表示", "，"], ("京东", "PER"), {("京东", "ORG")}),
    (["来到", "京东", "总部"], ("京", "LOC"), {("京东", "ORG")}),
    # where the model saw nothing: a whole word, no common word
    (["美团", "骑手"], None, {("美团", "ORG")}),
    (["美好", "的", "联想", "。"], None, set()),
    (["升华", "为", "方针"], None, set()),
])
def test_known_companies_where_the_model_missed_them(words, model, found):
    text = "".join(words)
    spans = SpanSet([at(text, *model)] if model else [])
    run("known_orgs", text, spans, words)
    assert named(text, spans) == found


def test_a_buildings_common_noun_alone_is_no_place():
    # 博物馆 with its name cut off names nothing; a named one stays, and so does a natural feature
    text = "还到东周遗址博物馆，参观青山博物馆，沿大运河前行"
    spans = SpanSet([at(text, "博物馆", "LOC"), at(text, "青山博物馆", "LOC"), at(text, "大运河", "LOC")])
    run("drop_not_entities", text, spans)
    assert named(text, spans) == {("青山博物馆", "LOC"), ("大运河", "LOC")}


def test_a_body_named_after_a_person_takes_the_company_the_model_missed():
    text = "并到市自来水公司王建华劳模工作室，又到赵大江劳模工作室"
    spans = SpanSet([at(text, "王建华", "PER"), at(text, "赵大江", "PER")])
    run("person_named_bodies", text, spans)
    assert named(text, spans) == {("市自来水公司王建华劳模工作室", "ORG"), ("赵大江劳模工作室", "ORG")}


def test_an_elided_organ_after_a_function_word_is_an_organization():
    text = "为区公安局送去慰问金，平谷区总工会"
    spans = run("elided_orgs", text, SpanSet([]))
    assert named(text, spans) == {("区公安局", "ORG")}


def test_elided_governments_committees_and_departments_of_every_level_are_organizations():
    # a province's or region's government and party committee, and any department or bureau of a
    # level where a phrase opens (the model, trained on People's Daily, reads them as common nouns)
    text = "省委书记王刚，省政府、自治区党委，省生态环境厅厅长张三，市行政审批局和市纪委参加。"
    spans = run("elided_orgs", text, SpanSet([]))
    assert named(text, spans) == {("省委", "ORG"), ("省政府", "ORG"), ("自治区党委", "ORG"),
                                  ("省生态环境厅", "ORG"), ("市行政审批局", "ORG"), ("市纪委", "ORG")}
    text = "各级党委，城市局面，省委员会"   # inside words: none
    assert named(text, run("elided_orgs", text, SpanSet([]))) == set()


def test_an_elided_organ_after_a_verb_is_an_organization_but_not_inside_a_noun():
    # 落实|全总, 听取|区总工会: a verb ends where the organ starts; 超市|总经理, 城市|委员会 are nouns
    text = "全面落实全总、市总相关部署，多次听取区总工会汇报。超市总经理说，大城市委员会"
    spans = run("elided_orgs", text, SpanSet([]))
    assert named(text, spans) == {("全总", "ORG"), ("市总", "ORG"), ("区总工会", "ORG")}


@pytest.mark.parametrize("text, model, found", [
    ("青石一矿改组为全资公司", ("青石", "PER"), {("青石一矿", "ORG")}),
    ("他毕业于东江八中。", ("东江", "LOC"), {("东江八中", "ORG")}),
    ("他在东江一中心工作", ("东江", "LOC"), {("东江", "LOC")}),       # 中心: a longer word
])
def test_a_numbered_works_or_school_after_its_place_is_one_organization(text, model, found):
    spans = run("numbered_units", text, spans_of(text, model))
    assert named(text, spans) == found


@pytest.mark.parametrize("text, model, found", [
    # a division of the production corps opens the city body joined with it (师市合一)
    ("兵团第八师石河子市总工会召开全委会", [("石河子市总工会", "ORG")], {("兵团第八师石河子市总工会", "ORG")}),
    # … and is a body of its own where none follows
    ("调研组到第十三师调研", [], {("第十三师", "ORG")}),
    ("调研组到第十三师调研", [("第十三师", "LOC")], {("第十三师", "ORG")}),
    # one inside a longer mention is left as read
    ("东江第二师范学院", [("东江第二师范学院", "ORG")], {("东江第二师范学院", "ORG")}),
    # a numbered regiment before its union is a body (grow_orgs then takes the union's ending)
    ("会上，六十四团工会作交流发言", [], {("六十四团", "ORG")}),
    ("全团职工参加", [], set()),
])
def test_a_numbered_division_is_an_organization_opening_the_body_after_it(text, model, found):
    spans = run("numbered_divisions", text, spans_of(text, *model))
    assert named(text, spans) == found


@pytest.mark.parametrize("text, found", [
    ("她是北京兴旺保洁服务有限公司的保洁员", {("北京兴旺保洁服务有限公司", "ORG")}),
    ("她在北京积极推动建设有限公司", {("北京", "LOC"), ("建设有限公司", "ORG")}),   # no trade name right before
])
def test_a_trade_name_between_a_place_and_a_company_is_the_company_s(text, found):
    model = ("保洁服务有限公司" if "保洁" in text else "建设有限公司")
    spans = run("trade_names", text, spans_of(text, ("北京", "LOC"), (model, "ORG")))
    assert named(text, spans) == found


@pytest.mark.parametrize("text, place, model, found", [
    # an unlisted place the model read, a trade name of no common word: one company
    ("走进青岚锐能动力电池有限公司车间", "青岚", "动力电池有限公司", {("青岚锐能动力电池有限公司", "ORG")}),
    # … not a common word between (合资), nor a place of one character
    ("青岚合资动力电池有限公司", "青岚", "动力电池有限公司", {("青岚", "LOC"), ("动力电池有限公司", "ORG")}),
    ("中美锐能动力电池有限公司", "美", "动力电池有限公司", {("美", "LOC"), ("动力电池有限公司", "ORG")}),
    # … nor a clause whose agent mark (由) opens the company's name, after a common word
    ("海棠湾二期项目由鑫泰置业有限公司开发", "海棠湾", "鑫泰置业有限公司", {("海棠湾", "LOC"), ("鑫泰置业有限公司", "ORG")}),
    # … but a trade name may hold the character (上海|由由|…)
    ("上海由由集团股份有限公司工会", "上海", "集团股份有限公司工会", {("上海由由集团股份有限公司工会", "ORG")}),
])
def test_a_trade_name_after_a_place_the_model_read_is_the_company_s(text, place, model, found):
    spans = run("trade_names", text, spans_of(text, (place, "LOC"), (model, "ORG")))
    assert named(text, spans) == found


@pytest.mark.parametrize("text, model, found", [
    # a longer trade name the model cut inside (恒通供应|链), the company's union after it
    ("苏州恒通供应链管理有限公司工会主席", "链管理有限公司工会",
     {("苏州恒通供应链管理有限公司工会", "ORG")}),
    # a clause between the place and the company: no trade name
    ("在苏州设立供应链管理有限公司", "链管理有限公司", {("苏州", "LOC"), ("链管理有限公司", "ORG")}),
])
def test_a_longer_trade_name_between_a_place_and_a_company_is_the_company_s(text, model, found):
    spans = run("trade_names", text, spans_of(text, ("苏州", "LOC"), (model, "ORG")))
    assert named(text, spans) == found


@pytest.mark.parametrize("cut, model, found", [
    # the model began at the trade (模具): the quality words (鼎盛|精密) and the place are the name's
    ("座谈会|上|，|东莞|鼎盛|精密|模具|有限公司|董事长|说", [("东莞", "LOC"), ("模具有限公司", "ORG")],
     {("东莞鼎盛精密模具有限公司", "ORG")}),
    # … inside a word (供应|链), after a place and a trade name the model read as a place
    ("在|港务区|的|长安|丝路|供应|链|管理|有限公司|，|客商|说", [("长安丝路", "LOC"), ("链管理有限公司", "ORG")],
     {("长安丝路供应链管理有限公司", "ORG")}),
    # … a trade name read as an organization with no ending of its own
    ("天津|顺驰达|供应|链|管理|有限公司|总经理", [("天津顺驰达", "ORG"), ("链管理有限公司", "ORG")],
     {("天津顺驰达供应链管理有限公司", "ORG")}),
    # a verb, a character alone, a person, an organization with its ending: the model's start holds
    ("走访|网络|科技|有限公司", [("网络科技有限公司", "ORG")], {("网络科技有限公司", "ORG")}),
    ("他|去|网络|科技|有限公司|上班", [("网络科技有限公司", "ORG")], {("网络科技有限公司", "ORG")}),
    ("张强|网络|科技|有限公司", [("张强", "PER"), ("网络科技有限公司", "ORG")],
     {("张强", "PER"), ("网络科技有限公司", "ORG")}),
    ("青山市|总工会|网络|科技|有限公司", [("青山市总工会", "ORG"), ("网络科技有限公司", "ORG")],
     {("青山市总工会", "ORG"), ("网络科技有限公司", "ORG")}),
    # a kind of body (民营企业) before the trade name; a name that opens with its place opens there
    ("考察|了|民营企业|鸿祥|精密|机械|有限公司", [("机械有限公司", "ORG")], {("鸿祥精密机械有限公司", "ORG")}),
    ("台资|企业|漳州|鸿祥|精密|机械|有限公司", [("台", "LOC"), ("漳州鸿祥精密机械有限公司", "ORG")],
     {("台", "LOC"), ("漳州鸿祥精密机械有限公司", "ORG")}),
    # a noun before the trade name is no part of the name, at the text's start too
    ("合作|伙伴|华鑫|精密|模具|有限公司", [("模具有限公司", "ORG")], {("华鑫精密模具有限公司", "ORG")}),
    ("合作伙伴|华鑫|精密|模具|有限公司", [("模具有限公司", "ORG")], {("华鑫精密模具有限公司", "ORG")}),
    # only common words passed (no place, no trade name): nothing of a name to take
    ("，|职工|服务|网络|科技|有限公司", [("网络科技有限公司", "ORG")], {("网络科技有限公司", "ORG")}),
    # no opening within reach: left as read
    ("，|华鑫|精密|精密|精密|精密|网络|科技|有限公司", [("网络科技有限公司", "ORG")], {("网络科技有限公司", "ORG")}),
    # the word the model began inside closes a party's label (运营|方启航: 运营方): its start stands
    ("孵化器|运营|方启航|创业|服务|有限公司", [("启航创业服务有限公司", "ORG")], {("启航创业服务有限公司", "ORG")}),
    # a trade name the segmenter cut into single characters (沪|东|新), or one after a word of no
    # list (甬匈|新); not over a function character, a pronoun or a verb of one character
    ("走访|了|沪|东|新|材料|科技|股份|有限公司", [("材料科技股份有限公司", "ORG")], {("沪东新材料科技股份有限公司", "ORG")}),
    ("绒|都|羊绒|制品|有限公司|董事长", [("羊绒制品有限公司", "ORG")], {("绒都羊绒制品有限公司", "ORG")}),
    ("走访|了|甬匈|新|能源|动力|系统|有限公司", [("动力系统有限公司", "ORG")], {("甬匈新能源动力系统有限公司", "ORG")}),
    ("他|去|新|能源|科技|有限公司|上班", [("能源科技有限公司", "ORG")], {("能源科技有限公司", "ORG")}),
    ("公司|与|新|能源|动力|系统|有限公司", [("动力系统有限公司", "ORG")], {("动力系统有限公司", "ORG")}),
    ("在|镇|域|内|华通|汽车|服务|有限公司", [("汽车服务有限公司", "ORG")], {("华通汽车服务有限公司", "ORG")}),
    ("本报|讯|由|美国|克劳|斯顿|有限公司|合资", [("美国", "LOC"), ("克劳斯顿有限公司", "ORG")],
     {("美国克劳斯顿有限公司", "ORG")}),
])
def test_a_company_the_model_began_at_its_trade_begins_at_its_name(cut, model, found):
    assert named_after("company_name_starts", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    # a department the model left out after its body: one organization (the devset's convention)
    ("湖北省总工会|权益|保障部|部长|胡明", [("湖北省总工会", "ORG")], {("湖北省总工会权益保障部", "ORG")}),
    ("宁波市人社局|职业|能力|建设处|副处长", [("宁波市人社局", "ORG")], {("宁波市人社局职业能力建设处", "ORG")}),
    ("东江区人民政府|办公室|、", [("东江区人民政府", "ORG")], {("东江区人民政府办公室", "ORG")}),
    # no department: a common word (干部), a function character, a position, a verb's clause
    ("北京市总工会|全体|干部", [("北京市总工会", "ORG")], {("北京市总工会", "ORG")}),
    ("市总工会|看望|了|3|处", [("市总工会", "ORG")], {("市总工会", "ORG")}),
    ("北京市总工会|副主席|王五", [("北京市总工会", "ORG")], {("北京市总工会", "ORG")}),
    ("人民出版社|成立|策划室", [("人民出版社", "ORG")], {("人民出版社", "ORG")}),
    ("市|总工会|有关|部室|负责人", [("市总工会", "ORG")], {("市总工会", "ORG")}),
    ("洪都拉斯政府|要|成立|一个|专门|办公室", [("洪都拉斯政府", "ORG")], {("洪都拉斯政府", "ORG")}),
    # after a union, a unit of its services too, a label of whom it serves inside (职工, 劳动者)
    ("北海市|总工会|职工|法律|援助|工作站|的|律师", [("北海市总工会", "ORG")], {("北海市总工会职工法律援助工作站", "ORG")}),
    ("北流市|总工会|职工|技能|培训|中心|开设", [("北流市总工会", "ORG")], {("北流市总工会职工技能培训中心", "ORG")}),
    # not after a verb of going (走进), nor a service unit after a body that is no union
    ("包河区|总工会|走进|快递|分拨|中心", [("包河区总工会", "ORG")], {("包河区总工会", "ORG")}),
    ("东江区人民政府|政务|服务|中心", [("东江区人民政府", "ORG")], {("东江区人民政府", "ORG")}),
    # a position that is no label still closes it
    ("东江区|总工会|职工|代表|李四", [("东江区总工会", "ORG")], {("东江区总工会", "ORG")}),
])
def test_a_department_the_model_left_out_after_its_body_is_one_organization(cut, model, found):
    assert named_after("department_tails", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    # the model read the listed county's first character as a word before the name (将, 从)
    ("将|乐县|总工会|主席", [("乐县总工会", "ORG")], {("将乐县总工会", "ORG")}),
    ("从|江县|总工会|组织", [("江县总工会", "ORG")], {("从江县总工会", "ORG")}),
    # a word before a whole listed unit stays out (他将|平谷区…)
    ("他|将|平谷区|总工会", [("平谷区总工会", "ORG")], {("平谷区总工会", "ORG")}),
    # the unit's opening read as a place of its own: the organization takes it in (split_places_off_orgs
    # splits the unit off again)
    ("伊犁|哈萨克|自治|州|伊宁市|总工会|主席", [("伊犁哈萨克", "LOC"), ("州伊宁市总工会", "ORG")],
     {("伊犁哈萨克自治州伊宁市总工会", "ORG")}),
    # … not a person's name before it
    ("王刚|伊犁|哈萨克|自治|州|伊宁市|总工会", [("王刚", "PER"), ("伊犁哈萨克", "PER"), ("州伊宁市总工会", "ORG")],
     {("王刚", "PER"), ("伊犁哈萨克", "PER"), ("州伊宁市总工会", "ORG")}),
])
def test_an_organization_the_model_began_inside_a_listed_unit_begins_with_it(cut, model, found):
    assert named_after("listed_unit_starts", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    # a chamber named for its members' home place (listed, or a listed county's stem), seated in a city
    ("宁波市|湖北|商会|会长", [("宁波市湖北商会", "ORG")], {("宁波市", "LOC"), ("湖北商会", "ORG")}),
    ("深圳市|修水|商会", [("深圳市修水商会", "ORG")], {("深圳市", "LOC"), ("修水商会", "ORG")}),
    # named for its own unit, or for no place: one organization
    ("上海市|总商会", [("上海市总商会", "ORG")], {("上海市总商会", "ORG")}),
    ("上海市|青年|商会", [("上海市青年商会", "ORG")], {("上海市青年商会", "ORG")}),
    # no chamber: a place in front of another body stays as the model read it
    ("宁波市|湖北|大厦", [("宁波市湖北大厦", "ORG")], {("宁波市湖北大厦", "ORG")}),
    # a company keeps its registered place (its name ends with a legal form)
    ("上海市|温州|商会|投资|有限公司", [("上海市温州商会投资有限公司", "ORG")], {("上海市温州商会投资有限公司", "ORG")}),
])
def test_a_chamber_named_for_a_home_place_is_split_from_its_seat(cut, model, found):
    assert named_after("hometown_bodies", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    # a body named for two fields joined by 和: from its level on, or from the place read before it
    ("省|人力资源|和|社会保障厅|副厅长", [("社会保障厅", "ORG")], {("省人力资源和社会保障厅", "ORG")}),
    ("会见|了|坦桑尼亚|外交|和|东非合作部|部长", [("坦桑尼亚", "LOC"), ("东非合作部", "ORG")],
     {("坦桑尼亚外交和东非合作部", "ORG")}),
    # two bodies (the first with its ending), two places, no level or place before the fields
    ("市财政局|和|人社局", [("市财政局", "ORG"), ("人社局", "ORG")], {("市财政局", "ORG"), ("人社局", "ORG")}),
    ("青山|和|东江市|总工会", [("青山", "LOC"), ("东江市总工会", "ORG")], {("青山", "LOC"), ("东江市总工会", "ORG")}),
    ("，|职工|和|家属|服务中心", [("家属服务中心", "ORG")], {("家属服务中心", "ORG")}),
    # a body of its own after 和: one that opens with its level or place, or of no government's ending
    ("市|领导|和|区计生委", [("区计生委", "ORG")], {("区计生委", "ORG")}),
    ("乌兰牧旗|演员|和|兴发集团", [("乌兰牧旗", "LOC"), ("兴发集团", "ORG")], {("乌兰牧旗", "LOC"), ("兴发集团", "ORG")}),
    # the level opening a segmenter word of the field (省人力|资源); not a body standing on its own
    # (教育局, a common word; 商务部, listed), nor a level that opens a word (县长, 市场)
    ("省人力|资源|和|社会|保障厅", [("社会保障厅", "ORG")], {("省人力资源和社会保障厅", "ORG")}),
    ("市|领导|和|教育局|负责人", [("教育局", "ORG")], {("教育局", "ORG")}),
    ("中国|企业|和|商务部", [("中国", "LOC"), ("商务部", "ORG")], {("中国", "LOC"), ("商务部", "ORG")}),
    ("县长|和|税务|分局|局长", [("税务分局", "ORG")], {("税务分局", "ORG")}),
    ("市场|监管|和|税务|分局", [("税务分局", "ORG")], {("税务分局", "ORG")}),
    # a verb is no field of a body's name
    ("省|推动|和|社会保障厅", [("社会保障厅", "ORG")], {("社会保障厅", "ORG")}),
    # fields listed with 、 before the pair (a verb-noun there is a field: 就业); the model began
    # after 和, or after the list mark at the pair it holds
    ("塞尔维亚|劳动|、|就业|、|退伍|军人|和|社会事务部|部长", [("塞尔维亚", "LOC"), ("社会事务部", "ORG")],
     {("塞尔维亚劳动、就业、退伍军人和社会事务部", "ORG")}),
    ("南非|贸易|、|工业|和|竞争部|部长", [("南非", "LOC"), ("工业和竞争部", "ORG")], {("南非贸易、工业和竞争部", "ORG")}),
    # ... a list after a level is of bodies, elided (市财政、人社和税务局: three bureaus)
    ("市|财政|、|人社|和|税务局", [("税务局", "ORG")], {("税务局", "ORG")}),
    # bodies listed with their endings are each one (市人社局、财政局和税务局)
    ("市|人社局|、|财政局|和|税务局", [("市人社局", "ORG"), ("财政局", "ORG"), ("税务局", "ORG")],
     {("市人社局", "ORG"), ("财政局", "ORG"), ("税务局", "ORG")}),
    # a department of two fields right after its body, read or written elided, is one with it
    ("江南省|总工会|劳动|和|经济工作部|部长", [("江南省总工会", "ORG"), ("经济工作部", "ORG")],
     {("江南省总工会劳动和经济工作部", "ORG")}),
    ("，|省|总工会|劳动|和|经济工作部|部长", [("经济工作部", "ORG")], {("省总工会劳动和经济工作部", "ORG")}),
    # ... not over a title (某银行|行长|和|经济财政部: the bank's head and a ministry), nor after a
    # title listed before it (…常委会委员、环境与资源保护委员会: two bodies' titles)
    ("东洋银行|行长|和|经济财政部|国库", [("东洋银行", "ORG"), ("经济财政部", "ORG")],
     {("东洋银行", "ORG"), ("经济财政部", "ORG")}),
    # ... nor after a name of no organization's ending (武警|部队|和|军委办公厅: two bodies)
    ("武警|部队|和|军委办公厅|的", [("武警", "ORG"), ("军委办公厅", "ORG")], {("武警", "ORG"), ("军委办公厅", "ORG")}),
    ("人大常委会|委员|、|环境|与|资源保护委员会", [("人大常委会", "ORG"), ("资源保护委员会", "ORG")],
     {("人大常委会", "ORG"), ("资源保护委员会", "ORG")}),
])
def test_a_body_named_for_two_fields_joined_by_and_is_one(cut, model, found):
    assert named_after("and_joined_bodies", cut, model) == found


@pytest.mark.parametrize("text, left, right, found", [
    ("北京鼎和公交客运有限公司驾驶员", "北京鼎", "公交客运有限公司", {("北京鼎和公交客运有限公司", "ORG")}),
    # a trade name of up to three characters after the place (京西仁|和)
    ("北京京西仁和医院心内科主任", "北京京西仁", "医院心内科", {("北京京西仁和医院心内科", "ORG")}),
    # … only before an organization's ending (医院): not two bodies (北京剧协|和|青山日报文艺部)
    ("北京剧协和青山日报文艺部联合举办", "北京剧协", "青山日报文艺部", {("北京剧协", "LOC"), ("青山日报文艺部", "ORG")}),
    # not after a body's ending, nor after a whole place
    ("青山市委和市政府领导", "青山市委", "市政府", {("青山市委", "ORG"), ("市政府", "ORG")}),
    ("青山市和律师事务所", "青山市", "律师事务所", {("青山市", "LOC"), ("律师事务所", "ORG")}),
])
def test_a_trade_name_cut_at_and_is_joined(text, left, right, found):
    label = "ORG" if left.endswith("委") else "LOC"
    spans = run("trade_names", text, spans_of(text, (left, label), (right, "ORG")))
    assert named(text, spans) == found


@pytest.mark.parametrize("text, found", [
    ("青山区仁和镇总工会主席", {("青山区", "LOC"), ("仁和镇总工会", "ORG")}),
    # not two places joined by 和, nor without a place right before
    ("青山区和镇总工会", {("青山区", "LOC"), ("镇总工会", "ORG")}),
    ("各区仁和镇总工会", {("镇总工会", "ORG")}),
])
def test_a_unit_name_cut_at_and_after_its_place_is_the_unit_s(text, found):
    # 顺义区|仁和|镇总工会: the model cut the town's name (仁和镇) at its 和
    model = [("青山区", "LOC")] if text.startswith("青山区") else []
    spans = run("join_place_units", text, spans_of(text, *model, ("镇总工会", "ORG")))
    assert named(text, spans) == found


def test_an_organization_right_after_each_is_generic():
    # 各|街乡总工会: no one body is named (generic_markers)
    text = "区总工会机关干部、各街乡总工会主席参加"
    spans = run("generic_elided_orgs", text, spans_of(text, ("区总工会", "ORG"), ("街乡总工会", "ORG")))
    assert named(text, spans) == {("区总工会", "ORG")}
    text = "青钢所属白石粘土矿几十年"      # 所属 names one body
    assert named(text, run("generic_elided_orgs", text, spans_of(text, ("白石粘土矿", "ORG")))) == {("白石粘土矿", "ORG")}


def test_an_elided_office_takes_the_place_abbreviations_read_inside_it():
    text = "市总工会、市台港澳办和国务院外办"
    spans = SpanSet([at(text, "台", "LOC"), at(text, "港", "LOC"), at(text, "国务院", "ORG")])
    run("grow_orgs", text, spans)
    run("elided_orgs", text, spans)
    assert named(text, spans) == {("市总工会", "ORG"), ("市台港澳办", "ORG"), ("国务院外办", "ORG")}


def test_an_elided_office_takes_its_tail_the_model_read_alone():
    # 区退役|军人事务局: the model began after a verb-like word of the office's name
    text = "副区长、区退役军人事务局局长陈晓燕陪同"
    spans = SpanSet([at(text, "军人事务局", "ORG"), at(text, "陈晓燕", "PER")])
    run("elided_orgs", text, spans)
    assert named(text, spans) == {("区退役军人事务局", "ORG"), ("陈晓燕", "PER")}


@pytest.mark.parametrize("model, found", [
    ("东洋国劳动组", "东洋国劳动组合"),      # the model ended inside its own ending (劳动组合)
    ("东洋国劳动组合", "东洋国劳动组合"),    # whole already: nothing to complete
])
def test_an_organization_cut_inside_its_ending_takes_the_whole_ending(model, found):
    text = "会见了东洋国劳动组合一行"
    spans = run("grow_orgs", text, SpanSet([at(text, model, "ORG")]))
    assert named(text, spans) == {(found, "ORG")}


@pytest.mark.parametrize("text, model", [("青山区总工会经审委主任", ["青山区总工会", "审委"]),
                                         ("青山区总工会经审会主任", ["青山区总工会"]),
                                         ("青山区总工会女职委主任", ["青山区总工会"])])
def test_a_unions_committee_written_short_is_part_of_its_name(text, model):
    """经审委, 经审会, 女职委 (org_suffixes.txt): a union's committees as union news writes them."""
    spans = run("grow_orgs", text, SpanSet([at(text, m, "ORG") for m in model]))
    assert named(text, spans) == {(text[:-2], "ORG")}


def test_a_company_branch_named_by_its_place_is_one_organization():
    """顺丰速运朝阳营业部 (org_suffixes.txt 营业部, 营业厅): the company, the place and the branch."""
    text = "来到东洋快运朝阳营业部看望快递员"
    spans = run("grow_orgs", text, SpanSet([at(text, "朝阳", "LOC")]))
    assert named(text, spans) == {("朝阳营业部", "ORG")}


def test_an_organization_ending_on_a_word_that_opens_a_longer_ending_stays():
    text = "青山区总工会合力推动"   # 会合 is no ending: the cut is the model's, right
    spans = run("grow_orgs", text, SpanSet([at(text, "青山区总工会", "ORG")]))
    assert named(text, spans) == {("青山区总工会", "ORG")}


def test_an_item_of_a_list_of_organizations_is_an_organization():
    text = "为区公安局、卫健委、水务局、城管委、市场局5家单位；张明、李华、王刚出席"
    spans = SpanSet([at(text, "区公安局", "ORG"), at(text, "卫健委", "PER"), at(text, "水务局", "ORG"),
                     at(text, "城管委", "ORG"), at(text, "张明", "PER")])
    run("enumerated_orgs", text, spans)
    assert named(text, spans) == {("区公安局", "ORG"), ("卫健委", "ORG"), ("水务局", "ORG"), ("城管委", "ORG"),
                                  ("市场局", "ORG"), ("张明", "PER")}


@pytest.mark.parametrize("words, model, found", [
    # proper names before 等企业 are bodies; a place found at an item's start opens its name
    (["一行", "参观", "了", "青山", "顶益", "、", "顶津", "等", "企业", "。"], [("青山", "LOC")],
     {("青山顶益", "ORG"), ("顶津", "ORG")}),
    # common words (sectors) are none, and one such item keeps the whole list out
    (["来自", "公安", "、", "交警", "、", "环卫", "等", "单位"], [], set()),
    (["参观", "了", "顶益", "、", "环卫", "等", "企业"], [], set()),
    # an item the model found stays as found
    (["到", "东江", "钢铁", "集团", "、", "顶津", "等", "企业"], [("东江钢铁集团", "ORG")],
     {("东江钢铁集团", "ORG"), ("顶津", "ORG")}),
    # 等 and no kind of body: nothing
    (["参观", "了", "顶益", "、", "顶津", "等", "地"], [], set()),
])
def test_a_list_closed_by_a_kind_of_body_names_organizations(words, model, found):
    text = "".join(words)
    spans = run("kind_closed_lists", text, SpanSet([at(text, n, label) for n, label in model]), words)
    assert named(text, spans) == found


@pytest.mark.parametrize("text, inside", [
    ("学习青山区委五届三次全会精神", ("青山区委", "ORG")),          # a term and a session, no 第
    ("江南省总工会十八届二次执委会议在东州召开", ("江南省总工会", "ORG")),
])
def test_nothing_is_listed_inside_a_plenary_session_named_by_its_term(text, inside):
    # the organization holding it stays a mention, unlisted (roles resolve 公司总经理 by it)
    name, label = inside
    spans = SpanSet([at(text, name, label)])
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    rule_steps.get("drop_inside_events")(ctx, spans)
    assert named(text, SpanSet(ctx.listed(spans))) == set()
    assert {(text[s:e]) for s, e in ctx.unlisted} == {name}


def test_nothing_is_listed_inside_a_games_name_written_with_its_year():
    text = "开展北京2022冬奥会宣传，北京市民参加"
    spans = SpanSet([at(text, "北京", "LOC"), at(text, "北京市", "LOC")])
    run("drop_inside_events", text, spans)
    assert named(text, spans) == {("北京市", "LOC")}


def test_a_unit_in_front_of_a_named_facility_is_a_place_of_its_own():
    text = "在青山区滨江公园，朝阳区文化馆和北京市百货大楼"
    spans = SpanSet([at(text, "青山区滨江公园", "LOC"), at(text, "朝阳区文化馆", "LOC"), at(text, "北京市百货大楼", "LOC")])
    run("split_units_off_facilities", text, spans)
    assert named(text, spans) == {("青山区", "LOC"), ("滨江公园", "LOC"), ("朝阳区文化馆", "LOC"), ("北京市百货大楼", "LOC")}


def test_single_character_place_abbreviations_stay():
    text = "来京务工的人比往年多"
    spans = SpanSet([at(text, "京", "LOC"), at(text, "比", "PER")])
    run("drop_single_chars", text, spans)
    assert named(text, spans) == {("京", "LOC")}


# One step on invented text: (step, text, the mentions given as (name, label, nth occurrence),
# the mentions it leaves).
ONE_STEP_CASES = [
    # a place the model read whose name ends with a company's head is the company
    ("company_places", "走进青禾超市和南湖体育中心",
     [("青禾超市", "LOC", 0), ("南湖体育中心", "LOC", 0)], {("青禾超市", "ORG"), ("南湖体育中心", "LOC")}),
    # a count of units in a slogan is no place
    ("drop_not_entities", "建设“一区两园”和三区三园，在青山区",
     [("一区", "LOC", 0), ("三区", "LOC", 0), ("青山区", "LOC", 0)], {("青山区", "LOC")}),
    # 郑某, 汤说: a surname alone stands for a real person (MSRA tags it so) ...
    ("drop_single_chars", "郑某说，汤表示同意",
     [("郑", "PER", 0), ("汤", "PER", 0)], {("郑", "PER"), ("汤", "PER")}),
    # ... but 曹主席 after 曹明远 is a shorter mention of the person named in full, the entity
    ("drop_single_chars", "主席曹明远出席。曹主席说，郑某",
     [("曹明远", "PER", 0), ("曹", "PER", 1), ("郑", "PER", 0)], {("曹明远", "PER"), ("郑", "PER")}),
    # a surname after a nickname prefix, or before an address term, is one person with it
    ("address_term_persons", "保洁员老王说，孙大妈和小张",
     [("王", "PER", 0), ("孙", "PER", 0), ("小张", "PER", 0)], {("老王", "PER"), ("孙大妈", "PER"), ("小张", "PER")}),
]


@pytest.mark.parametrize("step, text, given, left", ONE_STEP_CASES)
def test_one_step_on_invented_text(step, text, given, left):
    spans = SpanSet([at(text, name, label, nth) for name, label, nth in given])
    run(step, text, spans)
    assert named(text, spans) == left


def test_country_abbreviations_stay_where_they_stand_for_the_country():
    # 哈 (Kazakhstan), 厄 (Eritrea), 黎 (Lebanon) as a model reads them; 奥 of 奥运 is no place
    text = "哈总统会见了厄外长，要求从黎南部撤出。奥运"
    spans = SpanSet([at(text, "哈", "LOC"), at(text, "厄", "LOC"), at(text, "黎", "LOC"), at(text, "奥", "LOC")])
    run("drop_single_chars", text, spans)
    assert named(text, spans) == {("哈", "LOC"), ("厄", "LOC"), ("黎", "LOC")}


def test_place_chain_with_suffixes_is_split_and_without_is_joined():
    text = "在湖南省长沙市和浙江温州"
    spans = SpanSet([at(text, "湖南省长沙市", "LOC"), at(text, "浙江", "LOC"), at(text, "温州", "LOC")])
    run("split_place_chains", text, spans)
    run("join_place_chains", text, spans)
    assert named(text, spans) == {("湖南省", "LOC"), ("长沙市", "LOC"), ("浙江温州", "LOC")}


@pytest.mark.parametrize("text, model, found", [
    # a listed unit whose name holds another unit's character (湘乡|市: 乡) is one unit: a chain of two
    ("出生在湘乡市中沙镇", ["湘乡市", "中沙镇"], {("湘乡市", "LOC"), ("中沙镇", "LOC")}),
    # a unit, then a place in it listed nowhere: two places (People's Daily: 临漳县/ns 明阳屯/ns)
    ("来到临漳县明阳屯", ["临漳县", "明阳屯"], {("临漳县", "LOC"), ("明阳屯", "LOC")}),
    # ... but a listed unit written without its suffix (张北 for 张北县) is a chain (the guideline)
    ("来到河北省张北", ["河北省", "张北"], {("河北省张北", "LOC")}),
    # a listed place without its suffix before a unit is one (the guideline: 甘肃康乐县)
    ("来到江苏洪泽县", ["江苏", "洪泽县"], {("江苏洪泽县", "LOC")}),
    ("赴新疆伊犁哈萨克自治州", ["新疆", "伊犁哈萨克自治州"], {("新疆伊犁哈萨克自治州", "LOC")}),   # listed: any length
    # a province and a place in it, listed or not: one (the guideline)
    ("来到云南省西双版纳", ["云南省", "西双版纳"], {("云南省西双版纳", "LOC")}),
    # a city without its suffix and its zone named by no name of its own: one place (北京开发区)
    ("参观了烟台经济技术开发区", ["烟台", "经济技术开发区"], {("烟台经济技术开发区", "LOC")}),
    # … and a zone with a name of its own, after a listed place without its suffix (宜宾|三江新区)
    ("来到宜宾三江新区", ["宜宾", "三江新区"], {("宜宾三江新区", "LOC")}),
    # a city without its suffix and a unit of it, and a chain joined over a province without its
    # suffix with the unit after it: one place each (a unit without its level keeps the chain whole)
    ("来到绍兴越城区", ["绍兴", "越城区"], {("绍兴越城区", "LOC")}),
    ("在广西柳州市柳南区", ["广西", "柳州市", "柳南区"], {("广西柳州市柳南区", "LOC")}),
    # ... not a city written with its suffix (a unit each)
    ("参观了青山市经济技术开发区", ["青山市", "经济技术开发区"], {("青山市", "LOC"), ("经济技术开发区", "LOC")}),
])
def test_a_chain_is_joined_only_where_a_listed_unit_has_no_suffix(text, model, found):
    spans = run("join_place_chains", text, SpanSet([at(text, name, "LOC") for name in model]))
    assert named(text, spans) == found


def test_a_facility_word_opening_a_title_makes_no_facility():
    # 东华门街道|社区工作者: 社区 opens the occupation (positions.txt), the place stays a street
    text = "青山街道社区工作者周明远说"
    spans = run("facilities", text, SpanSet([at(text, "青山街道", "LOC")]))
    assert named(text, spans) == {("青山街道", "LOC")}


@pytest.mark.parametrize("text, model, found", [
    # a heating, forest-guard or check station after the place it stands at (facility_suffixes)
    ("在光华街换热站，慰问组看望供热职工", ("光华街", "LOC"), ("光华街换热站", "LOC")),
    ("来到黑瞎子岭管护站", ("黑瞎子岭", "LOC"), ("黑瞎子岭管护站", "LOC")),
    ("走进鹿鸣沟检查站", ("鹿鸣沟", "LOC"), ("鹿鸣沟检查站", "LOC")),
])
def test_a_station_of_a_utility_or_a_forest_guard_after_its_place_is_a_place(text, model, found):
    assert found in named(text, run("facilities", text, spans_of(text, model)))


def test_a_facility_word_running_into_a_longer_word_makes_no_facility():
    # 泉润|体育场馆|运营…: 体育场 ends inside the segmenter's 体育场馆, a company's words, no stadium
    found = named_after("facilities", "济南|泉润|体育场馆|运营|管理|有限公司", [("济南泉润", "LOC")])
    assert found == {("济南泉润", "LOC")}
    assert named_after("facilities", "来到|泉润|体育场|看望", [("泉润", "LOC")]) == {("泉润体育场", "LOC")}


def test_a_rural_bank_named_with_its_city_holds_no_village():
    # 承德|坝源农村商业银行: 农村 (no_unit_words) ends no unit, the bank keeps the city it is named with
    text = "承德坝源农村商业银行股份有限公司工会开展普惠服务"
    spans = run("split_places_off_orgs", text, spans_of(text, ("承德坝源农村商业银行股份有限公司工会", "ORG")))
    assert named(text, spans) == {("承德坝源农村商业银行股份有限公司工会", "ORG")}


@pytest.mark.parametrize("cut, model, found", [
    # a town or street the model began inside its name opens a word further back
    ("来到|壶瓶|山镇|慰问", [("山镇", "LOC")], {("壶瓶山镇", "LOC")}),
    ("深入|首|阳山|街道|调研", [("阳山街道", "LOC")], {("首阳山街道", "LOC")}),
    # not over a function character, a verb, a unit or a longer word before a name of two
    ("在|阳山|街道|调研", [("阳山街道", "LOC")], {("阳山街道", "LOC")}),
    ("来到|阳山|街道|调研", [("阳山街道", "LOC")], {("阳山街道", "LOC")}),
    ("东江区|阳山|街道", [("阳山街道", "LOC")], {("阳山街道", "LOC")}),
    ("走|进|江南|街道|慰问", [("江南街道", "LOC")], {("江南街道", "LOC")}),
])
def test_a_town_the_model_began_inside_its_name_opens_further_back(cut, model, found):
    assert named_after("unit_name_starts", cut, model) == found


def test_a_village_and_a_facility_word_are_no_chain_of_units():
    # 竹泉村景区: 景区 ends in 区 but is a facility's common noun alone (facility_suffixes)
    text = "来到青山县竹泉村景区"
    spans = SpanSet([at(text, "竹泉村景区", "LOC"), at(text, "青山县", "LOC")])
    run("split_place_chains", text, spans)
    assert named(text, spans) == {("青山县", "LOC"), ("竹泉村景区", "LOC")}


@pytest.mark.parametrize("facility", ["服务区", "物流园区", "健身中心", "职工之家", "实训基地"])
def test_a_named_place_before_a_facility_word_is_the_facility(facility):
    # facility_suffixes: 高速服务区, 物流园区, 全民健身中心, 某园职工之家, 技能实训基地
    text = f"记者来到白石{facility}看望职工"
    spans = run("facilities", text, SpanSet([at(text, "白石", "LOC")]))
    assert named(text, spans) == {("白石" + facility, "LOC")}


def test_district_after_a_place_without_suffix_is_joined_but_a_housing_estate_is_not():
    # 区 ends 青山区 and also the facility words 社区/小区: only the facility word keeps them apart
    text = "在重庆青山区和北京天通苑社区"
    spans = SpanSet([at(text, "重庆", "LOC"), at(text, "青山区", "LOC"), at(text, "北京", "LOC"),
                     at(text, "天通苑社区", "LOC")])
    run("join_place_chains", text, spans)
    assert named(text, spans) == {("重庆青山区", "LOC"), ("北京", "LOC"), ("天通苑社区", "LOC")}


@pytest.mark.parametrize("cut, model, found", [
    # a list of towns, one found: the later items ending with its suffix are towns too
    ("深入|风|石堰镇|、|白地市镇|、|黄土铺镇|，|走访", [("石堰镇", "LOC")],
     {("石堰镇", "LOC"), ("白地市镇", "LOC"), ("黄土铺镇", "LOC")}),
    ("走访|东山镇|、|白地市镇|、|黄土铺镇|等|地", [("东山镇", "LOC")],
     {("东山镇", "LOC"), ("白地市镇", "LOC"), ("黄土铺镇", "LOC")}),
    # … not where a later item ends otherwise (a town and a company: no list of units)
    ("走访|东山镇|、|白地市镇|、|青禾|公司", [("东山镇", "LOC")], {("东山镇", "LOC")}),
    # … nor a kind (示范|村, 其他|街道) or a word's end (新农村, 示范乡镇)
    ("来到|柳林村|、|示范|村|、|新农村|建设点", [("柳林村", "LOC")], {("柳林村", "LOC")}),
    ("深入|清河街道|、|其他|街道|开展", [("清河街道", "LOC")], {("清河街道", "LOC")}),
    ("走访|城关镇|、|示范|乡镇|，", [("城关镇", "LOC")], {("城关镇", "LOC")}),
])
def test_the_later_items_of_a_list_of_units_with_one_found_are_places(cut, model, found):
    assert named_after("enumerated_places", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    # the one found last, running on after its place (石井镇|的6家企业): an item before it, after a
    # verb of going that opens the list, is a place too
    ("走进|水南镇|、|石井镇|的|6|家|企业", [("石井镇", "LOC")], {("水南镇", "LOC"), ("石井镇", "LOC")}),
    # … not an item that ends otherwise (某公司、某镇)
    ("走进|青禾|公司|、|石井镇|的|6|家|企业", [("石井镇", "LOC")], {("石井镇", "LOC")}),
])
def test_the_earlier_items_of_a_list_of_units_with_one_found_are_places(cut, model, found):
    assert named_after("enumerated_places", cut, model) == found


@pytest.mark.parametrize("cut, found", [
    # a character of a city the article names, after a verb of going or being and before a word
    ("烟台|市委|书记|陪同|。|检查组|来|烟|检查", {("烟", "LOC")}),
    ("在|合肥|会见|客人|。|一行|来|肥|考察", {("合肥", "LOC"), ("肥", "LOC")}),
    # … not one opening or ending a word (来|烟花), nor one of no city named
    ("烟台|市委|书记|陪同|。|来|烟花|厂|检查", set()),
    ("检查组|来|烟|检查", set()),
])
def test_a_city_the_article_names_may_be_written_by_one_character(cut, found):
    model = [("烟台市委", "ORG")] if "烟台" in cut else [("合肥", "LOC")] if "合肥" in cut else []
    assert named_after("named_city_abbreviations", cut, model) - set(model) == found - set(model)


def test_a_unit_named_with_its_suffix_is_a_place_without_it():
    text = "东江区总工会慰问劳模，感谢他们为东江的建设和朝阳的未来所做的贡献"
    spans = SpanSet([at(text, "东江区总工会", "ORG"), at(text, "朝阳", "LOC")])
    run("unit_stems", text, spans)
    assert named(text, spans) == {("东江区总工会", "ORG"), ("东江", "LOC"), ("朝阳", "LOC")}


def test_a_unit_stem_the_model_read_as_a_person_or_a_body_is_the_place():
    # 佩奇市 … 在佩奇: the model's person is the city written without its level; not a body of
    # its own ending (中心), nor one before the level (波尔图|市长)
    text = "应匈牙利佩奇市和波尔图市邀请。在佩奇，波尔图市长和波尔图代表出席。会展中心区域工会和会展中心。"
    spans = SpanSet([at(text, "佩奇市", "LOC"), at(text, "佩奇", "PER", 1), at(text, "波尔图市", "LOC"),
                     at(text, "波尔图", "ORG", 1), at(text, "波尔图", "ORG", 2),
                     at(text, "会展中心区域工会", "ORG"), at(text, "会展中心", "ORG", 1)])
    run("unit_stems", text, spans)
    assert named(text, spans) == {("佩奇市", "LOC"), ("佩奇", "LOC"), ("波尔图市", "LOC"), ("波尔图", "ORG"),
                                  ("波尔图", "LOC"), ("会展中心区域工会", "ORG"), ("会展中心", "ORG")}


@pytest.mark.parametrize("text", [
    "近日，杨浦区总工会召开大会，区总工会主席杨浦出席。杨浦说，要做好服务。",   # a title before him
    "近日，黄山市总工会为劳模黄山颁发证书。黄山是一名茶农。",                   # a label before him
])
def test_a_person_named_as_a_place_stem_with_a_title_stays_a_person(text):
    name = "杨浦" if "杨浦" in text else "黄山"
    unit = next(u for u in ("杨浦区总工会", "黄山市总工会") if u in text)
    spans = SpanSet([at(text, unit, "ORG")] + [at(text, name, "PER", k) for k in (1, 2)])
    run("unit_stems", text, spans)
    assert {label for s, e, label in spans.spans if text[s:e] == name} == {"PER"}


def test_a_unit_stem_is_no_place_inside_a_word_or_before_its_suffix():
    text = "东江县总工会和东江县供电公司"   # the second 东江 is followed by its suffix
    spans = SpanSet([at(text, "东江县总工会", "ORG")])
    run("unit_stems", text, spans)
    assert named(text, spans) == {("东江县总工会", "ORG")}


def test_a_function_word_of_its_own_is_trimmed_off_an_organization():
    words = ["应", "省", "总工会", "邀请", "出席", "经济", "日报", "座谈会"]
    text = "".join(words)
    spans = SpanSet([at(text, "应省总工会", "ORG"), at(text, "经济日报", "ORG")])
    run("trim_org_left_stops", text, spans, words)
    assert named(text, spans) == {("省总工会", "ORG"), ("经济日报", "ORG")}


def test_a_name_read_as_a_person_once_is_that_person_at_each_mention():
    text = "市委书记何建国来到工地。何建国详细询问了情况。他在何建国的陪同下到了慕尼黑，又去了在慕尼黑的工厂。"
    first, second = text.index("何建国"), text.index("何建国", 8)
    third = text.index("何建国", second + 3)
    city, again = text.index("慕尼黑"), text.rindex("慕尼黑")
    spans = SpanSet([(first, first + 3, "PER"), (second, second + 3, "LOC"), (third, third + 3, "LOC"),
                     (city, city + 3, "PER"), (again, again + 3, "LOC")])
    run("person_labels", text, spans)
    # the mention after 在 keeps its place reading; the other 何建国 become the person
    assert [label for _, _, label in spans.spans] == ["PER", "PER", "LOC", "PER", "LOC"]


def test_an_organization_runs_back_over_nouns_to_the_place_that_opens_its_name():
    words = ["由", "中华", "文化", "教育", "科技", "发展", "协会", "主办", "，", "中国", "支持", "发展", "协会"]
    text = "".join(words)
    first = text.index("发展协会")
    second = text.index("发展协会", first + 1)
    spans = SpanSet([at(text, "中华", "LOC"), (first, first + 4, "ORG"), (text.index("中国"), text.index("中国") + 2, "LOC"),
                     (second, second + 4, "ORG")])
    run("place_led_orgs", text, spans, words)
    # a verb (支持) between the place and the name: no name of the place
    assert named(text, spans) == {("中华文化教育科技发展协会", "ORG"), ("中国", "LOC"), ("发展协会", "ORG")}


def test_an_organization_runs_back_over_nouns_to_a_proper_word_after_a_place():
    words = ["由", "台湾", "中华", "文化", "教育", "科技", "发展", "协会", "主办"]
    text = "".join(words)
    spans = SpanSet([at(text, "台湾", "LOC"), at(text, "发展协会", "ORG")])
    run("place_led_orgs", text, spans, words)
    assert named(text, spans) == {("台湾", "LOC"), ("中华文化教育科技发展协会", "ORG")}


def test_a_name_runs_back_over_a_conjunction_joining_two_fields():
    # 暨 (name_conjunctions) inside a body's name, the segmenter gluing it to the next character
    words = ["以", "会长", "为", "团长", "的", "南洋", "食品", "饮料", "暨同", "行业", "工友", "联合会", "代表团", "一行"]
    text = "".join(words)
    spans = SpanSet([at(text, "南洋", "LOC"), at(text, "工友联合会代表团", "ORG")])
    run("place_led_orgs", text, spans, words)
    assert named(text, spans) == {("南洋食品饮料暨同行业工友联合会代表团", "ORG")}
    # no conjunction: an uncommon word opening the model's part stays as the model read it
    words = ["的", "南洋", "食品", "饮料", "行业", "工友", "联合会", "一行"]
    text = "".join(words)
    spans = SpanSet([at(text, "南洋", "LOC"), at(text, "工友联合会", "ORG")])
    run("place_led_orgs", text, spans, words)
    assert named(text, spans) == {("南洋", "LOC"), ("工友联合会", "ORG")}


def test_an_organization_takes_the_first_character_of_a_name_the_segmenter_cut_into_characters():
    words = ["领完", "奖品", "的", "凯", "达", "中国", "工会", "主席"]
    text = "".join(words)
    spans = SpanSet([at(text, "达中国工会", "ORG")])
    run("extend_orgs_left", text, spans, words)
    assert named(text, spans) == {("凯达中国工会", "ORG")}


@pytest.mark.parametrize("words, found", [
    # the model began at a bare unit (区): the zone's name runs back over nouns to the verb
    (["拜访", "了", "加工", "出口", "区", "产业", "工会联合会"], [("加工出口区产业工会联合会", "ORG")]),
    # a unit whose stem is a common word (出口区) is no name yet; a place before it joins
    (["与", "青石", "加工", "出口区", "总", "管理处", "座谈"], [("青石加工出口区总管理处", "ORG")]),
    # a named unit (朝阳区) keeps its start: the nouns before it are no part of the name
    (["走访", "困难", "企业", "朝阳区", "总工会"], [("朝阳区总工会", "ORG")]),
    # a bare 市 opens an elided name ("the city's"): no zone
    (["走访", "困难", "企业", "市", "重型", "机器厂"], [("市重型机器厂", "ORG")]),
    # the segmenter joined a name's end and the copula (山是): the clause ends there
    (["郑青", "山是", "东湖", "集团", "原", "董事长"], [("东湖集团", "ORG")]),
])
def test_an_organization_that_opens_with_an_unnamed_unit_runs_back_over_nouns(words, found):
    text = "".join(words)
    model = {"加工出口区产业工会联合会": "区产业工会联合会", "青石加工出口区总管理处": "出口区总管理处"}
    spans = SpanSet([at(text, model.get(name, name), label) for name, label in found])
    run("extend_orgs_left", text, spans, words)
    assert named(text, spans) == set(found)


def test_an_organization_does_not_run_back_over_the_holder_of_a_title():
    # 副委员长|贝承业率|…检查组: the segmenter ran the name into 率; the group starts after him
    words = ["全国人大常委会", "副委员长", "郑青山率", "全国人大常委会", "执法", "检查组", "在", "东江", "检查"]
    text = "".join(words)
    spans = SpanSet([at(text, "全国人大常委会", "ORG"), at(text, "全国人大常委会执法检查组", "ORG")])
    run("extend_orgs_left", text, spans, words)
    assert named(text, spans) == {("全国人大常委会", "ORG"), ("全国人大常委会执法检查组", "ORG")}


@pytest.mark.parametrize("words, model, found", [
    # 应|新|南威尔士州|议会|邀请: 应 (a surname, and "at the invitation of": object_prepositions)
    # opens no name the segmenter cut into characters; the body starts at the model's start
    (["应", "新", "南威尔士州", "议会", "邀请", "，", "省长", "率团", "访问"], "新南威尔士州议会", "新南威尔士州议会"),
    # (a name that opens with another surname stays whole: 都灵市议会)
    (["应", "都", "灵市", "议会", "邀请", "，", "市", "代表团", "访问"], "都灵市议会", "都灵市议会"),
])
def test_an_organization_does_not_run_back_over_a_preposition_that_is_also_a_surname(words, model, found):
    text = "".join(words)
    spans = SpanSet([at(text, model, "ORG")])
    run("extend_orgs_left", text, spans, words)
    assert named(text, spans) == {(found, "ORG")}


def test_the_rare_verbs_reach_the_rules():
    assert "转发" in RULES.patterns.verbs and "转发" not in RULES.patterns.words


@pytest.mark.parametrize("words, found", [
    # a rare verb (转发) is no part of the name
    (["国务院", "办公厅", "转发", "财政部", "文件"], [("财政部", "ORG")]),
    # 同日 is a word, but the segmenter cut 同|日本: the model's name starts where it should
    (["外长", "卡拉辛", "同", "日本", "外务省", "官员"], [("卡拉辛", "PER"), ("日本外务省", "ORG")]),
    # 原 ("former") is no part of the name
    (["的", "原", "五", "里", "桥乡", "党委", "书记"], [("五里桥乡党委", "ORG")]),
    # the segmenter joined a coordinating verb and the name's first unit (联合县): the verb stays out
    (["总工会", "联合县", "人民", "医院", "开展"], [("县人民医院", "ORG")]),
    # an elided body's level (区总工会…) is no zone's unit: the person acting for it stays apart,
    # and a position before a name is never part of it
    (["常务副主席", "吴晓东", "代表", "区", "总工会", "常委会", "作", "报告"],
     [("吴晓东", "PER"), ("区总工会常委会", "ORG")]),
    # … and 代表 (acting for) stops a name whose district is named with a common word (青山|区)
    (["吴晓东", "代表", "青山区", "总工会", "第十三", "届", "委员会", "作", "报告"],
     [("吴晓东", "PER"), ("青山区总工会第十三届委员会", "ORG")]),
    (["常务副主席", "东湖", "集团", "工会"], [("东湖集团工会", "ORG")]),
])
def test_an_organization_keeps_its_start_before_a_word_of_no_name(words, found):
    text = "".join(words)
    spans = SpanSet([at(text, name, label) for name, label in found])
    run("extend_orgs_left", text, spans, words)
    assert named(text, spans) == set(found)


def test_a_coordinating_verb_joined_to_the_level_of_the_name_grown_over_stays_out():
    """联合区|人力资源和|社会保障局: the model found the name's end; growing back over the token that
    joins the verb and the level stops after the verb (the rest opens with a level)."""
    words = ["石榴区", "总工会", "联合区", "人力资源和", "社会保障局", "举办"]
    text = "".join(words)
    spans = SpanSet([at(text, "石榴区总工会", "ORG"), at(text, "社会保障局", "ORG")])
    run("extend_orgs_left", text, spans, words)
    assert named(text, spans) == {("石榴区总工会", "ORG"), ("区人力资源和社会保障局", "ORG")}


def test_a_listing_verb_joined_to_the_level_of_the_name_grown_over_stays_out():
    words = ["出席", "开幕式", "的", "还有区", "人大常委会", "主任", "庞立", "。"]   # 还有区: one token
    text = "".join(words)
    spans = SpanSet([at(text, "人大常委会", "ORG")])
    run("extend_orgs_left", text, spans, words)
    assert named(text, spans) == {("区人大常委会", "ORG")}


@pytest.mark.parametrize("text, model, found", [
    # the model cut the branch's first character (长|川分公司)
    ("来到东湖物业管理有限公司长川分公司慰问", [("东湖物业管理有限公司", "ORG"), ("川分公司", "ORG")],
     {("东湖物业管理有限公司长川分公司", "ORG")}),
    # a place the model read inside the branch goes into it
    ("来到青山公交集团第三客运分公司西峪场站慰问", [("青山公交集团第三客运分公司", "ORG"), ("西峪", "LOC")],
     {("青山公交集团第三客运分公司西峪场站", "ORG")}),
    # no name of its own, or a position: no branch
    ("青山建设有限公司项目部经理吴晓东说", [("青山建设有限公司", "ORG"), ("吴晓东", "PER")],
     {("青山建设有限公司", "ORG"), ("吴晓东", "PER")}),
    # a subsidiary company of the group (东湖环卫集团|机扫公司); not 下属公司 (a common word)
    ("隶属于东湖环卫集团机扫公司", [("东湖环卫集团", "ORG")], {("东湖环卫集团机扫公司", "ORG")}),
    ("东湖环卫集团下属公司共有职工", [("东湖环卫集团", "ORG")], {("东湖环卫集团", "ORG")}),
    # a bank's branch by its place (People's Daily [大和银行纽约分行]nt)
    ("来到瀚丰银行杭州城西支行，为支行揭牌", [("瀚丰银行", "ORG"), ("杭州城西支行", "ORG")], {("瀚丰银行杭州城西支行", "ORG")}),
    # a courier company's hub by its district (某快运有限公司|静安分拨中心)
    ("来到东湖快运有限公司静安分拨中心看望快递员", [("东湖快运有限公司", "ORG")], {("东湖快运有限公司静安分拨中心", "ORG")}),
    # a farming group's farm, a utility's plant, an oilfield's field (branch_suffixes)
    ("三江农垦集团白桦岗农场签订集体合同", [("三江农垦集团", "ORG"), ("白桦岗农场", "LOC")], {("三江农垦集团白桦岗农场", "ORG")}),
    ("东江热力有限公司南湖热源厂", [("东江热力有限公司", "ORG")], {("东江热力有限公司南湖热源厂", "ORG")}),
    ("嘉禾油田开发公司第二采油作业区", [("嘉禾油田开发公司", "ORG")], {("嘉禾油田开发公司第二采油作业区", "ORG")}),
    # a joiner opens another company (…有限责任公司|同东洋国青石|公司)
    ("东湖煤层气有限责任公司同东洋国青石公司签约", [("东湖煤层气有限责任公司", "ORG"), ("东洋国青石公司", "ORG")],
     {("东湖煤层气有限责任公司", "ORG"), ("东洋国青石公司", "ORG")}),
])
def test_a_branch_written_after_its_company_is_one_organization(text, model, found):
    """某物业管理有限公司长川分公司 (ner_rules.yaml branch_parents, branch_suffixes): one organization."""
    spans = SpanSet([at(text, name, label) for name, label in model])
    run("join_branches", text, spans)
    assert named(text, spans) == found


@pytest.mark.parametrize("text, model, found", [
    # a state, 驻, the place and a mission: one organization (People's Daily 14 of 14)
    ("中国驻哈萨克斯坦大使馆25日举行招待会", [("中国", "LOC"), ("哈萨克斯坦大使馆", "ORG")],
     {("中国驻哈萨克斯坦大使馆", "ORG")}),
    ("越南驻华使馆参赞出席", [("越南", "LOC"), ("华", "LOC")], {("越南驻华使馆", "ORG")}),
    # a state read with 驻 and no mission after it: the state
    ("老挝驻南宁总领事坎蓬出席", [("老挝驻", "ORG"), ("南宁", "LOC")], {("老挝", "LOC"), ("南宁", "LOC")}),
    # no state before 驻 (a bureau's work team), or a person inside: apart
    ("省农业农村厅驻石桥村工作队", [("省农业农村厅", "ORG"), ("石桥村", "LOC")],
     {("省农业农村厅", "ORG"), ("石桥村", "LOC")}),
])
def test_a_states_mission_in_a_place_is_one_organization(text, model, found):
    assert named(text, run("resident_missions", text, spans_of(text, *model))) == found


def test_a_name_takes_its_seat_in_brackets():
    text = "在国际会展中心（上海）举行，争取安哥拉彻底独立全国联盟（安盟）表示"
    spans = SpanSet([at(text, "国际会展中心", "LOC"), at(text, "上海", "LOC"),
                     at(text, "争取安哥拉彻底独立全国联盟", "ORG"), at(text, "安盟", "ORG")])
    run("bracketed_seats", text, spans)
    # the second bracket holds the name's short form, no seat
    assert named(text, spans) == {("国际会展中心（上海）", "LOC"), ("争取安哥拉彻底独立全国联盟", "ORG"), ("安盟", "ORG")}


def test_country_and_facility_are_not_joined():
    text = "日本东京和北京人民大会堂"
    spans = SpanSet([at(text, "日本", "LOC"), at(text, "东京", "LOC"), at(text, "北京", "LOC"),
                     at(text, "人民大会堂", "LOC")])
    run("join_place_chains", text, spans)
    assert len(spans) == 4


def test_places_in_front_of_an_organization_are_split_off():
    text = "河南省洛阳市西工区总工会和北京市总工会"
    spans = SpanSet([at(text, "河南省洛阳市西工区总工会", "ORG"), at(text, "北京市总工会", "ORG")])
    run("split_places_off_orgs", text, spans)
    assert named(text, spans) == {("河南省", "LOC"), ("洛阳市", "LOC"), ("西工区总工会", "ORG"),
                                  ("北京市总工会", "ORG")}


@pytest.mark.parametrize("cut, model, found", [
    # a country before the body's own unit is a place (world_countries.txt): 越南 + 老街省劳动联合会
    ("越南|老街省|劳动|联合会|代表团", [("越南老街省劳动联合会代表团", "ORG")],
     {("越南", "LOC"), ("老街省劳动联合会代表团", "ORG")}),
    # a chain of a country and a unit stays one place before the body's unit (韩国釜山广域市: the devset's)
    ("韩国|釜山|广域市|金井区|议会", [("韩国釜山广域市金井区议会", "ORG")],
     {("韩国釜山广域市", "LOC"), ("金井区议会", "ORG")}),
    # a country's own national body keeps it (no unit of its own)
    ("蒙古|工会|总|联合会", [("蒙古工会总联合会", "ORG")], {("蒙古工会总联合会", "ORG")}),
    ("俄罗斯|联邦|委员会", [("俄罗斯联邦委员会", "ORG")], {("俄罗斯联邦委员会", "ORG")}),
    # a listed place of China's is no unit of the country's (驻广州: its consulate's seat)
    ("法国|驻|广州|总领事馆", [("法国驻广州总领事馆", "ORG")], {("法国驻广州总领事馆", "ORG")}),
    # a unit of the country's own kind (州: foreign_unit_suffixes), which no Chinese chain reads
    ("俄罗斯|阿穆尔州|工会|代表团", [("俄罗斯阿穆尔州工会代表团", "ORG")],
     {("俄罗斯", "LOC"), ("阿穆尔州工会代表团", "ORG")}),
    # … also where the segmenter joined the unit's level to its party committee (琅南塔|省委)
    ("老挝|琅南塔|省委|书记", [("老挝琅南塔省委", "ORG")], {("老挝", "LOC"), ("琅南塔省委", "ORG")}),
    # a listed unit inside the chain is read whole (景德镇市, not the town 景德镇 and 市浮梁县)
    ("江西省|景德镇市|浮梁县|总工会|党组", [("江西省景德镇市浮梁县总工会", "ORG")],
     {("江西省", "LOC"), ("景德镇市", "LOC"), ("浮梁县总工会", "ORG")}),
    ("江西省|景德镇市|总工会|主席", [("江西省景德镇市总工会", "ORG")],
     {("江西省", "LOC"), ("景德镇市总工会", "ORG")}),
    # … also where it opens the name (西乡塘区, not the township 西乡 and 塘区)
    ("西乡|塘区|总工会|律师", [("西乡塘区总工会", "ORG")], {("西乡塘区总工会", "ORG")}),
])
def test_a_country_or_a_listed_unit_before_a_body_s_own_unit_is_split_off(cut, model, found):
    assert named_after("split_places_off_orgs", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    # the model began inside a listed place and ran past it: the mention opens with the place
    ("来到|同|安区|军营村|，", [("安区军营村", "LOC")], {("同安区军营村", "LOC")}),
    ("，|正|蓝旗委|书记|图雅", [("蓝旗委", "ORG")], {("正蓝旗委", "ORG")}),
    # a person the model so read is none: the place is written there
    ("来到|四子|王旗江|岸|光伏|电站", [("王旗江", "PER")], {("四子王旗", "LOC")}),
])
def test_a_mention_begun_inside_a_listed_place_opens_with_it(cut, model, found):
    assert named_after("listed_places", cut, model) == found


def test_a_body_opening_an_organization_before_its_places_is_no_place():
    # 国家税务总局佛山市顺德区税务局: the national bureau opens its local bureau's name; no
    # "place" 国家税务总局佛山市 is split off
    text = "国家税务总局佛山市顺德区税务局党委书记"
    spans = SpanSet([at(text, "国家税务总局佛山市顺德区税务局", "ORG")])
    run("split_places_off_orgs", text, spans)
    assert named(text, spans) == {("国家税务总局佛山市顺德区税务局", "ORG")}


def test_places_split_off_an_organization_keep_the_chain_convention():
    """浙江杭州市西湖区总工会: the step itself joins 浙江 + 杭州市 (a unit without a suffix: one place)."""
    text = "浙江杭州市西湖区总工会组织疗休养"
    spans = SpanSet([at(text, "浙江杭州市西湖区总工会", "ORG")])
    run("split_places_off_orgs", text, spans)
    assert named(text, spans) == {("浙江杭州市", "LOC"), ("西湖区总工会", "ORG")}


def test_a_listed_place_opening_an_organization_is_split_off():
    text = "湖北东江县总工会和中国工商银行广东省分行、北京市海淀区政府"
    spans = SpanSet([at(text, "湖北东江县总工会", "ORG"), at(text, "中国工商银行广东省分行", "ORG"),
                     at(text, "北京市海淀区政府", "ORG")])
    run("split_places_off_orgs", text, spans)
    assert named(text, spans) == {("湖北", "LOC"), ("东江县总工会", "ORG"), ("中国工商银行广东省分行", "ORG"),
                                  ("北京市", "LOC"), ("海淀区政府", "ORG")}


def test_common_words_ending_like_a_unit_are_the_organizations_own():
    # 城乡, 农村 end in 乡, 村: no unit there, so the city is the body's own (北京市总工会 stays whole);
    # 和平|街道 is a unit (its last word is the suffix itself)
    text = "东江市住房和城乡建设委员会、东江市农业农村局和青山区和平街道总工会"
    spans = SpanSet([at(text, "东江市住房和城乡建设委员会", "ORG"), at(text, "东江市农业农村局", "ORG"),
                     at(text, "青山区和平街道总工会", "ORG")])
    run("split_places_off_orgs", text, spans)
    assert named(text, spans) == {("东江市住房和城乡建设委员会", "ORG"), ("东江市农业农村局", "ORG"),
                                  ("青山区", "LOC"), ("和平街道总工会", "ORG")}


def test_places_are_not_split_off_inside_a_word_or_at_a_common_word():
    words = ["天津市委", "经济技术开发区", "工作", "委员会", "和", "大连港", "保税区", "城市", "建设", "管理局"]
    text = "".join(words)
    whole = {("天津市委经济技术开发区工作委员会", "ORG"), ("大连港保税区城市建设管理局", "ORG")}
    spans = SpanSet([at(text, name, label) for name, label in whole])
    run("split_places_off_orgs", text, spans, words)
    assert named(text, spans) == whole


def test_a_place_opening_a_company_name_stays_where_no_unit_follows_it():
    """北京|王府|井…有限公司: what follows the listed place ends like a unit (府) only inside a
    word, so the registered name keeps its place; 北京|海淀区总工会, 江苏省|镇江|市委 (the word
    opens with the unit's ending) and 湖北|长阳县|都镇|湾镇… (the unit written longer) are split."""
    words = ["北京", "王府井", "百货", "大楼", "有限公司", "、", "北京", "海淀区", "总工会", "、",
             "江苏省", "镇江", "市委", "、", "湖北", "长阳县", "都镇湾镇", "人民政府"]
    text = "".join(words)
    names = ["北京王府井百货大楼有限公司", "北京海淀区总工会", "江苏省镇江市委", "湖北长阳县都镇湾镇人民政府"]
    spans = SpanSet([at(text, name, "ORG") for name in names])
    run("split_places_off_orgs", text, spans, words)
    assert named(text, spans) == {("北京王府井百货大楼有限公司", "ORG"), ("北京", "LOC"), ("海淀区总工会", "ORG"),
                                  ("江苏省", "LOC"), ("镇江市委", "ORG"), ("湖北长阳县", "LOC"),
                                  ("都镇湾镇人民政府", "ORG")}


def test_no_mention_runs_across_a_clause_end():
    # 董事长景立峰，协会秘书长…: the model's organization across the comma is its two parts
    text = "董事长景立峰，协会秘书长周明远介绍。"
    spans = SpanSet([at(text, "景立峰，协会", "ORG")])
    run("trim_mention_edges", text, spans)
    assert named(text, spans) == {("景立峰", "ORG"), ("协会", "ORG")}


def test_a_common_word_cut_off_at_a_sentence_end_is_no_mention():
    # 客运组织情况。集团公司: the model ran a common noun into a name across the full stop
    text = "查看客运组织情况。集团公司工会主席龚丽萍陪同。"
    spans = SpanSet([at(text, "情况。集团公司", "ORG")])
    run("trim_mention_edges", text, spans)
    assert named(text, spans) == {("集团公司", "ORG")}


def test_mention_edges_lose_unpaired_marks_and_a_space_splits_persons():
    text = "“石桥工会驿站启用（摄影 赵一凡 钱多多）"
    spans = SpanSet([at(text, "“石桥工会", "ORG"), (text.index("赵一凡"), text.index("钱多多") + 4, "PER")])
    run("trim_mention_edges", text, spans)
    assert named(text, spans) == {("石桥工会", "ORG"), ("赵一凡", "PER"), ("钱多多", "PER")}


def test_a_credits_slash_is_no_part_of_a_name():
    # 杜洋/摄: the model read the photographer's name with the slash of the credit
    text = "（本报记者 杜洋/摄）"
    spans = SpanSet([at(text, "杜洋/", "PER")])
    run("trim_mention_edges", text, spans)
    assert named(text, spans) == {("杜洋", "PER")}


def test_a_closing_title_mark_inside_a_name_takes_its_opener():
    """《青山报》社, 《青山文摘》杂志: the name of a titled paper's office holds its marks; a
    bracketed seat is left to its own step (新源发展（北京）有限公司: bracketed_place_orgs)."""
    text = "《青山报》社副社长周明远和《青山文摘》杂志的记者参观了新源发展（北京）有限公司。"
    spans = SpanSet([at(text, "青山报》社", "ORG"), at(text, "青山文摘》杂志", "ORG"),
                     at(text, "北京）有限公司", "ORG")])
    run("trim_mention_edges", text, spans)
    assert named(text, spans) == {("《青山报》社", "ORG"), ("《青山文摘》杂志", "ORG"), ("北京）有限公司", "ORG")}


@pytest.mark.parametrize("bar", ["|", "｜", "丨"])
def test_a_headline_separator_is_no_part_of_a_name(bar):
    text = f"视频{bar}马卡罗夫会见施特劳德"
    spans = SpanSet([(text.index(bar), text.index("会见"), "PER"), at(text, "施特劳德", "PER")])
    run("trim_mention_edges", text, spans)
    assert named(text, spans) == {("马卡罗夫", "PER"), ("施特劳德", "PER")}


def test_bracketed_seat_must_be_a_place():
    text = "新华社电（记者王小明）国务院办公厅发布。他前往华联（北京）物流有限公司调研。"
    spans = SpanSet([at(text, "王小明", "PER"), at(text, "国务院办公厅", "ORG"), at(text, "华联", "ORG"),
                     at(text, "北京）物流有限公司", "ORG")])
    run("bracketed_place_orgs", text, spans)
    assert named(text, spans) == {("王小明", "PER"), ("国务院办公厅", "ORG"), ("华联（北京）物流有限公司", "ORG")}


def test_movement_verb_is_not_part_of_an_organization():
    text = "随后被调往城南派出所工作"
    spans = spans_of(text, ("调往城南派出所", "ORG"))
    run("trim_org_left_stops", text, spans)
    assert named(text, spans) == {("城南派出所", "ORG")}
    # a verb before the body named back by its kind word alone: no name at all
    text = "率队赴东洋国，检查集团在青山承建的电站项目"
    spans = spans_of(text, ("检查集团", "ORG"))
    run("trim_org_left_stops", text, spans)
    assert named(text, spans) == set()


def test_unit_written_after_its_organization_is_one_organization():
    text = "通州区总工会职工服务中心和昌平区区委区政府"
    spans = SpanSet([at(text, "通州区总工会", "ORG"), at(text, "职工服务中心", "ORG"),
                     at(text, "昌平区区委", "ORG"), at(text, "区政府", "ORG")])
    run("join_sub_units", text, spans)
    assert named(text, spans) == {("通州区总工会职工服务中心", "ORG"), ("昌平区区委", "ORG"), ("区政府", "ORG")}


def test_a_unit_whose_first_noun_the_model_left_out_joins_its_organization():
    # 某区总工会|经费|审查委员会: one noun between the union and the unit the model read
    text = "青山区总工会经费审查委员会召开会议"
    spans = SpanSet([at(text, "青山区总工会", "ORG"), at(text, "审查委员会", "ORG")])
    run("join_sub_units", text, spans)
    assert named(text, spans) == {("青山区总工会经费审查委员会", "ORG")}


@pytest.mark.parametrize("company", ["海晟港口集团", "青禾物流有限公司"])
def test_a_company_after_a_union_and_a_noun_is_no_unit_of_it(company):
    # 省总工会|调研|某港口集团: 调研 is listed as a noun too, but a company is no union's unit
    text = f"山东省总工会调研{company}产业工人队伍建设改革"
    spans = SpanSet([at(text, "山东省总工会", "ORG"), at(text, company, "ORG")])
    run("join_sub_units", text, spans)
    assert named(text, spans) == {("山东省总工会", "ORG"), (company, "ORG")}


@pytest.mark.parametrize("text, found", [
    ("副主席李明与快递员沈浩然、邴小军交流。", {("沈浩然", "PER"), ("邴小军", "PER")}),
    ("坚持睦邻、安邻、富邻的政策", {("安邻", "PER")}),          # two characters: too often a word
    ("张三丰、王府井大街", {("张三丰", "PER")}),                 # a place's name
    ("张三丰、全总副主席李四", {("张三丰", "PER")}),             # a title begins inside (副|主席)
])
def test_a_name_after_a_person_and_a_list_mark_is_a_person(text, found):
    first = "沈浩然" if "沈" in text else "安邻" if "安邻" in text else "张三丰"
    assert named(text, run("paired_names", text, spans_of(text, (first, "PER")))) == found


def test_persons_of_an_enumeration_are_whole():
    text = "当选的有张小东、李玉明、赵大河、钱三为委员"
    spans = SpanSet([at(text, "张小东", "PER"), at(text, "李玉", "PER"), at(text, "赵大河", "LOC")])
    run("enumerated_names", text, spans)
    assert named(text, spans) == {("张小东", "PER"), ("李玉明", "PER"), ("赵大河", "PER"), ("钱三", "PER")}


def test_names_printed_together_are_persons_each():
    text = "（记者周明远吴晓东）普里马科夫、欧阳明日和许平张毅会见了郑小东陈立平王国华、孙明远郑小东陈立平"
    spans = spans_of(text, ("周明远吴晓东", "PER"), ("普里马科夫", "PER"), ("欧阳明日", "PER"),
                     ("许平张毅", "PER"), ("郑小东陈立平王国华", "PER"), ("孙明远郑小东陈立平", "PER"))
    run("split_joined_names", text, spans)
    names = named(text, spans)
    assert {("周明远", "PER"), ("吴晓东", "PER"), ("孙明远", "PER"), ("郑小东", "PER"), ("陈立平", "PER"),
            ("王国华", "PER")} <= names
    assert ("周明远吴晓东", "PER") not in names and ("孙明远郑小东陈立平", "PER") not in names
    # printed among names, one opening like a word (王国|华) is a name too
    assert ("郑小东陈立平王国华", "PER") not in names
    # a foreign name, a compound surname and two-character names stay as they are
    assert {("普里马科夫", "PER"), ("欧阳明日", "PER"), ("许平张毅", "PER")} <= names


def test_the_last_name_of_an_enumeration_stops_before_a_stop_character():
    # 等 closing the list (and 和 going on with it) is no part of the last name
    text = "周明远、吴晓东、李丰等参加了仪式，孙明远、郑小东、赵立和王五出席"
    spans = spans_of(text, ("周明远", "PER"), ("吴晓东", "PER"), ("孙明远", "PER"), ("郑小东", "PER"))
    run("enumerated_names", text, spans)
    names = named(text, spans)
    assert ("李丰", "PER") in names and ("李丰等", "PER") not in names
    assert ("赵立", "PER") in names and ("赵立和", "PER") not in names


def test_a_side_at_the_table_after_the_workers_is_no_lone_surname():
    # 职工方|协商代表: 方 after 职工 (a label) opens a listed word that starts no name (names.yaml)
    text = "农场管理层与职工方协商代表展开协商，职工方首席代表发言"
    spans = spans_of(text, ("方", "PER"))
    run("complete_short_names", text, spans)
    assert named(text, spans) == set()


def test_two_character_name_completed_before_a_follower():
    text = "记者孙明月正在采访"
    spans = spans_of(text, ("孙明", "PER"))
    run("complete_short_names", text, spans)
    assert named(text, spans) == {("孙明月", "PER")}


@pytest.mark.parametrize("text, model, found", [
    # before a preposition the name wins over the word its last character makes with it (远在)
    ("周明远在会上讲话", "周明", "周明远"),
    ("周明远同东洋国总统会谈", "周明", "周明远"),
    # not over an adverb, a function word or a verb of position
    ("周明实在太累", "周明", "周明"),
    ("周明曾在北京工作", "周明", "周明"),
    ("周明坐在台下", "周明", "周明"),
])
def test_two_character_name_completed_before_a_preposition(text, model, found):
    spans = spans_of(text, (model, "PER"))
    run("complete_short_names", text, spans)
    assert named(text, spans) == {(found, "PER")}


@pytest.mark.parametrize("text, found", [
    # a follower of three characters or more is read whole, over the word its first makes (新作)
    ("董事长郑立新作讲话", "郑立新"),
    ("经理郑立新作报告", "郑立新"),
    # a name before 和 joining the next person (赖福全和魏长河)
    ("退役军人赖福全和魏长河", "赖福全"),
    # not over an adverb before the follower (再作报告, 又表示), nor a function word
    ("经理郑立再作报告", "郑立"),
    ("记者李明又表示", "李明"),
    ("退役军人赖福也和魏长河", "赖福"),
])
def test_two_character_name_completed_before_a_long_follower_or_a_joiner(text, found):
    model = found[:2]
    spans = spans_of(text, (model, "PER"))
    run("complete_short_names", text, spans)
    assert named(text, spans) == {(found, "PER")}


def test_longest_form_of_a_person_wins():
    text = "王立新出席。会后王立新说"
    spans = SpanSet([at(text, "王立新", "PER"), at(text, "王立", "PER", 1)])
    run("longest_mentions", text, spans)
    assert named(text, spans) == {("王立新", "PER")} and len(spans) == 2


def test_body_named_after_a_person_is_one_organization():
    text = "来到市燃气公司李大江劳模创新工作室参观"
    spans = SpanSet([at(text, "市燃气公司", "ORG"), at(text, "李大江", "PER")])
    run("person_named_bodies", text, spans)
    assert named(text, spans) == {("市燃气公司李大江劳模创新工作室", "ORG")}


@pytest.mark.parametrize("name, found", [
    ("梁振国", {("梁振国劳模创新工作室", "ORG")}),   # a name the model read as a place
    ("朝阳区", {("朝阳区", "LOC")}),                 # a listed place before the word: left as read
])
def test_body_named_after_a_name_read_as_a_place_is_one_organization(name, found):
    text = f"深入总装车间和“{name}劳模创新工作室”调研"
    spans = SpanSet([at(text, name, "LOC")])
    run("person_named_bodies", text, spans)
    assert named(text, spans) == found


def test_facility_begun_inside_a_word_begins_at_the_word():
    text = "走进白沙河国家考古遗址公园参观"
    spans = run("facility_word_starts", text, spans_of(text, ("白沙河", "LOC"), ("家考古遗址公园", "LOC")))
    assert named(text, spans) == {("白沙河", "LOC"), ("国家考古遗址公园", "LOC")}


@pytest.mark.parametrize("words, read, found", [
    # read from inside the segmenter's word: the name begins at the word
    (["参观", "了", "青州", "国际", "陆港"], "际陆港", "国际陆港"),
    (["在", "县", "侨联", "大厦", "举行"], "联大厦", "侨联大厦"),
    # ... not where the word is no noun (户外|劳动者驿站 is taken by the steps after)
    (["两家", "单位", "共建", "工业", "机器人", "实训基地"], "建工业机器人实训基地", "建工业机器人实训基地"),
])
def test_facility_begun_inside_a_segmenter_word(words, read, found):
    text = "".join(words)
    spans = run("facility_word_starts", text, spans_of(text, (read, "LOC")), words)
    assert named(text, spans) == {(found, "LOC")}


def test_facility_opening_with_its_own_word_keeps_its_start():
    text = "他们走进城市副中心"
    spans = run("facility_word_starts", text, spans_of(text, ("城市副中心", "LOC")))
    assert named(text, spans) == {("城市副中心", "LOC")}


def test_a_district_is_no_facility_though_a_community_is():
    # 社区 and 小区 end in 区: a facility is told by its whole suffix, not by that last character
    text = "铜梁区幸福社区湿地公园人民大会堂"
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    at = {name: (text.index(name), text.index(name) + len(name)) for name in ("铜梁区", "幸福社区", "湿地公园", "人民大会堂")}
    assert not ctx.names_facility(*at["铜梁区"])
    assert all(ctx.names_facility(*at[name]) for name in ("幸福社区", "湿地公园", "人民大会堂"))


def test_name_starts_after_a_locative_or_time_word():
    text = "工会在县域内华通之星（上海）物流有限公司调研"
    spans = run("trim_phrase_heads", text, spans_of(text, ("县域内华通之星", "LOC")))
    assert named(text, spans) == {("华通之星", "LOC")}
    text = "国内贸易部发布通知"                 # 国内 opens names (国内贸易部): not a phrase end
    spans = run("trim_phrase_heads", text, spans_of(text, ("国内贸易部", "ORG")))
    assert named(text, spans) == {("国内贸易部", "ORG")}


def test_bracketed_company_name_starts_after_a_locative_word():
    text = "县域内华通（上海）物流有限公司加入工会"
    spans = run("bracketed_place_orgs", text, spans_of(text, ("上海）物流有限公司", "ORG")))
    assert named(text, spans) == {("华通（上海）物流有限公司", "ORG")}


def test_bracketed_company_name_starts_after_a_verb_of_going():
    text = "他前往中体盛世（北京）体育文化有限公司调研"
    spans = run("bracketed_place_orgs", text, spans_of(text, ("北京", "LOC"), ("体育文化有限公司", "ORG")))
    assert named(text, spans) == {("中体盛世（北京）体育文化有限公司", "ORG")}


@pytest.mark.parametrize("speech", ["作交流发言", "作宣讲报告", "作专题报告", "作动员讲话"])
def test_a_name_ends_before_a_word_that_follows_names(speech):
    text = f"检察长李辰{speech}，王小明出席"
    spans = run("trim_name_followers", text, spans_of(text, ("李辰作", "PER"), ("王小明", "PER")))
    assert named(text, spans) == {("李辰", "PER"), ("王小明", "PER")}


def test_company_union_keeps_its_union_before_the_chairs_title():
    text = "东方（中国）投资有限公司工会主席王红出席"
    spans = run("trim_positions", text, spans_of(text, ("东方（中国）投资有限公司工会", "ORG")))
    assert named(text, spans) == {("东方（中国）投资有限公司工会", "ORG")}
    text = "江南省总工会党组书记李明出席"        # 党组 opens the position: cut before it
    spans = run("trim_positions", text, spans_of(text, ("江南省总工会党组", "ORG")))
    assert named(text, spans) == {("江南省总工会", "ORG")}


@pytest.mark.parametrize("body", ["全总", "市总"])
def test_an_elided_body_ends_before_its_party_group_s_title(body):
    # elided_orgs (全总, 市总) have no suffix of their own, but end where the position opens all the same
    text = f"{body}党组书记、副主席李明主持会议"
    spans = run("trim_positions", text, spans_of(text, (body + "党组", "ORG")))
    assert named(text, spans) == {(body, "ORG")}


@pytest.mark.parametrize("body", ["江南省妇联", "东江市残联", "江南省红十字会"])
def test_a_people_s_organization_written_short_ends_before_its_party_group_s_title(body):
    # org_suffixes.txt: 妇联, 残联, 红十字会 end an organization's name as 总工会 does
    text = f"{body}党组书记李明出席"
    spans = run("trim_positions", text, spans_of(text, (body + "党组", "ORG")))
    assert named(text, spans) == {(body, "ORG")}


def test_province_followed_by_zong_is_its_union_federation():
    text = "江南省总东州市总的干部和北京市总体规划"
    spans = run("place_union_abbreviations", text,
                spans_of(text, ("江南省", "LOC"), ("东州市", "LOC"), ("北京市", "LOC")))
    assert named(text, spans) == {("江南省总", "ORG"), ("东州市总", "ORG"), ("北京市", "LOC")}


@pytest.mark.parametrize("cut, found", [
    # 全市|社会大局: 保全 is read across two words, no verb before an organ
    ("确保|全市|社会|大局|持续|平稳", set()),
    # a verb the tokenizer reads with the level (联合区|交通运输局, 听取区|水务局) still opens one
    ("总工会|联合区|交通|运输局|开展|活动", {("区交通运输局", "ORG")}),
    ("听取区|水务局|工作|汇报", {("区水务局", "ORG")}),
])
def test_an_elided_organ_after_a_verb_opens_where_the_verb_is_a_word(cut, found):
    text = cut.replace("|", "")
    assert named(text, run("elided_orgs", text, SpanSet([]), words=cut.split("|"))) == found


@pytest.mark.parametrize("title", ["总裁", "总经理", "总监"])
def test_a_title_opening_at_zong_is_no_union_federation(title):
    # 某集团亚太区|总裁: 区总, 市总 stand for the union only where no title opens at 总
    text = f"诺维康制药集团亚太区{title}马克·费舍尔一行，和全市总经理协会。会上，区{title}发言。"
    spans = run("place_union_abbreviations", text, spans_of(text, ("亚太区", "LOC")))
    assert named(text, spans) == {("亚太区", "LOC")}
    spans = run("elided_orgs", text, SpanSet([]))
    assert named(text, spans) == set()


@pytest.mark.parametrize("cut", ["近日|，|省|总统筹|安排|资金", "近日|，|区|总督|导组|来到|望京"])
def test_a_title_ending_inside_a_word_leaves_the_union_federation(cut):
    # 省总|统筹 (总统 ends inside 统筹), 区总|督导组 (总督 inside 督导): the short name stands
    text = cut.replace("|", "")
    assert ("省总" if "省" in text else "区总", "ORG") in named(text, run("elided_orgs", text, SpanSet([]), words=cut.split("|")))


def test_mention_takes_the_whole_latin_word():
    text = "参观了sunrise企业集团等企业"
    spans = run("whole_latin_words", text, spans_of(text, ("sun", "ORG")))
    assert named(text, spans) == {("sunrise", "ORG")}
    spans = run("grow_orgs", text, spans)
    assert named(text, spans) == {("sunrise企业集团", "ORG")}


def test_cross_strait_is_no_place():
    text = "推动两岸交流，赴台访问"
    spans = run("drop_not_entities", text, spans_of(text, ("两岸", "LOC"), ("台", "LOC")))
    assert named(text, spans) == {("台", "LOC")}


def test_numbered_congress_of_an_older_saved_pipeline_still_loads_and_a_bad_one_is_named():
    from pipeline.ner.conventions import ConventionTables
    old = ConventionTables.from_yaml({"numbered_congress": "(?<=[党])[一二三]大"})
    assert old.congress.search("党的十五大和党三大") and old.congress_name is None
    with pytest.raises(ValueError, match="numbered_congress must be a mapping"):
        ConventionTables.from_yaml({"numbered_congress": ["十五大"]})


def test_local_units_of_an_older_rules_file_load_under_their_old_name():
    # the county units were renamed local_units when townships joined them; a saved pipeline's old name loads
    from pipeline.ner.conventions import ConventionTables
    assert ConventionTables.from_yaml({"county_units": ["区", "县"]}).local_units == ("区", "县")
    assert ConventionTables.from_yaml({"local_units": ["镇"]}).local_units == ("镇",)


def test_meeting_frames_come_from_the_shared_lexicon_and_an_older_rules_file_keeps_its_own():
    from pipeline.lexicon import load_lexicon
    from pipeline.ner.conventions import ConventionTables
    lexicon = load_lexicon()
    assert "期间" in lexicon.meeting_frames   # names.yaml: one list for NER and events
    assert ConventionTables.from_yaml({}, lexicon).meeting_frames == tuple(
        sorted(lexicon.meeting_frames, key=len, reverse=True))
    assert ConventionTables.from_yaml({"meeting_frames": ["时"]}, lexicon).meeting_frames == ("时",)


def test_name_conjunctions_come_from_the_shared_lexicon_for_ner_and_events():
    from pipeline.events.component import DEFAULT_TRIGGERS
    from pipeline.events.triggers import load_lexicon as load_event_lexicon
    from pipeline.lexicon import load_lexicon
    from pipeline.ner.conventions import ConventionTables
    lexicon = load_lexicon()
    assert "暨" in lexicon.name_conjunctions   # names.yaml: one list
    assert ConventionTables.from_yaml({}, lexicon).name_conjunctions == lexicon.name_conjunctions
    assert load_event_lexicon(DEFAULT_TRIGGERS, lexicon).name_conjunctions == lexicon.name_conjunctions


@pytest.mark.parametrize("words, model, found", [
    (["日本", "棋手", "片冈聪", "九段"], "冈聪", "片冈聪"),          # begun inside the family name
    (["前", "首相", "细川", "护熙", "表示"], "细川", "细川护熙"),     # the family name alone
    (["加上", "田亮", "夺得", "金牌"], "田亮", "田亮"),               # 加上 is a word: no 上田
    (["山口", "表示", "，", "将", "竭力"], "山口", "山口"),           # 表示 is no given name
    (["外长", "安田", "晋一", "一行", "抵达"], "安田晋", "安田晋一"),  # ended where no name ends
    (["安田", "晋", "一", "13日", "抵达"], "安田晋", "安田晋一"),
    (["高田明", "今天", "表示"], "高田明", "高田明"),                 # three only as 太郎 is written
    (["大臣", "木村", "拓", "也", "一行"], "木村拓", "木村拓也"),     # 也 ends a Japanese given name
    (["山本", "也", "出席"], "山本", "山本"),                        # ... only a two-character one
])
def test_a_person_read_across_a_japanese_family_name_is_the_whole_reading(words, model, found):
    text = "".join(words)
    spans = run("japanese_names", text, SpanSet([at(text, model, "PER")]), words)
    assert named(text, spans) == {(found, "PER")}


@pytest.mark.parametrize("words, model, found", [
    (["会见", "了", "以", "山本", "一", "郎", "会长", "为", "团长", "的"], None, {"山本一郎"}),
    (["与", "小泉", "纯", "一", "郎", "首相", "举行", "会谈"], None, {"小泉纯一郎"}),
    (["会见", "了", "木村", "拓", "也", "社长", "一行"], "木村拓", {"木村拓也"}),   # ended early by the model
    # no title right after the reading, or the title cut out of a longer word: nothing
    (["会见", "了", "山本", "一", "郎", "一行"], None, set()),
    (["会见", "了", "山本", "一", "郎会", "长为"], None, set()),
    # a Chinese reading is the model's to find
    (["会见", "了", "以", "周明远", "会长", "为", "团长"], None, set()),
])
def test_a_japanese_reading_right_before_a_title_is_the_office_holder(words, model, found):
    text = "".join(words)
    spans = run("japanese_names_before_titles", text, SpanSet([at(text, model, "PER")] if model else []), words)
    assert {name for name, label in named(text, spans) if label == "PER"} == found


@pytest.mark.parametrize("words, found", [
    # a clause opening with a joiner (，并与): the partner of the clause before's subject
    (["将", "访问", "东洋国", "，", "并", "与", "山本", "一郎", "举行", "会谈", "。"], {("山本一郎", "PER")}),
    (["访问", "东洋国", "，", "还", "同", "山本", "一郎", "会晤", "。"], {("山本一郎", "PER")}),
    # no verb of meeting after it: nothing
    (["访问", "东洋国", "，", "并", "与", "山本", "一郎", "共进", "晚餐", "。"], set()),
])
def test_the_partner_after_a_clause_opening_joiner_is_a_person(words, found):
    text = "".join(words)
    spans = run("clause_subject_names", text, SpanSet([at(text, "东洋国", "LOC")]), words)
    assert named(text, spans) - {("东洋国", "LOC")} == found


def test_a_place_before_a_word_for_a_people_names_the_people():
    text = "塔娜（蒙古族）来自蒙古，朝鲜族群众"
    spans = spans_of(text, ("蒙古", "LOC"), ("朝鲜", "LOC"))
    spans.add(text.index("蒙古，"), text.index("蒙古，") + 2, "LOC")
    run("drop_peoples", text, spans)
    assert sorted(spans.spans) == [(text.index("蒙古，"), text.index("蒙古，") + 2, "LOC")]


def test_a_listed_place_inside_a_longer_word_is_not_tagged():
    text = "中国支持发展中国家，推进京津冀协同发展"
    spans = run("listed_places", text, SpanSet([]), words=["中国", "支持", "发展中国家", "，", "推进", "京", "津", "冀", "协同", "发展"])
    assert named(text, spans) == {("中国", "LOC"), ("京津冀", "LOC")}
    assert [s for s, e, _ in spans.spans if text[s:e] == "中国"] == [0]


def test_a_trade_union_written_without_its_place_is_an_organization():
    text = "。省建设工会、市商业工会和基层工会，全市各级工会"
    spans = run("sector_unions", text, SpanSet([]))
    assert named(text, spans) == {("省建设工会", "ORG"), ("市商业工会", "ORG")}


def test_a_levels_service_centre_written_elided_is_an_organization():
    text = "总工会在区职工服务中心为困难职工发放慰问金"   # 在|区|职工|服务中心: the district's centre
    spans = run("sector_unions", text, SpanSet([]))
    assert named(text, spans) == {("区职工服务中心", "ORG")}


def test_a_levels_service_centre_read_as_a_venue_stays_a_place():
    # 在|区职工服务中心|举行: lodging_places read the venue by its use; sector_unions keeps it a place
    text = "总工会在区职工服务中心举行仪式"
    spans = run("sector_unions", text, SpanSet([at(text, "区职工服务中心", "LOC")]))
    assert named(text, spans) == {("区职工服务中心", "LOC")}


def test_a_level_character_inside_a_word_opens_no_trade_union():
    text = "城市交通工会"   # 城|市: 市 does not open a name here
    assert named(text, run("sector_unions", text, SpanSet([]))) == set()


def test_a_listed_place_the_segmenter_ran_into_the_next_word_is_still_tagged():
    text = "为密云经济增长"
    spans = run("listed_places", text, SpanSet([]), words=["为", "密云经济", "增长"])
    assert named(text, spans) == {("密云", "LOC")}


@pytest.mark.parametrize("cut, found", [
    ("上海|市长|会见", {("上海", "LOC")}),   # 上海 and 上海市 listed: the title keeps its character
    ("蒙城|县长|到|企业", {("蒙城", "LOC")}),   # 蒙城县 listed (china_divisions.txt): 蒙城 is its name
    ("蒙城县|委|书记", {("蒙城县", "LOC")}),     # the segmenter read the unit whole
    # a common word read across an edge, or as the last piece ending with a unit's character: no place
    ("建设|沿海|城市|群", set()),              # 海城市 listed
    ("200|余|名|山区|群众", set()),            # 名山区 listed
    ("应|城市|总工会|主席", {("应城市", "LOC")}),   # the level and what follows name its body (市总工会)
    ("300|余|名|山区|学校", set()),             # 学校 is no body of a place's level (区学校)
    ("港口|区域|建设", set()),                 # 港口区 listed; 港口, a common word, is no name of it
    ("为|密云经济|增长", {("密云", "LOC")}),    # one side cut by a word of no list: kept
    ("赴|伊犁|哈萨克|自治州", {("伊犁哈萨克自治州", "LOC")}),   # the last piece a unit's ending: kept
])
def test_a_listed_unit_whose_suffix_opens_a_title_ends_before_it(cut, found):
    text = cut.replace("|", "")
    assert named(text, run("listed_places", text, SpanSet([]), words=cut.split("|"))) == found


def test_a_city_abbreviation_after_a_verb_of_being_is_a_place():
    text = "考察团在昌期间，留榕过年，在昌盛的年代"
    words = ["考察团", "在", "昌", "期间", "，", "留", "榕", "过年", "，", "在", "昌盛", "的", "年代"]
    spans = run("abbreviated_places", text, SpanSet([]), words=words)
    assert sorted(text[s:e] for s, e, _ in spans.spans) == ["昌", "榕"]
    assert all(s < text.index("昌盛") for s, _, _ in spans.spans if text[s] == "昌")


def test_a_province_or_city_abbreviation_after_a_verb_of_going_is_a_place():
    text = "考察团来陕考察，代表团赴皖交流，来潍参观，他在晋升"
    words = ["考察团", "来", "陕", "考察", "，", "代表团", "赴", "皖", "交流", "，", "来", "潍", "参观", "，",
             "他", "在", "晋升"]
    spans = run("abbreviated_places", text, SpanSet([]), words=words)
    assert sorted(text[s:e] for s, e, _ in spans.spans) == ["潍", "皖", "陕"]   # not the 晋 of 晋升


def test_guangdong_abbreviated_after_a_verb_is_a_place():
    # 粤 after 来 is Guangdong; 深 is left out (在|深达300米: depth, as often as Shenzhen)
    text = "代表团来粤访问，矿井在深达300米的地下"
    words = ["代表团", "来", "粤", "访问", "，", "矿井", "在", "深", "达", "300", "米", "的", "地下"]
    spans = run("abbreviated_places", text, SpanSet([]), words=words)
    assert [text[s:e] for s, e, _ in sorted(spans.spans)] == ["粤"]


def test_an_abbreviation_the_segmenter_joined_to_a_listed_word_after_it_is_a_place():
    # 来|湘务|工人员: 湘 before 务工人员 (a listed word) is Hunan; 在|昌盛 (no listed word after 昌) stays
    text = "关注来湘务工人员，在昌盛的年代，英国驻华大使"
    words = ["关注", "来", "湘务", "工人员", "，", "在", "昌盛", "的", "年代", "，", "英国", "驻华大使"]
    spans = run("abbreviated_places", text, SpanSet([]), words=words)
    assert [text[s:e] for s, e, _ in sorted(spans.spans)] == ["湘"]


def test_dongguan_abbreviated_after_a_verb_is_a_place():
    # 莞 (东莞) after 在 is a place; 汉 and 黑 are not taken (回汉群众: the Hui and the Han; 在黑中介)
    text = "赣南籍在莞企业家，回汉群众，在黑中介"
    words = ["赣南籍", "在", "莞", "企业家", "，", "回", "汉", "群众", "，", "在", "黑", "中介"]
    spans = run("abbreviated_places", text, SpanSet([]), words=words)
    assert [text[s:e] for s, e, _ in sorted(spans.spans)] == ["莞"]


def test_an_elided_name_written_in_full_elsewhere_is_unlisted_not_dropped():
    text = "东城区总工会召开会议。区总工会主席出席。"
    spans = SpanSet([(0, 6, "ORG"), (text.index("区总工会主"), text.index("区总工会主") + 4, "ORG")])
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    rule_steps.get("unlist_elided_with_full")(ctx, spans)
    elided = (text.index("区总工会主"), text.index("区总工会主") + 4)
    assert len(spans.spans) == 2 and ctx.unlisted == {elided}
    assert ctx.listed(spans) == [(0, 6, "ORG")]


def test_an_elided_organ_beside_only_a_body_of_its_own_stays_listed():
    # 市委 beside 市委常委会 (its standing committee, opening the same way): no full form of 市委 is
    # written, 市委 is listed; beside 东江市委常委会 it is written in full and unlisted
    for text, body, listed in (("市委书记周明远主持召开市委常委会会议。", "市委常委会", True),
                               ("市委书记周明远主持召开东江市委常委会会议。", "东江市委常委会", False)):
        start = text.index(body)
        spans = SpanSet([(0, 2, "ORG"), (start, start + len(body), "ORG")])
        ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
        rule_steps.get("unlist_elided_with_full")(ctx, spans)
        assert ((0, 2) in ctx.unlisted) is not listed, text


@pytest.mark.parametrize("text, short, listed", [
    ("中华全国总工会召开会议。全总负责同志出席。", "全总", False),          # a listed short form
    ("青山区总工会成立驿站。青山区总在服务上下功夫。", "青山区总", False),   # an ending written short
    ("全总负责同志出席会议。", "全总", True),                               # nothing longer written
    ("青山区总在服务上下功夫。", "青山区总", True),
])
def test_a_short_form_is_unlisted_where_the_article_writes_the_full_name(text, short, listed):
    start = text.rindex(short)
    found = [(start, start + len(short), "ORG")]
    full = text.find("总工会")
    if full > 0 and not listed:
        found.insert(0, (0, full + 3, "ORG"))
    spans = SpanSet(found)
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    rule_steps.get("unlist_elided_with_full")(ctx, spans)
    assert len(spans.spans) == len(found)
    assert ((start, start + len(short)) in ctx.unlisted) is not listed


@pytest.mark.parametrize("bare, listed", [
    ("研究院", False), ("研究院工会", False),   # the institution's own word, alone or with its union
    ("研究院党委", True),                        # another body of it is no bare word's (left as read)
])
def test_an_institutions_bare_word_is_unlisted_where_it_is_named_in_full(bare, listed):
    # elision.yaml bare_heads: 研究院 beside 东湖光电材料研究院 is that one (roles resolve it)
    text = f"来到东湖光电材料研究院参观。{bare}负责人介绍情况。"
    at_bare = text.rindex(bare)
    spans = SpanSet([(2, 11, "ORG"), (at_bare, at_bare + len(bare), "ORG")])
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    rule_steps.get("unlist_elided_with_full")(ctx, spans)
    assert len(spans.spans) == 2 and ((at_bare, at_bare + len(bare)) in ctx.unlisted) is not listed


def test_a_travelling_group_named_by_no_body_is_unlisted_not_dropped():
    # 与交流团座谈: no entity of its own (ner_rules.yaml group_nouns), but a mention events read
    text = "东江市工会交流团来访。青山区总工会与交流团座谈。"
    group = text.rindex("交流团")
    spans = SpanSet([(0, 8, "ORG"), (group, group + 3, "ORG")])
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    rule_steps.get("unlist_elided_with_full")(ctx, spans)
    assert len(spans.spans) == 2 and ctx.unlisted == {(group, group + 3)}


@pytest.mark.parametrize("full, short, listed", [
    # a company's unit by its three-character name beside the unit named in full: unlisted; a
    # longer one names itself, and a unit of no company written in full stays listed
    ("青禾钢铁股份有限公司热轧厂", "热轧厂", False),
    ("青禾电网有限责任公司检修分公司", "检修分公司", True),
    ("青山区热轧厂", "热轧厂", True),
])
def test_a_company_s_unit_by_its_short_name_is_unlisted_beside_its_full_name(full, short, listed):
    assert _short_form_unlisted(f"{full}召开座谈会。{short}厂长出席。", full, short) is not listed


@pytest.mark.parametrize("full, short, listed", [
    ("东江市律师协会", "市律师协会", False),
    ("东湖街道工会联合会", "街道工会联合会", False),
    ("青山区政协", "区政协", False),
    ("青山区律师协会", "市律师协会", True),     # another level: another body
    ("东江市场管理处", "市场管理处", True),     # 市场 is a word, no level
])
def test_a_level_led_name_another_organization_ends_with_is_its_short_form(full, short, listed):
    assert _short_form_unlisted(f"{full}召开会议。{short}负责同志出席。", full, short) is not listed


def _short_form_unlisted(text: str, full: str, short: str) -> bool:
    """Whether unlist_elided_with_full unlists the last ``short`` of ``text`` opening with ``full``."""
    start = text.rindex(short)
    spans = SpanSet([(0, len(full), "ORG"), (start, start + len(short), "ORG")])
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    rule_steps.get("unlist_elided_with_full")(ctx, spans)
    return (start, start + len(short)) in ctx.unlisted


def test_unlisted_mentions_stay_on_the_doc_for_roles_and_events_but_not_in_the_records():
    from pipeline.article_doc import make_article_doc
    from pipeline.records import entity_records
    text = "东城区总工会召开会议。区总工会主席出席。"
    doc = make_article_doc(NLP, {"text": text})
    elided = text.index("区总工会主")
    doc.ents = [doc.char_span(0, 6, "ORG"), doc.char_span(elided, elided + 4, "ORG")]
    doc._.article_id = "p#1"
    doc = RULES(doc)
    assert [e.text for e in doc.ents] == ["东城区总工会", "区总工会"]
    assert doc._.unlisted_ents == [(elided, elided + 4)]
    assert [r["text"] for r in entity_records(doc)] == ["东城区总工会"]


@pytest.mark.parametrize("text, model, found", [
    # the places split off an organization form a chain with a unit of no suffix: one place
    ("浙江杭州市西湖区总工会组织疗休养。", [("浙江", "LOC"), ("杭州市西湖区总工会", "ORG")],
     {("浙江杭州市", "LOC"), ("西湖区总工会", "ORG")}),
    # every unit with its suffix: split into its units
    ("江南省杭州市西湖区总工会组织疗休养。", [("江南省杭州市西湖区总工会", "ORG")],
     {("江南省", "LOC"), ("杭州市", "LOC"), ("西湖区总工会", "ORG")}),
])
def test_places_split_off_an_organization_follow_the_place_chain_convention(text, model, found):
    from pipeline.article_doc import make_article_doc
    doc = make_article_doc(NLP, {"text": text})
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label) for n, label in model]
    doc = RULES(doc)
    assert {(e.text, e.label_) for e in doc.ents} == found


def test_a_last_list_item_running_on_into_the_sentence_is_left_alone():
    text = "由区公安局、卫健委、水务局、区委共同举办。"
    spans = spans_of(text, ("区公安局", "ORG"), ("卫健委", "ORG"), ("水务局", "ORG"))
    run("enumerated_orgs", text, spans)
    assert not any(text[s:e].startswith("区委") for s, e, _ in spans.spans)


def test_a_unit_opening_an_organization_is_a_place_where_written_on_its_own():
    text = "南湖街道工会联合会送温暖。”南湖街道相关负责人说。西岭街道南湖街道服务站"
    spans = spans_of(text, ("南湖街道工会联合会", "ORG"))
    run("org_unit_places", text, spans)
    alone = text.index("南湖街道相关")
    assert sorted(spans.spans) == [(0, 9, "ORG"), (alone, alone + 4, "LOC")]


def test_a_unit_before_an_office_is_left_to_its_body():
    text = "白石社区工会成立。白石社区党委书记杨华表示"
    spans = run("org_unit_places", text, spans_of(text, ("白石社区工会", "ORG")))
    assert named(text, spans) == {("白石社区工会", "ORG")}


def test_a_name_with_an_unlisted_surname_between_two_names_of_a_list_is_a_person():
    text = "周明远、巨晓东、吴晓岚、李明等当选，会议、座谈会、报告会等"
    spans = spans_of(text, ("周明远", "PER"), ("吴晓岚", "PER"), ("李明", "PER"))
    run("enumerated_names", text, spans)
    assert ("巨晓东", "PER") in named(text, spans)
    assert not any(label == "PER" and text[s:e] == "座谈会" for s, e, label in spans.spans)


def test_castles_attractions_and_shopping_districts_are_facilities():
    text = "游览：黑石关城堡，蜂园大世界，西单商圈。"
    spans = run("facilities", text, SpanSet([]))
    assert named(text, spans) == {("黑石关城堡", "LOC"), ("蜂园大世界", "LOC"), ("西单商圈", "LOC")}


def test_a_facilitys_name_runs_back_over_no_agent_mark():
    # 最终由|社区会员代表…投票: 由 names who does it, no facility's name runs over it
    text = "最终由社区会员代表投票选出社区工会主席。"
    assert named(text, run("facilities", text, SpanSet([]))) == set()


def test_scenic_areas_and_construction_sites_are_facilities():
    # 景区, 风景区, 建设工地 (facility_suffixes); a place read before the name stays apart (People's
    # Daily and MSRA: 邢台|中桥商场)
    text = "先后走进怀柔科学城建设工地和雁栖湖景区，在其他旅游风景区"
    spans = run("facilities", text, spans_of(text, ("怀柔", "LOC"), ("雁栖湖", "LOC")))
    assert named(text, spans) == {("怀柔", "LOC"), ("科学城建设工地", "LOC"), ("雁栖湖景区", "LOC")}


def test_a_place_ends_before_a_verb_of_visiting():
    # 赴通州|调研|工会驿站: the model ran the place over the verb; no station is named after it
    text = "市总领导赴通州调研工会驿站建设"
    spans = run("cut_places_at_verbs", text, spans_of(text, ("通州调研工会驿站", "LOC")))
    run("named_stations", text, spans)
    assert named(text, spans) == {("通州", "LOC")}


def test_a_body_holding_an_event_names_no_station_after_its_verb():
    # 某市总工会|召开|工会驿站…推进会: the verb opens the event's name; a union right before a
    # station names it (青山大道工会|户外职工爱心驿站)
    text = "青山市总工会召开工会驿站提质推进会，来到青山大道工会户外职工爱心驿站"
    spans = spans_of(text, ("青山市总工会", "ORG"), ("青山大道工会", "ORG"))
    run("named_stations", text, spans)
    assert named(text, spans) == {("青山市总工会", "ORG"), ("青山大道工会户外职工爱心驿站", "LOC")}


def test_a_reading_room_right_after_the_place_it_is_in_is_one_place():
    # room_heads: 职工书屋 right after a place names it; an organization's (the union's room), one
    # after a count (黄岛|一企业|职工书屋) or one alone (依托职工书屋) names none
    text = "来到北梁社区职工书屋和青山公司工会职工书屋，黄岛一企业职工书屋，依托职工书屋开展活动"
    spans = spans_of(text, ("北梁社区", "LOC"), ("青山公司工会", "ORG"), ("黄岛", "LOC"))
    run("named_stations", text, spans)
    assert named(text, spans) == {("北梁社区职工书屋", "LOC"), ("青山公司工会", "ORG"), ("黄岛", "LOC")}


def test_a_building_site_right_after_an_estate_is_named_by_it():
    # site_heads: 金华园|项目工地 (an estate or facility, names_facility) names the site; a city's
    # area right before one (北京城市副中心|项目工地) names none, and the area stays a place
    text = "律师来到金华园项目工地，又赴北京城市副中心项目工地慰问。"
    spans = run("named_stations", text, spans_of(text, ("金华园", "LOC"), ("北京城市副中心", "LOC")))
    assert named(text, spans) == {("金华园项目工地", "LOC"), ("北京城市副中心", "LOC")}


def test_a_unit_suffix_before_a_roads_head_ends_no_unit():
    # unit_road_heads: 海府|路 is a road named after no unit (府 ends 京都府); a road authority is
    # the unit's body (东江市|路政局), and a unit before a road stays a unit (上海市|人民路)
    assert RULES.patterns.place_units("海府路户外劳动者驿站") == ([], "海府路户外劳动者驿站")
    assert RULES.patterns.place_units("东江市路政局") == (["东江市"], "路政局")
    assert RULES.patterns.place_units("上海市人民路") == (["上海市"], "人民路")
    text = "代表团先后到海府路户外劳动者驿站考察。"
    spans = run("named_stations", text, spans_of(text, ("海府路户外劳动者驿站", "LOC")))
    assert named(text, spans) == {("海府路户外劳动者驿站", "LOC")}


def test_a_place_read_apart_from_its_facility_word_joins_it():
    # the model read 青山区 and 文化宫 apart: one place, not none (文化宫 alone is a common noun)
    text = "活动在青山区文化宫举行。"
    spans = run("facilities", text, spans_of(text, ("青山区", "LOC"), ("文化宫", "LOC")))
    assert named(text, spans) == {("青山区文化宫", "LOC")}


def test_who_acts_before_an_events_name_is_no_part_of_it():
    # 副主席甲|宣布大赛启动: the contest's name starts after him; 甲杯…大赛 is named for him
    text = "市总工会副主席周明远宣布大赛启动。"
    spans = run("drop_inside_events", text, spans_of(text, ("市总工会", "ORG"), ("周明远", "PER")))
    assert named(text, spans) == {("市总工会", "ORG"), ("周明远", "PER")}
    text = "周明远杯职工技能大赛今天开幕。"
    spans = run("drop_inside_events", text, spans_of(text, ("周明远", "PER")))
    assert named(text, spans) == set()


def test_a_common_word_read_as_a_name_right_after_a_title_stays_a_person():
    text = "队长高峰带领队员参加，高峰论坛同时举行。"
    spans = run("drop_common_word_persons", text, SpanSet([at(text, "高峰", "PER"), (11, 13, "PER")]))
    assert spans.spans == [(2, 4, "PER")]


def test_an_organization_ends_before_a_full_time_vice_chairs_title():
    text = "东江市总工会驻会副主席周明远出席。"
    spans = run("trim_positions", text, spans_of(text, ("东江市总工会驻会", "ORG")))
    assert named(text, spans) == {("东江市总工会", "ORG")}


def test_no_name_opens_with_the_word_joining_two_titles():
    text = "青山国驻东洋国大使兼驻西洋国大使周明远出席。"
    spans = run("state_title_names", text, spans_of(text, ("青山国", "LOC"), ("东洋国", "LOC"), ("西洋国", "LOC"),
                                                   ("周明远", "PER")))
    assert {n for n, label in named(text, spans) if label == "PER"} == {"周明远"}


@pytest.mark.parametrize("text, place", [
    # facility_suffixes: building projects and bases named by their own words (the devset writes
    # …工程项目工地 as a place); a project of common words only is none (重点项目)
    ("记者来到青峰湾安置房项目，看到工人正在施工。", "青峰湾安置房项目"),
    ("剧组在雁鸣山影视基地拍摄。", "雁鸣山影视基地"),
])
def test_a_named_building_project_or_base_is_a_place(text, place):
    spans = run("facilities", text, SpanSet([]))
    assert (place, "LOC") in named(text, spans)
    text = "今年全市重点项目和二期工程进展顺利。"
    assert named(text, run("facilities", text, SpanSet([]))) == set()


def test_a_campaign_slogan_into_a_facility_is_no_place():
    # 服务进社区: going into communities, an activity's slogan; 东湖社区 is a place
    text = "区司法局到东湖街道开展法律服务进社区活动，文化进广场，在东湖社区举行。"
    spans = run("facilities", text, SpanSet([]))
    assert named(text, spans) == {("东湖社区", "LOC")}


def test_administrative_levels_are_listed_once_and_older_rules_files_still_load():
    from pipeline.ner.conventions import ConventionTables
    assert ConventionTables.from_yaml({"admin_levels": ["省", "市"]}).admin_levels == "省市"
    # rules files saved before the levels were one list named them per step
    assert ConventionTables.from_yaml({"stem_unit_suffixes": ["区", "县"]}).admin_levels == "区县"
    assert ConventionTables.from_yaml({"sector_union_levels": ["市"]}).admin_levels == "市"
    assert RULES.patterns.tables.conventions.admin_levels == "省市区县"


@pytest.mark.parametrize("words, model, found", [
    # a place and a topic (经济|文化) is the place
    (["介绍", "了", "江南省", "经济", "文化", "等", "情况"], "江南省经济文化", {("江南省", "LOC")}),
    # a place and an organization's ending is a body
    (["江南省", "经济", "文化", "协会", "成立"], "江南省经济文化协会", {("江南省经济文化协会", "ORG")}),
    # a body's word among them (工会) makes it a meeting's name (flat: nothing inside is listed)
    (["贯彻", "江南省", "工会", "十五大", "精神"], "江南省工会十五大", {("江南省工会十五大", "ORG")}),
    # a word after the place that is no common word (a name) may name a body
    (["江南省", "青禾", "科技", "发布"], "江南省青禾科技", {("江南省青禾科技", "ORG")}),
])
def test_a_place_followed_by_common_words_only_is_no_organization(words, model, found):
    text = "".join(words)
    spans = SpanSet([at(text, model, "ORG")])
    run("topic_orgs", text, spans, words)
    assert named(text, spans) == found


@pytest.mark.parametrize("words, found", [
    # a foreign office holder's name, surname-led or not, up to a name follower or a stop
    (["东洋国", "总统", "山本", "一", "郎", "说"], {("东洋国", "LOC"), ("山本一郎", "PER")}),
    (["会见", "了", "南海国", "首相", "安田晋一", "。"], {("南海国", "LOC"), ("安田晋一", "PER")}),
    (["南海国", "外长", "玛丽·安·布朗", "表示"], {("南海国", "LOC"), ("玛丽·安·布朗", "PER")}),
    # crowns and foreign ministers are offices too (positions.txt)
    (["青山", "王储", "阿卜杜", "会见", "了"], {("青山", "LOC"), ("阿卜杜", "PER")}),
    (["南海国", "外交大臣", "布朗", "表示"], {("南海国", "LOC"), ("布朗", "PER")}),
    # a noun that follows names (讲话) is no noun the name modifies
    (["南海国", "总统", "安田晋一", "讲话", "。"], {("南海国", "LOC"), ("安田晋一", "PER")}),
    # no place before the office: no such name
    (["总统", "山本", "一", "郎", "说"], set()),
    # the office holder is not named (访华), or the words modify a noun (写联赠|乡亲)
    (["东洋国", "总统", "访华"], {("东洋国", "LOC")}),
    (["青山", "书记", "写联", "赠", "乡亲"], {("青山", "LOC")}),
])
def test_a_name_after_a_place_and_an_office_is_a_person(words, found):
    text = "".join(words)
    places = [w for w in ("东洋国", "南海国", "青山") if w in words]
    spans = SpanSet([at(text, w, "LOC") for w in places])
    run("state_title_names", text, spans, words)
    assert named(text, spans) == found


@pytest.mark.parametrize("words, found", [
    # the model's person lacks the name's first character: the whole name, up to its follower
    (["东洋国", "首相", "安田", "晋一", "在", "官邸"], {("东洋国", "LOC"), ("安田晋一", "PER")}),
    # a function character before the model's person (市长的|山本) is no part of the name
    (["东洋国", "首相", "的", "田晋一", "在", "官邸"], {("东洋国", "LOC"), ("田晋一", "PER")}),
])
def test_an_office_holder_the_model_found_in_part_is_whole(words, found):
    text = "".join(words)
    spans = SpanSet([at(text, "东洋国", "LOC"), at(text, "田晋一", "PER")])
    run("state_title_names", text, spans, words)
    assert named(text, spans) == found


def test_a_day_of_the_week_ends_a_name_before_it():
    # days of the week follow names (name_followers.txt: 拜登周三在…)
    words = ["东洋国", "总统", "山本", "一", "郎", "周三", "在", "官邸"]
    text = "".join(words)
    spans = run("state_title_names", text, SpanSet([at(text, "东洋国", "LOC")]), words)
    assert named(text, spans) == {("东洋国", "LOC"), ("山本一郎", "PER")}
    text = "副主席周明远周三在青山会见了客人"
    assert named(text, run("title_names", text, SpanSet())) == {("周明远", "PER")}


@pytest.mark.parametrize("words, person, found", [
    # a clause's subject before a verb of meeting or of speech: a name, foreign ones too
    (["安田", "晋一", "会见", "了", "代表团", "。"], None, {("安田晋一", "PER")}),
    (["10日", "，", "施特劳德", "表示", "，"], None, {("施特劳德", "PER")}),
    # joined to a person, with a meeting later in the clause (surname-led, over a function character)
    (["文", "在", "寅", "与", "吴晓东", "举行", "会谈", "。"], "吴晓东", {("文在寅", "PER"), ("吴晓东", "PER")}),
    # … not without one
    (["文", "在", "寅", "与", "吴晓东", "一起", "吃饭", "。"], "吴晓东", {("吴晓东", "PER")}),
    # the partner joined to a person before 在 or the meeting verb; 本 inside a word of the name
    (["吴晓东", "与", "山本", "一", "郎", "在", "青山", "举行", "会晤", "。"], "吴晓东",
     {("吴晓东", "PER"), ("山本一郎", "PER")}),
    (["吴晓东", "与", "山本", "一", "郎", "一起", "吃饭", "。"], "吴晓东", {("吴晓东", "PER")}),
    # a name, a time word, a place, then joined to a person (a short modifier between) with a
    # meeting verb later in the clause; not without the meeting verb
    (["据", "报道", "，", "安田", "晋一", "当天", "在", "官邸", "与", "来访", "的", "吴晓东", "举行", "会晤", "。"],
     "吴晓东", {("安田晋一", "PER"), ("吴晓东", "PER")}),
    (["据", "报道", "，", "安田", "晋一", "当天", "在", "官邸", "与", "来访", "的", "吴晓东", "一起", "吃饭", "。"],
     "吴晓东", {("吴晓东", "PER")}),
    # a headline's separator opens a clause too (视频|甲会见乙)
    (["视频", "|", "施特劳德", "会见", "了", "吴晓东"], "吴晓东", {("施特劳德", "PER"), ("吴晓东", "PER")}),
    # the words ending the clause after a person's meeting verb are the one met (two characters
    # only surname-led); not a time frame of the meeting (会见时在座), nor a group word (外宾)
    (["吴晓东", "会见", "文", "在", "寅"], "吴晓东", {("吴晓东", "PER"), ("文在寅", "PER")}),
    (["吴晓东", "会见", "了", "施特劳德", "。"], "吴晓东", {("吴晓东", "PER"), ("施特劳德", "PER")}),
    (["吴晓东", "会见", "了", "外宾", "。"], "吴晓东", {("吴晓东", "PER")}),
    (["部长", "吴晓东", "会见", "时", "在座", "。"], "吴晓东", {("吴晓东", "PER")}),
    # a conjunction, a numeral, a pronoun, a noun's ending, a common noun: no name
    (["并", "简要", "介绍", "了"], None, set()),
    (["但", "两轮", "会谈", "没有", "进展"], None, set()),
    (["他", "曾", "会见", "过"], None, set()),
    (["论者", "认为", "，"], None, set()),
    (["区", "领导", "会见", "了", "代表团"], None, set()),
    # a one-character speech verb glues to other words (说出); not inside a clause
    (["安田", "晋一", "说出", "了"], None, set()),
    (["会上", "安田", "晋一", "表示"], None, set()),
])
def test_a_clause_subject_before_a_meeting_or_speech_verb_is_a_person(words, person, found):
    text = "".join(words)
    spans = SpanSet([at(text, person, "PER")] if person else [])
    run("clause_subject_names", text, spans, words)
    assert named(text, spans) == found


@pytest.mark.parametrize("subject, label", [("施特劳德", "PER"), ("江南省", "LOC"), ("北京", "LOC")])
def test_an_unlisted_place_opening_a_clause_before_a_meeting_verb_is_a_person(subject, label):
    # 施特劳德会见…: a place meets nobody, so a model LOC there is a person; a listed place (北京)
    # or one ending like a place (江南省) stays a place
    words = [subject, "会见", "了", "吴晓东", "。"]
    text = "".join(words)
    spans = SpanSet([at(text, subject, "LOC"), at(text, "吴晓东", "PER")])
    run("clause_subject_names", text, spans, words)
    assert (subject, label) in named(text, spans)


@pytest.mark.parametrize("run_text, found", [
    # five characters: a two- and a three-character name, read one way only
    ("郑秋吴晓东", {("郑秋", "PER"), ("吴晓东", "PER")}),
    ("吴晓东郑秋", {("吴晓东", "PER"), ("郑秋", "PER")}),
    # read two ways (周明|王林平, 周明王|林平: 林 is a surname too): left joined
    ("周明王林平", {("周明王林平", "PER")}),
    # read two ways, one of them with a rare surname (仲): the way with common surnames only
    ("周明仲林平", {("周明仲", "PER"), ("林平", "PER")}),
    # three names, two- and three-character ones mixed (明 is a rare surname)
    ("吴晓罗明远王立新", {("吴晓", "PER"), ("罗明远", "PER"), ("王立新", "PER")}),
])
def test_five_characters_printed_together_are_two_persons_where_read_one_way(run_text, found):
    text = f"（{run_text}）"
    spans = spans_of(text, (run_text, "PER"))
    run("split_joined_names", text, spans)
    assert named(text, spans) == found


@pytest.mark.parametrize("words, places, found", [
    # an ending the model left alone, after nouns or a proper word that follow a place
    (["东洋", "地下铁", "劳动组合", "代表团", "到访"], ["东洋"], {("东洋地下铁劳动组合", "ORG")}),
    (["由", "青山", "足球", "协会", "主办"], ["青山"], {("青山足球协会", "ORG")}),
    # no place: a proper word (no common word) opening the phrase opens the name too
    (["，", "青禾", "社会", "工作", "事务所", "成立"], [], {("青禾社会工作事务所", "ORG")}),
    (["，", "青禾", "事务所", "成立"], [], set()),   # nothing between: the model's to find
    # a count of bodies (两地), a verb (成立) or nothing between: no name
    (["深圳", "和", "青山", "两地", "政府"], ["青山"], {("青山", "LOC")}),
    (["青山", "成立", "协会"], ["青山"], {("青山", "LOC")}),
    # a label naming whom the body serves (职工) is a noun of the name; an office (主席) is none
    (["来到", "翠湖", "街道", "职工", "服务站", "，"], ["翠湖街道"], {("翠湖街道职工服务站", "ORG")}),
    (["来到", "翠湖", "街道", "主席", "服务站", "，"], ["翠湖街道"], {("翠湖街道", "LOC")}),
    # a union's relief centre (帮扶中心), also after a verb of leading a group (lead_verbs.txt)
    (["到", "青山区", "困难", "职工", "帮扶", "中心", "调研"], ["青山区"], {("青山区困难职工帮扶中心", "ORG")}),
    (["带领", "青山区", "困难", "职工", "帮扶", "中心", "人员"], ["青山区"], {("青山区困难职工帮扶中心", "ORG")}),
    # a function character the segmenter glued to a level (对|镇: 对镇) ends the phrase
    (["，", "审计组", "对镇", "总工会", "换届"], [], set()),
    # … and so does the agent mark (由|区: 由区, "paid by the district's union")
    (["，", "午餐", "由区", "总工会", "补贴"], [], set()),
])
def test_an_ending_after_nouns_that_follow_a_place_is_an_organization(words, places, found):
    text = "".join(words)
    spans = SpanSet([at(text, w, "LOC") for w in places])
    run("suffix_led_orgs", text, spans, words)
    assert named(text, spans) == found


def test_an_ending_does_not_run_back_over_a_headline_s_space():
    # 榨季正酣 工会慰问…: a headline of two phrases; the space ends the name's left side (no
    # organization is named 榨季正酣工会), as it does for a proper word before it
    words, spaces = ["青禾", "时节", "工会", "慰问", "职工"], [False, True, False, False, False]
    text = "青禾时节 工会慰问职工"
    doc = Doc(NLP.vocab, words=words, spaces=spaces)
    spans = SpanSet([])
    rule_steps.get("suffix_led_orgs")(RuleContext(doc, text, RULES.patterns), spans)
    assert named(text, spans) == set()
    doc = Doc(NLP.vocab, words=words, spaces=[False] * len(words))
    spans = SpanSet([])
    rule_steps.get("suffix_led_orgs")(RuleContext(doc, text.replace(" ", ""), RULES.patterns), spans)
    assert named(text.replace(" ", ""), spans) == {("青禾时节工会", "ORG")}


@pytest.mark.parametrize("text, model, found", [
    # a conjunction before a clause mark, 的 or a speech verb ends the name instead
    ("会见了南海国外长郑京和。", "郑京", {("郑京和", "PER")}),
    ("郑京和的诗朗诵获得好评", "郑京", {("郑京和", "PER")}),
    ("郑京和表示欢迎", "郑京", {("郑京和", "PER")}),
    # a conjunction between two names joins them
    ("郑京和吴晓东出席", "郑京", {("郑京", "PER")}),
])
def test_a_conjunction_that_ends_a_clause_ends_the_name(text, model, found):
    spans = SpanSet([at(text, model, "PER")])
    run("names_before_a_clause_end", text, spans)
    assert named(text, spans) == found


@pytest.mark.parametrize("text,place,joined", [
    ("东洋国青山市中心的商场", "青山", False),   # 市中心: the centre, no unit of the name
    ("东洋国青山县市长选举", "青山", False),     # 县市长: levels listed
    ("青山区政府召开会议", "青山", True),
])
def test_a_place_takes_its_unit_only_where_the_unit_ends_the_name(text, place, joined):
    spans = spans_of(text, (place, "LOC"))
    run("join_place_units", text, spans)
    assert (named(text, spans) == {(place + text[text.index(place) + len(place)], "LOC")}) is joined


@pytest.mark.parametrize("text, model, found", [
    ("到白石山镇涧沟村慰问", ("白石山镇", "沟村"), {"白石山镇", "涧沟村"}),   # a rare character left out
    ("到白石山镇和沟村慰问", ("白石山镇", "沟村"), {"白石山镇", "沟村"}),     # a function word stays out
    ("到白石山镇涧沟村慰问", ("沟村",), {"沟村"}),                           # no place before it
    ("在青沙区万顷沙镇考察", ("青沙区", "沙镇"), {"青沙区", "万顷沙镇"}),   # two characters left out
    ("在青沙区和万沙镇考察", ("青沙区", "沙镇"), {"青沙区", "沙镇"}),       # … not over a function word
])
def test_a_unit_cut_to_one_character_after_a_place_takes_the_characters_between(text, model, found):
    spans = spans_of(text, *((m, "LOC") for m in model))
    run("join_place_units", text, spans)
    assert {name for name, _ in named(text, spans)} == found


@pytest.mark.parametrize("text, found", [
    ("白石市遂平县总工会组织活动", {("白石市", "LOC"), ("遂平县总工会", "ORG")}),   # 白石市|遂|平县总工会
    ("白石市和平县总工会组织活动", {("白石市", "LOC"), ("平县总工会", "ORG")}),     # a function word stays out
])
def test_an_organization_opening_with_a_unit_cut_to_one_character_takes_the_character_between(text, found):
    spans = spans_of(text, ("白石市", "LOC"), ("平县总工会", "ORG"))
    run("join_place_units", text, spans)
    assert named(text, spans) == found


def test_a_unit_before_a_facility_of_common_words_names_it():
    # 茶叶|产业园 names no place of its own (as 朝阳区文化馆); 滨江公园 does, and 青山区 stays apart
    text = "来到竹岚镇茶叶产业园和青山区滨江公园"
    spans = spans_of(text, ("竹岚镇", "LOC"), ("茶叶产业园", "LOC"), ("青山区", "LOC"), ("滨江公园", "LOC"))
    words = ["来到", "竹岚镇", "茶叶", "产业园", "和", "青山区", "滨江", "公园"]
    run("join_place_facilities", text, spans, words)
    assert named(text, spans) == {("竹岚镇茶叶产业园", "LOC"), ("青山区", "LOC"), ("滨江公园", "LOC")}


def test_a_unit_before_a_facility_of_common_words_the_model_missed_names_it():
    # 新吴区|集成电路|设计|产业园: the model found the unit alone; common words and a facility's
    # ending after it are one place with it (as 竹岚镇茶叶产业园)
    text = "来到新吴区集成电路设计产业园和长江封测公司"
    words = ["来到", "新吴区", "集成电路", "设计", "产业园", "和", "长江", "封测", "公司"]
    spans = run("facilities", text, spans_of(text, ("新吴区", "LOC")), words)
    assert ("新吴区集成电路设计产业园", "LOC") in named(text, spans)
    # not before a facility named by its own words (芙蓉|社区: trade_facilities), nor over a word
    # that is no noun or a verb of going (某市|共有|产业园, 某区|调研|…: the clause's verbs)
    for cut in ("来到|新碶|街道|芙蓉|社区", "青山市|共有|产业园|30|个", "他|到|徐汇区|调研|产业园"):
        text = cut.replace("|", "")
        unit = next(u for u in ("新碶街道", "青山市", "徐汇区") if u in text)
        spans = run("facilities", text, spans_of(text, (unit, "LOC")), cut.split("|"))
        assert (unit, "LOC") in named(text, spans), cut


def test_modern_common_words_make_a_facility_of_common_words():
    # 物流, 新能源 (modern_words.txt): 现代|物流|产业园 names no place of its own
    for cut in ("巴彦岱镇|现代|物流|产业园", "张北县|新能源|产业园"):
        unit, _, rest = cut.partition("|")
        found = named_after("join_place_facilities", cut, [(unit, "LOC"), (rest.replace("|", ""), "LOC")])
        assert found == {(cut.replace("|", ""), "LOC")}


def test_a_chain_ending_with_a_facility_of_common_words_stays_one():
    # 容县|经济|开发区: 开发区 ends with a unit's suffix, but common words before it name no unit
    assert named_after("split_place_chains", "容县|经济|开发区", [("容县经济开发区", "LOC")]) \
        == {("容县经济开发区", "LOC")}
    assert named_after("split_place_chains", "北京市|海淀区", [("北京市海淀区", "LOC")]) \
        == {("北京市", "LOC"), ("海淀区", "LOC")}


@pytest.mark.parametrize("cut, units", [
    # an autonomous prefecture written by its place and 州 (凉山彝族自治州 listed) is a unit of its own
    ("凉山州|西昌市", {"凉山州", "西昌市"}),
    ("青海省|海西州|格尔木市", {"青海省", "海西州", "格尔木市"}),
    # ... not a city whose name ends in 州 (杭州: no suffix, a chain that stays one per the guideline)
    ("杭州|萧山", {"杭州萧山"}),
])
def test_a_prefecture_written_short_is_a_unit_of_a_chain(cut, units):
    whole = cut.replace("|", "")
    assert named_after("split_place_chains", cut, [(whole, "LOC")]) == {(u, "LOC") for u in units}


def test_a_unit_before_a_facility_of_any_common_words_names_it():
    # 现代 is a common word but no noun: 现代|农业|产业园 still names no place of its own
    text = "来到土桥镇现代农业产业园"
    spans = spans_of(text, ("土桥镇", "LOC"), ("现代农业产业园", "LOC"))
    run("join_place_facilities", text, spans, ["来到", "土桥镇", "现代", "农业", "产业园"])
    assert named(text, spans) == {("土桥镇现代农业产业园", "LOC")}
    # a word of numerals (五一: a day's name) is the facility's own name: the unit stays apart
    text = "来到太原市五一广场"
    spans = spans_of(text, ("太原市", "LOC"), ("五一广场", "LOC"))
    run("join_place_facilities", text, spans, ["来到", "太原市", "五一", "广场"])
    assert named(text, spans) == {("太原市", "LOC"), ("五一广场", "LOC")}


@pytest.mark.parametrize("facility", ["紫光阁", "祈年殿", "望湖亭"])
def test_a_compound_before_a_pavilion_or_hall_is_one_place_with_it(facility):
    text = f"周明远在青禾园{facility}会见了客人。"
    spans = spans_of(text, ("青禾园", "LOC"), (facility, "LOC"))
    run("join_place_facilities", text, spans)
    assert named(text, spans) == {("青禾园" + facility, "LOC")}


@pytest.mark.parametrize("text, name", [("著名演员吴晓东出席了首映式", "吴晓东"),
                                        ("青山队主教练郑秋表示", "郑秋"),
                                        ("中国科学院院士周明远在会上发言", "周明远")])
def test_a_name_after_an_occupation_or_a_label_is_a_person(text, name):
    # positions.txt holds occupations and labels beyond the union's own (演员, 主教练, 院士)
    assert (name, "PER") in named(text, run("title_names", text, SpanSet()))


@pytest.mark.parametrize("text, model, found", [
    # no title names a surname alone: 苏和 is a (Mongolian) name's first part, not 苏 and 巴特尔
    ("公司总经理苏和巴特尔作报告", [("苏", "PER"), ("巴特尔", "PER")], {("苏和巴特尔", "PER")}),
    # two persons after a title, each read whole, stay two
    ("公司总经理周明远和吴晓东作报告", [("周明远", "PER"), ("吴晓东", "PER")], {("周明远", "PER"), ("吴晓东", "PER")}),
])
def test_a_lone_surname_after_a_title_and_and_a_name_are_one_name(text, model, found):
    spans = run("title_names", text, spans_of(text, *model))
    assert named(text, spans) == found


def test_a_name_the_model_began_inside_a_title_starts_after_the_title():
    # 副监狱|长孙立: 长孙 is a compound surname, but 副监狱长 is a title (positions.txt) and the name follows it
    text = "监狱副监狱长孙立介绍了情况。"
    spans = run("title_names", text, SpanSet([at(text, "长孙立", "PER")]))
    assert named(text, spans) == {("孙立", "PER")}


@pytest.mark.parametrize("text, model", [
    ("四子王旗旗委办公室、旗长张海滨陪同。", ("旗长张海滨", "PER")),   # a title the model read as a name's
    ("副区长、区副总河长韦玉林陪同。", ("长韦玉林", "LOC")),             # 副总河|长: the model cut the title
])
def test_a_mention_the_model_began_at_or_inside_a_title_gives_way_to_the_name_after_it(text, model):
    spans = run("title_names", text, SpanSet([at(text, *model)]))
    assert named(text, spans) == {(model[0][-3:], "PER")}


@pytest.mark.parametrize("cut, model, found", [
    # a minority's name the model ended early, before a clause mark or 、: the name runs there
    ("副市长|乌云|其其格|，|州长|阿苏木|呷|、|副州长|沙马|阿果|出席|。", ["乌云", "阿苏木", "沙马阿果"],
     {"乌云其其格", "阿苏木呷", "沙马阿果"}),
    # a one-character word, a word after names, a common word or a title before the mark: no part of it
    ("局长|王刚|等|，|主任|李明|一行|，|会长|张伟|说|，|主席|赵强|同志|。", ["王刚", "李明", "张伟", "赵强"],
     {"王刚", "李明", "张伟", "赵强"}),
    ("棋手|赵治勋|九段|，", ["赵治勋"], {"赵治勋"}),
    # a word of two after a whole name of three (a name and its verb), one's home after it: no part of it
    ("援助|中心|指派|值班|律师|宓春阳|接案|，", ["宓春阳"], {"宓春阳"}),
    ("来到|退休|职工|甘振华|家|。", ["甘振华"], {"甘振华"}),
])
def test_a_name_after_a_title_runs_to_the_clause_mark(cut, model, found):
    text = cut.replace("|", "")
    spans = run("title_names", text, SpanSet([at(text, n, "PER") for n in model]), cut.split("|"))
    assert {n for n, label in named(text, spans) if label == "PER"} == found


def test_a_title_that_opens_inside_a_word_names_no_one():
    # 无为市|长江大堤: 市长 opens inside 无为市, so 江大堤 is no name
    text = "来到无为市长江大堤检查"
    spans = run("title_names", text, SpanSet(), ["来到", "无为市", "长江", "大堤", "检查"])
    assert named(text, spans) == set()


def test_a_place_the_model_found_after_a_title_that_opens_inside_a_word_stays():
    # 公司|长沙: 司长 is a title, but it opens inside 公司
    text = "华筑建设集团有限公司长沙地铁7号线"
    words = ["华筑", "建设", "集团", "有限公司", "长沙", "地铁", "7", "号", "线"]
    spans = run("title_names", text, SpanSet([at(text, "长沙", "LOC")]), words)
    assert ("长沙", "LOC") in named(text, spans)


def test_a_title_after_a_title_is_no_name():
    text = "看望参加托管的孩子和志愿者老师，检查安全。"   # 老师 opens with a surname, and is a title
    assert named(text, run("title_names", text, SpanSet())) == set()


@pytest.mark.parametrize("text, found", [
    ("西城区总工会副主席厉小兵评价他工作认真", {"厉小兵"}),    # a verb no name follower lists (评价)
    ("主席李国庆祝贺大会召开", {"李国庆"}),                    # three characters tried first
    ("主席由两位副主席轮流担任", set()),                       # 由: mostly a preposition
    ("导演王坪曾执导过三部影片", set()),                       # 曾: an adverb ends no name
    ("各基层工会负责人齐聚现场", set()),                       # two characters: a verb (齐聚) of the clause
])
def test_a_name_after_a_title_ends_before_a_verb(text, found):
    assert {n for n, label in named(text, run("title_names", text, SpanSet())) if label == "PER"} == found


@pytest.mark.parametrize("text, name", [("区总工会主任蒯大年说", "蒯大年"), ("副部长庹国强出席", "庹国强"),
                                        ("常务副主席赫连青松说", "赫连青松")])
def test_a_rare_surname_after_a_title_opens_a_name(text, name):
    # surnames.txt lists the rarer single and compound surnames of the Hundred Family Surnames too
    assert (name, "PER") in named(text, run("title_names", text, SpanSet()))


def test_a_title_name_takes_over_a_place_the_model_read_in_its_given_name():
    # 主席邰|正阳: 正阳 is no listed place and has no place's ending
    text = "区总工会主席邰正阳主持报告会"
    spans = run("title_names", text, SpanSet([at(text, "正阳", "LOC")]))
    assert named(text, spans) == {("邰正阳", "PER")}
    text = "区总工会主席邰北京主持"            # a listed place stays
    assert named(text, run("title_names", text, SpanSet([at(text, "北京", "LOC")]))) == {("北京", "LOC")}


def test_a_title_name_takes_over_an_organization_the_model_read_in_its_given_name():
    # 主席练|海军: 海军 read as an organization with no organization's ending
    text = "东江五金制品有限公司工会主席练海军说"
    spans = run("title_names", text, SpanSet([at(text, "海军", "ORG")]))
    assert named(text, spans) == {("练海军", "PER")}


@pytest.mark.parametrize("text, found", [("东洋国担任欧盟主席国期间推动改革", set()),   # 主席国: no title
                                         ("东洋国副主席周明远会见了客人", {"周明远"})])
def test_a_title_running_into_a_longer_word_names_nobody(text, found):
    """names.yaml title_blocked_next, shared with the roles stage."""
    assert {n for n, label in named(text, run("title_names", text, SpanSet())) if label == "PER"} == found


def test_the_title_blocks_come_from_the_shared_lexicon_for_roles_and_ner():
    from pipeline.lexicon import load_lexicon
    from pipeline.roles.lexicon import RoleLexicon
    lexicon = load_lexicon()
    assert "国" in lexicon.title_blocked_next and "会见" in lexicon.title_blocked_next_except
    roles = RoleLexicon(patterns={}, domain=lexicon)
    assert roles.blocked_next == set(lexicon.title_blocked_next)
    assert RoleLexicon(patterns={"blocked_next": ["团"]}, domain=lexicon).blocked_next == {"团"}   # an older file


@pytest.mark.parametrize("text, model, found", [
    # the model's name one short of a character that makes a word with the next (合作): kept
    ("年轻主持人吴晓合作主持新栏目", "吴晓", "吴晓"),
    # ... not before a preposition that follows names (远在: 在 is no part of a word here)
    ("副主席周明远在会上讲话", "周明", "周明远"),
])
def test_a_title_does_not_stretch_a_model_name_into_a_word(text, model, found):
    spans = run("title_names", text, SpanSet([at(text, model, "PER")]))
    assert {n for n, label in named(text, spans) if label == "PER"} == {found}


@pytest.mark.parametrize("text, name", [
    ("区总工会副主席洪立群出席会议", "洪立群"),        # surnames.txt: 洪, 萧, 赖 (PD 1998 days 1-20)
    ("区总工会副主席谯明远出席会议", "谯明远"),        # … and rarer ones (谯, 斛, 贲, 闾)
    ("该车间化验员鲁大成表示", "鲁大成"),              # positions.txt: trades before a worker's name
    ("国家二级心理咨询师桑雨晴为职工讲课", "桑雨晴"),
])
def test_a_name_after_a_title_with_a_listed_surname_or_trade(text, name):
    assert (name, "PER") in named(text, run("title_names", text, SpanSet()))


@pytest.mark.parametrize("text, model, found", [
    # a title opening inside the guessed name (职工|方首席代表: a side and its title) names nobody
    ("职工方首席代表缑海燕与企业方首席代表亢立平进行协商", [], {("缑海燕", "PER"), ("亢立平", "PER")}),
    # an adverb ending the guessed name leaves the model's shorter one (秘书长安南|已于)
    ("联合国秘书长安南已于5日深夜批准了计划", [("安南", "PER")], {("安南", "PER")}),
])
def test_a_title_name_runs_into_no_title_nor_over_an_adverb(text, model, found):
    assert named(text, run("title_names", text, spans_of(text, *model))) == found


def test_a_name_after_a_title_read_as_an_organization_is_a_person():
    # 部长|宿海军 the model read as an organization: just the name, no organization's ending
    text = "市总工会经济技术部部长宿海军出席会议"
    spans = run("title_names", text, spans_of(text, ("市总工会经济技术部", "ORG"), ("宿海军", "ORG")))
    assert ("宿海军", "PER") in named(text, spans)
    text = "市总工会经济技术部部长张良工会出席会议"   # (an organization's ending: left as read; guard)
    spans = run("title_names", text, spans_of(text, ("张良工会", "ORG")))
    assert ("张良工会", "ORG") in named(text, spans)


@pytest.mark.parametrize("text, listed", [
    ("东湖铁路局青山工务段召开会议。工务段党委书记出席。", False),   # a longer name ending with it
    ("工务段党委书记出席会议。", True),                             # nothing longer written
])
def test_an_organization_s_ending_alone_is_unlisted_beside_a_name_ending_with_it(text, listed):
    # 工务段 (its 党委 trimmed off): the guideline lists a short form only where nothing longer is written
    start = text.rindex("工务段")
    found = [(start, start + 3, "ORG")] + ([(0, 10, "ORG")] if not listed else [])
    spans = SpanSet(found)
    ctx = RuleContext(NLP.make_doc(text), text, RULES.patterns)
    rule_steps.get("unlist_elided_with_full")(ctx, spans)
    assert len(spans.spans) == len(found) and ((start, start + 3) in ctx.unlisted) is not listed


@pytest.mark.parametrize("text, model, found", [
    ("甲今天在钓鱼台国宾馆会见了来访的客人。", ("钓鱼台国宾馆", "ORG"), {("钓鱼台国宾馆", "LOC")}),
    ("会议在东江大酒店举行。", ("东江大酒店", "ORG"), {("东江大酒店", "LOC")}),
    # the hotel's union is a body; a hotel word alone names no place
    ("东江饭店工会主席", ("东江饭店工会", "ORG"), {("东江饭店工会", "ORG")}),
    # the hotel as a business, not where something happens, stays as the model read it
    ("东江大酒店今年营业额增长", ("东江大酒店", "ORG"), {("东江大酒店", "ORG")}),
    ("住在饭店", ("饭店", "ORG"), {("饭店", "ORG")}),
    # a body's house (venue_suffixes) where things are held or gone to, as a hotel; as a body, as read
    ("工会在青山区职工服务中心举办活动。", ("青山区职工服务中心", "ORG"), {("青山区职工服务中心", "LOC")}),
    ("周明远来到青山镇职工服务中心。", ("青山镇职工服务中心", "ORG"), {("青山镇职工服务中心", "LOC")}),
    ("青山区职工服务中心开展培训。", ("青山区职工服务中心", "ORG"), {("青山区职工服务中心", "ORG")}),
    ("在青山区职工服务中心的帮助下，他找到了工作。", ("青山区职工服务中心", "ORG"), {("青山区职工服务中心", "ORG")}),
    # a union's own unit stays a body where it is gone to (the read sets' gold: 8 to 2)
    ("代表团考察了马尾区总工会职工服务中心。", ("马尾区总工会职工服务中心", "ORG"), {("马尾区总工会职工服务中心", "ORG")}),
    ("他在青山县总工会职工服务中心领到了赔偿款。", ("青山县总工会职工服务中心", "ORG"), {("青山县总工会职工服务中心", "ORG")}),
])
def test_a_hotel_read_as_an_organization_where_something_happens_is_a_place(text, model, found):
    spans = run("lodging_places", text, spans_of(text, model))
    assert named(text, spans) == found


@pytest.mark.parametrize("text, model", [
    # a body's house gone to after a visit verb, or listed after a place or body gone to
    ("周明远走访了青山区职工服务中心。", [("青山区职工服务中心", "ORG")]),
    ("周明远来到青山公司和白石街道职工服务中心。", [("青山公司", "ORG"), ("白石街道职工服务中心", "ORG")]),
])
def test_a_house_gone_to_or_listed_after_a_stop_is_a_place(text, model):
    spans = run("lodging_places", text, spans_of(text, *model))
    assert (model[-1][0], "LOC") in named(text, spans)


@pytest.mark.parametrize("text, model, found", [
    # news never names an office holder by his surname alone after his title
    ("国务院副总理韩正在人民大会堂会见", ("韩", "PER"), {("韩正", "PER")}),
    # ... with no title before it, the lone surname stays as the model read it
    ("老韩正在吃饭", ("韩", "PER"), {("韩", "PER")}),
])
def test_a_lone_surname_after_a_title_takes_its_given_name(text, model, found):
    spans = run("complete_short_names", text, spans_of(text, model))
    assert named(text, spans) == found


@pytest.mark.parametrize("text, model, found", [
    ("国际足联主席詹尼·因凡蒂诺在苏黎世", [("詹尼", "PER"), ("凡蒂诺", "PER")], {("詹尼·因凡蒂诺", "PER")}),
    ("总统唐纳德·特朗普通电话", [("唐纳德·特朗", "PER")], {("唐纳德·特朗普", "PER")}),
    # a character no transliteration uses stays out (正在), as does a function character
    ("约翰·加朗正在讲话", [("约翰·加朗", "PER")], {("约翰·加朗", "PER")}),
    ("约翰·加朗夫妇出席", [("约翰·加朗", "PER")], {("约翰·加朗", "PER")}),   # a word after names (夫妇)
    ("约翰·加朗和詹尼·巴罗", [("约翰·加朗", "PER"), ("詹尼·巴罗", "PER")], {("约翰·加朗", "PER"), ("詹尼·巴罗", "PER")}),
    # a part after · the model read as a place: the person's (not a listed place: 中国·北京)
    ("经济部长哈立德·曼苏里出席", [("哈立德", "PER"), ("曼苏里", "LOC")], {("哈立德·曼苏里", "PER")}),
    ("部长哈立德·北京出席", [("哈立德", "PER"), ("北京", "LOC")], {("哈立德", "PER"), ("北京", "LOC")}),
    # a given name joined by a hyphen, back to the title, a function character or a mark before it
    ("驻华大使让-皮埃尔·勒梅尔出席", [("皮埃尔·勒梅尔", "PER")], {("让-皮埃尔·勒梅尔", "PER")}),
    ("会见了让－皮埃尔·勒梅尔", [("皮埃尔·勒梅尔", "PER")], {("让－皮埃尔·勒梅尔", "PER")}),
    ("，让-皮埃尔·勒梅尔说", [("皮埃尔·勒梅尔", "PER")], {("让-皮埃尔·勒梅尔", "PER")}),
    # more than three characters before the hyphen with no boundary: none taken
    ("多方面合作伙伴关系-约翰·史密斯", [("约翰·史密斯", "PER")], {("约翰·史密斯", "PER")}),
    # begun inside a title (贸易部|长沙…: 长沙, a city): the name starts after the title; not where a
    # one-character given name would be left before the · (盖·莱德)
    ("贸易部长沙夫卡特·乌马罗夫主持", [("长沙夫卡特·乌马罗夫", "PER")], {("沙夫卡特·乌马罗夫", "PER")}),
    ("总干事长盖·莱德会见", [("长盖·莱德", "PER")], {("长盖·莱德", "PER")}),
    # the one character before a · is the name's, a function character too (巴特孟|和·额尔德尼)
    ("主席巴特孟和·额尔德尼为团长", [("巴特孟", "PER"), ("额尔德尼", "PER")], {("巴特孟和·额尔德尼", "PER")}),
    # a last part the model read as a body or place, of transliteration characters, before a follower
    ("主席甘巴特·策登巴勒率领代表团", [("甘巴特·策登", "PER"), ("巴勒", "ORG")], {("甘巴特·策登巴勒", "PER")}),
    ("主席甘巴特·策登巴勒公司", [("甘巴特·策登", "PER"), ("巴勒公司", "ORG")],
     {("甘巴特·策登", "PER"), ("巴勒公司", "ORG")}),
])
def test_a_dot_joined_foreign_name_is_one_person(text, model, found):
    spans = run("transliterated_names", text, spans_of(text, *model))
    assert named(text, spans) == found


def test_an_organization_the_model_began_inside_a_word_of_the_segmenter_takes_the_whole_word():
    """澳门|酒|店业职工联合会: the model began at 店, splitting the segmenter's 酒店业 (the rules read
    the segmenter's words, kept before the split), and the place before the word runs on; a word
    made whole that no place or person precedes stops there (整装待发|冬奥会…)."""
    from pipeline.ner.align import set_char_entities
    for words, model, found in [
        (["以", "澳门", "酒店业", "职工", "联合会", "理事长"], [("澳门", "LOC"), ("店业职工联合会", "ORG")],
         {("澳门酒店业职工联合会", "ORG")}),
        (["整装待发", "冬奥会", "中国", "代表团", "召开"], [("奥会中国代表团", "ORG")], {("冬奥会中国代表团", "ORG")}),
    ]:
        text = "".join(words)
        doc = Doc(NLP.vocab, words=words, spaces=[False] * len(words))
        set_char_entities(doc, [(text.index(n), text.index(n) + len(n), label) for n, label in model])
        spans = spans_of(text, *model)
        rule_steps.get("extend_orgs_left")(RuleContext(doc, text, RULES.patterns), spans)
        assert named(text, spans) == found


def test_an_organization_cut_after_its_bare_level_takes_the_level():
    # 自治区|政协: the model began after the level; 城市|总工会 and the deictic 全市|工会 are no elision
    text = "记者从自治区总工会获悉，自治区政协副主席甲乙出席。城市总工会和全市工会参加，在市人大常委会召开。"
    spans = spans_of(text, ("自治区总工会", "ORG"), ("政协", "ORG"), ("总工会和", "ORG"))
    spans = SpanSet([*spans.spans, (text.index("全市工会") + 2, text.index("全市工会") + 4, "ORG"),
                     (text.index("人大常委会"), text.index("人大常委会") + 5, "ORG")])
    run("level_led_orgs", text, spans)
    assert named(text, spans) == {("自治区总工会", "ORG"), ("自治区政协", "ORG"), ("总工会和", "ORG"),
                                  ("工会", "ORG"), ("市人大常委会", "ORG")}


def test_a_partys_name_before_a_chain_of_places_is_no_part_of_the_first():
    # 中共|东江省|青石市|白水县委: the places split off (guideline) without the party's name
    text = "中共东江省青石市白水县委书记甲乙丙来到大圩镇。"
    spans = spans_of(text, ("中共东江省青石市白水县委", "ORG"))
    run("split_places_off_orgs", text, spans)
    assert named(text, spans) == {("东江省", "LOC"), ("青石市", "LOC"), ("白水县委", "ORG")}


@pytest.mark.parametrize("text, expected", [
    ("州总工会主席阿依古丽·热合曼主持座谈会。", "阿依古丽·热合曼"),   # the rest ends with a transliteration character, before 主持
    ("阿依古丽·热在会上说。", "阿依古丽·热"),                       # 在 is a function character: nothing to take
    ("乡长阿依古丽·热合曼、副乡长王刚陪同。", "阿依古丽·热合曼"),     # … or before 、 (a clause mark too)
    ("自治州总工会主席阿依古丽·热合曼", "阿依古丽·热合曼"),            # … or at the text's end (a headline)
])
def test_a_dot_joined_name_the_model_ended_early_takes_its_rest_before_a_follower(text, expected):
    spans = run("transliterated_names", text, spans_of(text, ("阿依古丽·热", "PER")))
    assert named(text, spans) == {(expected, "PER")}



def test_an_organization_running_from_a_title_s_name_over_a_verb_is_the_name():
    # 董事长段志鹏|作|集团工作报告: the model's organization opens with the name and runs over a verb
    # standing alone (one_character_verbs): the person and the verb's object, no organization
    assert named_after("title_names", "集团|董事长|段志鹏|作|集团|工作|报告|，",
                       [("段志鹏作集团", "ORG")]) == {("段志鹏", "PER")}
    # a body of its own after the name (主席张良|和|某集团…: no verb after the name) stays
    assert ("青山钢铁集团", "ORG") in named_after("title_names", "主席|张良|、|青山|钢铁|集团|负责人",
                                                [("青山钢铁集团", "ORG")])


def test_an_organization_running_over_a_verb_of_visiting_ends_before_it():
    # 拱墅区总工会|夜访|医院…: a model's organization from a body's name over a verb of going or
    # visiting (movement_verbs) is the body alone; 医院 after it names nothing
    assert named_after("cut_places_at_verbs", "拱墅区|总工会|夜访|医院|护理|岗位",
                       [("拱墅区总工会夜访医院", "ORG")]) == {("拱墅区总工会", "ORG")}
    # a body named after it is the body visited (as 赴|通州|调研|工会驿站)
    assert named_after("cut_places_at_verbs", "区总工会|走访|青山钢铁有限公司",
                       [("区总工会走访青山钢铁有限公司", "ORG")]) == {("区总工会", "ORG"), ("青山钢铁有限公司", "ORG")}
    # a verb opening a group's name (考察|团: group_heads) is no verb: the group stays whole
    assert named_after("cut_places_at_verbs", "甘肃省|总工会|考察团|一行", [("甘肃省总工会考察团", "ORG")]) \
        == {("甘肃省总工会考察团", "ORG")}


def test_an_autonomous_unit_read_as_an_organization_is_the_place():
    # 三江侗族自治县: the unit's name alone, peoples and all, no body's ending: a place
    assert named_after("autonomous_places", "深入|三江|侗族|自治县|独峒镇",
                       [("三江侗族自治县", "ORG"), ("独峒镇", "LOC")]) == {("三江侗族自治县", "LOC"), ("独峒镇", "LOC")}
    # its body keeps the organization (三江侗族自治县委: 委 ends it)
    assert named_after("autonomous_places", "三江|侗族|自治县|委|书记", [("三江侗族自治县委", "ORG")]) \
        == {("三江侗族自治县委", "ORG")}


def test_a_police_or_fire_unit_joined_by_a_coordinating_verb_is_its_own_organization():
    # 支队, 大队 (org_suffixes.txt, weak): 某市公安局|联合|市消防救援支队 are two bodies
    assert named_after("split_coordinated_orgs", "宿迁市|公安局|联合市|消防|救援|支队|、",
                       [("宿迁市公安局联合市消防救援支队", "ORG")]) == {("宿迁市公安局", "ORG"), ("市消防救援支队", "ORG")}


def test_a_name_opening_inside_a_time_phrase_starts_after_it():
    # 下|一|步区|总工会: the model began inside 下一步 (phrase_ends); the body starts after the phrase
    assert named_after("trim_phrase_heads", "项目|，|下|一|步区|总工会|将", [("步区总工会", "ORG")]) \
        == {("区总工会", "ORG")}


@pytest.mark.parametrize("cut, model, found", [
    # four characters under a single surname, the segmenter reading three and the last alone: a verb
    ("护林员|卢守山|拉|起|家常", "卢守山拉", {("卢守山", "PER")}),
    ("，|耿宝林|拉|着|老人", "耿宝林拉", {("耿宝林", "PER")}),
    # a compound surname's name of four, or one the segmenter reads whole, stays
    ("，|欧阳|振东|拉|着", "欧阳振东", {("欧阳振东", "PER")}),
    ("，|王小明明|说", "王小明明", {("王小明明", "PER")}),
    ("经|阿维兰|热|签字", "阿维兰热", {("阿维兰热", "PER")}),   # a transliterated name
])
def test_a_four_character_name_whose_last_character_stands_alone_is_three(cut, model, found):
    assert named_after("trim_name_followers", cut, [(model, "PER")]) == found


def test_a_place_running_into_a_title_ends_before_it():
    # 土默特左旗旗|长: the listed banner and the first character of its head's title (旗长)
    assert named_after("trim_positions", "，|土默特|左旗|旗|长|萨仁高娃", [("土默特左旗旗", "LOC")]) \
        == {("土默特左旗", "LOC")}
    # no title where the segmenter reads none (上海市|长宁区: a chain)
    assert named_after("trim_positions", "，|上海市|长宁区|总工会", [("上海市", "LOC")]) == {("上海市", "LOC")}


@pytest.mark.parametrize("cut, place", [
    ("来到|香泉镇|供水站|、", "香泉镇供水站"),   # works named after their place (works_suffixes)
    ("来到|藏龙岛|加压站|，", "藏龙岛加压站"),
    ("来到|金坪|水电站|，", "金坪水电站"),
])
def test_water_and_power_works_after_their_place_are_one_place(cut, place):
    first = cut.split("|")[1]
    assert (place, "LOC") in named_after("facilities", cut, [(first, "LOC")])


@pytest.mark.parametrize("cut", ["柯桥区|职工|文化中心", "青山县|职工|活动中心", "青山镇|文体中心"])
def test_a_unit_before_a_venue_of_common_words_names_it(cut):
    # 文化中心, 文体中心, 活动中心 (facility_suffixes): venues, named by the unit before their common words
    unit, _, rest = cut.partition("|")
    found = named_after("join_place_facilities", cut, [(unit, "LOC"), (rest.replace("|", ""), "LOC")])
    assert found == {(cut.replace("|", ""), "LOC")}


def test_a_facility_begun_after_a_function_character_does_not_take_it():
    # 在|州民族文化中心: 在 opens no name, even where the segmenter reads 在州 as one word
    words = ["自治州", "在州", "民族", "文化", "中心", "召开"]
    text = "".join(words)
    spans = run("facility_word_starts", text, spans_of(text, ("州民族文化中心", "LOC")), words)
    assert named(text, spans) == {("州民族文化中心", "LOC")}


@pytest.mark.parametrize("cut, model, found", [
    # a trade's facility (trade_facilities) after a listed place is one place, as the devset's
    # 北京京东方生命科技产业基地
    ("宁波|中德|智造|产业园", [("宁波", "LOC"), ("中德智造产业园", "LOC")], {("宁波中德智造产业园", "LOC")}),
    # a station after its city (station_endings), as People's Daily tags [北京 西 站]ns
    ("上海|虹桥站", [("上海", "LOC"), ("虹桥站", "LOC")], {("上海虹桥站", "LOC")}),
    # … a landmark after one stays apart
    ("北京|人民|大会堂", [("北京", "LOC"), ("人民大会堂", "LOC")], {("北京", "LOC"), ("人民大会堂", "LOC")}),
])
def test_a_listed_place_names_a_trades_facility_or_a_station_after_it(cut, model, found):
    assert named_after("join_place_facilities", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    # 公路口岸, 铁路口岸: one crossing, named by its place (深圳|口岸, the city's, is none); a place the
    # model ended inside the suffix (霍尔果斯铁路|口岸) is the facility's name too
    ("察看|了|二连浩特|公路|口岸", [], "二连浩特公路口岸"),
    ("来到|霍尔果斯|铁路|口岸", [("霍尔果斯铁路", "LOC")], "霍尔果斯铁路口岸"),
    # 贸易区, 商贸城: a border trade zone the model ended before its ending, and a trade city
    ("来到|东山|边民|互市|贸易区", [("东山边民互市", "LOC")], "东山边民互市贸易区"),
    ("走进|青山|远东|商贸城", [], "青山远东商贸城"),
])
def test_a_crossing_a_trade_zone_or_a_trade_city_is_one_facility(cut, model, found):
    # facility_suffixes: each is one place
    assert named_after("facilities", cut, model) == {(found, "LOC")}


def test_a_place_named_short_names_a_trades_facility_of_common_words():
    # 宝鸡 (a listed place's stem, 宝鸡市) before 高新技术|产业|开发区 names it, as a unit with its level does
    assert named_after("facilities", "来到|宝鸡|高新技术|产业|开发区", [("宝鸡", "LOC")]) \
        == {("宝鸡高新技术产业开发区", "LOC")}


def test_listed_places_each_with_its_level_are_not_joined():
    # 锡林郭勒盟|二连浩特市: a league and a city, each listed with its level (盟: place_suffixes.txt),
    # are two places; a unit without its level still joins the place in it (浙江|杭州)
    assert named_after("join_place_chains", "锡林郭勒盟|二连浩特市", [("锡林郭勒盟", "LOC"), ("二连浩特市", "LOC")]) \
        == {("锡林郭勒盟", "LOC"), ("二连浩特市", "LOC")}
    assert named_after("join_place_chains", "浙江|杭州", [("浙江", "LOC"), ("杭州", "LOC")]) == {("浙江杭州", "LOC")}


def test_a_facility_read_from_inside_a_places_stem_begins_at_the_stem():
    # 在|望|京瑞泽大厦: 望京 (the stem of the listed 望京街道) opens the building's name
    text = "在望京瑞泽大厦一层建成"
    words = ["在", "望", "京", "瑞泽", "大厦", "一", "层", "建成"]
    spans = run("facility_word_starts", text, spans_of(text, ("京瑞泽大厦", "LOC")), words)
    assert named(text, spans) == {("望京瑞泽大厦", "LOC")}


def test_a_citys_zone_named_by_no_name_of_its_own_stays_with_the_city():
    # 南宁|经开区党工委, 武汉|经济技术开发区党工委: the city and its zone (zone_levels) are one place in
    # the body's name; a zone with a name of its own is split off its city as a unit is (重庆|两江新区总工会)
    assert named_after("split_places_off_orgs", "南宁|经开区|党工委", [("南宁经开区党工委", "ORG")]) \
        == {("南宁经开区党工委", "ORG")}
    assert named_after("split_places_off_orgs", "武汉|经济|技术|开发区|党工委", [("武汉经济技术开发区党工委", "ORG")]) \
        == {("武汉经济技术开发区党工委", "ORG")}
    assert named_after("split_places_off_orgs", "重庆|两江|新区|总工会", [("重庆两江新区总工会", "ORG")]) \
        == {("重庆", "LOC"), ("两江新区总工会", "ORG")}


def test_a_name_the_segmenter_reads_whole_after_a_trade_is_a_person():
    # 网约车司机|焦大勇|则提出: no follower closes the name, the segmenter read it as one token
    assert named_after("title_names", "网约车|司机|焦大勇|则|提出", []) == {("焦大勇", "PER")}
    # a token of three characters that opens with a common word (马路|边) or is a place is none
    assert named_after("title_names", "环卫工人|马路边|休息", []) == set()
    assert named_after("title_names", "书记|张家村|调研", []) == set()
    # the model's own name after the title comes first (市委书记|蔡奇用…: 蔡奇)
    assert named_after("title_names", "市委书记|蔡奇用|一整天", [("蔡奇", "PER")]) == {("蔡奇", "PER")}


def test_a_surname_the_model_left_out_between_a_title_and_a_given_name_is_the_names():
    # 包装工|厉|小芳: the model read 小芳; the surname standing alone before it is the name's
    assert named_after("title_names", "包装工|厉|小芳|挑|了", [("小芳", "PER")]) == {("厉小芳", "PER")}
    # not a function character that is a surname too (与 is none; 和: a joiner)
    assert named_after("title_names", "包装工|和|小芳|挑|了", [("小芳", "PER")]) == {("小芳", "PER")}


@pytest.mark.parametrize("cut, model, found", [
    # a compound surname the model read alone takes the segmenter's next word, its given name
    ("网约车司机|欧阳|振国|拿|着", [("欧阳", "PER")], {("欧阳振国", "PER")}),
    # … over a place the model read there (谷梁|正阳)
    ("董事长|谷梁|正阳|作|工作|报告", [("谷梁", "PER"), ("正阳", "LOC")], {("谷梁正阳", "PER")}),
    # not a word that follows names (欧阳|说) nor a title (欧阳|主任)
    ("老|欧阳|说|：", [("欧阳", "PER")], {("欧阳", "PER")}),
    ("欧阳|主任|介绍", [("欧阳", "PER")], {("欧阳", "PER")}),
])
def test_a_compound_surname_read_alone_takes_its_given_name(cut, model, found):
    assert named_after("complete_short_names", cut, model) == found


def test_compound_surnames_of_the_hundred_surnames_open_names():
    # 段干, 公冶, 闾丘: listed compound surnames (surnames.txt), read whole after a title
    surnames = RULES.patterns.names.lex.compound_surnames
    assert {"段干", "公冶", "闾丘", "司空", "谷梁"} <= set(surnames)


@pytest.mark.parametrize("cut, model, found", [
    # rest stations, bases and hydrological stations right after the place they stand at
    ("来到|润泽苑|社区|骑手|服务点", [("润泽苑社区", "LOC")], {("润泽苑社区骑手服务点", "LOC")}),
    ("来到|龙泉峪镇|职工|疗休养|基地", [("龙泉峪镇", "LOC")], {("龙泉峪镇职工疗休养基地", "LOC")}),
    ("来到|扎陵湖|水文站", [("扎陵湖", "LOC")], {("扎陵湖水文站", "LOC")}),
    # a drivers' or seafarers' home, a building site's works
    ("来到|京西南|国际|物流港|货车|司机|之家", [("京西南国际物流港", "LOC")], {("京西南国际物流港货车司机之家", "LOC")}),
    ("来到|鹰山站|施工现场", [("鹰山站", "LOC")], {("鹰山站施工现场", "LOC")}),
    # a community's 党群服务中心, a riders' home, a relay station after their place
    ("在|星河湾|社区|党群|服务|中心|，", [("星河湾社区", "LOC")], {("星河湾社区党群服务中心", "LOC")}),
    ("走进|芙蓉|北路|骑手|之家|。", [("芙蓉北路", "LOC")], {("芙蓉北路骑手之家", "LOC")}),
    ("在|枫林|北路|户外|职工|爱心|接力站|，", [("枫林北路", "LOC")], {("枫林北路户外职工爱心接力站", "LOC")}),
    # an organization the model read over such a head stays one (国家对外文化贸易基地（北京）)
    ("来到|国家|对外|文化|贸易|基地", [("国家对外文化贸易基地", "ORG")], {("国家对外文化贸易基地", "ORG")}),
])
def test_stations_and_bases_after_their_place_are_one_place(cut, model, found):
    assert named_after("named_stations", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    ("山东省|总工会|代表团|来|喀什", [("山东省总工会", "ORG")], {("山东省总工会代表团", "ORG")}),
    ("三亚市|总工会|考察团|一行", [("三亚市总工会", "ORG")], {("三亚市总工会考察团", "ORG")}),
    # not after a place (中国|代表团: People's Daily tags the place alone)
    ("中国|代表团|团长", [("中国", "LOC")], {("中国", "LOC")}),
])
def test_a_travelling_group_after_the_body_that_sends_it_is_one_organization(cut, model, found):
    assert named_after("delegation_orgs", cut, model) == found


def test_a_listed_body_replaces_the_pieces_the_model_read_inside_it():
    # 中国|财贸轻纺烟草|工会: a national industrial union (org_names.txt) read as a place and a union
    assert named_after("known_orgs", "中国|财贸轻纺烟草|工会|副主席",
                       [("中国", "LOC"), ("工会", "ORG")]) == {("中国财贸轻纺烟草工会", "ORG")}
    # a body the model read past its end stays the model's (the listed name is no longer)
    assert named_after("known_orgs", "中国|财贸轻纺烟草|工会|上海|委员会|主任",
                       [("中国财贸轻纺烟草工会上海委员会", "ORG")]) == {("中国财贸轻纺烟草工会上海委员会", "ORG")}


def test_a_company_after_a_chain_of_places_past_reach_opens_at_its_trade_name():
    # 浙江省|宁波市|北仑区|海晟|精密|模具…: the chain is the address, the name opens at 海晟
    cut = "，|浙江省|宁波市|北仑区|海晟|精密|模具|股份有限公司|会议室"
    model = [("浙江省", "LOC"), ("宁波市", "LOC"), ("北仑区", "LOC"), ("模具股份有限公司", "ORG")]
    assert ("海晟精密模具股份有限公司", "ORG") in named_after("company_name_starts", cut, model)


def test_a_trade_union_of_a_place_in_a_chain_opens_at_its_last_unit():
    # 西宁市|城北区|餐饮|行业|工会联合会: the last unit of the chain opens the name (the city splits off)
    found = named_after("place_led_orgs", "，|西宁市|城北区|餐饮|行业|工会联合会|与",
                        [("西宁市", "LOC"), ("城北区", "LOC"), ("行业工会联合会", "ORG")])
    assert found == {("西宁市", "LOC"), ("城北区餐饮行业工会联合会", "ORG")}
    # 家政 (modern_words.txt) is a noun of the trade, no word of a name's own
    assert ("石景山区家政服务行业工会联合会", "ORG") in named_after(
        "place_led_orgs", "、|石景山区|家政|服务|行业|工会联合会", [("石景山区", "LOC"), ("行业工会联合会", "ORG")])


@pytest.mark.parametrize("cut, model, found", [
    # a department after a body written short (全总) that the segmenter cut into characters
    ("全|总|基层|工作部|部长", [], {("全总基层工作部", "ORG")}),
    ("全|总|港澳台|办公室|主任", [("港澳台办公室", "ORG")], {("全总港澳台办公室", "ORG")}),
    # no department after it: nothing made here (elided_orgs reads 全总 later)
    ("全|总|领导|会见", [], set()),
])
def test_a_department_after_a_short_form_read_apart_is_one_organization(cut, model, found):
    assert named_after("department_tails", cut, model) == found


@pytest.mark.parametrize("text, found", [
    # a rest station quoted under a name of its own is a place
    ("在吉阳区迎宾路的“椰风驿站”，骑手歇脚。", {("椰风驿站", "LOC")}),
    # not a kind of station so quoted (common words: modern_words.txt 暖心, 清凉)
    ("在园区开设“暖心驿站”，为骑手服务。", set()),
    ("在园区开设“夏日清凉驿站”，为骑手服务。", set()),
])
def test_a_quoted_station_of_a_name_of_its_own_is_a_place(text, found):
    assert named(text, run("quoted_stations", text, SpanSet([]))) == found


def test_a_body_named_after_a_person_the_model_did_not_read_takes_the_guessed_name():
    # “东方|晓军|劳模创新工作室”: no mention of the person; the name guesser reads one ending there
    assert named_after("person_named_bodies", "走进|“|东方|晓军|劳模|创新|工作室|”|，", []) \
        == {("东方晓军劳模创新工作室", "ORG")}
    # no name can open inside a word before it (公司|谭…: the model's job, no guess)
    assert named_after("person_named_bodies", "该|公司|谭立平|劳模|创新|工作室", []) == set()


def test_a_name_ends_before_chatting_with_someone():
    # 外卖骑手蒯俊|拉起家常: 拉起家常 follows names (name_followers.txt), so the name ends before it
    text = "与外卖骑手蒯俊拉起家常，询问收入。"
    assert named(text, run("title_names", text, SpanSet([]))) == {("蒯俊", "PER")}


@pytest.mark.parametrize("cut, model, found", [
    # no title before it, or one the lexicon lacks, and the segmenter cut it anywhere
    ("公交|驾驶员|上|官雪|梅像|往常|一样|。|上|官雪梅|在|车上|。", [], {("上官雪梅", "PER")}),
    ("与|农机|手尉|迟海龙|交流|。", [], {("尉迟海龙", "PER")}),
    # the model's shorter person inside the name gives way
    ("割胶工|欧|阳|海|棠|告诉|工作组|。", [("欧阳海", "PER")], {("欧阳海棠", "PER")}),
    # … and a longer one that runs on past the given name
    ("快递员|慕容|晓峰|拉|起|家常|。", [("慕容晓峰拉", "PER")], {("慕容晓峰", "PER")}),
    ("司马义|·|艾买提|会见|了|他们|。", [("司马义·艾买提", "PER")], {("司马义·艾买提", "PER")}),
    # a common word running out of the given name ends it (浩|工作), or the name read elsewhere does
    ("上官|浩|工作|认真|。", [], {("上官浩", "PER")}),
    ("上官|浩说|。|上官|浩已|经|退休|。", [], {("上官浩", "PER")}),
    # no name: the surname's first character closes a word, or another mention holds it
    ("他|马上|官复|原职|。", [], set()),
    ("诸葛|明|劳模|创新|工作室", [("诸葛明劳模创新工作室", "ORG")], {("诸葛明劳模创新工作室", "ORG")}),
])
def test_a_rare_compound_surname_opens_a_name_anywhere(cut, model, found):
    assert named_after("compound_surname_names", cut, model) == found


@pytest.mark.parametrize("cut, model, found", [
    ("在|顺迅|快递|南湖|营业部|，", [("南湖营业部", "ORG")], {("顺迅快递南湖营业部", "ORG")}),
    ("闽运|出行|福州|分公司|工会", [("福州分公司工会", "ORG")], {("闽运出行福州分公司工会", "ORG")}),
    # the model began the body inside the brand
    ("速邮|快递|岳麓|分部", [("邮快递岳麓分部", "ORG")], {("速邮快递岳麓分部", "ORG")}),
    # a common word or a function character before the trade names no firm
    ("全市|快递|南湖|营业部", [("南湖营业部", "ORG")], {("南湖营业部", "ORG")}),
    ("在|的快|递|南湖|营业部", [("南湖营业部", "ORG")], {("南湖营业部", "ORG")}),
])
def test_a_firms_brand_opens_its_depots_name(cut, model, found):
    assert named_after("brand_led_bodies", cut, model) == found


def test_a_profile_subtitles_opener_is_no_part_of_the_company():
    # 记|南|通…: 记 (a left stop, ner_rules.yaml) opens the subtitle, not the name
    found = named_after("extend_orgs_left", "记|南|通|远航|船舶|重工|有限公司|电焊工|慕容|晓峰",
                        [("南通远航船舶重工有限公司", "ORG")])
    assert found == {("南通远航船舶重工有限公司", "ORG")}


@pytest.mark.parametrize("cut, model, found", [
    # a unit's level ends no name where the unit's facility follows
    ("、|陈|埭|镇|的|埭头|实训|中心", [("陈埭镇", "PER")], {("陈埭镇", "LOC")}),
    # a list of names keeps them (People's Daily names persons 罗雪村, 李忠镇)
    ("王蒙|、|罗|雪村|、|李昌", [("罗雪村", "PER")], {("罗雪村", "PER")}),
])
def test_a_persons_name_ending_with_a_units_level_before_its_facility_is_the_unit(cut, model, found):
    assert named_after("drop_common_word_persons", cut, model) == found


def test_a_run_of_minority_name_parts_read_as_two_persons_is_one():
    found = named_after("minority_names", "副主席|乌云|毕力|格|出席", [("乌云", "PER"), ("毕力格", "PER")])
    assert found == {("乌云毕力格", "PER")}


def test_the_models_person_that_cut_off_the_surname_and_ran_into_a_follower_gives_way():
    # 分拣员郜|晓彤拉|起家常: the model's name lost its surname and took the verb's first character
    cut = "和|行李|分拣员|郜|晓彤|拉|起|家常|。"
    assert named_after("title_names", cut, [("晓彤拉", "PER")]) == {("郜晓彤", "PER")}
