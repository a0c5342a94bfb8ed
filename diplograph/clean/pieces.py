"""Edits on lines that keep every character's way back to the raw text."""

from __future__ import annotations

import re
from collections.abc import Callable

from diplograph.doc import Line, Piece

Replacement = Callable[[re.Match[str]], "int | str | None"]


def char_offsets(line: Line) -> list[int]:
    """Raw offset of each character of the line (-1 where a character has none of its own)."""
    out: list[int] = []
    for p in line.pieces:
        if p.raw_start >= 0 and len(p.text) == p.raw_end - p.raw_start:
            out.extend(range(p.raw_start, p.raw_end))
        else:
            out.extend([p.raw_start] * len(p.text))
    return out


def pieces_from_chars(text: str, offsets: list[int]) -> list[Piece]:
    """Group characters with consecutive raw offsets into pieces."""
    pieces: list[Piece] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        if offsets[i] >= 0:
            while j < n and offsets[j] == offsets[j - 1] + 1:
                j += 1
            pieces.append(Piece(text[i:j], offsets[i], offsets[j - 1] + 1))
        else:
            while j < n and offsets[j] < 0:
                j += 1
            pieces.append(Piece(text[i:j], -1, -1))
        i = j
    return pieces


def regex_edit(line: Line, pattern: re.Pattern[str], repl: Replacement) -> Line:
    """Apply `pattern` to the line; `repl` returns None (keep), "" (drop), a group number (keep only
    that group) or a new string (mapped as a whole onto the matched raw characters)."""
    text = line.text
    matches = list(pattern.finditer(text))
    if not matches:
        return line
    offs = char_offsets(line)
    out_t: list[str] = []
    out_o: list[int] = []
    pos = 0
    for m in matches:
        r = repl(m)
        if r is None:
            continue
        out_t.append(text[pos:m.start()])
        out_o.extend(offs[pos:m.start()])
        if isinstance(r, int):
            a, b = m.span(r)
            if a >= 0:
                out_t.append(text[a:b])
                out_o.extend(offs[a:b])
        elif r:
            anchor = offs[m.start()] if m.start() < len(offs) else -1
            raw_end = offs[m.end() - 1] + 1 if m.end() > m.start() and offs[m.end() - 1] >= 0 else anchor
            out_t.append(r)
            # a replacement maps as a whole: give every character the span's start
            out_o.extend([anchor] * len(r))
            if anchor >= 0 and raw_end > anchor and len(r) == raw_end - anchor:
                out_o[-len(r):] = range(anchor, raw_end)
        pos = m.end()
    out_t.append(text[pos:])
    out_o.extend(offs[pos:])
    new_text = "".join(out_t)
    return Line(pieces_from_chars(new_text, out_o), line.label, line.link_ratio)


def strip_line(line: Line) -> Line:
    """Drop leading and trailing white space (ASCII, ideographic and no-break spaces)."""
    text = line.text
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if left == 0 and right == len(text):
        return line
    offs = char_offsets(line)
    return Line(pieces_from_chars(text[left:right], offs[left:right]), line.label, line.link_ratio)


def split_lines(raw: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Cut raw[start:end] into lines, each one piece pointing at its raw characters."""
    end = len(raw) if end is None else end
    lines = []
    for m in re.finditer(r"[^\r\n]+", raw[start:end]):
        a, b = start + m.start(), start + m.end()
        lines.append(Line([Piece(raw[a:b], a, b)]))
    return lines


def line_from_text(text: str, offsets: list[int]) -> Line:
    """A line built from text whose characters carry the given raw offsets."""
    return Line(pieces_from_chars(text, offsets))
