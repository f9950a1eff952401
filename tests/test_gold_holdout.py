"""File-level checks of the held-out gold set tests/gold/holdout.jsonl.

The held-out set is labelled like tests/gold/events.jsonl (docs/gold-guidelines.md) but is
never tuned against: these tests only check that the file is well formed and faithful to the
corpus, not what any extractor predicts on it.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from conftest import shared_path

from communique.evaluate import gold as G
from communique.model import EVENT_TYPES

GOLD_DIR = Path(__file__).parent / "gold"
HOLDOUT_FILE = GOLD_DIR / "holdout.jsonl"
DEV_FILE = GOLD_DIR / "events.jsonl"

ISO3 = re.compile(r"^[A-Z]{3}$")
ROLES = {"host", "guest", "initiator", "author", "target", "signatory", "participant"}
KINDS = {"joint_statement", "agreement", "memorandum", "program", "declaration", "treaty", "protocol", "plan", "other"}
PRECISIONS = {"day", "month", "year", "reported"}


def _iso_date(value: str) -> date:
    return date.fromisoformat(value)


def test_holdout_file_is_well_formed():
    gold = G.load_gold(HOLDOUT_FILE)
    ids = [d["doc_id"] for d in gold]
    assert len(ids) == len(set(ids)), "a document is labelled twice"
    assert len(gold) >= 30
    assert sum(1 for d in gold if d["events"]) >= 20
    assert sum(1 for d in gold if not d["events"]) >= 5
    for doc in gold:
        assert set(doc) <= {"doc_id", "published", "title", "events", "notes"}, doc["doc_id"]
        _iso_date(doc["published"])
        for e in doc["events"]:
            where = f"{doc['doc_id']}: {e.get('evidence', '')[:40]}"
            assert set(e) == {"type", "status", "date", "place", "participants", "countries",
                              "agreements", "evidence"}, where
            assert e["type"] in EVENT_TYPES, where
            assert e["status"] in {"occurred", "planned"}, where
            start, end = _iso_date(e["date"]["start"]), _iso_date(e["date"]["end"])
            assert start <= end, where
            assert e["date"]["precision"] in PRECISIONS, where
            if e["date"]["precision"] == "reported":
                assert e["date"]["start"] == doc["published"], where
            assert all(ISO3.match(c) for c in e["countries"]), where
            assert e["countries"] == sorted(set(e["countries"])), where
            if e["place"] is not None:
                assert set(e["place"]) == {"city", "country"}, where
                assert ISO3.match(e["place"]["country"]), where
            if e["type"] in {"phone_call", "position_change"}:
                assert e["place"] is None, where
            for p in e["participants"]:
                assert p["name"] and p["role"] in ROLES, where
                assert p.get("kind", "body") == "body", where
                assert p["country"] is None or ISO3.match(p["country"]), where
                assert p["country"] is None or p["country"] in e["countries"], where
            assert all(a["kind"] in KINDS and a["title"] for a in e["agreements"]), where
            assert not e["agreements"] or e["type"] == "signing", where
            assert 0 < len(e["evidence"]) <= 200, where


def test_holdout_is_disjoint_from_the_development_gold():
    dev = {d["doc_id"] for d in G.load_gold(DEV_FILE)}
    held = {d["doc_id"] for d in G.load_gold(HOLDOUT_FILE)}
    assert sorted(dev & held) == []


def test_holdout_documents_and_quotes_are_in_the_corpus():
    corpus_path = shared_path("corpus", "news.jsonl")
    gold = {d["doc_id"]: d for d in G.load_gold(HOLDOUT_FILE)}
    with open(corpus_path, encoding="utf-8") as f:
        rows = {row["id"]: row for row in map(json.loads, f) if row["id"] in gold}
    assert sorted(set(gold) - set(rows)) == []
    for doc_id, doc in gold.items():
        row = rows[doc_id]
        assert doc["title"] == row["title"], doc_id
        if row["date"]:
            assert doc["published"] == row["date"][:10], doc_id
        else:
            assert doc.get("notes"), f"{doc_id}: an estimated publication date must be explained"
        text = (row["title"] or "") + "\n" + row["text"]
        for e in doc["events"]:
            assert e["evidence"] in text, (doc_id, e["evidence"])


def test_holdout_scored_against_itself_is_perfect():
    from test_evaluate_gold import assert_scores_perfectly_against_itself

    assert_scores_perfectly_against_itself(HOLDOUT_FILE)
