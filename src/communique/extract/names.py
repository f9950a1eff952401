"""Person names put into the nominative: ``Жээнбека Кулубаева`` -> ``Жээнбек Кулубаев``.

The case of the whole name is chosen first (the case its words can share, or the
case of the post it stands in apposition to), then each word is inflected in
that case and gender; words pymorphy does not know as names (``И`` in ``Ван И``,
``бен``, ``Аль``) are kept as written.
"""
from __future__ import annotations

from ..nlp import morph

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# pymorphy's second cases and the vocative, folded into the six above.
_FOLD_CASE = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct", "voct": "nomn"}
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_PARTICLES = frozenset({"бен", "бин", "ибн", "аль", "ас", "эль", "ад", "ван", "фон", "де", "ди", "да", "ле", "ла"})


def _parses(word: str):
    return [
        p for p in morph.analyzer().parse(word)
        if (p.tag.POS in ("NOUN", "ADJF", None) or _NAME_TAGS & p.tag.grammemes)
        and p.tag.number != "plur" and "Fixd" not in p.tag.grammemes
    ]


def _case(p) -> str | None:
    return _FOLD_CASE.get(p.tag.case, p.tag.case)


def _cases(word: str) -> set[str]:
    return {_case(p) for p in _parses(word) if p.tag.case}


def _is_namelike(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word.lower() not in _PARTICLES and not word.isupper()


def name_case(words: list[str], hint: str | None = None) -> str:
    """The grammatical case the name's words share (``hint`` first, then the nominative)."""
    votes = dict.fromkeys(CASES, 0)
    for w in words:
        if _is_namelike(w):
            for c in _cases(w.split("-")[-1]):
                if c in votes:  # pymorphy also has voct, gen2, loc2
                    votes[c] += 1
    best = max(votes.values())
    if best == 0:
        return "nomn"
    for case in (hint, "nomn", *CASES):
        if case and votes[case] == best:
            return case
    return "nomn"


def _gender(words: list[str], case: str) -> str | None:
    for w in words:
        for p in _parses(w):
            if _case(p) == case and "Name" in p.tag.grammemes and p.tag.gender:
                return p.tag.gender
    return None


def _nominative(word: str, case: str, gender: str | None) -> str:
    if case == "nomn" or not _is_namelike(word):
        return word
    if "-" in word:
        head, _, last = word.rpartition("-")
        return f"{head}-{_nominative(last, case, gender)}"
    candidates = [p for p in _parses(word) if _case(p) == case]
    if gender:
        candidates = [p for p in candidates if p.tag.gender in (gender, None)] or candidates
    candidates.sort(key=lambda p: (not (_NAME_TAGS & p.tag.grammemes), "anim" not in p.tag.grammemes))
    for p in candidates:
        form = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
        if form is not None:
            return morph._match_case(form.word, word)
    return word


def normalize_name(text: str, hint: str | None = None) -> str:
    """The nominative form of a person's name as written in any case."""
    words = text.split()
    case = name_case(words, hint)
    gender = _gender(words, case)
    return " ".join(_nominative(w, case, gender) for w in words)
