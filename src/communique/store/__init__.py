"""The store: records and document text in SQLite (default) or PostgreSQL.

All SQL of communique lives in this package; everything else reads through
``communique.query``.
"""
from __future__ import annotations

from .base import EventFilter, Store, StoreError, UpsertCounts

__all__ = ["EventFilter", "Store", "StoreError", "UpsertCounts", "open_store"]


def open_store(url: str) -> Store:
    """The store behind a database URL.

    ``sqlite:///relative.db``, ``sqlite:////absolute.db``, ``sqlite:///:memory:``,
    or ``postgresql://user:pass@host/db`` (``postgres://`` also accepted).
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise StoreError(f"not a database URL: {url!r} (expected sqlite:///path or postgresql://...)")
    scheme = scheme.lower()
    if scheme == "sqlite":
        if not rest.startswith("/") or rest == "/":
            raise StoreError(f"a SQLite URL needs a path: sqlite:///file.db, got {url!r}")
        from .sqlite import SQLiteStore

        return SQLiteStore(rest[1:])
    if scheme in ("postgresql", "postgres"):
        from .postgres import PostgresStore

        return PostgresStore(url)
    raise StoreError(f"unknown database URL scheme {scheme!r} in {url!r}: use sqlite:/// or postgresql://")
