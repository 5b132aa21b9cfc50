"""Event extraction stage: meetings and visits (SCHEMA.md events.jsonl)."""
from .component import EventExtractor, make_event_extractor
from .extractor import extract_events
from .triggers import EventLexicon, lexicon_from_dict, load_lexicon

__all__ = ["EventExtractor", "EventLexicon", "extract_events", "lexicon_from_dict", "load_lexicon", "make_event_extractor"]
