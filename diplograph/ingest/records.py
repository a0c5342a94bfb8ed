"""Multi-record files: CSV, JSON Lines and JSON arrays of articles, read row by row."""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from diplograph.doc import RawRecord
from diplograph.ingest.decoding import NotText, decode_bytes
from diplograph.lexicons.metadata_keys import NESTING, field_of, key_fields, key_language, nested_items, norm_key

TEXT_FIELDS = ("summary", "body")  # the record's text is its summary, then its body
DELIMITERS = (",", "\t", ";", "|")
DEFAULT_NESTING = 100
# a CMS's API wraps each text field in an object: WordPress `{"rendered": …}`, Drupal `{"value": …, "processed": …}`
WRAPPED_TEXT = ("rendered", "processed", "value", "#text", "text", "html")
JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
LINE_BREAK = re.compile(r"[\r\n]")
# a key naming a locale with its region or script (`en-US`, `zh-Hant`, `zh_TW`): a headless CMS (Contentful)
# keeps each field as a table of its translations, `{"en-US": "…"}`
LOCALE_KEY = re.compile(r"^[a-z]{2,3}[-_](?:[A-Z]{2}|[A-Z][a-z]{3}|\d{3})$")
BLOCK_PARTS = ("children", "data", "content")  # where a rich-text block keeps its text's parts
# an agency's API gives a field as its versions, each wrapped with its role or media type (ninjs 2.x:
# `"headlines": [{"value": …, "role": "main"}, {"value": …, "role": "sub"}]`, `"bodies": [{"value": …,
# "contenttype": "text/html"}, {"value": …, "contenttype": "text/plain"}]`): one is read, never all joined
VERSION_KEYS = ("role", "contenttype", "content_type", "mimetype", "mime_type")
MAIN_ROLE = "main"
ENVELOPE_DEPTH = 4  # objects a JSON export may wrap its array of records in (Ghost: `db[0].data.posts`)


def too_deep(data: str, limit: int) -> bool:
    """True when JSON `data` nests arrays and objects more than `limit` levels deep (brackets inside strings
    do not count). Checked before parsing: a parser and every later walk of the value would recurse as deep."""
    if data.count("[") + data.count("{") <= limit:
        return False
    depth = 0
    for m in JSON_TOKEN.finditer(data):
        c = m.group()[0]
        if c in "[{":
            depth += 1
            if depth > limit:
                return True
        elif c in "]}":
            depth -= 1
    return False


def _text(value: Any) -> str:
    """A field value as text that SQLite can store: lone surrogates (from JSON `\\ud800` escapes) become `?`."""
    return str(value).encode("utf-8", "replace").decode("utf-8")


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
        loose = (n for n in names if n and n not in found.values() and field_of(n) in (None, field)
                 and any(k in norm_key(n) for k in keys))
        if field not in found and (name := next(loose, None)):
            found[field] = name
    return found


def record_from_row(source: str, row: dict[str, Any], cols: dict[str, str], max_bytes: int,
                    whole: dict[str, Any] | None = None) -> RawRecord:
    """A record whose text is the summary and body of one row, its other scalar columns kept as fields; a
    record whose text is over `max_bytes` is an error record. `whole` is the record as read, when `row` is
    made from it: its identity."""
    summary, body = (_text(_joined(row.get(cols[k])) or "").strip() if k in cols else "" for k in TEXT_FIELDS)
    if summary and body and _restates(summary, body):
        summary = ""
    parts = [p for p in (summary, body) if p and p.upper() != "NA"]
    # of a record in several languages (`title_zh`, `title_en`, `content_en`), every field in the body's
    other = _other_languages(row, cols.get("body", ""))
    fields = {_text(k): _text(v) if isinstance(v, str) else v for k, v in row.items()
              if k not in cols.values() and k not in other and isinstance(v, (str, int, float))
              and str(v).strip() not in ("", "NA")}
    key = json.dumps(row if whole is None else whole, ensure_ascii=False, sort_keys=True,
                     default=str).encode("utf-8", "surrogatepass")
    data = "\n\n".join(parts).encode("utf-8")
    if len(data) > max_bytes:
        return RawRecord(source, b"", "record", {"_key": hashlib.sha256(key).hexdigest().encode()},
                         error=f"too large: record text of {len(data)} bytes > limit of {max_bytes} "
                               "(max_document_bytes)")
    fields["_key"] = key
    rec = RawRecord(source, data, "record", fields)
    if not parts:
        rec.error = "no text: the record's text columns are empty"
    return rec


def _other_languages(row: dict[str, Any], body: str) -> set[str]:
    """The keys that name a field in a language other than that of the body's key (`title_zh` beside
    `content_en`); none when the body's key names no language."""
    lang = key_language(body)
    return set() if lang is None else {k for k in row if (other := key_language(k)) and other != lang}


def _joined(value: Any) -> Any:
    """A text field given as a list of paragraphs (strings, or blocks holding their text: `{"type": "paragraph",
    "text": …}`, Portable Text's spans under `children`, Editor.js's `data`) as one text, a blank line between
    paragraphs; any other value as it is. A block with no text (an image) gives none."""
    if not isinstance(value, list):
        return value
    paragraphs = (_block_text(item) for item in value)
    return "\n\n".join(p.strip() for p in paragraphs if p and p.strip())


def _block_text(block: Any) -> str | None:
    """The text of one block of a rich-text field: its wrapped text, else the texts of its parts joined."""
    if isinstance(block, str):
        return block
    if not isinstance(block, dict):
        return None
    if isinstance(text := _unwrapped(block, 0), str):
        return text
    parts = next((block[k] for k in BLOCK_PARTS if isinstance(block.get(k), (list, dict))), None)
    if isinstance(parts, dict):
        return _block_text(parts)
    if not parts:
        return None
    # a paragraph's spans run on (`Hello ` + `world`); the items of a list or the blocks a block holds are
    # paragraphs of their own (`Fisheries quotas` / `Rail link`)
    nested = any(isinstance(p, str) or (isinstance(p, dict) and any(k in p for k in BLOCK_PARTS)) for p in parts)
    return ("\n\n" if nested else "").join(t.strip() if nested else t for t in map(_block_text, parts) if t)


class BoundedLines:
    """The lines of a text file for the CSV parser; a line over `limit` characters is passed over without
    being held in memory (an empty line, which the parser skips) and counted in `dropped`."""

    def __init__(self, f: Any, limit: int) -> None:
        self.f, self.limit, self.dropped = f, limit, 0

    def __iter__(self) -> BoundedLines:
        return self

    def __next__(self) -> str:
        line = self.f.readline(self.limit + 1)
        if not line:
            raise StopIteration
        if len(line) > self.limit and not line.endswith(("\n", "\r")):
            while (rest := self.f.readline(1 << 20)) and not rest.endswith(("\n", "\r")):
                pass
            self.dropped += 1
            return "\n"
        return line


def _rows(reader: Iterator[dict[str, Any]], lines: BoundedLines, source: str,
          limit: int) -> Iterator[tuple[int, dict[str, Any] | RawRecord]]:
    """Numbered rows, a row over `limit` as an error record in its place; a row the CSV parser refuses
    ends the file with an error record, since where the next row starts is then unknown."""
    n = dropped = 0
    while True:
        try:
            row: dict[str, Any] | None = next(reader)
        except StopIteration:
            row = None
        except csv.Error as exc:
            what = "too large" if "field limit" in str(exc) else "unreadable"
            yield n + 1, RawRecord(f"{source}#{n + 1}", b"", "record",
                                   error=f"{what}: row {n + 1}: {exc}; the rest of the file is not read")
            return
        while dropped < lines.dropped:
            dropped += 1
            n += 1
            yield n, RawRecord(f"{source}#{n}", b"", "record",
                               error=f"too large: row {n} is a line over {limit} characters (max_document_bytes)")
        if row is None:
            return
        n += 1
        yield n, row


def header_line(text: str) -> str:
    """The first line of a text, cut at the first carriage return or line feed (a lone `\r` inside it would make
    the CSV parser refuse the line)."""
    return LINE_BREAK.split(text, 1)[0]


def guess_delimiter(header: str) -> str:
    """The delimiter under which the header line reads as the most known column names, then the most columns.

    Judged on the header alone: counting tabs or commas over the rows misleads when the text holds them
    (Chinese prose puts tabs and full-width commas in a body column, never ASCII commas).
    """
    line = header_line(header)

    def rank(delim: str) -> tuple[int, int]:
        names = next(csv.reader([line], delimiter=delim), [])
        return len(map_columns(names)), len(names)

    return max(DELIMITERS, key=rank)


def _restates(summary: str, body: str) -> bool:
    """A feed's snippet is often the body's first words or a passage of it, clipped: no new text."""
    head = "".join(summary.split()).rstrip(".…")[:24]
    return len(head) >= 12 and head in "".join(body.split())


def read_csv(path: Path, source: str, max_bytes: int) -> Iterator[RawRecord]:
    """Rows of a CSV/TSV file, decoded with the encoding its first 64 KiB show; no line or field is read
    past `max_bytes` characters."""
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
        header = f.readline(65536)  # the names are at its start; a huge first line is not read whole
        f.seek(0)
        delimiter = "\t" if path.suffix.lower() == ".tsv" else guess_delimiter(header)
        csv.field_size_limit(max_bytes)  # global to the csv module; set by every read, so always this one's
        # extra values of a row longer than the header are kept under "_extra" (never under the key None)
        lines = BoundedLines(f, max_bytes)
        reader = csv.DictReader(lines, delimiter=delimiter, restkey="_extra")
        try:
            names = reader.fieldnames or []  # the header row is read here: the parser may refuse it too
        except csv.Error as exc:
            yield RawRecord(source, b"", "record", error=f"unreadable: the header row: {exc}")
            return
        cols = map_columns(names)
        if "body" not in cols and "summary" not in cols:
            yield RawRecord(source, b"", "record",
                            error=f"CSV has no text column (looked for body, text, content, summary); "
                                  f"columns: {', '.join(names)}")
            return
        for n, row in _rows(reader, lines, source, max_bytes):
            yield row if isinstance(row, RawRecord) else record_from_row(f"{source}#{n}", row, cols, max_bytes)


def _binary_lines(f: Any, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a binary file; a line over `limit` bytes is skipped unread (None)."""
    n = 0
    while line := f.readline(limit + 1):
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield n, None
        else:
            yield n, line


def read_jsonl(path: Path, source: str, max_bytes: int, max_nesting: int = DEFAULT_NESTING) -> Iterator[RawRecord]:
    """Objects of a JSON Lines file; a line that is not a JSON object, is over `max_bytes` or nests deeper
    than `max_nesting` becomes an error record."""
    with open(path, "rb") as f:
        for n, raw in _binary_lines(f, max_bytes):
            if raw is None:
                yield RawRecord(f"{source}#{n}", b"", "record",
                                error=f"too large: line {n} is over {max_bytes} bytes (max_document_bytes)")
                continue
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8-sig")
                if too_deep(text, max_nesting):
                    yield RawRecord(f"{source}#{n}", raw, "record",
                                    error=f"too deeply nested: line {n} nests more than {max_nesting} levels "
                                          "(max_nesting)")
                    continue
                obj = json.loads(text)
            except ValueError as exc:  # not UTF-8, not JSON, or a number of more digits than int() takes
                yield RawRecord(f"{source}#{n}", raw, "record", error=f"line {n} is not JSON: {exc}")
                continue
            yield from _object_record(f"{source}#{n}", obj, max_bytes)


def read_json(path: Path, source: str, max_bytes: int, max_nesting: int = DEFAULT_NESTING) -> Iterator[RawRecord]:
    """A JSON array of objects (or one object); arrays above the size limit are refused."""
    size = path.stat().st_size
    if size > max_bytes:
        yield RawRecord(source, b"", "record", error=f"too large: JSON file of {size} bytes > {max_bytes}; "
                                                     "use JSON Lines for large exports")
        return
    raw = path.read_bytes()
    try:
        text = decode_bytes(raw).text
        if too_deep(text, max_nesting):
            yield RawRecord(source, b"", "record", {"_key": raw},
                            error=f"too deeply nested: more than {max_nesting} levels (max_nesting)")
            return
        data = json.loads(text)
    except ValueError as exc:  # NotText, JSONDecodeError, or a number of more digits than int() takes
        yield RawRecord(source, b"", "record", error=f"not JSON: {exc}")
        return
    for n, obj in enumerate(_items(data), 1):
        yield from _object_record(f"{source}#{n}", obj, max_bytes)


def _items(data: Any) -> list[Any]:
    """The records of a JSON file: an array, or the array of objects an envelope holds (a JSON Feed's `items`,
    a news API's `articles`, a dump's `data`, a blog export's `db[0].data.posts`) when the object has no text
    of its own; of several arrays, the one whose objects hold a body (a blog export's tags and users beside
    its posts)."""
    if isinstance(data, list):
        return data
    lists = _record_lists(data, ENVELOPE_DEPTH)
    if len(lists) > 1:
        lists = [rows for rows in lists if "body" in _text_fields(rows[0])]
    return lists[0] if len(lists) == 1 else [data]


def _record_lists(value: Any, depth: int) -> list[list[Any]]:
    """The arrays of objects inside an envelope: an object holding no text, or an array of one such object,
    looked into `depth` levels down."""
    if depth < 0 or not isinstance(value, dict) or _text_fields(value):
        return []
    out: list[list[Any]] = []
    for v in value.values():
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            out += _record_lists(v[0], depth - 1) if len(v) == 1 and not _text_fields(v[0]) else [v]
        elif isinstance(v, dict):
            out += _record_lists(v, depth - 1)
    return out


def _text_columns(obj: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """A JSON object as a row (wrapped values unwrapped, nested tables lifted) and which columns of it hold
    its text."""
    row = _flattened({k: _unwrapped(v) for k, v in obj.items()})
    return row, map_columns(list(row))


def _text_fields(obj: dict[str, Any]) -> frozenset[str]:
    """The text fields (summary, body) an object holds as text of its own, a list of rich-text blocks included
    (Editor.js's `blocks`, a Portable Text `body`), not as an array of records (objects with a title)."""
    row, cols = _text_columns(obj)
    return frozenset(f for f, c in cols.items() if isinstance(row[c], str) or _block_list(row[c]))


def _block_list(value: Any) -> bool:
    """Whether a value is a rich-text field's list of blocks that reads as text: no item is a record, which
    has a title of its own."""
    return isinstance(value, list) and bool(value) \
        and not any(isinstance(v, dict) and any(field_of(k) == "title" for k in v) for v in value) \
        and bool(_joined(value))


def _unwrapped(value: Any, depth: int = NESTING) -> Any:
    """The text a CMS's API wraps in an object (`"title": {"rendered": "…"}`), in a one-item array of one
    (Drupal: `"title": [{"value": "…"}]`) or in a table of its translations (`{"en-US": "…"}`: the first),
    else the value itself, with the wrapped values of the tables in it, `depth` levels down, unwrapped too."""
    if isinstance(value, list) and len(value) == 1 and isinstance(inner := _unwrapped(value[0], 0), str):
        return inner
    if isinstance(value, list) and (version := _main_version(value)) is not None:
        return version
    if isinstance(value, dict):
        if value and all(LOCALE_KEY.match(str(k)) for k in value):
            return _unwrapped(next(iter(value.values())), depth)
        text = next((v for k in WRAPPED_TEXT if isinstance(v := value.get(k), str)), value)
        return {k: _unwrapped(v, depth - 1) for k, v in text.items()} if text is value and depth > 0 else text
    return value


def _main_version(values: list[Any]) -> str | None:
    """Of a field given as its versions (every item a wrapped text with a role or media type), the text of the
    one whose role is `main` (a role may carry its scheme: `hlrole:main`), else of the first; None for a list
    of anything else (paragraphs, blocks, items sharing one role)."""
    if len(values) < 2 or not all(isinstance(v, dict) and any(k in v for k in VERSION_KEYS)
                                  and isinstance(_unwrapped(v, 0), str) for v in values):
        return None
    kinds = [tuple(str(v.get(k, "")) for k in VERSION_KEYS) for v in values]
    if len(set(kinds)) < len(kinds):
        return None  # paragraphs sharing a role (`{"role": "paragraph", …}`): one text in parts, no versions
    main = [v for v in values if str(v.get("role", "")).rsplit(":", 1)[-1].lower() == MAIN_ROLE]
    return _unwrapped((main or values)[0], 0)


def _flattened(obj: dict[str, Any]) -> dict[str, Any]:
    """The record's values with those of its tables lifted to the top (a key met higher up wins): exports nest
    the text and metadata of an article (`article.body`, `meta.published_at`, `data.attributes.title`)."""
    if not any(isinstance(v, dict) for v in obj.values()):
        return obj
    flat: dict[str, Any] = {}
    for _, _, key, value in nested_items(obj):
        if not isinstance(value, dict):
            flat.setdefault(key, value)
    return flat


def _object_record(source: str, obj: Any, max_bytes: int) -> Iterator[RawRecord]:
    if not isinstance(obj, dict):
        yield RawRecord(source, b"", "record", error="record is not a JSON object")
        return
    row, cols = _text_columns(obj)
    if not cols:
        keys = ", ".join(map(_text, obj))
        yield RawRecord(source, b"", "record",
                        error=f"record has no text field (body, text, content, summary); keys: {keys}")
        return
    yield record_from_row(source, row, cols, max_bytes, obj)
