"""Noun phrases put into the nominative, checks that a NER location or organisation is
worth an actor, and the grammar of titles: modifiers, complements, descriptor nouns."""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp import morph

# what joins the members of a list of names or titles: "Лопатина, Воробьева и Пономарева", "президент,
# вице-президент, сенаторы", "… , а также …"
LIST_JOIN = re.compile(r"\s*(?:,|,?\s*и|,?\s*а\s+также)\s*")
# between a post and the state it is held in, not of: "посол США в Германии", "постпред при НАТО", "ambassador to the"
POST_HOST = re.compile(r"^\s+(?:в|во|при|на|to\s+(?:the\s+)?)\s*$")
# an English passive's auxiliary right before its participle: "was appointed", "is warmly received"
ENGLISH_PASSIVE = re.compile(r"(?i)\b(?:was|were|is|are|been|be|being|get|got)\s+(?:\w+ly\s+)?$")


def _head_index(words: list[str]) -> int | None:
    for i, w in enumerate(words):
        if w.isupper() or not any(c.isalpha() for c in w):
            return None
        if _best(w).tag.POS == "NOUN":
            return i
    return None


@lru_cache(maxsize=20_000)
def _best(word: str):
    """The analyser's best reading of a word, ё and case folded as in ``morph.parse``."""
    return morph.parses(word.lower().replace("ё", "е"))[0]


@lru_cache(maxsize=50_000)
def normalize_phrase(text: str) -> str:
    """``Центрального комитета Партии`` -> ``Центральный комитет Партии``.

    The words up to the first noun (its adjectives and the noun itself) go into
    the nominative, in the noun's gender and number; the genitive complement after
    it stays as written.  Words in capitals (abbreviations) are kept.
    """
    words = text.split()
    i = _head_index(words)
    if i is None:
        return text
    noun = _best(words[i])
    if not noun.is_known:  # a foreign name (Тоттенхэм Хотспур) is not declined by guesswork
        return text
    number = noun.tag.number or "sing"
    form = morph.inflected(noun, {"nomn", number})
    out = [morph._match_case(form, words[i]) if form is not None else words[i]]
    grammemes = {"nomn", number} | ({noun.tag.gender} if number == "sing" and noun.tag.gender else set())
    for w in reversed(words[:i]):
        adj = next((p for p in morph.parses(w) if p.tag.POS in ("ADJF", "PRTF")), None)
        form = morph.inflected(adj, grammemes) if adj else None
        out.insert(0, morph._match_case(form, w) if form is not None else w)
    return " ".join(out + words[i + 1:])


# Lemmas that make a NER "location" an occasion or a document rather than a place.
_NOT_PLACES = frozenset({
    "диалог", "форум", "саммит", "заседание", "встреча", "сессия", "конференция", "переговоры", "программа",
    "стратегия", "соглашение", "договор", "декларация", "заявление", "визит", "совещание", "комиссия",
    "инициатива", "проект", "план", "концепция", "меморандум", "протокол", "механизм", "формат",
})


def keep_place(text: str) -> bool:
    """A NER location worth keeping: not an occasion or a document misread as a place.

    ``Стратегического диалога`` is dropped; ``Бишкек``, ``Манежная площадь``, ``Луна`` are kept.
    """
    return not any(lemma in _NOT_PLACES for lemma in morph.lemmas(text))


# Abbreviations NER takes for organisations that name a kind of thing, not one body.
_GENERIC_ORGS = frozenset({"СМИ", "ПАО", "ОАО", "ЗАО", "ООО", "АО", "НКО", "ВУЗ", "ИП", "ГУП", "ФГУП"})


def keep_organization(text: str) -> bool:
    """A NER organisation worth keeping: not a generic abbreviation (``СМИ``, ``ПАО``)."""
    return text.strip(" «»\"").upper() not in _GENERIC_ORGS


# Lemmas of words that qualify a title without changing the post: ``Федеральный министр``,
# ``первый вице-премьер``, ``временно исполняющий обязанности`` (the lexicon lists the
# frequent ones whole).  ``бывший`` is
# not one of them: it dates the post, it does not name it.
_TITLE_MODIFIERS = frozenset({
    "временно", "исполнять", "обязанность", "первый", "второй", "старший",
    "главный", "генеральный", "исполнительный", "федеральный", "художественный", "постоянный",
    "чрезвычайный", "полномочный", "специальный", "официальный", "верховный", "почётный", "почетный",
    "запасной", "запасный", "пригласить",  # запасным вратарём, приглашённым хореографом
})
# The last word of a text (and a trailing ``и``).  Tried only where a word starts (the start of
# the text or after another character): a match inside a word would be the same match from one
# letter earlier, which the search finds first; this spares a retry at every letter.
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^А-Яа-яЁё-]))([А-Яа-яЁё-]+)(\s*(?:и\s+)?)$")


def title_start(text: str, start: int) -> int:
    """Where a title starting at ``start`` really starts, its modifiers included."""
    while True:
        window = max(0, start - 40)
        m = _WORD_BEFORE.search(text[window:start])
        if m is None or morph.lemma(m[1]) not in _TITLE_MODIFIERS:
            return start
        start = window + m.start(1)


# Nouns naming a kind of institution; before the institution's name they belong to
# it, not to the title: ``директор компании «Газпром»``, ``лидер партии «Яблоко»``.
DESCRIPTORS = frozenset({
    "компания", "корпорация", "концерн", "холдинг", "группа", "банк", "фонд", "партия", "движение",
    "организация", "ассоциация", "союз", "объединение", "клуб", "команда", "сборная", "газета", "журнал",
    "еженедельник", "издание", "агентство", "телеканал", "радиостанция", "театр", "институт",
    "университет", "центр", "завод", "комбинат", "фирма", "предприятие", "общество", "служба", "фракция",
    "страна", "государство", "город", "область", "край", "регион", "республика", "штат", "округ", "район",
    "проект", "сеть", "ведомство", "правление", "совет", "комитет", "отдел", "отделение", "управление",
    "правительство", "делегация", "представительство", "миссия", "посольство", "консульство", "кафедра",
    "факультет", "лаборатория", "цех",
})
# Heads of a lower-case complement that names the institution the post belongs to, not the
# post's portfolio: ``спикер палаты представителей``, ``представитель вооружённых сил``
# (but ``министр связи``, ``тренер вратарей``).
INSTITUTION_HEADS = DESCRIPTORS | frozenset({
    "палата", "сила", "президиум", "департамент", "комиссия", "сенат", "парламент", "правительство",
    "министерство", "администрация", "мэрия", "прокуратура", "суд", "полиция", "армия", "флот", "штаб",
    "академия", "школа", "редакция", "аппарат", "секретариат", "бюро", "коллегия", "дума", "собрание",
    "пресс-служба", "оппозиция", "церковь", "епархия", "патриархия", "конгресс", "палата",
})
_NEXT_WORD = re.compile(r"^(\s+)([а-яё][а-яё-]*)")
MAX_COMPLEMENT = 4


@lru_cache(maxsize=50_000)
def _complement_word(word: str, after_po: bool, first: bool) -> bool:
    if word in ("и", "по"):
        return not (first and word == "и")  # министр связи и коммуникаций, not президент и министр
    cases = {"datv", "loct", "gent"} if after_po else {"gent"}  # по делам разведки
    return any(p.tag.case in cases and p.tag.POS in ("NOUN", "ADJF", "PRTF") and "Fixd" not in p.tag.grammemes
               for p in morph.parses(word))


def _noun(word: str) -> bool:
    return morph.parse(word)[1] == "NOUN"


def complement_end(text: str, end: int, stops: set[int], has_complement: bool = False) -> int:
    """The end of a title's lower-case complement: ``министр`` + ``связи и коммуникаций``,
    ``министр`` + ``по делам разведки``, ``художественный руководитель`` + ``балета``.

    The complement stops at punctuation, a capitalised word or a position in ``stops``
    (where an institution starts); descriptor nouns right before such a stop are left
    to the institution (``директор`` | ``компании «Газпром»``), as is a trailing ``и``/``по``.
    ``has_complement``: the title already ends with one (``министр связи``), so ``и`` may go on.
    """
    words: list[tuple[int, int, str]] = []
    cursor, after_po = end, False
    while len(words) < MAX_COMPLEMENT:
        m = _NEXT_WORD.match(text[cursor:cursor + 60])
        if m is None or cursor + len(m[1]) in stops or not _complement_word(m[2], after_po, not words and not has_complement):
            break
        after_po = after_po or m[2] == "по"
        words.append((cursor + len(m[1]), cursor + m.end(), m[2]))
        cursor += m.end()
    nxt = text[cursor:cursor + 3].lstrip(" «\"“„")
    institution_follows = any(s >= cursor and not text[cursor:s].strip(" «\"“„") for s in stops) or nxt[:1].isupper()
    if institution_follows:
        while words and morph.lemma(words[-1][2]) in DESCRIPTORS:
            words.pop()
    while words and not _noun(words[-1][2]):  # a complement ends with its noun
        words.pop()
    return words[-1][1] if words else end
