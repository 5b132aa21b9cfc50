"""The one surname-based name guesser, for NER (副主席张良, 周阳激动地说), roles (a name right
after a title when NER gives none) and names printed together (周明远吴晓东: NER's persons and
the splitter's credits, ``split_joined``).

A reading is a surname (compound first) + 1-2 Han characters, or 小/老 + a surname. It is a name
only where a name can end: the end of the text, a non-Han character, or a word that follows names
(name_followers.txt). Common words (文化宫, 方面) and readings ending like a body (宣讲团) are no
names. Between a 2- and a 3-character reading: the short one before a multi-character follower
(张良出席), else the long one unless its last character is itself a follower (李鹏在…).
"""
from __future__ import annotations

from typing import Callable

from .lexicon import DomainLexicon
from .text.chars import NUMERAL_CHARS, all_han, is_han
from .text.scan import words_regex

Free = Callable[[int, int], bool]


def _always(start: int, end: int) -> bool:
    return True


class NameGuesser:
    def __init__(self, lexicon: DomainLexicon) -> None:
        self.lex = lexicon
        self._follower = words_regex(lexicon.name_followers_longest) if lexicon.name_followers_longest else None
        self._not_start = tuple(lexicon.not_name_start)
        # followers that are words (介绍, 表示): a given name never opens with one (局长长孙|介绍)
        self._word_followers = tuple(f for f in lexicon.name_followers_longest if len(f) >= 2)

    def is_common(self, name: str) -> bool:
        """文化宫, 方面, 权益: a common word that happens to start with a surname is no name, nor
        one opening with such a word (高度|重视), but for a compound surname (东方卫国); nor is a
        preposition or verb before a word or a position (于|去年, 任|组长: verb_surnames), nor one
        whose surname is a rare one before a number (占|四成)."""
        lex = self.lex
        words = lex.common_word_set
        if name[0] in lex.verb_surnames and (name[1:] in words or name[1:] in lex.positions
                                            or name[1] in NUMERAL_CHARS and name[0] not in lex.common_surnames):
            return True   # (占|四成: a verb before a number, its surname a rare one; not 任一农)
        # (a compound surname that is a word too opens a name: 东方|卫国, 司马|光)
        return self._word_or_body(name) or (name[:2] in words and name[:2] not in lex.compound_surnames)

    def _common_uncued(self, text: str, start: int, end: int) -> bool:
        """is_common, but for a three-character reading that only opens with a common word (严冬|青,
        a surname and a word) followed by a follower word of two characters or more (严冬青|带领,
        not 高度重|视): a name."""
        name = text[start:end]
        if not self.is_common(name):
            return False
        lex = self.lex
        if len(name) != 3 or self._word_or_body(name) or name[-1] in lex.name_stop_last \
                or name[0] in lex.verb_surnames and name[1:] in lex.common_word_set:
            return True   # (阿方|则|强调, 常委|们|认为: a word and a particle)
        cue = self.boundary(text, end)
        return not (cue and len(cue) > 1)

    def _word_or_body(self, name: str) -> bool:
        """A common word (方面), or a reading that ends like a body (宣讲团)."""
        return name in self.lex.common_word_set or name[-1] in self.lex.non_name_final

    def boundary(self, text: str, pos: int) -> str | None:
        """'' at the text's end or a non-Han character, the follower word at ``pos``, or None."""
        if pos >= len(text) or not is_han(text[pos]):
            return ""
        m = self._follower.match(text, pos) if self._follower else None
        return m.group() if m else None

    def ends_no_name(self, text: str, pos: int) -> bool:
        """Whether a name can not end at ``pos`` (a Han character there and no follower word)."""
        return self.boundary(text, pos) is None

    def opens_no_name(self, text: str, start: int, shortest: int = 1) -> bool:
        """Whether a word that never starts a name stands at ``start`` (和平, 于是, 第五次: names.yaml
        not_name_start_words), whatever surname it opens with; ``shortest``: of at least so many
        characters (2: not the function words 和, 同 alone)."""
        if shortest <= 1:
            return text.startswith(self._not_start, start)
        return any(text.startswith(w, start) for w in self._not_start if len(w) >= shortest)

    def name_at(self, text: str, start: int, *, end_at: int | None = None, free: Free = _always) -> int | None:
        """End of the name starting at ``start``, or None; with ``end_at`` the name must end
        there. ``free(s, e)``: whether text[s:e] may be a name (not inside something else)."""
        lex = self.lex
        if start >= len(text) or not is_han(text[start]):
            return None
        if self.opens_no_name(text, start):
            return None
        if text[start] in lex.nickname_prefixes and text[start + 1:start + 2] in lex.single_surnames \
                and free(start, start + 2) and end_at in (None, start + 2):
            return start + 2   # 快递员小李, 老王: a strong pattern, whatever follows
        reading = self._chinese_reading(text, start, end_at, free)
        return reading if reading is not None else self.japanese_reading(text, start, end_at=end_at, free=free)

    def _chinese_reading(self, text: str, start: int, end_at: int | None, free: Free) -> int | None:
        lex = self.lex
        surname = lex.is_surname_start(text, start)
        if not surname:
            return None
        if text[start + surname:start + surname + 1] in lex.middle_names:
            surname += 1   # 阮氏|清香: the middle name goes with the surname
        ends = [start + surname + given for given in (1, 2)]
        ends = [e for e in ends if e <= len(text) and all_han(text[start:e]) and free(start, e)
                and not self._common_uncued(text, start, e)
                and not text.startswith(self._word_followers, start + surname)]
        if end_at is not None:
            return end_at if end_at in ends else None
        short = next((e for e in ends if e == start + surname + 1), None)
        long = next((e for e in ends if e == start + surname + 2), None)
        if short is not None:
            cue = self.boundary(text, short)
            if cue is not None and len(cue) > 1:
                return short            # 张良出席, 张良带队
        if long is not None and self.boundary(text, long) is not None and text[long - 1] not in lex.name_stop_last:
            return long
        if short is not None and self.boundary(text, short) is not None and text[short - 1] not in lex.name_stop_last:
            return short
        return None

    def japanese_reading(self, text: str, start: int, *, end_at: int | None = None, free: Free = _always) -> int | None:
        """山本一郎, 片冈聪: a Japanese family name (names.yaml) and a given name of 1-2
        characters (two the commonest, tried first), or of three with a listed ending (龙太郎),
        where no Chinese reading is a name."""
        surname = self.lex.japanese_surname_at(text, start)
        if not surname:
            return None
        for given in (2, 1, 3):
            end = start + surname + given
            if given == 3 and text[end - 1:end] not in self.lex.japanese_long_given_ends:
                continue   # 桥本龙太郎: three only as names of that ending are written
            given_name = text[start + surname:end]   # 冈田|教授, 山口|表示: a word after the family name
            if end > len(text) or not all_han(text[start:end]) or not free(start, end) or self.is_common(text[start:end]) \
                    or given_name in self.lex.common_word_set or given_name in self.lex.positions \
                    or text.startswith(self.lex.name_followers_longest, start + surname):   # 山口|表示, 山本|在
                continue
            if end_at is not None:
                if end == end_at:
                    return end
            elif self.boundary(text, end) is not None and (
                    text[end - 1] not in self.lex.name_stop_last
                    or given == 2 and text[end - 1] in self.lex.japanese_given_finals):
                return end
        return None

    def joined_readings(self, run: str, given: tuple[int, ...] = (2,)) -> list[list[str]]:
        """Every way to read ``run`` as surname-led names printed together, each with a given
        name of one of the ``given`` lengths, none a common word nor ending like one (a name
        opening like a word is one here: 王国|平, printed among names)."""
        if not run:
            return [[]]
        out = []
        for surname in (len(s) for s in self.lex.surnames_at(run, 0)):
            for length in given:
                stop = surname + length
                if stop <= len(run) and not self._word_or_body(run[:stop]):
                    out += [[run[:stop]] + rest for rest in self.joined_readings(run[stop:], given)]
        return out

    def split_joined(self, run: str) -> list[str] | None:
        """周明远吴晓东 -> 周明远, 吴晓东: names printed with no mark between them (a credit, a
        list), where ``run`` (five characters or more, all Han) reads as surname-led names one
        way only: six or more as names with two-character given names, five as a two- and a
        three-character one. Else the one way whose every surname is common (names.yaml:
        common_surname_count: 吴晓|罗明远|王立新, not 吴晓罗|明远|王立新); two such ways (周明|王林平,
        周明王|林平) or none: None. Never a transliterated foreign name (foreign_name_chars)."""
        if len(run) < 5 or not all_han(run) or self.lex.foreign_name_chars.intersection(run):
            return None
        readings = self.joined_readings(run, (2,) if len(run) >= 6 else (1, 2))
        if len(readings) != 1:
            common = self.lex.is_common_surname_start
            readings = [r for r in self.joined_readings(run, (1, 2)) if all(common(run, k) for k in _starts(r))]
        return readings[0] if len(readings) == 1 else None


def _starts(names: list[str]) -> list[int]:
    """Where each of the names printed together starts."""
    out, k = [], 0
    for name in names:
        out.append(k)
        k += len(name)
    return out

