"""Evaluation: score a pipeline output folder against a folder of gold files (``make eval``).

    python -m pipeline.evaluation --output outputs --gold data/gold [--json FILE] [--per-page]

Pages. Every ``<page_id>.json`` in the gold folder is one page; only those pages are scored.
Its predictions are the articles.jsonl records with ``page_id == page_id`` and the
entities/roles/events.jsonl records whose ``article_id`` starts with ``"<page_id>#"``. A gold page
without output counts as all misses. Counts (tp/fp/fn) are summed over pages (micro average);
P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn); a ratio with a zero denominator is n/a.

Comparison key (``normalize.key``), applied to every string compared: NFKC; CJK punctuation
unified with its half-width form (，→, 。→. （→( 、→, —→- …); all whitespace removed; quote marks
“”"「」‘’'『』 removed.

Metrics:
1. ``articles``: predicted articles of a page are aligned one-to-one to gold articles by headline
   key: exact key matches first (reading order), then remaining pairs with difflib
   SequenceMatcher ratio >= 0.8, greedily by descending ratio. P = aligned/predicted,
   R = aligned/gold. Everything below uses this alignment: an aligned prediction speaks for its
   gold article ``n``; items of unaligned predicted articles are false positives, items of
   unaligned gold articles are misses.
2. ``bylines``: set of (article, role, key(name)) for role in reporters, correspondents,
   photographers, authors.
3. ``boundaries``: per aligned article, the start is correct if key(predicted text) starts with
   key(gold body_start), the end if it ends with key(gold body_end). tp = correct boundaries,
   predicted = 2 x predicted articles, gold = 2 x gold articles.
4. ``ner_PER``, ``ner_ORG``, ``ner_LOC``, ``ner_all``: set of (article, label, key(text)); gold =
   the unique strings per article, prediction = entities.jsonl records of any ``field``; other
   labels (DATE, ...) are ignored. ``ner_all`` sums the three labels' counts.
5. ``roles``: set of (article, key(person), key(position)); ``roles+org`` adds key(org)
   (null org = empty key, so a null must match a null).
6. ``events``: per article, one-to-one matching: same ``type`` and at least one shared
   participant name key; a gold event without participants matches on same type and an equal
   non-empty name key or trigger key. Greedy by (shared participants, subtype equal).
   tp = matched pairs, fp = unmatched predicted events, fn = unmatched gold events.
   ``events_subtype``: same, but tp counts only matched pairs with equal subtype.
7. ``event_args``: set of (article, event type, participant role, key(participant name)).
8. ``event_dates``, ``event_names``, ``event_locations``: for the matched event pairs of 6., set
   of (article, gold event, key(date, name or location as written)); a null is no item, so a date
   where the gold has none is a false positive.

Partial annotation: a gold page may carry ``"annotated": [layers]`` with layers among articles,
bylines, body, entities, roles, events (default: all). Metrics of a layer the page lacks are not
scored on that page, neither gold nor predictions (synthetic PD1998 pages carry no roles/events).
"""
from __future__ import annotations

from .convert import gold_to_outputs
from .io import EvalInputError
from .score import score_dir

__all__ = ["score_dir", "gold_to_outputs", "EvalInputError"]
