"""Domain rules after the statistical NER (``entity_rules``): what a model trained on 1998 news
cannot know about a 2025 union daily.

The component runs named rule steps (registered in ``pipeline/ner/steps/``) in the order the
``steps`` list of ner_rules.yaml gives: credited names, names after titles and before speech
verbs, listed places and facilities, organization boundaries, organizations named by the data
files, document consistency and the guideline's flat annotation. Each step edits one
``SpanSet`` of mentions; lexicons and patterns live in data files.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from ..article_doc import doc_text, entity_char_spans
from ..lexicon_files import read_entries
from ..paths import PROJECT_ROOT
from . import conventions
from .align import set_char_entities
from .spans import Mention, SpanSet
from .steps import RuleContext, RulePatterns, resolve

LEXICONS = PROJECT_ROOT / "data" / "lexicons"
DEFAULT_RULES = LEXICONS / "ner_rules.yaml"
DEFAULT_GAZETTEERS = (LEXICONS / "beijing_places.txt", LEXICONS / "china_places.txt")
DEFAULT_POSITIONS = LEXICONS / "positions.txt"
DEFAULT_SURNAMES = LEXICONS / "surnames.txt"

__all__ = ["EntityRules", "Mention", "RuleTables", "SpanSet"]
# a trace hook: (step name, mentions before, mentions after) for measuring each step
StepTrace = Callable[[str, list[Mention], list[Mention]], None]


def read_words(path: str | Path) -> list[str]:
    """Every word of a lexicon file; a line may hold several (surnames.txt)."""
    return [w for entry in read_entries(path) for w in entry.split()]


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
    surnames: set[str]
    generic: set[str]
    conventions: conventions.ConventionTables
    after_union_stops: tuple[str, ...]   # 工会 + these: a name does not grow over 工会

    @classmethod
    def load(cls, rules: str | Path, gazetteers: Iterable[str | Path], positions: str | Path,
             surnames: str | Path) -> "RuleTables":
        data = yaml.safe_load(Path(rules).read_text(encoding="utf-8")) or {}
        places: list[str] = []
        for gaz in gazetteers:
            places.extend(read_words(gaz))
        elided = data.get("elided_orgs") or []
        return cls(
            org_suffixes=sorted(set(data.get("org_suffixes", [])), key=len, reverse=True),
            weak_suffixes=set(data.get("weak_org_suffixes", [])),
            elided=re.compile("|".join(f"(?:{p})" for p in elided)) if elided else None,
            speech=re.compile("|".join(re.escape(v) for v in sorted(data.get("speech_verbs", ["说"]), key=len, reverse=True))),
            not_entities=set(data.get("not_entities", [])),
            event_names=[re.compile(p) for p in data.get("event_names", [])],
            flat_names=[re.compile(p) for p in data.get("flat_names", [])],
            org_left_stops=set(data.get("org_left_stops", [])),
            org_left_chars=set(data.get("org_left_chars", [])),
            facility_suffixes=sorted(set(data.get("facility_suffixes", [])), key=len, reverse=True),
            non_name_final=set(data.get("non_name_final_chars", [])),
            places=sorted(set(places), key=len, reverse=True),
            positions=sorted(set(read_words(positions)), key=len, reverse=True),
            surnames=set(read_words(surnames)),
            generic=set(data.get("generic_modifiers", [])),
            conventions=conventions.ConventionTables.from_yaml(data),
            after_union_stops=tuple(data.get("generic_after_union", [])) + tuple(data.get("ambiguous_after_union", [])),
        )


class EntityRules:
    def __init__(self, nlp: Language, name: str, rules: str | None, gazetteers: list[str],
                 positions: str | None, surnames: str | None, org_suffixes: str | None = None,
                 person_cues: str | None = None):
        self.name = name
        self.paths = {
            "rules": str(rules or org_suffixes or DEFAULT_RULES),
            "gazetteers": [str(g) for g in (gazetteers or DEFAULT_GAZETTEERS)],
            "positions": str(positions or DEFAULT_POSITIONS),
            "surnames": str(surnames or person_cues or DEFAULT_SURNAMES),
        }
        self._load()

    def _load(self) -> None:
        p = self.paths
        self.tables = RuleTables.load(p["rules"], p["gazetteers"], p["positions"], p["surnames"])
        self.patterns = RulePatterns(self.tables)
        self.steps = resolve(self.tables.conventions.steps)
        self.trace: StepTrace | None = None

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = SpanSet(entity_char_spans(doc))
        ctx = RuleContext(doc, text, self.patterns)
        for name, step in self.steps:
            before = list(spans.spans) if self.trace else None
            step(ctx, spans)
            if self.trace:
                self.trace(name, before, list(spans.spans))
        set_char_entities(doc, spans.spans, text=text)
        return doc

    # -- serialization ----------------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "rules.yaml").write_text(Path(self.paths["rules"]).read_text(encoding="utf-8"), encoding="utf-8")
        gaz = "\n".join(self.tables.places)
        (path / "gazetteer.txt").write_text(gaz + "\n", encoding="utf-8")
        (path / "positions.txt").write_text("\n".join(self.tables.positions) + "\n", encoding="utf-8")
        (path / "surnames.txt").write_text(" ".join(sorted(self.tables.surnames)) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude=()) -> "EntityRules":
        path = Path(path)
        self.paths = {"rules": str(path / "rules.yaml"), "gazetteers": [str(path / "gazetteer.txt")],
                      "positions": str(path / "positions.txt"), "surnames": str(path / "surnames.txt")}
        self._load()
        return self


@Language.factory("entity_rules", default_config={"rules": None, "gazetteers": [], "positions": None,
                                                  "surnames": None, "org_suffixes": None, "person_cues": None})
def make_entity_rules(nlp: Language, name: str, rules: str | None, gazetteers: list[str], positions: str | None,
                      surnames: str | None, org_suffixes: str | None, person_cues: str | None) -> EntityRules:
    return EntityRules(nlp, name, rules, gazetteers, positions, surnames, org_suffixes, person_cues)
