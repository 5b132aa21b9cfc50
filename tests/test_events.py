"""Event extraction: trigger families, role cues, non-events, dates, places, counts, serialization."""
from __future__ import annotations

import os

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


@pytest.fixture(scope="module")
def roles_nlp():
    """Roles before events, as in the pipeline: title phrases are read first."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("role_extractor")
    nlp.add_pipe("event_extractor")
    nlp.initialize()
    return nlp


def with_entities(nlp, doc, ents: dict[str, list[str]]):
    """``doc`` with every occurrence of the given strings as entities, run through ``nlp``'s pipes."""
    spans = []
    for label, names in ents.items():
        for name in names:
            k = doc.text.find(name)
            while k >= 0:
                spans.append(doc.char_span(k, k + len(name), label=label))
                k = doc.text.find(name, k + 1)
    doc.ents = filter_spans([s for s in spans if s is not None])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def run(nlp, text: str, ents: dict[str, list[str]] | None = None, headline: str = "标题",
        issue_date: str | None = None) -> list[dict]:
    """The article's events, with the given strings as entities (every occurrence, longest first)."""
    article = {"article_id": "t#1", "headline": headline, "text": text}
    doc = make_article_doc(nlp, article, issue_date=issue_date)
    doc = with_entities(nlp, doc, ents or {})
    return doc._.events


def roles(event: dict) -> set[tuple[str, str]]:
    return {(p["role"], p["name"]) for p in event["participants"]}


# ---- meeting subtypes -------------------------------------------------------------------------

@pytest.mark.parametrize("text,subtype,name", [
    ("近日，丰台区工会第十四次代表大会召开。", "congress", "丰台区工会第十四次代表大会"),
    ("全国农村工作会议12月3日在北京召开。", "conference", "全国农村工作会议"),
    ("3月5日，全市工会经费审查视频会召开。", "conference", "全市工会经费审查视频会"),
    # a name quoted whole opens with no mark; an indefinite count is no part of it
    ("青山区总工会今天举行“东江职工可持续发展研讨会”。", "symposium", "东江职工可持续发展研讨会"),
    ("青山区总工会今天举行了一次经济研讨会。", "symposium", "经济研讨会"),
    ("青山区总工会今天举行“职工心声”座谈会。", "symposium", "“职工心声”座谈会"),
    ("近日，平谷区政府与区总工会联席会议召开。", "joint_meeting", "平谷区政府与区总工会联席会议"),
    ("劳模事迹报告会昨天在人民大会堂举行。", "report_meeting", "劳模事迹报告会"),
    ("1月5日，西城区总工会召开新就业形态劳动者沟通会。", "communication_meeting", "新就业形态劳动者沟通会"),
    ("纪念建党七十七周年座谈会今天在京举行。", "symposium", "纪念建党七十七周年座谈会"),
    # the person commemorated is named in it (commemorated_marks)
    ("周明远同志诞辰90周年纪念大会今天在东江举行。", "conference", "周明远同志诞辰90周年纪念大会"),
    # the span of time it lasts is no part of the name (name_lead_pattern); 的 inside a name is
    ("为期三天的青山论坛年会于昨日闭幕。", "conference", "青山论坛年会"),
    ("关于青山港建设问题的专家座谈会今天在京举行。", "symposium", "关于青山港建设问题的专家座谈会"),
    # two names joined by 暨 (names.yaml name_conjunctions) are one meeting's name
    ("3月2日，青山区总工会召开2024年工会工作会议暨表彰大会。", "conference", "2024年工会工作会议暨表彰大会"),
    # … of the second's kind where the first says no more than a meeting (大会)
    ("3月2日，青山区总工会召开成立大会暨第一次会员代表大会。", "congress", "成立大会暨第一次会员代表大会"),
    ("3月2日，青山区总工会召开职工代表大会暨工作会议。", "congress", "职工代表大会暨工作会议"),
    # a meeting held for a contest (held_for_non_events); a 现场会
    ("3月2日，青山区总工会召开劳动竞赛总结表彰大会。", "conference", "劳动竞赛总结表彰大会"),
    ("3月2日，青山区总工会召开社区工会工作现场会。", "conference", "社区工会工作现场会"),
    ("日前，青山区总工会举办新就业形态劳动者交流会。", "symposium", "新就业形态劳动者交流会"),
    # a meeting body and its session (events.yaml session_ordinal) are one meeting's name
    ("近日，东湖集团召开第三届职工代表大会第五次会议。", "congress", "第三届职工代表大会第五次会议"),
    # a collective contract's negotiation meeting is a conference (GUIDELINES: 会议), not talks
    ("12月8日，东湖集团工会与行政方召开2026年度工资集体协商会议。", "conference", "2026年度工资集体协商会议"),
    # agencies meeting to consult on the weather or a plan (会商会议) hold a joint meeting
    ("4月2日，东湖市气象局联合市水利局召开汛期天气会商会议。", "joint_meeting", "汛期天气会商会议"),
    # 行业协会商会 (industry associations and chambers) names no consultation meeting
    ("市民政局召开全市行业协会商会党建工作会议。", "conference", "全市行业协会商会党建工作会议"),
    # consultations held between two foreign ministries are talks
    ("7月3日，外交部副部长周明远在北京与外方举行两国外交部第十轮政治磋商。", "talks", "两国外交部第十轮政治磋商"),
])
def test_meeting_subtypes(nlp, text, subtype, name):
    events = run(nlp, text, {"LOC": ["北京", "人民大会堂"], "ORG": ["西城区总工会"], "PER": ["周明远"]})
    assert [(e["type"], e["subtype"], e["name"]) for e in events] == [("meeting", subtype, name)]


def test_a_meeting_named_like_a_body_holds_nothing_itself(nlp):
    # 述职评议会 ends like a parliament (议会) but is the meeting: its organizer is the body before 召开
    [ev] = run(nlp, "4月2日，东湖区总工会召开基层工会主席述职评议会。",
               {"ORG": ["东湖区总工会", "基层工会主席述职评议会"]})
    assert roles(ev) == {("organizer", "东湖区总工会")}


@pytest.mark.parametrize("text", [
    "8月22日，无锡市总工会组织召开全市网约车行业集体协商会议。",
    "8月22日，无锡市总工会召开第三轮协商会议。",
])
def test_a_meeting_name_cut_inside_its_noun_names_no_organizer(nlp, text):
    # 集体协商会|议: 商会 ends like a chamber of commerce, but the cut falls inside the word 会议
    [ev] = run(nlp, text, {"ORG": ["无锡市总工会"]})
    assert roles(ev) == {("organizer", "无锡市总工会")}


@pytest.mark.parametrize("said", ["讲了话", "分享了经验", "解读了新修订的工会法", "作了工作报告", "发表主旨演讲", "宣读倡议书",
                                  "作了经验交流", "进行点评"])
def test_speakers_of_a_meeting_by_more_words(nlp, said):
    # 讲了话 (了 inside the word), 分享, 讲述, 解读, 作了…报告, 发表主旨演讲, 宣读: events.yaml roles.speaker
    [ev] = run(nlp, f"3月2日，青山区总工会召开工作会议。区总工会主席周明远{said}。",
               {"ORG": ["青山区总工会"], "PER": ["周明远"]})
    assert ("speaker", "周明远") in roles(ev)


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


def test_a_guest_whose_name_opens_with_a_frame_character_is_met(nlp):
    # 会见|中宸集团…: 中 opens the guest's company, no 会见中 ("during the meeting") referring back
    text = "7月9日，市委书记周明远在青山会见中宸控股集团党委书记、董事长吴晓东一行，双方就深化合作进行交流。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["中宸控股集团"], "LOC": ["青山"]})
    assert {("host", "周明远"), ("guest", "吴晓东")} <= roles(ev)
    # … while 会见中 stays a frame where no name opens there
    evs = run(nlp, "周明远会见吴晓东。会见中，周明远表示欢迎。", {"PER": ["周明远", "吴晓东"]})
    assert len(evs) == 1


def test_the_host_of_guests_come_to_visit_is_no_visitor(nlp):
    """会见了来华访问的某国客人: the visit modifies the unnamed guests; the host visits nobody."""
    events = run(nlp, "周明远昨日在京会见了来华访问的东洋国客人。",
                 {"PER": ["周明远"], "LOC": ["京", "华", "东洋国"]})
    assert [e["type"] for e in events] == ["meeting"]
    assert not any(p["role"] == "visitor" for e in events for p in e["participants"])


def test_the_delegation_come_to_visit_visits_not_the_host_before_the_verb(nlp):
    """甲会见了来京访问的乙代表团: the delegation the visit modifies visits; 甲, named within a
    few characters before the visit word but before the reception verb, hosts."""
    events = run(nlp, "1月5日，周明远会见了来京访问的东洋国劳动组合代表团。",
                 {"PER": ["周明远"], "ORG": ["东洋国劳动组合代表团"]})
    visit = next(e for e in events if e["type"] == "visit")
    assert roles(visit) == {("visitor", "东洋国劳动组合代表团"), ("visited", "京")}


@pytest.mark.parametrize("text", ["1月5日，周明远会见了东洋国劳动组合代表团一行，并与代表团进行了座谈。",
                                  "1月5日，周明远会见了来京访问的东洋国劳动组合代表团一行并座谈。"])
def test_a_talk_going_on_from_a_reception_is_the_reception(nlp, text):
    """会见了乙一行，并与代表团座谈 (events.yaml continued_reception): one meeting, the reception."""
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["东洋国劳动组合代表团"]})
    [meeting] = [e for e in events if e["type"] == "meeting"]
    assert meeting["subtype"] == "reception"
    assert roles(meeting) == {("host", "周明远"), ("guest", "东洋国劳动组合代表团")}


def test_a_symposium_of_its_own_after_a_reception_stays(nlp):
    # a named meeting, or one in the next sentence, is held apart
    events = run(nlp, "1月5日，周明远会见了东洋国劳动组合代表团一行。下午，双方召开了座谈会。",
                 {"PER": ["周明远"], "ORG": ["东洋国劳动组合代表团"]})
    assert sorted(e["subtype"] for e in events) == ["reception", "symposium"]


def test_a_visiting_party_received_as_a_group_word(nlp):
    # 会见了参访团一行 (events.yaml partner_groups: 参访团): a reception of the party that came
    text = "5月19日，周明远率参访团一行22人抵达青山。青山市总工会主席吴晓东当天会见了参访团一行。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["青山市总工会"], "LOC": ["青山"]})
    assert any(e["subtype"] == "reception" and ("host", "吴晓东") in roles(e) for e in events)


def test_unnamed_fans_received_make_a_reception_with_its_named_host(nlp):
    """会见了当地球迷: fans, officials and athletes received are unnamed guests (partner_groups)."""
    [ev] = run(nlp, "8月8日晚，约翰·史密斯在青山市会见了当地球迷。", {"PER": ["约翰·史密斯"], "LOC": ["青山市"]})
    assert (ev["subtype"], ev["date"], ev["location"]) == ("reception", "8月8日晚", "青山市")
    assert roles(ev) == {("host", "约翰·史密斯")}


@pytest.mark.parametrize("text", ["吴晓东和夫人郑秋在机场会见了前来迎接的东洋国官员。",
                                  "吴晓东与郑秋共同会见了记者。"])
def test_those_joined_to_the_host_before_unnamed_guests_host_too(nlp, text):
    """甲和乙会见了…官员: the guests stand after the verb, unnamed; 乙 is no guest but a host."""
    [ev] = run(nlp, text, {"PER": ["吴晓东", "郑秋"], "LOC": ["东洋国"]})
    assert roles(ev) == {("host", "吴晓东"), ("host", "郑秋")}


@pytest.mark.parametrize("text, held", [
    ("周明远表示，此次与吴晓东的会面非常愉快。", True),
    ("周明远在与吴晓东的会见中表示，双方应加强合作。", True),
    ("在与吴晓东的会见中，周明远表示双方应加强合作。", True),   # the subject after the frame
    # a meeting looked forward to, or no frame of one held: none
    ("周明远期待与吴晓东的会晤。", False),
    ("周明远在与吴晓东的会见之前发表了讲话。", False),
])
def test_a_meeting_verb_as_a_noun_framed_as_held_is_a_meeting(nlp, text, held):
    """此次与乙的会面 / 在与乙的会见中: the noun states a meeting held; the subject hosts."""
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"]})
    meetings = [e for e in events if e["type"] == "meeting"]
    if held:
        assert [roles(e) for e in meetings] == [{("host", "周明远"), ("guest", "吴晓东")}]
    else:
        assert meetings == []


@pytest.mark.parametrize("text, location", [
    ("10日，正在东洋国访问的南海国议长周明远与东洋国议长山本一郎举行会谈。", None),
    ("正在东洋国访问的周明远10日在白石宾馆会见了山本一郎。", "白石宾馆"),
])
def test_one_visiting_named_before_a_meeting_verb_takes_part_and_his_progress_is_no_venue(nlp, text, location):
    """正在…访问的甲: the visit word before 的 modifies 甲, who visits: he is no place visited but
    the meeting's subject, and the 在 of 正在 opens no venue."""
    events = run(nlp, text, {"PER": ["周明远", "山本一郎"], "LOC": ["东洋国", "南海国", "白石宾馆"]})
    [meeting] = [e for e in events if e["type"] == "meeting"]
    assert {"周明远", "山本一郎"} <= {name for _, name in roles(meeting)}
    assert meeting["location"] == location


@pytest.mark.parametrize("text, held", [
    # stated held before its noun, the clause framed at it (在…上): a meeting told here
    ("郑秋到翠湖科技园慰问职工。在随后召开的座谈会上，周明远介绍了情况。", True),
    ("在今天举行的座谈会期间，周明远介绍了情况。", True),
    # the clause alone frames it where it closes at the noun and 上 (no 在 written)
    ("郑秋到翠湖科技园慰问职工。随后召开的座谈会上，周明远介绍了情况。", True),
    ("郑秋到翠湖科技园慰问职工。调研后召开的座谈会上，周明远介绍了情况。", True),
    # the noun framed without a predicate, or a predicate with no frame and 上 after it: referred to
    ("在座谈会上，周明远介绍了情况。", False),
    ("周明远介绍了上次召开的座谈会上提出的要求。", False),
])
def test_a_meeting_stated_held_inside_a_frame_at_it_is_told_there(nlp, text, held):
    events = run(nlp, text, {"PER": ["郑秋", "周明远"], "LOC": ["翠湖科技园"]})
    assert any(e["type"] == "meeting" and e["subtype"] == "symposium" for e in events) == held


@pytest.mark.parametrize("who, speaks", [("周明远", True), ("吴晓东", False)])
def test_a_visitor_of_the_party_holding_a_symposium_who_gives_directions_speaks(roles_nlp, who, speaks):
    """甲带队赴某地调研…并召开座谈会。甲就…提出要求: the visiting party holds the symposium, and
    its member who gives directions speaks there; someone of no part in either does not."""
    text = ("10月19日上午，江南省总工会经济部部长周明远带队赴青山公司开展调研。调研组一行实地察看了展板，"
            f"并召开座谈会。{who}就下一步工作提出要求。")
    events = run(roles_nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["江南省总工会", "青山公司"]})
    [meeting] = [e for e in events if e["type"] == "meeting"]
    assert (("speaker", who) in roles(meeting)) == speaks
    assert ("organizer", "江南省总工会") in roles(meeting)


@pytest.mark.parametrize("text, second_hosts", [
    ("周明远与吴晓东举行会谈后共同会见记者。", {"周明远", "吴晓东"}),
    # without a joint word the partner of the talks hosts nothing after them
    ("周明远与吴晓东举行会谈后会见了记者。", {"周明远"}),
])
def test_partners_who_act_jointly_after_a_deed_done_first_host_together(nlp, text, second_hosts):
    """甲与乙举行会谈后共同会见记者: 乙 acts with 甲 in the reception too (`joint.after_deed`)."""
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"]})
    [reception] = [e for e in events if e["subtype"] == "reception"]
    assert {name for role, name in roles(reception) if role == "host"} == second_hosts


@pytest.mark.parametrize("verb", ["约见", "面见"])
def test_a_summons_or_an_audience_is_a_reception(nlp, verb):
    """约见 (to summon) and 面见 (to see in person) state a reception as 会见 does."""
    [ev] = run(nlp, f"东洋国外长周明远{verb}了青山国大使吴晓东。", {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国", "青山国"]})
    assert (ev["subtype"], ev["trigger"]) == ("reception", verb)
    assert roles(ev) == {("host", "周明远"), ("guest", "吴晓东")}


@pytest.mark.parametrize("text, partners", [
    # the partner stands before the topic: the 和 of 和平 inside it joins nobody
    ("周明远同吴晓东就东江和平进程问题举行会谈。", {"周明远", "吴晓东"}),
    ("周明远同吴晓东就东江和平进程问题进行了会谈。", {"周明远", "吴晓东"}),
    # a meeting word inside the topic, held by no predicate, names no partner of it
    ("周明远与吴晓东就定于20日举行的东江和青山首脑会晤的议题进行了讨论。", None),
])
def test_talks_partner_before_a_topic(nlp, text, partners):
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["东江", "青山"]})
    talks = [ev for ev in events if ev["trigger"] in ("会谈", "会晤")]
    if partners is None:
        assert all("吴晓东" not in {p["name"] for p in ev["participants"]} for ev in talks)
    else:
        assert [{p["name"] for p in ev["participants"]} for ev in talks] == [partners]


def test_a_meeting_in_person_takes_its_partner_before_it(nlp):
    # one named after 见面 is described (a work shown to an audience), not met
    text = "专题片还介绍了将在春节晚会上与广大观众见面的周明远的新作。"
    assert run(nlp, text, {"PER": ["周明远"]}) == []
    [ev] = run(nlp, "周明远今天在东江市与吴晓东见面。", {"PER": ["周明远", "吴晓东"], "LOC": ["东江市"]})
    assert roles(ev) == {("host", "周明远"), ("guest", "吴晓东")} and ev["location"] == "东江市"


@pytest.mark.parametrize("text", [
    "东江市文化局艺术家慰问环卫职工迎春文艺演出在青山区拉开帷幕。",
    "东江市文化局慰问环卫职工专场演出昨天在青山区举行。",
    "东江市文化局慰问环卫职工专场演出举行。",
])
def test_a_show_named_for_a_visit_is_no_visit(nlp, text):
    """A visit word in the name of a show its clause says is held names the show (non_events):
    the body is no visitor of what the performers bring after it."""
    text += "周明远等演员为职工们送去了慰问品。"
    events = run(nlp, text, {"ORG": ["东江市文化局"], "LOC": ["青山区"], "PER": ["周明远"]})
    assert all(p["name"] != "东江市文化局" for ev in events for p in ev["participants"])


@pytest.mark.parametrize("text", ["五十年代，周明远将军的女儿吴晓东来到东江，为勘探石油艰辛备尝。",
                                  "东江市总工会的吴晓东来到东江，慰问一线职工。"])
def test_whose_person_acts_not_the_owner(nlp, text):
    """甲将军的女儿乙来到…: 甲 only says whose 乙 is; 乙 visits."""
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["东江市总工会"], "LOC": ["东江"]})
    assert roles(ev) == {("visitor", "吴晓东"), ("visited", "东江")}


def test_kinds_of_activities_name_no_visit(nlp):
    text = "近日，青山镇总工会走进白石村慰问农民工。今年以来，青山镇总工会已累计开展各类送温暖活动12场次。"
    [ev] = run(nlp, text, {"ORG": ["青山镇总工会"], "LOC": ["白石村"]})
    assert ev["name"] is None


@pytest.mark.parametrize("text, visits", [
    # a person's directive says what others are to do: nothing in it is done
    ("会上，副主席甲乙丙要求，各级工会要把岗位送到园区、楼宇和社区。", 0),
    ("会上，副主席甲乙丙号召：各级工会把温暖送到职工心坎上。", 0),
    ("甲乙丙强调，各级工会要坚持服务职工，把关怀送到职工心坎上。", 0),   # 强调, 指出 direct too
    # a body's requirement followed is no directive of a person: the visit is made
    ("按照市总工会要求，甲乙丙把慰问品送到职工手中。", 1),
    # nor a person's followed (应甲要求), nor an event someone else is named doing after it
    ("按照丁戊要求，甲乙丙把慰问品送到职工手中。", 1),
    ("丁戊要求，立即开展慰问，当天下午，甲乙丙把慰问品送到职工手中。", 1),
])
def test_what_a_person_directs_others_to_do_is_no_event(nlp, text, visits):
    events = run(nlp, text, {"PER": ["甲乙丙", "丁戊"], "ORG": ["市总工会"]})
    assert len([e for e in events if e["type"] == "visit"]) == visits


def test_the_delegation_a_person_heads_visits_with_him(roles_nlp):
    """以甲为团长的乙代表团访问…: 甲 and the delegation visit (headed_frame: the 为 of the frame
    makes no object of the delegation)."""
    text = "以周明远主席为团长的东江市总工会代表团，于昨天访问了青山市总工会。"
    [ev] = run(roles_nlp, text, {"PER": ["周明远"], "ORG": ["东江市总工会代表团", "青山市总工会"]})
    assert roles(ev) == {("visitor", "周明远"), ("visitor", "东江市总工会代表团"), ("visited", "青山市总工会")}


def test_the_aspect_mark_is_no_part_of_a_stop_the_ner_missed(nlp):
    """走访慰问了区环卫中心、青山供电公司: the list's first item, unrecognized, without 了."""
    text = "1月18日，周明远走访慰问了区环卫中心、青山供电公司等单位的一线职工。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山供电公司"]})
    assert ("visited", "区环卫中心") in roles(ev)


def test_a_reception_named_again_by_a_short_form_is_one_event(nlp):
    # the guest's surname alone is the guest named in full before: the same reception
    text = "周明远今天在青山会见了东洋国议长安德烈·沃尔科。周明远表示很高兴与沃尔科议长会面。"
    events = run(nlp, text, {"PER": ["周明远", "安德烈·沃尔科", "沃尔科"], "LOC": ["青山", "东洋国"]})
    assert len(events) == 1
    assert roles(events[0]) == {("host", "周明远"), ("guest", "安德烈·沃尔科")}


def test_a_short_form_of_a_participant_is_not_listed_again(nlp):
    text = "东洋国总统安德烈·沃尔科今天抵达青山进行访问。沃尔科此次访问青山，是两国建交后的首次。"
    [ev] = run(nlp, text, {"PER": ["安德烈·沃尔科", "沃尔科"], "LOC": ["青山", "东洋国"]})
    assert ("visitor", "安德烈·沃尔科") in roles(ev) and ("visitor", "沃尔科") not in roles(ev)


@pytest.mark.parametrize("text", ["去年，周明远在青山市会见东洋国特使时提出了这一建议。",
                                  "周明远会见了东洋国和西洋国客人。"])
def test_a_place_is_no_guest(nlp, text):
    """A place takes part only as where a visit goes: the country of an unnamed envoy is no guest."""
    [ev] = run(nlp, text, {"PER": ["周明远"], "LOC": ["东洋国", "西洋国", "青山市"]})
    assert roles(ev) == {("host", "周明远")}


@pytest.mark.parametrize("text, ents, location", [
    ("青山市职工代表大会于昨天在青山市开幕。", {"LOC": ["青山市"]}, "青山市"),   # a date before the place
    ("周明远在东洋市同西洋国总统吴晓东举行了会谈。", {"PER": ["周明远", "吴晓东"], "LOC": ["东洋市", "西洋国"]},
     "东洋市"),   # the partner and the predicate after it
    ("周明远在大同市与吴晓东举行了会谈。", {"PER": ["周明远", "吴晓东"], "LOC": ["大同市"]}, "大同市"),
    ("青山市职工代表大会在大同市召开。", {}, "大同市"),   # 同, 和 inside a place no NER found
    ("青山市职工代表大会在永和县举行。", {"LOC": ["永和县"]}, "永和县"),
    ("周明远在和平饭店会见了吴晓东。", {"PER": ["周明远", "吴晓东"]}, "和平饭店"),   # ends like a venue
    ("周明远与吴晓东在青山再次见面。", {"PER": ["周明远", "吴晓东"], "LOC": ["青山"]}, "青山"),   # an adverb after it
    # a deed done there before 并 and the meeting: the names after 在
    ("周明远与吴晓东在东洋国青山市共进晚餐并举行会晤。", {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国", "青山市"]},
     "东洋国青山市"),
    # the partner named after words that say who he is; a long sentence (the venue pattern's reach)
    ("周明远在青山宾馆同应邀前来出席青山论坛年会的西洋国外交部长吴晓东举行会谈。",
     {"PER": ["周明远", "吴晓东"], "LOC": ["青山宾馆", "西洋国"]}, "青山宾馆"),
    # joint and manner words between the place and its predicate (在某馆联合举办, 共同隆重举行)
    ("青山市总工会今天在青山宾馆联合举办座谈会。", {"ORG": ["青山市总工会"], "LOC": ["青山宾馆"]}, "青山宾馆"),
    ("纪念座谈会今天在青山宾馆共同隆重举行。", {"LOC": ["青山宾馆"]}, "青山宾馆"),
    # dates written before the place, a range with a relative month among them
    ("青山论坛年会于本月29日至2月3日在东洋国青山举行。", {"LOC": ["东洋国", "青山"]}, "东洋国青山"),
    # not the 在 inside a name
    ("东洋国总统文在山当天在青山宫会见了吴晓东。", {"PER": ["文在山", "吴晓东"], "LOC": ["东洋国", "青山宫"]}, "青山宫"),
    # a light verb after the place (visit.list_verbs: 进行) and a manner word
    ("周明远和吴晓东在东洋国青山市进行非正式会晤。", {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国", "青山市"]},
     "东洋国青山市"),
    # a topic opened after the place (topic_marks) is what is met about
    ("东洋国参众两院当天在青山宫就选举下届总统举行联席会议。", {"LOC": ["青山宫"], "ORG": ["东洋国参众两院"]}, "青山宫"),
    # a deictic before the partner names no place
    ("周明远在这里同要求青山独立的西洋党领导人吴晓东举行会谈。",
     {"PER": ["周明远", "吴晓东"], "LOC": ["青山"], "ORG": ["西洋党"]}, None),
])
def test_the_location_is_the_place_alone(nlp, text, ents, location):
    [ev] = run(nlp, text, ents)
    assert ev["location"] == location


def test_the_words_between_a_name_and_its_predicate_come_from_the_lexicon():
    """Manner words and dates between a meeting's name or place and its predicate are data
    (events.yaml): a word added there links a name and a place it did not link before."""
    custom = spacy.blank("zh")
    extractor = custom.add_pipe("event_extractor")
    custom.initialize()
    text = "青山区职工代表大会昨天在青山宾馆盛大召开。"
    [ev] = run(custom, text)
    assert ev["location"] == "青山宾馆盛大"
    extractor.triggers["meeting"]["manner"].append("盛大")
    extractor._loaded()
    [ev] = run(custom, text)
    assert (ev["name"], ev["location"]) == ("青山区职工代表大会", "青山宾馆")
    # a relative date of the dates table links too, with no word of its own in the meeting table
    [ev] = run(custom, "青山区职工代表大会前天在青山宾馆召开。")
    assert (ev["name"], ev["location"]) == ("青山区职工代表大会", "青山宾馆")


def test_a_meeting_held_by_the_visiting_group_is_organized_by_the_visitors(nlp):
    text = "近日，青山区总工会到东江县考察。考察组一行走访了车间，随后召开座谈会，听取职工意见。"
    visit, meeting = run(nlp, text, {"ORG": ["青山区总工会"], "LOC": ["东江县"]})
    assert meeting["type"] == "meeting" and roles(meeting) == {("organizer", "青山区总工会")}
    # with no trip before it, the group names no one
    [alone] = run(nlp, text[text.index("考察组"):])
    assert roles(alone) == set()


@pytest.mark.parametrize("headline, name", [("青山东江两地工会联谊座谈会召开", "青山东江两地工会联谊座谈会"),
                                           ("2025年两地工会联谊座谈会召开", "两地工会联谊座谈会"),   # a year is a date
                                           ("2025年联谊座谈会召开", "联谊座谈会")])
def test_a_meeting_takes_the_longer_name_of_its_headline(nlp, headline, name):
    [ev] = run(nlp, "4月15日，青山区总工会与东江县总工会联合召开联谊座谈会。",
               {"ORG": ["青山区总工会", "东江县总工会"]}, headline=headline)
    assert ev["name"] == name


def test_a_trip_dated_only_in_a_later_statement_takes_that_date(nlp):
    text = "青山区总工会赴东江县开展春节慰问活动。10月26日上午，周明远一行前往南湖社区，看望老劳模。"
    [ev] = run(nlp, text, {"ORG": ["青山区总工会"], "LOC": ["东江县", "南湖社区"], "PER": ["周明远"]})
    assert ev["type"] == "visit" and ev["date"] == "10月26日上午"


def test_a_visited_list_goes_on_over_items_ner_missed_that_end_like_organizations(nlp):
    text = "周明远一行参观考察了青山造船厂、东江加工区管理处、alpha企业集团、南湖实验幼儿园。"
    [ev] = run(nlp, text, {"ORG": ["青山造船厂", "东江加工区管理处"], "PER": ["周明远"]})
    assert {n for r, n in roles(ev) if r == "visited"} == {"青山造船厂", "东江加工区管理处", "alpha企业集团", "南湖实验幼儿园"}
    # the list stops at an item that is no name: nothing after it is taken
    [ev] = run(nlp, "周明远参观了青山造船厂、车间生产线、南湖实验幼儿园。", {"ORG": ["青山造船厂"], "PER": ["周明远"]})
    assert {n for r, n in roles(ev) if r == "visited"} == {"青山造船厂"}
    # 和 joins the last item; 等 closes the list; a recognized first item may open with 和
    for text, first, visited in [("周明远参观了青山造船厂、东江机械集团和南湖实验幼儿园。", "青山造船厂",
                                  {"青山造船厂", "东江机械集团", "南湖实验幼儿园"}),
                                 ("周明远参观了青山造船厂、东江机械厂等企业协会。", "青山造船厂", {"青山造船厂", "东江机械厂"}),
                                 ("周明远参观了和平区总工会、东江机械集团。", "和平区总工会", {"和平区总工会", "东江机械集团"})]:
        [ev] = run(nlp, text, {"ORG": [first], "PER": ["周明远"]})
        assert {n for r, n in roles(ev) if r == "visited"} == visited, text


@pytest.mark.parametrize("group", ["代表团", "访问团", "友好团"])
def test_a_led_delegation_takes_part_as_its_body(nlp, group):
    """A common noun (代表团) or one of the stage's group words (访问团) closes a delegation."""
    [ev] = run(nlp, f"周明远会见了由议长吴晓东率领的东洋国青山区议会{group}。",
               {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国"], "ORG": [f"青山区议会{group}"]})
    assert ("guest", "青山区议会") in roles(ev)


def test_a_visit_word_modifying_a_name_says_who_visits(nlp):
    """会见了正在这里访问的某国外长乙: 乙 visits, not the host who meets him."""
    text = "东洋国总统周明远会见了正在这里访问的西洋国外长吴晓东。吴晓东12日抵达东洋国首都南湖市。"
    reception, visit = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国", "西洋国", "南湖市"]})
    assert {n for r, n in roles(visit) if r == "visitor"} == {"吴晓东"}


def test_a_place_before_a_visit_word_modifying_a_name_is_visited(nlp):
    # 会见了正在东洋国访问的乙: 东洋国 is where 乙 visits, not part of his title (访问的 is a clause)
    events = run(nlp, "山本一郎会见了正在东洋国访问的施特劳德。", {"PER": ["山本一郎", "施特劳德"], "LOC": ["东洋国"]})
    [visit] = [e for e in events if e["type"] == "visit"]
    assert roles(visit) == {("visitor", "施特劳德"), ("visited", "东洋国")}


@pytest.mark.parametrize("text, visitors", [
    ("周明远欢迎吴晓东访问东洋国。", {"吴晓东"}),          # the one welcomed visits
    ("周明远邀请吴晓东访问东洋国。", {"吴晓东"}),
    ("吴晓东是应周明远邀请来东洋国访问的。", {"吴晓东"}),   # 应甲邀请: 甲 invites
])
def test_those_who_welcome_or_invite_do_not_visit(nlp, text, visitors):
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国"]})
    assert {n for r, n in roles(ev) if r == "visitor"} == visitors
    # a pronoun names nobody, and the welcoming host does not visit: no visit at all
    assert run(nlp, "周明远欢迎他访问东洋国。", {"PER": ["周明远"], "LOC": ["东洋国"]}) == []


def test_the_reporter_credited_after_a_dateline_takes_no_part(nlp):
    text = "本报南湖1月20日电记者周明远报道：青山市政府今天召开物价工作会议，决定冻结公共费用价格。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山市政府"], "LOC": ["南湖"]})
    assert roles(ev) == {("organizer", "青山市政府")}


@pytest.mark.parametrize("text, speakers", [
    # 吴晓东's speech is referred to; 周明远, who relays it at the meeting (会上，甲传达了…), speaks
    ("青山市工会干部座谈会今天召开。会上，周明远传达了吴晓东同志在全会上的重要讲话。", {"周明远"}),
    ("青山市工会干部座谈会今天召开，吴晓东作重要讲话。", {"吴晓东"}),
])
def test_a_speech_referred_to_names_no_speaker(nlp, text, speakers):
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"]})
    assert {n for r, n in roles(ev) if r == "speaker"} == speakers


@pytest.mark.parametrize("text, speakers", [
    ("青山市工会干部座谈会今天召开。市总工会主席周明远在会上指出，要做好职工服务工作。", {"周明远"}),
    ("青山市工会干部座谈会今天召开。周明远在座谈会上表示，要做好职工服务工作。", {"周明远"}),
    ("青山市工会干部座谈会今天召开。周明远在北京时表示，要做好职工服务工作。", set()),
    ("青山市工会干部座谈会今天召开。周明远在会上作了说明。", {"周明远"}),
    ("青山市工会干部座谈会今天召开。周明远在会上回忆了老劳模的事迹。", {"周明远"}),   # 回忆, 认为, 谈到
    ("青山市工会干部座谈会今天召开。周明远在会上提出，要做好职工服务工作。", {"周明远"}),   # 提出，
    ("青山市工会干部座谈会今天召开。周明远在会上提出了三点意见。", set()),                # (提出 a thing: no words of speech read)
    ("青山市工会干部座谈会今天召开。座谈中，快递员周明远建议增设休息点。", {"周明远"}),   # 建议, 希望, 重申
    ("青山市工会干部报告会今天举行。会长周明远在会上发表题为《团结》的演讲。", {"周明远"}),   # 发表…演讲
])
def test_words_placed_at_the_meeting_right_after_a_name_make_a_speaker(nlp, text, speakers):
    [ev] = run(nlp, text, {"PER": ["周明远"]})
    assert {n for r, n in roles(ev) if r == "speaker"} == speakers


@pytest.mark.parametrize("text, name", [
    ("建设部部长周明远在今天召开的东江市建设工作会议上说，今年要加快改革。", "东江市建设工作会议"),
    ("周明远在今天闭幕的青山公司1998年度工作会议上指出，要加强研究。", "青山公司1998年度工作会议"),
])
def test_a_meeting_framed_after_the_person_who_speaks_there_is_held(nlp, text, name):
    # 甲|在…召开的…会议上说: held (as 在…会议上，甲说), 甲 its speaker and no organizer
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["建设部"]})
    assert ev["name"] == name and roles(ev) == {("speaker", "周明远")}


def test_a_meeting_framed_after_a_person_who_refers_to_it_is_not_held(nlp):
    # 在谈到…会议时: a reference, framed or not
    assert run(nlp, "周明远在谈到即将召开的东江市建设工作会议时说，要做好准备。", {"PER": ["周明远"]}) == []


@pytest.mark.parametrize("bodies", [["青山区总工会", "东江市总工会"],
                                    ["青山区总工会", "东江市总工会", "东江市人力资源和社会保障局", "东江市妇女联合会"]])
def test_the_bodies_named_after_the_passive_mark_hold_the_meeting(nlp, bodies):
    text = f"这次报告会由{'、'.join(bodies)}联合举办。"
    [ev] = run(nlp, text, {"ORG": bodies})
    assert roles(ev) == {("organizer", b) for b in bodies}


def test_a_plenary_of_the_term_and_session_is_one_meeting_with_its_date(nlp):
    text = "12月26日，东江市总工会十五届五次全委会议召开。市总工会主席周明远出席会议并讲话。"
    [ev] = run(nlp, text, {"ORG": ["东江市总工会"], "PER": ["周明远"]})
    assert (ev["date"], ev["name"]) == ("12月26日", "东江市总工会十五届五次全委会议")
    assert ("speaker", "周明远") in roles(ev)


@pytest.mark.parametrize("text, speakers", [
    ("青山区总工会召开劳模座谈会。桥吊司机周明远作宣讲报告。", {"周明远"}),
    # 审查 of the title is no report received (会议审议通过了…工作报告 is)
    ("青山区总工会召开劳模座谈会。区总工会经费审查委员会主任周明远作经审工作报告。", {"周明远"}),
    ("青山区总工会召开劳模座谈会。会议审议通过了周明远作的工作报告。", set()),
    # a group's representative speaks; the body acted for does not
    ("青山区总工会召开劳模座谈会。劳模代表周明远作交流发言。", {"周明远"}),
    ("青山区总工会召开劳模座谈会。周明远代表青山区总工会作工作报告。", {"周明远"}),
    # bodies sharing their experience (作经验交流, 作经验介绍) speak
    ("青山区总工会召开劳模座谈会。会上，周明远、吴晓东作经验交流。", {"周明远", "吴晓东"}),
    ("青山区总工会召开劳模座谈会。会上，周明远作经验介绍。", {"周明远"}),
])
def test_a_report_of_any_kind_made_names_its_speaker(nlp, text, speakers):
    ents = {"ORG": ["青山区总工会", "区总工会经费审查委员会"], "PER": ["周明远", "吴晓东"]}
    [ev] = run(nlp, text, ents)
    assert {n for r, n in roles(ev) if r == "speaker"} == speakers


def test_those_taking_part_in_a_reception_join_it_not_a_later_meeting_of_another_kind(nlp):
    text = ("周明远今天会见了出席青山区工会代表大会的全体代表。青山区工会代表大会于1月17日至20日举行。"
            "吴晓东、郑秋参加了今天的会见。")
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"]})
    reception = next(e for e in events if e["subtype"] == "reception")
    assert {n for r, n in roles(reception) if r == "attendee"} == {"吴晓东", "郑秋"}
    assert not any(r == "attendee" for e in events if e is not reception for r, _ in roles(e))


@pytest.mark.parametrize("text", ["周明远曾多次到东湖村考察工作。", "东洋国总理周明远将率团出访西洋国。"])
def test_a_habit_or_a_trip_to_come_is_no_visit(nlp, text):
    assert run(nlp, text, {"PER": ["周明远"], "LOC": ["东湖村", "东洋国", "西洋国"]}) == []


def test_the_one_welcomed_with_his_titles_visits_not_the_hosts(nlp):
    text = "东洋国执政官吴晓东和郑秋16日上午举行仪式，热烈欢迎西洋国外长周明远访问东洋国。"
    [ev] = run(nlp, text, {"PER": ["吴晓东", "郑秋", "周明远"], "LOC": ["东洋国", "西洋国"]})
    assert {n for r, n in roles(ev) if r == "visitor"} == {"周明远"}


def test_a_meeting_held_online_is_held(nlp):
    text = "青山区总工会以视频形式召开全区工会安全生产工作会议。"
    [ev] = run(nlp, text, {"ORG": ["青山区总工会"]})
    assert (ev["name"], roles(ev)) == ("全区工会安全生产工作会议", {("organizer", "青山区总工会")})
    # 以…精神为指导 still refers to a meeting
    assert run(nlp, "以全区工会代表大会精神为指导。", {}) == []


@pytest.mark.parametrize("held", ["以线上方式召开", "在青山区总工会以视频形式召开"])
def test_a_meeting_named_before_a_manner_of_holding_it_is_held(nlp, held):
    """某会议以线上方式召开: a phrase of how it is held between the name and its predicate (以 and
    a manner noun, before or after the place) keeps the meeting, its date and those attending."""
    text = f"3月12日，东江市劳模工作联席会议{held}。吴晓东出席会议并讲话。"
    [ev] = run(nlp, text, {"PER": ["吴晓东"], "ORG": ["青山区总工会"]})
    assert (ev["name"], ev["date"], ("speaker", "吴晓东") in roles(ev)) == ("东江市劳模工作联席会议", "3月12日", True)
    assert ev["location"] == ("青山区总工会" if "在" in held else None)


@pytest.mark.parametrize("chaired, name", [("主持座谈会", None), ("主持了东江市职工代表座谈会", "东江市职工代表座谈会")])
def test_a_meeting_a_chair_opens_is_held(nlp, chaired, name):
    """甲主持座谈会 (with no 召开 or 举行): a meeting held and chaired, no organizer; the name
    starts after the cue."""
    text = f"周明远到东江市总工会调研。吴晓东{chaired}，并介绍了情况。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["东江市总工会"]})
    [meeting] = [e for e in events if e["type"] == "meeting"]
    assert (meeting["subtype"], meeting["name"], roles(meeting)) == ("symposium", name, {("chair", "吴晓东")})


@pytest.mark.parametrize("text, held", [
    ("国务院副总理吴晓东28日在青山出席2025国际旱作农业发展论坛并致辞。", True),
    ("吴晓东出席东江国际汽车产业合作大会。", True),
    # still to come (unreal_before), or 参加 (no cue of a meeting held)
    ("吴晓东将出席东江国际汽车产业合作大会。", False),
    ("吴晓东因故未能出席东江国际汽车产业合作大会。", False),   # denied (unreal_before)
    ("吴晓东邀请周明远明年率团出席东江国际汽车产业合作大会。", False),
    # a meeting's word alone refers to one stated (a prize-giving, no meeting)
    ("东江召开了颁奖大会。吴晓东出席了大会。", False),
])
def test_a_meeting_an_attendee_opens_is_held(nlp, text, held):
    """甲出席某论坛并致辞 (no 召开 or 举行): events.yaml meeting.attended_cues, as a chair's cue."""
    events = run(nlp, text, {"PER": ["吴晓东", "周明远"], "LOC": ["青山", "东江"]})
    meetings = [e for e in events if e["type"] == "meeting" and e["subtype"] == "conference"]
    assert bool(meetings) == held
    if held:
        assert ("speaker" if "致辞" in text else "attendee", "吴晓东") in roles(meetings[0])


def test_an_attendees_cue_inside_a_longer_meetings_name_states_only_that_one(nlp):
    # 东江出席|全国人民代表大会|代表协商选举会议…闭幕: the name runs on past 代表大会
    events = run(nlp, "东江出席全国人民代表大会代表协商选举会议今天闭幕。", {"LOC": ["东江"]})
    assert [e["name"] for e in events] == ["全国人民代表大会代表协商选举会议"]


def test_a_place_starting_like_a_gift_after_a_verb_of_going_is_visited(nlp):
    """来到金穗路驿站: 金 after the word opens a name (not 慰问金, a noun): the stop is visited."""
    text = "吴晓东带队先后来到金穗路环卫工人驿站和星河湾社区驿站，检查驿站运行情况。"
    [ev] = run(nlp, text, {"PER": ["吴晓东"], "LOC": ["金穗路环卫工人驿站", "星河湾社区驿站"]})
    assert {n for r, n in roles(ev) if r == "visited"} == {"金穗路环卫工人驿站", "星河湾社区驿站"}


def test_one_who_reports_to_the_visitors_hosts_them(nlp):
    text = "周明远到青山机械厂调研，青山机械厂工会主席郑秋汇报了工作情况。"
    [ev] = run(nlp, text, {"PER": ["周明远", "郑秋"], "ORG": ["青山机械厂", "青山机械厂工会"]})
    assert ("host", "郑秋") in roles(ev)


@pytest.mark.parametrize("text, host", [
    ("周明远来到青山机械厂调研。青山机械厂项目经理郑秋介绍，工厂今年新招职工200人。", {"郑秋"}),
    ("周明远来到青山机械厂调研。厂党委书记、工会主席郑秋介绍了职代会工作。", {"郑秋"}),
    # not one named inside the next sentence, nor one who is no subject opening it
    ("周明远来到青山机械厂调研。他听说郑秋介绍了职代会工作。", set()),
    # a later sentence before another event is stated
    ("周明远来到青山机械厂调研。车间里机器轰鸣。厂长郑秋介绍，工厂今年新招职工200人。", {"郑秋"}),
    # one who accompanies them and briefs them (the guideline: "leaders who accompany or brief")
    ("周明远来到青山机械厂调研。厂长郑秋陪同参观，并介绍了职代会工作。", {"郑秋"}),
    ("周明远来到青山机械厂调研。厂长郑秋陪同，并介绍了职代会工作。", {"郑秋"}),
])
def test_one_who_opens_the_next_sentence_and_briefs_the_visitors_hosts_them(nlp, text, host):
    [ev] = run(nlp, text, {"PER": ["周明远", "郑秋"], "ORG": ["青山机械厂"]})
    assert {n for r, n in roles(ev) if r == "host"} == host


def test_one_another_event_names_is_no_host_of_a_visit_for_his_briefing_later(nlp):
    text = "周明远会见了东洋公司董事长郑秋一行。周明远说，欢迎郑秋来青山访问。郑秋介绍了公司的情况。"
    events = run(nlp, text, {"PER": ["周明远", "郑秋"], "ORG": ["东洋公司"], "LOC": ["青山"]})
    assert not any(("host", "郑秋") in roles(ev) for ev in events)


def test_a_leader_of_the_visited_places_organ_hosts_the_visit(roles_nlp):
    # 某区委书记乙参加调研 on a visit to 某区: the place's party committee receives (events.yaml
    # visit.leader_org_not names the organs); the city union's officer stays an attendee
    text = "4月28日，副市长周明远到青山区调研。市总工会副主席郑秋，青山区委书记吴晓东参加调研。"
    [ev] = run(roles_nlp, text, {"PER": ["周明远", "郑秋", "吴晓东"], "LOC": ["青山区"], "ORG": ["青山区委"]})
    assert ("host", "吴晓东") in roles(ev) and ("attendee", "郑秋") in roles(ev)


def test_a_place_visited_is_no_subject_of_a_later_cue(nlp):
    text = "周明远参观了青山县职工服务中心，青山县总工会主席郑秋陪同考察。"
    [ev] = run(nlp, text, {"PER": ["周明远", "郑秋"], "ORG": ["青山县职工服务中心", "青山县总工会"]})
    assert roles(ev) == {("visitor", "周明远"), ("visited", "青山县职工服务中心"), ("attendee", "郑秋")}


def test_an_unnamed_group_of_guests_is_the_body_received_before(nlp):
    text = "周明远会见了由议长吴晓东率领的东洋市青山区议会考察团。考察团在青山期间，区长郑秋也会见了考察团客人。"
    first, second = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "LOC": ["东洋市"], "ORG": ["青山区议会考察团"]})
    assert roles(second) == {("host", "郑秋"), ("guest", "青山区议会")}
    # with no body received before, the group names no one
    [alone] = run(nlp, "区长郑秋会见了考察团客人。", {"PER": ["郑秋"]})
    assert roles(alone) == {("host", "郑秋")}


def test_those_taking_part_in_a_reception_named_by_the_cue_attend_it(nlp):
    """乙和丙参加了会见: no reception of its own (和 joins those taking part), and the visit stated
    in between takes no attendee."""
    text = "周明远今天会见了吴晓东一行。吴晓东一行于昨日抵达东洋市访问。郑秋和钱立参加了会见。"
    reception, visit = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋", "钱立"], "LOC": ["东洋市"]})
    assert roles(reception) == {("host", "周明远"), ("guest", "吴晓东"), ("attendee", "郑秋"), ("attendee", "钱立")}
    assert roles(visit) == {("visitor", "吴晓东"), ("visited", "东洋市")}


def test_talks_need_a_named_partner(nlp):
    ents = {"PER": ["李鹏", "桥本龙太郎"], "ORG": ["慰问组"]}
    talks = run(nlp, "国务院总理李鹏与日本首相桥本龙太郎举行会谈。", ents)
    assert [(e["subtype"], e["trigger"]) for e in talks] == [("talks", "会谈")]
    assert roles(talks[0]) == {("organizer", "李鹏"), ("organizer", "桥本龙太郎")}
    assert run(nlp, "大家与在此休息的一线劳动者进行交流。", ents) == []


@pytest.mark.parametrize("text", ["周明远与吴晓东进行了热情友好的会谈。", "周明远同吴晓东举行了长达两个小时的会谈。"])
def test_talks_with_a_modifier_before_the_word_are_held(nlp, text):
    # 进行了|热情友好的|会谈: the word is the light verb's object, not a noun modified (的交流与合作)
    [talks] = run(nlp, text, {"PER": ["周明远", "吴晓东"]})
    assert roles(talks) == {("organizer", "周明远"), ("organizer", "吴晓东")}


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


def test_inspection_written_in_full(nlp):
    # 调查研究 is 调研 written in full
    events = run(nlp, "7月23日，市委书记甲乙丙到青山区调查研究。", {"PER": ["甲乙丙"], "LOC": ["青山区"]})
    assert [(e["type"], e["subtype"]) for e in events] == [("visit", "inspection")]
    assert roles(events[0]) == {("visitor", "甲乙丙"), ("visited", "青山区")}


def test_places_locating_the_visited_place_are_not_visited(nlp):
    text = "5日，甲乙丙来到位于青山镇白石村的茶叶博览园，察看茶产业发展情况。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "LOC": ["青山镇", "白石村", "茶叶博览园"]})
    assert roles(events[0]) == {("visitor", "甲乙丙"), ("visited", "茶叶博览园")}


def test_the_one_whose_site_is_visited_locates_it(nlp):
    text = "座谈会前，甲乙丙来到劳模代表丁戊所在的青山机械有限公司总装车间，看望一线职工。"
    events = run(nlp, text, {"PER": ["甲乙丙", "丁戊"], "ORG": ["青山机械有限公司"]})
    assert [roles(e) for e in events if e["type"] == "visit"] == [{("visitor", "甲乙丙"), ("visited", "青山机械有限公司")}]


def test_what_one_inspects_on_site_is_visited(nlp):
    text = "5月8日，区总工会主席甲乙丙带队实地查看了青山街道、白石街道的5家驿站。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["区总工会"], "LOC": ["青山街道", "白石街道"]})
    assert [roles(e) for e in events] == [{("visitor", "甲乙丙"), ("visitor", "区总工会"), ("visited", "青山街道"),
                                          ("visited", "白石街道")}]


def test_a_foreign_guest_named_by_his_last_name_is_the_one_named_in_full(nlp):
    text = "东洋国农业部副部长玛丽亚·山托斯一行来江南考察。6日晚，副省长周明远在青山会见了山托斯一行。"
    events = run(nlp, text, {"PER": ["玛丽亚·山托斯", "山托斯", "周明远"], "LOC": ["东洋国", "江南", "青山"]})
    reception, = [e for e in events if e["subtype"] == "reception"]
    assert roles(reception) == {("host", "周明远"), ("guest", "玛丽亚·山托斯")}


def test_a_foreign_host_named_by_his_first_name_is_the_one_named_in_full(nlp):
    # some transliterated names are shortened to their first part (萨达姆 of 萨达姆·侯赛因)
    text = "东洋国总统哈米德·塔里克日前会见了吴晓东。哈米德·塔里克在首都发表讲话。哈米德接见了来访的白石市代表团。"
    events = run(nlp, text, {"PER": ["哈米德·塔里克", "哈米德", "吴晓东"], "LOC": ["东洋国", "白石市"]})
    later, = [e for e in events if e["trigger"] == "接见"]
    assert ("host", "哈米德·塔里克") in roles(later) and ("host", "哈米德") not in roles(later)


def test_one_whose_home_is_gone_to_carries_nothing_later_in_the_sentence(nlp):
    text = "1月20日，区长甲乙丙来到青山社区，走进困难群众丁戊家中，详细询问生活状况，把慰问金送到她手中。"
    events = run(nlp, text, {"PER": ["甲乙丙", "丁戊"], "LOC": ["青山社区"]})
    assert [roles(e) for e in events] == [{("visitor", "甲乙丙"), ("visited", "青山社区"), ("visited", "丁戊")}]


def test_condolence_visit_of_persons(nlp):
    events = run(nlp, "春节前夕，江泽民看望了薄一波、宋任穷等老同志。", {"PER": ["江泽民", "薄一波", "宋任穷"]})
    assert [(e["subtype"], e["trigger"]) for e in events] == [("condolence", "看望")]
    assert roles(events[0]) == {("visitor", "江泽民"), ("visited", "薄一波"), ("visited", "宋任穷")}


@pytest.mark.parametrize("text,subtype", [
    # a condolence done on an inspection trip, written after the inspection, is an errand on it
    ("1月10日，甲乙丙带队到青山站检查春运安全生产工作，慰问一线职工。", "inspection"),
    ("1月10日，甲乙丙来到青山站，慰问一线职工，检查安全生产工作。", "condolence"),
    # a delegation's trip with no kind but inspection written: an official visit; studying is one too
    ("5月8日，甲乙丙率青山市党政代表团赴白石市考察。", "official_visit"),
    ("5月8日，甲乙丙率队到白石市学习考察。", "official_visit"),
    ("5月8日，甲乙丙到白石市考察。", "inspection"),
    # no visit word gives the kind: gifts brought make a condolence, a service delivered outreach
    ("7月5日，甲乙丙来到青山站，为环卫工人送去西瓜、凉茶。", "condolence"),
    ("7月5日，甲乙丙来到青山站，为环卫工人送上防暑用品。", "condolence"),
    ("7月5日，甲乙丙来到青山站，为快递员办理入会手续。", "outreach"),
    ("7月5日，甲乙丙来到青山站，开展普法宣传活动。", "outreach"),
    ("7月5日，甲乙丙来到青山站，了解企业生产情况。", "inspection"),
    # (after the second reader: a condolence visit's look at the home is no inspection trip, nor
    # gifts a condolence word inside their name; a process learned about is no service; deputies'
    # 视察 is an inspection though they come as a delegation)
    ("1月5日，甲乙丙来到青山站，查看房屋安全情况，看望慰问老人。", "condolence"),
    ("1月5日，甲乙丙来到青山站，察看生活条件，送去慰问品。", "condolence"),
    ("7月5日，甲乙丙来到青山站，了解业务办理流程，听取讲解。", "inspection"),
    ("5月10日，甲乙丙率青山市党政代表团到白石市视察。", "inspection"),
])
def test_the_kind_of_a_visit_from_what_its_sentences_say(nlp, text, subtype):
    events = run(nlp, text, {"PER": ["甲乙丙"], "LOC": ["青山站", "白石市"], "ORG": ["青山市党政代表团"]})
    assert [(e["type"], e["subtype"]) for e in events] == [("visit", subtype)]


def test_a_compound_visit_word_ending_in_a_transitive_verb_takes_its_objects(nlp):
    events = run(nlp, "甲乙丙一行参观考察了青山造船厂、白石幼儿园。", {"PER": ["甲乙丙"], "ORG": ["青山造船厂", "白石幼儿园"]})
    assert [(e["subtype"], e["trigger"]) for e in events] == [("official_visit", "参观考察")]
    assert roles(events[0]) == {("visitor", "甲乙丙"), ("visited", "青山造船厂"), ("visited", "白石幼儿园")}


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


def test_a_short_form_participant_is_named_by_the_full_name_written(nlp):
    text = "中华全国总工会召开会议。昨天，全总慰问团来到东江建工集团看望一线职工。"
    events = run(nlp, text, {"ORG": ["中华全国总工会", "全总", "东江建工集团"]})
    visitors = {name for ev in events for role, name in roles(ev) if role == "visitor"}
    assert "中华全国总工会" in visitors and "全总" not in visitors
    # nothing longer written: the short form as written
    events = run(nlp, "昨天，全总慰问团来到东江建工集团看望一线职工。", {"ORG": ["全总", "东江建工集团"]})
    assert ("visitor", "全总") in roles(events[0])


def test_a_companys_trade_name_participant_is_the_company_named_in_full(nlp):
    # 豫信精密 of 豫信精密制造股份有限公司 (the shared lexicon's names_company_short): one visited body
    text = "市人社局局长闫春生走访豫信精密制造股份有限公司。在豫信精密，闫春生实地查看了生产车间。"
    events = run(nlp, text, {"PER": ["闫春生"], "ORG": ["市人社局", "豫信精密制造股份有限公司", "豫信精密"]})
    visited = {name for ev in events for role, name in roles(ev) if role == "visited"}
    assert "豫信精密制造股份有限公司" in visited and "豫信精密" not in visited


def test_those_at_a_meeting_going_on_to_a_place_visit_it(nlp):
    """会后，与会人员赴某总工会实地观摩 (events.yaml unnamed_visitors): a visit, its visitors unnamed."""
    text = "3月2日，东江区总工会召开现场推进会。会后，与会人员赴长川区总工会实地观摩。"
    events = run(nlp, text, {"ORG": ["东江区总工会", "长川区总工会"]})
    assert [roles(e) for e in events if e["type"] == "visit"] == [{("visited", "长川区总工会")}]


def test_a_sentence_opening_at_a_place_where_a_visitor_goes_on_names_a_stop(nlp):
    text = "12月7日，市委书记甲乙丙到青山区调研。在青山科技园，甲乙丙察看园区运行情况。在西城区，王明介绍情况。"
    events = run(nlp, text, {"PER": ["甲乙丙", "王明"], "LOC": ["青山区", "青山科技园", "西城区"]})
    visited = {name for role, name in roles(events[0]) if role == "visited"}
    assert visited == {"青山区", "青山科技园"}   # 王明 is no visitor: 西城区 is no stop


def test_a_pronoun_after_a_place_where_the_one_visitor_goes_on_names_a_stop(nlp):
    # 在X，他查看了…: 他 is the one person visiting (两人 visiting: no one person the pronoun names)
    text = "1月8日，副区长甲乙丙带队检查供电保障工作。在青山热力有限公司，他查看了应急发电设备。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["青山热力有限公司"]})
    assert ("visited", "青山热力有限公司") in roles(events[0])


def test_a_place_described_before_a_visitor_looks_into_it_is_a_stop(nlp):
    ents = {"PER": ["甲乙丙", "王明"], "LOC": ["青山区", "青山科技园", "西城区"]}
    text = ("12月7日，市委书记甲乙丙到青山区调研。青山科技园是全市最早的软件园区。甲乙丙了解园区招商情况。"
            "西城区是核心区。王明了解情况。")
    events = run(nlp, text, ents)
    visited = {name for role, name in roles(events[0]) if role == "visited"}
    assert visited == {"青山区", "青山科技园"}   # 王明 is no visitor: 西城区 is no stop


def test_a_place_right_after_a_verb_of_coming_before_a_visit_word_is_visited(nlp):
    events = run(nlp, "4月15日，某协会考察团来青岛进行参访交流。", {"ORG": ["某协会"], "LOC": ["青岛"]})
    assert {("visitor", "某协会"), ("visited", "青岛")} <= roles(events[0])
    # 来自 is no coming to the place, and somebody named must come
    assert run(nlp, "来自青岛的代表参观学习。", {"LOC": ["青岛"]}) == []
    assert run(nlp, "欢迎更多的各国人士来中国访问。", {"LOC": ["中国"]}) == []


def test_an_elided_participant_of_any_level_is_the_full_name_written(nlp):
    ents = {"ORG": ["南湖街道总工会", "街道总工会", "南湖医院"]}
    text = "春节前夕，南湖街道总工会开展慰问。街道总工会走访慰问了南湖医院。"
    visitors = {name for ev in run(nlp, text, ents) for role, name in roles(ev) if role == "visitor"}
    assert visitors == {"南湖街道总工会"}


def test_a_tour_is_a_visit(nlp):
    ents = {"LOC": ["长城", "故宫"], "ORG": ["某协会代表团"]}
    [ev] = run(nlp, "4月15日，某协会代表团到长城、故宫游览。", ents)
    assert {("visitor", "某协会代表团"), ("visited", "长城"), ("visited", "故宫")} <= roles(ev)


@pytest.mark.parametrize("text, name", [
    ("1月30日，市总工会主席甲乙丙深入基层开展送温暖活动，走进南湖医院。", "送温暖活动"),   # no quotes
    ("近日，区总工会开展了“心系职工 冬日送暖”活动，走进南湖医院。", "“心系职工 冬日送暖”活动"),
])
def test_a_visit_is_named_by_the_activity_it_carries_out(nlp, text, name):
    [ev] = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["市总工会", "区总工会", "南湖医院"]})
    assert ev["name"] == name


def test_going_to_persons_homes_visits_them(nlp):
    ents = {"PER": ["甲乙丙", "丁戊", "己庚", "辛壬"]}
    text = "1月30日，甲乙丙到退休多年的老劳模丁戊、先进工作者己庚家中，送去慰问品。"
    [ev] = run(nlp, text, ents)
    assert roles(ev) == {("visitor", "甲乙丙"), ("visited", "丁戊"), ("visited", "己庚")}
    # nobody named goes there
    assert run(nlp, "他们托人到辛壬家中，带去了年货。", ents) == []


def test_a_frame_or_a_visitor_speaking_names_no_stop(nlp):
    ents = {"PER": ["甲乙丙", "丁戊"], "ORG": ["某舰队"], "LOC": ["滨江机场"]}
    text = ("1月2日，甲乙丙来到某舰队营区慰问官兵。在某舰队司令员丁戊的陪同下，甲乙丙参观了宿舍。"
            "在滨江机场，甲乙丙对记者说，此行很有收获。")
    visited = {name for ev in run(nlp, text, ents) for role, name in roles(ev) if role == "visited"}
    assert "丁戊" not in visited and "滨江机场" not in visited


def test_a_place_written_before_the_place_visited_only_locates_it(nlp):
    events = run(nlp, "区委书记甲乙丙来到南湖镇白石村检查环境整治。",
                 {"PER": ["甲乙丙"], "LOC": ["南湖镇", "白石村"]})
    assert {name for role, name in roles(events[0]) if role == "visited"} == {"白石村"}
    # abbreviations side by side are places apart
    events = run(nlp, "公安局干警周明远赴台港澳考察。", {"PER": ["周明远"], "LOC": ["台", "港", "澳"]})
    assert {name for role, name in roles(events[0]) if role == "visited"} == {"台", "港", "澳"}


def test_those_taking_part_join_each_event_of_the_sentence_before(nlp):
    text = "2月8日，市政协主席甲乙丙到青山区调研并召开座谈会，听取意见。市政协副主席丁戊、秘书长己庚参加。"
    events = run(nlp, text, {"PER": ["甲乙丙", "丁戊", "己庚"], "ORG": ["市政协"], "LOC": ["青山区"]})
    assert sorted(e["type"] for e in events) == ["meeting", "visit"]
    for ev in events:
        assert {("attendee", "丁戊"), ("attendee", "己庚")} <= roles(ev)
    # events of different sentences: the latest one only
    text = "2月8日，甲乙丙到青山区调研。随后召开座谈会，听取意见。丁戊参加。"
    events = run(nlp, text, {"PER": ["甲乙丙", "丁戊"], "LOC": ["青山区"]})
    assert [e["type"] for e in events if ("attendee", "丁戊") in roles(e)] == ["meeting"]


def test_visit_without_named_destination_is_no_event(nlp):
    assert run(nlp, "协会深入新就业形态劳动者群体中开展调研。", {"ORG": ["协会"]}) == []
    assert run(nlp, "各级工会深入开展走访慰问，惠及职工80万人次。") == []


# ---- role cues ------------------------------------------------------------------------------

def test_a_chair_who_speaks_holds_both_roles_a_host_only_his_own(nlp):
    text = "3月5日，江南省政府召开安全生产专题会议。省长王明远主持会议并讲话。副省长李华出席。"
    ents = {"PER": ["王明远", "李华"], "ORG": ["江南省政府"]}
    event, = run(nlp, text, ents)
    assert {("chair", "王明远"), ("speaker", "王明远"), ("attendee", "李华")} <= roles(event)
    text = "江南省省长王明远会见了东洋国客人山本一郎。王明远在讲话中表示欢迎。"
    event, = run(nlp, text, {"PER": ["王明远", "山本一郎"], "LOC": ["江南省", "东洋国"]})
    assert ("host", "王明远") in roles(event) and ("speaker", "王明远") not in roles(event)


@pytest.mark.parametrize("headline", ["江南省十四届人大三次会议开幕", "省十四届人大三次会议开幕"])
def test_a_headline_naming_the_congress_short_is_the_bodys_congress(nlp, headline):
    text = "1月12日，江南省第十四届人民代表大会第三次会议在青山开幕。省长王明远作政府工作报告。"
    events = run(nlp, text, {"PER": ["王明远"], "LOC": ["青山"]}, headline=headline)
    assert [(e["name"], e["subtype"]) for e in events] == [("江南省第十四届人民代表大会第三次会议", "congress")]


def test_a_session_is_not_written_inside_another_of_a_larger_number():
    from pipeline.events.extractor import _written_inside
    assert _written_inside("十四届人大三次会议", "江南省十四届人大三次会议")
    assert not _written_inside("二次会议", "十二次会议") and not _written_inside("一届", "十一届")


def test_one_who_attends_and_goes_on_to_do_something_there_attends(nlp):
    text = "10月30日，东湖区技能竞赛表彰大会在东湖宾馆召开。区总工会主席王明远，区人社局副局长李华出席并为获奖选手颁奖。"
    event, = run(nlp, text, {"PER": ["王明远", "李华"], "ORG": ["区总工会", "区人社局"], "LOC": ["东湖宾馆"]})
    assert {("attendee", "王明远"), ("attendee", "李华")} <= roles(event)


def test_a_body_holding_a_meeting_before_its_verb_organizes_it_and_is_no_venue(nlp):
    text = "在东湖市总工会组织召开的网约车驾驶员座谈会上，司机代表与平台企业面对面交流。东湖市总工会副主席王明远主持座谈会。"
    event, = run(nlp, text, {"PER": ["王明远"], "ORG": ["东湖市总工会"]})
    assert event["location"] is None and ("organizer", "东湖市总工会") in roles(event)


def test_an_elided_participant_is_the_full_form_written_last_before_it_of_two_as_common():
    """Of two full forms written as often and as long, the one written last before the
    participant: the same answer in every process (a set's order once decided it)."""
    import subprocess
    import sys
    code = ("import spacy\n"
            "from pipeline.events import EventExtractor\n"
            "from pipeline.events.participants import resolve_name\n"
            "from pipeline.events.mentions import Mention\n"
            "from pipeline.article_doc import make_article_doc\n"
            "nlp = spacy.blank('zh')\n"
            "nlp.add_pipe('event_extractor')\n"
            "nlp.initialize()\n"
            "text = '东湖市总工会一行来到青山市总工会座谈。市总工会主席讲话。'\n"
            "doc = make_article_doc(nlp, {'article_id': 't#1', 'headline': '标题', 'text': text})\n"
            "t = doc.text\n"
            "ents = [Mention(n, 'ORG', t.index(n), t.index(n) + len(n)) for n in ('东湖市总工会', '青山市总工会')]\n"
            "lex = nlp.get_pipe('event_extractor').lexicon\n"
            "print(resolve_name('市总工会', doc, ents, lex, t.index('。市总工会') + 1))\n")
    answers = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(6)}
    assert answers == {"青山市总工会"}


def test_role_cues_chair_speaker_attendee_organizer(nlp):
    text = ("全市工会工作会议昨天召开。会议由市总工会主办。市委书记贾庆林出席会议并讲话，市总工会主席李其炎主持会议，"
            "副市长刘敬民作工作报告。市直机关工委参加会议。")
    ents = {"PER": ["贾庆林", "李其炎", "刘敬民"], "ORG": ["市总工会", "市委", "市直机关工委"]}
    events = run(nlp, text, ents)
    assert len(events) == 1
    assert roles(events[0]) == {("organizer", "市总工会"), ("speaker", "贾庆林"), ("chair", "李其炎"),
                                ("speaker", "刘敬民"), ("attendee", "市直机关工委")}


def test_one_who_comes_to_the_meeting_attends_it(nlp):
    """到会祝贺 (events.yaml roles.attendee: 到会): the guest of honour attends."""
    text = "青山区总工会第十四次代表大会今天开幕。区委书记周明远到会祝贺，市总工会副主席吴晓东到会讲话。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["区委", "市总工会"]})
    assert ("attendee", "周明远") in roles(ev) and ("speaker", "吴晓东") in roles(ev)


def test_proxy_and_title_orgs_are_not_participants(nlp):
    text = "近日，丰台区工会第十四次代表大会召开。丰台区人大常委会副主任连宇代表丰台区总工会第十三届委员会作工作报告。"
    events = run(nlp, text, {"PER": ["连宇"], "ORG": ["丰台区人大常委会", "丰台区总工会第十三届委员会"]})
    # (丰台区工会 holds its own numbered congress: its organizer, as GUIDELINES.md's example has it)
    assert roles(events[0]) == {("speaker", "连宇"), ("organizer", "丰台区工会")}


def test_elided_org_resolved_to_written_full_form(nlp):
    text = "近日，平谷区政府与区总工会联席会议召开。平谷区总工会在劳模评选方面成效显著。"
    events = run(nlp, text, {"ORG": ["平谷区总工会"], "LOC": ["平谷区"]})
    assert roles(events[0]) == {("organizer", "平谷区政府"), ("organizer", "平谷区总工会")}


def test_unions_of_a_scope_opening_a_meeting_name_are_no_organizer(nlp):
    # 全市工会, 各级工会: the unions of a scope, no one body; an organization the article names
    # in the same place is one (世界银行 opening 世界银行与青山区政府联席会议)
    text = "近日，东江市总工会召开全市工会经费审查工作会议。"
    events = run(nlp, text, {"ORG": ["东江市总工会"]})
    assert roles(events[0]) == {("organizer", "东江市总工会")}
    events = run(nlp, "3月2日，各级工会负责人座谈会在东江市召开。", {"LOC": ["东江市"]})
    assert roles(events[0]) == set()
    text = "近日，世界银行与青山区政府联席会议召开。"
    events = run(nlp, text, {"ORG": ["世界银行", "青山区政府"]})
    assert roles(events[0]) == {("organizer", "世界银行"), ("organizer", "青山区政府")}
    # a common word before a place's unit (青山|区政府) is that place's name: a body of the place
    events = run(nlp, "3月2日，青山区政府与区总工会联席会议召开。", {})
    assert roles(events[0]) == {("organizer", "青山区政府"), ("organizer", "区总工会")}


def test_participant_completed_only_from_a_place_written_with_its_level(roles_nlp):
    # roles resolve 省建设工会 by 湖南 (湖南省建设工会); an event participant stays as written, as
    # 湖南省 is never written; 区总工会 after 平谷区 is completed
    text = "近日，湖南建筑行业座谈会召开。省建设工会主席艾明，省建设工会有关负责人参加。"
    events = run(roles_nlp, text, {"PER": ["艾明"], "LOC": ["湖南"], "ORG": ["省建设工会"]})
    assert ("attendee", "省建设工会") in roles(events[0])
    text = "近日，平谷区职工座谈会召开。区总工会主席王芳，区总工会有关负责人参加。"
    events = run(roles_nlp, text, {"PER": ["王芳"], "LOC": ["平谷区"], "ORG": ["区总工会"]})
    assert ("attendee", "平谷区总工会") in roles(events[0])


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
    "许多村党支部举办了多种形式的读报用报座谈会。",     # kinds of meetings (kinds_of)
    "部队不得召开各种会议。",
    "今年是东江市总工会第十次代表大会召开20周年。",      # an anniversary (anniversary)
    "周明远在青山公司举行的年度记者招待会上说，人口增长放缓。",   # a press conference
    "吴晓东在白云庙举行的新年庆典大会上致词。",                 # a ceremony
    "青山电视台日前在东江举行了年度节目颁奖大会。",             # an award ceremony (颁奖)
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


@pytest.mark.parametrize("date, norm", [("今天", "--01-05"), ("昨天下午", "--01-04"), ("3日", "--01-03")])
def test_the_leads_dateline_dates_relative_words_without_an_issue_date(nlp, date, norm):
    """新华社北京1月5日电 taken off as the lead (source): 今天 is --01-05 (no year known), 昨天
    the day before."""
    article = {"article_id": "t#1", "headline": "标题", "source": "新华社北京1月5日电",
               "text": f"{date}，全市工会工作会议召开。"}
    doc = nlp(make_article_doc(nlp, article))
    [ev] = doc._.events
    assert (ev["date"], ev["date_norm"]) == (date, norm)


def test_year_in_text_wins(nlp):
    ev = run(nlp, "2024年12月5日，全市工会工作会议召开。", issue_date="2026-01-21")[0]
    assert (ev["date"], ev["date_norm"]) == ("2024年12月5日", "2024-12-05")


def test_vague_date_upper_bound(nlp):
    ev = run(nlp, "近日，全市工会工作会议召开。", issue_date="2026-01-21")[0]
    assert (ev["date"], ev["date_norm"], ev["date_upper_bound"]) == ("近日", None, "2026-01-21")
    ev = run(nlp, "近日，全市工会工作会议召开。")[0]
    assert ev["date_upper_bound"] is None


@pytest.mark.parametrize("text, date", [
    ("春节前夕，市总工会副主席周明远来到青山公司，慰问一线职工。", "春节前夕"),
    ("除夕当天，市总工会副主席周明远来到青山公司，慰问一线职工。", "除夕当天"),   # not 当天: no day of the issue
    ("新春佳节来临之际，市总工会副主席周明远来到青山公司，慰问一线职工。", "新春佳节来临之际"),   # not 新春 alone
    ("在春节即将来临之际，市总工会副主席周明远来到青山公司，慰问一线职工。", None),   # (no part of the holiday written)
])
def test_a_holiday_and_a_part_of_it_date_an_event_vaguely(nlp, text, date):
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["市总工会", "青山公司"]}, issue_date="2026-01-21")
    assert ev["date"] == date
    if date:
        assert (ev["date_norm"], ev["date_upper_bound"]) == (None, "2026-01-21")


@pytest.mark.parametrize("text, date", [
    ("连日来在京举行的全国工会宣传工作会议结束。", "连日来"),
    ("几天前，青山区总工会召开了工作会议。", "几天前"),
    # 日前 inside 节日前夕 (节日, a common word) or 今日前往: no vague date
    ("在节日前夕，青山区总工会召开了工作会议。", None),
])
def test_vague_dates_as_written(nlp, text, date):
    [ev] = run(nlp, text, {"ORG": ["青山区总工会"]})
    assert ev["date"] == date


def test_relative_day_from_dateline_or_issue(nlp):
    ev = run(nlp, "全市工会工作会议昨天召开。", issue_date="1998-03-06")[0]
    assert (ev["date"], ev["date_norm"]) == ("昨天", "1998-03-05")
    # a part of a relative day written as one word (昨晚, 今晨)
    ev = run(nlp, "昨晚，周明远在青山会见了吴晓东。", {"PER": ["周明远", "吴晓东"]}, issue_date="1998-03-06")[0]
    assert (ev["date"], ev["date_norm"]) == ("昨晚", "1998-03-05")
    ev = run(nlp, "周明远今晚在青山会见了吴晓东。", {"PER": ["周明远", "吴晓东"]}, issue_date="1998-03-06")[0]
    assert (ev["date"], ev["date_norm"]) == ("今晚", "1998-03-06")
    ev = run(nlp, "本报北京3月4日讯 全国农村工作会议今天在京召开。", issue_date="1998-03-05")[0]
    assert ev["date_norm"] == "1998-03-04"


@pytest.mark.parametrize("text, written, norm, upper", [
    ("10月19日上午，甲到某区调研。", "10月19日上午", "1998-10-19", None),       # a time of day is part of it
    ("今天下午，甲召开会议。", "今天下午", "1998-12-20", None),
    ("6月22日至28日，代表团访问台湾。", "6月22日至28日", "1998-06-22", "1998-06-28"),   # a range
    ("3月16日、17日，甲检查工作。", "3月16日、17日", "1998-03-16", "1998-03-17"),
    ("1月29日-2月5日之间，开展慰问。", "1月29日-2月5日之间", "1998-01-29", "1998-02-05"),
    ("8月10至15日，开展活动。", "8月10至15日", "1998-08-10", "1998-08-15"),
    ("一九九七年8月10至15日，开展活动。", "一九九七年8月10至15日", "1997-08-10", "1997-08-15"),   # any year as written
    ("12月19日晚会上，甲讲话。", "12月19日", "1998-12-19", None),               # 晚会 is no evening
    ("12月19日晚，甲会见乙。", "12月19日晚", "1998-12-19", None),               # 晚 before a comma is the evening
    ("当地时间12月10日，甲会见乙。", "当地时间12月10日", "1998-12-10", None),   # a time zone too
    ("12月10日上午10时30分，甲会见乙。", "12月10日上午10时30分", "1998-12-10", None),   # a clock time
    ("10日下午3点半，甲会见乙。", "10日下午3点半", "1998-12-10", None),
    # days of the week (the issue, 20 December 1998, is a Sunday)
    ("上周五，甲会见乙。", "上周五", "1998-12-11", None),
    ("周五上午，甲会见乙。", "周五上午", "1998-12-18", None),
    ("本周二，甲会见乙。", "本周二", "1998-12-15", None),
    # parts of a month: the first day, bounded by the last
    ("3月初，甲会见乙。", "3月初", "1998-03-01", "1998-03-10"),
    ("2月底，甲会见乙。", "2月底", "1998-02-21", "1998-02-28"),
    # a year named relative to the issue's, and a month alone with a year or before a comma
    ("去年11月5日，甲会见乙。", "去年11月5日", "1997-11-05", None),
    ("去年11月初，甲会见乙。", "去年11月初", "1997-11-01", "1997-11-10"),
    ("今年3月，甲会见乙。", "今年3月", "1998-03-01", "1998-03-31"),
    ("2019年3月，甲会见乙。", "2019年3月", "2019-03-01", "2019-03-31"),
    # a month named relative to the issue's, before a day
    ("本月5日，甲会见乙。", "本月5日", "1998-12-05", None),
    ("上月29日，甲会见乙。", "上月29日", "1998-11-29", None),
    # a vague past period (events.yaml dates.vague): bounded by the issue date
    ("上个月，甲会见乙。", "上个月", None, "1998-12-20"),
    ("上周，甲会见乙。", "上周", None, "1998-12-20"),
    # 日前 ("recently") is no word inside a date: 5月1日|前夕 is the eve of 1 May
    ("5月1日前夕，甲看望乙。", "5月1日", "1998-05-01", None),
    ("最近在青山召开的一次研讨会认为。", "最近", None, "1998-12-20"),
    # 晚 before a preposition or a meeting word is that evening (not 晚宴)
    ("甲9日晚在某官邸会见乙。", "9日晚", "1998-12-09", None),
    ("甲9日晚会见了乙。", "9日晚", "1998-12-09", None),
    ("9日晚宴上，甲会见乙。", "9日", "1998-12-09", None),
])
def test_dates_as_written(text, written, norm, upper):
    from pipeline.events.triggers import load_lexicon
    from pipeline.paths import PROJECT_ROOT
    lex = load_lexicon(PROJECT_ROOT / "data/lexicons/events.yaml")
    [d] = find_dates(text, 0, len(text), lex)
    assert d.text == written == text[d.start:d.end]
    assert normalize(d, parse_iso("1998-12-20")) == (norm, upper)


@pytest.mark.parametrize("text", ["周三表示，他会见了乙。", "甲每周五会见乙。", "周五届会议召开。", "甲在3月的会议上会见了乙。"])
def test_a_surname_a_habit_or_a_bare_month_is_no_date(text):
    """周三 is a name too, 每周五 a habit: a bare 周 dates only before a clause mark or a time of
    day; a month alone only with a year or before a clause mark."""
    from pipeline.events.triggers import load_lexicon
    from pipeline.paths import PROJECT_ROOT
    lex = load_lexicon(PROJECT_ROOT / "data/lexicons/events.yaml")
    assert find_dates(text, 0, len(text), lex) == []


def test_a_day_of_the_week_right_after_a_name_is_a_date(nlp):
    """周明远周三在青山会见了吴晓东: 周三 follows the host's name (name_followers.txt); a bare 周
    that opens the sentence before 在 is no date."""
    [ev] = run(nlp, "东洋国总统周明远周三在青山会见了吴晓东。",
               {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国", "青山"]}, issue_date="1998-12-20")
    assert (ev["date"], ev["date_norm"]) == ("周三", "1998-12-16")
    assert {(p["name"], p["role"]) for p in ev["participants"]} == {("周明远", "host"), ("吴晓东", "guest")}
    from pipeline.events.triggers import load_lexicon
    from pipeline.paths import PROJECT_ROOT
    lex = load_lexicon(PROJECT_ROOT / "data/lexicons/events.yaml")
    text = "甲周三在青山会见了乙。"
    assert find_dates(text, 0, len(text), lex) == []
    assert [d.text for d in find_dates(text, 0, len(text), lex, frozenset({1}))] == ["周三"]


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


def test_those_listening_to_a_report_attend(nlp):
    ev = run(nlp, "昨天，市委宣讲团举行宣讲报告会，区直机关干部职工共400余人聆听报告。")[0]
    assert ev["attendance"] == "400余人"


@pytest.mark.parametrize("text, attendance", [
    ("近日，东江区总工会召开座谈会，1.2万名职工参加会议。", "1.2万名职工"),
    ("近日，东江区总工会召开座谈会，12名快递员、外卖骑手、网约车司机代表参加。", "12名快递员、外卖骑手、网约车司机代表"),
])
def test_attendance_in_decimals_and_of_listed_kinds(nlp, text, attendance):
    assert run(nlp, text, {"ORG": ["东江区总工会"]})[0]["attendance"] == attendance


def test_an_exhortation_is_no_visit(nlp):
    # 要把…送到: what must be done (unreal_before), not a visit made
    text = "会上，市总工会副主席周明远提出，要把服务送到一线。"
    assert not [ev for ev in run(nlp, text, {"PER": ["周明远"], "ORG": ["市总工会"]}) if ev["type"] == "visit"]


@pytest.mark.parametrize("second, attendance", [
    ("会议由东江区总工会主办，全区企业工会主席共200余人参加。", "200余人"),   # the organizer's sentence counts it
    ("周明远在会上说，全区已有5000余名职工参加培训。", None),               # a speaker's words do not
])
def test_attendance_in_the_sentence_of_an_organizer_or_chair(nlp, second, attendance):
    text = "3月28日，东江区安全生产工作启动会召开。" + second
    [ev] = run(nlp, text, {"ORG": ["东江区总工会"], "PER": ["周明远"]})
    assert ev["attendance"] == attendance


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


# ---- offsets of triggers and participants -----------------------------------------------------

def _records(nlp, text: str, ents: dict[str, list[str]], headline: str = "标题") -> tuple[dict, list[dict]]:
    from pipeline.records import event_records
    article = {"article_id": "t#1", "headline": headline, "text": text}
    doc = make_article_doc(nlp, article)
    doc = with_entities(nlp, doc, ents)
    return article, event_records(doc, 1)


def test_trigger_and_participants_point_into_their_field(nlp):
    article, records = _records(nlp, "3月2日，周明远会见了青山市总工会代表团一行。",
                                {"PER": ["周明远"], "ORG": ["青山市总工会代表团"]})
    [ev] = records
    assert article[ev["trigger_field"]][ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"] == "会见"
    for p in ev["participants"]:
        assert article[p["field"]][p["start"]:p["end"]] == p["name"]
    assert {p["field"] for p in ev["participants"]} == {"text"}


def test_headline_trigger_points_into_the_headline(nlp):
    article, records = _records(nlp, "近日，林海区总工会走访慰问了石桥村困难职工。",
                                {"ORG": ["林海区总工会"], "LOC": ["石桥村"]},
                                headline="区总工会赴石桥村慰问")
    [ev] = records
    assert ev["trigger_field"] == "headline"
    assert article["headline"][ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"]


# ---- issue 16: constructions read on unseen pages (invented sentences) -------------------------

def test_baifang_is_a_visit(nlp):
    [ev] = run(nlp, "3月2日，周明远带队拜访了青山市政府。", {"PER": ["周明远"], "ORG": ["青山市政府"]})
    assert (ev["type"], ev["trigger"]) == ("visit", "拜访")
    assert roles(ev) == {("visitor", "周明远"), ("visited", "青山市政府")}


def test_meeting_with_yu_huimian_is_a_reception(nlp):
    [ev] = run(nlp, "周明远与吴晓东一行会面。", {"PER": ["周明远", "吴晓东"]})
    assert (ev["subtype"], ev["trigger"]) == ("reception", "会面")
    assert ("guest", "吴晓东") in roles(ev)


def test_reception_of_an_unnamed_group_needs_a_named_host(nlp):
    [ev] = run(nlp, "周明远会见了前来交流的考察团。", {"PER": ["周明远"]})
    assert (ev["subtype"], roles(ev)) == ("reception", {("host", "周明远")})
    assert run(nlp, "会上会见了考察团。") == []


def test_talks_stated_with_a_time_word_when_the_partner_is_named(nlp):
    [ev] = run(nlp, "周明远与吴晓东会谈后表示，双方将加强合作。", {"PER": ["周明远", "吴晓东"]})
    assert ev["subtype"] == "talks" and {"周明远", "吴晓东"} <= {p["name"] for p in ev["participants"]}
    events = run(nlp, "周明远会见了吴晓东。周明远在会见时指出，要加强合作。", {"PER": ["周明远", "吴晓东"]})
    assert len(events) == 1


@pytest.mark.parametrize("frame", ["时", "中", "后", "前", "期间"])
def test_a_meeting_verb_before_a_time_frame_refers_to_a_meeting_told_elsewhere(nlp, frame):
    # every frame alike: the shared lexicon's list (names.yaml meeting_frames), the NER's too
    assert run(nlp, f"周明远在座谈{frame}指出，要加强合作。", {"PER": ["周明远"]}) == []
    [ev] = run(nlp, "周明远参加座谈并指出，要加强合作。", {"PER": ["周明远"]})
    assert ev["trigger"] == "座谈"


def test_deep_before_a_verb_says_how_and_states_no_visit(nlp):
    # 深入学习: 深入 modifies a verb (a common word not marked noun); 深入基层 goes
    [ev] = run(nlp, "周明远指出，各级工会要深入学习贯彻会议精神。会后，周明远来到青山区职工服务中心。",
               {"PER": ["周明远"], "ORG": ["青山区职工服务中心"]})
    assert ev["trigger"] == "来到"
    [ev] = run(nlp, "周明远深入青山区职工服务中心调研。", {"PER": ["周明远"], "ORG": ["青山区职工服务中心"]})
    assert ev["trigger"] == "深入" and ("visited", "青山区职工服务中心") in roles(ev)


def test_deep_before_a_noun_of_a_doing_says_how(nlp):
    # 深入交流: 交流 names a doing (common_words.txt "action"), so 深入 says how; 深入生产一线 goes
    events = run(nlp, "周明远会见了青山工会代表团一行，双方围绕职工培训等话题深入交流。随后，代表团参观了青山职业培训中心。",
                 {"PER": ["周明远"], "ORG": ["青山工会代表团", "青山职业培训中心"]})
    assert not any(("visitor", "周明远") in roles(ev) for ev in events)
    [ev] = run(nlp, "周明远深入生产一线慰问职工。", {"PER": ["周明远"]})
    assert ev["type"] == "visit" and ("visitor", "周明远") in roles(ev)


def test_a_headline_visit_sums_up_the_first_visit_not_a_trip_said_later(nlp):
    # 赴港交流访问 over a body whose host later says his members go north: the delegation's visit
    text = ("9月9日，全国总工会书记处书记周明远率全国总工会代表团赴港交流访问，走访了青山职业培训中心。"
            "青山职工总会会长吴秋菊表示，将继续发挥桥梁作用，组织更多雇员北上交流学习。")
    ents = {"PER": ["周明远", "吴秋菊"], "ORG": ["全国总工会代表团", "全国总工会", "青山职业培训中心", "青山职工总会"],
            "LOC": ["港"]}
    [ev] = run(nlp, text, ents, headline="全国总工会代表团赴港交流访问")
    assert ("visitor", "周明远") in roles(ev) and ("visitor", "吴秋菊") not in roles(ev)


def test_attending_a_meeting_noun_joins_the_latest_meeting_of_that_kind(nlp):
    # 参加会议 after a visit and a symposium: the conference, not the events of the sentence before
    text = ("青山区总工会召开工作推进会。会后，周明远来到翠湖社区，并与职工代表座谈交流。"
            "郑秋等120余人参加会议。")
    events = run(nlp, text, {"ORG": ["青山区总工会"], "PER": ["周明远", "郑秋"], "LOC": ["翠湖社区"]})
    by_trigger = {e["trigger"]: e for e in events}
    assert ("attendee", "郑秋") in roles(by_trigger["召开"]) and by_trigger["召开"]["attendance"] == "120余人"
    assert all(("attendee", "郑秋") not in roles(e) for t, e in by_trigger.items() if t != "召开")
    # none named: the attendance still goes to the meeting
    [ev] = run(nlp, "青山区总工会召开工作推进会。来自各单位的职工代表260人参加会议。", {"ORG": ["青山区总工会"]})
    assert ev["attendance"] == "260人"


@pytest.mark.parametrize("text", [
    # 协同 is no 与/同 joining two bodies; written only heading a meeting name (the headline's
    # too, without its ordinal), 东江工会 convenes nothing named
    "东江工会协同发展联席会议召开\n11月6日，东江工会协同发展第六次联席会议在青山市召开。",
    # … nor a place that heads one (东江城市副中心|…推进会)
    "推进会召开\n11月20日，东江城市副中心重点工程劳动竞赛观摩推进会在施工现场召开。",
])
def test_words_heading_a_meeting_name_only_organize_nothing(nlp, text):
    headline, body = text.split("\n")
    events = run(nlp, body, {"LOC": ["青山市"]}, headline=headline)
    assert not [n for ev in events for r, n in roles(ev) if r == "organizer"]


def test_an_organizer_written_elided_is_no_attendee_of_its_own_meeting(nlp):
    [ev] = run(nlp, "东江市总工会召开工作推进会。市总工会机关各部门负责人参加会议。",
               {"ORG": ["东江市总工会", "市总工会"]})
    assert roles(ev) == {("organizer", "东江市总工会")}


def test_persons_visited_after_a_label_are_visited(nlp):
    # 慰问了困难职工甲、劳动模范乙: a label or occupation before each person (no role read from it)
    events = run(nlp, "周明远一行走访慰问了困难职工吴晓东、全国劳动模范郑秋，为他们送去慰问金。",
                 {"PER": ["周明远", "吴晓东", "郑秋"]})
    assert len(events) == 1
    assert roles(events[0]) == {("visitor", "周明远"), ("visited", "吴晓东"), ("visited", "郑秋")}


def test_persons_visited_after_a_description_of_no_list_are_visited(nlp):
    # 慰问了抗美援朝老战士甲、参战退役军人乙和丙 (visit.person_objects_kind): each description is no
    # label the lexicon lists; the persons are visited, and the gifts carried to them state no visit
    text = "局长周明远带队，先后走访慰问了抗美援朝老战士吴晓东、参战退役军人郑秋和因公致残退役军人李明远，为他们送去慰问金。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋", "李明远"]})
    assert len(events) == 1
    assert {("visited", "吴晓东"), ("visited", "郑秋"), ("visited", "李明远")} <= roles(events[0])
    assert ("visitor", "吴晓东") not in roles(events[0])


def test_a_visitor_s_trip_goes_on_after_a_host_leads_the_group_round(nlp):
    # 乙带领慰问组参观了…: the host leads in between; 甲看望了丙 goes on 甲's visit, no visit of its own
    text = ("9月8日，副区长周明远走访慰问幼儿园教师。在青山幼儿园，园长吴晓东带领慰问组参观了绘本馆。"
            "在白石幼儿园，周明远看望了从教32年的保育员郑秋。")
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["青山幼儿园", "白石幼儿园"]})
    visits = [ev for ev in events if ev["type"] == "visit" and ("visitor", "周明远") in roles(ev)]
    assert len(visits) == 1 and ("visited", "郑秋") in roles(visits[0])


def test_a_named_member_of_a_visiting_group_speaks_at_the_meeting_it_holds(nlp):
    # 检查组召开座谈会，听取甲、乙等部门关于…的汇报。丙指出…: the bodies heard (their list closed by
    # 等部门) and the visiting group's named member speak at it
    text = ("5月20日，青山市人大常委会执法检查组由副主任周明远带队，赴白石区开展执法检查。"
            "5月22日下午，检查组召开座谈会，听取市应急管理局、市总工会等部门关于法律实施情况的汇报。"
            "周明远指出，要坚持人民至上。")
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山市人大常委会", "市应急管理局", "市总工会"], "LOC": ["白石区"]})
    [meeting] = [ev for ev in events if ev["type"] == "meeting"]
    assert {("speaker", "市应急管理局"), ("speaker", "市总工会"), ("speaker", "周明远")} <= roles(meeting)


def test_a_visit_regarded_by_its_group_word_is_the_delegations(nlp):
    # 甲对代表团的来访表示欢迎: the delegation named before visits, not 甲 who welcomes it
    text = "郑秋会见了东洋国工会代表团。郑秋对代表团的来访表示欢迎。代表团于26日抵达北京。"
    events = run(nlp, text, {"PER": ["郑秋"], "ORG": ["东洋国工会代表团"], "LOC": ["北京"]})
    [visit] = [e for e in events if e["type"] == "visit"]
    assert ("visitor", "郑秋") not in roles(visit) and ("visitor", "东洋国工会代表团") in roles(visit)


def test_news_source_lead_is_no_participant(nlp):
    [ev] = run(nlp, "晨光财经讯 3月2日，青山市总工会召开职工座谈会。", {"ORG": ["晨光财经", "青山市总工会"]})
    assert roles(ev) == {("organizer", "青山市总工会")}


def test_organizer_body_is_no_attendee_and_a_place_attends_nothing(nlp):
    [ev] = run(nlp, "青山市总工会召开座谈会，青山市总工会、林海区和周明远参加会议。",
               {"ORG": ["青山市总工会"], "LOC": ["林海区"], "PER": ["周明远"]})
    assert roles(ev) == {("organizer", "青山市总工会"), ("attendee", "周明远")}


def test_headline_body_visits_beside_the_body_leader(nlp):
    [ev] = run(nlp, "近日，周明远带队来到石桥村看望困难职工。", {"PER": ["周明远"], "LOC": ["石桥村"], "ORG": ["林海区总工会"]},
               headline="林海区总工会赴石桥村慰问")
    assert {("visitor", "周明远"), ("visitor", "林海区总工会"), ("visited", "石桥村")} <= roles(ev)


def test_place_written_before_the_guest_body_is_no_guest(nlp):
    [ev] = run(nlp, "周明远会见了东洋市青山区议会代表团。", {"PER": ["周明远"], "LOC": ["东洋市"], "ORG": ["青山区议会代表团"]})
    assert roles(ev) == {("host", "周明远"), ("guest", "青山区议会代表团")}


def test_persons_who_hold_a_symposium_attend_it(nlp):
    [ev] = run(nlp, "周明远、吴晓东与职工代表座谈。", {"PER": ["周明远", "吴晓东"]})
    assert roles(ev) == {("attendee", "周明远"), ("attendee", "吴晓东")}
    [ev] = run(nlp, "青山市总工会与职工代表座谈。", {"ORG": ["青山市总工会"]})
    assert roles(ev) == {("organizer", "青山市总工会")}


def test_headline_place_does_not_join_named_guests(nlp):
    [ev] = run(nlp, "昨天，周明远会见了吴晓东一行。", {"PER": ["周明远", "吴晓东"], "LOC": ["东洋"]},
               headline="周明远会见东洋客人")
    assert ("guest", "东洋") not in roles(ev)


def test_visited_person_after_a_title_is_visited_not_a_visitor(roles_nlp):
    events = run(roles_nlp, "在京期间，周明远拜会了青山市政府市长吴晓东。",
                 {"PER": ["周明远", "吴晓东"], "ORG": ["青山市政府"]})
    [ev] = [e for e in events if e["type"] == "visit"]
    assert ("visited", "吴晓东") in roles(ev) and ("visitor", "吴晓东") not in roles(ev)


@pytest.mark.parametrize("text,place", [("山本一郎一行来京访问。", "京"), ("山本一郎一行来浙考察。", "浙"),
                                        ("山本一郎一行12人来沪，围绕技能培训开展交流。", "沪")])
def test_one_character_place_after_a_verb_of_coming_is_visited(nlp, text, place):
    # (一行12人来沪，…开展交流: a headcount after 一行, and coming is the visit word)
    [ev] = [e for e in run(nlp, text, {"PER": ["山本一郎"]}) if e["type"] == "visit"]
    assert ("visitor", "山本一郎") in roles(ev) and ("visited", place) in roles(ev)


def test_stops_listed_before_a_labelled_person_are_visited_not_his(nlp):
    # 来到某公司某供水站、某镇困难职工甲家中: only the town right before the label is 甲's
    text = "区总工会主席周明远先后来到青山水务有限公司白石供水站、东江镇困难职工吴晓东家中。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["青山水务有限公司"], "LOC": ["白石供水站", "东江镇"]})
    assert {("visited", "白石供水站"), ("visited", "吴晓东")} <= roles(ev) and ("visitor", "周明远") in roles(ev)


def test_companions_going_together_are_on_the_visit_stated_before(nlp):
    # 乙、丙一同走访: the same visit, though other persons visit in the mention
    text = "3月12日下午，区委书记周明远到青山区总工会走访调研。区委常委吴晓东、郑秋一同走访。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["青山区总工会"]})
    assert len(events) == 1 and {("visitor", "周明远"), ("visitor", "吴晓东"), ("visitor", "郑秋")} <= roles(events[0])


def test_coming_to_a_one_character_place_after_a_lead_verb_is_a_visit(nlp):
    # 率队来京，与…交流: no visit word, the coming led is the visit; 来京访问 stays one visit
    [ev] = run(nlp, "8月20日，东洋省总工会副主席周明远率队来京，与青山市总工会开展对口交流。",
               {"PER": ["周明远"], "ORG": ["东洋省总工会", "青山市总工会"], "LOC": ["京"]})
    assert ev["type"] == "visit" and {("visitor", "周明远"), ("visited", "京")} <= roles(ev)
    assert len(run(nlp, "周明远率团来京访问。", {"PER": ["周明远"], "LOC": ["京"]})) == 1
    # a group (考察团) coming too; not a company group (集团来华投资)
    [ev] = run(nlp, "东洋省总工会副主席周明远率考察团来京，与青山市总工会开展交流。",
               {"PER": ["周明远"], "ORG": ["东洋省总工会", "青山市总工会"], "LOC": ["京"]})
    assert ev["type"] == "visit" and ("visited", "京") in roles(ev)
    assert run(nlp, "东洋媒体国际集团来华投资，周明远表示欢迎。", {"PER": ["周明远"], "ORG": ["东洋媒体国际集团"], "LOC": ["华"]}) == []
    # a coming welcomed: the one welcoming comes nowhere
    assert run(nlp, "市总工会主席周明远对东洋工会访京团来京表示欢迎。", {"PER": ["周明远"], "ORG": ["市总工会", "东洋工会访京团"], "LOC": ["京"]}) == []


def test_coming_to_a_place_named_in_full_after_a_lead_verb_is_a_visit(nlp):
    # 率考察团来青山市，就…开展对接: no visit word, the coming led to the place is the visit; one
    # welcomed is none
    [ev] = run(nlp, "9月24日，东江市总工会副主席周明远率考察团来青山市，就劳务协作开展对接。",
               {"PER": ["周明远"], "ORG": ["东江市总工会"], "LOC": ["青山市"]})
    assert ev["type"] == "visit" and {("visitor", "周明远"), ("visited", "青山市")} <= roles(ev)
    assert run(nlp, "吴晓东对东江市代表团来青山市表示欢迎。", {"PER": ["吴晓东"], "ORG": ["东江市代表团"], "LOC": ["青山市"]}) == []


def test_unrecognized_company_after_zoujin_is_visited(nlp):
    [ev] = run(nlp, "3月2日，林海区总工会走进晨光食品有限公司开展职工沟通会。", {"ORG": ["林海区总工会"]})
    assert (ev["subtype"], roles(ev)) == ("outreach", {("visitor", "林海区总工会"), ("visited", "晨光食品有限公司")})
    # 一线 is no organization visited (the union goes somewhere unnamed to condole: a visit)
    assert [roles(e) for e in run(nlp, "3月2日，林海区总工会走进一线开展慰问。", {"ORG": ["林海区总工会"]})] \
        == [{("visitor", "林海区总工会")}]


def test_visit_word_inside_a_title_states_no_visit(roles_nlp):
    assert run(roles_nlp, "青山市总工会调研员周明远、副主席吴晓东参加会议。",
               {"ORG": ["青山市总工会"], "PER": ["周明远", "吴晓东"]}) == []


def test_peitong_attends_the_visit(nlp):
    [ev] = run(nlp, "3月2日，周明远赴晨光公司调研，晨光公司工会主席吴晓东陪同调研。",
               {"PER": ["周明远", "吴晓东"], "ORG": ["晨光公司"]})
    assert ("attendee", "吴晓东") in roles(ev) and ("visitor", "吴晓东") not in roles(ev)


def test_an_escort_after_a_meeting_held_on_the_visit_attends_the_visit(nlp):
    # 乙、丙陪同。 after the symposium the visitor held on his trip: escorts on the visit; at a
    # reception (会见) the escort is the reception's, and a sentence naming its meeting keeps it
    ents = {"PER": ["周明远", "吴晓东", "郑秋"], "LOC": ["青山县"]}
    text = "3月2日，周明远到青山县调研。调研期间，周明远主持召开座谈会。青山县委书记吴晓东、县长郑秋陪同。"
    visit, meeting = sorted(run(nlp, text, ents), key=lambda e: e["type"], reverse=True)
    assert ("attendee", "吴晓东") in roles(visit) and ("attendee", "郑秋") in roles(visit)
    assert ("attendee", "吴晓东") not in roles(meeting)
    text = "3月2日，周明远到青山县调研。当天，周明远会见了东洋国客人。青山县委书记吴晓东陪同。"
    visit, meeting = sorted(run(nlp, text, ents), key=lambda e: e["type"], reverse=True)
    assert ("attendee", "吴晓东") in roles(meeting) and ("attendee", "吴晓东") not in roles(visit)
    text = "3月2日，周明远到青山县调研。调研期间，周明远召开座谈会。座谈会由吴晓东主持，郑秋陪同。"
    visit, meeting = sorted(run(nlp, text, ents), key=lambda e: e["type"], reverse=True)
    assert ("attendee", "郑秋") not in roles(visit)


def test_speaker_cue_after_a_visit_goes_to_no_visit(nlp):
    [ev] = run(nlp, "3月2日，周明远赴晨光公司调研。吴晓东在欢迎仪式上致辞。",
               {"PER": ["周明远", "吴晓东"], "ORG": ["晨光公司"]})
    assert ev["type"] == "visit" and ("speaker", "吴晓东") not in roles(ev)


@pytest.mark.parametrize("frame", ["在青山市总工会主席吴晓东的陪同下", "在青山市总工会主席吴晓东等陪同下"])
def test_accompanied_by_names_the_attendee_not_the_visitor(nlp, frame):
    """在X的陪同下, 在X等陪同下: X attends, the one accompanied visits."""
    [ev] = run(nlp, f"周明远{frame}，来到晨光公司看望职工。",
               {"PER": ["周明远", "吴晓东"], "ORG": ["晨光公司", "青山市总工会"]})
    assert ("attendee", "吴晓东") in roles(ev) and ("attendee", "周明远") not in roles(ev)


@pytest.mark.parametrize("spoken", ["吴晓东汇报了全区工会工作情况。", "财务部部长吴晓东作2025年经费预算执行情况报告。"])
def test_one_who_reports_to_a_meeting_speaks(nlp, spoken):
    """甲汇报了… at a meeting (speaker cue 汇报), 甲作2025年经费预算执行情况报告 (made_report: up to 16
    characters of kind, digits too): a speaker."""
    [ev] = run(nlp, f"东江区总工会今天召开经费审查委员会会议。{spoken}", {"PER": ["吴晓东"], "ORG": ["东江区总工会"]})
    assert ("speaker", "吴晓东") in roles(ev)


def test_one_who_briefs_a_meeting_speaks(nlp):
    """甲通报了…情况 at a meeting (events.yaml speaker cues): a speaker; 通报表扬 commends, no speech."""
    [ev] = run(nlp, "东江区总工会今天召开工会工作会议。副主席吴晓东通报了全区工会工作情况。",
               {"PER": ["吴晓东"], "ORG": ["东江区总工会"]})
    assert ("speaker", "吴晓东") in roles(ev)
    [ev] = run(nlp, "东江区总工会今天召开工会工作会议，通报表扬了先进集体。", {"ORG": ["东江区总工会"]})
    assert roles(ev) == {("organizer", "东江区总工会")}


def test_second_meeting_verb_of_a_sentence_takes_its_own_subject(nlp):
    events = run(nlp, "3月2日，周明远会见了青山代表团，代表团在京期间，吴晓东也会见了青山代表团。",
                 {"PER": ["周明远", "吴晓东"], "ORG": ["青山代表团"]})
    hosts = [{p["name"] for p in ev["participants"] if p["role"] == "host"} for ev in events]
    assert hosts == [{"周明远"}, {"吴晓东"}]


def test_going_round_is_a_visit_without_a_named_place(nlp):
    events = run(nlp, "春节前，某街道总工会走访慰问了辖区困难职工，送去年货。", {"ORG": ["某街道总工会"]})
    assert [(e["type"], e["trigger"]) for e in events] == [("visit", "走访慰问")]
    assert roles(events[0]) == {("visitor", "某街道总工会")}
    # handing out gifts with no going and no place named: no visit
    assert run(nlp, "某街道总工会为困难职工发放慰问品。", {"ORG": ["某街道总工会"]}) == []


def test_named_reception_is_held_by_its_host(nlp):
    events = run(nlp, "5日，某市政府举办2030年新春招待会，市长甲乙丙致辞。", {"ORG": ["某市政府"], "PER": ["甲乙丙"]})
    assert [(e["subtype"], e["name"]) for e in events] == [("reception", "2030年新春招待会")]
    assert {("host", "某市政府"), ("speaker", "甲乙丙")} <= roles(events[0])
    assert ("organizer", "某市政府") not in roles(events[0])


def test_exchange_alone_is_no_meeting(nlp):
    ents = {"ORG": ["某区总工会", "某市总工会"], "LOC": ["甲市"]}
    assert run(nlp, "某区总工会与某市总工会的交流日益频繁，与甲市开展人才交流。", ents) == []
    [ev] = run(nlp, "某市总工会副主席甲乙丙与代表团交流座谈。", {"ORG": ["某市总工会"], "PER": ["甲乙丙"]})
    assert (ev["subtype"], ev["trigger"]) == ("symposium", "交流座谈")


def test_meeting_held_for_a_contest_is_a_meeting(nlp):
    ents = {"ORG": ["某市总工会"]}
    [ev] = run(nlp, "3日，某市总工会“建功新时代”职工技能竞赛动员大会在某礼堂召开。", ents)
    assert (ev["subtype"], ev["name"]) == ("conference", "某市总工会“建功新时代”职工技能竞赛动员大会")
    assert run(nlp, "3日，某市总工会职工技能竞赛决赛在某礼堂举行。", ents) == []
    # a work meeting about a contest (推进会, 部署会, 总结会) is a meeting too
    [ev] = run(nlp, "6月5日，某市总工会召开“安康杯”竞赛推进会。", ents)
    assert (ev["subtype"], ev["name"]) == ("conference", "“安康杯”竞赛推进会")


@pytest.mark.parametrize("text, subtype, name", [
    ("11月6日，东湖新区投资环境说明会在青山举行。", "report_meeting", "东湖新区投资环境说明会"),
    ("5月8日，周明远在东湖港主持召开现场办公会。", "conference", "现场办公会"),
    ("12月18日，青山街道工委召开社区工会主席述职评议会。", "conference", "社区工会主席述职评议会"),
    ("11月20日，青山街道工委召开和谐企业评审会。", "conference", "和谐企业评审会"),
])
def test_briefings_office_meetings_and_reviews_are_meetings(nlp, text, subtype, name):
    """说明会 (a briefing), 办公会 (an office meeting held on site), 评议会 (a review of reports),
    评审会 (a review of candidates)."""
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山街道工委"]})
    assert (ev["type"], ev["subtype"], ev["name"]) == ("meeting", subtype, name)


def test_a_cue_after_the_meeting_verb_s_clause_leaves_the_conveners_organizers(nlp):
    ents = {"PER": ["甲乙丙"], "ORG": ["市总工会", "市侨办"]}
    text = "4月15日，市总工会、市侨办共同召开侨界职工座谈会，市总工会主席甲乙丙出席并主持。"
    [ev] = run(nlp, text, ents)
    assert {("organizer", "市总工会"), ("organizer", "市侨办"), ("chair", "甲乙丙")} <= roles(ev)
    assert not any(role == "chair" and name != "甲乙丙" for role, name in roles(ev))


def test_a_meeting_named_by_the_last_words_of_a_body_is_held_by_it(nlp):
    ents = {"PER": ["甲乙丙"], "ORG": ["某省总工会主席团"]}
    text = "某省总工会主席团由主席、副主席组成。会后举行的主席团第二次会议推选甲乙丙为常务副主席。"
    events = [ev for ev in run(nlp, text, ents) if ev["type"] == "meeting"]
    assert ("organizer", "某省总工会主席团") in roles(events[0])
    # two bodies end that way: none is chosen
    ents["ORG"].append("某市总工会主席团")
    text = "某省总工会主席团、某市总工会主席团成员出席。会后举行的主席团第二次会议推选甲乙丙为常务副主席。"
    events = [ev for ev in run(nlp, text, ents) if ev["type"] == "meeting"]
    assert not any(role == "organizer" for ev in events for role, _ in roles(ev))


def test_attendee_who_speaks_later_is_a_speaker(nlp):
    ents = {"PER": ["甲乙丙", "丁戊", "己庚"], "ORG": ["某区总工会"]}
    text = ("5日，某区总工会召开职工代表座谈会，甲乙丙、丁戊参加座谈。甲乙丙在座谈中说，要关心职工。"
            "己庚表示，天气很好。")
    [ev] = run(nlp, text, ents)
    assert {("speaker", "甲乙丙"), ("attendee", "丁戊")} <= roles(ev)
    assert ("attendee", "甲乙丙") not in roles(ev)
    # one no event names, opening a later sentence with words of speech, speaks there too (an
    # article stating meetings only: _only_meetings_and_new)
    assert ("speaker", "己庚") in roles(ev)


@pytest.mark.parametrize("text", [
    "5日，某区总工会召开座谈会。会上，丁戊指出，要关心职工。",                     # named there first
    "5日，某区总工会召开座谈会，丁戊出席。座谈会上，区委书记丁戊介绍了工作情况。",  # an attendee, titled
    "5日，某区总工会召开座谈会。在随后召开的座谈会上，丁戊表示，要关心职工。",
    "5日，甲乙丙到某区调研，在随后召开的座谈会上，丁戊介绍了工作情况。",          # a clause of the sentence
])
def test_words_a_frame_places_at_a_meeting_make_a_speaker(nlp, text):
    """会上，甲指出… / …，在随后召开的座谈会上，甲介绍…: the frame ties the words to the meeting,
    whether or not the speaker was named at it before."""
    ents = {"PER": ["甲乙丙", "丁戊"], "ORG": ["某区总工会", "区委"], "LOC": ["某区"]}
    [ev] = [ev for ev in run(nlp, text, ents) if ev["type"] == "meeting"]
    assert ("speaker", "丁戊") in roles(ev) and ("attendee", "丁戊") not in roles(ev)


def test_a_host_who_speaks_later_stays_the_host(nlp):
    """甲会见了乙。甲在讲话中…表示: the host speaks as host (one role each, as in one sentence)."""
    ents = {"PER": ["周明远", "山本一郎"]}
    text = "周明远今天会见了山本一郎。周明远在讲话中首先代表市总工会表示欢迎。"
    [ev] = run(nlp, text, ents)
    assert roles(ev) == {("host", "周明远"), ("guest", "山本一郎")}


@pytest.mark.parametrize("report", [
    "周明远说：“去年我与吴晓东共同主持了交接仪式。”",          # quoted
    "周明远说，东江市总工会和吴晓东都将积极参加交流活动。",      # reported after 说，
    "周明远表示：东江市总工会和吴晓东都将积极参加交流活动。",    # reported after 表示：
])
def test_role_words_inside_reported_speech_give_no_role(nlp, report):
    """甲说：“我与乙共同主持了…仪式” / 甲说，乙…积极参加…: the reported words tell of another occasion."""
    ents = {"PER": ["周明远", "山本一郎", "吴晓东"], "ORG": ["东江市总工会"]}
    [ev] = run(nlp, "周明远今天会见了山本一郎。" + report, ents)
    assert roles(ev) == {("host", "周明远"), ("guest", "山本一郎")}


def test_a_meeting_verb_before_a_time_frame_meets_no_one_named_after_it(nlp):
    """两国总统举行了单独会晤。会晤以后乙宣布…: 以后 frames the time; 乙 was not met then."""
    ents = {"PER": ["周明远"]}
    text = "两国总统举行了单独会晤。会晤以后周明远宣布，所有问题都已解决。"
    assert not [ev for ev in run(nlp, text, ents) if ("guest", "周明远") in roles(ev)]


def test_a_meeting_talked_about_is_no_meeting_held(nlp):
    """在谈到即将在某地召开的某会议时，甲说…: the frame 在…时 holds a reference (谈到), not a meeting held."""
    ents = {"PER": ["周明远"], "LOC": ["青山"]}
    text = "在谈到即将在青山召开的亚欧会议时，周明远说，这次会议将具有重要影响。"
    assert [ev for ev in run(nlp, text, ents) if ev["type"] == "meeting"] == []


def test_a_predicate_with_a_meeting_as_object_holds_that_meeting(nlp):
    """某联合会和青山论坛今天在东江举行特别演讲会: 举行 holds the lecture meeting (演讲会), not the
    forum named before it."""
    ents = {"ORG": ["东江市总工会"], "LOC": ["东江"]}
    text = "东江市总工会和青山论坛今天在东江举行特别演讲会。"
    [ev] = run(nlp, text, ents)
    assert (ev["subtype"], ev["name"], ev["location"]) == ("report_meeting", "特别演讲会", "东江")


def test_taking_part_in_something_named_after_de_is_no_attendance(nlp):
    """某协会取消了甲参加的两场比赛的成绩: 参加的 names what was taken part in (no meeting): nobody
    attends the visit told before it."""
    ents = {"PER": ["周明远"], "ORG": ["东洋国排协"], "LOC": ["青山"]}
    text = "周明远赴青山访问。东洋国排协经过查实，已经取消了周明远参加的两场比赛的成绩。"
    [ev] = run(nlp, text, ents)
    assert ("attendee", "东洋国排协") not in roles(ev)


def test_words_said_outside_a_meeting_frame_make_no_speaker(nlp):
    ents = {"PER": ["丁戊"], "ORG": ["某区总工会"]}
    text = "5日，某区总工会召开座谈会。社会上，丁戊表示，要关心职工。"   # 社会上: no meeting's frame
    [ev] = run(nlp, text, ents)
    assert not any(name == "丁戊" for _, name in roles(ev))


@pytest.mark.parametrize("speech", [
    "丁戊代表区委、区政府，对考察团的来访表示欢迎。",                   # a comma after the bodies
    "区委书记丁戊代表区委向多年来扎根基层默默奉献的全区工会干部表示感谢。",   # a long 向 phrase
])
def test_an_attendee_speaking_for_bodies_is_a_speaker(nlp, speech):
    ents = {"PER": ["甲乙丙", "丁戊"], "ORG": ["某区总工会", "区委", "区政府"]}
    text = "5日，某区总工会召开职工代表座谈会，甲乙丙、丁戊参加座谈。" + speech
    [ev] = run(nlp, text, ents)
    assert ("speaker", "丁戊") in roles(ev) and ("attendee", "丁戊") not in roles(ev)


def test_persons_gathered_are_attendees_and_a_titled_one_who_speaks_for_a_body_is_a_speaker(nlp):
    ents = {"PER": ["甲乙丙", "丁戊", "己庚"], "ORG": ["某区工会", "市总工会"]}
    text = ("4月28日，某区工会第二次代表大会在某会堂召开。市总工会副主席甲乙丙，区领导丁戊、己庚，"
            "工会代表和职工近300余人齐聚一堂。市总工会副主席甲乙丙代表市总工会向大会表示热烈祝贺。")
    [ev] = run(nlp, text, ents)
    assert {("speaker", "甲乙丙"), ("attendee", "丁戊"), ("attendee", "己庚")} <= roles(ev)
    assert ("attendee", "甲乙丙") not in roles(ev) and ev["attendance"] == "近300余人"


def test_delegation_led_by_a_named_head_takes_part_as_its_body(nlp):
    text = "9月8日下午，区委书记甲乙丙会见了由议长丁戊率领的日本东洋市青山区议会代表团。"
    [ev] = run(nlp, text, {"PER": ["甲乙丙", "丁戊"], "ORG": ["青山区议会代表团"], "LOC": ["日本东洋市"]})
    assert ("guest", "青山区议会") in roles(ev) and ("guest", "青山区议会代表团") not in roles(ev)
    # not led by anyone named: the delegation as written
    text = "9月8日下午，区委书记甲乙丙会见了青山区议会代表团。"
    [ev] = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["青山区议会代表团"]})
    assert ("guest", "青山区议会代表团") in roles(ev)


def test_those_going_round_are_the_visits_visitors(roles_nlp):
    text = ("近日，青山区总工会开展冬季送温暖活动，到区供水中心、区消防支队慰问一线职工。"
            "区总工会主席甲乙丙、副主席丁戊每到一处都叮嘱职工注意安全。")
    [ev] = run(roles_nlp, text, {"PER": ["甲乙丙", "丁戊"], "ORG": ["青山区总工会", "区供水中心", "区消防支队"]})
    assert {("visitor", "甲乙丙"), ("visitor", "丁戊"), ("visitor", "青山区总工会")} <= roles(ev)


def test_unnamed_group_entity_is_no_participant(nlp):
    # NER may tag a bare 代表团: an unnamed group, skipped like any other
    [ev] = run(nlp, "某市市长甲乙丙昨天会见了代表团团长丁戊。", {"PER": ["甲乙丙", "丁戊"], "ORG": ["代表团"]})
    assert ("host", "甲乙丙") in roles(ev) and not any(n == "代表团" for _, n in roles(ev))


def test_leader_of_a_party_or_government_organ_visits_alone(nlp):
    text = "5日，青山区委书记周明远带队赴石桥村调研。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山区委"], "LOC": ["石桥村"]})
    assert roles(ev) == {("visitor", "周明远"), ("visited", "石桥村")}
    [ev] = run(nlp, text.replace("区委书记", "区总工会主席"), {"PER": ["周明远"], "ORG": ["青山区总工会"], "LOC": ["石桥村"]})
    assert roles(ev) == {("visitor", "周明远"), ("visitor", "青山区总工会"), ("visited", "石桥村")}
    # a union's leader goes on its behalf, leading a group or not; a place's organ's does not
    text = "5日，青山区总工会主席周明远来到石桥村看望环卫工人。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山区总工会"], "LOC": ["石桥村"]})
    assert roles(ev) == {("visitor", "周明远"), ("visitor", "青山区总工会"), ("visited", "石桥村")}
    [ev] = run(nlp, text.replace("区总工会主席", "区委书记"), {"PER": ["周明远"], "ORG": ["青山区委"], "LOC": ["石桥村"]})
    assert roles(ev) == {("visitor", "周明远"), ("visited", "石桥村")}


@pytest.mark.parametrize("place, body", [("苏", "江苏省总工会"),   # an abbreviation completes it
                                         ("江西", "省总工会")])     # a place without its level does not
def test_those_taking_part_in_a_symposium_attend_it_named_as_the_roles_stage_resolved(roles_nlp, place, body):
    """参加座谈: those taking part attend; an elided body is named as the roles stage resolved it
    where the article writes the place's abbreviation (来苏 -> 江苏). 与代表团座谈: the visiting
    delegation named before is received, so the one meeting it hosts and it is the guest."""
    text = f"5月8日，东洋国工会代表团来{place}访问。省总工会副主席周明远与代表团座谈。省总工会有关处室负责人参加座谈。"
    visit, meeting = run(roles_nlp, text, {"PER": ["周明远"], "ORG": ["东洋国工会代表团", "省总工会"], "LOC": [place]})
    assert roles(meeting) == {("host", "周明远"), ("guest", "东洋国工会代表团"), ("attendee", body)}


def test_partners_holding_a_meeting_jointly_organize_it(nlp):
    """甲与乙共同召开: 乙 after 与 organizes too when a joint word follows; without one it does not."""
    ents = {"ORG": ["青山市总工会", "东洋国工会", "西洋国工会"]}
    [ev] = run(nlp, "5月6日，青山市总工会与东洋国工会、西洋国工会共同举办交流座谈会。", ents)
    assert roles(ev) == {("organizer", "青山市总工会"), ("organizer", "东洋国工会"), ("organizer", "西洋国工会")}
    [ev] = run(nlp, "5月6日，青山市总工会与东洋国工会举办交流座谈会。", ents)
    assert roles(ev) == {("organizer", "青山市总工会")}


def test_the_inviter_hosts_the_visit_and_a_visitor_is_no_attendee_of_it(nlp):
    """应甲邀请，乙…访问: 甲 receives the visitors it invited; a visitor who 参加 his own visit visits."""
    text = "5月10日，应东洋国工会联合会邀请，青山市工会代表团赴东洋国访问，青山市总工会副主席周明远参加。" \
        "周明远一行还拜会了东洋国总工会。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["东洋国工会联合会", "青山市工会代表团", "青山市总工会",
                                                    "东洋国总工会"], "LOC": ["东洋国"]})
    assert ("host", "东洋国工会联合会") in roles(ev)
    assert ("visitor", "周明远") in roles(ev) and ("attendee", "周明远") not in roles(ev)


def test_the_one_met_is_no_subject_of_a_later_visit_word(nlp):
    """甲会见了乙一行，双方表示…此次考察…: 乙 is met; the visit word refers to 甲's trip."""
    text = "青山市工会代表团赴东洋国访问。周明远会见了东洋国工会主席吴晓东一行，双方表示，此次考察加深了了解。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["青山市工会代表团", "东洋国工会"], "LOC": ["东洋国"]})
    visit = next(e for e in events if e["type"] == "visit")
    meeting = next(e for e in events if e["type"] == "meeting")
    assert ("visitor", "吴晓东") not in roles(visit) and ("guest", "吴晓东") in roles(meeting)


def test_a_stay_between_a_date_and_a_trigger_leaves_the_event_undated(nlp):
    """5月3日，甲会见了乙，乙在青山期间，丙还会见了乙: 丙's reception is on some day of the stay."""
    text = "5月3日，周明远会见了东洋国工会主席吴晓东，吴晓东在青山期间，郑秋还会见了吴晓东。"
    first, second = [e for e in run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "LOC": ["东洋国", "青山"]})
                     if e["type"] == "meeting"]
    assert roles(first) == {("host", "周明远"), ("guest", "吴晓东")}
    assert (first["date"], second["date"]) == ("5月3日", None)
    assert roles(second) == {("host", "郑秋"), ("guest", "吴晓东")}


def test_a_person_briefing_the_visitors_hosts_the_visit(nlp):
    """甲一行参观了X，X的站长乙介绍了…: 乙 receives the visitors; 甲 briefing is no host."""
    text = "近日，周明远一行参观了石桥文化站，站长吴晓东向客人介绍了站里的服务。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["石桥文化站"]})
    assert roles(ev) == {("visitor", "周明远"), ("visited", "石桥文化站"), ("host", "吴晓东")}
    [ev] = run(nlp, "近日，周明远一行参观了石桥文化站，周明远介绍了工会的工作。",
               {"PER": ["周明远"], "LOC": ["石桥文化站"]})
    assert ("host", "周明远") not in roles(ev)


def test_a_person_whose_briefing_the_visitors_hear_hosts_the_visit(nlp):
    """调研组来到X，听取X主席乙关于…的汇报: 乙 briefs the visitors (events.yaml briefing_heard)."""
    text = "周明远一行来到青山区总工会，听取区总工会主席吴晓东关于工会法贯彻落实情况的汇报。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["青山区总工会"]})
    assert ("host", "吴晓东") in roles(ev) and ("visitor", "周明远") in roles(ev)
    # a briefing heard in a later clause is no longer his (听取…，吴晓东参加)
    [ev] = run(nlp, "周明远一行来到青山区总工会，听取了情况汇报，吴晓东陪同。", {"PER": ["周明远", "吴晓东"], "ORG": ["青山区总工会"]})
    assert ("host", "吴晓东") not in roles(ev)


def test_an_accompanying_leader_of_the_body_visited_hosts_the_visit(roles_nlp):
    # 在某公司总经理乙陪同下，甲来到某公司: 乙 receives (his post, as the roles stage reads it, is
    # in the body visited); 丙 of another body accompanies (attendee)
    text = "6月5日，在青禾物流有限公司总经理吴晓东陪同下，市总工会副主席周明远来到青禾物流有限公司，看望慰问快递员。区总工会主席郑秋陪同。"
    [ev] = run(roles_nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["青禾物流有限公司", "市总工会", "区总工会"]})
    assert {("host", "吴晓东"), ("attendee", "郑秋"), ("visitor", "周明远")} <= roles(ev)


def test_the_leaders_of_a_city_whose_name_ends_in_a_level_character_host_its_visit(roles_nlp):
    # 到白州调研，白州市委书记乙陪同: 白州 ends with 州 (a level's character) and is written
    # without 市; the governor's deputy, of the visitor's own province, comes along (attendee)
    text = "4月11日，东江省省长周明远到白州调研。副省长王芳，白州市委书记吴晓东陪同调研。"
    [ev] = run(roles_nlp, text, {"PER": ["周明远", "吴晓东", "王芳"], "LOC": ["白州"]})
    assert {("host", "吴晓东"), ("attendee", "王芳"), ("visitor", "周明远")} <= roles(ev)


def test_the_city_and_zone_leaders_of_a_zone_visited_host_the_visit(roles_nlp):
    # 到白石高新区调研 … 在高新区管委会 …: the city's deputy mayor (白石市: the zone is written with
    # the city's name) and the zone's leader (管委会, visited written elided) receive the visitors
    text = ("3月13日，国家发展改革委副主任周明远到白石高新区调研。在高新区管委会，周明远听取了情况汇报。"
            "白石市副市长郑秋，高新区党工委书记、管委会主任吴晓东陪同调研。")
    [ev] = run(roles_nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "LOC": ["白石高新区"],
                                 "ORG": ["国家发展改革委", "高新区管委会"]})
    assert {("host", "吴晓东"), ("host", "郑秋"), ("visitor", "周明远")} <= roles(ev)


@pytest.mark.parametrize("lead", ["带领", "率"])
def test_bodies_whose_officials_a_leader_brings_along_visit_with_him(nlp, lead):
    # 甲带领县人社局、县总工会等部门负责人深入…: the bodies listed after the lead verb go too;
    # bodies named after it with no officials closing the list are no party of the trip
    text = f"4月8日，县长周明远{lead}青山县人社局、青山县总工会等部门负责人，深入青山经济开发区走访企业。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山县人社局", "青山县总工会"], "LOC": ["青山经济开发区"]})
    assert {("visitor", "周明远"), ("visitor", "青山县人社局"), ("visitor", "青山县总工会")} <= roles(ev)
    text = f"4月8日，县长周明远{lead}青山县总工会的经验，深入青山经济开发区走访企业。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山县总工会"], "LOC": ["青山经济开发区"]})
    assert ("visitor", "青山县总工会") not in roles(ev)


def test_a_body_visited_written_as_ones_own_is_visited(nlp):
    # 深入所属某煤矿 (events.yaml owned_marks): whose it is stands between the verb and the body
    text = "1月10日，集团董事长周明远深入所属青禾煤矿，下井带班，检查安全生产工作。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青禾煤矿"]})
    assert {("visitor", "周明远"), ("visited", "青禾煤矿")} <= roles(ev)


def test_the_union_leader_of_the_company_visited_hosts_the_visit(roles_nlp):
    # 某公司工会主席乙陪同 at 某公司…车辆段: a unit of the company visited receives (its parent body)
    text = "11月12日，市总工会副主席周明远来到青禾运营有限公司四惠车辆段调研。青禾运营有限公司工会主席吴晓东陪同。"
    [ev] = run(roles_nlp, text, {"PER": ["周明远", "吴晓东"],
                                 "ORG": ["青禾运营有限公司四惠车辆段", "青禾运营有限公司工会", "市总工会"]})
    assert ("host", "吴晓东") in roles(ev)


def test_the_head_of_the_place_visited_hosts_the_visit(roles_nlp):
    # 赴某镇调研，某镇镇长乙陪同: the place's head (roles: 镇长 -> the town) receives the visitors;
    # the city's union leader who comes along stays an attendee
    text = "3月5日，市总工会副主席周明远赴青山镇调研，青山镇镇长吴晓东、市总工会办公室主任郑秋陪同。"
    [ev] = run(roles_nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["市总工会"], "LOC": ["青山镇"]})
    assert {("host", "吴晓东"), ("attendee", "郑秋"), ("visitor", "周明远")} <= roles(ev)
    # … a guard: a country visited (no administrative ending) is not where its envoy abroad receives
    text = "周明远今天来到东洋国访问，中国驻西洋国大使吴晓东陪同。周明远说，中国重视合作。"
    evs = run(roles_nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国", "中国", "西洋国"]})
    assert not any(("host", "吴晓东") in roles(ev) for ev in evs)


def test_the_leaders_of_a_place_visited_written_without_its_level_host_the_visit(roles_nlp):
    # 赴南海考察，南海省委书记乙、省长丙陪同: the province's leaders (roles: 南海省委, 南海省) receive
    # the visitors of 南海 (the place written without its level); the visitors' own do not
    text = "5月10日，东江省委书记周明远率代表团赴南海考察。南海省委书记吴晓东，省委副书记、省长郑秋陪同考察。东江省副省长王芳陪同。"
    [ev] = run(roles_nlp, text, {"PER": ["周明远", "吴晓东", "郑秋", "王芳"], "LOC": ["南海"]})
    assert {("host", "吴晓东"), ("host", "郑秋"), ("visitor", "周明远")} <= roles(ev)
    assert ("host", "王芳") not in roles(ev)


def test_a_person_receiving_the_visitors_hosts_the_visit(nlp):
    """甲带领调研组到X考察，X副主席乙接待了调研组一行: 乙 receives the visitors (events.yaml briefing)."""
    text = "周明远带领调研组到东江市总工会学习考察，东江市总工会副主席吴晓东接待了调研组一行。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["东江市总工会"]})
    assert ("host", "吴晓东") in roles(ev) and ("visitor", "周明远") in roles(ev)


@pytest.mark.parametrize("text, organizers", [
    ("12月5日，青山市总工会与市人社局召开联席会议。", {"青山市总工会", "市人社局"}),
    ("12月5日，青山市总工会同市人社局、市司法局召开联席会议。", {"青山市总工会", "市人社局", "市司法局"}),
    # a symposium's partner is no convener without a joint word
    ("12月5日，青山市总工会与市人社局召开座谈会。", {"青山市总工会"}),
])
def test_the_partners_of_a_joint_meeting_convene_it(nlp, text, organizers):
    """甲与乙召开联席会议: a joint meeting (events.yaml joint.meeting_subtypes) is convened by both."""
    [ev] = run(nlp, text, {"ORG": ["青山市总工会", "市人社局", "市司法局"]})
    assert {name for role, name in roles(ev) if role == "organizer"} == organizers


@pytest.mark.parametrize("text, held", [
    ("周明远表示，目前需要举行一次东洋国工人大会。", False),
    ("周明远说，他将不会在白石与吴晓东举行会谈。", False),
    ("周明远同吴晓东达成协议，同意就导弹问题举行技术会谈。", False),
    ("周明远说，他此行的目的是同吴晓东就两国关系举行会谈。", False),
    ("周明远将于当晚同吴晓东举行会谈。", False),
    ("两人讨论了定于本月22日在白石举行的东洋国工人大会。", False),
    ("周明远还将与吴晓东会晤。", False),
    # the word still to come may end in the event's own word (将会见, 即将举行)
    ("周明远将会见吴晓东。", False),
    ("周明远说，中方重视即将举行的东洋国工人大会。", False),
    ("周明远计划在白石会见吴晓东。", False),
    ("周明远说，东洋国将不与西洋国举行任何会谈。", False),
    ("周明远要求东洋国在下周三召开工人大会。", False),
    ("周明远期待着与吴晓东会晤。", False),
    ("周明远昨天在白石与吴晓东举行会谈。", True),
])
def test_a_meeting_needed_agreed_denied_or_still_to_come_is_not_held(nlp, text, held):
    """需要举行, 同意就…举行, 将不会…举行, 将于/定于…举行 (events.yaml meeting.unreal_before): no
    meeting (the guideline's meetings are held or take place)."""
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["白石", "东洋国"]})
    assert any(e["type"] == "meeting" for e in events) == held


def test_a_word_still_to_come_inside_a_name_leaves_the_meeting_held(nlp):
    """计划 inside 东洋国开发计划署 (a name) says nothing of the meeting it holds."""
    text = "东洋国开发计划署今天在白石举行工人大会。"
    events = run(nlp, text, {"ORG": ["东洋国开发计划署"], "LOC": ["白石"]})
    assert [e["name"] for e in events] == ["工人大会"]


@pytest.mark.parametrize("text, visits", [
    ("应吴晓东的邀请，周明远将于最近前往东洋国访问。", False),
    ("周明远将在5日动身前往东洋国。", False),
    ("在春节即将来临之际，周明远前往东洋国访问。", True),
    ("周明远还将先后访问东洋国和西洋国。", False),
    ("周明远说，他本人将出访东洋国。", False),
    ("周明远将访问东洋国。", False),
    ("周明远主席将对东洋国进行国事访问。", False),
    ("周明远上将将应邀于二月三日起对东洋国进行正式友好访问。", False),
    ("周明远拟访问东洋国。", False),
])
def test_a_visit_still_to_come_is_no_visit(nlp, text, visits):
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国"]})
    assert any(e["type"] == "visit" for e in events) == visits


@pytest.mark.parametrize("later", ["代表团还将赴西洋国、南洋国访问。", "代表团拟访问西洋国和南洋国。"])
def test_a_trip_still_to_come_adds_no_stop_to_the_visit_made(nlp, later):
    # 还将赴…, 拟访问… (unreal_before) after the trip made: its places are no stops of it
    text = f"1月10日，周明远率代表团抵达东洋国访问。{later}"
    events = run(nlp, text, {"PER": ["周明远"], "LOC": ["东洋国", "西洋国", "南洋国"]})
    assert [{n for r, n in roles(e) if r == "visited"} for e in events if e["type"] == "visit"] == [{"东洋国"}]


@pytest.mark.parametrize("said", ["去年他曾率团访问东洋国", "他此前率团访问了东洋国"])
def test_a_trip_made_before_is_no_stop_of_the_visit_stated(nlp, said):
    """甲会见了来访的乙代表团。甲说，去年他曾率团访问某国 (events.yaml visit.past_marks): 甲's
    trip made before is a visit of its own, not a stop of the delegation's trip."""
    text = f"周明远昨天会见了来访的东洋国工会代表团。周明远说，{said}，受到热情接待。"
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["东洋国工会代表团"], "LOC": ["东洋国"]})
    assert not any(("visitor", "东洋国工会代表团") in roles(e) and ("visitor", "周明远") in roles(e)
                   for e in events)
    assert any(roles(e) == {("visitor", "周明远"), ("visited", "东洋国")} for e in events)


def test_a_name_holding_a_past_mark_leaves_the_visit_one(nlp):
    """曾 inside a name (曾晓东) is no mark of the past: the stop joins the trip stated."""
    text = "周明远昨天来到白石市总工会调研。周明远和曾晓东随后来到白石市职工服务中心。"
    events = run(nlp, text, {"PER": ["周明远", "曾晓东"], "ORG": ["白石市总工会", "白石市职工服务中心"]})
    assert len([e for e in events if e["type"] == "visit"]) == 1


def test_those_seated_at_a_reception_attend_it_not_the_visit(nlp):
    """甲会见了来访的乙。丙、丁等会见时在座 (events.yaml seated_cues): 丙, 丁 attend the reception,
    not the visit stated after it in the first sentence."""
    text = "周明远今天在白石会见了应东洋国工会邀请来华访问的山本一郎。吴晓东、郑秋等会见时在座。"
    events = run(nlp, text, {"PER": ["周明远", "山本一郎", "吴晓东", "郑秋"], "LOC": ["白石"],
                             "ORG": ["东洋国工会"]})
    [meeting] = [e for e in events if e["type"] == "meeting"]
    assert {("attendee", "吴晓东"), ("attendee", "郑秋")} <= roles(meeting)
    assert not any(("attendee", "吴晓东") in roles(e) for e in events if e["type"] == "visit")


def test_descriptions_listed_before_a_visited_person_describe_him(nlp):
    """看望慰问了全国劳动模范、85岁的老劳模甲，为他送去慰问金: the pieces before 甲, each ending in a
    title or label, describe him: he is visited, and carries nothing."""
    text = "周明远来到东江区，看望慰问了全国劳动模范、85岁的老劳模吴晓东，为他送去慰问金。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["东江区"]})
    [visit] = events
    assert ("visited", "吴晓东") in roles(visit) and ("visitor", "吴晓东") not in roles(visit)


def test_an_honour_listed_before_a_visited_person_s_employer_and_trade_describes_him(nlp):
    """走访慰问了全国劳动模范、原某钢铁公司高炉工长甲和…: the pieces before each person, each a
    title's length though longer together, describe him: both are visited, and carry nothing."""
    text = ("周明远一行走访慰问了全国劳动模范、原东江钢铁公司高炉工长吴晓东和全国五一劳动奖章获得者、"
            "白石医院护士长郑秋，为他们送去慰问金。")
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["东江钢铁公司", "白石医院"]})
    [visit] = events
    assert {("visited", "吴晓东"), ("visited", "郑秋")} <= roles(visit)
    assert ("visitor", "吴晓东") not in roles(visit)


def test_taking_part_in_this_reception_attends_the_one_stated(nlp):
    """参加了这次接见: an anaphor between the cue and the word (参加了这次|接见) states no second
    reception; those named attend the one stated."""
    text = "周明远今天在白石接见全国海关会议代表。吴晓东、郑秋等参加了这次接见并和代表们合影留念。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "LOC": ["白石"]})
    assert roles(ev) == {("host", "周明远"), ("attendee", "吴晓东"), ("attendee", "郑秋")}


def test_this_meeting_refers_back_whatever_its_word(nlp):
    """甲会见了乙。…甲此次会谈…: 此次 right before a meeting word refers to the meeting stated
    before, even one of another kind: no second meeting."""
    text = "周明远今天在白石会见了东洋国外长吴晓东。舆论认为，周明远此次会谈对于缓和白石局势起着重要作用。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["白石", "东洋国"]})
    assert [(e["subtype"], roles(e)) for e in events] == [("reception", {("host", "周明远"), ("guest", "吴晓东")})]


def test_a_visit_describing_the_guest_takes_no_date_of_the_reception(nlp):
    """甲今天会见了正在这里访问的乙: 今天 dates the reception; the visit that describes the guest
    takes the date of its own statement (乙于5日抵达白石), else none."""
    text = "周明远今天在白石会见了正在这里访问的东洋国外长吴晓东。吴晓东于5日抵达白石。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["白石", "东洋国"]})
    dates = {e["type"]: e["date"] for e in events}
    assert dates == {"meeting": "今天", "visit": "5日"}
    text = "周明远今天在白石会见了正在这里访问的东洋国外长吴晓东。"
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["白石", "东洋国"]})
    assert {e["type"]: e["date"] for e in events}.get("visit") is None


@pytest.mark.parametrize("listed", ["出席会议的有：周明远，吴晓东，郑秋。", "出席大会的老同志还有周明远、吴晓东、郑秋等。"])
def test_those_listed_after_an_attendee_cue_attend(nlp, listed):
    """出席会议的有：甲、乙 (events.yaml attendee_list): those named after it attend the meeting;
    one already taking part (the organizer's chair) keeps his role."""
    text = f"3月2日，东江区总工会召开全区工会工作会议，钱晓岚主持。{listed}"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋", "钱晓岚"], "ORG": ["东江区总工会"]})
    assert {("attendee", "周明远"), ("attendee", "吴晓东"), ("attendee", "郑秋")} <= roles(ev)
    assert ("chair", "钱晓岚") in roles(ev)


def test_a_bare_meeting_noun_of_its_own_kind_held_after_another_is_a_new_meeting(nlp):
    """甲会见了乙一行。随后，双方召开座谈会: the symposium, held, is no reception stated before."""
    text = "3月2日，周明远会见了青山市总工会考察团一行。随后，双方召开座谈会。"
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山市总工会考察团"]})
    assert sorted(e["subtype"] for e in events) == ["reception", "symposium"]


def test_a_launch_meeting_of_a_contest_is_a_meeting(nlp):
    """某劳动竞赛启动会 (events.yaml held_for_non_events): a meeting held for a contest."""
    text = "3月2日，东江区职工劳动竞赛启动会在东江区会议中心召开。吴晓东出席并讲话。"
    [ev] = run(nlp, text, {"PER": ["吴晓东"], "LOC": ["东江区会议中心"]})
    assert (ev["name"], ("speaker", "吴晓东") in roles(ev)) == ("东江区职工劳动竞赛启动会", True)


@pytest.mark.parametrize("text, visits", [
    ("周明远请假赴东洋国探亲。", False),
    ("东洋国青年队赴西洋国训练3个月。", False),
    # a purpose word opening a place's name is no purpose (某训练基地)
    ("周明远来到东江区职工技能训练基地调研。", True),
])
def test_going_for_ones_own_ends_is_no_visit(nlp, text, visits):
    """请假赴某国探亲, 赴某国训练3个月 (events.yaml visit.private_purposes): no visit."""
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["东洋国青年队"], "LOC": ["东洋国", "西洋国", "东江区"]})
    assert any(e["type"] == "visit" for e in events) == visits


def test_inviters_named_at_length_invite_and_do_not_visit(nlp):
    """甲是应东洋国外交外贸部长乙和西洋国副总理兼财政、旅游、贸易部长丙的邀请，对两国进行访问的:
    the inviters (a long list, up to 80 characters) host; 甲 visits."""
    text = ("周明远今天率团开始对东洋国和西洋国进行正式访问。周明远是应东洋共和国外交外贸部长吴晓东和西洋独立国副总理"
            "兼财政、旅游、贸易、商业、交通运输和工业部长山本一郎的邀请，对两国进行访问的。")
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "山本一郎"], "LOC": ["东洋国", "西洋国"]})
    [visit] = [e for e in events if e["type"] == "visit"]
    assert {n for r, n in roles(visit) if r == "visitor"} == {"周明远"}
    assert {("host", "吴晓东"), ("host", "山本一郎")} <= roles(visit)


def test_one_named_on_both_sides_of_a_visit_keeps_the_side_first_named(nlp):
    """甲将鲜花送到丙老伴乙的手中。乙十分感谢…每年都来看望: 乙 is visited, not a visitor too (one side
    each: the side of the body's first mention, the headline's counted after it)."""
    text = ("周明远、郑秋今天到劳模吴晓东家中看望。周明远将一束鲜花送到吴晓东老伴钱晓岚的手中。"
            "钱晓岚十分感谢党和政府对劳动模范的关心照顾，特别提到周明远同志自从担任领导以来，每年都来看望。")
    [ev] = run(nlp, text, {"PER": ["周明远", "郑秋", "吴晓东", "钱晓岚"]})
    assert ("visited", "钱晓岚") in roles(ev) and ("visitor", "钱晓岚") not in roles(ev)


def test_one_accompanied_by_the_guest_is_no_guest(nlp):
    """会见了随同东洋国总统甲来访的外长乙 (events.yaml companion_marks): 乙 is met, 甲 is not."""
    text = "周明远今天在人民大会堂会见了随同东洋国总统山本一郎来访的东洋国外长吴晓东。"
    events = run(nlp, text, {"PER": ["周明远", "山本一郎", "吴晓东"], "LOC": ["人民大会堂", "东洋国"]})
    [meeting] = [e for e in events if e["type"] == "meeting"]
    assert roles(meeting) == {("host", "周明远"), ("guest", "吴晓东")}


def test_the_one_accompanied_by_a_guest_visits(nlp):
    """会见了随同某国总统甲来访的乙: 甲, a long name written right before the visit word, visits (no
    place visited) and is no guest of the reception."""
    text = "东洋国总统马蒂厄·山本昨天抵达白石市。周明远今天会见了随同东洋国总统马蒂厄·山本来访的东洋国外长吴晓东。"
    events = run(nlp, text, {"PER": ["周明远", "马蒂厄·山本", "吴晓东"], "LOC": ["东洋国", "白石市"]})
    visit = next(e for e in events if e["type"] == "visit")
    assert ("visitor", "马蒂厄·山本") in roles(visit) and ("visited", "马蒂厄·山本") not in roles(visit)


def test_one_travelling_with_the_visitor_visits_too(nlp):
    """会见了随同某国总统甲来华访问的外长乙 (events.yaml visit.fellow_travel_marks): 乙 goes with 甲,
    both visit; 陪同甲参观的乙 escorts (no visitor)."""
    text = "周明远今天会见了随同东洋国总统山本一郎来华访问的东洋国外长吴晓东。"
    events = run(nlp, text, {"PER": ["周明远", "山本一郎", "吴晓东"], "LOC": ["东洋国"]})
    visit = next(e for e in events if e["type"] == "visit")
    assert {n for r, n in roles(visit) if r == "visitor"} == {"山本一郎", "吴晓东"}


def test_a_meeting_verb_going_on_from_a_clause_takes_its_place(nlp):
    """甲在青山迎接乙一行，并与乙座谈: the symposium is where the clause before says; a clause
    that does not go on with 并 takes no place from the one before."""
    ents = {"PER": ["周明远", "吴晓东"], "LOC": ["青山"]}
    [ev] = run(nlp, "5月9日，周明远在青山迎接吴晓东一行，并与吴晓东座谈。", ents)
    assert ev["location"] == "青山"
    [ev] = run(nlp, "5月9日，周明远在青山迎接吴晓东一行，次日与吴晓东座谈。", ents)
    assert ev["location"] is None


def test_the_host_of_a_reception_held_is_no_speaker_of_the_clause_after_it(nlp):
    """某总工会举办招待会，某总工会主席甲讲话: 甲 speaks; the body holding it hosts only."""
    text = "5月7日，青山市总工会举办招待会招待东洋国客人，青山市总工会主席周明远讲话。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山市总工会"], "LOC": ["东洋国"]})
    assert roles(ev) == {("host", "青山市总工会"), ("speaker", "周明远")}


def test_a_body_written_right_before_the_one_visited_is_its_parent(nlp):
    """赴某集团某分公司某工作室调研: the parents written before the stop locate it; only the stop
    is visited, and they are no visitors."""
    text = "5月12日，周明远一行赴东江集团西山分公司李明创新工作室调研。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["东江集团", "西山分公司", "李明创新工作室"]})
    assert roles(ev) == {("visitor", "周明远"), ("visited", "李明创新工作室")}


def test_a_body_visited_is_no_subject_of_a_meeting_verb_after_it(nlp):
    """甲走访慰问了X、Y，与这些单位的领导座谈: X and Y are visited; 甲 holds the symposium."""
    text = "新春前夕，周明远走访慰问了青山区总工会、东江区总工会，与这些单位的领导座谈。"
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山区总工会", "东江区总工会"]})
    meeting = next(e for e in events if e["type"] == "meeting")
    assert roles(meeting) == {("attendee", "周明远")}


def test_a_body_naming_an_office_whose_holder_is_unnamed_takes_no_part(nlp):
    """周明远会见东洋银行行长 (a headline): the president is the guest, not the bank; the body
    names him (吴晓东)."""
    ents = {"PER": ["周明远", "吴晓东"], "ORG": ["东洋银行"]}
    [ev] = run(nlp, "周明远12日在青山会见了东洋银行行长吴晓东。", ents, headline="周明远会见东洋银行行长")
    assert roles(ev) == {("host", "周明远"), ("guest", "吴晓东")}
    # the office sharing the body's last character (东洋国防部|长: 部长)
    ents = {"PER": ["周明远", "吴晓东"], "ORG": ["东洋国防部", "东洋国国防部"]}
    [ev] = run(nlp, "周明远12日在青山会见了东洋国国防部长吴晓东。", ents, headline="周明远会见东洋国防部长")
    assert roles(ev) == {("host", "周明远"), ("guest", "吴晓东")}


def test_a_preposition_inside_a_common_word_marks_no_object(nlp):
    """对外, 正在: 对 and 在 inside a common word are no prepositions; the persons after them are
    subjects (东洋国对外友好协会会长乙参加会见; 正在青山参加会议的甲和乙今天进行了会谈)."""
    text = "周明远会见了吴晓东。东洋国对外友好协会会长郑秋参加会见。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["东洋国对外友好协会"]})
    assert ("attendee", "郑秋") in roles(ev)
    [ev] = run(nlp, "正在青山参加会议的周明远和吴晓东今天进行了会谈。", {"PER": ["周明远", "吴晓东"], "LOC": ["青山"]})
    assert roles(ev) == {("organizer", "周明远"), ("organizer", "吴晓东")}
    # a preposition standing alone still marks its object (在青山 is where, 对吴晓东 whom)
    [ev] = run(nlp, "周明远在青山会见了吴晓东。", {"PER": ["周明远", "吴晓东"], "LOC": ["青山"]})
    assert roles(ev) == {("host", "周明远"), ("guest", "吴晓东")}


def test_a_list_parted_by_a_comma_before_the_visit_word_is_visited(nlp):
    """到甲，乙、丙进行了考察: the comma parts a list; all three are visited. A sentence opening
    with 期间 is dated by the period of the sentence before it."""
    text = "5月4日至9日，青山市总工会在东江举办工会干部培训班。期间，周明远还在东江电厂李明工作室，" \
        "东江集团创新工作室、王强工作室进行了考察。"
    ents = {"PER": ["周明远"], "ORG": ["青山市总工会", "东江电厂李明工作室", "东江集团创新工作室", "王强工作室"],
            "LOC": ["东江"]}
    visit = next(e for e in run(nlp, text, ents) if e["trigger"] == "考察")
    assert {("visited", "东江电厂李明工作室"), ("visited", "东江集团创新工作室"), ("visited", "王强工作室")} <= roles(visit)
    assert visit["date"] == "5月4日至9日"
    [visit] = run(nlp, "5月4日至9日，周明远在东江学习。期间，周明远参观了东江电厂。",
                  {"PER": ["周明远"], "ORG": ["东江电厂"], "LOC": ["东江"]})
    assert visit["date"] == "5月4日至9日"


def test_a_visit_needs_someone_named_or_a_group_sent_to_visit(nlp):
    """赴东洋可一日来回: nobody goes, no visit; 慰问团来到石桥镇: a group sent to visit (unnamed,
    so no participant) makes one."""
    assert run(nlp, "专线开通后，赴东洋国可一日来回。", {"LOC": ["东洋国"]}) == []
    [ev] = run(nlp, "新年前夕，青山市组成的慰问团来到石桥镇。", {"LOC": ["石桥镇", "青山市"]})
    assert roles(ev) == {("visited", "石桥镇")}


def test_every_lead_verb_of_the_shared_lexicon_makes_a_leader(nlp):
    """lead_verbs.txt is the one list of lead verbs (roles read it too): 带领 leads as 带队 does."""
    text = "5日，青山区总工会主席周明远带领工会干部赴石桥村调研。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山区总工会"], "LOC": ["石桥村"]})
    assert roles(ev) == {("visitor", "周明远"), ("visitor", "青山区总工会"), ("visited", "石桥村")}


@pytest.mark.parametrize("verb", ["感慨", "坦言", "谈到"])
def test_every_speech_verb_of_the_shared_lexicon_makes_a_speaker(nlp, verb):
    """speech_verbs.txt is the one list of speech verbs (NER, roles and the splitter read it too):
    a participant who 感慨 at the meeting spoke there as one who 表示."""
    text = f"3月5日，青山区总工会召开新就业形态劳动者座谈会。快递员祁雪峰在会上{verb}，驿站让大家有了落脚的地方。"
    [ev] = run(nlp, text, {"ORG": ["青山区总工会"], "PER": ["祁雪峰"]})
    assert ("speaker", "祁雪峰") in roles(ev)


def test_persons_a_condolence_visit_gives_to_or_chats_with_are_visited(nlp):
    """为快递员乙、货车司机丙送上新春红包 / 与环卫工人丁拉起家常 on a 慰问 visit: the people visited
    (GUIDELINES); the giver in a caption (图为甲（右）为骑手送上…) and one met at an inspection's stop
    are not."""
    text = ("1月20日，东江区总工会主席周明远来到青石物流园走访慰问一线职工。周明远为快递员郝雪梅、货车司机冉江送上新春红包。"
            "随后，他与正在休息的环卫工人陈德贵拉起家常。")
    [ev] = run(nlp, text, {"PER": ["周明远", "郝雪梅", "冉江", "陈德贵"], "ORG": ["东江区总工会", "青石物流园"]})
    assert {("visited", "郝雪梅"), ("visited", "冉江"), ("visited", "陈德贵")} <= roles(ev)
    text = "3月5日，东江区总工会主席周明远来到青石物流园调研。周明远与快递员郝雪梅亲切交谈。"
    [ev] = run(nlp, text, {"PER": ["周明远", "郝雪梅"], "ORG": ["东江区总工会", "青石物流园"]})
    assert ("visited", "郝雪梅") not in roles(ev)


def test_first_stop_of_a_list_missed_by_ner_is_visited(nlp):
    text = "近日，某区总工会先后到区供水中心、区养护管理处和区交通支队对一线职工进行慰问。"
    [ev] = run(nlp, text, {"ORG": ["某区总工会", "区养护管理处", "区交通支队"]})
    assert {("visited", "区供水中心"), ("visited", "区养护管理处"), ("visited", "区交通支队")} <= roles(ev)
    # a phrase that does not end like an organization is no stop
    [ev] = run(nlp, "某区总工会先后到一线岗位和区交通支队慰问职工。", {"ORG": ["某区总工会", "区交通支队"]})
    assert not any(n == "一线岗位" for _, n in roles(ev))


def test_reception_held_without_named_guests(nlp):
    text = "5日，某省总工会举行晚宴欢迎来访的客人，某省总工会党组书记甲乙丙致辞。"
    events = run(nlp, text, {"ORG": ["某省总工会"], "PER": ["甲乙丙"]})
    assert [(e["subtype"], e["trigger"]) for e in events] == [("reception", "举行")]
    assert {("host", "某省总工会"), ("speaker", "甲乙丙")} <= roles(events[0])


def test_body_of_a_numbered_term_is_one_organizer(nlp):
    text = "新华社北京5月6日电 某省总工会第九届执行委员会6日召开第二次全体会议。"
    events = run(nlp, text, {"ORG": ["某省总工会", "执行委员会"]})
    assert [roles(e) for e in events] == [{("organizer", "某省总工会第九届执行委员会")}]
    # NER leaving the body out: the term number and the body still belong to the organization
    events = run(nlp, text, {"ORG": ["某省总工会"]})
    assert [roles(e) for e in events] == [{("organizer", "某省总工会第九届执行委员会")}]


def test_hosts_meeting_apart_hold_one_reception_each(nlp):
    ents = {"PER": ["甲乙丙", "丁戊", "己庚"], "ORG": ["某国工会代表团"]}
    text = "5日，某市市长甲乙丙、市人大主任丁戊分别会见了某国工会代表团团长己庚一行。"
    events = run(nlp, text, ents)
    assert sorted(tuple(sorted(n for r, n in roles(e) if r == "host")) for e in events) == [("丁戊",), ("甲乙丙",)]
    assert all(("guest", "己庚") in roles(e) for e in events)
    [ev] = run(nlp, text.replace("分别", ""), ents)
    assert {("host", "甲乙丙"), ("host", "丁戊")} <= roles(ev)


def test_a_host_meeting_guests_apart_holds_one_reception_each(nlp):
    ents = {"PER": ["甲乙丙", "丁戊", "己庚"], "ORG": ["东洋国议会", "西洋国议会"]}
    text = "5日，委员长甲乙丙在人民大会堂分别会见了东洋国议会议长丁戊和西洋国议会议长己庚。"
    events = run(nlp, text, ents)
    assert sorted(tuple(sorted(n for r, n in roles(e) if r == "guest")) for e in events) == [("丁戊",), ("己庚",)]
    assert all(("host", "甲乙丙") in roles(e) for e in events)
    [ev] = run(nlp, text.replace("分别", ""), ents)
    assert {("guest", "丁戊"), ("guest", "己庚")} <= roles(ev)


def test_a_sentence_opening_with_during_takes_its_date_from_the_sentence_before(nlp):
    """10月11日至16日，甲在青山休养。期间，甲参观了…: the visit is on some day of that period, dated
    by the sentence before, not by a later date or the headline."""
    events = run(nlp, "10月11日至16日，周明远在青山休养。期间，周明远参观了东湖公园。",
                 {"PER": ["周明远"], "LOC": ["青山", "东湖公园"]}, headline="周明远在青山", issue_date="2026-10-20")
    [ev] = [e for e in events if e["type"] == "visit"]
    assert ev["date"].startswith("10月11日") and ("visited", "东湖公园") in roles(ev)
    # without the period, no date comes from elsewhere
    [ev] = [e for e in run(nlp, "周明远在青山休养。期间，周明远参观了东湖公园。",
                           {"PER": ["周明远"], "LOC": ["青山", "东湖公园"]}) if e["type"] == "visit"]
    assert ev["date"] is None


def test_a_venue_after_the_partner_is_where_the_talks_are_not_who(nlp):
    [ev] = run(nlp, "周明远与吴晓东在青山宫举行会晤，双方交换了意见。",
               {"PER": ["周明远", "吴晓东"], "ORG": ["青山宫"]})
    assert roles(ev) == {("host", "周明远"), ("guest", "吴晓东")} and ev["location"] == "青山宫"


def test_coming_to_a_one_character_place_says_where_a_modifying_visit_goes(nlp):
    """在人民大会堂会见了来华进行国事访问的…: 来华 is nearer the visit than 在…, and the place
    visited is 华, not the venue of the reception."""
    events = run(nlp, "国家主席周明远在人民大会堂会见了来华进行国事访问的东洋国总统吴晓东。",
                 {"PER": ["周明远", "吴晓东"], "LOC": ["人民大会堂", "东洋国"]})
    [visit] = [e for e in events if e["type"] == "visit"]
    assert roles(visit) == {("visitor", "吴晓东"), ("visited", "华")}


def test_unnamed_leaders_received_are_guests_of_a_named_host(nlp):
    events = run(nlp, "青山市市长周明远在市政府会见了全国性行业协会的领导人。", {"PER": ["周明远"]})
    [ev] = [e for e in events if e["type"] == "meeting"]
    assert roles(ev) == {("host", "周明远")} and ev["subtype"] == "reception"


def test_the_source_a_sentence_is_reported_from_takes_no_part(nlp):
    [ev] = run(nlp, "据青山日报社报道，吴晓东9日在东湖与周明远举行会谈。",
               {"ORG": ["青山日报社"], "PER": ["吴晓东", "周明远"], "LOC": ["东湖"]})
    assert roles(ev) == {("organizer", "吴晓东"), ("organizer", "周明远")}


def test_unnamed_representatives_received_are_guests_of_a_named_host(nlp):
    [ev] = run(nlp, "周明远接见了获奖运动员代表。", {"PER": ["周明远"]})
    assert ev["type"] == "meeting" and roles(ev) == {("host", "周明远")}


def test_a_place_abbreviation_that_opens_a_longer_name_is_no_place_visited(nlp):
    """来青山进行参访 with 青山 not found: 青 opens a name here, it is not the one-character 青 (Qinghai)."""
    events = run(nlp, "东湖协会参访团来青山进行参访交流。", {"ORG": ["东湖协会"]})
    assert not any(("visited", "青") in roles(e) for e in events)


@pytest.mark.parametrize("text", ["吴晓东一行受到东湖市市长周明远的热情接见。", "吴晓东受到了周明远的亲切会见。"])
def test_a_reception_stated_in_the_passive_has_the_host_after_the_mark(nlp, text):
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["东湖市"]})
    assert ev["type"] == "meeting" and roles(ev) == {("host", "周明远"), ("guest", "吴晓东")}


def test_support_received_is_no_reception(nlp):
    assert run(nlp, "吴晓东的建议得到了周明远的支持。", {"PER": ["周明远", "吴晓东"]}) == []


@pytest.mark.parametrize("text", ["东林镇总工会主席周明远带队把米面油送到困难职工手中。",
                                  "区长吴晓东为社区保洁员送去了棉衣。"])
def test_a_person_carrying_goods_to_people_visits_them(nlp, text):
    """The guideline's 送到: someone goes, though nobody visited is named."""
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["东林镇总工会"]})
    assert ev["type"] == "visit" and ("visitor", "周明远" if "周明远" in text else "吴晓东") in roles(ev)
    assert ev["subtype"] == "condolence"   # gifts brought


@pytest.mark.parametrize("text", ["大年初一清晨，区总工会副主席周明远来到环卫作业点，慰问坚守岗位的环卫工人。",
                                  "春节前夕，周明远来到困难职工家中看望慰问。"])
def test_a_person_going_somewhere_unnamed_to_condole_visits(nlp, text):
    """The guideline's 慰问 is a visit where someone goes (来到), the place named or not."""
    [ev] = run(nlp, text, {"PER": ["周明远"]})
    assert (ev["type"], ev["subtype"]) == ("visit", "condolence") and roles(ev) == {("visitor", "周明远")}


def test_a_body_whose_leaders_go_somewhere_unnamed_to_condole_visits(nlp):
    [ev] = run(nlp, "春节前夕，青山区总工会领导深入一线慰问坚守岗位的职工。", {"ORG": ["青山区总工会"]})
    assert (ev["type"], ev["subtype"]) == ("visit", "condolence") and roles(ev) == {("visitor", "青山区总工会")}


def test_a_body_condoling_where_it_is_visits_nobody(nlp):
    # 为…送去新春温暖: carried, by no named person (the guideline: no visit)
    assert run(nlp, "1月22日，青山街道工会联合会为辖区快递员送去新春温暖。", {"ORG": ["青山街道工会联合会"]}) == []


def test_a_carrying_visit_takes_the_kind_another_visit_word_gives(nlp):
    events = run(nlp, "周明远视察东林镇，并将学习资料送到一线职工手中。",
                 {"PER": ["周明远"], "LOC": ["东林镇"]})
    assert [e["subtype"] for e in events if e["type"] == "visit"] == ["inspection"]


@pytest.mark.parametrize("text", ["东林镇服务业协会通过贴心活动，把关爱送到快递员身边。",
                                  "随后，一碗碗饺子陆续送到了一线快递员手中。"])
def test_care_sent_by_a_body_or_goods_arriving_is_no_visit(nlp, text):
    assert run(nlp, text, {"ORG": ["东林镇服务业协会"]}) == []


def test_an_unnamed_official_received_makes_a_reception_with_its_named_host(nlp):
    [ev] = run(nlp, "东洋国首相田中一郎会见了来访的南岛国外长。", {"PER": ["田中一郎"], "LOC": ["东洋国"]})
    assert ev["subtype"] == "reception" and roles(ev) == {("host", "田中一郎")}


def test_a_meeting_word_inside_a_name_or_before_a_body_ending_states_no_meeting(nlp):
    assert run(nlp, "周明远将参加东南两国定期会晤委员会会议。",
               {"PER": ["周明远"], "ORG": ["东南两国定期会晤委员会"]}) == []
    assert run(nlp, "周明远将参加东南两国定期会晤委员会会议。", {"PER": ["周明远"]}) == []


def test_a_stop_written_again_in_short_is_no_second_stop():
    """抵达江苏南京 … 在苏期间: 苏 is 江苏 (place_abbreviations.txt), a stop named already."""
    from pipeline.events.extractor import _without_repeated_stops
    from pipeline.events.triggers import load_lexicon
    from pipeline.paths import PROJECT_ROOT
    lex = load_lexicon(PROJECT_ROOT / "data/lexicons/events.yaml")
    parts = [{"name": n, "role": r, "label": lab} for n, r, lab in
             [("东洋代表团", "visitor", "ORG"), ("江苏南京", "visited", "LOC"), ("苏", "visited", "LOC"),
              ("青禾湖", "visited", "LOC")]]
    assert [p["name"] for p in _without_repeated_stops(parts, lex)] == ["东洋代表团", "江苏南京", "青禾湖"]
    alone = [{"name": "苏", "role": "visited", "label": "LOC"}, {"name": "青禾湖", "role": "visited", "label": "LOC"}]
    assert _without_repeated_stops(alone, lex) == alone   # no 江苏 named
    # 赴粤 … 广东某公司: a company whose name opens with the place is no stop of the place named again
    firm = [{"name": "粤", "role": "visited", "label": "LOC"},
            {"name": "广东青禾重工有限公司", "role": "visited", "label": "ORG"}]
    assert _without_repeated_stops(firm, lex) == firm
    # 赴港 … 香港青禾科技园: nor does a facility there (its name is no chain of places)
    park = [{"name": "港", "role": "visited", "label": "LOC"}, {"name": "香港青禾科技园", "role": "visited", "label": "LOC"}]
    assert _without_repeated_stops(park, lex) == park


def test_an_elided_body_listed_after_one_written_with_its_place_is_that_places(nlp):
    """The guideline's 丰台区人大常委会副主任、区总工会主席 -> 丰台区总工会, for participants."""
    text = "周明远到青山区调研。青山区人社局、区司法局、区法院负责同志参加。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "LOC": ["青山区"], "ORG": ["青山区人社局", "区司法局", "区法院"]})
    assert {n for r, n in roles(ev) if r == "attendee"} == {"青山区人社局", "青山区司法局", "青山区法院"}
    text = "周明远到青山区调研。东林公司、区法院负责同志参加。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "LOC": ["青山区"], "ORG": ["东林公司", "区法院"]})
    assert {n for r, n in roles(ev) if r == "attendee"} == {"东林公司", "区法院"}


@pytest.mark.parametrize("venue", ["总统府", "总理府", "首相官邸", "东湖宫"])
def test_a_residence_or_palace_after_zai_is_where_a_meeting_is(nlp, venue):
    [ev] = run(nlp, f"东洋国总统罗德里格斯在{venue}会见了周明远。", {"PER": ["罗德里格斯", "周明远"], "LOC": ["东洋国"]})
    assert ev["location"] == venue and roles(ev) == {("host", "罗德里格斯"), ("guest", "周明远")}


def test_an_activity_named_before_a_visit_statement_gives_it_name_date_and_body(nlp):
    text = "近日，东林镇总工会开展“冬日送暖”慰问活动。主席周明远带队把米面油送到困难职工手中。"
    [ev] = run(nlp, text, {"ORG": ["东林镇总工会"], "PER": ["周明远"]})
    assert (ev["type"], ev["date"], ev["name"]) == ("visit", "近日", "“冬日送暖”慰问活动")
    assert roles(ev) == {("visitor", "东林镇总工会"), ("visitor", "周明远")}


def test_an_activity_named_alone_is_no_visit(nlp):
    assert run(nlp, "近日，东林镇总工会开展慰问活动，为职工发放慰问品。", {"ORG": ["东林镇总工会"]}) == []


@pytest.mark.parametrize("text, visited", [
    ("东林镇总工会主席周明远到青禾公司、东湖社区开展“冬日送暖”慰问活动。", {"青禾公司", "东湖社区"}),
    ("东林镇总工会主席周明远来东湖社区开展送温暖活动。", {"东湖社区"}),
])
def test_an_activity_carried_to_a_named_place_visits_it(nlp, text, visited):
    [ev] = run(nlp, text, {"ORG": ["东林镇总工会", "青禾公司"], "LOC": ["东湖社区"], "PER": ["周明远"]})
    assert (ev["type"], ev["subtype"]) == ("visit", "condolence")
    assert {n for r, n in roles(ev) if r == "visited"} == visited and ("visitor", "周明远") in roles(ev)


def test_an_activity_carried_out_where_the_body_is_visits_nobody(nlp):
    # 在: no going stated (the guideline's 慰问 is a visit only when someone goes somewhere)
    ents = {"ORG": ["东林镇总工会"], "LOC": ["东湖社区"]}
    assert run(nlp, "东林镇总工会在东湖社区开展“冬日送暖”慰问活动。", ents) == []


def test_a_body_whose_requirements_are_carried_out_takes_no_part(nlp):
    text = "为深入贯彻会议精神，全面落实东林区总工会部署要求，青禾街道总工会开展“冬日送暖”慰问活动。主席周明远带队把米面油送到困难职工手中。"
    [ev] = run(nlp, text, {"ORG": ["东林区总工会", "青禾街道总工会"], "PER": ["周明远"]})
    assert roles(ev) == {("visitor", "青禾街道总工会"), ("visitor", "周明远")}


def test_a_speech_set_in_a_show_belongs_to_no_meeting(nlp):
    text = "东林区领导周明远、吴晓东与劳模座谈。随后的慰问演出中，区委副书记吴晓东代表区领导致辞。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"]})
    assert ("speaker", "吴晓东") not in roles(ev) and ("attendee", "吴晓东") in roles(ev)


def test_those_taking_part_in_a_reception_stated_with_a_visit_in_passing_attend_the_reception(nlp):
    """乙，以及随甲来访的丙、丁等参加了今天的会见: the attendee cue names the reception, so they
    attend it, not the visit the sentence mentions in passing; the one accompanied (随甲来访的)
    visits, not the sentence's subject, and so do those travelling with him (丙, 丁); a guest
    attending his own reception stays its guest."""
    text = ("青山市长周明远今天会见了东洋国部长吴晓东。青山副市长郑秋，以及随吴晓东来访的东洋国副部长"
            "安田晋一、山本一郎等参加了今天的会见。会见后，吴晓东前往江南市。")
    evs = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋", "安田晋一", "山本一郎"],
                          "LOC": ["青山", "东洋国", "江南市"]})
    [meeting] = [e for e in evs if e["type"] == "meeting"]
    [visit] = [e for e in evs if e["type"] == "visit"]
    assert roles(meeting) == {("host", "周明远"), ("guest", "吴晓东"), ("attendee", "郑秋"),
                              ("attendee", "安田晋一"), ("attendee", "山本一郎")}
    assert roles(visit) == {("visitor", "吴晓东"), ("visitor", "安田晋一"), ("visitor", "山本一郎"),
                            ("visited", "江南市")}


@pytest.mark.parametrize("text, visitors, visited", [
    # the person the visit is regarded as (对乙…访问表示欢迎) visits, not the one welcoming
    ("周明远对东洋国总统吴晓东再次来华访问表示热烈欢迎。", {"吴晓东"}, {"华"}),
    # ... or wished well (祝乙这次访华取得成功), in an article about his visit
    ("周明远今天会见了来访的东洋国总统吴晓东。周明远祝吴晓东这次访华取得成功。今天下午，吴晓东赴江南省参观访问。",
     {"吴晓东"}, {"江南省"}),
    # a place after 对 and 进行 before the visit word is visited; the subject visits
    ("周明远对东洋国进行国事访问。", {"周明远"}, {"东洋国"}),
    ("周明远于二月三日起对东洋国、西洋国两国进行正式友好访问。", {"周明远"}, {"东洋国", "西洋国"}),
    # the one announcing it before a colon does not visit
    ("发言人吴晓东宣布：周明远正在对东洋国进行国事访问。", {"周明远"}, {"东洋国"}),   # (将对…: still to come)
])
def test_the_one_a_visit_is_regarded_as_visits(nlp, text, visitors, visited):
    evs = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["东洋国", "西洋国", "江南省", "华"]})
    assert {p["name"] for e in evs for p in e["participants"] if p["role"] == "visitor"} == visitors
    assert {p["name"] for e in evs for p in e["participants"] if p["role"] == "visited"} == visited


def test_a_visit_of_other_persons_is_another_visit(nlp):
    """A trip with several stops is one visit; a visit of persons none of whom visits in the one
    before is another (甲来到乙家中…。十七日，丙走访慰问了某村): a short form of a visitor's
    name (山本, 山本一郎) is the same person."""
    text = ("十日，周明远来到青山镇看望困难职工。十七日，吴晓东走访慰问了江南县白石村的贫困户。"
            "东洋国总统山本一郎抵达青山市。山本还参观了青山博物馆。")
    evs = run(nlp, text, {"PER": ["周明远", "吴晓东", "山本一郎", "山本"],
                          "LOC": ["青山镇", "江南县", "白石村", "东洋国", "青山市", "青山博物馆"]})
    visits = [roles(e) for e in evs if e["type"] == "visit"]
    assert visits == [{("visitor", "周明远"), ("visited", "青山镇")},
                      {("visitor", "吴晓东"), ("visited", "白石村")},
                      {("visitor", "山本一郎"), ("visited", "青山市"), ("visited", "青山博物馆")}]   # 山本: the same


def test_a_side_of_talks_speaking_after_them_stays_a_side(nlp):
    """甲同乙举行会谈。乙表示…: the sides of talks organize them; what one says afterwards makes
    him no speaker (a speaker gives a speech at a meeting)."""
    [ev] = run(nlp, "周明远同吴晓东举行了会谈。吴晓东表示，会谈是在坦诚的气氛中进行的。",
               {"PER": ["周明远", "吴晓东"]})
    assert roles(ev) == {("organizer", "周明远"), ("organizer", "吴晓东")}


def test_the_one_reporting_a_visit_does_not_visit(nlp):
    """吴晓东说郑秋期待今年访华: the words reported after a reporting verb (reporting_verbs) that
    name someone hold the visit's subject; the one reporting them is no visitor of it, and the
    visit of someone else is no stop of his own trip."""
    text = "周明远今天会见了来访的西洋国部长吴晓东。吴晓东说郑秋期待今年访华。会见后，吴晓东前往江南市。"
    evs = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "LOC": ["西洋国", "华", "江南市"]})
    visits = [roles(e) for e in evs if e["type"] == "visit"]
    assert {("visitor", "吴晓东"), ("visited", "江南市")} in visits
    assert not any(("visitor", "吴晓东") in v and ("visitor", "郑秋") in v for v in visits)


def test_the_one_given_to_and_a_pronoun_subject_do_not_make_visitors(nlp):
    """甲询问了乙…，递给乙…。随后，他又来到丙: 他 opening the visit's clause is the person the sentence
    opens with; the one something is handed to (递给乙: object_marks_in_words) is no subject."""
    text = "周明远来到吴晓东家。周明远询问了吴晓东一家的生活，又递给吴晓东200元钱，随后，他又来到羊圈旁看了看。"
    evs = run(nlp, text, {"PER": ["周明远", "吴晓东"]})
    [visit] = [e for e in evs if e["type"] == "visit"]
    assert ("visitor", "吴晓东") not in roles(visit) and ("visitor", "周明远") in roles(visit)


def test_a_speech_word_inside_a_meeting_name_makes_no_speaker(nlp):
    """青山区总工会举办劳模宣讲报告会: 宣讲 right before a meeting noun is part of the meeting's
    name, so the body holding it organizes it and gives no speech; 主持座谈会 still makes a chair."""
    [ev] = run(nlp, "3日，青山区总工会在区职工之家举办劳模工匠宣讲报告会。",
               {"ORG": ["青山区总工会"]})
    assert ev["subtype"] == "report_meeting" and ev["name"] == "劳模工匠宣讲报告会"
    assert roles(ev) == {("organizer", "青山区总工会")}
    assert ev["location"] == "区职工之家"
    [ev] = run(nlp, "3日，青山区总工会召开座谈会，周明远主持座谈会。", {"ORG": ["青山区总工会"], "PER": ["周明远"]})
    assert ("chair", "周明远") in roles(ev)


def test_talks_named_as_work_talks_are_one_meeting(nlp):
    """举行工作会谈: the noun 工作会 runs into the verb 会谈, so it holds no meeting of its own."""
    evs = run(nlp, "10月26日，江南省总工会与东洋国劳动组合总联合会在青山市举行工作会谈。",
              {"ORG": ["江南省总工会", "东洋国劳动组合总联合会"], "LOC": ["青山市"]})
    assert [(e["subtype"], roles(e)) for e in evs] == [
        ("talks", {("organizer", "江南省总工会"), ("organizer", "东洋国劳动组合总联合会")})]


def test_a_delegation_named_before_is_the_guest_of_a_meeting_with_the_delegation(nlp):
    """会见了代表团一行 / 与代表团交流座谈: the group word alone is the delegation the article named
    before (the latest body ending with it), received by the subject: its guest, the subject the
    host. A group with its own modifiers (青山国经济考察团 unnamed by NER) is not resolved so."""
    ents = {"ORG": ["东洋国劳动组合总联合会代表团", "江南省总工会"], "PER": ["周明远"], "LOC": ["杭州"]}
    evs = run(nlp, "东洋国劳动组合总联合会代表团一行访问江南省总工会，周明远会见了代表团一行。", ents)
    [meeting] = [e for e in evs if e["type"] == "meeting"]
    assert roles(meeting) == {("host", "周明远"), ("guest", "东洋国劳动组合总联合会代表团")}
    evs = run(nlp, "东洋国劳动组合总联合会代表团一行访问江南省总工会。周明远在杭州热情欢迎代表团一行，并与代表团交流座谈。", ents)
    [meeting] = [e for e in evs if e["type"] == "meeting"]
    assert roles(meeting) == {("host", "周明远"), ("guest", "东洋国劳动组合总联合会代表团")}
    evs = run(nlp, "东洋国劳动组合总联合会代表团一行访问江南省总工会。周明远会见了青山国经济考察团。", ents)
    [meeting] = [e for e in evs if e["type"] == "meeting"]
    assert roles(meeting) == {("host", "周明远")}


def test_the_one_whose_report_is_heard_speaks(nlp):
    """会议听取了甲所作的工作报告: the agent written right before 所作的报告 gives the report,
    although he stands in the object of 听取 (no subject there)."""
    text = "江南省总工会全委会11月28日在青山召开。会议听取并审议了常务副主席周明远所作的工作报告。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "LOC": ["青山"]})
    assert ("speaker", "周明远") in roles(ev)
    # any kind of report (events.yaml agent_report): 所作的工会工作报告, 所作的财务工作报告
    text = "某集团职代会在青山召开。会议听取了工会主席周明远所作的工会工作报告和吴晓东所作的财务工作报告。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["青山"]})
    assert {("speaker", "周明远"), ("speaker", "吴晓东")} <= roles(ev)


def test_a_report_titled_before_its_kind_names_its_maker_and_one_approved_names_none(nlp):
    """所作的题为《…》的…工作报告: the title stands between 所作的 and the report; 审议通过了某委员会
    工作报告: a report approved (speech_objects_before), its 作报告 no cue (工作 is one word)."""
    text = "某区工会代表大会在青山召开。会议听取并审议了周明远所作的题为《团结职工 建功立业》的区工会第一次代表大会工作报告。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "LOC": ["青山"]})
    assert ("speaker", "周明远") in roles(ev)
    text = "某区工会代表大会在青山召开。会议审议通过了东湖区总工会经费审查委员会工作报告。"
    [ev] = run(nlp, text, {"ORG": ["东湖区总工会经费审查委员会"], "LOC": ["青山"]})
    assert not any(role == "speaker" for role, _ in roles(ev))


def test_a_cue_word_inside_a_name_is_no_cue(nlp):
    """市政协办公厅、研究室有关负责同志参加: the 协办 inside 市政协办公厅 is no organizer's cue; the
    bodies attend."""
    text = "周明远在东湖区召开座谈会。市政协办公厅有关负责同志参加。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["市政协办公厅"], "LOC": ["东湖区"]})
    assert ("attendee", "市政协办公厅") in roles(ev) and ("organizer", "市政协办公厅") not in roles(ev)


def test_a_term_number_without_di_opens_no_organizer(nlp):
    """某区总工会召开十届三次全委（扩大）会议: the term's number ends the organizer's part of the name
    (十届三次全委 is no body)."""
    [ev] = run(nlp, "1月12日，东湖区总工会召开十届三次全委（扩大）会议。", {"ORG": ["东湖区总工会"]})
    assert roles(ev) == {("organizer", "东湖区总工会")}


def test_a_one_character_place_before_a_meeting_verb_is_where(nlp):
    """在京会见: a one-character place (an abbreviation) before a meeting verb is the venue, as
    before a meeting noun's predicate (在京隆重召开)."""
    [ev] = run(nlp, "12日，周明远在京会见了东洋国代表团。", {"PER": ["周明远"], "LOC": ["京"], "ORG": ["东洋国代表团"]})
    assert ev["location"] == "京" and roles(ev) == {("host", "周明远"), ("guest", "东洋国代表团")}


def test_a_place_is_never_the_guest_of_a_reception(nlp):
    """会见了中国球迷: a place opening an unnamed group is the group's, so the reception has an
    unnamed guest (its host named); with no host named either there is no reception to report."""
    [ev] = run(nlp, "周明远在青山会见了东洋国球迷。", {"PER": ["周明远"], "LOC": ["青山", "东洋国"]})
    assert roles(ev) == {("host", "周明远")} and ev["location"] == "青山"
    assert run(nlp, "篮球明星在青山会见了东洋国球迷。", {"LOC": ["青山", "东洋国"]}) == []


def test_the_one_framed_by_zai_during_a_stay_visits(nlp):
    """在甲访问某国期间，乙会见了甲: the one right after the 在 of a clause closing with 期间 did
    what the frame says (visits), not the sentence's subject after it."""
    evs = run(nlp, "在周明远访问东洋国期间，东洋国总统山本一郎会见了周明远。",
              {"PER": ["周明远", "山本一郎"], "LOC": ["东洋国"]})
    visit = next(e for e in evs if e["type"] == "visit")
    assert roles(visit) == {("visitor", "周明远"), ("visited", "东洋国")}


def test_a_visit_word_inside_a_name_states_no_visit(nlp):
    """江南省总工会调研组来某市调研: 调研 inside the group's name states nothing, so the group is the
    visit's subject (on PD a place named 某某游览区 made the person before it a visitor)."""
    [ev] = run(nlp, "江南省总工会调研组一行来青山市调研。", {"ORG": ["江南省总工会调研组"], "LOC": ["青山市"]})
    assert roles(ev) == {("visitor", "江南省总工会调研组"), ("visited", "青山市")}


def test_a_place_gone_to_in_the_clause_before_the_visit_word_is_visited(nlp):
    """甲一行到某区，慰问…: a clause ending with a place after 到 (gone_to_marks), then a clause
    opening with the visit word; not a place framed otherwise (在某地的领导下，深入学习…)."""
    [ev] = run(nlp, "周明远一行到白石区，慰问奋战在一线的建设者。", {"PER": ["周明远"], "LOC": ["白石区"]})
    assert roles(ev) == {("visitor", "周明远"), ("visited", "白石区")}
    evs = run(nlp, "青山区在市委市政府的领导下，深入学习贯彻会议精神。", {"LOC": ["青山区"], "ORG": ["市委", "市政府"]})
    assert evs == []


def test_a_visit_stated_in_a_time_clause_is_a_visit(nlp):
    """甲在某所考察时强调…: the visit word before 时 states the visit the sentence frames."""
    [ev] = run(nlp, "国务委员周明远今天在青山研究所考察时强调，要重视基础研究。",
               {"PER": ["周明远"], "ORG": ["青山研究所"]})
    assert roles(ev) == {("visitor", "周明远"), ("visited", "青山研究所")}


def test_the_chairs_verb_between_the_venue_and_the_predicate_keeps_the_venue(nlp):
    """甲在某会议室主持召开座谈会: 主持 between the place and 召开 leaves the place the venue."""
    [ev] = run(nlp, "4月28日，区委书记周明远在区委会议室主持召开座谈会。", {"PER": ["周明远"], "ORG": ["区委"]})
    assert ev["location"] == "区委会议室" and ("chair", "周明远") in roles(ev)


def test_a_dateline_on_the_next_line_makes_no_credit_of_this_one(nlp):
    # 新华社…电 opens the next line: the names of this line are no credit (participants.in_credit)
    text = ("国家主席吴晓东今天在人民大会堂会见了东洋国总统郑秋。陈光远、刘华秋等参加了会见。\n"
            "新华社北京1月16日电 另一条消息。")
    events = run(nlp, text, {"PER": ["吴晓东", "郑秋", "陈光远", "刘华秋"], "LOC": ["东洋国"]})
    assert len(events) == 1
    assert {("host", "吴晓东"), ("guest", "郑秋"), ("attendee", "陈光远"), ("attendee", "刘华秋")} <= roles(events[0])


def test_a_visit_to_learn_from_another_body_is_an_official_visit(nlp):
    text = "日前，西江区总工会主席周明远一行到东江区总工会学习交流。东江区总工会主席吴晓东陪同。"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["西江区总工会", "东江区总工会"]})
    assert (ev["type"], ev["subtype"], ev["date"]) == ("visit", "official_visit", "日前")
    assert {("visitor", "周明远"), ("visited", "东江区总工会")} <= roles(ev)


def test_a_group_received_with_long_modifiers_is_a_reception(nlp):
    # up to 20 characters before the group word (2025年首都劳动奖章获得者|代表)
    text = "4月28日，东江区委书记周明远会见了2025年首都劳动奖章获得者代表。"
    [ev] = run(nlp, text, {"PER": ["周明远"]})
    assert (ev["subtype"], ev["date"]) == ("reception", "4月28日") and ("host", "周明远") in roles(ev)


@pytest.mark.parametrize("text, visited", [
    # 正在X进行访问的|东洋国外长|乙: the place is visited, not a part of 乙's titles
    ("正在青山国进行访问的东洋国外长吴晓东今天在白石说，和平进程陷入僵局。", {"青山国"}),
    # … not where a meeting's word has the place (在某堂会见了来访的…): where they met (a guard)
    ("周明远今天在青山堂会见了来访的东洋国外长吴晓东。", set()),
])
def test_a_place_visited_before_the_visitor_s_own_titles(nlp, text, visited):
    events = run(nlp, text, {"PER": ["周明远", "吴晓东"], "LOC": ["青山国", "东洋国", "白石", "青山堂"]})
    visits = [ev for ev in events if ev["type"] == "visit"]
    assert {n for ev in visits for r, n in roles(ev) if r == "visited"} == visited


@pytest.mark.parametrize("text, speakers", [
    # an article stating a meeting only: a person opening a later sentence with words of speech
    # speaks there, framed or not
    ("11月20日，青山区劳动竞赛推进会在施工现场召开。东江路桥公司项目经理周明远介绍了开展劳动竞赛的做法。",
     {"周明远"}),
    # … not one who wrote to it (在贺信中说), nor after a reception (its two sides speak as such)
    ("青山区劳动竞赛推进会今天召开。区长周明远向会议发来贺信。周明远在贺信中说，要再接再厉。", set()),
    ("青山区劳动竞赛推进会今天召开。区长周明远致信会议。周明远说，要再接再厉。", set()),   # his letter's words
    ("青山区劳动竞赛推进会今天召开，吴晓东传达了周明远的要求。周明远指出，要再接再厉。", set()),   # relayed
    ("区长吴晓东今天会见了东洋国客人郑秋。周明远介绍了青山的情况。", set()),
    # … nor a listener after a report meeting (职工甲说，听完宣讲…)
    ("青山区劳模宣讲报告会今天举行。该公司职工周明远说，听完宣讲，心里更有底了。", set()),
    # … nor with a visit in the article (he may brief its visitors)
    ("区长吴晓东今天来到东江公司调研，并召开座谈会。周明远介绍了公司的情况。", set()),
])
def test_a_new_person_speaking_after_a_meeting_stated_alone_speaks_there(nlp, text, speakers):
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["东江公司"], "LOC": ["东洋国"]})
    assert {n for ev in events for r, n in roles(ev) if r == "speaker"} == speakers


@pytest.mark.parametrize("text, organizer", [
    # a body right before its session's ordinal holds its own session, written nowhere else
    ("3月14日，东江青禾机械有限公司七届三次职工代表大会在公司会议中心召开。", "东江青禾机械有限公司"),
    ("1月16日，东江区总工会第十二届委员会第五次全体会议在区委党校召开。", "东江区总工会"),
])
def test_a_body_before_its_session_s_ordinal_organizes_it(nlp, text, organizer):
    [ev] = run(nlp, text, {"ORG": [organizer]})
    assert ("organizer", organizer) in roles(ev)


@pytest.mark.parametrize("word", ["专项审查", "督导", "督查"])
def test_going_to_a_body_to_audit_or_supervise_is_an_inspection(nlp, word):
    text = f"近日，市总工会副主席周明远带领工作组，到东江街道总工会开展工会经费{word}。"
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["市总工会", "东江街道总工会"]})
    [ev] = [e for e in events if e["type"] == "visit"]
    assert ev["subtype"] == "inspection" and {("visitor", "周明远"), ("visited", "东江街道总工会")} <= roles(ev)


def test_a_delegation_coming_to_visit_a_body_makes_an_official_visit(nlp):
    # 到访 (as 来访): an official visit, whatever is toured after it (参观 an inspection word)
    text = "11月12日上午，东洋国职工总会助理秘书长周明远率代表团到访东江市总工会。当天下午，代表团还参观了东江职工技能实训基地。"
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["东洋国职工总会", "东江市总工会"]})
    [ev] = [e for e in events if e["type"] == "visit"]
    assert ev["subtype"] == "official_visit" and ("visited", "东江市总工会") in roles(ev)


@pytest.mark.parametrize("text, name", [
    ("连日来在白石举行的全国青山工作会议上，如何深化改革成为热点。", "全国青山工作会议"),
    ("记者从今天在白石召开的全国东江工作会议上获悉，工作成绩显著。", "全国东江工作会议"),
    ("周明远19日在这里举行的东江执委会会议上说，要加强合作。", "东江执委会会议"),
])
def test_a_frame_at_a_meeting_held_opening_inside_the_clause_states_it(nlp, text, name):
    # 在…举行的X会议上 after a date word, a source or a date (not only at the clause's start)
    events = run(nlp, text, {"PER": ["周明远"], "LOC": ["白石"]})
    assert [e["name"] for e in events if e["type"] == "meeting"] == [name]


@pytest.mark.parametrize("text", ["现在举行的全国青山工作会议上的讲话精神要落实。", "他们正在举行的全国青山工作会议上的发言被刊登。"])
def test_a_word_holding_zai_opens_no_frame(nlp, text):
    # 现在, 正在 (common words) are no 在 of a frame: the meeting stays referred to
    assert not [e for e in run(nlp, text, {}) if e["type"] == "meeting"]


@pytest.mark.parametrize("text, expected", [
    # 甲说，某法院当天举行会议: the one reporting holds nothing; the body in his words does
    ("周明远16日对记者说，东洋国宪法法院当天下午举行全体成员会议。", {("organizer", "东洋国宪法法院")}),
    # … and speaks at none (his titles before him, 说 right after his name)
    ("东洋国宪法法院院长周明远说，东洋国宪法法院当天下午举行全体成员会议。", {("organizer", "东洋国宪法法院")}),
    # 发言人甲宣布，乙同丙在会谈中…: the one reporting meets nobody
    ("发言人周明远20日宣布，吴晓东同郑秋在第一轮会谈中已达成协议。", {("organizer", "吴晓东"), ("organizer", "郑秋")}),
])
def test_the_one_reporting_a_meeting_takes_no_part_in_it(nlp, text, expected):
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["东洋国宪法法院"]})
    assert {p for e in events if e["type"] == "meeting" for p in roles(e)} == expected


def test_one_speaking_at_a_meeting_stated_after_his_name_speaks(nlp):
    # 甲在今天召开的X会议上说: his words placed at the meeting the sentence states after him
    [ev] = run(nlp, "东江市建设局局长周明远在今天召开的全市建设工作会议上说，住房市场开始回升。", {"PER": ["周明远"]})
    assert ("speaker", "周明远") in roles(ev)


@pytest.mark.parametrize("later, attends", [
    ("吴晓东早年先后参加了著名的南昌起义。", False),          # what he took part in is no event
    ("吴晓东参加了投票。", False),
    ("吴晓东、郑秋参加。", True),                           # no object: the meeting stated
    ("吴晓东参加了此次活动。", True),                        # an event word (attendee_objects)
    ("吴晓东参加了座谈。", True),                           # a meeting verb
])
def test_an_attendee_cue_with_an_object_takes_part_only_in_an_event(nlp, later, attends):
    text = f"周明远今天在青山区召开座谈会。{later}"
    [ev] = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "LOC": ["青山区"]})
    assert (("attendee", "吴晓东") in roles(ev)) == attends


def test_a_headline_dates_its_event_where_the_body_dates_it_nowhere(nlp):
    # 某工会3月12日召开座谈会 (headline) over a body with no date: the headline's date
    [ev] = run(nlp, "青山区总工会召开新就业形态劳动者座谈会，区总工会主席吴晓东主持。",
               {"PER": ["吴晓东"], "ORG": ["青山区总工会"]}, headline="青山区总工会3月12日召开新就业形态劳动者座谈会")
    assert ev["date"] == "3月12日"
    # … a guard: a date in the body wins over the headline's
    [ev] = run(nlp, "3月11日，青山区总工会召开新就业形态劳动者座谈会。",
               {"ORG": ["青山区总工会"]}, headline="青山区总工会3月12日召开新就业形态劳动者座谈会")
    assert ev["date"] == "3月11日"


def test_an_unnamed_group_received_is_the_party_of_the_trip_stated_before(nlp):
    # 乙一行来京考察交流。甲会见考察团一行: the guests are those on the trip
    text = "10月17日，东江区总工会主席郑秋一行来京考察交流。青山区总工会主席吴晓东会见考察团一行。"
    events = run(nlp, text, {"PER": ["郑秋", "吴晓东"], "ORG": ["东江区总工会", "青山区总工会"], "LOC": ["京"]})
    [rec] = [e for e in events if e["subtype"] == "reception"]
    assert {("guest", "郑秋"), ("host", "吴晓东")} <= roles(rec)
    # … a guard: not where the host is on that trip himself (甲在某国访问期间会见了代表团)
    text = "吴晓东一行10月17日抵达东洋国访问。访问期间，吴晓东会见了代表团一行。"
    events = run(nlp, text, {"PER": ["吴晓东"], "LOC": ["东洋国"]})
    assert not any(r == "guest" for e in events if e["subtype"] == "reception" for r, _ in roles(e))


@pytest.mark.parametrize("text, held", [
    ("青山区总工会与区人社局签订协议，约定每半年召开一次联席会议。", False),   # a habit agreed
    ("东江公司建立了恳谈机制，每季度召开一次恳谈会。", False),
    ("每年召开一次的东江公司职代会今天开幕。", True),   # a guard: held by 开幕, the habit only describes it
])
def test_a_habit_of_meeting_is_no_meeting_held(nlp, text, held):
    events = run(nlp, text, {"ORG": ["青山区总工会", "区人社局", "东江公司"]})
    assert bool([e for e in events if e["type"] == "meeting"]) == held


@pytest.mark.parametrize("text, held", [
    ("近期，各地工会陆续召开代表大会，选举产生新一届委员会。", False),   # many places, no one meeting
    ("答：一是召开委员会会议，研究换届事项；二是召开会员大会，选举委员会。", False),   # steps of a list
    ("近日，青山区总工会召开代表大会，选举产生新一届委员会。", True),     # a guard: one held
])
def test_meetings_of_many_places_or_steps_of_a_list_are_no_meeting_held(nlp, text, held):
    events = run(nlp, text, {"ORG": ["青山区总工会"]})
    assert bool([e for e in events if e["type"] == "meeting"]) == held


def test_observing_a_place_to_learn_is_a_visit(nlp):
    # 观摩: a group goes to see how a place works (events.yaml visit.transitive, inspection)
    [ev] = run(nlp, "会前，周明远一行观摩了东江市工人文化宫和青山户外劳动者驿站。",
               {"PER": ["周明远"], "LOC": ["东江市工人文化宫", "青山户外劳动者驿站"]})
    assert ev["subtype"] == "inspection"
    assert roles(ev) == {("visitor", "周明远"), ("visited", "东江市工人文化宫"), ("visited", "青山户外劳动者驿站")}


def test_a_body_visiting_attends_no_visit_it_makes(nlp):
    # 全总 (attending, by its short form) and 中华全国总工会 (visiting with its leader): one body, a visitor
    text = "5日，中华全国总工会副主席周明远来到石桥村慰问。全总、东江市总工会有关负责人参加慰问。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["中华全国总工会", "全总", "东江市总工会"], "LOC": ["石桥村"]})
    assert ("visitor", "中华全国总工会") in roles(ev) and ("attendee", "中华全国总工会") not in roles(ev)
    assert ("attendee", "东江市总工会") in roles(ev)


def test_a_visitors_title_is_read_near_him_in_an_article_of_many_visits(nlp):
    """title_orgs reads only the phrases and mentions near the person (a sorted index built once
    per Doc): the same answer as reading them all, at each of many visits."""
    one = "5日，青山区总工会主席周明远来到石桥村看望环卫工人。"
    text = one * 40
    ents = {"PER": ["周明远"], "ORG": ["青山区总工会"], "LOC": ["石桥村"]}
    events = run(nlp, text, ents)
    assert events and all(("visitor", "青山区总工会") in roles(ev) for ev in events)


def test_those_seated_on_the_platform_attend_the_meeting(nlp):
    # 在主席台就座 (events.yaml roles.attendee, seated_cues): those named attend the meeting stated
    text = "3月5日，青山市第十六届人民代表大会第三次会议在市人民会堂开幕。周明远，吴晓东在主席台就座。"
    ev, = run(nlp, text, {"PER": ["周明远", "吴晓东"]})
    assert ev["subtype"] == "congress" and roles(ev) == {("attendee", "周明远"), ("attendee", "吴晓东")}


def test_a_return_visit_to_a_company_is_a_visit(nlp):
    # 回访 (a deputy going back to the works that elected him): an official visit of its object
    text = "2月26日，全国人大代表周明远回访青山冷轧板材有限公司，听取职工意见建议。"
    ev, = run(nlp, text, {"PER": ["周明远"], "ORG": ["全国人大", "青山冷轧板材有限公司"]})
    assert (ev["type"], ev["subtype"], ev["trigger"]) == ("visit", "official_visit", "回访")
    assert roles(ev) == {("visitor", "周明远"), ("visited", "青山冷轧板材有限公司")}


def test_a_person_after_a_groups_word_and_daibiao_represents_it(nlp):
    # 骑手代表甲: the riders' representative speaks; 甲代表乙致辞: 乙 is acted for, not there;
    # 受丙委托: 丙 neither
    text = "6月5日，青山区总工会召开平台企业座谈会。座谈中，骑手代表吴晓东、郑秋分别就配送时限发言。周明远代表钱多多致辞。"
    ev, = run(nlp, text, {"PER": ["吴晓东", "郑秋", "周明远", "钱多多"], "ORG": ["青山区总工会"]})
    assert roles(ev) == {("organizer", "青山区总工会"), ("speaker", "吴晓东"), ("speaker", "郑秋"), ("speaker", "周明远")}
    text = "萨尔是受钱多多总统委派来亚洲访问的。"
    ev, = run(nlp, text, {"PER": ["萨尔", "钱多多"], "LOC": ["亚洲"]})
    assert roles(ev) == {("visitor", "萨尔"), ("visited", "亚洲")}


def test_an_organization_visiting_in_reported_words_is_the_visitor_not_the_reporter(nlp):
    # 甲…表示，某核查组…访问某国期间…: the one reporting is no visitor
    text = "东洋国外长周明远在磋商结束后向记者发表讲话表示，青山机构核查组去年12月访问南海国期间取得了进展。"
    ev, = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山机构核查组"], "LOC": ["东洋国", "南海国"]})
    assert roles(ev) == {("visitor", "青山机构核查组"), ("visited", "南海国")}


def test_a_person_briefing_the_visitors_at_a_stop_hosts_them(nlp):
    # 在X，企业负责人乙介绍…: a later sentence opening by saying where, his titles, then a briefing
    text = ("7月18日，周明远一行走访慰问了青山环卫所、鼎华物流公司。区总工会还将继续开展慰问活动。"
            "在鼎华物流公司，企业负责人吴晓东介绍了防暑降温措施。")
    ev, = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["青山环卫所", "鼎华物流公司"]})
    assert ("host", "吴晓东") in roles(ev) and ("visitor", "周明远") in roles(ev)


def test_at_talks_with_a_visiting_side_the_visitor_is_the_guest(nlp):
    # 乙…来青山访问。甲同乙举行会谈: the side visiting is the guest, the other hosts (the talks of two
    # sides where nobody visits keep two organizers)
    text = "应周明远邀请，东洋国总统山本一郎于5日至8日来青山访问。6日，周明远在人民会堂同山本一郎举行会谈。"
    talks = next(e for e in run(nlp, text, {"PER": ["周明远", "山本一郎"], "LOC": ["东洋国", "青山", "人民会堂"]})
                 if e["subtype"] == "talks")
    assert roles(talks) == {("host", "周明远"), ("guest", "山本一郎")}
    talks, = run(nlp, "6日，周明远在人民会堂同山本一郎举行会谈。", {"PER": ["周明远", "山本一郎"], "LOC": ["人民会堂"]})
    assert roles(talks) == {("organizer", "周明远"), ("organizer", "山本一郎")}


def test_a_lead_verb_closing_its_sentence_names_a_visitor(nlp):
    # 考察团由甲带队。: the leader of the visit stated before goes too
    text = "9月16日，青山市总工会考察团来京交流学习。考察团由市总工会副主席周明远带队。"
    ev, = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山市总工会考察团", "市总工会"]})
    assert ("visitor", "周明远") in roles(ev)


def test_a_lead_verb_closing_a_clause_before_those_coming_along_names_a_visitor(nlp):
    # 甲带队，乙陪同。: the leader of the visit stated before goes; 甲带队，到某镇送图书: a trip of its own
    text = ("6月17日，青山市人大常委会组织代表对职工服务阵地进行专题视察。市人大常委会副主任周明远带队，"
            "市总工会副主席吴晓东陪同。代表们先后来到东江职工服务驿站和青禾机械有限公司。")
    ev, = run(nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["青山市人大常委会", "市人大常委会", "市总工会", "青禾机械有限公司"],
                          "LOC": ["东江职工服务驿站"]})
    assert {("visitor", "周明远"), ("attendee", "吴晓东")} <= roles(ev)
    text = "东湖图书馆将图书送到青山县图书馆。12月27日，市委副书记周明远等带队，到白石镇送图书。"
    evs = run(nlp, text, {"PER": ["周明远"], "ORG": ["东湖图书馆", "青山县图书馆"], "LOC": ["白石镇"]})
    assert not any(("visitor", "周明远") in roles(ev) and ("visited", "青山县图书馆") in roles(ev) for ev in evs)


def test_those_whose_report_is_heard_speak_and_those_joining_the_visit_attend_it(nlp):
    # 听取了甲和乙的情况汇报: 甲, 乙 speak at the meeting; 丙参加调研: 丙 attends the visit, not the
    # meeting stated since
    text = ("3月5日，周明远到白石峪村调研帮扶工作。在随后召开的帮扶工作座谈会上，周明远听取了镇党委书记吴晓东和"
            "村党支部书记钱多多的情况汇报。市总工会副主席郑秋参加调研。")
    visit, meeting = run(nlp, text, {"PER": ["周明远", "吴晓东", "钱多多", "郑秋"], "LOC": ["白石峪村"]})
    assert ("attendee", "郑秋") in roles(visit) and ("attendee", "郑秋") not in roles(meeting)
    assert {("speaker", "吴晓东"), ("speaker", "钱多多")} <= roles(meeting)


def test_a_report_heard_names_its_speaker_before_the_topic(nlp):
    # 听取了甲关于…的汇报: 甲 speaks; 听取了某委员会各组召集人关于…的汇报: nobody named speaks
    text = "今天，青山市总工会座谈会在京举行。会议听取了吴晓东关于职工服务的汇报。周明远主持会议。"
    ev, = run(nlp, text, {"PER": ["吴晓东", "周明远"], "ORG": ["青山市总工会"]})
    assert ("speaker", "吴晓东") in roles(ev)
    text = "今天，青山市总工会座谈会在京举行。会议听取了青山市总工会常委会各组召集人关于讨论情况的汇报。周明远主持会议。"
    ev, = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山市总工会"]})
    assert not any(r == "speaker" for r, _ in roles(ev))


def test_a_country_abbreviated_after_a_verb_of_coming_is_the_place_visited(nlp):
    # 赴美访问: 美 is one of place_abbreviations.txt's, the one list events read too
    ev, = run(nlp, "10日，周明远赴美访问。", {"PER": ["周明远"]})
    assert roles(ev) == {("visitor", "周明远"), ("visited", "美")}


def test_a_delegation_led_on_a_visit_visits_with_its_leader(nlp):
    """甲率某省代表团赴某地考察 (visit.led_along_verbs, events.yaml delegation_groups): the delegation
    he leads is a visitor too, as the gold writes it."""
    ev, = run(nlp, "7月7日，东江省委书记吴明远率东江省党政代表团赴青山考察。",
              {"PER": ["吴明远"], "ORG": ["东江省委", "东江省党政代表团"], "LOC": ["青山"]})
    assert {("visitor", "吴明远"), ("visitor", "东江省党政代表团"), ("visited", "青山")} <= roles(ev)


def test_a_symposium_with_a_visiting_delegation_is_hosted_by_the_side_met(nlp):
    """甲率代表团来访，并与乙座谈 (a subject holding one of delegation_groups): the one met hosts, the
    delegation and its leader are guests (the guideline: the side receiving a visit hosts it); the
    same where the two sides speak in later sentences."""
    ents = {"PER": ["吴明远", "郑秋"], "ORG": ["东江省代表团"], "LOC": ["青山", "青山市"]}
    text = "6月5日，东江省省长吴明远率东江省代表团来青山考察，并与青山市市长郑秋座谈。"
    events = run(nlp, text, ents)
    meeting, = [e for e in events if e["type"] == "meeting"]
    assert roles(meeting) == {("guest", "吴明远"), ("guest", "东江省代表团"), ("host", "郑秋")}
    events = run(nlp, text + "郑秋说，两地合作基础深厚。吴明远表示，将深化合作。", ents)
    meeting, = [e for e in events if e["type"] == "meeting"]
    assert roles(meeting) == {("guest", "吴明远"), ("guest", "东江省代表团"), ("host", "郑秋")}


def test_a_visitor_without_a_delegation_and_the_one_met_speak_at_their_symposium(nlp):
    """甲带队拜访某区政府，与乙进行了座谈交流。甲在座谈中说… (the devset's gold): no delegation is the
    subject, the two sides speak."""
    events = run(nlp, "4月6日，青山市市长吴明远带队拜访了东江区政府，与东江区区长郑秋进行了座谈交流。"
                 "吴明远在座谈中说，两地合作空间广阔。郑秋说，愿与青山加强互动。",
                 {"PER": ["吴明远", "郑秋"], "ORG": ["东江区政府"], "LOC": ["青山市", "东江区", "青山"]})
    meeting, = [e for e in events if e["type"] == "meeting"]
    assert {("speaker", "吴明远"), ("speaker", "郑秋")} <= roles(meeting)
    assert not {r for r, _ in roles(meeting)} & {"host", "guest"}


def test_a_leader_inspecting_keeps_his_own_symposium(nlp):
    """甲到某公司调研，并召开座谈会，乙发言: no delegation visits, the sides stay organizer and speaker."""
    events = run(nlp, "5月8日，东江市总工会主席吴明远到青山电子有限公司调研，并召开座谈会。公司总经理郑秋发言。",
                 {"PER": ["吴明远", "郑秋"], "ORG": ["东江市总工会", "青山电子有限公司"]})
    meeting, = [e for e in events if e["type"] == "meeting"]
    assert not {r for r, _ in roles(meeting)} & {"host", "guest"}


def test_a_visited_place_after_this_companys_is_visited(nlp):
    # 来到该公司下关营业厅、…: 该公司 says whose the place is (events.yaml owned_marks)
    text = "杨正国一行先后来到该公司下关营业厅、古城装维服务站和网络运维大楼，实地查看职工之家建设情况。"
    events = run(nlp, text, {"PER": ["杨正国"], "LOC": ["下关营业厅", "古城装维服务站", "网络运维大楼"]})
    visited = {name for ev in events for role, name in roles(ev) if role == "visited"}
    assert {"下关营业厅", "古城装维服务站", "网络运维大楼"} <= visited


@pytest.mark.parametrize("owner", ["该医院", "该学校", "本厂"])
def test_a_visited_place_after_any_anaphoric_body_is_visited(nlp, owner):
    # 来到该医院急诊楼: the shared lexicon's anaphors before a bare head (elision.yaml) say whose it is
    text = f"杨正国一行先后来到{owner}急诊综合楼和后勤保障大楼，实地查看职工之家建设情况。"
    events = run(nlp, text, {"PER": ["杨正国"], "LOC": ["急诊综合楼", "后勤保障大楼"]})
    visited = {name for ev in events for role, name in roles(ev) if role == "visited"}
    assert {"急诊综合楼", "后勤保障大楼"} <= visited


def test_a_union_receiving_a_visiting_delegation_hosts_its_visit(roles_nlp):
    # 某省总工会副主席甲会见考察团: the union whose leader receives the visitors hosts their trip;
    # a government receiving them does not (the devset's visits name no host so)
    text = ("10月15日至17日，甘肃省总工会副主席何永康率考察团来苏考察交流。"
            "江苏省总工会党组书记、常务副主席钱家栋在南京会见考察团一行。")
    events = run(roles_nlp, text, {"PER": ["何永康", "钱家栋"], "ORG": ["甘肃省总工会", "江苏省总工会"],
                             "LOC": ["苏", "南京"]})
    visit, = [e for e in events if e["type"] == "visit"]
    assert ("host", "江苏省总工会") in roles(visit)
    text = ("10月15日至17日，甘肃省总工会副主席何永康率考察团来苏考察交流。"
            "江苏省副省长钱家栋在南京会见考察团一行。")
    events = run(roles_nlp, text, {"PER": ["何永康", "钱家栋"], "ORG": ["甘肃省总工会"], "LOC": ["苏", "南京", "江苏省"]})
    visit, = [e for e in events if e["type"] == "visit"]
    assert not {name for role, name in roles(visit) if role == "host"} & {"江苏省", "江苏省人民政府"}


def test_a_host_read_as_a_visitor_gives_the_visit_no_host_of_his_side(roles_nlp):
    # 某市总工会主席甲会见了来访的代表团，并陪同代表团参观…: where the visit reads 甲 among its
    # visitors, his union is not made its host as well (one role each)
    text = "9月3日，珠海市总工会主席黄伟会见了来访的澳门工会联合总会代表团，并陪同代表团参观了格力电器股份有限公司。"
    events = run(roles_nlp, text, {"PER": ["黄伟"], "ORG": ["珠海市总工会", "澳门工会联合总会代表团", "格力电器股份有限公司"]})
    visit, = [e for e in events if e["type"] == "visit"]
    names = [p["name"] for p in visit["participants"]]
    assert len(names) == len(set(names))


def test_delegations_coming_to_visit_are_the_visitors(roles_nlp):
    # 前来访问 is one visit word: 乙前来访问丙 visits 丙; 甲会见了前来访问的乙 makes 乙 the visitor, not 甲
    events = run(roles_nlp, "近日，上海市总工会代表团前来访问重庆市总工会。",
                 {"ORG": ["上海市总工会代表团", "重庆市总工会"]})
    visit, = [e for e in events if e["type"] == "visit"]
    assert {("visitor", "上海市总工会代表团"), ("visited", "重庆市总工会")} <= roles(visit)
    text = "5月8日，青岛市总工会主席王立新会见了前来访问的韩国劳动组合总联盟代表团。代表团一行还参观了青岛港。"
    events = run(roles_nlp, text, {"PER": ["王立新"], "ORG": ["青岛市总工会", "韩国劳动组合总联盟代表团", "青岛港"]})
    visit, = [e for e in events if e["type"] == "visit"]
    visitors = {name for role, name in roles(visit) if role == "visitor"}
    assert visitors == {"韩国劳动组合总联盟代表团"}


def test_a_village_party_branchs_secretary_accompanying_receives_the_visitors(roles_nlp):
    # 石桥村党总支书记乙陪同: the village's party body governs the village visited: its leader hosts
    text = "日前，宁陵县农业农村局党组书记、局长孙建华到石桥村调研。石桥村党总支书记胡海峰陪同。"
    events = run(roles_nlp, text, {"PER": ["孙建华", "胡海峰"], "ORG": ["宁陵县农业农村局", "石桥村党总支"],
                                   "LOC": ["石桥村"]})
    visit, = [e for e in events if e["type"] == "visit"]
    assert ("host", "胡海峰") in roles(visit)


def test_a_union_named_in_full_hosts_rather_than_a_headlines_short_form(roles_nlp):
    article = {"article_id": "t#1", "headline": "市总工会会见越南工会代表团",
               "text": "近日，越南劳动总联合会代表团来到昆明访问。云南省总工会副主席李明会见了代表团一行。"}
    doc = make_article_doc(roles_nlp, article)
    doc = with_entities(roles_nlp, doc, {"PER": ["李明"], "ORG": ["越南劳动总联合会代表团", "云南省总工会", "市总工会"],
                                         "LOC": ["昆明"]})
    visit, = [e for e in doc._.events if e["type"] == "visit"]
    assert {name for role, name in roles(visit) if role == "host"} == {"云南省总工会"}


@pytest.mark.parametrize("text, subtype", [
    ("青山市政协召开专题协商会，围绕养老服务建言献策。", "conference"),   # a consultation held
    ("检查组在青山召开汇报会，听取市政府的汇报。", "report_meeting"),   # a report heard
    ("青山区总工会召开集体协商会，双方代表签订合同。", "conference"),    # … a collective contract's too
])
def test_consultations_and_report_hearings_are_meetings(nlp, text, subtype):
    [ev] = run(nlp, text, {"ORG": ["青山市政协", "青山区总工会"]})
    assert (ev["type"], ev["subtype"]) == ("meeting", subtype)


def test_a_place_gone_to_before_a_visit_word_with_an_object_is_visited_too(nlp):
    # 到兰州新区调研甘肃工匠学院: the place gone to and the word's object are both stops
    text = "6月5日，省总工会主席甲乙丙到兰州新区调研甘肃工匠学院建设运行情况。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["省总工会", "甘肃工匠学院"], "LOC": ["兰州新区"]})
    visited = {name for ev in events for role, name in roles(ev) if role == "visited"}
    assert visited == {"兰州新区", "甘肃工匠学院"}
    # no mark of going before it: the subject's place is no stop (兰州新区党工委 is who visits)
    text = "6月5日，兰州新区党工委书记甲乙丙调研甘肃工匠学院建设运行情况。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["兰州新区党工委", "甘肃工匠学院"]})
    visited = {name for ev in events for role, name in roles(ev) if role == "visited"}
    assert visited == {"甘肃工匠学院"}


def test_trainees_going_to_a_company_visit_it_and_its_place_only_locates_it(nlp):
    # 学员们赴某镇的某公司开展现场教学 (unnamed_visitors: 学员): a visit of the company alone; the
    # place before 的 says where it is (as 南湖镇|白石村 written together)
    text = "11月6日，学员们赴青山区白石镇的青山汽车零部件有限公司开展现场教学。"
    events = run(nlp, text, {"LOC": ["青山区", "白石镇"], "ORG": ["青山汽车零部件有限公司"]})
    assert [roles(e) for e in events if e["type"] == "visit"] == [{("visited", "青山汽车零部件有限公司")}]


def test_what_is_looked_at_is_visited_unless_a_body_named_before_is_the_stop(nlp):
    # 察看了甲镇和乙镇的…项目: the places looked at are the stops
    text = "会前，甲乙丙一行实地察看了白石镇和青山镇的土地整治项目。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "LOC": ["白石镇", "青山镇"]})
    assert [roles(e) for e in events] == [{("visitor", "甲乙丙"), ("visited", "白石镇"), ("visited", "青山镇")}]
    # in a place (在青山县，): what is looked at there is a stop all the same
    text = "在青山县，甲乙丙察看了白石湿地保护修复情况。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "LOC": ["青山县", "白石湿地"]})
    assert ("visited", "白石湿地") in roles(events[0])
    # in a body named as the stop (在某医院，; 走访某公司，): the rooms looked at are parts of it
    text = "在青山市中心医院，甲乙丙察看了急诊急救中心，与医护人员交流。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["青山市中心医院", "急诊急救中心"]})
    assert ("visited", "急诊急救中心") not in {x for e in events for x in roles(e)}
    text = "甲乙丙走访青山航空有限公司，察看培训中心。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["青山航空有限公司", "培训中心"]})
    assert [roles(e) for e in events] == [{("visitor", "甲乙丙"), ("visited", "青山航空有限公司")}]


def test_going_deep_after_a_light_verb_says_how_and_names_no_visit(nlp):
    # 双方进行了深入交流: 深入 after 进行 (list_verbs) is "in depth", no going into anything
    text = ("9月3日，白石市总工会代表团赴青山市考察。4日下午，青山市总工会副主席甲乙丙主持座谈，"
            "双方就职工服务进行了深入交流。")
    events = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["白石市总工会代表团", "青山市总工会"], "LOC": ["青山市"]})
    visitors = {name for e in events if e["type"] == "visit" for role, name in roles(e) if role == "visitor"}
    assert visitors == {"白石市总工会代表团"}


def test_one_raising_a_problem_at_a_meeting_speaks_at_it(nlp):
    # 反映 (speech_after_name): 座谈会上，外卖骑手甲反映… speaks at the symposium
    text = "5月6日，青山区总工会召开座谈会。座谈会上，外卖骑手甲乙丙反映，老旧小区楼栋号标识不清。"
    events = run(nlp, text, {"PER": ["甲乙丙"], "ORG": ["青山区总工会"]})
    assert ("speaker", "甲乙丙") in roles(events[0])


def test_bodies_gone_to_are_no_later_verbs_subject(nlp):
    # 来到某园区、甲公司和乙公司，察看…: the first item not read, the bodies gone to are still no
    # visitors of 察看
    text = ("4月12日，周明远到白石县调研。周明远一行先后来到白石化工园区、青山化工股份有限公司和东江新材料有限公司，"
            "察看企业生产装置。")
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山化工股份有限公司", "东江新材料有限公司"], "LOC": ["白石县"]})
    visitors = {name for e in events for role, name in roles(e) if role == "visitor"}
    assert visitors == {"周明远"}


@pytest.mark.parametrize("who, speaks", [("吴晓东", True), ("郑秋", False)])
def test_a_person_speaking_right_after_the_sentence_of_a_meeting_speaks_there(nlp, who, speaks):
    """…召开座谈会，听取汇报。某总工会主席乙介绍，…: the sentence right after the one stating the
    meeting (no visit stated there) opens with a person's titles and words: he speaks at it, unless
    he takes part in a visit of the article (郑秋, visited: the visit's, not the meeting's)."""
    text = ("周明远一行赴青山县调研，看望了护林员郑秋。周明远一行还在青山县总工会召开座谈会，听取工作汇报。"
            f"青山县总工会主席{who}介绍，全县已建成职工书屋46家。")
    events = run(nlp, text, {"PER": ["周明远", "吴晓东", "郑秋"], "ORG": ["青山县总工会"], "LOC": ["青山县"]})
    [meeting] = [e for e in events if e["type"] == "meeting"]
    assert (("speaker", who) in roles(meeting)) == speaks


@pytest.mark.parametrize("text, held", [
    # a light verb (开展, 进行) before a meeting's noun that closes its object holds the meeting
    ("近日，青山区总工会与企业管理层开展劳动关系协商沟通会，推动权益保障。", True),
    # not where the noun only qualifies the object (职代会|规范化建设工作)
    ("青山区在全市率先开展职代会规范化建设工作。", False),
])
def test_a_light_verb_before_a_meeting_closing_its_object_holds_it(nlp, text, held):
    events = run(nlp, text, {"ORG": ["青山区总工会"], "LOC": ["青山区"]})
    assert any(e["type"] == "meeting" for e in events) == held


def test_a_body_visited_in_the_visitors_jurisdiction_is_visited(nlp):
    # 走进辖区某公司: 辖区 says whose the body is (events.yaml owned_marks), no object of its own
    text = "近日，青山区总工会主席周明远带队，走进辖区东江科技有限公司、青山区妇幼保健院等单位，实地查看女职工关爱室。"
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山区总工会", "东江科技有限公司", "青山区妇幼保健院"]})
    [visit] = [e for e in events if e["type"] == "visit"]
    assert {("visited", "东江科技有限公司"), ("visited", "青山区妇幼保健院")} <= roles(visit)


def test_a_worker_checking_at_his_own_work_makes_no_visit(roles_nlp):
    # 线路工甲正在对钢轨进行探伤检查: a job done, no inspection visit; the group's stops after it
    # go to the visit stated before
    text = ("2月9日，江南省总工会副主席周明远一行来到青山市，看望慰问铁路一线职工。"
            "慰问组首先来到青山工务段。线路工吴晓东正在对钢轨进行探伤检查。"
            "随后，慰问组来到青山站，看望坚守春运一线的职工。")
    events = run(roles_nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["江南省总工会", "青山工务段"], "LOC": ["青山市", "青山站"]})
    visits = [e for e in events if e["type"] == "visit"]
    assert len(visits) == 1 and ("visitor", "吴晓东") not in roles(visits[0])
    assert ("visited", "青山站") in roles(visits[0])


def test_the_clause_after_the_chair_is_said_at_the_meeting(roles_nlp):
    # 甲主持会议，乙介绍了…: events.yaml speech_frame, a clause stating who chairs it
    text = "3月5日，东江市总工会召开座谈会。东江市总工会副主席周明远主持会议，市总工会主席吴晓东介绍了口岸工会工作情况。"
    [meeting] = run(roles_nlp, text, {"PER": ["周明远", "吴晓东"], "ORG": ["东江市总工会", "市总工会"]})
    assert ("chair", "周明远") in roles(meeting) and ("speaker", "吴晓东") in roles(meeting)


@pytest.mark.parametrize("text, subtype", [
    # the sentence first stating the visit gives its kind; a worker looked in on later is an errand
    ("4月7日，周明远在青山市调研产业工人队伍建设。在青山重工车间，周明远看望了电焊工吴秋菊。", "inspection"),
    # a delegation's trip with no kind written first is an official one, whatever it does there
    ("周明远率青山市总工会代表团赴港交流。访港期间，代表团看望了建筑工人代表。", "official_visit"),
    # no kind written first: the later sentences give it
    ("周明远来到青山重工。在车间，周明远看望慰问了电焊工吴秋菊。", "condolence"),
])
def test_the_sentence_first_stating_a_visit_gives_its_kind(nlp, text, subtype):
    ents = {"PER": ["周明远", "吴秋菊"], "ORG": ["青山重工", "青山市总工会代表团"], "LOC": ["青山市", "港"]}
    visits = [ev for ev in run(nlp, text, ents) if ev["type"] == "visit"]
    assert [ev["subtype"] for ev in visits] == [subtype]


@pytest.mark.parametrize("group", ["考察团", "考察组"])
def test_a_delegation_the_headline_names_visits_for_its_body(nlp, group):
    # 甲率考察团赴苏 under 青山市总工会考察团赴苏…: the delegation visits, not its body alone
    text = f"9月10日，青山市总工会主席周明远率{group}赴苏，先后来到南湖骑手驿站和东江物流园。"
    ents = {"PER": ["周明远"], "ORG": ["青山市总工会", f"青山市总工会{group}"],
            "LOC": ["苏", "南湖骑手驿站", "东江物流园"]}
    [ev] = run(nlp, text, ents, headline=f"青山市总工会{group}赴苏学习")
    assert ("visitor", f"青山市总工会{group}") in roles(ev) and ("visitor", "青山市总工会") not in roles(ev)
    assert ev["subtype"] == "official_visit"


def test_a_facility_named_before_and_gone_into_by_its_head_is_visited(nlp):
    # 在宋韵物流园启动…。一行走进|物流园|内的…: the place named before, by its head alone
    text = ("7月10日，青山市总工会在东江区宋韵物流园启动夏送清凉活动。"
            "市总工会主席周明远一行走进物流园内的分拣中心，为快递分拣员送上防暑物品。")
    ents = {"PER": ["周明远"], "ORG": ["青山市总工会", "市总工会"], "LOC": ["东江区", "宋韵物流园"]}
    [ev] = run(nlp, text, ents)
    assert ev["type"] == "visit" and ("visited", "宋韵物流园") in roles(ev)
    # not the topic a verb of inspection studies (调研|煤矿安全生产 after 某煤矿)
    text = "周明远来到青山煤矿，随后在东江区调研煤矿安全生产。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["青山煤矿"], "LOC": ["东江区"]})
    assert [p["name"] for p in ev["participants"]].count("青山煤矿") == 1


def test_speakers_after_a_speakers_semicolons_speak_too(nlp):
    # 甲反映…；乙建议…；丙则希望…: the clauses after a speaker's semicolons go on in his frame,
    # an adverb (则, 当场) before the words of speech or not
    text = ("6月18日下午，青山市总工会召开新就业形态劳动者恳谈会。恳谈会上，骑手们畅所欲言。"
            "骑手周明远反映，部分小区不允许电动车进入；骑手吴秋菊建议增设充电点位；站长郑东则希望工会协调托管。"
            "平台负责人钱立当场表示，将优化规则。")
    ents = {"PER": ["周明远", "吴秋菊", "郑东", "钱立"], "ORG": ["青山市总工会"]}
    [ev] = run(nlp, text, ents)
    assert {n for r, n in roles(ev) if r == "speaker"} == {"周明远", "吴秋菊", "郑东", "钱立"}


def test_speakers_after_semicolons_speak_on_a_page_of_half_width_marks_and_after_a_cue(nlp):
    # 甲介绍了…;乙谈到…;丙通报了…: half-width semicolons part the speakers as full-width ones do;
    # 甲汇报了…；乙介绍…: one read a speaker by his cue (汇报) goes on to those after his semicolons
    text = ("18日下午,周明远在青山主持召开座谈会。东江市总工会主席吴秋菊介绍了技能培训的做法;"
            "白石区总工会副主席郑东谈到,托育服务不足;市人社局就业促进处处长钱立通报了转移就业情况。")
    ents = {"PER": ["周明远", "吴秋菊", "郑东", "钱立"], "ORG": ["东江市总工会", "白石区总工会", "市人社局"],
            "LOC": ["青山"]}
    [ev] = run(nlp, text, ents)
    assert {n for r, n in roles(ev) if r == "speaker"} == {"吴秋菊", "郑东", "钱立"}
    text = ("8日上午，周明远在青山主持召开座谈会。东江市总工会主席吴秋菊汇报了全市工会工作；"
            "白石钾肥有限公司工会主席郑东介绍了企业技能提升计划；环卫工人钱立说，服务站建起来了。")
    ents = {"PER": ["周明远", "吴秋菊", "郑东", "钱立"], "ORG": ["东江市总工会", "白石钾肥有限公司工会"],
            "LOC": ["青山"]}
    [ev] = run(nlp, text, ents)
    assert {n for r, n in roles(ev) if r == "speaker"} == {"吴秋菊", "郑东", "钱立"}


def test_one_who_answers_on_the_spot_or_speaks_frankly_at_a_meeting_speaks(nlp):
    # 甲现场回应了… (an adverb before the words, as 当场), 乙在会上直言 (speech_verbs.txt)
    text = ("5月8日，东江区总工会召开座谈会。市人社局副局长周明远现场回应了社保参保问题。"
            "“我们希望平台规则再透明一些。”外卖骑手吴秋菊在会上直言。")
    [ev] = run(nlp, text, {"PER": ["周明远", "吴秋菊"], "ORG": ["东江区总工会", "市人社局"]})
    assert {n for r, n in roles(ev) if r == "speaker"} == {"周明远", "吴秋菊"}


def test_bodies_that_made_an_exchange_at_a_meeting_speak(nlp):
    # 甲、乙分别作了交流 (a speaker's cue as 作交流)
    text = "5月8日，东江区总工会召开工作会议。会上，白石县总工会和东江市总工会分别作了交流。"
    [ev] = run(nlp, text, {"ORG": ["东江区总工会", "白石县总工会", "东江市总工会"]})
    assert {n for r, n in roles(ev) if r == "speaker"} == {"白石县总工会", "东江市总工会"}


@pytest.mark.parametrize("heard, speakers", [
    # 听取甲、乙工作汇报: the bodies right before the work's report make it
    ("听取东江市总工会、白石县总工会工作汇报", {"东江市总工会", "白石县总工会"}),
    # nobody named right before it: the chair does not report (听取各单位工会工作汇报)
    ("听取各二级单位工会工作汇报", set()),
    # a report on a body's work's situation names what was reported on (听取…工作情况汇报)
    ("听取东江市经济发展情况和白石县总工会工作情况汇报", set()),
])
def test_those_named_right_before_a_work_report_heard_speak(nlp, heard, speakers):
    text = f"3月12日，周明远主持召开座谈会，{heard}。"
    [ev] = run(nlp, text, {"PER": ["周明远"], "ORG": ["东江市总工会", "白石县总工会"], "LOC": ["东江市"]})
    assert {n for r, n in roles(ev) if r == "speaker"} == speakers
    assert ("chair", "周明远") in roles(ev)


def test_a_meeting_taken_to_a_place_is_held_there_and_no_visit(nlp):
    # 劳模工匠宣讲会走进某科技园: held there (events.yaml meeting.taken_to), nobody visits
    events = run(nlp, "6月11日下午，青山科技园的报告厅座无虚席。", {"LOC": ["青山科技园"]},
                 headline="劳模工匠宣讲会走进青山科技园")
    assert [(ev["type"], ev["subtype"], ev["trigger"]) for ev in events] == [("meeting", "report_meeting", "走进")]
    # a facility's head running into a word of its own names no facility gone into (走进|科技园|区)
    text = "6月11日，青山科技园举行宣讲会。周明远表示，市总工会将组织劳模走进科技园区、走进企业班组。"
    events = run(nlp, text, {"PER": ["周明远"], "ORG": ["市总工会"], "LOC": ["青山科技园"]})
    assert not any(ev["type"] == "visit" for ev in events)


def test_a_meeting_the_headline_alone_states_takes_the_bodys_roles(nlp):
    # 宣讲会走进某科技园 (the headline); 宣讲会上，甲、乙先后作报告: its speakers; 丙出席: attends
    text = ("6月11日下午，青山科技园的报告厅座无虚席。市总工会副主席吴秋菊出席。"
            "宣讲会上，周明远和郑东先后作报告。")
    ents = {"PER": ["吴秋菊", "周明远", "郑东"], "ORG": ["市总工会"], "LOC": ["青山科技园"]}
    [ev] = run(nlp, text, ents, headline="劳模工匠宣讲会走进青山科技园")
    assert {("speaker", "周明远"), ("speaker", "郑东"), ("attendee", "吴秋菊")} <= roles(ev)
