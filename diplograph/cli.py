"""Command line: parses arguments, checks what the user gave, calls services, formats output."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import re
import shlex
import shutil
import socket
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from diplograph import __version__, services
from diplograph.config import ConfigError, Settings, defaults, env_names, load_settings, setting_names
from diplograph.engine.workers import default_workers
from diplograph.export import FORMATS, export
from diplograph.services import plural
from diplograph.store import Database
from diplograph.store.db import DatabaseBusy, DatabaseMismatch, DatabaseWriteError, migrations, writable

DESCRIPTION = """\
Turns news pages about diplomacy (Simplified Chinese, Traditional Chinese, English) into a database of
events: who met, called, visited or wrote to whom, when, what they said and promised, each fact traced
to the sentence it came from. Start with `ingest`, then `export`, `events` or `serve`."""

EPILOG = """\
input formats (judged from the content first, then the file name):
  plain-text page dumps, HTML pages, Markdown or HTML with YAML front matter, CSV/TSV with one article
  a row, JSON Lines and JSON arrays of articles, RSS, Atom and WordPress XML feeds (one article an item),
  news agencies' NITF, NewsML-G2, NewsML 1.x and ninjs stories, WARC and WARC.gz archives; folders are
  read recursively

settings (defaults in diplograph/defaults.toml, each documented there), overridden in this order by
  --config FILE.toml, then the environment variables (shown with their defaults)
  {env}
  then the options of a command

example:
  diplograph ingest examples --db demo.db && diplograph export --db demo.db --out demo-out

run `diplograph COMMAND --help` for a command's options."""


INGEST_WAIT = 300.0  # seconds an ingest waits for another process's write transaction


class UserError(Exception):
    """A mistake in what the user asked for: reported as one line, with a non-zero exit."""


class UsageError(UserError):
    """A command line argparse cannot read (exit status 2, as argparse's own)."""


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line naming the help to read, not a usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `{self.prog} --help`)")


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the description's lines and adds each option's default when it has a meaningful one."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if action.default not in (None, False, 0, argparse.SUPPRESS) and "%(default)" not in text \
                and action.option_strings:
            text += " (default: %(default)s)"
        return text


def program() -> str:
    """How the user called us (`.venv/bin/diplograph`), so printed hints can be pasted as they are."""
    name = sys.argv[0] if sys.argv and Path(sys.argv[0]).name == "diplograph" else "diplograph"
    return shlex.quote(name)


def _settings(args: argparse.Namespace) -> Settings:
    from diplograph.registry import order_problem, registered

    settings = load_settings(getattr(args, "config", None), components=registered(),
                             max_document_bytes=getattr(args, "max_document_bytes", None))
    problem = order_problem(settings.pipeline)
    if problem:  # a step before the one whose input it makes: one line now, not a traceback at the first batch
        raise ConfigError(f"pipeline = {list(settings.pipeline)}: {problem} (defaults.toml lists them in order)")
    return settings


def _database_to_write(path: str, timeout: float) -> Database:
    """The database `ingest` writes, created if missing; a location that cannot hold one is a UserError."""
    p = Path(path)
    if p.is_dir():
        raise UserError(f"--db {path} is a folder; give a file name, such as {p / 'diplograph.db'}")
    folder = p.parent
    if not folder.is_dir():
        raise UserError(f"cannot create the database {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
        raise UserError(f"cannot write the database {path}: permission denied")
    return _connect(path, timeout)


def _database_to_read(path: str, timeout: float) -> Database:
    """An existing database; a missing one is a UserError rather than a new empty file."""
    p = Path(path)
    if not p.exists():
        raise UserError(f"no database at {path}; build one with `{program()} ingest PATH... --db {shlex.quote(path)}`")
    if p.is_dir():
        raise UserError(f"--db {path} is a folder, not a database file")
    return _connect(path, timeout)


def _connect(path: str, timeout: float) -> Database:
    try:
        return Database(path, timeout=timeout)
    except sqlite3.DatabaseError as exc:
        raise UserError(f"cannot open the database {path}: {exc}") from None


def _note_unfinished_merge(db: Database, path: str) -> None:
    """One line on stderr when documents are stored that no finished merge took in (an ingest stopped during
    or before its merge): the events then lack them, which the command's output alone would not say."""
    left = services.unmerged(db)
    if left:
        print(f"diplograph: the merge of {path} did not finish (interrupted?): {plural(left, 'document')} not in"
              f" the events yet; run `{program()} ingest PATH... --db {shlex.quote(path)}` again to complete it",
              file=sys.stderr)


def _require(module: str, message: str) -> None:
    """A UserError saying how to install an optional dependency, before anything is written."""
    try:
        importlib.import_module(module)
    except ImportError:
        raise UserError(message) from None


def _check_inputs(paths: list[str]) -> None:
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}")


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    _check_inputs(args.paths)
    if args.engine == "spark":
        _require("pyspark", "the Spark engine needs PySpark: pip install 'diplograph[spark]' (and a Java runtime)")
    # another ingest writing the same file holds its lock for one batch, or for a merge's switch (seconds at
    # 100,000 documents): wait for it rather than fail; past this the run says in one line who holds it
    db = _database_to_write(args.db, max(settings.read_timeout, INGEST_WAIT))
    if args.engine == "spark":
        return _ingest_spark(args, db, settings)
    bar = None
    if sys.stderr.isatty() and not args.quiet:
        from tqdm import tqdm

        # a terminal that reports no size (a bare pseudo-terminal) gets 80x24 rather than an invisible bar
        size = shutil.get_terminal_size()
        bar = tqdm(unit=" docs", desc="ingest", file=sys.stderr, ncols=size.columns, nrows=size.lines)
    try:
        summary = services.ingest(args.paths, db, settings, progress=bar.update if bar is not None else None,
                                  workers=args.workers or default_workers())
        if bar is not None:
            bar.close()
        print(f"ingest: {summary.line()}")
        _print_failures(summary.failed, args.db)
        print(f"merge: {services.merge(db, settings).line()}")
    finally:
        if bar is not None:
            bar.close()
        db.close()
    return 0


def _ingest_spark(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    """`ingest --engine spark`: the same store, built by a Spark job."""
    from diplograph.engine.spark import run

    try:
        records, errors, merged = run(args.paths, db, settings, services.pipeline_version(settings),
                                      master=args.master, parquet=args.parquet)
        print(f"ingest: {plural(records, 'document')} with Spark ({args.master}), {plural(errors, 'error')}")
        print(f"merge: {merged.line()}")
    finally:
        db.close()
    return 0


def _print_failures(failed: list[tuple[str, str]], db_path: str, shown: int = 10) -> None:
    """The documents this run could not process, path and reason, and how to list them all again."""
    if not failed:
        return
    for source, error in failed[:shown]:
        print(f"  failed: {source}: {error}")
    more = f"; {len(failed) - shown} more" if len(failed) > shown else ""
    print(f"  ({plural(len(failed), 'document')} failed{more}; list them again with"
          f" `{program()} errors --db {shlex.quote(db_path)}`)")


def cmd_export(args: argparse.Namespace) -> int:
    settings = _settings(args)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {args.out} is a file; give a folder (it is created if missing)")
    if args.format == "parquet":
        _require("pyarrow", "--format parquet needs pyarrow: pip install 'diplograph[parquet]'"
                 " (or use --format jsonl or csv)")
    db = _database_to_read(args.db, settings.read_timeout)
    try:
        _note_unfinished_merge(db, args.db)
        counts = export(db, out, args.format)
    except OSError as exc:  # a folder that cannot be made or written, a full disk (pyarrow's errors are OSErrors)
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        raise UserError(f"cannot write the export to {args.out}: {exc.strerror or exc}{where}") from None
    finally:
        db.close()
    print(f"export: {plural(counts['documents'], 'document')}, {plural(counts['events'], 'event')}"
          f" → {args.out} ({args.format})")
    print(f"browse them: {program()} serve --db {shlex.quote(args.db)}   (then open http://127.0.0.1:8000/)")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from diplograph.export.table import event_rows, fitted_widths, format_table
    from diplograph.store.queries import listed_events

    db = _database_to_read(args.db, _settings(args).read_timeout)
    try:
        _note_unfinished_merge(db, args.db)
        total, events = listed_events(db, args.limit)
    finally:
        db.close()
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else 200  # piped: cut nothing useful
    print(format_table(event_rows(events), fitted_widths(width)))
    shown = f"the newest {len(events)} of " if len(events) < total else ""
    print(f"{shown}{plural(total, 'event')}, newest first; reports: how many documents tell it; → the side that"
          " asked for it;\n* a publication day standing for a date the text does not give")
    if events:
        print(f"one in full: {program()} show EVENT_ID --db {shlex.quote(args.db)}")
    return 0


def cmd_errors(args: argparse.Namespace) -> int:
    from diplograph.store.queries import failed_documents

    db = _database_to_read(args.db, _settings(args).read_timeout)
    try:
        failed = failed_documents(db)
    finally:
        db.close()
    for row in failed[: args.limit] if args.limit else failed:
        print(f"{row['source']}: {row['error']}")
    print(f"{plural(len(failed), 'document')} could not be processed")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from diplograph.store import browse
    from diplograph.web.app import LOCAL_HOSTS, create_app

    settings = _settings(args)
    read_only = not writable(args.db)  # a read-only file or mount: served as it stands, never written
    db = (_database_to_read_only if read_only else _database_to_read)(args.db, settings.read_timeout)
    try:  # a writable one is migrated and its browse tables and search index brought up to date
        note = " (read-only: browse tables and search index as stored)" if read_only else \
            " (browse tables rebuilt)" if browse.refresh(db) else ""
        _note_unfinished_merge(db, args.db)
    finally:
        db.close()
    hosts = list(LOCAL_HOSTS) + [args.host] + (args.allow_host or [])
    app = create_app(args.db, allowed_hosts=hosts)
    sock = _listening_socket(args.host, args.port)
    print(f"serve: {args.db}{note} on http://{args.host}:{args.port}/", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # Ctrl-C is how a server is stopped: not an interruption to report
        pass
    return 0


def _listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to `host`:`port`, before anything says the server is up; a port in use or an address
    this machine does not have is a UserError (uvicorn would log it in its own format and exit 3)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise UserError(f"--host {host}: {exc.strerror or exc}") from None
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        hint = "; is another server running there? choose another --port" if exc.errno == errno.EADDRINUSE else ""
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}{hint}") from None
    return sock


def _port(text: str) -> int:
    """A TCP port number, 1 to 65535 (argparse's type for --port)."""
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"invalid port {text!r}: give a number from 1 to 65535")
    return int(text)


def _at_least(low: int) -> Callable[[str], int]:
    """argparse's type for a count option: a whole number no smaller than `low` (0 where 0 means the default)."""

    def count(text: str) -> int:
        if not re.fullmatch(r"\d+", text.strip()) or int(text) < low:
            raise argparse.ArgumentTypeError(f"invalid value {text!r}: give a whole number from {low} up")
        return int(text)

    return count


def _database_to_read_only(path: str, timeout: float) -> Database:
    """An existing database that cannot be written, opened read-only; one this version cannot read as it
    stands (older migrations) is a UserError, since it cannot be migrated in place."""
    if not Path(path).is_file():
        _database_to_read(path, timeout)  # its missing-file and folder messages
    try:
        db = Database(path, timeout=timeout, readonly=True)
        current = db.version
    except sqlite3.DatabaseError as exc:
        raise UserError(f"cannot open the database {path}: {exc}") from None
    latest = migrations()[-1][0]
    if current < latest:
        db.close()
        raise UserError(f"{path} is read-only and was written by an older diplograph (schema {current}, this "
                        f"one needs {latest}); copy it somewhere writable and run `{program()} events --db COPY` "
                        "once to upgrade it")
    return db


def _show_dropped(db: Database, key: str | None) -> int:
    """`show --dropped [ID]`: the frames left out, with the reason, of a document, of an event's documents, or
    of every document."""
    from diplograph.store.queries import dropped_frames, event_frames, get_document

    reports = event_frames(db, key) if key else []
    doc_ids = None if not key else [r["doc_id"] for r in reports] if reports else [key]
    if key and not reports and get_document(db, key) is None:
        raise UserError(f"no event or document {key} in the database")
    found = dropped_frames(db, doc_ids)
    for f in found:
        print(f"{f['source']}  {f['reason']:<16} {f['type'] or '-':<11} {f['evidence'][:100]}")
    print(f"{plural(len(found), 'event report')} left out (not counted as events)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from diplograph.export.table import format_event
    from diplograph.store.queries import get_document, get_event

    db = _database_to_read(args.db, _settings(args).read_timeout)
    try:
        if args.dropped:
            return _show_dropped(db, args.event_id)
        if not args.event_id:
            raise UsageError("show: give an event id (or --dropped)")
        row = get_event(db, args.event_id)
        if row is None:
            raise UserError(f"no event {args.event_id} in {args.db}; list them with"
                            f" `{program()} events --db {shlex.quote(args.db)}`")
        record = row["record"]
        texts = {s["doc_id"]: (get_document(db, s["doc_id"]) or {}).get("body", "") for s in record["sources"]}
    finally:
        db.close()
    print(format_event(record, texts))
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from diplograph.export.table import actor_rows, format_actors
    from diplograph.store.queries import list_actors

    db = _database_to_read(args.db, _settings(args).read_timeout)
    try:
        _note_unfinished_merge(db, args.db)
        _, actors = list_actors(db, args.affiliation or "")
    finally:
        db.close()
    print(format_actors(actor_rows(actors[: args.limit] if args.limit else actors)))
    with_id = sum(1 for a in actors if a["wikidata"])
    print(f"{plural(len(actors), 'person or side', 'people and sides')} ({with_id} with a Wikidata id)")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from diplograph.bench import run_bench

    settings = _settings(args)
    _check_inputs(args.paths)
    print(run_bench(args.paths, settings, repeat=args.repeat, scale=args.scale,
                    workers=args.workers or default_workers(), large=args.large_pages))
    return 0


def _command(sub: argparse._SubParsersAction, name: str, func, summary: str, db: str | None) -> Parser:
    """A subcommand with its one-line summary, `--db` (`db` says what it is for) and `--config`."""
    s = sub.add_parser(name, help=summary, description=summary, formatter_class=HelpFormatter)
    if db:
        s.add_argument("--db", required=True, metavar="FILE", help=db)
    s.add_argument("--config", metavar="FILE.toml", default=argparse.SUPPRESS,
                   help="settings file overriding diplograph/defaults.toml (also accepted before the command)")
    s.set_defaults(func=func)
    return s


READ_DB = "SQLite database made by `diplograph ingest`"


def _shown(value: object) -> str:
    """A default as an environment variable would spell it (lists comma-separated)."""
    return shlex.quote(",".join(value) if isinstance(value, list) else str(value))


def _ingest_command(sub: argparse._SubParsersAction) -> None:
    """`ingest` and its options: the one command that writes a database."""
    s = _command(sub, "ingest", cmd_ingest, "read files and folders into the database, find and merge the events",
                 "SQLite database to write (created if missing; a re-run redoes only what changed)")
    s.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (read recursively) in any input"
                   " format listed in `diplograph --help`")
    s.add_argument("--max-document-bytes", type=_at_least(1), metavar="N", help="documents larger than N bytes are"
                   " recorded with an error instead of processed (default: the max_document_bytes setting,"
                   f" {defaults()['max_document_bytes']})")
    s.add_argument("--quiet", action="store_true", help="no progress bar (it is shown only on a terminal)")
    s.add_argument("--workers", type=_at_least(0), default=0, metavar="N",
                   help="processes for the per-document stage (default: this machine's cores)")
    s.add_argument("--engine", choices=("local", "spark"), default="local",
                   help="local processes, or a Spark job (needs diplograph[spark] and a Java runtime)")
    s.add_argument("--master", default="local[*]", metavar="URI", help="Spark master (with --engine spark)")
    s.add_argument("--parquet", metavar="DIR", help="where the Spark engine writes Parquet (default: the"
                   " database's name + .parquet; any Hadoop-compatible URI)")


def build_parser() -> Parser:
    p = Parser(prog="diplograph", description=DESCRIPTION, formatter_class=HelpFormatter,
               epilog=EPILOG.format(env="\n  ".join(f"{var}={_shown(defaults()[name])}" for name, var
                                                     in zip(setting_names(), env_names()))))
    p.add_argument("--version", action="version", version=f"diplograph {__version__}")
    p.add_argument("--config", metavar="FILE.toml", help="settings file overriding diplograph/defaults.toml"
                   f" (keys: {', '.join(setting_names())})")
    sub = p.add_subparsers(dest="command", title="commands", metavar="COMMAND")

    _ingest_command(sub)

    s = _command(sub, "export", cmd_export, "write the documents and events as files (the exchange format)",
                 READ_DB)
    s.add_argument("--out", required=True, metavar="DIR", help="folder for documents.FORMAT and events.FORMAT"
                   " (created if missing; files of the same names are replaced)")
    s.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="jsonl: one JSON object a line; csv: nested fields as JSON text; parquet: needs"
                   " `pip install 'diplograph[parquet]'`")

    s = _command(sub, "events", cmd_events, "list the events, newest first: id, date, type, status, parties,"
                 " initiator and how many documents report each", READ_DB)
    s.add_argument("--limit", type=_at_least(0), default=0, metavar="N", help="show only the newest N (default: all)")

    s = _command(sub, "show", cmd_show, "one event in full: statements by speaker, topics and commitments,"
                 " each with the line it came from", READ_DB)
    s.add_argument("event_id", nargs="?", metavar="EVENT_ID", help="an id from `diplograph events` or events.jsonl"
                   " (with --dropped: an event or document id, or none for every document)")
    s.add_argument("--dropped", action="store_true",
                   help="list the event reports the extractor left out and why (background, hypothetical, same"
                   " side…)")

    s = _command(sub, "actors", cmd_actors, "list the people and sides: names per script, Wikidata id, offices,"
                 " number of events", READ_DB)
    s.add_argument("--affiliation", metavar="CODE", help="only this side (ISO 3166-1 alpha-3 such as CHN, or an"
                   " organization code)")
    s.add_argument("--limit", type=_at_least(0), default=0, metavar="N", help="show only the first N (default: all)")

    s = _command(sub, "errors", cmd_errors, "list the documents that could not be processed, with the reason",
                 READ_DB)
    s.add_argument("--limit", type=_at_least(0), default=0, metavar="N", help="show only the first N (default: all)")

    s = _command(sub, "serve", cmd_serve, "browse, search and check the events in a web browser (read-only)",
                 READ_DB)
    s.add_argument("--host", default="127.0.0.1", help="address to bind; the default serves this machine only")
    s.add_argument("--port", type=_port, default=8000, help="port to listen on")
    s.add_argument("--allow-host", action="append", metavar="NAME", help="also answer requests whose Host is"
                   " NAME (default: localhost names and --host only, against DNS rebinding); repeat for more")

    s = _command(sub, "bench", cmd_bench, "measure documents/second, peak memory and time per stage, beside"
                 " trafilatura", None)
    s.add_argument("paths", nargs="+", metavar="PATH", help="files and folders in any input format to measure on")
    s.add_argument("--repeat", type=_at_least(1), default=3, metavar="N", help="timed runs (min / median / max shown)")
    s.add_argument("--scale", type=_at_least(0), default=0, metavar="N",
                   help="also ingest and merge a synthetic corpus of N files (copies of the input with years"
                   " shifted per copy)")
    s.add_argument("--workers", type=_at_least(0), default=0, metavar="N",
                   help="processes for the --scale ingest (default: this machine's cores)")
    s.add_argument("--large-pages", action="store_true", help="also time the pipeline on generated pages of 1, 2"
                   " and 5 MB (an HTML page, a text on one line): near-linear steps keep MB/s flat")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command; a user mistake is one line on stderr and a non-zero exit status, never a traceback."""
    parser = build_parser()
    args = None
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 0
        return args.func(args)
    # a full disk too: one line
    except (UserError, ConfigError, DatabaseBusy, DatabaseMismatch, DatabaseWriteError) as exc:
        print(f"diplograph: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    except sqlite3.Error as exc:
        print(f"diplograph: error: database {getattr(args, 'db', '')}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C: every finished batch is committed, the one in flight rolled back
        again = "; what was stored is kept: run the same command again to finish" if \
            getattr(args, "command", None) == "ingest" else ""
        print(f"diplograph: interrupted{again}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `diplograph events | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when stdout is flushed
        return 0


if __name__ == "__main__":
    sys.exit(main())
