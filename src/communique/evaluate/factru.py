"""factRuEval-2016: named entities (track 1) and Occupation/Meeting facts (track 3).

Our own implementation of the official scorers' semantics (docs/evaluation.md):

* NER: gold objects and predictions become sets of the devset's tokens.  A gold
  object earns ``tp / (tp + fp + fn)`` from the prediction aligned with it, where
  only its *name* tokens (``name``, ``surname``, ``org_name``, ``loc_name``...)
  weigh; objects without name tokens and objects embedded in another object are
  ignored.  LocOrg counts as a location (the official ``-l`` setting); with
  ``locorg="either"`` a gold LocOrg also accepts an ORG prediction.
* Facts: argument values match when their normalised strings are within
  Levenshtein distance 2 of any gold alternative (names built from the
  coreference layer, mention texts, the position list ``jobs_processed.txt``);
  a fact earns ``matched / (matched + fp + fn)`` over its arguments with Position
  at half weight; facts marked ``Сложность повышенная`` are ignored and the
  Phase argument is dropped (the official "easy" mode).
"""
from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..model import Document
from .common import (SCORE_HEADER, Record, Score, TextSpan, best_alignment, position_claims, render_table,
                     score_cells, text_spans, total)

ROWS = ("per", "loc", "org")
NAME_SPANS = {  # span types that carry weight for each gold object type
    "per": {"name", "surname", "patronymic", "nickname", "none"},
    "org": {"org_name", "loc_name", "none"},
    "loc": {"org_name", "loc_name", "none"},
}
PARENT_TAGS = {"per": {"loc", "org"}, "loc": {"loc", "org"}, "org": {"org", "loc"}}
FACT_TYPES = ("occupation", "meeting")
ARG_WEIGHTS = {"position": 0.5, "фаза": 0.5}
SPECIAL_ARGS = {"сложность", "модальность", "фаза"}
KIND_TAGS = {"person": "per", "organization": "org", "state": "loc", "place": "loc"}
Extract = Callable[[Document], Record]


# --- normalised values ------------------------------------------------------

def normalize(value: str) -> str:
    """Lower case, trimmed, one kind of quote, ``ё`` as ``е``."""
    out = value.lower().strip(" \r\n\t")
    out = re.sub("[«»“”„]", '"', out)
    return re.sub("[’`]", "'", out).replace("ё", "е")


@cache
def load_jobs(path: Path) -> dict[str, str]:
    """The official position list: surface form -> normal form (normalised)."""
    jobs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "|" in line:
            surface, normal = line.split("|", 1)
            jobs[normalize(surface)] = normalize(normal)
    return jobs


def _close(a: str, b: str, limit: int = 2) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def values_match(gold: Iterable[str], pred: Iterable[str]) -> bool:
    pred = list(pred)
    return any(_close(g, p) for g in gold for p in pred)


# --- the devset -------------------------------------------------------------

@dataclass(frozen=True)
class Token:
    id: str
    start: int
    end: int  # exclusive
    text: str

    @property
    def punctuation(self) -> bool:
        return len(self.text) == 1 and not self.text.isalpha()


@dataclass(frozen=True)
class GoldObject:
    """A named-entity mention of the ``.objects`` layer as a set of tokens."""

    id: str
    tag: str  # per | loc | org (LocOrg is loc with ``locorg`` set)
    tokens: frozenset[str]
    named: frozenset[str]  # tokens inside name spans: the ones that weigh
    text: str
    locorg: bool = False


@dataclass(frozen=True)
class FactArg:
    name: str
    values: tuple[str, ...]  # normalised alternatives


@dataclass(frozen=True)
class Fact:
    type: str  # occupation | meeting | deal | ownership | ispartof
    args: tuple[FactArg, ...]
    ignored: bool = False  # "Сложность повышенная": left out of the easy mode
    id: str = ""


@dataclass(frozen=True)
class FactruDoc:
    name: str
    text: str
    tokens: tuple[Token, ...]
    objects: tuple[GoldObject, ...]
    facts: tuple[Fact, ...]

    def document(self) -> Document:
        return Document(id=self.name, title="", text=self.text, published=None, lang="ru")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _blocks(path: Path) -> list[list[str]]:
    blocks, cur = [], []
    for line in _lines(path) + [""]:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            blocks.append(cur)
            cur = []
    return blocks


def load_document(stem: Path, jobs: dict[str, str] | None = None) -> FactruDoc:
    """One devset document from ``stem.txt``, ``.tokens``, ``.spans``, ``.objects``,
    ``.coref`` and ``.facts``."""
    with open(stem.with_suffix(".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    tokens = []
    for line in _lines(stem.with_suffix(".tokens")):
        if line.strip():
            tid, start, length, tok = line.split(" ", 3)
            tokens.append(Token(tid, int(start), int(start) + int(length), tok))
    spans = {}  # id -> (type, token ids)
    for line in _lines(stem.with_suffix(".spans")):
        left, _, right = line.partition("#")
        sid, stype, _start, _len, _first, n = left.split()[:6]
        spans[sid] = (stype, right.split()[: int(n)])
    by_id = {t.id: t for t in tokens}
    objects = {}
    for line in _lines(stem.with_suffix(".objects")):
        oid, otype, *span_ids = line.partition("#")[0].split()
        tag = {"Person": "per", "Org": "org", "Location": "loc", "LocOrg": "loc"}.get(otype)
        if tag is None:
            continue
        toks = {t for s in span_ids for t in spans[s][1]}
        named = {t for s in span_ids if spans[s][0] in NAME_SPANS[tag] for t in spans[s][1]}
        words = " ".join(by_id[t].text for t in sorted(toks, key=lambda t: by_id[t].start))
        objects[oid] = GoldObject(oid, tag, frozenset(toks), frozenset(named), words, otype == "LocOrg")
    facts = _load_facts(stem, text, by_id, spans, objects, jobs or {})
    return FactruDoc(stem.name, text, tuple(tokens), tuple(objects.values()), facts)


def _entity_values(block: list[str], objects: dict[str, GoldObject], text: str,
                   by_id: dict[str, Token]) -> tuple[str, set[str], set[str]]:
    """(tag, all name alternatives, plain names) of one ``.coref`` entity."""
    members = [objects[i] for i in block[0].split()[1:] if i in objects]
    attrs: dict[str, set[str]] = {}
    for line in block[1:]:
        key, _, value = line.partition(" ")
        attrs.setdefault(key.rstrip("0123456789"), set()).add(normalize(value))
    descr = attrs.pop("descriptor", set())
    attrs.pop("wikidata", None)
    for key, vals in attrs.items():  # "мэрия москвы" also as "мэрия москвы мэрия"...
        attrs[key] = vals | {c for v in vals for d in descr if f" {d} " not in f" {v} "
                             for c in (f"{v} {d}", f"{d} {v}")}
    values = set()
    for m in members:
        toks = sorted((by_id[t] for t in m.tokens), key=lambda t: t.start)
        values |= {normalize(m.text), normalize(text[toks[0].start:toks[-1].end])}
    tag = "per" if members and all(m.tag == "per" for m in members) else "other"
    if tag == "per":
        parts = {"f": attrs.get("firstname", set()), "l": attrs.get("lastname", set()),
                 "p": attrs.get("patronymic", set()), "n": attrs.get("nickname", set())}
        for combo in ("lfp", "fpl", "fp", "fl", "lf", "n", "f", "p", "l", "fn"):
            options = [""]
            for key in combo:
                options = [f"{o} {v}".strip() for o in options for v in parts[key]]
            values |= set(options)
    names = attrs.get("name", set())
    return tag, values | names, names


def _load_facts(stem: Path, text: str, by_id: dict[str, Token], spans: dict[str, tuple[str, list[str]]],
                objects: dict[str, GoldObject], jobs: dict[str, str]) -> tuple[Fact, ...]:
    entities = {}
    for block in _blocks(stem.with_suffix(".coref")):
        entities[block[0].split()[0]] = _entity_values(block, objects, text, by_id)
    raw = []
    for block in _blocks(stem.with_suffix(".facts")):
        fid, ftype = block[0].split()[:2]
        args = []
        for line in block[1:]:
            name, _, rest = line.partition(" ")
            args.append((name.lower(), [a.strip() for a in rest.split("|")]))
        raw.append((fid, ftype.lower(), args))
    no_entity: tuple[str, set[str], set[str]] = ("", set(), set())
    part_of: dict[str, set[str]] = {}  # entity -> names of the entities it is part of (or has)
    for _fid, ftype, args in raw:
        if ftype == "ispartof":
            ids = [alts[0].split()[0][3:] for _n, alts in args if alts[0].startswith("obj")]
            for a in ids:
                part_of.setdefault(a, set()).update(n for b in ids if b != a for n in entities.get(b, no_entity)[2])
    facts = []
    for fid, ftype, args in raw:
        out, ignored = [], False
        for name, alts in args:
            if name == "сложность":
                ignored = normalize(alts[0]) == "повышенная"
            if name in SPECIAL_ARGS:
                continue
            values: set[str] = set()
            for alt in alts:
                ref, _, descr = alt.partition(" ")
                if ref.startswith("obj"):
                    values |= {normalize(descr)} | entities.get(ref[3:], no_entity)[1]
                    if name == "where":
                        values |= part_of.get(ref[3:], set())
                elif ref.startswith("span") and ref[4:] in spans:
                    words = normalize(" ".join(by_id[t].text for t in spans[ref[4:]][1]))
                    values |= {words, jobs.get(words, words)}
                else:
                    values.add(normalize(alt))
            out.append(FactArg(name, tuple(sorted(v for v in values if v))))
        facts.append(Fact(ftype, tuple(out), ignored, fid))
    return tuple(facts)


def load_devset(directory: str | Path, limit: int | None = None,
                jobs_path: str | Path | None = None) -> list[FactruDoc]:
    """The devset documents in numeric order (``book_100`` before ``book_1001``)."""
    directory = Path(directory)
    jobs_file = Path(jobs_path) if jobs_path else directory.parent / "eval_resources" / "jobs_processed.txt"
    jobs = load_jobs(jobs_file) if jobs_file.exists() else {}
    stems = sorted(directory.glob("*.txt"), key=lambda p: (len(p.stem), p.stem))
    return [load_document(p.with_suffix(""), jobs) for p in stems[:limit]]


# --- NER scoring ------------------------------------------------------------

@dataclass(frozen=True)
class PredSpan:
    start: int
    end: int
    tag: str  # per | loc | org


def _token_set(doc: FactruDoc, span: PredSpan) -> frozenset[str]:
    """Tokens inside the span; punctuation glued to a neighbour does not count."""
    out = set()
    toks = doc.tokens
    for i, t in enumerate(toks):
        if span.start <= t.start and t.end <= span.end:
            glued = (i > 0 and toks[i - 1].end == t.start) or (i + 1 < len(toks) and toks[i + 1].start == t.end)
            if not (t.punctuation and glued):
                out.add(t.id)
    return frozenset(out)


def _compatible(gold: GoldObject, tag: str, locorg: str) -> bool:
    return gold.tag == tag or (locorg == "either" and gold.locorg and tag == "org")


def _quality(doc_tokens: dict[str, Token], gold: GoldObject, pred: frozenset[str]) -> float:
    tp = len(gold.named & pred)
    fn = sum(1 for t in gold.named - pred if not doc_tokens[t].punctuation)
    fp = len(pred - gold.tokens)
    if tp + fn + fp == 0:
        return 0.0
    return tp / (tp + fn + fp)


def score_ner(doc: FactruDoc, preds: Sequence[PredSpan], locorg: str = "loc") -> dict[str, Score]:
    """Per-type scores (``per``, ``loc``, ``org``) of predicted spans on one document."""
    gold = list(doc.objects)
    pred_sets = [_token_set(doc, p) for p in preds]
    jaccard = [[len(g.tokens & t) / len(g.tokens | t) if _compatible(g, p.tag, locorg) and g.tokens | t else 0.0
                for p, t in zip(preds, pred_sets)] for g in gold]
    pairs = best_alignment(jaccard) if gold and preds else []
    match = dict(pairs)
    by_id = {t.id: t for t in doc.tokens}
    ignored = {i for i, g in enumerate(gold) if not g.named or any(
        g.tokens < o.tokens and o.tag in PARENT_TAGS[g.tag] for o in gold)}
    for i, g in enumerate(gold):  # same tokens annotated twice: keep one
        twins = [k for k, o in enumerate(gold) if k != i and o.tokens == g.tokens and o.tag in PARENT_TAGS[g.tag]]
        if twins and i not in ignored:
            k = twins[0]
            if (i in match) != (k in match):
                drop = i not in match
            elif gold[k].tag == g.tag:
                drop = k < i
            else:
                drop = g.tag != "org"
            if drop:
                ignored.add(i)
    scores = {row: Score() for row in ROWS}
    matched_preds = set()
    for i, j in pairs:
        matched_preds.add(j)
        if i not in ignored:
            q = _quality(by_id, gold[i], pred_sets[j])
            scores[gold[i].tag].add(Score.of(q, 1, 1))
    for i, g in enumerate(gold):
        if i not in match and i not in ignored:
            scores[g.tag].n_gold += 1
    for j, p in enumerate(preds):
        if j not in matched_preds:
            scores[p.tag].n_pred += 1
    return scores


# --- fact scoring -----------------------------------------------------------

def fact_quality(gold: Fact, pred: Fact) -> float:
    """Argument overlap of a gold and a predicted fact, Position at half weight."""
    if gold.type != pred.type:
        return 0.0
    matched, unmatched_pred = set(), 0.0
    for parg in pred.args:
        hit = next((k for k, garg in enumerate(gold.args)
                    if garg.name == parg.name and values_match(garg.values, parg.values)), None)
        if hit is None:
            unmatched_pred += ARG_WEIGHTS.get(parg.name, 1.0)
        else:
            matched.add(hit)
    weight = sum(ARG_WEIGHTS.get(gold.args[k].name, 1.0) for k in matched)
    missed = sum(ARG_WEIGHTS.get(a.name, 1.0) for k, a in enumerate(gold.args) if k not in matched)
    return weight / (weight + missed + unmatched_pred) if matched else 0.0


def score_facts(gold: Sequence[Fact], preds: Sequence[Fact], fact_type: str) -> Score:
    """Best one-to-one alignment of facts of one type; ignored gold facts are neutral."""
    gold = [g for g in gold if g.type == fact_type]
    preds = [p for p in preds if p.type == fact_type]
    quality = [[fact_quality(g, p) for p in preds] for g in gold]
    pairs = best_alignment(quality) if gold and preds else []
    tp = sum(quality[i][j] for i, j in pairs if not gold[i].ignored)
    neutral = sum(1 for i, _j in pairs if gold[i].ignored)
    return Score.of(tp, sum(1 for g in gold if not g.ignored), len(preds) - neutral)


# --- predictions --------------------------------------------------------------

def named_mentions(actor: dict[str, Any]) -> list[dict[str, Any]]:
    """An actor's mentions by name: not the posts that coreference resolved to it (``министр``)."""
    return [m for m in actor.get("mentions", []) if m.get("rule") != "coref"]


def ner_predictions(record: Record) -> list[PredSpan]:
    """Body mentions of persons (per), organisations (org), states and places (loc) by name."""
    out = set()
    for actor in record.get("actors", []):
        tag = KIND_TAGS.get(actor.get("kind"))
        if tag:
            out |= {PredSpan(s, e, tag) for s, e, _t in text_spans(named_mentions(actor))}
    return sorted(out, key=lambda p: (p.start, p.end, p.tag))


def _values(texts: Iterable[str | None], jobs: dict[str, str] | None = None) -> tuple[str, ...]:
    values = {normalize(t) for t in texts if t}
    if jobs:
        values |= {jobs[v] for v in values if v in jobs}
    return tuple(sorted(v for v in values if v))


def _actor_texts(actor: dict[str, Any]) -> list[str]:
    return [actor.get("name", "")] + [t for _s, _e, t in text_spans(named_mentions(actor))]


def _state_names(record: Record) -> dict[str, str]:
    """ISO3 code -> the canonical name of that state (the record's state actor, else the lexicon)."""
    from .. import resources

    codes = {p.get("country") for a in record.get("actors", []) for p in a.get("positions", [])} - {None}
    out = {c: s.name_ru for c in codes if (s := resources.state_by_iso3().get(c))}
    out |= {a["country"]: a["name"] for a in record.get("actors", []) if a.get("kind") == "state" and a.get("country")}
    return out


def state_adjective(text: str) -> bool:
    """``британский``, ``российско-китайского``: a state adjective (evidence of a position's country)."""
    from ..extract.gazetteer import adjective_lemmas, compound_stems
    from ..nlp import morph

    words = text.split()
    if len(words) != 1:
        return False
    parts = words[0].lower().split("-")
    return morph.lemma(parts[-1]) in adjective_lemmas() and all(p in compound_stems() for p in parts[:-1])


def title_and_adjectives(claim: Any) -> tuple[list[TextSpan], list[TextSpan]]:
    """A claim's title spans, and the state adjectives among its evidence (which name its where)."""
    title = list(claim.title[:1])
    adjectives = []
    for span in claim.title[1:]:
        (adjectives if state_adjective(span[2]) else title).append(span)
    return title, adjectives


def _title_values(texts: Iterable[str]) -> list[str]:
    """Title texts and their nominative (``первым вратарём`` -> ``первый вратарь``)."""
    from ..extract.phrases import normalize_phrase

    return [v for t in texts for v in (t, normalize_phrase(t))]


def occupation_predictions(record: Record, jobs: dict[str, str] | None = None) -> list[Fact]:
    """(who, position, where) facts from positions learned from the text."""
    from ..extract.phrases import normalize_phrase

    names = {a["id"]: a.get("name", "") for a in record.get("actors", [])}
    names |= _state_names(record)  # position.country is an ISO3 code
    out = set()
    for claim in position_claims(record):
        pos = claim.position
        title, adjectives = title_and_adjectives(claim)
        args = [FactArg("who", _values(_actor_texts(claim.person))),
                FactArg("position", _values([pos.get("title")] + _title_values(t for *_se, t in title), jobs))]
        where = ([t for *_se, t in claim.where] + [normalize_phrase(t) for *_se, t in adjectives]
                 + [names.get(v, v) for v in (pos.get("org"), pos.get("country")) if v])
        if where:
            args.append(FactArg("where", _values(where)))
        out.add(Fact("occupation", tuple(a for a in args if a.values)))
    return sorted(out, key=repr)


def meeting_predictions(record: Record) -> list[Fact]:
    """Meeting facts from meetings, visits and phone calls: their participants."""
    actors = {a["id"]: a for a in record.get("actors", [])}
    out = set()
    for event in record.get("events", []):
        if event.get("type") not in ("meeting", "visit", "phone_call"):
            continue
        args = tuple(FactArg("participant", _values([p.get("name")] + _actor_texts(actors.get(p.get("actor"), {}))))
                     for p in event.get("participants", []))
        if args:
            out.add(Fact("meeting", args))
    return sorted(out, key=repr)


@cache
def _natasha() -> tuple[Any, Any]:
    import yargy  # noqa: F401  (natasha's pymorphy2 needs yargy imported first on Python 3.11)
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def natasha_predictions(text: str) -> list[PredSpan]:
    """The baseline: natasha's news NER, PER/ORG/LOC as they come."""
    from natasha import Doc

    segmenter, tagger = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [PredSpan(s.start, s.stop, s.type.lower()) for s in doc.spans if s.type.lower() in ROWS]


# --- the run ------------------------------------------------------------------

@dataclass
class FactruReport:
    documents: int = 0
    ner: dict[str, dict[str, Score]] = field(default_factory=dict)  # system -> row -> score
    facts: dict[str, Score] = field(default_factory=dict)  # fact type -> our score
    errors: list[str] = field(default_factory=list)
    locorg: str = "loc"

    def render(self) -> str:
        header = (f"factRuEval-2016 devset: {self.documents} documents"
                  f" (LocOrg as {'LOC or ORG' if self.locorg == 'either' else 'LOC'})")
        rows = [[system, row.upper(), *score_cells(s)]
                for system, by_row in self.ner.items()
                for row, s in [*by_row.items(), ("overall", total(by_row.values()))]]
        parts = [header, "", "Named entities", render_table(("system", "type", *SCORE_HEADER), rows)]
        if self.facts:
            fact_rows = [[name, *score_cells(s)] for name, s in self.facts.items()]
            parts += ["", "Facts (ours)", render_table(("fact", *SCORE_HEADER), fact_rows)]
        if self.errors:
            parts += ["", f"{len(self.errors)} documents had extraction errors; first: {self.errors[0]}"]
        return "\n".join(parts)


def _default_extract() -> Extract:
    from ..api import extract_document

    return extract_document


def run(devset_dir: str | Path, extract: Extract | None = None, *, limit: int | None = None,
        ours: bool = True, baseline: bool = True, locorg: str = "loc") -> FactruReport:
    """Score our extractor (and natasha's NER as a baseline) on the devset."""
    docs = load_devset(devset_dir, limit)
    jobs_file = Path(devset_dir).parent / "eval_resources" / "jobs_processed.txt"
    jobs = load_jobs(jobs_file) if jobs_file.exists() else {}
    report = FactruReport(documents=len(docs), locorg=locorg)
    systems: dict[str, Callable[[FactruDoc], list[PredSpan]]] = {}
    records: dict[str, Record] = {}
    if ours:
        extract = extract or _default_extract()

        def ours_ner(doc: FactruDoc) -> list[PredSpan]:
            try:
                records[doc.name] = extract(doc.document())
            except Exception as exc:  # a failed document scores as an empty record
                report.errors.append(f"{doc.name}: {type(exc).__name__}: {exc}")
                records[doc.name] = {}
            if records[doc.name].get("errors"):
                report.errors.append(str(records[doc.name]['errors'][0]))
            return ner_predictions(records[doc.name])

        systems["ours"] = ours_ner
        report.facts = {t: Score() for t in FACT_TYPES}
    if baseline:
        systems["natasha"] = lambda doc: natasha_predictions(doc.text)
    for system in systems:
        report.ner[system] = {row: Score() for row in ROWS}
    for doc in docs:
        for system, predict in systems.items():
            for row, score in score_ner(doc, predict(doc), locorg).items():
                report.ner[system][row].add(score)
        if ours:
            record = records[doc.name]
            report.facts["occupation"].add(score_facts(doc.facts, occupation_predictions(record, jobs), "occupation"))
            report.facts["meeting"].add(score_facts(doc.facts, meeting_predictions(record), "meeting"))
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """``communique eval factru DIR [--limit N] [--no-baseline] [--locorg loc|either]``."""
    parser = argparse.ArgumentParser(prog="communique eval factru",
                                     description="Score on the factRuEval-2016 devset.")
    parser.add_argument("devset", help="the devset directory (…/factru/devset)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--no-baseline", action="store_true", help="skip natasha's NER baseline")
    parser.add_argument("--locorg", choices=("loc", "either"), default="loc",
                        help="gold LocOrg as LOC only (official) or as LOC or ORG")
    args = parser.parse_args(argv)
    print(run(args.devset, limit=args.limit, baseline=not args.no_baseline, locorg=args.locorg).render())
    return 0
