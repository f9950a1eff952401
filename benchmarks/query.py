"""Query speed on a large SQLite store: p50/p95 of typical queries over synthetic events.

    .venv/bin/python benchmarks/query.py [--events 1000000] [--db /tmp/communique-query.db] [--rebuild]

Builds (once; kept for later runs unless --rebuild) a store of synthetic
records, five events a document, through the store's bulk path
(``communique.store.bulk``, the same rows as ``upsert``), then times each kind
of query on random parameters: a country pair with a date range, a person
(any case form), a type, a full-text query over events, and a full-text
search over documents.
"""
from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from communique.api import open_store
from communique.query import find_events, search_documents
from communique.store.bulk import bulk_load

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


def timed(fn: Callable[[], list], repeat: int) -> tuple[list[float], int]:
    fn()  # warm the page cache for this query shape
    times, found = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found += len(fn())
        times.append((time.perf_counter() - t0) * 1000)
    return times, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/communique-query.db"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--repeat", type=int, default=40, help="random queries of each kind")
    args = ap.parse_args()
    if args.rebuild or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        build(args.db, args.events)
    rng = random.Random(7)
    codes = list(COUNTRIES)

    def since_until(years: int) -> tuple[str, str]:
        since = START + timedelta(days=rng.randrange(DAYS - 365 * years))
        return since.isoformat(), (since + timedelta(days=365 * years)).isoformat()

    with open_store(f"sqlite:///{args.db}") as store:
        print(f"{store.counts()['events']:,} events in {args.db}")
        queries: dict[str, Callable[[], list]] = {
            "country pair + 1 year": lambda: find_events(store, countries=rng.sample(codes, 2),
                                                         since=since_until(1)[0], until=since_until(1)[1]),
            "country pair, all time": lambda: find_events(store, countries=rng.sample(codes, 2)),
            "person (surname, genitive)": lambda: find_events(store, persons=[rng.choice(LAST) + "а"]),
            "person (full name)": lambda: find_events(store, persons=[f"{rng.choice(FIRST)} {rng.choice(LAST)}"]),
            "person (not stored)": lambda: find_events(store, persons=[rng.choice(["Кулубаев", "Ван И"])]),
            "person + country": lambda: find_events(store, persons=[rng.choice(LAST)], countries=[rng.choice(codes)]),
            "type": lambda: find_events(store, types=[rng.choice(TYPES)]),
            "type + 1 year": lambda: find_events(store, types=[rng.choice(TYPES)], since=since_until(1)[0],
                                                 until=since_until(1)[1]),
            "full text (events)": lambda: find_events(store, text=rng.choice(TOPICS)),
            "full text, rare word": lambda: find_events(store, text=f"№ {rng.randrange(args.events // 5)}"),
            "full text + country": lambda: find_events(store, text=rng.choice(TOPICS), countries=[rng.choice(codes)]),
            "search documents": lambda: search_documents(store, rng.choice(TOPICS) + " " + rng.choice(TOPICS)),
        }
        print(f"{'query':<28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'rows/query':>10}")
        for name, fn in queries.items():
            times, found = timed(fn, args.repeat)
            p95 = statistics.quantiles(times, n=20, method="inclusive")[18]
            print(f"{name:<28} {statistics.median(times):8.1f} {p95:8.1f} {max(times):8.1f} "
                  f"{found / args.repeat:10.1f}")


if __name__ == "__main__":
    main()
