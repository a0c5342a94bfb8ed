"""Markup to lines: HTML through resiliparse, YAML front matter, Markdown, plain text.

Every line keeps its way back to the raw characters, so later spans can be shown in the source.
"""

from __future__ import annotations

import html as htmllib
import re
import tomllib
from array import array
from typing import Any

import yaml
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

from diplograph.clean.bounded_yaml import TooLarge, load_yaml
from diplograph.clean.declared import entry, field_of, from_html, from_mapping
from diplograph.clean.pieces import NO_SPAN, line_from_text, pieces_from_spans, regex_edit, split_lines, strip_line
from diplograph.doc import Document, Line, Piece
from diplograph.registry import component

# front matter: after any blank lines, YAML between `---` fences (Jekyll, Hexo, Pelican exports) or TOML
# between `+++` fences (Hugo)
FRONT_MATTER = re.compile(r"\A\ufeff?(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's loader when built with it: ~10x faster
LOOSE_KEY = re.compile(r"^([A-Za-z_][\w\-.:]*)\s*[:=]\s*(.*?)\s*$")
HTML_HINT = re.compile(r"<(?:p|div|br|span|a|html|body|article|section|h[1-6]|table|li)\b", re.I)
SKIP = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
MAIN_CONTENT_FLOOR = 1000  # characters under which the main-content text is checked against the whole page
LINK_OPEN = re.compile(r"<a\b", re.I)
LINK_CLOSE = re.compile(r"</a\s*>", re.I)
DEEP_CHAIN = " > ".join(["*"] * 256)  # an element 256 levels down (lexbor answers this in microseconds)
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);?")
ENTITY_REF = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
NON_SPACE = re.compile(r"\S+")
WRAP_WIDTH = 120  # hard-wrapped Markdown stays under this many characters a line
BLOCK_START = re.compile(r"\s{0,3}(?:[-*+]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\||```|(?:-{3,}|\*{3,}|_{3,})\s*$)")
PARAGRAPH_END = ("。", "！", "？", "”", "」", ".", "!", "?", ":", "：", '"')
HAN_START = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
ONE_LINE_BLOCK = re.compile(r"\s{0,3}(?:#{1,6}\s|(?:-{3,}|\*{3,}|_{3,})\s*$)")  # a heading or a rule
MD_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(\S.*)$", re.M)  # closing #s stripped where the text is read
# a crawler's outline of the page's headings, one a bullet (`- # Headline`, `  - ## Section`)
OUTLINE_HEADING = re.compile(r"^[ \t]*[-*+][ \t]+(#{1,6})[ \t]+(\S.*)$", re.M)  # closing #s stripped after
# a Markdown list of bold keys (`- **Published**: 2021-10-08`, `**Source:** …`): a crawl report's front matter
KEY_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?\*\*([^*\r\n:：]{1,40})(?:\*\*[ \t]*[:：]|[:：]\*\*)([^\r\n]*)\r?\n")
KEY_LIST_LEAD = re.compile(r"(?:[ \t]*(?:#{1,6}[ \t][^\r\n]*)?\r?\n)*")  # headings and blank lines before it
KEY_LIST_MIN = 3  # keys in a row that make a key list, not a bold lead-in of the article
PLAIN_KEY_LINE = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9_ -]{0,30}):[ \t]+(\S[^\r\n]*)(?:\r?\n|\Z)")
BLANK_LEAD = re.compile(r"\ufeff?(?:[ \t]*\r?\n)*")
BLANK_LINE = re.compile(r"[ \t]*(?:\r?\n|\Z)")
HOST_NAME = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/?$")  # `www.example.com`: a crawler's heading
OPENING_HEADING = re.compile(r"\ufeff?\s*#{1,6}[ \t]+\S")  # `# Title` as a text's first line
MD_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")
# Markdown signs, and a CMS shortcode opening a line (`[caption id="1"]`, `[ad_1]`): a blog export's raw text,
# which the Markdown path reads (inline HTML and shortcodes dropped)
MD_HINT = re.compile(r"^ {0,3}#{1,6}[ \t]+\S|^-{3,}\s*$|\]\((?:https?://|/|\.{0,2}/?\w)[^)]*\)|^\s*\*\*\S"
                     r"|^\[/?[a-z][a-z0-9_]*(?:\s[^\]\n]*)?\]", re.M)
MD_EDITS = [
    (re.compile(r"<(script|style|figure|figcaption)\b.*?</\1\s*>|<!--.*?-->", re.I), lambda m: ""),  # inline HTML
    (re.compile(r"</?(?:b|i|em|strong|span|a|u|small|sup|sub|font|mark|abbr|cite|code|s|strike)\b[^<>]*>", re.I),
     lambda m: ""),  # inline tags leave their text in place
    (re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>"), lambda m: " "),  # block tags leave a space
    (re.compile(r"\[(caption|embed|video|audio|gallery|playlist|youtube|tweet)\b[^\]]*\].*?\[/\1\]", re.I),
     lambda m: ""),  # a CMS caption or embedded media
    (re.compile(r"\[/?[a-z][a-z0-9_-]*(?:\s[^\]]*)?\](?![(\[])"), lambda m: ""),  # shortcodes: [ad_1], [embed …]
    (re.compile(r"\{:[^}]*\}"), lambda m: ""),  # kramdown attribute lists {:start="1"}
    (re.compile(r"\[\[(?:[a-z]{2,3}:)?(?:[^\]|]*\|)?([^\]|]+)\]\]"), lambda m: 1),  # wiki links [[zh:法国]]
    (re.compile(r"`([^`]*)`"), lambda m: 1),  # inline code marks
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), lambda m: ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), lambda m: 1),  # links keep their words
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))"), lambda m: ""),  # headings, quotes, bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), lambda m: 2),  # bold
    (re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), lambda m: 1),  # _italics_ (not snake_case)
    (re.compile(r"\*{2,}"), lambda m: ""),  # bold marks left unpaired
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), lambda m: 1),  # escapes
    (ENTITY_REF, lambda m: htmllib.unescape(m.group())),  # character references (`Lee&#x27;s`), as HTML reads them
]


class VisibleText:
    """The visible characters of an HTML page (white space dropped) with each one's raw offset."""

    def __init__(self, raw: str) -> None:
        chunks: list[str] = []
        # machine integers, not Python ones: a list held ~36 bytes a character of the page, an array holds 8
        offs = array("q")
        ends = array("q")
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
    def _add(raw: str, a: int, b: int, chunks: list[str], offs: array, ends: array) -> None:
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
    def _add_plain(raw: str, a: int, b: int, chunks: list[str], offs: array, ends: array) -> None:
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
    """What the page's head declares (JSON-LD, meta, canonical link, time), its <title>, <h1> and language."""
    hints: dict[str, Any] = {"declared": from_html(tree)}
    doc = tree.document
    if doc is None:
        return hints
    if tree.title and tree.title.strip():
        hints["declared"].append(entry("title", " ".join(tree.title.split()), "page:title"))
    h1 = doc.query_selector("h1")
    if h1 is not None and h1.text.strip():
        hints["h1"] = h1.text.strip()
    root = doc.query_selector("html")
    if root is not None and root.getattr("lang"):
        hints["declared_lang"] = root.getattr("lang")
    return hints


def html_lines(tree: HTMLTree, raw: str, start: int = 0) -> tuple[list[Line], bool]:
    """Main text of an HTML page (or fragment) parsed as `tree`, as lines mapped back into `raw`, and whether
    they are the main-content step's choice (True) or the whole page's text (False)."""
    page = raw[start:]
    # noscript=True: pages whose <noscript> is left unclosed would otherwise lose everything after it
    options = {"alt_texts": False, "links": False, "list_bullets": False, "noscript": True}
    # the main-content heuristics take time growing with the square of the nesting depth (40,000 unclosed
    # tags: minutes); a page nested that deep gets all its text, and our block classifier alone judges it
    deep = tree.document is not None and tree.document.query_selector(DEEP_CHAIN) is not None
    text = "" if deep else extract_plain_text(tree, main_content=True, **options)
    vis = VisibleText(page)
    if len(text) < MAIN_CONTENT_FLOOR and len(vis.text) > 4 * len("".join(text.split())):
        # the main-content step can keep a few dozen characters of a long article (or nothing of a fragment):
        # then the whole page's text goes to the block classifier, which finds the article run itself
        text = ""
    main = bool(text)
    if not main:
        text = extract_plain_text(tree, main_content=False, **options)
    lines = []
    for ln in text.splitlines():
        if not ln.strip():
            continue
        line = vis.locate(ln, page)
        if start:
            line = _shift(line, start)
        lines.append(line)
    return lines, main


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
            line = Line(pieces, "heading" if MD_HEADING.match(group[0].text) else "body")
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
        if BLOCK_START.match(line.text) or ONE_LINE_BLOCK.match(prev.text) or prev.text.endswith(PARAGRAPH_END):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def front_matter(raw: str, max_values: int = 10000) -> tuple[dict[str, Any], int, str | None]:
    """The front matter (after any blank lines) as a dict, where the content after it starts (0 when none)
    and, for YAML refused as too large (an alias bomb), why: the content after it is still the article.

    YAML that does not parse (a stray tab in a value) is still read key by key, one `key: value` a line.
    """
    m = FRONT_MATTER.match(raw)
    if not m:
        return {}, 0, None
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


def key_list(raw: str) -> tuple[dict[str, str], int]:
    """The metadata block opening a page, as a dict, and where it ends: a list of bold keys after the page's
    headings (a crawl report), or a first paragraph made only of `Key: value` lines (Pelican, MultiMarkdown,
    mail-like headers) naming a title or a date."""
    pos = KEY_LIST_LEAD.match(raw).end()
    data: dict[str, str] = {}
    while (m := KEY_LINE.match(raw, pos)) is not None:
        data.setdefault(m.group(1).strip(), m.group(2).strip())
        pos = m.end()
    if len(data) >= KEY_LIST_MIN:
        return data, pos
    data, pos = {}, BLANK_LEAD.match(raw).end()
    while (m := PLAIN_KEY_LINE.match(raw, pos)) is not None:
        data.setdefault(m.group(1).strip(), m.group(2).strip())
        pos = m.end()
    ends_block = BLANK_LINE.match(raw, pos) is not None
    if ends_block and len(data) >= 2 and any(field_of(k) in ("title", "published") for k in data):
        return data, pos
    return {}, 0


def markdown_headings(raw: str) -> list[str]:
    """The top-level headings of a Markdown page (the fewest `#`, in page order; a crawler's outline of the
    page's headings counts as headings), less bare links and host names."""
    found: list[tuple[int, int, str]] = []
    head = raw[:20000]
    for m in (*MD_HEADING.finditer(head), *OUTLINE_HEADING.finditer(head)):
        text = MD_LINK.sub("", m.group(2)).strip(" #*\r")
        if len(text) >= 4 and not HOST_NAME.match(text):
            found.append((len(m.group(1)), m.start(), text))
    top = min((level for level, _, _ in found), default=0)
    return [text for level, _, text in sorted(found, key=lambda f: f[1]) if level == top]


def looks_like_html(text: str) -> bool:
    """True when the text carries enough tags to be HTML rather than prose."""
    return len(HTML_HINT.findall(text[:20000])) >= 2


def looks_like_markdown(text: str) -> bool:
    """True when plain text carries Markdown headings, links or bold openers, or opens with a heading."""
    return len(MD_HINT.findall(text[:20000])) >= 2 or OPENING_HEADING.match(text) is not None


@component("markup", requires=("raw",), assigns=("lines", "hints"))
def make_markup(settings=None, **_):
    """Turn the raw text into lines, whatever its markup, and collect what the markup declares."""
    max_values = settings.max_yaml_values if settings else 10000

    def markup(doc: Document) -> Document:
        raw = doc.raw
        fm, start, refused = front_matter(raw, max_values) if doc.fmt in ("text", "frontmatter", "html") \
            else ({}, 0, None)
        keys: dict[str, str] = {}
        if not fm and not refused and doc.fmt in ("text", "frontmatter"):
            keys, start = key_list(raw)  # declares like front matter, but opens a whole page, not a clean text
        if refused:
            doc.meta["front_matter_refused"] = refused
        declared = from_mapping(doc.fields, "record") if doc.fields else []
        if fm or keys:
            doc.hints["front_matter"] = {str(k): str(v) for k, v in (fm or keys).items()}
            declared += from_mapping(fm or keys, "front_matter")
        content = raw[start:]
        page = doc.fmt in ("html", "warc-html")
        marked_down = not page and (fm or keys or refused or looks_like_markdown(content)) \
            and not content.lstrip().startswith("<")
        if page or (looks_like_html(content) and not marked_down):
            tree = HTMLTree.parse(content)  # parsed once: the head's metadata and the main text
            hints = html_hints(tree)
            declared += hints.pop("declared")
            for k, v in hints.items():
                doc.hints.setdefault(k, v)
            doc.lines, doc.hints["main_content"] = html_lines(tree, raw, start)
            doc.hints["structured"] = bool(fm or doc.fields)
        elif marked_down:
            declared += [entry("title", heading, "page:heading") for heading in markdown_headings(content)]
            doc.lines = markdown_lines(raw, start)
            doc.hints["structured"] = bool(fm or doc.fields)
        else:
            doc.lines = split_lines(raw)
            doc.hints["structured"] = bool(doc.fields)
        doc.hints["declared"] = declared
        if not doc.lines:
            doc.error = "no text: the markup holds no visible text"
        return doc

    return markup
