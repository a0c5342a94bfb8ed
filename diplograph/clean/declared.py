"""What a document declares about itself, from every place that keeps it, each value with where it came from.

Front matter, an archive's columns, HTML `<meta>` tags, JSON-LD and `<time datetime>` name their fields
in many ways (`post_date`, `pubDate`, `datePublished`, `article:published_time`…); one lexicon of key
families (lexicons/metadata_keys.tsv) reads them all, and tells publication from update and crawl times.
A key it does not list is read by its words (lexicons/metadata_words.tsv): `articleTitle`, `pub_datetime`,
`lastEditedOn`, `新闻发布时间` name their field as plainly, so a CMS not yet seen still declares its fields.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any

from resiliparse.parse.html import HTMLTree

from diplograph.lexicons import read_rows

KEY_JUNK = re.compile(r"[\s_\-.:]+")
# a key's words: split at separators and case changes (`lastEditedOn`, `pageURL`, `pub_datetime`)
KEY_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
HAN = re.compile(r"[\u3400-\u9fff]")
DERIVED_RANK = 1 << 20  # a key read by its words ranks below every key the lexicon lists for its field
HAN_KEY_LEAD = 4  # characters a Chinese key may put before a listed key it ends with (`新闻` + `发布时间`)
WORD_KINDS = ("title", "url", "published", "time", "modified", "qualifier")  # the words a key is made of
NESTING = 2  # tables a record's or front matter's keys are looked for in (JSON:API's `data.attributes`)
ABSOLUTE_URL = re.compile(r"^(?:https?:)?//\S+$|^www\.\S+$", re.I)
ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|WebPage|LiveBlogPosting", re.I)
LD_KEYS = {"headline": "title", "name": "title", "datePublished": "published", "dateCreated": "published",
           "dateModified": "modified", "url": "url", "mainEntityOfPage": "url"}
# where a value came from, most trusted first: what the archive or author declared, then the page's head
# (a canonical link names the page's address more surely than a `<meta name=url>`, often a logo's; schema.org
# microdata, `itemprop`, names its fields as JSON-LD does, more exactly than a `<meta name>`)
TRUST = ("record", "front_matter", "json-ld", "link", "microdata", "meta", "time", "page", "url")


def norm_key(key: str) -> str:
    """`post_date`, `postDate` and `post-date` compare equal."""
    return KEY_JUNK.sub("", str(key)).lower()


@cache
def key_fields() -> dict[str, tuple[str, int]]:
    """Normalised key → (field, rank within its field) from the lexicon."""
    out: dict[str, tuple[str, int]] = {}
    for row in read_rows("metadata_keys.tsv"):
        if len(row) >= 2:
            out.setdefault(norm_key(row[1]), (row[0], len(out)))
    return out


@cache
def key_words() -> dict[str, frozenset[str]]:
    """Kind (title, url, published, time, modified, qualifier, other) → its words, from the lexicon."""
    out: dict[str, set[str]] = {}
    for row in read_rows("metadata_words.tsv"):
        if len(row) >= 2:
            out.setdefault(row[0], set()).add(row[1])
    return {kind: frozenset(words) for kind, words in out.items()}


@lru_cache(maxsize=4096)
def key_field(key: str) -> tuple[str, int] | None:
    """(field, rank) a key names: a key the lexicon lists, else one read by its words, ranked after those."""
    if (hit := key_fields().get(norm_key(key))) is not None:
        return hit
    field = derived_field(str(key))
    return (field, DERIVED_RANK) if field else None


def field_of(key: str) -> str | None:
    """The field (title, published, modified, url, summary, body) a key names, if any."""
    hit = key_field(key)
    return hit[0] if hit else None


def derived_field(key: str) -> str | None:
    """The field a key not in the lexicon names by its words, every one of which must be known: a modified
    word anywhere makes it an update or crawl time (`lastEditedOn`, `crawl_datetime`); a title or url word last
    after qualifiers a title or address (`articleTitle`, `canonicalLink`); a publishing word, or a time word
    with qualifiers, a publication time (`publishedOn`, `pub_datetime`, `storyDate`). A Chinese key ends
    with a listed key after a short lead (`新闻发布时间`, `文章标题`)."""
    kinds = key_words()
    if HAN.search(key):
        return _han_field(norm_key(key), kinds["modified"])
    words = [w.lower() for w in KEY_WORD.findall(key)]
    if len(words) < 2 or "".join(words) != norm_key(key):  # one word is the lexicon's; `title2` is no key
        return None
    if any(w in kinds["modified"] for w in words):
        return "modified" if all(any(w in kinds[k] for k in WORD_KINDS) for w in words) else None
    lead = words[:-1]
    for field in ("title", "url"):
        if words[-1] in kinds[field] and all(w in kinds["qualifier"] for w in lead):
            return field
    dated = kinds["published"] | kinds["time"] | kinds["qualifier"]
    if all(w in dated for w in words) and (any(w in kinds["published"] for w in words) or (
            any(w in kinds["time"] for w in words) and any(w in kinds["qualifier"] for w in words))):
        return "published"
    return None


def _han_field(key: str, modified: frozenset[str]) -> str | None:
    if any(w in key for w in modified):
        return "modified"
    listed = [(k, f) for k, (f, _) in key_fields().items() if HAN.search(k) and key.endswith(k)]
    k, field = max(listed, key=lambda kf: len(kf[0]), default=("", None))
    return field if field and len(key) - len(k) <= HAN_KEY_LEAD else None


def nested_items(mapping: dict[str, Any], depth: int = NESTING) -> list[tuple[int, str, str, Any]]:
    """(depth, path, key, value) of a mapping's keys, then of the tables under them down to `depth` levels
    (Hugo's `[params]`, a CMS's `meta:` or `seo:`, JSON:API's `data.attributes`), level by level; a table
    whose key names something else (`author`, `image`, `publisher`, `source`) holds none of the page's."""
    other = key_words()["other"]
    out: list[tuple[int, str, str, Any]] = []
    level = [("", mapping)]
    for d in range(depth + 1):
        below = []
        for prefix, table in level:
            for k, v in table.items():
                path = f"{prefix}{k}"
                out.append((d, path, str(k), v))
                if isinstance(v, dict) and not any(w.lower() in other for w in KEY_WORD.findall(str(k))):
                    below.append((path + ".", v))
        level = below
    return out


def _text(value: Any) -> str | None:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text if text and text.upper() != "NA" else None
    return None


def entry(field: str, value: str, where: str) -> dict[str, str]:
    return {"field": field, "value": value, "from": where}


def from_mapping(mapping: dict[str, Any], where: str, fields: tuple[str, ...] = ("title", "published",
                 "modified", "url")) -> list[dict[str, str]]:
    """Entries for the keys of a front matter or record that name a known field, best key first; the keys of
    a table further down (Hugo's `[params]`, Zola's `[extra]`) come after every key of the level above."""
    found = []
    for depth, path, key, value in nested_items(mapping):
        hit = key_field(key)
        text = _text(value)
        if hit is None or hit[0] not in fields or text is None:
            continue
        if hit[0] == "url" and not ABSOLUTE_URL.match(text):
            continue  # `source: 新华网` names the outlet, a relative permalink no page
        found.append(((depth, hit[1]), entry(hit[0], text, f"{where}:{path}")))
    return [e for _, e in sorted(found, key=lambda x: x[0])]


def from_html(tree: HTMLTree) -> list[dict[str, str]]:
    """Entries from JSON-LD, microdata, `<meta>` tags, `<link rel=canonical>` and `<time datetime>`, in that
    order."""
    doc = tree.document
    if doc is None:
        return []
    out = _json_ld(tree)
    metas: dict[str, str] = {}
    items: dict[str, str] = {}
    # values(): the nodes at once; iterating the collection makes each node anew for every later one
    for node in doc.query_selector_all("meta[content], meta[value], [itemprop][content]").values():
        content = (node.getattr("content") or node.getattr("value") or "").strip()
        for attr, into in (("itemprop", items), ("property", metas), ("name", metas)):
            # `name="x" itemprop="datePublished"`: both are keys
            if content and (key := node.getattr(attr)) and key_field(key) is not None:
                into.setdefault(key, content)
    # an `itemprop="url"` may be an author's or an image's: microdata gives titles and times only
    out += from_mapping(items, "microdata", ("title", "published", "modified")) + from_mapping(metas, "meta")
    link = doc.query_selector('link[rel="canonical"]')
    if link is not None and ABSOLUTE_URL.match(link.getattr("href") or ""):
        out.append(entry("url", link.getattr("href"), "link:canonical"))
    # the article's own time before one of a list of latest stories beside it
    time = next((t for sel in ("article time[datetime]", "main time[datetime]", "time[datetime]")
                 if (t := doc.query_selector(sel)) is not None), None)
    if time is not None and (stamp := (time.getattr("datetime") or "").strip()):
        label = " ".join(filter(None, (time.getattr("itemprop"), time.getattr("class"))))
        field = "modified" if re.search(r"modif|updat", label, re.I) else "published"
        out.append(entry(field, stamp, "time[datetime]"))
    # the hAtom microformat (Blogger, older blog themes): the machine-readable time in the title of `.published`
    hatom = doc.query_selector("abbr.published[title]")
    if hatom is not None and (stamp := (hatom.getattr("title") or "").strip()):
        out.append(entry("published", stamp, "time[hatom]"))
    return out


def _json_ld(tree: HTMLTree) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for node in tree.document.query_selector_all('script[type="application/ld+json"]').values():
        try:
            data = json.loads(node.text)
        except (ValueError, TypeError):
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and ARTICLE_TYPES.search(k) for k in kinds):
                continue
            for key, field in LD_KEYS.items():
                value = obj.get(key)
                if isinstance(value, dict):
                    value = value.get("@id") or value.get("url")
                text = _text(value)
                if text and (field != "url" or ABSOLUTE_URL.match(text)):
                    out.append(entry(field, text, f"json-ld:{key}"))
            if out:
                return out
    return out


def _ld_objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block, its @graph included (a bounded walk: pages nest these shallowly)."""
    if depth > 3:
        return []
    if isinstance(data, list):
        return [o for item in data for o in _ld_objects(item, depth + 1)]
    if isinstance(data, dict):
        return [data] + _ld_objects(data.get("@graph"), depth + 1) if "@graph" in data else [data]
    return []


def first(entries: list[dict[str, str]], field: str) -> dict[str, str] | None:
    """The most trusted entry for a field (entries come in order of trust)."""
    return next((e for e in entries if e["field"] == field), None)


def by_trust(entries: list[dict[str, str]]) -> list[dict[str, str]]:
    """Entries sorted by the trust of their origin, keeping the order within an origin."""
    def rank(e: dict[str, str]) -> int:
        origin = e["from"].split(":", 1)[0].split("[", 1)[0]
        return TRUST.index(origin) if origin in TRUST else len(TRUST)
    return sorted(entries, key=rank)
