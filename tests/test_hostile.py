"""No input can crash, stall or blow up a batch (issue 15): every hostile kind of tests/fuzz_corpus.py is
recorded with a clear error (or read correctly), and the good documents beside them come out as alone."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from diplograph.bench import long_page, one_line_page
from diplograph.doc import RawRecord
from diplograph.ingest.walk import display_name, walk
from diplograph.registry import Pipeline
from diplograph.services import ingest, process_record
from diplograph.store import Database
from diplograph.store.db import DatabaseWriteError
from tests.fuzz_corpus import EN_PARAGRAPHS, good_articles, write_corpus

ROOT = os.geteuid() == 0  # root reads a folder whatever its mode: tested below as another user


def _stored(db: Database, folder: Path) -> dict[str, dict]:
    return {row["source"].split(str(folder) + "/", 1)[1]: row for row in db.iter_documents(with_raw=True)}


@pytest.fixture
def hostile(tmp_path, settings):
    """The whole hostile corpus (sized down) ingested in one run: (summary, {name: row}, database)."""
    folder = tmp_path / "in"
    write_corpus(folder, scale=0.05, good=3)
    db = Database(tmp_path / "h.db")
    # a small record limit, so that the corpus's large CSV field and JSON Lines line are over it
    summary = ingest([str(folder)], db, settings.with_overrides(max_document_bytes=50_000))
    yield summary, _stored(db, folder), db
    db.close()
    (folder / "unreadable-folder").chmod(0o755)


def test_structured_records_never_stop_the_batch(hostile):
    _, docs, _ = hostile
    assert docs["csv-more-fields.csv#1"]["error"] is None  # the values beyond the header are kept aside
    assert "met in Oslo today" in docs["csv-more-fields.csv#1"]["body"]
    assert docs["csv-more-fields.csv#2"]["error"] is None
    assert docs["csv-huge-field.csv#1"]["error"].startswith("too large")
    assert docs["csv-huge-field.csv#2"]["error"] is None
    assert docs["jsonl-huge-line.jsonl#1"]["error"].startswith("too large")
    assert docs["jsonl-huge-line.jsonl#2"]["error"] is None
    assert docs["json-deep.json"]["error"].startswith("too deeply nested")
    assert docs["jsonl-deep.jsonl#1"]["error"].startswith("too deeply nested")
    assert docs["jsonl-deep.jsonl#2"]["error"] is None
    assert docs["jsonl-lone-surrogate.jsonl#1"]["error"] is None
    assert docs["jsonl-lone-surrogate.jsonl#1"]["title"] == "half ? pair"


def test_damaged_archives_are_recorded_never_stored_whole(hostile):
    _, docs, _ = hostile
    for name in ("truncated.warc", "truncated.warc.gz"):
        assert docs[f"{name}#1"]["error"] is None and docs[f"{name}#2"]["error"] is None
        assert docs[f"{name}#3"]["error"].startswith("truncated") and docs[f"{name}#3"]["body"] == ""
    assert docs["gzip-bomb.warc.gz"]["error"].startswith("no HTML page")


def test_special_files_are_skipped_with_a_reason(hostile):
    _, docs, _ = hostile
    assert docs["fifo.txt"]["error"] == "skipped: a named pipe, not a file"
    assert docs["socket.txt"]["error"] == "skipped: a socket, not a file"
    assert docs["device.txt"]["error"] == "skipped: a character device, not a file"
    if not ROOT:
        assert docs["unreadable-folder"]["error"].startswith("unreadable folder")


def test_pages_that_once_failed_are_read(hostile):
    _, docs, _ = hostile
    bomb = docs["yaml-alias-bomb.md"]
    assert bomb["error"] is None and EN_PARAGRAPHS[1][:40] in bomb["body"]
    assert "max_yaml_values" in bomb["meta"]["front_matter_refused"] and len(str(bomb["meta"])) < 2000
    bad_date = docs["fm-bad-date.md"]
    assert bad_date["error"] is None and bad_date["published"] is None and bad_date["title"] == "Talks in Lima"
    single = docs["fm-single-newlines.md"]
    assert single["error"] is None and "外长表示" in single["body"] and "交换意见。" in single["body"]
    assert docs["ansi-title.html"]["title"] == "外长会见挪威外交大臣"
    assert docs["nul-byte.txt"]["error"] is None and "挪威外交大臣" in docs["nul-byte.txt"]["body"]
    assert docs["html-unclosed.html"]["error"] is None
    assert EN_PARAGRAPHS[0][:40] in docs["html-unclosed.html"]["body"]
    assert docs["one-line-page.txt"]["error"] is None
    assert docs["binary.bin"]["error"].startswith("binary") and docs["empty.txt"]["error"].startswith("empty")


def test_a_name_that_is_not_utf8_is_stored_readably_and_exactly(hostile):
    _, docs, db = hostile
    exact = b"name-\xff\xfe-latin1-caf\xe9.txt"
    name = display_name(os.fsdecode(exact))
    assert name == "name-\\xff\\xfe-latin1-caf\\xe9.txt"
    assert docs[name]["error"] is None and "瑞典外交大臣" in docs[name]["body"]
    [(stored,)] = db.conn.execute("SELECT source_bytes FROM document_sources WHERE doc_id = ?",
                                  (docs[name]["doc_id"],)).fetchall()
    assert stored.endswith(b"/" + exact)
    assert db.conn.execute("SELECT count(*) FROM document_sources WHERE source_bytes IS NOT NULL").fetchone()[0] == 1


def test_good_documents_come_out_as_when_ingested_alone(hostile, tmp_path, settings):
    summary, docs, _ = hostile
    alone = tmp_path / "alone"
    for name, data in good_articles(3).items():
        (alone / name).parent.mkdir(parents=True, exist_ok=True)
        (alone / name).write_bytes(data)
    db = Database(tmp_path / "alone.db")
    ingest([str(alone)], db, settings.with_overrides(max_document_bytes=50_000))
    keys = ("doc_id", "body", "title", "published", "lang", "offsets", "spans", "error")
    by_itself = {name: {k: row[k] for k in keys} for name, row in _stored(db, alone).items()}
    db.close()
    assert by_itself == {name: {k: docs[name][k] for k in keys} for name in by_itself}
    assert summary.errors == sum(1 for d in docs.values() if d["error"])


def test_a_slow_document_is_stopped_and_the_batch_goes_on(ingest_files):
    summary, docs = ingest_files({"a-slow.txt": one_line_page(400_000), "b-good.txt": good_articles(1)["good/zh-000.txt"]},
                                 document_timeout=0.5)
    assert docs["a-slow.txt"]["error"] == "timeout after 0.5 s"
    assert docs["b-good.txt"]["error"] is None and "挪威外交大臣" in docs["b-good.txt"]["body"]
    assert summary.errors == 1


def test_a_document_over_the_memory_limit_is_recorded(ingest_files):
    summary, docs = ingest_files({"a.txt": one_line_page(3_000_000), "b.txt": good_articles(1)["good/zh-000.txt"]},
                                 document_memory_mb=1)
    error = docs["a.txt"]["error"]
    # Python raises MemoryError; a C or Rust library may abort instead, which kills only the worker
    assert "MemoryError" in error or error.startswith("worker died on this document: ")
    assert summary.records == 2


def test_without_a_timeout_documents_run_in_process_alike(ingest_files):
    _, docs = ingest_files({"a.txt": good_articles(1)["good/zh-000.txt"]}, document_timeout=0)
    assert docs["a.txt"]["error"] is None and "挪威外交大臣" in docs["a.txt"]["body"]


def _walk_as_nobody(folder: str, out) -> None:
    os.setgid(65534)
    os.setuid(65534)
    out.send([(source, problem) for _, source, problem in walk([folder]) if problem])


def test_an_unreadable_folder_is_recorded():
    base = Path(tempfile.mkdtemp(dir="/tmp"))  # outside pytest's private folder, so another user can enter
    try:
        base.chmod(0o755)
        (base / "ok.txt").write_text("fine")
        locked = base / "locked"
        locked.mkdir()
        (locked / "hidden.txt").write_text("never read")
        locked.chmod(0)
        if ROOT:
            ours, theirs = multiprocessing.get_context("fork").Pipe()
            child = multiprocessing.get_context("fork").Process(target=_walk_as_nobody, args=(str(base), theirs))
            child.start()
            problems = ours.recv()
            child.join()
        else:
            problems = [(source, problem) for _, source, problem in walk([str(base)]) if problem]
        assert problems == [(f"{base}/locked", "unreadable folder: Permission denied")]
    finally:
        (base / "locked").chmod(0o755)
        shutil.rmtree(base)


def test_a_full_database_stops_the_run_with_the_cause(tmp_path, settings):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in good_articles(40).items():
        (folder / name.replace("/", "-")).write_bytes(data * 30)
    db = Database(tmp_path / "full.db")
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 4}")  # SQLite's own "disk full", on a real file
    with pytest.raises(DatabaseWriteError) as caught:
        ingest([str(folder)], db, settings.with_overrides(batch_size=5))
    db.close()
    message = str(caught.value)
    assert message.startswith(f"cannot write to the database {tmp_path / 'full.db'}: the disk")
    assert "full" in message and "rollback" not in message
    conn = sqlite3.connect(tmp_path / "full.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_5_mb_page_is_cleaned_whole(settings):
    """The cleaning stages on a generated 5 MB page (its time is measured in the issue's closing note, not
    asserted here): every line is located, classified and mapped back, in time near-linear in its size."""
    names = list(settings.pipeline)
    pipeline = Pipeline(names[: names.index("events")], settings=settings)
    page = long_page(5_000_000)
    doc = process_record(RawRecord("long.html", page, "html"), pipeline)
    assert doc.error is None and len(doc.body) > 2_500_000
    assert "(0)" in doc.body and doc.body.rstrip().endswith(")")
    first = doc.body.index("(1)")
    start, end = doc.offsets.span_to_raw(first - 10, first)
    assert doc.raw[start:end] == doc.body[first - 10:first]
