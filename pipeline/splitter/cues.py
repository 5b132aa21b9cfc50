"""The splitter's cue lexicon (data/lexicons/splitter.yaml), compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from ..lexicon_files import read_yaml_mapping
from ..lexicon import DomainLexicon, load_lexicon
from ..names import NameGuesser
from ..paths import PROJECT_ROOT
from ..text.chars import HAN

DEFAULT_CUES = PROJECT_ROOT / "data" / "lexicons" / "splitter.yaml"

_REQUIRED = ("source_leads", "source_lines", "credit_roles", "photo_credit", "byline_lines",
             "section_labels")


@dataclass(frozen=True)
class SplitterCues:
    source_lead: re.Pattern
    source_lines: tuple[re.Pattern, ...]
    credit_roles: dict[str, str]
    credit_role_re: re.Pattern
    photo_credit: re.Pattern
    byline_lines: tuple[re.Pattern, ...]
    author_line: re.Pattern
    section_labels: tuple[re.Pattern, ...]
    news_verbs: tuple[str, ...]
    kicker_openers: tuple[str, ...]
    stray_tokens: dict[str, str] = field(default_factory=dict)
    credit_noise: frozenset[str] = frozenset()
    lead_openers: tuple[str, ...] = ()
    continuation_openers: tuple[str, ...] = ()
    dangling_ends: tuple[str, ...] = ()
    particle_ends: tuple[str, ...] = ()   # 通过了 | …: a sentence cut before its object
    cut_count_numerals: frozenset[str] = frozenset()   # 四|期码头: a count cut by a column break
    cut_count_measures: frozenset[str] = frozenset()
    cut_digit_units: frozenset[str] = frozenset()   # 今年3|月: a number cut from its unit
    single_roles: dict[str, str] = field(default_factory=dict)
    trailing_roles: dict[str, str | None] = field(default_factory=dict)
    trailing_role_re: re.Pattern = re.compile(r"(?!)")
    credit_outlet: re.Pattern = re.compile(r"(?!)")
    org_credit: re.Pattern = re.compile(r"(?!)")
    trailing_note: re.Pattern = re.compile(r"(?!)")
    end_marks: frozenset[str] = frozenset()
    bare_credit_role: str = "correspondents"
    headline_tag: re.Pattern = re.compile(r"(?!)")
    body_line: re.Pattern = re.compile(r"(?!)")     # 记者：…？, 【案例一】…: a line of the body
    page_header: re.Pattern = re.compile(r"(?!)")   # 某报 2025年9月15日 星期一 第2版: a running header
    page_column: re.Pattern = re.compile(r"(?!)")   # 区县工会·海淀 over a page's first story: its banner
    surnames: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()   # a credit's "name" made of them is a phrase (比赛|启事)
    places: frozenset[str] = frozenset()         # the gazetteers' places: one cut by a column break (浙|江)
    org_endings: frozenset[str] = frozenset()    # organization endings of 3+ characters: one cut (仲裁|院)
    legal_forms: tuple[str, ...] = ()            # a company's legal form opens no block (…加工|有限公司)
    names: NameGuesser | None = None             # names printed together in a credit (周明远吴晓东)
    # 安徽省总工会研究室 钟离敏, □ 屠晓蕾: a signature of a body and a name, or a mark and a name (the
    # name must open with a surname: parse_author_line)
    signed_lines: tuple[re.Pattern, ...] = ()
    kicker_topic_ends: tuple[str, ...] = ()   # 行动: a campaign's name, no fact stated
    kicker_speech_ends: tuple[str, ...] = ()   # 某某调研时强调: introduces the headline's words
    series_tag_ends: tuple[str, ...] = ()   # 走基层·重点工程见闻: a series' tag names a genre
    profile_subtitle_openers: tuple[str, ...] = ()   # (——)记某某: a profile's subtitle
    # 副主席钮|国庆, 主席章慧|芳: a line ending with an office (not 明星|齐全) and a surname (one more
    # character at most) may have a name cut by a column break
    name_after_title: re.Pattern = re.compile(r"(?!)")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def read_cue_data(path: str | Path | None = None) -> dict:
    """splitter.yaml as a mapping; a clear error naming the file otherwise."""
    path = Path(path) if path else DEFAULT_CUES
    data = read_yaml_mapping(path, "splitter cues file")
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise ValueError(f"{path}: missing keys {missing}")
    return data


def load_cues(path: str | Path | None = None, lexicon: DomainLexicon | None = None) -> SplitterCues:
    """The cues of ``path`` with the shared lexicon's endings and surnames (default lexicon:
    data/lexicons, compiled once per process)."""
    if lexicon is None:
        return _default_lexicon_cues(str(path) if path else None)
    return compile_cues(read_cue_data(path), lexicon)


@lru_cache(maxsize=8)
def _default_lexicon_cues(path: str | None) -> SplitterCues:
    return compile_cues(read_cue_data(path), load_lexicon())


def compile_cues(data: dict, lexicon: DomainLexicon) -> SplitterCues:
    """``data`` (splitter.yaml) compiled with what the shared lexicon knows: an organization-only
    credit and a signing body end like an organization; a credit of bare names opens with a
    surname; an author line's titles end with a position."""
    titles = _alternation({*lexicon.positions, *data.get("author_title_words", [])})
    name = rf"[{HAN}·]{{2,4}}"
    # "<titles ending in a title word><space><name>", e.g. 东城区人大常委会党组副书记、副主任，区总工会主席 吕德成
    author_line = re.compile(rf"^(?P<titles>[^。！？]{{2,60}}?(?:{titles}))[ \t\u3000]+(?P<name>{name})$")
    bodies = _alternation(lexicon.all_org_suffixes)
    marks = re.escape("".join(data.get("signature_marks", [])))
    signed_lines = (re.compile(rf"^(?P<titles>[{HAN}]{{2,30}}?(?:{bodies}))[ \t\u3000]+(?P<name>{name})$"),) + \
        ((re.compile(rf"^(?P<titles>[{marks}])[ \t\u3000]*(?P<name>{name})$"),) if marks else ())
    credit_roles = dict(data["credit_roles"])
    return SplitterCues(
        source_lead=re.compile("^(?:" + "|".join(data["source_leads"]) + ")"),
        source_lines=tuple(re.compile(p) for p in data["source_lines"]),
        credit_roles=credit_roles,
        credit_role_re=re.compile(_alternation(credit_roles)),
        photo_credit=re.compile(data["photo_credit"]),
        byline_lines=tuple(re.compile(p) for p in data["byline_lines"]),
        author_line=author_line,
        signed_lines=signed_lines,
        section_labels=tuple(re.compile(p) for p in data["section_labels"]),
        news_verbs=tuple(data.get("headline_news_verbs", [])),
        kicker_openers=tuple(data.get("kicker_openers", [])),
        kicker_topic_ends=tuple(data.get("kicker_topic_ends", [])),
        series_tag_ends=tuple(data.get("series_tag_ends", [])),
        # (speech_verbs.txt; an older cues file listed its own)
        kicker_speech_ends=tuple(dict.fromkeys([*lexicon.speech_verbs, *data.get("kicker_speech_ends", [])])),
        profile_subtitle_openers=tuple(data.get("profile_subtitle_openers", [])),
        stray_tokens=dict(data.get("stray_tokens", {})),
        credit_noise=frozenset(data.get("credit_noise", [])),
        lead_openers=tuple(str(x) for x in data.get("lead_openers", [])),
        continuation_openers=tuple(data.get("continuation_openers", [])),
        dangling_ends=tuple(data.get("dangling_ends", [])),
        particle_ends=tuple(data.get("particle_ends", [])),
        cut_count_numerals=frozenset(data.get("cut_count_numerals", [])),
        cut_count_measures=frozenset(data.get("cut_count_measures", [])),
        cut_digit_units=frozenset(data.get("cut_digit_units", [])),
        single_roles=dict(data.get("single_credit_roles", {})),
        trailing_roles=dict(data.get("trailing_credit_roles", {})),
        trailing_role_re=re.compile(f"(?:{_alternation(data.get('trailing_credit_roles') or ['(?!)'])})$"),
        credit_outlet=re.compile(data.get("credit_outlet", "(?!)")),
        org_credit=re.compile(rf"[{HAN}]{{2,20}}(?:{_alternation(lexicon.all_org_suffixes) or '(?!)'})"),
        trailing_note=re.compile(data.get("trailing_note", "(?!)")),
        end_marks=frozenset(data.get("end_marks", [])),
        bare_credit_role=str(data.get("bare_credit_role", "correspondents")),
        headline_tag=re.compile(data.get("headline_tag", "(?!)")),
        body_line=re.compile(data.get("body_line_openers", "(?!)")),
        page_header=re.compile(data.get("page_header", "(?!)")),
        page_column=re.compile(data.get("page_column", "(?!)")),
        surnames=lexicon.surname_set,
        common_words=lexicon.common_word_set,
        places=frozenset(lexicon.places),
        org_endings=frozenset(w for w in lexicon.org_suffixes if len(w) >= 3),
        legal_forms=tuple(lexicon.legal_forms),
        names=NameGuesser(lexicon),
        name_after_title=_name_after_an_office(lexicon),
    )


def _name_after_an_office(lexicon: DomainLexicon) -> re.Pattern:
    """An office (positions.txt, kind office) and a surname, one more character at most, ending a
    line: the name may go on past a column break (副主席钮|国庆, 主席章慧|芳)."""
    offices = _alternation(w for w, kind in lexicon.positions.items() if kind == "office")
    surnames = "".join(sorted(lexicon.single_surnames))
    return re.compile(rf"(?:{offices})(?P<name>[{surnames}][{HAN}]?)$")

