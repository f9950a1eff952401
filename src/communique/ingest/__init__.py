"""Readers: files, directories, feeds and stdin to ``Document`` (or ``ReadError``).

``read_paths`` / ``read_path`` are the entry points; see ``readers`` for the
formats and ``docs/schema.md`` for what becomes of the documents.
"""
from .readers import DEFAULT_MAX_MB, EXTENSIONS, max_file_bytes, read_path, read_paths

__all__ = ["DEFAULT_MAX_MB", "EXTENSIONS", "max_file_bytes", "read_path", "read_paths"]
