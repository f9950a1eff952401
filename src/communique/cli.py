"""The ``communique`` command: a thin layer that parses, calls the library and prints."""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from rich.console import Console

from . import __version__, render

EVENT_TYPES = ("visit", "meeting", "phone_call", "signing", "statement", "position_change")


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="database file or URL (sqlite:///path, postgresql://...); "
                               "default $COMMUNIQUE_DB or ./communique.db")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="communique", description=__doc__)
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract records from documents and print them (no database)")
    p.add_argument("paths", nargs="+", help="files, directories, feed URLs or - for stdin")
    p.add_argument("--format", choices=("json", "jsonl", "table"), default="json")

    p = sub.add_parser("ingest", help="extract documents and store them in the database")
    p.add_argument("paths", nargs="+", help="files, directories, feed URLs or - for stdin")
    p.add_argument("--batch-size", type=int, default=50, help="documents per transaction (default 50)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    engine = p.add_mutually_exclusive_group()
    engine.add_argument("--workers", type=int, default=1, metavar="N",
                        help="extract in N local processes (default 1: in this process)")
    engine.add_argument("--dask", metavar="tcp://HOST:PORT",
                        help="extract on a Dask cluster through its scheduler (docs/scale.md)")
    _db_arg(p)

    p = sub.add_parser("events", help="list stored events")
    p.add_argument("--country", action="append", default=[], help="ISO3 code; repeat: all must take part")
    p.add_argument("--person", action="append", default=[], help="participant name, any case form")
    p.add_argument("--type", action="append", default=[], choices=EVENT_TYPES)
    p.add_argument("--status", choices=("occurred", "planned"))
    p.add_argument("--since", help="ISO date: events ending on or after it")
    p.add_argument("--until", help="ISO date: events starting on or before it")
    p.add_argument("--text", help="full-text query (any word form)")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--details", action="store_true", help="show format, topics, agreements and codes")
    _db_arg(p)

    p = sub.add_parser("export", help="export stored events: csv, jsonl, or PLOVER dyads (actor, recipient, type, mode)")
    p.add_argument("--format", choices=("csv", "jsonl", "plover"), default="jsonl")
    p.add_argument("--out", help="file to write (default: standard output)")
    _db_arg(p)

    p = sub.add_parser("show", help="one event with its sources and evidence sentences")
    p.add_argument("id", help="event id or a unique prefix of it")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _db_arg(p)

    p = sub.add_parser("search", help="full-text search over stored documents")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    _db_arg(p)

    p = sub.add_parser("stats", help="counts of stored documents, events, actors and errors")
    _db_arg(p)

    p = sub.add_parser("actors", help="list stored actors")
    p.add_argument("--kind", choices=("person", "state", "organization", "initiative", "place"))
    p.add_argument("--country", help="ISO3 code")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _db_arg(p)

    p = sub.add_parser("actor", help="one actor: posts over time with evidence, events taken part in")
    p.add_argument("name", help="name (any case form) or actor id")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _db_arg(p)

    p = sub.add_parser("kb", help="the knowledge base of persons and posts")
    kb_sub = p.add_subparsers(dest="kb_command", required=True)
    w = kb_sub.add_parser("who", help="who held a post of a state on a date: curated and learned facts, conflicts")
    w.add_argument("post", help="post id or title (foreign-minister, 'министр иностранных дел', president)")
    w.add_argument("country", help="ISO3 code, organisation id or a state's name (KGZ, Кыргызстан)")
    w.add_argument("date", help="YYYY-MM-DD, YYYY-MM or YYYY")
    w.add_argument("--window", type=int, default=90, help="days around DATE a learning document may be dated")
    w.add_argument("--format", choices=("text", "json"), default="text")
    _db_arg(w)

    p = sub.add_parser("eval", help="score the extractor on labelled data")
    p.add_argument("dataset", choices=("factru", "nerel", "gold"))
    p.add_argument("rest", nargs=argparse.REMAINDER, help="arguments of the evaluation (DIR or FILE, options)")
    return parser


def cmd_extract(args, console: Console) -> int:
    from .api import extract_items
    from .ingest import read_paths

    records = extract_items(read_paths(args.paths))
    if args.format == "jsonl":
        for rec in records:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif args.format == "json":
        json.dump(list(records), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for rec in records:
            console.print(f"[bold]{rec['document']['id']}[/bold]  {rec['document'].get('title') or ''}")
            for err in rec["errors"]:
                console.print(f"[red]error:[/red] {err}")
            for event in rec["events"]:
                console.print(render.event_card(event))
    return 0


def cmd_ingest(args, console: Console) -> int:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .api import extract_document, open_store
    from .engine.local import extract_local, extract_processes, ingest_records
    from .ingest import read_paths

    if args.workers < 1:
        Console(stderr=True).print("[red]--workers must be at least 1[/red]")
        return 2
    client = None
    if args.dask:
        from .engine.dask import connect, extract_dask

        client = connect(args.dask)
    try:
        with open_store(args.db) as store, Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                                    TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                                                    console=Console(stderr=True), disable=args.quiet, transient=True) as progress:
            task = progress.add_task("ingesting", total=None)
            items = read_paths(args.paths)
            if client is not None:
                pairs = extract_dask(items, client)
            elif args.workers > 1:
                pairs = extract_processes(items, args.workers)
            else:
                pairs = extract_local(items, extract_document)
            summary = ingest_records(pairs, store, batch_size=args.batch_size,
                                     on_batch=lambda n: progress.advance(task, n))
    finally:
        if client is not None:
            client.close()
    err = Console(stderr=True)
    for e in summary.errors[:20]:
        err.print(f"[red]error:[/red] {e}", highlight=False)
    if len(summary.errors) > 20:
        err.print(f"... and {len(summary.errors) - 20} more errors (communique stats)")
    console.print(f"{summary.documents} documents ({summary.new} new, {summary.updated} updated, "
                  f"{summary.unchanged} unchanged), {summary.events} events "
                  f"({summary.events_merged} merged with other reports), {len(summary.errors)} errors "
                  f"-> {store.url}", highlight=False)
    return 0


def cmd_events(args, console: Console) -> int:
    from .api import open_store
    from .query.events import find_events

    with open_store(args.db) as store:
        events = find_events(store, countries=[c.upper() for c in args.country], persons=args.person,
                             types=args.type, status=args.status, since=args.since, until=args.until,
                             text=args.text, limit=args.limit)
    if args.format == "json":
        json.dump(events, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        sys.stdout.write(render.events_csv(events))
    else:
        if args.details:
            for event in events:
                console.print(render.event_card(event), "")
        else:
            console.print(render.events_table(events))
        console.print(f"{len(events)} events")
    return 0


def cmd_export(args, console: Console) -> int:
    from .api import open_store
    from .export import export
    from .query.events import iter_events

    with open_store(args.db) as store:
        out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
        try:
            for chunk in export(iter_events(store), args.format):
                out.write(chunk)
        finally:
            if args.out:
                out.close()
    return 0


def cmd_show(args, console: Console) -> int:
    from .api import open_store
    from .query.events import AmbiguousId, get_event

    with open_store(args.db) as store:
        try:
            event = get_event(store, args.id)
        except AmbiguousId as exc:
            Console(stderr=True).print(f"[red]{exc}[/red]")
            return 2
    if event is None:
        Console(stderr=True).print(f"[red]no event with id {args.id!r}[/red]")
        return 1
    if args.format == "json":
        json.dump(event, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render.show_event(console, event)
    return 0


def cmd_search(args, console: Console) -> int:
    from .api import open_store
    from .query.documents import search_documents

    with open_store(args.db) as store:
        hits = search_documents(store, args.query, limit=args.limit)
    for h in hits:
        console.print(f"[bold]{h['id']}[/bold]  {h.get('published') or ''}  {h.get('title') or ''}", highlight=False)
        text = render.Text("    " + h["snippet"].replace("\n", " "))
        for a, b in h.get("highlights") or ():
            text.stylize("bold yellow", a + 4, b + 4)
        console.print(text)
    console.print(f"{len(hits)} documents")
    return 0


def cmd_stats(args, console: Console) -> int:
    from .api import open_store
    from .query.documents import summary

    with open_store(args.db) as store:
        console.print_json(json.dumps(summary(store), ensure_ascii=False))
    return 0


def cmd_actors(args, console: Console) -> int:
    from .api import open_store
    from .query.actors import list_actors

    with open_store(args.db) as store:
        actors = list_actors(store, kind=args.kind, country=args.country)
    if args.format == "json":
        json.dump(actors, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    table = render.Table(title="Actors")
    for col in ("id", "kind", "name", "country", "events"):
        table.add_column(col)
    for a in actors:
        table.add_row(str(a.get("id", ""))[:10], a.get("kind", ""), a.get("name", ""), a.get("country") or "",
                      str(a.get("events", "")))
    console.print(table)
    return 0


def cmd_actor(args, console: Console) -> int:
    from .api import open_store
    from .query.actors import actor_profile

    with open_store(args.db) as store:
        profile = actor_profile(store, args.name)
    if profile is None:
        Console(stderr=True).print(f"[red]no actor named {args.name!r}[/red]")
        return 1
    if args.format == "json":
        json.dump(profile, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    render.show_actor(console, profile)
    return 0


def cmd_kb(args, console: Console) -> int:
    import dataclasses

    from .api import open_store
    from .kb.learned import who

    with open_store(args.db) as store:
        answer = who(args.post, args.country, args.date, store, window=args.window)
    if args.format == "json":
        json.dump(dataclasses.asdict(answer), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    console.print(f"{' / '.join(answer.titles)} of {answer.country} on {answer.date}:")
    for h in answer.holders:
        tenure = h.kb_tenure
        kb_part = f"KB {tenure.start}–{tenure.end or ''}" if tenure else "not in the KB on that date"
        docs = f"; named in {len(h.observations)} document(s)" if h.observations else ""
        console.print(f"  {h.name} ({', '.join(h.sources)}): {kb_part}{docs}", highlight=False)
        for o in h.observations[:5]:
            console.print(f"    {o.seen_on or 'undated'} {o.document_id}: {' … '.join(o.evidence)}", highlight=False)
    if not answer.holders:
        console.print("  nobody known")
    for c in answer.conflicts:
        console.print(f"[yellow]conflict[/yellow] {c}", highlight=False)
    return 0


def cmd_eval(args, console: Console) -> int:
    if args.dataset == "factru":
        from .evaluate.factru import main
    elif args.dataset == "nerel":
        from .evaluate.nerel import main
    else:
        from .evaluate.gold import main
    return main(args.rest)


COMMANDS = {"extract": cmd_extract, "ingest": cmd_ingest, "events": cmd_events, "export": cmd_export, "show": cmd_show,
            "search": cmd_search, "stats": cmd_stats, "actors": cmd_actors, "actor": cmd_actor, "kb": cmd_kb, "eval": cmd_eval}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    console = Console(soft_wrap=False)
    try:
        return COMMANDS[args.command](args, console)
    except BrokenPipeError:  # "communique export | head": the reader has had enough
        sys.stdout = open(os.devnull, "w")
        return 0


if __name__ == "__main__":
    sys.exit(main())
