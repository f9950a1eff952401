"""Words written in two alphabets: Latin letters that look Cyrillic in a Russian word (``CША``,
``Моcква``, ``Джoнсон``) and the reverse in a Latin word (``СNN``, ``AstraZeneсa``).

Web copy mixes them, by slip or to defeat copy detection; the lexicons, the NER's vocabulary and
pymorphy then miss the word.  :func:`one_script` writes each such word in the alphabet most of its
letters are in, when every letter of the other one has a twin there; a letter becomes its twin, so
the text keeps its length and every span found in it holds in the original.
"""
from __future__ import annotations

import re

_LATIN_TO_CYRILLIC = dict(zip("aeopcxyAEOPCXYBHKMT", "аеорсхуАЕОРСХУВНКМТ"))
_CYRILLIC_TO_LATIN = {c: latin for latin, c in _LATIN_TO_CYRILLIC.items()}
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-Z]")
# a Latin letter next to a Cyrillic one: the cheap test a text passes before its words are looked at
_MIXED_PAIR = re.compile(r"[a-zA-Z][а-яёА-ЯЁ]|[а-яёА-ЯЁ][a-zA-Z]")
_WORD = re.compile(r"[a-zA-Zа-яёА-ЯЁ]+")


def one_script(text: str) -> str:
    """``text`` with its two-alphabet words written in one (same length)."""
    if _MIXED_PAIR.search(text) is None:
        return text
    return _WORD.sub(_one_script_word, text)


def _one_script_word(match: re.Match) -> str:
    word = match[0]
    cyrillic = len(_CYRILLIC.findall(word))
    latin = len(word) - cyrillic
    if not cyrillic or not latin:
        return word
    # into the alphabet of most letters; on a tie ("пo", "MИ"), into Cyrillic if the Latin letters allow
    for table, minority in ((_LATIN_TO_CYRILLIC, _LATIN), (_CYRILLIC_TO_LATIN, _CYRILLIC)):
        if (table is _LATIN_TO_CYRILLIC) != (cyrillic >= latin):
            continue
        if all(ch in table for ch in minority.findall(word)):
            return "".join(table.get(ch, ch) for ch in word)
        if cyrillic != latin:
            break
    return word  # "агентстваAssociated", "ЛIГАБiзнес": two words run together, or another alphabet
