"""morph.parse's shortcut to the likeliest reading gives pymorphy3's first reading."""
from __future__ import annotations

import gzip
import itertools
import json
import re

import pytest

from communique.nlp import morph
from conftest import shared_path

WORDS = ["президента", "сказал", "жээнбека", "елки", "стали", "мама", "мыла", "раму", "ооо", "путин", "бен",
         "ии", "асии", "сша", "по-прежнему", "кое-что", "х", "ъ", "мид", "зеленского", "кулубаева", "завтра"]


def expected(low: str) -> tuple:
    best = morph.analyzer().parse(low)[0]
    return best.normal_form, best.tag


def corpus_words(path, documents: int) -> set[str]:
    """The lower-cased words of the first ``documents`` corpus records."""
    words: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, documents):
            record = json.loads(line)
            words.update(re.findall(r"[а-яё-]+", f"{record.get('title')} {record.get('text')}".lower()))
    return words


def test_the_analyzer_is_laid_out_as_the_shortcut_needs() -> None:
    assert morph._dictionary_first()


@pytest.mark.parametrize("word", WORDS)
def test_words_read_as_pymorphy_reads_them(word: str) -> None:
    assert morph._likeliest(word) == expected(word)


def test_corpus_words_read_as_pymorphy_reads_them(corpus_path) -> None:
    words = corpus_words(corpus_path, 300)
    with gzip.open(shared_path("corpus", "headlines-ru.jsonl.gz"), "rt", encoding="utf-8") as lines:
        for line in itertools.islice(lines, 3000):
            words.update(re.findall(r"[а-яё-]+", (json.loads(line).get("title") or "").lower()))
    for word in sorted(words):
        low = word.replace("ё", "е")
        assert morph._likeliest(low) == expected(low), word


GRAMMEMES = [{"nomn"}, {"nomn", "sing"}, {"gent"}, {"loc2"}, {"nomn", "sing", "femn"}, {"voct"}, {"ablt", "plur"}]


def test_inflected_is_pymorphy_inflect(corpus_path) -> None:
    words = corpus_words(corpus_path, 5) | set(WORDS)
    for word in sorted(words):
        for reading in morph.analyzer().parse(word):
            for grammemes in GRAMMEMES:
                form = reading.inflect(grammemes)
                assert morph.inflected(reading, grammemes) == (None if form is None else form.word), (word, grammemes)


def test_dictionary_readings_are_pymorphy_readings(corpus_path) -> None:
    """All the readings, scores and order included; None for a word not in the dictionary."""
    words = corpus_words(corpus_path, 300) | set(WORDS) | {"ёлки", "елки", "всё", "все", "стали"}
    known = 0
    for word in sorted(words):
        found = morph._dictionary_readings(word)
        if found is None:
            assert not morph.analyzer().dictionary.words.similar_items(word, morph.analyzer().char_substitutes)
            continue
        known += 1
        assert found == morph.analyzer().parse(word), word
        assert {type(p) for p in found} == {type(p) for p in morph.analyzer().parse(word)}
    assert known > 1000


CATEGORIES = ("POS", "animacy", "aspect", "case", "gender", "involvement", "mood", "number", "person", "tense",
              "transitivity", "voice")


def test_plain_grammemes_are_the_typed_ones(monkeypatch) -> None:
    """Every tag of the dictionary gives the same part of speech, case, gender ... untyped."""
    tag_class = morph.analyzer().TagClass
    assert tag_class.typed_grammemes is False
    tags = list(dict.fromkeys(morph.analyzer().dictionary.gramtab))
    plain = [[getattr(tag, c) for c in CATEGORIES] for tag in tags]
    monkeypatch.setattr(tag_class, "typed_grammemes", True)
    typed = [[getattr(tag, c) for c in CATEGORIES] for tag in tags]
    assert len(tags) > 100 and plain == typed
    assert all(type(v) is str for row in plain for v in row if v is not None)
    assert any(type(v) is not str for row in typed for v in row if v is not None)
