"""RSS and Atom feeds through feedparser: one Document per entry."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from ..model import Document, ReadError
from .textio import Unreadable, guess_lang, normalize

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "tr", "table", "section", "article", "pre"}
_SPACES = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r"\n{3,}")


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def strip_markup(markup: str) -> str:
    """Plain text of an HTML fragment: block elements become paragraph breaks."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BREAKS.sub("\n\n", "\n".join(lines)).strip()


def _iso_date(entry: Any) -> str | None:
    """The entry's date as ISO 8601, keeping the source's own UTC offset."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(raw).isoformat()
            except (TypeError, ValueError):
                pass
        parsed = entry.get(f"{key}_parsed")  # feedparser's own parse, in UTC
        if parsed:
            return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    return None


def _entry_text(entry: Any) -> str:
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        if detail and detail.get("value"):
            value = detail["value"]
            return strip_markup(value) if "html" in (detail.get("type") or "html") else value
    return ""


def parse_feed(data: bytes, name: str) -> Iterator[Document | ReadError]:
    """One Document per feed entry; Unreadable when ``data`` is not a feed."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        if feed.bozo:
            raise Unreadable(f"not an RSS/Atom feed ({feed.get('bozo_exception')})")
        raise Unreadable("feed has no entries")
    source = normalize(feed.feed.get("title") or "").strip() or None
    for index, entry in enumerate(feed.entries, start=1):
        doc_id = entry.get("id") or entry.get("link") or f"{name}#{index}"
        title = normalize(strip_markup(entry.get("title") or ""))
        text = normalize(_entry_text(entry))
        if not title and not text:
            yield ReadError(id=doc_id, message=f"feed entry {index}: no text", path=name)
            continue
        yield Document(id=doc_id, title=title, text=text, published=_iso_date(entry),
                       lang=guess_lang(title + "\n" + text), source=source, url=entry.get("link"))
