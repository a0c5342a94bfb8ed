"""The browse tables (migration 0010): every merged event once, with its participants, topics, reporting
documents and people, plus the folded search index. Filled after each merge, so that the web app and API
page, count and filter over indexed rows instead of merging reports on every request."""

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
from diplograph.store.db import Database
from diplograph.store.labels import fold_text, outlet, person_label, summary
from diplograph.store.records import event_record
from diplograph.store.selection import ALL_EVENTS, ALL_PARTICIPANTS, COUNTS, LINKS

BROWSE_TABLES = ("browse_participants", "browse_topics", "browse_sources", "browse_records", "browse_text",
                 "browse_events", "browse_actors", "browse_names", "browse_counts", "browse_links")


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
    """Rebuild the browse tables and bring the search index up to date unless nothing changed since the last
    build; returns whether it rebuilt."""
    if not force and is_fresh(db):
        return False
    refresh_search_index(db)
    with db.writing():  # a full disk or a read-only file is reported as such, not as a failed rollback
        for table in BROWSE_TABLES:
            db.conn.execute(f"DELETE FROM {table}")
        people = _write_events(db)
        _write_actors(db, people)
        _write_counts(db)
        db.conn.execute("INSERT OR REPLACE INTO browse_state (key, value) VALUES ('built_from', ?)",
                        (fingerprint(db),))
    return True


def _groups(db: Database) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The stored frames of each event (the store's groups, streamed), each with its document's headline,
    metadata and dateline."""
    for event_id, rows in db.iter_event_groups():
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


def _write_events(db: Database) -> dict[str, dict[str, Any]]:
    """One browse row per event with its participants, topics and documents; returns the people seen."""
    people: dict[str, dict[str, Any]] = {}
    events, records, texts, parts, topics, sources = [], [], [], [], [], []
    for event_id, rows in _groups(db):
        record = event_record(rows[0] if len(rows) == 1 else merged_row(rows, event_id))
        labels = {}
        for p in record["participants"]:
            labels[p["actor_id"]] = person_label(p["actor_id"], p.get("wikidata"), p["name"], p["affiliation"])
            _note_person(people, p, labels[p["actor_id"]], event_id)
        for frame in rows:
            for p in frame["participants"] or []:
                if p.get("actor_id") in people:
                    _add_names(people[p["actor_id"]], p["name"])
                    if p.get("wikidata") == people[p["actor_id"]]["wikidata"]:
                        people[p["actor_id"]]["wikidata_by"] = p.get("wikidata_by")
        lead = rows[0]
        day = record["date"] or ""
        text = " ".join(dict.fromkeys(x for r in rows for x in (r["doc_title"] or "", r["evidence"] or "")))
        events.append((event_id, day, record["date_from"], _week(day), day[:7] or None, record["type"],
                       record["status"], len({r["doc_id"] for r in rows}), outlet(lead["meta"], lead["dateline"]),
                       (lead["meta"] or {}).get("url"), lead["doc_title"] or "", lead["lang"] or "",
                       summary(record, labels)))
        records.append((event_id, orjson.dumps(record).decode()))
        texts.append((event_id, fold_text(text)))
        parts += [(event_id, k, p["actor_id"], p["affiliation"], labels[p["actor_id"]])
                  for k, p in enumerate(record["participants"])]
        topics += [(event_id, t) for t in dict.fromkeys(record["topics"])]
        sources += [(event_id, d) for d in dict.fromkeys(r["doc_id"] for r in rows)]
    db.conn.executemany("INSERT INTO browse_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    db.conn.executemany("INSERT INTO browse_records (event_id, record) VALUES (?, ?)", records)
    db.conn.executemany("INSERT INTO browse_text (event_id, text) VALUES (?, ?)", texts)
    db.conn.executemany("INSERT OR IGNORE INTO browse_participants VALUES (?, ?, ?, ?, ?)", parts)
    db.conn.executemany("INSERT OR IGNORE INTO browse_topics (event_id, topic) VALUES (?, ?)", topics)
    db.conn.executemany("INSERT OR IGNORE INTO browse_sources (event_id, doc_id) VALUES (?, ?)", sources)
    return people


def _note_person(people: dict[str, dict[str, Any]], p: dict[str, Any], label: str, event_id: str) -> None:
    a = people.setdefault(p["actor_id"], {"affiliation": p["affiliation"], "wikidata": p.get("wikidata"),
                                          "wikidata_by": None, "label": label, "names": {}, "offices": Counter(),
                                          "events": set(), "named": False})
    a["wikidata"] = a["wikidata"] or p.get("wikidata")
    a["named"] = a["named"] or is_named(p)
    a["offices"][p["office"]] += 1
    a["events"].add(event_id)
    _add_names(a, p["name"])


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
                     len(a["events"])))
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
            "SELECT s.doc_id, s.fts_rowid FROM search_state s LEFT JOIN documents d USING (doc_id)"
            " WHERE d.doc_id IS NULL OR d.pipeline_version != s.pipeline_version").fetchall()
        for doc_id, rowid in stale:
            db.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (rowid,))
            db.conn.execute("DELETE FROM search_state WHERE doc_id = ?", (doc_id,))
        todo = db.conn.execute(
            "SELECT d.doc_id, d.title, d.body, d.pipeline_version FROM documents d"
            " LEFT JOIN search_state s USING (doc_id) WHERE s.doc_id IS NULL").fetchall()
        for doc_id, title, body, version in todo:
            cur = db.conn.execute("INSERT INTO documents_fts (title, body) VALUES (?, ?)",
                                  (fold_text(title or ""), fold_text(body or "")))
            db.conn.execute("INSERT INTO search_state (doc_id, fts_rowid, pipeline_version) VALUES (?, ?, ?)",
                            (doc_id, cur.lastrowid, version))
    return len(todo)
