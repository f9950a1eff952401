"""Russian morphology: pymorphy3 lemmas, cached, one analyzer per process.

natasha pulls in pymorphy2, which breaks on Python 3.11 unless yargy (which
patches it) is imported first; every NLP entry point imports this module, so
the patch is applied here once.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

import yargy  # noqa: F401  (patches pymorphy2 for Python 3.11 before natasha imports it)

_WORD = re.compile(r"[\w-]+", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@cache
def analyzer():
    """The process-wide pymorphy3 analyzer."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def _readings(low: str) -> tuple:
    """pymorphy3's readings of a lower-cased word (pymorphy lower-cases anyway), shared by
    ``parses`` and ``parse``: the segmenter's lookups serve the name rules later."""
    return tuple(analyzer().parse(low))


def parses(word: str) -> tuple:
    """pymorphy3's readings of ``word``, cached (a tuple: do not mutate). For the name and phrase rules."""
    return _readings(word.lower())


_POS: dict[str, str | None] = {}  # tag string -> its part of speech (pymorphy computes it on every ask)


@lru_cache(maxsize=200_000)
def parse(word: str) -> tuple[str, str | None, str]:
    """(lemma, POS, tag string) of one word; non-Cyrillic words are their own lemma."""
    low = word.lower()
    if not _CYRILLIC.search(low):
        return low.replace("ё", "е"), None, ""
    best = _readings(low.replace("ё", "е"))[0]
    tag = str(best.tag)
    pos = _POS[tag] if tag in _POS else _POS.setdefault(tag, best.tag.POS)
    return best.normal_form.replace("ё", "е"), pos, tag


def lemma(word: str) -> str:
    return parse(word)[0]


def lemmas(text: str) -> list[str]:
    """Lemmas of the words of ``text`` in order (lower case, ё folded to е)."""
    return [lemma(w) for w in _WORD.findall(text)]


def lemma_text(text: str) -> str:
    """Lemmatised text for full-text indexing and queries."""
    return " ".join(lemmas(text))


@lru_cache(maxsize=50_000)
def inflect(word: str, case: str = "nomn") -> str:
    """``word`` put into a grammatical case, keeping its capitalisation; unchanged if unknown."""
    parses = analyzer().parse(word)
    for p in parses:
        form = p.inflect({case})
        if form is not None:
            return _match_case(form.word, word)
    return word


def _match_case(new: str, template: str) -> str:
    if template.isupper() and len(template) > 1:
        return new.upper()
    if template[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
