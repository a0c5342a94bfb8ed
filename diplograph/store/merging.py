"""The merge stage's reads and writes. A merge reads one snapshot, stages its results in temporary tables of
its own connection (no write lock held while it computes), then switches them in with one short transaction:
readers see the previous merge or this one, never a half; a merge killed before the switch leaves no trace.
One merge runs at a time per file (an advisory lock beside it); a second waits for the first."""

from __future__ import annotations

import fcntl
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from diplograph.merge.neardup import unpack
from diplograph.store.db import VERSIONS, Database, _dumps

STAGING = (
    "CREATE TEMP TABLE IF NOT EXISTS next_docs (doc_id TEXT PRIMARY KEY, pipeline_version TEXT NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS next_frames (frame_id TEXT PRIMARY KEY, window TEXT, local_id TEXT NOT NULL,"
    " event_id TEXT NOT NULL, participants TEXT NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS next_changed (frame_id TEXT PRIMARY KEY, participants TEXT NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS next_people (frame_id TEXT, seq INTEGER, actor_id TEXT, wikidata TEXT,"
    " wikidata_by TEXT, PRIMARY KEY (frame_id, seq))",
    "CREATE TEMP TABLE IF NOT EXISTS next_links (doc_id TEXT, other_id TEXT, similarity REAL,"
    " PRIMARY KEY (doc_id, other_id))",
    "CREATE TEMP TABLE IF NOT EXISTS next_aliases (actor_id TEXT, name TEXT, script TEXT, evidence TEXT,"
    " PRIMARY KEY (actor_id, name, script))",
    "CREATE TEMP TABLE IF NOT EXISTS next_windows (window TEXT PRIMARY KEY, signature TEXT NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS next_ids (frame_id TEXT PRIMARY KEY, ids TEXT NOT NULL)",
)
STAGED = ("next_docs", "next_frames", "next_changed", "next_people", "next_links", "next_aliases", "next_windows",
          "next_ids")
# documents whose current version the last merge has not taken in
PENDING = ("SELECT d.doc_id FROM documents d LEFT JOIN merge_docs m USING (doc_id)"
           " WHERE m.pipeline_version IS NOT d.pipeline_version")
# documents with no sketch of their current version (error documents and empty bodies never get one)
LACKING_SKETCH = ("SELECT v.doc_id FROM documents v LEFT JOIN document_sketches s USING (doc_id)"
                  " WHERE s.pipeline_version IS NOT v.pipeline_version")
FRAME_COLUMNS = "e.frame_id, e.doc_id, e.type, e.status, e.date, e.date_from, e.participants, e.evidence"


class MergeStore:
    """The merge stage's view of one Database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn = db.conn

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the file's merge lock (waiting for another merge to end); released on exit or on death.
        The `-mergelock` file is left beside the database on purpose: the lock is the kernel's flock on it, which
        a killed process loses, so the file's presence means nothing; deleting it on exit would let a waiting
        merge lock the old file while a third locks a new one, and both would merge at once."""
        if self.db.path == ":memory:":
            yield
            return
        with open(self.db.path + "-mergelock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def pending(self) -> int:
        """How many stored documents the last merge has not taken in (new or re-processed since)."""
        return self.conn.execute(f"SELECT count(*) FROM ({PENDING})").fetchone()[0]

    def missing_sketches(self) -> list[tuple[str, str, str]]:
        """(doc_id, body, pipeline_version) of the documents with a body but no sketch of their version. The
        lacking are found on the version index first, so that only their rows (and bodies) are read."""
        return self.conn.execute(
            "SELECT d.doc_id, d.body, d.pipeline_version FROM documents d WHERE d.doc_id IN"
            f" ({LACKING_SKETCH}) AND d.error IS NULL AND d.body != ''").fetchall()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read one consistent state of the file (WAL: writers go on meanwhile) and stage results beside it."""
        for statement in STAGING:
            self.conn.execute(statement)
        for table in STAGED:
            self.conn.execute(f"DELETE FROM temp.{table}")
        self.conn.execute("BEGIN")
        try:
            self.conn.execute("INSERT INTO temp.next_docs SELECT doc_id, pipeline_version FROM documents")
            yield
        finally:
            self.conn.execute("COMMIT")  # a read transaction on the file; the staged rows are temporary

    def touched_buckets(self) -> Iterator[dict[str, tuple[int, ...]]]:
        """Every candidate bucket holding a document not merged yet: its members that have a current sketch
        (id → sketch), in one streamed query ordered by bucket, not a query per bucket."""
        rows = self.conn.execute(
            "SELECT k.key, k.doc_id, s.sketch FROM sketch_keys k JOIN document_sketches s USING (doc_id)"
            f" JOIN documents d {VERSIONS} USING (doc_id) WHERE s.pipeline_version = d.pipeline_version AND k.key IN"
            f" (SELECT key FROM sketch_keys WHERE doc_id IN ({PENDING})) ORDER BY k.key, k.doc_id")
        current, members = None, {}
        for key, doc_id, blob in rows:
            if key != current and members:
                yield members
                members = {}
            current = key
            members[doc_id] = unpack(blob)
        if members:
            yield members

    def links(self) -> Iterator[tuple[str, str, float]]:
        """Every stored near-duplicate link."""
        yield from self.conn.execute("SELECT doc_id, other_id, similarity FROM document_links")

    def frames(self, with_ids: bool = False, undated: bool = False) -> Iterator[dict[str, Any]]:
        """Every frame with what clustering reads, month by month, then those dated by a year alone, then the
        undated, streamed (a year's window sorted among the months would part December from January);
        `with_ids`: with the gazetteer's answers per participant that `stage_ids` staged (`ids`, None when none);
        `undated`: the undated frames alone."""
        joined = ", r.ids FROM events e LEFT JOIN temp.next_ids r USING (frame_id)" if with_ids else " FROM events e"
        where = " WHERE e.date IS NULL" if undated else ""
        rows = self.conn.execute(f"SELECT {FRAME_COLUMNS}{joined}{where}"
                                 " ORDER BY e.date IS NULL, length(e.date) < 7, substr(e.date, 1, 7)")
        for row in rows:
            frame = dict(row)
            frame["participants"] = json.loads(frame["participants"])
            if with_ids:
                frame["ids"] = json.loads(frame["ids"]) if frame["ids"] else None
            yield frame

    def stage_ids(self, rows: list[tuple[str, bytes]]) -> None:
        """(frame_id, JSON list of the gazetteer's [id, reason] or null per participant) rows."""
        self.conn.executemany("INSERT OR REPLACE INTO temp.next_ids VALUES (?, ?)", rows)

    def window_state(self, window: str) -> tuple[str | None, dict[str, str]]:
        """(the signature the last merge stored for the window, frame_id → event id inside the window)."""
        found = self.conn.execute("SELECT signature FROM merge_windows WHERE window = ?", (window,)).fetchone()
        local = dict(self.conn.execute("SELECT frame_id, event_id FROM window_clusters WHERE window = ?", (window,)))
        return (found[0] if found else None), local

    def preload_windows(self, windows: list[tuple[str, str]], clusters: list[tuple[str, str, str]]) -> None:
        """Store window signatures and (frame_id, window, event id inside the window) rows clustered elsewhere
        (by the Spark engine), which the next merge keeps where its own signatures agree."""
        with self.db.writing():
            self.conn.executemany("INSERT OR REPLACE INTO merge_windows (window, signature) VALUES (?, ?)", windows)
            self.conn.executemany("INSERT OR REPLACE INTO window_clusters (frame_id, window, event_id)"
                                  " VALUES (?, ?, ?)", clusters)

    def stage_links(self, links: list[tuple[str, str, float]]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO temp.next_links VALUES (?, ?, ?)", links)

    def stage_window(self, window: str, signature: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO temp.next_windows VALUES (?, ?)", (window, signature))

    def stage_frames(self, rows: list[tuple[str, str | None, str, str, list[dict[str, Any]]]]) -> None:
        """(frame_id, window, event id inside the window, event id, resolved participants) rows."""
        self.conn.executemany("INSERT OR REPLACE INTO temp.next_frames VALUES (?, ?, ?, ?, ?)",
                              [(f, w, loc, ev, _dumps(ps)) for f, w, loc, ev, ps in rows])

    def staged_participants(self) -> Iterator[tuple[str, list[dict[str, Any]], str]]:
        """(frame_id, staged participants, stored participants JSON) of every staged frame."""
        rows = self.conn.execute("SELECT n.frame_id, n.participants, e.participants FROM temp.next_frames n"
                                 " JOIN events e USING (frame_id)")
        for frame_id, staged, stored in rows:
            yield frame_id, json.loads(staged), stored

    def stage_changed(self, rows: list[tuple[str, list[dict[str, Any]]]],
                      people: list[tuple[str, int, str, str | None, str | None]]) -> None:
        """Frames whose participants the merge changed, and their participant rows' ids."""
        self.conn.executemany("INSERT OR REPLACE INTO temp.next_changed VALUES (?, ?)",
                              [(f, _dumps(ps)) for f, ps in rows])
        self.conn.executemany("INSERT OR REPLACE INTO temp.next_people VALUES (?, ?, ?, ?, ?)", people)

    def stage_aliases(self, aliases: list[tuple[str, str, str, str]]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO temp.next_aliases VALUES (?, ?, ?, ?)", aliases)

    def switch(self) -> None:
        """Put the staged merge in place in one transaction. Frames a concurrent ingest replaced meanwhile are
        left out; their documents stay pending for the next merge."""
        with self.db.writing():
            self.conn.execute("DELETE FROM event_clusters")
            self.conn.execute("INSERT INTO event_clusters (frame_id, event_id) SELECT n.frame_id, n.event_id"
                              " FROM temp.next_frames n JOIN events e USING (frame_id)")
            self.conn.execute("UPDATE events SET participants = c.participants FROM temp.next_changed c"
                              " WHERE events.frame_id = c.frame_id")
            self.conn.execute("UPDATE event_participants SET actor_id = p.actor_id, wikidata = p.wikidata,"
                              " wikidata_by = p.wikidata_by FROM temp.next_people p"
                              " WHERE event_participants.frame_id = p.frame_id AND event_participants.seq = p.seq")
            # probed per staged link: an `IN (SELECT …)` here let SQLite drive the search from every pair of
            # documents (quadratic in the corpus)
            self.conn.execute("INSERT OR IGNORE INTO document_links (doc_id, other_id, similarity)"
                              " SELECT n.doc_id, n.other_id, n.similarity FROM temp.next_links n"
                              " WHERE EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = n.doc_id)"
                              " AND EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = n.other_id)")
            self.conn.execute("DELETE FROM actor_aliases")
            self.conn.execute("INSERT INTO actor_aliases SELECT * FROM temp.next_aliases")
            self.conn.execute("DELETE FROM window_clusters")
            self.conn.execute("INSERT INTO window_clusters (frame_id, window, event_id) SELECT frame_id, window,"
                              " local_id FROM temp.next_frames WHERE window IS NOT NULL")
            self.conn.execute("DELETE FROM merge_windows")
            self.conn.execute("INSERT INTO merge_windows SELECT * FROM temp.next_windows")
            self.conn.execute("INSERT OR REPLACE INTO merge_docs (doc_id, pipeline_version) SELECT n.doc_id,"
                              f" n.pipeline_version FROM temp.next_docs n JOIN documents d {VERSIONS} USING (doc_id)"
                              " WHERE d.pipeline_version = n.pipeline_version")
        for table in STAGED:
            self.conn.execute(f"DELETE FROM temp.{table}")

    def forget(self) -> None:
        """Make the next merge start from nothing (the bench times a whole merge this way)."""
        with self.db.writing():
            for table in ("merge_docs", "merge_windows", "window_clusters", "event_clusters", "document_links"):
                self.conn.execute(f"DELETE FROM {table}")

    def counts(self) -> tuple[int, int, int, int]:
        """(frames, events, participants with a Wikidata id, near-duplicate pairs) as stored."""
        one = self.conn.execute
        return (one("SELECT count(*) FROM events").fetchone()[0],
                one("SELECT count(DISTINCT event_id) FROM event_clusters").fetchone()[0],
                one("SELECT count(*) FROM event_participants WHERE wikidata IS NOT NULL").fetchone()[0],
                one("SELECT count(*) FROM document_links").fetchone()[0])
