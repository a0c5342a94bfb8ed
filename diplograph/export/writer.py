"""Writes documents and events as JSON Lines (the contract), CSV or Parquet, streaming from the store, with the
flat companion tables of tables.py in the same format (events.parquet holds typed nested columns)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from diplograph.export.tables import COMPANIONS, companion_rows, event_schema, flat_schema, parquet_event
from diplograph.store import Database, browse

FORMATS = ("jsonl", "csv", "parquet")
DOC_FIELDS = ("doc_id", "source", "lang", "title", "published", "body", "error", "dateline", "format",
              "encoding", "url", "sources")


def document_record(row: dict[str, Any], sources: list[str]) -> dict[str, Any]:
    """One documents.jsonl object from a stored row."""
    return {
        "doc_id": row["doc_id"], "source": row["source"], "lang": row["lang"], "title": row["title"],
        "published": row["published"], "body": row["body"], "error": row["error"],
        "dateline": row.get("dateline"), "format": row["format"], "encoding": row["encoding"],
        "url": (row.get("meta") or {}).get("url"), "sources": sources or [row["source"]],
    }


def _documents(db: Database) -> Iterator[dict[str, Any]]:
    for row in db.iter_documents():
        yield document_record(row, db.sources_of(row["doc_id"]))


def _events(db: Database) -> Iterator[dict[str, Any]]:
    """One record per real-world event, merged over its reports exactly as the web app and API serve it (the
    browse tables, brought up to date first), in date order."""
    browse.refresh(db)
    for (record,) in db.conn.execute("SELECT r.record FROM browse_events e JOIN browse_records r USING (event_id)"
                                     " ORDER BY e.date_key, e.event_id"):
        yield json.loads(record)


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


class Sink:
    """One output table written a row at a time: JSON Lines, CSV (nested values as JSON) or Parquet (batches of
    a fixed schema; `shape` turns a row into the schema's form)."""

    def __init__(self, path: Path, fmt: str, columns: tuple[str, ...], schema: Any = None,
                 shape: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:
        self.path, self.fmt, self.columns, self.shape = path, fmt, columns, shape
        self.rows = 0
        self.batch: list[dict[str, Any]] = []
        self.schema = schema if fmt != "parquet" or schema is not None else _string_schema(columns)
        self.writer: Any = None
        if fmt == "jsonl":
            self.file = open(path, "w", encoding="utf-8")
        elif fmt == "csv":
            self.file = open(path, "w", encoding="utf-8", newline="")
            self.csv = csv.DictWriter(self.file, fieldnames=columns, extrasaction="ignore")
            self.csv.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self.rows += 1
        if self.fmt == "jsonl":
            self.file.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self.csv.writerow({k: _flat(row.get(k)) for k in self.columns})
        else:
            self.batch.append(self.shape(row) if self.shape else row)
            if len(self.batch) >= 1000:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        cast = self.shape is None and all(t == pa.string() for t in self.schema.types)
        rows = [{c: _text(r.get(c)) for c in self.columns} for r in self.batch] if cast else self.batch
        table = pa.Table.from_pylist(rows, schema=self.schema)
        if self.writer is None:
            self.writer = pq.ParquetWriter(str(self.path), self.schema)
        self.writer.write_table(table)
        self.batch.clear()

    def close(self) -> int:
        if self.fmt == "parquet":
            if self.batch or self.writer is None:
                self._flush()
            self.writer.close()
        else:
            self.file.close()
        return self.rows


def _string_schema(columns: tuple[str, ...]) -> Any:
    import pyarrow as pa

    return pa.schema([(c, pa.string()) for c in columns])


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return _flat(value) if isinstance(value, (dict, list)) else str(value)


EVENT_FIELDS = ("event_id", "type", "status", "date", "date_from", "participants", "statements", "topics",
                "topic_cues", "commitments", "codes", "sources")


def export(db: Database, out: str | Path, fmt: str = "jsonl") -> dict[str, int]:
    """Write documents, events and the companion tables (event_participants, statements, commitments,
    event_sources) as <name>.<fmt> into `out`; returns how many rows each got."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    docs = Sink(folder / f"documents.{fmt}", fmt, DOC_FIELDS)
    for row in _documents(db):
        docs.write(row)
    counts = {"documents": docs.close()}
    parquet = fmt == "parquet"
    events = Sink(folder / f"events.{fmt}", fmt, EVENT_FIELDS, event_schema() if parquet else None,
                  parquet_event if parquet else None)
    sides = {name: Sink(folder / f"{name}.{fmt}", fmt, columns, flat_schema(columns) if parquet else None)
             for name, columns in COMPANIONS.items()}
    for record in _events(db):
        events.write(record)
        for name, rows in companion_rows(record).items():
            for row in rows:
                sides[name].write(row)
    counts["events"] = events.close()
    counts.update((name, sink.close()) for name, sink in sides.items())
    return counts
