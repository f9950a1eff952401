"""Ordered schema migrations, per backend, and the code that applies them.

A database records the migrations applied in ``schema_version``; opening a
store applies the missing ones in order, each in its own transaction.  To
change the schema, append a migration: never edit one that has shipped.
"""
from __future__ import annotations

# Tables shared by both dialects; {ID} is the auto-numbered key column type.
_TABLES = """
CREATE TABLE documents (
    n {ID},
    id TEXT NOT NULL UNIQUE,
    hash TEXT,
    title TEXT,
    text TEXT NOT NULL DEFAULT '',
    published TEXT,
    lang TEXT,
    source TEXT,
    url TEXT,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE document_errors (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    kind TEXT,
    name TEXT,
    name_lemma TEXT,
    country TEXT,
    ref TEXT,
    json TEXT NOT NULL
);
CREATE INDEX actors_kind ON actors (kind, country);

CREATE TABLE actor_documents (
    actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, document_id)
);
CREATE INDEX actor_documents_document ON actor_documents (document_id);

CREATE TABLE actor_positions (
    actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seen_on TEXT,
    title TEXT NOT NULL,
    org TEXT,
    country TEXT,
    valid_from TEXT,
    valid_to TEXT,
    source TEXT,
    evidence TEXT
);
CREATE INDEX actor_positions_actor ON actor_positions (actor_id, seen_on);
CREATE INDEX actor_positions_title ON actor_positions (title, seen_on);
CREATE INDEX actor_positions_document ON actor_positions (document_id);

CREATE TABLE events (
    n {ID},
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    status TEXT,
    date_start TEXT,
    date_end TEXT,
    precision TEXT,
    day_from TEXT,
    day_to TEXT,
    place_city TEXT,
    place_country TEXT,
    format TEXT,
    cameo TEXT,
    plover_type TEXT,
    plover_mode TEXT,
    confidence REAL,
    json TEXT NOT NULL
);
CREATE INDEX events_type_day ON events (type, day_from, day_to);
CREATE INDEX events_day ON events (day_from, day_to);

CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id TEXT,
    name TEXT,
    name_lemma TEXT,
    country TEXT,
    role TEXT,
    position TEXT
);
CREATE INDEX event_participants_event ON event_participants (event_id);
CREATE INDEX event_participants_actor ON event_participants (actor_id);

CREATE TABLE event_countries (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    iso3 TEXT NOT NULL,
    PRIMARY KEY (iso3, event_id)
);
CREATE INDEX event_countries_event ON event_countries (event_id);

CREATE TABLE event_sources (
    seq {ID},
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    report TEXT NOT NULL,
    UNIQUE (event_id, document_id)
);
CREATE INDEX event_sources_document ON event_sources (document_id);
"""

# 2: indexes for large stores (store.plan): the date-ordered scan and the lookups by id
# read indexes only; participants are checked by name without reading their rows.
_QUERY_INDEXES = """
DROP INDEX events_day;
CREATE INDEX events_day_id ON events (day_from, day_to, id);
DROP INDEX events_type_day;
CREATE INDEX events_type_day_id ON events (type, day_from, day_to, id);
CREATE INDEX events_id_day ON events (id, day_from, day_to);
DROP INDEX event_participants_event;
CREATE INDEX event_participants_event_name ON event_participants (event_id, name_lemma, actor_id);
"""

# 3: events listed by row number (full-text matches) are sorted by date from an index too.
_ROW_INDEX = """
CREATE INDEX events_n_day ON events (n, day_from, day_to, id);
"""

# 4: a person's events through the actors behind participants (store.plan) from the index alone.
_PARTICIPANT_ACTOR_INDEX = """
DROP INDEX event_participants_actor;
CREATE INDEX event_participants_actor_event ON event_participants (actor_id, event_id);
"""

SQLITE_MIGRATIONS: tuple[str, ...] = (
    _TABLES.replace("{ID}", "INTEGER PRIMARY KEY") + """
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text);
CREATE VIRTUAL TABLE events_fts USING fts5 (summary);
""",
    _QUERY_INDEXES,
    _ROW_INDEX,
    _PARTICIPANT_ACTOR_INDEX,
)

POSTGRES_MIGRATIONS: tuple[str, ...] = (
    _TABLES.replace("{ID}", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY") + """
ALTER TABLE documents ADD COLUMN tsv tsvector;
ALTER TABLE events ADD COLUMN tsv tsvector;
CREATE INDEX documents_tsv ON documents USING gin (tsv);
CREATE INDEX events_tsv ON events USING gin (tsv);
""",
    _QUERY_INDEXES,
    _ROW_INDEX,
    _PARTICIPANT_ACTOR_INDEX,
)


def statements(script: str) -> list[str]:
    """The statements of a migration script (no semicolons inside statements)."""
    return [s.strip() for s in script.split(";") if s.strip()]
