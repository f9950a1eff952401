"""The command line end to end on the reference release: ingest, events, show, export; and docs."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from communique.cli import build_parser, main
from conftest import ROOT, SEED


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli") / "c.db"
    assert main(["ingest", str(SEED), "--db", str(path), "--quiet"]) == 0
    return str(path)


def run(capsys, *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_events_between_two_countries(db, capsys):
    events = json.loads(run(capsys, "events", "--db", db, "--country", "KGZ", "--country", "CHN", "--format", "json"))
    assert sorted(e["type"] for e in events) == ["meeting", "signing", "visit"]
    assert json.loads(run(capsys, "events", "--db", db, "--country", "KGZ", "--country", "USA", "--format", "json")) == []
    visits = json.loads(run(capsys, "events", "--db", db, "--person", "Вана И", "--type", "visit", "--format", "json"))
    assert [e["type"] for e in visits] == ["visit"]


def test_show_by_id_prefix_highlights_evidence(db, capsys):
    (visit,) = json.loads(run(capsys, "events", "--db", db, "--type", "visit", "--format", "json"))
    out = run(capsys, "show", visit["id"][:8], "--db", db)
    assert "guest: Ван И" in out and "official visit" in out
    assert "examples/000_25b0059bbf3c897c.txt" in out or str(SEED) in out
    assert "по приглашению министра" in out


def test_export_plover_dyads(db, capsys):
    records = [json.loads(line) for line in run(capsys, "export", "--db", db, "--format", "plover").splitlines()]
    visit = next(r for r in records if r["communique_type"] == "visit")
    assert visit["event_type"] == "CONSULT" and visit["mode"] == "visit" and visit["cameo"] == "042"
    assert visit["actor"]["name"] == "Ван И" and visit["recipient"]["name"] == "Жээнбек Кулубаев"
    assert visit["event_date"] == "2025-11-19" and visit["location"]["country"] == "KGZ"


def test_export_csv_and_jsonl(db, capsys):
    rows = list(csv.DictReader(io.StringIO(run(capsys, "export", "--db", db, "--format", "csv"))))
    assert sorted(r["type"] for r in rows) == ["meeting", "signing", "visit"]
    lines = run(capsys, "export", "--db", db, "--format", "jsonl").splitlines()
    assert len(lines) == 3 and all(json.loads(line)["sources"] for line in lines)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001 - argparse has no public API
    missing = [name for name in commands if not re.search(rf"communique {name}\b", readme)]
    assert missing == []
