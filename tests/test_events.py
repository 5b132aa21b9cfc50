"""Event extraction: trigger families, role cues, non-events, dates, places, counts, serialization."""
from __future__ import annotations

import spacy
import pytest
from spacy.util import filter_spans

from pipeline.article_doc import make_article_doc
from pipeline.events import EventExtractor
from pipeline.events.dates import DateMention, find_dates, normalize, parse_iso


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh")
    nlp.add_pipe("event_extractor")
    nlp.initialize()
    return nlp


def run(nlp, text: str, ents: dict[str, list[str]] | None = None, headline: str = "标题",
        issue_date: str | None = None) -> list[dict]:
    """The article's events, with the given strings as entities (every occurrence, longest first)."""
    article = {"article_id": "t#1", "headline": headline, "text": text}
    doc = make_article_doc(nlp, article, issue_date=issue_date)
    spans = []
    for label, names in (ents or {}).items():
        for name in names:
            k = doc.text.find(name)
            while k >= 0:
                spans.append(doc.char_span(k, k + len(name), label=label))
                k = doc.text.find(name, k + 1)
    doc.ents = filter_spans([s for s in spans if s is not None])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.events


def roles(event: dict) -> set[tuple[str, str]]:
    return {(p["role"], p["name"]) for p in event["participants"]}


# ---- meeting subtypes -------------------------------------------------------------------------

@pytest.mark.parametrize("text,subtype,name", [
    ("近日，丰台区工会第十四次代表大会召开。", "congress", "丰台区工会第十四次代表大会"),
    ("全国农村工作会议12月3日在北京召开。", "conference", "全国农村工作会议"),
    ("近日，平谷区政府与区总工会联席会议召开。", "joint_meeting", "平谷区政府与区总工会联席会议"),
    ("劳模事迹报告会昨天在人民大会堂举行。", "report_meeting", "劳模事迹报告会"),
    ("1月5日，西城区总工会召开新就业形态劳动者沟通会。", "communication_meeting", "新就业形态劳动者沟通会"),
    ("纪念建党七十七周年座谈会今天在京举行。", "symposium", "纪念建党七十七周年座谈会"),
])
def test_meeting_subtypes(nlp, text, subtype, name):
    events = run(nlp, text, {"LOC": ["北京", "人民大会堂"], "ORG": ["西城区总工会"]})
    assert [(e["type"], e["subtype"], e["name"]) for e in events] == [("meeting", subtype, name)]


def test_numbered_congress_only_when_held(nlp):
    held = run(nlp, "北京市工会十五大的召开，将对未来5年首都工会重点工作进行部署安排。")
    assert [(e["subtype"], e["name"], e["trigger"]) for e in held] == [("congress", "北京市工会十五大", "召开")]
    assert run(nlp, "我们要认真贯彻落实北京市工会十五大精神，以北京市工会十五大为新起点。") == []


def test_reception_host_and_guest(nlp):
    text = "国家主席江泽民今天在人民大会堂会见了美国总统克林顿。"
    events = run(nlp, text, {"PER": ["江泽民", "克林顿"], "LOC": ["美国", "人民大会堂"]})
    assert len(events) == 1
    ev = events[0]
    assert (ev["type"], ev["subtype"], ev["trigger"]) == ("meeting", "reception", "会见")
    assert roles(ev) == {("host", "江泽民"), ("guest", "克林顿")}
    assert ev["location"] == "人民大会堂"


def test_talks_need_a_named_partner(nlp):
    ents = {"PER": ["李鹏", "桥本龙太郎"], "ORG": ["慰问组"]}
    talks = run(nlp, "国务院总理李鹏与日本首相桥本龙太郎举行会谈。", ents)
    assert [(e["subtype"], e["trigger"]) for e in talks] == [("talks", "会谈")]
    assert roles(talks[0]) == {("organizer", "李鹏"), ("organizer", "桥本龙太郎")}
    assert run(nlp, "大家与在此休息的一线劳动者进行交流。", ents) == []


def test_symposium_verb(nlp):
    events = run(nlp, "慰问期间，密云区总工会与企业相关负责人开展座谈交流。", {"ORG": ["密云区总工会"]})
    assert [(e["subtype"], e["trigger"], e["date"]) for e in events] == [("symposium", "座谈交流", None)]
    assert roles(events[0]) == {("organizer", "密云区总工会")}


# ---- visit subtypes ---------------------------------------------------------------------------

def test_official_visit(nlp):
    events = run(nlp, "应邀来京访问的东京地下铁劳动组合代表团一行日前访问了北京市总工会。",
                 {"ORG": ["东京地下铁劳动组合", "北京市总工会"]})
    assert len(events) == 1 and events[0]["subtype"] == "official_visit"
    assert ("visited", "北京市总工会") in roles(events[0])


def test_inspection_with_preposition(nlp):
    events = run(nlp, "中共中央总书记江泽民近日在上海考察工作。", {"PER": ["江泽民"], "LOC": ["上海"]})
    assert [(e["type"], e["subtype"]) for e in events] == [("visit", "inspection")]
    assert roles(events[0]) == {("visitor", "江泽民"), ("visited", "上海")}


def test_condolence_visit_of_persons(nlp):
    events = run(nlp, "春节前夕，江泽民看望了薄一波、宋任穷等老同志。", {"PER": ["江泽民", "薄一波", "宋任穷"]})
    assert [(e["subtype"], e["trigger"]) for e in events] == [("condolence", "看望")]
    assert roles(events[0]) == {("visitor", "江泽民"), ("visited", "薄一波"), ("visited", "宋任穷")}


def test_outreach(nlp):
    events = run(nlp, "近日，朝阳区总工会走进京东物流站点开展沟通服务。", {"ORG": ["朝阳区总工会", "京东物流"]})
    assert [(e["type"], e["subtype"], e["trigger"]) for e in events] == [("visit", "outreach", "走进")]
    assert roles(events[0]) == {("visitor", "朝阳区总工会"), ("visited", "京东物流")}


def test_multi_stop_visit_is_one_event_and_leader_org_visits(nlp):
    text = ("1月20日，北京市总工会党组书记、副主席张良带队赴东城区开展“两节”送温暖活动，先后来到东四工人文化宫和隆福大厦，"
            "为一线职工送上暖心问候。北京市总工会副主席于德泉，东城区总工会有关负责人参加慰问。")
    events = run(nlp, text, {"PER": ["张良", "于德泉"], "ORG": ["北京市总工会", "东城区总工会"],
                             "LOC": ["东城区", "东四工人文化宫", "隆福大厦"]})
    assert len(events) == 1
    ev = events[0]
    assert (ev["type"], ev["subtype"], ev["trigger"], ev["name"]) == ("visit", "condolence", "赴", "“两节”送温暖活动")
    assert roles(ev) == {("visitor", "张良"), ("visitor", "北京市总工会"), ("visited", "东城区"),
                         ("visited", "东四工人文化宫"), ("visited", "隆福大厦"),
                         ("attendee", "于德泉"), ("attendee", "东城区总工会")}


def test_visit_without_named_destination_is_no_event(nlp):
    assert run(nlp, "协会深入新就业形态劳动者群体中开展调研。", {"ORG": ["协会"]}) == []
    assert run(nlp, "各级工会深入开展走访慰问，惠及职工80万人次。") == []


# ---- role cues ------------------------------------------------------------------------------

def test_role_cues_chair_speaker_attendee_organizer(nlp):
    text = ("全市工会工作会议昨天召开。会议由市总工会主办。市委书记贾庆林出席会议并讲话，市总工会主席李其炎主持会议，"
            "副市长刘敬民作工作报告。市直机关工委参加会议。")
    ents = {"PER": ["贾庆林", "李其炎", "刘敬民"], "ORG": ["市总工会", "市委", "市直机关工委"]}
    events = run(nlp, text, ents)
    assert len(events) == 1
    assert roles(events[0]) == {("organizer", "市总工会"), ("speaker", "贾庆林"), ("chair", "李其炎"),
                                ("speaker", "刘敬民"), ("attendee", "市直机关工委")}


def test_proxy_and_title_orgs_are_not_participants(nlp):
    text = "近日，丰台区工会第十四次代表大会召开。丰台区人大常委会副主任连宇代表丰台区总工会第十三届委员会作工作报告。"
    events = run(nlp, text, {"PER": ["连宇"], "ORG": ["丰台区人大常委会", "丰台区总工会第十三届委员会"]})
    assert roles(events[0]) == {("speaker", "连宇")}


def test_elided_org_resolved_to_written_full_form(nlp):
    text = "近日，平谷区政府与区总工会联席会议召开。平谷区总工会在劳模评选方面成效显著。"
    events = run(nlp, text, {"ORG": ["平谷区总工会"], "LOC": ["平谷区"]})
    assert roles(events[0]) == {("organizer", "平谷区政府"), ("organizer", "平谷区总工会")}


def test_cue_noun_is_no_role(nlp):
    text = "近日，丰台区工会第十四次代表大会召开。大家要深入贯彻习近平总书记重要讲话精神。"
    events = run(nlp, text, {"PER": ["习近平"]})
    assert ("speaker", "习近平") not in roles(events[0])


# ---- non-events ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "近日，“唱响海淀”迎新春职工歌手大赛决赛在海淀文化馆小剧场举办。",
    "近日，金盏第二社区卫生服务中心工会举办趣味运动会。",
    "近日，“三品书屋”揭牌仪式暨爱心图书捐赠活动在龚庄小学举行。",
    "近日，怀柔区总工会在渔阳郡举办了农产品品鉴活动。",
    "未来，各级工会将认真贯彻落实北京市工会十五大精神。",
    "会议指出，过去五年，丰台区各级工会始终坚持党的领导。",
    "党的十五大召开以来，各地认真贯彻落实大会精神。",
])
def test_non_events(nlp, text):
    assert run(nlp, text, {"ORG": ["怀柔区总工会"], "LOC": ["渔阳郡", "海淀文化馆小剧场"]}) == []


def test_headline_and_body_are_one_event_named_by_the_body(nlp):
    events = run(nlp, "近日，平谷区政府与区总工会联席会议召开。会上通报了工作情况。",
                 headline="2025年平谷区政府与区总工会联席会议召开")
    assert len(events) == 1
    ev = events[0]
    assert ev["name"] == "平谷区政府与区总工会联席会议"
    assert ev["start"] > len("2025年平谷区政府与区总工会联席会议召开")     # the body sentence


def test_headline_only_event_spans_the_headline(nlp):
    headline = "江泽民会见克林顿"
    events = run(nlp, "双方就共同关心的问题交换了意见。", {"PER": ["江泽民", "克林顿"]}, headline=headline)
    assert len(events) == 1 and (events[0]["start"], events[0]["end"]) == (0, len(headline))


# ---- dates, places, attendance --------------------------------------------------------------

def test_date_year_from_issue_date(nlp):
    ev = run(nlp, "1月20日，全市工会工作会议召开。", issue_date="2026-01-21")[0]
    assert (ev["date"], ev["date_norm"]) == ("1月20日", "2026-01-20")
    ev = run(nlp, "12月28日，全市工会工作会议召开。", issue_date="2026-01-02")[0]
    assert ev["date_norm"] == "2025-12-28"           # not after the issue date


def test_date_without_issue_date_is_partial(nlp):
    ev = run(nlp, "1月20日，全市工会工作会议召开。")[0]
    assert ev["date_norm"] == "--01-20"


def test_year_in_text_wins(nlp):
    ev = run(nlp, "2024年12月5日，全市工会工作会议召开。", issue_date="2026-01-21")[0]
    assert (ev["date"], ev["date_norm"]) == ("2024年12月5日", "2024-12-05")


def test_vague_date_upper_bound(nlp):
    ev = run(nlp, "近日，全市工会工作会议召开。", issue_date="2026-01-21")[0]
    assert (ev["date"], ev["date_norm"], ev["date_upper_bound"]) == ("近日", None, "2026-01-21")
    ev = run(nlp, "近日，全市工会工作会议召开。")[0]
    assert ev["date_upper_bound"] is None


def test_relative_day_from_dateline_or_issue(nlp):
    ev = run(nlp, "全市工会工作会议昨天召开。", issue_date="1998-03-06")[0]
    assert (ev["date"], ev["date_norm"]) == ("昨天", "1998-03-05")
    ev = run(nlp, "本报北京3月4日讯 全国农村工作会议今天在京召开。", issue_date="1998-03-05")[0]
    assert ev["date_norm"] == "1998-03-04"


def test_date_helpers():
    from pipeline.events.triggers import load_lexicon
    from pipeline.paths import PROJECT_ROOT
    lex = load_lexicon(PROJECT_ROOT / "data/lexicons/events.yaml")
    found = find_dates("一九九八年三月五日会议开幕", 0, 13, lex)
    assert [(d.year, d.month, d.day) for d in found] == [(1998, 3, 5)]
    assert normalize(DateMention("5日", 0, 2, day=5), parse_iso("1998-03-06")) == ("1998-03-05", None)


def test_location_and_attendance(nlp):
    ev = run(nlp, "近日，海淀区职工代表大会在海淀文化馆小剧场举办，200余人参加会议。此次活动覆盖4000余人。",
             {"LOC": ["海淀文化馆小剧场"]})[0]
    assert (ev["location"], ev["attendance"]) == ("海淀文化馆小剧场", "200余人")


def test_reach_is_not_attendance(nlp):
    ev = run(nlp, "近日，海淀区职工代表大会召开。此次活动覆盖4000余人。")[0]
    assert ev["attendance"] is None


def test_span_stays_in_one_field(nlp):
    article = {"article_id": "t#1", "headline": "会议召开", "text": "近日，全市工会工作会议召开。会议强调要团结。"}
    doc = nlp(make_article_doc(nlp, article))
    ev = doc._.events[0]
    assert "\n" not in doc.text[ev["start"]:ev["end"]]
    assert doc.text[ev["start"]:ev["end"]] == "近日，全市工会工作会议召开。"


# ---- component --------------------------------------------------------------------------------

def test_to_disk_from_disk_round_trip(nlp, tmp_path):
    custom = spacy.blank("zh")
    extractor = custom.add_pipe("event_extractor")
    custom.initialize()
    extractor.triggers["meeting"]["nouns"]["symposium"].append("碰头会")
    extractor._loaded()
    custom.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    doc = loaded("近日，全市工会碰头会召开。")
    assert [(e["subtype"], e["name"]) for e in doc._.events] == [("symposium", "全市工会碰头会")]
    assert (tmp_path / "pipe" / "event_extractor" / "triggers").exists()


def test_degrades_without_entities(nlp):
    events = run(nlp, "近日，全市工会工作会议召开，张良出席会议并讲话。")
    assert len(events) == 1 and events[0]["participants"] == []


def test_person_inside_a_title_stays_in_the_name(nlp):
    ev = run(nlp, "《罗荣桓军事文选》出版座谈会今天在人民大会堂举行。", {"PER": ["罗荣桓"], "LOC": ["人民大会堂"]})[0]
    assert (ev["name"], ev["location"]) == ("《罗荣桓军事文选》出版座谈会", "人民大会堂")


def test_remote_condolence_is_no_visit(nlp):
    assert run(nlp, "中央军委致电慰问驻张家口地震灾区的解放军部队。", {"ORG": ["中央军委"], "LOC": ["张家口"]}) == []
