"""Scaling: Dask LocalClusters of 1 and 2 workers on the same documents, and the
99,932 headlines ingested end to end (read, extract, store in SQLite).

    .venv/bin/python benchmarks/scale.py [--limit 600] [--warm 100] [--rounds 3] [--chunk-size 25]
                                         [--workers 1 2] [--headlines all|N|0] [--engine processes|dask]

The cluster part times extraction only (records back in the client, in input
order).  To be fair to every cluster size:

* the clusters (one per size, single-threaded worker processes) all start
  first, and every worker builds its pipeline (the worker plugin) and then
  extracts the same ``--warm`` documents, which are not among the timed ones,
  so no timed run pays for loading models or for cold caches;
* the timed runs alternate between the cluster sizes, ``--rounds`` times, so a
  busy neighbour on a shared machine slows each size alike; each run is printed
  with the CPU seconds its workers spent (``busy`` = that over workers x wall
  clock: below 100 % the workers waited, for the client or for a CPU), and the
  speed-ups are the median run's, and also the median of the per-round ratios
  (each size against the smallest size's run of the same round);
* a task carries ``--chunk-size`` documents, so the per-task cost of Dask
  (about a millisecond) is small beside the work (about half a second).

The headline part runs the real command, ``communique ingest --workers 2``
(or ``--dask`` against a LocalCluster), into a fresh SQLite file and times it
from start to exit.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus"
# The workers run one CPU-bound task at a time: their statistical profiler (a thread sampling the
# task's stack every 10 ms) and the memory and system monitors' polling only take CPU from it.
# docs/scale.md gives the same settings as environment variables for dask-worker.
CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False,
                  "distributed.worker.memory.monitor-interval": "1s",
                  "distributed.admin.system-monitor.interval": "2s"}


def load_documents(path: Path, limit: int) -> list:
    from communique.ingest import read_paths
    from communique.model import Document

    return list(itertools.islice((d for d in read_paths([path]) if isinstance(d, Document)), limit))


def start_cluster(workers: int, warm: list):
    """A LocalCluster of ``workers`` single-threaded processes and its client, every worker
    with its pipeline built and its caches warmed on the ``warm`` documents."""
    from distributed import Client, LocalCluster

    from communique.engine.dask import register_pipeline
    from communique.engine.local import extract_chunk, to_wire

    import dask

    dask.config.set(CLUSTER_CONFIG)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.WARNING)
    client = Client(cluster)
    client.wait_for_workers(workers)
    register_pipeline(client)
    wires = [to_wire(d) for d in warm]
    futures = [client.submit(extract_chunk, wires, workers=[address], allow_other_workers=False, pure=False)
               for address in client.scheduler_info()["workers"]]
    client.gather(futures)
    return cluster, client


def timed_run(client, docs: list, chunk_size: int) -> tuple[float, float, float]:
    """(documents per second, CPU seconds of all workers, CPU seconds of this process) of one
    extraction of ``docs``.  The last is the share of the machine the client and the
    LocalCluster's scheduler (a thread of this process) take from the workers."""
    from communique.engine.dask import extract_dask

    before = client.run(time.process_time)
    own = time.process_time()  # this process: the client and the LocalCluster's scheduler
    t0 = time.perf_counter()
    n = sum(1 for _ in extract_dask(docs, client, chunk_size=chunk_size))
    elapsed = time.perf_counter() - t0
    own = time.process_time() - own
    after = client.run(time.process_time)
    return n / elapsed, sum(after[w] - before[w] for w in after), own


def compare_clusters(docs: list, warm: list, sizes: list[int], rounds: int, chunk_size: int) -> None:
    clusters = {n: start_cluster(n, warm) for n in sizes}
    speeds: dict[int, list[float]] = {n: [] for n in sizes}
    try:
        for r in range(1, rounds + 1):
            for n in sizes:
                load = os.getloadavg()[0]
                speed, cpu, own = timed_run(clusters[n][1], docs, chunk_size)
                speeds[n].append(speed)
                wall = len(docs) / speed
                print(f"round {r}, {n} worker(s): {speed:6.1f} docs/s ({wall:5.1f} s; workers' CPU {cpu:5.1f} s, "
                      f"busy {cpu / (n * wall):4.0%}; client and scheduler CPU {own:4.1f} s; "
                      f"load average before {load:.1f})", flush=True)
    finally:
        for cluster, client in clusters.values():
            client.close()
            cluster.close()
    base = statistics.median(speeds[sizes[0]])
    for n in sizes:
        runs = speeds[n]
        paired = [s / b for s, b in zip(runs, speeds[sizes[0]])]
        print(f"LocalCluster, {n} worker(s): median {statistics.median(runs):6.1f} docs/s over {len(docs)} documents "
              f"({statistics.median(runs) / base:.2f}x {sizes[0]} worker; runs "
              + ", ".join(f"{s:.1f}" for s in runs) + ")")
        if n != sizes[0]:
            print(f"  paired by round (each against the {sizes[0]}-worker run just before it, so a neighbour's load "
                  f"drifting between rounds cancels): median {statistics.median(paired):.2f}x; rounds "
                  + ", ".join(f"{p:.2f}x" for p in paired))


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

            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None,
                                   silence_logs=logging.WARNING)
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
    ap.add_argument("--limit", type=int, default=600, help="timed news documents for the cluster comparison")
    ap.add_argument("--warm", type=int, default=100, help="other news documents each worker extracts first")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--chunk-size", type=int, default=25, help="documents per Dask task")
    ap.add_argument("--headlines", default="all", help="how many headlines: all, a number, or 0 to skip")
    ap.add_argument("--engine", choices=("processes", "dask"), default="processes")
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} is absent: lay ../shared/data beside the checkout")

    import distributed  # noqa: F401  (sets up its loggers, quietened here: the in-process scheduler's chatter)

    for name in [n for n in logging.root.manager.loggerDict if n.startswith("distributed")]:
        logging.getLogger(name).setLevel(logging.WARNING)
    if args.limit:
        docs = load_documents(SHARED / "news.jsonl", args.warm + args.limit)
        print(f"{os.cpu_count()} CPUs; {args.rounds} rounds; {args.limit} timed documents, "
              f"{args.warm} warm-up documents per worker, {args.chunk_size} documents per task", flush=True)
        compare_clusters(docs[args.warm:], docs[:args.warm], args.workers, args.rounds, args.chunk_size)
    if args.headlines != "0":
        limit = None if args.headlines == "all" else int(args.headlines)
        ingest_headlines(limit, args.engine, max(args.workers))


if __name__ == "__main__":
    main()
