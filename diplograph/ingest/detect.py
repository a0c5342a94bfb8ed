"""Which reader a file needs, judged from its first bytes first and its name second."""

from __future__ import annotations

import csv
import gzip
import re
import zlib
from pathlib import Path

from diplograph.ingest.mime import MIME_EXT, is_mime
from diplograph.ingest.records import DELIMITERS, guess_delimiter, header_line
from diplograph.ingest.xmlstream import PROLOGUE
from diplograph.lexicons.metadata_keys import field_of

HTML_EXT = {".html", ".htm", ".shtml", ".xhtml"}
CSV_EXT = {".csv", ".tsv"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_OBJECT = re.compile(rb'\{\s*(?:"|\})')
JSON_ARRAY = re.compile(rb'\[\s*(?:\{|\]|"|$)')
# an XML feed or export: RSS 2.0 (WordPress exports too), RSS 1.0 (RDF) or Atom, after a declaration,
# comments, processing instructions (a stylesheet) or a doctype
FEED_START = re.compile(PROLOGUE + rb"<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
# a news agency's exchange format by its root element (XML names are case-sensitive): NITF, NewsML-G2 (a
# message or a bare item) or NewsML 1.x, the root's attributes kept to check its namespace
AGENCY_START = re.compile(PROLOGUE + rb"<(?:[\w.-]+:)?(nitf|newsMessage|newsItem|NewsML)\b([^>]*)", re.S)
G2_NAMESPACE = b"iptc.org/std/nar/"  # NewsML-G2's, `http://iptc.org/std/nar/2006-10-01/`
HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", re.I | re.S)
# bytes an XML root is looked for in: the prologue's nested repeats backtrack over the whole of a long head
# that holds no such root (an HTML page of 64 KB took seconds)
ROOT_REACH = 4096


def sniff(path: Path, head: bytes) -> str:
    """One of warc, mime, csv, jsonl, json, feed, agency, frontmatter, html, text."""
    name = path.name.lower()
    if head[:2] == b"\x1f\x8b":
        try:
            inner = _gunzip_head(path)
        except (OSError, EOFError, zlib.error):  # a damaged gzip is not an archive we can read
            inner = b""
        if inner.startswith(b"WARC/"):
            return "warc"
    if head.startswith(b"WARC/"):
        return "warc"
    text = head.lstrip(b"\xef\xbb\xbf")
    suffix = path.suffix.lower()
    if suffix in MIME_EXT or is_mime(text):
        return "mime"
    stripped = text.lstrip()
    if stripped.startswith(b"---") and re.match(rb"---[ \t]*\r?\n", stripped):
        return "frontmatter"
    if suffix in JSONL_EXT or (JSON_OBJECT.match(stripped) and b"\n{" in stripped[:65536]):
        return "jsonl"
    if JSON_ARRAY.match(stripped) or (suffix == ".json" and JSON_OBJECT.match(stripped)):
        return "json"
    if suffix in CSV_EXT:
        return "csv"
    if FEED_START.match(text[:ROOT_REACH]):
        return "feed"
    if _agency_root(text):
        return "agency"
    if suffix in HTML_EXT or HTML_START.match(text[:2048]):
        return "html"
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    return "csv" if _table_header(text) else "text"


def _agency_root(head: bytes) -> bool:
    """Whether the file opens with an agency format's root: NITF and NewsML 1.x by name, a NewsML-G2 message or
    item in G2's namespace (or none declared: another vocabulary's `newsItem` is not G2's)."""
    m = AGENCY_START.match(head[:ROOT_REACH])
    if m is None:
        return False
    root, attributes = m.groups()
    return root not in (b"newsMessage", b"newsItem") or G2_NAMESPACE in attributes or b"xmlns" not in attributes


def _table_header(head: bytes) -> bool:
    """Whether the first line is a table's header, whatever the file is called (`export.txt`): under its
    delimiter it names a text column and another field the key lexicon knows (title, date, url)."""
    line = header_line(head[:2048].decode("utf-8", "ignore"))
    if not any(d in line for d in DELIMITERS):
        return False
    names = next(csv.reader([line], delimiter=guess_delimiter(line)), [])
    fields = {field_of(n) for n in names if n}
    return bool(fields & {"body", "summary"}) and bool(fields & {"title", "published", "url"})


def _gunzip_head(path: Path) -> bytes:
    with gzip.open(path, "rb") as f:
        return f.read(16)
