"""The registry of NER rule steps: each step is a named function ``step(ctx, spans)`` that edits
the article's mentions in place. Their order is configuration (``steps`` in ner_rules.yaml)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import catalogue

if TYPE_CHECKING:  # pragma: no cover
    from ..spans import SpanSet
    from .context import RuleContext

RuleStep = Callable[["RuleContext", "SpanSet"], None]

rule_steps = catalogue.create("union_news_ie", "ner_rule_steps", entry_points=False)


def resolve(names: list[str]) -> list[tuple[str, RuleStep]]:
    """The registered steps in the configured order; an unknown name is an error naming it."""
    out = []
    for name in names:
        try:
            out.append((name, rule_steps.get(name)))
        except catalogue.RegistryError:
            known = ", ".join(sorted(rule_steps.get_all()))
            raise ValueError(f"ner_rules.yaml: unknown rule step {name!r} in 'steps' (known: {known})") from None
    return out
