"""The reference release (examples/000_25b0059bbf3c897c.txt) must come out right: the golden test."""
from __future__ import annotations

import pytest

from communique import codec
from communique.api import extract
from communique.ingest import read_path
from conftest import SEED


@pytest.fixture(scope="module")
def record() -> dict:
    (rec,) = extract(SEED)
    return rec


def _actor(record, name):
    return next((a for a in record["actors"] if a["name"] == name), None)


def _events(record, type_):
    return [e for e in record["events"] if e["type"] == type_]


def _people(event):
    return {p["name"]: p for p in event["participants"]}


def test_record_is_valid_and_clean(record):
    codec.validate(record)
    assert record["errors"] == []
    assert record["document"]["published"] == "2025-11-20T10:29"


def test_persons_in_nominative_with_posts(record):
    kulubaev = _actor(record, "Жээнбек Кулубаев")
    wang = _actor(record, "Ван И")
    assert kulubaev and kulubaev["kind"] == "person" and kulubaev["country"] == "KGZ"
    assert wang and wang["kind"] == "person" and wang["country"] == "CHN"
    assert "министр иностранных дел" in {p["title"] for p in kulubaev["positions"]}
    wang_posts = {p["title"] for p in wang["positions"]}
    assert "министр иностранных дел" in wang_posts
    assert any("Политбюро" in t or "политического бюро" in t for t in wang_posts)
    assert {m["text"] for m in wang["mentions"]} >= {"Вана И", "Ван И"}
    assert {m["text"] for m in kulubaev["mentions"]} >= {"Жээнбека Кулубаева", "Жээнбек Кулубаев"}


def test_states_organisations_initiatives(record):
    states = {a["country"] for a in record["actors"] if a["kind"] == "state"}
    assert {"KGZ", "CHN", "UZB"} <= states
    orgs = {a["ref"] for a in record["actors"] if a["kind"] == "organization"}
    assert {"un", "sco"} <= {o.lower() for o in orgs if o}
    assert any(o and o.lower().startswith("cpc") for o in orgs)
    assert {"mfa:KGZ", "mfa:CHN"} <= orgs
    names = {a["name"] for a in record["actors"] if a["kind"] == "initiative"}
    assert any("пояс" in n.lower() for n in names)
    assert any("Центральная Азия" in n for n in names)
    sco = next(a for a in record["actors"] if (a["ref"] or "").lower() == "sco")
    assert [m["text"] for m in sco["mentions"]] == ["ШОС"]  # "ШОСв": the glued preposition is not the name


def test_nothing_spurious(record):
    names = {a["name"] for a in record["actors"]}
    assert not names & {"Главы", "МИД", "Главы МИД", "Стратегический диалог"}
    assert sorted(e["type"] for e in record["events"]) == ["meeting", "signing", "visit"]


def test_visit(record):
    (visit,) = _events(record, "visit")
    assert visit["status"] == "occurred"
    assert visit["date"] == {**visit["date"], "start": "2025-11-19", "end": "2025-11-20", "precision": "day"}
    assert visit["place"]["country"] == "KGZ"
    assert visit["format"] == "official visit"
    people = _people(visit)
    assert people["Ван И"]["role"] == "guest" and people["Ван И"]["country"] == "CHN"
    assert people["Жээнбек Кулубаев"]["role"] == "host"
    assert visit["cameo"] == "042" and visit["plover"]["type"] == "CONSULT" and visit["plover"]["mode"] == "visit"
    assert set(visit["countries"]) == {"KGZ", "CHN"}


def test_meeting(record):
    (meeting,) = _events(record, "meeting")
    assert meeting["status"] == "occurred"
    assert "2025-11-19" <= meeting["date"]["start"] <= meeting["date"]["end"] <= "2025-11-20"
    assert meeting["place"]["country"] == "KGZ"
    assert meeting["format"] == "strategic dialogue"
    assert set(_people(meeting)) == {"Жээнбек Кулубаев", "Ван И"}
    assert all(p["position"] == "министр иностранных дел" for p in meeting["participants"])
    topics = set(meeting["topics"])
    assert {"trade_economy", "agriculture", "energy", "industry", "transport_logistics", "border_customs"} <= topics
    joined = " ".join(topics)
    for named in ("Узбекистан", "Организация Объединённых Наций", "Пояс", "Центральная Азия", "chairmanship:KGZ SCO 2025-2026"):
        assert named in joined, named


def test_signing(record):
    (signing,) = _events(record, "signing")
    assert signing["status"] == "occurred"
    assert signing["cameo"] == "057"
    assert "2025-11-19" <= signing["date"]["start"] <= signing["date"]["end"] <= "2025-11-20"
    kinds = {a["kind"]: a for a in signing["agreements"]}
    assert set(kinds) == {"joint_statement", "program"}
    assert kinds["joint_statement"]["title"].startswith("совместное заявление по итогам первого заседания")
    program = kinds["program"]
    assert program["title"].startswith("Программа сотрудничества между министерствами иностранных дел")
    assert program["period"]["start"] == "2026-01-01" and program["period"]["end"] == "2027-12-31"
    assert set(program["parties"]) == {"KGZ", "CHN"}
    assert {p["name"] for p in signing["participants"]} == {"Жээнбек Кулубаев", "Ван И"}
    assert set(signing["countries"]) == {"KGZ", "CHN"}


def test_every_event_and_participant_has_evidence(record):
    (doc,) = read_path(SEED)
    for event in record["events"]:
        assert event["evidence"], event["type"]
        spans = [*event["evidence"], *(s for p in event["participants"] for s in p["evidence"])]
        for p in event["participants"]:
            assert p["evidence"], (event["type"], p["name"])
        for span in spans:
            assert span["end"] > span["start"]
            assert doc.field_text(span["field"])[span["start"]:span["end"]] == span["text"]
