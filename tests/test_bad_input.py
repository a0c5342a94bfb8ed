"""Bad input never stops a batch: each bad file is a document with a clear error (issue 2)."""

from __future__ import annotations

GOOD = "外长会见来访的挪威外交大臣\n2024-06-18 21:05 来源:本网\n新华社北京6月18日电 6月18日下午,外长在北京会见来访的挪威外交大臣,双方就双边关系交换意见。\n"


def test_each_bad_file_is_recorded_and_the_batch_goes_on(ingest_files):
    files = {
        "a_empty.txt": b"",
        "b_binary.txt": bytes(range(256)) * 40,
        "c_no_text_column.csv": "id,url,score\n1,https://x,3\n",
        "d_bad_line.jsonl": '{"title": "ok", "text": "The ministers met today in Rome."}\nnot json at all\n',
        "e_blank.html": "<html><body><script>var a=1;</script></body></html>",
        "z_good.txt": GOOD,
    }
    summary, docs = ingest_files(files)
    assert docs["a_empty.txt"]["error"].startswith("empty")
    assert "binary" in docs["b_binary.txt"]["error"]
    assert "no text column" in docs["c_no_text_column.csv"]["error"]
    assert docs["d_bad_line.jsonl#1"]["error"] is None
    assert "not JSON" in docs["d_bad_line.jsonl#2"]["error"]
    assert docs["e_blank.html"]["error"]
    assert docs["z_good.txt"]["error"] is None and "挪威外交大臣" in docs["z_good.txt"]["body"]
    assert summary.errors == 5


def test_truncated_html_keeps_what_arrived(ingest_files):
    page = ("<html><head><title>Talks in Lima</title></head><body><article><p>LIMA, June 3 (Agency) - The foreign "
            "ministers of Peru and Chile held talks in Lima on Monday and agreed to reopen the border crossing.</p>"
            "<p>They also discussed the lithium tra")
    _, docs = ingest_files({"cut.html": page})
    d = docs["cut.html"]
    assert d["error"] is None
    assert "agreed to reopen the border crossing" in d["body"]
    assert d["title"] == "Talks in Lima"


def test_large_file_is_refused_with_its_size(ingest_files, tmp_path):
    big = b"The ministers met. " * (50 * 1024 * 1024 // 19 + 1)  # about 50 MB
    summary, docs = ingest_files({"big.txt": big, "small.txt": GOOD})
    assert "too large" in docs["big.txt"]["error"] and str(len(big)) in docs["big.txt"]["error"]
    assert docs["small.txt"]["error"] is None


def test_wrongly_declared_encoding_is_detected(ingest_files):
    page = ("<html><head><meta charset=\"utf-8\"><title>外长会见挪威外交大臣</title></head><body><p>"
            "新华社北京6月18日电 外长在北京会见来访的挪威外交大臣，双方同意加强绿色能源合作。</p></body></html>")
    _, docs = ingest_files({"gbk.html": page.encode("gbk")})
    d = docs["gbk.html"]
    assert d["encoding"] == "gb18030"
    assert "挪威外交大臣" in d["body"] and d["title"] == "外长会见挪威外交大臣"


def test_unreadable_file_is_an_error_not_a_crash(ingest_files, tmp_path, db, settings):
    from diplograph.services import ingest

    missing = tmp_path / "does-not-exist.txt"
    summary = ingest([str(missing)], db, settings)
    assert summary.errors == 1
    row = next(db.iter_documents())
    assert row["error"].startswith("unreadable")


def test_a_database_inside_the_input_folder_is_not_read_as_input(tmp_path, settings):
    """`ingest . --db here.db`: the database, its WAL and the merge's lock file sit in the folder being read."""
    from diplograph.services import ingest
    from diplograph.store import Database

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = Database(tmp_path / "here.db")
    try:
        first = ingest([str(tmp_path)], db, settings)
        second = ingest([str(tmp_path)], db, settings)
        sources = sorted(row["source"].rsplit("/", 1)[-1] for row in db.iter_documents())
    finally:
        db.close()
    assert (first.errors, second.errors) == (0, 0)
    assert sources == ["a.txt"]
