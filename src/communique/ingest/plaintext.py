"""Plain-text documents: the seed format and bare title-plus-body files.

Seed format (``examples/000_25b0059bbf3c897c.txt``)::

     date 2025-11-20 10:29
    <title>
    <body ...>

Without the ``date`` line the first non-empty line is the title and
``published`` is None.
"""
from __future__ import annotations

import re

from ..model import Document
from .textio import Unreadable, blank_whitespace_lines, guess_lang, normalize

_DATE_LINE = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T]+(\d{1,2}:\d{2}(?::\d{2})?))?\s*")


def _published(line: str) -> str | None:
    """``2025-11-20T10:29`` for a ``date 2025-11-20 10:29`` line, else None."""
    match = _DATE_LINE.fullmatch(line)
    if not match:
        return None
    day, time = match.groups()
    if not time:
        return day
    hour, rest = time.split(":", 1)
    return f"{day}T{int(hour):02d}:{rest}"


def _next_nonempty(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def parse_text(raw: str, doc_id: str) -> Document:
    """The Document in already decoded plain text; Unreadable when it has no text."""
    text = blank_whitespace_lines(normalize(raw))
    lines = text.split("\n")
    i = _next_nonempty(lines, 0)
    published = _published(lines[i]) if i < len(lines) else None
    if published is not None:
        i = _next_nonempty(lines, i + 1)
    title = lines[i].strip() if i < len(lines) else ""
    body = "\n".join(lines[i + 1:]).lstrip("\n").rstrip()
    if not title and not body:
        raise Unreadable("no text")
    return Document(id=doc_id, title=title, text=body, published=published,
                    lang=guess_lang(title + "\n" + body))
