"""Words written in two alphabets are read in one, keeping the text's length."""
from __future__ import annotations

import pytest

from communique.nlp.scripts import one_script


@pytest.mark.parametrize("text, expected", [
    ("CША заявили", "США заявили"),  # Latin C in a Russian word
    ("Моcква", "Москва"),
    ("министр пo вопросам", "министр по вопросам"),  # a tie: Cyrillic, which the Latin "o" allows
    ("СNN и СBS", "CNN и CBS"),  # Cyrillic С in Latin words
    ("AstraZeneсa", "AstraZeneca"),
    ("агентстваAssociated", "агентстваAssociated"),  # two words run together: left alone
    ("ЛIГАБiзнесIнформ", "ЛIГАБiзнесIнформ"),  # Ukrainian i has no Russian twin
    ("Pfizer и Москва", "Pfizer и Москва"),
])
def test_one_script(text, expected):
    assert one_script(text) == expected
    assert len(one_script(text)) == len(text)
