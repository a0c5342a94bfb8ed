"""Command line: parses arguments, calls services, formats output. No logic of its own."""

from __future__ import annotations

import argparse
import sys

from diplograph import __version__, services
from diplograph.config import load_settings
from diplograph.export import FORMATS, export
from diplograph.store import Database


def _settings(args: argparse.Namespace):
    return load_settings(getattr(args, "config", None),
                         max_document_bytes=getattr(args, "max_document_bytes", None))


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    db = Database(args.db, timeout=settings.read_timeout)
    bar = None
    if sys.stderr.isatty() and not args.quiet:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="ingest", file=sys.stderr)
    summary = services.ingest(args.paths, db, settings, progress=bar.update if bar else None)
    if bar:
        bar.close()
    print(f"ingest: {summary.line()}")
    print(f"merge: {services.merge(db, settings).line()}")
    db.close()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    db = Database(args.db)
    counts = export(db, args.out, args.format)
    db.close()
    print(f"export: {counts['documents']} documents, {counts['events']} events → {args.out} ({args.format})")
    print(f"browse them: diplograph serve --db {args.db}   (then open http://127.0.0.1:8000/)")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from diplograph.export.table import event_rows, format_table

    db = Database(args.db)
    rows = event_rows(db.iter_events())
    db.close()
    print(format_table(rows[: args.limit] if args.limit else rows))
    print(f"{len(rows)} events (a date marked * is the publication day: the text gave none)")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from diplograph.store import browse
    from diplograph.web.app import LOCAL_HOSTS, create_app

    db = Database(args.db)  # migrates an older file and brings the browse tables up to date, then closes
    rebuilt = browse.refresh(db)
    db.close()
    print(f"serve: {args.db}{' (browse tables rebuilt)' if rebuilt else ''} on http://{args.host}:{args.port}/")
    hosts = list(LOCAL_HOSTS) + [args.host] + (args.allow_host or [])
    uvicorn.run(create_app(args.db, allowed_hosts=hosts), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from diplograph.export.table import format_event
    from diplograph.store.queries import get_document, get_event

    db = Database(args.db)
    row = get_event(db, args.event_id)
    if row is None:
        db.close()
        print(f"no event {args.event_id}", file=sys.stderr)
        return 1
    record = row["record"]
    texts = {s["doc_id"]: (get_document(db, s["doc_id"]) or {}).get("body", "") for s in record["sources"]}
    db.close()
    print(format_event(record, texts))
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from diplograph.export.table import actor_rows, format_actors
    from diplograph.store.queries import list_actors

    db = Database(args.db)
    _, actors = list_actors(db, args.affiliation or "")
    db.close()
    print(format_actors(actor_rows(actors[: args.limit] if args.limit else actors)))
    with_id = sum(1 for a in actors if a["wikidata"])
    print(f"{len(actors)} people and sides ({with_id} with a Wikidata id)")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from diplograph.bench import run_bench

    print(run_bench(args.paths, _settings(args), repeat=args.repeat))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="diplograph", description=__doc__)
    p.add_argument("--version", action="version", version=f"diplograph {__version__}")
    p.add_argument("--config", help="TOML file overriding defaults.toml")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="read files and folders into the database")
    s.add_argument("paths", nargs="+", help="files or folders (recursive)")
    s.add_argument("--db", required=True, help="SQLite file (created if missing)")
    s.add_argument("--max-document-bytes", type=int, help="larger documents are recorded with an error")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("export", help="write documents and events in the exchange format")
    s.add_argument("--db", required=True)
    s.add_argument("--out", required=True, help="output folder")
    s.add_argument("--format", choices=FORMATS, default="jsonl")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("events", help="print the stored events as a table")
    s.add_argument("--db", required=True)
    s.add_argument("--limit", type=int, default=0, help="show at most this many (0: all)")
    s.set_defaults(func=cmd_events)

    s = sub.add_parser("show", help="one event: statements by speaker, topics and commitments, with their lines")
    s.add_argument("event_id")
    s.add_argument("--db", required=True)
    s.set_defaults(func=cmd_show)

    s = sub.add_parser("actors", help="list the people with their names per script, ids, offices and events")
    s.add_argument("--db", required=True)
    s.add_argument("--affiliation", help="only this side (ISO 3166-1 alpha-3 or organization code)")
    s.add_argument("--limit", type=int, default=0, help="show at most this many (0: all)")
    s.set_defaults(func=cmd_actors)

    s = sub.add_parser("serve", help="browse, search and check events in a web browser (read-only)")
    s.add_argument("--db", required=True)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: this machine only)")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--allow-host", action="append", metavar="NAME",
                   help="also answer requests for this Host name (default: localhost names and --host only)")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("bench", help="documents/second and peak memory, beside trafilatura")
    s.add_argument("paths", nargs="+", help="text dumps and HTML pages to measure on")
    s.add_argument("--repeat", type=int, default=3, help="passes over the files")
    s.set_defaults(func=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
