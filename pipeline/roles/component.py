"""spaCy component ``role_extractor``: sets ``doc._.roles`` (SCHEMA.md roles.jsonl, doc offsets).

Reads ``doc.ents`` (PER/ORG/LOC) when present and falls back to lexical patterns otherwise, so it
also runs on a blank pipeline. Every role's span lies inside one article field (``doc._.fields``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from .. import extensions  # noqa: F401  (registers Doc._ attributes)
from ..article_doc import doc_text, entity_char_spans
from ..paths import resolve_path
from .extract import Chain, build_chains, resolve_chain
from .lexicon import RoleLexicon
from .resolve import PlaceIndex
from .text import Ent

DEFAULT_POSITIONS = "data/lexicons/positions.txt"
DEFAULT_PATTERNS = "data/lexicons/roles.yaml"
_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}


@Language.factory("role_extractor",
                  default_config={"positions": DEFAULT_POSITIONS, "patterns": DEFAULT_PATTERNS})
def make_role_extractor(nlp: Language, name: str, positions: str | None, patterns: str | None) -> "RoleExtractor":
    return RoleExtractor(nlp, name, positions=positions, patterns=patterns)


def _existing(path: str | None) -> Path | None:
    if not path:
        return None
    p = resolve_path(path)
    return p if p.exists() else None


class RoleExtractor:
    def __init__(self, nlp: Language, name: str = "role_extractor", *, positions: str | None = DEFAULT_POSITIONS,
                 patterns: str | None = DEFAULT_PATTERNS) -> None:
        self.name = name
        patterns = patterns or DEFAULT_PATTERNS   # names, cues and stop words are needed to read anything
        self.positions_path, self.patterns_path = positions, patterns
        # Missing files are tolerated here: a saved pipeline restores the lexicon in from_disk.
        self.lexicon = RoleLexicon.load(_existing(positions), _existing(patterns))
        if positions and not _existing(positions):
            self._missing = positions
        else:
            self._missing = None

    # -- processing ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not self.lexicon.titles:
            raise ValueError(f"role_extractor: no positions loaded (file {self._missing!r} not found)")
        doc._.roles = self.extract(doc)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def extract(self, doc: Doc) -> list[dict]:
        lex = self.lexicon
        text = doc_text(doc)
        fields = doc._.fields or [("text", 0, len(text))]
        ents = [(s, e, _LABELS[label]) for s, e, label in entity_char_spans(doc) if label in _LABELS]
        index = PlaceIndex(lex)
        for s, e, label in ents:
            if label != "PER":
                index.add_text(s, text[s:e])
        for _, f_start, f_end in fields:
            index.add_runs(f_start, text[f_start:f_end])
        found: list[tuple[int, Chain]] = []
        for _, f_start, f_end in fields:
            f_ents = [Ent(s - f_start, e - f_start, lab) for s, e, lab in ents if f_start <= s and e <= f_end]
            for chain in build_chains(text[f_start:f_end], f_ents, lex):
                found.append((f_start, chain))
                for seg in chain.segments:
                    if seg.org_text:
                        index.add_text(f_start + seg.org_start, seg.org_text)
        roles: list[dict] = []
        seen: dict[tuple[str, str], dict] = {}
        for offset, chain in sorted(found, key=lambda fc: fc[0] + fc[1].start):
            resolve_chain(chain, offset, index, lex)
            for (n_start, n_end), end in zip(chain.names, chain.ends):
                person = text[offset + n_start: offset + n_end]
                start = min(chain.start, n_start)
                for seg in chain.segments:
                    role = {"person": person, "position": seg.title.word, "org": seg.org,
                            "org_as_written": seg.org_as_written, "start": offset + start, "end": offset + end}
                    key = (person, seg.title.word)
                    if key in seen:
                        if seen[key]["org"] is None and role["org"] is not None:
                            seen[key].update(org=role["org"], org_as_written=role["org_as_written"])
                        continue
                    seen[key] = role
                    roles.append(role)
        return roles

    # -- serialization --------------------------------------------------------------------------
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.lexicon.to_dict())

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "RoleExtractor":
        self.lexicon = RoleLexicon.from_dict(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "lexicon.json", self.lexicon.to_dict())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RoleExtractor":
        self.lexicon = RoleLexicon.from_dict(srsly.read_json(ensure_path(path) / "lexicon.json"))
        return self
