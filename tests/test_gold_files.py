"""File-level checks of every hand-labelled event gold set in tests/gold/.

The files are labelled by docs/gold-guidelines.md; these tests check that each is well formed,
faithful to the corpus, disjoint from the others and consistent with itself (it scores 1.0
against itself), not what any extractor predicts on it.
"""
from __future__ import annotations

import itertools
import json
import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import shared_path
from test_evaluate_gold import as_predicted, record

from communique.evaluate import gold as G
from communique.model import EVENT_TYPES

GOLD_DIR = Path(__file__).parent / "gold"

ISO3 = re.compile(r"^[A-Z]{3}$")
ROLES = {"host", "guest", "initiator", "author", "target", "signatory", "participant"}
KINDS = {"joint_statement", "agreement", "memorandum", "program", "declaration", "treaty", "protocol", "plan", "other"}
PRECISIONS = {"day", "month", "year", "reported"}


class GoldFile(NamedTuple):
    name: str
    documents: int  # at least this many documents …
    with_events: int  # … this many with events …
    negatives: int  # … and this many labelled negatives
    # the publication date equals the source's when it has one (the first file explains, in
    # `notes`, the one crawl date it corrects)
    source_date_kept: bool = True


FILES = [
    GoldFile("events.jsonl", 45, 45, 10, source_date_kept=False),
    GoldFile("events2.jsonl", 45, 35, 8),
    GoldFile("events3.jsonl", 40, 30, 5),
    GoldFile("holdout.jsonl", 30, 20, 5),
    GoldFile("events4.jsonl", 45, 40, 5),
    GoldFile("events5.jsonl", 42, 36, 6),
    GoldFile("events6.jsonl", 40, 9, 31),
    GoldFile("events7.jsonl", 40, 15, 25),
    GoldFile("events8.jsonl", 38, 20, 18),
    GoldFile("events9.jsonl", 40, 14, 26),
    GoldFile("events10.jsonl", 40, 11, 29),
    GoldFile("events11.jsonl", 40, 11, 29),
    GoldFile("events12.jsonl", 40, 10, 30),
    GoldFile("events13.jsonl", 40, 14, 26),
    GoldFile("events14.jsonl", 40, 9, 31),
    GoldFile("events15.jsonl", 40, 13, 27),
    GoldFile("events16.jsonl", 40, 8, 32),
    GoldFile("events17.jsonl", 40, 13, 27),
    GoldFile("headlines1.jsonl", 198, 83, 115),  # 1tv.ru headlines, each a document
]
BY_NAME = pytest.mark.parametrize("spec", FILES, ids=[f.name for f in FILES])


def _iso_date(value: str) -> date:
    return date.fromisoformat(value)


@BY_NAME
def test_gold_file_is_well_formed(spec: GoldFile):
    gold = G.load_gold(GOLD_DIR / spec.name)
    ids = [d["doc_id"] for d in gold]
    assert len(ids) == len(set(ids)), "a document is labelled twice"
    assert len(gold) >= spec.documents
    assert sum(1 for d in gold if d["events"]) >= spec.with_events
    assert sum(1 for d in gold if not d["events"]) >= spec.negatives
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


def test_gold_files_are_disjoint():
    ids = {f.name: {d["doc_id"] for d in G.load_gold(GOLD_DIR / f.name)} for f in FILES}
    for a, b in itertools.combinations(ids, 2):
        assert sorted(ids[a] & ids[b]) == [], (a, b)


@BY_NAME
def test_gold_documents_and_quotes_are_in_the_corpus(spec: GoldFile):
    corpus_path = shared_path("corpus", "news.jsonl")
    gold = {d["doc_id"]: d for d in G.load_gold(GOLD_DIR / spec.name)}
    rows = G.read_documents(corpus_path, set(gold))  # (headlines from the file beside it)
    rows.update(G.read_documents(corpus_path.with_name(G.HEADLINES), set(gold) - set(rows)))
    assert sorted(set(gold) - set(rows)) == []
    for doc_id, doc in gold.items():
        row = rows[doc_id]
        assert (doc["title"] or "") == row.title, doc_id
        if not row.published or not spec.source_date_kept:
            assert doc["published"] == (row.published or "")[:10] or doc.get("notes"), \
                f"{doc_id}: an estimated or corrected publication date must be explained"
        else:
            assert doc["published"] == row.published[:10], doc_id
        text = row.title + "\n" + row.text
        for e in doc["events"]:
            assert e["evidence"] in text, (doc_id, e["evidence"])


@BY_NAME
def test_gold_file_scored_against_itself_is_perfect(spec: GoldFile):
    """A gold file, turned into predictions, scores 1.0 everywhere: its labels are consistent."""
    gold = G.load_gold(GOLD_DIR / spec.name)
    records = {}
    for doc in gold:
        events = [as_predicted(e, prefix=f"e{k}a") for k, e in enumerate(doc["events"])]
        actors = [{"id": p["actor"], "kind": "organization" if e["participants"][i].get("kind") == "body" else "person"}
                  for src, e in zip(events, doc["events"]) for i, p in enumerate(src["participants"])]
        records[doc["doc_id"]] = record(*events, actors=actors)
    report = G.score(gold, records)
    assert report.errors == ()
    assert report.events.f1 == report.participants_all.f1 == report.countries.f1 == 1.0
    signed = sum(len(e["agreements"]) for doc in gold for e in doc["events"])
    assert report.agreements.f1 == (1.0 if signed else 0.0)  # events5 has no signing
    assert report.date.value == report.place.value == report.status.value == 1.0
