"""factRuEval scorers on hand-written documents, and the loaders on the real devset."""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.evaluate import factru
from communique.evaluate.common import Score, best_alignment, render_table, total
from communique.evaluate.factru import Fact, FactArg, PredSpan, load_document, score_facts, score_ner

TEXT = "Министр Сергей Лавров встретился с мэром Москвы в России ."
# id, start, text; the devset's .tokens layout is "id start length text"
WORDS = [("1", 0, "Министр"), ("2", 8, "Сергей"), ("3", 15, "Лавров"), ("4", 22, "встретился"),
         ("5", 33, "с"), ("6", 35, "мэром"), ("7", 41, "Москвы"), ("8", 48, "в"), ("9", 50, "России"),
         ("10", 57, ".")]


def write_doc(tmp_path: Path, objects: str, facts: str = "", coref: str = "") -> Path:
    stem = tmp_path / "book_1"
    stem.with_suffix(".txt").write_text(TEXT, encoding="utf-8")
    stem.with_suffix(".tokens").write_text(
        "".join(f"{i} {s} {len(w)} {w}\n" for i, s, w in WORDS), encoding="utf-8")
    spans = {  # span id -> (type, token ids)
        "1": ("job", ["1"]), "2": ("name", ["2"]), "3": ("surname", ["3"]),
        "6": ("job", ["6"]), "7": ("loc_name", ["7"]), "9": ("loc_name", ["9"]),
        "10": ("org_descr", ["6"]),
    }
    lines = []
    for sid, (stype, toks) in spans.items():
        words = [next(w for i, _s, w in WORDS if i == t) for t in toks]
        start = next(s for i, s, _w in WORDS if i == toks[0])
        lines.append(f"{sid} {stype} {start} 0 {toks[0]} {len(toks)}  # {' '.join(toks)} {' '.join(words)}")
    stem.with_suffix(".spans").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stem.with_suffix(".objects").write_text(objects, encoding="utf-8")
    stem.with_suffix(".coref").write_text(coref, encoding="utf-8")
    stem.with_suffix(".facts").write_text(facts, encoding="utf-8")
    return stem


PERSON_AND_PLACES = ("o1 Person 2 3 # Сергей Лавров\n"
                     "o2 LocOrg 7 # Москвы\n"
                     "o3 Location 9 # России\n")


def by_row(scores: dict[str, Score]) -> dict[str, float]:
    return {row: round(s.f1, 3) for row, s in scores.items()} | {"all": round(total(scores.values()).f1, 3)}


def test_perfect_predictions_score_one(tmp_path):
    doc = load_document(write_doc(tmp_path, PERSON_AND_PLACES))
    preds = [PredSpan(8, 21, "per"), PredSpan(41, 47, "loc"), PredSpan(50, 56, "loc")]
    assert by_row(score_ner(doc, preds)) == {"per": 1.0, "loc": 1.0, "org": 1.0, "all": 1.0}


def test_missed_span_lowers_recall_only(tmp_path):
    doc = load_document(write_doc(tmp_path, PERSON_AND_PLACES))
    overall = total(score_ner(doc, [PredSpan(8, 21, "per"), PredSpan(50, 56, "loc")]).values())
    assert overall.precision == 1.0
    assert overall.recall == pytest.approx(2 / 3)


def test_partial_span_earns_part_of_a_point(tmp_path):
    doc = load_document(write_doc(tmp_path, PERSON_AND_PLACES))
    per = score_ner(doc, [PredSpan(15, 21, "per")])["per"]  # "Лавров" of "Сергей Лавров"
    assert (per.tp_gold, per.n_gold, per.n_pred) == (0.5, 1, 1)
    longer = score_ner(doc, [PredSpan(0, 21, "per")])["per"]  # "Министр" is an extra token
    assert longer.tp_gold == pytest.approx(2 / 3)


def test_wrong_type_is_a_miss_and_a_false_alarm(tmp_path):
    doc = load_document(write_doc(tmp_path, PERSON_AND_PLACES))
    scores = score_ner(doc, [PredSpan(8, 21, "org")])
    assert (scores["per"].n_gold, scores["per"].tp_gold) == (1, 0)
    assert scores["org"].n_pred == 1 and scores["org"].tp_pred == 0


def test_locorg_counts_as_location_or_optionally_as_org(tmp_path):
    doc = load_document(write_doc(tmp_path, "o2 LocOrg 7 # Москвы\n"))
    assert score_ner(doc, [PredSpan(41, 47, "loc")])["loc"].f1 == 1.0
    official = score_ner(doc, [PredSpan(41, 47, "org")])
    assert official["loc"].recall == 0.0 and official["org"].precision == 0.0
    lenient = score_ner(doc, [PredSpan(41, 47, "org")], locorg="either")
    assert total(lenient.values()).f1 == 1.0


def test_unnamed_and_embedded_objects_are_ignored(tmp_path):
    objects = ("o4 Org 10 7 # мэром Москвы\n"  # the mayor's office: named by its city
               "o2 LocOrg 7 # Москвы\n"  # embedded in o4: ignored
               "o5 Org 10 # мэром\n")  # descriptor only: unnamed, ignored
    doc = load_document(write_doc(tmp_path, objects))
    scores = score_ner(doc, [PredSpan(35, 47, "org")])
    assert by_row(scores)["all"] == 1.0
    assert total(scores.values()).n_gold == 1


OCCUPATION = ("1-0 Occupation\n"
              "Who obj10 Лавров Сергей\n"
              "Position span1 Министр\n"
              "Where obj12 Россия\n")
COREF = ("10 o1\nfirstname Сергей\nlastname Лавров\n\n"
         "12 o3\nname Россия\n")


def test_fact_loader_expands_names_and_positions(tmp_path):
    jobs = tmp_path / "jobs.txt"
    jobs.write_text("министр | министр иностранных дел\n", encoding="utf-8")
    doc = load_document(write_doc(tmp_path, PERSON_AND_PLACES, OCCUPATION, COREF), factru.load_jobs(jobs))
    (fact,) = doc.facts
    who, position, where = fact.args
    assert {"сергей лавров", "лавров сергей", "лавров", "сергей"} <= set(who.values)
    assert position.values == ("министр", "министр иностранных дел")
    assert set(where.values) == {"россия", "россии"}


def occupation(who: str, position: str | None, where: str) -> Fact:
    """A predicted fact; values are normalised as the predictors do."""
    args = [("who", who), ("position", position), ("where", where)]
    return Fact("occupation", tuple(FactArg(n, (factru.normalize(v),)) for n, v in args if v))


def test_occupation_scoring_weights_position_at_half(tmp_path):
    doc = load_document(write_doc(tmp_path, PERSON_AND_PLACES, OCCUPATION, COREF))
    assert score_facts(doc.facts, [occupation("лавров", "министр", "россия")], "occupation").f1 == 1.0
    wrong_post = score_facts(doc.facts, [occupation("лавров", "посол", "россия")], "occupation")
    assert wrong_post.tp_gold == pytest.approx(2 / 3)  # 2 / (2 + 0.5 missed + 0.5 extra)
    no_post = score_facts(doc.facts, [occupation("лавров", None, "россия")], "occupation")
    assert no_post.tp_gold == pytest.approx(0.8)  # 2 / (2 + 0.5)
    nobody = score_facts(doc.facts, [occupation("шойгу", "министр", "франция")], "occupation")
    assert nobody.tp_gold == pytest.approx(0.5 / 4.5)  # only the post: 0.5 / (0.5 + 2 + 2)
    assert score_facts(doc.facts, [], "occupation").recall == 0.0


def test_fuzzy_values_use_the_position_list(tmp_path):
    jobs = tmp_path / "jobs.txt"
    jobs.write_text("мэром | городской голова\n", encoding="utf-8")
    facts = "1-0 Occupation\nWho obj10 Лавров Сергей\nPosition span6 мэром\nWhere obj12 Москва\n"
    coref = COREF.replace("12 o3\nname Россия", "12 o2\nname Москва")
    doc = load_document(write_doc(tmp_path, PERSON_AND_PLACES, facts, coref), factru.load_jobs(jobs))
    assert score_facts(doc.facts, [occupation("Лаврова", "Городской Голова", "москвы")], "occupation").f1 == 1.0
    # Without the list "городской голова" is far from "мэром"; the ё spelling and case never matter.
    bare = load_document(write_doc(tmp_path, PERSON_AND_PLACES, facts, coref))
    assert score_facts(bare.facts, [occupation("Лавров", "городской голова", "МОСКВЁ")], "occupation").f1 < 1.0
    assert factru.values_match(["елкин"], [factru.normalize("Ёлкин")])
    assert not factru.values_match(["россия"], ["рф"])


def test_hard_facts_are_neutral_and_phase_is_dropped(tmp_path):
    facts = OCCUPATION + "Фаза начало\nСложность повышенная\n"
    doc = load_document(write_doc(tmp_path, PERSON_AND_PLACES, facts, COREF))
    (fact,) = doc.facts
    assert fact.ignored and [a.name for a in fact.args] == ["who", "position", "where"]
    score = score_facts(doc.facts, [occupation("лавров", "министр", "россия")], "occupation")
    assert (score.n_gold, score.n_pred) == (0, 0)


def test_predictions_from_a_record():
    record = {"actors": [
        {"id": "p1", "kind": "person", "name": "Сергей Лавров",
         "mentions": [{"field": "text", "start": 8, "end": 21, "text": "Сергей Лавров"},
                      {"field": "title", "start": 0, "end": 6, "text": "Лавров"}],
         "positions": [{"title": "министр иностранных дел", "org": None, "country": "s1", "source": "text",
                        "evidence": [{"field": "text", "start": 0, "end": 7, "text": "Министр"},
                                     {"field": "text", "start": 50, "end": 56, "text": "России"}]},
                       {"title": "посол", "source": "kb", "evidence": []}]},
        {"id": "s1", "kind": "state", "name": "Россия",
         "mentions": [{"field": "text", "start": 50, "end": 56, "text": "России"}]},
        {"id": "i1", "kind": "initiative", "name": "Пояс и путь", "mentions": [
            {"field": "text", "start": 0, "end": 4, "text": "Пояс"}]}],
        "events": [{"type": "meeting", "participants": [{"actor": "p1", "name": "Сергей Лавров"}]},
                   {"type": "statement", "participants": [{"actor": "s1", "name": "Россия"}]}]}
    assert factru.ner_predictions(record) == [PredSpan(8, 21, "per"), PredSpan(50, 56, "loc")]
    (occ,) = factru.occupation_predictions(record)
    assert {a.name: a.values for a in occ.args} == {
        "who": ("сергей лавров",), "position": ("министр", "министр иностранных дел"), "where": ("россии", "россия")}
    (meeting,) = factru.meeting_predictions(record)
    assert meeting.args == (FactArg("participant", ("сергей лавров",)),)


def test_alignment_and_table():
    assert best_alignment([[0.9, 0.8], [0.85, 0.0]]) == [(0, 1), (1, 0)]
    assert best_alignment([[0.0, 0.0]]) == []
    assert render_table(("a", "bb"), [["x", 1], ["yy", 22]]).splitlines() == ["a   bb", "--  --", "x    1", "yy  22"]


# --- the real devset -----------------------------------------------------------

def test_devset_loader(factru_dev):
    docs = factru.load_devset(factru_dev)
    assert len(docs) == 122
    book = next(d for d in docs if d.name == "book_100")
    assert sum(1 for o in book.objects if o.tag == "per") == 8
    assert sum(1 for f in book.facts if f.type == "occupation") == 5
    who, position, where = book.facts[0].args  # "100-0": Лужков, мэр, Москва
    assert "юрий лужков" in who.values and "мэра" in position.values and "москва" in where.values
    for doc in docs[:10]:  # the offsets of the .tokens layer point into the text as read
        assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens)


def test_devset_hard_facts(factru_dev):
    book = factru.load_document(factru_dev / "book_117")
    kinds = [(f.type, f.ignored) for f in book.facts]
    assert kinds == [("meeting", False), ("occupation", True), ("occupation", True), ("occupation", True),
                     ("ispartof", False)]


def test_natasha_baseline_on_three_documents(factru_dev):
    report = factru.run(factru_dev, ours=False, limit=3)
    per = report.ner["natasha"]["per"]
    assert per.n_gold > 5 and per.f1 > 0.5


def test_run_reports_failed_extractions(factru_dev):
    def broken(doc):
        raise RuntimeError("no pipeline")

    report = factru.run(factru_dev, broken, limit=2, baseline=False)
    assert len(report.errors) == 2 and "no pipeline" in report.errors[0]
    assert total(report.ner["ours"].values()).recall == 0.0
    assert "2 documents had extraction errors" in report.render()


def test_gold_spans_echoed_back_score_almost_one(factru_dev):
    """Predicting every gold object's extent: only discontinuous objects lose a little."""
    scores = {row: Score() for row in factru.ROWS}
    for doc in factru.load_devset(factru_dev, limit=40):
        by_id = {t.id: t for t in doc.tokens}
        preds = [PredSpan(min(by_id[t].start for t in o.tokens), max(by_id[t].end for t in o.tokens), o.tag)
                 for o in doc.objects]
        for row, score in score_ner(doc, preds).items():
            scores[row].add(score)
    assert scores["per"].f1 == 1.0
    assert 0.98 < total(scores.values()).f1 < 1.0
