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
    """The process-wide pymorphy3 analyzer.

    Its tags give their part of speech, case, gender ... as plain strings: pymorphy3's typed
    grammemes (a str subclass made on every ask, whose ``==`` checks that the other side names
    a grammeme of the category) give the same values at twice the cost (its own note at
    ``OpencorporaTag.typed_grammemes``); the rules ask these of every reading they look at."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    morph.TagClass.typed_grammemes = False
    return morph


@lru_cache(maxsize=100_000)
def _readings(low: str) -> tuple:
    """pymorphy3's readings of a lower-cased word (pymorphy lower-cases anyway), shared by
    ``parses`` and ``parse``: the segmenter's lookups serve the name rules later."""
    found = _dictionary_readings(low) if _dictionary_first() else None
    return tuple(analyzer().parse(low) if found is None else found)


def _dictionary_readings(low: str) -> list | None:
    """``analyzer().parse(low)`` for a lower-cased word in the dictionary (None for another),
    its steps unrolled: for such a word pymorphy3 reads it in the dictionary only (see
    ``_likeliest``), then scores each reading by P(tag | word) and sorts them, most likely first
    (a stable sort), or, when none is known, gives each the score 1/n in the dictionary's order."""
    analyzer_ = analyzer()
    dictionary = analyzer_.dictionary
    found = dictionary.words.similar_items(low, analyzer_.char_substitutes)
    if not found:
        return None
    unit = analyzer_._units[0][0]
    probability = analyzer_.prob_estimator.p_t_given_w
    paradigms, gramtab = dictionary.paradigms, dictionary.gramtab
    readings, probs = [], []
    for fixed_word, pairs in found:
        for para_id, idx in pairs:
            paradigm = paradigms[para_id]
            tag = gramtab[paradigm[len(paradigm) // 3 + idx]]
            readings.append((fixed_word, tag, dictionary.build_normal_form(para_id, idx, fixed_word),
                             ((unit, fixed_word, para_id, idx),)))
            probs.append(probability.get(f"{low}:{tag}", 0) / probability.MULTIPLIER)
    make = analyzer_._result_type
    if sum(probs) == 0:
        share = 1.0 / sum(1.0 for _ in readings)
        return [make(word, tag, normal, share, stack) for word, tag, normal, stack in readings]
    order = sorted(range(len(readings)), key=probs.__getitem__, reverse=True)
    return [make(*readings[i][:3], probs[i], readings[i][3]) for i in order]


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
    normal_form, tag = _likeliest(low.replace("ё", "е"))
    key = str(tag)
    pos = _POS[key] if key in _POS else _POS.setdefault(key, tag.POS)
    return normal_form.replace("ё", "е"), pos, key


def _likeliest(low: str) -> tuple:
    """(normal form, tag) of ``_readings(low)[0]``, pymorphy3's likeliest reading of a lower-cased
    word, without building the others when the word is in the dictionary (most words are).

    For such a word pymorphy3 (the units ``_dictionary_first`` checks) reads it in the dictionary
    only (the next two units read single capital letters, the second ends the search), then
    orders the readings by P(tag | word), most likely first, the dictionary's order among equals
    (a stable sort; all equal when none is known).  The first reading of the highest
    probability is that first one; only its normal form is built."""
    if not _dictionary_first():
        return _first(low)
    analyzer_ = analyzer()
    dictionary = analyzer_.dictionary
    found = dictionary.words.similar_items(low, analyzer_.char_substitutes)
    if not found:
        return _first(low)
    probability = analyzer_.prob_estimator.p_t_given_w.get
    paradigms, gramtab = dictionary.paradigms, dictionary.gramtab
    best, best_p = None, -1
    for fixed_word, readings in found:
        for para_id, idx in readings:
            paradigm = paradigms[para_id]
            tag = gramtab[paradigm[len(paradigm) // 3 + idx]]  # pymorphy's build_tag_info
            p = probability(f"{low}:{tag}", 0)  # pymorphy's prob() times its MULTIPLIER
            if p > best_p:
                best, best_p = (fixed_word, para_id, idx, tag), p
    fixed_word, para_id, idx, tag = best
    return dictionary.build_normal_form(para_id, idx, fixed_word), tag


def _first(low: str) -> tuple:
    best = _readings(low)[0]
    return best.normal_form, best.tag


@cache
def _dictionary_first() -> bool:
    """Whether the analyzer's units are those ``_likeliest`` relies on: the dictionary, then the
    two readers of initials (the second ends the search), and a probability estimator."""
    from pymorphy3.units import AbbreviatedFirstNameAnalyzer, AbbreviatedPatronymicAnalyzer, DictionaryAnalyzer

    units = analyzer()._units
    return (len(units) > 2 and analyzer().prob_estimator is not None
            and [type(u.analyzer) for u in units[:3]] == [DictionaryAnalyzer, AbbreviatedFirstNameAnalyzer,
                                                         AbbreviatedPatronymicAnalyzer]
            and [u.is_terminal for u in units[:3]] == [False, False, True])


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
        form = inflected(p, {case})
        if form is not None:
            return _match_case(form, word)
    return word


def inflected(reading, grammemes: set[str]) -> str | None:
    """The word of ``reading.inflect(grammemes)`` (None when pymorphy3 gives None).

    For a reading from the dictionary (one DictionaryAnalyzer step) the same choice is made
    without building the lexeme's readings: among the paradigm's forms whose tags hold the
    grammemes (else the rare cases folded: loc2 -> loct ...), the first of the highest
    similarity to the reading's tag updated with them, as ``MorphAnalyzer._inflect`` does;
    its word is the paradigm's prefix + the reading's stem + suffix (``get_lexeme``)."""
    stack = reading.methods_stack
    if len(stack) != 1 or type(stack[0][0]) is not _dictionary_unit():
        form = reading.inflect(grammemes)
        return None if form is None else form.word
    _unit, _word, para_id, idx = stack[0]
    dictionary = analyzer().dictionary
    paradigm = dictionary.paradigms[para_id]
    size = len(paradigm) // 3
    tags = [dictionary.gramtab[paradigm[size + i]] for i in range(size)]
    required = grammemes
    possible = [i for i in range(size) if required <= tags[i].grammemes]
    if not possible:
        required = analyzer().TagClass.fix_rare_cases(required)
        possible = [i for i in range(size) if required <= tags[i].grammemes]
    if not possible:
        return None
    target = reading.tag.updated_grammemes(required)
    best = max(possible, key=lambda i: len(target & tags[i].grammemes) - 0.1 * len(target ^ tags[i].grammemes))
    stem = dictionary.build_stem(paradigm, idx, reading.word)
    return dictionary.paradigm_prefixes[paradigm[2 * size + best]] + stem + dictionary.suffixes[paradigm[best]]


@cache
def _dictionary_unit() -> type:
    from pymorphy3.units import DictionaryAnalyzer

    return DictionaryAnalyzer


def _match_case(new: str, template: str) -> str:
    if template.isupper() and len(template) > 1:
        return new.upper()
    if template[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
