"""pipeline.text.scan gives exactly what the plain regex scans give."""
from __future__ import annotations

import random
import re

import pytest
import yaml

from pipeline.paths import PROJECT_ROOT
from pipeline.text.chars import is_part_of_name
from pipeline.text.scan import Scanner, WordIndex, find_all, splits_into_words, words_regex

RULES = yaml.safe_load((PROJECT_ROOT / "data" / "lexicons" / "ner_rules.yaml").read_text(encoding="utf-8"))
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted((PROJECT_ROOT / "data" / "samples").glob("*.txt"))]


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200))) for _ in range(count)]


@pytest.mark.parametrize("pattern", RULES["event_names"] + RULES["flat_names"] + [r"[\u4e00-\u9fff]{2,6}(大会|会议)"])
def test_scanner_finds_what_finditer_finds(pattern):
    texts = SAMPLES + _random_texts("第一二三十次届大会代表议全座谈冬奥年2024中国特色社会主义《》\n，的", 400, seed=1)
    plain, scanner = re.compile(pattern), Scanner(pattern)
    for text in texts:
        assert [(m.start(), m.end(), m.groups()) for m in plain.finditer(text)] == \
               [(m.start(), m.end(), m.groups()) for m in scanner.finditer(text)]


def test_words_regex_matches_the_longest_first_alternation():
    words = ["ab", "abc", "a", "b", "bcd", "x.y", "a+"]
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = words_regex(words)
    for text in _random_texts("abcdx.y+", 500, seed=2):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]
        for i in range(len(text)):
            a, b = plain.match(text, i), trie.match(text, i)
            assert (a and a.group()) == (b and b.group())


def test_word_index_finds_what_words_regex_finds():
    # WordIndex: the same matches, indexed by the first two characters (a long place list)
    words = ["ab", "abc", "a", "b", "bcd", "x.y", "a+", "bc"]
    trie, index = words_regex(words), WordIndex(words)
    for text in _random_texts("abcdx.y+", 500, seed=3):
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in index.finditer(text)]
        for i in range(len(text)):
            for end in (i, i + 1, i + 2, len(text)):
                a, b = trie.match(text, i, end), index.match(text, i, end)
                assert (a and a.group()) == (b and b.group())
    assert not WordIndex([]) and list(WordIndex([]).finditer("ab")) == []


def test_find_all_is_finditer_of_the_literal():
    text = SAMPLES[0]
    for word in ("会议", "的", "总工会", "不存在的词"):
        assert list(find_all(text, word)) == [m.start() for m in re.finditer(re.escape(word), text)]
        assert list(find_all(text, word, 10, 400)) == [m.start() for m in re.compile(re.escape(word)).finditer(text, 10, 400)]


def test_a_word_running_into_a_longer_one():
    from pipeline.text.scan import runs_into_word
    text = "主席团主席会见主席国"
    assert runs_into_word(text, 2, {"团", "会", "国"}, ("会见",))        # 主席|团
    assert not runs_into_word(text, 5, {"团", "会", "国"}, ("会见",))    # 主席|会见
    assert runs_into_word(text, 9, {"团", "会", "国"}, ("会见",))        # 主席|国
    assert not runs_into_word(text, len(text), {"团"}, ())               # the text's end


def test_inside_quotation_is_read_within_the_paragraph():
    from pipeline.text.scan import inside_quotation
    text = "甲说：“我主持了会议。”乙讲话。\n“丙”出席"
    assert inside_quotation(text, text.index("主持"))
    assert not inside_quotation(text, text.index("讲话"))      # closed before it
    assert not inside_quotation(text, text.index("出席"))      # a quotation closed in its own paragraph
    assert not inside_quotation("甲说：“好\n乙主持", 8)          # an unclosed quotation ends with its paragraph


def test_an_opener_is_unclosed_when_its_closer_falls_after_the_end():
    from pipeline.text.chars import unclosed_at
    text = "“东江研讨会”在京举行"
    assert unclosed_at(text, 0, text.index("会") + 1)          # cut before ”
    assert not unclosed_at(text, 0, len(text))                 # its closer inside
    assert not unclosed_at(text, 1, len(text))                 # no opener there
    assert unclosed_at("《东江报", 0, 4) and not unclosed_at("", 0, 0)


@pytest.mark.parametrize("short, full, part", [
    ("桑托斯", "玛丽亚·桑托斯", True),              # the last part
    ("萨达姆", "萨达姆·侯赛因", True),              # the first part
    ("玛丽亚·桑托斯", "安娜·玛丽亚·桑托斯", True),   # the last parts
    ("桑托", "玛丽亚·桑托斯", False),               # no whole part
    ("玛丽亚·桑托斯", "玛丽亚·桑托斯", False),       # the name itself
])
def test_a_short_form_is_whole_parts_of_a_dot_joined_name(short, full, part):
    assert is_part_of_name(short, full) == part


@pytest.mark.parametrize("text, fewest, found", [
    ("经济技术", 1, True),    # two common words written together
    ("春节前夕", 2, True),
    ("朝阳", 2, False),       # one word is not two
    ("朝阳", 1, True),
    ("两江", 1, False),       # a name of its own
    ("", 1, False),
])
def test_splits_into_words(text, fewest, found):
    words = {"经济", "技术", "春节", "前夕", "朝阳"}
    assert splits_into_words(text, words, fewest) is found
