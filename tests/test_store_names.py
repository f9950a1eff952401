"""A person named in any case form: the name_words lookup (migration 5) finds exactly the events
whose participant, or the actor behind one, bears every word of the name, as the LIKE patterns did;
and an older database gets name_words (5), the countries' days (6) and pairs (7) filled when it is opened."""
from __future__ import annotations

import uuid

import pytest

from communique.query import find_events
from communique.store import open_store
from communique.store.rows import country_pairs, name_query_words, name_words, padded_lemmas
from communique.store.schema import POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS
from communique.store.sqlite import SQLiteStore
from communique.store.write import Writer
from test_store import _pg_url, empty_store  # noqa: F401  (the fixture, over both backends)
from test_store_plan import NAMES, records

QUERIES = ["Лаврова", "Сергея Лаврова", "Лавров Сергей", "Мохаммеда бин Салмана", "бин", "Ван И", "Вана",
           "Гутерриша", "Кулубаеву", "Неизвестный", "Сергей Кулубаев", "!!!"]


def expected(store, name: str) -> list[str]:
    """The events a person query must find, worked out in Python from the stored rows."""
    words = name_query_words(name)
    actors = {r["id"]: r["name_lemma"] for r in store._rows("SELECT id, name_lemma FROM actors")}
    events = {r["id"]: (r["day_from"] or "", r["day_to"] or "")
              for r in store._rows("SELECT id, day_from, day_to FROM events")}
    hit = set()
    for p in store._rows("SELECT event_id, actor_id, name_lemma FROM event_participants"):
        for lemma in (p["name_lemma"], actors.get(p["actor_id"])):
            if words and lemma and all(f" {w} " in lemma for w in words):
                hit.add(p["event_id"])
    if not words:
        hit = set(events)
    ordered = sorted(hit, key=lambda i: i)  # ties by id, then latest first by (day_from, day_to)
    return sorted(ordered, key=lambda i: events[i], reverse=True)


def test_name_words_are_the_words_like_finds():
    assert name_words(" сергей лавров ") == ["лавров", "сергей"]
    assert name_words(" ван  и ") == ["ван", "и"]
    assert name_words("ван и ") == ["и"]  # LIKE '% ван %' needs a space before it
    assert name_words(" ван и") == ["ван"]
    assert name_words("  ") == name_words(None) == []
    assert name_query_words("Мохаммеда бин Салмана бин") == ["мохаммед", "бин", "салман"]


def test_person_queries_find_what_the_participants_say(empty_store):
    store = empty_store
    store.upsert(records(20))
    for name in QUERIES:
        found = [e["id"] for e in find_events(store, persons=[name], limit=1000)]
        assert found == expected(store, name), name
    assert find_events(store, persons=["Сергея Лаврова"])
    for event in find_events(store, persons=["Сергея Лаврова"], limit=1000):
        assert any(p["name"] == "Сергей Лавров" for p in event["participants"])


def test_a_renamed_actor_is_found_by_its_new_name(empty_store):
    store = empty_store
    batch = records(6)
    store.upsert(batch)
    record, text = batch[0]
    assert not find_events(store, persons=["Лаврову-Старшему"])
    renamed = {**record, "document": {**record["document"], "id": "d-renamed", "hash": "h-renamed"},
               "events": [], "actors": [{**a, "name": "Сергей Лавров-Старший"} if a["name"] == "Сергей Лавров"
                                        else a for a in record["actors"]]}
    store.upsert([(renamed, text)])
    by_actor = [e["id"] for e in find_events(store, persons=["Лаврову-Старшему"])]
    assert by_actor and by_actor == [e["id"] for e in find_events(store, persons=["Сергей Лавров"])
                        if any(p["actor"] == "person:Сергей Лавров" for p in e["participants"])]


def _old_store(backend: str, tmp_path):
    """A store of schema 4, as the code before migration 5 left it, and a way to reopen it up to date."""
    if backend == "sqlite":
        path = str(tmp_path / "old.db")
        return SQLiteStore(path, migrations=SQLITE_MIGRATIONS[:4]), lambda: SQLiteStore(path)
    url = _pg_url()
    if not url:
        pytest.skip("COMMUNIQUE_TEST_PG is not set: no PostgreSQL server to test against")
    from communique.store.postgres import PostgresStore

    schema = "test_" + uuid.uuid4().hex[:12]
    return (PostgresStore(url, schema=schema, migrations=POSTGRES_MIGRATIONS[:4]),
            lambda: PostgresStore(url, schema=schema))


def _put_countries_4(self, event_id, countries, day_from, day_to):
    self.db._exec("DELETE FROM event_countries WHERE event_id = ?", (event_id,))
    for iso3 in countries:
        self.db._exec("INSERT INTO event_countries (event_id, iso3) VALUES (?, ?)", (event_id, iso3))


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migration_fills_name_words_of_an_old_database(backend, tmp_path, monkeypatch):
    old, reopen = _old_store(backend, tmp_path)
    with monkeypatch.context() as m:  # what the writer of schema 4 wrote
        m.setattr(Writer, "_put_name_words", lambda self, name_lemma: None)
        m.setattr(Writer, "_put_countries", _put_countries_4)
        old.upsert(records(12))
    odd = [" ван  и ", "ван и ", " ", "", None, " x_y %z "]  # spacing the split must treat as LIKE does
    for k, lemma in enumerate(odd):
        old._exec("INSERT INTO event_participants (event_id, actor_id, name, name_lemma) VALUES (?, ?, ?, ?)",
                  ("e0-0", None, f"odd {k}", lemma))
    assert old.schema_version() == 4
    old.close()
    store = reopen()
    try:
        assert store.schema_version() == len(SQLITE_MIGRATIONS) == len(POSTGRES_MIGRATIONS) >= 5
        names = {r["name_lemma"] for r in store._rows("SELECT name_lemma FROM event_participants "
                                                       "UNION SELECT name_lemma FROM actors")}
        assert sorted((r["word"], r["name_lemma"]) for r in store._rows("SELECT word, name_lemma FROM name_words")) \
            == sorted((w, n) for n in names for w in name_words(n))
        assert {padded_lemmas(n) for n in NAMES} <= names
        for name in [*QUERIES, "x_y", "%z", "ван и"]:
            assert [e["id"] for e in find_events(store, persons=[name], limit=1000)] == expected(store, name), name
        # migration 7: the pairs of each event's countries, with its days
        pairs = store._rows("SELECT event_id, iso3_a, iso3_b, day_from, day_to FROM event_country_pairs")
        events = {r["id"]: r for r in store._rows("SELECT id, day_from, day_to FROM events")}
        countries: dict[str, list[str]] = {}
        for r in store._rows("SELECT event_id, iso3 FROM event_countries"):
            countries.setdefault(r["event_id"], []).append(r["iso3"])
        assert sorted(tuple(r.values()) for r in pairs) == sorted(
            (i, a, b, events[i]["day_from"], events[i]["day_to"]) for i, cs in countries.items()
            for a, b in country_pairs(cs)) and pairs
        # migration 6: the countries' rows got their events' days
        assert store._rows("SELECT COUNT(*) AS n FROM event_countries c JOIN events e ON e.id = c.event_id "
                           "WHERE c.day_from = e.day_from AND c.day_to = e.day_to")[0]["n"] \
            == store._rows("SELECT COUNT(*) AS n FROM event_countries")[0]["n"] > 0
    finally:
        if backend == "postgres":
            store.drop_schema()
        store.close()


def test_bulk_load_fills_name_words(tmp_path):
    from communique.store.bulk import bulk_load

    bulk, written = open_store(f"sqlite:///{tmp_path / 'b.db'}"), open_store(f"sqlite:///{tmp_path / 'w.db'}")
    bulk_load(bulk, records(10))
    written.upsert(records(10))
    dump = "SELECT word, name_lemma FROM name_words ORDER BY word, name_lemma"
    assert bulk._rows(dump) == written._rows(dump) and bulk._rows(dump)


def _releases(order: str) -> list[tuple[dict, str]]:
    """The Kyrgyz-Uzbek release's record in both languages, in the order given."""
    from pathlib import Path

    from communique.api import extract_document
    from communique.model import Document

    data = Path(__file__).parent / "data"
    docs = {lang: Document(id=f"kgz-uzb-{lang}", title="", text=(data / f"release_kgz_uzb_{lang}.txt").read_text(
        encoding="utf-8"), published="2025-11-20", lang=lang) for lang in ("ru", "en")}
    return [(extract_document(docs[lang]), docs[lang].text) for lang in (["ru", "en"] if order == "ru-first"
                                                                         else ["en", "ru"])]


def _state_names(store) -> dict[str, str]:
    return {r["country"]: r["name"] for r in store._rows("SELECT name, country FROM actors WHERE kind = 'state'")}


def test_bulk_load_keeps_the_russian_names_of_actors(tmp_path):
    from communique.store.bulk import bulk_load

    bulk = SQLiteStore(str(tmp_path / "bulk.db"))
    bulk_load(bulk, _releases("en-first"))
    assert _state_names(bulk) == {"KGZ": "Кыргызстан", "UZB": "Узбекистан"}


@pytest.mark.parametrize("order", ["ru-first", "en-first"])
def test_an_english_report_keeps_the_russian_names_of_actors(empty_store, order):  # noqa: F811
    for pair in _releases(order):
        empty_store.upsert([pair])
    assert _state_names(empty_store) == {"KGZ": "Кыргызстан", "UZB": "Узбекистан"}
    assert find_events(empty_store, persons=["Кулубаева"])  # the merged events, by the Russian name
