"""Input pages: find them, decode them, report the ones that cannot be read.

Decoding: a configured encoding, else a byte-order mark, else strict UTF-8, else the encoding
charset-normalizer detects (Big5, UTF-16 without BOM, GB18030 ...). A file is binary when a large
share of it is control characters or undecodable, not because of one stray NUL: a page with a few
control characters keeps its text, the characters removed and a note added.

A file larger than ``LARGE_FILE_BYTES`` is an archive, not a page: it is read as a stream and cut
into parts at blank lines (``iter_file_pages``), so memory stays bounded by the part size.
"""
from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

PAGE_SUFFIXES = (".txt",)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")   # \t \n \f \r are layout, kept
BINARY_CONTROL_SHARE = 0.05     # more control characters than this: not a text file
LOW_CONFIDENCE = 0.8            # a detected encoding below this is warned about in the page's notes
_DETECT_SAMPLE = 256 * 1024     # bytes given to the detector
LARGE_FILE_BYTES = 2 * 1024 * 1024
PART_CHARS = 200_000            # characters per part of a large file (a real page is ~10k)
_BLOCK = 1024 * 1024
# GB2312 and GBK are subsets of GB18030: decoding with the superset never fails on their files
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030"}


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
    confidence: float = 1.0
    notes: list[str] = field(default_factory=list)
    part: dict | None = None      # for a part of a large file: index, char offset, last


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


def page_ids(inputs: Iterable[str | Path], paths: list[Path]) -> dict[Path, str]:
    """Each page file's id: its stem, or where two files of a run share a stem (an archive's
    2026/01/21/01.txt and 2026/01/22/01.txt) its path under the input folder, ``2026_01_21_01``."""
    stems = Counter(p.stem for p in paths)
    folders = [Path(i) for i in inputs if Path(i).is_dir()]
    ids = {}
    for p in paths:
        if stems[p.stem] == 1:
            ids[p] = p.stem
            continue
        # under its input folder; files given one by one: under the folder the namesakes share
        root = next((f for f in folders if f in p.parents), None) \
            or Path(os.path.commonpath([str(q.parent) for q in paths if q.stem == p.stem]))
        ids[p] = "_".join(p.relative_to(root).with_suffix("").parts)
    return ids


# a date written in a page's file name or folders: 2026-01-21_p3.txt, 20260121/03.txt, 2026/01/21/03.txt
_PATH_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-_./]?([01][0-9])[-_./]?([0-3][0-9])(?![0-9])")


def date_in_path(path: str | Path) -> str | None:
    """The issue date an archive writes in a page's path (its name, or the folders right above it),
    the one nearest the file; None where there is none or it is no real date."""
    parts = Path(path).with_suffix("").parts[-4:]
    found = None
    for m in _PATH_DATE.finditer("/".join(parts)):
        try:
            found = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return found


def _control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


def _canonical(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return _SUPERSETS.get(name, name)


def detect_encoding(data: bytes) -> tuple[str, float] | None:
    """(encoding, confidence) by charset-normalizer, or None when nothing fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is None:
        return None
    return _canonical(best.encoding), round(max(0.0, 1.0 - best.chaos), 3)


def sniff(data: bytes, path: Path | str, encoding: str | None = None) -> tuple[str, float]:
    """The encoding of ``data`` (a whole file or its first block) and the confidence in it."""
    if encoding:
        return encoding, 1.0
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", 1.0
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32", 1.0
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 1.0
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a file (or block) cut inside its last character is still UTF-8
        text = data[: exc.start].decode("utf-8", errors="replace") if exc.start >= len(data) - 3 \
            and exc.reason.startswith("unexpected end") else None
    if text is not None and _control_share(text) <= BINARY_CONTROL_SHARE:
        return "utf-8", 1.0
    detected = detect_encoding(data)
    if detected is not None:
        return detected
    try:
        data.decode("gb18030")
        return "gb18030", 0.5
    except UnicodeDecodeError:
        raise PageError(path, "not a text file (binary content: undecodable as UTF-8, GB18030 or any "
                              "detected encoding; set run.encoding if it is text in another one)") from None


def _clean(text: str, path: Path | str, notes: list[str]) -> str:
    """Control characters removed (a few stray ones in a real page); many of them: binary."""
    found = len(_CONTROL.findall(text))
    if not found:
        return text
    if found / max(len(text), 1) > BINARY_CONTROL_SHARE:
        raise PageError(path, f"not a text file (binary content: {found} control characters in {len(text)})")
    notes.append(f"{found} control character(s) removed")
    return _CONTROL.sub("", text)


def _encoding_notes(encoding: str, confidence: float, notes: list[str]) -> None:
    if confidence < LOW_CONFIDENCE:
        notes.append(f"encoding {encoding} detected with low confidence {confidence:.2f}: check the text "
                     "or set run.encoding")


def decode(data: bytes, path: Path | str, encoding: str | None = None) -> tuple[str, str, float, list[str]]:
    """Bytes to (text, encoding, confidence, notes)."""
    notes: list[str] = []
    used, confidence = sniff(data, path, encoding)
    try:
        text = data.decode(used)
    except UnicodeDecodeError as exc:
        if used.startswith("utf-8") and exc.start >= len(data) - 3 and exc.reason.startswith("unexpected end"):
            notes.append(f"truncated inside a character at byte {exc.start}: last bytes dropped")
            text = data[: exc.start].decode(used)
        else:
            raise PageError(path, f"cannot be decoded as {used}: {exc}") from None
    except LookupError:
        raise PageError(path, f"unknown encoding {used!r} (run.encoding)") from None
    _encoding_notes(used, confidence, notes)
    text = _clean(text, path, notes)
    return text, ("utf-8" if used == "utf-8-sig" else used), confidence, notes


def read_page(path: str | Path, encoding: str | None = None, data: bytes | None = None,
              page_id: str | None = None) -> Page:
    """The page of a file; its id is ``page_id`` if given (see ``page_ids``), else the file's stem."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PageError(path, f"cannot be read: {exc.strerror}") from None
    text, used, confidence, notes = decode(data, path, encoding)
    return Page(page_id=page_id or path.stem, path=str(path), text=text, encoding=used, confidence=confidence,
                notes=notes)


def _cut(buffer: str, limit: int) -> int:
    """Where to end a part of about ``limit`` chars: at the strongest break in its second half, a
    form feed or the widest run of blank lines (pages of an archive, then articles), else a line end."""
    for sep in ("\f", "\n\n\n\n", "\n\n\n", "\n\n", "\n"):
        pos = buffer.rfind(sep, limit // 2, limit)
        if pos != -1:
            return pos + len(sep)
    return len(buffer)


def iter_file_pages(path: str | Path, encoding: str | None = None, part_chars: int | None = None,
                    large: int | None = None, page_id: str | None = None) -> Iterator[tuple[Page, int]]:
    """(page, bytes consumed) per page of a file: the file itself, or for a file over ``large``
    bytes, its parts, streamed. Parts are ``<id>~0001`` ... (the id: ``page_id``, else the stem)
    and record their char offset."""
    path = Path(path)
    page_id = page_id or path.stem
    part_chars = part_chars or PART_CHARS
    large = LARGE_FILE_BYTES if large is None else large
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PageError(path, f"cannot be read: {exc.strerror}") from None
    if size <= large:
        yield read_page(path, encoding, page_id=page_id), size
        return
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise PageError(path, f"cannot be read: {exc.strerror}") from None
    with fh:
        block = fh.read(_BLOCK)
        used, confidence = sniff(block, path, encoding)
        try:
            decoder = codecs.getincrementaldecoder(used)(errors="strict")
        except LookupError:
            raise PageError(path, f"unknown encoding {used!r} (run.encoding)") from None
        notes = [f"large file ({size:,} bytes): split into parts of about {part_chars:,} characters at blank lines"]
        _encoding_notes(used, confidence, notes)
        buffer, index, offset, consumed, reported = "", 0, 0, 0, 0
        while True:
            consumed += len(block)
            try:
                buffer += decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                raise PageError(path, f"cannot be decoded as {used} near byte {consumed}: {exc.reason}") from None
            last = not block
            while buffer and (len(buffer) >= part_chars or last):
                end = len(buffer) if last and len(buffer) < part_chars else _cut(buffer, part_chars)
                if end >= len(buffer) and not last:
                    if len(buffer) < 4 * part_chars:
                        break       # no line end yet: wait for more text, so a last part always follows
                    end = part_chars
                piece, buffer = buffer[:end], buffer[end:]
                index += 1
                done = last and not buffer
                page_notes = list(notes if index == 1 else notes[1:])
                text = _clean(piece, path, page_notes)
                part = {"index": index, "offset": offset, "last": done}
                yield (Page(page_id=f"{page_id}~{index:04d}", path=str(path), text=text,
                            encoding=("utf-8" if used == "utf-8-sig" else used), confidence=confidence,
                            notes=page_notes, part=part),
                       (size if done else consumed) - reported)
                reported = size if done else consumed
                offset += len(piece)
            if last:
                break
            block = fh.read(_BLOCK)
