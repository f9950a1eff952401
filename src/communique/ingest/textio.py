"""Bytes to clean text: decoding, normalisation and a rough language guess.

Every reader goes through these helpers so that offsets computed later are
into the same normalised text whatever the input format was.
"""
from __future__ import annotations

import re

# Zero-width characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, BOM.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_BLANK_LINE = re.compile(r"^[^\S\n]+$", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>")
# Control characters that never occur in real text (tab, LF, FF, CR excluded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class Unreadable(Exception):
    """A whole input, or one line of it, that cannot become a Document."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


def normalize(text: str) -> str:
    """CRLF to LF, NBSP to space, zero-width characters removed; nothing else."""
    return text.replace("\r\n", "\n").replace("\u00a0", " ").translate(_ZERO_WIDTH)


def blank_whitespace_lines(text: str) -> str:
    """Lines made only of spaces or tabs become empty lines."""
    return _BLANK_LINE.sub("", text)


def cyrillic_share(text: str) -> float:
    """The share of letters in ``text`` that are Cyrillic (0.0 without letters)."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    return len(_CYRILLIC.findall(text)) / letters


def guess_lang(text: str) -> str:
    """``ru`` when most letters are Cyrillic, else ``en``."""
    return "ru" if cyrillic_share(text) > 0.5 else "en"


def check_not_binary(data: bytes) -> None:
    """Raise Unreadable for NUL bytes or a body full of control characters."""
    head = data[:65536]
    if b"\x00" in head:
        raise Unreadable("binary file (contains NUL bytes), not text")
    controls = len(_CONTROL.findall(head.decode("latin-1")))
    if controls > max(8, len(head) // 100):
        raise Unreadable("binary file (control characters), not text")


def decode(data: bytes, declared: str | None = None, *, markup: bool = False) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), a declared charset, or cp1251.

    cp1251 is accepted only when the result is plausibly Russian (mostly
    Cyrillic letters): every byte string decodes in cp1251, so without that
    check Latin-1 junk would silently become nonsense Cyrillic.  With
    ``markup`` the check ignores tags, whose Latin letters would outvote the text.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        text = ""
    sample = _TAG.sub(" ", text) if markup else text
    if text and cyrillic_share(sample) > 0.5:
        return text
    raise Unreadable("not UTF-8 or cp1251 text")
