"""People registry of a run: one record per distinct person (SCHEMA.md people.jsonl).

A name seen in several articles is one person when the organizations it is seen with are
compatible: one is null, they are equal, one contains the other, or they share a place prefix
(丰台区委 / 丰台区总工会). The same name with incompatible organizations stays two people. Ids
are ``P0001``... in order of first appearance, so a run over the same input gives the same ids.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# A place prefix: the shortest leading run ending in an administrative suffix (丰台区, 北京市).
_PLACE = re.compile(r"^(?:中共|中国共产党)?([\u4e00-\u9fff]{2,}?(?:自治区|自治州|街道|省|市|区|县|镇|乡))")


def place_prefix(org: str) -> str | None:
    m = _PLACE.match(org or "")
    return m.group(1) if m else None


def orgs_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b or a in b or b in a:
        return True
    pa, pb = place_prefix(a), place_prefix(b)
    return pa is not None and pa == pb


@dataclass
class _Person:
    person_id: str
    name: str
    orgs: list[str] = field(default_factory=list)
    positions: dict[tuple[str, str | None], list[str]] = field(default_factory=dict)
    article_ids: list[str] = field(default_factory=list)

    def compatible(self, orgs: list[str]) -> bool:
        return all(orgs_compatible(a, b) for a in self.orgs for b in orgs)

    def add(self, article_id: str, roles: list[dict]) -> None:
        if article_id not in self.article_ids:
            self.article_ids.append(article_id)
        for role in roles:
            key = (role["position"], role.get("org"))
            ids = self.positions.setdefault(key, [])
            if article_id not in ids:
                ids.append(article_id)
            if role.get("org") and role["org"] not in self.orgs:
                self.orgs.append(role["org"])

    def record(self) -> dict:
        return {"person_id": self.person_id, "name": self.name,
                "positions": [{"position": p, "org": o, "article_ids": list(ids)}
                              for (p, o), ids in self.positions.items()],
                "article_ids": list(self.article_ids)}


class PeopleRegistry:
    def __init__(self) -> None:
        self._people: list[_Person] = []
        self._by_name: dict[str, list[_Person]] = {}

    def add(self, article_id: str, person_names: list[str], roles: list[dict]) -> None:
        """One article: the PER names it mentions and its role records."""
        by_name: dict[str, list[dict]] = {}
        for role in roles:
            by_name.setdefault(role["person"], []).append(role)
        names = list(dict.fromkeys([n for n in person_names if n] + list(by_name)))
        for name in names:
            name_roles = by_name.get(name, [])
            self._match(name, [r["org"] for r in name_roles if r.get("org")]).add(article_id, name_roles)

    def _match(self, name: str, orgs: list[str]) -> _Person:
        candidates = self._by_name.setdefault(name, [])
        # prefer a person already seen with an organization this mention shares
        for person in sorted(candidates, key=lambda p: not (orgs and set(p.orgs) & set(orgs))):
            if person.compatible(orgs):
                return person
        person = _Person(f"P{len(self._people) + 1:04d}", name)
        self._people.append(person)
        candidates.append(person)
        return person

    def records(self) -> list[dict]:
        return [p.record() for p in self._people]
