"""Gazetteer stage: states, places, organisations, initiatives, national bodies and posts
matched by lemma sequences, so every grammatical case matches one dictionary entry.

The entries come from the reviewed files in ``communique/resources``.  An alias
written in capitals (``КР``, ``ШОС``) only matches a token in capitals; an alias
starting with a capital only matches a capitalised token (``Того`` the state, not
``того`` the pronoun); aliases marked ambiguous (``?РК``) only match when no other
reading is given by the document.  A glued preposition after an abbreviation
(``ШОСв``) is tolerated.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from razdel import tokenize

from .. import resources
from ..model import Analysis, Mention, Token
from ..nlp import morph

SKIP = frozenset("«»\"'“”„-–—‑")
_GLUED = re.compile(r"^([А-ЯЁA-Z]{2,})([вксуо])$")
_FORMER = re.compile(r"^экс-", re.IGNORECASE)
# an abbreviation declined with a case ending in lower case (``МИДа``, ``МИДом``, ``ВОЗе``): its
# lemma is the abbreviation's, so it matches the capitals-only alias
_INFLECTED_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,}(?:а|у|е|ом|ов|ам|ами|ах)$")


@dataclasses.dataclass(frozen=True)
class Entry:
    """One lexicon entry an alias points at."""

    type: str  # state, state_adj, place, organization, initiative, body, post
    ref: str
    name: str
    country: str | None = None
    ambiguous: bool = False
    exact_case: bool = False  # alias in capitals: the text must be in capitals too
    capitalised: bool = False  # alias starts with a capital: the text must too
    surface: str | None = None  # a name read as a pronoun's form (Того: тот): the text must be this word


def alias_key(alias: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lemmas, surface words) of an alias, punctuation of SKIP dropped."""
    words = [t.text for t in tokenize(alias) if t.text not in SKIP]
    return tuple(morph.lemma(w) for w in words), tuple(words)


def _entry(type_: str, ref: str, name: str, alias: str, country: str | None = None):
    ambiguous = alias.startswith("?")
    alias = alias.lstrip("?")
    lemmas, words = alias_key(alias)
    if not lemmas:
        return None
    exact = len(words) == 1 and len(words[0]) > 1 and words[0].isupper()
    cap = alias[:1].isupper()
    # "Того" is read as a form of "тот": "Тот, кто …" must not be Togo
    surface = words[0].lower() if len(words) == 1 and _function_word(words[0]) else None
    return lemmas, Entry(type_, ref, name, country, ambiguous, exact, cap, surface)


def _function_word(word: str) -> bool:
    tag = morph.parse(word)[2]
    return "Apro" in tag or any(tag.startswith(pos) for pos in ("NPRO", "PREP", "CONJ", "PRCL"))


CASES = ("gent", "datv", "accs", "ablt", "loct")


def _declined(base: tuple | None, alias: str) -> Iterable[tuple]:
    """Entries for the cases of a one-word place name whose forms pymorphy lemmatises apart from it
    (``Львова``, ``Львове`` -> ``львов`` while ``Львов`` -> ``лев``; ``Тиране`` -> ``тирана``): the
    place reading of the name, declined, each form under its own lemma (``base``: the name's entry)."""
    word = alias.lstrip("?")
    if base is None or " " in word or not word[:1].isupper():
        return
    place = next((p for p in morph.analyzer().parse(word) if "Geox" in p.tag), None)
    if place is None:
        return
    for case in CASES:
        form = place.inflect({case})
        if form is None:
            continue
        key = (morph.lemma(form.word),)
        # (not a form read as another part of speech: "Минском" as "минский", "Курилах" as "курить")
        if key != base[0] and morph.parse(form.word)[1] == "NOUN":
            yield key, base[1]


def _marked(terms) -> Iterable[str]:
    """Names as aliases for ``_entry``: ambiguous ones keep their ``?`` (a name written again
    with ``?`` among its aliases, like ``?Доминика``, is ambiguous itself)."""
    for t in terms:
        if t.text:
            yield f"?{t.text}" if t.ambiguous else t.text


def _state_rows() -> Iterable[tuple]:
    for s in resources.states():
        russian = [(alias, _entry("state", s.iso3, s.name_ru, alias, s.iso3)) for alias in _marked(s.names("ru"))]
        yield from (row for _, row in russian)
        for alias in _marked(s.names("en")):
            yield _entry("state", s.iso3, s.name_ru, alias, s.iso3)
        for alias, row in russian:
            yield from _declined(row, alias)
        for adj in (*s.adjectives_ru, *s.adjectives_en):
            if adj and not adj.startswith("-"):
                yield _entry("state_adj", s.iso3, s.name_ru, adj, s.iso3)


def _other_rows() -> Iterable[tuple]:
    for c in resources.cities():
        russian = [(alias, _entry("place", c.name_ru, c.name_ru, alias, c.iso3)) for alias in _marked(c.names())]
        yield from (row for alias, row in russian if alias)
        if c.name_en:
            yield _entry("place", c.name_ru, c.name_ru, c.name_en, c.iso3)
        for alias, row in russian:
            yield from _declined(row, alias)
    for o in resources.organizations():
        type_ = "organization" if o.kind == "organization" else "initiative"
        for alias in (o.name_ru, o.name_en, *o.aliases_ru, *o.aliases_en):
            if alias:
                yield _entry(type_, o.id, o.name_ru, alias)
    for b in resources.bodies():
        type_ = "organization" if b.iso3 else "body"
        for alias in (b.name_ru, b.name_en, *b.aliases_ru, *b.aliases_en):
            if alias:
                yield _entry(type_, b.id, b.name_ru, alias, b.iso3 or None)
    for p in resources.posts():
        for alias in (p.title_ru, p.title_en, *p.aliases_ru, *p.aliases_en):
            if alias:
                yield _entry("post", p.id, p.title_ru, alias)


@cache
def lexicon() -> dict[tuple[str, ...], tuple[Entry, ...]]:
    """Lemma sequence -> entries, built once per process."""
    table: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for row in (*_state_rows(), *_other_rows()):
        if row is not None and row[1] not in table[row[0]]:
            table[row[0]].append(row[1])
    return {k: tuple(v) for k, v in table.items()}


@cache
def _lengths() -> dict[str, tuple[int, ...]]:
    """First lemma -> the lengths of the entries starting with it (so matching tries only those)."""
    out: dict[str, set[int]] = defaultdict(set)
    for key in lexicon():
        out[key[0]].add(len(key))
    return {k: tuple(v) for k, v in out.items()}


@cache
def compound_stems() -> dict[str, str]:
    """``кыргызско`` -> KGZ, for compound adjectives such as ``кыргызско-китайский``."""
    out: dict[str, str] = {}
    for s in resources.states():
        for adj in s.adjectives_ru:
            if adj.startswith("-"):
                out[adj[1:].lower()] = s.iso3
    return out


@cache
def english_parts() -> dict[str, str]:
    """``kyrgyz``, ``sino``, ``china`` -> the state, for compounds such as ``Kyrgyz-Chinese``, ``Sino-Russian``,
    ``Russia-China``: the states' English adjectives and one-word names."""
    out: dict[str, str] = {}
    for s in resources.states():
        for word in (*s.adjectives_en, s.name_en):
            if word and " " not in word.lstrip("-"):
                out.setdefault(word.lstrip("-").lower(), s.iso3)
    return out


@cache
def adjective_lemmas() -> dict[str, str]:
    return {morph.lemma(a): s.iso3 for s in resources.states() for a in s.adjectives_ru if a and not a.startswith("-")}


@cache
def _lengths_desc() -> dict[str, tuple[int, ...]]:
    """``_lengths`` with each first lemma's lengths longest first."""
    return {k: tuple(sorted(v, reverse=True)) for k, v in _lengths().items()}


_BEFORE_POST = frozenset({"as", "its", "his", "her", "their", "new", "acting", "interim"})


def _fits(entry: Entry, words: Sequence[Token], before: Token | None = None) -> bool:
    """The case the alias asks for; a national body of several words may be written in lower case
    and so may an English post of several words, or of one after ``as`` (``as president``)
    (``американского министерства иностранных дел``: it names an actor only joined to a state),
    unless it is the tail of a capitalised name (``Верховного народного собрания``)."""
    first = words[0].text
    if entry.surface is not None and first.lower() != entry.surface:
        return False
    if entry.exact_case and not first.isupper() and not (len(words) == 1 and _INFLECTED_ABBREVIATION.match(first)):
        return False
    if entry.type == "post" and first.isascii() and (len(words) > 1 or (before is not None and before.text in _BEFORE_POST)):
        return True  # English writes posts in lower case: as foreign minister, the prime minister
    lower_body = entry.type == "body" and len(words) > 1 and not (before is not None and before.text[:1].isupper())
    return not (entry.capitalised and not first[:1].isupper() and not lower_body)


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.text not in SKIP]


def _is_post(e: Entry) -> bool:
    return e.type == "post"


def _is_initiative(e: Entry) -> bool:
    return e.type == "initiative"


def _is_other(e: Entry) -> bool:
    return e.type not in ("post", "initiative")


_PASSES = (_is_post, _is_initiative, _is_other)


def match_tokens(tokens: Sequence[Token]) -> list[tuple[int, int, Entry]]:
    """Longest lexicon matches over one sentence's tokens: (first, last, entry) on word indices.

    Posts, initiatives and other names are matched in separate passes, so a post
    or an initiative may contain a name (``член Политбюро ЦК КПК`` holds the CPC
    Central Committee; ``железная дорога Китай – Кыргызстан – Узбекистан`` three states).
    Each pass tries only the words where one of its entries may start (``_pass_starts``).
    """
    words = _words(tokens)
    starts = _starts(words)
    special = [i for i in starts if _special(words[i].text)]
    found = []
    for keep in _PASSES:
        found += _longest(words, keep, _pass_starts(words, starts, special, _first_lemmas(keep)))
    return found


def _special(text: str) -> bool:
    """``экс-`` (its hyphen fourth) or a glued case ending (``ШОСв``: a capital before one of
    ``вксуо``): the cheap tests before ``_FORMER`` and ``_GLUED``, which decide."""
    return (len(text) > 3 and text[3] == "-") or (text[-1:] in "вксуо" and text[-2:-1].isupper()) \
        or text[-1:] == "\n"


def _starts(words: Sequence[Token]) -> list[int]:
    """The indices of the words where a match may start: a first lemma of the lexicon, ``экс-``
    or a glued case ending (what ``_longest`` tries at a word; at any other it finds nothing)."""
    lengths = _lengths()
    return [i for i, w in enumerate(words)  # (the first two tests on the text rule out most words)
            if w.lemma in lengths or (w.text[3:4] == "-" or w.text[-1:] in "вксуо\n") and _special(w.text)]


def _pass_starts(words: Sequence[Token], starts: Sequence[int], special: Sequence[int],
                 firsts: frozenset[str]) -> list[int]:
    """The ``starts`` where one pass may find something: a first lemma of the entries it keeps
    (``firsts``; at another word every entry it looks up is one the pass drops), or a special
    word (``экс-``, a glued ending: the pass looks at other keys there)."""
    if not special:
        return [i for i in starts if words[i].lemma in firsts]
    chosen = {i for i in starts if words[i].lemma in firsts}
    chosen.update(special)
    return sorted(chosen)


@cache
def _first_lemmas(keep) -> frozenset[str]:
    """The first lemmas of the keys holding an entry ``keep`` keeps."""
    return frozenset(key[0] for key, entries in lexicon().items() if any(keep(e) for e in entries))


def _longest(words: Sequence[Token], keep, starts: Sequence[int] | None = None) -> list[tuple[int, int, Entry]]:
    """Longest matches left to right, trying only the words of ``starts`` (all when None)."""
    table = lexicon()
    found: list[tuple[int, int, Entry]] = []
    lengths = _lengths()
    lemmas = [w.lemma for w in words]
    i = 0
    for start in (range(len(words)) if starts is None else starts):
        if start < i:
            continue  # inside the last match
        i = start
        hit = None
        text = words[i].text
        first = words[i].lemma
        # ``экс-`` has its hyphen fourth and a glued case ending is one of ``вксуо``: cheap
        # checks before the regular expressions, which decide.
        is_former = len(text) > 3 and text[3] == "-" and _FORMER.match(text) is not None
        if is_former:
            former = _FORMER.sub("", first)
            sizes = sorted(set(lengths.get(first, ())) | set(lengths.get(former, ()) if former else ()),
                           reverse=True)
        else:
            sizes = _lengths_desc().get(first, ())
        for n in sizes:
            if n > len(words) - i:
                continue
            key = tuple(lemmas[i:i + n])
            entries = [e for e in table.get(key, ()) if keep(e) and _fits(e, words[i:i + n], words[i - 1] if i else None)]
            if not entries and is_former:  # экс-премьер: the post, formerly held
                key = (_FORMER.sub("", words[i].lemma),) + key[1:]
                entries = [e for e in table.get(key, ()) if keep(e) and e.type == "post"]
            if entries:
                hit = (n, entries)
                break
        if hit is None:
            glued = _GLUED.match(text) if text and text[-1] in "вксуо\n" else None
            entries = [e for e in table.get((glued[1].lower(),), ()) if keep(e) and e.exact_case] if glued else []
            if entries:
                hit = (1, entries)
        if hit is None:
            continue
        n, entries = hit
        for e in entries:
            found.append((i, i + n - 1, e))
        i += n
    return found


def _compound_mentions(tokens: Sequence[Token]) -> list[Mention]:
    """States named inside compound adjectives: ``кыргызско-китайского``, ``Kyrgyz-Chinese`` -> KGZ, CHN."""
    stems, adjectives = compound_stems(), adjective_lemmas()
    out: list[Mention] = []
    for k, t in enumerate(tokens):
        if "-" not in t.text:
            continue
        parts = t.text.split("-")
        codes = [stems.get(p.lower()) for p in parts[:-1]]
        codes.append(adjectives.get(morph.lemma(parts[-1])))
        if not all(codes) and t.text[:1].isascii() and _english_relation(tokens[k + 1:k + 3]):
            codes = [english_parts().get(p.lower()) for p in parts]  # "Kyrgyz-Chinese talks", "Russia-China summit"
        if len(parts) > 1 and all(codes) and len(set(codes)) == len(codes):
            for code in codes:
                out.append(Mention(t.field, t.start, t.end, t.text, "state_adj", code, ref=code, rule="compound-adjective"))
    return out


# what an English compound of states names as theirs ("the Kyrgyz-Chinese Intergovernmental Commission"); not a
# person's origins ("the British-Libyan who carried out the bombing")
RELATIONS_EN = frozenset({"talks", "negotiations", "consultations", "dialogue", "summit", "meeting", "meetings",
                          "commission", "intergovernmental", "relations", "cooperation", "partnership", "agreement",
                          "treaty", "declaration", "statement", "forum", "council", "committee", "business"})


def _english_relation(following: Sequence[Token]) -> bool:
    return any(t.text.lower() in RELATIONS_EN for t in following)


def _ref(e: Entry) -> str:
    """Places as ``ISO3:name``; national bodies of one state as ``body:ISO3``; others by id."""
    if e.type == "place":
        return f"{e.country}:{e.ref}"
    if e.type == "organization" and e.country:
        return f"{e.ref}:{e.country}"
    return e.ref


def sentence_tokens(analysis: Analysis) -> list[list[Token]]:
    by_sentence: list[list[Token]] = [[] for _ in analysis.sentences]
    for t in analysis.tokens:
        by_sentence[t.sentence].append(t)
    return by_sentence


class Gazetteer:
    """Adds lexicon mentions: state, state_adj, place, organization, initiative, body, post."""

    name = "gazetteer"
    requires = ("tokens",)
    assigns = ("gazetteer",)

    def __call__(self, analysis: Analysis) -> Analysis:
        found: list[Mention] = []
        for tokens in sentence_tokens(analysis):
            words = _words(tokens)
            for first, last, e in match_tokens(tokens):
                a, b = words[first], words[last]
                end = b.end - 1 if first == last and _GLUED.match(a.text) and a.text[:-1].lower() != a.lemma else b.end
                text = analysis.document.field_text(a.field)[a.start:end]
                rule = "gazetteer?" if e.ambiguous else "gazetteer"
                found.append(Mention(a.field, a.start, end, text, e.type, e.name, ref=_ref(e), rule=rule))
            found.extend(_compound_mentions(tokens))
        return dataclasses.replace(analysis, mentions=analysis.mentions + tuple(_one_reading(found)))


def _one_reading(found: list[Mention]) -> list[Mention]:
    """A name two states share as an ambiguous alias (``корейский``: ``?`` in both rows) is the state the
    document names plainly (``КНДР``); when it names neither or both, the first in the table."""
    spans: dict[tuple, list[Mention]] = defaultdict(list)
    for m in found:
        if m.type in ("state", "state_adj") and m.rule == "gazetteer?":
            spans[(m.field, m.start, m.end)].append(m)
    shared = {k: ms for k, ms in spans.items() if len(ms) > 1}
    if not shared:
        return found
    plain = {m.ref for m in found if m.type in ("state", "state_adj") and m.rule != "gazetteer?"}
    dropped: set[int] = set()
    for ms in shared.values():
        named = [m for m in ms if m.ref in plain]
        keep = named[0] if len(named) == 1 else ms[0]
        dropped.update(id(m) for m in ms if m is not keep)
    return [m for m in found if id(m) not in dropped]
