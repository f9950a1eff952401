"""One event from many reports: deciding and merging, as pure functions.

Two documents often report the same visit or call.  The store finds candidate
events with SQL (same type, a nearby date, a shared country) and asks
:func:`same_event` whether a stored event and a new report are one event; if
so, :func:`merge_events` unites them.  Both work on public event dicts (the
``events`` items of a ``communique.codec`` record).  Evidence spans gain a
``document_id`` key (:func:`tag_document`) before merging, so a merged event
still says which report each span came from.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from ..nlp.morph import lemma_text

# Most precise first: merging keeps the date with the lowest rank.
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "reported": 3}


def day_bounds(start: str | None, end: str | None = None) -> tuple[date, date] | None:
    """The first and last day covered by an ISO date range (``YYYY[-MM[-DD]]``, date-times allowed)."""
    if not start:
        return None
    try:
        first = _first_day(start)
        last = _last_day(end or start)
    except ValueError:
        return None
    return (first, last) if last >= first else (first, first)


def _first_day(value: str) -> date:
    parts = value[:10].split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 1
    day = int(parts[2]) if len(parts) > 2 else 1
    return date(year, month, day)


def _last_day(value: str) -> date:
    parts = value[:10].split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 12, 31)
    month = int(parts[1])
    if len(parts) == 2:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, int(parts[2]))


def date_tolerance(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    """Days of slack when comparing two event dates: 3 if either is only a report date, else 1."""
    precisions = {(a.get("date") or {}).get("precision"), (b.get("date") or {}).get("precision")}
    return 3 if "reported" in precisions else 1


def dates_overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    da, db = a.get("date") or {}, b.get("date") or {}
    ra = day_bounds(da.get("start"), da.get("end"))
    rb = day_bounds(db.get("start"), db.get("end"))
    if ra is None or rb is None:
        return False
    slack = timedelta(days=date_tolerance(a, b))
    return ra[0] - slack <= rb[1] and rb[0] - slack <= ra[1]


def normal_name(name: str | None) -> str:
    """A name compared across case forms: lemmatised, lower case, ё folded."""
    return lemma_text(name or "")


def _is_person(participant: Mapping[str, Any], kinds: Mapping[str, str] | None) -> bool:
    # Without a kind for the actor, a participant counts as a person: the
    # participant list is mostly people, and a false "person" only makes the
    # rule stricter (it then needs a shared participant).
    if kinds is None:
        return True
    return kinds.get(participant.get("actor") or "", "person") == "person"


def _participant_keys(p: Mapping[str, Any]) -> set[str]:
    keys = set()
    if p.get("actor"):
        keys.add("id:" + p["actor"])
    if p.get("name"):
        keys.add("name:" + normal_name(p["name"]))
    return keys


def same_event(a: Mapping[str, Any], b: Mapping[str, Any], kinds: Mapping[str, str] | None = None) -> bool:
    """Whether two event dicts describe one real-world event.

    Same type, overlapping dates (±1 day, ±3 when a date is only the report
    date), countries that do not contradict (one set holds the other), and persons
    that do not contradict: every person of the shorter report (by actor id or
    normalised name) takes part in the longer one, so Putin's talks with Xi and
    with To Lam two days later stay two events; when neither
    event names a person, the same non-empty set of countries.  ``kinds`` maps
    actor ids to actor kinds where known.
    """
    if a.get("type") != b.get("type") or not dates_overlap(a, b):
        return False
    countries_a, countries_b = set(a.get("countries") or ()), set(b.get("countries") or ())
    if countries_a and countries_b and not (countries_a <= countries_b or countries_b <= countries_a):
        return False
    persons_a = [p for p in a.get("participants") or () if _is_person(p, kinds)]
    persons_b = [p for p in b.get("participants") or () if _is_person(p, kinds)]
    if persons_a and persons_b:
        # every person of the shorter report takes part in the other one too
        small, large = sorted((persons_a, persons_b), key=len)
        keys = set().union(*(_participant_keys(p) for p in large))
        return all(_participant_keys(p) & keys for p in small)
    if not persons_a and not persons_b:
        return bool(countries_a) and countries_a == countries_b
    return False


def tag_document(event: Mapping[str, Any], document_id: str) -> dict[str, Any]:
    """A copy of ``event`` whose sources are ``[document_id]`` and whose spans carry it."""
    tagged = _tag(dict(event), document_id)
    tagged["sources"] = [document_id]
    return tagged


def _tag(value: Any, document_id: str) -> Any:
    if isinstance(value, dict):
        out = {k: _tag(v, document_id) for k, v in value.items()}
        if {"field", "start", "end"} <= out.keys() and "document_id" not in out:
            out["document_id"] = document_id
        return out
    if isinstance(value, list):
        return [_tag(v, document_id) for v in value]
    return value


def merge_events(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    """One event from two reports of it; ``a`` (the stored one) wins ties and keeps its id."""
    da, db = a.get("date") or {}, b.get("date") or {}
    rank_a = PRECISION_RANK.get(da.get("precision"), 9) if da.get("start") else 99
    rank_b = PRECISION_RANK.get(db.get("precision"), 9) if db.get("start") else 99
    merged = dict(a)
    merged.update(
        status="occurred" if "occurred" in (a.get("status"), b.get("status")) else a.get("status"),
        date=dict(db if rank_b < rank_a else da),
        place=_merge_place(a.get("place"), b.get("place")),
        participants=_merge_participants(a.get("participants") or [], b.get("participants") or []),
        countries=_union(a.get("countries"), b.get("countries")),
        organizations=_union(a.get("organizations"), b.get("organizations")),
        format=a.get("format") or b.get("format"),
        topics=_union(a.get("topics"), b.get("topics")),
        agreements=_merge_agreements(a.get("agreements") or [], b.get("agreements") or []),
        cameo=a.get("cameo") or b.get("cameo"),
        plover=a.get("plover") or b.get("plover"),
        evidence=_union_spans(a.get("evidence"), b.get("evidence")),
        confidence=max(a.get("confidence") or 0.0, b.get("confidence") or 0.0),
        trigger=a.get("trigger") or b.get("trigger"),
        sources=_union(a.get("sources"), b.get("sources")),
    )
    return merged


def _union(a: Iterable[Any] | None, b: Iterable[Any] | None) -> list[Any]:
    out: list[Any] = []
    for item in [*(a or ()), *(b or ())]:
        if item not in out:
            out.append(item)
    return out


def _span_key(span: Mapping[str, Any]) -> tuple:
    return (span.get("document_id"), span.get("field"), span.get("start"), span.get("end"))


def _union_spans(a: Iterable[Mapping] | None, b: Iterable[Mapping] | None) -> list[dict]:
    seen: dict[tuple, dict] = {}
    for span in [*(a or ()), *(b or ())]:
        seen.setdefault(_span_key(span), dict(span))
    return list(seen.values())


def _merge_place(a: Mapping | None, b: Mapping | None) -> dict | None:
    if not a or not b:
        return dict(a or b) if (a or b) else None
    out = dict(a)
    for key in ("name", "city", "country"):
        out[key] = a.get(key) or b.get(key)
    out["evidence"] = _union_spans(a.get("evidence"), b.get("evidence"))
    return out


def _merge_participants(a: list[Mapping], b: list[Mapping]) -> list[dict]:
    out = [dict(p) for p in a]
    for new in b:
        keys = _participant_keys(new)
        match = next((p for p in out if _participant_keys(p) & keys), None)
        if match is None:
            out.append(dict(new))
            continue
        for key in ("actor", "name", "country", "position", "role"):
            match[key] = match.get(key) or new.get(key)
        match["evidence"] = _union_spans(match.get("evidence"), new.get("evidence"))
    return out


def _merge_agreements(a: list[Mapping], b: list[Mapping]) -> list[dict]:
    out = [dict(x) for x in a]
    for new in b:
        key = (normal_name(new.get("title")), new.get("kind"))
        match = next((x for x in out if (normal_name(x.get("title")), x.get("kind")) == key), None)
        if match is None:
            out.append(dict(new))
            continue
        match["parties"] = _union(match.get("parties"), new.get("parties"))
        match["period"] = match.get("period") or new.get("period")
        match["evidence"] = _union_spans(match.get("evidence"), new.get("evidence"))
    return out
