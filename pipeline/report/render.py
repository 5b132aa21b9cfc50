"""HTML fragments (escaped strings) for one article, one person, the run summary and the scores."""
from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Any

from .spans import Span, highlight, paragraphs, placeable

Record = dict[str, Any]

BYLINE_ROLES = (("reporters", "记者"), ("correspondents", "通讯员"),
                ("photographers", "摄影"), ("authors", "作者"))
PARTICIPANT_ROLES = ("organizer", "host", "chair", "speaker", "attendee", "visitor", "visited", "guest")


def anchor(index: int) -> str:
    """DOM id of the article at ``index``; article ids contain '#', unusable in a URL fragment."""
    return f"a-{index}"


def _e(x: Any) -> str:
    return "" if x is None else escape(str(x))


def _tag(text: Any, cls: str = "") -> str:
    return f'<span class="tag {cls}">{_e(text)}</span>' if text not in (None, "") else ""


def _field_text(article: Record, name: str) -> str | None:
    """``article[field]`` for a record's ``field`` (``subheadlines.N`` indexes the list)."""
    if name.startswith("subheadlines."):
        subs = article.get("subheadlines") or []
        try:
            return subs[int(name.split(".", 1)[1])]
        except (ValueError, IndexError):
            return None
    value = article.get(name)
    return value if isinstance(value, str) else None


class ArticleView:
    """Renders one article: fields with entity marks, events, roles and the discreet notes."""

    def __init__(self, article: Record, entities: list[Record], roles: list[Record],
                 events: list[Record], index: int) -> None:
        self.a = article
        self.roles = roles
        self.events = events
        self.index = index
        self.entities = entities
        self.by_field: dict[str, list[Record]] = defaultdict(list)
        for ent in entities:
            self.by_field[str(ent.get("field") or "text")].append(ent)
        self.problems: list[Record] = []  # mentions that could not be placed

    def _marked(self, name: str, body: bool = False) -> str:
        text = _field_text(self.a, name)
        mentions = self.by_field.pop(name, [])
        if text is None:
            self.problems.extend({**m, "_why": f"no field {name!r}"} for m in mentions)
            return ""
        spans, rejected = placeable(text, mentions)
        self.problems.extend({**m, "field": name} for m in rejected)
        spans = sorted(spans + _gaps(spans, self._cues(name, text)))
        return paragraphs(text, spans) if body else highlight(text, spans)

    def _cues(self, name: str, text: str) -> list[Span]:
        """Role phrases and event triggers of field ``name``, as (start, end, ROLE/EVT) spans."""
        cues: list[Span] = []
        for r in self.roles:
            s, e = r.get("start"), r.get("end")
            if str(r.get("field") or "text") == name and isinstance(s, int) and isinstance(e, int) \
                    and 0 <= s < e <= len(text):
                cues.append((s, e, "ROLE"))
        for ev in self.events:
            s, e, trig = ev.get("start"), ev.get("end"), ev.get("trigger")
            if str(ev.get("field") or "text") != name or not trig or not isinstance(s, int) or not isinstance(e, int):
                continue
            at = text.find(str(trig), max(s, 0), min(e, len(text)))
            if at >= 0:
                cues.append((at, at + len(str(trig)), "EVT"))
        return cues

    def html(self) -> str:
        a = self.a
        meta = "".join([
            f'<span class="aid">{_e(a.get("article_id"))}</span>',
            _tag(a.get("kind"), "kind"), _tag(a.get("source"), "source"), _tag(a.get("section"), "section"),
        ])
        head = [f'<div class="meta">{meta}</div>', f'<h2>{self._marked("headline")}</h2>']
        for i, _ in enumerate(a.get("subheadlines") or []):
            head.append(f'<p class="sub">{self._marked(f"subheadlines.{i}")}</p>')
        head.append(self._byline())
        body = self._marked("text", body=True)
        parts = [f'<article class="art" id="{anchor(self.index)}">', "<header>", *head, "</header>",
                 f'<div class="body">{body}</div>', self._events(), self._roles(), self._notes(), "</article>"]
        return "".join(parts)

    def _byline(self) -> str:
        a = self.a
        bits: list[str] = []
        if a.get("credit_line"):
            bits.append(f'<span class="credit">{self._marked("credit_line")}</span>')
        if a.get("author_line"):
            bits.append(f'<span class="author-line">{self._marked("author_line")}</span>')
        byline = a.get("byline") or {}
        names = [f'{label}：{_e("、".join(map(str, byline.get(key) or [])))}'
                 for key, label in BYLINE_ROLES if byline.get(key)]
        if names:
            bits.append(f'<span class="byline-parsed" title="byline as parsed">{" · ".join(names)}</span>')
        return f'<p class="byline">{"".join(bits)}</p>' if bits else ""

    def _events(self) -> str:
        if not self.events:
            return ""
        cards = "".join(self._event(ev) for ev in self.events)
        return f'<section class="events"><h3>Events ({len(self.events)})</h3><div class="cards">{cards}</div></section>'

    def _event(self, ev: Record) -> str:
        date = _e(ev.get("date"))
        if ev.get("date_norm"):
            date += f' <span class="norm">→ {_e(ev["date_norm"])}</span>'
        rows = [("name", _e(ev.get("name"))), ("date", date),
                ("location", _e(ev.get("location"))), ("attendance", _e(ev.get("attendance")))]
        dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows if v)
        groups: dict[str, list[Record]] = defaultdict(list)
        for p in ev.get("participants") or []:
            groups[str(p.get("role") or "?")].append(p)
        order = [r for r in PARTICIPANT_ROLES if r in groups] + sorted(set(groups) - set(PARTICIPANT_ROLES))
        parts = "".join(
            f'<div class="prole"><span class="role">{_e(role)}</span>'
            + "".join(f'<span class="chip" data-label="{_e(p.get("label"))}">{_e(p.get("name"))}</span>'
                      for p in groups[role]) + "</div>"
            for role in order)
        quote = self._quote(ev)
        return (f'<div class="event" data-type="{_e(ev.get("type"))}">'
                f'<div class="ev-head">{_tag(ev.get("type"), "ev-type")}{_tag(ev.get("subtype"))}'
                f'<span class="trigger">{_e(ev.get("trigger"))}</span>'
                f'<span class="eid">{_e(ev.get("event_id"))}</span></div>'
                f'<dl>{dl}</dl><div class="parts">{parts}</div>{quote}</div>')

    def _quote(self, rec: Record) -> str:
        """The evidence span, so the reader can judge without hunting through the body."""
        text = _field_text(self.a, str(rec.get("field") or "text")) or ""
        s, e = rec.get("start"), rec.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
            return f'<blockquote class="quote">{_e(text[s:e])}</blockquote>'
        return ""

    def _roles(self) -> str:
        if not self.roles:
            return ""
        rows = []
        for r in self.roles:
            text = _field_text(self.a, str(r.get("field") or "text")) or ""
            s, e = r.get("start"), r.get("end")
            phrase = text[s:e] if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text) else ""
            rows.append("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in (
                r.get("person"), r.get("position"), r.get("org"), r.get("org_as_written"))) +
                f'<td class="phrase">{_e(phrase)}</td></tr>')
        return ('<section class="roles"><h3>Roles (%d)</h3><table><thead><tr><th>person</th><th>position</th>'
                '<th>org</th><th>org_as_written</th><th>phrase</th></tr></thead><tbody>%s</tbody></table></section>'
                % (len(self.roles), "".join(rows)))

    def _notes(self) -> str:
        # mentions whose field was never rendered (unknown field names) are problems too
        for name, mentions in self.by_field.items():
            self.problems.extend({**m, "_why": f"field {name!r} not shown"} for m in mentions)
        self.by_field.clear()
        notes = [str(n) for n in self.a.get("notes") or []]
        dropped = [d for d in self.a.get("dropped_paragraphs") or [] if isinstance(d, dict)]
        if not (notes or dropped or self.problems):
            return ""
        label = " · ".join(x for x in (
            _count(len(notes), "note"), _count(len(dropped), "dropped paragraph"),
            _count(len(self.problems), "unplaced mention")) if x)
        items = [f"<li>{_e(n)}</li>" for n in notes]
        items += [f'<li class="dropped"><span class="tag">{_e(d.get("reason"))}</span>{_e(d.get("text"))}</li>'
                  for d in dropped]
        items += [f'<li class="problem">{_e(p.get("label"))} “{_e(p.get("text"))}” '
                  f'{_e(p.get("field"))} [{_e(p.get("start"))}:{_e(p.get("end"))}] — {_e(p.get("_why"))}</li>'
                  for p in self.problems]
        return f'<details class="notes"><summary>{label}</summary><ul>{"".join(items)}</ul></details>'

    def search_key(self) -> str:
        """Headline lines, section, byline names and every field of every entity, role and event,
        for the page's search box."""
        a = self.a
        byline = a.get("byline") or {}
        names = [str(n) for key, _ in BYLINE_ROLES for n in byline.get(key) or []]
        names += [str(m.get(k)) for m in self.entities for k in ("text", "label")]
        names += [str(r.get(k)) for r in self.roles for k in ("person", "position", "org", "org_as_written")]
        for ev in self.events:
            names += [str(ev.get(k)) for k in ("event_id", "type", "subtype", "trigger", "name", "date", "date_norm",
                                               "location", "attendance")]
            names += [str(p.get(k)) for p in ev.get("participants") or [] if isinstance(p, dict)
                      for k in ("name", "role")]
        words = [a.get("article_id"), a.get("headline"), *(a.get("subheadlines") or []), a.get("section"),
                 a.get("source"), a.get("kind"), *names]
        return " ".join(dict.fromkeys(str(w) for w in words if w and w != "None")).lower()

    def flags(self) -> str:
        """Letters the filter select uses: e(vents), r(oles), n(otes or problems)."""
        f = "e" if self.events else ""
        f += "r" if self.roles else ""
        if self.a.get("notes") or self.a.get("dropped_paragraphs") or self.problems:
            f += "n"
        return f


def _gaps(taken: list[Span], cues: list[Span]) -> list[Span]:
    """The parts of each cue that no entity mark (nor an earlier cue) covers: marks never nest."""
    out: list[Span] = []
    busy = sorted(taken)
    for s, e, label in sorted(cues):
        pos = s
        for bs, be, _ in busy + sorted(out):
            if be <= pos or bs >= e:
                continue
            if bs > pos:
                out.append((pos, bs, label))
            pos = max(pos, be)
        if pos < e:
            out.append((pos, e, label))
    return out


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}" if n else ""


def person_html(person: Record, where: dict[str, tuple[int, str]]) -> str:
    """One people-index entry; ``where`` maps article_id -> (index, headline) for the links."""
    def link(aid: Any) -> str:
        hit = where.get(str(aid))
        if hit is None:
            return f'<span class="alink missing">{_e(aid)}</span>'
        return f'<a class="alink" href="#{anchor(hit[0])}" title="{_e(aid)}">{_e(hit[1] or aid)}</a>'

    positions = "".join(
        f'<li><b>{_e(p.get("position"))}</b> <span class="org">{_e(p.get("org") or "")}</span> '
        + " ".join(link(aid) for aid in p.get("article_ids") or []) + "</li>"
        for p in person.get("positions") or [] if isinstance(p, dict))
    mentions = "".join(f"<li>{link(aid)}</li>" for aid in person.get("article_ids") or [])
    return (f'<div class="person" data-name="{_e(person.get("name"))}"><div class="pname">{_e(person.get("name"))}'
            f' <span class="pid">{_e(person.get("person_id"))}</span></div>'
            + (f'<ul class="positions">{positions}</ul>' if positions else "")
            + f'<ul class="mentions">{mentions}</ul></div>')


def table(head: list[str], rows: list[list[Any]], cls: str = "") -> str:
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _num(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else ("n/a" if x is None else str(x))


def scores_html(result: Record | None, error: str | None) -> str:
    if error:
        return f'<p class="warn">Scores unavailable: {_e(error)}</p>'
    if not result:
        return ""
    rows = []
    for name, m in result.get("metrics", {}).items():
        if m.get("pages") == 0:
            rows.append([name, "—", "—", "—", "", "", "", "not annotated"])
            continue
        rows.append([name] + [_num(m.get(k)) for k in ("precision", "recall", "f1", "tp", "fp", "fn", "pages")])
    ignored = result.get("ignored_pages") or []
    note = (f'<p class="muted">{len(ignored)} output page(s) without gold not scored.</p>' if ignored else "")
    return (f'<p class="muted">Gold: {_e(result.get("gold_dir"))} · {len(result.get("pages") or [])} page(s), '
            f'micro-averaged.</p>' + table(["metric", "P", "R", "F1", "tp", "fp", "fn", "pages"], rows, "scores")
            + note)
