"""What a document declares about itself, from every place that keeps it, each value with where it came from.

Front matter, an archive's columns, HTML `<meta>` tags, JSON-LD and `<time datetime>` name their fields
in many ways (`post_date`, `pubDate`, `datePublished`, `article:published_time`…); one lexicon of key
families reads them all (`diplograph.lexicons.metadata_keys`, shared with the readers), keys it does not list
by their words, and tells publication from update and crawl times.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from resiliparse.parse.html import DOMNode, HTMLTree

from diplograph.lexicons.metadata_keys import key_field, nested_items

ABSOLUTE_URL = re.compile(r"^(?:https?:)?//\S+$|^www\.\S+$", re.I)
# an address of a picture, a recording or an API's record (`uri` of an export), not of the page
NOT_A_PAGE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|mp[34]|m4a|m3u8|webm|mov|wav)(?:[?#]\S*)?$"
                        r"|^(?:https?:)?//api\.|/api/", re.I)
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$")  # `en`, `zh-TW`, `zh-Hant-HK`, `en_US`
ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|WebPage|LiveBlogPosting", re.I)
LD_KEYS = {"headline": "title", "name": "title", "datePublished": "published", "dateCreated": "published",
           "dateModified": "modified", "url": "url", "mainEntityOfPage": "url"}
# a time labelled as an update (`class="updated"`, `Updated: <time …>`, `最後更新：`), no publication
UPDATE_WORDS = re.compile(r"modif|updat|revised|edited|更新|修改", re.I)
PUBLISH_WORDS = re.compile(r"publish|posted|发布|發布|發佈", re.I)  # `class="published updated"`: the first
TIME_LABEL_CHARS = 24  # the text just before a `<time>` that may label it
# where a value came from, most trusted first: what the archive or author declared, then the page's head
# (a canonical link names the page's address more surely than a `<meta name=url>`, often a logo's; schema.org
# microdata, `itemprop`, names its fields as JSON-LD does, more exactly than a `<meta name>`)
TRUST = ("record", "front_matter", "json-ld", "link", "microdata", "meta", "time", "page", "url")


def page_address(text: str) -> bool:
    """Whether a declared address can be the page's: absolute, and no picture's, recording's or API's."""
    return bool(ABSOLUTE_URL.match(text)) and not NOT_A_PAGE.search(text)


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
                 "modified", "url", "language")) -> list[dict[str, str]]:
    """Entries for the keys of a front matter or record that name a known field, best key first; the keys of
    a table further down (Hugo's `[params]`, Zola's `[extra]`) come after every key of the level above."""
    found = []
    for depth, path, key, value in nested_items(mapping):
        hit = key_field(key)
        text = _text(value)
        if hit is None or hit[0] not in fields or text is None:
            continue
        if hit[0] == "url" and not page_address(text):
            continue  # `source: 新华网` names the outlet, a relative permalink or a picture's address no page
        if hit[0] == "language" and not LANGUAGE_TAG.match(text):
            continue  # `language: English` or a list of them: no tag
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
    out += _times(doc)
    # the hAtom microformat (Blogger, older blog themes): the machine-readable time in the title of `.published`
    hatom = doc.query_selector("abbr.published[title]")
    if hatom is not None and (stamp := (hatom.getattr("title") or "").strip()):
        out.append(entry("published", stamp, "time[hatom]"))
    return out


def _times(doc: DOMNode) -> list[dict[str, str]]:
    """The article's own `<time datetime>` (before one of a list of latest stories beside it), and an update's
    time printed just before it: a time whose attributes or label (`Updated:`, `更新時間：`) name an update and
    not the publishing is none; the next time counts only in the same block (`<p>Published: <time>`)."""
    times = next((found for sel in ("article time[datetime]", "main time[datetime]", "time[datetime]")
                  if (found := doc.query_selector_all(sel).values())), [])
    out = []
    for time in times[:2]:
        if not (stamp := (time.getattr("datetime") or "").strip()) or (
                out and _block(time) != _block(times[0])):
            break
        label = " ".join(filter(None, (time.getattr("itemprop"), time.getattr("class"),
                                       time.prev.text[-TIME_LABEL_CHARS:] if time.prev is not None else "")))
        update = UPDATE_WORDS.search(label) is not None and PUBLISH_WORDS.search(label) is None
        out.append(entry("modified" if update else "published", stamp, "time[datetime]"))
        if not update:
            break
    return out


def _block(node: DOMNode) -> DOMNode | None:
    """The element around a `<time>`'s own line: its parent's parent (`<div><p>Updated: <time>`)."""
    return node.parent.parent if node.parent is not None else None


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
                if text and (field != "url" or page_address(text)):
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
