"""Sources and credits: leads (``本报讯（记者 余翠平）``, ``新华社北京1月5日电``), credit lines and
credits printed after the body (``（记者 X）``, ``图文/X 编辑/Y``, ``（某报记者 X/文 Y/摄）``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.chars import CLOSING_QUOTES, ELLIPSIS, SENT_END, all_han
from .cues import SplitterCues
from .wordlist import load_words

_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
# 古丽娜尔·艾买提, 阿不都热合曼·吐尔逊: a name of parts joined by ·, each a name of its own
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_SEP = re.compile(r"[\s\u3000、，,；;]+")
_SLASH = re.compile(r"[/／：:]")
_PAREN_OPEN, _PAREN_CLOSE = "（(", "）)"
# A byline parenthesis right after the source: （记者 X 通讯员 Y）
_PAREN = re.compile(r"^[ \t\u3000]*[（(](?P<inner>[^（）()]{2,60})[）)][ \t\u3000：:]*")
# 记者 X 报道： / 新华社记者陈雁、本报记者陈维伟报道： (after the source or opening the paragraph);
# credits of two outlets may be parted by a comma (新华社记者甲、乙，本报记者丙报道：)
_MORE_CREDITS = r"(?:，[^。，：:！？（）]{0,8}(?:记者|通讯员)[^。，：:！？（）]{2,40}?)*"
_REPORTED = re.compile(r"^[ \t\u3000]*(?P<inner>[^。，：:！？（）]{0,12}记者[^。，：:！？（）]{2,40}?"
                       + _MORE_CREDITS + r")报道[：:]?[ \t\u3000]*")
_SENTENCE_END = tuple(SENT_END + ELLIPSIS + CLOSING_QUOTES)
MAX_CREDIT = 60
MAX_AUTHOR_LINE = 70   # an author line's titles and name


def empty_byline() -> dict[str, list[str]]:
    return {"reporters": [], "correspondents": [], "photographers": [], "authors": []}


@dataclass
class Lead:
    source: str | None
    byline: dict[str, list[str]] = field(default_factory=empty_byline)
    credit: str | None = None  # the credit as printed, e.g. "记者 余翠平 通讯员 张帆"
    rest: str = ""          # the paragraph after the source and byline
    consumed: int = 0       # characters of the paragraph taken by source + byline


@dataclass
class Credit:
    byline: dict[str, list[str]]
    text: str                  # the credit as printed, without its brackets
    source: str | None = None  # an outlet named in it (安徽日报 记者 X)


def has_credit(byline: dict[str, list[str]]) -> bool:
    return any(byline.values())


def merge_byline(target: dict[str, list[str]], extra: dict[str, list[str]]) -> None:
    for role, names in extra.items():
        for name in names:
            if name not in target[role]:
                target[role].append(name)


def _strip_outlet(part: str, cues: SplitterCues) -> tuple[str, str | None]:
    """``东江日报记者`` -> (``记者``, ``东江日报``); ``新华社`` -> ("", ``新华社``)."""
    m = cues.credit_outlet.match(part)
    if m and (m.end() == len(part) or cues.credit_role_re.match(part, m.end())):
        return part[m.end():], m.group().rstrip("-—·")
    return part, None


def parse_credits(inner: str, cues: SplitterCues, default_role: str | None = None,
                  strict: bool = False) -> dict[str, list[str]] | None:
    """Names after (or before) each credit word.

    ``记者 刘欣欣 通讯员 蒙进雯``, ``图文/X Y 编辑/Z``, ``某报记者 X/文 Y/摄``, ``新华社记者X摄``,
    ``本报记者 X 摄`` (a credit word closing the credit, apart, makes the reporters that).
    A credit word may fill two fields (图文 -> photographers+authors) or none (编辑 -> "-").
    With ``strict`` the credit must hold nothing else (else None): it is then told apart from
    a sentence or a note in brackets.
    """
    byline = empty_byline()
    tokens = [t for t in _SEP.split(inner.strip()) if t]
    closing = cues.trailing_roles.get(tokens[-1]) if len(tokens) > 1 else None
    role = default_role or closing   # 毕晓楠 摄: bare names before a closing credit word take it
    found_role = False
    for k, token in enumerate(tokens):
        if k == len(tokens) - 1 and k > 0 and token in cues.trailing_roles:
            # 本报记者 冉立新 摄: a credit word closing the credit, apart, makes its reporters
            # that (as photo_credit reads 记者 X 通讯员 Y 摄影报道: Y stays a correspondent;
            # 通讯员 Y 摄, nobody else credited, makes Y that); 记者 X 报道 names no one more
            roles = [r for r in (cues.trailing_roles[token] or "").split("+") if r in byline]
            taken = "reporters" if byline["reporters"] else "correspondents"
            if roles and byline[taken] and taken not in roles:
                for r in roles:
                    byline[r] += [n for n in byline[taken] if n not in byline[r]]
                byline[taken] = []
            found_role = True
            continue
        parts = _SLASH.split(token)
        suffix = None
        if len(parts) == 2 and all(p in cues.single_roles for p in parts):   # 文/图 X: both did
            role = "+".join(dict.fromkeys(cues.single_roles[p] for p in parts))
            found_role = True
            continue
        if len(parts) == 2 and parts[1] in cues.single_roles:   # 李白蕾/文, 俞松/摄
            suffix, parts = cues.single_roles[parts[1]], [parts[0]]
        single = False   # 图/本报记者 X: the word before the slash says what X did
        for part in parts:
            if not part:
                continue
            if part in cues.single_roles:                        # 文/X, 图/X
                role, found_role, single = cues.single_roles[part], True, True
                continue
            part, _outlet = _strip_outlet(part, cues)
            while part:
                m = cues.credit_role_re.match(part)
                if not m:
                    break
                if not single:
                    role = cues.credit_roles[m.group()]
                found_role = True
                part = part[m.end():]
            target = suffix or role
            tail = cues.trailing_role_re.search(part) if part else None
            if tail and len(part) - len(tail.group()) >= 2:      # 丁仁贵摄, 边磊摄影报道
                target = cues.trailing_roles[tail.group()] or target
                found_role = True
                part = part[: tail.start()]
            if not part:
                continue
            names = split_names(part, cues)
            if target == closing and not found_role and not all(_surname_led(n, cues) for n in names):
                names = []   # 毕晓楠 摄: bare names open with a surname
            if not names or part in cues.credit_noise or target is None:
                if strict:
                    return None
                continue
            found_role = found_role or suffix is not None
            for r in target.split("+"):
                for name in names:
                    if r in byline and name not in byline[r]:
                        byline[r].append(name)
    if strict and not found_role and default_role is None:
        return None
    return byline


_GLUED_SPLITS = ((3, 3), (3, 2), (2, 3), (2, 2))
_LONGEST_RUN = 9   # three three-character names printed together


def split_names(chunk: str, cues: SplitterCues) -> list[str]:
    """The names in a chunk of a credit: one name of 2-4 characters or of parts joined by ·, or
    names printed without a space, as the name guesser reads them (甲乙丙丁戊 -> 甲乙, 丙丁戊:
    NameGuesser.split_joined);
    two of them cut where the second one opens with a surname where it reads none."""
    if _DOT_NAME.fullmatch(chunk):
        return [chunk]
    if not _HAN_NAME.fullmatch(chunk) and not (5 <= len(chunk) <= _LONGEST_RUN and _HAN_RUN.fullmatch(chunk)):
        return []
    if _is_phrase(chunk, cues):
        return []   # 摄影比赛启事: 比赛启事 is two common words, no name
    if len(chunk) <= 3 or chunk[:2] in cues.surnames:
        return [chunk] if len(chunk) <= 4 else []
    read = cues.names.split_joined(chunk) if cues.names and len(chunk) >= 5 else None
    if read:
        return read
    for a, b in _GLUED_SPLITS:
        if a + b == len(chunk) and chunk[0] in cues.surnames and chunk[a] in cues.surnames:
            return [chunk[:a], chunk[a:]]
    return [chunk] if len(chunk) == 4 else []


def _is_phrase(chunk: str, cues: SplitterCues) -> bool:
    """Four characters that are two common words (比赛|启事), the first no compound surname, are
    a phrase, no name (a common word alone may be one: 严明)."""
    words = cues.common_words
    return len(chunk) == 4 and chunk[:2] in words and chunk[2:] in words and chunk[:2] not in cues.surnames


def parse_lead(paragraph: str, cues: SplitterCues) -> Lead | None:
    """The source lead of a news paragraph, or None if the paragraph has none."""
    m = cues.source_lead.match(paragraph)
    if m:
        lead = Lead(source=m.group().rstrip("：: \u3000"), consumed=m.end())
    else:
        reported = _REPORTED.match(paragraph)   # 记者 X 报道：, no source before it
        if not reported:
            return None
        lead = Lead(source=None)
    after = paragraph[lead.consumed:]
    credit = _PAREN.match(after)
    byline = None
    if credit:
        inner = credit.group("inner")
        byline = parse_credits(inner, cues, strict=True)
        if byline is None and _bare_names(inner, cues):   # 中新网…电（陈晓）: a name alone
            byline = parse_credits(inner, cues, default_role="reporters")
    if not (byline and has_credit(byline)):
        credit = _REPORTED.match(after)
        byline = parse_credits(credit.group("inner"), cues) if credit else None
    if credit and byline and has_credit(byline):
        lead.byline = byline
        lead.credit = credit.group("inner").strip()
        lead.consumed += credit.end()
    elif lead.source is None:
        return None
    rest = paragraph[lead.consumed:]
    stripped = rest.lstrip(" \t\u3000：:")
    lead.consumed += len(rest) - len(stripped)
    lead.rest = stripped
    return lead


def parse_credit_line(line: str, cues: SplitterCues, default_role: str | None = None) -> Credit | None:
    """A whole line (or bracket) that is only a credit: ``文/某报记者 X``, ``（图文：X）``,
    ``工人日报-中工网记者 X 通讯员 Y``, ``（某报记者 X/文 Y/摄）``, ``（记者 X）``."""
    text = line.strip()
    if not text or len(text) > MAX_CREDIT:
        return None
    if text[0] in _PAREN_OPEN and text[-1] in _PAREN_CLOSE:
        text = text[1:-1].strip()
    text, source = _strip_outlet(text, cues)   # 工人日报-中工网记者 X: the outlets are the source
    if not text or any(ch in text for ch in "。！？，"):
        return None
    byline = parse_credits(text, cues, default_role=default_role, strict=True)
    if byline is None or not has_credit(byline):
        return None
    return Credit(byline=byline, text=line.strip().strip("（）()").strip(), source=source)


def is_org_credit(inner: str, cues: SplitterCues) -> bool:
    """``东江区总工会宣传部``: an organization signing the piece (no byline)."""
    return 4 <= len(inner) <= 24 and not _SEP.search(inner) and bool(cues.org_credit.fullmatch(inner))


def parse_trailing_credit(paragraph: str, cues: SplitterCues) -> tuple[str, Credit | None] | None:
    """A credit in brackets ending the last paragraph: ``…。（记者方立）``, ``…。（郑远 何晓川）``,
    ``…。（某区总工会某部）``, ``…。（完）``. Returns (paragraph without it, credit or None for a
    credit that names nobody) or None when the paragraph ends otherwise."""
    text = paragraph.rstrip()
    if not text or text[-1] not in _PAREN_CLOSE:
        return None
    open_at = max(text.rfind("（"), text.rfind("("))
    if open_at < 0:
        return None
    inner = text[open_at + 1:-1].strip()
    before = text[:open_at].rstrip()
    if before and not before.endswith(_SENTENCE_END):
        return None   # a note inside the sentence: …规定（试行）
    if not inner or len(inner) > MAX_CREDIT:
        return None
    if inner in cues.end_marks:
        return before, None
    if is_org_credit(inner, cues):   # no byline, but the credit line keeps the organization for NER
        return before, Credit(byline=empty_byline(), text=inner)
    credit = parse_credit_line(inner, cues)
    if credit is None and _bare_names(inner, cues):
        credit = Credit(byline=parse_credits(inner, cues, default_role=cues.bare_credit_role) or empty_byline(),
                        text=inner)
    if credit is None and _pen_name(inner, cues):
        credit = Credit(byline={**empty_byline(), cues.bare_credit_role: [inner]}, text=inner)
    if credit is None:
        if not cues.trailing_note.search(inner):   # （新华社发美联社照片）: a photo note, nobody named
            return None
        credit = Credit(byline=parse_credits(inner, cues) or empty_byline(), text=inner)
    return before, credit


def _bare_names(inner: str, cues: SplitterCues) -> bool:
    """1-3 names, each opening with a surname: a credit without credit words."""
    parts = [p for p in _SEP.split(inner) if p]
    return 1 <= len(parts) <= 3 and all(
        (names := split_names(p, cues)) and all(2 <= len(n) <= 3 or n[:2] in cues.surnames for n in names)
        and all(_surname_led(n, cues) for n in names)
        for p in parts)


_LONGEST_NAME = 4   # a compound surname and two characters (欧阳明日)


def _surname_led(name: str, cues: SplitterCues) -> bool:
    """A name opening with a surname, single or compound (周明远, 欧阳明日)."""
    return name[0] in cues.surnames or name[:2] in cues.surnames


def _pen_name(inner: str, cues: SplitterCues) -> bool:
    """（晓东）, （子孟）: two Han characters that are no common word (摘编, 待续, 综合 are), after a
    finished last sentence: a pen name signing the piece, with or without a surname."""
    return len(inner) == 2 and all_han(inner) and inner not in (cues.common_words or load_words())


def parse_photo_credit(paragraph: str, cues: SplitterCues) -> tuple[str, dict[str, list[str]], str] | None:
    """A caption credit at the end of a paragraph: returns (caption without credit, byline, credit)."""
    m = cues.photo_credit.search(paragraph)
    if not m or not m.group("reporters"):
        return None
    byline = empty_byline()
    for name in _SEP.split(m.group("reporters").strip()):
        if _HAN_NAME.fullmatch(name) and name not in byline["photographers"]:
            byline["photographers"].append(name)
    for name in _SEP.split((m.group("correspondents") or "").strip()):
        if _HAN_NAME.fullmatch(name) and name not in byline["correspondents"]:
            byline["correspondents"].append(name)
    if not byline["photographers"]:
        return None
    caption = paragraph[: m.start()].rstrip(" \t\u3000（(")
    return caption, byline, m.group().strip("（）() \u3000")


def parse_author_line(line: str, cues: SplitterCues) -> tuple[str, str] | None:
    """``<titles> <name>`` -> (titles, name) for the author line of a signed piece; also a body
    and a name (某省总工会研究室 钟离敏) or a mark and a name (□ 屠晓蕾), the name opening with a
    surname and no common word. No line longer than MAX_AUTHOR_LINE is one."""
    text = line.strip()
    if len(text) > MAX_AUTHOR_LINE:
        return None
    m = cues.author_line.match(text)
    if m:
        return m.group("titles"), m.group("name")
    for pattern in cues.signed_lines:
        m = pattern.match(text)
        if m and _is_surname_led(m.group("name"), cues):
            return m.group("titles"), m.group("name")
    return None


def _is_surname_led(name: str, cues: SplitterCues) -> bool:
    """A signature's name opening with a surname, with more after it, not a phrase of common words
    (东城区总工会 关爱职工: 关爱)."""
    given = name[0] in cues.surnames or len(name) > 2   # (a compound surname alone names nobody)
    # (■龙江工讯, a column's label: four characters name a person only after a compound surname)
    whole = len(name) < _LONGEST_NAME or name[:2] in cues.surnames
    return _surname_led(name, cues) and given and whole and name not in cues.common_words \
        and name[:2] not in cues.common_words


def parse_byline_line(line: str, cues: SplitterCues) -> dict[str, list[str]] | None:
    """A stand-alone byline line (``本报记者 张三``, ``文/李四``, ``工人日报-中工网记者 X``)."""
    text = line.strip()
    if not text or text[0] in _PAREN_OPEN:
        return None
    credit = parse_credit_line(text, cues)
    return credit.byline if credit else None
