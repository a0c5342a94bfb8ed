"""The article text a page keeps only in its JSON-LD (`"articleBody": "…"`): a page that a script renders in the
browser shows no more than a caption or a teaser to a reader of its HTML, while its structured data holds the
whole text. Read as lines mapped back into the raw page, escape by escape, so every span still points at the
characters it came from."""

from __future__ import annotations

import json
import re

from diplograph.clean.pieces import strip_line
from diplograph.doc import Line, Piece

ARTICLE_BODY = re.compile(r'"articleBody"\s*:\s*"((?:[^"\\]|\\.)*)"', re.S)
# one JSON escape: a surrogate pair first (one character from twelve raw ones), then any other
ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.")
MARKUP = re.compile(r"</?(?:p|div|br|span|a|strong|em|h\d)\b", re.I)  # a body given as HTML: not this reader's
MIN_CHARS = 400  # shorter structured bodies are summaries, not articles
SHORTER = 3  # the visible text must be this many times shorter than the structured body to give way


def ld_body_lines(raw: str, visible: int) -> list[Line] | None:
    """The lines of the longest `articleBody` in `raw`, when it is plain text of MIN_CHARS or more and the
    `visible` text the page shows (in characters) is SHORTER times shorter; None otherwise."""
    best: tuple[int, re.Match[str]] | None = None
    for m in ARTICLE_BODY.finditer(raw):
        size = len(m.group(1))
        if best is None or size > best[0]:
            best = (size, m)
    if best is None or best[0] < MIN_CHARS or best[0] < SHORTER * visible:
        return None
    m = best[1]
    try:
        text = json.loads(f'"{m.group(1)}"')
    except ValueError:
        return None
    if len(text) < MIN_CHARS or len(text) < SHORTER * visible or MARKUP.search(text):
        return None
    return _lines(_pieces(m.group(1), m.start(1)))


def _pieces(body: str, offset: int) -> list[Piece]:
    """The JSON string's characters as pieces: plain runs one to one, each escape as one piece over its raw
    characters (a line break stays its own piece, where lines are cut)."""
    pieces: list[Piece] = []
    at = 0
    for e in ESCAPE.finditer(body):
        if e.start() > at:
            pieces.append(Piece(body[at:e.start()], offset + at, offset + e.start()))
        try:
            char = json.loads(f'"{e.group(0)}"')
        except ValueError:
            char = e.group(0)[1:]
        pieces.append(Piece(char, offset + e.start(), offset + e.end()))
        at = e.end()
    if at < len(body):
        pieces.append(Piece(body[at:], offset + at, offset + len(body)))
    return pieces


def _lines(pieces: list[Piece]) -> list[Line]:
    """Pieces cut into lines at line breaks; blank lines dropped, white space at both ends trimmed."""
    lines: list[Line] = []
    current: list[Piece] = []
    for p in [*pieces, Piece("\n", -1, -1)]:
        if "\n" not in p.text and "\r" not in p.text:
            current.append(p)
            continue
        if current and (line := strip_line(Line(current))).text:
            lines.append(line)
        current = []
    return lines
