"""Files and folders to records, lazily: one file open at a time, one record in memory at a time.

Nothing under the given paths is passed over in silence: a pipe, socket or device, a folder that cannot be
listed and a file that cannot be read each become an error record naming it, and a reader that fails part
way keeps the records read before the failure. Only the names in SKIP_NAMES and dot files are left out.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from diplograph.doc import RawRecord
from diplograph.ingest.agency import read_agency
from diplograph.ingest.detect import sniff
from diplograph.ingest.feeds import read_feed
from diplograph.ingest.mime import read_mime
from diplograph.ingest.records import DEFAULT_NESTING, read_csv, read_json, read_jsonl
from diplograph.ingest.warc import read_warc

SKIP_NAMES = {".git", "__pycache__", ".DS_Store", ".venv", "node_modules"}
SPECIAL = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
           (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


class NotAFile(OSError):
    """The path names something other than a regular file; reading it could block or never end."""


def display_name(path: str) -> str:
    """The path as text that can always be stored and printed: bytes of a file name that are not UTF-8
    (which os.fsdecode keeps as lone surrogates) are shown as `\\xNN`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def walk(paths: list[str], exclude: frozenset[Path] = frozenset()) -> Iterator[tuple[Path, str, str | None]]:
    """Each entry under the given paths (sorted, recursive) with its source name and, for a folder that
    cannot be listed or a link to a folder, why it is not read. Files in `exclude` (resolved paths: the
    database being written and its companions) are passed over, so `ingest . --db here.db` never reads itself."""
    for given in paths:
        p = Path(given)
        if not p.is_dir():
            yield p, display_name(str(given).replace(os.sep, "/")), None
            continue
        failed: list[OSError] = []
        for root, dirs, files in os.walk(p, onerror=failed.append):
            yield from _failures(failed, p, given)
            base = Path(root)
            links = [d for d in dirs if (base / d).is_symlink()]
            dirs[:] = sorted(d for d in dirs if d not in SKIP_NAMES and d not in links)
            entries = [(n, None) for n in files if n not in SKIP_NAMES and not n.startswith(".")]
            entries += [(n, "skipped: a link to a folder (links to folders are not followed)") for n in links
                        if not n.startswith(".")]
            for name, problem in sorted(entries):
                full = base / name
                # realpath, unlike Path.resolve, does not raise on a symlink loop, which is read as an error record
                if exclude and Path(os.path.realpath(full)) in exclude:
                    continue
                yield full, _source(given, full, p), problem
        yield from _failures(failed, p, given)


def _source(given: str, full: Path, top: Path) -> str:
    return display_name(str(Path(given) / full.relative_to(top)).replace(os.sep, "/"))


def _failures(failed: list[OSError], top: Path, given: str) -> Iterator[tuple[Path, str, str | None]]:
    while failed:
        exc = failed.pop(0)
        folder = Path(exc.filename or top)
        yield folder, _source(given, folder, top), f"unreadable folder: {exc.strerror or exc}"


def iter_files(paths: list[str]) -> Iterator[tuple[Path, str]]:
    """Each file under the given paths that the walk found nothing wrong with, with its source name."""
    for path, source, problem in walk(paths):
        if problem is None:
            yield path, source


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _open_head(path: Path) -> tuple[int, bytes]:
    """Size and first 64 KiB of a regular file. Opened without blocking and checked on the open file, so
    that a pipe never blocks the batch and a device (an endless /dev/zero) is never read."""
    _regular(os.stat(path).st_mode)  # a socket cannot even be opened
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)  # what was opened, should the path have changed since
        _regular(st.st_mode)
        return st.st_size, f.read(65536)


def _regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in SPECIAL if test(mode)), "not a regular file")
        raise NotAFile(f"skipped: {kind}, not a file")


def read_file(path: Path, source: str, max_bytes: int, max_nesting: int = DEFAULT_NESTING) -> Iterator[RawRecord]:
    """The records of one file; an unreadable, special or oversized file becomes one error record."""
    try:
        size, head = _open_head(path)
    except NotAFile as exc:
        yield RawRecord(source, b"", "text", error=str(exc))
        return
    except OSError as exc:
        yield RawRecord(source, b"", "text", error=f"unreadable: {exc.strerror or exc}")
        return
    kind = sniff(path, head)
    if size == 0:  # before the readers by format, so an empty .csv or .jsonl says so rather than what it lacks
        yield RawRecord(source, b"", kind, error="empty: the file holds no bytes")
    elif kind == "warc":
        yield from read_warc(path, source, max_bytes)
    elif kind == "csv":
        yield from read_csv(path, source, max_bytes)
    elif kind == "jsonl":
        yield from read_jsonl(path, source, max_bytes, max_nesting)
    elif kind == "json":
        yield from read_json(path, source, max_bytes, max_nesting)
    elif kind == "feed":
        yield from read_feed(path, source, max_bytes, max_nesting)
    elif kind == "agency":
        yield from read_agency(path, source, max_bytes, max_nesting)
    elif kind == "mime":
        yield read_mime(path, source, max_bytes)
    elif size > max_bytes:
        yield RawRecord(source, b"", kind, {"_key": _hash_file(path).encode()},
                        error=f"too large: {size} bytes > limit of {max_bytes} (max_document_bytes)")
    else:
        yield RawRecord(source, path.read_bytes(), kind)


def _isolated(records: Iterator[RawRecord], source: str) -> Iterator[RawRecord]:
    """The records of one file; a reader that fails part way keeps what it read and adds an error record, and
    a file with no record at all is one error record."""
    n = 0
    try:
        for rec in records:
            n += 1
            yield rec
    except Exception as exc:  # one file's reader never stops the batch
        where = source if n == 0 else f"{source}#after-{n}"
        yield RawRecord(where, b"", "text", error=f"read: {type(exc).__name__}: {exc}")
        return
    if n == 0:  # a header without rows, an empty array, blank lines: said, not passed over
        yield RawRecord(source, b"", "record", error="no records: the file holds no article")


def iter_records(paths: list[str], max_bytes: int, max_nesting: int = DEFAULT_NESTING,
                 exclude: frozenset[Path] = frozenset()) -> Iterator[RawRecord]:
    """Every record of every file under `paths` (less those in `exclude`), in a stable order; each that came
    from a file whose name is not UTF-8 carries the name's exact bytes in `fields['_source_bytes']`."""
    for path, source, problem in walk(paths, exclude):
        exact = os.fsencode(str(path)) if display_name(str(path)) != str(path) else None
        records = iter([RawRecord(source, b"", "text", error=problem)]) if problem else \
            _isolated(read_file(path, source, max_bytes, max_nesting), source)
        for rec in records:
            if exact is not None:
                rec.fields["_source_bytes"] = exact
            yield rec
