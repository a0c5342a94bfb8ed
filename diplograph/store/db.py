"""The database edge: migrations, the single writer, and the read queries the CLI and web share."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import orjson

from diplograph.doc import Document
from diplograph.merge.neardup import bucket_keys, pack


class DatabaseBusy(RuntimeError):
    """Another process held the database's write lock for longer than this one would wait."""


class DatabaseWriteError(Exception):
    """The database file cannot be written (disk full, read-only, I/O error): the run must stop."""

    HINTS = (("full", "the disk (or the database's size limit) is full"),
             ("readonly", "the file or its folder is read-only"),
             ("disk i/o", "the disk reported an input/output error"),
             ("unable to open", "the file cannot be opened or created there"),
             ("not a database", "the file is not a diplograph database"),
             ("malformed", "the file is damaged"))

    def __init__(self, path: str, exc: BaseException, action: str = "write to") -> None:
        text = str(exc)
        hint = next((h for key, h in self.HINTS if key in text.lower().replace("-", "")), "")
        super().__init__(f"cannot {action} the database {path}: {hint + ' (' + text + ')' if hint else text}")


class DatabaseMismatch(Exception):
    """An SQLite file this diplograph must not use: written by a newer version, or another program's."""


def _database_fault(exc: BaseException) -> bool:
    """An error of the database file itself, not of the data written (IntegrityError, DataError...)."""
    return type(exc) in (sqlite3.OperationalError, sqlite3.DatabaseError)


def writable(path: str | Path) -> bool:
    """True when the file (or, for a new file, its folder) and its folder can be written: SQLite keeps its
    journal beside the file."""
    p = Path(path).resolve()
    return os.access(p.parent, os.W_OK) and (not p.exists() or os.access(p, os.W_OK))


def _dumps(value: Any) -> str:
    """Compact JSON with characters as written (orjson: the standard encoder took half the time of a write)."""
    return orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


# A join that reads only a document's pipeline version names this index (migration 0015): SQLite would take the
# primary key's and read the row, walking its overflow pages past the raw text and body for one short value.
VERSIONS = "INDEXED BY documents_version"
DOC_COLUMNS = ("doc_id", "source", "format", "encoding", "raw", "body", "offsets", "lang", "title",
               "published", "dateline", "meta", "spans", "error", "pipeline_version", "ingested_at")


@dataclass
class DocumentRows:
    """A batch of documents as the rows the store keeps: plain tuples, so that they cross processes and
    Parquet files unchanged."""

    documents: list[tuple] = field(default_factory=list)  # DOC_COLUMNS but ingested_at
    frames: list[tuple] = field(default_factory=list)
    participants: list[tuple] = field(default_factory=list)
    dropped: list[tuple] = field(default_factory=list)  # frames the event stage found and set aside, with why
    sketches: list[tuple[str, str, tuple[int, ...]]] = field(default_factory=list)
    sources: list[tuple] = field(default_factory=list)  # (doc_id, source[, exact bytes of a non-UTF-8 path])


def document_rows(docs: list[Document], version: str, extra_sources: list[tuple]) -> DocumentRows:
    """The rows of a batch of processed documents, each source of theirs and the `extra_sources` (given
    first, so that a source's exact bytes are what INSERT OR IGNORE keeps)."""
    out = DocumentRows(sources=extra_sources + [(d.doc_id, d.source) for d in docs])
    for d in docs:
        out.documents.append((
            d.doc_id, d.source, d.fmt, d.encoding, d.raw, d.body, _dumps(d.offsets.to_list()), d.lang, d.title,
            d.published, _dumps(d.dateline) if d.dateline else None, _dumps(d.meta),
            _dumps({k: [[s.start, s.end, s.attrs] for s in v] for k, v in d.spans.items()}), d.error, version))
        for i, e in enumerate(d.events):
            out.frames.append((
                e["frame_id"], d.doc_id, i, e["type"], e["status"], e["date"], e["date_from"],
                _dumps(e["participants"]), _dumps(e["codes"]), _dumps(e["spans"]), e["evidence"],
                _dumps(e.get("topics", [])), _dumps(e.get("statements", [])), _dumps(e.get("topic_cues", {})),
                _dumps(e.get("commitments", [])), e.get("date_rank", 0)))
            out.participants += [(e["frame_id"], k, p["actor_id"], p["affiliation"], _dumps(p["name"]),
                                  p["office"], int(p["initiator"])) for k, p in enumerate(e["participants"])]
        out.dropped += [(d.doc_id, i, x["reason"], x["type"], _dumps(x["trigger"]), x["evidence"])
                        for i, x in enumerate(d.dropped)]
        if d.hints.get("sketch"):
            out.sketches.append((d.doc_id, version, d.hints["sketch"]))
    return out


@dataclass
class StoredDocument:
    """One processed document as the store takes it: its id, source and error, and its rows. Built where the
    document was processed, so that a worker process sends strings back, not the document's span objects
    (unpickling those in the ingesting process cost it memory and the time the workers then waited for)."""

    doc_id: str
    source: str
    fmt: str
    error: str | None
    rows: DocumentRows

    @classmethod
    def of(cls, doc: Document, version: str) -> StoredDocument:
        return cls(doc.doc_id, doc.source, doc.fmt, doc.error, document_rows([doc], version, []))


def joined_rows(docs: list[StoredDocument], extra_sources: list[tuple]) -> DocumentRows:
    """The rows of a batch of stored documents, the `extra_sources` first (as `document_rows` orders them)."""
    out = DocumentRows(sources=list(extra_sources))
    for d in docs:
        for name in ("documents", "frames", "participants", "dropped", "sketches", "sources"):
            getattr(out, name).extend(getattr(d.rows, name))
    return out


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
        self.timeout = timeout
        if readonly:  # for the web app: the file must exist and is never written through this connection
            # immutable: a file or folder nobody may write cannot change under us, and SQLite then needs no
            # lock or journal files beside it (a read-only mount); mode=ro alone would try to create them
            uri = Path(self.path).resolve().as_uri() + ("?mode=ro" if writable(self.path) else "?mode=ro&immutable=1")
            self.conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self._check_kind()
            return
        try:
            self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._check_kind()
            if self.path != ":memory:":
                self._set_wal()
                # WAL stays consistent with NORMAL; a crash loses at most the last batch, which a re-run redoes
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            if not _database_fault(exc):
                raise
            raise DatabaseWriteError(self.path, exc, "open") from exc

    def _check_kind(self) -> None:
        """Refuse, before anything is written, a file of a newer schema (its tables may mean other things) and
        another program's database (version 0 with tables: every migration sets the version in its transaction)."""
        # one statement reads both, so both come from one snapshot: read apart, a process migrating the new
        # file between them made it look like version 0 with tables (another program's)
        version, has_tables = self.conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version), EXISTS (SELECT 1 FROM sqlite_master)").fetchone()
        latest = migrations()[-1][0]
        if version > latest:
            self.conn.close()
            raise DatabaseMismatch(f"{self.path} was written by a newer diplograph (schema {version}; this one"
                                   f" knows up to {latest}): upgrade diplograph to use it")
        if version == 0 and has_tables:
            self.conn.close()
            raise DatabaseMismatch(f"{self.path} is an SQLite database of another program, not diplograph's; give"
                                   " another file name")

    def _set_wal(self) -> None:
        """Switch to WAL (kept in the file); a process creating the file at the same moment may hold it
        briefly, which the busy handler does not cover for this pragma: wait and retry."""
        for attempt in range(int(self.timeout * 20) + 1):
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt * 0.05 >= self.timeout:
                    raise
                time.sleep(0.05)

    def migrate(self) -> int:
        """Apply the migrations newer than the file's `user_version`; returns the version reached. The version
        is read under the write lock, so two processes opening a new file at once never both migrate it."""
        scripts = migrations()
        if self.version >= scripts[-1][0]:
            return self.version
        with self.writing():
            version = self.version
            for number, script in scripts:
                if number <= version:
                    continue
                for statement in _statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
                version = number
        return version

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction (`BEGIN IMMEDIATE`): committed at the end, rolled back on any error. Raises
        DatabaseBusy when another process keeps the write lock past this connection's timeout, and
        DatabaseWriteError, naming the cause, when the file cannot be written (disk full, read-only, I/O).
        SQLite may already have rolled back (a full disk does), so a rollback is tried only in a transaction."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusy(f"{self.path}: another process (an ingest or a merge) holds the database for"
                                   f" writing longer than {self.timeout:g} s; try again when it ends") from exc
            raise DatabaseWriteError(self.path, exc) from exc
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the first error is the one to report
            if _database_fault(exc):
                raise DatabaseWriteError(self.path, exc) from exc
            raise

    def empty(self) -> bool:
        """Whether the store holds no document."""
        return self.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM documents)").fetchone()[0] == 1

    @contextmanager
    def bulk_load(self, cache_kib: int = 65536) -> Iterator[None]:
        """A page cache of `cache_kib` for this connection while it writes many large batches (SQLite's 2 MiB
        default spilled the batch's pages to the WAL and read them back), the previous size restored after."""
        before = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(before)}")

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
        self.write_rows(document_rows(docs, version, extra_sources))

    def write_rows(self, rows: DocumentRows) -> None:
        """Store rows made by `document_rows` (here or in another process, or read back from Parquet)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        ids = [(d[0],) for d in rows.documents]
        with self.writing():
            self.conn.executemany(
                "INSERT INTO documents (doc_id, source, format, encoding, raw, body, offsets, lang, title, published,"
                " dateline, meta, spans, error, pipeline_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE SET format=excluded.format,"
                " encoding=excluded.encoding, raw=excluded.raw, body=excluded.body, offsets=excluded.offsets,"
                " lang=excluded.lang, title=excluded.title, published=excluded.published,"
                " dateline=excluded.dateline, meta=excluded.meta, spans=excluded.spans, error=excluded.error,"
                " pipeline_version=excluded.pipeline_version, ingested_at=excluded.ingested_at",
                [(*d, now) for d in rows.documents])
            # the documents' earlier frames go, with their participant rows (ON DELETE CASCADE)
            self.conn.executemany("DELETE FROM events WHERE doc_id = ?", ids)
            self.conn.executemany(
                "INSERT OR REPLACE INTO events (frame_id, doc_id, seq, type, status, date, date_from, participants,"
                " codes, spans, evidence, topics, statements, topic_cues, commitments, date_rank) VALUES (?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.frames)
            self.conn.executemany("DELETE FROM dropped_frames WHERE doc_id = ?", ids)
            self.conn.executemany("INSERT INTO dropped_frames (doc_id, seq, reason, type, trigger, evidence)"
                                  " VALUES (?, ?, ?, ?, ?, ?)", rows.dropped)
            self.conn.executemany(
                "INSERT OR REPLACE INTO event_participants (frame_id, seq, actor_id, affiliation, name, office,"
                " initiator) VALUES (?, ?, ?, ?, ?, ?, ?)", rows.participants)
            self.conn.executemany("DELETE FROM sketch_keys WHERE doc_id = ?", ids)
            self._write_sketches(rows.sketches)
            self.conn.executemany("INSERT OR IGNORE INTO document_sources (doc_id, source, source_bytes)"
                                  " VALUES (?, ?, ?)", [(*s[:2], s[2] if len(s) > 2 else None) for s in rows.sources])

    def _write_sketches(self, rows: list[tuple[str, str, tuple[int, ...]]]) -> None:
        """Store (doc_id, pipeline_version, sketch) rows and the values that index each for candidates."""
        self.conn.executemany("INSERT OR REPLACE INTO document_sketches (doc_id, pipeline_version, sketch)"
                              " VALUES (?, ?, ?)", [(d, v, pack(sk)) for d, v, sk in rows])
        self.conn.executemany("INSERT OR IGNORE INTO sketch_keys (key, doc_id) VALUES (?, ?)",
                              [(k, d) for d, _, sk in rows for k in bucket_keys(sk)])

    def store_sketches(self, rows: list[tuple[str, str, tuple[int, ...]]]) -> None:
        """Store sketches the merge computed for documents ingested before sketches were made at ingest."""
        with self.writing():
            self._write_sketches(rows)

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
            yield _frame(dict(row))

    def event_clusters(self) -> dict[str, str]:
        """frame_id → event_id as the merge stage last left them."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT frame_id, event_id FROM event_clusters")}

    def iter_event_groups(self, event_ids: list[str] | None = None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """(event id, its frames in document order) for every event the last merge made (or these of them), in
        event id order, streamed. Frames no merge has seen yet are left out: while another ingest runs, or after
        a run killed before its merge switched in, they are reports not yet merged, and shown as events of their
        own they would double the events they belong to."""
        some = "" if event_ids is None else " WHERE c.event_id IN (SELECT value FROM json_each(?))"
        cur = self.conn.execute(
            "SELECT e.*, d.source, d.published, d.lang, c.event_id FROM event_clusters c JOIN events e"
            f" USING (frame_id) JOIN documents d USING (doc_id){some} ORDER BY c.event_id, d.source, e.doc_id, e.seq",
            [] if event_ids is None else [json.dumps(event_ids)])
        current, rows = None, []
        for row in cur:
            out = _frame(dict(row))
            event_id = out.pop("event_id")
            if event_id != current and rows:
                yield current, rows
                rows = []
            current = event_id
            rows.append(out)
        if rows:
            yield current, rows

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


def _frame(row: dict[str, Any]) -> dict[str, Any]:
    """A stored frame row with its JSON columns decoded."""
    for key in ("participants", "codes", "spans", "topics", "statements", "topic_cues", "commitments"):
        row[key] = json.loads(row[key])
    return row


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("offsets", "dateline", "meta", "spans"):
        if key in row and isinstance(row[key], str):
            row[key] = json.loads(row[key])
    return row
