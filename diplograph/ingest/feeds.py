"""XML feeds and exports: RSS 2.0, RSS 1.0 (RDF), Atom and WordPress export files (WXR), one record per item.

A feed holds many articles, each with its title, link, dates and text (the full text in `content:encoded` or
Atom `content`, a teaser in `description`/`summary`); read as one page it would be one document made of every
item. Items are read as they end (the file is never held whole), with their elements named as the key
lexicon knows them (`pubDate`, `content:encoded`, `post_date_gmt`, `dc.date`), so the record path reads them
like a row of a CSV export. Expat refuses entity expansion bombs and never fetches external entities.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from diplograph.doc import RawRecord
from diplograph.ingest.records import record_from_row
from diplograph.ingest.xmlstream import iter_items

ITEMS = frozenset({"item", "entry"})  # RSS and RDF items, Atom entries
# namespaces whose elements keep a prefix, as the key lexicon names them; others go by their local name
PREFIXES = {"purl.org/rss/1.0/modules/content": "content:", "purl.org/dc/elements": "dc.",
            "purl.org/dc/terms": "dcterms."}
TEXT_KEYS = ("content:encoded", "content", "description", "summary")


def _key(tag: str) -> str:
    """`{http://purl.org/rss/1.0/modules/content/}encoded` → `content:encoded`; `{…wordpress…}post_date` →
    `post_date`; `{…Atom}title` → `title`."""
    if not tag.startswith("{"):
        return tag.split(":")[-1]
    uri, local = tag[1:].split("}", 1)
    prefix = next((p for part, p in PREFIXES.items() if part in uri), "")
    return prefix + local


def _value(el: ET.Element) -> str:
    """An element's text; Atom `type="xhtml"` content (child elements) as its markup."""
    if len(el) and not (el.text or "").strip():
        return "".join(ET.tostring(child, encoding="unicode") for child in el)
    return (el.text or "").strip()


def _row(item: ET.Element) -> dict[str, Any]:
    """The item's fields: the first of each key wins, an Atom link's `href` (the article's own link first),
    an author's name, categories joined."""
    row: dict[str, Any] = {}
    categories = []
    for child in item:
        key = _key(child.tag)
        if key == "link" and child.get("href"):
            if child.get("rel", "alternate") == "alternate" or "link" not in row:
                row["link"] = child.get("href")
            continue
        if key == "author" and len(child):
            value = next((_value(c) for c in child if _key(c.tag) == "name"), "")
        elif key == "category":
            categories.append(child.get("term") or _value(child))
            continue
        else:
            value = _value(child)
        if value and key not in row:
            row[key] = value
    if categories:
        row["categories"] = ", ".join(c for c in categories if c)
    return row


def read_feed(path: Path, source: str, max_bytes: int, max_nesting: int) -> Iterator[RawRecord]:
    """One record per item of the feed; an item without text is an error record in its place, and a feed
    that breaks part way keeps the items before the break (the walk adds the error)."""
    for n, item in enumerate(iter_items(path, lambda root: ITEMS, max_bytes, max_nesting), 1):
        yield _record(f"{source}#{n}", _row(item), max_bytes)


def _record(source: str, row: dict[str, Any], max_bytes: int) -> RawRecord:
    """The item as a record: its full text (else its teaser) is the text, the rest are fields."""
    text_key = next((k for k in TEXT_KEYS if row.get(k)), None)
    cols = {"body": text_key} if text_key else {}
    rec = record_from_row(source, row, cols, max_bytes)
    if not text_key:
        rec.error = "no text: the feed item has no content, description or summary"
    return rec
