"""Topics of a meeting: the documented taxonomy (``resources/topics.tsv``) and named subjects.

Taxonomy topics are matched by lemma phrases in the sentences that report the
event and its discussion.  Named subjects found there are added as
``<kind>:<name>``: international organisations and initiatives
(``initiative:Один пояс – один путь``), infrastructure projects
(``project:железная дорога Китай – Кыргызстан – Узбекистан``) and chairmanships
(``chairmanship:KGZ SCO 2025-2026``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .. import resources
from ..model import Sentence
from .context import DocContext
from .gazetteer import SKIP, alias_key
from .phrases import normalize_phrase

_PROJECT = re.compile(
    r"(?P<head>(?:железн\w+|автомобильн\w+|высокоскоростн\w+)\s+дорог\w+|автодорог\w+|газопровод\w*|нефтепровод\w*"
    r"|трубопровод\w*|транспортн\w+\s+коридор\w*|коридор\w*|ГЭС|АЭС)"
    r"\s+«?(?P<name>[А-ЯЁA-Z][\w-]*(?:\s*[–—-]\s*[А-ЯЁA-Z][\w-]*)+)»?")
_CHAIR = re.compile(r"председательств\w*", re.I)


@cache
def _table() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for t in resources.topics():
        for phrase in (*t.lemmas_ru, *t.keywords_en):
            key, _ = alias_key(phrase)
            if key:
                table.setdefault(key, t.id)
    return table


@cache
def _lengths() -> dict[str, tuple[int, ...]]:
    """First lemma -> the lengths of the phrases starting with it, longest first."""
    out: dict[str, set[int]] = {}
    for key in _table():
        out.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in out.items()}


def _taxonomy(tokens) -> list[str]:
    lemmas = [t.lemma for t in tokens if t.text not in SKIP]
    table, lengths = _table(), _lengths()
    found = []
    for i in range(len(lemmas)):
        for n in lengths.get(lemmas[i], ()):
            if n > len(lemmas) - i:
                continue
            topic = table.get(tuple(lemmas[i:i + n]))
            if topic:
                found.append(topic)
                break
    return found


def _chairmanship(ctx: DocContext, sent: Sentence) -> list[str]:
    text = ctx.text(sent.field)
    out = []
    for m in _CHAIR.finditer(text, sent.start, sent.end):
        window = (m.end(), min(sent.end, m.end() + 80))
        states = [x for x in ctx.mentions_in(sent, ("state",)) if window[0] <= x.start < window[1]]
        orgs = [x for x in ctx.mentions_in(sent, ("organization",)) if window[0] <= x.start < window[1] and ":" not in (x.ref or "")]
        years = [d for d in ctx.dates_in(sent) if window[0] <= d.start < window[1] + 20 and d.range.precision == "year"]
        if states and orgs:
            period = f" {years[0].range.start}-{years[0].range.end}" if years else ""
            out.append(f"chairmanship:{states[0].ref} {orgs[0].ref.upper()}{period}")
    return out


def topics_of(ctx: DocContext, sentences: Sequence[Sentence]) -> list[str]:
    """Taxonomy ids, then named subjects, in order of first mention."""
    found: list[str] = []
    named: list[str] = []
    for sent in sentences:
        found.extend(_taxonomy(ctx.tokens_of(sent)))
        for x in ctx.in_sentence(sent, ("organization", "initiative")):
            if x.actor.ref and ":" not in x.actor.ref:
                named.append(f"{x.actor.kind}:{x.actor.name}")
        text = ctx.text(sent.field)
        covered = [x.span for x in ctx.in_sentence(sent, ("initiative",))]
        for m in _PROJECT.finditer(text, sent.start, sent.end):
            if any(c.start < m.end() and m.start() < c.end for c in covered):
                continue
            named.append(f"project:{normalize_phrase(m['head'])} {' '.join(m['name'].split())}")
        named.extend(_chairmanship(ctx, sent))
    return list(dict.fromkeys(found + named))
