"""communique: diplomatic events from press releases, typed, dated, coded, with evidence."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import extract, extract_document, open_store  # noqa: E402

__all__ = ["extract", "extract_document", "open_store", "__version__"]
