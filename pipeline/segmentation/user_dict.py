"""Build pkuseg's user-dict file (one word per line) from the lexicon data files.

pkuseg's Preprocesser cuts the input at user-dict words by forward maximum matching and
forces each match to be one token, before the CRF sees the text. A short entry can
therefore break other words (院长 inside 医院长期, 局长 inside 全局长远), so entries shorter
than ``min_len`` characters are left to the statistical model.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Iterable, Iterator

from ..lexicon import PORTFOLIO_KINDS, read_positions
from ..lexicon_files import UNFORCED, entry_lines
from ..paths import PROJECT_ROOT

LEXICON_DIR = PROJECT_ROOT / "data" / "lexicons"
DEFAULT_LEXICONS = ("beijing_places.txt", "org_names.txt", "positions.txt", "terms.txt")
DEFAULT_MIN_LEN = 3


def read_lexicon(path: str | Path) -> Iterator[str]:
    """Words of a lexicon file: first TAB field of each non-blank, non-``#`` line, but those whose
    kind field is ``unforced`` (公安部: the head of 公安部门). A positions file's portfolio words are
    no words but halves of the offices they compose (外交 + 大臣): those offices are read instead."""
    entries = [line.partition("\t") for _, line in entry_lines(path)]
    if any(kind.strip() in PORTFOLIO_KINDS for _, _, kind in entries):
        yield from read_positions(path)
        return
    for word, _, kind in entries:
        if word.strip() and kind.strip() != UNFORCED:
            yield word.strip()


def collect_words(paths: Iterable[str | Path], min_len: int = DEFAULT_MIN_LEN) -> list[str]:
    """Deduplicated words (first-seen order) of at least ``min_len`` chars, no whitespace."""
    seen: dict[str, None] = {}
    for path in paths:
        for word in read_lexicon(path):
            if len(word) >= min_len and not any(c.isspace() for c in word):
                seen.setdefault(word, None)
    return list(seen)


def default_lexicon_paths(lexicon_dir: str | Path = LEXICON_DIR) -> list[Path]:
    return [Path(lexicon_dir) / name for name in DEFAULT_LEXICONS]


def build_user_dict(
    out_path: str | Path,
    lexicon_paths: Iterable[str | Path] | None = None,
    min_len: int = DEFAULT_MIN_LEN,
) -> Path:
    """Write the merged user dict to ``out_path`` and return it."""
    paths = list(lexicon_paths) if lexicon_paths is not None else default_lexicon_paths()
    words = collect_words(paths, min_len=min_len)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(w + "\n" for w in words), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="user-dict file to write")
    ap.add_argument("--lexicons", nargs="*", help=f"lexicon files (default: {', '.join(DEFAULT_LEXICONS)})")
    ap.add_argument("--min-len", type=int, default=DEFAULT_MIN_LEN)
    args = ap.parse_args(argv)
    out = build_user_dict(args.out, args.lexicons, args.min_len)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
