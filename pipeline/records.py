"""Records of the output contract (SCHEMA.md), built from stage results."""
from __future__ import annotations

from spacy.tokens import Doc

from .article_doc import doc_text, listed_spans, locate
from .splitter import ArticleDraft


def article_id(page_id: str, n: int) -> str:
    return f"{page_id}#{n}"


def article_records(page_id: str, drafts: list[ArticleDraft]) -> list[dict]:
    """The records of a page's articles, numbered from 1 in reading order."""
    return [article_record(page_id, n, draft) for n, draft in enumerate(drafts, 1)]


def article_record(page_id: str, n: int, draft: ArticleDraft) -> dict:
    return {
        "article_id": article_id(page_id, n),
        "page_id": page_id,
        "n": n,
        "headline": draft.headline,
        "subheadlines": list(draft.subheadlines),
        "section": draft.section,
        "kind": draft.kind,
        "source": draft.source,
        "byline": {k: list(v) for k, v in draft.byline.items()},
        "author_line": draft.author_line,
        "credit_line": draft.credit_line,
        "text": draft.text,
        "page_span": [draft.page_start, draft.page_end],
        "notes": list(draft.notes),
        "dropped_paragraphs": list(draft.dropped),
    }


# Doc._ attributes are read once per doc, not per record: each read is a dictionary look-up
# behind a Python-level __getattr__.
def entity_records(doc: Doc) -> list[dict]:
    records = []
    text, fields, aid = doc_text(doc), doc._.fields, doc._.article_id
    for s, e, label in listed_spans(doc):   # unlisted mentions are read by roles and events only
        where = locate(fields, s, e)
        if where is None:
            continue  # crosses two fields: not a mention of either
        field, start, end = where
        records.append({"article_id": aid, "text": text[s:e], "label": label,
                        "start": start, "end": end, "field": field})
    return records


def role_records(doc: Doc) -> list[dict]:
    records = []
    fields, aid = doc._.fields, doc._.article_id
    for role in doc._.roles or []:
        where = locate(fields, role["start"], role["end"])
        if where is None:
            continue
        field, start, end = where
        records.append({"article_id": aid, **{k: v for k, v in role.items() if k not in ("start", "end")},
                        "start": start, "end": end, "field": field})
    return records


_DOC_OFFSETS = ("start", "end", "trigger_start", "trigger_end", "participants")


def _span(fields, start: int | None, end: int | None) -> dict:
    """``field``/``start``/``end`` of a mention given in doc offsets (all None when unknown)."""
    where = locate(fields, start, end) if start is not None and end is not None else None
    field, s, e = where or (None, None, None)
    return {"field": field, "start": s, "end": e}


def event_records(doc: Doc, first_index: int) -> list[dict]:
    """Events with the statement, the trigger and every participant located in a field."""
    records = []
    fields, aid = doc._.fields, doc._.article_id
    for k, event in enumerate(doc._.events or [], first_index):
        where = locate(fields, event["start"], event["end"]) or ("text", event["start"], event["end"])
        field, start, end = where
        participants = [{**{k2: v for k2, v in p.items() if k2 not in ("start", "end")},
                         **_span(fields, p.get("start"), p.get("end"))}
                        for p in event.get("participants") or []]
        trigger = _span(fields, event.get("trigger_start"), event.get("trigger_end"))
        records.append({"article_id": aid, "event_id": f"{aid}/e{k}",
                        **{k2: v for k2, v in event.items() if k2 not in _DOC_OFFSETS},
                        "participants": participants,
                        "trigger_field": trigger["field"], "trigger_start": trigger["start"],
                        "trigger_end": trigger["end"],
                        "start": start, "end": end, "field": field})
    return records
