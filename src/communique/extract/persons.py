"""Persons found in text, with the posts the text gives them.

Posts come from appositions around a name, to its left
(``члена Политбюро ЦК КПК, министра иностранных дел КНР Вана И``,
``посол США в Германии Ричард Гренелл``) or after a comma to its right
(``Ван И, министр иностранных дел Китая,``).  Each post takes the state or
organisation that follows it.  The case of the post's first word tells the case
of the name, which is then put into the nominative.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..model import Mention, Position, Span
from ..nlp import morph
from .names import normalize_name

_LEFT_GAP = re.compile(r"^(?:\s*|\s*,\s*|\s+в\s+|\s+во\s+)$")
_RIGHT_GAP = re.compile(r"^(?:\s*|\s*,\s*|\s+в\s+)$")
_UNIT_TYPES = frozenset({"post", "state", "organization"})
_CASE = re.compile(r"\b(nomn|gent|datv|accs|ablt|loct)\b")


@dataclasses.dataclass(frozen=True)
class PersonMention:
    mention: Mention
    name: str  # nominative
    positions: tuple[Position, ...]


def _chain_left(name: Mention, units: Sequence[Mention], text: str) -> list[Mention]:
    chain: list[Mention] = []
    cursor = name.start
    for u in sorted((u for u in units if u.end <= name.start), key=lambda u: (-u.end, u.start)):
        if u.end > cursor:
            continue
        if not _LEFT_GAP.match(text[u.end:cursor]):
            break
        chain.insert(0, u)
        cursor = u.start
    while chain and chain[0].type != "post":
        chain.pop(0)
    return chain


def _chain_right(name: Mention, units: Sequence[Mention], text: str) -> list[Mention]:
    chain: list[Mention] = []
    cursor = name.end
    for u in sorted((u for u in units if u.start >= name.end), key=lambda u: u.start):
        gap = text[cursor:u.start]
        if not chain and (u.type != "post" or "," not in gap):
            break
        if not _RIGHT_GAP.match(gap):
            break
        chain.append(u)
        cursor = u.end
    return chain


def positions_from_chain(chain: Sequence[Mention], inner: Sequence[Mention] = ()) -> list[Position]:
    """Each post with the state/organisation after it (before the next post) or inside it."""
    out: list[Position] = []
    post: Mention | None = None
    org: Mention | None = None
    country: Mention | None = None

    def flush() -> None:
        nonlocal org
        if post is None:
            return
        if org is None:
            org = next((m for m in inner if m.type == "organization" and post.start <= m.start and m.end <= post.end
                        and m.field == post.field), None)
        evidence = tuple(m.span for m in (post, org, country) if m is not None)
        org_country = _org_country(org)
        out.append(Position(
            title=post.normal, org=org.normal if org else None,
            country=country.ref if country else org_country, source="text", evidence=evidence))

    for unit in chain:
        if unit.type == "post":
            flush()
            post, org, country = unit, None, None
        elif unit.type == "state" and country is None:
            country = unit
        elif unit.type == "organization" and org is None:
            org = unit
    flush()
    return out


def _org_country(org: Mention | None) -> str | None:
    if org is None or not org.ref:
        return None
    if ":" in org.ref:
        return org.ref.split(":")[-1]
    from .. import resources

    body = next((b for b in resources.bodies() if b.id == org.ref), None)
    return body.iso3 if body is not None and body.iso3 else None


def case_hint(post: Mention | None) -> str | None:
    """The grammatical case of a post's first word (the name in apposition shares it)."""
    if post is None:
        return None
    m = _CASE.search(morph.parse(post.text.split()[0])[2])
    return m[1] if m else None


def find_persons(names: Sequence[Mention], units: Sequence[Mention], text_of) -> list[PersonMention]:
    """Nominative names and text positions of PER mentions."""
    units = [u for u in units if u.type in _UNIT_TYPES]
    out: list[PersonMention] = []
    for name in names:
        text = text_of(name.field)
        same_field = [u for u in units if u.field == name.field]
        left = _chain_left(name, same_field, text)
        right = _chain_right(name, same_field, text)
        positions = list(dict.fromkeys(positions_from_chain(left, same_field) + positions_from_chain(right, same_field)))
        posts = [u for u in left if u.type == "post"]
        hint = case_hint(posts[-1]) if posts else None
        out.append(PersonMention(name, normalize_name(name.text, hint), tuple(positions)))
    return out


def position_spans(positions: Sequence[Position]) -> tuple[Span, ...]:
    return tuple(s for p in positions for s in p.evidence)
