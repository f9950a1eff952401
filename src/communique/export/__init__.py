"""Exports of stored events in the formats the field uses.

- ``csv``: one row per event (the columns of ``communique events --format csv``);
- ``jsonl``: the public event dicts, one per line;
- ``plover``: dyadic records in the spirit of POLECAT/PLOVER — source actor, target actor,
  PLOVER type/mode/context, CAMEO code, date, location — one per event that has a PLOVER
  type (neutral statements and appointments have none and are left out).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .. import render

FORMATS = ("csv", "jsonl", "plover")
# who acts on whom: the source actor's role first
SOURCE_ROLES = ("guest", "initiator", "author", "participant", "signatory", "host")
TARGET_ROLES = ("host", "target", "participant", "signatory", "guest")


def _actor(p: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.get("name"), "country": p.get("country"), "role": p.get("role"), "position": p.get("position")}


def dyad(event: Mapping[str, Any]) -> tuple[dict | None, dict | None]:
    """(source, target) of an event: the guest visits the host, the author speaks of the target."""
    parts = list(event.get("participants") or ())
    source = next((p for role in SOURCE_ROLES for p in parts if p.get("role") == role), None)
    rest = [p for p in parts if p is not source and p.get("country") != (source or {}).get("country")]
    target = next((p for role in TARGET_ROLES for p in rest if p.get("role") == role), None)
    return _actor(source), _actor(target)


def plover_record(event: Mapping[str, Any]) -> dict[str, Any] | None:
    plover = event.get("plover") or {}
    if not plover.get("type"):
        return None
    source, target = dyad(event)
    date = event.get("date") or {}
    place = event.get("place") or {}
    sources = [s.get("document_id") if isinstance(s, dict) else s for s in event.get("sources") or ()]
    return {
        "event_id": event.get("id"), "event_date": date.get("start"), "event_end": date.get("end"),
        "date_precision": date.get("precision"), "event_type": plover["type"], "mode": plover.get("mode"),
        "context": list(plover.get("context") or ()), "cameo": event.get("cameo"),
        "communique_type": event.get("type"), "status": event.get("status"),
        "actor": source, "recipient": target, "countries": list(event.get("countries") or ()),
        "location": {"name": place.get("name"), "city": place.get("city"), "country": place.get("country")} if place else None,
        "source_ids": sources, "confidence": event.get("confidence"),
    }


def export(events: Iterable[Mapping[str, Any]], fmt: str) -> Iterator[str]:
    """Lines of text (with their newlines) of the events in ``fmt``."""
    if fmt == "csv":
        yield render.events_csv(events)
    elif fmt == "jsonl":
        for e in events:
            yield json.dumps(e, ensure_ascii=False) + "\n"
    elif fmt == "plover":
        for e in events:
            record = plover_record(e)
            if record is not None:
                yield json.dumps(record, ensure_ascii=False) + "\n"
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
