"""One run per output folder: a lock file ``.<output>.lock`` beside it, holding the owner's pid.

A second run into the same folder is refused (``OutputLocked``) instead of sharing the partial
folder; a lock whose process is gone (a killed run) is stale and taken over.
"""
from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path


class OutputLocked(RuntimeError):
    """Another live run writes into this output folder."""


def lock_path(output_dir: Path) -> Path:
    return output_dir.with_name(f".{output_dir.name}.lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True       # exists, owned by another user
    return True


class OutputLock:
    def __init__(self, output_dir: str | Path):
        self.output_dir = Path(output_dir)
        self.path = lock_path(self.output_dir)
        self.held = False
        self.stale_owner: dict | None = None   # the dead run whose lock was taken over

    def acquire(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        me = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.strftime("%Y-%m-%dT%H:%M:%S")}
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                owner = self._owner()
                if owner is not None and self._live(owner):
                    raise OutputLocked(
                        f"{self.output_dir}: another run (pid {owner.get('pid')}, started {owner.get('started')}) "
                        f"is writing this output folder; wait for it to finish or choose another --output "
                        f"(lock file {self.path})") from None
                self.stale_owner = owner or {}
                self.path.unlink(missing_ok=True)   # stale: its process is gone
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me, fh)
            self.held = True
            return self
        raise OutputLocked(f"{self.output_dir}: cannot take the lock file {self.path}")

    def _owner(self) -> dict | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else None
        except (OSError, ValueError):
            # being written this instant by its owner, or garbage: a young file counts as live
            try:
                young = time.time() - self.path.stat().st_mtime < 5
            except OSError:
                return None
            return {"pid": None, "young": True} if young else None

    @staticmethod
    def _live(owner: dict) -> bool:
        if owner.get("young"):
            return True
        pid = owner.get("pid")
        if not isinstance(pid, int):
            return False
        if owner.get("host") not in (None, socket.gethostname()):
            return True       # another machine's run: cannot check, so respect it
        return pid == os.getpid() or _alive(pid)

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
