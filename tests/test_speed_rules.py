"""Shortcuts of the rule stages find what the plain scans find."""
from __future__ import annotations

import json
import re

import pytest

from communique.extract import gazetteer, persons
from communique.nlp.segment import Segment
from communique.model import Analysis, Document

TEXTS = [
    "", "а", "Путин", "министр иностранных дел Китая Ван И", "посол США в Германии Ричард Гренелл",
    "«Газпром» (ПАО), компании и банка — глава\nсовета директоров, 2025 года. и", "X" * 600 + " и министр", "x" * 600 + " of the",
    "экс-премьер Франции и ШОСв Бишкеке, пресс-секретарь Кремля", "Ü € 5 a б-в «г» (д), е\tё\u00a0ж",
]


@pytest.mark.parametrize("text", TEXTS)
def test_link_floor_is_the_last_character_no_link_holds(text: str) -> None:
    for cursor in range(len(text) + 1):
        plain = max((i for i in range(cursor) if re.match(r"[^\s«»\"“”„(),а-яёa-z-]", text[i])), default=-1)
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


@pytest.mark.parametrize("words", [["стали", "Стали", "сталь", "стал", "встретился", "министра", "Путину", "ёлка", "Ёлки",
                                    "быстро", "и", "в", "США", "кыргызско-китайский", "Хурэлсух", "5", "Trump"]])
def test_parse_gives_pymorphy_part_of_speech(words: list[str]) -> None:
    from communique.nlp import morph

    for rounds in range(2):  # the second round reads the part of speech kept by tag
        morph.parse.cache_clear()
        for w in words:
            lemma, pos, tag = morph.parse(w)
            if tag:
                best = morph.parses(w.replace("ё", "е").replace("Ё", "Е"))[0]
                assert (lemma, pos, tag) == (best.normal_form.replace("ё", "е"), best.tag.POS, str(best.tag))
            else:
                assert pos is None


def test_gazetteer_passes_find_on_the_corpus_what_every_word_finds(corpus_path) -> None:
    import itertools
    import json

    segment = Segment()
    with corpus_path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, 200):
            record = json.loads(line)
            document = Document(id="t", title=record.get("title") or "", text=record.get("text") or "")
            analysis = segment(Analysis(document=document))
            for tokens in gazetteer.sentence_tokens(analysis):
                words = gazetteer._words(tokens)
                plain = [m for keep in gazetteer._PASSES for m in gazetteer._longest(words, keep)]
                assert gazetteer.match_tokens(tokens) == plain


def test_word_before_finds_what_the_plain_pattern_finds(corpus_path) -> None:
    import itertools
    import json
    import random

    from communique.extract.phrases import _WORD_BEFORE

    plain = re.compile(r"([А-Яа-яЁё-]+)(\s*(?:и\s+)?)$")
    windows = ["министр и ", "и ", " и", "и", "", "a-б\n", "министр\n", "x министр \n", "-", "министр  и\n\n",
               "министр и", "первый вице-премьер", "«Газпром» и "]
    random.seed(7)
    with corpus_path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, 200):
            text = json.loads(line).get("text") or ""
            for _ in range(100):
                cut = random.randrange(len(text) + 1)
                windows.append(text[max(0, cut - 40):cut])
    for window in windows:
        a, b = plain.search(window), _WORD_BEFORE.search(window)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), window


def test_speaker_pattern_finds_what_the_lookbehind_first_pattern_finds(corpus_path) -> None:
    import itertools
    import json

    from communique.extract.context import SPEAKER

    plain = re.compile(r"(?<![\w.])[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s?(?:\([^)]{0,40}\)\s?)?:(?=\s)")
    texts = ["В.Путин: x", "В.В. Путин (как переведено): x", "А.В.Путин: x", "xВ.Путин: x", ".В.Путин: x"]
    with corpus_path.open(encoding="utf-8") as lines:
        texts += [json.loads(line).get("text") or "" for line in itertools.islice(lines, 400)]
    for text in texts:
        assert [m.span() for m in SPEAKER.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_quoted_organizations_pattern_matches_as_the_plain_one(corpus_path) -> None:
    from communique.extract import actors

    plain = re.compile(r"((?:\b[а-яё-]+\s+){1,3})«([^«»\n]{2,60})»")
    texts = [t for line in corpus_path.read_text(encoding="utf-8").splitlines()[:400]
             for t in (json.loads(line).get("title") or "", json.loads(line).get("text") or "")]
    texts += ["партии «Dog with two tails»", "газета  \n «Коммерсантъ»", "северо-западный «Х»", "Северо-западный «Х»",
              "а б в г «д»", "-а «б»", "а- «б»", "а «б» в «г»", "«а» б «в»"]
    found = 0
    for text in texts:
        ours = [(m.span(), m.groups()) for m in actors._QUOTED.finditer(text)]
        assert ours == [(m.span(), m.groups()) for m in plain.finditer(text)]
        found += len(ours)
    assert found > 100
