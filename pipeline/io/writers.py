"""Stage outputs: one JSON Lines file per stage, written into a partial folder beside the output
folder and moved into place only when the run completes, so an interrupted run never damages
earlier outputs. ``resume=True`` continues the partial folder of an interrupted run: records of
pages it completed are kept (a page's ``pages.jsonl`` line is written last, after all its other
records), those of a page it was writing are dropped. A lock file beside the output folder keeps
a second run out (``io.lock``)."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import IO, Iterable, Iterator

from .lock import OutputLock

OUTPUT_FILES = ("pages", "articles", "entities", "roles", "events", "people", "errors")
PER_PAGE_FILES = ("articles", "entities", "roles", "events")


# one encoder for every record: json.dumps with options builds a new one per call
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def dumps(record: dict) -> str:
    return _ENCODER.encode(record)


def partial_dir(output_dir: Path) -> Path:
    return output_dir.with_name(f".{output_dir.name}.partial")


class OutputWriter:
    """Write records per stage; ``commit()`` replaces the previous outputs in one step."""

    def __init__(self, output_dir: str | Path, files: Iterable[str] = OUTPUT_FILES, keep: Iterable[str] = (),
                 resume: bool = False):
        self.output_dir = Path(output_dir)
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        self.lock = OutputLock(self.output_dir).acquire()   # before the partial folder is touched
        try:
            self._open(files, keep, resume)
        except BaseException:
            self.lock.release()
            raise

    def _open(self, files: Iterable[str], keep: Iterable[str], resume: bool) -> None:
        self.tmp_dir = partial_dir(self.output_dir)
        self.files = tuple(files)
        self.keep = tuple(keep)  # files of earlier stages carried over unchanged
        self.done_pages: set[str] = set()
        self.done_files: set[str] = set()
        self.resumed = resume and self.tmp_dir.exists()
        if resume and self.tmp_dir.exists():
            self._recover()
        else:
            shutil.rmtree(self.tmp_dir, ignore_errors=True)
            self.tmp_dir.mkdir(parents=True)
        self._handles: dict[str, IO[str]] = {}
        self.counts: dict[str, int] = {}
        for name in self.files:
            path = self.tmp_dir / f"{name}.jsonl"
            self.counts[name] = sum(1 for _ in open(path, encoding="utf-8")) if path.exists() else 0
            self._handles[name] = open(path, "a", encoding="utf-8", newline="\n")

    def _recover(self) -> None:
        """Keep what an interrupted run completed: pages listed in pages.jsonl (and failed files)."""
        pages = self.tmp_dir / "pages.jsonl"
        done = [json.loads(line) for line in _complete_lines(pages)] if pages.exists() else []
        self.done_pages = {p["page_id"] for p in done}
        # a large file's parts: the file is done when its last part is
        self.done_files = {p["file"] for p in done if p.get("part", {}).get("last", True)}
        errors = self.tmp_dir / "errors.jsonl"
        if errors.exists():
            self.done_files |= {json.loads(line)["file"] for line in _complete_lines(errors)}
        for name in self.files:
            path = self.tmp_dir / f"{name}.jsonl"
            if not path.exists() or name == "people":
                path.unlink(missing_ok=True)  # people are rebuilt from the whole run
                continue
            kept = [line for line in _complete_lines(path)
                    if name not in PER_PAGE_FILES or _page_of(json.loads(line)) in self.done_pages]
            path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")

    def write(self, stage: str, record: dict) -> None:
        self._handles[stage].write(dumps(record) + "\n")
        self.counts[stage] += 1

    def write_page(self, records: dict[str, list[dict]]) -> None:
        """All records of one page, its pages.jsonl line last, flushed: the unit of resuming."""
        for stage in PER_PAGE_FILES:
            for record in records.get(stage, []):
                self.write(stage, record)
        for stage in PER_PAGE_FILES:
            self._handles[stage].flush()
        for record in records.get("pages", []):
            self.write("pages", record)
        self._handles["pages"].flush()

    def write_json(self, name: str, data: dict) -> None:
        with open(self.tmp_dir / name, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    def read_back(self, stage: str) -> Iterator[dict]:
        """Records written so far (e.g. to rebuild the people registry when resuming)."""
        self._handles[stage].flush()
        yield from read_jsonl(self.tmp_dir / f"{stage}.jsonl")

    def commit(self) -> None:
        try:
            self._commit()
        finally:
            self.lock.release()

    def _commit(self) -> None:
        for fh in self._handles.values():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
        for name in self.keep:
            src = self.output_dir / f"{name}.jsonl"
            if src.exists():
                shutil.copy2(src, self.tmp_dir / src.name)
        backup = None
        if self.output_dir.exists():
            backup = self.output_dir.with_name(f".{self.output_dir.name}.old")
            shutil.rmtree(backup, ignore_errors=True)
            os.replace(self.output_dir, backup)
        os.replace(self.tmp_dir, self.output_dir)
        if backup is not None:
            # files the run did not write (e.g. report.html) stay with the outputs
            for item in backup.iterdir():
                target = self.output_dir / item.name
                if not target.exists():
                    os.replace(item, target)
            shutil.rmtree(backup, ignore_errors=True)

    def close(self) -> None:
        """Stop without committing; the partial folder stays for ``--resume``."""
        for fh in self._handles.values():
            fh.close()
        self.lock.release()

    def discard(self) -> None:
        """Stop without committing and remove the partial folder (nothing worth keeping)."""
        for fh in self._handles.values():
            fh.close()
        shutil.rmtree(self.tmp_dir, ignore_errors=True)
        self.lock.release()

    def __enter__(self) -> "OutputWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.close()


def _page_of(record: dict) -> str:
    return record.get("page_id") or record["article_id"].rsplit("#", 1)[0]


def _complete_lines(path: Path) -> list[str]:
    """Lines of a JSONL file that a kill did not cut off."""
    lines = []
    for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        if not line.strip():
            continue
        try:
            json.loads(line)
        except json.JSONDecodeError:
            break
        lines.append(line)
    return lines


def jsonl_lines(path: str | Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, record, problem) per non-blank line; ``problem`` says why a line is no record.
    The one JSONL reader: callers choose to raise, skip or show the problem."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, None, f"not valid JSON ({exc.msg})"
                continue
            if isinstance(record, dict):
                yield lineno, record, None
            else:
                yield lineno, None, f"expected a JSON object, got {type(record).__name__}"


def read_jsonl(path: str | Path) -> Iterator[dict]:
    """Records of a JSONL file; a malformed line is an error naming the file and line."""
    for lineno, record, problem in jsonl_lines(path):
        if problem:
            raise ValueError(f"{path}:{lineno}: {problem}")
        yield record
