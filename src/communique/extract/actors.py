"""Actors stage: persons, states, organisations, initiatives and places of a document.

Mentions from NER and the gazetteer are resolved into actors: states and
organisations by their lexicon ids, national bodies joined to their state,
persons by name (nominative) and linked to the curated KB, which gives the posts
they held on the document's date beside the posts the text gives them.
A surname alone (``Кулубаев``) joins the person of that surname named last before
it, also where NER missed it; a post with no name (``министр``, ``китайский коллега``) joins the
one person it can be (``coref``).  NER spans are cleaned (bullets, brackets, a title at
the start); a person's name wins over a place inside it, and an organisation named
after a state (``Голос Америки``) over the state.  A text post with no state takes it
from the same post elsewhere, the KB, or (for a national post) the document's state.
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from functools import cache, lru_cache

from ..model import Actor, Analysis, Mention, Position, Span, Token, content_hash
from ..nlp import morph
from . import bodies
from .coref import resolve_nominals
from .dates import EN_MONTH_NAMES, reference_date
from .names import initials_name, is_particle, known_given_name, normalize_name
from .persons import FORMER, PersonMention, find_persons
from .phrases import keep_organization, keep_place, normalize_phrase

_PATRONYMIC = re.compile(r"(?:вич|вна|ична|чна)$")

_KINDS = {"state": "state", "organization": "organization", "initiative": "initiative", "place": "place"}

NER_RULES = ("slovnet", "en-names")  # Russian NER, English names by rule


def actor_id(kind: str, key: str) -> str:
    return content_hash(kind, key)


def _overlaps(m: Mention, others: Iterable[Mention]) -> bool:
    return any(o.field == m.field and o.start < m.end and m.start < o.end for o in others)


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one given name: the same lemma, or nearly the same letters once э/е and
    ё/е are folded (``Дэвид``/``Девид``, ``Драупади``/``Дроупади``)."""
    if morph.lemma(a) == morph.lemma(b):
        return True
    fa, fb = (w.lower().replace("э", "е").replace("ё", "е") for w in (a, b))
    return fa == fb or (min(len(fa), len(fb)) >= 5 and SequenceMatcher(None, fa, fb).ratio() >= 0.8)


def _kb_person(name: str, date: str | None, positions: Sequence[Position] = (), written: str | None = None,
               states: frozenset[str] | None = None):
    """The KB person for a name: the one in office on the date, of the country, if several.

    A surname alone must not contradict the posts the text gives it: ``принц Филипп`` is not
    Édouard Philippe, the French prime minister; with no post, it names a KB person of a state the
    item names (``states``), or one whose surname is distinctive (``_distinctive``) and who is in
    office on the item's date, if known: ``Браун`` in a 2021 item is not Gordon Brown, ``сын
    Филипп`` not Édouard Philippe."""
    from ..kb import persons as kb

    country = next((p.country for p in positions if p.country), None)
    name = " ".join(_surname_last(name.split()))
    candidates = kb.find_person(name) or _by_given_and_patronymic(name) or _by_inflected_name(name)
    if len(name.split()) == 1 and positions:
        categories = _post_categories()
        said = {categories.get(p.title.lower()) for p in positions} | {p.country for p in positions if p.country}
        candidates = tuple(c for c in candidates if said & ({categories.get(t.post.lower()) for t in c.tenures}
                                                            | {t.country for t in c.tenures}))
    elif len(name.split()) == 1 and states is not None:
        candidates = tuple(c for c in candidates if states & {t.country for t in c.tenures}
                           or (not date or kb.posts_on(c.id, date)) and _distinctive(name, c))
    if not candidates:
        words = name.split()
        if initials_name(name) is not None:  # В. Путин: the KB person of that surname and initial
            initials, surname = initials_name(name)
            # (in any case: "На переговорах В.Путина и Н.Назарбаева")
            candidates = tuple(p for p in kb.find_person(surname) or kb.find_person(morph.lemma(surname).capitalize())
                               or _by_inflected_name(surname)
                               if p.name_ru[:1] == initials[:1] or (p.name_en or "").startswith(initials.split(".")[0]))
            # ("Zh. Kulubaev": the English given name's first letters)
        elif len(words) > 1:
            # the surname as read or as written (Мурму, which the reading took for a dative), with a
            # given name spelt alike (Девид / Дэвид Кэмерон, Дроупади / Драупади Мурму)
            surnames = dict.fromkeys([words[-1].capitalize()] + ([written.split()[-1].capitalize()] if written else []))
            candidates = tuple(dict.fromkeys(p for s in surnames for p in kb.find_person(s)
                                             if _spelt_alike(p.name_ru.split()[0], words[0])))
            if not candidates:  # "Хайко Мас" for Хайко Маас, "Доминик Раб" for Доминик Рааб: a doubled letter
                candidates = tuple(p for p in _by_collapsed_surname(words[-1])
                                   if _spelt_alike(p.name_ru.split()[0], words[0]) and len(p.name_ru.split()) == 2)
            if not candidates and len(words) == 2 and len(words[-1]) >= TYPO_MIN:
                # "Борис Донсон" for Борис Джонсон: a letter dropped or mistyped in a long surname, the given
                # name the same
                candidates = tuple(p for p in _by_one_letter(words[-1]) if p.name_ru.split()[0] == words[0])
            if not candidates and len(words) > 2:  # "Николас Мадуро Морос": the KB names him without the
                # mother's surname
                candidates = tuple(p for p in kb.find_person(" ".join(words[:-1]))
                                   if len(p.name_ru.split()) == len(words) - 1)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    scored = sorted(candidates, key=lambda p: (
        not any(t.country == country for t in p.tenures) if country else False,
        not kb.posts_on(p.id, date) if date else False,
    ))
    return scored[0]


def _collapsed(word: str) -> str:
    """A surname with э/ё as е and doubled letters single (``Маас`` and ``Мас`` alike)."""
    return re.sub(r"(.)\1+", r"\1", word.lower().replace("э", "е").replace("ё", "е"))


@cache
def _collapsed_surnames() -> dict[str, tuple]:
    from ..kb import persons as kb

    index: dict[str, list] = {}
    for person in kb.persons():
        words = person.name_ru.split()
        if len(words) == 2 and len(words[-1]) >= 3:
            index.setdefault(_collapsed(words[-1]), []).append(person)
    return {k: tuple(v) for k, v in index.items()}


def _by_collapsed_surname(surname: str) -> tuple:
    return _collapsed_surnames().get(_collapsed(surname), ()) if len(surname) >= 3 else ()


TYPO_MIN = 6  # letters of a surname read with one letter amiss


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter inserted, dropped or replaced."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@cache
def _deletion_index() -> dict[str, tuple[str, ...]]:
    """Each folded KB surname, and each with one letter deleted -> the surnames: the keys within one edit
    of a word share one of these with it (a replaced letter deleted on both sides)."""
    index: dict[str, set[str]] = {}
    for key in _collapsed_surnames():
        if len(key) >= TYPO_MIN - 1:
            for variant in _deletions(key) | {key}:
                index.setdefault(variant, set()).add(key)
    return {k: tuple(v) for k, v in index.items()}


def _by_one_letter(surname: str) -> tuple:
    """KB persons of two-word names whose surname differs from ``surname`` by one letter."""
    word = _collapsed(surname)
    index, surnames = _deletion_index(), _collapsed_surnames()
    keys = {key for variant in _deletions(word) | {word} for key in index.get(variant, ())}
    return tuple(p for key in sorted(keys) if _one_edit(word, key) for p in surnames[key])


_LAST_WORD_ENDINGS = ("а", "у", "ом", "ым", "е", "ем", "ю", "я")


def _stems(word: str, endings: tuple[str, ...], keep: int) -> list[str]:
    """``word`` without each of ``endings`` it has, where at least ``keep`` letters stay."""
    return [word[:-len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= keep]


def _by_inflected_name(name: str) -> tuple:
    """KB persons whose full name is ``name`` with an oblique ending off its last word, where the
    reading left it on a foreign name (``Ким Чен Ына``, ``Джо Байдену``, ``Антониу Гутерриша``), or
    on a surname alone that the dictionary does not know (``Назначение Рааба``)."""
    from ..kb import persons as kb

    *head, last = name.split()
    return next((found for stem in _stems(last, _LAST_WORD_ENDINGS, 2 if head else 4)
                 if (found := kb.find_person(" ".join([*head, stem])))), ())


_RUSSIAN_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")


def _distinctive(surname: str, person) -> bool:
    """Whether a surname alone may name this KB person when the item names none of their states:
    not a given name, a place or a pronoun to the dictionary (``Миранда``, ``Абдулла``, ``Коста``,
    ``Валенсия``), nor a Russian-formed surname of a foreigner (``Иванов`` is seldom Macedonia's
    president)."""
    if not re.search(r"[а-яё]", surname.lower()):
        return False  # an English surname alone (Miranda, Logar): its state must be named
    first = morph.parses(surname)[0]
    if first.is_known and ({"Name", "Geox", "Patr"} & first.tag.grammemes or first.tag.POS != "NOUN"):
        return False
    return not _RUSSIAN_SURNAME.search(surname) or any(t.country == "RUS" for t in person.tenures)


@cache
def _given_patronymic_index() -> dict[str, tuple]:
    """``сергей викторович`` -> the KB persons listed with that given name and patronymic."""
    from ..kb import persons as kb

    index: dict[str, list] = defaultdict(list)
    for person in kb.persons():
        for alias in person.aliases_ru:
            words = kb.fold(alias).split()
            if len(words) == 3 and _PATRONYMIC.search(words[1]) and person not in index[" ".join(words[:2])]:
                index[" ".join(words[:2])].append(person)
    return {k: tuple(v) for k, v in index.items()}


def _by_given_and_patronymic(name: str) -> tuple:
    """``Сергей Викторович`` (how Russian officials are addressed) when one KB person has it."""
    from ..kb import persons as kb

    words = name.split()
    if len(words) != 2 or not _PATRONYMIC.search(words[1]):
        return ()
    found = _given_patronymic_index().get(kb.fold(name), ())
    return found if len(found) == 1 else ()


FORMER_DAYS = 365  # an official who left office this recently is still spoken of as his state's
INCOMING_DAYS = 92  # and one who takes office this soon (a president-elect) already is


def _kb_state(person_id: str, date: str | None) -> str | None:
    """The state of a KB person out of office on the date who left a post of it within FORMER_DAYS
    (``отставка … Дэвида Дэвиса`` the day after) or takes one within INCOMING_DAYS (``Дональд Трамп``
    in December 2016); not an organisation's, nor an old or a far one's."""
    from ..kb import persons as kb

    if not date or len(date) != 10:
        return None
    tenures = kb.posts_on(person_id, None)
    last = max((t for t in tenures if (t.start or "") <= date), key=lambda t: t.end or "9999", default=None)
    if last is not None and (not last.end or last.end > date):
        return None
    since = (datetime.date.fromisoformat(date) - datetime.timedelta(days=FORMER_DAYS)).isoformat()
    state = last if last is not None and kb._last_day(last.end) >= since else incoming(person_id, date)
    if state is None:
        return None
    return state.country if len(state.country) == 3 and state.country.isupper() else None


def incoming(person_id: str | None, date: str | None):
    """The KB post a person out of office on the date takes within INCOMING_DAYS after it (a
    president-elect's), if any."""
    from ..kb import persons as kb

    if not person_id or not date or len(date) != 10 or kb.posts_on(person_id, date):
        return None
    until = (datetime.date.fromisoformat(date) + datetime.timedelta(days=INCOMING_DAYS)).isoformat()
    return min((t for t in kb.posts_on(person_id, None) if date < (t.start or "") <= until),
               key=lambda t: t.start, default=None)


def kb_positions(person_id: str, date: str | None) -> tuple[Position, ...]:
    from ..kb import persons as kb

    return tuple(
        Position(title=t.post, org=t.org or None, country=t.country, start=t.start or None,
                 end=t.end or None, source="kb")
        for t in kb.posts_on(person_id, date)
    )


def _distinct(positions: Sequence[Position]) -> list[Position]:
    """One position per (title, org, country), with the evidence of every report of it."""
    merged: dict[tuple, Position] = {}
    for p in positions:
        key = (p.title, p.org, p.country)
        if key in merged:
            merged[key] = dataclasses.replace(merged[key], evidence=merged[key].evidence + p.evidence)
        else:
            merged[key] = p
    return list(merged.values())


@cache
def _post_categories() -> dict[str, str]:
    """Post title (and alias) -> its category: ``премьер`` and ``председатель правительства``
    are both heads of government."""
    from .. import resources

    return {name.lower(): p.category for p in resources.posts()
            for name in (p.title_ru, *p.aliases_ru) if not name.startswith("?")}


# Posts of a state's government: with no state named, the document's own state is meant.
_NATIONAL = frozenset({"head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_minister"})


def _complete(positions: Sequence[Position], kb: Sequence[Position], home: str | None) -> list[Position]:
    """Text positions with no state take it from the same title elsewhere in the document,
    else from the KB's post of the same category (``Премьер-министр Владимир Путин``), else,
    for a national post, from the state the document is about (``home``)."""
    categories = _post_categories()
    out: list[Position] = []
    for p in positions:
        if p.country is None and p.org is None:
            same = next((q for q in positions if q.title == p.title and q.country), None)
            category = categories.get(p.title.lower()) or categories.get(p.title.lower().split()[0])
            known = same or next((k for k in kb if k.country and category and categories.get(k.title.lower()) == category),
                                 None)
            if known is not None:
                p = dataclasses.replace(p, country=known.country, org=same.org if same else None)
            elif home and category in _NATIONAL:
                p = dataclasses.replace(p, country=home)
        out.append(p)
    return out


def home_state(states: Sequence[Mention]) -> str | None:
    """The state a document is about: named at least twice and more often than any other."""
    counts = Counter(m.ref for m in states if m.ref).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def _same_given_name(a: str, b: str) -> bool:
    """``Раймон``/``Раймонд``, ``В.``/``Владимир``, ``Е.В.``/``Евгений``: given names that may be one
    person's."""
    if "." in a or "." in b:
        return a[:1].lower() == b[:1].lower()
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a) or a[:4] == b[:4]


Surnames = dict[str, list[tuple[str, int, str]]]  # surname lemma -> (field, start, cluster key)




def _surname_last(words: list[str]) -> list[str]:
    """``Лавров Сергей Викторович`` (lists of officials) as ``Сергей Викторович Лавров``."""
    if len(words) == 3 and _PATRONYMIC.search(words[-1]) and not _PATRONYMIC.search(words[0]):
        return [*words[1:], words[0]]
    return words


def _given_words(words: list[str]) -> list[str]:
    """The words before the surname, particles (``Ле`` in ``Ле Пен``) not counted."""
    return [w for w in _surname_last(words)[:-1] if not is_particle(w)]


def _by_surname(pm: PersonMention, surnames: Surnames, clusters: dict[str, dict]) -> str | None:
    """The person a name joins by its surname: the one whose given name fits, else (a surname
    alone) the one named last before it (``Жан-Мари Ле Пен`` … ``Марин Ле Пен`` … ``Ле Пен``)."""
    words = _surname_last(pm.name.split())
    given = _given_words(words)
    candidates = surnames.get(morph.lemma(words[-1]), [])
    if given:
        return next((k for _f, _s, k in candidates
                     if _same_given_name(given[0], _surname_last(clusters[k]["name"].split())[0])
                     or _reversed(words, [*clusters[k]["aliases"], clusters[k]["name"]])), None)
    before = [c for c in candidates if c[0] == pm.mention.field and c[1] < pm.mention.start]
    chosen = max(before, key=lambda c: c[1]) if before else (candidates[0] if candidates else None)
    return chosen[2] if chosen else None


def _reversed(words: list[str], names: Iterable[str]) -> bool:
    """``Хурэлсух Ухнагийн`` for ``Ухнагийн Хурэлсух``: the two words of a name in the other order."""
    return len(words) == 2 and any(
        [morph.lemma(w) for w in name.split()] == [morph.lemma(words[1]), morph.lemma(words[0])] for name in names)


def _addressed(name: str) -> bool:
    """``Ирина Альфредовна``: a given name and a patronymic, as officials are addressed."""
    words = name.split()
    return len(words) == 2 and bool(_PATRONYMIC.search(words[1])) and not _PATRONYMIC.search(words[0])


def _by_given_name(pm: PersonMention, clusters: dict[str, dict]) -> str | None:
    """``Ирина Альфредовна`` (how officials are addressed): the one person of the document with
    that given name."""
    words = pm.name.split()
    if not _addressed(pm.name):
        return None
    given = morph.lemma(words[0])
    found = [k for k, c in clusters.items()
             if len(names := _surname_last(c["name"].split())) > 1 and morph.lemma(names[0]) == given]
    return found[0] if len(found) == 1 else None


def _cluster_key(pm: PersonMention, date: str | None, clusters: dict[str, dict], surnames: Surnames,
                 states: frozenset[str] | None = None) -> str:
    key = _by_surname(pm, surnames, clusters) or _by_given_name(pm, clusters)
    if key is not None:
        return key
    kb = _kb_person(pm.name, date, pm.positions, pm.mention.text, states)
    key = f"kb:{kb.id}" if kb else pm.name.lower().replace("ё", "е")
    if key not in clusters:
        clusters[key] = {"name": kb.name_ru if kb else display_name(pm.name), "ref": kb.id if kb else None,
                         "mentions": [], "positions": [], "aliases": set()}
    return key


def _dated(positions: Sequence[Position], date: str | None) -> list[Position]:
    """A post the text says was held before (``бывший глава``, ``экс-премьер``) ended by the
    document's date."""
    return [dataclasses.replace(p, end=date) if date and p.evidence and p.evidence[0].rule == FORMER else p
            for p in positions]


def _glossed(found: Sequence[PersonMention], text_of) -> dict[int, PersonMention]:
    """A name in brackets right after another is the same person's (``Скотт Хоровитц (Scott Horowitz)``)."""
    ordered = sorted(found, key=lambda pm: (pm.mention.field, pm.mention.start))
    return {id(b): a for a, b in zip(ordered, ordered[1:])
            if a.mention.field == b.mention.field and a.mention.end <= b.mention.start
            and re.fullmatch(r"\s*\(\s*", text_of(a.mention.field)[a.mention.end:b.mention.start])}


def _cluster_persons(found: Sequence[PersonMention], date: str | None, home: str | None = None,
                     text_of=None, states: frozenset[str] | None = None) -> list[Actor]:
    """One actor per person: full names first (each registers its words as surnames),
    then the names given by surname alone, wherever they stand in the document."""
    clusters: dict[str, dict] = {}
    surnames: Surnames = defaultdict(list)
    glosses = _glossed(found, text_of) if text_of else {}
    keys: dict[int, str] = {}
    # full names first, then names by initials (В. Путин joins Владимир Путин), then surnames alone
    ordered = sorted(found, key=lambda pm: (not _given_words(pm.name.split()), initials_name(pm.name) is not None
                                            or _addressed(pm.name)))
    for pm in ordered:
        gloss = glosses.get(id(pm))
        key = keys.get(id(gloss)) if gloss is not None else None
        key = key or _cluster_key(pm, date, clusters, surnames, states)
        keys[id(pm)] = key
        words = _surname_last(pm.name.split())
        for w in (words if _given_words(words) else []):
            entry = (pm.mention.field, pm.mention.start, key)
            if all(k != key for _f, _s, k in surnames[morph.lemma(w)]):
                surnames[morph.lemma(w)].append(entry)
        c = clusters[key]
        c["mentions"].append(pm.mention.span)
        c["positions"].extend(pm.positions)
        c["aliases"].add(pm.name)
    actors = []
    for key, c in clusters.items():
        if not c["ref"] and all(m.rule == KB_SURNAME for m in c["mentions"]):
            continue  # read as a KB surname, and no KB person of the item: a word ("Logar", a province)
        kb = list(kb_positions(c["ref"], date)) if c["ref"] else []
        if date is None:  # every tenure: those the text's titles point to ("Генеральный секретарь ООН" Пан
            # Ги Мун is the UN's, not the Korean foreign minister he had been)
            said = {p.title for p in c["positions"]}
            kb = [k for k in kb if k.title in said] or kb
        positions = _distinct(_complete(_distinct(_dated(c["positions"], date)), kb, home)) + kb
        country = next((p.country for p in positions if p.country and len(p.country) == 3 and p.country.isupper()
                        and p.source == "text"), None) or next(
            (p.country for p in positions if p.country and len(p.country) == 3 and p.country.isupper()), None)
        if country is None and c["ref"]:  # out of office on the date: the one state the KB knows him in
            country = _kb_state(c["ref"], date)
        actors.append(Actor(
            id=actor_id("person", key), kind="person", name=c["name"], country=country,
            positions=tuple(positions), mentions=tuple(sorted(c["mentions"], key=lambda m: (m.field, m.start))),
            ref=c["ref"],
            aliases=tuple(sorted(c["aliases"] - {c["name"]})),
        ))
    return actors


def _group(mentions: Iterable[Mention], kind: str) -> list[Actor]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.ref or m.normal].append(m)
    out = []
    for ref, ms in groups.items():
        country = None
        if kind == "state":
            country = ref
        elif ":" in ref:
            country = ref.split(":")[0] if kind == "place" else ref.split(":")[-1]
        country = country if country and len(country) == 3 and country.isupper() else None
        out.append(Actor(id=actor_id(kind, ref), kind=kind, name=ms[0].normal, country=country,
                         mentions=tuple(Span(m.field, m.start, m.end, m.text) for m in ms), ref=ref))
    return out


def _covers(outer: Mention, inner: Mention) -> bool:
    return outer.field == inner.field and outer.start <= inner.start and inner.end <= outer.end


_PIECE = re.compile(r"(?:[^\W_]|[«\"“„])(?:[^•|/\n()]*(?:[^\W_]|[»\"”]))?")


GLUED_ACRONYM = re.compile(r"^([А-ЯЁA-Z]{2,})[А-ЯЁA-Z][а-яёa-z]+")
ADDRESS = re.compile(r"(?:[Уу]важаем|[Дд]орог|[Гг]лубокоуважаем)\w*\s+")


def clean_spans(m: Mention) -> list[Mention]:
    """A NER span without the bullets and punctuation around or inside it
    (``• Коста Рика`` -> ``Коста Рика``; ``Эль Сальвадор • Эфиопия`` -> two names), and a
    person's name without the English possessive."""
    if m.type == "PER" and m.text.endswith(("'s", "’s")):  # Barack Obama's
        m = dataclasses.replace(m, end=m.end - 2, text=m.text[:-2], normal=m.text[:-2])
    glued = GLUED_ACRONYM.match(m.text) if m.type == "PER" else None
    if glued is not None:  # "Генассамблее ООНГрушко подчеркнул": a sentence run into the next, no space
        m = dataclasses.replace(m, start=m.start + glued.end(1), text=m.text[glued.end(1):],
                                normal=m.text[glued.end(1):])
    address = ADDRESS.match(m.text) if m.type == "PER" else None
    if address is not None and address.end() < len(m.text):  # "Уважаемый Эмомали Шарипович!": no name
        m = dataclasses.replace(m, start=m.start + address.end(), text=m.text[address.end():],
                                normal=m.text[address.end():])
    pieces = list(_PIECE.finditer(m.text))
    if len(pieces) == 1 and pieces[0].span() == (0, len(m.text)):
        return [m]
    return [dataclasses.replace(m, start=m.start + p.start(), end=m.start + p.end(), text=p[0], normal=p[0])
            for p in pieces]


def split_repeated(m: Mention) -> list[Mention]:
    """A PER span that names one person twice, as lists of officials do
    (``Сергей Лавров Лавров Сергей Викторович``), as two names."""
    words = list(re.finditer(r"\S+", m.text))
    seen: set[str] = set()
    for w in words:
        if _PATRONYMIC.search(w[0]):  # Александр Александрович is no repetition
            continue
        # one stem in two cases: Шавкатом Мирзиёевым Мирзиёев Шавкат … (Chris Christie: two words)
        key = w[0].lower()[:5] if not w[0].isascii() else w[0].lower()
        if key in seen and len(key) > 2:
            head = m.text[:w.start()].rstrip()
            rest = dataclasses.replace(m, start=m.start + w.start(), text=m.text[w.start():], normal=m.text[w.start():])
            return [dataclasses.replace(m, end=m.start + len(head), text=head, normal=head), *split_repeated(rest)]
        seen.add(key)
    return [m]


def split_two_names(m: Mention) -> list[Mention]:
    """A PER span of four words that runs two full names together, as photo captions do
    (``Рафаэль Корреа Эдвард Сноуден``): given names in the first and third places, no patronymic.
    So does a decree's signatory before the appointee (``Указом Президента Садыра Жапарова Айбек
    Молдогазиев назначен``): a KB person's name in an oblique case, then a given name."""
    words = list(re.finditer(r"\S+", m.text))
    if len(words) != 4 or any(_PATRONYMIC.search(w[0]) for w in words):
        return [m]
    given = [_given_name(w[0]) for w in words]
    if not ((given[0] or _kb_name_inflected(words[0][0], words[1][0])) and given[2] and not given[1]
            and not given[3]):
        return [m]
    cut = words[2].start()
    head = m.text[:cut].rstrip()
    return [dataclasses.replace(m, end=m.start + len(head), text=head, normal=head),
            dataclasses.replace(m, start=m.start + cut, text=m.text[cut:], normal=m.text[cut:])]


# "сын Акихито Нарухито": a kinsman named after the one whose kin he is
KIN = re.compile(r"(?i)(?:^|\s)(?:сын|сына|сыну|сыном|дочь|дочери|жена|жены|жене|муж|мужа|брат|брата|сестра|сестры"
                 r"|внук|внука|внучка|наследник|наследника|преемник|преемника)\s+$")


def split_kin(m: Mention, text: str, ner: Sequence[Mention]) -> list[Mention]:
    """A PER span of two words after a word of kinship, whose first word the document names alone
    elsewhere (``сын Акихито Нарухито``: Akihito's son Naruhito, two persons of one name each)."""
    words = m.text.split()
    if len(words) != 2 or not KIN.search(text[max(0, m.start - 12):m.start]):
        return [m]
    if not any(o is not m and o.type == "PER" and o.text.split() == words[:1] for o in ner) \
            or any(o is not m and o.type == "PER" and o.text.split() == words for o in ner):
        return [m]  # (not "после гибели мужа Корасон Акино", the full name written elsewhere too)
    cut = m.text.index(words[1], len(words[0]))
    return [dataclasses.replace(m, end=m.start + len(words[0]), text=words[0], normal=words[0]),
            dataclasses.replace(m, start=m.start + cut, text=words[1], normal=words[1])]


_OBLIQUE_ENDINGS = ("а", "у", "ом", "ым", "е")


def _kb_name_inflected(given: str, surname: str) -> bool:
    """``Садыра Жапарова``: a KB person's full name with one oblique ending on each word."""
    from ..kb import persons as kb

    return any(kb.find_person(f"{g} {s}") for g in _stems(given, _OBLIQUE_ENDINGS, 1)
               for s in _stems(surname, _OBLIQUE_ENDINGS, 0))


def _given_name(word: str) -> bool:
    """A word whose likeliest reading is a given name in the nominative (``Эдвард``, not ``Корреа``)."""
    reading = known_given_name(word)
    return reading is not None and "nomn" in reading.tag.grammemes


_INITIALS_IN = re.compile(r"(?<!\S)(?:[А-ЯЁ][а-яё]?\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def split_initials(m: Mention) -> list[Mention]:
    """A PER span that runs a name by initials into another name (``Умару Сиссоку Эмбало В.Путин``,
    ``брат Т.Донилона Майкл``) as separate names: a name by initials has no other words."""
    found = _INITIALS_IN.search(m.text)
    if found is None or found.span() == (0, len(m.text)):
        return [m]
    out = []
    for a, b in ((0, found.start()), found.span(), (found.end(), len(m.text))):
        piece = m.text[a:b]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece[:1].isupper():
            start = m.start + a + lead
            out.append(dataclasses.replace(m, start=start, end=start + len(piece), text=piece, normal=piece))
    return out


def _without_title(m: Mention, known: Sequence[Mention]) -> Mention:
    """A PER span that starts with a post loses it: ``Император Акихито`` -> ``Акихито``; so does
    one that starts with an organisation or a state NER glued to the name (``аль-Кайды Усама бин
    Ладен``, ``Аль-Джазиры Сами аль-Хадж``, ``Премьер-министра Республики Союз [Мьянма Мин Аун
    Хлайна]``, ``Султаната Оман Хамуд Бен Салим АЛЬ ТУВАЙХ``)."""
    post = max((k for k in known if (k.type == "post" or (k.type in ("organization", "state") and k.rule == "gazetteer"))
                and k.field == m.field and k.start <= m.start < k.end < m.end
                and (k.start == m.start or k.type != "post")
                and m.text[k.end - m.start:].strip()[:1].isupper()),
               key=lambda k: k.end, default=None)
    if post is None:
        return m
    start = post.end + len(m.text[post.end - m.start:]) - len(m.text[post.end - m.start:].lstrip())
    return dataclasses.replace(m, start=start, text=m.text[start - m.start:], normal=m.text[start - m.start:])


# "Российско-катарской" (переговоров): the adjective of two states' relations, which NER may tag as a person
RELATIONS_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]+о-[а-яё]+(?:ий|ый|ой|ая|ое|ие|ые|ых|их|ого|его|ому|ему|ым|им|ую|ей|ою)$")


def _person_names(ner: Sequence[Mention], known: Sequence[Mention]) -> list[Mention]:
    """PER mentions that no lexicon name covers; a person's name wins over a place inside it
    (``Лев Пономарев`` is not Lviv, ``Иоанн Грозный`` not the city)."""
    def named(m: Mention) -> bool:
        return not RELATIONS_ADJECTIVE.match(m.text) and not _pronoun(m.text) and not any(
            _covers(k, m) and (k.type != "place" or (k.start, k.end) == (m.start, m.end)) for k in known)

    # (checked again once the title is cut: "Султаном Омана" leaves the state, no person)
    return [n for m in ner if m.type == "PER" and named(m) for n in [_without_title(m, known)] if n is m or named(n)]


def _pronoun(text: str) -> bool:
    """A pronoun NER took for a name: ``Благодарю Вас``, ``Ваш визит`` (capitalised in address)."""
    words = text.split()
    return len(words) == 1 and morph.parse(words[0])[1] == "NPRO"


def _named_after_a_place(m: Mention, known: Sequence[Mention]) -> bool:
    """A NER organisation whose name holds a state, place or title (``Голос Америки``, ``Единая
    Россия``, ``Совет муфтиев``) and nothing else the lexicon knows."""
    inside = [k for k in known if k.field == m.field and k.start < m.end and m.start < k.end]
    return m.type == "ORG" and bool(inside) and all(
        k.type in ("state", "place", "post") and _covers(m, k) and (k.start, k.end) != (m.start, m.end)
        for k in inside)


def _ner_institutions(ner: Sequence[Mention], known: Sequence[Mention]) -> list[Mention]:
    """NER organisations and places the lexicon does not know, named in the nominative."""
    out = []
    for m in ner:
        if m.type not in ("ORG", "LOC") or (_overlaps(m, known) and not _named_after_a_place(m, known)):
            continue
        kind = "organization" if m.type == "ORG" else "place"
        if not (keep_place(m.text) if kind == "place" else keep_organization(m.text)):
            continue
        out.append(dataclasses.replace(m, type=kind, normal=normalize_phrase(m.text), ref=None))
    return out


KB_SURNAME = "kb-surname"  # the rule of a capitalised word read as a KB person's surname NER missed


def _surname_mentions(found: Sequence[PersonMention], tokens: Sequence[Token],
                      taken: Sequence[Mention]) -> list[PersonMention]:
    """The surname of a person named in full, where NER missed it elsewhere in the document."""
    last = [_surname_last(pm.name.split())[-1] for pm in found if _given_words(pm.name.split())]
    surnames = {morph.lemma(w): w for w in last if len(w) > 2 and not w.isupper() and not _PATRONYMIC.search(w)}
    out = []
    for k, t in enumerate(tokens):
        if not t.text[:1].isupper() or _month_of_a_date(k, tokens):
            continue
        name, rule = surnames.get(t.lemma), "surname"
        if name is None and _surname_like(t.text) and _alone(k, tokens):
            name, rule = _kb_surname(t.text), KB_SURNAME
        if name is not None and not any(m.field == t.field and m.start < t.end and t.start < m.end for m in taken):
            out.append(PersonMention(Mention(t.field, t.start, t.end, t.text, "PER", name, rule=rule), name, ()))
    return out


def _month_of_a_date(k: int, tokens: Sequence[Token]) -> bool:
    """``the May 22 concert bombing``, ``on 22 May``: the month, not Theresa May."""
    near = [tokens[j].text for j in (k - 1, k + 1) if 0 <= j < len(tokens) and tokens[j].field == tokens[k].field]
    return tokens[k].text in EN_MONTH_NAMES and any(w.isdigit() for w in near)


def _alone(k: int, tokens: Sequence[Token]) -> bool:
    """No capitalised word right next to the k-th token in its sentence (``Бен Заидом Аль`` is
    part of a longer name)."""
    t = tokens[k]
    near = [u for u in (tokens[k - 1] if k else None, tokens[k + 1] if k + 1 < len(tokens) else None)
            if u is not None and u.field == t.field and u.sentence == t.sentence]
    return not any(u.text[:1].isupper() and u.text[1:2].isalpha() for u in near)


@cache
def _kb_surnames() -> frozenset[str]:
    """The folded surnames of the KB's persons (``обама``, ``лавров``) of four letters or more."""
    from ..kb import persons as kb

    return frozenset(key for key in kb._name_index() if " " not in key and len(key) > 3)


def _surname_like(word: str) -> bool:
    """Four letters or more, a capital and then lower case: what ``_kb_surname`` reads at all."""
    return len(word) >= 4 and not word.isupper() and word[1:].islower()


@lru_cache(maxsize=50_000)  # asked for every capitalised word standing alone
def _kb_surname(word: str) -> str | None:
    """The nominative of a capitalised word that is a KB person's surname in some case
    (``Обама находится с визитом``: NER tagged nothing), else None.  Words the dictionary
    knows as something other than a name (``Мира``, ``Россия``) are not surnames here."""
    from ..kb import persons as kb

    if not _surname_like(word):
        return None
    first = morph.parses(word)[0]
    if first.is_known and not ({"Surn", "Name"} & first.tag.grammemes):
        return None
    for form in dict.fromkeys((word, normalize_name(word))):
        if kb.fold(form) in _kb_surnames():
            return form
    return None


# Kinds of organisation whose name follows in quotes: ``партии «Dog with two tails»``.
_ORG_KINDS = frozenset({
    "компания", "корпорация", "концерн", "холдинг", "банк", "фонд", "партия", "движение", "организация",
    "ассоциация", "объединение", "клуб", "газета", "журнал", "еженедельник", "агентство", "телеканал",
    "радиостанция", "театр", "фирма", "предприятие", "общество", "издательство", "группировка",
})
# (possessive: a word never gives back letters to the spaces after it, nor they to the next word,
# so the matches are the plain pattern's, without its letter-by-letter retreat from each word
# that no « follows)
_QUOTED = re.compile(r"((?:\b[а-яё-]++\s++){1,3})«([^«»\n]{2,60})»")


def _quoted_organizations(doc, taken: Sequence[Mention]) -> list[Mention]:
    """An organisation NER missed, named in quotes after its kind: ``лидер субкультурной партии
    «Dog with two tails»``, ``газета «Коммерсантъ»``."""
    out = []
    for f in ("title", "text"):
        text = doc.field_text(f)
        for m in _QUOTED.finditer(text):
            start, end = m.start(2), m.end(2)
            if (not any(morph.lemma(w) in _ORG_KINDS for w in m[1].split()) or not m[2][:1].isupper()
                    or any(t.field == f and t.start < end + 1 and start - 1 < t.end for t in taken)):
                continue
            out.append(Mention(f, start, end, m[2], "organization", m[2], rule="quoted"))
    return out


# ``ЛАВРОВ Сергей Викторович – Министр …``: kremlin.ru's lists of a delegation, surname in capitals.
_ENTRY = re.compile(r"(?<![\w-])([А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)\s+([А-ЯЁ][а-яё]+)\s+"
                    r"([А-ЯЁ][а-яё]+(?:вич|вна|ична|чна|оглы|кызы))(?=\s+[–—-]\s)")


def list_entries(doc, ner: Sequence[Mention]) -> list[Mention]:
    """PER mentions of delegation-list entries (NER often takes only the given name and
    patronymic of ``ПЕСКОВ Дмитрий Сергеевич``), in place of the NER spans they overlap."""
    out = []
    for f in ("title", "text"):
        text = doc.field_text(f)
        for m in _ENTRY.finditer(text):
            out.append(Mention(f, m.start(), m.end(), m[0], "PER", m[0], rule=ner[0].rule if ner else "slovnet"))
    return out


def display_name(name: str) -> str:
    """A name as the record shows it: given name and surname, without the patronymic
    (``Лавров Сергей Викторович`` and ``Сергей Викторович Лавров`` -> ``Сергей Лавров``)."""
    words = _surname_last(name.split())
    if len(words) == 3 and _PATRONYMIC.search(words[1]) and not _PATRONYMIC.search(words[2]):
        return f"{words[0]} {words[2]}"
    return name


def _named_in_english(actor: Actor) -> Actor:
    from ..kb import persons as kb

    person = kb.get_person(actor.ref) if actor.ref else None
    if person is None or not person.name_en or person.name_en == actor.name:
        return actor
    return dataclasses.replace(actor, name=person.name_en, aliases=tuple(sorted({*actor.aliases, actor.name})))


def resolve(analysis: Analysis) -> tuple[list[Actor], list[Mention]]:
    """Actors of the document, and the organisation mentions of composed bodies."""
    doc = analysis.document
    ref, _ = reference_date(doc)
    date = ref.isoformat() if ref else None
    lex = bodies.one_reading([m for m in analysis.mentions if m.rule and m.rule.startswith("gazetteer")],
                             doc.field_text)
    composed = bodies.compose(lex, doc.field_text)
    ner = [r for m in analysis.mentions if m.rule in NER_RULES for c in clean_spans(m)
           for r in (split_repeated(c) if c.type == "PER" else [c]) for r in (split_initials(r) if r.type == "PER" else [r])
           for r in (split_two_names(r) if r.type == "PER" else [r])]
    ner = [r for m in ner for r in (split_kin(m, doc.field_text(m.field), ner) if m.type == "PER" else [m])]
    entries = list_entries(doc, ner)
    ner = [m for m in ner if not (m.type == "PER" and _overlaps(m, entries))] + entries
    candidates = [m for m in lex if m.type != "body"] + composed
    known = [m for m in candidates if m.type in ("state", "organization", "initiative", "place", "post")]
    names = _person_names(ner, known)
    # a place, or a state read from an ambiguous alias (``Том`` of ``?Того``), inside a person's name is none
    units = [m for m in candidates if not ((m.type == "place" or m.type == "state" and m.rule == "gazetteer?")
                                           and any(_covers(n, m) for n in names))]
    known = [m for m in units if m.type in ("state", "organization", "initiative", "place", "post")]
    bodies_only = [m for m in lex if m.type == "body"]
    extra = _ner_institutions([m for m in ner if not _overlaps(m, names)], known + bodies_only)
    extra += _quoted_organizations(doc, [*ner, *known, *bodies_only, *extra])
    units = [u for u in units if not (u.type in ("state", "place", "post") and any(
        e.type == "organization" and _covers(e, u) for e in extra))]
    found = find_persons(names, units + extra, doc.field_text)
    found += _surname_mentions(found, analysis.tokens, [*analysis.mentions, *composed, *entries])
    named_states = [u for u in units if u.type in ("state", "state_adj")]
    states = frozenset(u.ref for u in named_states if u.ref) | frozenset(
        u.ref.split(":")[0] for u in units if u.type == "place" and u.ref)
    actors = _cluster_persons(found, date, home_state(named_states), doc.field_text, states)
    if doc.lang == "en":  # a KB person of an English text is named as it writes him ("Ivan Duque")
        actors = [_named_in_english(a) for a in actors]
    for kind in ("state", "organization", "initiative", "place"):
        actors.extend(_group((m for m in units if m.type == kind), kind))
    for kind in ("organization", "place"):
        actors.extend(_group((m for m in extra if m.type == kind), kind))
    return resolve_nominals(actors, units + extra, analysis.tokens, doc.field_text), composed


class Actors:
    """Adds actors (and the composed national-body mentions)."""

    name = "actors"
    requires = ("ner", "gazetteer")
    assigns = ("actors",)

    def __call__(self, analysis: Analysis) -> Analysis:
        actors, composed = resolve(analysis)
        return dataclasses.replace(analysis, actors=tuple(actors), mentions=analysis.mentions + tuple(composed))
