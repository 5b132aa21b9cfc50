"""spaCy component `event_extractor`: visits and meetings into ``doc._.events``."""

from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers doc._.events)
from ..lexicon import DomainLexicon, load_lexicon
from ..paths import LEXICON_DIR
from ..serialize import SerializedComponent, Serializers, lexicon_attr, msgpack_attr
from .extractor import extract_events
from .triggers import EventLexicon, lexicon_from_dict, read_triggers

DEFAULT_TRIGGERS = LEXICON_DIR / "events.yaml"


class EventExtractor(SerializedComponent):
    """Rule-based event extraction. Its data (events.yaml and the shared ``DomainLexicon``) comes
    in ``initialize`` and travels with a saved pipeline."""

    def __init__(self, nlp: Language | None = None, name: str = "event_extractor") -> None:
        self.name = name
        self.triggers: dict[str, Any] | None = None
        self.domain: DomainLexicon | None = None
        self.lexicon: EventLexicon | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   lexicon: DomainLexicon | None = None, triggers: str | None = None) -> None:
        """``[initialize.components.event_extractor]``: ``triggers`` (default
        data/lexicons/events.yaml) and ``lexicon`` (``@misc = "union.DomainLexicon.v1"``)."""
        self.triggers = read_triggers(triggers or DEFAULT_TRIGGERS)
        self.domain = lexicon or load_lexicon()
        self._loaded()

    def _loaded(self) -> "EventExtractor":
        if self.triggers is not None and self.domain is not None:
            self.lexicon = lexicon_from_dict(self.triggers, self.domain)
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ValueError(f"{self.name}: not initialized: call nlp.initialize() (or load a saved pipeline)")
        doc._.events = extract_events(doc, self.lexicon)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # -- serialization --------------------------------------------------------------------------
    def _serializers(self) -> Serializers:
        """name -> (dump to bytes, load from bytes): one table for disk and bytes."""
        return {"triggers": msgpack_attr(self, "triggers"), "lexicon": lexicon_attr(self, "domain")}


@Language.factory("event_extractor", requires=["doc.ents"], assigns=["doc._.events"])
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp, name)
