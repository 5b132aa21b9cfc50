"""The NER rule steps, each registered by name in ``rule_steps`` (order: ner_rules.yaml)."""
from . import document, org_lists, orgs, persons, places  # noqa: F401  (register the steps)
from .context import RuleContext, RulePatterns
from .registry import resolve, rule_steps

__all__ = ["RuleContext", "RulePatterns", "resolve", "rule_steps"]
