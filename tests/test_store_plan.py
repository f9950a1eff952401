"""store.plan: driving find_events from a rare filter's matches finds exactly what the
date-ordered scan finds; store.bulk stores rows that the queries find alike."""
from __future__ import annotations

import random

import pytest

from communique.query import find_events
from communique.store import open_store, plan
from communique.store.bulk import bulk_load
from test_store import empty_store  # noqa: F401  (the fixture, over both backends)

NAMES = ["Сергей Лавров", "Ван И", "Жээнбек Кулубаев", "Мохаммед бин Салман", "Антониу Гутерриш"]
COUNTRIES = ["RUS", "CHN", "KGZ", "SAU", "IND", "BRA"]
TYPES = ["visit", "meeting", "phone_call", "signing"]
TOPICS = ["торговля", "энергетика", "транспорт"]


def records(n_docs: int = 60) -> list[tuple[dict, str]]:
    rng = random.Random(3)
    out = []
    for d in range(n_docs):
        title = f"Переговоры № {d}"
        events = []
        for k in range(3):
            people = rng.sample(NAMES, 2)
            countries = rng.sample(COUNTRIES, 2)
            day = f"20{rng.randrange(10, 26)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            events.append({
                "id": f"e{d}-{k}", "type": rng.choice(TYPES), "status": "occurred",
                "date": {"start": day, "end": day, "precision": "day"}, "place": None,
                "participants": [{"actor": f"person:{name}" if rng.random() < 0.5 else None, "name": name,
                                  "country": c, "position": None, "role": "participant"}
                                 for name, c in zip(people, countries)],
                "countries": countries, "organizations": [], "format": None, "topics": [rng.choice(TOPICS)],
                "agreements": [], "cameo": None, "plover": None,
                "evidence": [{"field": "title", "start": 0, "end": len(title), "text": title}], "confidence": 0.5,
            })
        actors = [{"id": f"person:{name}", "kind": "person", "name": name, "country": None, "positions": [],
                   "mentions": []} for name in NAMES]
        out.append(({"schema": "communique/1", "document": {"id": f"d{d}", "title": title, "published": None,
                                                             "lang": "ru", "source": None, "url": None,
                                                             "hash": f"h{d}"},
                     "actors": actors, "events": events, "errors": []}, title))
    return out


FILTERS = [
    {"countries": ["KGZ", "CHN"]}, {"countries": ["RUS"], "since": "2015", "until": "2020"},
    {"persons": ["Лаврова"]}, {"persons": ["Мохаммеда бин Салмана"]}, {"persons": ["Салман бин"]},
    {"persons": ["Гутерриш"], "countries": ["BRA"]}, {"text": "энергетика"}, {"text": "энергетика", "types": ["visit"]},
    {"types": ["signing"], "since": "2012-03", "until": "2019"}, {"persons": ["Неизвестный"]},
    {"countries": ["rus", "IND"], "since": "2014", "until": "2022", "types": ["visit", "meeting"]},
    {"countries": ["CHN", "KGZ", "RUS"]},  # three countries: no event has them all
]
EMPTY = [{"persons": ["Неизвестный"]}, {"countries": ["CHN", "KGZ", "RUS"]}]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan")
    bulk = open_store(f"sqlite:///{path / 'bulk.db'}")
    assert bulk_load(bulk, records()) == 60
    assert bulk_load(bulk, records()) == 0  # stored documents are skipped
    yield bulk
    bulk.close()


@pytest.mark.parametrize("flt", FILTERS, ids=[str(f) for f in FILTERS])
def test_driven_and_scanned_queries_agree(stores, flt, monkeypatch):
    driven = find_events(stores, **flt, limit=500)
    assert plan.driver(stores, plan_filter(flt)) is not None or not {"countries", "persons", "text"} & set(flt)
    monkeypatch.setattr(plan, "DRIVER_ROWS", 0)  # never drive: always the date-ordered scan
    assert plan.driver(stores, plan_filter(flt)) is None
    scanned = find_events(stores, **flt, limit=500)  # a country's or a pair's own list when countries are given
    assert [e["id"] for e in driven] == [e["id"] for e in scanned]
    monkeypatch.setattr(plan, "walk", lambda store, flt: None)  # all events, latest first
    assert [e["id"] for e in find_events(stores, **flt, limit=500)] == [e["id"] for e in driven]
    monkeypatch.setattr(plan, "DRIVER_ROWS", 10_000)  # countries too driven by their listed matches
    assert [e["id"] for e in find_events(stores, **flt, limit=500)] == [e["id"] for e in driven]
    if flt not in EMPTY:
        assert driven


@pytest.mark.parametrize("driver_rows", [plan.DRIVER_ROWS, 0], ids=["driven", "walked"])
def test_paging_is_stable(stores, driver_rows, monkeypatch):
    monkeypatch.setattr(plan, "DRIVER_ROWS", driver_rows)
    everything = [e["id"] for e in find_events(stores, countries=["RUS"], limit=500)]
    pages = [e["id"] for k in range(0, len(everything), 7)
             for e in find_events(stores, countries=["RUS"], limit=7, offset=k)]
    assert pages == everything


def plan_filter(flt: dict):
    from communique.store.base import EventFilter

    return EventFilter(**{k: tuple(v) if isinstance(v, list) else v for k, v in flt.items()})


def test_the_three_ways_agree_on_both_backends(empty_store, monkeypatch):  # noqa: F811
    """Driven, a country or pair walked, all events scanned: the same events, on SQLite and PostgreSQL."""
    empty_store.upsert(records(60))
    driven = {str(f): [e["id"] for e in find_events(empty_store, **f, limit=500)] for f in FILTERS}
    monkeypatch.setattr(plan, "DRIVER_ROWS", 0)
    walked = {str(f): [e["id"] for e in find_events(empty_store, **f, limit=500)] for f in FILTERS}
    monkeypatch.setattr(plan, "walk", lambda store, flt: None)
    scanned = {str(f): [e["id"] for e in find_events(empty_store, **f, limit=500)] for f in FILTERS}
    monkeypatch.setattr(plan, "DRIVER_ROWS", 10_000)
    listed = {str(f): [e["id"] for e in find_events(empty_store, **f, limit=500)] for f in FILTERS}
    assert driven == walked == scanned == listed
    assert all(driven[str(f)] for f in FILTERS if f not in EMPTY)
