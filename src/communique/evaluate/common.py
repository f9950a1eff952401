"""Shared pieces of the evaluations: scores, tables, alignment, reading records.

Scores follow the factRuEval-2016 convention: true positives may be fractional
(a partly right span or fact earns part of a point) and are counted separately
for recall (against gold items) and precision (against predicted items).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Record = Mapping[str, Any]


@dataclass
class Score:
    """P/R/F1 counters; fractional true positives are allowed."""

    tp_gold: float = 0.0  # credit earned by gold items (recall numerator)
    tp_pred: float = 0.0  # credit earned by predicted items (precision numerator)
    n_gold: int = 0
    n_pred: int = 0

    @classmethod
    def of(cls, tp: float, n_gold: int, n_pred: int) -> Score:
        return cls(tp, tp, n_gold, n_pred)

    def add(self, other: Score) -> None:
        self.tp_gold += other.tp_gold
        self.tp_pred += other.tp_pred
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred

    @property
    def precision(self) -> float:
        """1.0 when nothing was predicted, as in the official scorer."""
        return self.tp_pred / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        if not self.n_gold and not self.n_pred:
            return 1.0
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def total(scores: Iterable[Score]) -> Score:
    out = Score()
    for score in scores:
        out.add(score)
    return out


SCORE_HEADER = ("P", "R", "F1", "TP", "gold", "pred")


def score_cells(score: Score) -> list[str]:
    """The cells of one table row for ``score`` (see ``SCORE_HEADER``); precision
    shows "-" when nothing was predicted."""
    precision = f"{score.precision:.3f}" if score.n_pred else "-"
    return [precision, f"{score.recall:.3f}", f"{score.f1:.3f}",
            f"{score.tp_gold:.1f}", str(score.n_gold), str(score.n_pred)]


def render_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table: first column left-aligned, the others right-aligned."""
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: list[str]) -> str:
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule] + [line(row) for row in cells[1:]])


def best_alignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """The one-to-one pairing of rows and columns with the largest total weight.

    Only pairs of positive weight are returned.  The matrix is split into
    connected components of positive cells first, so the cubic assignment
    step only ever sees small blocks.
    """
    pairs: list[tuple[int, int]] = []
    for rows, cols in _components(weights):
        block = [[weights[i][j] for j in cols] for i in rows]
        for bi, bj in _max_assignment(block):
            if block[bi][bj] > 0:
                pairs.append((rows[bi], cols[bj]))
    return sorted(pairs)


def _components(weights: Sequence[Sequence[float]]) -> list[tuple[list[int], list[int]]]:
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    by_col: list[list[int]] = [[] for _ in range(n_cols)]
    for i in range(n_rows):
        for j in range(n_cols):
            if weights[i][j] > 0:
                by_col[j].append(i)
    seen_rows: set[int] = set()
    seen_cols: set[int] = set()
    out = []
    for start in range(n_rows):
        if start in seen_rows or not any(w > 0 for w in weights[start]):
            continue
        rows, cols, todo = [], [], [start]
        seen_rows.add(start)
        while todo:
            i = todo.pop()
            rows.append(i)
            for j in range(n_cols):
                if weights[i][j] > 0 and j not in seen_cols:
                    seen_cols.add(j)
                    cols.append(j)
                    for k in by_col[j]:
                        if k not in seen_rows:
                            seen_rows.add(k)
                            todo.append(k)
        out.append((sorted(rows), sorted(cols)))
    return out


def _max_assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Hungarian algorithm (shortest augmenting paths with potentials)."""
    transposed = len(weights) > len(weights[0])
    if transposed:
        weights = [list(col) for col in zip(*weights)]
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        min_v, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < min_v[j]:
                        min_v[j], way[j] = cur, j0
                    if min_v[j] < delta:
                        delta, j1 = min_v[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    min_v[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    return [(b, a) for a, b in pairs] if transposed else pairs


# --- reading public records -------------------------------------------------

TextSpan = tuple[int, int, str]  # start, end, text: offsets into the document text


def text_spans(spans: Iterable[Mapping[str, Any]]) -> list[TextSpan]:
    """The spans that lie in the document body (not the title)."""
    return [(s["start"], s["end"], s["text"]) for s in spans if s.get("field", "text") == "text"]


def _overlaps(a: TextSpan, b: TextSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class PositionClaim:
    """A post a person holds according to the document itself."""

    person: Mapping[str, Any]  # the actor of the record
    position: Mapping[str, Any]
    title: tuple[TextSpan, ...]  # evidence covering the post title
    where: tuple[TextSpan, ...]  # evidence naming the organisation or state


def position_claims(record: Record) -> list[PositionClaim]:
    """Positions learned from the text (``source == "text"``) of person actors.

    An evidence span counts as the organisation/state part when it overlaps a
    mention of a state or organisation actor; every other span covers the title.
    """
    actors = record.get("actors", [])
    institutions = [s for a in actors if a.get("kind") in ("state", "organization")
                    for s in text_spans(a.get("mentions", []))]
    claims = []
    for actor in actors:
        if actor.get("kind") != "person":
            continue
        for pos in actor.get("positions", []):
            if pos.get("source") != "text":
                continue
            title, where = [], []
            for span in text_spans(pos.get("evidence", [])):
                (where if any(_overlaps(span, m) for m in institutions) else title).append(span)
            claims.append(PositionClaim(actor, pos, tuple(title), tuple(where)))
    return claims


def nearest_mention(actor: Mapping[str, Any], anchor: TextSpan) -> TextSpan | None:
    """The actor's body mention closest to ``anchor`` (None when it has none)."""
    mentions = text_spans(actor.get("mentions", []))
    if not mentions:
        return None

    def distance(m: TextSpan) -> int:
        return max(0, m[0] - anchor[1], anchor[0] - m[1])

    return min(mentions, key=lambda m: (distance(m), m[0]))


def actor_names(record: Record) -> dict[str, str]:
    """Actor id -> canonical name."""
    return {a["id"]: a.get("name", "") for a in record.get("actors", [])}
