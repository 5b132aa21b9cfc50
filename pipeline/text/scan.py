"""Fast scans of article text that give exactly what the plain scans give.

* ``longest_first``: a word list, longest first and ties by the word: one order in every run
  (Python varies string hashing per process, so a set's order is no order).
* ``words_regex``: one regex for a word list, matching like the longest-first alternation
  ``w1|w2|…`` (the longest listed word at the leftmost position) but built as a trie, so the
  engine does not try every word at every position.
* ``any_word_regex``: does a text hold any of the words: a cheap test before word-by-word scans.
* ``find_all``: the non-overlapping occurrences of a literal, as ``re.finditer(re.escape(w))``.
* ``inside_quotation``: does a position lie inside a quotation opened in its paragraph.
* ``context_free``: may a pattern be searched in a wider window than the one it is run on.
* ``Scanner``: ``finditer`` of a pattern that opens with a free run (``[一-龥]{2,20}第…``): such a
  pattern is tried at every position and backtracks through the run; the scanner first looks
  for the rest of the pattern and tries the full pattern only within the run's reach before it.
"""
from __future__ import annotations

import re
from typing import Container, Iterable, Iterator

try:  # the regex parser and compiler of the standard library (names of Python >= 3.11)
    from re import _compiler as _sre_compile, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

NEVER = r"(?!)"


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct ``words``, longest first, ties by the word (the same order in every process)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def _trie(words: list[str]) -> dict:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return root


def _trie_pattern(node: dict) -> str:
    """Branches longest-first: a child is tried before the word ending here, so the match is
    the longest word, as in an alternation sorted by length."""
    ends = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else body + "?"
    return body


def words_regex(words: list[str] | set[str]) -> re.Pattern[str]:
    """A regex matching the longest of ``words`` at the leftmost position; never matches
    when ``words`` holds no non-empty word."""
    words = sorted({w for w in words if w})
    return re.compile(_trie_pattern(_trie(words)) if words else NEVER)


class WordMatch:
    """What ``WordIndex`` finds: the span of a listed word in a text (as much of re.Match as its
    callers read)."""
    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        return self.string[self._start:self._end]


class WordIndex:
    """``words_regex`` for a long list (thousands of places): the regex engine tries its first
    alternation branch by branch at every position, so the words are indexed by their first two
    characters and only those opening so are tried at a position (where its character opens one).
    The matches are the regex's: the longest listed word at the leftmost position."""

    def __init__(self, words: list[str] | set[str] | tuple[str, ...]) -> None:
        by_head: dict[str, list[str]] = {}
        words = {w for w in words if w}
        for w in words:
            if len(w) >= 2:
                by_head.setdefault(w[:2], []).append(w)
        self._longer = {head: words_regex(ws) for head, ws in by_head.items()}
        self._single = frozenset(w for w in words if len(w) == 1)
        firsts = {w[0] for w in words}
        self._firsts = re.compile("[" + "".join(re.escape(c) for c in sorted(firsts)) + "]") if firsts else None

    def __bool__(self) -> bool:
        return self._firsts is not None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> WordMatch | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        if pos >= end:
            return None
        longer = self._longer.get(text[pos:pos + 2])
        m = longer.match(text, pos, end) if longer is not None else None
        if m is not None:
            return WordMatch(text, pos, m.end())
        return WordMatch(text, pos, pos + 1) if text[pos] in self._single else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[WordMatch]:
        if self._firsts is None:
            return
        end = len(text) if endpos is None else min(endpos, len(text))
        reached = pos
        for c in self._firsts.finditer(text, pos, end):
            if c.start() >= reached and (m := self.match(text, c.start(), end)) is not None:
                reached = m.end()
                yield m


def any_word_regex(words: list[str] | set[str]) -> re.Pattern[str]:
    """``search`` finds a match where any of ``words`` occurs (the empty word occurs anywhere)."""
    return re.compile("") if "" in words else words_regex(words)


def splits_into_words(text: str, words: Container[str], fewest: int = 1) -> bool:
    """Whether ``text`` is ``fewest`` or more words of two characters or more (``words``) written
    together, however it is cut (经济|技术, 春节|前夕)."""
    least = {0: 0}   # position -> the fewest words that end there
    for i in range(len(text)):
        if i in least:
            for k in range(2, len(text) - i + 1):
                if text[i:i + k] in words:
                    least[i + k] = min(least.get(i + k, least[i] + 1), least[i] + 1)
    return least.get(len(text), 0) >= fewest


def runs_into_word(text: str, pos: int, chars: frozenset[str] | set[str], unless: tuple[str, ...]) -> bool:
    """Whether the word ending at ``pos`` runs on into a longer one: one of ``chars`` follows it
    (主席|团, 主席|国), not opening one of the words ``unless`` (主席|会见)."""
    return text[pos:pos + 1] in chars and not text.startswith(unless, pos)


def word_runs_past(words: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether one of the words ``words`` matches (a ``words_regex``: the longest at a position)
    opens inside ``text[start:end]`` and runs on past its end (职工|方首席代表, 车辆|维修工|程师)."""
    return any((hit := words.match(text, k)) is not None and hit.end() > end for k in range(start + 1, end))


def inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation (“…”) opened in its paragraph and not yet closed
    before it: reported words (甲说：“我与乙共同主持了…”)."""
    para = text.rfind("\n", 0, pos) + 1
    return text.rfind("“", para, pos) > text.rfind("”", para, pos)


def find_all(text: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Start of each non-overlapping occurrence of ``word`` in text[start:end], left to right
    (the empty word: every position, ``end`` included, as ``re.finditer("")``)."""
    end = len(text) if end is None else end
    if not word:
        yield from range(start, end + 1)
        return
    n = len(word)
    i = text.find(word, start, end)
    while i != -1:
        yield i
        i = text.find(word, i + n, end)


_SAFE_OPS = {"LITERAL", "NOT_LITERAL", "IN", "ANY", "MAX_REPEAT", "MIN_REPEAT", "SUBPATTERN", "BRANCH"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT"}
_MAX_LEAD = 200


def _name(op) -> str:
    return getattr(op, "name", str(op))


def _ops(items) -> Iterator[str]:
    """Every opcode name in a parsed pattern, nested ones included."""
    for op, av in items:
        yield _name(op)
        if _name(op) in _REPEATS:
            yield from _ops(av[2])
        elif _name(op) == "SUBPATTERN":
            yield from _ops(av[-1])
        elif _name(op) == "BRANCH":
            for alt in av[1]:
                yield from _ops(alt)


def context_free(pattern: re.Pattern[str]) -> bool:
    """Does a match depend on the matched characters only (no anchors, look-arounds or back
    references)? Then a match inside a substring is a match inside any longer window."""
    try:
        return set(_ops(list(_sre_parse.parse(pattern.pattern, pattern.flags)))) <= _SAFE_OPS
    except Exception:  # noqa: BLE001
        return False


class Scanner:
    """``pattern.finditer(text)`` with the same matches, faster for a pattern that opens with
    bounded repeats (its lead): matches are only tried where the rest of the pattern (its tail)
    occurs within the lead's reach. Other patterns are scanned as they are."""

    def __init__(self, pattern: str | re.Pattern[str]):
        self.pattern = re.compile(pattern) if isinstance(pattern, str) else pattern
        self.tail: re.Pattern[str] | None = None
        self.lead = (0, 0)
        try:
            parsed = _sre_parse.parse(self.pattern.pattern, self.pattern.flags)
            items = list(parsed)
            if parsed.getwidth()[0] == 0 or not set(_ops(items)) <= _SAFE_OPS:
                return   # empty matches, anchors, look-arounds, back references: as it is
            k, lead = 0, (0, 0)   # the longest run of leading repeats of bounded width
            while k < len(items) - 1 and _name(items[k][0]) in _REPEATS:
                width = _sre_parse.SubPattern(parsed.state, items[:k + 1]).getwidth()
                if width[1] > _MAX_LEAD:
                    break
                k, lead = k + 1, width
            if k == 0:
                return
            tail = _sre_parse.SubPattern(parsed.state, items[k:])
            self.tail = _sre_compile.compile(tail, self.pattern.flags)
            self.lead = lead
        except Exception:  # noqa: BLE001 - an unknown regex internals version: plain scan
            self.tail = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.tail is None:
            yield from self.pattern.finditer(text)
            return
        lo, hi = self.lead
        match, tail, n = self.pattern.match, self.tail.search, len(text)
        pos = 0   # the earliest start a match may have (the end of the previous one)
        while pos <= n:
            # a match at p holds a tail match at some q in [p + lo, p + hi]
            t = tail(text, pos + lo)
            if t is None:
                return
            q = t.start()
            found = None
            for p in range(max(pos, q - hi), q - lo + 1):
                found = match(text, p)
                if found is not None:
                    break
            if found is None:
                pos = max(pos, q - lo + 1)
                continue
            yield found
            pos = found.end()
