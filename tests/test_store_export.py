"""The store is idempotent and versioned; export writes the SCHEMA.md contract (issue 2)."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3

import pytest

from diplograph.export import export
from diplograph.services import ingest, merge
from diplograph.store import Database
from diplograph.store.db import migrations
from tests.conftest import EXAMPLES, read_jsonl

SCHEMA_DOC_FIELDS = {"doc_id", "source", "lang", "title", "published", "body", "error"}


def dump(path) -> str:
    conn = sqlite3.connect(path)
    rows = "\n".join(conn.iterdump())
    conn.close()
    return hashlib.sha256(rows.encode()).hexdigest()


def test_second_ingest_leaves_the_database_unchanged(tmp_path, settings):
    path = tmp_path / "x.db"
    db = Database(path)
    first = ingest([str(EXAMPLES)], db, settings)
    db.close()
    before = dump(path)
    db = Database(path)
    second = ingest([str(EXAMPLES)], db, settings)
    db.close()
    assert first.processed == first.records > 0
    assert second.unchanged == second.records == first.records and second.processed == 0
    assert dump(path) == before


def test_changed_settings_reprocess_stale_rows(tmp_path, settings):
    db = Database(tmp_path / "x.db")
    ingest([str(EXAMPLES)], db, settings)
    again = ingest([str(EXAMPLES)], db, settings.with_overrides(long_line_chars=61))
    assert again.processed == again.records
    db.close()


def test_migrations_are_numbered_and_applied_once(tmp_path):
    numbers = [n for n, _ in migrations()]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    db = Database(tmp_path / "m.db")
    assert db.version == numbers[-1]
    assert db.migrate() == numbers[-1]
    db.close()


def test_a_failing_step_is_recorded_and_later_documents_still_land(tmp_path, settings):
    """A plugin step that raises on one document: that document keeps the error, the batch goes on."""
    from diplograph.registry import component

    @component("explode_on_boom", requires=("body",), assigns=())
    def make_explode(**_):
        def explode(doc):
            if "BOOM" in doc.body:
                raise RuntimeError("cannot handle this page")
            return doc
        return explode

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The foreign ministers met in Rome and agreed to meet again. BOOM.\n")
    (folder / "b.txt").write_text("The foreign ministers met in Lima and agreed on a trade roadmap.\n")
    db = Database(tmp_path / "c.db")
    s = settings.with_overrides(pipeline=settings.pipeline + ("explode_on_boom",), batch_size=1)
    summary = ingest([str(folder)], db, s)
    rows = {r["source"].rsplit("/", 1)[1]: r for r in db.iter_documents()}
    db.close()
    assert summary.errors == 1
    assert rows["a.txt"]["error"] == "explode_on_boom: RuntimeError: cannot handle this page"
    assert rows["b.txt"]["error"] is None and "trade roadmap" in rows["b.txt"]["body"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(tmp_path, settings, fmt):
    db = Database(tmp_path / "e.db")
    ingest([str(EXAMPLES)], db, settings)
    merge(db, settings)  # the export serves merged events only
    counts = export(db, tmp_path / "out", fmt)
    db.close()
    assert counts["documents"] >= 8 and counts["events"] >= 3
    if fmt == "jsonl":
        rows = read_jsonl(tmp_path / "out" / "documents.jsonl")
        assert (tmp_path / "out" / "events.jsonl").exists()
    elif fmt == "csv":
        with open(tmp_path / "out" / "documents.csv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert len(rows) == counts["documents"]
    for row in rows:
        assert SCHEMA_DOC_FIELDS <= set(row)
        assert row["lang"] in ("zh-Hans", "zh-Hant", "en")
        assert row["body"]
    sources = {r["source"] for r in rows}
    assert any(s.endswith("articles.csv#2") for s in sources)


def test_export_is_stable(tmp_path, settings):
    db = Database(tmp_path / "e.db")
    ingest([str(EXAMPLES)], db, settings)
    merge(db, settings)
    export(db, tmp_path / "a")
    export(db, tmp_path / "b")
    db.close()
    assert (tmp_path / "a" / "documents.jsonl").read_bytes() == (tmp_path / "b" / "documents.jsonl").read_bytes()
    ids = [json.loads(line)["doc_id"] for line in (tmp_path / "a" / "documents.jsonl").read_text().splitlines()]
    assert len(ids) == len(set(ids))
