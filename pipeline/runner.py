"""Run the stages over pages and write one JSONL file per stage.

One bad page never stops the others: its problem goes to errors.jsonl and the summary.
Outputs are written to a temporary folder and replace the previous ones only at the end.
"""
from __future__ import annotations

import os
import sys
import time
from collections import defaultdict, deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml
from tqdm import tqdm

from . import provenance
from .article_doc import field_span, make_article_doc
from .builder import build_article_nlp
from .config import STAGES, ConfigError, PipelineConfig, parse_date
from .io import pages as page_io
from .io.pages import PageError, date_in_path, iter_file_pages, iter_page_paths, page_ids
from .io.writers import OutputWriter, partial_dir, read_jsonl
from .page_pipeline import PageJob, PagePipeline, article_parts  # noqa: F401  (article_parts: API)
from .parallel import iter_results
from .records import entity_records, event_records, role_records

STAGE_FILES = {"splitter": ("pages", "articles"), "ner": ("entities",), "roles": ("roles",), "events": ("events",)}


class InputError(ValueError):
    """Bad input (a missing folder, no page files, no readable page, earlier outputs missing):
    nothing was written and earlier outputs are untouched."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a run; ``message`` says what was kept and how to continue."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


TIMING_KEYS = ("seconds", "startup_seconds", "chars_per_second")   # the only keys that differ between reruns


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
    resumed_chars: int = 0        # of which: pages an interrupted run finished (--resume)
    seconds: float = 0.0          # wall time from the start of the command (start-up included)
    startup_seconds: float = 0.0  # of which: config, lexicons and models loaded
    errors: list[dict] = field(default_factory=list)

    @property
    def chars_per_second(self) -> float:
        return (self.chars - self.resumed_chars) / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        data["startup_seconds"] = round(self.startup_seconds, 3)
        data["chars_per_second"] = round(self.chars_per_second, 1)
        data["errors"] = [{k: v for k, v in e.items() if k != "detail"} for e in self.errors]
        return data

    def line(self) -> str:
        return (f"pages {self.pages} ({self.pages_failed} skipped), articles {self.articles}, "
                f"entities {self.entities}, roles {self.roles}, events {self.events}, people {self.people}, "
                f"{self.seconds:.1f} s ({self.startup_seconds:.1f} s start-up), "
                f"{self.chars_per_second:,.0f} chars/s")


def load_issue_dates(cfg: PipelineConfig, override: str | None = None) -> tuple[dict[str, str], str | None]:
    """Per-page issue dates from the manifest, and the run-wide default, validated as dates."""
    manifest: dict[str, str] = {}
    if cfg.run.issue_dates:
        path = cfg.path(cfg.run.issue_dates)
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError, ValueError) as exc:
            raise ConfigError(f"{path}: run.issue_dates manifest cannot be read: {exc}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: run.issue_dates: expected a mapping page_id -> date")
        manifest = {str(k): parse_date(v, f"{path}: {k}") for k, v in data.items()}
    if override is not None:
        override = parse_date(override, "--issue-date")
    return manifest, override or cfg.run.issue_date


def page_date(page_id: str, path: str | Path | None, manifest: dict[str, str], default: str | None) -> str | None:
    """A page's issue date: the manifest's, else a date the archive writes in its path (2026/01/21/…),
    else the run's (``--issue-date``, ``run.issue_date``)."""
    return manifest.get(page_id) or (date_in_path(path) if path else None) or default


def _tee_sizes(jobs: Iterable[PageJob]) -> tuple[Iterator[PageJob], deque]:
    """The jobs, and a queue that receives each job's input size as the job is taken (results
    come back in job order, so the progress bar pops one size per result)."""
    sizes: deque = deque()

    def gen() -> Iterator[PageJob]:
        for job in jobs:
            sizes.append(job.size)
            yield job
    return gen(), sizes


def _input_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class Extractor:
    """Runs the page pipeline of one config over input pages and writes the outputs."""

    def __init__(self, config: PipelineConfig | str | Path | None = None, started: float | None = None):
        self.started = started if started is not None else time.perf_counter()
        self.pipeline = PagePipeline(config)
        self.cfg = self.pipeline.cfg

    @property
    def nlp(self):
        return self.pipeline.nlp

    def process_page(self, page, issue_date: str | None) -> dict[str, list[dict]]:
        return self.pipeline.process_page(page, issue_date)

    # -- full runs -------------------------------------------------------------------------
    def _jobs(self, paths: list[Path], ids: dict[Path, str], manifest: dict[str, str], default_date: str | None,
              skip_pages: set[str]) -> Iterator[PageJob]:
        """One job per page file; a large file is streamed and gives one job per part."""
        encoding = self.cfg.run.encoding
        for path in paths:
            date = page_date(ids[path], path, manifest, default_date)
            if _input_size(path) <= page_io.LARGE_FILE_BYTES:
                yield PageJob(str(path), date, page_id=ids[path], size=_input_size(path))
                continue
            try:
                for page, size in iter_file_pages(path, encoding, page_id=ids[path]):
                    if page.page_id not in skip_pages:
                        yield PageJob(str(path), manifest.get(page.page_id, date), page=page, size=size)
            except PageError as exc:
                yield PageJob(str(path), date, error={"file": str(path), "stage": "read", "message": exc.problem})

    def extract(self, inputs: Iterable[str | Path], output_dir: str | Path, *, progress: bool = True,
                issue_date: str | None = None, resume: bool = False, workers: int | None = None,
                backend: str = "local", scheduler: str | None = None) -> RunSummary:
        manifest, default_date = load_issue_dates(self.cfg, issue_date)
        inputs = [Path(i) for i in inputs]
        try:
            paths = list(iter_page_paths(inputs))
        except PageError as exc:
            raise InputError(f"input {exc.path}: no such file or folder") from None
        if not paths:
            where = ", ".join(str(i) for i in inputs)
            raise InputError(f"input {where}: no page files (*.txt) found")
        self.pipeline.load()   # a missing model fails before any page is read
        from .people import PeopleRegistry
        summary = RunSummary()
        people = PeopleRegistry()
        summary.startup_seconds = time.perf_counter() - self.started
        workers = workers or self.cfg.run.workers
        output_dir = Path(output_dir)
        writer = OutputWriter(output_dir, resume=resume)
        try:
            made_by = provenance.provenance(self.cfg)
            if writer.resumed:
                _check_same_pipeline(writer, made_by)
            writer.write_json(provenance.FILE_NAME, made_by)
            all_paths = paths   # the ids are those of the whole run, resumed or not
            if writer.resumed:
                self._resume_state(writer, people, summary)
                paths = [p for p in paths if str(p) not in writer.done_files]
            jobs = self._jobs(paths, page_ids(inputs, all_paths), manifest, default_date, writer.done_pages)
            jobs, sizes = _tee_sizes(jobs)
            if backend == "dask":
                from .distributed import iter_results_dask
                results = iter_results_dask(self.pipeline, jobs, scheduler=scheduler, n_workers=max(workers, 2))
            else:
                results = iter_results(self.pipeline, jobs, workers)
            read_failures = 0
            with tqdm(total=sum(_input_size(p) for p in paths), desc="pages", unit="B", unit_scale=True,
                      disable=not progress, file=sys.stderr) as bar:
                for records, error in results:
                    bar.update(sizes.popleft())
                    summary.pages += 1
                    if error is not None:
                        writer.write("errors", error)
                        summary.pages_failed += 1
                        read_failures += error["stage"] == "read"
                        summary.errors.append(error)
                        continue
                    writer.write_page(records)
                    self._count(records, summary, people)
            if summary.pages and read_failures == summary.pages and not writer.resumed:
                writer.discard()
                first = summary.errors[0]
                raise InputError(f"input {', '.join(str(i) for i in inputs)}: no readable page "
                                 f"({summary.pages} file(s), e.g. {first['file']}: {first['message']})")
            for record in people.records():
                writer.write("people", record)
            summary.people = writer.counts["people"]
            summary.seconds = time.perf_counter() - self.started
            writer.write_json("summary.json", summary.as_dict())
            writer.commit()
        except KeyboardInterrupt:
            writer.close()
            raise Interrupted(
                f"interrupted: {writer.counts.get('pages', 0)} page(s) finished and kept in "
                f"{partial_dir(output_dir)}; {output_dir} is unchanged; run the same command with --resume "
                "to continue") from None
        except BaseException:
            writer.close()
            raise
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
            summary.resumed_chars += page.get("chars", 0)
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
            raise InputError("re-running from the splitter needs the pages: run a full extract")
        stages = [from_stage] if only else [s for s in STAGES[STAGES.index(from_stage):] if s in self.cfg.stages]
        articles_path = output_dir / "articles.jsonl"
        if not articles_path.exists():
            raise InputError(f"{articles_path}: no articles to re-run from (run a full extract first)")
        manifest, default_date = load_issue_dates(self.cfg, issue_date)
        needs_entities = "ner" not in stages
        needs_roles = "roles" not in stages and "events" in stages
        try:
            articles = list(read_jsonl(articles_path))
            pages_path = output_dir / "pages.jsonl"
            files = {p["page_id"]: p.get("file") for p in read_jsonl(pages_path)} if pages_path.exists() else {}
            entities = _group(output_dir / "entities.jsonl") if needs_entities else {}
            roles = _group(output_dir / "roles.jsonl") if needs_roles else {}
        except ValueError as exc:   # a malformed earlier output
            raise InputError(str(exc)) from None
        nlp = build_article_nlp(self.cfg, stages=stages)
        written = {f for s in stages for f in STAGE_FILES[s]}
        if "ner" in stages or "roles" in stages:
            written.add("people")
        keep = [f for f in ("pages", "articles", "entities", "roles", "events", "people", "errors") if f not in written]
        from .people import PeopleRegistry
        summary = RunSummary(startup_seconds=time.perf_counter() - self.started)
        people = PeopleRegistry()
        writer = OutputWriter(output_dir, files=sorted(written), keep=keep)
        try:
            # the stages re-run are this pipeline's; the earlier ones keep what made them
            writer.write_json(provenance.FILE_NAME, {**provenance.provenance(self.cfg), "rerun_from": from_stage,
                                                     "earlier": provenance.read(output_dir)})
            for article in tqdm(articles, desc="articles", unit="article", disable=not progress):
                date = page_date(article["page_id"], files.get(article["page_id"]), manifest, default_date)
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
            # a stage not re-run keeps its earlier file: count that one
            for name in ("entities", "roles", "events", "people"):
                count = writer.counts[name] if name in written else _count_lines(output_dir / f"{name}.jsonl")
                setattr(summary, name, count)
            for err in _read_optional(output_dir / "errors.jsonl"):
                summary.errors.append(err)
            summary.pages = _count_lines(output_dir / "pages.jsonl") + len(summary.errors)
            summary.pages_failed = len(summary.errors)
            summary.seconds = time.perf_counter() - self.started
            writer.write_json("summary.json", summary.as_dict())
            writer.commit()
        except KeyboardInterrupt:
            writer.discard()
            raise Interrupted(f"interrupted: {output_dir} is unchanged; run the same command again") from None
        except BaseException:
            writer.discard()
            raise
        write_report(output_dir)
        return summary


def _check_same_pipeline(writer: OutputWriter, made_by: dict) -> None:
    """--resume adds pages to an interrupted run's records: only those of the same pipeline."""
    earlier = provenance.read(writer.tmp_dir)
    changed = provenance.differences(earlier, made_by) if earlier is not None else []
    if changed:
        raise InputError(f"--resume: the interrupted run in {writer.tmp_dir} was made by another pipeline "
                         f"({', '.join(changed)} changed since); its records and this run's would mix: "
                         "run the same command without --resume to start over")


def write_report(output_dir: str | Path) -> None:
    """report.html beside the outputs; a report problem never fails the run."""
    try:
        from .report import build_report
        build_report(output_dir)
    except Exception as exc:  # noqa: BLE001
        print(f"warning: report.html not written: {type(exc).__name__}: {exc}", file=sys.stderr)


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with open(path, encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())


def _read_optional(path: Path) -> list[dict]:
    return list(read_jsonl(path)) if path.exists() else []


def _group(path: Path) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    if not path.exists():
        raise InputError(f"{path}: needed to re-run a later stage (run the earlier stage first)")
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
