"""Scoring one page: alignment, then every metric as tp / fp / fn (see the package docstring)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Hashable

from .align import align_headlines
from .counts import Counts
from .normalize import key

BYLINE_ROLES = ("reporters", "correspondents", "photographers", "authors")
NER_LABELS = ("PER", "ORG", "LOC")

# metric name -> annotation layer a gold page must carry for the metric to be scored there
METRIC_LAYER: dict[str, str] = {
    "articles": "articles",
    "bylines": "bylines",
    "boundaries": "body",
    **{f"ner_{lab}": "entities" for lab in NER_LABELS},
    "ner_all": "entities",
    "roles": "roles",
    "roles+org": "roles",
    "events": "events",
    "events_subtype": "events",
    "event_args": "events",
    "event_dates": "events",
    "event_names": "events",
    "event_locations": "events",
}
METRICS = tuple(METRIC_LAYER)
# scored as written on matched events: event_dates, event_names, event_locations
_EVENT_FIELDS = ("date", "name", "location")

# An article tag: ("g", n) for gold articles and predictions aligned to them,
# ("p", article_id) for unaligned predictions, so they can never match gold.
Tag = tuple[str, Any]


class PagePrediction:
    """The output records that belong to one page, grouped by article_id."""

    def __init__(self, page_id: str) -> None:
        self.page_id = page_id
        self.articles: list[dict[str, Any]] = []
        self.by_article: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: {"entities": [], "roles": [], "events": []})

    def article_ids(self) -> list[str]:
        """Every article id seen on the page (articles.jsonl first, then stage-only ids)."""
        ids = [str(a.get("article_id")) for a in self.articles]
        return ids + [aid for aid in self.by_article if aid not in ids]


def _byline_items(tag: Tag, byline: Any) -> set[Hashable]:
    items: set[Hashable] = set()
    if not isinstance(byline, dict):
        return items
    for role in BYLINE_ROLES:
        for name in byline.get(role) or []:
            if key(name):
                items.add((tag, role, key(name)))
    return items


def _event_items(tag: Tag, events: list[dict[str, Any]]) -> set[Hashable]:
    return {(tag, ev.get("type"), p.get("role"), key(p.get("name")))
            for ev in events for p in ev.get("participants") or [] if key(p.get("name"))}


def _participant_keys(ev: dict[str, Any]) -> set[str]:
    return {key(p.get("name")) for p in ev.get("participants") or [] if key(p.get("name"))}


def match_events(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs.

    A pair is admissible when the types are equal and they share a participant name (by key);
    a gold event without participants instead needs an equal non-empty name key or trigger key.
    Greedy by (shared participants, subtype equal), ties by gold then pred order.
    """
    cands: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        gparts = _participant_keys(g)
        for pi, p in enumerate(pred):
            if g.get("type") != p.get("type"):
                continue
            if gparts:
                shared = len(gparts & _participant_keys(p))
                if not shared:
                    continue
            else:
                same_name = bool(key(g.get("name"))) and key(g.get("name")) == key(p.get("name"))
                same_trigger = bool(key(g.get("trigger"))) and key(g.get("trigger")) == key(p.get("trigger"))
                if not (same_name or same_trigger):
                    continue
                shared = 0
            cands.append((shared, int(g.get("subtype") == p.get("subtype")), gi, pi))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _s, _st, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def score_page(gold_page: dict[str, Any], pred: PagePrediction, layers: set[str]) -> dict[str, Counts]:
    """Counts for every metric on one page; metrics of layers the page lacks stay empty."""
    gold_arts = gold_page["articles"]
    pred_arts = pred.articles
    mapping = align_headlines([a.get("headline", "") for a in gold_arts],
                              [a.get("headline", "") for a in pred_arts])
    gold_n = [a.get("n", i + 1) for i, a in enumerate(gold_arts)]
    # article_id -> tag; ids only present in the stage files are unaligned predictions
    tag_of: dict[str, Tag] = {aid: ("p", aid) for aid in pred.article_ids()}
    for pi, gi in mapping.items():
        tag_of[str(pred_arts[pi].get("article_id"))] = ("g", gold_n[gi])
    gold_by_tag = {("g", n): a for n, a in zip(gold_n, gold_arts)}

    res = {m: Counts() for m in METRICS}
    res["articles"] = Counts(tp=len(mapping), fp=len(pred_arts) - len(mapping), fn=len(gold_arts) - len(mapping))

    if "bylines" in layers:
        g = set().union(*(_byline_items(t, a.get("byline")) for t, a in gold_by_tag.items()))
        p: set[Hashable] = set()
        for a in pred_arts:
            p |= _byline_items(tag_of[str(a.get("article_id"))], a.get("byline"))
        res["bylines"] = Counts.from_sets(g, p)

    if "body" in layers:
        tp = 0
        for pi, gi in mapping.items():
            text = key(pred_arts[pi].get("text"))
            tp += text.startswith(key(gold_arts[gi].get("body_start")))
            tp += text.endswith(key(gold_arts[gi].get("body_end")))
        res["boundaries"] = Counts(tp=tp, fp=2 * len(pred_arts) - tp, fn=2 * len(gold_arts) - tp)

    if "entities" in layers:
        for lab in NER_LABELS:
            g = {(t, key(s)) for t, a in gold_by_tag.items()
                 for s in (a.get("entities") or {}).get(lab, []) if key(s)}
            p = {(tag_of[aid], key(e.get("text"))) for aid, recs in pred.by_article.items()
                 for e in recs["entities"] if e.get("label") == lab and key(e.get("text"))}
            res[f"ner_{lab}"] = Counts.from_sets(g, p)
            res["ner_all"] += res[f"ner_{lab}"]

    if "roles" in layers:
        def role_sets(items: list[tuple[Tag, dict[str, Any]]]) -> tuple[set[Hashable], set[Hashable]]:
            base = {(t, key(r.get("person")), key(r.get("position"))) for t, r in items}
            full = {(t, key(r.get("person")), key(r.get("position")), key(r.get("org"))) for t, r in items}
            return base, full
        g_base, g_full = role_sets([(t, r) for t, a in gold_by_tag.items() for r in a.get("roles") or []])
        p_base, p_full = role_sets([(tag_of[aid], r) for aid, recs in pred.by_article.items() for r in recs["roles"]])
        res["roles"] = Counts.from_sets(g_base, p_base)
        res["roles+org"] = Counts.from_sets(g_full, p_full)

    if "events" in layers:
        pred_events: dict[Tag, list[dict[str, Any]]] = defaultdict(list)
        for aid, recs in pred.by_article.items():
            pred_events[tag_of[aid]].extend(recs["events"])
        n_gold = sum(len(a.get("events") or []) for a in gold_arts)
        n_pred = sum(len(v) for v in pred_events.values())
        matched = same_subtype = 0
        # the date and name as written of each matched event (a null is no item)
        g_fields: dict[str, set[Hashable]] = {f: set() for f in _EVENT_FIELDS}
        p_fields: dict[str, set[Hashable]] = {f: set() for f in _EVENT_FIELDS}
        for t, a in gold_by_tag.items():
            gev = a.get("events") or []
            pev = pred_events.get(t, [])
            pairs = match_events(gev, pev)
            matched += len(pairs)
            same_subtype += sum(gev[gi].get("subtype") == pev[pi].get("subtype") for gi, pi in pairs)
            for f in _EVENT_FIELDS:
                g_fields[f] |= {(t, gi, key(gev[gi].get(f))) for gi, _ in pairs if key(gev[gi].get(f))}
                p_fields[f] |= {(t, gi, key(pev[pi].get(f))) for gi, pi in pairs if key(pev[pi].get(f))}
        res["events"] = Counts(tp=matched, fp=n_pred - matched, fn=n_gold - matched)
        res["events_subtype"] = Counts(tp=same_subtype, fp=n_pred - same_subtype, fn=n_gold - same_subtype)
        g = set().union(*(_event_items(t, a.get("events") or []) for t, a in gold_by_tag.items()))
        p = set().union(*(_event_items(t, evs) for t, evs in pred_events.items()))
        res["event_args"] = Counts.from_sets(g, p)
        for f in _EVENT_FIELDS:
            res[f"event_{f}s"] = Counts.from_sets(g_fields[f], p_fields[f])
    return res
