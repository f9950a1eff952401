"""Stages and the pipeline that chains them.

A stage is a callable ``Analysis -> Analysis`` with a ``name``, the layers it
``requires`` and the layers it ``assigns`` (spaCy's requires/assigns idea).
The pipeline checks the chain once, when it is built, and then runs each
document through the stages.  A failing stage does not lose the document: the
error is recorded on the analysis and the remaining stages that do not depend
on the failed one still run.  A document written all in lower case is read in
a copy with its capitals restored (same lengths, so spans hold); the analysis
returned carries the original document.
"""
from __future__ import annotations

import dataclasses
import gc
import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from .model import Analysis, Document, replace_analysis

log = logging.getLogger(__name__)


def with_capitals(document: Document) -> Document:
    """A document written all in lower case is read with its capitals restored (``nlp.truecase``);
    the record keeps the original."""
    from .nlp.truecase import truecase

    text = truecase(document.text)
    if text == document.text:
        return document
    title = truecase(document.title, force=True)
    return dataclasses.replace(document, title=title, text=text)


def in_one_script(document: Document) -> Document:
    """A document whose words mix two alphabets (``CША`` with a Latin C) is read with each word in
    one (``nlp.scripts``); the record keeps the original."""
    from .nlp.scripts import one_script

    text, title = one_script(document.text), one_script(document.title) if document.title else document.title
    if text == document.text and title == document.title:
        return document
    return dataclasses.replace(document, title=title, text=text)


class PipelineError(ValueError):
    """A pipeline whose stages cannot run in the order given."""


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, analysis: Analysis) -> Analysis: ...


def check_chain(stages: Sequence[Stage]) -> None:
    """Raise PipelineError when a stage needs a layer no earlier stage assigns."""
    available: set[str] = {"document"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, "
                f"which no earlier stage assigns (available: {', '.join(sorted(available))})"
            )
        available.update(stage.assigns)


YOUNG_COLLECTION = 10_000  # allocations between two collections of the youngest objects (Python: 700)


def freeze_loaded() -> None:
    """Keep what is loaded now out of the garbage collector's full collections, and collect the
    young objects less often.

    The first document loads the models, lexicons and knowledge bases: objects that live as
    long as the process, which every full collection would otherwise walk again.  A collection
    first, so that no garbage is kept.  A document's own objects mostly die young, freed by
    their reference counts: collecting every 700 allocations walks them anyway and moves the
    survivors up, which brings on full collections over the caches (0.4 s per 400 documents
    at Python's settings, 0.15 s at these)."""
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_COLLECTION:
        gc.set_threshold(YOUNG_COLLECTION, *older)


class Pipeline:
    """An ordered, checked chain of stages; times each stage."""

    def __init__(self, stages: Sequence[Stage]):
        check_chain(stages)
        self.stages = tuple(stages)
        self.timings: dict[str, float] = defaultdict(float)
        self._loaded = False

    def __call__(self, document: Document) -> Analysis:
        analysis = self._run(document)
        if not self._loaded:
            self._loaded = True
            freeze_loaded()
        return analysis

    def _run(self, document: Document) -> Analysis:
        read = with_capitals(in_one_script(document))  # same lengths: every span found holds in the original
        analysis = Analysis(document=read, layers=frozenset({"document"}))
        failed: set[str] = set()
        for stage in self.stages:
            if failed.intersection(stage.requires):
                failed.update(stage.assigns)  # a skipped stage leaves its layers missing too
                continue
            t0 = time.perf_counter()
            try:
                result = stage(analysis)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                log.debug("stage %s failed on %s", stage.name, document.id, exc_info=True)
                failed.update(stage.assigns)
                analysis = replace_analysis(
                    analysis, errors=analysis.errors + (f"{document.id}: stage {stage.name} failed: {exc!r}",)
                )
            else:
                analysis = replace_analysis(result, layers=result.layers | set(stage.assigns))
            self.timings[stage.name] += time.perf_counter() - t0
        return analysis if read is document else replace_analysis(analysis, document=document)

    def map(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        for doc in documents:
            yield self(doc)
