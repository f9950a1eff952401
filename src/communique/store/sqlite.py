"""The embedded default backend: one SQLite file, WAL journal, FTS5 over lemmas.

WAL lets readers (the web UI, a second CLI) read while one writer ingests;
writes take the lock up front (``BEGIN IMMEDIATE``) so a batch never fails
halfway on a lock upgrade.  FTS5 has no Russian stemmer, so the indexed text
and the queries are both lemmatised (``communique.nlp.morph.lemma_text``).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
import threading
from contextlib import contextmanager
from typing import Any

from .base import StoreError
from .schema import SQLITE_MIGRATIONS
from .sql import SQLStore

BUSY_TIMEOUT_MS = 30_000


class SQLiteStore(SQLStore):
    """A store in one SQLite database file (or ``:memory:``)."""

    def __init__(self, path: str, migrations: Sequence[str] = SQLITE_MIGRATIONS) -> None:
        self.url = f"sqlite:///{path}"
        self.path = path
        self.migrations = migrations
        self._lock = threading.RLock()  # one connection: a write batch excludes other threads
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite database {path!r}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    def journal_mode(self) -> str:
        return self.conn.execute("PRAGMA journal_mode").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(r) for r in self.conn.execute(sql, params).fetchall()]

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock:
            self.conn.execute(sql, params)

    def _fts_put_document(self, n: int, title: str, text: str) -> None:
        self.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (n,))
        self.conn.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", (n, title, text))

    def _fts_put_event(self, n: int, summary: str) -> None:
        self._fts_delete_event(n)
        self.conn.execute("INSERT INTO events_fts (rowid, summary) VALUES (?, ?)", (n, summary))

    def _fts_delete_event(self, n: int) -> None:
        self.conn.execute("DELETE FROM events_fts WHERE rowid = ?", (n,))

    def _fts_event_clause(self, lemmas: list[str]) -> tuple[str, list[Any]]:
        # unary + keeps SQLite from driving the query from this set (store.plan decides that)
        return "+e.n IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", [_match(lemmas)]

    def _fts_event_rows(self, lemmas: list[str]) -> tuple[str, list[Any]]:
        return "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", [_match(lemmas)]

    def _fts_document_query(self, lemmas: list[str], limit: int) -> tuple[str, list[Any]]:
        return ("SELECT d.id, d.title, d.published FROM documents_fts JOIN documents d "
                "ON d.n = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
                [_match(lemmas), limit])


def _match(lemmas: list[str]) -> str:
    """An FTS5 query holding every lemma, each quoted so no word acts as an operator."""
    return " ".join('"' + lemma.replace('"', '""') + '"' for lemma in lemmas)
