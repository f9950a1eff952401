"""Nothing lost: an ingest killed with SIGKILL and re-run stores every document exactly once,
and readers in other processes keep reading the SQLite store while an ingest writes."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.api import open_store
from communique.query import find_events, search_documents, summary

COUNTRIES = ["Киргизии", "Китая", "Казахстана", "Узбекистана", "Индии", "Бразилии", "Египта", "Турции"]
CITIES = ["Бишкеке", "Пекине", "Астане", "Ташкенте", "Дели", "Каире", "Анкаре", "Москве"]
N_DOCS = 200


def synthetic_corpus(path: Path, n: int = N_DOCS) -> list[str]:
    """``n`` short, distinct Russian press releases as JSONL; returns their ids."""
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
            city = CITIES[(i * 5) % len(CITIES)]
            day = i % 28 + 1
            doc = {
                "id": f"syn-{i:04d}",
                "date": f"2025-{i % 12 + 1:02d}-{day:02d}",
                "title": f"Министры иностранных дел {a} и {b} провели переговоры в {city}",
                "text": (f"{day} числа в {city} состоялись переговоры министров иностранных дел {a} и {b}. "
                         f"Стороны обсудили торговлю, энергетику и транспорт (сообщение № {i}). "
                         "Подписан меморандум о сотрудничестве."),
            }
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            ids.append(doc["id"])
    return ids


def ingest_command(source: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "communique.cli", "ingest", str(source), "--db", str(db),
            "--quiet", "--batch-size", "10"]


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, list[str]]:
    path = tmp_path / "releases.jsonl"
    return path, synthetic_corpus(path)


@pytest.fixture
def small_corpus(tmp_path) -> tuple[Path, list[str]]:
    path = tmp_path / "few.jsonl"
    return path, synthetic_corpus(path, 80)


def test_sigkill_midway_then_rerun_stores_each_document_once(tmp_path, corpus):
    source, ids = corpus
    db = tmp_path / "kill.db"
    proc = subprocess.Popen(ingest_command(source, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored_count(db) < 30 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at_kill = stored_count(db)
    assert 0 < at_kill < N_DOCS

    rerun = subprocess.run(ingest_command(source, db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_DOCS} documents ({N_DOCS - at_kill} new, 0 updated, {at_kill} unchanged)" in rerun.stdout

    with sqlite3.connect(db) as conn:
        stored = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
        sources = conn.execute("SELECT COUNT(*), COUNT(DISTINCT event_id || '/' || document_id) "
                               "FROM event_sources").fetchone()
        orphans = conn.execute("SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
                               "(SELECT 1 FROM event_sources s WHERE s.event_id = e.id)").fetchone()[0]
    assert stored == sorted(ids)  # every document, each exactly once
    assert sources[0] == sources[1] and sources[0] > 0  # no event report twice
    assert orphans == 0


def test_readers_in_another_process_while_an_ingest_writes(tmp_path, small_corpus):
    source, ids = small_corpus
    db = tmp_path / "busy.db"
    with open_store(f"sqlite:///{db}"):
        pass  # the schema exists before the reader starts
    proc = subprocess.Popen(ingest_command(source, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    reads, seen = 0, set()
    try:
        with open_store(f"sqlite:///{db}") as store:
            while proc.poll() is None:
                counts = summary(store)
                find_events(store, countries=["KGZ"], since="2025-01-01", limit=5)
                search_documents(store, "переговоры", limit=3)
                seen.add(counts["documents"])
                reads += 1
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert reads > 5 and len(seen) > 2  # the reader saw the store grow, never "database is locked"
    assert stored_count(db) == len(ids)
