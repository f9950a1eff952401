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

# 5: a person's name in any case form resolved through its lemmatised words (store.plan):
# ``name_words`` maps each word of a padded lemma column (``rows.name_words``: a word with a
# space on each side, what ``LIKE '% word %'`` finds) to the names holding it, filled by the
# writers for participants' and actors' names; the names then lead to their events by index.
_NAME_WORDS = """
CREATE TABLE name_words (
    word TEXT NOT NULL,
    name_lemma TEXT NOT NULL,
    PRIMARY KEY (word, name_lemma)
);
CREATE INDEX event_participants_name_event ON event_participants (name_lemma, event_id);
DROP INDEX event_participants_actor_event;
CREATE INDEX event_participants_actor_event_name ON event_participants (actor_id, event_id, name_lemma);
CREATE INDEX actors_name_lemma ON actors (name_lemma, id);
"""

# The names already stored, split as rows.name_words splits them: the words after the first
# space, each ended by a space.
_SQLITE_NAME_WORDS_FILL = """
INSERT INTO name_words (word, name_lemma)
WITH RECURSIVE
    names (name) AS (SELECT name_lemma FROM event_participants UNION SELECT name_lemma FROM actors),
    split (name, word, rest) AS (
        SELECT name, '', substr(name, instr(name, ' ') + 1) FROM names WHERE instr(name, ' ') > 0
        UNION ALL
        SELECT name, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
        FROM split WHERE instr(rest, ' ') > 0)
SELECT DISTINCT word, name FROM split WHERE word <> ''
"""

_POSTGRES_NAME_WORDS_FILL = """
INSERT INTO name_words (word, name_lemma)
SELECT DISTINCT w.word, n.name
FROM (SELECT name_lemma AS name FROM event_participants UNION SELECT name_lemma FROM actors) AS n,
     unnest((string_to_array(n.name, ' '))[2:cardinality(string_to_array(n.name, ' ')) - 1]) AS w (word)
WHERE w.word <> ''
"""

# 6: a country's events latest first from an index (store.plan walks the rarest country's list
# when no filter is rare enough to drive the query): each event_countries row carries its
# event's day bounds, written with it (the writers rewrite an event's countries with its row).
# ANALYZE, so that SQLite, if it has statistics for the primary key but none for the new index,
# does not take the new one for an (iso3, event_id) lookup.
_COUNTRY_DAYS = """
ALTER TABLE event_countries ADD COLUMN day_from TEXT;
ALTER TABLE event_countries ADD COLUMN day_to TEXT;
{FILL};
CREATE INDEX event_countries_day ON event_countries (iso3, day_from, day_to, event_id);
ANALYZE event_countries
"""

_SQLITE_COUNTRY_DAYS_FILL = """
UPDATE event_countries SET (day_from, day_to) =
    (SELECT e.day_from, e.day_to FROM events e WHERE e.id = event_countries.event_id)
"""

_POSTGRES_COUNTRY_DAYS_FILL = """
UPDATE event_countries AS c SET day_from = e.day_from, day_to = e.day_to FROM events AS e WHERE e.id = c.event_id
"""

# 7: the events of a country pair latest first from an index: one row per pair of the event's
# countries (iso3_a < iso3_b by code point, as Python sorts them), with the event's days.
_COUNTRY_PAIRS = """
CREATE TABLE event_country_pairs (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    iso3_a TEXT NOT NULL,
    iso3_b TEXT NOT NULL,
    day_from TEXT,
    day_to TEXT,
    PRIMARY KEY (iso3_a, iso3_b, event_id)
);
CREATE INDEX event_country_pairs_day ON event_country_pairs (iso3_a, iso3_b, day_from, day_to, event_id);
CREATE INDEX event_country_pairs_event ON event_country_pairs (event_id);
INSERT INTO event_country_pairs (event_id, iso3_a, iso3_b, day_from, day_to)
SELECT a.event_id, a.iso3, b.iso3, a.day_from, a.day_to
FROM event_countries a JOIN event_countries b ON b.event_id = a.event_id AND b.iso3 > a.iso3 {C};
ANALYZE event_country_pairs
"""

SQLITE_MIGRATIONS: tuple[str, ...] = (
    _TABLES.replace("{ID}", "INTEGER PRIMARY KEY") + """
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text);
CREATE VIRTUAL TABLE events_fts USING fts5 (summary);
""",
    _QUERY_INDEXES,
    _ROW_INDEX,
    _PARTICIPANT_ACTOR_INDEX,
    _NAME_WORDS + ";" + _SQLITE_NAME_WORDS_FILL,
    _COUNTRY_DAYS.replace("{FILL}", _SQLITE_COUNTRY_DAYS_FILL),
    _COUNTRY_PAIRS.replace("{C}", ""),  # SQLite compares text by code point
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
    _NAME_WORDS + ";" + _POSTGRES_NAME_WORDS_FILL,
    _COUNTRY_DAYS.replace("{FILL}", _POSTGRES_COUNTRY_DAYS_FILL),
    _COUNTRY_PAIRS.replace("{C}", 'COLLATE "C"'),  # by code point, not by the database's locale
)


def statements(script: str) -> list[str]:
    """The statements of a migration script (no semicolons inside statements)."""
    return [s.strip() for s in script.split(";") if s.strip()]
