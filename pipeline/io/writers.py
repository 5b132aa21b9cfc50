"""Stage outputs: one JSON Lines file per stage, written into a temporary folder and moved into
place only when the run completes, so an interrupted run never damages earlier outputs."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

OUTPUT_FILES = ("pages", "articles", "entities", "roles", "events", "people", "errors")


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


class OutputWriter:
    """Write records per stage; ``commit()`` replaces the previous outputs in one step."""

    def __init__(self, output_dir: str | Path, files: Iterable[str] = OUTPUT_FILES, keep: Iterable[str] = ()):
        self.output_dir = Path(output_dir)
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        self.tmp_dir = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.tmp-", dir=self.output_dir.parent))
        self._handles: dict[str, IO[str]] = {}
        self.counts: dict[str, int] = {}
        self.keep = tuple(keep)  # files of earlier stages carried over unchanged
        for name in files:
            self._handles[name] = open(self.tmp_dir / f"{name}.jsonl", "w", encoding="utf-8", newline="\n")
            self.counts[name] = 0

    def write(self, stage: str, record: dict) -> None:
        self._handles[stage].write(dumps(record) + "\n")
        self.counts[stage] += 1

    def write_json(self, name: str, data: dict) -> None:
        with open(self.tmp_dir / name, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    def commit(self) -> None:
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
            backup = self.output_dir.with_name(f".{self.output_dir.name}.old-{os.getpid()}")
            os.replace(self.output_dir, backup)
        os.replace(self.tmp_dir, self.output_dir)
        if backup is not None:
            # files the run did not write (e.g. report.html) stay with the outputs
            for item in backup.iterdir():
                target = self.output_dir / item.name
                if not target.exists():
                    os.replace(item, target)
            shutil.rmtree(backup, ignore_errors=True)

    def abort(self) -> None:
        for fh in self._handles.values():
            fh.close()
        shutil.rmtree(self.tmp_dir, ignore_errors=True)

    def __enter__(self) -> "OutputWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def read_jsonl(path: str | Path) -> Iterator[dict]:
    """Records of a JSONL file; a malformed line is an error naming the file and line."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON: {exc.msg}") from None
