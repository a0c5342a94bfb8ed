"""Which events a filter keeps, found once per request: the filter (its text search and its people's names are
the costly parts) is evaluated into a temporary table of the connection, and the count, the page, the facets,
the network and the timeline are then read over that table. With no filter, the counts are read from
`browse_counts` and `browse_links`, which browse.refresh computes with these same queries over every event."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from diplograph.resolve.identity import fold
from diplograph.store.db import Database
from diplograph.store.labels import fold_text

# a year, month or day; a day past its month's end (02-30) bounds like the month's end, as the strings compare
DAY = re.compile(r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
# what each count groups the chosen events or their participants by: (value, label, affiliation, events);
# `{events}` and `{participants}` are the FROM items of the chosen rows (aliases e and p; e needs only the
# columns that the temporary selection copies: type, status, month, week)
COUNTS = {
    "type": "SELECT e.type, NULL, NULL, count(*) FROM {events} GROUP BY 1",
    "status": "SELECT e.status, NULL, NULL, count(*) FROM {events} GROUP BY 1",
    "month": "SELECT e.month, NULL, NULL, count(*) FROM {events} WHERE e.month IS NOT NULL GROUP BY 1",
    "week": "SELECT coalesce(e.week, ''), NULL, NULL, count(*) FROM {events} GROUP BY 1",
    "side": "SELECT p.affiliation, NULL, NULL, count(DISTINCT p.event_id) FROM {participants} GROUP BY 1",
    "actor": "SELECT p.actor_id, min(p.label), min(p.affiliation), count(DISTINCT p.event_id) FROM {participants}"
             " GROUP BY 1",
}
# pairs of sides (or people) taking part in the same events: (one, other, events), one < other; CROSS JOIN
# keeps SQLite from reading every participant first (the chosen events, then their participants, is less)
LINKS = {by: f"SELECT p.{by}, q.{by}, count(DISTINCT p.event_id) FROM {{participants}}"
             f" CROSS JOIN browse_participants q ON q.event_id = p.event_id AND p.{by} < q.{by} GROUP BY 1, 2"
         for by in ("affiliation", "actor_id")}
ALL_EVENTS = "browse_events e"
ALL_PARTICIPANTS = "browse_participants p"


@dataclass(frozen=True)
class EventFilter:
    """What the event list is narrowed to; empty fields do not filter. `affiliation` and `actor` may list
    several, comma-separated: every one must take part (a pair)."""

    date_from: str = ""
    date_to: str = ""
    affiliation: str = ""
    actor: str = ""
    type: str = ""
    status: str = ""
    topic: str = ""
    text: str = ""

    def active(self) -> dict[str, str]:
        """The filters that are set, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def normal(self) -> EventFilter:
        """Stripped, codes in their case (sides upper, types lower), dates checked: a bad date raises
        ValueError with a message for the user."""
        clean = {f.name: " ".join(getattr(self, f.name).split()) for f in fields(self)}
        for key in ("date_from", "date_to"):
            if clean[key] and not DAY.match(clean[key]):
                raise ValueError(f"{key} must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not {clean[key]!r}")
        clean["affiliation"] = ",".join(a.strip().upper() for a in clean["affiliation"].split(",") if a.strip())
        for key in ("type", "status", "topic"):
            clean[key] = clean[key].lower()
        return replace(self, **clean)


def actor_ids(db: Database, query: str) -> list[str]:
    """The people a query names: an actor id, a Wikidata id or any of their names in any script, matched
    whole after folding (case, Traditional→Simplified, spaces and dots)."""
    key = fold(query)
    return [r[0] for r in db.conn.execute("SELECT actor_id FROM browse_names WHERE folded = ?", (key,))] if key else []


def _where(db: Database, f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if f.date_from:
        clauses.append("e.date_key >= ? AND e.date_key != ''")
        args.append(f.date_from)
    if f.date_to:
        clauses.append("substr(e.date_key, 1, ?) <= ? AND e.date_key != ''")  # `2025-11` ends on the 30th
        args += [len(f.date_to), f.date_to]
    for column in ("type", "status"):
        if getattr(f, column):
            clauses.append(f"e.{column} = ?")
            args.append(getattr(f, column))
    for side in filter(None, f.affiliation.split(",")):
        clauses.append("e.event_id IN (SELECT event_id FROM browse_participants WHERE affiliation = ?)")
        args.append(side)
    for name in filter(None, (a.strip() for a in f.actor.split(","))):
        ids = actor_ids(db, name)
        marks = ",".join("?" * len(ids)) or "NULL"
        clauses.append(f"e.event_id IN (SELECT event_id FROM browse_participants WHERE actor_id IN ({marks}))")
        args += ids
    if f.topic:
        clauses.append("e.event_id IN (SELECT event_id FROM browse_topics WHERE topic = ?)")
        args.append(f.topic)
    if f.text:
        clause, more = _text_clause(f.text)
        clauses.append(clause)
        args += more
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _text_clause(text: str) -> tuple[str, list[Any]]:
    """Events whose reports hold the words: the folded trigram index over titles and bodies for three
    characters or more, read from its hits to their events; below that, the folded headlines and evidence
    sentences (a table of their own, so that the scan reads them alone)."""
    folded = fold_text(text)
    if len(folded) < 3:
        return "e.event_id IN (SELECT event_id FROM browse_text WHERE instr(text, ?) > 0)", [folded]
    phrase = '"' + folded.replace('"', '""') + '"'
    return ("e.event_id IN (SELECT s.event_id FROM documents_fts f JOIN search_state st ON st.fts_rowid = f.rowid"
            " JOIN browse_sources s ON s.doc_id = st.doc_id WHERE documents_fts MATCH ?)"), [phrase]


class Selection:
    """The events a filter keeps. Their ids, with the columns that are counted, are written once into
    `temp.selected` (a table of this connection only) and every count is read over it. A connection holds
    one selection at a time: a newer selection takes the table, and an older one used again writes it
    again, so neither ever reads the other's events. A web app gives each worker thread its own connection."""

    _serial = itertools.count()

    def __init__(self, db: Database, f: EventFilter) -> None:
        self.db, self.f = db, f
        self.where, self.args = _where(db, f)
        self.key = str(next(self._serial))
        self._total: int | None = None

    @property
    def everything(self) -> bool:
        """Whether the filter keeps every event."""
        return not self.where

    def _fill(self) -> None:
        """Write this selection's ids into the connection's table unless it holds them already."""
        conn = self.db.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS selected (event_id TEXT PRIMARY KEY, type TEXT, status TEXT,"
                     " month TEXT, week TEXT) WITHOUT ROWID")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS selected_by (key TEXT NOT NULL)")
        held = conn.execute("SELECT key FROM temp.selected_by").fetchone()
        if held is not None and held[0] == self.key:
            return
        conn.execute("DELETE FROM temp.selected")
        self._total = conn.execute(f"INSERT INTO temp.selected SELECT e.event_id, e.type, e.status, e.month, e.week"
                                   f" FROM browse_events e INDEXED BY browse_events_filter{self.where}",
                                   self.args).rowcount
        conn.execute("DELETE FROM temp.selected_by")
        conn.execute("INSERT INTO temp.selected_by (key) VALUES (?)", (self.key,))

    def events(self) -> str:
        """The chosen events as a FROM item (alias e)."""
        if self.everything:
            return ALL_EVENTS
        self._fill()
        return "temp.selected x CROSS JOIN browse_events e ON e.event_id = x.event_id"

    def counted(self) -> str:
        """The chosen events' type, status, month and week as a FROM item (alias e): the copy the selection
        keeps, so that counting them reads no event again."""
        if self.everything:
            return ALL_EVENTS
        self._fill()
        return "temp.selected e"

    def participants(self) -> str:
        """The participants of the chosen events as a FROM item (alias p)."""
        if self.everything:
            return ALL_PARTICIPANTS
        self._fill()
        return "temp.selected x CROSS JOIN browse_participants p ON p.event_id = x.event_id"

    def total(self) -> int:
        """How many events are chosen."""
        if self.everything:
            return self.all_events()
        self._fill()
        if self._total is None:
            self._total = self.db.conn.execute("SELECT count(*) FROM temp.selected").fetchone()[0]
        return self._total

    def all_events(self) -> int:
        """How many events there are, chosen or not."""
        return self.db.conn.execute("SELECT count(*) FROM browse_events").fetchone()[0]

    def counts(self, kind: str) -> list[tuple[Any, ...]]:
        """(value, label, affiliation, events) of the chosen events grouped as COUNTS[kind] says; read from
        the stored counts when every event is chosen and they were stored."""
        if self.everything and _stored(self.db):
            return self.db.conn.execute("SELECT value, label, affiliation, events FROM browse_counts WHERE kind = ?",
                                        (kind,)).fetchall()
        sql = COUNTS[kind].format(events=self.counted() if "{events}" in COUNTS[kind] else "",
                                  participants=self.participants() if "{participants}" in COUNTS[kind] else "")
        return self.db.conn.execute(sql).fetchall()

    def links(self, by: str) -> list[tuple[Any, ...]]:
        """(one, other, events) for every pair of sides (by `affiliation`) or people (`actor_id`) that took
        part in the same chosen events."""
        if self.everything and _stored(self.db):
            return self.db.conn.execute("SELECT source, target, events FROM browse_links WHERE kind = ?",
                                        (by,)).fetchall()
        return self.db.conn.execute(LINKS[by].format(participants=self.participants())).fetchall()


def _stored(db: Database) -> bool:
    """Whether browse.refresh stored the counts of every event (a database migrated since keeps none)."""
    return db.conn.execute("SELECT EXISTS (SELECT 1 FROM browse_counts)").fetchone()[0] == 1


def select(db: Database, f: EventFilter | Selection) -> Selection:
    """The selection of a filter (a selection is its own)."""
    return f if isinstance(f, Selection) else Selection(db, f)
