"""Scaling: a Dask LocalCluster with 1 and 2 workers on the same documents, and the
99,932 headlines ingested end to end (read, extract, store in SQLite).

    .venv/bin/python benchmarks/scale.py [--limit 300] [--workers 1 2] [--headlines all|N|0]
                                         [--engine processes|dask]

The cluster part times extraction only (records back in the client, in input
order), after each worker has built its pipeline.  The headline part runs the
real command, ``communique ingest --workers 2`` (or ``--dask`` against a
LocalCluster), into a fresh SQLite file and times it from start to exit.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus"


def load_documents(path: Path, limit: int) -> list:
    from communique.ingest import read_paths
    from communique.model import Document

    return list(itertools.islice((d for d in read_paths([path]) if isinstance(d, Document)), limit))


def cluster_run(docs: list, workers: int, chunk_size: int) -> float:
    """Documents per second extracted on a LocalCluster of ``workers`` single-threaded processes."""
    from distributed import Client, LocalCluster

    from communique.engine.dask import extract_dask, register_pipeline

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        register_pipeline(client)  # every worker builds its pipeline now, not in the timed part
        list(extract_dask(docs[:workers * chunk_size], client, chunk_size=chunk_size))
        t0 = time.perf_counter()
        n = sum(1 for _ in extract_dask(docs, client, chunk_size=chunk_size))
        return n / (time.perf_counter() - t0)


def headlines_path(limit: int | None, tmp: Path) -> Path:
    source = SHARED / "headlines-ru.jsonl.gz"
    if limit is None:
        return source
    path = tmp / "headlines.jsonl"
    with gzip.open(source, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(src, limit))
    return path


def ingest_headlines(limit: int | None, engine: str, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = headlines_path(limit, Path(tmp))
        db = Path(tmp) / "headlines.db"
        cmd = [sys.executable, "-m", "communique.cli", "ingest", str(source), "--db", str(db), "--quiet",
               "--batch-size", "200"]
        cluster = None
        if engine == "dask":
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
            cmd += ["--dask", cluster.scheduler_address]
        else:
            cmd += ["--workers", str(workers)]
        try:
            t0 = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
            elapsed = time.perf_counter() - t0
        finally:
            if cluster is not None:
                cluster.close()
        print(f"headlines end to end ({engine}, {workers} workers): {elapsed:.0f} s "
              f"({elapsed / 60:.1f} min), database {db.stat().st_size / 2**20:.0f} MB")
        print("  " + done.stdout.strip().replace("\n", " "))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=300, help="news documents for the cluster comparison")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--chunk-size", type=int, default=8)
    ap.add_argument("--headlines", default="all", help="how many headlines: all, a number, or 0 to skip")
    ap.add_argument("--engine", choices=("processes", "dask"), default="processes")
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} is absent: lay ../shared/data beside the checkout")

    if args.limit:
        docs = load_documents(SHARED / "news.jsonl", args.limit)
        speeds = {n: cluster_run(docs, n, args.chunk_size) for n in args.workers}
        base = speeds[args.workers[0]]
        for n, speed in speeds.items():
            print(f"LocalCluster, {n} worker(s): {speed:6.1f} docs/s over {len(docs)} documents "
                  f"({speed / base:.2f}x {args.workers[0]} worker)")
    if args.headlines != "0":
        limit = None if args.headlines == "all" else int(args.headlines)
        ingest_headlines(limit, args.engine, max(args.workers))


if __name__ == "__main__":
    main()
