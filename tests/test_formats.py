"""Every input format users have becomes documents with the right text and metadata (issue 2)."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers hold talks on energy | Example Online</title>
<meta property="article:published_time" content="2024-05-02T09:15:00+02:00"></head>
<body><nav><a href="/">Home</a> | <a href="/w">World</a> | <a href="/b">Business</a></nav>
<article><h1>Ministers hold talks on energy</h1>
<p>OSLO, May 2 (Example Agency) &ndash; The energy ministers of Norway and Germany held talks in Oslo on Thursday.</p>
<p>They agreed to build a hydrogen pipeline study group and to meet again in the autumn in Berlin.</p></article>
<footer>&copy; 2024 Example Online. All rights reserved.</footer></body></html>"""


def warc_bytes(pages: list[tuple[str, str]], gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warc_record("urn:x", "warcinfo", payload=io.BytesIO(b"software: test")))
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def test_html_page_keeps_article_and_metadata(ingest_files):
    _, docs = ingest_files({"page.html": HTML_PAGE})
    d = docs["page.html"]
    assert d["error"] is None
    assert d["title"] == "Ministers hold talks on energy"
    assert d["published"] == "2024-05-02T09:15:00"
    assert d["lang"] == "en"
    assert "hydrogen pipeline study group" in d["body"]
    assert "All rights reserved" not in d["body"] and "Home" not in d["body"]
    assert d["dateline"]["agency"] == "Example Agency" and d["dateline"]["day"] == 2


def test_html_detected_from_content_without_extension(ingest_files):
    _, docs = ingest_files({"capture": HTML_PAGE})
    assert docs["capture"]["format"] == "html"
    assert "<p>" not in docs["capture"]["body"]


def test_front_matter_markdown(ingest_files):
    text = ("---\ntitle: \"外长同法国外长通电话\"\ndate: 2024-03-05 21:10:00 +08:00\nlink: https://example.org/a\n---\n\n"
            "3月5日晚，外长同法国外长通电话。\n\n双方就中法关系交换了意见，同意加强\n在气候变化领域的合作。\n")
    _, docs = ingest_files({"post.md": text})
    d = docs["post.md"]
    assert d["title"] == "外长同法国外长通电话"
    assert d["published"] == "2024-03-05T21:10:00"
    assert "同意加强 在气候变化领域的合作" in d["body"] or "同意加强在气候变化" in d["body"].replace(" ", "")
    assert "title:" not in d["body"]
    assert d["lang"] == "zh-Hans"


def test_front_matter_html_fragment(ingest_files):
    text = ("---\ntitle: 外長通話\ndate: 2025-01-02 10:00:00 +00:00\n---\n\n<div></div><div><p>（本社記者柏林2日專電）"
            "德國外長今天與中國外長通話，雙方同意維持對話。</p><p>雙方討論了經貿議題。</p></div>")
    _, docs = ingest_files({"a.html": text})
    d = docs["a.html"]
    assert d["body"].startswith("（本社記者柏林2日專電）")
    assert d["lang"] == "zh-Hant" and d["published"] == "2025-01-02T10:00:00"


def test_csv_rows_become_documents_with_record_numbers(ingest_files):
    text = ("link,HEADLINE,Date,summary,Body\n"
            "https://x/1,Talks with the President of Chile,2022-02-01T10:00:00Z,Talks were held.,\"The presidents met.\n"
            "They signed two agreements.\"\n"
            "https://x/2,Telephone conversation with the Prime Minister of Peru,2022-02-02T11:30:00Z,,The leaders spoke.\n")
    summary, docs = ingest_files({"kremlin.csv": text})
    assert summary.records == 2
    first = docs["kremlin.csv#1"]
    assert first["title"] == "Talks with the President of Chile"
    assert first["published"] == "2022-02-01T10:00:00"
    assert first["body"] == "Talks were held.\nThe presidents met.\nThey signed two agreements."
    assert docs["kremlin.csv#2"]["body"] == "The leaders spoke."


def test_jsonl_and_json_array(ingest_files):
    rows = [{"title": "A", "published": "2023-01-01", "text": "The foreign ministers met in Rome today."},
            {"headline": "B", "content": "外长在罗马会见意大利外长。"}]
    array = [{"title": "C", "body": "The ministers met in Paris today."}, rows[1]]
    _, docs = ingest_files({"a.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                            "b.json": json.dumps(array, ensure_ascii=False)})
    assert docs["a.jsonl#1"]["title"] == "A" and docs["a.jsonl#1"]["published"] == "2023-01-01"
    assert docs["a.jsonl#2"]["lang"] == "zh-Hans"
    assert docs["b.json#1"]["title"] == "C"
    assert "b.json#2" not in docs  # the same record again is the same document, seen at two sources


def test_same_record_in_two_files_is_one_document_with_both_sources(ingest_files, db):
    row = json.dumps({"title": "A", "text": "The foreign ministers met in Rome today."})
    _, docs = ingest_files({"one.jsonl": row, "two.jsonl": row})
    assert list(docs) == ["one.jsonl#1"]
    sources = db.sources_of(docs["one.jsonl#1"]["doc_id"])
    assert [s.rsplit("/", 1)[1] for s in sources] == ["one.jsonl#1", "two.jsonl#1"]


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses(ingest_files, gz):
    data = warc_bytes([("https://example.org/1", HTML_PAGE), ("https://example.org/2", HTML_PAGE.replace(
        "Norway and Germany", "Norway and Denmark"))], gz)
    name = "crawl.warc.gz" if gz else "crawl.warc"
    summary, docs = ingest_files({name: data})
    assert summary.records == 2  # the warcinfo record is not a document
    assert "Norway and Germany" in docs[f"{name}#2"]["body"]
    assert "Norway and Denmark" in docs[f"{name}#3"]["body"]
    assert docs[f"{name}#2"]["format"] == "warc-html"


def test_warc_is_streamed_not_loaded(tmp_path, settings):
    """The reader pulls one record at a time: the first record arrives before the archive is exhausted."""
    from diplograph.ingest.walk import read_file

    path = tmp_path / "big.warc.gz"
    path.write_bytes(warc_bytes([(f"https://e.org/{i}", HTML_PAGE) for i in range(50)], gz=True))
    records = read_file(path, str(path), settings.max_document_bytes)
    first = next(records)
    assert first.source.endswith("#2")
    assert len(gzip.decompress(path.read_bytes())) > 50 * len(HTML_PAGE)


def test_ingest_memory_stays_flat_as_the_archive_grows(tmp_path, settings):
    """Peak traced memory of ingesting 800 WARC records stays near that of 200: nothing accumulates."""
    import tracemalloc

    from diplograph.services import ingest
    from diplograph.store import Database

    peaks = {}
    for n in (10, 200, 800):  # the first run only warms caches (regexes, lexicons, converters)
        path = tmp_path / f"crawl{n}.warc.gz"
        path.write_bytes(warc_bytes([(f"https://e.org/{i}", HTML_PAGE.replace("Thursday", f"day {i}"))
                                     for i in range(n)], gz=True))
        db = Database(tmp_path / f"m{n}.db")
        tracemalloc.start()
        summary = ingest([str(path)], db, settings.with_overrides(batch_size=50))
        peaks[n] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        db.close()
        assert summary.records == n and summary.errors == 0
    assert peaks[800] < 1.3 * peaks[200], peaks
