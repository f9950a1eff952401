"""Shared fixtures: paths to ../shared/data, skipped cleanly when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "000_25b0059bbf3c897c.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data; the test is skipped when it is missing."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data set is not laid beside this checkout")
    return path


@pytest.fixture
def corpus_path() -> Path:
    return shared_path("corpus", "news.jsonl")


@pytest.fixture
def factru_dev() -> Path:
    return shared_path("factru", "devset")


@pytest.fixture
def nerel_dev() -> Path:
    return shared_path("nerel", "dev")
