"""Query speed on a large SQLite store: p50/p95 of typical queries over synthetic events.

    .venv/bin/python benchmarks/query.py [--events 1000000] [--db /tmp/communique-query.db] [--rebuild]
        [--baseline REV [--baseline-db PATH]]

Builds (once; kept for later runs unless --rebuild) a store of synthetic
records, five events a document, through the store's bulk path
(``communique.store.bulk``, the same rows as ``upsert``), then times each kind
of query on random parameters: a country pair with a date range, a person
(any case form), a type, a full-text query over events, and a full-text
search over documents.

Each side runs in its own process.  With ``--baseline REV`` a second process
runs the code of git revision REV (its ``src`` unpacked by ``git archive``) on
``--baseline-db`` (default: the same file; the current code may have added
indexes to it, which the old queries may then use too): the two take turns
query by query on the same parameters, so a busy neighbour slows both alike,
and each query's returned ids are compared (``same``: how many of the queries
returned the same ids in the same order).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import communique

COUNTRIES = {"RUS": "России", "CHN": "Китая", "KGZ": "Киргизии", "KAZ": "Казахстана", "UZB": "Узбекистана",
             "TJK": "Таджикистана", "IND": "Индии", "BRA": "Бразилии", "ZAF": "ЮАР", "TUR": "Турции",
             "IRN": "Ирана", "EGY": "Египта", "DEU": "Германии", "FRA": "Франции", "USA": "США",
             "JPN": "Японии", "KOR": "Кореи", "VNM": "Вьетнама", "IDN": "Индонезии", "ARE": "ОАЭ",
             "SAU": "Саудовской Аравии", "BLR": "Белоруссии", "ARM": "Армении", "AZE": "Азербайджана",
             "SRB": "Сербии", "HUN": "Венгрии", "ITA": "Италии", "ESP": "Испании", "MEX": "Мексики",
             "ARG": "Аргентины", "CUB": "Кубы", "VEN": "Венесуэлы", "MNG": "Монголии", "PAK": "Пакистана",
             "ETH": "Эфиопии", "NGA": "Нигерии", "DZA": "Алжира", "QAT": "Катара", "ISR": "Израиля",
             "SYR": "Сирии"}
FIRST = ["Иван", "Сергей", "Андрей", "Алексей", "Дмитрий", "Михаил", "Николай", "Павел", "Олег", "Виктор",
         "Юрий", "Борис", "Григорий", "Константин", "Владимир", "Анатолий", "Евгений", "Игорь", "Максим", "Роман"]
LAST = ["Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов",
        "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов",
        "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров",
        "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов",
        "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков"]
TYPES = ["visit", "meeting", "phone_call", "signing", "statement", "position_change"]
TOPICS = ["торговля", "энергетика", "транспорт", "безопасность", "образование", "культура", "туризм",
          "сельское хозяйство", "инвестиции", "здравоохранение", "космос", "цифровая экономика"]
START = date(2000, 1, 1)
DAYS = (date(2026, 12, 31) - START).days


def synthetic_records(n_events: int, seed: int = 5) -> Iterator[tuple[dict, str]]:
    rng = random.Random(seed)
    codes = list(COUNTRIES)
    for d in range(n_events // 5):
        day = START + timedelta(days=rng.randrange(DAYS))
        a, b = rng.sample(codes, 2)
        title = f"Переговоры делегаций {COUNTRIES[a]} и {COUNTRIES[b]} № {d}"
        topics = rng.sample(TOPICS, 2)
        text = f"{title}. Стороны обсудили {topics[0]} и {topics[1]}."
        doc_id = f"doc-{d:07d}"
        events = []
        for k in range(5):
            x, y = rng.sample(codes, 2) if k else (a, b)
            people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2)]
            start = day + timedelta(days=k)
            events.append({
                "id": f"ev-{d:07d}-{k}", "type": rng.choice(TYPES), "status": "occurred",
                "date": {"start": start.isoformat(), "end": start.isoformat(), "precision": "day"},
                "place": {"name": None, "city": None, "country": x},
                "participants": [{"actor": f"person:{name}", "name": name, "country": c,
                                  "position": "министр иностранных дел", "role": "participant"}
                                 for name, c in zip(people, (x, y))],
                "countries": [x, y], "organizations": [], "format": None, "topics": rng.sample(TOPICS, 2),
                "agreements": [], "cameo": "040", "plover": None,
                "evidence": [{"field": "title", "start": 0, "end": len(title), "text": title}],
                "confidence": 0.5,
            })
        names = sorted({p["name"] for e in events for p in e["participants"]})
        actors = [{"id": f"person:{name}", "kind": "person", "name": name, "country": None, "positions": [],
                   "mentions": []} for name in names]
        record = {"schema": "communique/1",
                  "document": {"id": doc_id, "title": title, "published": day.isoformat(), "lang": "ru",
                               "source": "synthetic", "url": None, "hash": doc_id},
                  "actors": actors, "events": events, "errors": []}
        yield record, text


def build(path: Path, n_events: int) -> None:
    from communique.api import open_store
    from communique.store.bulk import bulk_load

    t0 = time.perf_counter()
    with open_store(f"sqlite:///{path}") as store:
        chunk: list = []
        for pair in synthetic_records(n_events):
            chunk.append(pair)
            if len(chunk) >= 5000:
                bulk_load(store, chunk)
                chunk = []
        bulk_load(store, chunk)
        store.conn.execute("ANALYZE")
    print(f"built {n_events:,} events in {time.perf_counter() - t0:.0f} s -> {path} "
          f"({path.stat().st_size / 2**20:.0f} MB)")


def kinds(n_events: int) -> dict[str, Callable[[random.Random], tuple[str, dict]]]:
    """Each kind of query: parameters drawn from a random generator -> (function, keyword arguments)."""
    codes = list(COUNTRIES)

    def years(rng: random.Random, n: int) -> dict:
        since = START + timedelta(days=rng.randrange(DAYS - 365 * n))
        return {"since": since.isoformat(), "until": (since + timedelta(days=365 * n)).isoformat()}

    return {
        "country pair + 1 year": lambda r: ("events", {"countries": r.sample(codes, 2), **years(r, 1)}),
        "country pair, all time": lambda r: ("events", {"countries": r.sample(codes, 2)}),
        "person (surname, genitive)": lambda r: ("events", {"persons": [r.choice(LAST) + "а"]}),
        "person (full name)": lambda r: ("events", {"persons": [f"{r.choice(FIRST)} {r.choice(LAST)}"]}),
        "person (not stored)": lambda r: ("events", {"persons": [r.choice(["Кулубаев", "Ван И"])]}),
        "person + country": lambda r: ("events", {"persons": [r.choice(LAST)], "countries": [r.choice(codes)]}),
        "type": lambda r: ("events", {"types": [r.choice(TYPES)]}),
        "type + 1 year": lambda r: ("events", {"types": [r.choice(TYPES)], **years(r, 1)}),
        "full text (events)": lambda r: ("events", {"text": r.choice(TOPICS)}),
        "full text, rare word": lambda r: ("events", {"text": f"№ {r.randrange(n_events // 5)}"}),
        "full text + country": lambda r: ("events", {"text": r.choice(TOPICS), "countries": [r.choice(codes)]}),
        "search documents": lambda r: ("documents", {"query": r.choice(TOPICS) + " " + r.choice(TOPICS)}),
    }


def serve(db: Path, n_events: int) -> None:
    """The worker: for each ``kind<TAB>i`` line on stdin, run query i of that kind; print its time and ids."""
    from communique.api import open_store
    from communique.query import find_events, search_documents

    table = kinds(n_events)
    with open_store(f"sqlite:///{db}") as store:
        for line in sys.stdin:
            kind, i = line.rstrip("\n").split("\t")
            what, kwargs = table[kind](random.Random(f"{kind}/{i}"))
            t0, c0 = time.perf_counter(), time.process_time()
            found = find_events(store, **kwargs) if what == "events" else search_documents(store, **kwargs)
            ms, cpu = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
            print(json.dumps({"ms": ms, "cpu": cpu, "ids": [x["id"] for x in found]}), flush=True)


class Worker:
    """A ``--serve`` process running the communique found in ``src``."""

    def __init__(self, src: Path, db: Path, n_events: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(src)}
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve", "--db", str(db), "--events", str(n_events)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)

    def ask(self, kind: str, i: int) -> dict:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(f"{kind}\t{i}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the worker died on {kind!r} #{i}")
        return json.loads(line)

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait()


def percentiles(times: list[float]) -> tuple[float, float]:
    return statistics.median(times), statistics.quantiles(times, n=20, method="inclusive")[18]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/communique-query.db"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--repeat", type=int, default=40, help="random queries of each kind")
    ap.add_argument("--baseline", metavar="REV", help="also time the code of this git revision, turn about")
    ap.add_argument("--baseline-db", type=Path, help="the baseline's database (default: --db)")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.db, args.events)
        return
    from communique.api import open_store

    if args.rebuild or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        build(args.db, args.events)
    with open_store(f"sqlite:///{args.db}") as store:  # applies any new migration before timing
        print(f"{store.counts()['events']:,} events in {args.db} (schema {store.schema_version()}); "
              f"load average {os.getloadavg()[0]:.2f}")
    sides = {"new": Worker(Path(communique.__file__).parents[1], args.db, args.events)}
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline:
            archive = subprocess.run(["git", "-C", str(Path(__file__).resolve().parents[1]), "archive", args.baseline, "src"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            sides = {"base": Worker(Path(tmp) / "src", args.baseline_db or args.db, args.events), **sides}
            print(f"baseline: {args.baseline} on {args.baseline_db or args.db}")
        print("wall-clock p50/p95 and CPU-time p95 (this process's own work, which a busy neighbour slows less), ms")
        header = f"{'query':<28}" + "".join(f" {side + ' p50':>9} {side + ' p95':>9} {'cpu p95':>8}"
                                            for side in sides)
        print(header + f" {'rows/query':>10}" + (f" {'same':>5}" if len(sides) > 1 else ""))
        try:
            for kind in kinds(args.events):
                times: dict[str, list[float]] = {side: [] for side in sides}
                cpu: dict[str, list[float]] = {side: [] for side in sides}
                rows, same = 0, 0
                for worker in sides.values():
                    worker.ask(kind, -1)  # warm the page cache for this query shape
                for i in range(args.repeat):
                    turn = list(sides) if i % 2 == 0 else list(reversed(sides))
                    answers = {side: sides[side].ask(kind, i) for side in turn}
                    for side, answer in answers.items():
                        times[side].append(answer["ms"])
                        cpu[side].append(answer["cpu"])
                    rows += len(answers["new"]["ids"])
                    same += len({json.dumps(a["ids"]) for a in answers.values()}) == 1
                line = f"{kind:<28}" + "".join(f" {p50:9.1f} {p95:9.1f} {percentiles(cpu[side])[1]:8.1f}"
                                               for side in sides for p50, p95 in [percentiles(times[side])])
                print(line + f" {rows / args.repeat:10.1f}" + (f" {same:>5}" if len(sides) > 1 else ""), flush=True)
        finally:
            for worker in sides.values():
                worker.close()
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
