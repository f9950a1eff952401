"""NEREL scoring with professions as NEREL usually marks them: the title with its institution."""
from __future__ import annotations

from communique.evaluate.nerel import NerelDoc, parse_ann, predicted_pairs, score_document

TEXT = "Британский премьер Гордон Браун и президент США Барак Обама прибыли. Президент заявил."
ANN = "\n".join([
    "T1\tPROFESSION 0 18\tБританский премьер",
    "T2\tPERSON 19 31\tГордон Браун",
    "T3\tPROFESSION 34 47\tпрезидент США",
    "T4\tPERSON 48 59\tБарак Обама",
    "T5\tCOUNTRY 44 47\tСША",
    "T6\tCOUNTRY 0 10\tБританский",
    "T7\tPROFESSION 69 78\tПрезидент",
    "R1\tWORKS_AS Arg1:T2 Arg2:T1",
    "R2\tWORKS_AS Arg1:T4 Arg2:T3",
    "R3\tWORKS_AS Arg1:T4 Arg2:T7",
])


def span(start: int, end: int, rule: str = "slovnet") -> dict:
    return {"field": "text", "start": start, "end": end, "text": TEXT[start:end], "rule": rule}


RECORD = {"actors": [
    {"id": "p1", "kind": "person", "name": "Гордон Браун", "mentions": [span(19, 31)],
     "positions": [{"title": "премьер-министр", "source": "text", "evidence": [span(11, 18), span(0, 10)]}]},
    {"id": "p2", "kind": "person", "name": "Барак Обама", "mentions": [span(48, 59), span(69, 78, "coref")],
     "positions": [{"title": "президент", "source": "text", "evidence": [span(34, 43), span(44, 47)]}]},
    {"id": "s1", "kind": "state", "name": "США", "mentions": [span(44, 47)]},
]}


def test_phrases_join_the_adjective_and_the_institution():
    pairs = {(p[1], p[2]) for p in predicted_pairs(RECORD, phrases=True) if p[0] == "WORKS_AS"}
    assert (((19, 31),), ((0, 18),)) in pairs
    assert (((48, 59),), ((34, 47),)) in pairs


def test_a_resolved_post_is_a_profession_of_its_holder():
    entities, relations = parse_ann(ANN)
    scores = score_document(NerelDoc("t", TEXT, entities, relations), RECORD, phrases=True)
    assert scores[("WORKS_AS", "exact")].f1 == 1.0
    assert scores[("PERSON", "exact")].precision == 1.0  # the resolved post is no PERSON
    assert scores[("COUNTRY", "exact")].recall == 1.0  # the adjective counts as the country
