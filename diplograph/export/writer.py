"""Writes documents and events as JSON Lines (the contract), CSV or Parquet, streaming from the store."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from diplograph.merge.events import merged_row, resolved_commitments, resolved_statements
from diplograph.resolve.identity import participant_id
from diplograph.store import Database

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


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """One events.jsonl object from a stored frame; every participant field keeps its span."""
    participants = []
    for p in row["participants"]:
        participants.append({"actor_id": participant_id(p), "name": p["name"],
                             "affiliation": p["affiliation"], "office": p["office"], "title": p["title"],
                             "initiator": p["initiator"], "wikidata": p.get("wikidata"), "spans": p["spans"]})
    return {
        "event_id": row["frame_id"], "type": row["type"], "status": row["status"], "date": row["date"],
        "date_from": row["date_from"], "participants": participants, "statements": resolved_statements(row),
        "topics": row.get("topics", []), "topic_cues": row.get("topic_cues", {}),
        "commitments": resolved_commitments(row), "codes": row["codes"],
        "sources": row.get("reports") or [{"doc_id": row["doc_id"], "source": row["source"], "spans": row["spans"],
                                           "evidence": row["evidence"]}],
    }


def _events(db: Database) -> Iterator[dict[str, Any]]:
    """One record per real-world event, streamed: the store hands the frames event by event, so only one
    event's frames are in memory at a time."""
    for event_id, rows in db.iter_event_groups():
        yield event_record(rows[0] if len(rows) == 1 else merged_row(rows, event_id))


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def _write_csv(path: Path, rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow({k: _flat(row.get(k)) for k in columns})
            n += 1
    return n


def _write_parquet(path: Path, rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    n = 0
    schema = pa.schema([(c, pa.string()) for c in columns])
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        table = pa.Table.from_pylist([{c: _text(r.get(c)) for c in columns} for r in batch], schema=schema)
        if writer is None:
            writer = pq.ParquetWriter(str(path), schema)
        writer.write_table(table)
        batch.clear()

    for row in rows:
        batch.append(row)
        n += 1
        if len(batch) >= 1000:
            flush()
    if batch or writer is None:
        flush()
    if writer is not None:
        writer.close()
    return n


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return _flat(value) if isinstance(value, (dict, list)) else str(value)


EVENT_FIELDS = ("event_id", "type", "status", "date", "participants", "statements", "topics", "commitments",
                "codes", "sources")


def export(db: Database, out: str | Path, fmt: str = "jsonl") -> dict[str, int]:
    """Write documents.<fmt> and events.<fmt> into `out`; returns how many rows each got."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows, columns in (("documents", _documents(db), DOC_FIELDS), ("events", _events(db), EVENT_FIELDS)):
        path = folder / f"{name}.{fmt}"
        if fmt == "jsonl":
            counts[name] = _write_jsonl(path, rows)
        elif fmt == "csv":
            counts[name] = _write_csv(path, rows, columns)
        else:
            counts[name] = _write_parquet(path, rows, columns)
    return counts
