"""YAML configuration, validated before any work.

An unknown stage, an unknown key or a wrong type is a ``ConfigError`` naming the file and the key.
Relative paths are resolved against the config's folder, then the project root.
"""
from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .paths import PROJECT_ROOT

DEFAULT_CONFIG = PROJECT_ROOT / "configs" / "default.yaml"
STAGES = ("splitter", "ner", "roles", "events")


class ConfigError(ValueError):
    """A configuration problem; the message names the file, the key and what was expected."""


class _Loader(yaml.SafeLoader):
    """YAML without implicit timestamps: ``2026-13-45`` stays text, so the date check (not the
    YAML parser) reports it, naming the key."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def parse_date(value, where: str) -> str:
    """An ISO date (``2026-01-21``; a YAML date too) as text; anything else is a ConfigError."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ConfigError(f"{where}: expected a date YYYY-MM-DD, got {value!r}") from None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SplitterConfig(_Strict):
    cues: str = "data/lexicons/splitter.yaml"


class HanlpOptions(_Strict):
    """Used by ``backend: hanlp`` only (see docs/hanlp.md)."""
    max_length: int = Field(default=126, ge=8)   # chars per piece sent to HanLP (ELECTRA: 126)
    batch_size: int = Field(default=32, ge=1)    # pieces per HanLP call
    device: int | None = None                    # None: HanLP's choice; -1: CPU; 0: first GPU
    label_scheme: str = "auto"                   # NER only: a section of data/lexicons/hanlp_labels.yaml, or auto


class SegmenterConfig(_Strict):
    backend: Literal["pkuseg", "char", "spacy", "hanlp"] = "pkuseg"
    model: str | None = "models/pkuseg"       # pkuseg model folder, spaCy package name or HanLP model id
    user_dict: str | None = "@lexicons"       # a word-per-line file, or @lexicons: data/lexicons merged
    hanlp: HanlpOptions = Field(default_factory=HanlpOptions)


class NerRulesConfig(_Strict):
    enabled: bool = True
    gazetteers: list[str] = Field(default_factory=list)   # place lists; default: the shipped ones
    file: str | None = None                               # the rules file; default data/lexicons/ner_rules.yaml
    surnames: str | None = None                           # default data/lexicons/surnames.txt

    @model_validator(mode="before")
    @classmethod
    def _renamed_keys(cls, data):
        """Earlier names: ``org_suffixes`` was the rules file, ``person_cues`` the surnames file."""
        if isinstance(data, dict):
            data = dict(data)
            for old, new in (("org_suffixes", "file"), ("person_cues", "surnames")):
                if old in data:
                    if data.get(new) not in (None, data[old]):
                        raise ValueError(f"{old!r} is the old name of {new!r}: give one of them")
                    data[new] = data.pop(old)
        return data


class NerConfig(_Strict):
    backend: Literal["project", "spacy", "hanlp", "none"] = "project"
    model: str | None = "models/ner"
    hanlp: HanlpOptions = Field(default_factory=HanlpOptions)
    rules: NerRulesConfig = Field(default_factory=NerRulesConfig)


class RolesConfig(_Strict):
    positions: str = "data/lexicons/positions.txt"
    patterns: str | None = "data/lexicons/roles.yaml"
    home_place: str | None = None   # the paper's own city or province (北京市): see roles.yaml own_paper_leads


class EventsConfig(_Strict):
    triggers: str = "data/lexicons/events.yaml"


class RunConfig(_Strict):
    encoding: str | None = None         # input encoding; None: UTF-8 (with or without BOM), else GB18030
    issue_dates: str | None = None      # optional YAML manifest page_id -> date
    issue_date: str | None = None       # one date for every page of the run
    workers: int = Field(default=1, ge=1)

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            return codecs.lookup(value).name
        except LookupError:
            raise ValueError(f"unknown encoding {value!r} (e.g. utf-8, gb18030, big5, utf-16)") from None

    @field_validator("issue_date", mode="before")
    @classmethod
    def _date(cls, value) -> str | None:
        if value is None:
            return value
        try:
            return parse_date(value, "issue_date")
        except ConfigError:
            raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}") from None


class PipelineConfig(_Strict):
    stages: list[Literal["splitter", "ner", "roles", "events"]] = Field(default_factory=lambda: list(STAGES))
    splitter: SplitterConfig = Field(default_factory=SplitterConfig)
    segmenter: SegmenterConfig = Field(default_factory=SegmenterConfig)
    ner: NerConfig = Field(default_factory=NerConfig)
    roles: RolesConfig = Field(default_factory=RolesConfig)
    events: EventsConfig = Field(default_factory=EventsConfig)
    run: RunConfig = Field(default_factory=RunConfig)
    # where the file came from: relative paths are resolved against it
    source: str | None = Field(default=None, exclude=True)

    @property
    def base_dir(self) -> Path:
        return Path(self.source).parent if self.source else PROJECT_ROOT

    def path(self, value: str | None) -> Path | None:
        from .paths import resolve_path
        return resolve_path(value, self.base_dir) if value else None


def _format_error(path: str, err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        key = ".".join(str(p) for p in e["loc"]) or "(top level)"
        if e["type"] == "extra_forbidden":
            what = "unknown key"
        elif e["type"] == "literal_error":
            what = f"got {e.get('input')!r}; {e['msg'].lower()}"
        elif e["type"] == "value_error":
            what = e["msg"].removeprefix("Value error, ")
        else:
            what = f"{e['msg']} (got {e.get('input')!r})"
        lines.append(f"{path}: {key}: {what}")
    return "\n".join(lines)


def parse_overrides(items: list[str]) -> dict[str, object]:
    """``KEY=VALUE`` pairs of the command line (``ner.model=build/ner``, ``run.workers=2``): each
    value read as YAML (numbers, true/false, null); a malformed pair is a ConfigError."""
    overrides: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key or any(not part for part in key.split(".")):
            raise ConfigError(f"--set {item!r}: expected KEY=VALUE, a dotted key such as ner.model=models/ner")
        try:
            overrides[key] = yaml.load(value, Loader=_Loader) if value.strip() else None
        except yaml.YAMLError as exc:
            raise ConfigError(f"--set {item!r}: the value is not valid YAML: {exc}") from None
    return overrides


def _apply_overrides(data: dict, overrides: dict[str, object], source: str) -> dict:
    """The config's mapping with each dotted key set (sections created as needed); a key that
    runs through a value that is no section is a ConfigError. Unknown keys are left to the
    validation, which names them."""
    data = dict(data)
    for key, value in overrides.items():
        parts = key.split(".")
        node = data
        for depth, part in enumerate(parts[:-1]):
            child = node.get(part)
            if child is None:
                child = {}
            elif not isinstance(child, dict):
                raise ConfigError(f"{source}: --set {key}: {'.'.join(parts[:depth + 1])} is a value, not a section")
            node[part] = child = dict(child)
            node = child
        node[parts[-1]] = value
    return data


def load_config(config: str | Path | dict | PipelineConfig | None = None,
                overrides: dict[str, object] | None = None) -> PipelineConfig:
    """Read and validate a config file (or dict); ``None`` is configs/default.yaml. ``overrides``
    (``parse_overrides``) replace single keys of it; relative paths among them resolve like the
    file's own."""
    source = None
    if isinstance(config, PipelineConfig):
        if not overrides:
            return config
        data, source = config.model_dump(), config.source
    elif config is None or isinstance(config, (str, Path)):
        source = str(config or DEFAULT_CONFIG)
        try:
            with open(source, encoding="utf-8") as fh:
                data = yaml.load(fh, Loader=_Loader)
        except FileNotFoundError:
            raise ConfigError(f"{source}: config file not found") from None
        except yaml.YAMLError as exc:
            raise ConfigError(f"{source}: not valid YAML: {exc}") from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(f"{source}: (top level): expected a mapping of stage settings, got {type(data).__name__}")
    else:
        data = dict(config)
    if overrides:
        data = _apply_overrides(data, overrides, source or "<config>")
    try:
        cfg = PipelineConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_error(source or "<config>", exc)) from None
    if cfg.stages and cfg.stages[0] != "splitter" and "splitter" in cfg.stages:
        raise ConfigError(f"{source or '<config>'}: stages: 'splitter' must come first")
    order = [s for s in STAGES if s in cfg.stages]
    if cfg.stages != order:
        raise ConfigError(f"{source or '<config>'}: stages: must follow the order {list(STAGES)}, got {cfg.stages}")
    cfg.source = source
    _check_files(cfg, source or "<config>")
    return cfg


# (config key, whether it is a folder); checked only for the stages that run
_FILE_KEYS = {
    "splitter": [("splitter.cues", False)],
    "ner": [("ner.model", True)],
    "roles": [("roles.positions", False), ("roles.patterns", False)],
    "events": [("events.triggers", False)],
}


def _check_files(cfg: PipelineConfig, source: str) -> None:
    """A configured lexicon or model file that is missing is an error before any work."""
    problems = []
    for stage, keys in _FILE_KEYS.items():
        if stage not in cfg.stages:
            continue
        for key, folder in keys:
            section, name = key.split(".")
            value = getattr(getattr(cfg, section), name)
            if not value or (key == "ner.model" and cfg.ner.backend != "project"):
                continue
            path = cfg.path(value)
            if not (path.is_dir() if folder else path.is_file()):
                what = "a model folder" if folder else "a file"
                problems.append(f"{source}: {key}: expected {what}, not found: {path}")
    for key in ("file", "surnames"):
        value = getattr(cfg.ner.rules, key)
        if "ner" in cfg.stages and value and not cfg.path(value).is_file():
            problems.append(f"{source}: ner.rules.{key}: expected a file, not found: {cfg.path(value)}")
    for value in cfg.ner.rules.gazetteers:
        if "ner" in cfg.stages and not cfg.path(value).is_file():
            problems.append(f"{source}: ner.rules.gazetteers: expected a file, not found: {cfg.path(value)}")
    if "ner" in cfg.stages and cfg.segmenter.backend == "pkuseg" and cfg.segmenter.model \
            and "/" in cfg.segmenter.model and not cfg.path(cfg.segmenter.model).is_dir():
        problems.append(f"{source}: segmenter.model: expected a pkuseg model folder, not found: {cfg.path(cfg.segmenter.model)}")
    if not problems:
        problems = _check_lexicons(cfg, source)
    if problems:
        raise ConfigError("\n".join(problems))


# keys a YAML lexicon must have, so a file given for the wrong key is caught (any one of them)
_LEXICON_KEYS = {
    "splitter.cues": ("splitter", {"source_leads", "section_labels"}),
    "roles.patterns": ("roles", {"coordination", "honours", "org_heads", "title_prefixes"}),
    "events.triggers": ("events", {"meeting", "visit"}),
}


def _check_lexicons(cfg: PipelineConfig, source: str) -> list[str]:
    """Lexicon files of the stages that run: YAML that parses to a mapping with the keys of its
    kind, a word list with at least one entry. Errors name the config key and the file."""
    problems = []
    for key, (stage, wanted) in _LEXICON_KEYS.items():
        section, name = key.split(".")
        value = getattr(getattr(cfg, section), name)
        if stage not in cfg.stages or not value:
            continue
        path = cfg.path(value)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            problems.append(f"{source}: {key}: {path}: cannot be read as YAML: {exc}")
            continue
        if not isinstance(data, dict):
            problems.append(f"{source}: {key}: {path}: expected a mapping of lexicon keys, got {type(data).__name__}")
        elif not wanted & set(data):
            problems.append(f"{source}: {key}: {path}: not a {stage} lexicon (none of the keys "
                            f"{', '.join(sorted(wanted))}; found {', '.join(sorted(map(str, data))[:6]) or 'none'})")
        elif stage == "events":
            for kind in sorted(wanted & set(data)):
                if not data[kind]:
                    problems.append(f"{source}: {key}: {path}: key {kind!r} is empty (no {kind} triggers)")
    if "roles" in cfg.stages and cfg.roles.positions:
        path = cfg.path(cfg.roles.positions)
        try:
            from .lexicon_files import read_entries
            if next(iter(read_entries(path)), None) is None:
                problems.append(f"{source}: roles.positions: {path}: no entries (one position per line)")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{source}: roles.positions: {path}: cannot be read as UTF-8 text: {exc}")
    return problems
