"""Capitals restored in documents written all in lower case (some wire archives:
``генеральный секретарь оон пан ги мун прибыл на кипр``).

The NER model and the name rules read capitals; a text without them yields no
names at all.  ``truecase`` returns a text of the same length (so every span
found in it holds in the original) with capitals put back where the evidence
is good: sentence starts; names of the lexicons and the KB (``пан ги мун``,
``оон``, ``кипр``); words pymorphy reads as names, surnames, patronymics or
places; and words it does not know at all (``христофиас``, ``талат``), which in
news are nearly always foreign names.  Documents with capitals are left alone.
"""
from __future__ import annotations

import re
from functools import cache

from . import morph

MIN_LETTERS = 100  # shorter texts say too little to call them lower-cased
UPPER_SHARE = 0.003  # below this share of capital letters a text is written in lower case
PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
_WORD = re.compile(r"[а-яёa-z]+(?:-[а-яёa-z]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[«\"]\s*)([а-яёa-z])")
LEXICONS = (("states.tsv", ("name_ru", "aliases_ru", "capital_ru")), ("cities.tsv", ("name_ru", "aliases_ru")),
            ("organizations.tsv", ("name_ru", "aliases_ru")), ("persons.tsv", ("name_ru", "aliases_ru")),
            ("officials.tsv", ("name_ru", "aliases_ru")))


_UPPER = re.compile(r"[A-ZА-ЯЁ]")
_LETTER = re.compile(r"[^\W\d_]")


def is_lowercased(text: str) -> bool:
    uppers = len(_UPPER.findall(text))
    if uppers >= UPPER_SHARE * len(text):  # nearly every text: decided without counting its letters
        return False
    letters = len(_LETTER.findall(text))
    return letters >= MIN_LETTERS and uppers < UPPER_SHARE * letters


@cache
def _names() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """(acronyms lower -> upper, one pattern of the multi-word names of the lexicons, lower case)."""
    from .. import resources

    acronyms: dict[str, str] = {}
    phrases: set[str] = set()
    for table, columns in LEXICONS:
        for row in resources.read_table(table):
            for column in columns:
                for alias in (row.get(column) or "").split("|"):
                    alias = alias.strip().lstrip("?")
                    words = alias.split()
                    for w in words:
                        if len(w) > 1 and w.isupper() and w.isalpha():
                            acronyms[w.lower()] = w
                    if len(words) > 1 and any(w[:1].isupper() for w in words):
                        phrases.add(alias)
    # the last word may be inflected: "пан ги муна", "димитрисом христофиасом" of "Димитрис Христофиас"
    alternatives = sorted((re.escape(p.lower()[:-2] if len(p.split()[-1]) > 4 else p.lower()) for p in phrases),
                          key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")[а-яё]*(?![\w-])") if alternatives else None
    return acronyms, pattern


def _proper(word: str) -> bool:
    """A name by pymorphy's first reading, or a word it does not know (not a compound adjective)."""
    if not re.search(r"[а-яё]", word):
        return False
    readings = morph.parses(word)
    if any(tag in str(readings[0].tag) for tag in PROPER):
        return True
    known = morph.analyzer().word_is_known(word)
    return not known and len(word) > 2 and "-" not in word and not word.endswith(("ский", "ской", "ского", "скому"))


def _capitalised(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def truecase(text: str, force: bool = False) -> str:
    """``text`` with capitals restored when it is written all in lower case (or ``force``: the title
    of such a text, too short to tell by itself), else ``text`` itself."""
    if not (is_lowercased(text) or force and not any(ch.isupper() for ch in text)):
        return text
    chars = list(text)
    acronyms, phrases = _names()

    def put(start: int, word: str) -> None:
        chars[start:start + len(word)] = word

    for m in _WORD.finditer(text):
        word = m.group(0)
        if word in acronyms:
            put(m.start(), acronyms[word])
        elif _proper(word):
            put(m.start(), _capitalised(word))
    if phrases is not None:
        for m in phrases.finditer(text):
            for w in _WORD.finditer(m.group(0)):
                put(m.start() + w.start(), _capitalised(w.group(0)))
    for m in _SENTENCE_START.finditer(text):
        chars[m.start(1)] = chars[m.start(1)].upper()
    out = "".join(chars)
    assert len(out) == len(text)
    return out
