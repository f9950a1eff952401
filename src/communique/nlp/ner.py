"""NER stage: natasha's slovnet news NER, converted to our Mentions at the boundary."""
from __future__ import annotations

import dataclasses
from functools import cache

from ..model import Analysis, Mention, Sentence
from . import morph  # noqa: F401  (imports yargy before natasha: pymorphy2 patch)


@cache
def _tagger():
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


@cache
def _segmenter():
    from natasha import Segmenter

    return Segmenter()


def tag_sentence(sent: Sentence) -> list[Mention]:
    """PER/ORG/LOC mentions in one sentence, offsets in the sentence's field."""
    from natasha import Doc

    doc = Doc(sent.text)
    doc.segment(_segmenter())
    doc.tag_ner(_tagger())
    out = []
    for s in doc.spans:
        text = s.text
        if text.endswith(".") and s.stop == len(sent.text.rstrip()):  # the sentence's full stop
            text = text[:-1]
        out.append(Mention(sent.field, sent.start + s.start, sent.start + s.start + len(text), text, s.type, text,
                           rule="slovnet"))
    return out


class NER:
    """Adds slovnet PER/ORG/LOC mentions; only for sentences a ``select`` predicate keeps."""

    name = "ner"
    requires = ("sentences",)
    assigns = ("ner",)

    def __init__(self, select=None):
        self.select = select

    def __call__(self, analysis: Analysis) -> Analysis:
        found: list[Mention] = []
        for sent in analysis.sentences:
            if self.select is None or self.select(sent):
                found.extend(tag_sentence(sent))
        return dataclasses.replace(analysis, mentions=analysis.mentions + tuple(found))
