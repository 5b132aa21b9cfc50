"""Domain rules after the statistical NER (``entity_rules``): what a model trained on 1998 news
cannot know about a 2025 union daily.

In order: credited names (bylines, author lines) are persons; a name after a position word or
before a speech verb is a person; an organization name grows over its suffix (丰台区 + 总工会);
elided organizations (区总工会) and Beijing places come from data files; a string recognized
once is recognized at each of its mentions; nothing is kept inside a meeting's name (flat
annotation) and common nouns (首都) are dropped. Lexicons and patterns live in data files.
"""

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import srsly
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from ..article_doc import doc_text, entity_char_spans, field_span
from ..lexicon import DomainLexicon, load_lexicon
from ..names import NameGuesser
from ..paths import LEXICON_DIR
from ..serialize import SerializedComponent, Serializers
from ..splitter.wordlist import load_words, word_spans_break
from ..text.chars import HAN, HAN_CHAR, HAN_RUN
from ..text.scan import Scanner, find_all, words_regex
from . import conventions
from .align import set_char_entities

DEFAULT_RULES = LEXICON_DIR / "ner_rules.yaml"

Span = tuple[int, int, str]
_STOP_CHARS = set("的在于和与及或为是了到从向对把被将等各该本其这那个所")
_HAN_CHAR = HAN_CHAR
_HAN_WORD = HAN_RUN
_NAME_CHAR = re.compile(f"[{HAN}·]")

@dataclass
class RuleTables:
    org_suffixes: list[str]
    weak_suffixes: set[str]
    elided: re.Pattern | None
    speech: re.Pattern
    not_entities: set[str]
    event_names: list[re.Pattern]
    flat_names: list[re.Pattern]
    org_left_stops: set[str]
    org_left_chars: set[str]
    facility_suffixes: list[str]
    non_name_final: set[str]
    places: list[str]
    positions: list[str]
    generic: set[str]
    conventions: conventions.ConventionTables
    after_union_stops: tuple[str, ...]   # 工会 + these: a name does not grow over 工会

    @classmethod
    def load(cls, rules: str | Path | dict, lexicon: DomainLexicon) -> "RuleTables":
        """The rules file (or its parsed mapping) and the shared lexicon."""
        data = rules if isinstance(rules, dict) else read_rules(rules)
        elided = data.get("elided_orgs") or []
        conv = conventions.ConventionTables.from_yaml(data)
        conv.place_suffixes = lexicon.place_suffix_chars
        conv.known_orgs = words_regex(lexicon.known_orgs) if lexicon.known_orgs else None
        return cls(
            org_suffixes=list(lexicon.name_org_suffixes),
            weak_suffixes=set(lexicon.weak_org_suffixes),
            elided=re.compile("|".join(f"(?:{p})" for p in elided)) if elided else None,
            speech=re.compile("|".join(re.escape(v) for v in sorted(data.get("speech_verbs", ["说"]), key=len, reverse=True))),
            not_entities=set(data.get("not_entities", [])),
            event_names=[re.compile(p) for p in data.get("event_names", [])],
            flat_names=[re.compile(p) for p in data.get("flat_names", [])],
            org_left_stops=set(data.get("org_left_stops", [])),
            org_left_chars=set(data.get("org_left_chars", [])),
            facility_suffixes=sorted(set(data.get("facility_suffixes", [])), key=len, reverse=True),
            non_name_final=set(lexicon.non_name_final),
            places=list(lexicon.places_longest),
            positions=list(lexicon.positions_longest),
            generic=set(data.get("generic_modifiers", [])),
            conventions=conv,
            after_union_stops=tuple(data.get("generic_after_union", [])) + tuple(data.get("ambiguous_after_union", [])),
        )


def read_rules(path: str | Path) -> dict:
    """The rules file as a mapping; a clear error naming the file otherwise."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ValueError(f"{path}: rules file not found") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of rule lists, got {type(data).__name__}")
    return data


class SpanSet:
    """Non-overlapping character spans, kept sorted so overlap look-ups are a bisection."""

    def __init__(self, spans: Iterable[Span]):
        self.spans: list[Span] = []
        for span in sorted(set(spans)):
            if not self.overlapping(span[0], span[1]):
                insort(self.spans, span)

    def overlapping(self, start: int, end: int) -> list[Span]:
        # spans do not overlap each other, so at most the one before ``start`` reaches into it
        i = bisect_left(self.spans, (start,))
        if i > 0 and self.spans[i - 1][1] > start:
            i -= 1
        found = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                found.append(self.spans[i])
            i += 1
        return found

    def add(self, start: int, end: int, label: str, override: bool = False) -> bool:
        clash = self.overlapping(start, end)
        if clash:
            if not override or any(s[0] < start or s[1] > end for s in clash):
                return False  # never cut into a longer entity
            for s in clash:
                self.spans.remove(s)
        insort(self.spans, (start, end, label))
        return True

    def remove(self, span: Span) -> None:
        self.spans.remove(span)

    def replace(self, old: Span, new: Span) -> None:
        self.spans.remove(old)
        if not self.overlapping(new[0], new[1]):
            insort(self.spans, new)


class EntityRules(SerializedComponent):
    """Domain rules after the statistical NER. Its data (the rules file and the shared
    ``DomainLexicon``) comes in ``initialize`` and travels with ``to_disk``/``to_bytes``."""

    def __init__(self, nlp: Language, name: str = "entity_rules") -> None:
        self.name = name
        self.rules: dict = {}
        self.lexicon: DomainLexicon | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   lexicon: DomainLexicon | None = None, rules: str | None = None) -> None:
        """``[initialize.components.entity_rules]``: ``rules`` (the rules file, default
        data/lexicons/ner_rules.yaml) and ``lexicon`` (``@misc = "union.DomainLexicon.v1"``)."""
        self.rules = read_rules(rules or DEFAULT_RULES)
        self.lexicon = lexicon or load_lexicon()
        self._load()

    def _load(self) -> None:
        self.tables = RuleTables.load(self.rules, self.lexicon)
        t = self.tables
        self.conventions = t.conventions
        self._place_set = set(t.places)
        # word lists as tries: the longest listed word at each position, as a longest-first alternation
        self._position_re = words_regex(t.positions) if t.positions else None
        self._position_set = set(t.positions)
        self._place_re = words_regex(t.places) if t.places else None
        self._suffix_re = words_regex(t.org_suffixes)
        self._suffix_end_re = re.compile("(?:" + ("|".join(re.escape(w) for w in t.org_suffixes) or "(?!)") + ")$")
        self._facility_re = words_regex(t.facility_suffixes)
        self._event_names = [Scanner(p) for p in t.event_names]
        self._flat_names = [Scanner(p) for p in t.flat_names]
        self._names = NameGuesser(self.lexicon)

    def _check_initialized(self) -> None:
        if self.lexicon is None:
            raise ValueError(f"{self.name}: not initialized: call nlp.initialize() (or load a saved pipeline)")

    # -- the rules --------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self._check_initialized()
        text = doc_text(doc)
        spans = SpanSet(entity_char_spans(doc))
        conv, elided = self.conventions, self.tables.elided
        # trimmed on the model's spans (so suffix growth starts from the name) and again after
        # the left extension, which can take a token that opens with a stop (联合区|农业农村局)
        conventions.trim_org_left_stops(text, spans, self.tables.org_left_stops, elided, self._place_set)
        conventions.split_coordinated_orgs(text, spans, conv, elided)
        self._credited_names(doc, text, spans)
        self._trim_positions(text, spans)
        self._drop_common_word_persons(text, spans)
        self._title_names(text, spans)
        self._speech_names(text, spans)
        self._places(text, spans)
        self._facilities(text, spans)
        self._grow_orgs(text, spans)
        self._cut_orgs_at_words(text, spans)
        self._extend_orgs_left(doc, text, spans)
        conventions.bracketed_place_orgs(text, spans, _STOP_CHARS)
        conventions.interpunct_names(text, spans, _STOP_CHARS)
        conventions.trim_org_left_stops(text, spans, self.tables.org_left_stops, elided, self._place_set)
        self._elided_orgs(text, spans)
        conventions.known_orgs(text, spans, conv)
        conventions.split_admin_levels(text, spans, conv)
        self._consistency(text, spans)
        conventions.longest_mentions(text, spans)
        conventions.union_work_places(text, spans, conv, self._is_place)
        conventions.honour_places(text, spans, conv)
        conventions.generic_elided_orgs(text, spans, conv, elided)
        self._drop(text, spans)
        set_char_entities(doc, spans.spans, text=text)
        return doc

    def _credited_names(self, doc: Doc, text: str, spans: SpanSet) -> None:
        ctx = doc._.context or {}
        names = [n for names in (ctx.get("byline") or {}).values() for n in names]
        for field in ("credit_line", "author_line"):
            where = field_span(doc._.fields, field)
            if not where:
                continue
            for name in names:
                for start in find_all(text, name, where[0], where[1]):
                    spans.add(start, start + len(name), "PER", override=True)

    def _name_at(self, text: str, start: int, end_at: int | None = None) -> int | None:
        """End of a person name starting at ``start``, or None (the one name guesser,
        pipeline/names.py); with ``end_at`` the name must end there."""
        return self._names.name_at(text, start, end_at=end_at)

    def _trim_positions(self, text: str, spans: SpanSet) -> None:
        """An organization that runs into a position word ends before it (…人大常委会党组|副书记)."""
        if not self._position_re:
            return
        for span in list(spans.spans):
            start, end, label = span
            if label != "ORG":
                continue
            for k in range(start + 2, end):
                m = self._position_re.match(text, k)
                if m and m.end() > end and self._suffix_end_re.search(text, start, k):
                    spans.replace(span, (start, k, "ORG"))
                    break

    def _drop_common_word_persons(self, text: str, spans: SpanSet) -> None:
        """A model's PER that is a common word, or starts with one (宣讲|团), is no name. Names
        whose given name is a word (王|建功) and foreign names (布莱尔) stay."""
        words = load_words()
        for span in list(spans.spans):
            name = text[span[0]:span[1]]
            if span[2] == "PER" and len(name) <= 3 and "·" not in name and (
                    name in words or name[:2] in words or name[-1] in self.tables.non_name_final):
                spans.remove(span)

    def _common_word(self, name: str) -> bool:
        """文化宫, 方面, 权益: a common word that happens to start with a surname is no name."""
        return self._names.is_common(name)

    def _title_names(self, text: str, spans: SpanSet) -> None:
        if not self._position_re:
            return
        for m in self._position_re.finditer(text):
            end = self._name_at(text, m.end())
            if end is None:
                continue
            clash = spans.overlapping(m.end(), end)
            # the model's PER with a wrong boundary (张良出) gives way to the title rule
            override = all(s[2] == "PER" for s in clash)
            spans.add(m.end(), end, "PER", override=override)

    def _speech_names(self, text: str, spans: SpanSet) -> None:
        for m in self.tables.speech.finditer(text):
            for length in (3, 2):
                start = m.start() - length
                if start < 0:
                    continue
                before = text[start - 1] if start > 0 else "。"
                # inside running text, a name needs a position before it (副主席|张良|在讲话中)
                if _HAN_CHAR.match(before) and not (self._position_re and self._ends_with_position(text, start)):
                    continue
                if self._name_at(text, start, end_at=m.start()) == m.start():
                    spans.add(start, m.start(), "PER")
                    break

    def _is_place(self, name: str) -> bool:
        return conventions.is_place_name(name, self._place_set, self.conventions.place_suffixes)

    def _ends_with_position(self, text: str, pos: int) -> bool:
        window = text[max(0, pos - 8):pos]
        return any(window[-k:] in self._position_set for k in range(1, len(window) + 1))

    def _places(self, text: str, spans: SpanSet) -> None:
        if not self._place_re:
            return
        for m in self._place_re.finditer(text):
            # a listed place replaces model fragments inside it (团结湖 | 街道, 京 | 津 | 冀)
            spans.add(m.start(), m.end(), "LOC", override=True)

    def _facilities(self, text: str, spans: SpanSet) -> None:
        """Named places by their suffix: 2-6 characters of name before 社区, 胡同, 大厦 ..., not a
        common word (居民社区) and not running over a stop word or another entity."""
        t = self.tables
        if not t.facility_suffixes:
            return
        words = load_words()
        for m in self._facility_re.finditer(text):
            place = next((sp for sp in spans.overlapping(m.start() - 1, m.start()) if sp[1] == m.start()), None)
            if place is not None and place[2] == "LOC" and not self._position_re_or_none(text, m.end()):
                spans.replace(place, (place[0], m.end(), "LOC"))  # 天畅园 + 社区 is one place
                continue
            start = m.start()
            while start > 0 and m.start() - start < 6 and _NAME_CHAR.match(text, start - 1) \
                    and text[start - 1] not in _STOP_CHARS and not spans.overlapping(start - 1, start):
                start -= 1
            name = text[start:m.start()]
            if len(name) < 2 or name in words or name[-2:] in words or name in t.not_entities:
                continue
            spans.add(start, m.end(), "LOC")

    def _position_re_or_none(self, text: str, pos: int):
        return self._position_re.match(text, pos) if self._position_re else None

    def _grow_orgs(self, text: str, spans: SpanSet) -> None:
        """A place or organization followed by an organization suffix is one organization."""
        i = 0
        while i < len(spans.spans):
            start, end, label = span = spans.spans[i]
            new_end = self._org_end(text, end, label) if label in ("LOC", "ORG") else end
            if new_end > end:
                clash = [s for s in spans.overlapping(start, new_end) if s != span]
                if not any(s[0] < start or s[1] > new_end for s in clash):
                    for s in clash:
                        spans.remove(s)
                    spans.replace(span, (start, new_end, "ORG"))
            i += 1

    def _extend_orgs_left(self, doc: Doc, text: str, spans: SpanSet) -> None:
        """An organization name runs back over the words of its name: places and names before it
        (北京|苏宁|易购|销售有限公司), uncommon words, a bracketed place (汉拿万都（北京）…); it
        stops at punctuation, a function word, a common word (会员单位) or another organization."""
        if len(doc) and all(len(t.text) == 1 for t in doc):
            return  # character tokens: no words to go by
        t = self.tables
        words = load_words()
        for span in list(spans.spans):
            start, end, label = span
            if label != "ORG" or text[start:end] in t.not_entities or (t.elided and t.elided.fullmatch(text[start:end])):
                continue  # a bare 工会 / 区总工会 is no name to grow
            first = doc.char_span(start, end, alignment_mode="expand")
            if first is None:
                continue
            i, new_start = first.start, start
            head = doc[i]
            if head.idx < start:  # the model's name began inside a word
                if head.text in t.org_left_stops or head.text in words and len(head.text) > 1 and \
                        text[head.idx:start] in t.org_left_stops | {head.text[:-1]}:
                    continue  # 走|进北京…: the word before is a verb; keep the model's start
                new_start = head.idx   # 便|民服务业协会 -> 便民服务业协会
            while i > 0:
                prev = doc[i - 1]
                word = prev.text
                ent = next((s for s in spans.overlapping(prev.idx, prev.idx + len(word)) if s != span), None)
                if ent is not None:
                    if ent[1] != prev.idx + len(word) or ent[2] not in ("LOC", "PER") \
                            or self._suffix_end_re.search(text, ent[0], ent[1]):
                        break  # never swallow a whole other organization
                    new_start = ent[0]
                    i = doc.char_span(ent[0], ent[1], alignment_mode="expand").start
                    continue
                if word in ("（", "(", "）", ")"):
                    new_start, i = prev.idx, i - 1
                    continue
                if not _HAN_WORD.fullmatch(word) or word in t.org_left_stops or word in t.not_entities \
                        or word in words or (len(word) == 1 and word not in t.org_left_chars):
                    break
                new_start, i = prev.idx, i - 1
            while new_start < start and text[new_start] in "（(）)":
                new_start += 1
            if new_start >= start or text[new_start:start].count("（") != text[new_start:start].count("）"):
                continue
            clash = [s for s in spans.overlapping(new_start, end) if s != span]
            if any(s[0] < new_start for s in clash):
                continue
            for s in clash:
                spans.remove(s)
            spans.replace(span, (new_start, end, "ORG"))

    def _cut_orgs_at_words(self, text: str, spans: SpanSet) -> None:
        """An organization whose end cuts a common word (…协会联合|会员单位) ends at its last
        complete suffix instead."""
        words = load_words()
        for span in list(spans.spans):
            start, end, label = span
            if label != "ORG" or not word_spans_break(text[start:end][-3:], text[end:end + 3], words):
                continue
            for k in range(end - 1, start + 1, -1):
                if self._suffix_end_re.search(text, start, k) and not word_spans_break(text[start:k][-3:], text[k:k + 3], words):
                    spans.replace(span, (start, k, "ORG"))
                    break

    def _org_end(self, text: str, end: int, label: str) -> int:
        """Where the organization starting before ``end`` ends once its suffixes are taken."""
        while True:
            m = self._suffix_re.match(text, end)
            if m is None:
                return end
            suffix = m.group()
            if suffix in self.tables.weak_suffixes and label == "ORG":
                return end  # 总工会 + 办 is not a new organization
            pos = self._position_re.match(text, end) if self._position_re else None
            if pos is not None and len(pos.group()) > len(suffix):
                return end  # 北京市总工会 + 党组书记: the suffix is the start of a position
            if suffix.endswith("工会") and text.startswith(self.tables.after_union_stops, end + len(suffix)):
                return end  # 海淀区工会工作: generic
            if word_spans_break(suffix, text[end + len(suffix):end + len(suffix) + 3], load_words()):
                return end  # 协会 + 联合|会员: the suffix is the start of another word
            end += len(suffix)
            label = "ORG"

    def _elided_orgs(self, text: str, spans: SpanSet) -> None:
        if self.tables.elided is None:
            return
        for m in self.tables.elided.finditer(text):
            # only where no place is written before it (平谷区总工会 is grown, not elided)
            if m.start() > 0 and _HAN_CHAR.match(text, m.start() - 1):
                continue
            spans.add(m.start(), m.end(), "ORG")

    def _consistency(self, text: str, spans: SpanSet) -> None:
        """A name recognized once is recognized at each of its mentions in the article."""
        known = {}
        for s, e, label in spans.spans:
            name = text[s:e]
            if len(name) >= 2 and name not in self.tables.not_entities:
                known.setdefault(name, label)
        for name in sorted(known, key=len, reverse=True):
            for start in find_all(text, name):
                spans.add(start, start + len(name), known[name])

    def _drop(self, text: str, spans: SpanSet) -> None:
        """Flat annotation and the article-level conventions of the gold guideline."""
        t = self.tables
        events = conventions.event_name_spans(
            text, [(m.start(), m.end()) for p in self._event_names for m in p.finditer(text)], self.conventions)
        flats = [(m.start(), m.end()) for p in self._flat_names for m in p.finditer(text)]
        longer_orgs = {text[s:e] for s, e, label in spans.spans if label == "ORG"}
        keep = []
        for s, e, label in spans.spans:
            name = text[s:e]
            if name in t.not_entities or len(name.strip()) < 2:
                continue
            if any(es <= s and e <= ee for es, ee in events):
                continue  # a meeting's name, or inside one: flat annotation keeps only the name
            if any(fs <= s and e <= fe and (fs, fe) != (s, e) for fs, fe in flats):
                continue  # inside a doctrine or slogan: 习近平新时代中国特色社会主义思想
            if label == "ORG" and t.elided is not None and t.elided.fullmatch(name) \
                    and any(o != name and name in o for o in longer_orgs):
                continue  # 区总工会 where the article writes 东城区总工会
            keep.append((s, e, label))
        spans.spans = keep

    # -- serialization ----------------------------------------------------------------------
    def _serializers(self) -> Serializers:
        """name -> (dump to bytes, load from bytes): one table for disk and bytes."""
        def set_rules(b: bytes) -> None:
            self.rules = srsly.msgpack_loads(b)

        def set_lexicon(b: bytes) -> None:
            self.lexicon = DomainLexicon.from_bytes(b)
        return {"rules": (lambda: srsly.msgpack_dumps(self.rules), set_rules),
                "lexicon": (lambda: self.lexicon.to_bytes(), set_lexicon)}

    def _loaded(self) -> "EntityRules":
        if self.lexicon is not None and self.rules:
            self._load()
        return self


# It reads a statistical model's doc.ents when there is one, and also runs alone (rules only).
@Language.factory("entity_rules", assigns=["doc.ents"])
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)
