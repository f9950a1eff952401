"""Terminal renderings (Rich) and CSV rows of public event dicts, for the CLI."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

CSV_COLUMNS = ("id", "type", "status", "date_start", "date_end", "precision", "place", "country_codes",
               "participants", "format", "topics", "agreements", "cameo", "plover_type", "plover_mode",
               "confidence", "sources")


def date_text(event: Mapping[str, Any]) -> str:
    d = event.get("date") or {}
    start, end = d.get("start") or "?", d.get("end") or ""
    text = start if not end or end == start else f"{start} – {end}"
    return f"{text} ({d.get('precision')})" if d.get("precision") not in (None, "day") else text


def place_text(event: Mapping[str, Any]) -> str:
    p = event.get("place") or {}
    parts = [x for x in (p.get("city"), p.get("country")) if x]
    if p.get("name") and not p.get("city"):
        parts.insert(0, p["name"])
        parts = list(dict.fromkeys(parts))
    return ", ".join(parts)


def participant_text(p: Mapping[str, Any]) -> str:
    bits = [p.get("name") or "?"]
    extra = ", ".join(x for x in (p.get("position"), p.get("country")) if x)
    if extra:
        bits.append(f"({extra})")
    if p.get("role") and p["role"] != "participant":
        bits.append(f"[{p['role']}]")
    return " ".join(bits)


def csv_row(event: Mapping[str, Any]) -> dict[str, Any]:
    d = event.get("date") or {}
    plover = event.get("plover") or {}
    sources = event.get("sources") or []
    return {
        "id": event.get("id"), "type": event.get("type"), "status": event.get("status"),
        "date_start": d.get("start"), "date_end": d.get("end"), "precision": d.get("precision"),
        "place": place_text(event), "country_codes": ";".join(event.get("countries") or ()),
        "participants": "; ".join(participant_text(p) for p in event.get("participants") or ()),
        "format": event.get("format"), "topics": ";".join(event.get("topics") or ()),
        "agreements": "; ".join(a.get("title", "") for a in event.get("agreements") or ()),
        "cameo": event.get("cameo"), "plover_type": plover.get("type"), "plover_mode": plover.get("mode"),
        "confidence": event.get("confidence"),
        "sources": ";".join(s.get("document_id", "") if isinstance(s, dict) else str(s) for s in sources),
    }


def events_csv(events: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for e in events:
        writer.writerow(csv_row(e))
    return out.getvalue()


def events_table(events: Iterable[Mapping[str, Any]]) -> Table:
    """A compact table; ``event_card`` shows all fields of one event."""
    table = Table(title="Events")
    for col in ("id", "type", "status", "date", "place", "participants"):
        table.add_column(col, overflow="fold")
    for e in events:
        table.add_row(str(e.get("id", ""))[:10], e.get("type", ""), e.get("status", ""), date_text(e), place_text(e),
                      "\n".join(participant_text(p) for p in e.get("participants") or ()))
    return table


def event_card(e: Mapping[str, Any]) -> Text:
    """An event as a few labelled lines: readable at any terminal width."""
    plover = e.get("plover") or {}
    head = " · ".join(x for x in (e.get("type"), e.get("status"), date_text(e), place_text(e), e.get("format")) if x)
    out = Text(head, style="bold")
    out.append(f"   {str(e.get('id', ''))[:12]}", style="dim")
    for p in e.get("participants") or ():
        out.append(f"\n  {p.get('role') or 'participant'}: ", style="cyan")
        out.append(participant_text({**p, "role": None}))
    codes = f"CAMEO {e.get('cameo') or '—'} · PLOVER {plover.get('type') or '—'}" + (
        f"/{plover['mode']}" if plover.get("mode") else "")
    out.append(f"\n  countries: {', '.join(e.get('countries') or ()) or '—'} · {codes} · confidence {e.get('confidence')}")
    if e.get("organizations"):
        out.append(f"\n  organizations: {', '.join(e['organizations'])}")
    if e.get("topics"):
        out.append(f"\n  topics: {', '.join(e['topics'])}")
    for a in e.get("agreements") or ():
        period = a.get("period") or {}
        span = f" [{period.get('start')} – {period.get('end')}]" if period.get("start") else ""
        out.append(f"\n  signed ({a.get('kind')}): {a.get('title')}{span}")
    sources = e.get("sources") or ()
    if sources:
        names = [s.get("document_id", "") if isinstance(s, dict) else str(s) for s in sources]
        out.append(f"\n  sources: {', '.join(names)}", style="dim")
    return out


def show_event(console: Console, event: Mapping[str, Any]) -> None:
    """An event with all its fields and its evidence sentences, spans highlighted."""
    console.print(event_card(event))
    console.print(f"countries: {', '.join(event.get('countries') or ())}   "
                  f"organizations: {', '.join(event.get('organizations') or ())}   "
                  f"confidence: {event.get('confidence')}")
    console.print("[bold]Sources[/bold]")
    for s in event.get("sources") or ():
        console.print(f"  {s.get('document_id')}  {s.get('published') or ''}  {s.get('title') or ''}  {s.get('url') or ''}")
    console.print("[bold]Evidence[/bold]")
    sentences: dict[tuple, dict] = {}
    for span in event.get("spans") or ():
        sentence, at = span.get("sentence"), span.get("sentence_start")
        if sentence is None or at is None:
            continue
        entry = sentences.setdefault((span.get("document_id"), span.get("field"), at),
                                     {"sentence": sentence, "spans": [], "about": []})
        entry["spans"].append((span["start"] - at, span["end"] - at))
        about = span.get("about") or ""
        if about not in entry["about"]:
            entry["about"].append(about)
    document = None
    for (doc_id, _field, _at), entry in sentences.items():
        if doc_id != document:
            console.print(f"  [dim]{doc_id}[/dim]", highlight=False)
            document = doc_id
        text = Text(entry["sentence"])
        for a, b in entry["spans"]:
            text.stylize("bold yellow", max(0, a), max(0, b))
        line = Text(f"    [{', '.join(entry['about'])}] ", style="cyan")
        line.append_text(text)
        console.print(line)


def show_actor(console: Console, profile: Mapping[str, Any]) -> None:
    """An actor's posts over time (with where each was seen) and the events it took part in."""
    actor = profile["actor"]
    console.print(f"[bold]{actor.get('name')}[/bold]  {actor.get('kind')}  {actor.get('country') or ''}  "
                  f"id {actor.get('id')}", highlight=False)
    table = Table(title="Posts")
    for col in ("seen on", "post", "org", "country", "valid", "source", "evidence"):
        table.add_column(col, overflow="fold")
    for p in profile.get("positions") or ():
        valid = f"{p.get('start') or ''} – {p.get('end') or ''}" if p.get("start") or p.get("end") else ""
        evidence = "; ".join(e.get("text", "") for e in p.get("evidence") or ())
        table.add_row(p.get("seen_on") or "", p.get("title") or "", p.get("org") or "", p.get("country") or "",
                      valid, f"{p.get('source')} {p.get('document_id') or ''}".strip(), evidence)
    console.print(table)
    console.print(events_table(profile.get("events") or ()))
    others = profile.get("others") or ()
    if others:
        console.print("also matched: " + ", ".join(f"{o.get('name')} ({o.get('id', '')[:10]})" for o in others))
