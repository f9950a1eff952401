"""English names: a rule-based person finder for English documents.

natasha's NER reads Russian only, and no English model can be installed here, so
English persons are found by rule: a run of capitalised words after a title
(``President Ivan Duque``, ``Foreign Minister Sergei Lavrov``, ``Colombian President
Ivan Duque``, ``Mr. Blinken``), a name an appointment gives a post (``appointed Murat Nurtleu as
foreign minister``, ``named X prime minister``) or a name the curated KB knows in English
(``Wang Yi``, ``Xi Jinping``).  Mentions are PER, like the Russian NER's.
"""
from __future__ import annotations

import re
from functools import cache

from ..model import Analysis, Mention, replace_analysis

TITLES = (
    "President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Foreign Minister",
    "Minister", "Secretary of State", "Secretary-General", "Secretary General", "Secretary",
    "King", "Queen", "Crown Prince", "Prince", "Emir", "Sultan", "Ambassador", "Envoy", "Spokesman",
    "Spokeswoman", "Spokesperson", "Senator", "Governor", "Mayor", "General", "Chairman", "Leader",
    "Mr.", "Ms.", "Mrs.", "Dr.",
)
_NAME_WORD = r"[A-Z][a-zA-Z'’\-]+"
_PARTICLE = r"(?:bin|bint|ibn|al|Al|el|de|da|van|von|der|la|le)"
_INITIALS = r"(?:[A-Z][a-z]?\.\s?){1,2}\s*"  # "Zh. Kulubaev", "A.G. Lukashenko"
NAME = rf"(?:{_INITIALS}{_NAME_WORD}|{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}})"
_TITLE = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_RANK = r"(?:\s+Extraordinary\s+and\s+Plenipotentiary)?"


@cache
def _state() -> str:
    """English names of the states (``the Kyrgyz Republic``, ``Japan``), longest first."""
    from .. import resources

    names = {n for s in resources.states() for n in (s.name_en, *s.aliases_en) if n}
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


# the words of a ministry or body in a title ("Minister of Foreign Affairs and Trade", "Chairman of the
# Cabinet of Ministers"), so a name after it is not taken for one
_DEPARTMENT = (r"(?:Foreign|Affairs|Defen[cs]e|Trade|Economy|Economic|Finance|Interior|Internal|Justice|Energy|Health|"
               r"Education|Science|Culture|Agriculture|Transport|Industry|Investments?|Development|Emergency|"
               r"Situations|Labou?r|Security|Council|State|Cabinet|Ministers|Government|Parliament|Senate|Assembly|"
               r"National|Supreme|People's|Republic|Federation|Commission|Committee|Presidential|Administration)")


@cache
def _organization() -> str:
    """English names of the organisations of states (``Organization of Turkic States``), longest first."""
    from .. import resources

    names = {n for o in resources.organizations() for n in (o.name_en, *o.aliases_en) if n and len(n) > 3}
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


@cache
def _state_name() -> re.Pattern[str]:
    """A state's English name, alone (``the Kyrgyz Republic``): no person's name."""
    return re.compile(rf"(?:the\s+)?{_state()}")


@cache
def after_title() -> re.Pattern[str]:
    """``President Ivan Duque``, ``Foreign Minister of Cuba Bruno Rodriguez``, ``Ambassador
    Extraordinary and Plenipotentiary of the United States to the Kyrgyz Republic Lesslie Viguerie``,
    ``Cuba's foreign minister, Bruno Rodriguez``."""
    what = rf"(?:{_state()}|{_organization()}|{_DEPARTMENT}(?:\s+(?:and\s+)?{_DEPARTMENT}){{0,3}})"
    of = rf"(?:\s+(?:of|for)\s+(?:the\s+)?{what}){{0,2}}"
    to = rf"(?:\s+(?:to|in)\s+(?:the\s+)?(?:{_state()}|{_organization()}))?"
    return re.compile(rf"\b(?i:{_TITLE}){_RANK}{of}{to},?\s+(?P<name>{NAME})")


@cache
def before_title() -> re.Pattern[str]:
    """``Lesslie Viguerie, Ambassador of the United States``, ``Peter Szijjarto, Hungary's Minister
    of Foreign Affairs``: a name of two words or more set off before its title."""
    return re.compile(rf"(?<![\w’'])(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}),\s+"
                      rf"(?:the\s+)?(?:(?:{_state()}['’]s|[A-Z][a-z]+)\s+)?(?:{_TITLE})\b")


# "Kazakhstan appointed Murat Nurtleu as foreign minister", "named Olzhas Bektenov prime minister"
AFTER_APPOINTING = re.compile(rf"\b(?:appointed|named|nominated)\s+(?P<name>{NAME})(?=,?\s+(?:as\s|its\s|his\s|her\s|their\s|[a-z]+\s+minister\b|prime\s|president\b|ambassador\b))")
STOP_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "Of", "And", "But", "He", "She", "It", "They", "This",
                        "That", "His", "Her", "Their", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                        "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
                        "August", "September", "October", "November", "December"})


@cache
def known_names() -> re.Pattern[str] | None:
    """The English names and aliases of the curated persons KB, as one pattern."""
    from ..kb import persons as kb

    names = {n for p in kb.persons() for n in (p.name_en, *p.aliases_en) if n and " " in n}
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def _trim(name: str) -> str:
    words = name.split()
    while words and words[-1] in STOP_WORDS:
        words.pop()
    return " ".join(words)


def find_names(field: str, text: str) -> list[Mention]:
    """PER mentions of an English text, longest first where they overlap."""
    spans: list[tuple[int, int]] = []
    pattern = known_names()
    if pattern is not None:
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    state = _state_name()
    for m in (*after_title().finditer(text), *before_title().finditer(text), *AFTER_APPOINTING.finditer(text)):
        name = _trim(m["name"])
        if name and name.split()[0] not in STOP_WORDS and not state.fullmatch(name):
            spans.append((m.start("name"), m.start("name") + len(name)))
    out: list[Mention] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if out and start < out[-1].end:
            continue
        out.append(Mention(field, start, end, text[start:end], "PER", text[start:end], rule="en-names"))
    return out


class EnglishNames:
    """Adds PER mentions to English documents (Russian ones are left to the NER stage)."""

    name = "english-names"
    requires = ("sentences",)
    assigns = ("english-names",)

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.document
        if doc.lang != "en":
            return analysis
        found = find_names("title", doc.title) + find_names("text", doc.text)
        return replace_analysis(analysis, mentions=analysis.mentions + tuple(found))
