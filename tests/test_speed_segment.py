"""The fast tokenizer gives exactly razdel's tokens."""
from __future__ import annotations

import itertools
import json

import pytest
from razdel import tokenize as razdel_tokenize

from communique.nlp.segment import tokenize

TRICKY = [
    "", "   ", "\t\n", "cho-to", "cho- to", "a -b", "- -", "-", "a_b", "_a", "a_", "1.5", "1 .5", "1,5",
    "1/2", "3\\4", "1/a", ":-)))", "x=:-(", "(:", "?!", "...", "?..", "--", "**", "***", "ΔP", "mβж",
    "Yahoo!", "yahoo !", "10-15", "COVID-19", "т.е.", "1-го", "«Газпром»-", "№5", "5%", "@user",
    "http://x.ru/a-b?c=1", "ſK", "a\u00a0b", "S&P 500", "Санкт-Петербург", "Ростов-на-Дону", "2024–2025",
    "–5", "а—б", "он — президент", "т. н.", "В 2,5 раза", "3/4-го", "A.B.C.", "e-mail:", "(ОДКБ)", "«Да!»",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings_tokenize_as_razdel_does(text: str) -> None:
    assert tokenize(text) == [(t.start, t.stop, t.text) for t in razdel_tokenize(text)]


def test_corpus_tokenizes_as_razdel_does(corpus_path) -> None:
    with corpus_path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, 300):
            record = json.loads(line)
            for text in (record.get("title") or "", record.get("text") or ""):
                assert tokenize(text) == [(t.start, t.stop, t.text) for t in razdel_tokenize(text)]


def test_make_token_makes_the_token_the_dataclass_makes() -> None:
    import pickle

    from communique.model import Token, make_token

    args = ("text", 3, 9, "Путина", "путин", "NOUN", 2)
    made, plain = make_token(*args), Token(*args)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert list(vars(made).items()) == list(vars(plain).items())
    assert pickle.loads(pickle.dumps(made)) == plain and pickle.dumps(made) == pickle.dumps(plain)
    with pytest.raises(AttributeError):
        made.start = 4  # still frozen
