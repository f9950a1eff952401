"""Local ingest: read, extract, store in batches (one transaction each).

A document that cannot be read or extracted becomes a record with ``errors``;
the batch goes on.  Batches commit atomically, so an interrupted ingest loses at
most the batch in flight and a re-run stores every document exactly once
(ids are content hashes).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..codec import encode_error
from ..model import Document, ReadError

Record = dict[str, Any]


@dataclasses.dataclass
class IngestSummary:
    documents: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    events: int = 0
    events_merged: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)

    def add(self, counts: Any) -> None:
        self.new += counts.documents_new
        self.updated += counts.documents_updated
        self.unchanged += counts.documents_unchanged
        self.events += counts.events
        self.events_merged += counts.events_merged


def safe_record(item: Document | ReadError, extract: Callable[[Document], Record]) -> tuple[Record, str]:
    """(record, text) for one input item; an extraction crash becomes the record's error."""
    if isinstance(item, ReadError):
        return encode_error(item), ""
    try:
        return extract(item), item.text
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        error = ReadError(id=item.id, message=f"extraction failed: {exc!r}", path=item.source)
        record = encode_error(error)
        record["document"].update(title=item.title, published=item.published, lang=item.lang,
                                  source=item.source, url=item.url, hash=item.hash)
        return record, item.text


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_records(pairs: Iterable[tuple[Record, str]], store, *, batch_size: int = 50,
                   on_batch: Callable[[int], None] | None = None) -> IngestSummary:
    """Store (record, text) pairs in batches; the single writer of an ingest."""
    summary = IngestSummary()
    for batch in batched(pairs, batch_size):
        counts = store.upsert(batch)
        summary.documents += len(batch)
        summary.add(counts)
        summary.errors.extend(e for record, _ in batch for e in record.get("errors", []))
        if on_batch is not None:
            on_batch(len(batch))
    return summary


def extract_local(items: Iterable[Document | ReadError], extract: Callable[[Document], Record]) -> Iterator[tuple[Record, str]]:
    for item in items:
        yield safe_record(item, extract)
