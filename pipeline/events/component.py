"""spaCy component `event_extractor`: visits and meetings into ``doc._.events``."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterable

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from .. import extensions  # noqa: F401  (registers doc._.events)
from ..paths import resolve_path
from .extractor import extract_events
from .triggers import EventLexicon, lexicon_from_dict, load_lexicon

DEFAULT_TRIGGERS = "data/lexicons/events.yaml"
_TABLE = "triggers.json"


class EventExtractor:
    """Rule-based event extraction; the trigger table travels with a saved pipeline (to_disk/from_disk)."""

    def __init__(self, nlp: Language | None = None, name: str = "event_extractor", *,
                 triggers: str | Path | dict | None = DEFAULT_TRIGGERS) -> None:
        self.name = name
        self.triggers_path = str(triggers) if isinstance(triggers, (str, Path)) else None
        if isinstance(triggers, dict):
            self.lexicon: EventLexicon = lexicon_from_dict(triggers)
        elif triggers and resolve_path(triggers).exists():
            self.lexicon = load_lexicon(resolve_path(triggers))
        else:   # a loaded pipeline: from_disk brings the table
            self.lexicon = lexicon_from_dict({})
        if False:
            self.lexicon = lexicon_from_dict({})

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lexicon)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return srsly.json_dumps(self.lexicon.raw).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "EventExtractor":
        self.lexicon = lexicon_from_dict(srsly.json_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / _TABLE).write_text(json.dumps(self.lexicon.raw, ensure_ascii=False, indent=1), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> "EventExtractor":
        table = ensure_path(path) / _TABLE
        if table.exists():
            self.lexicon = lexicon_from_dict(json.loads(table.read_text(encoding="utf-8")))
        return self


@Language.factory("event_extractor", default_config={"triggers": DEFAULT_TRIGGERS})
def make_event_extractor(nlp: Language, name: str, triggers: str) -> EventExtractor:
    return EventExtractor(nlp, name, triggers=triggers)
