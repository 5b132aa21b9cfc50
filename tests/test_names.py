"""The one name guesser (pipeline/names.py), shared by NER rules and roles."""
import pytest

from pipeline.lexicon import load_lexicon
from pipeline.names import NameGuesser


@pytest.fixture(scope="module")
def guess():
    g = NameGuesser(load_lexicon())

    def name(text: str, start: int = 0, **kw) -> str | None:
        end = g.name_at(text, start, **kw)
        return None if end is None else text[start:end]
    return name


@pytest.mark.parametrize("text,start,name", [
    ("张良出席会议。", 0, "张良"),            # a multi-character follower ends a short name
    ("王小明说，要做好服务。", 0, "王小明"),  # a long name before a one-character follower
    ("李鹏在会上讲话。", 0, "李鹏"),          # 在 ends the name, not 李鹏在
    ("快递员小李告诉记者", 3, "小李"),        # nickname
    ("欧阳明日说", 0, "欧阳明日"),            # compound surname
    ("东方卫国介绍了情况", 0, "东方卫国"),    # a compound surname that is a word too (东方)
    ("高度重视安全", 0, None),                # a single surname opening a word (高度) opens no name
    ("方面的工作", 0, None),                  # a common word is no name
    ("和平区", 0, None),                      # a word no name starts with
    ("张良", 0, "张良"),                      # end of text
    ("农民富了，", 2, None),                  # 了 ends no name (an aspect particle)
    ("，但同时强调", 1, None),                # 但 opens a clause, no name
    ("总理于去年到访", 2, None),              # a preposition before a time word, no name
    ("由市长任组长，", 3, None),              # a verb before a position, no name
    ("主席任海平说", 2, "任海平"),            # the same surname before a given name
    ("运动员曾获得7枚金牌", 3, None),          # 曾 (once) before a word, no name
    ("主任曾明远说", 2, "曾明远"),            # the same surname before a given name
    ("参赛棋手由原来的三十二人", 4, None),     # 由 (from) before a word, no name
    ("棋手由晓萍说", 2, "由晓萍"),            # the same surname before a given name
    ("首相山本一郎在官邸会见", 2, "山本一郎"),  # a Japanese family name where no Chinese reading is a name
    ("棋手片冈聪在比赛中", 2, "片冈聪"),      # ... with a one-character given name
    ("教授冈田教授介绍", 2, None),            # a word after the family name is no given name
    ("山口表示，", 0, None),                  # nor a word that follows names
    ("主任安田明说", 2, "安田明"),            # a Chinese reading wins (安 + 田明)
    ("局长长孙介绍，", 2, None),              # a given name never opens with a follower word (介绍)
    ("首相桥本龙太郎今天表示", 2, "桥本龙太郎"),  # a three-character given name of a listed ending
    ("副主席阮氏清香率领代表团", 3, "阮氏清香"),  # a middle name (氏) between surname and given name
    ("副主席黎氏红梅出席", 3, "黎氏红梅"),
    ("主任陈氏兰说", 2, "陈氏兰"),             # ... with a one-character given name
])
def test_readings(guess, text, start, name):
    assert guess(text, start) == name


def test_end_at_and_free(guess):
    assert guess("周阳激动地说", 0, end_at=2) == "周阳"
    assert guess("周阳激动地说", 0, end_at=4) is None
    assert guess("张良出席会议。", 0, free=lambda s, e: e <= 1) is None


def test_ner_and_roles_share_it():
    import spacy
    from pipeline.article_doc import make_article_doc
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_rules")
    nlp.add_pipe("role_extractor")
    nlp.initialize()
    assert nlp.get_pipe("entity_rules")._names.lex is nlp.get_pipe("role_extractor").lexicon.names.lex
    doc = nlp(make_article_doc(nlp, {"text": "区总工会副主席田小雨出席活动。"}))
    assert ("田小雨", "PER") in {(e.text, e.label_) for e in doc.ents}
    assert [(r["person"], r["position"]) for r in doc._.roles] == [("田小雨", "副主席")]


@pytest.mark.parametrize("text, name", [
    # a surname and a common word (严冬) open a three-character name before a follower of two
    # characters or more
    ("严冬青带领代表调研", "严冬青"),
    ("严冬青指出，要抓好落实", "严冬青"),
    # not before a follower of one character or none, nor ending with a particle (阿方|则, 常委|们)
    ("严冬青说", None),
    ("高度重视安全", None),
    ("阿方则强调合作", None),
    ("常委们认为", None),
])
def test_a_name_opening_with_a_common_word_before_a_strong_follower(guess, text, name):
    assert guess(text) == name


@pytest.mark.parametrize("text, name", [
    ("占四成，不少人", None),          # a rare surname that is a verb (占), before a number
    ("任一农就影片作了说明", "任一农"),  # ... not a common one (任)
    ("公寓的冬季", None),              # 公寓, 花名册: common words modern_words.txt adds
    ("花名册、劳动合同", None),
])
def test_a_verb_before_a_number_and_common_nouns_are_no_names(guess, text, name):
    assert guess(text) == name
