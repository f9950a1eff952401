"""Events on real documents of the shared corpus: kremlin.ru talks, calls and signings,
and the development gold as a whole (regression floor).  Skipped without ../shared/data."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from communique.api import extract_document
from communique.model import Document
from conftest import ROOT, shared_path


@cache
def corpus_docs() -> dict[str, dict]:
    path = shared_path("corpus", "news.jsonl")
    with path.open(encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


def record(doc_id: str) -> dict:
    d = corpus_docs()[doc_id]
    return extract_document(Document(id=d["id"], title=d["title"] or "", text=d["text"] or "",
                                      published=d["date"], lang=d["lang"] or "ru", source=d["source"], url=d["url"]))


def people(event: dict) -> dict[str, dict]:
    return {p["name"]: p for p in event["participants"]}


def only(rec: dict, type_: str) -> dict:
    found = [e for e in rec["events"] if e["type"] == type_]
    assert len(found) == 1, [(e["type"], [p["name"] for p in e["participants"]]) for e in rec["events"]]
    return found[0]


def test_kremlin_phone_call_with_india():
    call = only(record("kremlin_ru:76841"), "phone_call")
    assert call["status"] == "occurred" and call["place"] is None
    assert call["date"]["start"] == call["date"]["end"] == "2025-05-05"
    ps = people(call)
    assert ps["Владимир Путин"]["country"] == "RUS"
    assert ps["Нарендра Моди"]["country"] == "IND"
    assert call["cameo"] == "041" and call["plover"]["mode"] == "phone"


def test_kremlin_talks_with_xi_in_moscow():
    rec = record("kremlin_ru:76870")
    talks = only(rec, "meeting")
    assert talks["date"]["start"] == "2025-05-08"
    assert talks["place"]["city"] == "Москва" and talks["place"]["country"] == "RUS"
    ps = people(talks)
    assert ps["Владимир Путин"]["role"] == "host" and ps["Си Цзиньпин"]["role"] == "guest"
    visit = only(rec, "visit")
    assert people(visit)["Си Цзиньпин"]["role"] == "guest"
    assert visit["place"]["country"] == "RUS"
    signing = only(rec, "signing")
    assert signing["status"] == "planned"


def test_kremlin_list_of_signed_documents():
    signing = only(record("kremlin_ru:76403"), "signing")
    kinds = [a["kind"] for a in signing["agreements"]]
    assert len(kinds) >= 10
    assert {"joint_statement", "agreement", "memorandum", "protocol"} <= set(kinds)
    assert signing["place"]["country"] == "RUS"


def test_decree_is_not_a_signing_between_states():
    rec = record("kremlin_ru:76232")
    assert [e["type"] for e in rec["events"]] == ["position_change"]
    assert people(rec["events"][0]).keys() == {"Андрей Никитин"}


def test_development_gold_floor():
    """The whole hand-labelled gold: a floor under today's figures, to catch regressions."""
    from communique.evaluate.gold import run

    report = run(ROOT / "tests" / "gold" / "events.jsonl", shared_path("corpus", "news.jsonl"), extract_document)
    figures = report.to_dict()
    assert figures["events"]["f1"] >= 0.78, report.render()
    assert figures["participants_matched"]["f1"] >= 0.82, report.render()
    assert figures["agreements"]["f1"] >= 0.85, report.render()


# (file, events F1 floor under today's figures): labelled after the first round of rules; in session 3
# (statements, changes of post and visits); in session 4 (changes of post, statements and meetings)
LATER_GOLDS = [("events2.jsonl", 0.72), ("events4.jsonl", 0.80), ("events5.jsonl", 0.70)]


@pytest.mark.parametrize("name, floor", LATER_GOLDS, ids=[name for name, _ in LATER_GOLDS])
def test_later_development_gold_floor(name: str, floor: float):
    from communique.evaluate.gold import run

    report = run(ROOT / "tests" / "gold" / name, shared_path("corpus", "news.jsonl"), extract_document)
    figures = report.to_dict()
    assert figures["events"]["f1"] >= floor, report.render()
    assert figures["participants_matched"]["f1"] >= 0.88, report.render()


def test_what_one_side_asked_another_to_adopt_is_no_signing():
    # "… в котором просили Анкару принять программу строительства …": Yanukovych and Erdogan are both
    # known to the KB, so a signing read from the request would be one between states
    rec = record("factrueval:devset/book_142")
    assert {e["type"] for e in rec["events"]} >= {"visit", "meeting"}
    assert [e for e in rec["events"] if e["type"] == "signing"] == []


def test_a_gathering_held_with_no_participant_of_its_own_breaks_nothing():
    # a meeting with the government by video and an opening "held" in regions: its participants come from
    # elsewhere in the item; the rule for an organisation's gathering once read the first of none
    rec = record("kremlin_ru:76683")
    assert rec["errors"] == [] and rec["events"] == []
