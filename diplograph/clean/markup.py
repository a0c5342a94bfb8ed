"""Markup to lines: HTML through resiliparse, front matter (see `front_matter`), Markdown, plain text.

Every line keeps its way back to the raw characters, so later spans can be shown in the source.
"""

from __future__ import annotations

import bisect
import html as htmllib
import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import DOMNode, HTMLTree

from diplograph.clean.declared import entry, from_html, from_mapping
from diplograph.clean.front_matter import front_matter, key_list
from diplograph.clean.ld_body import ld_body_lines
from diplograph.clean.pieces import NO_SPAN, line_from_text, regex_edit, split_lines, strip_line
from diplograph.doc import Document, Line, Piece
from diplograph.registry import component

HTML_HINT = re.compile(r"<(?:p|div|br|span|a|html|body|article|section|h[1-6]|table|li)\b", re.I)
# what a page shows: text between tags, with the tags (`SKIP`) and white space between them passed over in one
# step, so that a page's thousand tags cost one match each, not one loop in Python; links open and close
# a script, a style sheet and a comment up to their first end, each read as runs that hold no `<` (no `-`), the
# characters that may open it: a lazy `.*?` tries the end at every character of a page's scripts, twice as slow
SKIP = (r"<script\b[^<]*+(?:<(?!/script\s*>)[^<]*+)*+</script\s*>|<style\b[^<]*+(?:<(?!/style\s*>)[^<]*+)*+</style\s*>"
        r"|<!--[^-]*+(?:-(?!->)[^-]*+)*+-->|<[^>]*>")
NOT_LINK = r"(?!a\b|/a\s*>)"  # a tag that `LINK_OPEN` and `LINK_CLOSE` do not match
VISIBLE_TOKEN = re.compile(rf"(?:{SKIP.replace('<[^>]*>', f'<{NOT_LINK}[^>]*>')}|\s+)*+"
                           rf"(?:(?P<open><a\b[^>]*>)|(?P<close></a\s*>)|(?P<text>[^<]+|<)|\Z)", re.I | re.S)
MAIN_CONTENT_FLOOR = 1000  # characters under which the main-content text is checked against the whole page
# the article body's element in the common CMS families (WordPress, schema.org microdata, Vox, Jekyll/GitHub
# themes, Drupal, news templates): the main-content step drops lists, quotes and embedded posts inside it
ARTICLE_BODY = ", ".join(["[itemprop=articleBody]", ".entry-content", ".post-content", ".post-body", ".post__content",
                          ".article-body", ".article__body", ".article-content", ".c-entry-content", ".story-body",
                          ".td-post-content", ".content-body"])
# boxes set inside or beside an article by the common CMS themes, known by a class or id token: the author's
# bio, share buttons, related posts, a newsletter form (`author-box`, `TestReport__AuthorBox`, `sharedaddy`,
# `jp-relatedposts`); a token that only names the author (`displayed_author-jane-roe`) is not one
BOX_CANDIDATES = "[class*=author i], [id*=author i], [class*=shar i], [class*=related i], [id*=related i], " \
                 "[class*=newsletter i], [id*=newsletter i]"
BOX_TOKEN = re.compile(r"(?:^|[-_])(?:author(?:[-_]?(?:box|bio|info|card|description|container|profile|about"
                       r"|details))?|about[-_]?the[-_]?author|share|sharing|sharedaddy|social[-_]?share"
                       r"|related(?:[-_]?(?:posts?|articles?|stories|content|links))?|relatedposts"
                       r"|newsletter(?:[-_]?(?:signup|box|form|teaser))?)(?:[-_]{1,2}(?:wrap(?:per)?|box|container"
                       r"|block|inner|section))?$", re.I)
BOX_KEEP_TAGS = frozenset({"html", "body", "main", "article"})
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
HOST_NAME = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/?$")  # `www.example.com`: a crawler's heading
OPENING_HEADING = re.compile(r"\ufeff?\s*#{1,6}[ \t]+\S")  # `# Title` as a text's first line
MD_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")
# Markdown signs, and a CMS shortcode opening a line (`[caption id="1"]`, `[ad_1]`): a blog export's raw text,
# which the Markdown path reads (inline HTML and shortcodes dropped)
MD_HINT = re.compile(r"^ {0,3}#{1,6}[ \t]+\S|^-{3,}\s*$|\]\((?:https?://|/|\.{0,2}/?\w)[^)]*\)|^\s*\*\*\S"
                     r"|^\[/?[a-z][a-z0-9_]*(?:\s[^\]\n]*)?\]", re.M)
# what every match of MD_HINT holds, one of them: a text holding none (most Chinese ones) is not scanned, where the
# pattern's line anchors leave `re` no first character to look for, and every position is tried
MD_HINT_NEEDLES = ("#", "-", "**", "[", "](")
# each edit with the characters one of which every match of it holds: a line holding none is left as it is, without
# a scan (most lines hold no Markdown sign); an edit only drops characters or writes a space (but the last), so
# the characters of the line before the edits are enough to check against
MD_EDITS = [
    (frozenset("<"), re.compile(r"<(script|style|figure|figcaption)\b.*?</\1\s*>|<!--.*?-->", re.I),
     lambda m: ""),  # inline HTML
    (frozenset("<"), re.compile(r"</?(?:b|i|em|strong|span|a|u|small|sup|sub|font|mark|abbr|cite|code|s|strike)"
                                r"\b[^<>]*>", re.I), lambda m: ""),  # inline tags leave their text in place
    (frozenset("<"), re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>"), lambda m: " "),  # block tags leave a space
    (frozenset("["), re.compile(r"\[(caption|embed|video|audio|gallery|playlist|youtube|tweet)\b[^\]]*\].*?\[/\1\]",
                                re.I), lambda m: ""),  # a CMS caption or embedded media
    (frozenset("["), re.compile(r"\[/?[a-z][a-z0-9_-]*(?:\s[^\]]*)?\](?![(\[])|\[TOC\]"),
     lambda m: ""),  # shortcodes: [ad_1], [embed …], a table of contents' mark
    (frozenset("["), re.compile(r"^\s{0,3}\[\^[^\]\s]+\]:\s*|\[\^[^\]\s]+\]"),
     lambda m: ""),  # footnote marks[^1] and the mark opening a footnote's text
    (frozenset("{"), re.compile(r"\{:[^}]*\}"), lambda m: ""),  # kramdown attribute lists {:start="1"}
    (frozenset("{"), re.compile(r"\{\{[<%].*?[%>]\}\}|\{%-?\s*[a-z].*?%\}"),
     lambda m: ""),  # Hugo shortcodes {{< figure … >}}, {{% note %}} and Liquid tags {% include … %}
    (frozenset("["), re.compile(r"\[\[(?:[a-z]{2,3}:)?(?:[^\]|]*\|)?([^\]|]+)\]\]"),
     lambda m: 1),  # wiki links [[zh:法国]]
    (frozenset("`"), re.compile(r"`([^`]*)`"), lambda m: 1),  # inline code marks
    (frozenset("!"), re.compile(r"!\[[^\]]*\]\([^)]*\)"), lambda m: ""),  # images
    (frozenset("]"), re.compile(r"\[([^\]]*)\]\([^)]*\)"), lambda m: 1),  # links keep their words
    (frozenset("#>-*+"), re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))"),
     lambda m: ""),  # headings, quotes, bullets
    (frozenset("*_"), re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), lambda m: 2),  # bold
    (frozenset("_"), re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"),
     lambda m: 1),  # _italics_ (not snake_case)
    (frozenset("*"), re.compile(r"\*{2,}"), lambda m: ""),  # bold marks left unpaired
    (frozenset("\\"), re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), lambda m: 1),  # escapes
    (frozenset("&"), ENTITY_REF,
     lambda m: htmllib.unescape(m.group())),  # character references (`Lee&#x27;s`), as HTML reads them
]
MD_SIGNS = frozenset().union(*(needles for needles, _, _ in MD_EDITS))  # a paragraph with none needs no edit


class VisibleText:
    """The visible characters of an HTML page (white space dropped) and the raw offsets they came from.

    The page is kept as runs, not as an offset per character: a run of plain text (between tags and entities)
    or one entity. A run's words are laid out only when a located line falls in it (a page's menus and
    widgets never are), so each word of the page costs nothing until a line needs it."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        chunks: list[str] = []
        self._starts: list[int] = []  # visible offset where each run starts
        self._runs: list[tuple[int, int, bool]] = []  # raw [a, b) of each run; True for an entity
        self._words: dict[int, tuple[list[int], list[int]]] = {}  # run → its words' visible and raw starts
        self.link_spans: list[tuple[int, int]] = []  # visible-text ranges inside <a> elements
        n = 0
        link_start = -1
        for m in VISIBLE_TOKEN.finditer(raw):
            kind = m.lastgroup
            if kind == "text":
                a, b = m.span(kind)
                if "&" in (run := m.group(kind)):
                    n = self._add_entities(raw, a, b, n, chunks)
                else:
                    chunks.append(text := "".join(run.split()))
                    self._starts.append(n)
                    self._runs.append((a, b, False))
                    n += len(text)
            elif kind == "open":
                link_start = n
            elif kind == "close" and link_start >= 0:
                self.link_spans.append((link_start, n))
                link_start = -1
        self.text = "".join(chunks)
        self.cursor = 0
        self._in_link = bytearray(len(self.text))
        for a, b in self.link_spans:
            self._in_link[a:b] = b"\x01" * (b - a)

    def _add_entities(self, raw: str, a: int, b: int, n: int, chunks: list[str]) -> int:
        """Add the runs of raw[a:b] (entities become the characters they stand for); returns the visible
        length reached. A bare `&` (`Tom & Jerry`) is no entity: it stays in its plain run."""
        last = a
        for m in ENTITY.finditer(raw, a, b):
            n = self._add_plain(raw, last, m.start(), n, chunks)
            ch = "".join(c for c in htmllib.unescape(m.group()) if not c.isspace())
            if ch:
                chunks.append(ch)
                self._starts.append(n)
                self._runs.append((m.start(), m.end(), True))
                n += len(ch)
            last = m.end()
        return self._add_plain(raw, last, b, n, chunks)

    def _add_plain(self, raw: str, a: int, b: int, n: int, chunks: list[str]) -> int:
        text = "".join(raw[a:b].split())
        if text:
            chunks.append(text)
            self._starts.append(n)
            self._runs.append((a, b, False))
        return n + len(text)

    def _word_table(self, r: int) -> tuple[list[int], list[int]]:
        """The visible and raw starts of the words of plain run `r` (laid out once, when first needed)."""
        if (got := self._words.get(r)) is None:
            a, b, _ = self._runs[r]
            at, vis, raws = self._starts[r], [], []
            for m in NON_SPACE.finditer(self.raw, a, b):
                vis.append(at)
                raws.append(m.start())
                at += m.end() - m.start()
            got = self._words[r] = (vis, raws)
        return got

    def segments(self, k: int, end: int) -> Iterator[tuple[int, int, int, bool]]:
        """(characters, raw start, raw end, linear) of the visible characters [k, end), in order: a linear
        segment maps character by character onto raw [start, end), an entity's characters all onto its span."""
        r = bisect.bisect_right(self._starts, k) - 1
        while k < end:
            a, b, entity = self._runs[r]
            run_end = self._starts[r + 1] if r + 1 < len(self._starts) else len(self.text)
            if entity:
                n = min(end, run_end) - k
                yield n, a, b, False
                k += n
            else:
                vis, raws = self._word_table(r)
                w = bisect.bisect_right(vis, k) - 1
                while k < end and w < len(vis):
                    word_end = vis[w + 1] if w + 1 < len(vis) else run_end
                    n = min(end, word_end) - k
                    s = raws[w] + k - vis[w]
                    yield n, s, s + n, True
                    k += n
                    w += 1
            r += 1

    def place(self, k: int) -> tuple[int, bool]:
        """The raw offset visible character `k` maps to (an entity's: where it starts), and whether it maps one
        to one (no entity). A character that opens a run is found by one search, without laying out the run's
        words (a paragraph that maps one to one never needs them)."""
        r = bisect.bisect_right(self._starts, k) - 1
        a, b, entity = self._runs[r]
        if entity:
            return a, False
        if k == self._starts[r]:
            return NON_SPACE.search(self.raw, a, b).start(), True  # type: ignore[union-attr]  # a run holds a word
        vis, raws = self._word_table(r)
        w = bisect.bisect_right(vis, k) - 1
        return raws[w] + k - vis[w], True

    @property
    def offsets(self) -> list[int]:
        """Raw offset of every visible character."""
        return [s + i if linear else s for n, s, _, linear in self.segments(0, len(self.text)) for i in range(n)]

    def locate(self, line: str, raw: str) -> Line:
        """The line with each character mapped to the raw offset it was found at (in page order)."""
        key = "".join(line.split())
        k = self.text.find(key, self.cursor) if key else -1
        if k < 0 and key:
            k = self.text.find(key)
        if k < 0:
            return line_from_text(line, [NO_SPAN] * len(line))
        self.cursor = k + len(key)
        lead = len(line) - len(line.lstrip())
        at = self.place(k)[0]
        if "<" not in line and "&" not in line and raw.startswith(line[lead:], at):
            # the line is written as such in the page (one plain run): it maps one to one
            tail = [Piece(line[lead:], at, at + len(line) - lead)]
            out = Line([Piece(line[:lead], -1, -1), *tail] if lead else tail)
        else:
            out = Line(_mapped_pieces(line, self, k, k + len(key), raw))
        out.link_ratio = self._in_link.count(1, k, k + len(key)) / max(1, len(key))  # its bytes are 0 or 1
        return out


LINE_TOKEN = re.compile(r"\S+|\s")


def _mapped_pieces(line: str, vis: VisibleText, k: int, end: int, raw: str) -> list[Piece]:
    """The line's pieces given its visible characters [k, end) in `vis`: white space maps to the raw character
    after the one before it when that is the same white space, else to nothing; neighbours that copy
    contiguous raw text, or share an entity's span, or map to nothing, run together (`pieces_from_spans`).
    Where the page writes a stretch of the line as it is (between two inline tags), the stretch maps at once."""
    run = _PieceRun()
    emit = run.emit
    segments = None  # the segments from visible character k on, laid out for a word that maps on its own
    seg, used = (0, 0, 0, False), 0  # the segment being taken, and how many of its characters are
    prev_end = -1
    pos = 0  # where the line's next token starts (past a stretch mapped at once)
    while (m := LINE_TOKEN.match(line, pos)) is not None:
        pos = m.end()
        tok = m.group()
        if tok.isspace():
            if 0 <= prev_end < len(raw) and raw[prev_end] == tok:
                emit(tok, prev_end, prev_end + 1, 1)
                prev_end += 1
            else:
                emit(tok, -1, -1, -1)
            continue
        if segments is not None and used == seg[0]:
            seg, used = next(segments), 0
        s, linear = vis.place(k) if segments is None else (seg[1] + used, seg[3])
        if linear and (n := _copied(line, m.start(), m.end(), raw, s)):
            emit(line[m.start():m.start() + n], s, s + n, 1)
            prev_end, pos = s + n, m.start() + n
            k += len("".join(line[m.start():pos].split()))  # its visible characters
            segments = None
            continue
        if segments is None:
            segments = vis.segments(k, end)
            seg, used = next(segments), 0
        at = 0
        while at < len(tok):
            if used == seg[0]:
                seg, used = next(segments), 0
            n = min(len(tok) - at, seg[0] - used)
            if seg[3]:
                s = seg[1] + used
                emit(tok[at:at + n], s, s + n, 1)
                prev_end = s + n
            else:
                emit(tok[at:at + n], seg[1], seg[2], 0)
                prev_end = seg[2]
            at += n
            used += n
            k += n
    return run.close()


class _PieceRun:
    """Pieces being built from mapped parts: neighbours that copy contiguous raw text, share an entity's span,
    or map to nothing run together into one piece."""

    __slots__ = ("pieces", "cur")

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.cur: list = []  # text parts, raw start, raw end, kind (1 linear, 0 entity, -1 nothing) of the open piece

    def emit(self, text: str, s: int, e: int, kind: int) -> None:
        cur = self.cur
        if cur and ((kind == 1 and cur[3] == 1 and s == cur[2]) or (kind == cur[3] == 0 and s == cur[1]
                    and e == cur[2]) or kind == cur[3] == -1):
            cur[0].append(text)
            cur[2] = e
            return
        if cur:
            self.pieces.append(Piece("".join(cur[0]), cur[1], cur[2]))
        self.cur = [[text], s, e, kind]

    def close(self) -> list[Piece]:
        if self.cur:
            self.pieces.append(Piece("".join(self.cur[0]), self.cur[1], self.cur[2]))
        return self.pieces


def _copied(line: str, a: int, b: int, raw: str, at: int) -> int:
    """The length of the longest stretch of the line from its word line[a:b] on that the page writes as it is
    at raw offset `at`, ending where a word ends (0 when it holds no more than that word): no tag and no entity
    in it, so its characters are one plain run's, each mapping to the one after the other. Found by halving,
    each step one comparison in C, not one step per character."""
    if b >= len(line) or raw[at + b - a:at + b - a + 1] != line[b] or not raw.startswith(line[a:b], at):
        return 0  # the page breaks the line right after the word (a tag, other white space)
    stops = [x for x in (line.find("<", a), line.find("&", a)) if x >= 0]
    lo, hi = b - a + 1, min(stops, default=len(line)) - a  # lo characters are known to be copied
    if lo > hi:
        return 0
    if raw.startswith(line[a:a + hi], at):
        lo = hi
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if raw.startswith(line[a:a + mid], at):
            lo = mid
        else:
            hi = mid - 1
    while a + lo < len(line) and not line[a + lo].isspace() and not line[a + lo - 1].isspace():
        lo -= 1  # not into the middle of a word: the rest of it maps on its own
    return lo


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
    if not deep:
        drop_boxes(tree)
    text = "" if deep else extract_plain_text(tree, main_content=True, **options)
    vis = VisibleText(page)
    if len(text) < MAIN_CONTENT_FLOOR and len(vis.text) > 4 * len("".join(text.split())):
        # the main-content step can keep a few dozen characters of a long article (or nothing of a fragment):
        # then the whole page's text goes to the block classifier, which finds the article run itself
        text = ""
    main = bool(text)
    if not main:
        text = extract_plain_text(tree, main_content=False, **options)
    elif (found := _article_body(tree)) is not None:
        body, marked = found
        article = extract_plain_text(HTMLTree.parse(body.html), main_content=False, **options)
        text = with_dropped_blocks(text, article, None if marked else _prose_items(body))
    lines = []
    for ln in text.splitlines():
        if not ln.strip():
            continue
        line = vis.locate(ln, page)
        if start:
            line = _shift(line, start)
        lines.append(line)
    return lines, main


def drop_boxes(tree: HTMLTree) -> None:
    """Remove from the tree the author, share, related-posts and newsletter boxes its CMS theme names. The
    candidates are taken with values(), each node made once: iterating resiliparse's node list makes every
    node again for each later one (a portal's 350 share buttons: 60,000 nodes, most of a second)."""
    if tree.document is None:
        return
    for el in tree.document.query_selector_all(BOX_CANDIDATES).values():
        if el.tag in BOX_KEEP_TAGS or el.parent is None:
            continue
        tokens = (el.getattr("class") or "").split() + [el.getattr("id") or ""]
        if any(BOX_TOKEN.search(tok) for tok in tokens if tok):
            el.decompose()


def _article_body(tree: HTMLTree) -> tuple[DOMNode, bool] | None:
    """The page's one article-body element and whether its CMS class or microdata names it as the body (True),
    or it is the page's one `<article>` (False: a hand-made or static-site page marks its story only so, but
    so do pages that set their share bar, captions and teasers inside it); None when there is none, or
    several side by side: a list of teasers."""
    if tree.document is None:
        return None
    for selector, marked in ((ARTICLE_BODY, True), ("article", False)):
        if found := tree.document.query_selector_all(selector).values():
            return (found[0], marked) if all(found[0].contains(el) for el in found[1:]) else None
    return None


def with_dropped_blocks(main: str, article: str, only: frozenset[str] | None = None) -> str:
    """The main-content text with the lines of the article body it dropped (a list, a quote, an embedded
    post) put back where they stand; with `only`, just the lines of that set (by their text without spaces).
    Unchanged when the article body is not the part the step chose (its kept lines under a third of the text)
    or when it would more than double the text."""
    kept = [ln for ln in main.splitlines() if ln.strip()]
    index = {"".join(ln.split()): i for i, ln in reversed(list(enumerate(kept)))}
    joined = "".join(main.split())
    before: dict[int, list[str]] = {}
    pending: list[str] = []
    anchor, found, added = -1, 0, 0
    for ln in article.splitlines():
        if not (key := "".join(ln.split())):
            continue
        if key in index:
            anchor, found = index[key], found + len(key)
            before.setdefault(anchor, []).extend(pending)
            pending = []
        elif key not in joined and (only is None or key in only):
            (pending if anchor < 0 else before.setdefault(anchor + 1, [])).append(ln)
            added += len(key)
    if not added or 3 * found < len(joined) or added > len(joined):
        return main
    out: list[str] = []
    for i, ln in enumerate(kept):
        out += before.get(i, [])
        out.append(ln)
    return "\n".join(out + before.get(len(kept), []))


def _prose_items(element: DOMNode) -> frozenset[str]:
    """The texts (without spaces) of the list items under `element` that hold words and are not mostly link
    text: a list the article tells, not a breadcrumb, share bar, tag list, menu or a list of dates."""
    out = set()
    for li in element.query_selector_all("li").values():
        key = "".join(li.text.split())
        linked = sum(len("".join(a.text.split())) for a in li.query_selector_all("a").values())
        if 2 * linked < len(key) and any(c.isalpha() for c in key):
            out.add(key)
    return frozenset(out)


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
            # the signs a paragraph holds, each found by a scan of the text (cheaper than a set of its characters)
            signs = {c for c in MD_SIGNS if c in line.text}
            for needles, pattern, repl in MD_EDITS if signs else ():  # most paragraphs hold none
                if not needles.isdisjoint(signs):
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
    """True when the text carries enough tags to be HTML rather than prose, or is one element (`<p>…</p>`,
    a CMS's one-paragraph record)."""
    bare = text.strip()
    return _at_least(2, HTML_HINT, text[:20000]) or (HTML_HINT.match(bare) is not None and bare.endswith(">"))


def looks_like_markdown(text: str) -> bool:
    """True when plain text carries Markdown headings, links or bold openers, or opens with a heading."""
    head = text[:20000]
    return (any(n in head for n in MD_HINT_NEEDLES) and _at_least(2, MD_HINT, head)) \
        or OPENING_HEADING.match(text) is not None


def _at_least(n: int, pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` matches `text` n times or more, searched only up to the n-th match."""
    return len(list(islice(pattern.finditer(text), n))) >= n


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
            if '"articleBody"' in raw and (ld := ld_body_lines(raw, sum(len(ln.text) for ln in doc.lines))):
                doc.lines, doc.hints["main_content"] = ld, True  # a page its scripts fill: the text is in its JSON-LD
            doc.hints["structured"] = bool(fm or doc.fields)
        elif marked_down:
            # a key list may stand under the page's headline (`# Title`, then `**Source:** …`): its headings count
            headed = raw if keys else content
            declared += [entry("title", heading, "page:heading") for heading in markdown_headings(headed)]
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
