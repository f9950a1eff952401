"""Who held which post when: the query layer over ``resources/persons.tsv`` (heads of state and
government, foreign ministers, heads of organisations) and ``resources/officials.tsv`` (second-tier
officials: other ministers, advisers, spokespersons, ambassadors).

The files have one row per tenure, with the same columns (see ``docs/kb.md``).  They are read lazily
on first use and cached; every function returns tuples of frozen dataclasses.

Dates are ISO strings and may be partial (``YYYY-MM`` or ``YYYY``).  A partial
date stands for the whole period it names, so "valid on 2023-04" is true for a
tenure that starts or ends at any day of April 2023.  An empty ``end`` means the
tenure was still open when the row was last reviewed.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

FILES = ("persons.tsv", "officials.tsv")  # read in this order; a person's rows may stand in both
COLUMNS = ("person_id", "name_ru", "name_en", "aliases_ru", "aliases_en",
           "country", "post", "org", "start", "end", "source")


@dataclass(frozen=True)
class Tenure:
    """One person in one post over one period."""

    person_id: str
    name_ru: str
    name_en: str
    country: str
    post: str
    org: str | None
    start: str
    end: str | None
    source: str

    def valid_on(self, date: str) -> bool:
        """True when the tenure overlaps ``date`` (a day, a month or a year)."""
        lo, hi = _first_day(date), _last_day(date)
        return _first_day(self.start) <= hi and (self.end is None or _last_day(self.end) >= lo)

    @property
    def acting(self) -> bool:
        """An acting or caretaker holder: a ``;``-clause of the source says so.

        Notes such as "acting until 2016-12-14" describe part of a tenure and do
        not make the whole row acting.
        """
        return any(_ACTING.match(clause.strip()) for clause in self.source.split(";"))


_ACTING = re.compile(r"(acting|caretaker)\b(?!\s+(until|from))")


@dataclass(frozen=True)
class Person:
    id: str
    name_ru: str
    name_en: str
    aliases_ru: tuple[str, ...]
    aliases_en: tuple[str, ...]
    tenures: tuple[Tenure, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name_ru, self.name_en, *self.aliases_ru, *self.aliases_en)


def _first_day(date: str) -> str:
    return date + "-01-01"[len(date) - 4:] if len(date) < 10 else date


def _last_day(date: str) -> str:
    # "-31" is only used for comparison, so an impossible day like 02-31 is harmless.
    return date + "-12-31"[len(date) - 4:] if len(date) < 10 else date


def fold(text: str) -> str:
    """Case- and ё-insensitive key for name matching; hyphens count as spaces."""
    text = text.casefold().replace("ё", "е").replace("-", " ")
    return " ".join(text.split())


@cache
def tenures(file: str | None = None) -> tuple[Tenure, ...]:
    """All rows of the curated files (or of one of them), in file order."""
    return tuple(t for name in ((file,) if file else FILES) for t, _ in _file_rows(name))


def _rows() -> tuple[tuple[Tenure, dict[str, str]], ...]:
    return tuple(r for name in FILES for r in _file_rows(name))


@cache
def _file_rows(name: str) -> tuple[tuple[Tenure, dict[str, str]], ...]:
    text = files("communique.resources").joinpath(name).read_text(encoding="utf-8")
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ValueError(f"{name}: unexpected header {reader.fieldnames}")
    rows = []
    for row in reader:
        tenure = Tenure(row["person_id"], row["name_ru"], row["name_en"], row["country"], row["post"],
                        row["org"] or None, row["start"], row["end"] or None, row["source"])
        rows.append((tenure, row))
    return tuple(rows)


@cache
def persons() -> tuple[Person, ...]:
    """One ``Person`` per ``person_id``, with all their tenures sorted by start."""
    grouped: dict[str, list[tuple[Tenure, dict[str, str]]]] = {}
    for tenure, row in _rows():
        grouped.setdefault(tenure.person_id, []).append((tenure, row))
    out = []
    for pid, items in grouped.items():
        first = items[0][1]
        out.append(Person(
            id=pid,
            name_ru=first["name_ru"],
            name_en=first["name_en"],
            aliases_ru=_split(first["aliases_ru"]),
            aliases_en=_split(first["aliases_en"]),
            # (by start; a day two posts share is ordered as the files are: by country, then post)
            tenures=tuple(sorted((t for t, _ in items), key=lambda t: (t.start, t.country, t.post))),
        ))
    return tuple(out)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


@cache
def _person_index() -> dict[str, Person]:
    return {p.id: p for p in persons()}


# States whose names put the family name first, in Russian and English alike.
_SURNAME_FIRST = frozenset({"CHN", "KOR", "PRK"})


@cache
def _name_index() -> dict[str, tuple[Person, ...]]:
    """Folded full names, and surnames alone, to persons."""
    index: dict[str, list[Person]] = {}
    for person in persons():
        surname_first = any(t.country in _SURNAME_FIRST for t in person.tenures)
        keys = set()
        for name in person.names:
            words = fold(name).split()
            keys.add(" ".join(words))
            keys.add(words[0] if surname_first else words[-1])
        for key in keys:
            index.setdefault(key, []).append(person)
    return {k: tuple(v) for k, v in index.items()}


def get_person(person_id: str) -> Person | None:
    return _person_index().get(person_id)


def find_person(name: str) -> tuple[Person, ...]:
    """Persons whose name, alias or surname matches ``name``; all candidates.

    Matching folds case and ё/е, and treats hyphens as spaces.  The surname is
    the last word of each listed name, or the first for Chinese and Korean
    names ("Ван" finds Wang Yi and Wang Qishan); an ambiguous surname returns
    every person who bears it, in file order.
    """
    return _name_index().get(fold(name), ())


def posts_on(person_id: str, date: str | None) -> tuple[Tenure, ...]:
    """The tenures of one person valid on ``date``; all of them when ``date`` is None."""
    person = get_person(person_id)
    if person is None:
        return ()
    if date is None:
        return person.tenures
    return tuple(t for t in person.tenures if t.valid_on(date))


def holders(post: str, country: str, date: str) -> tuple[Tenure, ...]:
    """Who held ``post`` of ``country`` (ISO3 or organisation id) on ``date``."""
    return tuple(t for t in tenures()
                 if t.post == post and t.country == country and t.valid_on(date))


def holders_on(country: str, date: str) -> tuple[Tenure, ...]:
    """Every post of ``country`` held on ``date``, with its holder."""
    return tuple(t for t in tenures() if t.country == country and t.valid_on(date))
