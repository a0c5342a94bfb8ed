"""Multi-record files: CSV, JSON Lines and JSON arrays of articles, read row by row."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from diplograph.clean.decode import NotText, decode_bytes
from diplograph.doc import RawRecord

COLUMNS = {
    "title": ("title", "headline", "heading", "head", "name"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate", "datetime", "time",
                  "published_time", "created", "timestamp"),
    "summary": ("summary", "description", "abstract", "lead", "excerpt", "dek"),
    "body": ("body", "text", "content", "article", "full_text", "fulltext", "maintext", "html"),
    "url": ("url", "link", "href", "source_url", "permalink"),
}
DELIMITERS = (",", "\t", ";", "|")
csv.field_size_limit(1 << 30)


def map_columns(names: list[str]) -> dict[str, str]:
    """Which column holds each field: exact names first (case-insensitive), then names that contain one."""
    lowered = {n.lower().strip(): n for n in names if n}
    found: dict[str, str] = {}
    for field, keys in COLUMNS.items():
        for key in keys:
            if key in lowered:
                found[field] = lowered[key]
                break
        else:
            for low, orig in lowered.items():
                if any(k in low for k in keys) and orig not in found.values():
                    found[field] = orig
                    break
    return found


def record_from_row(source: str, row: dict[str, Any], cols: dict[str, str]) -> RawRecord:
    """A record whose text is the summary and body of one row, with its other fields kept aside."""
    parts = [str(row.get(cols[k]) or "").strip() for k in ("summary", "body") if k in cols]
    parts = [p for p in parts if p and p.upper() != "NA"]
    fields = {k: str(row[cols[k]]).strip() for k in ("title", "published", "url")
              if k in cols and row.get(cols[k]) not in (None, "", "NA")}
    key = json.dumps(row, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    fields["_key"] = key
    rec = RawRecord(source, "\n\n".join(parts).encode("utf-8"), "record", fields)
    if not parts:
        rec.error = "no text: the record's text columns are empty"
    return rec


def guess_delimiter(header: str) -> str:
    """The delimiter under which the header line reads as the most known column names, then the most columns.

    Judged on the header alone: counting tabs or commas over the rows misleads when the text holds them
    (Chinese prose puts tabs and full-width commas in a body column, never ASCII commas).
    """
    def rank(delim: str) -> tuple[int, int]:
        names = next(csv.reader([header.strip("\r\n")], delimiter=delim), [])
        return len(map_columns(names)), len(names)

    return max(DELIMITERS, key=rank)


def read_csv(path: Path, source: str) -> Iterator[RawRecord]:
    """Rows of a CSV/TSV file, decoded with the encoding its first 64 KiB show."""
    with open(path, "rb") as fb:
        head = fb.read(65536)
    try:
        encoding = decode_bytes(head[: head.rfind(b"\n") + 1] or head).encoding.split(" ")[0]
    except NotText as exc:
        yield RawRecord(source, b"", "record", error=str(exc))
        return
    if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        encoding = encoding + "-le" if head[:2] == codecs.BOM_UTF16_LE or head[:4] == codecs.BOM_UTF32_LE else encoding
    with open(path, encoding=encoding.replace("utf-8", "utf-8-sig"), errors="replace", newline="") as f:
        header = f.readline()
        f.seek(0)
        delimiter = "\t" if path.suffix.lower() == ".tsv" else guess_delimiter(header)
        reader = csv.DictReader(f, delimiter=delimiter)
        cols = map_columns(reader.fieldnames or [])
        if "body" not in cols and "summary" not in cols:
            yield RawRecord(source, b"", "record",
                            error=f"CSV has no text column (looked for body, text, content, summary); "
                                  f"columns: {', '.join(reader.fieldnames or [])}")
            return
        for n, row in enumerate(reader, 1):
            yield record_from_row(f"{source}#{n}", row, cols)


def read_jsonl(path: Path, source: str) -> Iterator[RawRecord]:
    """Objects of a JSON Lines file; a line that is not a JSON object becomes an error record."""
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield RawRecord(f"{source}#{n}", raw, "record", error=f"line {n} is not JSON: {exc}")
                continue
            yield from _object_record(f"{source}#{n}", obj)


def read_json(path: Path, source: str, max_bytes: int) -> Iterator[RawRecord]:
    """A JSON array of objects (or one object); arrays above the size limit are refused."""
    size = path.stat().st_size
    if size > max_bytes:
        yield RawRecord(source, b"", "record", error=f"too large: JSON file of {size} bytes > {max_bytes}; "
                                                     "use JSON Lines for large exports")
        return
    try:
        data = json.loads(decode_bytes(path.read_bytes()).text)
    except (NotText, json.JSONDecodeError) as exc:
        yield RawRecord(source, b"", "record", error=f"not JSON: {exc}")
        return
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items, 1):
        yield from _object_record(f"{source}#{n}", obj)


def _object_record(source: str, obj: Any) -> Iterator[RawRecord]:
    if not isinstance(obj, dict):
        yield RawRecord(source, b"", "record", error="record is not a JSON object")
        return
    cols = map_columns(list(obj))
    if "body" not in cols and "summary" not in cols:
        yield RawRecord(source, b"", "record",
                        error=f"record has no text field (body, text, content, summary); keys: {', '.join(obj)}")
        return
    yield record_from_row(source, obj, cols)
