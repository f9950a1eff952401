"""The date patterns, tried only where they can start, find what a scan of the whole text finds."""
from __future__ import annotations

import gzip
import itertools
import json
import re
import sys

import pytest

from communique.extract.dates import _PATTERNS, _matches, _NEEDS_WORD, _ODD_CASE, _Places, _starts

from conftest import shared_path

TRICKY = [
    "", "1", "с 19 по 20 ноября 2025 года", "С  19\u00a0–\u00a020 ноября", "19-20 мая", "12 34 мая 2025",
    "1 2 мая", "в мае 2025 года", "мая\t2025", "в\n2025 году", "на 2026-2027 годы", "in 2020 to 2021",
    "from 2019–2020", "ВЧЕРА", "Позавчера", "ЭТИМ ЛЕТОМ", "в ПЯТНИЦУ", "on Monday", "Monday", "today",
    "November 19, 2025", "19 Nov. 2025", "20.11.2025", "2025-11-20", "сент. 2025", "5 сент.", "а2025 году",
    "с2 по 3 мая", "в 2024г.", "Yeſterday", "ᲀчера", "ᲃегодня", "весной", "ᲀесной", "в ᲃреду",
    "12мая 2025", "мая2025", "году 2025 в 2025 году", "x 19 мая", "1 ноября–2 декабря 2025",
]


def plain(text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(text)] for _kind, _where, pattern in _PATTERNS]


def fast(text: str) -> list[list[tuple[int, int]]]:
    places = _Places(text)
    return [[m.span() for m in _matches(pattern, text, _starts(kind, where, places))]
            for kind, where, pattern in _PATTERNS]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings_match_as_a_scan_does(text: str) -> None:
    assert fast(text) == plain(text)
    assert fast(f"Текст. {text}, и ещё {text}") == plain(f"Текст. {text}, и ещё {text}")


def test_words_are_found_in_the_lower_cased_text() -> None:
    """A letter of a needed word that re.IGNORECASE matches is that letter lower-cased, or one
    of the odd letters for which the word test is not used."""
    everything = "".join(map(chr, range(sys.maxunicode + 1))).replace("\\", "")
    letters = {c for words in _NEEDS_WORD.values() for word in words for c in word}
    for letter in letters:
        for m in re.finditer(re.escape(letter), everything, re.I):
            c = m.group()
            assert c.lower() == letter or _ODD_CASE.match(c), (letter, c)


def test_corpus_and_headlines_match_as_a_scan_does(corpus_path) -> None:
    texts = []
    with corpus_path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, 800):
            record = json.loads(line)
            texts += [record.get("title") or "", record.get("text") or ""]
    with gzip.open(shared_path("corpus", "headlines-ru.jsonl.gz"), "rt", encoding="utf-8") as lines:
        texts += [json.loads(line).get("title") or "" for line in itertools.islice(lines, 5000)]
    for text in texts:
        assert fast(text) == plain(text)
