"""CAMEO and PLOVER codes from resources/coding.tsv: the CAMEO codebook's codes and the 2021 PLOVER types."""
from __future__ import annotations

import pytest

from communique.api import extract_document
from communique.extract import coding
from communique.model import Document


@pytest.mark.parametrize("trigger, cameo, plover", [
    ("осудил", "111", "ACCUSE"), ("выразил протест", "114", "ACCUSE"), ("обвинил", "112", "ACCUSE"),
    ("пригрозил", "130", "THREATEN"), ("отверг", "120", "REJECT"), ("потребовал", "100", "DEMAND"),
    ("приветствует", "051", "SUPPORT"), ("призвал", "020", "REQUEST"), ("заявил", "010", None),
    ("condemns", "111", "ACCUSE"), ("accused", "112", "ACCUSE"), ("rejects", "120", "REJECT"),
])
def test_statements_are_coded_by_their_word(trigger, cameo, plover):
    code, plover_code = coding.code("statement", "occurred", None, trigger, None, ["RUS", "USA"], None, False, ())
    assert code == cameo and (plover_code.type if plover_code else None) == plover


def test_a_call_is_discussion_by_telephone_and_a_planned_one_an_intent_to_meet():
    code, plover = coding.code("phone_call", "occurred", None, "телефонный разговор", None, ["KGZ", "UZB"], None,
                               False, ())
    assert (code, plover.type, plover.mode) == ("041", "CONSULT", "phone")
    assert coding.code("phone_call", "planned", None, "созвонятся", None, ["KGZ", "UZB"], None, False, ())[0] == "036"


def test_an_accusation_in_a_text_is_coded_112():
    doc = Document(id="t", title="", text="МИД России обвинил США во вмешательстве во внутренние дела Венгрии.",
                   published="2025-11-20")
    (statement,) = extract_document(doc)["events"]
    assert statement["cameo"] == "112" and statement["plover"]["type"] == "ACCUSE"
