"""Read queries the CLI, the API and the web pages share: filtered events, one event or document, actors,
full-text search, the interaction network and weekly counts. Each takes a Database and returns plain data."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from diplograph.merge.events import merged_row
from diplograph.resolve.identity import participant_id
from diplograph.store.db import Database

EVENT_COLUMNS = ("e.frame_id, e.doc_id, e.seq, e.type, e.status, e.date, e.date_from, e.participants, e.codes,"
                 " e.spans, e.evidence, e.topics, e.statements, e.topic_cues, e.commitments, d.source, d.published,"
                 " d.lang, d.title AS doc_title,"
                 " coalesce((SELECT c.event_id FROM event_clusters c WHERE c.frame_id = e.frame_id), e.frame_id)"
                 " AS event_id")


@dataclass(frozen=True)
class EventFilter:
    """What the event list is narrowed to; empty fields do not filter."""

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


# one row per real-world event: the frame whose id the merge gave the event. A frame no merge has taken in
# yet (an ingest is running) is not listed, so readers see the last complete merge, never a half-merged state
REPRESENTATIVE = ("EXISTS (SELECT 1 FROM event_clusters c WHERE c.frame_id = e.frame_id"
                  " AND c.event_id = e.frame_id)")


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = [REPRESENTATIVE]
    args: list[Any] = []
    if f.date_from:
        clauses.append("e.date >= ?")
        args.append(f.date_from)
    if f.date_to:
        clauses.append("substr(e.date, 1, ?) <= ?")  # `2025-11` and `2025-11-03` both end by `2025-11-30`
        args += [len(f.date_to), f.date_to]
    for column, value in (("type", f.type), ("status", f.status)):
        if value:
            clauses.append(f"e.{column} = ?")
            args.append(value)
    if f.affiliation:
        clauses.append("EXISTS (SELECT 1 FROM event_participants p WHERE p.frame_id = e.frame_id"
                       " AND p.affiliation = ?)")
        args.append(f.affiliation.upper())
    if f.actor:
        # an actor id, or any name of a participant in any script
        clauses.append("EXISTS (SELECT 1 FROM event_participants p WHERE p.frame_id = e.frame_id"
                       " AND (p.actor_id = ? OR instr(p.name, ?) > 0))")
        args += [f.actor, json.dumps(f.actor, ensure_ascii=False)[1:-1]]
    if f.topic:
        clauses.append("EXISTS (SELECT 1 FROM json_each(e.topics) t WHERE t.value = ?)")
        args.append(f.topic)
    if f.text:
        clauses.append("(instr(e.evidence, ?) > 0 OR instr(d.title, ?) > 0 OR instr(d.body, ?) > 0)")
        args += [f.text] * 3
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _event_row(row: Any) -> dict[str, Any]:
    out = dict(row)
    for key in ("participants", "codes", "spans", "topics", "statements", "topic_cues", "commitments"):
        out[key] = json.loads(out[key])
    for p in out["participants"]:
        p["actor_id"] = participant_id(p)
    return out


def find_events(db: Database, f: EventFilter, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many events match, one page of them newest first) as stored rows with their document's source."""
    where, args = _where(f)
    base = f"FROM events e JOIN documents d USING (doc_id){where}"
    total = db.conn.execute(f"SELECT count(*) {base}", args).fetchone()[0]
    rows = db.conn.execute(
        f"SELECT {EVENT_COLUMNS} {base} ORDER BY e.date IS NULL, e.date DESC, d.source, e.seq LIMIT ? OFFSET ?",
        [*args, limit, offset])
    return total, [_event_row(r) for r in rows]


def event_frames(db: Database, event_id: str) -> list[dict[str, Any]]:
    """Every stored frame (one per reporting document) of one event, the event's own frame first."""
    rows = db.conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN documents d USING (doc_id) WHERE e.frame_id = ? OR e.frame_id"
        " IN (SELECT frame_id FROM event_clusters WHERE event_id = ?) ORDER BY e.frame_id != ?, d.source",
        (event_id, event_id, event_id))
    return [_event_row(r) for r in rows]


def get_event(db: Database, event_id: str) -> dict[str, Any] | None:
    """One event as a stored-frame-like row: merged over its reports when there are several, or None."""
    frames = event_frames(db, event_id)
    if not frames:
        return None
    return frames[0] if len(frames) == 1 else merged_row(frames, event_id)


def expand(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    """A listed row with the other reports of its event merged in."""
    return get_event(db, row["frame_id"]) or row


def listed_events(db: Database, limit: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many events, the newest `limit` of them or all with 0), each merged over its reports as `show` and
    the export give it; a merged row lists its reports under `reports`."""
    total, rows = find_events(db, EventFilter(), limit=limit if limit > 0 else -1)
    merged = {r[0] for r in db.conn.execute("SELECT event_id FROM event_clusters GROUP BY event_id"
                                            " HAVING count(*) > 1")}
    return total, [expand(db, r) if r["event_id"] in merged else r for r in rows]


def failed_documents(db: Database) -> list[dict[str, Any]]:
    """Every stored document that could not be processed: source and error, in source order."""
    rows = db.conn.execute("SELECT doc_id, source, error FROM documents WHERE error IS NOT NULL ORDER BY source")
    return [dict(r) for r in rows]


def document_events(db: Database, doc_id: str) -> list[dict[str, Any]]:
    """The events found in one document, in text order."""
    rows = db.conn.execute(f"SELECT {EVENT_COLUMNS} FROM events e JOIN documents d USING (doc_id)"
                           " WHERE e.doc_id = ? ORDER BY e.seq", (doc_id,))
    return [_event_row(r) for r in rows]


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
    out["sources"] = db.sources_of(doc_id)
    return out


def list_actors(db: Database, affiliation: str = "") -> list[dict[str, Any]]:
    """Every participant identity: names per script, affiliation, offices and how many events it is in."""
    sql = "SELECT actor_id, affiliation, name, office, frame_id, wikidata, wikidata_by FROM event_participants"
    args: list[Any] = []
    if affiliation:
        sql += " WHERE affiliation = ?"
        args.append(affiliation.upper())
    actors: dict[str, dict[str, Any]] = {}
    clusters = db.event_clusters()
    for key, aff, name, office, frame_id, wikidata, wikidata_by in db.conn.execute(sql, args):
        a = actors.setdefault(key, {"actor_id": key, "affiliation": aff, "wikidata": wikidata, "names": {},
                                    "wikidata_by": wikidata_by, "offices": Counter(), "events": set()})
        if wikidata and not a["wikidata"]:
            a["wikidata"], a["wikidata_by"] = wikidata, wikidata_by
        for script, value in json.loads(name).items():
            a["names"].setdefault(script, [])
            if value not in a["names"][script]:
                a["names"][script].append(value)
        a["offices"][office] += 1
        a["events"].add(clusters.get(frame_id, frame_id))
    # personal names the merge stage recorded replace the titles a participant was also called by (首相)
    learned: dict[str, dict[str, list[str]]] = {}
    for key, name, script in db.conn.execute("SELECT actor_id, name, script FROM actor_aliases ORDER BY name"):
        learned.setdefault(key, {}).setdefault(script, []).append(name)
    out = []
    for key, a in actors.items():
        out.append({**a, "names": learned.get(key, a["names"]), "offices": [o for o, _ in a["offices"].most_common()],
                    "events": len(a["events"])})
    return sorted(out, key=lambda a: (-a["events"], a["actor_id"]))


def actor_events(db: Database, actor: str) -> list[dict[str, Any]]:
    """Every event a participant identity is in, newest first."""
    return find_events(db, EventFilter(actor=actor), limit=10_000)[1]


def search_documents(db: Database, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Documents whose title or body holds the query: FTS5 trigrams for three characters or more, LIKE below."""
    query = query.strip()
    if not query:
        return []
    if len(query) >= 3:
        phrase = '"' + query.replace('"', '""') + '"'
        rows = db.conn.execute(
            "SELECT s.doc_id, snippet(documents_fts, 1, '[', ']', '…', 24) AS snippet FROM documents_fts"
            " JOIN search_state s ON s.fts_rowid = documents_fts.rowid WHERE documents_fts MATCH ?"
            " ORDER BY rank LIMIT ?", (phrase, limit)).fetchall()
        hits = {r[0]: r[1] for r in rows}
    else:
        rows = db.conn.execute("SELECT doc_id, body FROM documents WHERE instr(title, ?) > 0 OR instr(body, ?) > 0"
                               " LIMIT ?", (query, query, limit)).fetchall()
        hits = {r[0]: _snippet(r[1], query) for r in rows}
    if not hits:
        return []
    marks = ",".join("?" * len(hits))
    docs = {r[0]: r for r in db.conn.execute(
        f"SELECT doc_id, source, title, published, lang FROM documents WHERE doc_id IN ({marks})", list(hits))}
    return [{"doc_id": k, "source": docs[k][1], "title": docs[k][2], "published": docs[k][3], "lang": docs[k][4],
             "snippet": v} for k, v in hits.items() if k in docs]


def _snippet(body: str, query: str, width: int = 40) -> str:
    k = body.find(query)
    if k < 0:
        return body[: 2 * width]
    a, b = max(0, k - width), min(len(body), k + len(query) + width)
    return ("…" if a else "") + body[a:k] + "[" + query + "]" + body[k + len(query):b] + ("…" if b < len(body) else "")


def network(db: Database, by: str = "affiliation") -> dict[str, Any]:
    """Who interacted with whom: nodes (affiliations or actors) and edges weighted by shared events."""
    column = "actor_id" if by == "actor" else "affiliation"
    members: dict[str, set[str]] = defaultdict(set)
    for frame_id, key in db.conn.execute(f"SELECT frame_id, {column} FROM event_participants"):
        members[frame_id].add(key)
    edges: Counter[tuple[str, str]] = Counter()
    degree: Counter[str] = Counter()
    for keys in members.values():
        ordered = sorted(keys)
        for k in ordered:
            degree[k] += 1
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                edges[(a, b)] += 1
    return {"by": "actor" if by == "actor" else "affiliation",
            "nodes": [{"id": k, "events": n} for k, n in degree.most_common()],
            "edges": [{"source": a, "target": b, "events": n} for (a, b), n in edges.most_common()]}


DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def weekly_counts(db: Database) -> list[dict[str, Any]]:
    """Events per ISO week (Monday first), with every week between the first and the last, empty ones too."""
    counts: Counter[date] = Counter()
    for (value,) in db.conn.execute("SELECT date FROM events WHERE date IS NOT NULL"):
        m = DAY.match(value)
        if m:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            counts[day - timedelta(days=day.weekday())] += 1
    if not counts:
        return []
    weeks = []
    week, last = min(counts), max(counts)
    while week <= last:
        weeks.append({"week": week.isoformat(), "events": counts.get(week, 0)})
        week += timedelta(days=7)
    return weeks
