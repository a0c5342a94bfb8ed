"""Files and folders to records, lazily: one file open at a time, one record in memory at a time."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from diplograph.doc import RawRecord
from diplograph.ingest.detect import sniff
from diplograph.ingest.records import read_csv, read_json, read_jsonl
from diplograph.ingest.warc import read_warc

SKIP_NAMES = {".git", "__pycache__", ".DS_Store", ".venv", "node_modules"}


def iter_files(paths: list[str]) -> Iterator[tuple[Path, str]]:
    """Each file under the given paths (sorted, recursive) with its source name as given."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_NAMES)
                for name in sorted(files):
                    if name in SKIP_NAMES or name.startswith("."):
                        continue
                    full = Path(root) / name
                    yield full, str(Path(given) / full.relative_to(p)).replace(os.sep, "/")
        else:
            yield p, str(given).replace(os.sep, "/")


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_file(path: Path, source: str, max_bytes: int) -> Iterator[RawRecord]:
    """The records of one file; an unreadable or oversized file becomes one error record."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError as exc:
        yield RawRecord(source, b"", "text", error=f"unreadable: {exc.strerror or exc}")
        return
    kind = sniff(path, head)
    if kind == "warc":
        yield from read_warc(path, source, max_bytes)
    elif kind == "csv":
        yield from read_csv(path, source)
    elif kind == "jsonl":
        yield from read_jsonl(path, source)
    elif kind == "json":
        yield from read_json(path, source, max_bytes)
    elif size > max_bytes:
        yield RawRecord(source, b"", kind, {"_key": _hash_file(path).encode()},
                        error=f"too large: {size} bytes > limit of {max_bytes} (max_document_bytes)")
    elif size == 0:
        yield RawRecord(source, b"", kind, error="empty: the file holds no bytes")
    else:
        yield RawRecord(source, path.read_bytes(), kind)


def iter_records(paths: list[str], max_bytes: int) -> Iterator[RawRecord]:
    """Every record of every file under `paths`, in a stable order."""
    for path, source in iter_files(paths):
        yield from read_file(path, source, max_bytes)
