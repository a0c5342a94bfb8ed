"""The document model: raw text, cleaned body, an offset map between them, and spans over the body."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Piece(NamedTuple):
    """A run of cleaned text and the raw characters [raw_start, raw_end) it came from (a named tuple:
    every line of every page makes some, and tuples build fastest).

    When the lengths agree the mapping is character by character; otherwise the piece maps as a whole
    (a mojibake repair, say). A piece with raw_start == raw_end == -1 was inserted (a paragraph break).
    """

    text: str
    raw_start: int
    raw_end: int


@dataclass(slots=True)
class Line:
    """One line of text on its way to the body: its pieces, and the classifier's verdict."""

    pieces: list[Piece]
    label: str = "body"  # body | boilerplate | meta | outside | repeat
    link_ratio: float = 0.0  # share of the line's characters inside HTML links
    text: str = field(init=False, repr=False)  # lines are never edited in place: an edit makes a new line

    def __post_init__(self) -> None:
        pieces = self.pieces
        self.text = pieces[0].text if len(pieces) == 1 else "".join(p.text for p in pieces)


class OffsetMap:
    """Maps offsets in the cleaned body back to offsets in the raw text.

    Stored as segments (body_start, body_end, raw_start, raw_end); offsets inside a segment of equal
    lengths map one to one, others map to the segment's start.
    """

    def __init__(self, segments: list[tuple[int, int, int, int]] | None = None) -> None:
        self.segments = segments or []
        self._starts = [s[0] for s in self.segments]

    def to_raw(self, offset: int) -> int | None:
        """Raw offset of body character `offset` (None for inserted characters)."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0:
            return None
        b0, b1, r0, r1 = self.segments[k]
        if offset >= b1 and not (offset == b1 and k == len(self.segments) - 1):
            return None
        if b1 - b0 == r1 - r0:
            return r0 + (offset - b0)
        return r0

    def span_to_raw(self, start: int, end: int) -> tuple[int, int] | None:
        """Raw span covering body span [start, end), or None when it has no source characters."""
        a = self.to_raw(start)
        b = self.to_raw(end - 1) if end > start else a
        if a is None or b is None:
            return None
        k = bisect.bisect_right(self._starts, end - 1) - 1
        b0, b1, r0, r1 = self.segments[k]
        b_end = b + 1 if b1 - b0 == r1 - r0 else r1
        return a, b_end

    def to_list(self) -> list[list[int]]:
        return [list(s) for s in self.segments]

    @classmethod
    def from_list(cls, data: list[list[int]]) -> OffsetMap:
        return cls([tuple(s) for s in data])  # type: ignore[misc]


def build_text(lines: list[list[Piece]], sep: str = "\n") -> tuple[str, OffsetMap]:
    """Join lines of pieces into one text and the offset map back to the raw text."""
    out: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    pos = 0
    for i, pieces in enumerate(lines):
        if i:
            out.append(sep)
            pos += len(sep)
        for p in pieces:
            if not p.text:
                continue
            if p.raw_start >= 0:
                last = segments[-1] if segments else None
                same_len = len(p.text) == p.raw_end - p.raw_start
                if (last and same_len and last[1] == pos and last[3] == p.raw_start
                        and last[1] - last[0] == last[3] - last[2]):
                    segments[-1] = (last[0], pos + len(p.text), last[2], p.raw_end)
                else:
                    segments.append((pos, pos + len(p.text), p.raw_start, p.raw_end))
            out.append(p.text)
            pos += len(p.text)
    return "".join(out), OffsetMap(segments)


@dataclass
class Span:
    """A labelled view on the body: [start, end) with attributes, never a copy of the text."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class RawRecord:
    """One input record as a reader found it, before any cleaning."""

    source: str
    data: bytes
    fmt: str  # text | html | frontmatter | record | warc-html
    fields: dict[str, Any] = field(default_factory=dict)  # title/published/url/body from structured inputs
    error: str | None = None


@dataclass
class Document:
    """One article flowing through the pipeline; each component fills some of its fields."""

    doc_id: str
    source: str
    fmt: str
    data: bytes = b""
    fields: dict[str, Any] = field(default_factory=dict)
    encoding: str | None = None
    raw: str = ""
    lines: list[Line] = field(default_factory=list)
    hints: dict[str, Any] = field(default_factory=dict)  # metadata found by readers/extractors
    body: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    lang: str = "und"
    title: str | None = None
    published: str | None = None
    dateline: dict[str, Any] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    # the actor lexicon's hits over `title\nbody` and where the body starts in that text: matched once by the
    # events stage, read again by span in the statements stage, which then lets them go
    actor_hits: tuple[int, list[Any]] = (0, [])
    # the page's lines as the clean stage classified them (segment.LineInfos): the statements stage asks about
    # the body's paragraphs again, then lets them go
    line_infos: dict[Any, Any] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)  # event frames with their spans
    dropped: list[dict[str, Any]] = field(default_factory=list)  # frames considered and left out, with the reason
    error: str | None = None

