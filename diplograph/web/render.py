"""Pure rendering helpers for the pages: escaped text with highlighted spans, the network and the timeline
as inline SVG (no script, no external asset), and the evidence spans of an event per source field."""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import Any
from urllib.parse import quote

TONES = 8  # participant colours, as classes `tone-0`…`tone-7` in the stylesheet (no inline style: strict CSP)


@dataclass(frozen=True)
class Mark:
    """A span to highlight: [start, end) of the text, a CSS class, a tooltip and a participant tone (-1: none)."""

    start: int
    end: int
    css: str
    label: str
    tone: int = -1


def safe_url(url: str | None) -> str | None:
    """A report's address when it is a web address (never `javascript:` or a local path)."""
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None


def highlight(text: str, marks: list[Mark]) -> str:
    """The text, HTML-escaped, with each mark wrapped in <mark>. Nested marks nest; a mark that crosses
    one already open is left out rather than breaking the markup."""
    ordered = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: (m.start, -m.end))
    kept: list[Mark] = []
    open_: list[Mark] = []
    for m in ordered:
        while open_ and open_[-1].end <= m.start:
            open_.pop()
        if open_ and m.end > open_[-1].end:
            continue
        kept.append(m)
        open_.append(m)
    out: list[str] = []
    pos = 0
    stack: list[Mark] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(escape(text[pos:top.end]))
            out.append("</mark>")
            pos = top.end

    for m in kept:
        close_until(m.start)
        out.append(escape(text[pos:m.start]))
        tone = f" tone-{m.tone % TONES}" if m.tone >= 0 else ""
        out.append(f'<mark class="{escape(m.css)}{tone}" title="{escape(m.label)}">')
        pos = m.start
        stack.append(m)
    close_until(len(text))
    out.append(escape(text[pos:]))
    return "".join(out)


def event_marks(event: dict[str, Any], tones: dict[str, int] | None = None) -> dict[str, list[Mark]]:
    """Marks per source field (`title`, `body`) for one stored frame: the sentence, the trigger, the date
    and each participant's name and title in that participant's tone (`tones`: actor id → tone, so that one
    person has one colour in every report)."""
    by_field: dict[str, list[Mark]] = {"title": [], "body": []}
    labels = {"sentence": "evidence sentence", "trigger": "trigger words", "date": "date"}
    for key, span in (event.get("spans") or {}).items():
        if isinstance(span, dict) and span.get("field") in by_field:
            by_field[span["field"]].append(Mark(span["start"], span["end"], f"hl hl-{key}", labels.get(key, key)))
    people = event["participants"]
    own = [(tones or {}).get(p.get("actor_id", ""), i) for i, p in enumerate(people)]
    for st in event.get("statements", []):  # each speaker's statements in that speaker's colour
        seq = st.get("speaker_seq")
        known = seq is not None and seq < len(people)
        who = _who(people[seq]) if known else "both sides"
        by_field["body"].append(Mark(st["start"], st["end"], "hl hl-statement", f"statement: {who}",
                                     own[seq] if known else -1))
    for p, tone in zip(people, own):
        who = _who(p)
        for key, span in (p.get("spans") or {}).items():
            if isinstance(span, dict) and span.get("field") in by_field:
                by_field[span["field"]].append(Mark(span["start"], span["end"], f"hl hl-party hl-{key}",
                                                    f"{who} ({p['affiliation']}, {p['office']}): {key}", tone))
    return by_field


def _who(p: dict[str, Any]) -> str:
    return next(iter(p["name"].values()), p["affiliation"]) if p.get("name") else p["affiliation"]


def network_svg(graph: dict[str, Any], max_nodes: int = 30) -> str:
    """The interaction network on a circle: node area by events, edge width by shared events, each label
    written outward along its radius so that neighbours never overlap; the ring grows with the number of
    nodes and the canvas with the longest label. Each node links to the event list filtered on it."""
    nodes = graph["nodes"][:max_nodes]
    if not nodes:
        return '<p class="empty">No interactions match.</p>'
    keep = {n["id"] for n in nodes}
    r = max(120.0, len(nodes) * 18 / (2 * math.pi))
    margin = 30 + max(_text_width(n["label"]) for n in nodes)
    c = r + margin
    size = 2 * c
    pos = _layout(nodes, graph["edges"], c, r)
    top = max((e["events"] for e in graph["edges"]), default=1)
    most = max(n["events"] for n in nodes)
    parts = [f'<svg class="network" viewBox="0 0 {size:.0f} {size:.0f}" role="img"'
             f' aria-label="network of {len(nodes)} {graph["by"]}s">']
    label = {n["id"]: n["label"] for n in nodes}
    for e in graph["edges"]:
        if e["source"] in keep and e["target"] in keep:
            (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
            parts.append(f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"'
                         f' stroke-width="{1 + 5 * e["events"] / top:.1f}"><title>{escape(label[e["source"]])} –'
                         f' {escape(label[e["target"]])}: {e["events"]} events</title></line>')
    param = "actor" if graph["by"] == "actor" else "affiliation"
    for n in nodes:
        x, y = pos[n["id"]]
        radius = 4 + 14 * math.sqrt(n["events"] / most)
        parts.append(f'<a href="/?{param}={quote(n["id"])}"><circle class="node" cx="{x:.1f}" cy="{y:.1f}"'
                     f' r="{radius:.1f}"><title>{escape(n["label"])} ({escape(n["affiliation"])}):'
                     f' {n["events"]} events</title></circle>{_label(n["label"], x, y, c, radius)}</a>')
    parts.append("</svg>")
    return "".join(parts)


def _text_width(text: str) -> float:
    """Rough width in px at 12 px: wide (CJK) characters count double."""
    return sum(12 if unicodedata.east_asian_width(ch) in "WF" else 7 for ch in text)


def _label(text: str, x: float, y: float, c: float, radius: float) -> str:
    """A node's label pointing away from the centre (the middle node's goes under it)."""
    if abs(x - c) < 1 and abs(y - c) < 1:
        return f'<text x="{x:.1f}" y="{y + radius + 14:.1f}" text-anchor="middle">{escape(text)}</text>'
    angle = math.degrees(math.atan2(y - c, x - c))
    flip = abs(angle) > 90
    dx = -(radius + 4) if flip else radius + 4
    rotate = angle + 180 if flip else angle
    return (f'<text transform="translate({x:.1f},{y:.1f}) rotate({rotate:.1f})" x="{dx:.1f}" y="4"'
            f' text-anchor="{"end" if flip else "start"}">{escape(text)}</text>')


def _layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], c: float, r: float,
            ) -> dict[str, tuple[float, float]]:
    """Node positions: a hub linked to most others sits in the middle; the rest go round the circle with
    the busiest spread apart (a step through the ring coprime with its size) so big circles do not pile up."""
    ids = [n["id"] for n in nodes]
    pos: dict[str, tuple[float, float]] = {}
    links = Counter(k for e in edges if e["source"] in ids and e["target"] in ids for k in (e["source"], e["target"]))
    if len(ids) > 3 and links[ids[0]] >= 0.6 * (len(ids) - 1):
        pos[ids[0]] = (c, c)
        ids = ids[1:]
    n = len(ids)
    step = next((k for k in range(max(1, round(n / 2.618)), n) if math.gcd(k, n) == 1), 1) if n > 2 else 1
    for i, key in enumerate(ids):
        angle = 2 * math.pi * ((i * step) % n) / n - math.pi / 2
        pos[key] = (c + r * math.cos(angle), c + r * math.sin(angle))
    return pos


def timeline_svg(weeks: list[dict[str, Any]], query: str = "", height: int = 220, room: int = 1100) -> str:
    """Events per week as bars, a label at each new year; each bar links to that week's events. Bars narrow
    (down to 2 px) so that several years fit the page."""
    if not weeks:
        return '<p class="empty">No dated events yet.</p>'
    bar = max(2, min(12, room // len(weeks)))
    top = max(w["events"] for w in weeks) or 1
    width = max(320, len(weeks) * bar + 40)
    base = height - 30
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
             f' aria-label="events per week">',
             f'<line class="axis" x1="30" y1="{base}" x2="{width - 5}" y2="{base}"/>',
             f'<text class="tick" x="26" y="{base - (base - 20) + 4}" text-anchor="end">{top}</text>']
    year = ""
    for i, w in enumerate(weeks):
        x = 32 + i * bar
        h = (base - 20) * w["events"] / top
        if w["week"][:4] != year:
            year = w["week"][:4]
            parts.append(f'<text class="tick" x="{x}" y="{base + 16}">{year}</text>')
        if w["events"]:
            end = _week_end(w["week"])
            link = escape(f"/?{query}&" if query else "/?") + f'date_from={w["week"]}&amp;date_to={end}'
            parts.append(f'<a href="{link}"><rect class="bar" x="{x}"'
                         f' y="{base - h:.1f}" width="{max(1, bar - 1)}" height="{h:.1f}"><title>week of {w["week"]}:'
                         f' {w["events"]} events</title></rect></a>')
    parts.append("</svg>")
    return "".join(parts)


def _week_end(monday: str) -> str:
    return (date.fromisoformat(monday) + timedelta(days=6)).isoformat()
