"""Shortcuts of the rule stages find what the plain scans find."""
from __future__ import annotations

import re

import pytest

from communique.extract import gazetteer, persons
from communique.nlp.segment import Segment
from communique.model import Analysis, Document

TEXTS = [
    "", "а", "Путин", "министр иностранных дел Китая Ван И", "посол США в Германии Ричард Гренелл",
    "«Газпром» (ПАО), компании и банка — глава\nсовета директоров, 2025 года. и", "x" * 600 + " и министр",
    "экс-премьер Франции и ШОСв Бишкеке, пресс-секретарь Кремля", "Ü € 5 a б-в «г» (д), е\tё\u00a0ж",
]


@pytest.mark.parametrize("text", TEXTS)
def test_link_floor_is_the_last_character_no_link_holds(text: str) -> None:
    for cursor in range(len(text) + 1):
        plain = max((i for i in range(cursor) if re.match(r"[^\s«»\"“”„(),а-яё-]", text[i])), default=-1)
        assert persons.link_floor(text, cursor, window=7) == plain == persons.link_floor(text, cursor)


@pytest.mark.parametrize("text", TEXTS + [
    "Генеральный секретарь ООН Антониу Гутерриш и министр иностранных дел России Сергей Лавров обсудили "
    "работу Совета Безопасности ООН, ШОС и ОДКБ в Москве, Бишкеке и Астане; экс-президент США Обама тоже.",
])
def test_gazetteer_start_words_find_what_every_word_finds(text: str) -> None:
    tokens = Segment()(Analysis(document=Document(id="t", title="", text=text))).tokens
    words = gazetteer._words(tokens)
    starts = gazetteer._starts(words)
    for keep in (lambda e: e.type == "post", lambda e: e.type != "post"):
        assert gazetteer._longest(words, keep, starts) == gazetteer._longest(words, keep)
