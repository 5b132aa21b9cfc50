"""Reader for CLUENER2020 (JSONL; ``label`` maps type -> {surface: [[start, end_inclusive], ...]}).

CLUENER's ten fine types are mapped onto the project's PER / LOC / ORG by a label map
(default :data:`DEFAULT_LABEL_MAP`; types absent from the map are dropped, i.e. their
characters become ``O``). Offsets are checked against the surface; overlapping spans (rare)
keep the earlier / longer one so every example is a valid flat annotation.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Mapping

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

DEFAULT_LABEL_MAP: dict[str, str] = {
    "name": "PER",
    "organization": "ORG", "company": "ORG", "government": "ORG",
    "address": "LOC", "scene": "LOC",
}


def default_path(corpora_dir: str | Path = "../shared/corpora") -> Path:
    return Path(corpora_dir) / "cluener2020" / "train.json"


def record_to_example(record: Mapping, label_map: Mapping[str, str] | None = None) -> Example:
    """(text, [(start, end_exclusive, label)]) for one CLUENER record."""
    label_map = DEFAULT_LABEL_MAP if label_map is None else label_map
    text = record["text"]
    spans: list[Span] = []
    for ctype, surfaces in (record.get("label") or {}).items():
        label = label_map.get(ctype)
        if not label:
            continue
        for surface, offsets in surfaces.items():
            for start, end in offsets:
                end += 1                       # CLUENER ends are inclusive
                if 0 <= start < end <= len(text) and text[start:end] == surface:
                    spans.append((start, end, label))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    flat: list[Span] = []
    for s in spans:
        if not flat or s[0] >= flat[-1][1]:
            flat.append(s)
    return text, flat


def load_examples(path: str | Path, label_map: Mapping[str, str] | None = None) -> list[Example]:
    return list(iter_examples(Path(path).read_text(encoding="utf-8").splitlines(), label_map))


def iter_examples(lines: Iterable[str], label_map: Mapping[str, str] | None = None) -> Iterable[Example]:
    for line in lines:
        if line.strip():
            yield record_to_example(json.loads(line), label_map)
