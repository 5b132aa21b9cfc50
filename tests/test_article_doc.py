"""Cheap reads of Doc state (article_doc): entity char spans equal doc.ents."""
from __future__ import annotations

import random

import spacy
from spacy.tokens import Span

from pipeline.article_doc import entity_char_spans


def test_entity_char_spans_equal_doc_ents_on_random_entities():
    nlp = spacy.blank("zh")
    rng = random.Random(4)
    for _ in range(200):
        text = "".join(rng.choice("北京市总工会张良丰台区 ，。") for _ in range(rng.randint(0, 40)))
        doc = nlp.make_doc(text)
        ents, i = [], 0
        while i < len(doc):
            if rng.random() < 0.3:
                j = min(len(doc), i + rng.randint(1, 4))
                ents.append(Span(doc, i, j, label=rng.choice(["PER", "ORG", "LOC"])))
                i = j           # adjacent entities of the same or another label
            else:
                i += 1
        doc.ents = ents
        assert entity_char_spans(doc) == [(e.start_char, e.end_char, e.label_) for e in doc.ents]
