"""The merge's and the browse refresh's per-document checks read a document's id and pipeline version from the
version index (migration 0015), never the document's row: a row holds the raw text and body, and reading a
value stored after them walks the row's overflow pages, which made these checks read the whole file on every
merge (issue 21)."""

from __future__ import annotations

from diplograph.services import ingest, merge
from diplograph.store import Database, browse
from diplograph.store.merging import MergeStore
from tests.test_concurrency import _pages


def _plan(db: Database, sql: str) -> list[str]:
    return [row[3] for row in db.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]


def _statements(db: Database, action) -> list[str]:
    """The statements `action` runs on the connection, with their parameters bound."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        db.conn.set_trace_callback(None)
    return [s for s in seen if "documents" in s and s.lstrip().upper().startswith("SELECT")]


def _reads_rows(plan: list[str]) -> list[str]:
    """The steps that read documents' rows: any search or scan of the table not on a covering index."""
    return [step for step in plan if step.startswith(("SCAN d", "SEARCH d", "SCAN v", "SEARCH v", "SCAN documents",
                                                      "SEARCH documents")) and "COVERING INDEX" not in step]


def _store(tmp_path, settings) -> Database:
    db = Database(tmp_path / "plans.db")
    ingest([str(_pages(tmp_path / "pages", 0, 6))], db, settings)
    return db


def test_merge_checks_read_versions_from_the_index(tmp_path, settings):
    db = _store(tmp_path, settings)
    store = MergeStore(db)
    checks = _statements(db, lambda: (store.pending(), list(store.touched_buckets()), browse.fingerprint(db)))
    assert len(checks) == 3
    for sql in checks:
        assert _reads_rows(_plan(db, sql)) == [], sql
    assert any("documents_version" in step for step in _plan(db, checks[1]))
    assert any("documents_ingested" in step for step in _plan(db, checks[2]))
    db.close()


def test_missing_sketches_reads_only_the_rows_it_returns(tmp_path, settings):
    db = _store(tmp_path, settings)
    store = MergeStore(db)
    assert store.missing_sketches() == []  # made at ingest
    (sql,) = _statements(db, store.missing_sketches)
    plan = _plan(db, sql)
    # the outer read fetches the bodies by id, for the lacking only, found on the version index
    assert any(step.startswith("SCAN v USING COVERING INDEX documents_version") for step in plan)
    assert not any(step.startswith("SCAN d") for step in plan)
    first, second = [r[0] for r in db.conn.execute("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 2")]
    db.conn.execute("DELETE FROM document_sketches WHERE doc_id = ?", (first,))
    db.conn.execute("UPDATE document_sketches SET pipeline_version = 'older' WHERE doc_id = ?", (second,))
    assert sorted(r[0] for r in store.missing_sketches()) == sorted([first, second])
    db.conn.execute("UPDATE documents SET body = '' WHERE doc_id = ?", (first,))
    assert [r[0] for r in store.missing_sketches()] == [second]
    db.close()


def test_refresh_checks_read_versions_from_the_index(tmp_path, settings):
    db = _store(tmp_path, settings)
    merge(db, settings)
    checks = _statements(db, lambda: (browse._signatures(db), browse.refresh_search_index(db)))
    assert len(checks) >= 2
    for sql in checks[:2]:
        assert any("documents_version" in step for step in _plan(db, sql)), sql
        assert _reads_rows(_plan(db, sql)) == [], sql
    assert MergeStore(db).pending() == 0
    db.close()
