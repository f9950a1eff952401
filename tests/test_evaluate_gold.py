"""The gold scorer on hand-made records (the gold files themselves: tests/test_gold_files.py)."""
from __future__ import annotations

import copy
import json
import re

import pytest

from communique.evaluate import gold as G
from communique.model import Document

CALL = {
    "type": "phone_call", "status": "occurred",
    "date": {"start": "2025-05-06", "end": "2025-05-06", "precision": "day"},
    "place": None,
    "participants": [{"name": "Владимир Путин", "country": "RUS", "role": "participant"},
                     {"name": "Биньямин Нетаньяху", "country": "ISR", "role": "participant"}],
    "countries": ["ISR", "RUS"], "agreements": [], "evidence": "Состоялся телефонный разговор",
}
SIGNING = {
    "type": "signing", "status": "occurred",
    "date": {"start": "2025-03-04", "end": "2025-03-04", "precision": "day"},
    "place": {"city": "Москва", "country": "RUS"},
    "participants": [], "countries": ["MMR", "RUS"],
    "agreements": [{"title": "Соглашение о сотрудничестве в таможенных делах", "kind": "agreement"},
                   {"title": "Совместное заявление по итогам переговоров", "kind": "joint_statement"}],
    "evidence": "Список документов",
}


def as_predicted(event: dict, prefix: str = "a") -> dict:
    """A gold event in the shape of a public record's event (actor ids ``{prefix}{i}``)."""
    out = copy.deepcopy(event)
    out.pop("evidence")
    out["id"] = "e1"
    out["participants"] = [{"actor": f"{prefix}{i}", "name": p["name"], "country": p["country"],
                            "position": None, "role": p["role"]} for i, p in enumerate(event["participants"])]
    out["agreements"] = [{**a, "parties": [], "period": None} for a in event["agreements"]]
    if out["place"] is not None:
        out["place"] = {"name": out["place"]["city"], **out["place"]}
    return out


def record(*events: dict, actors: list[dict] | None = None) -> dict:
    return {"schema": "communique/1", "document": {}, "actors": actors or [], "events": list(events), "errors": []}


GOLD = [
    {"doc_id": "d1", "events": [CALL]},
    {"doc_id": "d2", "events": [SIGNING]},
    {"doc_id": "d3", "events": []},
]


def perfect() -> dict[str, dict]:
    return {"d1": record(as_predicted(CALL)), "d2": record(as_predicted(SIGNING)), "d3": record()}


def test_perfect_prediction_scores_one_everywhere():
    report = G.score(GOLD, perfect())
    for prf in (report.events, report.participants_matched, report.participants_all,
                report.countries, report.agreements):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert report.status.value == report.date.value == report.place.value == 1.0
    assert report.errors == ()
    assert report.documents == 3


def test_missed_event_lowers_recall_only():
    records = perfect()
    records["d2"] = record()
    report = G.score(GOLD, records)
    assert report.events.recall == 0.5
    assert report.events.precision == 1.0
    assert report.agreements.recall == 0.0
    assert [(e.doc_id, e.kind) for e in report.errors] == [("d2", "missed")]


def test_wrong_type_is_spurious_and_missed():
    wrong = as_predicted(CALL)
    wrong["type"] = "meeting"
    records = perfect()
    records["d1"] = record(wrong)
    report = G.score(GOLD, records)
    assert report.events.tp == 1 and report.events.predicted == 2
    assert {(e.doc_id, e.kind) for e in report.errors} == {("d1", "missed"), ("d1", "spurious")}
    assert dict(report.event_types)["meeting"].precision == 0.0


def test_surname_only_and_yo_match():
    pred = as_predicted(CALL)
    pred["participants"] = [{"actor": "a0", "name": "Путин", "country": "RUS", "position": None, "role": None},
                            {"actor": "a1", "name": "Б. НЕТАНЬЯХУ", "country": "ISR", "position": None, "role": None}]
    report = G.score(GOLD[:1], {"d1": record(pred)})
    assert report.events.f1 == 1.0
    assert report.participants_matched.f1 == 1.0
    a = G._Party(G.normalize_name("Пётр Порошенко"), "UKR", True)
    assert G.parties_match(a, G._Party(G.normalize_name("Петр Порошенко"), "UKR", True))
    # Latin accents fold ("Iván" is "Ivan"), Cyrillic "й" stays itself
    assert G.normalize_name("Iván Duque") == "ivan duque" and G.normalize_name("Йоханнес").startswith("й")
    # the press's spellings of one foreign name: э as е, doubled letters single
    for written, kb in (("Хайко Мас", "Хайко Маас"), ("Уильям Хэйг", "Уильям Хейг"), ("Ричард Греннел", "Ричард Гренелл")):
        assert G.normalize_name(written) == G.normalize_name(kb)
    assert G.normalize_name("Мас") != G.normalize_name("Мао")
    # a name and the same name with a Spanish mother's surname after it
    cuba = G._Party(G.normalize_name("Мигель Диас-Канель Бермудес"), "CUB", True)
    assert G.parties_match(cuba, G._Party(G.normalize_name("Мигель Диас-Канель"), "CUB", True))
    assert not G.parties_match(G._Party("ким чен ир", "PRK", True), G._Party("ким чен ын", "PRK", True))


def test_different_person_does_not_match():
    pred = as_predicted(CALL)
    pred["participants"] = [{"actor": "a0", "name": "Дональд Трамп", "country": "USA", "position": None, "role": None}]
    report = G.score(GOLD[:1], {"d1": record(pred)})
    assert report.events.tp == 0


def test_bodies_match_by_country_but_not_persons():
    statement = {**CALL, "type": "statement",
                 "participants": [{"name": "МИД России", "country": "RUS", "role": "author", "kind": "body"}]}
    pred = as_predicted(statement)
    pred["participants"][0]["name"] = "Министерство иностранных дел РФ"
    actors = [{"id": "a0", "kind": "organization", "name": "МИД России"}]
    assert G.score([{"doc_id": "d", "events": [statement]}], {"d": record(pred, actors=actors)}).events.tp == 1
    # the same participant read as a person does not stand for a body
    assert G.score([{"doc_id": "d", "events": [statement]}], {"d": record(pred)}).events.tp == 0


def test_gold_without_participants_needs_a_shared_country():
    pred = as_predicted(SIGNING)
    pred["participants"] = [{"actor": "a0", "name": "Владимир Путин", "country": "RUS", "position": None, "role": None}]
    assert G.score(GOLD[1:2], {"d2": record(pred)}).events.tp == 1
    pred["countries"] = ["USA"]
    assert G.score(GOLD[1:2], {"d2": record(pred)}).events.tp == 0


def test_wrong_date_lowers_date_accuracy_only():
    pred = as_predicted(CALL)
    pred["date"] = {"start": "2025-05-05", "end": "2025-05-05", "precision": "day"}
    report = G.score(GOLD[:1], {"d1": record(pred)})
    assert report.events.f1 == 1.0
    assert report.date.value == 0.0
    assert report.status.value == report.place.value == 1.0


def test_reported_precision_counts_when_the_day_is_equal():
    pred = as_predicted(CALL)
    pred["date"] = {"start": "2025-05-06", "end": None, "precision": "reported"}
    assert G.score(GOLD[:1], {"d1": record(pred)}).date.value == 1.0


def test_place_rules():
    pred = as_predicted(SIGNING)
    pred["place"] = {"name": "Санкт-Петербург", "city": "Санкт-Петербург", "country": "RUS"}
    assert G.score(GOLD[1:2], {"d2": record(pred)}).place.value == 0.0
    call = as_predicted(CALL)
    call["place"] = {"name": "Москва", "city": "Москва", "country": "RUS"}
    assert G.score(GOLD[:1], {"d1": record(call)}).place.value == 0.0


def test_agreements_need_kind_and_half_the_title():
    pred = as_predicted(SIGNING)
    pred["agreements"] = [
        {"title": "Соглашения о сотрудничестве в таможенных делах между правительствами", "kind": "agreement"},
        {"title": "Совместное заявление по итогам переговоров", "kind": "declaration"},
    ]
    report = G.score(GOLD[1:2], {"d2": record(pred)})
    assert report.agreements.tp == 1
    assert report.agreements.precision == 0.5


def test_one_to_one_alignment():
    # two predicted copies of one gold call: one matches, one is spurious
    report = G.score(GOLD[:1], {"d1": record(as_predicted(CALL), as_predicted(CALL))})
    assert (report.events.tp, report.events.predicted, report.events.gold) == (1, 2, 1)


def test_render_and_to_dict():
    report = G.score(GOLD, perfect())
    text = report.render()
    assert re.search(r"^events\s+1\.000\s+1\.000\s+1\.000\s+2$", text, re.M)
    assert "date" in text and "3 documents" in text
    data = report.to_dict()
    assert data["events"]["f1"] == 1.0 and data["date"]["accuracy"] == 1.0
    json.dumps(data)


def test_load_gold_rejects_bad_lines(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc_id": "x", "events": []}\n\n{"events": []}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":3:"):
        G.load_gold(path)


def test_run_builds_documents_and_survives_failures(tmp_path):
    corpus = tmp_path / "news.jsonl"
    rows = [{"id": "d1", "source": "s", "url": None, "date": "2025-05-06", "title": "T", "text": "body", "lang": "ru"},
            {"id": "d2", "source": "s", "url": None, "date": None, "title": "T2", "text": "x", "lang": "ru"},
            {"id": "zz", "source": "s", "url": None, "date": None, "title": "", "text": "", "lang": "ru"}]
    corpus.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(json.dumps(d) for d in GOLD[:2]), encoding="utf-8")
    seen: list[Document] = []

    def extract(doc: Document) -> dict:
        seen.append(doc)
        if doc.id == "d2":
            raise RuntimeError("boom")
        return record(as_predicted(CALL))

    report = G.run(gold_path, corpus, extract)
    assert sorted(d.id for d in seen) == ["d1", "d2"]
    assert next(d for d in seen if d.id == "d1").published == "2025-05-06"
    assert report.events.tp == 1 and report.events.gold == 2
    assert ("d2", "failed") in {(e.doc_id, e.kind) for e in report.errors}


def test_run_rejects_gold_missing_from_corpus(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("", encoding="utf-8")
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(GOLD[0]), encoding="utf-8")
    with pytest.raises(ValueError, match="not in"):
        G.run(gold_path, corpus, lambda d: record())


def test_main_reports_missing_file(tmp_path, capsys):
    assert G.main([str(tmp_path / "nope.jsonl"), "--corpus", str(tmp_path)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_date_of_dated_documents_counts_only_records_with_a_publication_date():
    wrong = as_predicted(CALL)
    wrong["date"] = {"start": "2025-05-05", "end": "2025-05-05", "precision": "day"}
    undated = record(wrong)
    dated = record(as_predicted(SIGNING))
    dated["document"] = {"published": "2025-03-04"}
    report = G.score(GOLD[:2], {"d1": undated, "d2": dated})
    assert report.date.value == 0.5
    assert (report.date_dated.correct, report.date_dated.total) == (1, 1)
    assert report.to_dict()["date_dated"]["accuracy"] == 1.0


def test_month_precision_is_compared_as_its_days():
    gold = {"date": {"start": "2010-06-01", "end": "2010-08-31", "precision": "month"}}
    assert G.date_correct(gold, {"date": {"start": "2010-06", "end": "2010-08", "precision": "month"}})
    assert not G.date_correct(gold, {"date": {"start": "2010-06", "end": "2010-07", "precision": "month"}})
    assert G.date_correct({"date": {"start": "2024-02-01", "end": "2024-02-29"}}, {"date": {"start": "2024-02"}})
    assert G.date_correct({"date": {"start": "2009-01-01", "end": "2009-12-31"}}, {"date": {"start": "2009"}})
    assert not G.date_correct({"date": {"start": "2009-05-01"}}, {"date": {"start": "2009-05"}})


def test_gold_ids_missing_from_the_corpus_are_read_from_the_headlines_beside_it(tmp_path):
    import gzip

    (tmp_path / "news.jsonl").write_text(json.dumps(
        {"id": "n1", "title": "Новость", "text": "Текст.", "date": "2025-01-01", "lang": "ru"}, ensure_ascii=False)
        + "\n", encoding="utf-8")
    with gzip.open(tmp_path / G.HEADLINES, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "1tv:1", "title": "Заголовок", "date": "2002-04-03", "lang": "ru"},
                           ensure_ascii=False) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"doc_id": i, "published": d, "title": t, "events": []}, ensure_ascii=False)
                            + "\n" for i, d, t in (("n1", "2025-01-01", "Новость"), ("1tv:1", "2002-04-03", "Заголовок"))),
                    encoding="utf-8")
    seen = {}
    G.run(gold, tmp_path / "news.jsonl", lambda doc: seen.setdefault(doc.id, doc) and {"events": []})
    assert seen["1tv:1"].title == "Заголовок" and seen["1tv:1"].text == "" and seen["1tv:1"].published == "2002-04-03"
    assert seen["n1"].text == "Текст."
    (tmp_path / G.HEADLINES).unlink()
    with pytest.raises(ValueError, match="1 gold documents are not in"):
        G.run(gold, tmp_path / "news.jsonl", lambda doc: {"events": []})
