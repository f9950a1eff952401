"""The query layer: the only way the CLI, web UI and exporters read the store.

Plain functions taking a :class:`~communique.store.Store` and returning plain
dicts (public event dicts with ``sources`` expanded to document summaries).
"""
from __future__ import annotations

from .actors import actor_profile, find_actor, list_actors
from .documents import search_documents, summary
from .events import AmbiguousId, find_events, get_event, iter_events, resolve_event_id

__all__ = ["AmbiguousId", "actor_profile", "find_actor", "find_events", "get_event", "iter_events",
           "list_actors", "resolve_event_id", "search_documents", "summary"]
