"""NEREL scorers on a hand-written brat document, and the loader on the real dev split."""
from __future__ import annotations

from communique.evaluate import nerel
from communique.evaluate.nerel import NerelDoc, parse_ann, score_document

TEXT = "Президент США Барак Обама прибыл в Москву. Министр Лавров встретил его."
ANN = "\n".join([
    "T1\tPROFESSION 0 9\tПрезидент",
    "T2\tCOUNTRY 10 13\tСША",
    "T3\tPERSON 14 25\tБарак Обама",
    "T4\tCITY 35 41\tМоскву",
    "T5\tPROFESSION 43 50\tМинистр",
    "T6\tPERSON 51 57\tЛавров",
    "T7\tORGANIZATION 0 5;10 13\tПрези США",  # a discontinuous span, for the loader
    "R1\tWORKS_AS Arg1:T3 Arg2:T1",
    "R2\tWORKPLACE Arg1:T1 Arg2:T2",  # the profession's workplace: restated for Obama
    "R3\tWORKS_AS Arg1:T6 Arg2:T5\t",
    "R4\tLOCATED_IN Arg1:T3 Arg2:T4",
    "N1\tReference T3 Wikidata:Q76\tБарак Обама",
])


def span(start: int, end: int) -> dict:
    return {"field": "text", "start": start, "end": end, "text": TEXT[start:end]}


def doc() -> NerelDoc:
    entities, relations = parse_ann(ANN)
    return NerelDoc("t", TEXT, entities, relations)


def record(obama_end: int = 25) -> dict:
    return {"actors": [
        {"id": "p1", "kind": "person", "name": "Барак Обама", "mentions": [span(14, obama_end), span(67, 70)],
         "positions": [{"title": "президент", "source": "text", "evidence": [span(0, 9), span(10, 13)]}]},
        {"id": "p2", "kind": "person", "name": "Сергей Лавров", "mentions": [span(51, 57)],
         "positions": [{"title": "министр", "source": "text", "evidence": [span(43, 50)]}]},
        {"id": "s1", "kind": "state", "name": "США", "mentions": [span(10, 13)]},
        {"id": "c1", "kind": "place", "name": "Москва", "mentions": [span(35, 41)]},
    ]}


def f1(scores, key) -> float:
    return round(scores[key].f1, 3)


def test_parse_ann():
    entities, relations = parse_ann(ANN)
    assert len(entities) == 7 and entities[6].spans == ((0, 5), (10, 13))
    assert [(r.type, r.arg1, r.arg2) for r in relations][:2] == [("WORKS_AS", "T3", "T1"), ("WORKPLACE", "T1", "T2")]


def test_gold_pairs_give_a_professions_workplace_to_its_holder():
    assert nerel.gold_pairs(doc()) == {
        ("WORKS_AS", ((14, 25),), ((0, 9),)),
        ("WORKS_AS", ((51, 57),), ((43, 50),)),
        ("WORKPLACE", ((14, 25),), ((10, 13),)),
    }


def test_perfect_record_scores_one():
    scores = score_document(doc(), record())
    for key in [("PROFESSION", "exact"), ("COUNTRY", "exact"),
                ("WORKS_AS", "exact"), ("WORKPLACE", "exact")]:
        assert f1(scores, key) == 1.0, key
    assert scores[("PERSON", "exact")].n_pred == 3  # "его" is not annotated: a false alarm
    assert scores[("PERSON", "exact")].recall == 1.0 and round(scores[("PERSON", "exact")].precision, 3) == 0.667
    assert scores[("ORGANIZATION", "exact")].recall == 0.0  # nobody predicted the organisation


def test_shifted_span_matches_only_when_relaxed():
    scores = score_document(doc(), record(obama_end=19))  # "Барак" instead of "Барак Обама"
    assert scores[("PERSON", "exact")].tp_gold == 1 and scores[("PERSON", "overlap")].tp_gold == 2
    assert scores[("WORKS_AS", "exact")].tp_gold == 1  # Lavrov's pair still matches
    assert scores[("WORKS_AS", "overlap")].recall == 1.0
    assert scores[("WORKPLACE", "overlap")].f1 == 1.0


def test_empty_record_misses_everything():
    scores = score_document(doc(), {})
    assert scores[("PERSON", "exact")].recall == 0.0 and scores[("WORKS_AS", "overlap")].n_gold == 2


def test_dev_loader(nerel_dev):
    docs = nerel.load_dir(nerel_dev)
    assert len(docs) == 94
    obama = next(d for d in docs if d.name == "119336_text")
    assert sum(1 for e in obama.entities if e.type == "PERSON") == 18
    assert sum(1 for r in obama.relations if r.type == "WORKS_AS") == 10
    for d in docs:  # continuous spans cut the text they name
        for e in d.entities:
            if len(e.spans) == 1:
                assert d.text[e.spans[0][0]:e.spans[0][1]] == e.text


def test_run_with_a_fake_extractor(nerel_dev):
    report = nerel.run(nerel_dev, lambda document: {}, limit=3)
    assert report.documents == 3 and not report.errors
    assert report.scores[("PERSON", "exact")].n_gold > 10
    assert report.scores[("PERSON", "exact")].recall == 0.0
    assert "WORKPLACE" in report.render()
