"""Read queries the CLI, the API, the pages and the downloads share, over the browse tables (one row per merged
event): filtered and sorted events with keyset or offset paging, facet counts, the network and the timeline
of the same filtered events, actors, documents and folded full-text search. Each takes a Database and
returns plain data, so no page can count differently from the API."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import orjson

from diplograph.store.db import Database
from diplograph.store.labels import fold_text, side_name
from diplograph.store.selection import EventFilter as EventFilter
from diplograph.store.selection import Selection as Selection
from diplograph.store.selection import actor_ids as actor_ids
from diplograph.store.selection import select

SORTS = {  # name → ORDER BY, each the order of an index of browse_events; `newest` also pages by key (`after`)
    "newest": "e.date_key DESC, e.event_id DESC",
    "oldest": "e.date_key = '', e.date_key, e.event_id",
    "sources": "e.sources DESC, e.date_key DESC, e.event_id DESC",
}
LIST_COLUMNS = "e.event_id, e.date_key, e.type, e.status, e.sources, e.outlet, e.url, e.title, e.lang, e.summary"


def _list_rows(db: Database, rows: list[Any]) -> list[dict[str, Any]]:
    """List rows with their records, read for these rows only (a record is the large part of an event)."""
    out = [dict(r) for r in rows]
    marks = ",".join("?" * len(out))
    records = dict(db.conn.execute(f"SELECT event_id, record FROM browse_records WHERE event_id IN ({marks})",
                                   [r["event_id"] for r in out]).fetchall()) if out else {}
    for r in out:
        r["date"] = r.pop("date_key") or None
        r["record"] = orjson.loads(records[r["event_id"]])
    return out


def count_events(db: Database, f: EventFilter | Selection) -> int:
    """How many events match."""
    return select(db, f).total()


def _ordered(s: Selection, sort: str, after: tuple[str, str] | None, window: int) -> tuple[str, list[Any]]:
    """FROM and WHERE of the chosen events in `sort` order, from the row after `after` (newest only). Few
    chosen events are read and sorted; many are read along the sort's index, keeping the chosen ones, which
    stops after `window` rows: walking costs about window × all / chosen steps, sorting about chosen."""
    clauses, args = [], []
    if after is not None and sort == "newest":  # undated events ('' sorts lowest) come last
        clauses.append("(e.date_key < ? OR e.date_key = ? AND e.event_id < ?)" if after[0] else
                       "(e.date_key = '' AND e.event_id < ?)")
        args += [after[0], after[0], after[1]] if after[0] else [after[1]]
    if s.everything:
        source = "browse_events e"
    elif window * s.all_events() < s.total() ** 2:
        source = "browse_events e"
        clauses.append("+e.event_id IN (SELECT event_id FROM temp.selected)")  # `+`: walk the sort's index
    else:
        source = s.events()
    return source + (" WHERE " + " AND ".join(clauses) if clauses else ""), args


def find_events(db: Database, f: EventFilter | Selection, limit: int = 50, offset: int = 0, sort: str = "newest",
                after: tuple[str, str] | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(how many events match, one page of them) as list rows: summary, sources, outlet and the event in the
    export format under `record`. `after` (date, event id) of the last row seen pages by key (newest only)."""
    s = select(db, f)
    total = s.total()
    if after is not None and sort == "newest":
        offset = 0
    source, args = _ordered(s, sort, after, offset + limit if limit >= 0 else total)
    rows = db.conn.execute(f"SELECT {LIST_COLUMNS} FROM {source} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                           [*args, limit, offset])
    return total, _list_rows(db, rows.fetchall())


def iter_event_ids(db: Database, f: EventFilter | Selection, sort: str = "newest") -> list[str]:
    """The ids of every matching event, in `sort` order."""
    s = select(db, f)
    source, args = _ordered(s, sort, None, s.total())
    return [r[0] for r in db.conn.execute(f"SELECT e.event_id FROM {source} ORDER BY {SORTS[sort]}", args)]


def iter_records(db: Database, ids: list[str], chunk: int = 500) -> Any:
    """(list row without its record, the record as stored JSON text) of these events in this order, read a
    chunk at a time (for downloads: the record is written out as stored, never decoded)."""
    for k in range(0, len(ids), chunk):
        part = ids[k:k + chunk]
        marks = ",".join("?" * len(part))
        rows = {r["event_id"]: r for r in db.conn.execute(
            f"SELECT {LIST_COLUMNS}, r.record FROM browse_events e JOIN browse_records r USING (event_id)"
            f" WHERE e.event_id IN ({marks})", part)}
        for event_id in part:
            if event_id in rows:
                row = dict(rows[event_id])
                row["date"] = row.pop("date_key") or None
                yield row, row.pop("record")


def facets(db: Database, f: EventFilter | Selection, sides: int = 12) -> dict[str, list[dict[str, Any]]]:
    """Counts of the matching events by type, status, month and side (the commonest `sides`)."""
    s = select(db, f)
    out = {}
    for name in ("type", "status", "month"):
        rows = sorted(((v, n) for v, _, _, n in s.counts(name) if v), key=lambda r: (-r[1], r[0]))
        if name == "month":
            rows.sort(reverse=True)
        out[name] = [{"value": v, "events": n} for v, n in rows]
    busiest = sorted(((v, n) for v, _, _, n in s.counts("side")), key=lambda r: (-r[1], r[0]))[:sides]
    out["side"] = [{"value": v, "name": side_name(v), "events": n} for v, n in busiest]
    return out


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
    rows = sorted(((v, n) for v, _, _, n in Selection(db, EventFilter()).counts("side")), key=lambda r: (-r[1], r[0]))
    return [{"value": v, "name": side_name(v), "events": n} for v, n in rows]


def search_documents(db: Database, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Documents whose title or body holds the query, case- and script-folded: the trigram index for three
    characters or more, a scan of the index's folded text below that (never of the documents, whose rows
    hold the raw pages). The snippet is cut from the original text."""
    folded = fold_text(query.strip())
    if not folded:
        return []
    if len(folded) >= 3:
        match = "documents_fts MATCH ? ORDER BY rank"
        arg: list[Any] = ['"' + folded.replace('"', '""') + '"']
    else:
        match, arg = "instr(documents_fts.title, ?1) > 0 OR instr(documents_fts.body, ?1) > 0", [folded]
    ids = [r[0] for r in db.conn.execute(
        "SELECT s.doc_id FROM documents_fts JOIN search_state s ON s.fts_rowid = documents_fts.rowid"
        f" WHERE {match} LIMIT ?", [*arg, limit])]
    rows = [db.conn.execute("SELECT doc_id, source, title, published, lang, body FROM documents WHERE doc_id = ?",
                            (k,)).fetchone() for k in ids]
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


def network(db: Database, f: EventFilter | Selection, by: str = "affiliation") -> dict[str, Any]:
    """Who interacted with whom among the matching events: nodes (sides or people, with a readable label)
    and edges weighted by shared events; `total` is the number of matching events."""
    s = select(db, f)
    people = by == "actor"
    nodes = sorted(s.counts("actor" if people else "side"), key=lambda r: (-r[3], r[0]))
    edges = sorted(s.links("actor_id" if people else "affiliation"), key=lambda r: (-r[2], r[0], r[1]))
    return {"by": "actor" if people else "affiliation", "total": s.total(),
            "nodes": [{"id": k, "label": label if people else side_name(k), "affiliation": aff if people else k,
                       "events": n} for k, label, aff, n in nodes],
            "edges": [{"source": a, "target": b, "events": n} for a, b, n in edges]}


def timeline(db: Database, f: EventFilter | Selection) -> dict[str, Any]:
    """The matching events per ISO week (Monday first, empty weeks included); `total` is every matching
    event and `without_day` those dated by month only or not at all."""
    counts = {week: n for week, _, _, n in select(db, f).counts("week")}
    total = sum(counts.values())
    without_day = counts.pop("", 0)
    weeks = []
    if counts:
        week, last = date.fromisoformat(min(counts)), date.fromisoformat(max(counts))
        while week <= last:
            weeks.append({"week": week.isoformat(), "events": counts.get(week.isoformat(), 0)})
            week = date.fromordinal(week.toordinal() + 7)
    return {"total": total, "without_day": without_day, "weeks": weeks}
