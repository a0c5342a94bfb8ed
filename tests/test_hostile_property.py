"""Any bytes in, a document or a recorded error out (issue 15): Hypothesis writes files of every format we
read, well formed, damaged and random, and each goes through the readers, the cleaners and extractors and
a real SQLite file. An error is allowed only as one of the readers' and cleaners' own verdicts; an exception
caught by the pipeline's safety net (`markup: IndexError: …`) is a failure, as is anything raised."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplograph.config import load_settings
from diplograph.ingest.walk import iter_records
from diplograph.services import build_pipeline, pipeline_version, process_record
from diplograph.store import Database

CRASH = re.compile(r"^(?:\w+): [A-Z]\w*(?:Error|Exception|Exit)\b|^(?:read|process|store): ")
SUFFIXES = [".txt", ".html", ".md", ".csv", ".tsv", ".jsonl", ".json", ".warc", ".bin"]
WORDS = ["外长", "会见", "挪威", "外交大臣", "。", "，", "The", "ministers", "met", "in", "Oslo", ".", ",", "\n",
         "\n\n", " ", "<p>", "</p>", "<div>", "<a href='x'>", "</a>", "&amp;", "&", "---", "title:", "date:",
         "2024-02-30", "*", "#", "|", "\t", '"', "\\", "\x00", "\x1b[31m", "[[31m", "\ufeff", "\ud7ff", "🙂"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)
prose = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=80).map("".join)


def _csv(rows: list[list[str]]) -> bytes:
    lines = ["title,text,date"] + [",".join(r) for r in rows]
    return "\n".join(lines).encode("utf-8", "surrogatepass")


contents = st.one_of(
    st.binary(max_size=3000),
    prose.map(lambda t: t.encode("utf-8", "surrogatepass")),
    prose.map(lambda t: f"---\ntitle: {t[:30]}\ndate: {t[30:50]}\n---\n{t}".encode("utf-8", "surrogatepass")),
    prose.map(lambda t: f"<html><head><title>{t[:20]}</title></head><body><div>{t}</body></html>"
              .encode("utf-8", "surrogatepass")),
    st.lists(st.lists(prose, max_size=5), max_size=6).map(_csv),
    st.lists(json_values, max_size=5).map(lambda vs: "\n".join(json.dumps(v) for v in vs).encode()),
    st.lists(st.fixed_dictionaries({"title": prose, "text": prose}, optional={"date": json_values}), max_size=4)
    .map(lambda vs: json.dumps(vs).encode()),
    st.binary(max_size=2000).map(lambda b: b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 900\r\n\r\n" + b),
)


@pytest.fixture(scope="module")
def run():
    """Read, process and store one file; returns the stored errors."""
    conf = load_settings(env={}).with_overrides(document_timeout=0, max_document_bytes=100_000)
    pipeline = build_pipeline(conf)
    version = pipeline_version(conf)
    folder = Path(tempfile.mkdtemp())
    db = Database(folder / "fuzz.db")

    def one(name: str, data: bytes) -> list[str | None]:
        path = folder / name
        path.write_bytes(data)
        docs = {}
        for rec in iter_records([str(path)], conf.max_document_bytes, conf.max_nesting):
            doc = process_record(rec, pipeline)
            docs[doc.doc_id] = doc
        db.write_documents(list(docs.values()), version, [])
        path.unlink()
        return [d.error for d in docs.values()]

    yield one
    db.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=contents, suffix=st.sampled_from(SUFFIXES))
@example(data=b"\x00\r|", suffix=".txt")  # a lone carriage return in a first line with a delimiter in it
def test_any_file_gives_documents_or_clear_errors(run, data, suffix):
    errors = run("f" + suffix, data)
    assert errors, "every file gives at least one document or error"
    crashes = [e for e in errors if e and CRASH.search(e)]
    assert not crashes
