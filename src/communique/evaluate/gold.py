"""Score extracted event records against the hand-labelled development gold.

The gold (``tests/gold/events.jsonl``, format in ``docs/gold-guidelines.md``) has one
line per document with its events; predictions are public records
(``communique.codec.encode``) keyed by document id.

Matching, per document: a predicted event can match a gold event of the same type
sharing at least one participant (persons by normalised full name or surname, bodies
and states by country); a gold event without participants needs a shared country.
Pairs are aligned one-to-one, greedily, best overlap first.  Event, participant,
country and agreement scores are precision/recall/F1; status, date and place are
accuracies over the matched pairs.
"""
from __future__ import annotations

import argparse
import calendar
import gzip
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from ..model import Document

Record = dict[str, Any]


@dataclass(frozen=True)
class PRF:
    """Counts behind a precision/recall/F1 figure."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)


@dataclass(frozen=True)
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)


@dataclass(frozen=True)
class EventError:
    """A gold event nobody found (``missed``) or a predicted event with no gold (``spurious``)."""

    doc_id: str
    kind: str  # missed | spurious | failed
    summary: str


@dataclass(frozen=True)
class Report:
    documents: int
    events: PRF
    event_types: tuple[tuple[str, PRF], ...]
    participants_matched: PRF  # participants of matched event pairs only
    participants_all: PRF  # the same hits over the participants of all events
    countries: PRF
    agreements: PRF
    status: Accuracy
    date: Accuracy
    place: Accuracy
    errors: tuple[EventError, ...] = ()
    # dates of matched events in documents that carry a publication date (the others are dated by
    # the annotator from world knowledge, which no extractor can reproduce)
    date_dated: Accuracy = Accuracy(0, 0)

    def render(self, errors: bool = False) -> str:
        """A plain aligned table; with ``errors``, the per-document misses after it."""
        rows = [("events", self.events)]
        rows += [(f"  {name}", prf) for name, prf in self.event_types]
        rows += [("participants (matched)", self.participants_matched),
                 ("participants (all)", self.participants_all),
                 ("countries", self.countries), ("agreements", self.agreements)]
        lines = [f"{'field':<24}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}"]
        for name, prf in rows:
            lines.append(f"{name:<24}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}{prf.gold:>9}")
        lines.append(f"{'accuracy (matched)':<24}{'':>7}{'':>7}{'acc':>7}{'support':>9}")
        for name, acc in (("status", self.status), ("date", self.date), ("  of dated documents", self.date_dated),
                          ("place", self.place)):
            lines.append(f"{name:<24}{'':>7}{'':>7}{acc.value:>7.3f}{acc.total:>9}")
        lines.append(f"{self.documents} documents")
        if errors:
            lines += [f"{e.doc_id}\t{e.kind}\t{e.summary}" for e in self.errors]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        def prf(x: PRF) -> dict[str, Any]:
            return {**asdict(x), "precision": x.precision, "recall": x.recall, "f1": x.f1}

        def acc(x: Accuracy) -> dict[str, Any]:
            return {**asdict(x), "accuracy": x.value}

        return {
            "documents": self.documents,
            "events": prf(self.events),
            "event_types": {name: prf(x) for name, x in self.event_types},
            "participants_matched": prf(self.participants_matched),
            "participants_all": prf(self.participants_all),
            "countries": prf(self.countries),
            "agreements": prf(self.agreements),
            "status": acc(self.status),
            "date_dated": acc(self.date_dated),
            "date": acc(self.date),
            "place": acc(self.place),
            "errors": [asdict(e) for e in self.errors],
        }


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold documents of a JSON-lines file (blank lines skipped)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc
            if "doc_id" not in doc or not isinstance(doc.get("events"), list):
                raise ValueError(f"{path}:{number}: a gold line needs doc_id and events")
            out.append(doc)
    return out


# --- matching -------------------------------------------------------------------

def normalize_name(name: str | None) -> str:
    """Lower case, ё and э as е, doubled letters single (the press's spellings of one foreign name:
    ``Хайко Мас`` / ``Маас``, ``Хэйг`` / ``Хейг``, ``Греннел`` / ``Гренелл``), Latin letters without
    accents (``Iván`` as ``Ivan``; Cyrillic ``й`` kept)."""
    text = _latin_unaccented((name or "").lower().replace("ё", "е").replace("э", "е"))
    return " ".join(re.sub(r"(\w)\1+", r"\1", w) for w in re.findall(r"[\w-]+", text))


def _latin_unaccented(text: str) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@dataclass(frozen=True)
class _Party:
    name: str
    country: str | None
    person: bool


def _gold_parties(event: dict) -> list[_Party]:
    return [_Party(normalize_name(p.get("name")), p.get("country"), p.get("kind", "person") == "person")
            for p in event.get("participants") or []]


def _pred_parties(event: dict, kinds: dict[str, str]) -> list[_Party]:
    return [_Party(normalize_name(p.get("name")), p.get("country"),
                   kinds.get(p.get("actor") or "", "person") == "person")
            for p in event.get("participants") or []]


def parties_match(a: _Party, b: _Party) -> bool:
    """Persons by full name or surname; bodies and states by country."""
    if a.person and b.person:
        if not a.name or not b.name:
            return False
        short, long = sorted((a.name.split(), b.name.split()), key=len)
        # (a Spanish mother's surname after the name: "Мигель Диас-Канель Бермудес")
        return a.name == b.name or short[-1] == long[-1] or len(short) >= 2 and long[:len(short)] == short
    if not a.person and not b.person:
        return a.country is not None and a.country == b.country
    return False


def _align(gold: Sequence[Any], pred: Sequence[Any], score: Callable[[Any, Any], float]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedily by best positive score."""
    candidates = sorted(((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                        key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for s, i, j in candidates:
        if s > 0 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _party_hits(gold: list[_Party], pred: list[_Party]) -> int:
    return len(_align(gold, pred, lambda a, b: float(parties_match(a, b))))


def _title_tokens(title: str | None) -> set[str]:
    # a crude stem: Russian case endings rarely reach past the fifth letter
    return {w[:5] for w in re.findall(r"\w+", (title or "").lower().replace("ё", "е")) if len(w) > 2}


def agreement_overlap(gold: dict, pred: dict) -> float:
    """Token overlap of two titles relative to the shorter; 0 when the kinds differ."""
    if gold.get("kind") != pred.get("kind"):
        return 0.0
    a, b = _title_tokens(gold.get("title")), _title_tokens(pred.get("title"))
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _agreement_hits(gold: list[dict], pred: list[dict]) -> int:
    return len(_align(gold, pred, lambda g, p: s if (s := agreement_overlap(g, p)) >= 0.5 else 0.0))


def _event_score(gold: dict, pred: dict, kinds: dict[str, str]) -> float:
    if gold.get("type") != pred.get("type"):
        return 0.0
    shared = set(gold.get("countries") or []) & set(pred.get("countries") or [])
    gold_parties = _gold_parties(gold)
    hits = _party_hits(gold_parties, _pred_parties(pred, kinds)) if gold_parties else 0
    if (gold_parties and not hits) or (not gold_parties and not shared):
        return 0.0
    # participants first; shared countries and the same start date break ties
    same_day = (gold.get("date") or {}).get("start") == (pred.get("date") or {}).get("start")
    return hits + 0.1 * len(shared) / (1 + len(shared)) + 0.01 * same_day


def _as_days(start: str, end: str | None) -> tuple[str, str]:
    """A range of ISO dates at any precision as its first and last day: ``2010-06``..``2010-08``
    (our month precision) is ``2010-06-01``..``2010-08-31``, as the gold writes it."""
    end = end or start
    if len(start) == 4:
        start += "-01"
    if len(start) == 7:
        start += "-01"
    if len(end) == 4:
        end += "-12"
    if len(end) == 7:
        year, month = int(end[:4]), int(end[5:7])
        end += f"-{calendar.monthrange(year, month)[1]:02d}"
    return start, end


def date_correct(gold: dict, pred: dict) -> bool:
    """Start and end equal to the day; a missing end means a one-day event; a month or year
    stands for all its days."""
    g, p = gold.get("date") or {}, pred.get("date") or {}
    if not g.get("start") or not p.get("start"):
        return False
    return _as_days(g["start"], g.get("end")) == _as_days(p["start"], p.get("end"))


def place_correct(gold: dict, pred: dict) -> bool:
    g, p = gold.get("place"), pred.get("place")
    if g is None:
        return p is None
    if p is None or g.get("country") != p.get("country"):
        return False
    return not g.get("city") or normalize_name(g["city"]) == normalize_name(p.get("city"))


def _summary(event: dict) -> str:
    names = ", ".join(p.get("name") or "?" for p in event.get("participants") or [])
    date = (event.get("date") or {}).get("start")
    return f"{event.get('type')}/{event.get('status')} {date} [{names}] {','.join(event.get('countries') or [])}"


# --- scoring --------------------------------------------------------------------

@dataclass(frozen=True)
class _DocScore:
    events: PRF
    types: dict[str, PRF]
    parts_matched: PRF
    parts_all: PRF
    countries: PRF
    agreements: PRF
    status: Accuracy
    date: Accuracy
    place: Accuracy
    errors: tuple[EventError, ...]


def _score_document(doc_id: str, gold: list[dict], record: Record | None) -> _DocScore:
    pred = list((record or {}).get("events") or [])
    kinds = {a.get("id"): a.get("kind") for a in (record or {}).get("actors") or []}
    pairs = _align(gold, pred, lambda g, p: _event_score(g, p, kinds))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}

    types: dict[str, PRF] = {}
    for i, g in enumerate(gold):
        types[g["type"]] = types.get(g["type"], PRF(0, 0, 0)) + PRF(int(i in matched_g), 0, 1)
    for j, p in enumerate(pred):
        types[p.get("type")] = types.get(p.get("type"), PRF(0, 0, 0)) + PRF(0, 1, 0)

    party_hits = countries_tp = agreement_tp = 0
    parts_pred_m = parts_gold_m = 0
    status = date = place = Accuracy(0, 0)
    for i, j in pairs:
        g, p = gold[i], pred[j]
        gp, pp = _gold_parties(g), _pred_parties(p, kinds)
        party_hits += _party_hits(gp, pp)
        parts_gold_m += len(gp)
        parts_pred_m += len(pp)
        countries_tp += len(set(g.get("countries") or []) & set(p.get("countries") or []))
        agreement_tp += _agreement_hits(g.get("agreements") or [], p.get("agreements") or [])
        status += Accuracy(int(g.get("status") == p.get("status")), 1)
        date += Accuracy(int(date_correct(g, p)), 1)
        place += Accuracy(int(place_correct(g, p)), 1)

    def total(events: Iterable[dict], key: str) -> int:
        return sum(len(set(e.get(key) or [])) if key == "countries" else len(e.get(key) or [])
                   for e in events)

    errors = [EventError(doc_id, "missed", _summary(g)) for i, g in enumerate(gold) if i not in matched_g]
    errors += [EventError(doc_id, "spurious", _summary(p)) for j, p in enumerate(pred) if j not in matched_p]
    return _DocScore(
        events=PRF(len(pairs), len(pred), len(gold)),
        types=types,
        parts_matched=PRF(party_hits, parts_pred_m, parts_gold_m),
        parts_all=PRF(party_hits, total(pred, "participants"), total(gold, "participants")),
        countries=PRF(countries_tp, total(pred, "countries"), total(gold, "countries")),
        agreements=PRF(agreement_tp, total(pred, "agreements"), total(gold, "agreements")),
        status=status, date=date, place=place, errors=tuple(errors),
    )


def score(gold: list[dict], records: dict[str, Record]) -> Report:
    """Compare the gold documents with the records predicted for them (by doc id).

    A gold document without a record counts as predicting nothing; records of
    documents not in the gold are ignored.
    """
    zero, none = PRF(0, 0, 0), Accuracy(0, 0)
    events = parts_m = parts_a = countries = agreements = zero
    status = date = place = dated = none
    types: dict[str, PRF] = {}
    errors: list[EventError] = []
    for doc in gold:
        record = records.get(doc["doc_id"])
        s = _score_document(doc["doc_id"], doc["events"], record)
        if ((record or {}).get("document") or {}).get("published"):
            dated += s.date
        events += s.events
        parts_m += s.parts_matched
        parts_a += s.parts_all
        countries += s.countries
        agreements += s.agreements
        status += s.status
        date += s.date
        place += s.place
        for name, prf in s.types.items():
            types[name] = types.get(name, zero) + prf
        errors += s.errors
    return Report(
        documents=len(gold), events=events, event_types=tuple(sorted(types.items(), key=lambda t: str(t[0]))),
        participants_matched=parts_m, participants_all=parts_a, countries=countries,
        agreements=agreements, status=status, date=date, place=place, errors=tuple(errors), date_dated=dated,
    )


def read_documents(corpus_path: str | Path, ids: set[str]) -> dict[str, Document]:
    """The corpus documents (``news.jsonl`` lines, or gzipped ones such as the headlines) whose id is in
    ``ids``."""
    found = {}
    opener = gzip.open if str(corpus_path).endswith(".gz") else open
    with opener(corpus_path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in ids:
                found[row["id"]] = Document(id=row["id"], title=row.get("title") or "", text=row.get("text") or "",
                                            published=row.get("date"), lang=row.get("lang") or "ru",
                                            source=row.get("source"), url=row.get("url"))
    return found


HEADLINES = "headlines-ru.jsonl.gz"  # beside news.jsonl: 1tv.ru headlines, title only


def run(gold_path: str | Path, corpus_path: str | Path, extract: Callable[[Document], Record]) -> Report:
    """Extract every gold document from the corpus and score the records.

    A document whose extraction raises gets no events and a ``failed`` error line.
    """
    gold = load_gold(gold_path)
    ids = {d["doc_id"] for d in gold}
    documents = read_documents(corpus_path, ids)
    headlines = Path(corpus_path).with_name(HEADLINES)
    if ids - documents.keys() and headlines.exists():  # headlines labelled as documents of their own
        documents.update(read_documents(headlines, ids - documents.keys()))
    absent = sorted(ids - documents.keys())
    if absent:
        raise ValueError(f"{len(absent)} gold documents are not in {corpus_path}: {', '.join(absent[:5])}")
    records, failures = {}, []
    for doc_id, document in documents.items():
        try:
            records[doc_id] = extract(document)
        except Exception as exc:  # one broken document must not stop the evaluation
            failures.append(EventError(doc_id, "failed", f"{type(exc).__name__}: {exc}"))
    report = score(gold, records)
    return replace(report, errors=tuple(failures) + report.errors)


def default_corpus() -> Path:
    """``../shared/data/corpus/news.jsonl`` from the current directory, else beside the repository."""
    relative = Path("..", "shared", "data", "corpus", "news.jsonl")
    here = Path.cwd() / relative
    if here.exists():
        return here
    return Path(__file__).resolve().parents[3] / relative


def main(argv: list[str] | None = None) -> int:
    """``communique eval gold FILE [--corpus PATH] [--errors] [--json]``."""
    parser = argparse.ArgumentParser(prog="communique eval gold",
                                     description="Score the extractor against a gold file of diplomatic events.")
    parser.add_argument("file", help="gold JSON lines (tests/gold/events.jsonl)")
    parser.add_argument("--corpus", help="news.jsonl holding the gold documents (default: ../shared/data/corpus/news.jsonl; "
                             "ids it lacks are read from headlines-ru.jsonl.gz beside it)")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious events per document")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus) if args.corpus else default_corpus()
    for path in (Path(args.file), corpus):
        if not path.exists():
            print(f"communique eval gold: {path} does not exist", file=sys.stderr)
            return 2
    from ..api import extract_document

    report = run(args.file, corpus, extract_document)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.render(errors=args.errors))
    return 0
