"""NEREL (brat standoff): persons, professions, countries, organisations and
the WORKS_AS / WORKPLACE relations between them.

Spans match exactly (same type, same character offsets) or, in the relaxed
setting, when they overlap (one-to-one, best alignment).  A relation matches
when both of its argument spans match.  Gold WORKPLACE relations whose first
argument is a PROFESSION are restated with the person(s) holding that
profession (their WORKS_AS links), because we attach workplaces to persons.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document
from .common import (SCORE_HEADER, Record, Score, TextSpan, best_alignment, nearest_mention, position_claims,
                     render_table, score_cells, text_spans)
from .factru import named_mentions, state_adjective, title_and_adjectives

ENTITY_TYPES = ("PERSON", "PROFESSION", "COUNTRY", "ORGANIZATION")
RELATION_TYPES = ("WORKS_AS", "WORKPLACE")
KIND_TYPES = {"person": "PERSON", "state": "COUNTRY", "organization": "ORGANIZATION"}
Spans = tuple[tuple[int, int], ...]
Extract = Callable[[Document], Record]


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    spans: Spans  # discontinuous entities have several fragments
    text: str


@dataclass(frozen=True)
class Relation:
    id: str
    type: str
    arg1: str  # entity ids
    arg2: str


@dataclass(frozen=True)
class NerelDoc:
    name: str
    text: str
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]

    def document(self) -> Document:
        return Document(id=self.name, title="", text=self.text, published=None, lang="ru")


def parse_ann(content: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """Entities (``T`` lines) and relations (``R`` lines) of a brat ``.ann`` file."""
    entities, relations = [], []
    for line in content.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            etype, _, offsets = parts[1].partition(" ")
            spans = tuple(tuple(int(x) for x in frag.split()) for frag in offsets.split(";"))
            entities.append(Entity(parts[0], etype, spans, parts[2] if len(parts) > 2 else ""))
        elif line.startswith("R") and len(parts) >= 2:
            rtype, arg1, arg2 = parts[1].split()[:3]
            relations.append(Relation(parts[0], rtype, arg1.partition(":")[2], arg2.partition(":")[2]))
    return tuple(entities), tuple(relations)


def load_document(stem: Path) -> NerelDoc:
    with open(stem.with_suffix(".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    entities, relations = parse_ann(stem.with_suffix(".ann").read_text(encoding="utf-8"))
    return NerelDoc(stem.name, text, entities, relations)


def load_dir(directory: str | Path, limit: int | None = None) -> list[NerelDoc]:
    stems = sorted(p.with_suffix("") for p in Path(directory).glob("*.ann"))
    return [load_document(s) for s in stems[:limit]]


# --- gold and predicted items -------------------------------------------------

Mention = tuple[str, Spans]  # type, spans
Pair = tuple[str, Spans, Spans]  # relation type, arg1 spans, arg2 spans


def gold_mentions(doc: NerelDoc) -> set[Mention]:
    return {(e.type, e.spans) for e in doc.entities if e.type in ENTITY_TYPES}


def gold_pairs(doc: NerelDoc) -> set[Pair]:
    """WORKS_AS and WORKPLACE pairs; a profession's workplace goes to its holders."""
    by_id = {e.id: e for e in doc.entities}
    holders: dict[str, list[str]] = {}
    for r in doc.relations:
        if r.type == "WORKS_AS":
            holders.setdefault(r.arg2, []).append(r.arg1)
    out = set()
    for r in doc.relations:
        if r.type not in RELATION_TYPES or r.arg1 not in by_id or r.arg2 not in by_id:
            continue
        firsts = [r.arg1]
        if r.type == "WORKPLACE" and by_id[r.arg1].type == "PROFESSION":
            firsts = holders.get(r.arg1, firsts)
        out |= {(r.type, by_id[a].spans, by_id[r.arg2].spans) for a in firsts if a in by_id}
    return out


def _spans(span: TextSpan) -> Spans:
    return ((span[0], span[1]),)


def _profession(span: TextSpan) -> tuple[int, int]:
    """A resolved post's span without the state adjective it may start with (``китайский`` министр)."""
    start, end, text = span
    words = text.split()
    if len(words) > 1 and state_adjective(words[0]):
        start = end - len(text[len(words[0]):].lstrip())
    return start, end


def predicted_mentions(record: Record, phrases: bool = False) -> set[Mention]:
    """Persons, states (COUNTRY), organisations, and position titles (PROFESSION); with
    ``phrases``, also each title with its adjacent state adjective and institutions."""
    out = set()
    for actor in record.get("actors", []):
        etype = KIND_TYPES.get(actor.get("kind"))
        if etype:
            out |= {(etype, _spans(s)) for s in text_spans(named_mentions(actor))}
    for actor in record.get("actors", []):  # posts resolved to a person: ``сказал министр``
        for span in text_spans(m for m in actor.get("mentions", []) if m.get("rule") == "coref"):
            out.add(("PROFESSION", (_profession(span),)))
            words = span[2].split()
            if len(words) > 1 and state_adjective(words[0]):  # китайский министр
                out.add(("COUNTRY", ((span[0], span[0] + len(words[0])),)))
    for claim in position_claims(record):
        title, adjectives = title_and_adjectives(claim)
        out |= {("PROFESSION", _spans(s)) for s in title}
        if phrases:
            out |= {("PROFESSION", (_phrase(t, claim.where, adjectives),)) for t in title[:1]}
        out |= {("COUNTRY", _spans(s)) for s in adjectives}  # британский премьер
    return out


def predicted_pairs(record: Record, phrases: bool = False) -> set[Pair]:
    """WORKS_AS (person, title) and WORKPLACE (person, organisation/state) pairs,
    the person being the holder's mention nearest the title; with ``phrases`` the WORKS_AS
    profession is the title with its adjacent adjective and institutions (``президент США``)."""
    out = set()
    for actor in record.get("actors", []):  # a post resolved to its holder: ``Обама … президент``
        named = {**actor, "mentions": named_mentions(actor)}
        for span in text_spans(m for m in actor.get("mentions", []) if m.get("rule") == "coref"):
            person = nearest_mention(named, span)
            if person is not None:
                out.add(("WORKS_AS", _spans(person), (_profession(span),)))
    for claim in position_claims(record):
        title, adjectives = title_and_adjectives(claim)
        anchors = claim.title + claim.where
        named = {**claim.person, "mentions": named_mentions(claim.person)}
        person = nearest_mention(named, anchors[0]) if anchors else None
        if person is None:
            continue
        first = [(_phrase(t, claim.where, adjectives),) if phrases else _spans(t) for t in title[:1]]
        out |= {("WORKS_AS", _spans(person), t) for t in [*first, *(_spans(t) for t in title[1:])]}
        out |= {("WORKPLACE", _spans(person), _spans(w)) for w in (*claim.where, *adjectives)}
    return out


def _phrase(title: TextSpan, where: Sequence[TextSpan], adjectives: Sequence[TextSpan]) -> tuple[int, int]:
    """The profession as NEREL marks it: the title with the state adjective right before it and
    the institutions right after it (``британской королевы``, ``президент США``)."""
    start, end = title[0], title[1]
    for s, e, _t in sorted(adjectives, reverse=True):
        if e < start and start - e <= 1:
            start = s
    for s, e, _t in sorted(where):
        if s >= end and s - end <= 2:  # a space, perhaps a quote
            end = e
    return start, end


# --- scoring -------------------------------------------------------------------

def _overlap(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def score_exact(gold: set[tuple], pred: set[tuple]) -> Score:
    return Score.of(len(gold & pred), len(gold), len(pred))


def score_relaxed(gold: set[tuple], pred: set[tuple]) -> Score:
    """Same type and every argument overlapping; one-to-one."""
    gold_l, pred_l = sorted(gold), sorted(pred)
    weights = [[1.0 if g[0] == p[0] and all(_overlap(a, b) for a, b in zip(g[1:], p[1:])) else 0.0
                for p in pred_l] for g in gold_l]
    pairs = best_alignment(weights) if gold_l and pred_l else []
    return Score.of(len(pairs), len(gold_l), len(pred_l))


def score_document(doc: NerelDoc, record: Record, phrases: bool = False) -> dict[tuple[str, str], Score]:
    """(type, "exact" | "overlap") -> score, for entity and relation types (``phrases``: see
    ``predicted_pairs``)."""
    gold_m, pred_m = gold_mentions(doc), predicted_mentions(record, phrases)
    gold_p, pred_p = gold_pairs(doc), predicted_pairs(record, phrases)
    out = {}
    for types, gold, pred in ((ENTITY_TYPES, gold_m, pred_m), (RELATION_TYPES, gold_p, pred_p)):
        for t in types:
            g = {x for x in gold if x[0] == t}
            p = {x for x in pred if x[0] == t}
            out[(t, "exact")] = score_exact(g, p)
            out[(t, "overlap")] = score_relaxed(g, p)
    return out


@dataclass
class NerelReport:
    documents: int = 0
    scores: dict[tuple[str, str], Score] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def render(self) -> str:
        rows = [[t, mode, *score_cells(s)] for (t, mode), s in self.scores.items()]
        parts = [f"NEREL: {self.documents} documents", "",
                 render_table(("type", "match", *SCORE_HEADER), rows)]
        if self.errors:
            parts += ["", f"{len(self.errors)} documents had extraction errors; first: {self.errors[0]}"]
        return "\n".join(parts)


def run(directory: str | Path, extract: Extract | None = None, *, limit: int | None = None,
        phrases: bool = True) -> NerelReport:
    """Score our extractor on a NEREL split directory; ``phrases`` (the default) maps our titles to
    NEREL's usual profession spans (``президент США``), ``False`` scores the bare titles."""
    if extract is None:
        from ..api import extract_document as extract
    docs = load_dir(directory, limit)
    report = NerelReport(documents=len(docs))
    for doc in docs:
        try:
            record = extract(doc.document())
        except Exception as exc:  # a failed document scores as an empty record
            report.errors.append(f"{doc.name}: {type(exc).__name__}: {exc}")
            record = {}
        if record.get("errors"):
            report.errors.append(str(record['errors'][0]))
        for key, score in score_document(doc, record, phrases).items():
            report.scores.setdefault(key, Score()).add(score)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """``communique eval nerel DIR [--limit N] [--titles]``."""
    parser = argparse.ArgumentParser(prog="communique eval nerel", description="Score on a NEREL split.")
    parser.add_argument("directory", help="a NEREL split directory of .txt + .ann (…/nerel/dev)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--titles", action="store_true",
                        help="professions as our bare titles (президент), not NEREL's phrases (президент США)")
    args = parser.parse_args(argv)
    print(run(args.directory, limit=args.limit, phrases=not args.titles).render())
    return 0
