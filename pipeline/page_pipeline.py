"""The page level: one page in, its records out. One object used by the runner (one process or
worker processes), the Dask backend and the benchmark, so they cannot drift apart.

A ``PagePipeline`` is rebuilt in a worker from ``spec()`` (a plain config dict and its source), so
it works with ``spawn`` and on remote Dask workers as well as with ``fork``.
"""
from __future__ import annotations

import re
import traceback
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .article_doc import make_article_docs
from .config import PipelineConfig, load_config
from .io.pages import Page, PageError, read_page
from .records import article_records, entity_records, event_records, role_records

MAX_DOC_CHARS = 20_000   # longer bodies go through the models in sentence-bounded pieces
_PIECE_END = re.compile(r"[。！？!?\n]")
MODEL_STAGES = {"ner", "roles", "events"}

Records = dict[str, list[dict]]
Result = tuple["Records | None", "dict | None"]


@dataclass
class PageJob:
    """One page to process: a file the worker reads, its bytes read by a driver (Dask), or an
    already decoded part of a large file. ``size``: input bytes it stands for (progress)."""
    path: str
    issue_date: str | None = None
    page_id: str | None = None    # where two files of a run share a stem (``page_ids``)
    data: bytes | None = None
    page: Page | None = None
    size: int = 0
    error: dict | None = None     # the driver could not read it: reported as is


class PagePipeline:
    """The splitter and the article pipeline of one config; ``run(job)`` gives a page's records."""

    def __init__(self, config: PipelineConfig | str | Path | dict | None = None):
        self.cfg = load_config(config)
        from .builder import build_page_nlp
        self.splitter = build_page_nlp(self.cfg).get_pipe("article_splitter")
        self._nlp = None

    @classmethod
    def from_spec(cls, spec: tuple[dict, str | None]) -> "PagePipeline":
        config, source = spec
        cfg = PipelineConfig.model_validate(config)
        cfg.source = source
        return cls(cfg)

    def spec(self) -> tuple[dict, str | None]:
        """What a worker needs to rebuild this pipeline (picklable, small)."""
        return self.cfg.model_dump(), self.cfg.source

    @property
    def needs_models(self) -> bool:
        return bool(set(self.cfg.stages) & MODEL_STAGES)

    @property
    def nlp(self):
        if self._nlp is None:
            from .builder import build_article_nlp
            self._nlp = build_article_nlp(self.cfg)
        return self._nlp

    def load(self) -> "PagePipeline":
        """Build the models now (a missing model fails before any page is read)."""
        if self.needs_models:
            self.nlp
        return self

    # -- the page level, in steps the benchmark times one by one ----------------------------
    def split(self, page: Page, issue_date: str | None) -> Records:
        split = self.splitter.split(page.text)
        articles = article_records(page.page_id, split.articles)
        record = {"page_id": page.page_id, "file": page.path, "encoding": page.encoding,
                  "encoding_confidence": page.confidence, "chars": len(page.text), "banners": split.banners,
                  "articles": len(articles), "issue_date": issue_date, "notes": page.notes}
        if page.part is not None:
            record["part"] = page.part
        out: Records = defaultdict(list)
        out["pages"].append(record)
        out["articles"] = articles
        return out

    @staticmethod
    def pieces(articles: list[dict]) -> list[tuple[dict, dict, int]]:
        """(article, part, shift) for every model input of the page's articles."""
        return [(a, part, shift) for a in articles for part, shift in article_parts(a)]

    def docs(self, pieces: list[tuple[dict, dict, int]], issue_date: str | None):
        """The pieces tokenized as one batch (not yet through the pipes)."""
        return make_article_docs(self.nlp, [part for _, part, _ in pieces], issue_date)

    @staticmethod
    def collect(pieces: list[tuple[dict, dict, int]], docs: Iterable, out: Records) -> Records:
        """Entity, role and event records of the annotated docs, offsets into the whole ``text``."""
        next_event: dict[str, int] = defaultdict(lambda: 1)
        for (article, _, shift), doc in zip(pieces, docs):
            aid = article["article_id"]
            ents, roles = entity_records(doc), role_records(doc)
            events = event_records(doc, next_event[aid])
            next_event[aid] += len(events)
            for rec in (*ents, *roles, *events) if shift else ():
                if rec.get("field") == "text":
                    rec["start"] += shift
                    rec["end"] += shift
            out["entities"].extend(ents)
            out["roles"].extend(roles)
            out["events"].extend(events)
        return out

    def process_page(self, page: Page, issue_date: str | None) -> Records:
        """All records of one page; raises on failure so the caller can skip the page."""
        out = self.split(page, issue_date)
        if not self.needs_models:
            return out
        pieces = self.pieces(out["articles"])
        return self.collect(pieces, self.nlp.pipe(self.docs(pieces, issue_date)), out)

    def run(self, job: PageJob) -> Result:
        """(records, None) for a processed page, (None, error record) for a skipped one."""
        if job.error is not None:
            return None, job.error
        try:
            page = job.page or read_page(job.path, self.cfg.run.encoding, data=job.data, page_id=job.page_id)
            return self.process_page(page, job.issue_date), None
        except PageError as exc:
            return None, {"file": str(job.path), "stage": "read", "message": exc.problem}
        except Exception as exc:  # one bad page never stops the run
            return None, {"file": str(job.path), "stage": "extract", "message": f"{type(exc).__name__}: {exc}",
                          "detail": traceback.format_exc(limit=3)}


def article_parts(article: dict, max_chars: int = MAX_DOC_CHARS) -> Iterator[tuple[dict, int]]:
    """(article, shift) pairs: the whole article, or for a very long body, parts cut after a
    sentence end (the headline and credits go with the first); ``shift`` is the part's offset
    in ``text``."""
    text = article.get("text") or ""
    if len(text) <= max_chars:
        yield article, 0
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        if end < len(text):
            cut = max((m.end() for m in _PIECE_END.finditer(text, start + max_chars // 2, end)), default=end)
            end = cut
        part = dict(article, text=text[start:end])
        if start:
            part.update(headline="", subheadlines=[], credit_line=None, author_line=None)
        yield part, start
        start = end
