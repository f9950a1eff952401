"""JSON Lines documents (``{id, source, url, date, title, text, lang}`` a line).

Streamed line by line, so a file of any size is fine; one line longer than the
size limit is an error on that line (and is skipped without being held in
memory).  A broken line yields a ReadError and reading goes on.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..model import Document, ReadError
from .textio import Unreadable, guess_lang, normalize

_CHUNK = 1 << 20


def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a binary stream; None in place of a line longer than ``limit``."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise Unreadable(f"{key!r} is not a string (got {type(value).__name__})")


def parse_line(raw: bytes, name: str, lineno: int) -> Document:
    """The Document in one JSONL line; Unreadable with the reason otherwise."""
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise Unreadable("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise Unreadable(f"bad JSON: {exc.msg} at column {exc.colno}") from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, nesting too deep
        raise Unreadable(f"bad JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise Unreadable(f"not a JSON object (got {type(obj).__name__})")
    doc_id = obj.get("id")
    if doc_id is None or doc_id == "":
        doc_id = f"{name}:{lineno}"
    elif not isinstance(doc_id, (str, int)):
        raise Unreadable(f"'id' is not a string (got {type(doc_id).__name__})")
    title = normalize(_optional_str(obj, "title") or "").strip()
    text = normalize(_optional_str(obj, "text") or "")
    if not title and not text.strip():
        raise Unreadable("no text")
    lang = _optional_str(obj, "lang") or guess_lang(title + "\n" + text)
    return Document(id=str(doc_id), title=title, text=text, published=_optional_str(obj, "date"),
                    lang=lang, source=_optional_str(obj, "source"), url=_optional_str(obj, "url"))


def read_lines(lines: Iterable[bytes | None], name: str, limit: int) -> Iterator[Document | ReadError]:
    """One Document or ReadError per non-blank line; ``name`` labels ids and errors."""
    seen = False
    for lineno, raw in enumerate(lines, start=1):
        if raw is not None and not raw.strip():
            continue
        seen = True
        try:
            if raw is None:
                raise Unreadable(f"line longer than the {limit / 2**20:g} MB limit")
            yield parse_line(raw, name, lineno)
        except Unreadable as exc:
            yield ReadError(id=f"{name}:{lineno}", message=exc.message, path=name, line=lineno)
    if not seen:
        raise Unreadable("empty file")
