"""Full-text search over documents and the summary of a store."""
from __future__ import annotations

import re
from typing import Any

from ..nlp.morph import lemma, lemmas
from ..store.base import Store

_WORD = re.compile(r"[\w-]+", re.UNICODE)
SNIPPET_CHARS = 80


def search_documents(store: Store, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Documents holding every word of ``query`` in any form, best first.

    Each hit is ``{id, title, published, snippet, highlights}``: the snippet
    is taken from the original text around the first matching word, and
    ``highlights`` are [start, end) offsets of matched words in the snippet.
    """
    wanted = set(lemmas(query))
    hits = []
    for row in store.search_documents(query, limit=limit):
        doc = store.get_document(row["id"]) or {}
        snippet, highlights = make_snippet(doc.get("text") or doc.get("title") or "", wanted)
        hits.append({**row, "snippet": snippet, "highlights": highlights})
    return hits


def make_snippet(text: str, wanted: set[str], width: int = SNIPPET_CHARS) -> tuple[str, list[list[int]]]:
    """A window of ``text`` around the first word whose lemma is wanted, with highlight offsets."""
    matches = [m for m in _WORD.finditer(text) if lemma(m.group()) in wanted]
    center = matches[0].start() if matches else 0
    start = max(0, center - width)
    end = min(len(text), center + width)
    while start > 0 and not text[start - 1].isspace():  # do not cut a word in two
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    highlights = [[m.start() - start, m.end() - start] for m in matches if start <= m.start() and m.end() <= end]
    return text[start:end], highlights


def summary(store: Store, errors: int = 20) -> dict[str, Any]:
    """Counts of documents, events by type, actors by kind, and the first recorded errors."""
    out = store.counts()
    out["error_list"] = store.document_errors(limit=errors)
    return out
