"""Local ingest: read, extract (here or in worker processes), store in batches.

A document that cannot be read or extracted becomes a record with ``errors``;
the batch goes on.  Batches commit atomically, so an interrupted ingest loses at
most the batch in flight and a re-run stores every document exactly once
(ids are content hashes).

Parallel engines (worker processes here, Dask in ``engine.dask``) share one
shape: the reader and the single writer stay in this process; chunks of input
items go to workers as plain dicts, each worker builds the pipeline once and
sends back codec records; results come back in input order with at most
``window`` chunks in flight, so memory stays flat on inputs of any size.
"""
from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any

from ..codec import encode_error
from ..model import Document, ReadError

Record = dict[str, Any]
Item = Document | ReadError
Submit = Callable[[list[dict[str, Any]]], Future]


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


def failed_record(item: Document, message: str) -> Record:
    """The record of a readable document whose extraction failed."""
    error = ReadError(id=item.id, message=message, path=item.source)
    record = encode_error(error)
    record["document"].update(title=item.title, published=item.published, lang=item.lang,
                              source=item.source, url=item.url, hash=item.hash)
    return record


def safe_record(item: Item, extract: Callable[[Document], Record]) -> tuple[Record, str]:
    """(record, text) for one input item; an extraction crash becomes the record's error."""
    if isinstance(item, ReadError):
        return encode_error(item), ""
    try:
        return extract(item), item.text
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return failed_record(item, f"extraction failed: {exc!r}"), item.text


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


def extract_local(items: Iterable[Item], extract: Callable[[Document], Record]) -> Iterator[tuple[Record, str]]:
    for item in items:
        yield safe_record(item, extract)


# -- what travels to workers and back -------------------------------------------

def to_wire(item: Item) -> dict[str, Any]:
    """A reader item as a plain dict (``kind`` tells Document from ReadError)."""
    return {"kind": "error" if isinstance(item, ReadError) else "document", **dataclasses.asdict(item)}


def from_wire(wire: dict[str, Any]) -> Item:
    fields = {k: v for k, v in wire.items() if k != "kind"}
    return ReadError(**fields) if wire["kind"] == "error" else Document(**fields)


def warm_up() -> None:
    """Build this process's pipeline (models, lexicons) before the first chunk arrives."""
    from ..api import default_pipeline

    default_pipeline()


def extract_chunk(wires: list[dict[str, Any]]) -> list[Record]:
    """The records of a chunk of items; runs in a worker, with its process-wide pipeline."""
    from ..api import extract_document

    return [safe_record(from_wire(w), extract_document)[0] for w in wires]


def ordered_results(items: Iterable[Item], submit: Submit, *, chunk_size: int,
                    window: int) -> Iterator[tuple[Record, str]]:
    """(record, text) per item, in input order, computed by ``submit``-ted chunks.

    A chunk whose worker fails as a whole (a dead process, a lost Dask worker)
    gives each of its documents a record with the error, and ingest goes on.
    """
    pending: deque[tuple[list[Item], Future]] = deque()
    for chunk in batched(items, chunk_size):
        pending.append((chunk, submit([to_wire(i) for i in chunk])))
        if len(pending) >= window:
            yield from _collect(*pending.popleft())
    while pending:
        yield from _collect(*pending.popleft())


def _collect(chunk: list[Item], future: Future) -> Iterator[tuple[Record, str]]:
    try:
        records = future.result()
    except Exception as exc:  # noqa: BLE001 - the chunk's documents get the error, the rest goes on
        records = [encode_error(i) if isinstance(i, ReadError)
                   else failed_record(i, f"extraction failed in a worker: {exc!r}") for i in chunk]
    for item, record in zip(chunk, records):
        yield record, getattr(item, "text", "")


class ProcessPool:
    """``workers`` local processes, each with its own pipeline; rebuilt if a worker dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: the parent may run threads (the progress bar), which fork does not mix with
        return ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"), initializer=warm_up)

    def submit(self, wires: list[dict[str, Any]]) -> Future:
        try:
            return self.executor.submit(extract_chunk, wires)
        except BrokenProcessPool:
            self.executor.shutdown(cancel_futures=True)
            self.executor = self._start()
            return self.executor.submit(extract_chunk, wires)

    def close(self) -> None:
        self.executor.shutdown(cancel_futures=True)


def extract_processes(items: Iterable[Item], workers: int, *, chunk_size: int = 16) -> Iterator[tuple[Record, str]]:
    """(record, text) per item, in input order, extracted by ``workers`` local processes."""
    pool = ProcessPool(workers)
    try:
        yield from ordered_results(items, pool.submit, chunk_size=chunk_size, window=4 * workers)
    finally:
        pool.close()
