"""JSON Schema files of the output records (one per JSONL file) and a checker for an output folder.

Besides the schema, every record with offsets must point at itself: ``article[field][start:end]``
is the entity's ``text``, and role / event spans lie inside their field.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator

from ..article_doc import field_value
from ..io.writers import read_jsonl

SCHEMA_DIR = Path(__file__).resolve().parent
KINDS = ("pages", "articles", "entities", "roles", "events", "people", "errors")


@lru_cache(maxsize=None)
def validator(kind: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def record_errors(kind: str, record: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.path)) or '(record)'}: {e.message}" for e in validator(kind).iter_errors(record)]


def check_output_dir(output_dir: str | Path) -> list[str]:
    """Every problem found in an output folder, as 'file:line: message'; empty when all is valid."""
    output_dir = Path(output_dir)
    problems: list[str] = []
    articles: dict[str, dict] = {}
    for kind in KINDS:
        path = output_dir / f"{kind}.jsonl"
        if not path.exists():
            continue
        for lineno, record in enumerate(read_jsonl(path), 1):
            for err in record_errors(kind, record):
                problems.append(f"{path.name}:{lineno}: {err}")
            if kind == "articles":
                articles[record["article_id"]] = record
            elif kind in ("entities", "roles", "events"):
                problems.extend(f"{path.name}:{lineno}: {p}" for p in _offset_problems(kind, record, articles))
    return problems


def _offset_problems(kind: str, record: dict, articles: dict[str, dict]) -> list[str]:
    article = articles.get(record.get("article_id"))
    if article is None:
        return [f"article {record.get('article_id')!r} not in articles.jsonl"]
    value = field_value(article, record.get("field", "text"))
    start, end = record.get("start"), record.get("end")
    if value is None or not (0 <= start <= end <= len(value)):
        return [f"offsets [{start}, {end}) outside field {record.get('field', 'text')!r}"]
    if kind == "entities" and value[start:end] != record["text"]:
        return [f"text {record['text']!r} != field[{start}:{end}] {value[start:end]!r}"]
    return []
