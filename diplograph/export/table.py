"""A readable table of stored events for the terminal: date, type, status, parties, initiator, source."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

COLUMNS = ("event id", "date", "type", "status", "reports", "first source", "parties (office; → initiator)")
WIDTHS = (20, 11, 10, 9, 7, 18, 90)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _fit(s: str, width: int) -> str:
    out, w = "", 0
    for c in s:
        cw = _width(c)
        if w + cw > width - 1 and _width(s) > width:
            return out + "…" + " " * (width - w - 1)
        out, w = out + c, w + cw
    return out + " " * (width - w)


def _party(p: dict[str, Any]) -> str:
    name = next(iter(p["name"].values()), "?") if p.get("name") else "?"
    return f"{name} [{p['affiliation']}] ({p['office']})"


def event_rows(events: Iterable[dict[str, Any]]) -> list[tuple[str, ...]]:
    """One tuple of column texts per event (a stored frame, or a merged row listing its `reports`); the
    side that asked for the event (initiator) is marked →."""
    rows = []
    for e in events:
        date = (e["date"] or "?") + ("*" if e["date_from"] == "published" else "")
        reports = e.get("reports") or [e]
        rows.append((e.get("event_id") or e["frame_id"], date, e["type"], e["status"], str(len(reports)),
                     reports[0]["source"].rsplit("/", 1)[-1],
                     "; ".join(("→" if p["initiator"] else "") + _party(p) for p in e["participants"])))
    return rows


def fitted_widths(columns: int) -> tuple[int, ...]:
    """The event table's widths with the last column (parties) filling a screen `columns` wide."""
    fixed = WIDTHS[:-1]
    return (*fixed, max(30, columns - sum(fixed) - 2 * len(fixed)))


def format_table(rows: list[tuple[str, ...]], widths: tuple[int, ...] = WIDTHS,
                 columns: tuple[str, ...] = COLUMNS) -> str:
    """Fixed-width text table; a date marked * is the publication day, not read in the text."""
    lines = ["  ".join(_fit(c, w) for c, w in zip(columns, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_fit(c, w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


ACTOR_COLUMNS = ("names per script", "side", "id", "offices", "events")


def actor_rows(actors: Iterable[dict[str, Any]]) -> list[tuple[str, ...]]:
    """One tuple of column texts per participant identity."""
    return [("; ".join(f"{' / '.join(ns)} ({script})" for script, ns in a["names"].items()) or "-",
             a["affiliation"], f"{a['wikidata']} ({a['wikidata_by']})" if a["wikidata"] else a["actor_id"],
             ", ".join(a["offices"]), str(a["events"]))
            for a in actors]


def format_actors(rows: list[tuple[str, ...]]) -> str:
    """Fixed-width table of actors: a Wikidata id and why it was given where the person is resolved, else the
    local id."""
    return format_table(rows, (56, 10, 34, 36, 6), ACTOR_COLUMNS)


def format_event(record: dict[str, Any], texts: dict[str, str]) -> str:
    """One event for the terminal: its facts, statements grouped by speaker, topics with their cue words and
    commitments, each followed by the source line it came from (`texts`: doc id → body)."""
    names = {p["actor_id"]: next(iter(p["name"].values()), p["affiliation"]) for p in record["participants"]}
    out = [f"{record['event_id']}  {record['type']}  {record['status']}  {record['date'] or '?'}",
           "participants: " + "; ".join(_party(p) + (" initiator" if p["initiator"] else "")
                                      for p in record["participants"]),
           "sources: " + ", ".join(s["source"].rsplit("/", 1)[-1] for s in record["sources"])]
    by_speaker: dict[str, list[dict[str, Any]]] = {}
    for st in record["statements"]:
        by_speaker.setdefault(st["speaker"], []).append(st)
    for speaker, items in by_speaker.items():
        out.append(f"\n{names.get(speaker, speaker)} ({speaker}): {len(items)} statement(s)")
        for st in items:
            topics = ", ".join(st.get("topics", []))
            out.append(f"  [{st['doc_id'][:8]} {st['start']}-{st['end']}] {_line(texts, st)}"
                       + (f"  <{topics}>" if topics else ""))
    cues = record.get("topic_cues") or {}
    out.append("\ntopics: " + (", ".join(f"{t} ({' / '.join(cues.get(t, []))})" if cues.get(t) else t
                                         for t in record["topics"]) or "-"))
    out.append("commitments:" if record["commitments"] else "commitments: -")
    for c in record["commitments"]:
        money = f" {c['amount']:,.0f} {c['currency']}" if c.get("amount") else ""
        kind = "delivered" if c.get("delivered") else "pledged"
        out.append(f"  {c['type']} by {'+'.join(c['by'])} to {'+'.join(c['to']) or '-'}{money} ({kind}):"
                   f" {_line(texts, c)}")
    return "\n".join(out)


def _line(texts: dict[str, str], item: dict[str, Any], width: int = 110) -> str:
    """The source text of a span, on one line and cut to a width."""
    text = " ".join(texts.get(item.get("doc_id", ""), "")[item["start"]:item["end"]].split()) or item.get("text", "")
    return text if len(text) <= width else text[: width - 1] + "…"
