"""One statement of an event in one sentence, before mentions are merged into events."""
from __future__ import annotations

from dataclasses import dataclass, field

from .participants import Mention
from .sentences import Sentence

GENERIC_MEETING = "conference"   # 会议, 大会: the kind of a meeting the noun says nothing more of


@dataclass
class EventMention:
    type: str                      # meeting | visit
    subtype: str
    trigger: str
    trigger_start: int
    sentence: Sentence
    name: str | None = None
    location: str | None = None
    anaphoric: bool = False        # 大会 / 会议 / 此次会议: refers back to a meeting already named
    unnamed_partner: bool = False  # 会见了考察团: the partner is a group, not a named entity
    partner_word: str | None = None   # 会见考察团一行: the group word alone opening the object
    participants: list[tuple[Mention, str]] = field(default_factory=list)   # (who, role)

    def add(self, who: Mention, role: str) -> None:
        if all(not (m.name == who.name and r == role) for m, r in self.participants):
            self.participants.append((who, role))

    def names(self, role: str | None = None) -> set[str]:
        return {m.name for m, r in self.participants if role is None or r == role}
