"""The query layer over a store (SQLite; PostgreSQL too when COMMUNIQUE_TEST_PG is set)."""
from __future__ import annotations

import pytest
from test_store import all_batch, empty_store  # noqa: F401  (the fixture, over both backends)

from communique.query import (AmbiguousId, actor_profile, find_events, get_event, list_actors,
                              search_documents, summary)


@pytest.fixture
def store(empty_store):
    empty_store.upsert(all_batch())
    return empty_store


def ids(events):
    return [e["id"] for e in events]


def test_country_pair_means_both_take_part(store):
    assert ids(find_events(store, countries=["KGZ", "CHN"])) == ["ev-kgz-visit"]
    assert ids(find_events(store, countries=["chn"])) == ["ev-kgz-visit", "ev-rus-meeting"]  # latest first
    assert find_events(store, countries=["RUS", "KGZ"]) == []


def test_person_in_another_case_form(store):
    assert ids(find_events(store, persons=["Путина"])) == ["ev-rus-meeting"]
    assert ids(find_events(store, persons=["Кулубаевым"])) == ["ev-kgz-visit"]
    assert ids(find_events(store, persons=["ЖЭЭНБЕК КУЛУБАЕВ"])) == ["ev-kgz-visit"]
    assert find_events(store, persons=["Лавров"]) == []


def test_type_status_and_date_range(store):
    assert ids(find_events(store, types=["meeting"])) == ["ev-rus-meeting"]
    assert ids(find_events(store, types=["visit", "meeting"])) == ["ev-kgz-visit", "ev-rus-meeting"]
    assert find_events(store, status="planned") == []
    assert ids(find_events(store, since="2025-11-20")) == ["ev-kgz-visit"]  # overlaps 19–20 Nov
    assert find_events(store, since="2025-11-21") == []
    assert ids(find_events(store, until="2025-05")) == ["ev-rus-meeting"]
    assert ids(find_events(store, since="2025-05-01", until="2025-05-31")) == ["ev-rus-meeting"]
    with pytest.raises(ValueError, match="not an ISO date"):
        find_events(store, since="yesterday")


def test_full_text_in_any_word_form(store):
    assert ids(find_events(store, text="переговорам")) == ["ev-kgz-visit"]
    assert ids(find_events(store, text="Москва встреча")) == ["ev-rus-meeting"]
    assert find_events(store, text="переговоры Москва") == []


def test_limit_offset_and_sources(store):
    first, = find_events(store, limit=1)
    second, = find_events(store, limit=1, offset=1)
    assert (first["id"], second["id"]) == ("ev-kgz-visit", "ev-rus-meeting")
    assert [s["document_id"] for s in first["sources"]] == ["kgz-1", "chn-1"]


def test_search_documents_finds_other_word_forms(store):
    hits = search_documents(store, "переговоры")
    assert {h["id"] for h in hits} == {"kgz-1", "chn-1"}  # "переговоры", "Переговоров"
    chn = next(h for h in hits if h["id"] == "chn-1")
    start, end = chn["highlights"][0]
    assert chn["snippet"][start:end] == "Переговоров"
    assert search_documents(store, "Си Цзиньпином")[0]["id"] == "rus-1"
    assert search_documents(store, "") == []


def test_get_event_gives_sentences_of_evidence(store):
    event = get_event(store, "ev-kgz")  # a unique prefix
    assert event["id"] == "ev-kgz-visit"
    chn = [s for s in event["spans"] if s["document_id"] == "chn-1" and s["about"] == "event"]
    assert chn == [{"document_id": "chn-1", "field": "text", "start": 26, "end": 40,
                    "text": "завершил визит", "about": "event",
                    "sentence": "Ван И 20 ноября 2025 года завершил визит в Киргизию.", "sentence_start": 0}]
    memo = next(s for s in event["spans"] if s["about"] == "participant:Ван И" and s["document_id"] == "kgz-1")
    assert memo["sentence"].startswith("19 ноября 2025 года в Бишкеке")
    assert memo["sentence"][memo["start"] - memo["sentence_start"]:][:len(memo["text"])] == "Ваном И"


def test_get_event_unknown_and_ambiguous(store):
    assert get_event(store, "nope") is None
    with pytest.raises(AmbiguousId, match="ambiguous"):
        get_event(store, "ev-")


def test_summary(store):
    s = summary(store)
    assert (s["documents"], s["events"], s["events_by_type"]) == (3, 2, {"meeting": 1, "visit": 1})
    assert s["actors"] == 5 and s["errors"] == 0 and s["error_list"] == []


def test_actors_and_profile(store):
    assert [a["name"] for a in list_actors(store, country="CHN")] == ["Ван И", "Ван И", "Си Цзиньпин"]
    kulubaev = actor_profile(store, "Кулубаева")
    assert kulubaev["actor"]["id"] == "p-kulubaev"
    assert ids(kulubaev["events"]) == ["ev-kgz-visit"]
    assert [(p["title"], p["source"], p["seen_on"]) for p in kulubaev["positions"]] == [
        ("министр иностранных дел", "event", "2025-11-19")]
    wang = actor_profile(store, "p-wangyi")
    assert [(p["source"], p["document_id"]) for p in wang["positions"]] == [("event", "kgz-1"),
                                                                           ("text", "kgz-1")]
    assert actor_profile(store, "Лавров") is None
