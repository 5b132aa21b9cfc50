"""One text field with its entity mentions as displaCy-style marks, escaped."""
from __future__ import annotations

from html import escape
from typing import Any, Iterable

Span = tuple[int, int, str]  # start, end, label


def placeable(text: str, mentions: Iterable[dict[str, Any]]) -> tuple[list[Span], list[dict[str, Any]]]:
    """Split mentions into non-overlapping spans that fit ``text`` and the rest (shown as problems).

    A mention fits when its offsets lie inside the field and cut out its own ``text``; of
    overlapping mentions the earlier (then longer) one wins, since nested marks read badly.
    """
    ok: list[Span] = []
    rejected: list[dict[str, Any]] = []
    ordered = sorted(mentions, key=lambda m: (_int(m.get("start")), -_int(m.get("end"))))
    last_end = 0
    for m in ordered:
        s, e = _int(m.get("start")), _int(m.get("end"))
        if not (0 <= s < e <= len(text)) or ("text" in m and text[s:e] != m["text"]):
            rejected.append({**m, "_why": "offsets do not match the text"})
        elif s < last_end:
            rejected.append({**m, "_why": "overlaps another mention"})
        else:
            ok.append((s, e, str(m.get("label") or "?")))
            last_end = e
    return ok, rejected


def _int(x: Any) -> int:
    return x if isinstance(x, int) else -1


CUE_TITLES = {"ROLE": "role phrase", "EVT": "event trigger"}


def mark(text: str, label: str) -> str:
    lab = escape(label)
    if label in CUE_TITLES:   # role phrases and triggers: underlined, no label chip
        return f'<mark class="cue" data-label="{lab}" title="{CUE_TITLES[label]}">{escape(text)}</mark>'
    person = f' data-person="{escape(text)}" title="show in the people index"' if label == "PER" else ""
    return (f'<mark class="ent" data-label="{lab}"{person}>{escape(text)}'
            f'<span class="ent-label">{lab}</span></mark>')


def highlight(text: str, spans: list[Span], lo: int = 0, hi: int | None = None) -> str:
    """Escaped HTML of ``text[lo:hi]`` with ``spans`` (placeable, absolute offsets) marked; spans are clipped."""
    hi = len(text) if hi is None else hi
    parts: list[str] = []
    pos = lo
    for s, e, label in spans:
        s, e = max(s, lo), min(e, hi)
        if s >= e:
            continue
        parts.append(escape(text[pos:s]))
        parts.append(mark(text[s:e], label))
        pos = e
    parts.append(escape(text[pos:hi]))
    return "".join(parts)


def paragraphs(text: str, spans: list[Span]) -> str:
    """Body text as <p> per line, marks clipped at paragraph breaks."""
    out: list[str] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        inside = [sp for sp in spans if sp[0] < end and sp[1] > start]
        if line.strip():
            out.append(f"<p>{highlight(text, inside, start, end)}</p>")
        start = end + 1
    return "".join(out)
