"""How :meth:`SQLStore.find_events` walks a large events table.

Events come latest first, a page at a time.  A filter that many events match
(a type, a common word) is cheapest checked along the date-ordered index scan
of all events: a page of matches turns up soon.  When countries are given, the
walk goes along that country's (or the rarest pair's) own date-ordered list
instead (``walk``; ``event_countries`` and ``event_country_pairs`` carry their
events' days), checking the other filters on each row.  A rare person or a rare
word would make any walk read far, so the query is then driven from that
filter's own matches, listed by an index, and sorted by date (``driver``).
Which way to go is decided per query by counting each selective filter's
matches, up to ``DRIVER_ROWS`` (so planning stays cheap).

The listed matches are exactly the filter's (not a superset), so the query
driven from them does not check that filter again.  A person's name is
resolved through ``name_words`` (each lemmatised word -> the stored names
holding it) to whole names, and those lead to participant rows by index: no
LIKE over names, no full-text lookup.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .base import EventFilter
from .rows import name_query_words, query_lemmas

if TYPE_CHECKING:
    from .sql import SQLStore

DRIVER_ROWS = 10_000

Cover = tuple[str, int | None]  # a filter: ("persons", 0), ("countries", None), ...


@dataclass(frozen=True)
class Lister:
    """A query listing values of an events column (``id`` or ``n``) for a filter's matches (or part of them)."""

    column: str
    sql: str
    params: tuple[Any, ...]
    costly: bool = False  # counting costs as much as listing: list once, keep the values

    def count(self, store: SQLStore) -> int:
        rows = store._rows(f"SELECT COUNT(*) AS n FROM ({self.sql} LIMIT {DRIVER_ROWS}) AS x", self.params)
        return int(rows[0]["n"])

    def values(self, store: SQLStore) -> list[Any]:
        """Up to DRIVER_ROWS listed values (all of them when fewer)."""
        return [next(iter(r.values())) for r in store._rows(f"{self.sql} LIMIT {DRIVER_ROWS}", self.params)]


def _countries(codes: list[str]) -> Lister | None:
    """The events of all ``codes``: one country's index entries, or one pair's, or the merge
    of several pairs' (each list in event id order: ``INTERSECT`` … ``ORDER BY``)."""
    codes = sorted(set(codes))
    if not codes:
        return None
    if len(codes) == 1:
        return Lister("id", "SELECT event_id FROM event_countries WHERE iso3 = ?", (codes[0],))
    pairs = list(zip(codes, codes[1:]))  # consecutive pairs: every code in one at least
    sql = " INTERSECT ".join(["SELECT event_id FROM event_country_pairs WHERE iso3_a = ? AND iso3_b = ?"] * len(pairs))
    return Lister("id", sql + (" ORDER BY 1" if len(pairs) > 1 else ""), tuple(c for p in pairs for c in p),
                  costly=len(pairs) > 1)


def names_sql(words: list[str]) -> tuple[str, list[Any]]:
    """A query of the stored names (padded lemmas) holding every one of ``words`` (``name_words``)."""
    sql = "SELECT w0.name_lemma FROM name_words w0 WHERE w0.word = ?"
    for k in range(1, len(words)):
        sql += (f" AND EXISTS (SELECT 1 FROM name_words w{k} "
                f"WHERE w{k}.name_lemma = w0.name_lemma AND w{k}.word = ?)")
    return sql, list(words)


def person_condition(words: list[str]) -> tuple[str, list[Any]]:
    """A condition on ``e``: a participant's own name, or the name of the actor behind one, holds
    every one of ``words`` (checked on the event's participant rows from an index alone)."""
    names, params = names_sql(words)
    return ("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND "
            f"(p.name_lemma IN ({names}) OR p.actor_id IN (SELECT a.id FROM actors a "
            f"WHERE a.name_lemma IN ({names}))))", params + params)


def _person(words: list[str]) -> Lister:
    """The events of ``person_condition``, exactly: participants by their own name, then (not
    listing one twice) participants by their actor's name, each from an index."""
    names, params = names_sql(words)
    return Lister("id", f"SELECT p.event_id FROM event_participants p WHERE p.name_lemma IN ({names}) "
                        "UNION ALL SELECT p.event_id FROM event_participants p WHERE p.actor_id IN "
                        f"(SELECT a.id FROM actors a WHERE a.name_lemma IN ({names})) "
                        f"AND (p.name_lemma IS NULL OR p.name_lemma NOT IN ({names}))",
                  tuple(params * 3))


def listers(store: SQLStore, flt: EventFilter) -> list[tuple[Cover, list[Lister]]]:
    """For each selective filter, the listers whose union is exactly its matches, and which
    condition of ``SQLStore._event_conditions`` they make redundant."""
    out: list[tuple[Cover, list[Lister]]] = []
    countries = _countries([c.upper() for c in flt.countries])
    if countries:
        out.append((("countries", None), [countries]))
    for i, actor_id in enumerate(flt.actor_ids):
        out.append((("actor_ids", i), [Lister("id", "SELECT event_id FROM event_participants WHERE actor_id = ?",
                                              (actor_id,))]))
    for i, name in enumerate(flt.persons):
        words = name_query_words(name)
        if words:
            out.append((("persons", i), [_person(words)]))
    lemmas = query_lemmas(flt.text or "")
    if lemmas:
        fts, params = store._fts_event_rows(lemmas)
        out.append((("text", None), [Lister("n", fts, tuple(params))]))
    return out


@dataclass(frozen=True)
class Driver:
    """Where a query is driven from: the matches of the filter ``covers`` names (which the
    query then need not check again), listed by ``union``."""

    covers: Cover
    union: list[Lister]
    listed: dict[int, list[Any]]  # values already listed (costly listers)

    def condition(self, store: SQLStore) -> tuple[str, list[Any]]:
        """A condition on ``e``: its column among the listed values."""
        found = [(lister.column, list(dict.fromkeys(self.listed[i] if i in self.listed else lister.values(store))))
                 for i, lister in enumerate(self.union)]
        terms = [f"e.{column} IN ({', '.join('?' * len(values))})" for column, values in found if values]
        return "(" + (" OR ".join(terms) or "0 = 1") + ")", [v for _, values in found for v in values]


def driver(store: SQLStore, flt: EventFilter) -> Driver | None:
    """The rarest filter's matches (counted up to ``DRIVER_ROWS``) to drive the query from; or
    None for the date-ordered scan."""
    best: tuple[int, Driver] | None = None
    for cover, union in listers(store, flt):
        listed = {i: lister.values(store) for i, lister in enumerate(union) if lister.costly}
        n = sum(len(listed[i]) if i in listed else lister.count(store) for i, lister in enumerate(union))
        if n < DRIVER_ROWS and (best is None or n < best[0]):
            best = (n, Driver(cover, union, listed))
    return best[1] if best else None


@dataclass(frozen=True)
class Walk:
    """A date-ordered index list of one country's (``b`` None) or one pair's events to walk
    latest first (``event_countries`` / ``event_country_pairs`` rows carry their event's days)."""

    a: str
    b: str | None = None

    @property
    def codes(self) -> list[str]:
        return [self.a] if self.b is None else [self.a, self.b]

    def source(self) -> tuple[str, list[str], list[Any]]:
        """(table as ``w``, conditions on ``w``, params)."""
        if self.b is None:
            return "event_countries w", ["w.iso3 = ?"], [self.a]
        return "event_country_pairs w", ["w.iso3_a = ?", "w.iso3_b = ?"], [self.a, self.b]


def walk(store: SQLStore, flt: EventFilter) -> Walk | None:
    """The list to walk when countries are given: the one country, or the rarest pair of
    several (counted up to ``DRIVER_ROWS``; the first in code order when they tie)."""
    codes = sorted({c.upper() for c in flt.countries})
    if len(codes) < 2:
        return Walk(codes[0]) if codes else None
    pairs = [Walk(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]]
    if len(pairs) == 1:
        return pairs[0]
    sizes = [Lister("id", "SELECT event_id FROM event_country_pairs WHERE iso3_a = ? AND iso3_b = ?",
                    (p.a, p.b)).count(store) for p in pairs]
    return pairs[sizes.index(min(sizes))]
