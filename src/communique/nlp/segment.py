"""Segmentation stage: razdel sentences and tokens, with pymorphy3 lemmas.

:func:`tokenize` gives exactly razdel's tokens (``tests/test_speed_segment.py``
checks it against razdel), about five times faster: razdel builds an object
for every atom and every gap between atoms and asks its rules about each gap,
while whitespace alone always splits; here only the gaps between atoms that
touch go through the rules (the same rules, in the same order).
"""
from __future__ import annotations

import re

from razdel import sentenize
from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, INT, LAT, OTHER, PUNCT, RU, SMILE

from ..model import Analysis, Sentence, Token, make_token, replace_analysis
from . import morph

FIELDS = ("title", "text")
_WORDLIKE = (OTHER, RU, LAT)


# A sentence end glued to the next sentence, as scraped pages join paragraphs: a word of three or
# more lower-case letters, its stop (and a closing quote), then a capitalised word (or an opening
# quote) with no space ("killed.“They", "участников.Последняя", "war.The", "day.\"If"); razdel
# needs the space.  Names of sites and services
# written with a dot ("Газета.Ru", "Яндекс.Деньги") are words, not two sentences.
GLUED_END = re.compile(r"(?<=[a-zа-яё]{3}[.!?])[\"”»]?(?=[“«]?[A-ZА-ЯЁ][a-zа-яё])")
# (and abbreviations of three letters: "пос.Горки", "обл.Центр")
_DOTTED_NAMES = re.compile(r"(?i)(?:яндекс|газета|лента|mail|yandex|lenta|gazeta|(?<![а-яё])(?:пос|гор|обл|тыс|млн|руб|стр|илл"
                           r"|абз|гос|нац|зам|акад|проф|изд|инж|кор|сов))$")


# An initial of two letters, as English transliterates Ж, Ш, Ч, Х, Ц, Ю, Я, Е ("Zh. Kulubaev"): razdel
# ends a sentence after it, as it does after a word of two letters
TWO_LETTER_INITIAL = re.compile(r"(?:^|\s)(?:Zh|Sh|Ch|Kh|Ts|Yu|Ya|Ye|Yo)\.$")


def split_sentences(field: str, text: str) -> list[Sentence]:
    """Sentences of one field; paragraph breaks always end a sentence, and so does a stop glued to
    the next sentence's first word (``GLUED_END``)."""
    out: list[Sentence] = []
    offset = 0
    for block in text.split("\n"):
        if block.strip():
            for s in sentenize(block):
                start = offset + s.start
                for piece_start, piece in _unglued(s.text):
                    a, b = start + piece_start, start + piece_start + len(piece)
                    if out and out[-1].end >= offset and TWO_LETTER_INITIAL.search(out[-1].text):  # (same paragraph)
                        a = out.pop().start
                    out.append(Sentence(field, a, b, text[a:b]))
        offset += len(block) + 1
    return out


def _unglued(sentence: str) -> list[tuple[int, str]]:
    """(offset, text) of the parts of a razdel sentence split at glued sentence ends."""
    # (a straight quote after the stop opens the next sentence when the quotes before it are paired:
    # 'Maduro said that day."If …')
    cuts = [m.start() if m.group() == '"' and sentence.count('"', 0, m.start()) % 2 == 0 else m.end()
            for m in GLUED_END.finditer(sentence) if not _DOTTED_NAMES.search(sentence[:m.start() - 1])]
    if not cuts:
        return [(0, sentence)]
    bounds = [0, *cuts, len(sentence)]
    return [(a, sentence[a:b]) for a, b in zip(bounds, bounds[1:]) if sentence[a:b].strip()]


def _joins(atoms: list[tuple[int, int, str, str]], i: int, buffer: str) -> bool:
    """Whether razdel's token rules join atom ``i`` to the atom before it (no space between)."""
    left_1, right_1 = atoms[i - 1], atoms[i]
    left_2 = atoms[i - 2] if i >= 2 else None
    right_2 = atoms[i + 1] if i + 1 < len(atoms) else None
    left, right = left_1[3], right_1[3]
    # dash, underscore, float, fraction: "cho-to", "a_b", "1.5", "1/2" (razdel's Rule2112)
    for is_delimiter, types in ((DASHES.__contains__, None), ("_".__eq__, None),
                                (".,".__contains__, INT), ("/\\".__contains__, INT)):
        if is_delimiter(left):
            pair = (left_2, right_1)
        elif is_delimiter(right):
            pair = (left_1, right_2)
        else:
            continue
        a, b = pair
        if a is None or b is None:
            continue
        if types is None:
            if a[2] != PUNCT and b[2] != PUNCT:
                return True
        elif a[2] == types and b[2] == types:
            return True
    # punctuation runs: smileys, "?!", "...", "--", "**"
    if left_1[2] == PUNCT and right_1[2] == PUNCT:
        if SMILE.match(buffer + right):
            return True
        if left in ENDINGS and right in ENDINGS:
            return True
        if left + right in ("--", "**"):
            return True
    # other symbols stuck to words: "ΔP"
    if left_1[2] == OTHER and right_1[2] in _WORDLIKE or left_1[2] in _WORDLIKE and right_1[2] == OTHER:
        return True
    return left.lower() == "yahoo" and right == "!"


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, text) of razdel's tokens of ``text``."""
    atoms = [(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(text)]
    out: list[tuple[int, int, str]] = []
    if not atoms:
        return out
    start = atoms[0][0]
    for i in range(1, len(atoms)):
        stop = atoms[i - 1][1]
        if stop == atoms[i][0] and _joins(atoms, i, text[start:stop]):
            continue
        out.append((start, stop, text[start:stop]))
        start = atoms[i][0]
    out.append((start, atoms[-1][1], text[start:atoms[-1][1]]))
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
        parse = morph.parse
        for field in FIELDS:
            for sent in split_sentences(field, doc.field_text(field)):
                index = len(sentences)
                sentences.append(sent)
                offset = sent.start
                for start, stop, text in tokenize(sent.text):
                    lemma, pos, _ = parse(text)
                    tokens.append(make_token(field, offset + start, offset + stop, text, lemma, pos, index))
        return replace_analysis(analysis, sentences=tuple(sentences), tokens=tuple(tokens))
