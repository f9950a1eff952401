"""NER stage: natasha's slovnet news NER, converted to our Mentions at the boundary.

slovnet's own entry point tokenises each text again with razdel; the Segment
stage has already done exactly that (razdel over each sentence), so the stage
feeds slovnet's encoder, model and CRF our tokens directly, in batches of
sentences of about the same length (one numpy pass per batch, little
padding).  The spans are those ``NewsNERTagger(sentence.text)`` gives.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from ..model import Analysis, Mention, Sentence, Token
from . import morph  # (also imports yargy before natasha: the pymorphy2 patch)

BATCH_SIZE = 32
_WORD = re.compile(r"\w+")
# pymorphy3 grammemes of proper names: a capitalised first word carrying one may start a name
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


def may_name(sent: Sentence) -> bool:
    """Whether a sentence can hold a name: a capitalised word past the first, or a first word
    that is a proper name (or unknown) to the dictionary.  Sentences without one are skipped
    by default: slovnet tags capitalised words, and they are about a quarter of the text."""
    words = _WORD.findall(sent.text)
    if any(w[0].isupper() for w in words[1:]):
        return True
    if not words or not words[0][0].isupper():
        return False
    tag = morph.parse(words[0])[2]
    return not tag or "UNKN" in tag or not _PROPER.isdisjoint(tag.replace(" ", ",").split(","))


@cache
def _tagger():
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger.batch_size = tagger.infer.encoder.batch_size = BATCH_SIZE
    return tagger


@lru_cache(maxsize=100_000)
def _word_ids(word: str) -> tuple[int, int]:
    """(word id, shape id) of one word, as slovnet's ``WordShapeEncoder.item`` gives them."""
    from slovnet.shape import word_shape

    encoder = _tagger().infer.encoder
    return encoder.words_vocab.encode(word.lower()), encoder.shapes_vocab.encode(word_shape(word))


def _inputs(words: list[list[str]]):
    """slovnet's ``WordShapeEncoder.__call__`` (same batches, same arrays), each word looked up once."""
    encoder = _tagger().infer.encoder
    items = []
    for ws in words:
        ids = [_word_ids(w) for w in ws]
        items.append(([i for i, _ in ids], [s for _, s in ids]))
    for k in range(0, len(items), encoder.batch_size):
        yield encoder.input(items[k:k + encoder.batch_size])


def _tags(words: list[list[str]]) -> list[list[str]]:
    """BIO tags of each word list (slovnet's NERInfer without its tokeniser)."""
    infer = _tagger().infer
    out: list[list[str]] = []
    for inputs in _inputs(words):
        pred = infer.model(inputs.word_id, inputs.shape_id, inputs.pad_mask)
        out.extend(infer.decoder(infer.model.head.crf.decode(pred, ~inputs.pad_mask)))
    return out


def _spans(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, stop, type) of the entities in BIO-tagged tokens (slovnet's bio_spans)."""
    out: list[tuple[int, int, str]] = []
    current: list = []
    for token, tag in zip(tokens, tags):
        part, _, kind = tag.partition("-")
        if part == "B" or part == "O":
            if current:
                out.append(tuple(current))
            current = [token.start, token.end, kind] if part == "B" else []
        elif current:  # I
            current[1] = token.end
    if current:
        out.append(tuple(current))
    return out


def tag_sentences(sentences: Sequence[Sentence], tokens: Sequence[Sequence[Token]]) -> list[Mention]:
    """PER/ORG/LOC mentions in the sentences (each with its tokens), in text order."""
    todo = sorted((i for i, toks in enumerate(tokens) if toks), key=lambda i: len(tokens[i]))
    tags = _tags([[t.text for t in tokens[i]] for i in todo])
    out: list[Mention] = []
    for i, sent_tags in zip(todo, tags):
        sent = sentences[i]
        end = sent.start + len(sent.text.rstrip())
        for start, stop, kind in _spans(tokens[i], sent_tags):
            text = sent.text[start - sent.start:stop - sent.start]
            if text.endswith(".") and stop == end:  # the sentence's full stop
                text = text[:-1]
            out.append(Mention(sent.field, start, start + len(text), text, kind, text, rule="slovnet"))
    out.sort(key=lambda m: (m.field != "title", m.start))
    return out


class NER:
    """Adds slovnet PER/ORG/LOC mentions; only for sentences a ``select`` predicate keeps
    (default :func:`may_name`; ``None`` tags every sentence)."""

    name = "ner"
    requires = ("sentences", "tokens")
    assigns = ("ner",)

    def __init__(self, select: Callable[[Sentence], bool] | None = may_name):
        self.select = select

    def __call__(self, analysis: Analysis) -> Analysis:
        by_sentence: list[list[Token]] = [[] for _ in analysis.sentences]
        for token in analysis.tokens:
            by_sentence[token.sentence].append(token)
        keep = [i for i, s in enumerate(analysis.sentences) if self.select is None or self.select(s)]
        found = tag_sentences([analysis.sentences[i] for i in keep], [by_sentence[i] for i in keep])
        return dataclasses.replace(analysis, mentions=analysis.mentions + tuple(found))
