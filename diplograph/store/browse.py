"""The browse tables (migrations 0010, 0012-0014): every merged event once, with its participants, topics,
reporting documents and people, the counts of every event, plus the folded search index. Refreshed after each
merge, so that the web app and API page, count and filter over indexed rows instead of merging reports on
every request; a refresh rebuilds only the events whose frames changed, then the people and counts."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import orjson

from diplograph.merge.events import merged_row
from diplograph.resolve.identity import fold, is_named
from diplograph.store.db import VERSIONS, Database
from diplograph.store.labels import fold_text, outlet, person_label, summary
from diplograph.store.records import event_record
from diplograph.store.selection import ALL_EVENTS, ALL_PARTICIPANTS, COUNTS, LINKS

BROWSE_TABLES = ("browse_participants", "browse_topics", "browse_sources", "browse_records", "browse_text",
                 "browse_built", "browse_events", "browse_actors", "browse_names", "browse_counts", "browse_links")
SUMMED = ("browse_actors", "browse_names", "browse_counts", "browse_links")  # over every event: rebuilt whole


def fingerprint(db: Database) -> str:
    """What the browse tables were built from: frames, clusters, aliases, the newest document and the merge's
    signature of every date window (which changes whenever a window is clustered again)."""
    row = db.conn.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_clusters),"
        " (SELECT count(*) FROM actor_aliases), (SELECT max(ingested_at) FROM documents),"
        " (SELECT count(*) FROM documents),"
        " (SELECT group_concat(window || '=' || signature, ',') FROM merge_windows)").fetchone()
    return hashlib.sha256("|".join(str(v) for v in row).encode()).hexdigest()


def is_fresh(db: Database) -> bool:
    """Whether the browse tables and search index match what is stored."""
    row = db.conn.execute("SELECT value FROM browse_state WHERE key = 'built_from'").fetchone()
    return row is not None and row[0] == fingerprint(db)


def refresh(db: Database, force: bool = False) -> bool:
    """Bring the browse tables and the search index up to date unless nothing changed since the last build:
    the events whose frames changed (all of them with `force`) are built again, the others kept, then the
    people and counts of every event are recomputed; returns whether anything was rebuilt."""
    if not force and is_fresh(db):
        return False
    refresh_search_index(db)
    with db.writing():  # a full disk or a read-only file is reported as such, not as a failed rollback
        signatures = _signatures(db)
        built = {} if force else dict(db.conn.execute("SELECT event_id, signature FROM browse_built"))
        kept = {e for e, sig in built.items() if signatures.get(e) == sig}
        if kept:
            gone = [e for (e,) in db.conn.execute("SELECT event_id FROM browse_events") if e not in kept]
            for table in BROWSE_TABLES:  # each by name: no foreign-key cascade is relied on
                if table not in SUMMED:
                    db.conn.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT value FROM json_each(?))",
                                    (json.dumps(gone),))
        for table in BROWSE_TABLES if not kept else SUMMED:
            db.conn.execute(f"DELETE FROM {table}")
        _write_events(db, signatures, None if not kept else sorted(signatures.keys() - kept))
        _write_actors(db, _people(db))
        _write_counts(db)
        db.conn.execute("INSERT OR REPLACE INTO browse_state (key, value) VALUES ('built_from', ?)",
                        (fingerprint(db),))
    return True


def _signatures(db: Database) -> dict[str, str]:
    """Each event's signature: its frames (those iter_event_groups groups) with their documents' pipeline
    version (a document is processed again only under another), their short fields and their participants
    (which a merge resolves in place). Nothing that differs between two runs over the same input."""
    out: dict[str, str] = {}
    current, h = None, hashlib.blake2b(digest_size=16)
    for event_id, *fields in db.conn.execute(
            "SELECT c.event_id, e.frame_id, d.pipeline_version, e.type, e.status, e.date, e.date_from, e.evidence,"
            " e.participants FROM event_clusters c JOIN events e USING (frame_id) JOIN documents d"
            f" {VERSIONS} USING (doc_id)"
            " ORDER BY c.event_id, e.frame_id"):
        if event_id != current:  # rows come by event: one hash open at a time, not one per event
            if current is not None:
                out[current] = h.hexdigest()
            current, h = event_id, hashlib.blake2b(digest_size=16)
        h.update(orjson.dumps(fields))
    if current is not None:
        out[current] = h.hexdigest()
    return out


def _groups(db: Database, event_ids: list[str] | None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The stored frames of each event (or of these events; the store's groups, streamed), each with its
    document's headline, metadata and dateline."""
    for event_id, rows in db.iter_event_groups(event_ids):
        ids = list(dict.fromkeys(r["doc_id"] for r in rows))
        docs = {r[0]: r for r in db.conn.execute(
            f"SELECT doc_id, title, meta, dateline FROM documents WHERE doc_id IN ({','.join('?' * len(ids))})", ids)}
        for r in rows:
            _, r["doc_title"], meta, dateline = docs[r["doc_id"]]
            r["meta"], r["dateline"] = json.loads(meta) if meta else {}, json.loads(dateline) if dateline else {}
        yield event_id, rows


def _week(day: str | None) -> str | None:
    if not day or len(day) != 10:
        return None
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return None
    return (d - timedelta(days=d.weekday())).isoformat()


WRITE_CHUNK = 2000  # events whose rows are held at once: memory stays flat however many events there are


def _write_events(db: Database, signatures: dict[str, str], event_ids: list[str] | None) -> None:
    """One browse row per event (of all, or of these) with its participants, topics and documents, and what
    it tells of each person (`_person_steps`), written a chunk of events at a time."""
    rows_of: dict[str, list[tuple[Any, ...]]] = {table: [] for table in INSERTS}
    for n, (event_id, rows) in enumerate(_groups(db, event_ids), 1):
        for table, values in _event_rows(event_id, rows, signatures).items():
            rows_of[table] += values
        if n % WRITE_CHUNK == 0:
            _flush(db, rows_of)
    _flush(db, rows_of)


INSERTS = {
    "browse_events": "INSERT INTO browse_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "browse_records": "INSERT INTO browse_records (event_id, record) VALUES (?, ?)",
    "browse_text": "INSERT INTO browse_text (event_id, text) VALUES (?, ?)",
    "browse_participants": "INSERT OR IGNORE INTO browse_participants VALUES (?, ?, ?, ?, ?)",
    "browse_topics": "INSERT OR IGNORE INTO browse_topics (event_id, topic) VALUES (?, ?)",
    "browse_sources": "INSERT OR IGNORE INTO browse_sources (event_id, doc_id) VALUES (?, ?)",
    "browse_built": "INSERT INTO browse_built (event_id, signature, people) VALUES (?, ?, ?)",
}


def _flush(db: Database, rows_of: dict[str, list[tuple[Any, ...]]]) -> None:
    """Write the rows gathered so far, table by table, and let them go."""
    for table, values in rows_of.items():
        db.conn.executemany(INSERTS[table], values)
        values.clear()


def _event_rows(event_id: str, rows: list[dict[str, Any]], signatures: dict[str, str],
                ) -> dict[str, list[tuple[Any, ...]]]:
    """The browse rows of one event, by table."""
    record = event_record(rows[0] if len(rows) == 1 else merged_row(rows, event_id))
    own = [person_label(p["actor_id"], p.get("wikidata"), p["name"], p["affiliation"])
           for p in record["participants"]]
    labels = {p["actor_id"]: label for p, label in zip(record["participants"], own)}
    lead = rows[0]
    day = record["date"] or ""
    text = " ".join(dict.fromkeys(x for r in rows for x in (r["doc_title"] or "", r["evidence"] or "")))
    return {
        "browse_events": [(event_id, day, record["date_from"], _week(day), day[:7] or None, record["type"],
                           record["status"], len({r["doc_id"] for r in rows}), outlet(lead["meta"], lead["dateline"]),
                           (lead["meta"] or {}).get("url"), lead["doc_title"] or "", lead["lang"] or "",
                           summary(record, labels))],
        "browse_records": [(event_id, orjson.dumps(record).decode())],
        "browse_text": [(event_id, fold_text(text))],
        "browse_participants": [(event_id, k, p["actor_id"], p["affiliation"], labels[p["actor_id"]])
                                for k, p in enumerate(record["participants"])],
        "browse_topics": [(event_id, t) for t in dict.fromkeys(record["topics"])],
        "browse_sources": [(event_id, d) for d in dict.fromkeys(r["doc_id"] for r in rows)],
        "browse_built": [(event_id, signatures.get(event_id, ""),
                          orjson.dumps(_person_steps(record, own, rows)).decode())],
    }


def _person_steps(record: dict[str, Any], labels: list[str], rows: list[dict[str, Any]]) -> list[list[Any]]:
    """What an event tells of people, as steps `_people` replays in event order: each participant of the
    merged event with its label (`note`), then each report's names of people already known (`names`) and how
    a report's Wikidata id was found (`by`)."""
    steps: list[list[Any]] = [["note", p["actor_id"], p["affiliation"], p.get("wikidata"), label, is_named(p),
                               p["office"], p["name"]] for p, label in zip(record["participants"], labels)]
    for frame in rows:
        for p in frame["participants"] or []:
            if p.get("actor_id"):
                steps += [["names", p["actor_id"], p["name"]], ["by", p["actor_id"], p.get("wikidata"),
                                                                 p.get("wikidata_by")]]
    return steps


def _people(db: Database) -> dict[str, dict[str, Any]]:
    """Every person and side, from the steps of every event replayed in event order: names per script,
    offices, events, Wikidata id and how it was found."""
    people: dict[str, dict[str, Any]] = {}
    for event_id, steps in db.conn.execute("SELECT event_id, people FROM browse_built ORDER BY event_id"):
        for step in orjson.loads(steps):
            if step[0] == "note":
                _note_person(people, step, event_id)
            elif step[1] in people and step[0] == "names":
                _add_names(people[step[1]], step[2])
            elif step[1] in people and step[2] == people[step[1]]["wikidata"]:
                people[step[1]]["wikidata_by"] = step[3]
    return people


def _note_person(people: dict[str, dict[str, Any]], step: list[Any], event_id: str) -> None:
    _, key, affiliation, wikidata, label, named, office, names = step
    a = people.setdefault(key, {"affiliation": affiliation, "wikidata": wikidata, "wikidata_by": None,
                                "label": label, "names": {}, "offices": Counter(), "events": 0, "last": None,
                                "named": False})
    a["wikidata"] = a["wikidata"] or wikidata
    a["named"] = a["named"] or named
    a["offices"][office] += 1
    if a["last"] != event_id:  # events come in order: a count, not a set of every event's id per person
        a["events"], a["last"] = a["events"] + 1, event_id
    _add_names(a, names)


def _add_names(a: dict[str, Any], names: dict[str, str]) -> None:
    for script, value in names.items():
        listed = a["names"].setdefault(script, [])
        if value not in listed:
            listed.append(value)


def _write_actors(db: Database, people: dict[str, dict[str, Any]]) -> None:
    """One row per person or side, with every name the merge stage learned, and the folded names to match."""
    learned: dict[str, dict[str, list[str]]] = {}
    for key, name, script in db.conn.execute("SELECT actor_id, name, script FROM actor_aliases ORDER BY name"):
        learned.setdefault(key, {}).setdefault(script, []).append(name)
    rows, names = [], set()
    for key, a in people.items():
        shown = learned.get(key) or a["names"]
        rows.append((key, a["affiliation"], a["wikidata"], a["wikidata_by"] if a["wikidata"] else None, a["label"],
                     orjson.dumps(shown).decode(), orjson.dumps([o for o, _ in a["offices"].most_common()]).decode(),
                     a["events"]))
        # every printed form matches whole: a name in any script, or a bare title (法国外长) for the unnamed
        forms = {key, a["wikidata"] or "", a["label"] if a["named"] else ""}
        forms |= {n for ns in (*a["names"].values(), *learned.get(key, {}).values()) for n in ns}
        names |= {(fold(f), key) for f in forms if f and fold(f)}
    db.conn.executemany("INSERT INTO browse_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.conn.executemany("INSERT OR IGNORE INTO browse_names (folded, actor_id) VALUES (?, ?)", names)


def _write_counts(db: Database) -> None:
    """The counts of every event, by the queries that count a filtered selection, for the unfiltered pages."""
    everything = {"events": ALL_EVENTS, "participants": ALL_PARTICIPANTS}
    for kind, sql in COUNTS.items():
        db.conn.execute(f"INSERT INTO browse_counts (value, label, affiliation, events, kind)"
                        f" SELECT *, ? FROM ({sql.format(**everything)})", (kind,))
    for by, sql in LINKS.items():
        db.conn.execute(f"INSERT INTO browse_links (source, target, events, kind) SELECT *, ? FROM"
                        f" ({sql.format(**everything)})", (by,))


def refresh_search_index(db: Database) -> int:
    """Index, folded, the documents that are new or were re-processed since the last refresh; drop the others'
    stale entries. Returns how many documents were (re)indexed."""
    with db.writing():
        stale = db.conn.execute(
            f"SELECT s.doc_id, s.fts_rowid FROM search_state s LEFT JOIN documents d {VERSIONS} USING (doc_id)"
            " WHERE d.doc_id IS NULL OR d.pipeline_version != s.pipeline_version").fetchall()
        for doc_id, rowid in stale:
            db.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (rowid,))
            db.conn.execute("DELETE FROM search_state WHERE doc_id = ?", (doc_id,))
        done, after = 0, 0
        while todo := _unindexed(db, after):  # a chunk of bodies at a time: all of them took 400 MiB at 100k
            for rowid, doc_id, title, body, version in todo:
                cur = db.conn.execute("INSERT INTO documents_fts (title, body) VALUES (?, ?)",
                                      (fold_text(title or ""), fold_text(body or "")))
                db.conn.execute("INSERT INTO search_state (doc_id, fts_rowid, pipeline_version) VALUES (?, ?, ?)",
                                (doc_id, cur.lastrowid, version))
                after = rowid
            done += len(todo)
    return done


INDEX_CHUNK = 500  # documents whose bodies are held at once while indexing


def _unindexed(db: Database, after: int) -> list[tuple[int, str, str, str, str]]:
    """The next documents (in stored order, past rowid `after`) that the search index lacks."""
    return db.conn.execute(
        "SELECT d.rowid, d.doc_id, d.title, d.body, d.pipeline_version FROM documents d"
        " LEFT JOIN search_state s USING (doc_id) WHERE s.doc_id IS NULL AND d.rowid > ? ORDER BY d.rowid"
        " LIMIT ?", (after, INDEX_CHUNK)).fetchall()
