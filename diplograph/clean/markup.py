"""Markup to lines: HTML through resiliparse, YAML front matter, Markdown, plain text.

Every line keeps its way back to the raw characters, so later spans can be shown in the source.
"""

from __future__ import annotations

import html as htmllib
import re
from typing import Any

import yaml
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

from diplograph.clean.pieces import NO_SPAN, line_from_text, pieces_from_spans, regex_edit, split_lines, strip_line
from diplograph.doc import Document, Line, Piece
from diplograph.registry import component

FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
HTML_HINT = re.compile(r"<(?:p|div|br|span|a|html|body|article|section|h[1-6]|table|li)\b", re.I)
SKIP = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
LINK_OPEN = re.compile(r"<a\b", re.I)
LINK_CLOSE = re.compile(r"</a\s*>", re.I)
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);?")
NON_SPACE = re.compile(r"\S+")
META_TITLE = ("og:title", "twitter:title", "title", "headline", "dc.title")
META_DATE = ("article:published_time", "og:published_time", "published_time", "pubdate", "publishdate",
             "publish_date", "datepublished", "date", "dc.date", "dc.date.issued", "sailthru.date",
             "parsely-pub-date", "article:modified_time")
FM_TITLE = ("title", "headline")
FM_DATE = ("published_time", "published", "date", "pubdate", "publish_date", "created", "modified_time")
FM_URL = ("link", "url", "source_url", "canonical", "permalink")
WRAP_WIDTH = 120  # hard-wrapped Markdown stays under this many characters a line
BLOCK_START = re.compile(r"\s{0,3}(?:[-*+]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\||```)")
PARAGRAPH_END = ("。", "！", "？", "”", "」", ".", "!", "?", ":", "：", '"')
HAN_START = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
MD_EDITS = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), lambda m: ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), lambda m: 1),  # links keep their words
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))"), lambda m: ""),  # headings, quotes, bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), lambda m: 2),  # bold
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), lambda m: 1),  # escapes
]


class VisibleText:
    """The visible characters of an HTML page (white space dropped) with each one's raw offset."""

    def __init__(self, raw: str) -> None:
        chunks: list[str] = []
        offs: list[int] = []
        ends: list[int] = []
        self.link_spans: list[tuple[int, int]] = []  # visible-text ranges inside <a> elements
        pos = 0
        link_start = -1
        for m in SKIP.finditer(raw):
            self._add(raw, pos, m.start(), chunks, offs, ends)
            pos = m.end()
            tag = m.group()
            if LINK_OPEN.match(tag):
                link_start = len(offs)
            elif LINK_CLOSE.match(tag) and link_start >= 0:
                self.link_spans.append((link_start, len(offs)))
                link_start = -1
        self._add(raw, pos, len(raw), chunks, offs, ends)
        self.text = "".join(chunks)
        self.offsets = offs
        self.ends = ends
        self.cursor = 0
        self._in_link = bytearray(len(offs))
        for a, b in self.link_spans:
            self._in_link[a:b] = b"\x01" * (b - a)

    @staticmethod
    def _add(raw: str, a: int, b: int, chunks: list[str], offs: list[int], ends: list[int]) -> None:
        """Append the visible characters of raw[a:b]; entities become the characters they stand for."""
        if a >= b:
            return
        run = raw[a:b]
        last = 0
        if "&" in run:  # a bare `&` (`Tom & Jerry`) is no entity: it stays in the plain stretch
            for m in ENTITY.finditer(run):
                VisibleText._add_plain(raw, a + last, a + m.start(), chunks, offs, ends)
                ch = "".join(c for c in htmllib.unescape(m.group()) if not c.isspace())
                chunks.append(ch)
                offs.extend([a + m.start()] * len(ch))
                ends.extend([a + m.end()] * len(ch))
                last = m.end()
        VisibleText._add_plain(raw, a + last, b, chunks, offs, ends)

    @staticmethod
    def _add_plain(raw: str, a: int, b: int, chunks: list[str], offs: list[int], ends: list[int]) -> None:
        for m in NON_SPACE.finditer(raw, a, b):
            chunks.append(m.group())
            offs.extend(range(m.start(), m.end()))
            ends.extend(range(m.start() + 1, m.end() + 1))

    def locate(self, line: str, raw: str) -> Line:
        """The line with each character mapped to the raw offset it was found at (in page order)."""
        key = "".join(line.split())
        k = self.text.find(key, self.cursor) if key else -1
        if k < 0 and key:
            k = self.text.find(key)
        if k < 0:
            return line_from_text(line, [NO_SPAN] * len(line))
        self.cursor = k + len(key)
        linked = sum(self._in_link[k:k + len(key)]) / max(1, len(key))
        spans: list[tuple[int, int]] = []  # raw [start, end) of each character of the line
        j = k
        prev_end = -1
        for ch in line:
            if ch.isspace():
                ok = 0 <= prev_end < len(raw) and raw[prev_end] == ch
                spans.append((prev_end, prev_end + 1) if ok else (-1, -1))
                if ok:
                    prev_end += 1
            else:
                spans.append((self.offsets[j], self.ends[j]))
                prev_end = self.ends[j]
                j += 1
        out = Line(pieces_from_spans(line, spans))
        out.link_ratio = linked
        return out


def html_hints(tree: HTMLTree) -> dict[str, Any]:
    """Title, publication time and language that the page's head declares."""
    hints: dict[str, Any] = {}
    doc = tree.document
    if doc is None:
        return hints
    metas: dict[str, str] = {}
    for node in doc.query_selector_all("meta"):
        key = next((node.getattr(k) for k in ("property", "name", "itemprop", "http-equiv") if node.getattr(k)), "")
        content = (node.getattr("content") or "").strip()
        if key and content and key.lower() not in metas:
            metas[key.lower()] = content
    titles = [metas[k] for k in META_TITLE if metas.get(k)]
    if tree.title and tree.title.strip():
        titles.append(tree.title.strip())
    if titles:
        hints["title_candidates"] = titles
    h1 = doc.query_selector("h1")
    if h1 is not None and h1.text.strip():
        hints["h1"] = h1.text.strip()
    published = next((metas[k] for k in META_DATE if metas.get(k)), None)
    if published:
        hints["published_raw"] = published
    root = doc.query_selector("html")
    if root is not None and root.getattr("lang"):
        hints["declared_lang"] = root.getattr("lang")
    return hints


def html_lines(tree: HTMLTree, raw: str, start: int = 0) -> list[Line]:
    """Main text of an HTML page (or fragment) parsed as `tree`, as lines mapped back into `raw`."""
    page = raw[start:]
    # noscript=True: pages whose <noscript> is left unclosed would otherwise lose everything after it
    options = {"alt_texts": False, "links": False, "list_bullets": False, "noscript": True}
    text = extract_plain_text(tree, main_content=True, **options)
    if len(text.strip()) < 20:  # fragments: the main-content heuristics may drop everything
        text = extract_plain_text(tree, main_content=False, **options)
    vis = VisibleText(page)
    lines = []
    for ln in text.splitlines():
        if not ln.strip():
            continue
        line = vis.locate(ln, page)
        if start:
            line = _shift(line, start)
        lines.append(line)
    return lines


def _shift(line: Line, by: int) -> Line:
    return Line([Piece(p.text, p.raw_start + by if p.raw_start >= 0 else -1,
                       p.raw_end + by if p.raw_start >= 0 else -1) for p in line.pieces], line.label,
                line.link_ratio)


def markdown_lines(raw: str, start: int = 0) -> list[Line]:
    """Paragraphs of Markdown (hard-wrapped lines joined) without images, link targets, marks, escapes."""
    out = []
    for para in re.finditer(r"(?:[^\r\n]*\S[^\r\n]*(?:\r?\n|$))+", raw[start:]):
        lines = [strip_line(ln) for ln in split_lines(raw, start + para.start(), start + para.end())]
        for group in _wrapped_groups([ln for ln in lines if ln.text]):
            pieces: list[Piece] = []
            for i, line in enumerate(group):
                if i and not (_ends_han(pieces[-1].text) and HAN_START.match(line.text)):
                    pieces.append(Piece(" ", -1, -1))
                pieces.extend(line.pieces)
            line = Line(pieces)
            for pattern, repl in MD_EDITS:
                line = regex_edit(line, pattern, repl)
            line = strip_line(line)
            if line.text:
                out.append(line)
    return out


def _ends_han(text: str) -> bool:
    return bool(text) and HAN_START.match(text[-1]) is not None


def _wrapped_groups(lines: list[Line]) -> list[list[Line]]:
    """Source lines grouped into paragraphs: a line joins the one before only when that one was hard-wrapped.

    Hard-wrapped text keeps every line under a fixed width and breaks mid-sentence; a paragraph with a line
    past that width is one-paragraph-per-line text (crawled pages, exports), and a line opening with a list,
    heading, quote or table mark, or following a finished sentence, starts a paragraph of its own.
    """
    if not lines:
        return []
    if max(len(ln.text) for ln in lines) > WRAP_WIDTH:
        return [[ln] for ln in lines]
    groups = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if BLOCK_START.match(line.text) or prev.text.endswith(PARAGRAPH_END):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _first(data: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in data.items()}
    for k in keys:
        if lowered.get(k) not in (None, ""):
            return lowered[k]
    return None


def front_matter(raw: str) -> tuple[dict[str, Any], int]:
    """The YAML front matter as a dict and where the content after it starts (0 when none)."""
    m = FRONT_MATTER.match(raw)
    if not m:
        return {}, 0
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, 0
    return (data if isinstance(data, dict) else {}), m.end()


def looks_like_html(text: str) -> bool:
    """True when the text carries enough tags to be HTML rather than prose."""
    return len(HTML_HINT.findall(text[:20000])) >= 2


@component("markup", requires=("raw",), assigns=("lines", "hints"))
def make_markup(**_):
    """Turn the raw text into lines, whatever its markup, and collect what the markup says."""

    def markup(doc: Document) -> Document:
        raw = doc.raw
        fm, start = front_matter(raw) if doc.fmt in ("text", "frontmatter", "html") else ({}, 0)
        if fm:
            doc.hints["front_matter"] = {k: str(v) for k, v in fm.items()}
            if (t := _first(fm, FM_TITLE)) is not None:
                doc.hints["title_given"] = str(t)
            if (d := _first(fm, FM_DATE)) is not None:
                doc.hints["published_raw"] = d
            if (u := _first(fm, FM_URL)) is not None:
                doc.hints["url"] = str(u)
        for key in ("title", "published", "url"):
            if doc.fields.get(key):
                doc.hints[{"title": "title_given", "published": "published_raw"}.get(key, key)] = doc.fields[key]
        content = raw[start:]
        if doc.fmt in ("html", "warc-html") or looks_like_html(content):
            tree = HTMLTree.parse(content)  # parsed once: the head's metadata and the main text
            if not fm:
                for k, v in html_hints(tree).items():
                    doc.hints.setdefault(k, v)
            doc.lines = html_lines(tree, raw, start)
            doc.hints["structured"] = bool(fm or doc.fields)
        elif fm:
            doc.lines = markdown_lines(raw, start)
            doc.hints["structured"] = True
        else:
            doc.lines = split_lines(raw)
            doc.hints["structured"] = bool(doc.fields)
        if not doc.lines:
            doc.error = "no text: the markup holds no visible text"
        return doc

    return markup
