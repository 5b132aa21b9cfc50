"""The domain lexicon: every word list more than one stage needs, read once from data/lexicons.

One ``DomainLexicon`` (registered as ``union.DomainLexicon.v1`` in spaCy's ``misc`` registry) is
handed to each component's ``initialize()``; no component reads these files itself. Each datum is
in exactly one file (the README's table says which):

=====================  ==========================================================================
org_suffixes.txt       organization endings, ``word<TAB>kind`` (name / weak / company / legal / ending)
place_suffixes.txt     administrative place endings (区, 街道, 自治州)
elision.yaml           what an elided organization opens with (区总工会, 街道工委), words that
                       open so but are none (市场, 区域), a party's name before a body's place (中共),
                       a body's bare head (公司工会), its anaphors (该公司)
surnames.txt           surnames, single and compound
name_followers.txt     words that may follow a person's name (出席, 在讲话中, 说)
names.yaml             how a name is guessed: nickname prefixes, words no name starts with,
                       last characters of a 3-character reading, characters no name ends with
positions.txt          offices, occupations and labels, ``word<TAB>kind``
org_names.txt          organization names, ``name[<TAB>generic|unforced]``
org_short_forms.txt    short forms of a body's name (全总 for 中华全国总工会), ``short<TAB>full[<TAB>ending]``
place_abbreviations.txt  one-character place abbreviations (京, 浙, 美), ``abbr[<TAB>place]``
province_of_places.txt the province of each division and its stem (株洲 -> 湖南省), ``place<TAB>province``
                       (built by pipeline/corpora/divisions.py)
beijing_places.txt,    place gazetteers (china_divisions.txt: every prefecture and county, built by
china_places.txt,      pipeline/corpora/divisions.py)
china_divisions.txt
world_countries.txt    countries (越南, 哈萨克斯坦): NER splits one off a foreign body's name before the
                       body's own unit (越南|老街省劳动联合会); not a gazetteer (those are China's)
common_words.txt       common words (a column break inside a word; a word is no name), "noun", "action" (a noun of a doing) and "adj" marked
modern_words.txt       common words since 1998 (物流, 新能源), read with common_words.txt
verbs.txt              verbs too rare for common_words.txt (an organization's name does not run over one)
lead_verbs.txt         verbs that say a person leads a group (率领, 带队)
speech_verbs.txt       verbs that open a person's words (说, 表示, 指出), ``verb[<TAB>any]``
lodging_words.txt      hotels by their ending (宾馆, 饭店): a place and a venue where used as one
terms.txt              segmentation-only words
=====================  ==========================================================================

The Han range and the width tables are code: ``pipeline/text/chars.py``.
"""
from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path
from typing import Container, Iterable

import srsly
import yaml
from spacy.util import registry

from .lexicon_files import UNFORCED, entry_lines
from .paths import LEXICON_DIR
from .text import chars
from .text.scan import splits_into_words
from .text.scan import longest_first, words_regex

ORG_SUFFIX_KINDS = ("name", "weak", "company", "legal", "ending")
POSITION_KINDS = ("office", "occupation", "label")
PORTFOLIO_KINDS = ("portfolio", "portfolio_office")   # positions.txt: 外交 + 大臣, composed on loading
ORG_NAME_KINDS = ("name", "generic", UNFORCED)
# speech_verbs.txt: said only by a speaker (表示), or of a text, a rule or a crowd too (要求)
SPEECH_VERB_KINDS = ("speaker", "any")
NAME_KINDS = ("name", UNFORCED)   # org_names.txt kinds that name one body (generic names a kind)
COMMON_WORD_KINDS = ("common", "noun", "action", "adj")

FILES = {
    "org_suffixes": "org_suffixes.txt",
    "place_suffixes": "place_suffixes.txt",
    "elision": "elision.yaml",
    "surnames": "surnames.txt",
    "name_followers": "name_followers.txt",
    "names": "names.yaml",
    "positions": "positions.txt",
    "org_names": "org_names.txt",
    "org_short_forms": "org_short_forms.txt",
    "place_abbreviations": "place_abbreviations.txt",
    "province_of_places": "province_of_places.txt",
    "common_words": "common_words.txt",
    "modern_words": "modern_words.txt",
    "verbs": "verbs.txt",
    "lead_verbs": "lead_verbs.txt",
    "speech_verbs": "speech_verbs.txt",
    "lodging_words": "lodging_words.txt",
    "terms": "terms.txt",
    "countries": "world_countries.txt",
}
DEFAULT_GAZETTEERS = ("beijing_places.txt", "china_places.txt", "china_divisions.txt")


class LexiconError(ValueError):
    """A lexicon file that is missing or malformed; the message names the file and line."""


def _words(path: Path) -> list[str]:
    """Every word of a file; a line may hold several, separated by spaces (surnames.txt)."""
    return [w for _, line in _lines(path) for w in line.split("\t", 1)[0].split()]


def _lines(path: Path):
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file not found")
    return entry_lines(path)


def _kinds(path: Path, kinds: tuple[str, ...], default: str) -> dict[str, str]:
    """``word<TAB>kind`` lines -> {word: kind}; the kind is checked against ``kinds``."""
    table: dict[str, str] = {}
    for n, line in _lines(path):
        word, _, kind = line.partition("\t")
        kind = kind.strip() or default
        if kind not in kinds:
            raise LexiconError(f"{path}:{n}: kind {kind!r} is not one of {kinds}")
        table.setdefault(word.strip(), kind)
    return table


def read_positions(path: str | Path) -> dict[str, str]:
    """positions.txt -> {word: kind}. Each ``portfolio`` word (外交, 内政) composes an office with
    each ``portfolio_office`` (大臣): a minister's title names the field, and the file lists the
    fields once rather than every pair (the bare office stays an office)."""
    table = _kinds(Path(path), POSITION_KINDS + PORTFOLIO_KINDS, "office")
    fields = [w for w, k in table.items() if k == "portfolio"]
    positions = {w: k for w, k in table.items() if k in POSITION_KINDS}
    for office in (w for w, k in table.items() if k == "portfolio_office"):
        positions.setdefault(office, "office")
        positions.update((f + office, "office") for f in fields if f + office not in positions)
    return positions


def _short_forms(path: Path) -> dict[str, dict[str, str]]:
    """org_short_forms.txt: ``short<TAB>full`` names and ``short<TAB>full<TAB>ending`` endings."""
    table: dict[str, dict[str, str]] = {"names": {}, "endings": {}}
    for n, line in _lines(path):
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) not in (2, 3) or not all(fields[:2]) or fields[2:] not in ([], ["ending"]):
            raise LexiconError(f"{path}:{n}: expected short<TAB>full[<TAB>ending], got {line!r}")
        table["endings" if fields[2:] else "names"].setdefault(fields[0], fields[1])
    return table


def _tabbed_pairs(path: Path) -> dict[str, str]:
    """place_abbreviations.txt: ``abbr[<TAB>place]`` -> {abbr: place or ""}; province_of_places.txt:
    ``place<TAB>province`` -> {place: province}."""
    table: dict[str, str] = {}
    for n, line in _lines(path):
        abbr, _, place = (f.strip() for f in line.partition("\t"))
        if not abbr or "\t" in place:
            raise LexiconError(f"{path}:{n}: expected abbr[<TAB>place], got {line!r}")
        table.setdefault(abbr, place)
    return table


def _common_words(*paths: Path) -> dict[str, list[str]]:
    """common_words.txt and modern_words.txt: ``word[<TAB>noun|action|adj]``; all of them, the
    nouns (an action is one), the actions, those marked adj."""
    kinds = {w: k for path in paths for w, k in _kinds(path, COMMON_WORD_KINDS, "common").items()}
    return {"common_words": list(kinds), "noun_words": [w for w, k in kinds.items() if k in ("noun", "action")],
            "action_words": [w for w, k in kinds.items() if k == "action"],
            "adjective_words": [w for w, k in kinds.items() if k == "adj"]}


NAME_KEYS = ("nickname_prefixes", "name_stop_last", "not_name_start_words", "non_name_final_chars", "address_terms",
             "foreign_name_chars", "transliteration_chars", "verb_surnames", "common_surname_count", "meeting_frames",
             "japanese_surnames", "japanese_long_given_ends", "japanese_given_finals", "minority_name_parts",
             "name_conjunctions", "title_blocked_next", "title_blocked_next_except", "middle_names")
NAME_COUNTS = ("common_surname_count",)
ELISION_KEYS = ("prefixes", "not_words", "other_levels", "party_prefixes", "bare_heads", "generic_heads", "anaphors",
                "autonomous_units", "people_heads")


def _yaml(path: Path, keys: tuple[str, ...], counts: tuple[str, ...] = ()) -> dict:
    """A YAML file of word lists (and of the numbers named in ``counts``), only the given keys;
    an unknown key is an error."""
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping of word lists")
    unknown = sorted(set(data) - set(keys))
    if unknown:
        raise LexiconError(f"{path}: unknown keys {unknown}; expected {list(keys)}")
    for key, value in data.items():
        if key in counts:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise LexiconError(f"{path}: {key}: expected a whole number")
        elif not isinstance(value, list):
            raise LexiconError(f"{path}: {key}: expected a list of words")
    return data


def _unique(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(w for w in words if w))


def place_stems(places: Iterable[str], suffixes: Iterable[str], common_words: Container[str] = ()) -> frozenset[str]:
    """The names of listed places less their administrative suffix, two characters or more and no
    common word (张北 for 张北县, 洛阳 for 洛阳市; not 资源 for 资源县, 平安 for 平安区): how a text
    often writes them."""
    ends = tuple(suffixes)
    return frozenset(stem for p in places for s in ends if p.endswith(s) and len(p) > len(s) + 1
                     and (stem := p[:-len(s)]) not in common_words)


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(longest_first(words))


class DomainLexicon:
    """The shared word lists. Plain data (``to_dict``/``from_dict``), so a saved pipeline carries
    them; the derived views below are built once per instance. (A plain class, not a dataclass:
    spaCy validates ``initialize`` settings with pydantic, which would turn a dataclass into a dict.)"""

    FIELDS = ("org_suffixes", "place_suffixes", "elision", "surnames", "name_followers", "names", "positions",
              "org_names", "org_short_forms", "places", "place_abbreviations", "province_of_places", "common_words",
              "noun_words", "action_words", "adjective_words", "verbs", "lead_verbs", "speech_verbs", "lodging_words",
              "terms", "countries")

    # the character classes and width tables, for components that take them from the lexicon
    HAN = chars.HAN
    FULLWIDTH_ALNUM = chars.FULLWIDTH_ALNUM
    HALF_TO_FULL_PUNCT = chars.HALF_TO_FULL_PUNCT

    def __init__(self, *, org_suffixes: dict[str, str] | None = None, place_suffixes: Iterable[str] = (),
                 elision: dict | None = None, surnames: Iterable[str] = (), name_followers: Iterable[str] = (), names: dict | None = None,
                 positions: dict[str, str] | None = None, org_names: dict[str, str] | None = None,
                 org_short_forms: dict[str, dict[str, str]] | None = None, places: Iterable[str] = (),
                 place_abbreviations: dict[str, str] | None = None, province_of_places: dict[str, str] | None = None,
                 common_words: Iterable[str] = (), noun_words: Iterable[str] = (),
                 action_words: Iterable[str] = (), adjective_words: Iterable[str] = (), verbs: Iterable[str] = (),
                 lead_verbs: Iterable[str] = (), speech_verbs: dict[str, str] | None = None,
                 lodging_words: Iterable[str] = (), terms: Iterable[str] = (),
                 countries: Iterable[str] = ()) -> None:
        self.org_suffixes = dict(org_suffixes or {})     # word -> name | weak | ending
        self.place_suffixes = list(place_suffixes)
        self.elision = {k: list(v or []) for k, v in (elision or {}).items()}   # elision.yaml
        self.surnames = list(surnames)                    # single and compound
        self.name_followers = list(name_followers)
        self.names = {k: v if isinstance(v, int) else list(v or []) for k, v in (names or {}).items()}   # names.yaml
        self.positions = dict(positions or {})            # word -> office | occupation | label
        self.org_names = dict(org_names or {})            # word -> name | generic | unforced
        forms = org_short_forms or {}
        self.org_short_forms = {"names": dict(forms.get("names", {})), "endings": dict(forms.get("endings", {}))}
        self.places = list(places)                        # the gazetteers, merged
        self.place_abbreviations = dict(place_abbreviations or {})   # 浙 -> 浙江, 美 -> "" (several)
        self.province_of_places = dict(province_of_places or {})     # 株洲市, 株洲 -> 湖南省
        self.common_words = list(common_words)
        self.noun_words = list(noun_words)               # the common words marked "noun" or "action"
        self.action_words = list(action_words)           # those marked "action" (交流, 研究)
        self.adjective_words = list(adjective_words)     # those marked "adj" (精密, 鼎盛)
        self.verbs = list(verbs)                          # rare verbs (verbs.txt), no common word
        self.lead_verbs = list(lead_verbs)                # 率领, 带队: a person leads a group
        self.speech_verbs = dict(speech_verbs or {})      # 说, 表示: a person's words follow -> speaker | any
        self.lodging_words = list(lodging_words)          # 宾馆, 饭店: hotels by their ending
        self.terms = list(terms)
        self.countries = list(countries)                 # world_countries.txt
        self._derive()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DomainLexicon) and self.to_dict() == other.to_dict()

    def _derive(self) -> None:
        suffixes = self.org_suffixes
        # NER grows a name over these; weak ones only after a known place or organization
        self.name_org_suffixes = _longest_first(w for w, k in suffixes.items() if k in ("name", "weak", "company", "legal"))
        self.weak_org_suffixes = frozenset(w for w, k in suffixes.items() if k == "weak")
        # a place the model read that ends so is a company (青山超市)
        self.company_org_suffixes = _longest_first(w for w, k in suffixes.items() if k == "company")
        # a company's legal form ends its registered name (NER) and may follow a body's head (roles)
        self.legal_forms = _longest_first(w for w, k in suffixes.items() if k == "legal")
        # any ending that marks a found string as an organization (roles, events, splitter)
        self.all_org_suffixes = _longest_first(suffixes)
        self.place_suffixes_longest = _longest_first(self.place_suffixes)
        # longest first, else in the file's order (the roles' place index reads them in turn)
        self.elision_prefixes = tuple(sorted(self.elision.get("prefixes", []), key=len, reverse=True))
        self.elision_not_words = tuple(self.elision.get("not_words", []))
        self.other_levels = tuple(self.elision.get("other_levels", []))
        # a city's zones (经开区, 高新区, 开发区, 新区, 园区): the elided levels that are no administrative
        # place's ending (NER keeps 南宁经开区党工委 whole; roles read 南宁 there as the city written bare)
        self.zone_levels = tuple(w for w in self.elision_prefixes if len(w) > 1 and w not in self.place_suffixes)
        self.party_prefixes = tuple(sorted(self.elision.get("party_prefixes", []), key=len, reverse=True))
        self.bare_heads = _longest_first(self.elision.get("bare_heads", []))
        self.generic_heads = frozenset(self.elision.get("generic_heads", []))
        self.anaphors = tuple(self.elision.get("anaphors", []))
        self.autonomous_units = tuple(self.elision.get("autonomous_units", []))
        self.people_heads = tuple(self.elision.get("people_heads", []))
        # 该公司, 本集团, 该企业: an anaphor before a bare or generic head, one organization named before
        self.anaphoric_bodies = _longest_first(a + h for a in self.anaphors
                                               for h in (*self.bare_heads, *sorted(self.generic_heads)))
        self.place_suffix_chars = "".join(w for w in self.place_suffixes if len(w) == 1)
        self.surname_set = frozenset(self.surnames)
        self.single_surnames = frozenset(w for w in self.surnames if len(w) == 1)
        self.compound_surnames = _longest_first(w for w in self.surnames if len(w) > 1)
        # the file lists one-character surnames commonest first
        self.common_surnames = frozenset([w for w in self.surnames if len(w) == 1]
                                         [:int(self.names.get("common_surname_count", 0))])
        # (a verb of leading a group or of speech follows a name too: 甲率领, 甲表示)
        self.name_followers_longest = _longest_first(dict.fromkeys([*self.name_followers, *self.lead_verbs,
                                                                    *self.speech_verbs]))
        self.speech_verbs_longest = _longest_first(self.speech_verbs)
        # (said only by a speaker: a name stands before one, no body's name runs over one)
        self.speaker_verbs_longest = _longest_first(w for w, k in self.speech_verbs.items() if k == "speaker")
        self.nickname_prefixes = frozenset(self.names.get("nickname_prefixes", []))
        self.middle_names = frozenset(self.names.get("middle_names", []))
        self.name_stop_last = frozenset(self.names.get("name_stop_last", []))
        self.not_name_start = _longest_first(self.names.get("not_name_start_words", []))
        self.non_name_final = frozenset(self.names.get("non_name_final_chars", []))
        self.address_terms = _longest_first(self.names.get("address_terms", []))
        self.foreign_name_chars = frozenset(self.names.get("foreign_name_chars", []))
        self.transliteration_chars = frozenset(self.names.get("transliteration_chars", []))
        self.verb_surnames = frozenset(self.names.get("verb_surnames", []))
        self.meeting_frames = _longest_first(self.names.get("meeting_frames", []))
        self.name_conjunctions = tuple(self.names.get("name_conjunctions", []))
        self.title_blocked_next = frozenset(self.names.get("title_blocked_next", []))
        self.title_blocked_next_except = tuple(self.names.get("title_blocked_next_except", []))
        self.japanese_surnames = _longest_first(self.names.get("japanese_surnames", []))
        self.minority_name_parts = _longest_first(self.names.get("minority_name_parts", []))
        # the first two characters of each part: most positions open none (one set lookup each)
        self.minority_part_openings = frozenset(part[:2] for part in self.minority_name_parts)
        self.japanese_long_given_ends = frozenset(self.names.get("japanese_long_given_ends", []))
        self.japanese_given_finals = frozenset(self.names.get("japanese_given_finals", []))
        self.positions_longest = _longest_first(self.positions)
        self.known_orgs = _longest_first(w for w, k in self.org_names.items() if k in NAME_KINDS)
        self.places_longest = _longest_first(self.places)
        self.place_set = frozenset(self.places)
        self.countries_longest = _longest_first(self.countries)
        self.country_set = frozenset(self.countries)
        # 株洲 for 株洲市: how a company's registered name often writes its seat (株洲恒驰电气股份有限公司)
        self.place_stem_set = place_stems(self.places, self.place_suffixes, frozenset(self.common_words))
        self.common_word_set = frozenset(self.common_words)
        self.noun_word_set = frozenset(self.noun_words)
        self.action_word_set = frozenset(self.action_words)
        self.adjective_word_set = frozenset(self.adjective_words)
        self.verb_set = frozenset(self.verbs)
        # The common words not marked noun (落实, 评价, 深入): verbs and their kin, what ends a name
        # or opens a clause; one set for every stage's "is this a verb?".
        self.non_noun_word_set = self.common_word_set - self.noun_word_set
        self.lead_verbs_longest = _longest_first(self.lead_verbs)

    @cached_property
    def autonomous_short_forms(self) -> dict[str, tuple[str, ...]]:
        """凉山州 -> (凉山彝族自治州,), 巍山县 -> (巍山彝族回族自治县,): a listed autonomous unit written
        by its place and its level's last character. Every opening of the name before its first
        people is taken (黔东, 黔东南 of 黔东南苗族侗族自治州): the text writes only the true one."""
        forms: dict[str, list[str]] = {}
        for unit in self.autonomous_units:
            for place in self.places:
                if place.endswith(unit) and len(place) > len(unit) + 2:
                    core = place[:-len(unit)]
                    people = next((k for k, ch in enumerate(core) if ch in self.people_heads), len(core))
                    for k in range(2, people):
                        forms.setdefault(core[:k] + unit[-1], []).append(place)
        return {short: tuple(dict.fromkeys(full)) for short, full in forms.items()}

    # -- loading ----------------------------------------------------------------------------
    @classmethod
    def load(cls, directory: str | Path | None = None, *, positions: str | Path | None = None,
             gazetteers: Iterable[str | Path] | None = None,
             surnames: str | Path | None = None) -> "DomainLexicon":
        """Read the files of ``directory`` (default data/lexicons); ``positions``, ``gazetteers``
        and ``surnames`` replace that folder's files (the YAML config's ``roles.positions``,
        ``ner.rules.gazetteers`` and ``ner.rules.surnames``)."""
        d = Path(directory) if directory else LEXICON_DIR
        gaz = [Path(g) for g in gazetteers] if gazetteers else [d / g for g in DEFAULT_GAZETTEERS]
        return cls(
            org_suffixes=_kinds(d / FILES["org_suffixes"], ORG_SUFFIX_KINDS, "name"),
            place_suffixes=_unique(_words(d / FILES["place_suffixes"])),
            elision=_yaml(d / FILES["elision"], ELISION_KEYS),
            surnames=_unique(_words(Path(surnames) if surnames else d / FILES["surnames"])),
            name_followers=_unique(_words(d / FILES["name_followers"])),
            names=_yaml(d / FILES["names"], NAME_KEYS, NAME_COUNTS),
            positions=read_positions(positions or d / FILES["positions"]),
            org_names=_kinds(d / FILES["org_names"], ORG_NAME_KINDS, "name"),
            org_short_forms=_short_forms(d / FILES["org_short_forms"]),
            places=_unique(w for g in gaz for w in _words(g)),
            place_abbreviations=_tabbed_pairs(d / FILES["place_abbreviations"]),
            province_of_places=_tabbed_pairs(d / FILES["province_of_places"]),
            **_common_words(d / FILES["common_words"], d / FILES["modern_words"]),
            verbs=_unique(_words(d / FILES["verbs"])),
            lead_verbs=_unique(_words(d / FILES["lead_verbs"])),
            speech_verbs=_kinds(d / FILES["speech_verbs"], SPEECH_VERB_KINDS, "speaker"),
            lodging_words=_unique(_words(d / FILES["lodging_words"])),
            terms=_unique(_words(d / FILES["terms"])),
            countries=_unique(_words(d / FILES["countries"])),
        )

    # -- serialization ----------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.FIELDS}

    @classmethod
    def from_dict(cls, data: dict) -> "DomainLexicon":
        return cls(**{k: data[k] for k in cls.FIELDS if k in data})

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps(self.to_dict())

    @classmethod
    def from_bytes(cls, data: bytes) -> "DomainLexicon":
        return cls.from_dict(srsly.msgpack_loads(data))

    # -- queries ----------------------------------------------------------------------------
    def company_unit_short_form(self, short: str, full: str) -> bool:
        """热轧厂 of 某钢铁股份有限公司热轧厂: a company's unit written by its three-character name
        alone (two characters and a one-character ending) stands for the unit named in full; a
        longer one names itself (某有限公司检修分公司 … 检修分公司)."""
        return len(short) == 3 and short[-1] in self.org_suffixes and full.endswith(short) \
            and full[:-3].endswith(self.legal_forms)

    def written_full_form(self, name: str, text: str, endings: bool = True) -> str | None:
        """The full name a short form stands for (全总 -> 中华全国总工会; 青山区总 -> 青山区总工会
        by a short ending, unless ``endings`` is False), when ``text`` writes it; else None."""
        forms = self.org_short_forms
        full = forms["names"].get(name)
        if full is not None and full in text:
            return full
        for short, ending in (forms["endings"].items() if endings else ()):
            if len(name) >= len(short) + 2 and name.endswith(short):   # a place before it: 青山区
                full = name[:-len(short)] + ending
                if full in text:
                    return full
        return None

    def names_company_short(self, name: str, full: str, shortest: int = 4) -> bool:
        """Whether ``name`` is the trade name of the company ``full`` (a registered name: it ends with
        a legal form) written alone: its opening ``shortest`` characters or more, at its start or
        right after the places it opens with (长风汽车 of 长风汽车股份有限公司, 直隶精工 of 直隶精工机械
        股份有限公司, 清源供水集团 of 兰州清源供水集团有限公司), never reaching into the legal form. One
        that opens with a listed place is the whole name before the legal form (北京银行) or has a
        word of its own right after the place (not 中国|建设 of 中国建设银行股份有限公司, 天津|住宅建设).
        NER finds such names (company_short_names); roles and events name the company in full."""
        form = next((f for f in self.legal_forms if full.endswith(f)), None)
        if form is None or len(name) < shortest:
            return False
        at, end = full.find(name), len(full) - len(form)
        if at < 0 or at + len(name) > end or at > 0 and not self._places_only(full[:at]):
            return False
        place = next((name[:k] for k in range(len(name) - 1, 1, -1) if name[:k] in self.place_set), "")
        rest = name[len(place):]
        return not place or at + len(name) == end or not any(rest[:k] in self.common_word_set for k in (2, 3))

    def company_named_short(self, name: str, names: Iterable[str]) -> str | None:
        """The one company among ``names`` whose trade name ``name`` is (names_company_short), where
        no other company's name opens with it too (长风汽车 beside 长风汽车销售有限公司 and 长风汽车集团:
        which one is not said); else None."""
        names = set(names)
        fulls = {t for t in names if self.names_company_short(name, t)}
        if len(fulls) != 1:
            return None
        full = fulls.pop()
        companies = self.company_org_suffixes + self.legal_forms
        return None if any(t not in (full, name) and t.startswith(name) and t.endswith(companies) for t in names) \
            else full

    def _places_only(self, text: str) -> bool:
        """兰州, 株洲, 湖北省武汉市: a listed place, a listed one less its suffix, or a run ending with an
        administrative unit."""
        return text in self.place_set or text in self.place_stem_set \
            or (len(text) >= 2 and text[-1] in self.place_suffix_chars)

    def delegation_body(self, name: str, groups: Iterable[str] = ()) -> str | None:
        """青山区议会代表团 -> 青山区议会: the body a delegation is named after. The delegation's
        name ends with one of ``groups`` (a stage's own group words: 访问团, 友好团) or with a
        common noun that is no organization ending (代表团, 考察团; not 公司), and what stands
        before it ends like an organization; else None."""
        for group in self._group_endings(name, groups):
            body = name[:-len(group)]
            if len(body) >= 2 and body.endswith(self.all_org_suffixes):
                return body
        return None

    def delegation_place(self, name: str, level: str) -> str | None:
        """东洋国青山州代表团 -> 东洋国青山州 for 州: the place of ``level`` a delegation is named
        after (the delegation a head of that place's government leads), else None."""
        for group in self._group_endings(name):
            body = name[:-len(group)]
            if body.endswith(level) and len(body) > len(level) + 1:
                return body
        return None

    def _group_endings(self, name: str, groups: Iterable[str] = ()) -> list[str]:
        """The group words a delegation's name may end with: one of ``groups``, or a common noun
        that is no organization ending (代表团, 考察团; not 公司)."""
        return [g for g in groups if name.endswith(g)] + \
            [name[-k:] for k in (3, 2) if name[-k:] in self.noun_word_set and name[-k:] not in self.org_suffixes]

    def generic_zone_end(self, text: str) -> int:
        """Where a city's zone named by no name of its own that opens ``text`` ends: a zone level
        (``zone_levels``: 经开区, 高新区) at its start, or after common words (经济技术|开发区); 0 where
        none opens it (两江新区, 临港新片区: a zone's own name). NER keeps such a zone with its city
        (南宁经开区党工委); roles read the city before it as written bare."""
        found = min(((i, -len(z)) for z in self.zone_levels if (i := text.find(z)) >= 0), default=None)
        if found is None:
            return 0
        at, minus_len = found
        return at - minus_len if at == 0 or splits_into_words(text[:at], self.common_word_set) else 0

    def verb_like(self, word: str) -> bool:
        """A rare verb (verbs.txt) or a common word that is no noun: what ends a name or opens a
        clause after it."""
        return word in self.verb_set or word in self.non_noun_word_set

    def elided_level(self, name: str) -> str | None:
        """The level an elided organization opens with (区总工会 -> 区, 街道工委 -> 街道), else None
        (市场监管局, 区域中心: words that open so; 区 alone). A word that opens so gives way to a
        common word right after the level (市|民政局, 市|民族宗教事务局: 民政, 民族; not 市场|监管局)."""
        for prefix in self.elision_prefixes:
            if name.startswith(prefix) and len(name) > len(prefix):
                word_first = name.startswith(self.elision_not_words) \
                    and name[len(prefix):len(prefix) + 2] not in self.common_word_set
                if word_first or self._opens_with_a_place_of_that_level_char(name, prefix):
                    return None
                return prefix
        return None

    def _opens_with_a_place_of_that_level_char(self, name: str, prefix: str) -> bool:
        """镇安县委, 市北区总工会: the level character opens a place's own name, which one to three
        characters and a level after it end (镇安|县, 市北|区); the name is written in full. Not a
        level character ending a common word (县|农业农村|局: 农村)."""
        units = self.place_suffix_chars
        return any(name[k - 1] in units and not any(c in units for c in name[len(prefix):k - 1])
                   and name[k - 2:k] not in self.common_word_set
                   for k in range(len(prefix) + 2, min(len(prefix) + 4, len(name)) + 1))

    def surnames_at(self, text: str, pos: int = 0) -> list[str]:
        """Every surname ``text`` may start with at ``pos``: compound ones first, then a
        one-character one (欧阳明日: 欧阳 and 欧)."""
        found = [s for s in self.compound_surnames if text.startswith(s, pos)]
        return found + [text[pos]] if text[pos:pos + 1] in self.single_surnames else found

    def is_common_surname_start(self, text: str, pos: int = 0) -> bool:
        """Whether ``text`` starts at ``pos`` with a common one-character surname and no compound
        one (compound surnames are rare)."""
        return text[pos:pos + 1] in self.common_surnames and not any(
            text.startswith(s, pos) for s in self.compound_surnames)

    @cached_property
    def rare_compound_surname_re(self):
        """The compound surnames that are no common word (not 东方), as one trie: NER looks for
        them in every text (a name they open wherever they stand)."""
        return words_regex([s for s in self.compound_surnames if s not in self.common_word_set])

    @cached_property
    def _japanese_surname_re(self):
        return words_regex(self.japanese_surnames)   # one trie: asked for every person and guess

    def japanese_surname_at(self, text: str, pos: int = 0) -> int:
        """Length of the Japanese family name ``text`` starts with at ``pos`` (longest), or 0."""
        m = self._japanese_surname_re.match(text, pos)
        return m.end() - pos if m else 0

    def is_surname_start(self, text: str, pos: int = 0) -> int:
        """Length of the surname ``text`` starts with at ``pos`` (compound first), or 0."""
        found = self.surnames_at(text, pos)
        return len(found[0]) if found else 0


@lru_cache(maxsize=8)
def _cached(directory: str | None, positions: str | None, gazetteers: tuple[str, ...] | None,
            surnames: str | None) -> DomainLexicon:
    return DomainLexicon.load(directory, positions=positions, gazetteers=gazetteers, surnames=surnames)


def _key(path: str | Path | None) -> str | None:
    return str(Path(path).resolve()) if path else None


def load_lexicon(directory: str | Path | None = None, *, positions: str | Path | None = None,
                 gazetteers: Iterable[str | Path] | None = None,
                 surnames: str | Path | None = None) -> DomainLexicon:
    """The lexicon of these files, read once per process (instances are shared: do not mutate)."""
    return _cached(_key(directory), _key(positions), tuple(_key(g) for g in gazetteers) if gazetteers else None,
                   _key(surnames))


@registry.misc("union.DomainLexicon.v1")
def create_domain_lexicon(directory: str | None = None, positions: str | None = None,
                          gazetteers: list[str] | None = None, surnames: str | None = None) -> DomainLexicon:
    """``[initialize.components.NAME.lexicon] @misc = "union.DomainLexicon.v1"``: the files of
    ``directory`` (default data/lexicons), with ``positions``, ``gazetteers``, ``surnames``
    replacing that folder's."""
    return load_lexicon(directory, positions=positions, gazetteers=gazetteers or None, surnames=surnames)
