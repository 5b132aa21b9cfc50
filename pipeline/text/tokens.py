"""spaCy ``Doc(words, spaces)`` arguments from a segmenter's words (pkuseg, HanLP)."""
from __future__ import annotations

import re

_WHITESPACE = re.compile(r"\s+")


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spacy.util.get_words_and_spaces for words that cover the text's non-space characters in
    order (what pkuseg returns, or the words of HanLP's spans), in linear time: a single ' '
    after a word is its trailing space, any other whitespace becomes a token of its own."""
    out_words: list[str] = []
    spaces: list[bool] = []
    pos, n = 0, len(text)
    for word in words:
        if not text.startswith(word, pos):
            gap = _WHITESPACE.match(text, pos)
            end = gap.end() if gap else pos
            if not text.startswith(word, end):
                raise ValueError(f"segmenter output {word!r} does not match the text at {pos}")
            out_words.append(text[pos:end])
            spaces.append(False)
            pos = end
        out_words.append(word)
        pos += len(word)
        if pos < n and text[pos] == " ":
            spaces.append(True)
            pos += 1
        else:
            spaces.append(False)
    if pos < n:
        out_words.append(text[pos:])
        spaces.append(False)
    return out_words, spaces


# A labelled character span (start, end, label): the project's one tuple type for entities
# before they become spaCy ``Span`` objects.
CharSpan = tuple[int, int, str]
