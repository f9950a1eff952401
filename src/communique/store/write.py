"""Writing one batch of records, inside a transaction the caller opened.

Each stored event keeps every report of it (``event_sources.report``: the
event as one document told it, spans tagged with that document's id); the
event row is always the fold of :func:`merge_events` over its reports in
arrival order.  So replacing a document is: drop its reports, re-fold the
events they touched (deleting those left with none), then add the new ones.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from functools import reduce
from typing import TYPE_CHECKING, Any

from ..extract.merge import day_bounds, merge_events, same_event, tag_document
from ..nlp.morph import lemma_text
from .base import Record, StoreError, UpsertCounts
from .rows import (actor_kinds, country_pairs, dumps, event_columns, event_countries, event_summary, name_words,
                   now, padded_lemmas, participant_rows)

if TYPE_CHECKING:
    from .sql import SQLStore

# The widest slack same_event allows; candidates are then checked exactly.
_WINDOW = timedelta(days=3)


class Writer:
    def __init__(self, store: SQLStore) -> None:
        self.db = store
        self.counts = {"documents_new": 0, "documents_updated": 0, "documents_unchanged": 0,
                       "events": 0, "events_merged": 0, "errors": 0}
        self._names: set[str] = set()  # names whose words this batch has stored

    def write(self, batch: Sequence[tuple[Record, str]]) -> UpsertCounts:
        for record, text in batch:
            self._write_record(record, text or "")
        return UpsertCounts(**self.counts)

    def _write_record(self, record: Record, text: str) -> None:
        doc = record.get("document") or {}
        doc_id = doc.get("id")
        if not doc_id:
            raise StoreError("a record without document.id cannot be stored")
        old = self.db._rows("SELECT hash FROM documents WHERE id = ?", (doc_id,))
        if old and old[0]["hash"] == doc.get("hash"):
            self.counts["documents_unchanged"] += 1
            return
        values = [doc.get("hash"), doc.get("title"), text, doc.get("published"), doc.get("lang"),
                  doc.get("source"), doc.get("url"), dumps(record), now()]
        if old:
            self._remove_contents(doc_id)
            self.db._exec("UPDATE documents SET hash = ?, title = ?, text = ?, published = ?, lang = ?, "
                          "source = ?, url = ?, record = ?, ingested_at = ? WHERE id = ?",
                          [*values, doc_id])
            self.counts["documents_updated"] += 1
        else:
            self.db._exec("INSERT INTO documents (hash, title, text, published, lang, source, url, "
                          "record, ingested_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          [*values, doc_id])
            self.counts["documents_new"] += 1
        n = self.db._rows("SELECT n FROM documents WHERE id = ?", (doc_id,))[0]["n"]
        self.db._fts_put_document(n, lemma_text(doc.get("title") or ""), lemma_text(text))
        for seq, message in enumerate(record.get("errors") or ()):
            self.db._exec("INSERT INTO document_errors (document_id, seq, message) VALUES (?, ?, ?)",
                          (doc_id, seq, str(message)))
            self.counts["errors"] += 1
        self._write_actors(record, doc_id, (doc.get("published") or "")[:10] or None)
        kinds = actor_kinds(record)
        for event in record.get("events") or ():
            self._add_report(tag_document(event, doc_id), doc_id, kinds)

    # -- actors ----------------------------------------------------------
    def _write_actors(self, record: Record, doc_id: str, seen_on: str | None) -> None:
        # an English document names its actors in English: it names a new actor, but one a Russian
        # document named keeps that name (the record is Russian first; the English name is an alias)
        english = (record.get("document") or {}).get("lang") == "en"
        for actor in record.get("actors") or ():
            self.db._exec(
                "INSERT INTO actors (id, kind, name, name_lemma, country, ref, json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
                + ("NOTHING" if english else
                   "UPDATE SET kind = excluded.kind, name = excluded.name, name_lemma = excluded.name_lemma, "
                   "country = excluded.country, ref = excluded.ref, json = excluded.json"),
                (actor["id"], actor.get("kind"), actor.get("name"), padded_lemmas(actor.get("name")),
                 actor.get("country"), actor.get("ref"), dumps(actor)))
            self._put_name_words(padded_lemmas(actor.get("name")))
            self.db._exec("INSERT INTO actor_documents (actor_id, document_id) VALUES (?, ?) "
                          "ON CONFLICT DO NOTHING", (actor["id"], doc_id))
            for pos in actor.get("positions") or ():
                self.db._exec(
                    "INSERT INTO actor_positions (actor_id, document_id, seen_on, title, org, country, "
                    "valid_from, valid_to, source, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (actor["id"], doc_id, seen_on, pos.get("title"), pos.get("org"), pos.get("country"),
                     pos.get("start"), pos.get("end"), pos.get("source"),
                     dumps(tag_document({"evidence": pos.get("evidence") or []}, doc_id)["evidence"])))

    def _put_name_words(self, name_lemma: str) -> None:
        """The ``name_words`` rows of a stored name (kept when the name goes: they only lead to it)."""
        if name_lemma in self._names:
            return
        self._names.add(name_lemma)
        for word in name_words(name_lemma):
            self.db._exec("INSERT INTO name_words (word, name_lemma) VALUES (?, ?) ON CONFLICT DO NOTHING",
                          (word, name_lemma))

    # -- events ----------------------------------------------------------
    def _add_report(self, report: dict[str, Any], doc_id: str, kinds: dict[str, str]) -> None:
        self.counts["events"] += 1
        target = report.get("id")
        if not target:
            raise StoreError(f"an event without id in document {doc_id}")
        existing = self.db._rows("SELECT id FROM events WHERE id = ?", (target,))
        if not existing:
            found = self._find_same(report, doc_id, kinds)
            if found:
                target = found
        prior = self.db._rows("SELECT report FROM event_sources WHERE event_id = ? AND document_id = ?",
                              (target, doc_id))
        if not prior and (existing or target != report["id"]):
            self.counts["events_merged"] += 1
        if prior:  # the same event id twice in one document: one report of it
            merged = merge_events(json.loads(prior[0]["report"]), report)
            self.db._exec("UPDATE event_sources SET report = ? WHERE event_id = ? AND document_id = ?",
                          (dumps(merged), target, doc_id))
        else:  # a new event's row is written by _refresh_event (the foreign key is deferred)
            self.db._exec("INSERT INTO event_sources (event_id, document_id, report) VALUES (?, ?, ?)",
                          (target, doc_id, dumps(report)))
        self._refresh_event(target)

    def _find_same(self, report: dict[str, Any], doc_id: str, kinds: dict[str, str]) -> str | None:
        """A stored event from another document that ``report`` also describes."""
        date = report.get("date") or {}
        bounds = day_bounds(date.get("start"), date.get("end"))
        if bounds is None:
            return None
        sql = ("SELECT e.id, e.json, e.day_from FROM events e WHERE e.type = ? AND e.day_from <= ? "
               "AND e.day_to >= ? AND NOT EXISTS (SELECT 1 FROM event_sources s "
               "WHERE s.event_id = e.id AND s.document_id = ?)")
        params: list[Any] = [report.get("type"), (bounds[1] + _WINDOW).isoformat(),
                             (bounds[0] - _WINDOW).isoformat(), doc_id]
        countries = event_countries(report)
        if countries:
            sql += (" AND EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id "
                    f"AND c.iso3 IN ({', '.join('?' * len(countries))}))")
            params += countries
        start = bounds[0].isoformat()
        candidates = sorted(self.db._rows(sql, params),
                            key=lambda r: (abs(_days(r["day_from"]) - _days(start)), r["id"]))
        for row in candidates:
            stored = json.loads(row["json"])
            if same_event(stored, report, {**self._stored_kinds(stored), **kinds}):
                return row["id"]
        return None

    def _stored_kinds(self, event: dict[str, Any]) -> dict[str, str]:
        ids = [p["actor"] for p in event.get("participants") or () if p.get("actor")]
        if not ids:
            return {}
        rows = self.db._rows(f"SELECT id, kind FROM actors WHERE id IN ({', '.join('?' * len(ids))})", ids)
        return {r["id"]: r["kind"] for r in rows}

    def _refresh_event(self, event_id: str) -> None:
        """Re-fold an event from its reports; delete it when none is left."""
        reports = [json.loads(r["report"]) for r in self.db._rows(
            "SELECT report FROM event_sources WHERE event_id = ? ORDER BY seq", (event_id,))]
        rows = self.db._rows("SELECT n FROM events WHERE id = ?", (event_id,))
        if not reports:
            if rows:
                self.db._fts_delete_event(rows[0]["n"])
                self.db._exec("DELETE FROM events WHERE id = ?", (event_id,))
            return
        merged = reduce(merge_events, reports)
        merged["id"] = event_id
        self._put_event_row(event_id, merged)

    def _put_event_row(self, event_id: str, event: dict[str, Any]) -> None:
        cols = event_columns(event)
        names = list(cols)
        if self.db._rows("SELECT 1 AS x FROM events WHERE id = ?", (event_id,)):
            sets = ", ".join(f"{c} = ?" for c in names)
            self.db._exec(f"UPDATE events SET {sets}, json = ? WHERE id = ?",
                          [*cols.values(), dumps(event), event_id])
        else:
            self.db._exec(f"INSERT INTO events ({', '.join(names)}, json, id) "
                          f"VALUES ({', '.join('?' * (len(names) + 2))})",
                          [*cols.values(), dumps(event), event_id])
        self.db._exec("DELETE FROM event_participants WHERE event_id = ?", (event_id,))
        for p in participant_rows(event):
            self.db._exec("INSERT INTO event_participants (event_id, actor_id, name, name_lemma, country, "
                          "role, position) VALUES (?, ?, ?, ?, ?, ?, ?)", (event_id, *p.values()))
            self._put_name_words(p["name_lemma"])
        self._put_countries(event_id, event_countries(event), cols["day_from"], cols["day_to"])
        documents = {r["id"]: r for r in self.db._rows(
            "SELECT d.id, d.title, d.text FROM event_sources s JOIN documents d ON d.id = s.document_id "
            "WHERE s.event_id = ?", (event_id,))}
        n = self.db._rows("SELECT n FROM events WHERE id = ?", (event_id,))[0]["n"]
        self.db._fts_put_event(n, event_summary(event, documents))

    def _put_countries(self, event_id: str, countries: list[str], day_from: str | None, day_to: str | None) -> None:
        """An event's ``event_countries`` and ``event_country_pairs`` rows, with its days (the indexes a
        country's or a pair's events are walked by)."""
        self.db._exec("DELETE FROM event_countries WHERE event_id = ?", (event_id,))
        self.db._exec("DELETE FROM event_country_pairs WHERE event_id = ?", (event_id,))
        for iso3 in countries:
            self.db._exec("INSERT INTO event_countries (event_id, iso3, day_from, day_to) VALUES (?, ?, ?, ?)",
                          (event_id, iso3, day_from, day_to))
        for a, b in country_pairs(countries):
            self.db._exec("INSERT INTO event_country_pairs (event_id, iso3_a, iso3_b, day_from, day_to) "
                          "VALUES (?, ?, ?, ?, ?)", (event_id, a, b, day_from, day_to))

    # -- replacing -------------------------------------------------------
    def _remove_contents(self, doc_id: str) -> None:
        """Forget everything a previous version of a document contributed."""
        touched = [r["event_id"] for r in self.db._rows(
            "SELECT event_id FROM event_sources WHERE document_id = ?", (doc_id,))]
        self.db._exec("DELETE FROM event_sources WHERE document_id = ?", (doc_id,))
        for event_id in touched:
            self._refresh_event(event_id)
        actors = [r["actor_id"] for r in self.db._rows(
            "SELECT actor_id FROM actor_documents WHERE document_id = ?", (doc_id,))]
        for table in ("document_errors", "actor_positions", "actor_documents"):
            self.db._exec(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
        for actor_id in actors:
            self.db._exec("DELETE FROM actors WHERE id = ? AND NOT EXISTS "
                          "(SELECT 1 FROM actor_documents d WHERE d.actor_id = ?)", (actor_id, actor_id))


def _days(iso: str) -> int:
    bounds = day_bounds(iso)
    return bounds[0].toordinal() if bounds else 0
