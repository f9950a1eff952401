"""The KB answers "who held the post on the date" from curated and learned facts, with conflicts."""
from __future__ import annotations

import pytest

from communique.api import extract_document
from communique.cli import main
from communique.kb.learned import post_titles, state_code, who
from communique.model import Document
from communique.store import open_store

AGREEING = ("Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев провёл переговоры "
            "с министром иностранных дел КНР Ван И.")
DISAGREEING = "Министр иностранных дел Кыргызской Республики Азамат Токтобеков принял посла Китая."


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}")
    docs = [Document("agree", "Переговоры", AGREEING, "2025-11-20"),
            Document("disagree", "Встреча", DISAGREEING, "2025-11-25")]
    s.upsert([(extract_document(d), d.text) for d in docs])
    yield s
    s.close()


def test_titles_of_one_office_and_state_names():
    assert set(post_titles("foreign-minister")) >= {"министр иностранных дел", "государственный секретарь"}
    assert post_titles("министр обороны") == ("министр обороны",)
    assert state_code("Кыргызстана") == "KGZ"
    assert state_code("usa") == "USA"


def test_curated_only_without_a_store():
    answer = who("foreign-minister", "USA", "2025-11-20")
    assert [h.name for h in answer.holders] == ["Марко Рубио"]
    assert answer.holders[0].sources == ("kb",)
    assert answer.conflicts == ()


def test_curated_and_learned_agree(store):
    answer = who("министр иностранных дел", "CHN", "2025-11-20", store)
    (wang,) = answer.holders
    assert wang.name == "Ван И" and wang.sources == ("kb", "text")
    assert [o.document_id for o in wang.observations] == ["agree"]
    assert answer.conflicts == ()


def test_a_learned_holder_the_kb_lacks_is_a_conflict(store):
    answer = who("foreign-minister", "KGZ", "2025-11-20", store)
    by_name = {h.name: h for h in answer.holders}
    assert by_name["Жээнбек Кулубаев"].sources == ("kb", "text")
    assert by_name["Азамат Токтобеков"].sources == ("text",)
    (conflict,) = answer.conflicts
    assert "Азамат Токтобеков" in conflict and "disagree" in conflict and "Жээнбек Кулубаев" in conflict


def test_the_window_limits_learned_facts(store):
    answer = who("foreign-minister", "KGZ", "2024-01-10", store, window=30)
    assert all(h.sources == ("kb",) for h in answer.holders)


def test_cli_kb_who(store, capsys):
    assert main(["kb", "who", "foreign-minister", "KGZ", "2025-11-20", "--db", store.url, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "Азамат Токтобеков" in out and "conflicts" in out


def test_a_former_post_is_no_evidence_for_the_date(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'former.db'}")
    doc = Document("former", "Интервью", "Бывший министр иностранных дел Кыргызской Республики Азамат "
                   "Токтобеков дал интервью.", "2025-11-20")
    s.upsert([(extract_document(doc), doc.text)])
    answer = who("foreign-minister", "KGZ", "2025-11-20", s)
    s.close()
    assert "Азамат Токтобеков" not in {h.name for h in answer.holders}
    assert answer.conflicts == ()
