"""National bodies joined to their state: ``МИД КР`` -> Kyrgyzstan's Ministry of Foreign Affairs.

A body template from ``bodies.tsv`` (``МИД``, ``Министерство иностранных дел``)
followed by a state (``КР``, ``России``, ``Кыргызской Республики и Китайской
Народной Республики``, ``of Uzbekistan``) or preceded by a state adjective (``российский МИД``,
``Uzbek``) or an English possessive (``Kazakhstan's Foreign Ministry``)
becomes one organisation mention per state, with ref ``<body>:<ISO3>``.
A body with no state (``внешнеполитические ведомства двух стран``) stays
unresolved and makes no actor.
"""
from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..model import Mention
from ..nlp import morph

_JOIN = re.compile(r"^\s*$")
_JOIN_AFTER = re.compile(r"^\s*(?:of\s+(?:the\s+)?)?$")  # English: "Ministry of Foreign Affairs of (the) Kyrgyz Republic"
_POSSESSIVE = re.compile(r"^['’]s\s+$")  # English: "Kazakhstan's Foreign Ministry"
_AND = re.compile(r"^\s*(?:,|и)\s*$")


@cache
def _state_names() -> dict[str, str]:
    return {s.iso3: s.name_ru for s in resources.states()}


def genitive(name: str) -> str:
    """``Кыргызстан`` -> ``Кыргызстана``; abbreviations stay as they are."""
    return " ".join(w if w.isupper() else morph.inflect(w, "gent") for w in name.split())


def body_name(body: str, iso3: str) -> str:
    return f"{body} {genitive(_state_names().get(iso3, iso3))}"


def _states_after(body: Mention, states: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    cursor, pattern = body.end, _JOIN_AFTER
    for s in states:
        if s.start < cursor:
            continue
        if not pattern.match(text[cursor:s.start]):
            break
        out.append(s)
        cursor, pattern = s.end, _AND
    return out


_SENTENCE_END = re.compile(r"[.!?\n]")


def _near(m: Mention, text: str) -> tuple[int, int]:
    """The sentence of a mention with the ones before and after it."""
    starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start)]
    start = starts[-2] if len(starts) > 1 else 0
    ends = [e.end() for _, e in zip(range(2), _SENTENCE_END.finditer(text, m.end))]
    return start, ends[-1] if len(ends) == 2 else len(text)


def one_reading(mentions: list[Mention], text_of) -> list[Mention]:
    """One body for a name several states' bodies share (``?Госсовет`` of Russia and of China):
    none where a state follows and the template body joins it (``Госсовета Кубы``); else the one
    whose state is named in that sentence or the ones around it (``КНР``, ``Китая``, ``китайский``,
    ``в Пекине``);
    else the first listed in ``bodies.tsv`` (Russia's: the corpus is Russian news)."""
    groups: dict[tuple, list[Mention]] = {}
    for m in mentions:
        if m.type == "organization" and m.rule == "gazetteer?" and ":" in (m.ref or ""):
            groups.setdefault((m.field, m.start, m.end), []).append(m)
    drop: set[int] = set()
    states = sorted((m for m in mentions if m.type in ("state", "state_adj", "place")), key=lambda m: m.start)
    for (field, start, end), readings in groups.items():
        text = text_of(field)
        template = next((m for m in mentions if m.type == "body" and (m.field, m.start, m.end) == (field, start, end)),
                        None)
        if len({m.ref for m in readings}) < 2 and template is None:
            continue
        field_states = [s for s in states if s.field == field]
        if template is not None and _states_after(template, [s for s in field_states if s.type == "state"], text):
            drop.update(id(m) for m in readings)
            continue
        lo, hi = _near(readings[0], text)
        named = {(s.ref or "").split(":")[0] for s in field_states if lo <= s.start < hi}  # a place: CHN:Пекин
        chosen = next((m for m in readings if m.ref.split(":")[-1] in named), readings[0])
        drop.update(id(m) for m in readings if m is not chosen)
        if template is not None:
            drop.add(id(template))
    drop |= _other_unions(mentions)
    return [m for m in mentions if id(m) not in drop]


def _other_unions(mentions: list[Mention]) -> set[int]:
    """One organisation for a name two unions share (``?Содружество``: the CIS or the Commonwealth): the
    one more of whose members the document names, else the first listed in ``organizations.tsv``."""
    groups: dict[tuple, list[Mention]] = {}
    for m in mentions:
        if m.type == "organization" and m.rule == "gazetteer?" and ":" not in (m.ref or ""):
            groups.setdefault((m.field, m.start, m.end), []).append(m)
    named = [(m.ref or "").split(":")[0] for m in mentions if m.type in ("state", "state_adj", "place")]
    members, order = _union_members()
    drop: set[int] = set()
    for readings in groups.values():
        if len({m.ref for m in readings}) < 2:
            continue
        chosen = max(readings, key=lambda m: (sum(c in members.get(m.ref, ()) for c in named), -order.get(m.ref, 0)))
        drop.update(id(m) for m in readings if m is not chosen)
    return drop


@cache
def _union_members() -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    orgs = resources.organizations()
    return {o.id: frozenset(o.members) for o in orgs}, {o.id: i for i, o in enumerate(orgs)}


def compose(mentions: list[Mention], text_of) -> list[Mention]:
    """Organisation mentions for bodies joined to states; ``text_of(field)`` gives the field's text."""
    out: list[Mention] = []
    states = sorted((m for m in mentions if m.type == "state"), key=lambda m: m.start)
    adjectives = [m for m in mentions if m.type == "state_adj"]
    for body in (m for m in mentions if m.type == "body"):
        text = text_of(body.field)
        field_states = [s for s in states if s.field == body.field]
        joined = _states_after(body, field_states, text)
        for s in joined:
            out.append(Mention(body.field, body.start, s.end, text[body.start:s.end], "organization",
                               body_name(body.normal, s.ref), ref=f"{body.ref}:{s.ref}", rule="body+state"))
        if joined:
            continue
        before = len(out)
        for adj in (*adjectives, *field_states):
            join = _JOIN if adj.type == "state_adj" else _POSSESSIVE
            if adj.field == body.field and adj.end <= body.start and join.match(text[adj.end:body.start]):
                out.append(Mention(body.field, adj.start, body.end, text[adj.start:body.end], "organization",
                                   body_name(body.normal, adj.ref), ref=f"{body.ref}:{adj.ref}", rule="adjective+body"))
        if len(out) == before and body.text[:1].isupper():  # генерал-майор МВД: the body, its state unknown
            out.append(Mention(body.field, body.start, body.end, body.text, "organization", body.normal,
                               ref=body.ref, rule="body"))
    return out
