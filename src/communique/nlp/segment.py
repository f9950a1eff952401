"""Segmentation stage: razdel sentences and tokens, with pymorphy3 lemmas."""
from __future__ import annotations

import dataclasses

from razdel import sentenize, tokenize

from ..model import Analysis, Sentence, Token
from . import morph

FIELDS = ("title", "text")


def split_sentences(field: str, text: str) -> list[Sentence]:
    """Sentences of one field; paragraph breaks always end a sentence."""
    out: list[Sentence] = []
    offset = 0
    for block in text.split("\n"):
        if block.strip():
            for s in sentenize(block):
                out.append(Sentence(field, offset + s.start, offset + s.stop, s.text))
        offset += len(block) + 1
    return out


class Segment:
    """Adds sentences and tokens (with lemma and part of speech) for title and text."""

    name = "segment"
    requires = ("document",)
    assigns = ("sentences", "tokens")

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.document
        sentences: list[Sentence] = []
        tokens: list[Token] = []
        for field in FIELDS:
            for sent in split_sentences(field, doc.field_text(field)):
                index = len(sentences)
                sentences.append(sent)
                for t in tokenize(sent.text):
                    lemma, pos, _ = morph.parse(t.text)
                    tokens.append(Token(field, sent.start + t.start, sent.start + t.stop, t.text, lemma, pos, index))
        return dataclasses.replace(analysis, sentences=tuple(sentences), tokens=tuple(tokens))
