"""Paths, directories, URLs and stdin to Documents, one item per input document.

Nothing here raises for bad input: every problem becomes a ``ReadError`` that
names the file (and line) and what is wrong, and reading goes on.
"""
from __future__ import annotations

import gzip
import http.client
import io
import logging
import os
import sys
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import IO

from ..model import Document, ReadError
from .feeds import parse_feed
from .html import parse_html
from .jsonl import bounded_lines, read_lines
from .plaintext import parse_text
from .textio import Unreadable, check_not_binary, decode

Item = Document | ReadError
log = logging.getLogger(__name__)

DEFAULT_MAX_MB = 20.0
EXTENSIONS = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm", ".xml", ".rss", ".atom")
STDIN = "<stdin>"
_URL_TIMEOUT = 60


def max_file_bytes(max_mb: float | None = None) -> int:
    """The size limit: ``max_mb``, else ``COMMUNIQUE_MAX_FILE_MB``, else 20 MB."""
    if max_mb is None:
        env = os.environ.get("COMMUNIQUE_MAX_FILE_MB")
        try:
            max_mb = float(env) if env else DEFAULT_MAX_MB
        except ValueError:
            raise ValueError(f"COMMUNIQUE_MAX_FILE_MB must be a number of megabytes, not {env!r}") from None
    return int(max_mb * 2**20)


def _kind(name: str) -> str | None:
    lower = name.lower()
    return next((ext for ext in EXTENSIONS if lower.endswith(ext)), None)


def _too_large(limit: int, size: int | None = None) -> Unreadable:
    actual = f"{size / 2**20:.1f} MB" if size is not None else "more than that"
    return Unreadable(f"file too large: the limit is {limit / 2**20:g} MB ({actual}); "
                      "see COMMUNIQUE_MAX_FILE_MB")


def _whole(data: bytes, name: str, parse: Callable[[bytes, str], Iterable[Item]]) -> Iterator[Item]:
    if not data.strip():
        raise Unreadable("empty file")
    check_not_binary(data)
    yield from parse(data, name)


def _text(data: bytes, name: str) -> Iterator[Item]:
    yield parse_text(decode(data), name)


def _html(data: bytes, name: str) -> Iterator[Item]:
    yield parse_html(data, name)


_WHOLE_FILE = {".txt": _text, ".html": _html, ".htm": _html,
               ".xml": parse_feed, ".rss": parse_feed, ".atom": parse_feed}


def _guarded(items: Iterable[Item], name: str) -> Iterator[Item]:
    """Turn the problems raised while reading ``name`` into a final ReadError."""
    try:
        yield from items
    except Unreadable as exc:
        yield ReadError(id=name, message=exc.message, path=name, line=exc.line)
    except FileNotFoundError:
        yield ReadError(id=name, message="no such file", path=name)
    except PermissionError:
        yield ReadError(id=name, message="permission denied", path=name)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield ReadError(id=name, message=f"broken gzip file ({exc})", path=name)
    except OSError as exc:
        yield ReadError(id=name, message=f"cannot read: {exc.strerror or exc}", path=name)
    except Exception as exc:  # noqa: BLE001 - a library choking on odd input must not stop a batch
        log.debug("reading %s failed", name, exc_info=True)
        yield ReadError(id=name, message=f"cannot read: {exc!r}", path=name)


def _file(path: Path, name: str, limit: int) -> Iterator[Item]:
    kind = _kind(name)
    if kind is None:
        with open(path, "rb") as stream:
            yield from _sniffed(stream, name, limit)
        return
    if kind in (".jsonl", ".jsonl.gz"):
        opener = gzip.open if kind == ".jsonl.gz" else open
        with opener(path, "rb") as stream:
            yield from read_lines(bounded_lines(stream, limit), name, limit)
        return
    size = path.stat().st_size
    if size > limit:
        raise _too_large(limit, size)
    with open(path, "rb") as stream:
        data = stream.read()
    yield from _whole(data, name, _WHOLE_FILE[kind])


def _directory(root: Path, name: str, limit: int) -> Iterator[Item]:
    found = False
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not _kind(path.name) or not path.is_file():
            continue
        found = True
        yield from _guarded(_file(path, str(path), limit), str(path))
    if not found:
        raise Unreadable(f"no readable files in directory (known extensions: {' '.join(EXTENSIONS)})")


def _url(url: str, limit: int) -> Iterator[Item]:
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "communique (+feed reader)"})
        with urllib.request.urlopen(request, timeout=_URL_TIMEOUT) as response:
            data = response.read(limit + 1)
    except urllib.error.HTTPError as exc:
        raise Unreadable(f"cannot fetch: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise Unreadable(f"cannot fetch: {exc.reason}") from None
    except (ValueError, http.client.HTTPException) as exc:
        raise Unreadable(f"cannot fetch: {exc}") from None
    if len(data) > limit:
        raise _too_large(limit)
    yield from _whole(data, url, parse_feed)


def _sniffed(stream: IO[bytes], name: str, limit: int) -> Iterator[Item]:
    """Stdin or a file of unknown type: JSONL when the first non-blank line starts with ``{``."""
    lines = bounded_lines(stream, limit)
    head: list[bytes | None] = []
    for line in lines:
        head.append(line)
        if line is None or line.strip():
            break
    if head and head[-1] is not None and head[-1].lstrip().startswith(b"{"):
        yield from read_lines(chain(head, lines), name, limit)
        return
    data = bytearray()
    for line in chain(head, lines):
        if line is None or len(data) + len(line) > limit:
            raise _too_large(limit)
        data += line
    yield from _whole(bytes(data), name, _text)


def read_path(path: Path | str, *, max_mb: float | None = None) -> Iterator[Item]:
    """The documents in one file, directory, feed URL or ``-`` (stdin)."""
    limit = max_file_bytes(max_mb)
    name = str(path)
    if name == "-":
        stdin = getattr(sys.stdin, "buffer", None) or io.BytesIO(sys.stdin.read().encode("utf-8"))
        yield from _guarded(_sniffed(stdin, STDIN, limit), STDIN)
    elif name.startswith(("http://", "https://")):
        yield from _guarded(_url(name, limit), name)
    else:
        p = Path(path)
        items = _directory(p, name, limit) if p.is_dir() else _file(p, name, limit)
        yield from _guarded(items, name)


def read_paths(paths: Iterable[Path | str], *, max_mb: float | None = None) -> Iterator[Item]:
    """The documents in each path, in input order (see ``read_path``)."""
    for path in paths:
        yield from read_path(path, max_mb=max_mb)
