"""Sources and credits: ``本报讯（记者 余翠平 通讯员 张帆）``, photo credits, author lines."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import SplitterCues

_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_SEP = re.compile(r"[\s\u3000、，,]+")
# A byline parenthesis right after the source: （记者 X 通讯员 Y）
_PAREN = re.compile(r"^[ \t\u3000]*[（(](?P<inner>[^（）()]{2,60})[）)][ \t\u3000]*")
# PD style: 新华社北京1月25日电 记者张三、李四报道： / 新华社记者陈雁、本报记者陈维伟报道：
_REPORTED = re.compile(r"^[ \t\u3000]*(?P<inner>[^。，：:！？（）]{0,8}记者[^。，：:！？（）]{2,40}?)报道[：:]?[ \t\u3000]*")


def empty_byline() -> dict[str, list[str]]:
    return {"reporters": [], "correspondents": [], "photographers": [], "authors": []}


@dataclass
class Lead:
    source: str | None
    byline: dict[str, list[str]] = field(default_factory=empty_byline)
    credit: str | None = None  # the credit as printed, e.g. "记者 余翠平 通讯员 张帆"
    rest: str = ""          # the paragraph after the source and byline
    consumed: int = 0       # characters of the paragraph taken by source + byline


def parse_credits(inner: str, cues: SplitterCues, default_role: str | None = None) -> dict[str, list[str]]:
    """Names after each credit word: ``记者 刘欣欣 通讯员 蒙进雯`` -> reporters / correspondents."""
    byline = empty_byline()
    role = default_role
    pos = 0
    for m in cues.credit_role_re.finditer(inner):
        if role:
            _add_names(byline[role], inner[pos:m.start()], cues.credit_noise)
        role = cues.credit_roles[m.group()]
        pos = m.end()
    if role:
        _add_names(byline[role], inner[pos:], cues.credit_noise)
    return byline


def _add_names(target: list[str], chunk: str, noise: frozenset[str] = frozenset()) -> None:
    for part in _SEP.split(chunk.strip()):
        for word in noise:  # "新华社" or "本报" glued to the next credit word
            if part.endswith(word):
                part = part[: -len(word)]
        if _NAME.fullmatch(part) and part not in target and part not in noise:
            target.append(part)


def has_credit(byline: dict[str, list[str]]) -> bool:
    return any(byline.values())


def parse_lead(paragraph: str, cues: SplitterCues) -> Lead | None:
    """The source lead of a news paragraph, or None if the paragraph has none."""
    m = cues.source_lead.match(paragraph)
    if not m:
        return None
    lead = Lead(source=m.group(), consumed=m.end())
    after = paragraph[m.end():]
    credit = _PAREN.match(after) or _REPORTED.match(after)
    if credit:
        byline = parse_credits(credit.group("inner"), cues)
        if has_credit(byline):
            lead.byline = byline
            lead.credit = credit.group("inner").strip()
            lead.consumed += credit.end()
    rest = paragraph[lead.consumed:]
    stripped = rest.lstrip(" \t\u3000")
    lead.consumed += len(rest) - len(stripped)
    lead.rest = stripped
    return lead


def parse_photo_credit(paragraph: str, cues: SplitterCues) -> tuple[str, dict[str, list[str]], str] | None:
    """A caption credit at the end of a paragraph: returns (caption without credit, byline, credit)."""
    m = cues.photo_credit.search(paragraph)
    if not m:
        return None
    byline = empty_byline()
    _add_names(byline["photographers"], m.group("reporters") or "")
    _add_names(byline["correspondents"], m.group("correspondents") or "")
    if not byline["photographers"]:
        return None
    caption = paragraph[: m.start()].rstrip(" \t\u3000（(")
    return caption, byline, m.group().rstrip("）)").strip()


def parse_author_line(line: str, cues: SplitterCues) -> tuple[str, str] | None:
    """``<titles> <name>`` -> (titles, name) for the author line of a signed piece."""
    m = cues.author_line.match(line.strip())
    if not m:
        return None
    return m.group("titles"), m.group("name")


def parse_byline_line(line: str, cues: SplitterCues) -> dict[str, list[str]] | None:
    """A stand-alone byline line (``本报记者 张三``, ``文/李四``)."""
    text = line.strip()
    if not any(p.match(text) for p in cues.byline_lines):
        return None
    text = re.sub(r"^文[/／：:]", "作者 ", text)
    byline = parse_credits(text.replace("/", " ").replace("／", " "), cues)
    return byline if has_credit(byline) else None
