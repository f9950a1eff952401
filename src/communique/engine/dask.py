"""Distributed ingest on a Dask cluster (``pip install 'communique[dask]'``).

The shape of :mod:`communique.engine.local`: this process reads and is the one
writer; chunks of items travel to the workers as plain dicts and records
come back, in input order, at most ``window`` chunks in flight.  A worker
plugin builds the pipeline once in each worker process when it joins (the
pipeline is a process-wide cached value), so no task pays for loading models.
Every worker needs communique installed, of the same version.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .local import Item, Record, extract_chunk, ordered_results, warm_up

PLUGIN_NAME = "communique-pipeline"


def _plugin():
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Builds the extraction pipeline when a worker starts."""

        name = PLUGIN_NAME

        def setup(self, worker: Any) -> None:
            warm_up()

    return PipelinePlugin()


def connect(address: str):
    """A Dask client for a scheduler address (``tcp://host:8786``), the pipeline plugin registered."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("--dask needs dask.distributed: pip install 'communique[dask]'") from exc
    client = Client(address)
    register_pipeline(client)
    return client


def register_pipeline(client) -> None:
    """Have every worker of ``client``'s cluster, present and future, build the pipeline on joining."""
    client.register_plugin(_plugin(), name=PLUGIN_NAME)


def extract_dask(items: Iterable[Item], client, *, chunk_size: int = 32,
                 window: int | None = None) -> Iterator[tuple[Record, str]]:
    """(record, text) per item, in input order, extracted on the cluster behind ``client``."""
    if window is None:
        window = 4 * max(1, sum(client.nthreads().values()))

    def submit(wires: list[dict[str, Any]]):
        return client.submit(extract_chunk, wires, pure=False)

    yield from ordered_results(items, submit, chunk_size=chunk_size, window=window)
