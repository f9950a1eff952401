"""Finding events and showing one with the sentences that support it."""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..nlp.segment import split_sentences
from ..store.base import EventFilter, Store


class AmbiguousId(LookupError):
    """An id prefix that matches more than one event."""

    def __init__(self, prefix: str, matches: Sequence[str]) -> None:
        super().__init__(f"event id prefix {prefix!r} is ambiguous: {', '.join(matches)}, ...")
        self.prefix = prefix
        self.matches = list(matches)


def find_events(store: Store, *, countries: Sequence[str] = (), persons: Sequence[str] = (),
                types: Sequence[str] = (), status: str | None = None, since: str | None = None,
                until: str | None = None, text: str | None = None, limit: int = 100,
                offset: int = 0) -> list[dict[str, Any]]:
    """Events matching every given filter, latest first.

    Several ``countries`` must ALL take part (two give the events between
    them); ``persons`` match names in any case form (``Лаврова`` finds
    ``Сергей Лавров``); ``since``/``until`` (ISO dates, ``YYYY[-MM[-DD]]``)
    keep events whose date range overlaps them; ``text`` is a full-text
    query over participants, places, topics, agreements and evidence.
    Each event is the public event dict with ``sources`` expanded to
    ``[{document_id, title, published, url}]``.
    """
    return store.find_events(EventFilter(
        countries=tuple(countries), persons=tuple(persons), types=tuple(types), status=status,
        since=since, until=until, text=text, limit=limit, offset=offset))


def iter_events(store: Store) -> Iterator[dict[str, Any]]:
    """Every event, for exporters."""
    return store.iter_events()


def resolve_event_id(store: Store, id_or_prefix: str) -> str | None:
    """The full id of an event given its id or a unique prefix of it (like git)."""
    if store.get_event(id_or_prefix) is not None:
        return id_or_prefix
    matches = store.event_ids_with_prefix(id_or_prefix, limit=3)
    if len(matches) > 1:
        raise AmbiguousId(id_or_prefix, matches)
    return matches[0] if matches else None


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event by id or unique id prefix, with ``sources`` and ``spans``.

    ``spans`` lists every evidence span of the event (its evidence, trigger,
    place, participants, agreements) as ``{document_id, field, start, end,
    text, about, sentence, sentence_start}``: ``sentence`` is the stored
    sentence around the span and ``sentence_start`` its offset in the field,
    so ``start - sentence_start`` places the span inside the sentence.
    Raises :class:`AmbiguousId` when a prefix matches several events.
    """
    full_id = resolve_event_id(store, event_id)
    if full_id is None:
        return None
    event = store.get_event(full_id)
    if event is None:
        return None
    texts: dict[str, dict[str, str]] = {}
    spans = []
    for about, span in event_spans(event):
        doc_id = span.get("document_id")
        if doc_id and doc_id not in texts:
            doc = store.get_document(doc_id) or {}
            texts[doc_id] = {"title": doc.get("title") or "", "text": doc.get("text") or ""}
        field_text = texts.get(doc_id, {}).get(span.get("field", "text"), "")
        sentence, sentence_start = sentence_around(field_text, span.get("field", "text"),
                                                   span.get("start", 0), span.get("end", 0))
        spans.append({"document_id": doc_id, "field": span.get("field"), "start": span.get("start"),
                      "end": span.get("end"), "text": span.get("text"), "about": about,
                      "sentence": sentence, "sentence_start": sentence_start})
    event["spans"] = spans
    return event


def event_spans(event: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what it supports, span) for every evidence span of an event."""
    for span in event.get("evidence") or ():
        yield "event", span
    if event.get("trigger"):
        yield "trigger", event["trigger"]
    for span in (event.get("place") or {}).get("evidence") or ():
        yield "place", span
    for p in event.get("participants") or ():
        for span in p.get("evidence") or ():
            yield f"participant:{p.get('name')}", span
    for a in event.get("agreements") or ():
        for span in a.get("evidence") or ():
            yield f"agreement:{a.get('title')}", span


def sentence_around(text: str, field: str, start: int, end: int) -> tuple[str | None, int | None]:
    """The sentence of ``text`` holding [start, end); a span across sentences gets all of them."""
    if not text or start < 0 or end > len(text) or start > end:
        return None, None
    if field == "title":
        return text, 0
    hit = [x for x in split_sentences(field, text)
           if x.start < max(end, start + 1) and x.end > start]
    if not hit:  # a span in the blank between sentences
        return None, None
    first, last = hit[0].start, hit[-1].end
    return text[first:last], first
