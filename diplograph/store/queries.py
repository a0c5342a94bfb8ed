"""Read queries the CLI, the API, the pages and the downloads share, over the browse tables (one row per merged
event): filtered and sorted events with keyset or offset paging, facet counts, the network and the timeline
of the same filtered events, actors, documents and folded full-text search. Each takes a Database and
returns plain data, so no page can count differently from the API."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from diplograph.resolve.identity import fold
from diplograph.store.db import Database
from diplograph.store.labels import fold_text, side_name

SORTS = {  # name → ORDER BY; `newest` also pages by key (`after`)
    "newest": "e.date_key DESC, e.event_id DESC",
    "oldest": "e.date_key = '', e.date_key, e.event_id",
    "sources": "e.sources DESC, e.date_key DESC, e.event_id DESC",
}
# a year, month or day; a day past its month's end (02-30) bounds like the month's end, as the strings compare
DAY = re.compile(r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
LIST_COLUMNS = "e.event_id, e.date_key, e.type, e.status, e.sources, e.outlet, e.url, e.title, e.lang, e.summary"


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
    characters or more; below that, the folded headlines and evidence sentences."""
    folded = fold_text(text)
    if len(folded) < 3:
        return "e.event_id IN (SELECT event_id FROM browse_records WHERE instr(text, ?) > 0)", [folded]
    phrase = '"' + folded.replace('"', '""') + '"'
    return ("e.event_id IN (SELECT s.event_id FROM browse_sources s JOIN search_state st ON st.doc_id = s.doc_id"
            " WHERE st.fts_rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))"), [phrase]


def _list_rows(db: Database, rows: list[Any]) -> list[dict[str, Any]]:
    """List rows with their records, read for these rows only (a record is the large part of an event)."""
    out = [dict(r) for r in rows]
    marks = ",".join("?" * len(out))
    records = dict(db.conn.execute(f"SELECT event_id, record FROM browse_records WHERE event_id IN ({marks})",
                                   [r["event_id"] for r in out]).fetchall()) if out else {}
    for r in out:
        r["date"] = r.pop("date_key") or None
        r["record"] = json.loads(records[r["event_id"]])
    return out


def count_events(db: Database, f: EventFilter) -> int:
    """How many events match."""
    where, args = _where(db, f)
    return db.conn.execute(f"SELECT count(*) FROM browse_events e{where}", args).fetchone()[0]


def find_events(db: Database, f: EventFilter, limit: int = 50, offset: int = 0, sort: str = "newest",
                after: tuple[str, str] | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(how many events match, one page of them) as list rows: summary, sources, outlet and the event in the
    export format under `record`. `after` (date, event id) of the last row seen pages by key (newest only)."""
    where, args = _where(db, f)
    total = db.conn.execute(f"SELECT count(*) FROM browse_events e{where}", args).fetchone()[0]
    if after is not None and sort == "newest":  # undated events ('' sorts lowest) come last
        key, more = (("(e.date_key < ? OR e.date_key = ? AND e.event_id < ?)", [after[0], after[0], after[1]])
                     if after[0] else ("(e.date_key = '' AND e.event_id < ?)", [after[1]]))
        where += (" AND " if where else " WHERE ") + key
        args += more
        offset = 0
    rows = db.conn.execute(f"SELECT {LIST_COLUMNS} FROM browse_events e{where} ORDER BY {SORTS[sort]}"
                           " LIMIT ? OFFSET ?", [*args, limit, offset])
    return total, _list_rows(db, rows.fetchall())


def iter_events(db: Database, f: EventFilter, sort: str = "newest") -> Any:
    """Every matching event, streamed, for downloads."""
    where, args = _where(db, f)
    cursor = db.conn.execute(f"SELECT {LIST_COLUMNS} FROM browse_events e{where} ORDER BY {SORTS[sort]}", args)
    while rows := cursor.fetchmany(500):
        yield from _list_rows(db, rows)


def facets(db: Database, f: EventFilter, sides: int = 12) -> dict[str, list[dict[str, Any]]]:
    """Counts of the matching events by type, status, month and side (the commonest `sides`)."""
    where, args = _where(db, f)
    out = {}
    for name, column in (("type", "e.type"), ("status", "e.status"), ("month", "e.month")):
        rows = db.conn.execute(f"SELECT {column}, count(*) FROM browse_events e{where} GROUP BY 1"
                               f" ORDER BY {'1 DESC' if name == 'month' else '2 DESC, 1'}", args)
        out[name] = [{"value": v, "events": n} for v, n in rows if v]
    rows = db.conn.execute(
        f"SELECT p.affiliation, count(DISTINCT p.event_id) FROM {_chosen(where)} p GROUP BY 1 ORDER BY 2 DESC, 1"
        " LIMIT ?", [*args, sides])
    out["side"] = [{"value": v, "name": side_name(v), "events": n} for v, n in rows]
    return out


def _chosen(where: str) -> str:
    """The participants of the events a WHERE clause keeps, as a FROM item (all of them when it keeps all)."""
    if not where:
        return "browse_participants"
    return (f"(SELECT p.* FROM (SELECT e.event_id FROM browse_events e{where}) x"
            " JOIN browse_participants p USING (event_id))")


def get_event(db: Database, event_id: str) -> dict[str, Any] | None:
    """One event as a list row (its record merged over every report), found by its id or any of its frames'."""
    row = db.conn.execute(f"SELECT {LIST_COLUMNS} FROM browse_events e WHERE e.event_id = ?", (event_id,)).fetchone()
    if row is None:
        row = db.conn.execute(f"SELECT {LIST_COLUMNS} FROM browse_events e JOIN event_clusters c"
                              " ON c.event_id = e.event_id WHERE c.frame_id = ?", (event_id,)).fetchone()
    return _list_rows(db, [row])[0] if row else None


def event_frames(db: Database, event_id: str) -> list[dict[str, Any]]:
    """Every stored frame (one per reporting document) of one event, the event's own frame first."""
    rows = db.conn.execute(
        "SELECT e.*, d.source, d.lang FROM events e JOIN documents d USING (doc_id) WHERE e.frame_id = ? OR"
        " e.frame_id IN (SELECT frame_id FROM event_clusters WHERE event_id = ?) ORDER BY e.frame_id != ?, d.source",
        (event_id, event_id, event_id))
    out = []
    for row in rows:
        frame = dict(row)
        for key in ("participants", "codes", "spans", "topics", "statements", "topic_cues", "commitments"):
            frame[key] = json.loads(frame[key])
        out.append(frame)
    return out


def listed_events(db: Database, limit: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many events, the newest `limit` of them or all with 0), each merged over its reports as `show` and
    the export give it (the exchange format), its reports listed under `reports`."""
    total, rows = find_events(db, EventFilter(), limit=limit if limit > 0 else -1)
    return total, [{**r["record"], "reports": r["record"]["sources"]} for r in rows]


def failed_documents(db: Database) -> list[dict[str, Any]]:
    """Every stored document that could not be processed: source and error, in source order."""
    rows = db.conn.execute("SELECT doc_id, source, error FROM documents WHERE error IS NOT NULL ORDER BY source")
    return [dict(r) for r in rows]


def document_events(db: Database, doc_id: str) -> list[dict[str, Any]]:
    """The events a document reports, newest first."""
    rows = db.conn.execute(f"SELECT {LIST_COLUMNS} FROM browse_events e JOIN browse_sources s USING (event_id)"
                           f" WHERE s.doc_id = ? ORDER BY {SORTS['newest']}", (doc_id,))
    return _list_rows(db, rows.fetchall())


def dropped_frames(db: Database, doc_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Frames the extractor left out, with the reason (of these documents, or of all), in text order."""
    sql = "SELECT f.*, d.source FROM dropped_frames f JOIN documents d USING (doc_id)"
    args: list[str] = list(doc_ids or [])
    if doc_ids is not None:
        sql += f" WHERE f.doc_id IN ({','.join('?' * len(args))})"
    rows = db.conn.execute(sql + " ORDER BY d.source, f.doc_id, f.seq", args)
    return [{**dict(r), "trigger": json.loads(r["trigger"])} for r in rows]


def get_document(db: Database, doc_id: str) -> dict[str, Any] | None:
    """One stored document (without its raw text) with every source it was seen at, or None."""
    row = db.conn.execute("SELECT doc_id, source, format, encoding, body, lang, title, published, dateline, meta,"
                          " spans, error FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    out = dict(row)
    for key in ("dateline", "meta", "spans"):
        out[key] = json.loads(out[key]) if out[key] else None
    out["url"] = (out["meta"] or {}).get("url")
    out["sources"] = db.sources_of(doc_id)
    return out


def _actor(row: Any) -> dict[str, Any]:
    out = dict(row)
    out["names"], out["offices"] = json.loads(out["names"]), json.loads(out["offices"])
    out["side_name"] = side_name(out["affiliation"])
    return out


def list_actors(db: Database, affiliation: str = "", limit: int = 100_000, offset: int = 0,
                ) -> tuple[int, list[dict[str, Any]]]:
    """(how many, one page of) people and sides: names per script, label, offices, events; busiest first."""
    where, args = (" WHERE affiliation = ?", [affiliation.upper()]) if affiliation else ("", [])
    total = db.conn.execute(f"SELECT count(*) FROM browse_actors{where}", args).fetchone()[0]
    rows = db.conn.execute(f"SELECT * FROM browse_actors{where} ORDER BY events DESC, actor_id LIMIT ? OFFSET ?",
                           [*args, limit, offset])
    return total, [_actor(r) for r in rows]


def get_actor(db: Database, actor_id: str) -> dict[str, Any] | None:
    """One person or side by id, or None."""
    row = db.conn.execute("SELECT * FROM browse_actors WHERE actor_id = ?", (actor_id,)).fetchone()
    return _actor(row) if row else None


def affiliations(db: Database) -> list[dict[str, Any]]:
    """Every side with its name and events, busiest first."""
    rows = db.conn.execute("SELECT affiliation, count(DISTINCT event_id) FROM browse_participants GROUP BY 1"
                           " ORDER BY 2 DESC, 1")
    return [{"value": v, "name": side_name(v), "events": n} for v, n in rows]


def search_documents(db: Database, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Documents whose title or body holds the query, case- and script-folded: the trigram index for three
    characters or more, a scan below that. The snippet is cut from the original text."""
    folded = fold_text(query.strip())
    if not folded:
        return []
    if len(folded) >= 3:
        phrase = '"' + folded.replace('"', '""') + '"'
        ids = [r[0] for r in db.conn.execute(
            "SELECT s.doc_id FROM documents_fts JOIN search_state s ON s.fts_rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (phrase, limit))]
        rows = [db.conn.execute("SELECT doc_id, source, title, published, lang, body FROM documents"
                                " WHERE doc_id = ?", (k,)).fetchone() for k in ids]
    else:
        rows = db.conn.execute("SELECT doc_id, source, title, published, lang, body FROM documents"
                               " WHERE instr(lower(title), ?) > 0 OR instr(lower(body), ?) > 0 LIMIT ?",
                               (folded, folded, limit)).fetchall()
    return [{"doc_id": r[0], "source": r[1], "title": r[2], "published": r[3], "lang": r[4],
             "snippet": _snippet(r[5] or "", folded) or _snippet(r[2] or "", folded) or (r[5] or "")[:80]}
            for r in rows if r is not None]


def _snippet(body: str, folded: str, width: int = 40) -> str:
    """The words around the first hit, from the original text (folding keeps positions), or '' without one."""
    k = fold_text(body).find(folded)
    if k < 0:
        return ""
    a, b = max(0, k - width), min(len(body), k + len(folded) + width)
    return ("…" if a else "") + body[a:k] + "[" + body[k:k + len(folded)] + "]" + body[k + len(folded):b] + \
        ("…" if b < len(body) else "")


def network(db: Database, f: EventFilter, by: str = "affiliation") -> dict[str, Any]:
    """Who interacted with whom among the matching events: nodes (sides or people, with a readable label)
    and edges weighted by shared events; `total` is the number of matching events."""
    where, args = _where(db, f)
    column = "actor_id" if by == "actor" else "affiliation"
    nodes = db.conn.execute(
        f"SELECT p.{column}, min(p.label), min(p.affiliation), count(DISTINCT p.event_id) FROM {_chosen(where)} p"
        " GROUP BY 1 ORDER BY 4 DESC, 1", args).fetchall()
    edges = db.conn.execute(
        f"SELECT a.{column}, b.{column}, count(DISTINCT a.event_id) FROM {_chosen(where)} a"
        f" JOIN browse_participants b ON a.event_id = b.event_id AND a.{column} < b.{column}"
        " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2", args).fetchall()
    total = db.conn.execute(f"SELECT count(*) FROM browse_events e{where}", args).fetchone()[0]
    return {"by": "actor" if by == "actor" else "affiliation", "total": total,
            "nodes": [{"id": k, "label": label if by == "actor" else side_name(k), "affiliation": aff, "events": n}
                      for k, label, aff, n in nodes],
            "edges": [{"source": a, "target": b, "events": n} for a, b, n in edges]}


def timeline(db: Database, f: EventFilter) -> dict[str, Any]:
    """The matching events per ISO week (Monday first, empty weeks included); `total` is every matching
    event and `without_day` those dated by month only or not at all."""
    where, args = _where(db, f)
    counts = dict(db.conn.execute(f"SELECT e.week, count(*) FROM browse_events e{where} GROUP BY 1", args).fetchall())
    total = sum(counts.values())
    without_day = counts.pop(None, 0)
    weeks = []
    if counts:
        week, last = date.fromisoformat(min(counts)), date.fromisoformat(max(counts))
        while week <= last:
            weeks.append({"week": week.isoformat(), "events": counts.get(week.isoformat(), 0)})
            week = date.fromordinal(week.toordinal() + 7)
    return {"total": total, "without_day": without_day, "weeks": weeks}
