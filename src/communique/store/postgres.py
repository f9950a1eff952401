"""The team backend: PostgreSQL through psycopg 3.

Full-text search uses a ``tsvector`` of the lemmatised text with the
``'simple'`` configuration (no stemming, no stop words), so that it finds
exactly what SQLite's FTS5 over the same lemmas finds.  Everything else is
the shared SQL of :mod:`communique.store.sql`.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .base import StoreError
from .schema import POSTGRES_MIGRATIONS
from .sql import SQLStore

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


class PostgresStore(SQLStore):
    """A store in a PostgreSQL database; ``schema`` keeps it in its own namespace (tests use this)."""

    def __init__(self, url: str, schema: str | None = None,
                 migrations: Sequence[str] = POSTGRES_MIGRATIONS) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise StoreError("PostgreSQL needs psycopg: pip install 'communique[postgres]'") from exc
        self.url = url
        self.migrations = migrations
        self.schema = schema
        self._lock = threading.RLock()  # one connection: a write batch excludes other threads
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc
        if schema is not None:
            if not _SCHEMA_NAME.match(schema):
                raise StoreError(f"not a plain schema name: {schema!r}")
            self.conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            self.conn.execute(f"SET search_path TO {schema}")
        self._migrate()

    def drop_schema(self) -> None:
        """Drop this store's own schema and everything in it."""
        if self.schema is None:
            raise StoreError("this store has no schema of its own to drop")
        self.conn.execute(f"DROP SCHEMA {self.schema} CASCADE")

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        # Two processes opening a fresh database must not both apply migration 1.
        self.conn.execute("SELECT pg_advisory_lock(hashtext('communique.schema'))")
        try:
            super()._migrate()
        finally:
            self.conn.execute("SELECT pg_advisory_unlock(hashtext('communique.schema'))")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock, self.conn.transaction():
            yield

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cur = self.conn.execute(_placeholders(sql), params)
            return cur.fetchall() if cur.description else []

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock:
            self.conn.execute(_placeholders(sql), params)

    def _fts_put_document(self, n: int, title: str, text: str) -> None:
        self._exec("UPDATE documents SET tsv = setweight(to_tsvector('simple', ?), 'A') "
                   "|| to_tsvector('simple', ?) WHERE n = ?", (title, text, n))

    def _fts_put_event(self, n: int, summary: str) -> None:
        self._exec("UPDATE events SET tsv = to_tsvector('simple', ?) WHERE n = ?", (summary, n))

    def _fts_delete_event(self, n: int) -> None:
        """Nothing to do: the vector lives in the event row, which is being deleted."""

    def _fts_event_clause(self, lemmas: list[str]) -> tuple[str, list[Any]]:
        return "e.tsv @@ plainto_tsquery('simple', ?)", [" ".join(lemmas)]

    def _fts_event_rows(self, lemmas: list[str]) -> tuple[str, list[Any]]:
        return "SELECT n FROM events WHERE tsv @@ plainto_tsquery('simple', ?)", [" ".join(lemmas)]

    def _fts_document_query(self, lemmas: list[str], limit: int) -> tuple[str, list[Any]]:
        query = " ".join(lemmas)
        return ("SELECT id, title, published FROM documents WHERE tsv @@ plainto_tsquery('simple', ?) "
                "ORDER BY ts_rank(tsv, plainto_tsquery('simple', ?)) DESC, id LIMIT ?",
                [query, query, limit])


def _placeholders(sql: str) -> str:
    """The shared SQL's ``?`` placeholders in psycopg's ``%s`` style (the SQL holds no other ``?``)."""
    return sql.replace("?", "%s")


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
