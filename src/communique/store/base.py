"""The Store interface: what every backend (SQLite, PostgreSQL) provides.

A store holds public records (``communique.codec.encode``) with their document
text.  Writing is one call, :meth:`Store.upsert`; reading is a small set of
methods used only by ``communique.query``.  Rows come back as plain dicts.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]


class StoreError(RuntimeError):
    """A store that cannot be opened or a record that cannot be stored."""


@dataclass(frozen=True)
class UpsertCounts:
    """What one :meth:`Store.upsert` batch did.

    ``events`` counts event reports stored from new or updated documents;
    ``events_merged`` how many of them joined an event already reported by
    another document; ``errors`` the per-document error messages stored.
    """

    documents_new: int = 0
    documents_updated: int = 0
    documents_unchanged: int = 0
    events: int = 0
    events_merged: int = 0
    errors: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class EventFilter:
    """Filters for :meth:`Store.find_events`; every given filter must hold.

    ``countries``: ISO3 codes that ALL take part; ``persons``: names matched on
    lemmas (any case form), each must be a participant; ``since``/``until``:
    ISO dates the event's date range must overlap; ``text``: full-text query;
    ``actor_ids``: actors that must all take part.
    """

    countries: Sequence[str] = ()
    persons: Sequence[str] = ()
    types: Sequence[str] = ()
    status: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    actor_ids: Sequence[str] = ()
    limit: int = 100
    offset: int = 0


class Store(ABC):
    """A database of records; open one with ``communique.store.open_store(url)``."""

    url: str

    # -- writing ---------------------------------------------------------
    @abstractmethod
    def upsert(self, batch: Sequence[tuple[Record, str]]) -> UpsertCounts:
        """Store (record, text) pairs in one transaction: all of the batch or none of it."""

    # -- reading ---------------------------------------------------------
    @abstractmethod
    def get_document(self, document_id: str) -> dict[str, Any] | None:
        """Document fields, ``text``, ``errors`` and the stored ``record``."""

    @abstractmethod
    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """The merged public event dict with ``sources``: [{document_id, title, published, url}]."""

    @abstractmethod
    def event_ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Event ids starting with ``prefix`` (at most ``limit``)."""

    @abstractmethod
    def find_events(self, flt: EventFilter) -> list[dict[str, Any]]:
        """Events (as :meth:`get_event`) matching ``flt``, latest first."""

    @abstractmethod
    def search_documents(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents whose title or text match ``query`` (any word form): id, title, published."""

    @abstractmethod
    def counts(self) -> dict[str, Any]:
        """documents, events, events_by_type, actors, actors_by_kind, errors."""

    @abstractmethod
    def document_errors(self, limit: int = 100) -> list[dict[str, Any]]:
        """Recorded per-document errors: document_id, message."""

    @abstractmethod
    def actors(self, kind: str | None = None, country: str | None = None,
               name: str | None = None) -> list[dict[str, Any]]:
        """Actors (id, kind, name, country, ref, documents, events); ``name`` matches on lemmas."""

    @abstractmethod
    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        """The stored actor dict (as in a record) or None."""

    @abstractmethod
    def actor_positions(self, actor_id: str) -> list[dict[str, Any]]:
        """Posts seen for an actor: title, org, country, start, end, source, document_id, seen_on."""

    @abstractmethod
    def positions_held(self, titles: Sequence[str], country: str, since: str | None = None,
                       until: str | None = None) -> list[dict[str, Any]]:
        """Posts learned from documents (source "text") with one of ``titles`` in ``country``,
        seen between ``since`` and ``until`` (ISO dates, inclusive): actor_id, name, ref, title,
        org, country, end (set when the document says the post was held before), seen_on,
        document_id, evidence; oldest first."""

    @abstractmethod
    def iter_events(self) -> Iterator[dict[str, Any]]:
        """Every stored event (merged), for exporters."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
