"""Deciding that two reports describe one event, and merging them."""
from __future__ import annotations

from communique.extract.merge import day_bounds, merge_events, same_event, tag_document


def event(**kw) -> dict:
    base = {"id": "e1", "type": "visit", "status": "occurred",
            "date": {"start": "2025-11-19", "end": "2025-11-20", "precision": "day", "reason": None},
            "place": None, "participants": [
                {"actor": "p1", "name": "Ван И", "country": "CHN", "position": None, "role": "guest",
                 "evidence": [{"field": "text", "start": 0, "end": 5, "text": "Ван И", "rule": None}]}],
            "countries": ["KGZ", "CHN"], "organizations": [], "format": None, "topics": ["economy"],
            "agreements": [], "cameo": "042", "plover": None, "evidence": [], "confidence": 0.5,
            "trigger": None, "sources": []}
    base.update(kw)
    return base


def on(start, end=None, precision="day"):
    return {"start": start, "end": end, "precision": precision, "reason": None}


def test_day_bounds_of_partial_dates():
    assert [d.isoformat() for d in day_bounds("2024-02")] == ["2024-02-01", "2024-02-29"]
    assert [d.isoformat() for d in day_bounds("2025", "2026-03")] == ["2025-01-01", "2026-03-31"]
    assert [d.isoformat() for d in day_bounds("2025-11-20T10:29")] == ["2025-11-20", "2025-11-20"]
    assert day_bounds(None) is None and day_bounds("someday") is None


def test_same_participant_by_name_in_another_case_form():
    other = event(id="e2", date=on("2025-11-21"),
                  participants=[{"actor": "zz", "name": "Вана И", "country": "CHN", "position": None,
                                 "role": None, "evidence": []}])
    assert same_event(event(), other)  # 21 Nov is within a day of the 19–20 Nov visit


def test_not_the_same_type_date_or_people():
    assert not same_event(event(), event(type="meeting"))
    assert not same_event(event(), event(date=on("2025-11-23")))
    assert same_event(event(), event(date=on("2025-11-23", precision="reported")))  # ±3 days
    assert not same_event(event(), event(date=on(None)))
    stranger = [{"actor": "p9", "name": "Сергей Лавров", "country": "RUS", "position": None,
                 "role": None, "evidence": []}]
    assert not same_event(event(), event(participants=stranger))


def test_without_persons_the_country_sets_decide():
    state = [{"actor": "KGZ", "name": "Киргизия", "country": "KGZ", "position": None, "role": None,
              "evidence": []}]
    kinds = {"KGZ": "state"}
    a = event(participants=state)
    assert same_event(a, event(participants=[], countries=["CHN", "KGZ"]), kinds)
    assert not same_event(a, event(participants=[], countries=["CHN", "KGZ", "RUS"]), kinds)
    assert not same_event(a, event(), kinds)  # one names a person, the other none


def test_merge_unions_and_keeps_the_most_precise_date():
    a = tag_document(event(date=on("2025-11", precision="month"), status="planned"), "doc-a")
    b = tag_document(event(id="e2", date=on("2025-11-20"), topics=["security", "economy"],
                           participants=[{"actor": "p1", "name": "Ван И", "country": "CHN",
                                          "position": "министр", "role": None,
                                          "evidence": [{"field": "text", "start": 3, "end": 8,
                                                        "text": "Ван И", "rule": None}]},
                                         {"actor": "p2", "name": "Кулубаев", "country": "KGZ",
                                          "position": None, "role": "host", "evidence": []}],
                           confidence=0.9), "doc-b")
    m = merge_events(a, b)
    assert m["id"] == "e1" and m["status"] == "occurred" and m["date"] == on("2025-11-20")
    assert m["sources"] == ["doc-a", "doc-b"]
    assert m["topics"] == ["economy", "security"] and m["confidence"] == 0.9
    wang, kulubaev = m["participants"]
    assert (wang["position"], wang["role"], kulubaev["name"]) == ("министр", "guest", "Кулубаев")
    assert [(s["document_id"], s["start"]) for s in wang["evidence"]] == [("doc-a", 0), ("doc-b", 3)]
    assert a["date"]["precision"] == "month"  # inputs are not modified


def test_merge_of_an_event_with_itself_changes_nothing():
    a = tag_document(event(), "doc-a")
    assert merge_events(a, a) == a
