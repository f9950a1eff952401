"""HTML pages: main text, title and date through trafilatura (2.x API)."""
from __future__ import annotations

import re

from ..model import Document
from .textio import Unreadable, decode, guess_lang, normalize

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def parse_html(data: bytes, doc_id: str, url: str | None = None) -> Document:
    """The Document of one HTML page; Unreadable when no main text is found."""
    import trafilatura  # slow to import: only when a page is read

    page = decode(data, declared_charset(data), markup=True)
    found = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False)
    if found is None:
        raise Unreadable("no main text found in the HTML page")
    title = normalize(found.title or "").strip()
    text = normalize(found.text or "")
    # trafilatura keeps the page heading as the first line of the text; the
    # title field already holds it, and extractors would see it twice.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest
    if not title and not text.strip():
        raise Unreadable("no text")
    return Document(id=doc_id, title=title, text=text, published=found.date,
                    lang=guess_lang(title + "\n" + text), source=found.sitename, url=found.url or url)
