"""A bulk path into a SQLite store: many records in few statements, no event merging.

For loads where every event is known to be distinct (benchmarks, a first import
of records that ``communique extract`` already produced): the rows are the ones
:meth:`Store.upsert` writes for a new document whose events match no stored
event, built by the same helpers (``rows``), so every query finds them alike.
Documents already stored are skipped.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..extract.merge import tag_document
from ..nlp.morph import lemma_text
from .base import Record, StoreError
from .rows import (country_pairs, dumps, event_columns, event_countries, event_summary, name_words, now,
                   padded_lemmas, participant_rows)
from .sqlite import SQLiteStore

_EVENT_COLUMNS = ("type", "status", "date_start", "date_end", "precision", "day_from", "day_to", "place_city",
                  "place_country", "format", "cameo", "plover_type", "plover_mode", "confidence")


def bulk_load(store: SQLiteStore, pairs: Iterable[tuple[Record, str]]) -> int:
    """Store (record, text) pairs of new documents in one transaction; the number stored."""
    if not isinstance(store, SQLiteStore):
        raise StoreError("the bulk path is for SQLite stores; use Store.upsert elsewhere")
    rows: dict[str, list[tuple[Any, ...]]] = {k: [] for k in _SQL}
    names: set[str] = set()
    actor_rows: list[tuple[bool, tuple[Any, ...]]] = []
    with store._transaction():
        conn = store.conn
        doc_n, event_n = (conn.execute(f"SELECT COALESCE(MAX(n), 0) FROM {t}").fetchone()[0]
                          for t in ("documents", "events"))
        for record, text in pairs:
            doc = record["document"]
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc["id"],)).fetchone():
                continue
            doc_n += 1
            rows["documents"].append((doc_n, doc["id"], doc.get("hash"), doc.get("title"), text or "",
                                      doc.get("published"), doc.get("lang"), doc.get("source"), doc.get("url"),
                                      dumps(record), now()))
            rows["documents_fts"].append((doc_n, lemma_text(doc.get("title") or ""), lemma_text(text or "")))
            english = doc.get("lang") == "en"
            for actor in record.get("actors") or ():
                actor_rows.append((english, (actor["id"], actor.get("kind"), actor.get("name"),
                                             padded_lemmas(actor.get("name")), actor.get("country"),
                                             actor.get("ref"), dumps(actor))))
                names.add(padded_lemmas(actor.get("name")))
                rows["actor_documents"].append((actor["id"], doc["id"]))
            texts = {doc["id"]: {"title": doc.get("title") or "", "text": text or ""}}
            for report in record.get("events") or ():
                event = tag_document(report, doc["id"])
                event_n += 1
                cols = event_columns(event)
                rows["events"].append((event_n, event["id"], *(cols[c] for c in _EVENT_COLUMNS), dumps(event)))
                rows["events_fts"].append((event_n, event_summary(event, texts)))
                rows["event_sources"].append((event["id"], doc["id"], dumps(event)))
                participants = participant_rows(event)
                rows["event_participants"].extend((event["id"], *p.values()) for p in participants)
                names.update(p["name_lemma"] for p in participants)
                countries = event_countries(event)
                rows["event_countries"].extend((event["id"], iso3, cols["day_from"], cols["day_to"])
                                               for iso3 in countries)
                rows["event_country_pairs"].extend((event["id"], a, b, cols["day_from"], cols["day_to"])
                                                   for a, b in country_pairs(countries))
        # (the first row of an actor names it: a Russian document's before an English one's, as Writer does)
        rows["actors"] = [row for _, row in sorted(actor_rows, key=lambda pair: pair[0])]
        rows["name_words"] = [(word, name) for name in sorted(names) for word in name_words(name)]
        for table, sql in _SQL.items():
            conn.executemany(sql, rows[table])
    return len(rows["documents"])


_SQL = {
    "documents": "INSERT INTO documents (n, id, hash, title, text, published, lang, source, url, record, "
                 "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "documents_fts": "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
    "actors": "INSERT INTO actors (id, kind, name, name_lemma, country, ref, json) VALUES (?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (id) DO NOTHING",
    "actor_documents": "INSERT INTO actor_documents (actor_id, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
    "events": f"INSERT INTO events (n, id, {', '.join(_EVENT_COLUMNS)}, json) "
              f"VALUES ({', '.join('?' * (len(_EVENT_COLUMNS) + 3))})",
    "events_fts": "INSERT INTO events_fts (rowid, summary) VALUES (?, ?)",
    "event_sources": "INSERT INTO event_sources (event_id, document_id, report) VALUES (?, ?, ?)",
    "event_participants": "INSERT INTO event_participants (event_id, actor_id, name, name_lemma, country, role, "
                          "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "event_countries": "INSERT INTO event_countries (event_id, iso3, day_from, day_to) VALUES (?, ?, ?, ?)",
    "event_country_pairs": "INSERT INTO event_country_pairs (event_id, iso3_a, iso3_b, day_from, day_to) "
                           "VALUES (?, ?, ?, ?, ?)",
    "name_words": "INSERT INTO name_words (word, name_lemma) VALUES (?, ?) ON CONFLICT DO NOTHING",
}
