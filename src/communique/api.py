"""The Python API: extract records from documents, open a store.

    >>> import communique
    >>> records = communique.extract("examples/")          # paths, a Document or text
    >>> store = communique.open_store("sqlite:///communique.db")
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .codec import encode, encode_error
from .model import Document, ReadError

DEFAULT_DB = "communique.db"


@cache
def default_pipeline():  # -> Pipeline; built once per process
    from .extract import build_pipeline

    return build_pipeline()


def extract_document(document: Document) -> dict[str, Any]:
    """The public record (``docs/schema.md``) of one document."""
    return encode(default_pipeline()(document))


def extract_items(items: Iterable[Document | ReadError]) -> Iterator[dict[str, Any]]:
    """Records in input order; unreadable documents give records with errors."""
    for item in items:
        if isinstance(item, ReadError):
            yield encode_error(item)
        else:
            yield extract_document(item)


def extract(source: str | os.PathLike | Document | Iterable[str | os.PathLike]) -> list[dict[str, Any]]:
    """Extract from a Document, a path (file or directory), or several paths."""
    from .ingest import read_paths

    if isinstance(source, Document):
        return [extract_document(source)]
    paths = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    return list(extract_items(read_paths([Path(p) if str(p) != "-" else p for p in paths])))


def database_url(db: str | None = None) -> str:
    """The database URL from an argument, $COMMUNIQUE_DB or the default file."""
    value = db or os.environ.get("COMMUNIQUE_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{value}"


def open_store(url: str | None = None):
    """The store behind a URL: ``sqlite:///path`` (default) or ``postgresql://...``."""
    from .store import open_store as _open

    return _open(database_url(url))
