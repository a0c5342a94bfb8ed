"""Edits on lines that keep every character's way back to the raw text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, islice

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


def piece_starts(pieces: list[Piece]) -> list[int]:
    """Where each piece starts in the pieces' joined text."""
    return list(accumulate((len(p.text) for p in pieces[:-1]), initial=0)) if pieces else []


def _linear(p: Piece) -> bool:
    return p.raw_start >= 0 and len(p.text) == p.raw_end - p.raw_start


def slice_pieces(pieces: list[Piece], a: int, b: int, starts: list[int] | None = None) -> list[Piece]:
    """The pieces covering characters [a, b) of their joined text; a cut linear piece keeps its exact raw
    characters, a cut non-linear one keeps its whole raw span (as each of its characters does). With `starts`
    (`piece_starts`) the walk begins at the piece holding `a`: a line cut at many places is read once, not
    once per cut."""
    out: list[Piece] = []
    first = max(bisect_right(starts, a) - 1, 0) if starts else 0
    pos = starts[first] if starts else 0
    for p in islice(pieces, first, None):
        n = len(p.text)
        lo, hi = max(a, pos), min(b, pos + n)
        if lo < hi:
            if lo == pos and hi == pos + n:
                out.append(p)
            elif _linear(p):
                out.append(Piece(p.text[lo - pos:hi - pos], p.raw_start + lo - pos, p.raw_start + hi - pos))
            else:
                out.append(Piece(p.text[lo - pos:hi - pos], p.raw_start, p.raw_end))
        pos += n
        if pos >= b:
            break
    return out


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Join neighbours that copy contiguous raw text one to one, as `pieces_from_spans` would group them."""
    out: list[Piece] = []
    for p in pieces:
        if not p.text:
            continue
        last = out[-1] if out else None
        if last is not None and _linear(last) and _linear(p) and last.raw_end == p.raw_start:
            out[-1] = Piece(last.text + p.text, last.raw_start, p.raw_end)
        elif last is not None and last.raw_start < 0 and p.raw_start < 0:
            out[-1] = Piece(last.text + p.text, -1, -1)
        else:
            out.append(p)
    return out


def _cover(pieces: list[Piece]) -> Span:
    """The raw span covering all the given pieces."""
    real = [p for p in pieces if p.raw_start >= 0]
    return (min(p.raw_start for p in real), max(p.raw_end for p in real)) if real else NO_SPAN


def regex_edit(line: Line, pattern: re.Pattern[str], repl: Replacement) -> Line:
    """Apply `pattern` to the line; `repl` returns None (keep), "" (drop), a group number (keep only
    that group) or a new string (mapped as a whole onto the matched raw characters)."""
    matches = list(pattern.finditer(line.text))
    if not matches:
        return line
    pieces = line.pieces
    starts = piece_starts(pieces)
    out: list[Piece] = []
    pos = 0
    for m in matches:
        r = repl(m)
        if r is None:
            continue
        out += slice_pieces(pieces, pos, m.start(), starts)
        if isinstance(r, int):
            a, b = m.span(r)
            if a >= 0:
                out += slice_pieces(pieces, a, b, starts)
        elif r:  # a replacement maps as a whole
            out.append(Piece(r, *_cover(slice_pieces(pieces, m.start(), m.end(), starts))))
        pos = m.end()
    out += slice_pieces(pieces, pos, len(line.text), starts)
    return Line(_merged(out), line.label, line.link_ratio)


def strip_line(line: Line) -> Line:
    """Drop leading and trailing white space (ASCII, ideographic and no-break spaces)."""
    text = line.text
    if not text or not (text[0].isspace() or text[-1].isspace()):
        return line
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    return Line(slice_pieces(line.pieces, left, right), line.label, line.link_ratio)


LINE = re.compile(r"[^\r\n]+")


def split_lines(raw: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Cut raw[start:end] into lines, each one piece pointing at its raw characters."""
    return [Line([Piece(m.group(), m.start(), m.end())])
            for m in LINE.finditer(raw, start, len(raw) if end is None else end)]


def line_from_text(text: str, spans: list[Span]) -> Line:
    """A line built from text whose characters carry the given raw spans."""
    return Line(pieces_from_spans(text, spans))


def replaced_line(line: Line, text: str) -> Line:
    """The line's text replaced as a whole (a repair that changes lengths), mapped onto its raw span."""
    return Line([Piece(text, *_cover(line.pieces))] if text else [], line.label, line.link_ratio)
