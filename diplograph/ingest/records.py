"""Multi-record files: CSV, JSON Lines and JSON arrays of articles, read row by row."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from diplograph.clean.declared import field_of, key_fields, norm_key
from diplograph.clean.decode import NotText, decode_bytes
from diplograph.doc import RawRecord

TEXT_FIELDS = ("summary", "body")  # the record's text is its summary, then its body
DELIMITERS = (",", "\t", ";", "|")
csv.field_size_limit(1 << 30)


def map_columns(names: list[str]) -> dict[str, str]:
    """Which columns hold the text: `summary` and `body` by the key lexicon (best-ranked name first), else
    a name that contains one of their keys and names no other known field."""
    found: dict[str, str] = {}
    ranked = []
    for name in names:
        hit = key_fields().get(norm_key(name)) if name else None
        if hit and hit[0] in TEXT_FIELDS:
            ranked.append((hit[1], hit[0], name))
    for _, field, name in sorted(ranked):
        found.setdefault(field, name)
    for field in TEXT_FIELDS:
        keys = [k for k, (f, _) in key_fields().items() if f == field]
        loose = (n for n in names if n and n not in found.values() and field_of(n) is None
                 and any(k in norm_key(n) for k in keys))
        if field not in found and (name := next(loose, None)):
            found[field] = name
    return found


def record_from_row(source: str, row: dict[str, Any], cols: dict[str, str]) -> RawRecord:
    """A record whose text is the summary and body of one row, its other scalar columns kept as fields."""
    summary, body = (str(row.get(cols[k]) or "").strip() if k in cols else "" for k in TEXT_FIELDS)
    if summary and body and _restates(summary, body):
        summary = ""
    parts = [p for p in (summary, body) if p and p.upper() != "NA"]
    fields = {str(k): v for k, v in row.items() if k not in cols.values() and isinstance(v, (str, int, float))
              and str(v).strip() not in ("", "NA")}
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


def _restates(summary: str, body: str) -> bool:
    """A feed's snippet is often the body's first words or a passage of it, clipped: no new text."""
    head = "".join(summary.split()).rstrip(".…")[:24]
    return len(head) >= 12 and head in "".join(body.split())


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
