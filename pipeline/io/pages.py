"""Input pages: find them, decode them, report the ones that cannot be read."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

PAGE_SUFFIXES = (".txt",)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BINARY_SNIFF = 8192


class PageError(Exception):
    """A page that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.problem = message


@dataclass
class Page:
    page_id: str
    path: str
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def iter_page_paths(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; folders give their ``*.txt`` files (recursively), in sorted order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        elif path.exists():
            yield path
        else:
            raise PageError(path, "no such file or folder")


def decode(data: bytes, path: Path | str, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes to text: a configured encoding, else UTF-8 (with or without BOM), else GB18030."""
    notes: list[str] = []
    if encoding:
        try:
            return data.decode(encoding), encoding, notes
        except (UnicodeDecodeError, LookupError) as exc:
            raise PageError(path, f"cannot be decoded as {encoding}: {exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", notes
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise PageError(path, "not a text file (binary content)")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc), ("utf-8" if enc == "utf-8-sig" else enc), notes
        except UnicodeDecodeError as exc:
            # a file cut inside its last multi-byte character: keep what is complete
            if enc == "utf-8-sig" and exc.start >= len(data) - 3 and exc.reason.startswith("unexpected end"):
                notes.append(f"truncated inside a character at byte {exc.start}: last bytes dropped")
                return data[: exc.start].decode("utf-8-sig"), "utf-8", notes
    raise PageError(path, "cannot be decoded as UTF-8 or GB18030 (set `encoding` if it is another one)")


def read_page(path: str | Path, encoding: str | None = None, data: bytes | None = None) -> Page:
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PageError(path, f"cannot be read: {exc.strerror}") from None
    text, used, notes = decode(data, path, encoding)
    if _CONTROL.search(text):
        # replaced one for one, so offsets into the page stay valid
        text = _CONTROL.sub(" ", text)
        notes.append("control characters replaced by spaces")
    return Page(page_id=path.stem, path=str(path), text=text, encoding=used, notes=notes)
