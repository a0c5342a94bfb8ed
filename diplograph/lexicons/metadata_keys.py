"""The key lexicon: which field (title, published, modified, url, summary, body) a key of front matter, an
archive's columns or a page's metadata names. Keys are listed in lexicons/metadata_keys.tsv; a key it does not
list is read by its words (lexicons/metadata_words.tsv), so `articleTitle`, `pub_datetime`, `lastEditedOn` and
`新闻发布时间` name their field as plainly. Readers (ingest) and the cleaning stages share it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from diplograph.lexicons import read_rows

KEY_JUNK = re.compile(r"[\s_\-.:]+")
# a key's words: split at separators and case changes (`lastEditedOn`, `pageURL`, `pub_datetime`)
KEY_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
HAN = re.compile(r"[\u3400-\u9fff]")
DERIVED_RANK = 1 << 20  # a key read by its words ranks below every key the lexicon lists for its field
HAN_KEY_LEAD = 4  # characters a Chinese key may put before a listed key it ends with (`新闻` + `发布时间`)
WORD_KINDS = ("title", "url", "published", "time", "modified", "qualifier")  # the words a key is made of
NESTING = 2  # tables a record's or front matter's keys are looked for in (JSON:API's `data.attributes`)


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
    with a listed key after a short lead (`新闻发布时间`, `文章标题`). A language's code closing a key names the
    field in that language (`title_zh`, `content_en`)."""
    kinds = key_words()
    if HAN.search(key):
        return _han_field(norm_key(key), kinds["modified"])
    words = [w.lower() for w in KEY_WORD.findall(key)]
    if len(words) < 2 or "".join(words) != norm_key(key):  # one word is the lexicon's; `title2` is no key
        return None
    if words[-1] in kinds["language"]:  # `title_zh`, `bodyEn`: the field in one language
        return field_of("".join(words[:-1]))
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


def key_language(key: str) -> str | None:
    """The language code closing a key that names a field in that language (`title_zh` → `zh`), else None."""
    words = [w.lower() for w in KEY_WORD.findall(str(key))]
    if len(words) < 2 or words[-1] not in key_words()["language"] or "".join(words) != norm_key(key):
        return None
    return words[-1] if field_of("".join(words[:-1])) else None


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
