"""Backend-neutral row building: what goes into the columns of each table.

Both backends call these so that SQLite and PostgreSQL index the same values
(normalised day bounds, lemmatised names and search text).
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from ..extract.merge import day_bounds
from ..nlp.morph import lemma_text


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def event_columns(event: Mapping[str, Any]) -> dict[str, Any]:
    """Scalar columns of the ``events`` table; day_from/day_to are full ISO days for range queries."""
    date = event.get("date") or {}
    bounds = day_bounds(date.get("start"), date.get("end"))
    place = event.get("place") or {}
    plover = event.get("plover") or {}
    return {
        "type": event.get("type"),
        "status": event.get("status"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "precision": date.get("precision"),
        "day_from": bounds[0].isoformat() if bounds else None,
        "day_to": bounds[1].isoformat() if bounds else None,
        "place_city": place.get("city"),
        "place_country": place.get("country"),
        "format": event.get("format"),
        "cameo": event.get("cameo"),
        "plover_type": plover.get("type"),
        "plover_mode": plover.get("mode"),
        "confidence": event.get("confidence"),
    }


def event_countries(event: Mapping[str, Any]) -> list[str]:
    """Countries taking part: the event's own list plus its participants' countries."""
    found = {c for c in event.get("countries") or () if c}
    found.update(p["country"] for p in event.get("participants") or () if p.get("country"))
    return sorted(found)


def country_pairs(countries: list[str]) -> list[tuple[str, str]]:
    """Every pair of distinct codes, (smaller, larger) by code point: the ``event_country_pairs`` rows."""
    codes = sorted(set(countries))
    return [(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]]


def participant_rows(event: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for p in event.get("participants") or ():
        rows.append({
            "actor_id": p.get("actor"),
            "name": p.get("name"),
            "name_lemma": padded_lemmas(p.get("name")),
            "country": p.get("country"),
            "role": p.get("role"),
            "position": p.get("position"),
        })
    return rows


def padded_lemmas(text: str | None) -> str:
    """Lemmas with a space on each side, so ``LIKE '% word %'`` matches whole words."""
    return f" {lemma_text(text or '')} "


def name_patterns(name: str) -> list[str]:
    """LIKE patterns, one per word of ``name``, all of which a padded lemma column must match."""
    return [f"% {_escape_like(word)} %" for word in name_query_words(name)]


def name_query_words(name: str) -> list[str]:
    """The lemmatised words of a person's name as queried, in order, without repeats."""
    return list(dict.fromkeys(lemma_text(name).split()))


def name_words(padded: str | None) -> list[str]:
    """The words of a padded lemma column (``padded_lemmas``) that ``LIKE '% word %'`` finds in it:
    those with a space on each side.  ``name_words`` rows map each to the names holding it."""
    return sorted({w for w in (padded or "").split(" ")[1:-1] if w})


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def event_summary(event: Mapping[str, Any], documents: Mapping[str, Mapping[str, Any]]) -> str:
    """The lemmatised text indexed for an event's full-text search.

    Besides the event's own fields, it holds the titles of its source
    documents (``documents``: id -> {title, text}) and the sentence around
    each evidence span, so a place or topic named next to the trigger is found.
    """
    parts: list[str] = [event.get("type") or "", event.get("format") or ""]
    place = event.get("place") or {}
    parts += [place.get("name") or "", place.get("city") or ""]
    for p in event.get("participants") or ():
        parts += [p.get("name") or "", p.get("position") or ""]
    parts += list(event.get("countries") or ()) + list(event.get("organizations") or ())
    parts += list(event.get("topics") or ())
    parts += [a.get("title") or "" for a in event.get("agreements") or ()]
    parts += [doc.get("title") or "" for doc in documents.values()]
    spans = list(event.get("evidence") or ())
    if event.get("trigger"):
        spans.append(event["trigger"])
    contexts = set()
    for span in spans:
        doc = documents.get(span.get("document_id")) or {}
        text = doc.get("title" if span.get("field") == "title" else "text") or ""
        contexts.add(sentence_window(text, span.get("start", 0), span.get("end", 0)) or span.get("text") or "")
    parts += sorted(contexts)
    return lemma_text(" ".join(p for p in parts if p))


_SENTENCE_END = re.compile(r"[.!?\n]")


def sentence_window(text: str, start: int, end: int) -> str:
    """A cheap sentence around [start, end): from the previous to the next ``.!?`` or newline."""
    if not 0 <= start <= end <= len(text):
        return ""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return text[before:after.end() if after else len(text)]


def query_lemmas(text: str) -> list[str]:
    """The words of a full-text query, lemmatised like the index."""
    return lemma_text(text).split()


def actor_kinds(record: Mapping[str, Any]) -> dict[str, str]:
    return {a["id"]: a.get("kind") for a in record.get("actors") or () if a.get("id")}
