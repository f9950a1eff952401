"""Actors: listing them and the profile of one (posts over time, events)."""
from __future__ import annotations

from typing import Any

from ..nlp.morph import lemma_text
from ..store.base import EventFilter, Store

PROFILE_EVENTS = 1000


def list_actors(store: Store, kind: str | None = None, country: str | None = None,
                name: str | None = None) -> list[dict[str, Any]]:
    """Actors with how many documents mention them and how many events they took part in."""
    return store.actors(kind=kind, country=country, name=name)


def find_actor(store: Store, name_or_id: str) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """(the best actor, the other candidates) for an id or a name in any case form.

    An exact id wins; then an actor whose lemmatised name equals the query's,
    then the one with the most events among those whose name holds every
    word of the query.
    """
    actor = store.get_actor(name_or_id)
    if actor is not None:
        return actor, []
    candidates = store.actors(name=name_or_id)
    if not candidates:
        return None, []
    wanted = lemma_text(name_or_id)
    candidates.sort(key=lambda a: (lemma_text(a["name"] or "") != wanted, -a["events"], a["id"]))
    best, *others = candidates
    return store.get_actor(best["id"]), others


def actor_profile(store: Store, name_or_id: str) -> dict[str, Any] | None:
    """One actor: ``actor`` (the stored dict), ``positions`` seen over time, ``events``, ``others``.

    ``positions`` joins posts learned from documents (``source`` "text" or
    "kb", with ``document_id`` and ``seen_on`` = the document's date) with
    the post the actor held in each event (``source`` "event", ``seen_on`` =
    the event's start date), oldest first.  ``others`` are further actors the
    name matched.
    """
    actor, others = find_actor(store, name_or_id)
    if actor is None:
        return None
    events = store.find_events(EventFilter(actor_ids=(actor["id"],), limit=PROFILE_EVENTS))
    positions = store.actor_positions(actor["id"])
    for event in events:
        for p in event.get("participants") or ():
            if p.get("actor") == actor["id"] and p.get("position"):
                positions.append({
                    "title": p["position"], "org": None, "country": p.get("country"),
                    "start": None, "end": None, "source": "event",
                    "document_id": event["sources"][0]["document_id"] if event["sources"] else None,
                    "seen_on": (event.get("date") or {}).get("start"), "event_id": event["id"],
                    "evidence": p.get("evidence") or []})
    positions.sort(key=lambda p: (p.get("seen_on") or "", p["title"]))
    return {"actor": actor, "positions": positions, "events": events, "others": others}
