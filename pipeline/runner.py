"""Run the stages over pages and write one JSONL file per stage.

One bad page never stops the others: its problem goes to errors.jsonl and the summary.
Outputs are written to a temporary folder and replace the previous ones only at the end.
"""
from __future__ import annotations

import re
import sys
import time
import traceback
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

import yaml
from tqdm import tqdm

from .article_doc import field_span, make_article_doc, make_article_docs
from .parallel import iter_results
from .builder import build_article_nlp
from .config import STAGES, ConfigError, PipelineConfig, load_config
from .io.pages import PageError, iter_page_paths, read_page
from .io.writers import OutputWriter, read_jsonl
from .records import article_records, entity_records, event_records, role_records
from .splitter import load_cues, split_page

MAX_DOC_CHARS = 20_000   # longer bodies go through the models in sentence-bounded pieces
_PIECE_END = re.compile(r"[。！？!?\n]")

STAGE_FILES = {"splitter": ("pages", "articles"), "ner": ("entities",), "roles": ("roles",), "events": ("events",)}


@dataclass
class RunSummary:
    pages: int = 0
    pages_failed: int = 0
    articles: int = 0
    entities: int = 0
    roles: int = 0
    events: int = 0
    people: int = 0
    chars: int = 0
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        data["chars_per_second"] = round(self.chars_per_second, 1)
        return data

    def counts(self) -> dict:
        """What summary.json holds: counts only, so the same input gives the same file."""
        data = self.as_dict()
        for key in ("seconds", "chars_per_second"):
            data.pop(key)
        data["errors"] = [{k: v for k, v in e.items() if k != "detail"} for e in self.errors]
        return data

    def line(self) -> str:
        return (f"pages {self.pages} ({self.pages_failed} skipped), articles {self.articles}, "
                f"entities {self.entities}, roles {self.roles}, events {self.events}, people {self.people}, "
                f"{self.seconds:.1f} s, {self.chars_per_second:,.0f} chars/s")


def load_issue_dates(cfg: PipelineConfig, override: str | None = None) -> tuple[dict[str, str], str | None]:
    """Per-page issue dates from the manifest, and the run-wide default."""
    manifest: dict[str, str] = {}
    if cfg.run.issue_dates:
        path = cfg.path(cfg.run.issue_dates)
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"{path}: run.issue_dates manifest cannot be read: {exc}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: run.issue_dates: expected a mapping page_id -> date")
        manifest = {str(k): str(v) for k, v in data.items()}
    return manifest, override or cfg.run.issue_date


class Extractor:
    """Holds the pipelines of one config; ``extract`` runs them over input pages."""

    def __init__(self, config: PipelineConfig | str | Path | None = None):
        self.cfg = load_config(config)
        self.cues = load_cues(str(self.cfg.path(self.cfg.splitter.cues)))
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = build_article_nlp(self.cfg)
        return self._nlp

    # -- full runs -------------------------------------------------------------------------
    def process_page(self, page, issue_date: str | None) -> dict[str, list[dict]]:
        """All records of one page; raises on failure so the caller can skip the page."""
        split = split_page(page.text, self.cues)
        articles = article_records(page.page_id, split.articles)
        out: dict[str, list[dict]] = defaultdict(list)
        out["pages"].append({"page_id": page.page_id, "file": page.path, "encoding": page.encoding,
                             "chars": len(page.text), "banners": split.banners, "articles": len(articles),
                             "issue_date": issue_date, "notes": page.notes})
        out["articles"] = articles
        if not set(self.cfg.stages) & {"ner", "roles", "events"}:
            return out
        pieces = [(a, part, shift) for a in articles for part, shift in article_parts(a)]
        # the page's articles are tokenized as one batch (make_article_docs), then piped
        docs = self.nlp.pipe(make_article_docs(self.nlp, [part for _, part, _ in pieces], issue_date))
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

    def page_result(self, path: Path, issue_date: str | None, data: bytes | None = None
                    ) -> tuple[dict[str, list[dict]] | None, dict | None]:
        """(records, None) for a processed page, (None, error record) for a skipped one.
        ``data``: the file's bytes when they were read elsewhere (a Dask driver)."""
        try:
            page = read_page(path, self.cfg.run.encoding, data=data)
            return self.process_page(page, issue_date), None
        except PageError as exc:
            return None, {"file": str(path), "stage": "read", "message": exc.problem}
        except Exception as exc:  # one bad page never stops the run
            return None, {"file": str(path), "stage": "extract", "message": f"{type(exc).__name__}: {exc}",
                          "detail": traceback.format_exc(limit=3)}

    def extract(self, inputs: Iterable[str | Path], output_dir: str | Path, *, progress: bool = True,
                issue_date: str | None = None, resume: bool = False, workers: int | None = None,
                backend: str = "local", scheduler: str | None = None) -> RunSummary:
        manifest, default_date = load_issue_dates(self.cfg, issue_date)
        paths = list(iter_page_paths(inputs))
        if set(self.cfg.stages) & {"ner", "roles", "events"}:
            self.nlp  # build (and fail on a missing model) before any page is read
        from .people import PeopleRegistry
        summary = RunSummary()
        people = PeopleRegistry()
        start = time.perf_counter()
        workers = workers or self.cfg.run.workers
        with OutputWriter(output_dir, resume=resume) as writer:
            if resume:
                self._resume_state(writer, people, summary)
                paths = [p for p in paths if str(p) not in writer.done_files]
            jobs = [(p, manifest.get(p.stem, default_date)) for p in paths]
            if backend == "dask":
                from .distributed import iter_results_dask
                results = iter_results_dask(self, jobs, scheduler=scheduler, n_workers=max(workers, 2))
            else:
                results = iter_results(self, jobs, workers)
            for path, (records, error) in tqdm(zip(paths, results), total=len(paths), desc="pages",
                                              unit="page", disable=not progress):
                summary.pages += 1
                if error is not None:
                    writer.write("errors", error)
                    summary.pages_failed += 1
                    summary.errors.append(error)
                    continue
                writer.write_page(records)
                self._count(records, summary, people)
            for record in people.records():
                writer.write("people", record)
            summary.people = writer.counts["people"]
            summary.seconds = time.perf_counter() - start
            writer.write_json("summary.json", summary.counts())
        write_report(output_dir)
        return summary

    @staticmethod
    def _resume_state(writer: OutputWriter, people, summary: RunSummary) -> None:
        """Counts and people of the pages an interrupted run completed."""
        pages = list(writer.read_back("pages"))
        add_people(people, (a["article_id"] for a in writer.read_back("articles")),
                   writer.read_back("entities"), writer.read_back("roles"),
                   {p["page_id"]: p.get("issue_date") for p in pages})
        for page in pages:
            summary.pages += 1
            summary.chars += page.get("chars", 0)
        for err in writer.read_back("errors"):
            summary.pages += 1
            summary.pages_failed += 1
            summary.errors.append(err)
        summary.articles = writer.counts["articles"]
        summary.entities = writer.counts["entities"]
        summary.roles = writer.counts["roles"]
        summary.events = writer.counts["events"]

    @staticmethod
    def _count(records: dict[str, list[dict]], summary: RunSummary, people) -> None:
        summary.chars += sum(p.get("chars", 0) for p in records.get("pages", []))
        summary.articles += len(records.get("articles", []))
        summary.entities += len(records.get("entities", []))
        summary.roles += len(records.get("roles", []))
        summary.events += len(records.get("events", []))
        add_people(people, (a["article_id"] for a in records.get("articles", [])),
                   records.get("entities", []), records.get("roles", []),
                   {p["page_id"]: p.get("issue_date") for p in records.get("pages", [])})

    # -- re-runs from earlier outputs ------------------------------------------------------
    def rerun(self, output_dir: str | Path, from_stage: str, *, only: bool = False, progress: bool = True,
              issue_date: str | None = None) -> RunSummary:
        """Re-run ``from_stage`` (and, unless ``only``, the later stages) from the JSONL of the
        earlier stages in ``output_dir``."""
        output_dir = Path(output_dir)
        if from_stage == "splitter":
            raise ValueError("re-running from the splitter needs the pages: run a full extract")
        stages = [from_stage] if only else [s for s in STAGES[STAGES.index(from_stage):] if s in self.cfg.stages]
        articles_path = output_dir / "articles.jsonl"
        if not articles_path.exists():
            raise FileNotFoundError(f"{articles_path}: no articles to re-run from (run a full extract first)")
        manifest, default_date = load_issue_dates(self.cfg, issue_date)
        needs_entities = "ner" not in stages
        needs_roles = "roles" not in stages and "events" in stages
        entities = _group(output_dir / "entities.jsonl") if needs_entities else {}
        roles = _group(output_dir / "roles.jsonl") if needs_roles else {}
        nlp = build_article_nlp(self.cfg, stages=stages)
        written = {f for s in stages for f in STAGE_FILES[s]}
        if "ner" in stages or "roles" in stages:
            written.add("people")
        keep = [f for f in ("pages", "articles", "entities", "roles", "events", "people", "errors") if f not in written]
        from .people import PeopleRegistry
        summary = RunSummary()
        start = time.perf_counter()
        people = PeopleRegistry()
        with OutputWriter(output_dir, files=sorted(written), keep=keep) as writer:
            articles = list(read_jsonl(articles_path))
            for article in tqdm(articles, desc="articles", unit="article", disable=not progress):
                date = manifest.get(article["page_id"], default_date)
                doc = make_article_doc(nlp, article, date)
                if needs_entities:
                    _restore_entities(doc, entities.get(article["article_id"], []))
                if needs_roles:
                    _restore_roles(doc, roles.get(article["article_id"], []))
                doc = nlp(doc)
                records = {"entities": entity_records(doc) if "ner" in stages else [],
                           "roles": role_records(doc) if "roles" in stages else [],
                           "events": event_records(doc, 1) if "events" in stages else []}
                summary.articles += 1
                summary.chars += len(article.get("text", ""))
                for stage, recs in records.items():
                    if stage in written:
                        for rec in recs:
                            writer.write(stage, rec)
                if "people" in written:
                    aid = article["article_id"]
                    add_people(people, [aid], records["entities"] if "ner" in stages else entities.get(aid, []),
                               records["roles"] if "roles" in stages else roles.get(aid, []),
                               {article["page_id"]: date})
            if "people" in written:
                for record in people.records():
                    writer.write("people", record)
            summary.entities = writer.counts.get("entities", 0)
            summary.roles = writer.counts.get("roles", 0)
            summary.events = writer.counts.get("events", 0)
            summary.people = writer.counts.get("people", 0)
            summary.seconds = time.perf_counter() - start
        write_report(output_dir)
        return summary


def write_report(output_dir: str | Path) -> None:
    """report.html beside the outputs; a report problem never fails the run."""
    try:
        from .report import build_report
        build_report(output_dir)
    except Exception as exc:  # noqa: BLE001
        print(f"warning: report.html not written: {type(exc).__name__}: {exc}", file=sys.stderr)


def article_parts(article: dict, max_chars: int = MAX_DOC_CHARS):
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


def _group(path: Path) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    if not path.exists():
        raise FileNotFoundError(f"{path}: needed to re-run a later stage (run the earlier stage first)")
    for record in read_jsonl(path):
        grouped[record["article_id"]].append(record)
    return grouped


def add_people(people, article_ids: Iterable[str], entities: Iterable[dict], roles: Iterable[dict],
               issue_dates: dict[str, str | None] | None = None) -> None:
    """Feed the people registry, article by article, from PER mentions and role records
    (``issue_dates``: page_id -> the issue's date, for each position's timeline)."""
    names: dict[str, list[str]] = defaultdict(list)
    by_article: dict[str, list[dict]] = defaultdict(list)
    for ent in entities:
        if ent["label"] == "PER":
            names[ent["article_id"]].append(ent["text"])
    for role in roles:
        by_article[role["article_id"]].append(role)
    for aid in article_ids:
        date = (issue_dates or {}).get(aid.rsplit("#", 1)[0])
        people.add(aid, names.get(aid, []), by_article.get(aid, []), issue_date=date)


def _field_offset(doc, field_name: str) -> int | None:
    span = field_span(doc._.fields, field_name)
    return span[0] if span else None


def _restore_entities(doc, records: list[dict]) -> None:
    from .ner.align import set_char_entities
    spans = []
    for rec in records:
        base = _field_offset(doc, rec.get("field", "text"))
        if base is not None:
            spans.append((base + rec["start"], base + rec["end"], rec["label"]))
    set_char_entities(doc, spans)


def _restore_roles(doc, records: list[dict]) -> None:
    roles = []
    for rec in records:
        base = _field_offset(doc, rec.get("field", "text"))
        if base is None:
            continue
        role = {k: v for k, v in rec.items() if k not in ("article_id", "field")}
        role["start"], role["end"] = base + rec["start"], base + rec["end"]
        roles.append(role)
    doc._.roles = roles
