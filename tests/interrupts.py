"""Ctrl-C in the middle of a run, for the tests of interrupted and resumed runs."""
from __future__ import annotations

from pipeline.page_pipeline import PagePipeline


def interrupt_at_page(monkeypatch, n: int):
    """Ctrl-C as page ``n`` (1-based) starts; returns the real ``PagePipeline.run`` so a test
    can put it back and resume."""
    original, calls = PagePipeline.run, {"n": 0}

    def interrupted(self, job):
        calls["n"] += 1
        if calls["n"] == n:
            raise KeyboardInterrupt
        return original(self, job)

    monkeypatch.setattr(PagePipeline, "run", interrupted)
    return original
