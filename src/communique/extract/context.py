"""What the event builder needs to know about a document, computed once.

Where each actor is mentioned, which sentence a span is in, the publication
(or dateline) date and the dateline place, and the publisher's principal
(kremlin.ru speaks for the Russian president: "Переговоры с Президентом Вьетнама").
"""
from __future__ import annotations

import csv
import dataclasses
from functools import cache
from importlib import resources as ir

from ..model import Actor, Analysis, DateMention, Mention, Sentence, Span, Token
from .dates import reference_date


@dataclasses.dataclass(frozen=True)
class Located:
    """An actor named at a span."""

    actor: Actor
    span: Span


@dataclasses.dataclass(frozen=True)
class Publisher:
    pattern: str
    country: str
    post: str


@cache
def publishers() -> tuple[Publisher, ...]:
    text = ir.files("communique").joinpath("resources/publishers.tsv").read_text("utf-8")
    rows = csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t")
    return tuple(Publisher(r["pattern"], r["country"], r["post"]) for r in rows)


class DocContext:
    """Indexes over one analysis used by the event builder."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.doc = analysis.document
        ref, reason = reference_date(self.doc)
        self.ref_date = ref.isoformat() if ref else None
        self.ref_reason = reason
        self.located: list[Located] = sorted(
            (Located(a, m) for a in analysis.actors for m in a.mentions), key=lambda x: (x.span.field, x.span.start))
        self.tokens_by_sentence: list[list[Token]] = [[] for _ in analysis.sentences]
        for t in analysis.tokens:
            self.tokens_by_sentence[t.sentence].append(t)
        self.lexical: list[Mention] = [m for m in analysis.mentions if m.rule and m.rule != "slovnet"]

    def in_sentence(self, sent: Sentence, kinds: tuple[str, ...] = ("person",)) -> list[Located]:
        return [x for x in self.located if x.actor.kind in kinds and x.span.field == sent.field
                and sent.start <= x.span.start and x.span.end <= sent.end]

    def mentions_in(self, sent: Sentence, types: tuple[str, ...]) -> list[Mention]:
        return [m for m in self.lexical if m.type in types and m.field == sent.field
                and sent.start <= m.start and m.end <= sent.end]

    def dates_in(self, sent: Sentence) -> list[DateMention]:
        return [d for d in self.analysis.dates if d.field == sent.field and sent.start <= d.start and d.end <= sent.end]

    def text(self, field: str) -> str:
        return self.doc.field_text(field)

    def preceding_word(self, span: Span | Mention) -> str:
        before = self.text(span.field)[max(0, span.start - 12):span.start].split()
        return before[-1].lower() if before else ""

    def dateline_place(self) -> Mention | None:
        """The place of a dateline (``8 мая 2025 года 10:10 Москва, Кремль``) at the start of the text."""
        head = self.doc.text[:160].split("\n", 1)[0]
        if not any(ch.isdigit() for ch in head):
            return None
        for m in self.lexical:
            if m.field == "text" and m.type == "place" and m.end <= len(head):
                return m
        return None

    def publisher(self) -> Publisher | None:
        where = f"{self.doc.source or ''} {self.doc.url or ''}".lower()
        return next((p for p in publishers() if p.pattern in where), None)
