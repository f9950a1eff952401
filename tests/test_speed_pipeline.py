"""The pipeline's shortcuts: a replaced analysis is dataclasses.replace's."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from communique.extract import build_pipeline
from communique.model import Analysis, Document, Mention, replace_analysis

from conftest import SEED


def _seed_document() -> Document:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent")
    return Document(id="seed", title="", text=SEED.read_text(encoding="utf-8"))


def test_replace_analysis_is_dataclasses_replace() -> None:
    analysis = build_pipeline()(_seed_document())
    mention = Mention("text", 0, 3, "abc", "PER", "abc", rule="test")
    for changes in ({}, {"mentions": analysis.mentions + (mention,)}, {"layers": analysis.layers | {"x"}},
                    {"errors": ("e",), "document": Document(id="d", title="t", text="x")}):
        plain, fast = dataclasses.replace(analysis, **changes), replace_analysis(analysis, **changes)
        assert type(fast) is Analysis and fast == plain and repr(fast) == repr(plain)
        assert list(vars(fast)) == list(vars(plain)) and pickle.dumps(fast) == pickle.dumps(plain)
        assert hash(replace_analysis(fast, mentions=(), tokens=(), sentences=(), layers=frozenset())) == \
            hash(dataclasses.replace(plain, mentions=(), tokens=(), sentences=(), layers=frozenset()))
    with pytest.raises(TypeError):
        replace_analysis(analysis, no_such_field=1)
