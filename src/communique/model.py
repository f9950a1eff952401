"""The plain-data model of communique.

Frozen dataclasses only: no I/O and no NLP imports here.  Everything a stage
produces is one of these types; the codec (``communique.codec``) turns them into
the public JSON format (``docs/schema.md``) and back.

Offsets are character offsets into one *field* of the document: ``"title"`` or
``"text"``.  Dates are ISO strings (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

Field = Literal["title", "text"]
ActorKind = Literal["person", "state", "organization", "initiative", "place"]
EventType = Literal["visit", "meeting", "phone_call", "signing", "statement", "position_change"]
EventStatus = Literal["occurred", "planned"]
Precision = Literal["day", "month", "year", "reported"]

ACTOR_KINDS: tuple[str, ...] = ("person", "state", "organization", "initiative", "place")
EVENT_TYPES: tuple[str, ...] = ("visit", "meeting", "phone_call", "signing", "statement", "position_change")


def content_hash(*parts: str | None) -> str:
    """A short stable hash of the given strings (ids are content hashes)."""
    h = hashlib.sha256()
    for part in parts:
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    """One input document: a press release, a news item, a transcript."""

    id: str
    title: str
    text: str
    published: str | None = None  # ISO date or date-time, as given by the source
    lang: str = "ru"
    source: str | None = None
    url: str | None = None

    @cached_property
    def hash(self) -> str:
        """(Kept once asked: every event's id hashes the whole text with it.  cached_property
        writes the instance's dict directly, which a frozen dataclass allows.)"""
        return content_hash(self.title, self.text, self.published)

    def field_text(self, name: str) -> str:
        return self.title if name == "title" else self.text


@dataclass(frozen=True)
class ReadError:
    """A document the reader could not read; it still gets an output object."""

    id: str
    message: str
    path: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.path or self.id
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Span:
    """A piece of source text supporting a field: the evidence of an extraction."""

    field: str
    start: int
    end: int
    text: str
    rule: str | None = None  # which rule or model produced it; None for plain mentions


@dataclass(frozen=True)
class Sentence:
    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Token:
    field: str
    start: int
    end: int
    text: str
    lemma: str
    pos: str | None
    sentence: int  # index into Analysis.sentences


def make_token(field: str, start: int, end: int, text: str, lemma: str, pos: str | None, sentence: int,
               _new=object.__new__, _set=object.__setattr__) -> Token:
    """``Token(field, start, end, text, lemma, pos, sentence)``, made without the frozen
    dataclass's ``__init__`` (seven ``object.__setattr__`` calls: twice the time, for the
    segmenter's hundred thousand tokens per 400 documents).  The instance holds the same
    fields in the same order, so it is the same token to equality, hashing, repr and pickle.

    The new dict is set as a whole: storing into the instance's own ``__dict__`` instead is
    quicker to make but leaves every later attribute read four times slower (CPython 3.11
    then reads the token through its generic path: 55 against 13 ns), and the rules read
    tokens' attributes millions of times."""
    token = _new(Token)
    _set(token, "__dict__", {"field": field, "start": start, "end": end, "text": text,
                             "lemma": lemma, "pos": pos, "sentence": sentence})
    return token


@dataclass(frozen=True)
class Mention:
    """A named thing found in the text: by NER, a gazetteer or a rule.

    ``type`` is PER, ORG, LOC (NER) or a resolved kind (state, organization,
    initiative, place); ``ref`` is the knowledge-base id when resolved.
    """

    field: str
    start: int
    end: int
    text: str
    type: str
    normal: str
    ref: str | None = None
    rule: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.field, self.start, self.end, self.text, self.rule)


@dataclass(frozen=True)
class DateRange:
    start: str | None
    end: str | None
    precision: str  # day | month | year | reported
    reason: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text, resolved to an absolute range."""

    field: str
    start: int
    end: int
    text: str
    range: DateRange


@dataclass(frozen=True)
class Position:
    """A post held by a person, with validity where known."""

    title: str
    org: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    source: str | None = None  # "kb" (curated), "text" (learned from this document)
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Actor:
    id: str
    kind: str
    name: str
    country: str | None = None
    positions: tuple[Position, ...] = ()
    mentions: tuple[Span, ...] = ()
    ref: str | None = None  # knowledge-base id when resolved
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    name: str | None
    city: str | None
    country: str | None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Participant:
    actor: str  # Actor.id
    name: str
    country: str | None
    position: str | None
    role: str | None  # host, guest, initiator, author, target, signatory, participant
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Agreement:
    title: str
    kind: str  # joint_statement, agreement, memorandum, program, declaration, treaty, protocol, plan, other
    parties: tuple[str, ...] = ()
    period: DateRange | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    status: str
    date: DateRange
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    countries: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    format: str | None = None
    topics: tuple[str, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    cameo: str | None = None
    plover: Plover | None = None
    evidence: tuple[Span, ...] = ()
    confidence: float = 0.5
    trigger: Span | None = None
    sources: tuple[str, ...] = ()  # document ids reporting this event


@dataclass(frozen=True)
class Analysis:
    """Everything known about one document so far; stages return new ones.

    Layers are filled by stages in order; the pipeline checks that each
    stage's ``requires`` were assigned before it runs.
    """

    document: Document
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    errors: tuple[str, ...] = ()
    layers: frozenset[str] = field(default_factory=frozenset)


_ANALYSIS_FIELDS = frozenset(Analysis.__dataclass_fields__)


def replace_analysis(analysis: Analysis, **changes) -> Analysis:
    """``dataclasses.replace(analysis, **changes)``, made without the frozen dataclass's
    ``__init__`` (nine ``object.__setattr__`` calls after ``replace`` has read every field
    back: the pipeline makes two per stage and document).  The instance holds the same fields
    in the same order, so it is the same analysis to equality, hashing, repr and pickle."""
    if not _ANALYSIS_FIELDS.issuperset(changes) or type(analysis) is not Analysis:
        return dataclasses.replace(analysis, **changes)
    values = analysis.__dict__.copy()
    values.update(changes)
    new = object.__new__(Analysis)
    object.__setattr__(new, "__dict__", values)
    return new
