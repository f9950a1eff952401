"""The store: SQLite behaviour (and PostgreSQL when COMMUNIQUE_TEST_PG is set)."""
from __future__ import annotations

import os
import sqlite3
import threading
import uuid

import pytest

from communique.codec import encode, encode_error
from communique.model import (Actor, Analysis, DateRange, Document, Event, Participant, Place,
                              Position, ReadError, Span)
from communique.store import StoreError, open_store
from communique.store.schema import SQLITE_MIGRATIONS
from communique.store.sqlite import SQLiteStore

KGZ_TEXT = ("19 ноября 2025 года в Бишкеке министр иностранных дел КР Жээнбек Кулубаев провёл "
            "переговоры с министром иностранных дел КНР Ваном И. Стороны подписали меморандум.")
CHN_TEXT = ("Ван И 20 ноября 2025 года завершил визит в Киргизию. Переговоров было много, "
            "сообщил МИД КНР.")
RUS_TEXT = "8 мая 2025 года Владимир Путин провёл встречу с Председателем КНР Си Цзиньпином в Москве."


def span(text: str, piece: str, rule: str | None = None) -> Span:
    start = text.index(piece)
    return Span("text", start, start + len(piece), piece, rule)


def person(actor: str, name: str, country: str, position: str | None, role: str, text: str,
           piece: str) -> Participant:
    return Participant(actor, name, country, position, role, (span(text, piece),))


def kgz_record(title: str = "Главы МИД КР и КНР провели переговоры", text: str = KGZ_TEXT) -> dict:
    doc = Document("kgz-1", title, text, "2025-11-20", source="mfa.gov.kg", url="https://mfa.gov.kg/1")
    event = Event(
        id="ev-kgz-visit", type="visit", status="occurred",
        date=DateRange("2025-11-19", "2025-11-20", "day"),
        place=Place("Бишкек", "Бишкек", "KGZ", (span(text, "Бишкеке"),)),
        participants=(
            person("p-wangyi", "Ван И", "CHN", "министр иностранных дел", "guest", text, "Ваном И"),
            person("p-kulubaev", "Жээнбек Кулубаев", "KGZ", "министр иностранных дел", "host", text,
                   "Жээнбек Кулубаев"),
        ),
        countries=("KGZ", "CHN"), topics=("economy",), cameo="042",
        evidence=(span(text, "провёл переговоры", "trigger"),), confidence=0.8,
        trigger=span(text, "переговоры"))
    actors = (
        Actor("p-wangyi", "person", "Ван И", "CHN",
              positions=(Position("министр иностранных дел", country="CHN", source="text",
                                  evidence=(span(text, "министром иностранных дел КНР"),)),)),
        Actor("p-kulubaev", "person", "Жээнбек Кулубаев", "KGZ"),
    )
    return encode(Analysis(document=doc, actors=actors, events=(event,)))


def chn_record() -> dict:
    doc = Document("chn-1", "Ван И посетил Киргизию", CHN_TEXT, "2025-11-21", source="fmprc.gov.cn")
    event = Event(
        id="ev-chn-visit", type="visit", status="occurred",
        date=DateRange("2025-11-20", None, "day"),
        participants=(person("p-wang", "Ван И", "CHN", None, "guest", CHN_TEXT, "Ван И"),),
        countries=("CHN", "KGZ"), topics=("security",),
        evidence=(span(CHN_TEXT, "завершил визит"),), confidence=0.6)
    return encode(Analysis(document=doc, actors=(Actor("p-wang", "person", "Ван И", "CHN"),),
                           events=(event,)))


def rus_record() -> dict:
    doc = Document("rus-1", "Встреча с Председателем КНР", RUS_TEXT, "2025-05-08", source="kremlin.ru")
    event = Event(
        id="ev-rus-meeting", type="meeting", status="occurred",
        date=DateRange("2025-05-08", None, "day"),
        participants=(
            person("p-putin", "Владимир Путин", "RUS", "Президент", "host", RUS_TEXT, "Владимир Путин"),
            person("p-xi", "Си Цзиньпин", "CHN", "Председатель", "guest", RUS_TEXT, "Си Цзиньпином"),
        ),
        countries=("RUS", "CHN"), evidence=(span(RUS_TEXT, "провёл встречу"),))
    return encode(Analysis(document=doc, actors=(Actor("p-putin", "person", "Владимир Путин", "RUS"),
                                                 Actor("p-xi", "person", "Си Цзиньпин", "CHN")),
                           events=(event,)))


def all_batch() -> list[tuple[dict, str]]:
    return [(kgz_record(), KGZ_TEXT), (chn_record(), CHN_TEXT), (rus_record(), RUS_TEXT)]


def _pg_url() -> str | None:
    return os.environ.get("COMMUNIQUE_TEST_PG")


@pytest.fixture(params=["sqlite", "postgres"])
def empty_store(request, tmp_path):
    """A fresh store of each backend; PostgreSQL only when COMMUNIQUE_TEST_PG is set."""
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
        yield s
        s.close()
        return
    url = _pg_url()
    if not url:
        pytest.skip("COMMUNIQUE_TEST_PG is not set: no PostgreSQL server to test against")
    from communique.store.postgres import PostgresStore

    schema = "test_" + uuid.uuid4().hex[:12]
    s = PostgresStore(url, schema=schema)
    yield s
    s.drop_schema()
    s.close()


@pytest.fixture
def store(empty_store):
    return empty_store


def table_dump(s) -> dict[str, list]:
    """Every row of every content table, sorted, for before/after comparisons."""
    tables = {"documents": "id, hash, title, text, record", "document_errors": "*",
              "actors": "*", "actor_documents": "*", "actor_positions": "*",
              "events": "id, type, day_from, day_to, json", "event_participants": "*",
              "event_countries": "*", "event_sources": "event_id, document_id, report", "name_words": "*"}
    return {t: sorted((tuple(r.values()) for r in s._rows(f"SELECT {cols} FROM {t}")), key=repr)
            for t, cols in tables.items()}


# -- opening ------------------------------------------------------------------

def test_unknown_scheme_is_a_clear_error():
    with pytest.raises(StoreError, match="unknown database URL scheme 'mysql'"):
        open_store("mysql://localhost/db")
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("just-a-file.db")


def test_memory_store_and_schema_version():
    s = open_store("sqlite:///:memory:")
    assert s.schema_version() == len(SQLITE_MIGRATIONS) >= 2
    assert s.counts()["documents"] == 0


def test_wal_mode_is_on(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    assert s.journal_mode() == "wal"
    assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_new_migration_applies_without_data_loss(tmp_path):
    path = str(tmp_path / "m.db")
    latest = len(SQLITE_MIGRATIONS)
    s1 = SQLiteStore(path)
    s1.upsert([(kgz_record(), KGZ_TEXT)])
    s1.close()
    extra = "ALTER TABLE events ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;" \
            "CREATE INDEX events_reviewed ON events (reviewed)"
    s2 = SQLiteStore(path, migrations=(*SQLITE_MIGRATIONS, extra))
    assert s2.schema_version() == latest + 1
    assert s2.get_event("ev-kgz-visit")["type"] == "visit"
    assert s2._rows("SELECT reviewed FROM events") == [{"reviewed": 0}]
    s2.close()
    s3 = SQLiteStore(path, migrations=(*SQLITE_MIGRATIONS, extra))  # nothing left to apply
    assert s3.schema_version() == latest + 1 and s3.counts()["documents"] == 1


def test_failed_migration_leaves_the_previous_version(tmp_path):
    path = str(tmp_path / "f.db")
    SQLiteStore(path).close()
    with pytest.raises(sqlite3.OperationalError):
        SQLiteStore(path, migrations=(*SQLITE_MIGRATIONS, "CREATE TABLE t (x); SELECT * FROM nowhere"))
    s = SQLiteStore(path)
    assert s.schema_version() == len(SQLITE_MIGRATIONS)
    assert not s._rows("SELECT name FROM sqlite_master WHERE name = 't'")


# -- writing ------------------------------------------------------------------

def test_round_trip_of_a_record(store):
    record = kgz_record()
    counts = store.upsert([(record, KGZ_TEXT)])
    assert counts.as_dict() == {"documents_new": 1, "documents_updated": 0, "documents_unchanged": 0,
                                "events": 1, "events_merged": 0, "errors": 0}
    doc = store.get_document("kgz-1")
    assert doc["record"] == record
    assert doc["text"] == KGZ_TEXT and doc["hash"] == record["document"]["hash"]
    event = store.get_event("ev-kgz-visit")
    assert event["participants"][0]["name"] == "Ван И"
    assert event["evidence"][0]["document_id"] == "kgz-1"  # spans say which report they came from
    assert event["date"] == record["events"][0]["date"] and event["cameo"] == "042"
    assert event["sources"] == [{"document_id": "kgz-1", "title": "Главы МИД КР и КНР провели переговоры",
                                 "published": "2025-11-20", "url": "https://mfa.gov.kg/1"}]
    positions = store.actor_positions("p-wangyi")
    assert [(p["title"], p["document_id"], p["seen_on"]) for p in positions] == [
        ("министр иностранных дел", "kgz-1", "2025-11-20")]


def test_reingest_changes_nothing(store):
    first = store.upsert(all_batch())
    before = table_dump(store)
    again = store.upsert(all_batch())
    assert first.documents_new == 3 and first.events == 3
    assert again.as_dict() == {"documents_new": 0, "documents_updated": 0, "documents_unchanged": 3,
                               "events": 0, "events_merged": 0, "errors": 0}
    assert table_dump(store) == before


def test_new_hash_replaces_the_previous_version(store):
    store.upsert([(kgz_record(), KGZ_TEXT)])
    text = KGZ_TEXT.replace("меморандум", "соглашение")
    record = kgz_record(title="Исправленный заголовок", text=text)
    record["events"][0]["id"] = "ev-kgz-visit-v2"
    counts = store.upsert([(record, text)])
    assert (counts.documents_updated, counts.documents_new) == (1, 0)
    assert store.get_event("ev-kgz-visit") is None  # left without sources: deleted
    assert store.get_event("ev-kgz-visit-v2")["sources"][0]["title"] == "Исправленный заголовок"
    assert store.get_document("kgz-1")["text"] == text
    assert store.counts()["events"] == 1
    assert len(store.actor_positions("p-wangyi")) == 1  # the old version's position is gone


def test_update_of_one_report_keeps_the_merged_event(store):
    store.upsert([(kgz_record(), KGZ_TEXT), (chn_record(), CHN_TEXT)])
    text = CHN_TEXT + " Обновлено."
    record = chn_record()
    record["document"]["hash"] = "changed"
    record["events"], record["actors"] = [], []
    store.upsert([(record, text)])
    event = store.get_event("ev-kgz-visit")
    assert [s["document_id"] for s in event["sources"]] == ["kgz-1"]
    assert event["topics"] == ["economy"]  # the withdrawn report's topic is gone
    assert store.get_actor("p-wang") is None  # actors of that version only are dropped


def test_a_failing_batch_leaves_nothing_of_itself(store):
    store.upsert([(kgz_record(), KGZ_TEXT)])
    before = table_dump(store)
    broken = rus_record()
    del broken["events"][0]["id"]
    with pytest.raises(StoreError, match="without id"):
        store.upsert([(chn_record(), CHN_TEXT), (broken, RUS_TEXT)])
    assert table_dump(store) == before
    assert store.get_document("chn-1") is None


def test_unreadable_document_and_errors_are_stored(store):
    record = encode_error(ReadError("bad-1", "not UTF-8", path="in/bad.txt"))
    counts = store.upsert([(record, "")])
    assert counts.errors == 1 and counts.documents_new == 1
    assert store.get_document("bad-1")["errors"] == ["in/bad.txt: not UTF-8"]
    assert store.document_errors() == [{"document_id": "bad-1", "message": "in/bad.txt: not UTF-8"}]
    assert store.upsert([(record, "")]).documents_unchanged == 1


# -- merging ------------------------------------------------------------------

def test_two_reports_of_one_visit_become_one_event(store):
    counts = store.upsert([(kgz_record(), KGZ_TEXT), (chn_record(), CHN_TEXT)])
    assert counts.events == 2 and counts.events_merged == 1
    assert store.counts()["events"] == 1
    event = store.get_event("ev-kgz-visit")
    assert [s["document_id"] for s in event["sources"]] == ["kgz-1", "chn-1"]
    assert event["topics"] == ["economy", "security"]
    assert {e["document_id"] for e in event["evidence"]} == {"kgz-1", "chn-1"}
    assert event["date"] == {"start": "2025-11-19", "end": "2025-11-20", "precision": "day", "reason": None}
    names = [p["name"] for p in event["participants"]]
    assert names == ["Ван И", "Жээнбек Кулубаев"]  # same name, other actor id: one participant


def test_no_merge_for_another_type_or_a_far_date(store):
    other_type = chn_record()
    other_type["events"][0]["type"] = "meeting"
    far = chn_record()
    far["document"].update(id="chn-2", hash="h2")
    far["events"][0].update(id="ev-far", date={"start": "2025-11-25", "end": None,
                                               "precision": "day", "reason": None})
    counts = store.upsert([(kgz_record(), KGZ_TEXT), (other_type, CHN_TEXT), (far, CHN_TEXT)])
    assert counts.events_merged == 0
    assert store.counts()["events"] == 3


def test_events_of_one_document_are_never_merged(store):
    record = kgz_record()
    twin = dict(record["events"][0], id="ev-kgz-twin")
    record["events"].append(twin)
    assert store.upsert([(record, KGZ_TEXT)]).events_merged == 0
    assert store.counts()["events"] == 2


def test_one_event_id_twice_in_a_document_is_one_report(store):
    record = kgz_record()
    record["events"].append(dict(record["events"][0], topics=["energy"]))
    counts = store.upsert([(record, KGZ_TEXT)])
    assert (counts.events, counts.events_merged) == (2, 0)
    assert store.counts()["event_sources"] == 1
    assert store.get_event("ev-kgz-visit")["topics"] == ["economy", "energy"]


# -- concurrency --------------------------------------------------------------

def test_reader_reads_while_a_writer_transaction_is_open(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    writer = open_store(url)
    writer.upsert([(kgz_record(), KGZ_TEXT)])
    reader = open_store(url)
    with writer._transaction():
        writer._exec("DELETE FROM event_participants")
        assert reader.get_event("ev-kgz-visit")["participants"]  # the committed state, no lock error
        assert reader.counts()["documents"] == 1
    assert writer._rows("SELECT COUNT(*) AS n FROM event_participants") == [{"n": 0}]


def test_threads_sharing_a_store_never_see_an_open_write(store):
    store.upsert([(kgz_record(), KGZ_TEXT)])
    inside = threading.Event()

    def doomed_write() -> None:
        try:
            with store._transaction():
                store._exec("DELETE FROM event_participants")
                inside.set()
                threading.Event().wait(0.3)
                raise RuntimeError("roll back")
        except RuntimeError:
            pass

    writer = threading.Thread(target=doomed_write)
    writer.start()
    inside.wait(5)
    # Waits for the write to end instead of reading its uncommitted, rolled-back delete.
    assert store._rows("SELECT COUNT(*) AS n FROM event_participants") == [{"n": 2}]
    writer.join()
