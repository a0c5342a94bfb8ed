"""Date windows for the event merge: frames are clustered one calendar month at a time (the blocking key any
engine groups by), then the events at the edge between two consecutive months are joined when they are one.
An undated report can only be one event with copies of its own page, so undated frames are blocked by their
group of near-duplicate documents."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from diplograph.merge.events import WINDOW, _day, cluster, compatible, order_key

UNDATED = "~"  # sorts after every month


def window_of(frame: dict[str, Any], copies: dict[str, str]) -> str | None:
    """The frame's blocking key: its month (`2024-03`), `~` + its copy group when it has no date, or None
    for an undated frame of a page with no copies (it can be one event with nothing else)."""
    if frame["date"]:
        return frame["date"][:7]
    group = copies.get(frame["doc_id"])
    return UNDATED + group if group else None


def cluster_window(frames: list[dict[str, Any]], copies: dict[str, str]) -> dict[str, str]:
    """frame_id → event_id within one window: the same clustering every engine runs."""
    return cluster(frames, copies)


def _next_month(window: str) -> str:
    y, m = int(window[:4]), int(window[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def adjacent(left: str, right: str) -> bool:
    """Whether `right` is the month after `left` (undated and year-only windows have no neighbours)."""
    return len(left) == len(right) == 7 and left[4] == right[4] == "-" and _next_month(left) == right


def _edge_events(frames: list[dict[str, Any]], ids: dict[str, str], lo: date, hi: date) -> dict[str, list]:
    """The events (id → frames, in clustering order) holding a frame dated within [lo, hi]."""
    touching = {ids[f["frame_id"]] for f in frames if (d := _day(f["date"])) and lo <= d <= hi}
    out: dict[str, list[dict[str, Any]]] = {}
    for f in sorted(frames, key=order_key):
        if ids[f["frame_id"]] in touching:
            out.setdefault(ids[f["frame_id"]], []).append(f)
    return out


def reconcile(left: list[dict[str, Any]], left_ids: dict[str, str], right: list[dict[str, Any]],
              right_ids: dict[str, str], copies: dict[str, str], right_window: str) -> dict[str, str]:
    """Join the events across the edge between two consecutive months: each event of the later month that
    holds a frame within `WINDOW` days of the edge joins the largest event of the earlier month every frame of
    which it is compatible with (complete linkage, as inside a window). Returns right event id → left event
    id for the joined ones; the earlier event keeps its id, as one pass over both months would."""
    start = date(int(right_window[:4]), int(right_window[5:7]), 1)
    before = _edge_events(left, left_ids, start - timedelta(days=WINDOW), start - timedelta(days=1))
    after = _edge_events(right, right_ids, start, start + timedelta(days=WINDOW - 1))
    joined: dict[str, str] = {}
    for rid, members in sorted(after.items(), key=lambda kv: order_key(kv[1][0])):
        best = None
        for lid, others in before.items():
            if all(_pair_fits(f, g, copies) for f in members for g in others):
                if best is None or len(others) > len(before[best]):
                    best = lid
        if best is not None:
            joined[rid] = best
            before[best] = before[best] + members
    return joined


def _pair_fits(f: dict[str, Any], g: dict[str, Any], copies: dict[str, str]) -> bool:
    group = copies.get(f["doc_id"])
    return compatible(f, g, group is not None and copies.get(g["doc_id"]) == group)
