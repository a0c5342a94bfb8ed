"""The actor lexicon's hits over a body, found once by the events stage and read again by span.

Attribution and commitments ask what a subject or a sentence names (a side, a title, a known person) for
every clause of a page; each question used to run the lexicon automaton again over a piece of the body. The
events stage has already matched the whole page (`Document.actor_hits`), so a piece's hits are the page's
hits that lie inside it, taken by bisection: a hit that would straddle the piece's edge is not one of its own.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from diplograph.extract.gazetteer import Hit, Matcher


class BodyHits:
    """Hits of the actor lexicon in one body, answered by span; a piece not found in the body is matched
    afresh (a subject with its quotations taken out is no longer a piece of the body)."""

    def __init__(self, body: str, hits: list[Hit], offset: int, matcher: Matcher) -> None:
        low = body.lower()
        self.body, self.matcher = body, matcher
        self.low = low if len(low) == len(body) else body  # a letter whose lower case is longer: as written
        # `offset`: where the body starts in the text matched; the hits come sorted by start (see within())
        self.hits = hits[bisect_left(hits, offset, key=attrgetter("start")):]
        self.offset = offset
        self.starts = [h.start - offset for h in self.hits]

    def within(self, a: int, b: int) -> list[Hit]:
        """The hits lying wholly inside body[a:b], with offsets relative to `a`."""
        out = []
        shift = self.offset + a
        for h in self.hits[bisect_left(self.starts, a):bisect_left(self.starts, b)]:
            if h.end - self.offset <= b:
                out.append(Hit(h.start - shift, h.end - shift, h.entries, h.kinds))
        return out

    def find(self, piece: str, a: int = 0, b: int | None = None) -> list[Hit]:
        """The hits of `piece`, a piece of body[a:b], as if it were matched alone. A piece read in lower case
        keeps only the hits lower case leaves alone: the lexicon's Latin names are capitalised as printed, so
        matched alone it would find none of them."""
        end = len(self.body) if b is None else b
        k = self.body.find(piece, a, end) if piece else -1
        if k >= 0:
            return self.within(k, k + len(piece))
        k = self.low.find(piece, a, end) if piece else -1
        if k < 0:
            return self.matcher.find(piece)
        return [h for h in self.within(k, k + len(piece)) if self.body[k + h.start:k + h.end] == piece[h.start:h.end]]
