"""The per-document stage in worker processes (issue 21): the same store as one process, and a worker that
dies on a document costs that document only."""

from __future__ import annotations

import os
import shutil
import sqlite3

import diplograph.engine.merge as engine_merge
from diplograph.registry import component
from diplograph.services import ingest, merge
from diplograph.store import Database, browse
from tests.conftest import EXAMPLES
from tests.test_concurrency import _dump, _pages


@component("test_dies_on_marker", requires=("raw",), assigns=())
def _dies_on_marker(**_):
    """A plugin that kills its process on a page holding a marker, as a crash in a C library would."""

    def run(doc):
        if "WORKER-DIES-HERE" in doc.raw:
            os._exit(70)
        return doc

    return run


def _ingest(folders, path, settings, workers):
    db = Database(path)
    summary = ingest([str(f) for f in folders], db, settings.with_overrides(batch_size=7), workers=workers)
    merge(db, settings)
    db.close()
    return summary


def test_two_workers_store_what_one_stores(tmp_path, settings):
    folder = _pages(tmp_path / "pages", 0, 40)
    shutil.copytree(EXAMPLES, folder / "examples")
    shutil.copy(folder / "r003.txt", folder / "copy-of-r003.txt")  # one id from two sources, in two batches
    one = _ingest([folder], tmp_path / "one.db", settings, 1)
    two = _ingest([folder], tmp_path / "two.db", settings, 2)
    assert (one.records, one.processed, one.unchanged, one.errors) == \
        (two.records, two.processed, two.unchanged, two.errors)
    assert _dump(tmp_path / "one.db") == _dump(tmp_path / "two.db")


def test_a_worker_dying_on_a_document_records_it_and_the_batch_goes_on(tmp_path, settings):
    folder = _pages(tmp_path / "pages", 0, 12)
    (folder / "r005.txt").write_text("王毅会见法国外长\nWORKER-DIES-HERE\n", encoding="utf-8")
    dying = settings.with_overrides(pipeline=(*settings.pipeline[:1], "test_dies_on_marker", *settings.pipeline[1:]))
    summary = _ingest([folder], tmp_path / "w.db", dying, 2)
    db = Database(tmp_path / "w.db")
    rows = {r["source"].rsplit("/", 1)[1]: r for r in db.iter_documents()}
    db.close()
    assert summary.records == len(rows) == 12
    assert "worker" in rows["r005.txt"]["error"] and "died" in rows["r005.txt"]["error"]
    assert all(r["error"] is None for name, r in rows.items() if name != "r005.txt")


def test_every_worker_ends_on_its_own_when_the_pool_closes(settings):
    """A worker forked after another holds a copy of that one's pipe: closing pipe and process one at a time
    left the first worker waiting until it was killed (issue 21: 5 s at the end of every run per worker)."""
    from diplograph.engine.workers import DocumentWorkers

    pool = DocumentWorkers(settings, 3)
    with pool:
        procs = [guard._proc for guard in pool.guards]
    assert [p.exitcode for p in procs] == [0, 0, 0]


def _stored(path):
    """Every merged and indexed row (as `_dump`), with the search index's own rows and the document each holds."""
    conn = sqlite3.connect(path)
    index = sorted(conn.execute("SELECT s.doc_id, f.rowid, f.title, f.body FROM search_state s"
                                " JOIN documents_fts f ON f.rowid = s.fts_rowid"))
    links = sorted(conn.execute("SELECT * FROM document_links"))
    conn.close()
    return _dump(path), index, links


def test_chunked_merge_and_index_store_what_one_chunk_stores(tmp_path, settings, monkeypatch):
    """The merge stages near-duplicate links and the refresh indexes bodies a chunk at a time (issue 21: flat
    memory); chunks of one or two rows give the rows that one chunk for everything gives."""
    folder = _pages(tmp_path / "pages", 0, 9)
    for name in ("r001.txt", "r004.txt"):  # near-duplicates: the same report with one more line
        text = (folder / name).read_text(encoding="utf-8")
        (folder / f"again-{name}").write_text(text + "（完）\n", encoding="utf-8")
    whole = _ingest([folder], tmp_path / "whole.db", settings, 1)
    monkeypatch.setattr(engine_merge, "LINK_CHUNK", 1)
    monkeypatch.setattr(browse, "INDEX_CHUNK", 2)
    chunked = _ingest([folder], tmp_path / "chunked.db", settings, 1)
    assert whole.records == chunked.records == 11
    one, index, links = _stored(tmp_path / "whole.db")
    assert len(index) == 11 and len(links) >= 2
    assert _stored(tmp_path / "chunked.db") == (one, index, links)
