"""Reports with no day at all (none read in the text, no publication day, no copies): such a report joins the
one dated event of the corpus it fits, and none when several fit (which round of talks it tells is unknown).
The dated events are seen once each as the month windows complete; those an undated report fits are held
back until every window was seen."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from diplograph.merge.events import fits_undated


def _pairs(frames: list[dict[str, Any]]) -> set[frozenset[str]]:
    sides = sorted({p["affiliation"] for f in frames for p in f["participants"]})
    return {frozenset(pair) for pair in combinations(sides, 2)}


class UndatedReports:
    """The undated reports of a merge run, matched against each dated event as it completes."""

    def __init__(self, frames: list[dict[str, Any]]) -> None:
        self.by_pair: dict[frozenset[str], list[dict[str, Any]]] = {}
        for f in frames:
            for pair in _pairs([f]):
                self.by_pair.setdefault(pair, []).append(f)
        self.fits: dict[str, list[str]] = {}  # undated frame id → the dated events it fits
        self.held: dict[str, list[dict[str, Any]]] = {}  # those events' reports, kept until the end

    def consider(self, event_id: str, members: list[dict[str, Any]]) -> bool:
        """Whether a completed event is held back because an undated report fits it."""
        seen: set[str] = set()
        for pair in _pairs(members):
            for f in self.by_pair.get(pair, []):
                if f["frame_id"] not in seen and fits_undated(f, members):
                    self.fits.setdefault(f["frame_id"], []).append(event_id)
                    self.held[event_id] = members
                seen.add(f["frame_id"])
        return event_id in self.held

    def join(self, frame: dict[str, Any]) -> bool:
        """Add an undated report to the one held event it fits (once every dated event was considered);
        False when none or several fit."""
        fits = self.fits.get(frame["frame_id"], [])
        if len(fits) != 1:
            return False
        self.held[fits[0]].append(frame)
        return True
