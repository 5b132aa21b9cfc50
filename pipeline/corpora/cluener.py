"""Reader for CLUENER2020 (JSONL; ``label`` maps type -> {surface: [[start, end_inclusive], ...]}).

CLUENER's ten fine types are mapped onto the project's PER / LOC / ORG by a label map
(default :data:`DEFAULT_LABEL_MAP`; types absent from the map are dropped, i.e. their
characters become ``O``). Offsets are checked against the surface; overlapping spans (rare)
keep the earlier / longer one so every example is a valid flat annotation.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Mapping

from ..text.tokens import CharSpan

Example = tuple[str, list[CharSpan]]

DEFAULT_LABEL_MAP: dict[str, str] = {
    "name": "PER",
    "organization": "ORG", "company": "ORG", "government": "ORG",
    "address": "LOC", "scene": "LOC",
}


# an administrative unit at the front of an address: 朝阳区|团结湖街道, 北房镇|大周各庄村
_ADMIN_PREFIX = re.compile(r".+?(?:自治区|特别行政区|省|市|区|县|镇|乡|街道)(?=.{2,})")


def split_admin(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Split an address span after each leading administrative unit, as MSRA and our gold do
    (福建省漳州市芗城区新桥街道竹围移动大楼 -> 福建省 / 漳州市 / 芗城区 / 新桥街道 / 竹围移动大楼)."""
    pieces = []
    while True:
        m = _ADMIN_PREFIX.match(text, start, end)
        if not m or m.end() - start < 2:
            break
        pieces.append((start, m.end()))
        start = m.end()
    return pieces + [(start, end)]


def default_path(corpora_dir: str | Path = "../shared/corpora") -> Path:
    return Path(corpora_dir) / "cluener2020" / "train.json"


def record_to_example(record: Mapping, label_map: Mapping[str, str] | None = None,
                      split_types: Iterable[str] = ()) -> Example:
    """(text, [(start, end_exclusive, label)]) for one CLUENER record; spans of the types in
    ``split_types`` are cut after leading administrative units (:func:`split_admin`)."""
    label_map = DEFAULT_LABEL_MAP if label_map is None else label_map
    text = record["text"]
    spans: list[CharSpan] = []
    for ctype, surfaces in (record.get("label") or {}).items():
        label = label_map.get(ctype)
        if not label:
            continue
        for surface, offsets in surfaces.items():
            for start, end in offsets:
                end += 1                       # CLUENER ends are inclusive
                if 0 <= start < end <= len(text) and text[start:end] == surface:
                    pieces = split_admin(start, end, text) if ctype in split_types else [(start, end)]
                    spans.extend((s, e, label) for s, e in pieces)
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    flat: list[CharSpan] = []
    for s in spans:
        if not flat or s[0] >= flat[-1][1]:
            flat.append(s)
    return text, flat


def load_examples(path: str | Path, label_map: Mapping[str, str] | None = None,
                  skip_records_with: Iterable[str] = (), split_types: Iterable[str] = ()) -> list[Example]:
    return list(iter_examples(Path(path).read_text(encoding="utf-8").splitlines(), label_map,
                              skip_records_with, split_types))


def iter_examples(lines: Iterable[str], label_map: Mapping[str, str] | None = None,
                  skip_records_with: Iterable[str] = (), split_types: Iterable[str] = ()) -> Iterable[Example]:
    """Examples of the JSONL lines; a record holding any type in ``skip_records_with`` is left
    out whole (e.g. ``address``: CLUENER writes 朝阳区团结湖街道 / 北房镇大周各庄村 as one span, where
    MSRA and our gold split the administrative units, and it cannot be split reliably)."""
    skip = set(skip_records_with)
    for line in lines:
        if line.strip():
            record = json.loads(line)
            if skip & set(record.get("label") or {}):
                continue
            yield record_to_example(record, label_map, tuple(split_types))
