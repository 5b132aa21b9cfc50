"""Each domain NER rule on its own (entity_rules after no statistical model)."""
from __future__ import annotations

import spacy
import pytest

import pipeline.extensions  # noqa: F401
from pipeline.article_doc import make_article_doc
from pipeline.ner import rules  # noqa: F401


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_rules")
    nlp.initialize()
    return nlp


def ents(doc) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in doc.ents}


def test_title_followed_by_name(nlp):
    found = ents(nlp("北京市总工会党组书记、副主席张良，丰台区委书记王少峰出席并讲话。"))
    assert {("张良", "PER"), ("王少峰", "PER")} <= found


@pytest.mark.parametrize("text, name", [
    ("他与货车司机蒋春来攀谈。", "蒋春来"),           # 攀谈 (name_followers.txt) ends the name
    ("公司青年焊工宗政鹏带着小组反复试验。", "宗政鹏"),   # so does 带着, after a compound surname
])
def test_a_name_after_a_title_ends_before_a_verb_that_follows_names(nlp, text, name):
    found = {t for t, label in ents(nlp(text)) if label == "PER"}
    assert found == {name}


@pytest.mark.parametrize("text, name", [
    ("市总工会副主席虎文静在会上表示，", "虎文静"),       # 虎, a surname of its own (surnames.txt)
    ("远洋散货船大副纪宏伟说，航次很长。", "纪宏伟"),     # 大副, a ship's officer (positions.txt)
])
def test_a_name_after_a_ship_s_officer_or_of_a_rare_surname_is_a_person(nlp, text, name):
    assert (name, "PER") in ents(nlp(text))


@pytest.mark.parametrize("text, found", [
    ("区委书记第五建平出席会议并讲话。", {"第五建平"}),     # 第五, a compound surname
    ("副主席第五次参加会议。", set()),                     # an ordinal's count names no one
])
def test_a_compound_surname_that_is_also_an_ordinal(nlp, text, found):
    assert {t for t, label in ents(nlp(text)) if label == "PER"} == found


def test_a_name_ends_before_a_longer_word_that_follows_names(nlp):
    # 杨|阿妹|拉家常: the model's four characters run into 拉家常, however the segmenter read them
    found = rules_on(nlp, ["他", "与", "绣娘", "杨", "阿妹", "拉", "家常", "，", "详细", "询问"], [("杨阿妹拉", "PER")])
    assert found == {("杨阿妹", "PER")}


def test_name_before_speech_verb(nlp):
    assert ("周阳", "PER") in ents(nlp("比赛结束后，周阳激动地说：“这是我最难忘的一天。”"))
    assert ("张三", "PER") in ents(nlp("主任张三在讲话中指出，要抓好落实。"))


def test_occupation_and_nickname(nlp):
    assert ("小李", "PER") in ents(nlp("快递员小李一边品尝一边说着。"))


def test_common_word_after_occupation_is_no_name(nlp):
    found = ents(nlp("切实提升职工幸福感，推进工人文化宫建设。"))
    assert not any(label == "PER" for _, label in found)


def test_org_grows_over_suffix_but_not_into_a_position(nlp):
    found = ents(nlp("丰台区人大常委会副主任、区总工会主席连宇与平谷区人社局负责人出席。北京市总工会党组书记发言。"))
    assert {("丰台区人大常委会", "ORG"), ("区总工会", "ORG"), ("平谷区人社局", "ORG"), ("北京市总工会", "ORG")} <= found
    assert ("北京市总工会党组", "ORG") not in found


def test_generic_union_work_is_not_an_org(nlp):
    found = ents(nlp("海淀区工会工作取得新进展。"))
    assert ("海淀区工会", "ORG") not in found and ("海淀区", "LOC") in found


def test_the_union_law_of_a_state_is_no_union(nlp):
    """《中华人民共和国工会法》: the law of the state, no organization grown over 工会 (ner_rules.yaml
    generic_after_union); 某区工会法律服务中心 still grows."""
    found = rules_on(nlp, ["依据", "《", "中华人民共和国", "工会法", "》", "开展", "检查"], [("中华人民共和国", "LOC")])
    assert found == {("中华人民共和国", "LOC")}
    found = rules_on(nlp, ["东城区", "工会", "法律", "服务", "中心"], [("东城区工会", "ORG")])
    assert not any(text == "东城区" for text, _ in found)


def test_a_name_opening_a_sentence_with_his_title_in_apposition_is_a_person(nlp):
    """周明远，某公司焊装车间主任、…: a name the guesser reads, a comma, a description ending in a
    title (appositive_names); 同时，公司… opens with no name."""
    found = rules_on(nlp, ["周明远", "，", "东江", "公司", "焊装", "车间主任", "、", "劳动模范", "，", "正", "检修", "设备", "。"], [])
    assert ("周明远", "PER") in found
    found = rules_on(nlp, ["同时", "，", "公司", "工会", "主席", "发言", "。"], [])
    assert not any(label == "PER" for _, label in found)


def test_a_name_after_a_title_the_model_read_as_a_place_is_a_person(nlp):
    """全国劳动模范|卓立峰: the model's place of just the name after a title, no listed place nor a
    place's ending, gives way to the person (title_names)."""
    found = rules_on(nlp, ["全国", "劳动模范", "卓立峰", "作", "典型", "发言", "。"], [("卓立峰", "LOC")])
    assert ("卓立峰", "PER") in found


@pytest.mark.parametrize("words, model, found, not_found", [
    # 州委书记向|华林|表示: after a title, a surname mostly a preposition (向) opens the name the model read short
    (["州委", "书记", "向", "华林", "表示", "。"], [("华林", "PER")], ("向华林", "PER"), ("华林", "PER")),
    # … not before a name a common surname opens: 书记向|李明|颁发, to whom he hands it
    (["市委", "书记", "向", "李明", "颁发", "证书", "。"], [("李明", "PER")], ("李明", "PER"), ("向李明", "PER")),
    # … nor where the model read nothing: 局长向|网友|介绍, to whom he spoke (a name there reads alike)
    (["市场监管局", "局长", "向", "网友", "介绍", "。"], [("市场监管局", "ORG")], ("市场监管局", "ORG"), ("向网友", "PER")),
    # rare surnames (续, 籍, 贝) open a name after a title
    (["区总工会", "副主席", "续", "美玲", "主持", "会议", "。"], [("美玲", "PER")], ("续美玲", "PER"), ("美玲", "PER")),
])
def test_a_name_opening_with_a_preposition_surname_after_a_title(nlp, words, model, found, not_found):
    result = rules_on(nlp, words, model)
    assert found in result and not_found not in result


@pytest.mark.parametrize("words, model, place", [
    (["来到", "东湖", "综合保税区", "调研", "。"], [("东湖", "LOC")], "东湖综合保税区"),
    (["考察", "青山港", "第二", "集装箱", "码头", "。"], [("青山港", "LOC")], "青山港第二集装箱码头"),
    (["走进", "白鹭", "生态园", "。"], [], "白鹭生态园"),
])
def test_zones_and_wharves_are_places_by_their_ending(nlp, words, model, place):
    """综合保税区, 码头, 生态园 (ner_rules.yaml facility_suffixes): the place the model read before one,
    or a proper name of two or more characters, is one place with it."""
    assert (place, "LOC") in rules_on(nlp, words, model)


def test_a_body_joined_to_a_person_by_and_opens_at_its_level(nlp):
    # 周明远|和市|人社局: after a person, 和 joins him to the body, whose name opens with the level;
    # the person is never part of it; 该县|…厂: no person before, the deictic stays out
    found = rules_on(nlp, ["市总工会", "主席", "周明远", "和市", "人社局", "局长", "吴晓东", "出席", "。"],
                     [("周明远", "PER"), ("人社局", "ORG"), ("吴晓东", "PER")])
    assert {("周明远", "PER"), ("市人社局", "ORG"), ("吴晓东", "PER")} <= found
    found = rules_on(nlp, ["在", "较长", "时间", "内", "，", "该县", "康华", "制药厂", "等"], [("康华制药厂", "ORG")])
    assert ("康华制药厂", "ORG") in found


def test_gazetteer_places_and_common_nouns(nlp):
    found = ents(nlp("在朝阳区团结湖街道，服务首都职工。"))
    assert {("朝阳区", "LOC"), ("团结湖街道", "LOC")} <= found
    assert not any(text == "首都" for text, _ in found)


def test_the_union_venue_is_one_place_alone_or_with_its_city(nlp):
    # 劳动人民文化宫 (beijing_places.txt): the city union's venue, named without its city or with
    # it (a gazetteer's full name is not split into unit and facility)
    assert ("劳动人民文化宫", "LOC") in ents(nlp("职工书画展在劳动人民文化宫开幕。"))
    found = ents(nlp("职工书画展在北京市劳动人民文化宫开幕。"))
    assert ("北京市劳动人民文化宫", "LOC") in found and ("北京市", "LOC") not in found


def test_document_consistency(nlp):
    doc = nlp("副主席张良出席。会后，张良来到现场。")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["张良", "张良"]


def test_nothing_inside_a_meeting_name(nlp):
    # nothing listed; the body holding it stays an unlisted mention (roles and events read it)
    from pipeline.article_doc import doc_text, listed_spans
    doc = nlp("近日，丰台区工会第十四次代表大会召开。")
    text = doc_text(doc)
    assert not any(text[s:e] in ("丰台区工会", "丰台区") for s, e, _ in listed_spans(doc))
    assert not any(text in ("丰台区",) for text, _ in ents(doc))


def test_credited_names_are_persons(nlp):
    article = {"headline": "朝阳区总工会召开职代会", "credit_line": "记者 余翠平 通讯员 蒙进雯",
               "byline": {"reporters": ["余翠平"], "correspondents": ["蒙进雯"], "photographers": [], "authors": []},
               "text": "近日，会议召开。"}
    doc = nlp(make_article_doc(nlp, article))
    assert {("余翠平", "PER"), ("蒙进雯", "PER")} <= ents(doc)


def test_a_credited_name_that_is_a_common_word_stays_a_person(nlp):
    # （记者 周密）: 周密 is a word, but the byline names it (drop_common_word_persons spares it)
    article = {"headline": "朝阳区总工会召开职代会", "credit_line": "记者 周密",
               "byline": {"reporters": ["周密"], "correspondents": [], "photographers": [], "authors": []},
               "text": "近日，会议召开。"}
    assert ("周密", "PER") in ents(nlp(make_article_doc(nlp, article)))
    # … a guard: a word no surname opens, a credit line read wrong (记者…采访), stays no name
    article.update(credit_line="记者 采访", byline={**article["byline"], "reporters": ["采访"]})
    assert ("采访", "PER") not in ents(nlp(make_article_doc(nlp, article)))


def test_an_organization_only_credit_is_one_organization(nlp):
    empty = {"reporters": [], "correspondents": [], "photographers": [], "authors": []}
    article = {"headline": "东湖区总工会慰问劳模", "credit_line": "东湖区总工会宣传部", "byline": empty,
               "text": "近日，慰问活动举行。"}
    assert ("东湖区总工会宣传部", "ORG") in ents(nlp(make_article_doc(nlp, article)))
    article["credit_line"], article["byline"] = "记者 余翠平", {**empty, "reporters": ["余翠平"]}
    assert ("记者 余翠平", "ORG") not in ents(nlp(make_article_doc(nlp, article)))


def test_serialization_keeps_the_tables(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert ents(again("副主席张良出席。")) == ents(nlp("副主席张良出席。"))


def test_place_and_facility_suffix_are_one_place(nlp):
    doc = nlp.make_doc("在奥运村街道天畅园社区活动现场，居民社区也来了。")
    start = doc.text.index("天畅园")
    doc.ents = [doc.char_span(start, start + 3, label="LOC", alignment_mode="expand")]
    found = ents(nlp.get_pipe("entity_rules")(doc))
    assert ("天畅园社区", "LOC") in found and ("奥运村街道", "LOC") in found
    assert not any(text.startswith("居民") for text, _ in found)


def test_nothing_inside_doctrines_but_names_inside_titles_stay(nlp):
    """Flat doctrines keep no entity inside; titles of works keep theirs (MSRA and People's Daily
    tag 中国 in 《我爱你，中国》 and 建设有中国特色社会主义: the steps that dropped them cost both)."""
    doc = nlp.make_doc("到《我爱你，中国》的告白，新中国成立，习近平新时代中国特色社会主义思想，建设有中国特色社会主义。")
    starts = [doc.text.index("中国》"), doc.text.index("中国成立"), doc.text.index("中国特色"), doc.text.rindex("中国特色")]
    doc.ents = [doc.char_span(s, s + 2, label="LOC", alignment_mode="expand") for s in starts]
    found = [(e.start_char, e.text) for e in nlp.get_pipe("entity_rules")(doc).ents]
    assert found == [(starts[0], "中国"), (starts[3], "中国")]


def test_surname_with_address_term_is_one_person(nlp):
    """孙|大妈 is one person; 曹 of 曹主席 is the shorter mention of 曹明远, named in full."""
    doc = nlp.make_doc("志愿者陪孙大妈看病，曹主席说。主席曹明远")
    doc.ents = [doc.char_span(doc.text.index(c), doc.text.index(c) + 1, label="PER") for c in "孙曹"] + \
        [doc.char_span(doc.text.index("曹明远"), doc.text.index("曹明远") + 3, label="PER")]
    assert ents(nlp.get_pipe("entity_rules")(doc)) == {("孙大妈", "PER"), ("曹明远", "PER")}


def test_every_configured_step_is_registered_and_runs_in_order(nlp):
    from pipeline.ner.steps import rule_steps
    component = nlp.get_pipe("entity_rules")
    names = [name for name, _ in component.steps]
    assert names == component.tables.conventions.steps and set(names) <= set(rule_steps.get_all())
    seen = []
    component.trace = lambda name, before, after: seen.append(name)
    try:
        nlp("副主席张良出席。")
    finally:
        component.trace = None
    assert seen == names


def test_unknown_step_is_an_error_naming_it():
    from pipeline.ner.steps import resolve
    with pytest.raises(ValueError, match="no_such_step"):
        resolve(["title_names", "no_such_step"])


def test_a_step_left_out_of_the_order_does_nothing(nlp):
    component = nlp.get_pipe("entity_rules")
    saved = component.steps
    try:
        component.steps = [(n, f) for n, f in saved if n != "title_names"]
        assert ("张良", "PER") not in ents(nlp("北京市总工会副主席张良出席。"))
    finally:
        component.steps = saved
    assert ("张良", "PER") in ents(nlp("北京市总工会副主席张良出席。"))


def test_no_import_cycle_between_rules_and_their_steps():
    import ast
    from pathlib import Path
    import pipeline.ner as ner
    root = Path(ner.__file__).parent
    for module in [root / "conventions.py", root / "spans.py", *sorted((root / "steps").glob("*.py"))]:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(m.endswith("rules") for m in imported), module


def rules_on(nlp, words: list[str], marked: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """entity_rules on a Doc of ``words`` where a model found ``marked`` (text, label)."""
    from spacy.tokens import Doc, Span
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    text = doc.text
    doc.ents = [doc.char_span(text.index(t), text.index(t) + len(t), label=lab) for t, lab in marked]
    return ents(nlp.get_pipe("entity_rules")(doc))


@pytest.mark.parametrize("words, model, name", [
    (["来到", "东湖", "速递", "青山", "配送站", "。"], [("东湖速递青山", "LOC")], "东湖速递青山配送站"),
    (["来到", "东湖", "速递", "青山", "分拨中心", "。"], [("东湖速递青山", "LOC")], "东湖速递青山分拨中心"),
    (["来到", "东湖", "速递", "青山", "转运中心", "。"], [("东湖速递青山", "LOC")], "东湖速递青山转运中心"),
    (["来到", "东湖", "动车段", "检修库", "。"], [("东湖", "LOC")], "东湖动车段"),
    (["来到", "东湖", "青山", "蜂业", "专业", "合作社", "。"], [("东湖青山", "LOC")], "东湖青山蜂业专业合作社"),
])
def test_a_companys_station_named_by_its_place_is_one_organization(nlp, words, model, name):
    """某速递青山配送站 (org_suffixes.txt: 配送站, 车辆段, 分拨中心): the company, the place it serves
    and the station are one organization, not a place."""
    found = rules_on(nlp, words, model)
    assert (name, "ORG") in found and not any(label == "LOC" for _, label in found)


def test_service_station_grows_a_union_name(nlp):
    found = rules_on(nlp, ["记者", "来到", "和平", "街道", "工会", "服务站", "。"], [("和平街道工会", "ORG")])
    assert ("和平街道工会服务站", "ORG") in found


def test_stations_and_tunnels_are_facilities(nlp):
    found = rules_on(nlp, ["旅客", "从", "长乐", "东站", "出发", "，", "工人", "在", "青石岭", "隧道", "施工", "。"],
                     [("长乐", "LOC")])
    assert {("长乐东站", "LOC"), ("青石岭隧道", "LOC")} <= found
    assert ("长乐", "LOC") not in found


def test_a_government_office_keeps_its_province(nlp):
    found = rules_on(nlp, ["他", "在", "江南省", "人民政府", "驻", "东海", "办事处", "工作", "。"],
                     [("江南省人民政府驻东海办事处", "ORG")])
    assert ("江南省人民政府驻东海办事处", "ORG") in found
    found = rules_on(nlp, ["江南省", "临水市", "人民政府", "办公室", "发布", "通知", "。"],
                     [("江南省临水市人民政府办公室", "ORG")])
    assert {("江南省", "LOC"), ("临水市人民政府办公室", "ORG")} <= found


def test_left_extension_does_not_keep_a_coordinating_verb(nlp):
    found = rules_on(nlp, ["东城区", "总工会", "联合区", "农业农村局", "开展", "活动", "。"],
                     [("东城区总工会", "ORG"), ("农业农村局", "ORG")])
    assert ("区农业农村局", "ORG") in found
    assert not any(text.startswith("联合") for text, _ in found)


@pytest.mark.parametrize("words, model, name", [
    # one or two common nouns or adjectives between the place and the name
    (["近日", "，", "青山市", "冰雪", "旅游", "行业", "工会联合会", "成立", "。"],
     [("青山市", "LOC"), ("行业工会联合会", "ORG")], "青山市冰雪旅游行业工会联合会"),
    (["东江", "基层", "劳工权益", "促进会", "来访", "。"], [("东江", "LOC"), ("劳工权益促进会", "ORG")],
     "东江基层劳工权益促进会"),
    # the model began at 业 (ner_rules.yaml sector_chars): the industry's word before it, then the place
    (["香港", "建造", "业", "职工", "联合会", "来访", "。"], [("香港", "LOC"), ("业职工联合会", "ORG")],
     "香港建造业职工联合会"),
])
def test_left_extension_takes_the_nouns_between_a_place_and_the_name(nlp, words, model, name):
    assert (name, "ORG") in rules_on(nlp, words, model)


@pytest.mark.parametrize("words, model, kept", [
    # a name opening with a place, or a short form, names itself: the words before are no part of it
    (["亚洲", "冠军", "东江", "队", "出场", "。"], [("亚洲", "LOC"), ("东江队", "ORG")], ("东江队", "ORG")),
    (["香港", "新任", "政协", "委员", "。"], [("香港", "LOC"), ("政协", "ORG")], ("政协", "ORG")),
    (["非洲", "雄鹰", "尼日利亚队", "出场", "。"], [("非洲", "LOC"), ("尼日利亚队", "ORG")], ("尼日利亚队", "ORG")),
])
def test_left_extension_leaves_a_name_that_names_itself(nlp, words, model, kept):
    assert kept in rules_on(nlp, words, model)


def test_a_verb_surname_before_a_word_after_a_title_is_no_name(nlp):
    # names.yaml verb_surnames: 应 (should) before a common word after a trade (编辑|应更加) opens no
    # name; the same surname before a given name does (编辑应文华)
    assert not rules_on(nlp, ["报刊", "编辑", "应", "更加", "主动", "。"], [])
    assert ("应文华", "PER") in rules_on(nlp, ["报刊", "编辑", "应文华", "说", "。"], [])


def test_left_extension_stops_at_our_city(nlp):
    found = rules_on(nlp, ["到", "我", "市", "平", "安", "矿业", "集团", "职工", "休养院", "。"],
                     [("平安矿业集团职工休养院", "ORG")])
    assert ("平安矿业集团职工休养院", "ORG") in found


def test_a_company_takes_its_union_before_the_chairs_title(nlp):
    found = rules_on(nlp, ["东方", "（", "中国", "）", "投资", "有限公司", "工会主席", "王红", "和", "北京市总工会",
                           "党组书记", "李明", "出席"],
                     [("东方（中国）投资有限公司", "ORG"), ("王红", "PER"), ("北京市总工会", "ORG"), ("李明", "PER")])
    assert {("东方（中国）投资有限公司工会", "ORG"), ("北京市总工会", "ORG")} <= found


def test_a_rest_station_takes_the_name_it_stands_at(nlp):
    found = rules_on(nlp, ["松林", "公园", "户外", "劳动者", "驿站", "启用", "。"], [("松林公园", "LOC")])
    assert ("松林公园户外劳动者驿站", "LOC") in found and ("松林公园", "LOC") not in found
    found = rules_on(nlp, ["来到", "青山镇", "松林", "广场", "工会", "驿站", "休息", "。"],
                     [("青山镇松林广场工会驿站", "LOC")])
    assert {("青山镇", "LOC"), ("松林广场工会驿站", "LOC")} <= found
    assert not any(label == "LOC" for _, label in rules_on(nlp, ["在", "工会", "驿", "站", "休息"], [("工会驿", "LOC")]))
    # what is done at a place (学习考察) is no part of a station named after it
    found = rules_on(nlp, ["赴", "杭州市", "学习", "考察", "工会", "驿站", "建设", "经验", "。"], [("杭州市", "LOC")])
    assert found == {("杭州市", "LOC")}


def test_unions_in_general_are_no_organization(nlp):
    found = rules_on(nlp, ["他", "希望", "欧洲", "工会", "和", "国际", "工会", "加强", "沪港", "工会", "交流", "，", "东城区", "工会", "支持", "。"],
                     [("欧洲工会", "ORG"), ("国际工会", "ORG"), ("沪港工会", "ORG"), ("东城区工会", "ORG")])
    assert not {("欧洲工会", "ORG"), ("国际工会", "ORG"), ("沪港工会", "ORG")} & found
    assert {("欧洲", "LOC"), ("沪", "LOC"), ("港", "LOC"), ("东城区工会", "ORG")} <= found
    # a country's two-character name whose characters stand for no place of their own (巴西) is
    # no pair of sides: its union is an organization
    found = rules_on(nlp, ["会见", "了", "巴西", "工会", "客人", "。"], [("巴西工会", "ORG")])
    assert ("巴西工会", "ORG") in found and ("巴", "LOC") not in found


def test_a_term_committee_is_one_organization_with_its_body(nlp):
    found = rules_on(nlp, ["选举", "产生", "东江区", "总工会", "第二届", "委员会", "。"],
                     [("东江区总工会", "ORG"), ("委员会", "ORG")])
    assert ("东江区总工会第二届委员会", "ORG") in found
    found = rules_on(nlp, ["东江区", "总工会", "第二", "大", "活动", "。"], [("东江区总工会", "ORG")])
    assert ("东江区总工会", "ORG") in found


def test_nothing_inside_the_nation_word(nlp):
    found = rules_on(nlp, ["弘扬", "中华", "民族", "传统", "美德", "，", "中华", "传统", "文化", "源远流长", "。"],
                     [("中华", "LOC")])
    assert not any(text == "中华" for text, _ in found)


def test_rule_steps_read_common_words_from_the_components_lexicon():
    from pipeline.lexicon import DomainLexicon
    nlp = spacy.blank("zh")
    component = nlp.add_pipe("entity_rules")
    component.initialize(nlp=nlp, lexicon=DomainLexicon(common_words=["甲乙丙"]))
    assert component.patterns.words == frozenset({"甲乙丙"})
    loaded = spacy.blank("zh").add_pipe("entity_rules")
    loaded.from_bytes(component.to_bytes())
    assert loaded.patterns.words == frozenset({"甲乙丙"})


def test_building_named_by_a_common_word_is_a_place(nlp):
    found = ents(nlp("位于东区的科技大厦和南区的居民社区。"))
    assert ("科技大厦", "LOC") in found
    assert not any(text.endswith("居民社区") for text, _ in found)


def test_place_cut_before_its_unit_suffix_takes_it(nlp):
    doc = nlp.make_doc("西岭街道牡丹社区开展活动，中国市场很大。")
    doc.ents = [doc.char_span(0, 2, label="LOC"), doc.char_span(doc.text.index("中国"), doc.text.index("中国") + 2, label="LOC")]
    found = ents(nlp.get_pipe("entity_rules")(doc))
    assert ("西岭街道", "LOC") in found and ("中国", "LOC") in found and ("中国市", "LOC") not in found


def test_legal_form_ends_a_company_name(nlp):
    doc = nlp.make_doc("东山区总工会、南湖市农产经营有限责任公司有关负责人和经营有限公司参加。")
    start = doc.text.index("南湖市")
    doc.ents = [doc.char_span(start, start + 3, label="LOC")]
    found = ents(nlp.get_pipe("entity_rules")(doc))
    assert ("南湖市农产经营有限责任公司", "ORG") in found and ("南湖市", "LOC") not in found
    assert not any(text.startswith("和") or text == "经营有限公司" for text, _ in found)


@pytest.mark.parametrize("words, place", [
    (["上海", "市长", "徐匡迪", "说", "。"], "上海"),          # 上海|市长: the title opens at 市
    (["海淀区", "长期", "合作", "。"], "海淀区"),              # 海淀区|长期: the place is whole
])
def test_a_listed_place_ends_before_a_title_its_unit_opens(nlp, words, place):
    found = rules_on(nlp, words, [(place, "LOC")])
    assert (place, "LOC") in found and not any(label == "LOC" and t != place for t, label in found)


@pytest.mark.parametrize("words, model, places", [
    # the model read the last people and the unit: the peoples and the place before them join it
    (["在", "青州市", "石岭", "满族", "蒙古族", "自治县", "调研", "。"], [("青州市", "LOC"), ("蒙古族自治县", "LOC")],
     {"青州市", "石岭满族蒙古族自治县"}),
    (["调研", "了", "石岭", "满族", "蒙古族", "自治县", "。"], [("蒙古族自治县", "LOC")], {"石岭满族蒙古族自治县"}),
    # … and the place's name where the model read it alone
    (["石岭", "拉祜族", "佤族", "自治县", "。"], [("石岭", "LOC"), ("佤族自治县", "LOC")], {"石岭拉祜族佤族自治县"}),
    # a unit's character before a people's head ends no unit: 东乡族 is a people (a chain split in two, not three)
    (["走访", "青河", "回族", "自治州", "东乡族", "自治县", "。"], [("青河回族自治州东乡族自治县", "LOC")],
     {"青河回族自治州", "东乡族自治县"}),
])
def test_an_autonomous_unit_is_named_by_its_place_and_peoples(nlp, words, model, places):
    found = rules_on(nlp, words, model)
    assert {t for t, label in found if label == "LOC"} == places


@pytest.mark.parametrize("words, model, places", [
    (["来到", "青山区", "一处", "安置房", "建设工地", "。"], [("青山区", "LOC")], {"青山区"}),
    (["在", "青山区", "一处", "骑手", "驿站", "，"], [("青山区", "LOC")], {"青山区"}),
    (["青山区", "首家", "乡村", "工会", "驿站", "揭牌"], [("青山区", "LOC")], {"青山区"}),
    (["调查", "了", "全国", "百家", "商场", "。"], [], set()),
    # a named one stays: the count is no part of the run before it
    (["来到", "松林公园", "户外", "劳动者", "驿站", "。"], [("松林公园", "LOC")], {"松林公园户外劳动者驿站"}),
])
def test_a_facility_counted_is_not_named(nlp, words, model, places):
    found = rules_on(nlp, words, model)
    assert {t for t, label in found if label == "LOC"} == places


@pytest.mark.parametrize("words, model, name", [
    (["人力", "资源社会保障部", "部长", "凌振邦", "到", "河北", "调研", "。"], [("资源社会保障部", "ORG")],
     "人力资源社会保障部"),
    (["应急", "管理部", "副部长", "宗瑞林", "出席", "。"], [("管理部", "ORG")], "应急管理部"),
    (["市", "人力", "资源社会保障局", "局长", "王明", "出席", "。"], [("资源社会保障局", "ORG")], "市人力资源社会保障局"),
])
def test_an_organization_begun_inside_a_listed_name_begins_with_it(nlp, words, model, name):
    """资源社会保障部 -> 人力资源社会保障部 (org_names.txt: a ministry's name, or a kind of body as
    人力资源社会保障局 with the city's level before it): the listed word is not cut."""
    assert (name, "ORG") in rules_on(nlp, words, model)


def test_an_organization_holding_a_listed_name_whole_is_kept(nlp):
    """东洋国外交部, 某集团应急管理部: a longer organization the model read over a listed name stays."""
    found = rules_on(nlp, ["青山", "集团", "应急", "管理部", "负责人", "出席", "。"], [("青山集团应急管理部", "ORG")])
    assert ("青山集团应急管理部", "ORG") in found


def test_a_name_is_not_spread_into_a_longer_common_word(nlp):
    """consistency: 水利部 found once is found again, but not in 水利部|门 (部门, a common word the
    segmenter read, runs past the name's end)."""
    words = ["水利部", "要求", "各地", "水利", "部门", "支持", "抗旱", "，", "水利部", "将", "派出", "工作组", "。"]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.ents = [doc.char_span(0, 3, label="ORG")]
    found = [(e.start_char, e.text) for e in nlp.get_pipe("entity_rules")(doc).ents]
    assert found == [(0, "水利部"), (doc.text.rindex("水利部"), "水利部")]


@pytest.mark.parametrize("words, model, name", [
    (["来到", "东港区", "环卫", "作业", "中心", "，", "看望", "职工", "。"], [("东港区", "LOC")], "东港区环卫作业中心"),
    (["慰问", "北京", "云峰水库", "管理处", "一线", "职工", "。"], [("北京", "LOC")], "北京云峰水库管理处"),
    (["来到", "芗城区", "环境", "卫生", "管理站", "，", "送去", "西瓜", "。"], [], "芗城区环境卫生管理站"),
    (["青山区", "职工", "法律", "援助站", "揭牌", "。"], [("青山区", "LOC")], "青山区职工法律援助站"),
])
def test_a_place_named_institution_is_one_organization(nlp, words, model, name):
    """ner_rules.yaml institution_heads: a place, words of the work done there and an institution's
    head are one organization (People's Daily tags them nt)."""
    assert (name, "ORG") in rules_on(nlp, words, model)


def test_a_place_named_venue_is_a_place(nlp):
    """拱墅区|全民|健身中心: a place, words of the work and an institution's head ending like a
    facility (facility_suffixes: 健身中心, 活动中心) is a venue, a place."""
    words = ["比赛", "在", "青山区", "全民", "健身中心", "开赛", "。"]
    assert rules_on(nlp, words, [("青山区", "LOC")]) == {("青山区全民健身中心", "LOC")}


@pytest.mark.parametrize("words, model", [
    (["在", "北京", "举办", "中心", "城区", "工作", "会议", "。"], [("北京", "LOC")]),   # a verb between
    (["来到", "台", "胞", "服务", "中心", "。"], [("台", "LOC")]),                      # a one-character place
    (["北京", "再添", "职工服务中心", "，", "方便", "职工", "。"], [("北京", "LOC")]),    # a verb the lexicon lacks
    (["新馆", "位于", "成都市", "城市", "中心", "。"], [("成都市", "LOC")]),             # a place's part
])
def test_no_institution_over_a_verb_or_from_an_abbreviation(nlp, words, model):
    assert not any(label == "ORG" for _, label in rules_on(nlp, words, model))


def test_an_organization_begun_inside_a_segmenter_word_takes_the_word_and_its_place(nlp):
    """厦门|鹭|江心理健康研究院: the model began inside 鹭江 (one word to the segmenter, cut when the
    entities were set): the name takes the word's first character and the place before it."""
    from spacy.tokens import Doc
    from pipeline.ner.align import WORD_BOUNDS
    words = ["厦门", "鹭", "江", "心理", "健康", "研究院", "院长", "柴宏宇", "介绍", "。"]
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    segmented = ["厦门", "鹭江", "心理", "健康", "研究院", "院长", "柴宏宇", "介绍", "。"]   # the segmenter's words
    offsets = [sum(map(len, segmented[:k])) for k in range(len(segmented) + 1)]
    doc.user_data[WORD_BOUNDS] = frozenset(offsets)
    doc.ents = [doc.char_span(0, 2, label="LOC"), doc.char_span(3, 11, label="ORG")]
    found = {(e.text, e.label_) for e in nlp.get_pipe("entity_rules")(doc).ents}
    assert ("厦门鹭江心理健康研究院", "ORG") in found


def test_a_listed_kind_of_body_after_an_organization_is_left_to_join_it(nlp):
    """长沙市总工会|经费|审查委员会: the model began inside the listed kind 经费审查委员会 right after
    an organization; the committee is that one's own and the name stays whole."""
    found = rules_on(nlp, ["长沙市", "总工会", "经费", "审查", "委员会", "召开", "全体", "会议", "。"],
                     [("长沙市总工会", "ORG"), ("审查委员会", "ORG")])
    assert ("长沙市总工会经费审查委员会", "ORG") in found


def test_a_place_before_a_bracketed_city_is_no_seat(nlp):
    """bracketed_seats: 国际会展中心（上海） is one facility with its seat; 海峡两岸（北京）, a region and
    a city, stays two places."""
    found = rules_on(nlp, ["海峡", "两岸", "（", "北京", "）", "工会", "交流", "座谈会", "召开"],
                     [("海峡两岸", "LOC"), ("北京", "LOC")])
    assert {("海峡两岸", "LOC"), ("北京", "LOC")} <= found
    found = rules_on(nlp, ["国际", "会展中心", "（", "上海", "）", "举行", "展会"], [("国际会展中心", "LOC"), ("上海", "LOC")])
    assert ("国际会展中心（上海）", "LOC") in found


@pytest.mark.parametrize("words, model, short", [
    (["长风", "汽车", "召开", "座谈会", "。", "长风", "汽车", "股份", "有限公司", "召开", "座谈会", "。"],
     [("长风汽车股份有限公司", "ORG")], "长风汽车"),
    (["走进", "直隶", "精工", "。", "直隶", "精工", "机械", "股份", "有限公司", "成立", "。"],
     [("直隶精工机械股份有限公司", "ORG")], "直隶精工"),
    # a trade name after the city the registered name opens with; one the model read as a place
    (["兰州", "清源", "供水", "集团", "有限公司", "，", "清源", "供水", "集团", "副总经理", "。"],
     [("兰州清源供水集团有限公司", "ORG")], "清源供水集团"),
    (["南岭", "航空", "召开", "职代会", "。", "南岭", "航空", "股份", "有限公司", "召开", "。"],
     [("南岭", "LOC"), ("南岭航空股份有限公司", "ORG")], "南岭航空"),
])
def test_a_companys_trade_name_written_alone_is_the_company(nlp, words, model, short):
    """长风汽车股份有限公司 … 长风汽车召开座谈会 (company_short_names): the trade name alone is the
    company the article names in full."""
    found = rules_on(nlp, words, model)
    assert (short, "ORG") in found and not any(label == "LOC" for _, label in found)


@pytest.mark.parametrize("words, model, phrase", [
    # a cut ending with a verb is no trade name (中国|建设 of 中国建设银行…)
    (["中国", "建设", "银行", "股份", "有限公司", "。", "推进", "中国", "建设", "。"],
     [("中国建设银行股份有限公司", "ORG")], "中国建设"),
    # nor one opening with a common word after the city (长沙|地铁|集团; 天津|住宅建设, second reader)
    (["长沙", "地铁", "集团", "有限公司", "。", "地铁", "集团", "发布", "。"],
     [("长沙地铁集团有限公司", "ORG")], "地铁集团"),
    (["天津", "住宅", "建设", "集团", "有限公司", "。", "天津", "住宅", "建设", "持续", "推进", "。"],
     [("天津住宅建设集团有限公司", "ORG")], "天津住宅建设"),
    # a trade name running on into a word (长风汽车|城) or holding a person's name (张三丰|武术文化)
    (["长风", "汽车", "股份", "有限公司", "。", "长风", "汽车", "城", "片区", "。"],
     [("长风汽车股份有限公司", "ORG")], "长风汽车"),
    (["张三丰", "武术", "文化", "源远流长", "。", "张三丰", "武术", "文化", "传播", "有限公司", "。"],
     [("张三丰", "PER"), ("张三丰武术文化传播有限公司", "ORG")], "张三丰武术文化"),
])
def test_no_trade_name_from_a_verb_or_a_common_word(nlp, words, model, phrase):
    found = rules_on(nlp, words, model)
    assert not any(text == phrase for text, _ in found)


@pytest.mark.parametrize("words, model, found_name, absent", [
    (["来到", "南昌北站", "扩建", "工程", "项目工地", "。"], [("南昌北站", "LOC")], "南昌北站扩建工程项目工地", "南昌北站"),
    (["来到", "美舍河", "治理", "项目工地", "。"], [("美舍河", "LOC")], "美舍河治理项目工地", "美舍河"),
    # no project's words between: the place's site, no name (site_heads)
    (["赴", "北京城市副中心", "项目工地", "慰问", "。"], [("北京城市副中心", "LOC")], "北京城市副中心", "北京城市副中心项目工地"),
    # a site named after an organization is no place's (second reader)
    (["来到", "江城", "新区", "人民医院", "新建", "项目工地", "。"], [("江城新区人民医院", "ORG")], "江城新区人民医院",
     "人民医院新建项目工地"),
])
def test_a_building_site_named_after_its_place_and_project_is_one_place(nlp, words, model, found_name, absent):
    found = rules_on(nlp, words, model)
    assert found_name in {text for text, _ in found} and not any(text == absent for text, _ in found)


@pytest.mark.parametrize("words, model, place", [
    # works named after their place (facility_suffixes: 变电站, 升压站, 收费站, 风电场, 水厂, 营业厅)
    (["来到", "雁峰", "变电站", "调研", "。"], [], "雁峰变电站"),
    (["来到", "尚义", "风电场", "。"], [("尚义", "LOC")], "尚义风电场"),
    # a measure after a number opens no name (220千伏|龙泉变电站), nor a body's word (该公司|下关营业厅)
    (["来到", "220", "千伏", "龙泉", "变电站", "。"], [("龙泉", "LOC")], "龙泉变电站"),
    (["走进", "该", "公司", "下关", "营业厅", "。"], [], "下关营业厅"),
    (["来到", "西固", "水厂", "和", "雁滩", "水厂", "。"], [], "西固水厂"),
    # water works, levees, bridges, wetlands and car parks named after their place (round 43's sets;
    # the devset's 霍口水库, 卧龙特大桥)
    (["来到", "刘家峡", "水库", "，"], [("刘家峡", "LOC")], "刘家峡水库"),
    (["查看", "黄花园", "大桥", "。"], [("黄花园", "LOC")], "黄花园大桥"),
    (["走进", "洋湖", "停车场", "。"], [("洋湖", "LOC")], "洋湖停车场"),
    (["来到", "山大北路", "片区", "。"], [("山大北路", "LOC")], "山大北路片区"),
])
def test_works_named_after_their_place_are_places(nlp, words, model, place):
    found = rules_on(nlp, words, model)
    assert (place, "LOC") in found and not any(label == "LOC" and place in t and t != place for t, label in found)


@pytest.mark.parametrize("words", [
    # works named by no place are common nouns (second reader): 省界收费站, 自来水厂, 光伏升压站
    ["来到", "高速公路", "省界", "收费站", "。"],
    ["来到", "自来水", "厂", "。"],
    ["来到", "110", "千伏", "光伏", "升压站", "。"],
    ["检查", "小型", "水库", "和", "泵站", "。"],
    # a modal and its verb before the works open no name (要|压实|水库: 要 ends a name's left side)
    ["要求", "，", "要", "压实", "水库", "安全", "责任", "。"],
])
def test_works_named_by_no_place_are_no_places(nlp, words):
    assert not any(label == "LOC" for _, label in rules_on(nlp, words, []))


def test_a_place_chain_with_a_unit_without_suffix_stays_one_place(nlp):
    # 河北|秦皇岛|北戴河区: the guideline's chain with a unit that has no suffix, however long
    found = rules_on(nlp, ["来到", "河北", "秦皇岛", "北戴河区", "疗养", "。"],
                     [("河北", "LOC"), ("秦皇岛", "LOC"), ("北戴河区", "LOC")])
    assert ("河北秦皇岛北戴河区", "LOC") in found


def test_a_party_of_a_project_opens_no_company_name(nlp):
    # 承建方|某建筑工程有限公司: the contractor's role is no part of its name (org_left_stops)
    found = rules_on(nlp, ["项目", "承建方", "贵州", "黔源", "盛达", "建筑", "工程", "有限公司", "负责人", "表示", "。"],
                     [("贵州黔源盛达建筑工程有限公司", "ORG")])
    assert ("贵州黔源盛达建筑工程有限公司", "ORG") in found
    # … also where the segmenter cut the party's word (总|包方: 包方 alone is no stop)
    found = rules_on(nlp, ["约请", "总", "包方", "贵州黔源盛达建筑工程有限公司", "协商", "。"],
                     [("贵州黔源盛达建筑工程有限公司", "ORG")])
    assert found == {("贵州黔源盛达建筑工程有限公司", "ORG")}


def test_a_company_read_without_its_trade_name_runs_back_to_the_place(nlp):
    # 杭州|速达|优选|网络科技有限公司: the model's name is common words and a legal form, which name
    # no company; the trade name between the place and it is the company's (优选 a verb too)
    words = ["3月", "22日", "，", "杭州", "速达", "优选", "网络", "科技", "有限公司", "工会", "召开", "大会", "。"]
    found = rules_on(nlp, words, [("杭州", "LOC"), ("网络科技有限公司工会", "ORG")])
    assert ("杭州速达优选网络科技有限公司工会", "ORG") in found
    # not after a clause's start alone (别看|中保…), nor over a verb with no place before it
    words = ["要", "积极", "推动", "网络", "科技", "有限公司", "发展", "。"]
    found = rules_on(nlp, words, [("网络科技有限公司", "ORG")])
    assert ("网络科技有限公司", "ORG") in found


@pytest.mark.parametrize("words, model, found", [
    # 。赣西|精密|模具有限公司: a brand of no common word opens the clause, the trade's words follow
    (["讲解", "。", "赣西", "精密", "模具", "有限公司", "工会", "主席", "说"], [("模具有限公司工会", "ORG")],
     "赣西精密模具有限公司工会"),
    # not over a common word opening the clause (目前), nor with no legal form (a body's name)
    (["。", "目前", "精密", "模具", "有限公司", "较多"], [("精密模具有限公司", "ORG")], "精密模具有限公司"),
    (["。", "赣西", "精密", "模具", "协会", "成立"], [("模具协会", "ORG")], "模具协会"),
])
def test_a_company_opening_its_clause_runs_back_to_its_brand(nlp, words, model, found):
    assert (found, "ORG") in rules_on(nlp, words, model)


def test_a_grain_depot_is_an_organization_and_a_legal_form_ends_a_name(nlp):
    # 储备库 (org_suffixes.txt): a place and the depot's words before it are one organization
    found = rules_on(nlp, ["来到", "龙安", "粮食", "储备库", "，", "察看", "粮仓", "。"], [("龙安", "LOC")])
    assert ("龙安粮食储备库", "ORG") in found
    # a legal form ends the name, though its last character and the next make a word (有限公|司机修工)
    found = rules_on(nlp, ["伊犁河", "谷", "粮食", "储备库", "有限公司", "机修工", "努尔兰", "说"],
                     [("伊犁河谷粮食储备库有限公司", "ORG")])
    assert ("伊犁河谷粮食储备库有限公司", "ORG") in found


@pytest.mark.parametrize("words, model, name", [
    # an ordinal (branch_ordinal: 第七, a common word) names a branch after its company
    (["京城", "地铁", "建设", "集团", "有限公司", "第七", "项目部", "经理", "王德胜", "。"],
     [("京城地铁建设集团有限公司", "ORG")], "京城地铁建设集团有限公司第七项目部"),
    # a company's brigade (大队: branch_suffixes)
    (["北疆", "能源", "集团", "矿山", "救护", "大队", "开展", "演练", "。"], [("北疆能源集团", "ORG")],
     "北疆能源集团矿山救护大队"),
    # a group's works and a railway's or grid's depot (煤矿, 客运段, 供电局: branch_suffixes; 电网 a parent)
    (["西岭", "能源", "集团", "红石沟", "煤矿", "采煤", "工", "说"], [("西岭能源集团", "ORG"), ("红石沟煤矿", "ORG")],
     "西岭能源集团红石沟煤矿"),
    (["东川", "铁路局", "集团", "有限公司", "江城", "客运段", "列车长", "说"],
     [("东川铁路局集团有限公司", "ORG"), ("江城", "LOC")], "东川铁路局集团有限公司江城客运段"),
    (["滇西", "电网", "保山", "供电局", "工会", "说"], [("滇西电网", "ORG")], "滇西电网保山供电局"),
    # a delivery firm's site (站点), and a branch's own body the model read from its name, whole
    (["来到", "东江", "快递", "服务", "有限公司", "槐柏", "站点", "。"], [("东江快递服务有限公司", "ORG")],
     "东江快递服务有限公司槐柏站点"),
    (["。", "淮上", "铁建", "工程", "有限公司", "阜阳", "西站", "项目部", "工会", "主席", "说"],
     [("淮上铁建工程有限公司", "ORG"), ("阜阳西站项目部工会", "ORG")], "淮上铁建工程有限公司阜阳西站项目部工会"),
    # a crew's number is its name (7021|钻井队)
    (["戈壁", "钻探", "工程", "有限公司", "7021", "钻井队", "队长", "说"], [("戈壁钻探工程有限公司", "ORG")],
     "戈壁钻探工程有限公司7021钻井队"),
])
def test_a_numbered_branch_or_a_brigade_joins_its_company(nlp, words, model, name):
    assert (name, "ORG") in rules_on(nlp, words, model)


def test_a_rest_station_named_by_its_place_takes_the_long_words_of_whom_it_serves(nlp):
    # 长滨路|新就业形态劳动者|驿站: eight characters of whom it serves between the place and 驿站
    found = rules_on(nlp, ["来到", "长滨路", "新", "就业", "形态", "劳动者", "驿站", "。"], [("长滨路", "LOC")])
    assert found == {("长滨路新就业形态劳动者驿站", "LOC")}
    # not so far for a service point (服务点: place_station_heads), where a clause runs between
    found = rules_on(nlp, ["在", "上海", "主要", "港区", "设立", "船员", "服务点"], [("上海", "LOC")])
    assert found == {("上海", "LOC")}


@pytest.mark.parametrize("words, model, place", [
    # a drivers' home after a place and the words of its trade (trade_facilities), or a name of its own
    (["来到", "金牛岭", "货运", "司机之家", "。"], [("金牛岭", "LOC")], "金牛岭货运司机之家"),
    (["在", "鹭江", "海员", "之家", "，"], [], "鹭江海员之家"),
])
def test_a_drivers_or_seamens_home_is_a_place_by_its_ending(nlp, words, model, place):
    assert (place, "LOC") in rules_on(nlp, words, model)


def test_a_service_station_after_a_place_is_one_place_and_a_station_of_common_words_keeps_its_unit(nlp):
    # 服务站, 休息室 (place_station_heads): one place with the place it stands at; a union's stays its body
    found = rules_on(nlp, ["来到", "东四", "街道", "户外", "劳动者", "服务站", "。"], [("东四街道", "LOC")])
    assert found == {("东四街道户外劳动者服务站", "LOC")}
    found = rules_on(nlp, ["记者", "来到", "和平", "街道", "工会", "服务站", "。"], [("和平街道工会", "ORG")])
    assert found == {("和平街道工会服务站", "ORG")}
    # 某街道|爱心驿站: a station of common words stays whole with its unit (not 青山镇|松林广场工会驿站)
    found = rules_on(nlp, ["走进", "青山", "街道", "爱心", "驿站", "。"], [("青山街道爱心驿站", "LOC")])
    assert found == {("青山街道爱心驿站", "LOC")}


@pytest.mark.parametrize("words, model, name", [
    (["州长", "多杰", "才", "让", "到", "县", "调研", "。"], [("多杰才", "PER")], "多杰才让"),      # read short
    (["副市长", "乌云", "其其格", "出席", "。"], [("乌云", "PER")], "乌云其其格"),                # one part read
    (["教师", "阿西", "木", "呷", "说", "。"], [("阿西木", "PER")], "阿西木呷"),                   # a Yi name
    # parts of Kham and Amdo Tibetan and of Mongolian names (达杰, 格日乐), the model reading the first
    (["画师", "更登", "达杰", "正在", "勾线", "。"], [("更登", "PER")], "更登达杰"),
    (["主席", "敖登格", "日乐", "出席", "。"], [("敖登格", "PER")], "敖登格日乐"),
    # read whole, its last character alone before a verb: no name of three and a verb (卢守山|拉|起家常)
    (["乡长", "边巴顿", "珠", "带领", "干部", "。"], [("边巴顿珠", "PER")], "边巴顿珠"),
])
def test_a_tibetan_or_mongolian_name_read_in_part_is_the_whole_run_of_its_parts(nlp, words, model, name):
    # names.yaml minority_name_parts: a person the model read inside a run of parts is the whole run
    assert (name, "PER") in rules_on(nlp, words, model)


@pytest.mark.parametrize("words, model, name", [
    # a Han surname and one part the model cut inside it (包乌力|吉): the surname and the whole part
    (["盟委", "书记", "包", "乌力", "吉", "一行", "。"], [("包乌力", "PER")], "包乌力吉"),
    # a Mongolian given name of two parts (斯琴|毕力格), the model reading the second alone
    (["旗长", "斯琴", "毕力格", "陪同", "。"], [("毕力格", "PER")], "斯琴毕力格"),
])
def test_a_mongolian_name_read_in_part_is_the_whole_name(nlp, words, model, name):
    assert rules_on(nlp, words, model) == {(name, "PER")}


def test_a_surname_and_a_whole_part_stay_as_read(nlp):
    # the model read the surname and the part whole: nothing to mend (a part's own end)
    assert rules_on(nlp, ["书记", "包", "乌力吉", "说", "。"], [("包乌力吉", "PER")]) == {("包乌力吉", "PER")}


def test_one_part_of_a_minority_name_alone_stays_a_name(nlp):
    assert rules_on(nlp, ["牧民", "其木格", "介绍", "情况", "。"], [("其木格", "PER")]) == {("其木格", "PER")}


def test_a_name_right_before_a_person_and_the_list_mark_is_a_person(nlp):
    # 区领导|冷秋实|、|拓跋宏: a surname-led token of three characters before 、 and a person
    found = rules_on(nlp, ["区", "领导", "冷秋实", "、", "拓跋宏", "出席", "。"], [("拓跋宏", "PER")])
    assert ("冷秋实", "PER") in found
    # a place before the list mark stays no person
    found = rules_on(nlp, ["来到", "高新区", "、", "张小明", "陪同", "。"], [("张小明", "PER")])
    assert not any(label == "PER" and text != "张小明" for text, label in found)


def test_a_compound_surname_after_a_title_takes_its_given_name(nlp):
    # 货车司机|司空|立军|已经: the model read nothing; 司空 is a compound surname (also a word)
    assert ("司空立军", "PER") in rules_on(nlp, ["货车司机", "司空", "立军", "已经", "出发", "。"], [])


def test_a_name_ends_before_a_report_made_at_a_congress(nlp):
    # 总经理甄立|新作|财务工作报告: 作财务工作报告 follows names (name_followers.txt), over the word 新作
    found = rules_on(nlp, ["总经理", "甄立", "新作", "财务", "工作", "报告", "。"], [("甄立", "PER")])
    assert ("甄立新", "PER") in found


def test_a_community_under_its_street_is_a_place_even_named_by_a_common_word(nlp):
    # 霁光街道|振兴社区|工会: the chain says 振兴社区 is a unit; the street is split off the union
    found = rules_on(nlp, ["命名", "霁光", "街道", "振兴", "社区", "工会", "等", "单位"], [("霁光街道", "LOC")])
    assert found == {("霁光街道", "LOC"), ("振兴社区工会", "ORG")}
    # alone, a common word before 社区 names no place
    assert rules_on(nlp, ["来到", "振兴", "社区", "，", "看望", "职工"], []) == set()


def test_an_organization_before_a_title_is_not_cut_at_the_word_across_them(nlp):
    # 枣园镇中心小学|校长: 学校 runs across the end, but a title opens there
    found = rules_on(nlp, ["枣园镇", "中心", "小学", "校长", "公冶明", "建议"], [("枣园镇中心小学", "ORG")])
    assert ("枣园镇中心小学", "ORG") in found


def test_a_communitys_civic_centre_is_an_organization_of_its_community(nlp):
    # 新碶街道|芙蓉社区新时代文明实践站: the campaign's station (org_suffixes.txt) grows over its community
    found = rules_on(nlp, ["新碶", "街道", "芙蓉", "社区", "新时代", "文明", "实践站", "联合"], [("新碶街道", "LOC")])
    assert found == {("新碶街道", "LOC"), ("芙蓉社区新时代文明实践站", "ORG")}


def test_a_county_or_township_unit_before_a_trade_named_company_is_a_place(nlp):
    # 游仙区|绵兴建设有限公司: a trade name and a field before the legal form; the unit is split off
    found = rules_on(nlp, ["在", "游仙区", "绵兴", "建设", "有限公司", "承建"], [("游仙区绵兴建设有限公司", "ORG")])
    assert found == {("游仙区", "LOC"), ("绵兴建设有限公司", "ORG")}
    # a unit's own branch or utility, named by its field alone, keeps the unit (亚东县邮政分公司)
    found = rules_on(nlp, ["来到", "亚东县", "邮政", "分公司"], [("亚东县邮政分公司", "ORG")])
    assert found == {("亚东县邮政分公司", "ORG")}
    # a township (local_units: 镇, 乡) in front of one is a place as the county is
    found = rules_on(nlp, ["在", "陈埭镇", "万泉", "鞋业", "有限公司", "工作"], [("陈埭镇万泉鞋业有限公司", "ORG")])
    assert found == {("陈埭镇", "LOC"), ("万泉鞋业有限公司", "ORG")}


def test_a_branch_named_by_its_place_joins_its_company(nlp):
    # 藏电能源有限公司|那曲供电分公司: 那 opens the place 那曲 (of 那曲市), no function word
    found = rules_on(nlp, ["慰问", "藏电", "能源", "有限公司", "那曲", "供电", "分公司", "职工"],
                     [("藏电能源有限公司", "ORG"), ("那曲供电分公司", "ORG")])
    assert found == {("藏电能源有限公司那曲供电分公司", "ORG")}


def test_a_department_after_an_elided_union_takes_the_ministry_read_in_its_name(nlp):
    # 。市总工会|宣传|教育部: the elided union, listed only later, still takes its department; the
    # model's national ministry inside the department's name is no mention of its own
    found = rules_on(nlp, ["一", "次", "。", "市", "总工会", "宣传", "教育部", "部长", "祁雪梅", "说"],
                     [("教育部", "ORG"), ("祁雪梅", "PER")])
    assert found == {("市总工会宣传教育部", "ORG"), ("祁雪梅", "PER")}


def test_a_studio_named_after_a_person_whose_compound_surname_was_read_as_a_place(nlp):
    # 南宫|雪|劳模创新工作室: 南宫 (a city too) opens the name of the person the studio is named after
    found = rules_on(nlp, ["命名", "的", "南宫", "雪", "劳模", "创新", "工作室", "成立"], [("南宫", "LOC")])
    assert found == {("南宫雪劳模创新工作室", "ORG")}


def test_a_miners_trade_names_the_worker_after_it(nlp):
    # 支架工 (positions.txt) and 交流 (name_followers.txt): 支架工|杭亮|交流
    assert ("杭亮", "PER") in rules_on(nlp, ["与", "支架工", "杭亮", "交流", "。"], [])


@pytest.mark.parametrize("words, model", [
    (["职工", "食堂", "和", "井口", "浴室"], [("井口", "PER")]),             # the mouth of a pit
    (["从", "设备", "操作员", "干", "起", "。"], []),                          # 从…干起: start out as
    (["液化", "天然", "气船", "殷瓦钢", "焊接"], [("殷瓦钢", "PER")]),         # Invar steel
])
def test_words_that_open_with_a_surname_name_nobody(nlp, words, model):
    assert not any(label == "PER" for _, label in rules_on(nlp, words, model))


def test_a_hong_kong_union_named_so_is_an_organization(nlp):
    # 香港服务业雇员联会: unions of Hong Kong and Macao end so (org_suffixes.txt)
    found = rules_on(nlp, ["香港", "服务业", "雇员", "联会", "理事长", "张三"], [("香港", "LOC"), ("张三", "PER")])
    assert ("香港服务业雇员联会", "ORG") in found


def test_a_department_after_a_listed_body_found_later_joins_it(nlp):
    # 应急管理部|安全生产基础司: the listed ministry (org_names.txt), read by no model, takes its department
    found = rules_on(nlp, ["会议", "由", "应急", "管理部", "安全", "生产", "基础司", "司长", "仲孙博", "主持"], [("仲孙博", "PER")])
    assert ("应急管理部安全生产基础司", "ORG") in found


@pytest.mark.parametrize("sep", ["", " "])
def test_two_listed_bodies_read_as_one_are_two(nlp, sep):
    # 应急管理部|全国总工会联合部署: the model read the two bodies that act together as one name
    words = ["应急", "管理部", *([sep] if sep else []), "全国总工会", "联合", "部署"]
    found = rules_on(nlp, words, [(f"管理部{sep}全国总工会", "ORG")])
    assert found == {("应急管理部", "ORG"), ("全国总工会", "ORG")}


@pytest.mark.parametrize("words", [
    ["来到", "邕州", "快递", "产业园", "和", "平安", "货运"],
    ["来到", "邕州", "快递", "产业园", "和平", "安", "货运"],   # 和平 read as a word
])
def test_a_facility_read_with_the_next_stops_name_ends_before_the_conjunction(nlp, words):
    # 邕州快递产业园|和|平安…: the model's organization ran over 和 into the next stop's name
    found = rules_on(nlp, words, [("邕州快递产业园和平安", "ORG")])
    assert found == {("邕州快递产业园", "LOC")}


def test_two_bodies_joined_by_a_conjunction_the_segmenter_read_into_a_word_are_two(nlp):
    # 北京市总工会|和平|谷区总工会: 和平 read as a word, but each side ends with a body's ending
    found = rules_on(nlp, ["北京市", "总工会", "和平", "谷区", "总工会", "联合", "举办"], [("北京市总工会和平谷区总工会", "ORG")])
    assert found == {("北京市总工会", "ORG"), ("平谷区总工会", "ORG")}


@pytest.mark.parametrize("words, model, place", [
    (["在", "准噶尔", "盆地", "腹部"], [("准噶尔", "LOC")], "准噶尔盆地"),           # region_words
    (["青", "藏", "高原", "上", "的", "铁路"], [("青", "LOC"), ("藏", "LOC")], "青藏高原"),  # a run of abbreviations
])
def test_a_landform_after_its_name_is_one_place(nlp, words, model, place):
    assert rules_on(nlp, words, model) == {(place, "LOC")}


def test_a_person_the_model_opened_with_a_units_name_is_that_place(nlp):
    # 阿巴嘎旗|洪格尔: no name opens with a banner's name
    found = rules_on(nlp, ["锡林郭勒盟", "阿巴嘎旗", "洪格尔", "高勒镇"], [("锡林郭勒盟", "LOC"), ("阿巴嘎旗洪格尔", "PER"), ("高勒镇", "LOC")])
    assert ("阿巴嘎旗", "LOC") in found and not any(label == "PER" for _, label in found)


@pytest.mark.parametrize("words, model, name", [
    (["巡线工", "格桑曲珍", "是", "班里", "唯一", "的"], [], "格桑曲珍"),                 # after a title, no model
    (["采煤机", "司机", "图门", "巴雅尔", "打开", "餐盒"], [("图门巴雅尔", "LOC")], "图门巴雅尔"),   # read as a place
    (["牧民", "其", "其格", "参加", "培训"], [], "其其格"),                              # one part of three
    (["工会主席", "次", "旺多吉", "主持", "座谈会"], [("旺多吉", "PER")], "次旺多吉"),     # 次旺 (names.yaml)
])
def test_a_minority_name_after_a_title_is_a_person(nlp, words, model, name):
    assert (name, "PER") in rules_on(nlp, words, model)


def test_a_part_of_a_minority_name_the_model_read_as_a_place_joins_the_person(nlp):
    # 图门|吉日嘎拉: 图门 read as a place no gazetteer lists
    found = rules_on(nlp, ["司徒", "芳菲", "、", "图门", "吉日", "嘎拉", "当选", "副主席"],
                     [("司徒芳菲", "PER"), ("图门", "LOC"), ("吉日嘎拉", "PER")])
    assert ("图门吉日嘎拉", "PER") in found and ("图门", "LOC") not in found


@pytest.mark.parametrize("words, model, place", [
    (["在", "锦江", "路旁", "的", "工地"], [("锦江路旁", "LOC")], "锦江路"),      # a side word ends no place
    (["在", "长湖", "湖畔", "散步"], [("长湖湖畔", "LOC")], "长湖"),              # … 湖畔 after 长湖
    (["在", "湖畔", "散步"], [("湖畔", "LOC")], "湖畔"),                          # two characters stay
])
def test_a_word_of_where_beside_a_place_is_no_part_of_it(nlp, words, model, place):
    assert (place, "LOC") in rules_on(nlp, words, model)


def test_a_company_the_model_read_from_its_field_takes_its_whole_name(nlp):
    # 在|北方轨道客车|装备有限公司: the model read a field and the legal form; the name runs back to 在
    found = rules_on(nlp, ["在", "北方", "轨道", "客车", "装备", "有限公司", "，"], [("装备有限公司", "ORG")])
    assert found == {("北方轨道客车装备有限公司", "ORG")}


def test_a_county_unit_after_a_city_before_a_company_is_a_place_too(nlp):
    # 齐齐哈尔市|富拉尔基区|北方重型装备集团有限公司: both units in front of the company are places
    found = rules_on(nlp, ["齐齐哈尔市", "富拉尔基区", "北方", "重型", "装备", "集团", "有限公司"],
                     [("齐齐哈尔市富拉尔基区北方重型装备集团有限公司", "ORG")])
    assert found == {("齐齐哈尔市", "LOC"), ("富拉尔基区", "LOC"), ("北方重型装备集团有限公司", "ORG")}


def test_a_districts_commission_written_short_is_an_elided_organization(nlp):
    # 区交通委 (ner_rules.yaml elided_orgs: a level's commission)
    found = rules_on(nlp, ["会同", "区", "交通委", "召开", "座谈会"], [])
    assert ("区交通委", "ORG") in found


def test_an_oil_plant_numbered_after_its_company_joins_it(nlp):
    # 某有限公司|第三采油厂 (branch_suffixes)
    found = rules_on(nlp, ["来到", "北星", "石油", "开发", "有限公司", "第三", "采油厂", "，"], [("北星石油开发有限公司", "ORG")])
    assert found == {("北星石油开发有限公司第三采油厂", "ORG")}


def test_a_facility_of_common_words_after_a_named_area_is_one_place(nlp):
    # 明珠湾|智慧|物流园: a named area (no administrative unit) names the facility as a unit does
    found = rules_on(nlp, ["参观", "了", "明珠湾", "智慧", "物流园", "，"], [("明珠湾", "LOC")])
    assert found == {("明珠湾智慧物流园", "LOC")}
