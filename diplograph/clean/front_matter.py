"""Front matter and the metadata blocks that open a page: YAML or TOML between fences, a JSON object, YAML
closed without an opening fence, a list of bold keys or a paragraph of `Key: value` lines.

Each reader returns the metadata as a mapping and where the content after it starts (0 when there is none).
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

import yaml

from diplograph.clean.bounded_yaml import TooLarge, load_yaml
from diplograph.lexicons.metadata_keys import field_of

# front matter: after any blank lines, YAML between `---` fences (Jekyll, Hexo, Pelican exports) or TOML
# between `+++` fences (Hugo)
FRONT_MATTER = re.compile(r"\A\ufeff?(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
# key lines (a value may go on over indented or list lines) closed by `---`, without an opening one
OPEN_FRONT_MATTER = re.compile(r"\ufeff?(?:[ \t]*\r?\n)*((?:[A-Za-z_][\w-]*[ \t]*:[^\r\n]*\r?\n"
                               r"(?:(?:[ \t]+\S|-[ \t])[^\r\n]*\r?\n)*){1,60})---[ \t]*(?:\r?\n|\Z)")
JSON_FRONT = re.compile(r"\ufeff?\s*\{")  # a text opening with an object: JSON front matter, if one closes
BLANK_TAIL = re.compile(r"[ \t]*\r?\n\s*")  # what ends that object's line, and the blank lines after it
LOOSE_KEY = re.compile(r"^([A-Za-z_][\w\-.:]*)\s*[:=]\s*(.*?)\s*$")
# a Markdown list of bold keys (`- **Published**: 2021-10-08`, `**Source:** …`): a crawl report's front matter
KEY_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?\*\*([^*\r\n:：]{1,40})(?:\*\*[ \t]*[:：]|[:：]\*\*)([^\r\n]*)\r?\n")
KEY_LIST_LEAD = re.compile(r"(?:[ \t]*(?:#{1,6}[ \t][^\r\n]*)?\r?\n)*")  # headings and blank lines before it
KEY_LIST_MIN = 3  # keys in a row that make a key list, not a bold lead-in of the article
# `Title: …` (Pelican, MultiMarkdown, mail headers), `#+TITLE: …` (Org mode) or `标题：…` (a Chinese scraper's dump)
PLAIN_KEY_LINE = re.compile(r"[ \t]*(?:#\+)?(?:([A-Za-z][A-Za-z0-9_ -]{0,30}):[ \t]+|([\u4e00-\u9fff]{1,8})[:：][ \t]*)"
                            r"(\S[^\r\n]*)(?:\r?\n|\Z)")
# the label a dump sets over its text (`正文：`, `Content:`), ending its key lines
BODY_LABEL = re.compile(r"[ \t]*([A-Za-z]{2,12}|[\u4e00-\u9fff]{1,6})[ \t]*[:：][ \t]*\r?\n")
# an AsciiDoc document header: `= Title`, then an author line and a revision line (`v1.2, 2021-10-08: note`)
# if any, then `:name: value` attributes, up to a blank line
ASCIIDOC_TITLE = re.compile(r"\ufeff?(?:[ \t]*\r?\n)*=[ \t]+(\S[^\r\n]*?)(?:[ \t]+=)?[ \t]*(?:\r?\n|\Z)")
# an author line: a few words, an address in angle brackets or several authors split by `;`, never a sentence
ASCIIDOC_AUTHOR = re.compile(r"[^.!?。;\r\n<]{1,60}(?:<[^>\s]+@[^>\s]+>)?(?:;[^\r\n]*)?")
ASCIIDOC_KEYS = {"revdate": "date", "author": "author", "description": "description"}  # attributes kept
ASCIIDOC_ATTR = re.compile(r":([A-Za-z0-9_][\w-]*):[ \t]*([^\r\n]*)(?:\r?\n|\Z)")
ASCIIDOC_LINE = re.compile(r"(?![:=\s])([^\r\n]+)(?:\r?\n|\Z)")
ASCIIDOC_REVISION = re.compile(r"(?:v?[\d.]+,\s*)?(\d{4}-\d{2}-\d{2}[^:]*|[A-Z][a-z]+ \d{1,2}, \d{4}[^:]*)(?::.*)?")
BLANK_LEAD = re.compile(r"\ufeff?(?:[ \t]*\r?\n)*")
# blank lines and at most one Markdown heading over a paragraph of keys (a Notion page's export: `# Title`, then its
# properties `Created: …`, `Tags: …`)
HEADED_LEAD = re.compile(r"\ufeff?(?:[ \t]*\r?\n)*(?:#{1,6}[ \t]+\S[^\r\n]*\r?\n(?:[ \t]*\r?\n)+)?")
BLANK_LINE = re.compile(r"[ \t]*(?:\r?\n|\Z)")


def front_matter(raw: str, max_values: int = 10000) -> tuple[dict[str, Any], int, str | None]:
    """The front matter (after any blank lines) as a dict, where the content after it starts (0 when none)
    and, for YAML refused as too large (an alias bomb), why: the content after it is still the article.

    YAML that does not parse (a stray tab in a value) is still read key by key, one `key: value` a line.
    """
    m = FRONT_MATTER.match(raw)
    if not m:
        data, end = json_front_matter(raw)
        return (data, end, None) if data else (*open_front_matter(raw, max_values), None)
    try:
        data = tomllib.loads(m.group(2)) if m.group(1) == "+++" else load_yaml(m.group(2), max_values)
    except TooLarge as exc:
        return {}, m.end(), str(exc)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        data = {}
        for line in m.group(2).splitlines():
            if (kv := LOOSE_KEY.match(line)) and kv.group(2):
                data.setdefault(kv.group(1), kv.group(2).strip("\"'"))
    return data, m.end(), None


def open_front_matter(raw: str, max_values: int) -> tuple[dict[str, Any], int]:
    """Front matter with only its closing `---` (Hexo reads it so): YAML key lines opening the text, up to a
    line `---`, when they name a title or a date; else ({}, 0)."""
    if (m := OPEN_FRONT_MATTER.match(raw)) is None:
        return {}, 0
    try:
        data = load_yaml(m.group(1), max_values)
    except (TooLarge, yaml.YAMLError, ValueError, RecursionError):
        return {}, 0
    if not isinstance(data, dict) or not any(field_of(str(k)) in ("title", "published") for k in data):
        return {}, 0
    return data, m.end()


def json_front_matter(raw: str) -> tuple[dict[str, Any], int]:
    """Front matter written as one JSON object (Hugo reads it so) and where the content after it starts, when
    text follows it on a line of its own; else ({}, 0)."""
    if (m := JSON_FRONT.match(raw)) is None:
        return {}, 0
    try:
        data, end = json.JSONDecoder().raw_decode(raw, m.end() - 1)
    except (ValueError, RecursionError):
        return {}, 0
    if not isinstance(data, dict) or not (rest := BLANK_TAIL.match(raw, end)) or rest.end() == len(raw):
        return {}, 0
    return data, rest.end()


def key_list(raw: str) -> tuple[dict[str, str], int]:
    """The metadata block opening a page, as a dict, and where it ends: a list of bold keys after the page's
    headings (a crawl report), or a first paragraph made only of `Key: value` lines (Pelican, MultiMarkdown,
    mail-like headers, Org mode's `#+KEY: value`, a Chinese dump's `标题：…`; under one heading, a Notion
    export's properties) naming a title or a date, ended by a blank line or by the label of the text (`正文：`)."""
    pos = KEY_LIST_LEAD.match(raw).end()
    data: dict[str, str] = {}
    while (m := KEY_LINE.match(raw, pos)) is not None:
        data.setdefault(m.group(1).strip(), m.group(2).strip())
        pos = m.end()
    if len(data) >= KEY_LIST_MIN:
        return data, pos
    if (adoc := asciidoc_header(raw))[0]:
        return adoc
    data, pos = {}, HEADED_LEAD.match(raw).end()
    while (m := PLAIN_KEY_LINE.match(raw, pos)) is not None:
        data.setdefault((m.group(1) or m.group(2)).strip(), m.group(3).strip())
        pos = m.end()
    if (label := BODY_LABEL.match(raw, pos)) is not None and field_of(label.group(1)) == "body":
        pos, ends_block = label.end(), True  # `正文：` on its own line: the text follows
    else:
        ends_block = BLANK_LINE.match(raw, pos) is not None
    if ends_block and len(data) >= 2 and any(field_of(k) in ("title", "published") for k in data):
        return data, pos
    return {}, 0


def asciidoc_header(raw: str) -> tuple[dict[str, str], int]:
    """An AsciiDoc document header (`= Title`, author and revision lines, `:revdate:` and other attributes) as
    a dict with its title and date, and where it ends; else ({}, 0)."""
    if (m := ASCIIDOC_TITLE.match(raw)) is None:
        return {}, 0
    data, pos = {"title": m.group(1).strip()}, m.end()
    while "date" not in data and (line := ASCIIDOC_LINE.match(raw, pos)) is not None:
        text = line.group(1).strip()
        revision = ASCIIDOC_REVISION.fullmatch(text)
        if revision is None and ("author" in data or not ASCIIDOC_AUTHOR.fullmatch(text) or len(text.split()) > 6):
            return {}, 0  # a line that is neither author nor revision: a text under a `= ` heading, no header
        data["date" if revision else "author"] = (revision or line).group(1).strip()
        pos = line.end()
    while (attr := ASCIIDOC_ATTR.match(raw, pos)) is not None:
        name = ASCIIDOC_KEYS.get(attr.group(1))
        if name and attr.group(2).strip():
            data[name] = attr.group(2).strip()
        pos = attr.end()
    return (data, pos) if BLANK_LINE.match(raw, pos) else ({}, 0)
