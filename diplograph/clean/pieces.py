"""Edits on lines that keep every character's way back to the raw text."""

from __future__ import annotations

import re
from collections.abc import Callable

from diplograph.doc import Line, Piece

Replacement = Callable[[re.Match[str]], "int | str | None"]


Span = tuple[int, int]
NO_SPAN: Span = (-1, -1)


def char_spans(line: Line) -> list[Span]:
    """Raw [start, end) of each character of the line; characters of a non-linear piece share its span."""
    out: list[Span] = []
    for p in line.pieces:
        if p.raw_start >= 0 and len(p.text) == p.raw_end - p.raw_start:
            out.extend((k, k + 1) for k in range(p.raw_start, p.raw_end))
        else:
            out.extend([(p.raw_start, p.raw_end)] * len(p.text))
    return out


def pieces_from_spans(text: str, spans: list[Span]) -> list[Piece]:
    """Group characters into pieces: one-to-one copies that are contiguous in the raw text run together;
    characters sharing one span (an entity, a repaired run) form one piece; unmapped ones another."""
    pieces: list[Piece] = []
    i = 0
    n = len(text)
    while i < n:
        s0, e0 = spans[i]
        j = i + 1
        if s0 >= 0 and e0 - s0 == 1:
            while j < n and spans[j][1] - spans[j][0] == 1 and spans[j][0] == spans[j - 1][1]:
                j += 1
            pieces.append(Piece(text[i:j], s0, spans[j - 1][1]))
        elif s0 >= 0:
            while j < n and spans[j] == spans[i]:
                j += 1
            pieces.append(Piece(text[i:j], s0, e0))
        else:
            while j < n and spans[j][0] < 0:
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
    offs = char_spans(line)
    out_t: list[str] = []
    out_o: list[Span] = []
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
            out_t.append(r)
            out_o.extend([_cover(offs[m.start():m.end()])] * len(r))  # a replacement maps as a whole
        pos = m.end()
    out_t.append(text[pos:])
    out_o.extend(offs[pos:])
    new_text = "".join(out_t)
    return Line(pieces_from_spans(new_text, out_o), line.label, line.link_ratio)


def _cover(spans: list[Span]) -> Span:
    """The raw span covering all the given characters' spans."""
    real = [s for s in spans if s[0] >= 0]
    return (min(s[0] for s in real), max(s[1] for s in real)) if real else NO_SPAN


def strip_line(line: Line) -> Line:
    """Drop leading and trailing white space (ASCII, ideographic and no-break spaces)."""
    text = line.text
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if left == 0 and right == len(text):
        return line
    offs = char_spans(line)
    return Line(pieces_from_spans(text[left:right], offs[left:right]), line.label, line.link_ratio)


def split_lines(raw: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Cut raw[start:end] into lines, each one piece pointing at its raw characters."""
    end = len(raw) if end is None else end
    lines = []
    for m in re.finditer(r"[^\r\n]+", raw[start:end]):
        a, b = start + m.start(), start + m.end()
        lines.append(Line([Piece(raw[a:b], a, b)]))
    return lines


def line_from_text(text: str, spans: list[Span]) -> Line:
    """A line built from text whose characters carry the given raw spans."""
    return Line(pieces_from_spans(text, spans))


def replaced_line(line: Line, text: str) -> Line:
    """The line's text replaced as a whole (a repair that changes lengths), mapped onto its raw span."""
    return Line(pieces_from_spans(text, [_cover(char_spans(line))] * len(text)), line.label, line.link_ratio)
