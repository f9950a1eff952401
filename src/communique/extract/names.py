"""Person names put into the nominative: ``Жээнбека Кулубаева`` -> ``Жээнбек Кулубаев``.

The case of the whole name is chosen first (the case its words can share, or the
case of the post it stands in apposition to), then each word is inflected in
that case and gender; words pymorphy does not know as names (``И`` in ``Ван И``,
``бен``, ``Аль``) are kept as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp import morph

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# pymorphy's second cases and the vocative, folded into the six above.
_FOLD_CASE = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct", "voct": "nomn"}
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_PARTICLES = frozenset({"бен", "бин", "ибн", "аль", "ас", "эль", "ад", "ван", "фон", "де", "ди", "да", "ле", "ла"})


@lru_cache(maxsize=20_000)
def _parses(word: str) -> tuple:
    """The readings of a name word that decline; none for a name the dictionary knows as
    indeclinable (``Мари``, ``Нэнси``, ``Саркози``), whatever common noun it also spells."""
    parses = morph.parses(word)
    named = [p for p in parses if _NAME_TAGS & p.tag.grammemes]
    if named and all("Fixd" in p.tag.grammemes for p in named):
        return ()
    return tuple(
        p for p in parses
        if (p.tag.POS in ("NOUN", "ADJF", None) or _NAME_TAGS & p.tag.grammemes)
        and p.tag.number != "plur" and "Fixd" not in p.tag.grammemes
    )


def _case(p) -> str | None:
    case = p.tag.case  # (a property pymorphy computes on every ask)
    return _FOLD_CASE.get(case, case)


def is_particle(word: str) -> bool:
    """``бен``, ``Аль``, ``Ле``, ``фон``: the joining words of a name, not given names."""
    return word.lower() in _PARTICLES


def _is_namelike(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word.lower() not in _PARTICLES and not word.isupper()


def name_case(words: list[str], hint: str | None = None, strong: bool = False) -> str:
    """The grammatical case the name's words share (``hint`` first, then the nominative).

    A reading the dictionary knows as a name counts double, so ``Ричарда
    Гренелла`` is genitive although ``Гренелла`` alone could be a nominative.
    """
    votes = dict.fromkeys(CASES, 0)
    lacking: list[set[str]] = []  # the cases of words that cannot be nominative (Яффой, Ёном)
    for w in words:
        weights, lacks = _case_weights(w)
        if lacks is not None:
            lacking.append(set(lacks))
        for c, weight in weights:
            votes[c] += weight
    if _woman_first(words) and _MASCULINE_ONLY_SURNAME.search(words[-1]) and not _votes_nominative(words[-1]):
        votes["nomn"] += 2  # Анастасия Ракова: the woman's surname the dictionary knows only as Раков's genitive
    if _woman_in_accusative(words):
        votes["accs"] += 2  # Анастасию Ракову: a woman's name in the accusative, not Анастасий Раков's dative
    best = max(votes.values())
    if hint and strong and (votes[hint] or not best or words and words[-1][-1:].lower() in _UNDECLINED_ENDINGS):
        # a post whose case is certain (Президентом, Эмиром) gives the name's, unless the name cannot
        # be in it ("назначили президентом … Джо Байдена": the object, not the post's case); a name
        # ending in a vowel that does not decline (Умару Сиссоку Эмбало) may be in any
        return hint
    if best == 0:
        return "nomn"
    given = given_name_case(words)
    oblique = set.intersection(*lacking) if lacking else set()
    for case in (hint, given if given != "loct" else None, *(c for c in CASES if c in oblique), "nomn", *CASES):
        if case and votes[case] == best:
            return case
    return "nomn"


_UNDECLINED_ENDINGS = "иоуыэеюё"
_MASCULINE_ONLY_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")


def _woman_first(words: list[str]) -> bool:
    """Whether the name opens with a given name whose likeliest reading is a woman's nominative
    (``Анастасия``, not ``Василия``), followed by at least one more word."""
    if len(words) < 2 or not _is_namelike(words[0]):
        return False
    reading = known_given_name(words[0])
    return reading is not None and {"femn", "nomn"} <= reading.tag.grammemes


_FEMININE_ACCUSATIVE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)у$")


def _woman_in_accusative(words: list[str]) -> bool:
    """A woman's given name in the accusative before a surname in -ову/-ину (``Анастасию Ракову``)."""
    if len(words) < 2 or not _is_namelike(words[0]) or not _FEMININE_ACCUSATIVE_SURNAME.search(words[-1]):
        return False
    return any({"femn", "accs", "Name"} <= p.tag.grammemes for p in _parses(words[0]))


def _votes_nominative(word: str) -> bool:
    return any(c == "nomn" for c, _ in _case_weights(word)[0])


@lru_cache(maxsize=50_000)
def _case_weights(w: str) -> tuple[tuple[tuple[str, int], ...], frozenset[str] | None]:
    """One word's votes for the case of a name (case, weight), and the cases it may be in when it
    cannot be a nominative (Яффой, Ёном; else None).  Kept per word: names share their words."""
    if not _is_namelike(w):
        return (), None
    weights: dict[str, int] = {}
    last = w.split("-")[-1]
    if _unknown(last) and last[-1:] in "иоэ" and not _ADJECTIVAL.search(last.lower()):
        return (), None  # Сэйдзи, Проди: foreign names that do not decline
    if _unknown(last) and not _ADJECTIVAL.search(last.lower()):
        weights = dict.fromkeys(_foreign_cases(last.lower()), 1)  # pymorphy would only guess
    else:
        for p in _parses(last):
            if p.tag.case:
                case = _case(p)
                weight = 2 if p.is_known and _NAME_TAGS & p.tag.grammemes else 1
                if case == "loct" and last.lower().endswith("ии"):
                    weight = 1  # Асии: Асия in the genitive or dative rather than Асий after «о»
                weights[case] = max(weights.get(case, 0), weight)
        if last.lower().endswith("ии"):
            for c in ("gent", "datv"):
                weights.setdefault(c, 1)
        if not weights and last.lower().endswith("ие"):  # Асие: a known word, no reading as a name
            weights = dict.fromkeys(_foreign_cases(last.lower()), 1)
    lacks = None
    if "nomn" not in weights and last.endswith(("ом", "ём", "ем", "ой", "ым", "им")):  # Яффой, Ёном
        lacks = frozenset(weights)
    return tuple(weights.items()), lacks


# Surnames declined as adjectives (Зеленского, Качиньской) and Slavic surnames in -ов, -ев,
# -ин (Кулубаева, Мирзиёевым): pymorphy's guess by analogy is right for them.
_ADJECTIVAL = re.compile(r"(?:(?:[сц]к|ов|ев|ёв|ин|ын)(?:ого|ому|им|ым|ом|ой|ую|ая|ий|ый|а|у|е|ы)|[сц]кая|[сц]кий"
                         r"|[^аеёиоуыэюя](?:ого|его|ому|ему))$")

# How a foreign name the dictionary does not know declines, by its ending in each case: a
# consonant stem (Донилон, Курц, Хурэлсух) and an a-stem (Харада, Гунба, Мандела).  A name
# ending in о, и, у, э, е, ю in the nominative does not decline and keeps its form.
_FOREIGN = (  # (case, ending of the oblique form, ending of the nominative)
    ("gent", "а", ""), ("gent", "я", "~"), ("gent", "ы", "а"), ("gent", "и", "я"),
    ("accs", "а", ""), ("accs", "я", "~"), ("accs", "у", "а"), ("accs", "ю", "я"),
    ("datv", "у", ""), ("datv", "ю", "~"), ("datv", "ие", "ия"), ("datv", "е", "а"), ("datv", "е", ""),
    ("ablt", "ом", ""), ("ablt", "ем", "~"), ("ablt", "ём", "~"), ("ablt", "ой", "а"), ("ablt", "ей", "я"),
    ("loct", "ие", "ия"), ("loct", "е", ""), ("loct", "е", "а"),
)  # ~: a soft stem, й after a vowel (Андреем), ь after a consonant (Эммануэлем), none after ц, ж, ш, ч, щ


def _soft(stem: str) -> str:
    if stem[-1:].lower() in "аеёиоуыэюя":
        return stem + "й"
    return stem if stem[-1:].lower() in "цжшчщ" else stem + "ь"


def _foreign_cases(word: str) -> set[str]:
    """The cases an unknown foreign name may be in, by its ending (the nominative when it
    ends in a consonant or -а/-я)."""
    cases = {c for c, oblique, _nom in _FOREIGN if word.endswith(oblique) and len(word) > len(oblique) + 1}
    if (word[-1:] not in "оиэеыь" or word.endswith(("а", "я", "ь"))) and not word.endswith(("ой", "ом", "ем")):
        cases.add("nomn")
    elif word.endswith(("ом", "ем")) and _predicted_name_nominative(word):
        cases.add("nomn")  # Казем: pymorphy's likeliest guess is a given name in the nominative
    # Of the readings of -а/-я the dictionary's guess by analogy keeps one (Жээнбека: a genitive).
    guessed = {_case(p) for p in _parses(word) if p.tag.case}
    if word.endswith(("а", "я")) and cases & guessed:
        cases &= guessed
    if word.endswith(("у", "ю")):
        cases.add("nomn")  # Мурму, Умару do not decline
    return cases


NAME_GUESS = 0.7  # pymorphy's score a guessed nominative name needs to outrank the instrumental reading


def _predicted_name_nominative(word: str) -> bool:
    readings = morph.parses(word)
    best = readings[0] if readings else None
    return best is not None and "Name" in best.tag.grammemes and best.tag.case == "nomn" and best.score >= NAME_GUESS


def foreign_nominatives(word: str, case: str) -> list[str]:
    """The nominatives an unknown foreign name in ``case`` may have, likeliest first
    (``Манделе`` in the dative: ``Мандела``, ``Мандел``)."""
    if case == "nomn":
        return [word]
    out = [_soft(word[:len(word) - len(oblique)]) if nom == "~" else word[:len(word) - len(oblique)] + nom
           for c, oblique, nom in _FOREIGN
           if c == case and word.lower().endswith(oblique) and len(word) > len(oblique) + 1]
    return list(dict.fromkeys(out)) or [word]


def known_given_name(word: str):
    """pymorphy's likeliest reading of ``word`` when the dictionary knows it as a given name, else None."""
    parses = morph.parses(word)
    return parses[0] if parses and parses[0].is_known and "Name" in parses[0].tag.grammemes else None


def given_name_case(words: list[str]) -> str | None:
    """The case of the dictionary's likeliest reading of the first given name (``Дмитрия``: the
    genitive, not the rare feminine nominative), to break a tie between cases."""
    for w in words:
        if _is_namelike(w):
            reading = known_given_name(w)
            return _case(reading) if reading is not None and reading.tag.case else None
    return None


def _gender(words: list[str], case: str) -> str | None:
    """The gender of the first given name that has one (indeclinable names included)."""
    for w in words:
        for p in morph.parses(w):
            if "Name" in p.tag.grammemes and p.tag.gender in ("masc", "femn") and (
                    _case(p) == case or "Fixd" in p.tag.grammemes):
                return p.tag.gender
    return None


@lru_cache(maxsize=50_000)
def _unknown(word: str) -> bool:
    return not any(p.is_known for p in morph.parses(word))


@lru_cache(maxsize=50_000)
def _nominative(word: str, case: str, gender: str | None) -> str:
    if case == "nomn" or not _is_namelike(word):
        return word
    if "-" in word:
        head, _, last = word.rpartition("-")
        return f"{head}-{_nominative(last, case, gender)}"
    unknown = _unknown(word)
    if unknown and word[-1] in "иоэ" and not _ADJECTIVAL.search(word.lower()):  # Пелоси, Проди: do not decline
        return word
    if unknown and not _ADJECTIVAL.search(word.lower()):
        return foreign_nominatives(word, case)[0]
    if word.lower().endswith("ии") and case in ("gent", "datv"):
        return word[:-1] + "я"  # Асии Биби, Марии: an a-stem in -ия
    if (surname := _surname_nominative(word, case, gender)) is not None:
        return surname
    if gender == "femn" and case == "accs" and _FEMININE_ACCUSATIVE_SURNAME.search(word):
        return word[:-1] + "а"  # (Анастасию) Ракову: Ракова
    candidates = [p for p in _parses(word) if _case(p) == case]
    if gender:
        candidates = [p for p in candidates if p.tag.gender in (gender, None) or "ms-f" in p.tag.grammemes]
    candidates.sort(key=lambda p: (not (_NAME_TAGS & p.tag.grammemes), "anim" not in p.tag.grammemes,
                                   p.tag.gender == "neut"))
    for p in candidates:
        form = morph.inflected(p, {"nomn", "sing"})
        if form is None:
            form = morph.inflected(p, {"nomn"})
        if form is not None:
            return morph._match_case(form, word)
    if word.lower().endswith("ие"):
        return foreign_nominatives(word, case)[0]  # Асие: an a-stem in -ия the dictionary does not know
    return word


# the oblique endings of a man's surname in -ов/-ин (Рясков: Ряскова, Ряскову, Рясковым, Ряскове); a man
# called Мозговой is Мозговым too, but surnames in -ов are far more common.  Not a woman's: Рясковой and
# Мозговой (Елена Мозговая) read alike, and the corpus has only the second.
_SURNAME_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}


def _surname_nominative(word: str, case: str, gender: str | None) -> str | None:
    """``Даниила Ряскова``: a man's surname in -ов/-ин the dictionary reads only as something else
    (a short adjective, a place), put in the nominative."""
    ending = _SURNAME_ENDINGS.get(case)
    if gender != "masc" or ending is None or any(_NAME_TAGS & p.tag.grammemes for p in _parses(word)):
        return None
    m = re.search(rf"(?:ов|ев|ёв|ин|ын)({ending})$", word)
    return word[:m.start(1)] if m else None


# A name given by initials: ``В.Путин``, ``В.В. Путина``; ``Куйвашев Е.В`` (decrees put them after).
_INITIALS_FIRST = re.compile(r"^((?:[А-ЯЁA-Z][а-яёa-z]?\.\s?){1,2})\s*([А-ЯЁA-Z][^\W\d_]+(?:-[^\W\d_]+)?)$")
_INITIALS_LAST = re.compile(r"^([А-ЯЁA-Z][^\W\d_]+(?:-[^\W\d_]+)?)\s+([А-ЯЁA-Z]\.\s?[А-ЯЁA-Z]\.?|[А-ЯЁA-Z]\.)$")


def initials_name(text: str) -> tuple[str, str] | None:
    """(initials, surname) of a name written with initials (``Куйвашев Е.В`` -> ``Е.В.``,
    ``Куйвашев``), else None."""
    m = _INITIALS_FIRST.match(text.strip())
    if m:
        initials, surname = m[1], m[2]
    else:
        m = _INITIALS_LAST.match(text.strip())
        if m is None:
            return None
        surname, initials = m[1], m[2]
    initials = "".join(initials.split())
    return (initials if initials.endswith(".") else initials + "."), surname


# A regnal number after a monarch's or pope's name: ``Елизавета II``, ``Бенедикт XVI``.
_REGNAL = re.compile(r"[IVX]{1,5}")


@lru_cache(maxsize=50_000)
def normalize_name(text: str, hint: str | None = None, strong: bool = False) -> str:
    """The nominative form of a person's name as written in any case; a surname written
    in capitals (``УШАКОВ Юрий Викторович``, ``БАТ-ЭРДЭНЭ``) is written as a name.  ``hint`` is
    the case the context suggests; ``strong`` when it leaves no doubt (``Президентом``)."""
    *rest, last = text.split() or [""]
    if rest and _REGNAL.fullmatch(last):  # Бенедикта XVI -> Бенедикт XVI: the numeral stays as written
        return f"{normalize_name(' '.join(rest), hint, strong)} {last}"
    words = ["-".join(part.capitalize() for part in w.split("-"))
             if len(w) > 2 and w.isupper() and w.replace("-", "").isalpha() else w for w in text.split()]
    initials = initials_name(" ".join(words))
    if initials is not None:  # Бездудного Ю.В -> Ю.В. Бездудный
        surname = initials[1]
        if surname.isupper() and len(surname) > 2:
            surname = surname.capitalize()
        return f"{initials[0]} {normalize_name(surname, hint, strong)}"
    case = name_case(words, hint, strong)
    gender = _gender(words, case)
    return " ".join(_nominative(w, case, gender) for w in words)
