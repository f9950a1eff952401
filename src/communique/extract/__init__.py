"""Extraction: the default pipeline from a Document to actors and events."""
from __future__ import annotations

from ..pipeline import Pipeline


def build_pipeline() -> Pipeline:
    """segment -> ner (Russian) / english-names -> gazetteer -> dates -> actors -> events -> localize."""
    from ..nlp.english import EnglishNames
    from ..nlp.ner import NER
    from ..nlp.segment import Segment
    from .actors import Actors
    from .dates import Dates
    from .events import Events
    from .gazetteer import Gazetteer
    from .localize import Localize

    return Pipeline([Segment(), NER(), EnglishNames(), Gazetteer(), Dates(), Actors(), Events(), Localize()])
