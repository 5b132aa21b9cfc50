"""Visit mentions: someone goes to (赴/来到/走进), or visits (慰问/看望/视察) named places, bodies or people."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from .mentions import EventMention
from .participants import (Mention, actors, group_referent, group_word_at, heads_after_frame, in_region,
                           inside_a_name, opens_with_titles, reported_start, role_spans, subjects, title_orgs,
                           written_outside_names)
from ..article_doc import doc_text
from ..text.chars import HAN, HAN_CHAR, all_han
from ..text.scan import find_all
from .sentences import CLAUSE_END, SENT_END, Sentence, clause_at, clauses
from .triggers import EventLexicon

# Visit words used as nouns or modifiers (慰问品, 调研组, 慰问期间): not a visit statement.
_NOT_VERB = re.compile(r"^(?:品|金(?!融)|组(?!织)|员|团|期间|活动|成果|报告)")


def _listed_kind(text: str, lex: EventLexicon) -> str | None:
    """The first listed visit kind (events.yaml visit.subtypes) one of whose words ``text`` holds."""
    return next((kind for kind, words in lex.visit_subtypes if any(w in text for w in words)), None)


def subtype_of(text: str, lex: EventLexicon) -> str:
    return _listed_kind(text, lex) or lex.default_visit_subtype


def visit_kind(sentences: list[str], lex: EventLexicon) -> str:
    """The kind of a visit from the sentences stating it: the first alone where it writes a kind
    or names a delegation (调研…。看望…: an inspection; 率代表团赴港…。看望…: an official visit),
    else all. The first listed kind whose word is written, unless each sentence that states it
    (not in a gift) writes it as an errand after a trip's word (检查…，慰问…: an inspection,
    ``errand_of``); a visit whose sentences name a delegation, with no kind written or of
    inspections only a study tour (率代表团赴某省考察), is an official one; with no kind written,
    gifts brought (为环卫工人送去西瓜) or a service delivered (开展…活动, 为…办理) give it."""
    lead = sentences[:1]
    if lead and (_listed_kind(lead[0], lex) is not None or any(g in lead[0] for g in lex.delegation_groups)):
        sentences = lead
    text = " ".join(sentences)
    words_of = dict(lex.visit_subtypes)
    kind = _listed_kind(text, lex)
    errand = lex.errand_of
    if errand and kind == errand.get("errand"):
        stating = [sent for sent in sentences if _first_use(sent, words_of[kind], _GIFTS) is not None]
        if stating and all(_an_errand(sent, words_of[kind], errand.get("after", ())) for sent in stating):
            kind = errand["kind"]
    if lex.delegation_subtype and any(g in text for g in lex.delegation_groups) and (kind is None or (
            kind == lex.default_visit_subtype
            and all(w in lex.delegation_tours for w in words_of[kind] if w in text))):
        return lex.delegation_subtype
    if kind is None and lex.carried_subtype and any(w in text for w in (*lex.carried, *lex.handed_over)):
        return lex.carried_subtype
    if kind is None and lex.service_subtype and lex.service_re.search(text):
        return lex.service_subtype
    return kind or lex.default_visit_subtype


def _an_errand(sentence: str, words: Iterable[str], trip_words: Iterable[str]) -> bool:
    """检查…，慰问…: the sentence writes ``words`` (other than in a gift: 慰问金, 慰问品; a
    送温暖活动 names the visit's own kind) after a word of the trip as a verb (not 调研组)."""
    trip, own = _first_use(sentence, trip_words), _first_use(sentence, words, _GIFTS)
    return trip is not None and own is not None and trip < own


_GIFTS = re.compile(r"^(?:品|金(?!融))")   # 慰问品, 慰问金: gifts, no visit word


def _first_use(text: str, words: Iterable[str], nouns: re.Pattern[str] = _NOT_VERB) -> int | None:
    """Where the first of ``words`` is written other than in a noun of ``nouns`` (调研组, 慰问金), else None."""
    found = [k for w in words for k in find_all(text, w) if not nouns.match(text[k + len(w):k + len(w) + 2])]
    return min(found) if found else None


def _without_locators(objs: list[Mention], text: str) -> list[Mention]:
    """南湖镇|白石村, 某集团|某管理中心|某工作室: a place or body written right before another
    visited entity locates it (its seat, its parent) and is not itself visited (not
    abbreviations side by side: 赴台港澳); so does a place before 的 and a place or body
    (赴顺德区北滘镇的|某电器股份有限公司: where the company is)."""
    starts = {o.start for o in objs}
    sites = {o.start for o in objs if o.label != "PER"}
    return [o for o in objs if not (o.label in ("LOC", "ORG") and o.end - o.start > 1 and o.end in starts)
            and not (o.label == "LOC" and text.startswith("的", o.end) and o.end + 1 in sites)]


def _objects(doc: Doc, ents: list[Mention], start: int, end: int, lex: EventLexicon,
             persons: bool = False, going: bool = False) -> list[Mention]:
    """Entities right after a visit verb: the first within max_gap, then the rest of the clause.
    ``persons``: the verb visits persons (person_objects), whom a description may precede;
    ``going``: a verb of going (motion), whose object may be a facility named back by its head."""
    objs = actors(doc, ents, start, end, lex)
    text = doc_text(doc)
    if going and (not objs or objs[0].start > start + _BARE_HEAD_CHARS):
        # 在某物流园启动…。甲一行走进|物流园|内的…: the facility named before, by its head alone
        if (named := _named_before_by_head(text, ents, start, lex)) is not None:
            return [named]
    if not objs:
        return []
    gap = text[start:objs[0].start]
    if lex.locating_marks and gap.endswith(lex.locating_marks):
        # 来到位于青山镇白石村的茶叶博览园: the places locate what is visited
        of = text.find("的", objs[0].start, end)
        located = [o for o in objs if of != -1 and o.start > of]
        if located and located[0].start == of + 1:
            return located
    site = next((k + len(w) for w in lex.site_marks if (k := text.find(w, objs[0].end, end)) >= 0), -1)
    if site >= 0 and any(o.start == site for o in objs):   # 来到劳模甲所在的某公司: the company is visited
        return [o for o in objs if o.start >= site]
    missed = _listed_unrecognized(gap, start, lex)
    if missed:   # 到区供水中心、区消防支队: the list's first item NER did not find
        return missed + objs
    if not lex.object_gap_re.fullmatch(gap) or len(gap) > 20:
        # 拜会了港澳办主任甲: the gap is the person's title (a phrase the roles stage read), or
        # 慰问了困难职工甲: a label or occupation right before the person (no role is read from it)
        lead = len(gap) - len(gap.lstrip("了过"))
        # (慰问了抗美援朝老战士甲: a description of no list before a person visited)
        described = persons and not any(c in gap for c in "。、，；：")
        titled = objs[0].label == "PER" and (len(gap) <= lex.title_gap and (
            not any(c in gap for c in "。、") and opens_with_titles(text, start, objs[0].start, lex)
            or described) or _descriptions(gap[lead:], lex))
        if not titled and not any(start <= a <= start + lead and objs[0].end <= b for a, b, _ in role_spans(doc)):
            return []
    return objs + _listed_unrecognized_after(text, objs, end, ents, lex)


_BARE_HEAD_CHARS = 4   # the longest head a facility or body is named back by (物流园, 分公司)


def _named_before_by_head(text: str, ents: list[Mention], start: int, lex: EventLexicon) -> Mention | None:
    """The place or body named before ``start`` whose name ends with the noun written right there
    (在宋韵物流园启动…。一行走进|物流园|内…: 宋韵物流园), the latest such: a head of three
    characters or more, or a noun of two (common_words.txt: 车间, 工地), that no place's suffix
    runs on (科技园|区); else None."""
    at = start + (text[start:start + 1] in ("了", "过"))   # (走进了|物流园)
    for k in range(_BARE_HEAD_CHARS, 1, -1):
        head = text[at:at + k]
        if (k < 3 and head not in lex.noun_words) or not all_han(head) \
                or text[at + k:at + k + 1] in lex.place_suffix_chars \
                or any(m.start < at + k and at < m.end for m in ents):
            continue   # (走进|科技园|区: a place's word of its own, not 宋韵物流园|内)
        named = [m for m in ents if m.end <= start and m.label in ("LOC", "ORG")
                 and len(m.name) > k and m.name.endswith(head)]
        if named:
            return Mention(named[-1].name, named[-1].label, at, at + k)
    return None


def _descriptions(gap: str, lex: EventLexicon) -> bool:
    """全国劳动模范、85岁的老劳模(甲): pieces each ending in a title or label describe the one person
    after them (a list of objects they are not); each is a title's length at most (全国劳动模范、
    原某钢铁公司高炉工长甲: together longer)."""
    pieces = gap.split("、")
    return len(pieces) > 1 and all(p.endswith(lex.positions) and len(p) <= lex.title_gap for p in pieces)


def _before_a_verb(text: str, pos: int, lex: EventLexicon) -> bool:
    """A common word that is no noun starts at ``pos`` (学习, 贯彻, 推进), or a noun of a doing
    that names no thing after it (交流, 研究; not 生产|一线): what 深入 modifies."""
    def thing_at(at: int) -> bool:
        return any(text[at:at + k] in lex.noun_words and text[at:at + k] not in lex.action_words for k in (2, 3, 4))
    return any(text[pos:pos + k] in lex.non_noun_words for k in (2, 3, 4)) \
        or any(text[pos:pos + k] in lex.action_words and not thing_at(pos + k) for k in (2, 3, 4))


_LED_REACH = 4   # 率队来京|访问: a visit word this close after 来京 is the visit's word


def visit_mentions(doc: Doc, sent: Sentence, ents: list[Mention], lex: EventLexicon) -> list[EventMention]:
    text, out = doc_text(doc), []
    hits: list[tuple[int, int, str]] = []
    # (not 来青|山…, where the character opens a name: a mark or a word follows the place)
    # (nor a coming regarded or welcomed: 甲对乙访京团来京表示欢迎, where 甲 comes nowhere)
    led = [m for m in lex.led_coming_re.finditer(text, sent.start, sent.end)
           if not lex.visit_any.search(text, m.end(1), min(m.end(1) + _LED_REACH, sent.end))
           and (not HAN_CHAR.match(text, m.end(1)) or text[m.end(1):m.end(1) + 2] in lex.common_words)
           and not _regarded_or_welcomed(text, sent, m.start(1), lex)]
    # (率考察团来|青山市，就…对接: a place of two characters or more named right after 来, no visit
    # word after it in the clause)
    named = [m for m in lex.led_coming_named_re.finditer(text, sent.start, sent.end)
             if any(e.start == m.end(1) and e.end - e.start >= 2 and e.label == "LOC" for e in ents)
             and not lex.visit_any.search(text, m.end(1), clause_at(text, sent.start, sent.end, m.end(1))[1])
             and not _regarded_or_welcomed(text, sent, m.start(1), lex)]
    coming_to_named = {m.start(1) for m in named}
    led += named
    if not led and not lex.visit_any.search(text, sent.start, sent.end):
        return out
    # the leftmost, then longest, of words that overlap (来访|问: 来访, not also 访问), whatever
    # the lexicon's order
    found = sorted((start, -len(word), word) for word in lex.visit_words
                   for start in find_all(text, word, sent.start, sent.end))
    for start, minus_len, word in found:
        if not any(a < start - minus_len and start < b for a, b, _ in hits):
            hits.append((start, start - minus_len, word))
    hits += [(m.start(1), m.end(1), m.group(1)) for m in led]   # 率队|来京: coming is the visit
    hits.sort()
    sent_clauses = clauses(text, sent.start, sent.end)
    subject: list[Mention] = []
    # objects of earlier verbs in the sentence are nobody's subject: those of visit verbs, and
    # those met (甲会见了乙一行，双方…此次考察…: 乙 is met, not visiting)
    taken: list[Mention] = _met(doc, sent, ents, sent_clauses, lex)
    # … and those whose homes are gone to (走进乙家中，…，把慰问金送到她手中: 乙 carries nothing)
    homes = _homes_gone_to(doc, sent, ents, lex)
    taken += [who for _, _, persons in homes for who in persons]
    prev_end = sent.start
    stop_named = False
    for v_start, v_end, word in hits:
        if inside_a_name(ents, v_start, v_end):
            continue   # 某总工会调研组来杭州调研: a word inside a name states nothing, and the name is the subject
        if word in lex.taken_to and any(m.end() == v_start for m in lex.noun_re.finditer(text, sent.start, v_start)):
            continue   # 宣讲会走进某科技园: a meeting held there (meetings.py), nobody visits
        c_start, c_end = next(((a, b) for a, b in sent_clauses if a <= v_start < b), (sent.start, sent.end))
        # (慰问金, 调研组: a noun; not 来到金穗路…, where a name starts right after the word)
        noun_use = bool(_NOT_VERB.match(text[v_end:v_end + 2])) and not any(e.start == v_end for e in ents) \
            or any(text.endswith(w, sent.start, v_start) for w in lex.remote)
        if lex.attendee_cue_before(text, sent.start, v_start):
            prev_end = v_end
            continue   # 参加慰问: the attendee cue gives the role
        visited: list[Mention] = []
        subj_end = v_start
        modifies = text.startswith("的", v_end)   # 正在东洋国访问的甲: 甲 visits, no object
        if noun_use:   # 到某公司开展“送清凉”慰问活动: the activity is carried there
            visited, subj_end = _gone_to_for_activity(doc, ents, sent, v_start, c_start, lex) or (visited, subj_end)
        else:
            # (在某医院，察看了急诊中心: what is looked at in a body named before as the stop is part of
            # it; not in a place: 在玛曲县，察看了阿万仓湿地)
            looked_into_stop = word in lex.looking_verbs and (stop_named or _body_framed(doc, ents, sent, lex))
            if (word in lex.motion or word in lex.transitive or v_start in coming_to_named) and not modifies \
                    and not looked_into_stop:
                visited = _objects(doc, ents, v_end, c_end, lex, persons=word in lex.person_objects,
                                   going=word in lex.motion)
                if visited and word in lex.transitive:   # 到兰州新区|调研|某学院: the place gone to too
                    visited = _place_gone_to(doc, ents, c_start, v_start, lex) + visited
            if not visited and word in lex.motion:   # 走进X开展…, X not recognized as an entity
                visited = _unrecognized_object(text, v_end, c_end, ents, lex)
            if not visited and word in lex.motion and not modifies:
                # (来到某园区、甲公司和乙公司，察看…: the bodies gone to, though not read as stops, are
                # nobody's subject)
                taken += [m for m in actors(doc, ents, v_end, c_end, lex) if m.label != "PER"]
            if not visited:   # 对东洋国进行国事访问
                visited, subj_end = _regarded_objects(doc, ents, c_start, v_start, lex) or (visited, subj_end)
            if not visited:   # 到上海考察 / 在上海视察
                p_start = _list_clause_start(text, c_start, v_start, sent_clauses, ents, lex)
                # the nearest first: 在人民大会堂会见了来华访问的…: 来华 says where the visit is
                found_preps = sorted(((text.rfind(prep, p_start, v_start), prep)
                                      for prep in lex.prepositions + lex.coming), key=lambda hit: -hit[0])
                for p, prep in found_preps:
                    if p >= 0:
                        place = actors(doc, ents, p + len(prep), v_start, lex)
                        abbr = lex.abbreviated_place_re.search(text, p, p + len(prep) + 1) \
                            if prep in lex.coming and not place else None
                        # 来华|进行国事访问; not 来青|山…, where the character opens a name
                        if abbr is not None and v_start - abbr.end() <= 8 \
                                and (abbr.end() == v_start or text[abbr.end():abbr.end() + 2] in lex.common_words):
                            visited, subj_end = [Mention(abbr.group(1), "LOC", abbr.start(1), abbr.end(1))], p
                            break
                        if prep in lex.coming and not (place and place[0].start == p + len(prep)
                                                       and place[0].label == "LOC"
                                                       and (subject or subjects(doc, ents, prev_end, p, lex))):
                            continue   # 欢迎各国人士来中国访问: nobody named comes
                        if place and len(text[place[-1].end:v_start]) <= 8:
                            visited, subj_end = place, p
                            break
            if not visited:   # 来京访问 / 来浙考察
                for k in range(min(v_end, v_start + 2), v_start - 1, -1):   # in the word or before it
                    abbr = lex.abbreviated_place_re.search(text, max(c_start, k - 2), k)
                    if abbr:
                        visited = [Mention(abbr.group(1), "LOC", abbr.start(1), abbr.end(1))]
                        subj_end = abbr.start()
                        break
        stop_named = stop_named or any(m.label == "ORG" for m in visited)
        taken += visited   # the seats and parents too: nobody's subject
        visited = _without_locators(visited, text)
        found = _welcomed(doc, ents, c_start, subj_end, lex)
        inviting = [(m.start(), m.end()) for m in lex.invitation_re.finditer(text, sent.start, subj_end)]
        if found is None:
            reported = reported_start(text, ents, prev_end, subj_end, lex, ("PER", "ORG"), role_spans(doc))
            found = [m for m in subjects(doc, ents, reported, subj_end, lex)
                     if m not in taken and m.label != "LOC"
                     and not any(a <= m.start and m.end <= b for a, b in inviting)]   # 应甲邀请: 甲 invites
        if found and _pronoun_subject(text, ents, c_start, subj_end, lex):
            found = [m for m in found if m.label == "PER"][:1] or found[:1]   # 他又来到…: the first named
        if found:
            subject = found
        prev_end = v_end
        if noun_use and not _names_the_activity(text, sent, v_start, lex):
            continue   # 慰问品 / 调研组: names who acts, states no visit itself
        if word in lex.adverbial_motion and not visited and (
                _before_a_verb(text, v_end, lex) or text[c_start:v_start].removesuffix("了").endswith(lex.light_verbs)):
            continue   # 要深入学习贯彻…, 进行了深入交流: says how, no going
        if _for_own_ends(text, v_end, c_end, ents, lex):
            continue   # 请假赴某国探亲, 赴某国训练3个月: one's own ends, no visit
        if _names_a_non_event(text, v_end, c_end, lex):
            continue   # 某局慰问环卫职工文艺演出在某区举行: the show is held, nobody goes
        subtype = subtype_of(word, lex) if word not in lex.motion else lex.default_visit_subtype
        if word not in lex.motion and subtype == "inspection" and _workers_at_work(doc, subject, lex):
            continue   # 线路工甲正在对钢轨进行探伤检查: a worker checks at his own work, nobody visits
        mention = EventMention("visit", subtype, word, v_start, sent)
        leader = any(cue in text[sent.start:v_start] for cue in lex.leader_cues)
        visitors = _modified_visitors(doc, ents, c_start, v_start, v_end, c_end, lex) if modifies else []
        if not visitors and not (modifies and _received(text, c_start, v_start, lex)):
            visitors = subject   # (会见了来华访问的某国客人: the host is no visitor, the guests unnamed)
        persons = [m for m in visitors if m.label == "PER"]
        # 以甲为团长的乙代表团访问…: the delegation he heads visits with him
        headed = [m for m in visitors if m.label != "PER" and persons and heads_after_frame(text, m, lex)]
        for who in (persons + headed or visitors):
            mention.add(who, "visitor")
            if who.label == "PER":
                for org in title_orgs(doc, ents, who, lex):
                    # a leader's body goes with him (not a place's organ); a union federation's, led
                    # group or not, where it is his post (not 某总工会的甲: only whose he is)
                    if (leader and not org.name.endswith(lex.organs)) \
                            or (org.name.endswith(lex.union_bodies) and "的" not in text[org.end:who.start]):
                        mention.add(org, "visitor")
        if persons:
            for who in _led_along(text, ents, persons[0].end, v_start, lex):
                mention.add(who, "visitor")
        for who in visited:
            mention.add(who, "visited")
        for a, b in inviting:   # 应甲邀请: 甲 receives the visitors it invited
            for who in actors(doc, ents, a, b, lex):
                if who.label != "LOC" and who not in visitors:
                    mention.add(who, "host")
        out.append(mention)
    return out + _home_visits(doc, sent, ents, lex, out, homes)


def _workers_at_work(doc: Doc, subject: list[Mention], lex: EventLexicon) -> bool:
    """Whether the subject is persons only, each holding jobs only (occupations, no office: 线路工甲)."""
    if not subject or any(m.label != "PER" for m in subject):
        return False
    held = {m.name: [r["position"] for r in doc._.roles or [] if r.get("person") == m.name] for m in subject}
    return all(posts and all(p in lex.occupations for p in posts) for posts in held.values())


def _gone_to(doc: Doc, ents: list[Mention], c_start: int, end: int,
             lex: EventLexicon) -> tuple[list[Mention], int] | None:
    """The places or bodies written right after a mark of going (gone_to_marks) in the clause and
    right before ``end``, with where the mark stands; None where none is."""
    return _named_after_mark(doc, ents, lex.gone_to_marks, c_start, end, lex, lambda last: last == end)


def _place_gone_to(doc: Doc, ents: list[Mention], c_start: int, v_start: int, lex: EventLexicon) -> list[Mention]:
    """The one place or body gone to right before the visit word (到|兰州新区|调研…): a stop of the
    visit besides the word's object; none else."""
    found = _gone_to(doc, ents, c_start, v_start, lex)
    return found[0] if found and len(found[0]) == 1 and found[0][0].label != "PER" else []


def _led_along(text: str, ents: list[Mention], start: int, end: int, lex: EventLexicon) -> list[Mention]:
    """甲带领县人社局、县总工会等部门负责人深入…: the organizations listed right after a lead verb
    between ``start`` and ``end``, closed by their officials (visit.led_along), go with the leader;
    so does a delegation he leads (甲率某省党政代表团赴…: one of ``delegation_groups``)."""
    orgs = {m.start: m for m in ents if m.label == "ORG" and start <= m.start < end}
    for verb in lex.led_along_verbs:
        for k in find_all(text, verb, start, end):
            pos, listed = k + len(verb), []
            while (org := orgs.get(pos)) is not None:
                listed.append(org)
                pos = org.end + (text[org.end:org.end + 1] in lex.list_marks)
            if listed and (lex.led_along_re.match(text, listed[-1].end)
                           or all(org.name.endswith(lex.delegation_groups) for org in listed)):
                return listed
    return []


def _regarded_or_welcomed(text: str, sent: Sentence, pos: int, lex: EventLexicon) -> bool:
    """甲对乙访京团来京表示欢迎: a coming at ``pos`` that its clause regards or welcomes (the one
    welcoming comes nowhere)."""
    return any(w in text[clause_at(text, sent.start, sent.end, pos)[0]:pos] for w in (*lex.regarded_marks, *lex.welcome_verbs))


def _activity_at(text: str, sent: Sentence, v_start: int, lex: EventLexicon) -> re.Match[str] | None:
    """某工会开展“送清凉”慰问活动: the name of an activity carried out (visit.name_pattern: 开展…
    活动, the name group 1) that holds the visit word at ``v_start``, if any."""
    return next((hit for hit in lex.visit_name_re.finditer(text, sent.start, sent.end)
                 if hit.start(1) <= v_start < hit.end(1)), None)


def _names_the_activity(text: str, sent: Sentence, v_start: int, lex: EventLexicon) -> bool:
    """A visit word inside the name of an activity carried out states that activity, its name and
    date; it is a visit only where a statement of the visit follows (a stop, someone going round
    or carrying gifts)."""
    return _activity_at(text, sent, v_start, lex) is not None


def _gone_to_for_activity(doc: Doc, ents: list[Mention], sent: Sentence, v_start: int, c_start: int,
                          lex: EventLexicon) -> tuple[list[Mention], int] | None:
    """某工会到甲公司、乙社区开展“送清凉”慰问活动: an activity named with a visit word (visit.name_pattern)
    carried to the places or bodies written right after a mark of going (gone_to_marks) and right
    before the activity's verb visits them; with where the subject ends (at the mark)."""
    hit = _activity_at(doc_text(doc), sent, v_start, lex)
    return _gone_to(doc, ents, c_start, hit.start(), lex) if hit is not None else None


def _for_own_ends(text: str, v_end: int, c_end: int, ents: list[Mention], lex: EventLexicon) -> bool:
    """A private purpose (visit.private_purposes) after the visit word in its clause, outside a
    name and ending its phrase (探亲。, 训练3个月; not 某训练基地)."""
    return any(not HAN_CHAR.match(text, k + len(w))
               for k, w in written_outside_names(text, lex.private_purposes, v_end, c_end, ents))


def _names_a_non_event(text: str, v_end: int, c_end: int, lex: EventLexicon) -> bool:
    """某局慰问环卫职工迎春文艺演出在某区拉开帷幕: a visit word in the name of a non-event (a
    show, a contest: meeting.non_events) that its clause says is held or placed (a predicate right
    after the noun or ending the clause, or 在/于 right after the noun) names that event, states no
    visit."""
    clause = text[v_end:c_end].rstrip(CLAUSE_END + SENT_END)
    for noun in lex.non_events:
        k = clause.find(noun)
        if k < 0:
            continue
        after = clause[k + len(noun):]
        if after.startswith(("在", "于")) or after.startswith(tuple(lex.predicates)) \
                or after.endswith(tuple(lex.predicates)):
            return True
    return False


def _list_clause_start(text: str, c_start: int, v_start: int, sent_clauses: list[tuple[int, int]],
                       ents: list[Mention], lex: EventLexicon) -> int:
    """到甲，乙、丙进行了考察: a clause holding nothing but listed entities before the visit word
    (and 进行了) goes on with the list of the clause before it, a comma for a 、: the search for
    the preposition starts there. So it does where the visit word opens its clause and the clause
    before ends with a place or body gone to (甲一行到某区，慰问…). Else the clause's own start."""
    rest, named = text[c_start:v_start], False
    before = [(a, b) for a, b in sent_clauses if b <= c_start]
    if not rest and before:
        a, b = before[-1]
        end = len(text[a:b].rstrip(CLAUSE_END)) + a
        gone_to = next((m for m in ents if m.end == end and a < m.start), None)
        if gone_to is not None and text.endswith(lex.gone_to_marks, a, gone_to.start):
            return a
    for m in sorted(ents, key=lambda m: -m.start):   # from the right: earlier offsets stay valid
        if c_start <= m.start < v_start:
            named = True
            if m.end <= v_start:
                rest = rest[:m.start - c_start] + rest[m.end - c_start:]
    if not named or not rest.strip() or lex.list_only_re.fullmatch(rest) is None:
        return c_start
    return before[-1][0] if before else c_start


def _met(doc: Doc, sent: Sentence, ents: list[Mention], sent_clauses: list[tuple[int, int]],
         lex: EventLexicon) -> list[Mention]:
    """The partners of the sentence's meeting verbs that take one (会见, 会谈): the actors after
    the verb in its clause."""
    text, out = doc_text(doc), []
    if not lex.verb_any.search(text, sent.start, sent.end):
        return out
    for verb in lex.meeting_verbs:
        if not verb.needs_object:
            continue
        for word in verb.words:
            for v_start in find_all(text, word, sent.start, sent.end):
                c_end = next((b for a, b in sent_clauses if a <= v_start < b), sent.end)
                out += actors(doc, ents, v_start + len(word), c_end, lex)
    return out


def _pronoun_subject(text: str, ents: list[Mention], c_start: int, end: int, lex: EventLexicon) -> bool:
    """Whether a singular pronoun (他, 她) stands in the clause before ``end``, no name after it:
    the clause's subject is one person, the one the sentence names first."""
    k = max((text.rfind(p, c_start, end) for p in lex.singular_pronouns), default=-1)
    plural = any(len(p) > 1 and text.startswith(p, k) for p in lex.pronouns)   # 他们
    return k >= 0 and not plural and not any(k < m.start < end for m in ents)


def _regarded_objects(doc: Doc, ents: list[Mention], c_start: int, v_start: int,
                      lex: EventLexicon) -> tuple[list[Mention], int] | None:
    """甲对东洋国进行国事访问 / 对困难职工乙进行慰问: the names right after a regarded mark (对), with
    进行 and a short modifier before the visit word, are visited: (them, where the mark stands)."""
    text = doc_text(doc)
    return _named_after_mark(doc, ents, lex.regarded_marks, c_start, v_start, lex,
                             lambda last: lex.regarded_object_re.fullmatch(text, last, v_start) is not None)


def _named_after_mark(doc: Doc, ents: list[Mention], marks: Iterable[str], c_start: int, end: int,
                      lex: EventLexicon, closes: Callable[[int], bool]) -> tuple[list[Mention], int] | None:
    """The names written right after the last of ``marks`` in text[c_start:end] (the first mark, in
    ``marks``' order, that has such names), where ``closes`` accepts where the last of them ends:
    (them, where the mark stands); None where none is."""
    text = doc_text(doc)
    for mark in marks:
        at = text.rfind(mark, c_start, end)
        if at < 0:
            continue
        named = actors(doc, ents, at + len(mark), end, lex)
        if named and named[0].start == at + len(mark) and closes(named[-1].end):
            return named, at
    return None


def _welcomed(doc: Doc, ents: list[Mention], c_start: int, end: int, lex: EventLexicon) -> list[Mention] | None:
    """甲欢迎乙在新年伊始访问东洋国 / 邀请乙访华 / 甲对乙来华访问表示欢迎: the one welcomed,
    invited or regarded visits, not the one welcoming: the names right after the verb, none for a
    pronoun (欢迎他访问); None where no such verb stands right before a name or pronoun (应乙邀请
    来华访问: the subject visits)."""
    text = doc_text(doc)
    ends = [(k + len(w), w in lex.regarded_marks) for w in lex.welcome_verbs + lex.regarded_marks
            if (k := text.rfind(w, c_start, end)) >= 0]
    if not ends:
        return None
    k, persons_only = max(ends)
    if text.startswith(tuple(lex.pronouns), k):
        return None if persons_only else []
    if group_word_at(text, k, lex) and not any(m.start <= k < m.end for m in ents):
        referent = group_referent(text, ents, k, lex)   # 对代表团的来访表示欢迎: the delegation named before
        return [referent] if referent else []
    after = [m for m in actors(doc, ents, k, end, lex) if m.label in (("PER",) if persons_only else ("PER", "ORG"))]
    if not after:
        return None
    # right after the word, or after his titles (对东洋国总统乙再次来华访问)
    # (欢迎东洋国外长乙访问: a welcomed person's titles too)
    titled = after[0].start == k or (after[0].label == "PER" and opens_with_titles(text, k, after[0].start, lex))
    return after if titled else None


_RELATIVE_SPAN = 6   # 正在这里|访问的: how far before the visit word a named subject would stand


def _received(text: str, c_start: int, v_start: int, lex: EventLexicon) -> bool:
    """Whether a reception verb before ``v_start`` in its clause takes the visit as its guests'
    modifier (会见了来华访问的…): its subject receives the visitors, it does not visit."""
    return any(text.find(w, c_start, v_start) >= 0 for verb in lex.meeting_verbs
               if verb.object_role == "guest" for w in verb.words)


_FELLOW_MARK_REACH = 12   # the farthest a mark of travelling with stands before the leader's name


def _modified_visitors(doc: Doc, ents: list[Mention], c_start: int, v_start: int, v_end: int, c_end: int,
                       lex: EventLexicon) -> list[Mention]:
    """会见了正在这里访问的某国外长甲 / 来访的代表团: a visit word that modifies the name after its 的
    says who visits (甲), not the sentence's subject (the host); when someone is named right
    before the word, he visits (陪同甲参观的官员: the officials escort; 随甲来访的乙; a long name
    written right before the word too: 随同某国总统马蒂厄·克雷库|来访的). The word is followed by 的."""
    # (甲会见了来京访问的乙: a name before the reception verb is the host, not one right before)
    before = [m for m in ents if m.label != "LOC" and c_start <= m.start
              and (m.start >= v_start - _RELATIVE_SPAN and m.end <= v_start or m.end == v_start)
              and not _received(doc_text(doc), m.end, v_start, lex)]
    after = [m for m in actors(doc, ents, v_end + 1, c_end, lex) if m.label != "LOC"]
    modified = [m for m in after if m.label == "PER"][:1] or after[:1]
    if before:
        leader = [m for m in before if m.label == "PER"][-1:] or before[-1:]
        # 随同甲来访的乙: 乙 and those listed with him go with 甲 (the mark right before 甲, or
        # before his place and titles)
        words_before = doc_text(doc)[max(c_start, leader[0].start - _FELLOW_MARK_REACH):leader[0].start]
        fellow = any(w in words_before for w in lex.fellow_travel_marks)
        return leader + ([m for m in after if m.label == "PER"] or modified) if fellow else leader
    return modified


def _home_visits(doc: Doc, sent: Sentence, ents: list[Mention], lex: EventLexicon,
                 found: list[EventMention], homes: list[tuple[int, int, list[Mention]]]) -> list[EventMention]:
    """甲到退休的老劳模乙、先进工作者丙家中: going to persons' homes (``homes``: _homes_gone_to)
    visits them (a verb of going or 到 before, a home word after, in one clause)."""
    text = doc_text(doc)
    out = []
    for going, home, persons in homes:
        visitors = [m for m in subjects(doc, ents, sent.start, going - 1, lex) if m.label != "LOC"]
        if not persons or not visitors \
                or any(p.start >= going and p.end <= home for m in found for p, r in m.participants):
            continue   # (住在甲家里: nobody named goes there)
        mention = EventMention("visit", lex.default_visit_subtype, text[going - 1:going], going - 1, sent)
        for who in visitors:
            mention.add(who, "visitor")
        for who in persons:
            mention.add(who, "visited")
        out.append(mention)
    return out


def _homes_gone_to(doc: Doc, sent: Sentence, ents: list[Mention],
                   lex: EventLexicon) -> list[tuple[int, int, list[Mention]]]:
    """(where the going word ends, where the home word starts, the persons between) for each clause
    of the sentence going to persons' homes (到|乙家中, 走进|乙、丙家里)."""
    text = doc_text(doc)
    if not lex.homes or not any(h in text[sent.start:sent.end] for h in lex.homes):
        return []
    out = []
    for c_start, c_end in clauses(text, sent.start, sent.end):
        home = min((k for h in lex.homes if (k := text.find(h, c_start, c_end)) >= 0), default=-1)
        if home < 0:
            continue
        going = max((k + len(w) for w in [*lex.motion, *lex.homes_after]
                     if (k := text.rfind(w, c_start, home)) >= 0), default=-1)
        if going >= 0:
            out.append((going, home, [m for m in actors(doc, ents, going, home, lex) if m.label == "PER"]))
    return out


_LIST_MARKS = re.compile(r"[、和及]")
_OPENS_WITH_ZAI = re.compile(r"\s*在")


def _listed_unrecognized(gap: str, start: int, lex: EventLexicon) -> list[Mention]:
    """Items of a list before the first recognized object, when each ends like an organization."""
    if not gap or not _LIST_MARKS.fullmatch(gap[-1]):
        return []
    lead = len(gap) - len(gap.lstrip("了过"))   # 走访慰问了区环卫中心、…: the aspect mark is the verb's
    gap, start = gap[lead:], start + lead
    out, pos = [], start
    for item in _LIST_MARKS.split(gap[:-1]):
        if not _ends_like_org(item, lex.org_suffixes):
            return []
        out.append(Mention(item, "ORG", pos, pos + len(item)))
        pos += len(item) + 1
    return out


def _listed_unrecognized_after(text: str, objs: list[Mention], end: int, ents: list[Mention],
                               lex: EventLexicon) -> list[Mention]:
    """Items of the visited list that NER did not find, after its first recognized object
    (参观了青山造船厂、某某企业集团和南湖实验幼儿园): the list runs over 、和及 up to the clause's
    next verb or mark, or a word closing the list (等); an item counts when it ends like an
    organization, and the list stops at the first one that neither does nor is an entity."""
    words = [w for w in (*lex.object_end, *lex.list_ends) if not _LIST_MARKS.fullmatch(w)]
    stop = min((k for w in words if (k := text.find(w, objs[-1].end, end)) >= 0), default=end)
    mark = _CLAUSE_END.search(text, objs[-1].end, stop)
    stop = mark.start() if mark else stop
    out, pos = [], objs[0].start
    for item in _LIST_MARKS.split(text[pos:stop]):
        a, b = pos, pos + len(item)
        pos = b + 1
        if not item or any(m.start < b and a < m.end for m in ents):
            continue
        if not _ends_like_org(item, lex.org_endings):
            break
        out.append(Mention(item, "ORG", a, b))
    return out


def _ends_like_org(name: str, endings: tuple[str, ...]) -> bool:
    """A run NER did not find is taken as an organization's name when it is one word of name
    characters (3 to 20) that ends like an organization."""
    return 3 <= len(name) <= 20 and _NAME_CHARS.fullmatch(name) is not None and name.endswith(endings)


_NAME_CHARS = re.compile(f"[{HAN}A-Za-z0-9]+")
_CLAUSE_END = re.compile(f"[{re.escape(SENT_END + CLAUSE_END)}\\s]")


def _unrecognized_object(text: str, start: int, end: int, ents: list[Mention], lex: EventLexicon) -> list[Mention]:
    """The organization right after a verb of going that NER did not find: the words up to the
    next verb of the clause, kept when they end like an organization (晨光食品有限公司)."""
    stop = min((k for w in lex.object_end if (k := text.find(w, start, end)) > start), default=-1)
    if stop < 0:
        return []
    name = text[start:stop]
    if not _ends_like_org(name, lex.org_suffixes) or any(m.start < stop and start < m.end for m in ents):
        return []
    return [Mention(name, "ORG", start, stop)]


def place_frame(text: str, sent: Sentence, lex: EventLexicon) -> tuple[int, int] | None:
    """(start, end) of the first clause where the sentence opens by saying where (在某公司，, 在冷轧
    车间，), the clause mark included; None where it does not, or opens with a frame of time or
    company (在甲的陪同下，, 在会议召开时，: stop_frame_ends)."""
    if not _OPENS_WITH_ZAI.match(text, sent.start, sent.end):
        return None   # (most sentences: no clause split needed)
    first = clauses(text, sent.start, sent.end)[0]
    if not text.startswith("在", first[0]) or first[1] >= sent.end \
            or text[first[0]:first[1]].rstrip("，,").endswith(lex.stop_frame_ends):
        return None
    return first


def _body_framed(doc: Doc, ents: list[Mention], sent: Sentence, lex: EventLexicon) -> bool:
    """The sentence opens by saying it is at a body (在某医院，): not at a place (在玛曲县，)."""
    frame = place_frame(doc_text(doc), sent, lex)
    return frame is not None and any(m.label == "ORG" for m in actors(doc, ents, frame[0] + 1, frame[1], lex))


def group_stop(doc: Doc, sent: Sentence, ents: list[Mention], lex: EventLexicon,
               visitors: set[str] = frozenset()) -> list[Mention]:
    """`在X所在的Y，慰问组一行…`, `在X，甲察看…`: a sentence opening at a place where the visiting
    group goes on, or a person visiting (or 他, 她 where one person visits) looks into things, names a
    stop (not a frame: 在甲的陪同下)."""
    text = doc_text(doc)
    first = place_frame(text, sent, lex)
    if first is None:
        return []
    group = any(w in text[sent.start:sent.end] for w in lex.group_words)
    if not group:
        rest = text[first[1]:sent.end]
        # (在某公司，他查看了…: a pronoun right after the frame is the one person visiting)
        person = any(m.label == "PER" and m.name in visitors for m in in_region(ents, first[1], sent.end)) \
            or (len(visitors) == 1 and rest.startswith(lex.singular_pronouns))
        if not person or not (lex.visit_any.search(rest) or any(v in rest for v in lex.topic_stop_verbs)):
            return []
    return _without_locators([m for m in actors(doc, ents, first[0] + 1, first[1], lex) if m.label != "PER"], text)


def topic_stop(doc: Doc, sent: Sentence, following: Sentence | None, ents: list[Mention], lex: EventLexicon,
               visitors: set[str]) -> list[Mention]:
    """`青山科技园是全市最早的软件园区。甲了解…`: a sentence opening with what a place or body
    is (X是), followed by one where a person visiting looks into things (topic_stop_verbs), names X
    as a stop."""
    if following is None or not visitors or not lex.topic_stop_verbs:
        return []
    text = doc_text(doc)
    topic = next((m for m in ents if m.start == sent.start and m.label != "PER"), None)
    if topic is None or not text.startswith("是", topic.end):
        return []
    who = next((m for m in ents if m.start == following.start and m.label == "PER"), None)
    if who is None or who.name not in visitors or not text.startswith(lex.topic_stop_verbs, who.end):
        return []
    return [topic]
