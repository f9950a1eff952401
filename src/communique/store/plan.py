"""How :meth:`SQLStore.find_events` walks a large events table.

Events come latest first, a page at a time.  A filter that many events match
(a big country, a common word) is cheapest checked along the date-ordered index
scan: a page of matches turns up soon.  A rare one (a small country pair, one
person, a rare word) would make that scan read the whole table, so the query
is then driven from the rare filter's own matches, listed by an index.
Which way to go is decided per query by counting each selective filter's
matches, up to ``DRIVER_ROWS`` (so planning stays cheap).  Both ways cost
about the same at that crossing point, where either reads some ten thousand
index entries to fill a page.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .base import EventFilter
from .rows import name_patterns, query_lemmas

if TYPE_CHECKING:
    from .sql import SQLStore

DRIVER_ROWS = 10_000


@dataclass(frozen=True)
class Lister:
    """A query listing values of an events column (``id`` or ``n``) for a superset of a filter's matches."""

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


def _countries(store: SQLStore, codes: list[str]) -> Lister | None:
    """The events of all ``codes``, listed from the rarest country's index entries."""
    if not codes:
        return None
    single = [Lister("id", "SELECT event_id FROM event_countries WHERE iso3 = ?", (c,)) for c in codes]
    sizes = sorted((lister.count(store), i) for i, lister in enumerate(single))
    order = [codes[i] for _, i in sizes]
    sql = "SELECT c0.event_id FROM event_countries c0 WHERE c0.iso3 = ?"
    for k in range(1, len(order)):
        sql += (f" AND EXISTS (SELECT 1 FROM event_countries c{k} "
                f"WHERE c{k}.event_id = c0.event_id AND c{k}.iso3 = ?)")
    return Lister("id", sql, tuple(order), costly=len(order) > 1)


def listers(store: SQLStore, flt: EventFilter) -> list[list[Lister]]:
    """For each selective filter, the listers whose union covers its matches.

    A person's name matches a participant's own name (whose lemmas are all in
    the event's full-text summary) or the name of the actor behind one.
    """
    out: list[list[Lister]] = []
    countries = _countries(store, [c.upper() for c in flt.countries])
    if countries:
        out.append([countries])
    for actor_id in flt.actor_ids:
        out.append([Lister("id", "SELECT event_id FROM event_participants WHERE actor_id = ?", (actor_id,))])
    for name in flt.persons:
        patterns = name_patterns(name)
        if not patterns:
            continue
        fts, params = store._fts_event_rows(query_lemmas(name), near=True)
        likes = " AND ".join(["a.name_lemma LIKE ? ESCAPE '\\'"] * len(patterns))
        out.append([Lister("n", fts, tuple(params)),
                    Lister("id", "SELECT p.event_id FROM actors a JOIN event_participants p "
                                 f"ON p.actor_id = a.id WHERE {likes}", tuple(patterns))])
    lemmas = query_lemmas(flt.text or "")
    if lemmas:
        fts, params = store._fts_event_rows(lemmas)
        out.append([Lister("n", fts, tuple(params))])
    return out


def driver(store: SQLStore, flt: EventFilter) -> tuple[str, list[Any]] | None:
    """A condition on ``e`` to drive the query from (the rarest filter's matches, listed
    once, as values), or None for the date-ordered scan."""
    best: tuple[int, list[Lister], dict[int, list[Any]]] | None = None
    for union in listers(store, flt):
        listed = {i: lister.values(store) for i, lister in enumerate(union) if lister.costly}
        n = sum(len(listed[i]) if i in listed else lister.count(store) for i, lister in enumerate(union))
        if n < DRIVER_ROWS and (best is None or n < best[0]):
            best = (n, union, listed)
    if best is None:
        return None
    _, union, listed = best
    found = [(lister.column, listed[i] if i in listed else lister.values(store)) for i, lister in enumerate(union)]
    terms = [f"e.{column} IN ({', '.join('?' * len(values))})" for column, values in found if values]
    return "(" + (" OR ".join(terms) or "0 = 1") + ")", [v for _, values in found for v in values]
