"""Custom attributes the stages put on the ``Doc``, registered once."""
from __future__ import annotations

from spacy.tokens import Doc

# name -> default; lists use a getter-free default of None and are set by the stage.
_DOC_ATTRS = {
    "article_id": None,   # "<page_id>#<n>" when the doc is an article of a page
    "context": None,      # dict: headline, subheadlines, author_line, byline, page_id ... (read by roles/events)
    "fields": None,       # list of (field_name, start, end): where each article field lies in doc.text
    "roles": None,        # list[dict]: role records (SCHEMA.md roles.jsonl, without article_id)
    "events": None,       # list[dict]: event records (SCHEMA.md events.jsonl, without article_id/event_id)
    "text_cache": None,   # str: doc.text kept once computed (read it through article_doc.doc_text)
    # list of (start_char, end_char): mentions on doc.ents that the entity listing leaves out (an
    # elided name where the article writes it in full); roles and events still read them
    "unlisted_ents": None,
}


def register_extensions() -> None:
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
