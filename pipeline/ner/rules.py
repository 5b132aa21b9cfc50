"""Domain rules after the statistical NER (``entity_rules``): what a model trained on 1998 news
cannot know about a 2025 union daily.

The component runs named rule steps (registered in ``pipeline/ner/steps/``) in the order the
``steps`` list of ner_rules.yaml gives: credited names, names after titles and before speech
verbs, listed places and facilities, organization boundaries, organizations named by the data
files, document consistency and the guideline's flat annotation. Each step edits one
``SpanSet`` of mentions; lexicons and patterns live in data files.
"""

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon_files import read_yaml_mapping
from ..article_doc import doc_text, entity_char_spans
from ..lexicon import DomainLexicon, load_lexicon
from ..text.scan import longest_first
from ..names import NameGuesser
from ..paths import LEXICON_DIR
from ..serialize import SerializedComponent, Serializers, lexicon_attr, msgpack_attr
from . import conventions
from .align import set_char_entities
from .spans import Mention, SpanSet
from .steps import RuleContext, RulePatterns, resolve

DEFAULT_RULES = LEXICON_DIR / "ner_rules.yaml"

# no ``from __future__ import annotations`` here: spaCy validates initialize()'s signature
__all__ = ["EntityRules", "Mention", "RuleTables", "SpanSet"]
# a trace hook: (step name, mentions before, mentions after) for measuring each step
StepTrace = Callable[[str, list[Mention], list[Mention]], None]


@dataclass
class RuleTables:
    org_suffixes: list[str]
    weak_suffixes: set[str]
    elided: re.Pattern | None
    speech: re.Pattern
    speech_verbs: tuple[str, ...]
    not_entities: set[str]
    event_names: list[re.Pattern]
    flat_names: list[re.Pattern]
    org_left_stops: set[str]
    org_left_chars: set[str]
    sector_chars: frozenset[str]   # 业: a name begun at one began at the word before (建造|业)
    facility_suffixes: list[str]
    works_suffixes: frozenset[str]   # 变电站, 收费站: facilities only after a place's name
    lodging_suffixes: tuple[str, ...]   # 宾馆, 饭店: a facility, a place where used as one
    lodging_venue_marks: tuple[str, ...]   # 在, 下榻: what makes a hotel after it the place of something
    house_venue_suffixes: tuple[str, ...]   # 职工服务中心, 礼堂: a body's house, a place where used as one
    non_name_final: set[str]
    places: list[str]
    short_prefectures: frozenset[str]   # 凉山州: an autonomous prefecture by its place and 州
    positions: list[str]
    generic: set[str]
    conventions: conventions.ConventionTables
    after_union_stops: tuple[str, ...]   # 工会 + these: a name does not grow over 工会

    @cached_property
    def longest_left_stop(self) -> int:
        return max(map(len, self.org_left_stops), default=0)

    @classmethod
    def load(cls, rules: str | Path | dict, lexicon: DomainLexicon) -> "RuleTables":
        """The rules file (or its parsed mapping) and the shared lexicon."""
        data = rules if isinstance(rules, dict) else read_rules(rules)
        elided = data.get("elided_orgs") or []
        conv = conventions.ConventionTables.from_yaml(data, lexicon)
        # (speech_verbs.txt's verbs said only by a speaker, and the rules' phrases; an older rules
        # file listed the verbs itself)
        speech_verbs = tuple(longest_first(dict.fromkeys([*lexicon.speaker_verbs_longest,
                                                          *data.get("speech_phrases", []), *data.get("speech_verbs", [])])))
        short_prefectures = _short_prefectures(lexicon, conv)
        return cls(
            org_suffixes=list(lexicon.name_org_suffixes),
            weak_suffixes=set(lexicon.weak_org_suffixes),
            elided=re.compile("|".join(f"(?:{p})" for p in elided)) if elided else None,
            speech=re.compile("|".join(map(re.escape, speech_verbs))),
            speech_verbs=speech_verbs,
            not_entities=set(data.get("not_entities", [])),
            event_names=[re.compile(p) for p in data.get("event_names", [])],
            flat_names=[re.compile(p) for p in data.get("flat_names", [])],
            # (a verb of leading a group ends a name's left side too: 带领|某市帮扶中心工作人员)
            org_left_stops=set(data.get("org_left_stops", [])) | set(conv.movement_verbs) | set(lexicon.lead_verbs),
            org_left_chars=set(data.get("org_left_chars", [])),
            sector_chars=frozenset(data.get("sector_chars", [])),
            facility_suffixes=longest_first([*data.get("facility_suffixes", []), *data.get("works_suffixes", [])]),
            works_suffixes=frozenset(data.get("works_suffixes", [])),
            # (an older rules file listed them itself; the shared lexicon's lodging_words.txt now)
            lodging_suffixes=tuple(sorted(data.get("lodging_suffixes") or lexicon.lodging_words, key=len, reverse=True)),
            lodging_venue_marks=tuple(data.get("lodging_venue_marks", [])),
            house_venue_suffixes=tuple(sorted(data.get("house_venue_suffixes", []), key=len, reverse=True)),
            non_name_final=set(lexicon.non_name_final),
            places=longest_first([*lexicon.places, *short_prefectures]),
            short_prefectures=frozenset(short_prefectures),
            positions=list(lexicon.positions_longest),
            generic=set(data.get("generic_modifiers", [])),
            conventions=conv,
            after_union_stops=tuple(data.get("generic_after_union", [])) + tuple(data.get("ambiguous_after_union", [])),
        )


def _short_prefectures(lexicon: DomainLexicon, conv: conventions.ConventionTables) -> list[str]:
    """凉山州, 黔东南州 for 凉山彝族自治州, 黔东南苗族侗族自治州: a listed autonomous unit written short
    (the lexicon's ``autonomous_short_forms``), where its level's character ends no unit of its own
    (州; not 县: 巍山县 is read as a unit)."""
    return [short for short in lexicon.autonomous_short_forms if short[-1] not in conv.unit_suffixes]


def read_rules(path: str | Path) -> dict:
    """The rules file as a mapping; a clear error naming the file otherwise."""
    return read_yaml_mapping(path, "rules file")


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
        self._names = NameGuesser(self.lexicon)   # the one name guesser, shared with roles' lexicon
        self.patterns = RulePatterns(self.tables, self._names)
        self.steps = resolve(self.tables.conventions.steps)
        self.trace: StepTrace | None = None

    def _check_initialized(self) -> None:
        if self.lexicon is None:
            raise ValueError(f"{self.name}: not initialized: call nlp.initialize() (or load a saved pipeline)")

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self._check_initialized()
        text = doc_text(doc)
        found = entity_char_spans(doc)
        spans = SpanSet(found)
        ctx = RuleContext(doc, text, self.patterns)
        for name, step in self.steps:
            before = ctx.listed(spans) if self.trace else None
            step(ctx, spans)
            if self.trace:
                self.trace(name, before, ctx.listed(spans))
        if sorted(spans.spans) != sorted(map(tuple, found)):   # most articles: nothing to redo
            set_char_entities(doc, spans.spans, text=text)
        kept = {(s, e) for s, e, _ in spans.spans}
        doc._.unlisted_ents = sorted(ctx.unlisted & kept) or None
        return doc

    # -- serialization ----------------------------------------------------------------------
    def _serializers(self) -> Serializers:
        """name -> (dump to bytes, load from bytes): one table for disk and bytes."""
        return {"rules": msgpack_attr(self, "rules"), "lexicon": lexicon_attr(self, "lexicon")}

    def _loaded(self) -> "EntityRules":
        if self.lexicon is not None and self.rules:
            self._load()
        return self


# It reads a statistical model's doc.ents when there is one, and also runs alone (rules only).
@Language.factory("entity_rules", assigns=["doc.ents"])
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)
