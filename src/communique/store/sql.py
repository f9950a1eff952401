"""The SQL both backends share: migrations, reading, and the hooks a dialect fills in.

Statements use ``?`` placeholders; a dialect translates them if its driver
wants another style.  Full-text search differs most between SQLite (FTS5) and
PostgreSQL (tsvector), so it sits behind the ``_fts_*`` hooks.
"""
from __future__ import annotations

import json
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from ..extract.merge import day_bounds
from . import plan
from .base import EventFilter, Record, Store, UpsertCounts
from .rows import name_patterns, name_query_words, now, query_lemmas
from .schema import statements


class SQLStore(Store):
    """A Store over a DB-API connection; subclasses supply the dialect."""

    migrations: Sequence[str] = ()

    # -- dialect hooks ---------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """A write transaction: commit on success, roll back on error."""

    @abstractmethod
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a statement and return its rows as dicts."""

    @abstractmethod
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run a statement with no result."""

    @abstractmethod
    def _fts_put_document(self, n: int, title: str, text: str) -> None:
        """Index a document's lemmatised title and text under its row number."""

    @abstractmethod
    def _fts_put_event(self, n: int, summary: str) -> None:
        """Index an event's lemmatised summary under its row number (replacing any)."""

    @abstractmethod
    def _fts_delete_event(self, n: int) -> None:
        """Drop an event from the full-text index."""

    @abstractmethod
    def _fts_event_clause(self, lemmas: list[str]) -> tuple[str, list[Any]]:
        """A condition on ``e`` (events) true when its summary holds all ``lemmas``."""

    @abstractmethod
    def _fts_event_rows(self, lemmas: list[str]) -> tuple[str, list[Any]]:
        """A query of the row numbers (``events.n``) of events whose summary holds all ``lemmas``."""

    @abstractmethod
    def _fts_document_query(self, lemmas: list[str], limit: int) -> tuple[str, list[Any]]:
        """A query of (id, title, published) of documents holding all ``lemmas``, best first."""

    # -- migrations ------------------------------------------------------
    def _migrate(self) -> None:
        self._exec("CREATE TABLE IF NOT EXISTS schema_version "
                   "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        current = self.schema_version()
        for version, script in enumerate(self.migrations, start=1):
            if version <= current:
                continue
            with self._transaction():
                for statement in statements(script):
                    self._exec(statement)
                self._exec("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                           (version, now()))

    def schema_version(self) -> int:
        row = self._rows("SELECT MAX(version) AS v FROM schema_version")
        return int(row[0]["v"] or 0)

    # -- writing ---------------------------------------------------------
    def upsert(self, batch: Sequence[tuple[Record, str]]) -> UpsertCounts:
        from .write import Writer

        with self._transaction():
            return Writer(self).write(batch)

    # -- reading ---------------------------------------------------------
    def get_document(self, document_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT id, hash, title, text, published, lang, source, url, record, "
                          "ingested_at FROM documents WHERE id = ?", (document_id,))
        if not rows:
            return None
        doc = rows[0]
        doc["record"] = json.loads(doc["record"])
        doc["errors"] = [r["message"] for r in self._rows(
            "SELECT message FROM document_errors WHERE document_id = ? ORDER BY seq", (document_id,))]
        return doc

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT id, json FROM events WHERE id = ?", (event_id,))
        return self._with_sources(rows)[0] if rows else None

    def event_ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._rows("SELECT id FROM events WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
                          (pattern, limit))
        return [r["id"] for r in rows]

    def find_events(self, flt: EventFilter) -> list[dict[str, Any]]:
        conditions = self._event_conditions(flt)
        chosen = plan.driver(self, flt)
        # driven by the countries or by nothing: walk a country's or a pair's list, latest first
        walk = plan.walk(self, flt) if chosen is None or chosen.covers == ("countries", None) else None
        if walk:  # the walked codes' own conditions hold on every row walked
            chosen = None
            conditions = [c for c in conditions if c[0] != ("countries", None) or c[2][0] not in walk.codes]
        elif chosen:  # its listed matches are exactly the events of the condition it covers
            conditions = [c for c in conditions if c[0] != chosen.covers] + [(None, *chosen.condition(self))]
        where = [clause for _, clause, _ in conditions]
        params = [p for _, _, extra in conditions for p in extra]
        # the page's ids first (from indexes alone), then the JSON of those only
        if walk:
            table, on, extra = walk.source()
            sql = f"SELECT e.id FROM {table} CROSS JOIN events e"
            where[:0] = [*on, "e.id = w.event_id"]
            params[:0] = extra
            if flt.until:  # where the walk starts (the same bound as e.day_from's)
                where.append("w.day_from <= ?")
                params.append(_bounds_or_raise(flt.until)[1].isoformat())
            order = "w.day_from DESC NULLS LAST, w.day_to DESC NULLS LAST, w.event_id"
        else:
            sql = "SELECT e.id FROM events e"
            order = "e.day_from DESC NULLS LAST, e.day_to DESC NULLS LAST, e.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        ids = [r["id"] for r in self._rows(sql, [*params, flt.limit, flt.offset])]
        if not ids:
            return []
        rows = {r["id"]: r for r in self._rows(
            f"SELECT id, json FROM events WHERE id IN ({', '.join('?' * len(ids))})", ids)}
        return self._with_sources([rows[i] for i in ids])

    def _event_conditions(self, flt: EventFilter) -> list[tuple[plan.Cover | None, str, list[Any]]]:
        """(the filter it checks, as ``plan.Driver.covers`` names it; condition on ``e``; params)."""
        out: list[tuple[plan.Cover | None, str, list[Any]]] = []
        for iso3 in flt.countries:
            out.append((("countries", None), "EXISTS (SELECT 1 FROM event_countries c "
                        "WHERE c.event_id = e.id AND c.iso3 = ?)", [iso3.upper()]))
        for i, name in enumerate(flt.persons):
            words = name_query_words(name)
            if words:
                out.append((("persons", i), *plan.person_condition(words)))
        for i, actor_id in enumerate(flt.actor_ids):
            out.append((("actor_ids", i), "EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id "
                        "AND p.actor_id = ?)", [actor_id]))
        if flt.types:
            out.append((None, f"e.type IN ({', '.join('?' * len(flt.types))})", list(flt.types)))
        if flt.status:
            out.append((None, "e.status = ?", [flt.status]))
        if flt.since:
            out.append((None, "e.day_to >= ?", [_bounds_or_raise(flt.since)[0].isoformat()]))
        if flt.until:
            out.append((None, "e.day_from <= ?", [_bounds_or_raise(flt.until)[1].isoformat()]))
        if flt.text:
            lemmas = query_lemmas(flt.text)
            if lemmas:
                out.append((("text", None), *self._fts_event_clause(lemmas)))
        return out

    def _with_sources(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Event dicts with ``sources`` expanded to document summaries."""
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ", ".join("?" * len(ids))
        sources: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        for s in self._rows(
                "SELECT s.event_id, d.id AS document_id, d.title, d.published, d.url "
                f"FROM event_sources s JOIN documents d ON d.id = s.document_id "
                f"WHERE s.event_id IN ({marks}) ORDER BY s.seq", ids):
            sources[s.pop("event_id")].append(s)
        events = []
        for r in rows:
            event = json.loads(r["json"])
            event["sources"] = sources[r["id"]]
            events.append(event)
        return events

    def search_documents(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        lemmas = query_lemmas(query)
        if not lemmas:
            return []
        sql, params = self._fts_document_query(lemmas, limit)
        return self._rows(sql, params)

    def counts(self) -> dict[str, Any]:
        def scalar(sql: str) -> int:
            return int(self._rows(sql)[0]["n"])

        by_type = self._rows("SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY type")
        by_kind = self._rows("SELECT kind, COUNT(*) AS n FROM actors GROUP BY kind ORDER BY kind")
        return {
            "documents": scalar("SELECT COUNT(*) AS n FROM documents"),
            "events": scalar("SELECT COUNT(*) AS n FROM events"),
            "events_by_type": {r["type"]: int(r["n"]) for r in by_type},
            "event_sources": scalar("SELECT COUNT(*) AS n FROM event_sources"),
            "actors": scalar("SELECT COUNT(*) AS n FROM actors"),
            "actors_by_kind": {r["kind"]: int(r["n"]) for r in by_kind},
            "errors": scalar("SELECT COUNT(*) AS n FROM document_errors"),
            "documents_with_errors": scalar("SELECT COUNT(DISTINCT document_id) AS n FROM document_errors"),
        }

    def document_errors(self, limit: int = 100) -> list[dict[str, Any]]:
        return self._rows("SELECT document_id, message FROM document_errors "
                          "ORDER BY document_id, seq LIMIT ?", (limit,))

    def actors(self, kind: str | None = None, country: str | None = None,
               name: str | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        if kind:
            where.append("a.kind = ?")
            params.append(kind)
        if country:
            where.append("a.country = ?")
            params.append(country.upper())
        for pattern in name_patterns(name or ""):
            where.append("a.name_lemma LIKE ? ESCAPE '\\'")
            params.append(pattern)
        sql = ("SELECT a.id, a.kind, a.name, a.country, a.ref, "
               "(SELECT COUNT(*) FROM actor_documents d WHERE d.actor_id = a.id) AS documents, "
               "(SELECT COUNT(DISTINCT p.event_id) FROM event_participants p "
               "WHERE p.actor_id = a.id) AS events FROM actors a")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._rows(sql + " ORDER BY a.kind, a.name, a.id", params)

    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT json FROM actors WHERE id = ?", (actor_id,))
        return json.loads(rows[0]["json"]) if rows else None

    def actor_positions(self, actor_id: str) -> list[dict[str, Any]]:
        rows = self._rows(
            "SELECT title, org, country, valid_from AS start, valid_to AS \"end\", source, "
            "document_id, seen_on, evidence FROM actor_positions WHERE actor_id = ? "
            "ORDER BY seen_on, title", (actor_id,))
        for r in rows:
            r["evidence"] = json.loads(r["evidence"] or "[]")
        return rows

    def positions_held(self, titles: Sequence[str], country: str, since: str | None = None,
                       until: str | None = None) -> list[dict[str, Any]]:
        if not titles:
            return []
        sql = ("SELECT p.actor_id, a.name, a.ref, p.title, p.org, p.country, p.valid_to AS \"end\", p.seen_on, "
               "p.document_id, p.evidence FROM actor_positions p JOIN actors a ON a.id = p.actor_id "
               f"WHERE p.source = 'text' AND p.country = ? AND p.title IN ({', '.join('?' * len(titles))})")
        params: list[Any] = [country, *titles]
        if since:
            sql += " AND p.seen_on >= ?"
            params.append(since)
        if until:
            sql += " AND p.seen_on <= ?"
            params.append(until + "T99")  # a seen_on with a time of day on the last day is still inside
        rows = self._rows(sql + " ORDER BY p.seen_on, a.name", params)
        for r in rows:
            r["evidence"] = json.loads(r["evidence"] or "[]")
        return rows

    def iter_events(self) -> Iterator[dict[str, Any]]:
        last = ""
        while True:  # keyset pages, so a long export never holds one huge result
            rows = self._rows("SELECT id, json FROM events WHERE id > ? ORDER BY id LIMIT 500", (last,))
            if not rows:
                return
            yield from self._with_sources(rows)
            last = rows[-1]["id"]


def _bounds_or_raise(value: str):
    bounds = day_bounds(value)
    if bounds is None:
        raise ValueError(f"not an ISO date: {value!r}")
    return bounds
