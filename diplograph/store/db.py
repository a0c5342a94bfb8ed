"""The database edge: migrations, the single writer, and the read queries the CLI and web share."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import orjson

from diplograph.doc import Document


def _dumps(value: Any) -> str:
    """Compact JSON with characters as written (orjson: the standard encoder took half the time of a write)."""
    return orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


DOC_COLUMNS = ("doc_id", "source", "format", "encoding", "raw", "body", "offsets", "lang", "title",
               "published", "dateline", "meta", "spans", "error", "pipeline_version", "ingested_at")


def migrations() -> list[tuple[int, str]]:
    """Numbered migration scripts shipped in store/migrations, in order."""
    folder = resources.files("diplograph.store").joinpath("migrations")
    out = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            out.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(out)


class Database:
    """A diplograph SQLite file. Writes go through one connection in `BEGIN IMMEDIATE` batches."""

    def __init__(self, path: str | Path, timeout: float = 10.0, readonly: bool = False) -> None:
        self.path = str(path)
        if readonly:  # for the web app: the file must exist and is never written through this connection
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            return
        self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            # WAL stays consistent with NORMAL; a crash loses at most the last batch, which a re-run redoes
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self.migrate()

    def migrate(self) -> int:
        """Apply the migrations newer than the file's `user_version`; returns the version reached."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number, script in migrations():
            if number <= version:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
                self.conn.execute("COMMIT")
            except Exception:
                self.conn.execute("ROLLBACK")
                raise
            version = number
        return version

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    # ---- writing -------------------------------------------------------------------------------
    def known_versions(self, doc_ids: list[str]) -> dict[str, str]:
        """Pipeline version of each already stored document among `doc_ids`."""
        if not doc_ids:
            return {}
        marks = ",".join("?" * len(doc_ids))
        rows = self.conn.execute(f"SELECT doc_id, pipeline_version FROM documents WHERE doc_id IN ({marks})",
                                 doc_ids)
        return {r[0]: r[1] for r in rows}

    def write_documents(self, docs: list[Document], version: str, extra_sources: list[tuple[str, str]]) -> None:
        """Insert or replace a batch of documents, their event frames and every source, in one transaction
        (one statement per table for the whole batch)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.executemany(
                "INSERT INTO documents (doc_id, source, format, encoding, raw, body, offsets, lang, title, published,"
                " dateline, meta, spans, error, pipeline_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE SET format=excluded.format,"
                " encoding=excluded.encoding, raw=excluded.raw, body=excluded.body, offsets=excluded.offsets,"
                " lang=excluded.lang, title=excluded.title, published=excluded.published,"
                " dateline=excluded.dateline, meta=excluded.meta, spans=excluded.spans, error=excluded.error,"
                " pipeline_version=excluded.pipeline_version, ingested_at=excluded.ingested_at",
                [(d.doc_id, d.source, d.fmt, d.encoding, d.raw, d.body, _dumps(d.offsets.to_list()), d.lang, d.title,
                  d.published, _dumps(d.dateline) if d.dateline else None, _dumps(d.meta),
                  _dumps({k: [[s.start, s.end, s.attrs] for s in v] for k, v in d.spans.items()}), d.error, version,
                  now) for d in docs])
            self._write_events(docs)
            self.conn.executemany("INSERT OR IGNORE INTO document_sources (doc_id, source) VALUES (?, ?)",
                                  extra_sources + [(d.doc_id, d.source) for d in docs])
            self.conn.execute("COMMIT")
        except Exception:
            self.conn.execute("ROLLBACK")
            raise

    def _write_events(self, docs: list[Document]) -> None:
        """Replace the frames of these documents; their participant rows go with them (ON DELETE CASCADE)."""
        self.conn.executemany("DELETE FROM events WHERE doc_id = ?", [(d.doc_id,) for d in docs])
        self.conn.executemany(
            "INSERT OR REPLACE INTO events (frame_id, doc_id, seq, type, status, date, date_from, participants, codes,"
            " spans, evidence, topics, statements, topic_cues, commitments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?)",
            [(e["frame_id"], d.doc_id, i, e["type"], e["status"], e["date"], e["date_from"],
              _dumps(e["participants"]), _dumps(e["codes"]), _dumps(e["spans"]), e["evidence"],
              _dumps(e.get("topics", [])), _dumps(e.get("statements", [])), _dumps(e.get("topic_cues", {})),
              _dumps(e.get("commitments", []))) for d in docs for i, e in enumerate(d.events)])
        self.conn.executemany(
            "INSERT OR REPLACE INTO event_participants (frame_id, seq, actor_id, affiliation, name, office, initiator)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(e["frame_id"], k, p["actor_id"], p["affiliation"], _dumps(p["name"]),
              p["office"], int(p["initiator"]))
             for d in docs for e in d.events for k, p in enumerate(e["participants"])])

    def write_merge(self, clusters: dict[str, str], participants: dict[str, list[dict[str, Any]]],
                    links: list[tuple[str, str, float]], aliases: list[tuple[str, str, str, str]]) -> None:
        """Replace the merge stage's results: frame clusters, resolved participants (per frame), near-duplicate
        document pairs and learned aliases."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for table in ("event_clusters", "document_links", "actor_aliases"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.executemany("INSERT INTO event_clusters (frame_id, event_id) VALUES (?, ?)", clusters.items())
            self.conn.executemany("UPDATE events SET participants = ? WHERE frame_id = ?",
                                  [(_dumps(ps), fid) for fid, ps in participants.items()])
            self.conn.executemany(
                "UPDATE event_participants SET actor_id = ?, wikidata = ?, wikidata_by = ?"
                " WHERE frame_id = ? AND seq = ?",
                [(p["actor_id"], p.get("wikidata"), p.get("wikidata_by"), fid, k) for fid, ps in participants.items()
                 for k, p in enumerate(ps)])
            self.conn.executemany("INSERT OR IGNORE INTO document_links (doc_id, other_id, similarity)"
                                  " VALUES (?, ?, ?)", links)
            self.conn.executemany("INSERT OR IGNORE INTO actor_aliases (actor_id, name, script, evidence)"
                                  " VALUES (?, ?, ?, ?)", aliases)
            self.conn.execute("COMMIT")
        except Exception:
            self.conn.execute("ROLLBACK")
            raise

    def sketches(self, compute: Any) -> dict[str, tuple[int, ...]]:
        """The MinHash sketch of every stored body, computing (with `compute(body)`) only the missing or stale."""
        have = {r[0]: r[1] for r in self.conn.execute(
            "SELECT s.doc_id, s.sketch FROM document_sketches s JOIN documents d USING (doc_id)"
            " WHERE s.pipeline_version = d.pipeline_version")}
        out = {k: tuple(json.loads(v)) for k, v in have.items()}
        todo = [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT doc_id, body, pipeline_version FROM documents WHERE error IS NULL AND body != ''")
            if r[0] not in have]
        if todo:
            self.conn.execute("BEGIN IMMEDIATE")
            for doc_id, body, version in todo:
                out[doc_id] = compute(body)
                self.conn.execute("INSERT OR REPLACE INTO document_sketches (doc_id, pipeline_version, sketch)"
                                  " VALUES (?, ?, ?)", (doc_id, version, _dumps(list(out[doc_id]))))
            self.conn.execute("COMMIT")
        return out

    # ---- reading -------------------------------------------------------------------------------
    def iter_documents(self, with_raw: bool = False) -> Iterator[dict[str, Any]]:
        """Every stored document as a dict, in source order, streamed."""
        cols = [c for c in DOC_COLUMNS if with_raw or c not in ("raw", "offsets", "spans")]
        cur = self.conn.execute(f"SELECT {', '.join(cols)} FROM documents ORDER BY source, doc_id")
        for row in cur:
            yield _decode(dict(row))

    def iter_events(self) -> Iterator[dict[str, Any]]:
        """Every stored event frame with its document's source and publication time, in document order."""
        cur = self.conn.execute(
            "SELECT e.*, d.source, d.published, d.lang FROM events e JOIN documents d USING (doc_id)"
            " ORDER BY d.source, e.doc_id, e.seq")
        for row in cur:
            out = dict(row)
            for key in ("participants", "codes", "spans", "topics", "statements", "topic_cues", "commitments"):
                out[key] = json.loads(out[key])
            yield out

    def event_clusters(self) -> dict[str, str]:
        """frame_id → event_id as the merge stage last left them."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT frame_id, event_id FROM event_clusters")}

    def sources_of(self, doc_id: str) -> list[str]:
        rows = self.conn.execute("SELECT source FROM document_sources WHERE doc_id = ? ORDER BY source", (doc_id,))
        return [r[0] for r in rows]


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script, whole even when a trigger body holds semicolons."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip():
        yield pending  # a trailing comment: harmless to run


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("offsets", "dateline", "meta", "spans"):
        if key in row and isinstance(row[key], str):
            row[key] = json.loads(row[key])
    return row
