"""Shared fixtures: real SQLite files, real input files, the shared corpus when it is beside the checkout."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.ingest import iter_records
from diplograph.services import build_pipeline, ingest, process_record
from diplograph.store import Database

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def settings():
    return load_settings(env={})


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture
def ingest_files(tmp_path, db, settings):
    """Write {name: bytes|str} into a folder, ingest it, and return the stored documents by file name."""

    def run(files: dict[str, bytes | str], **overrides):
        folder = tmp_path / "in"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        summary = ingest([str(folder)], db, settings.with_overrides(**overrides))
        docs = {row["source"].split("/in/", 1)[1]: row for row in db.iter_documents(with_raw=True)}
        return summary, docs

    return run


def shared_or_skip() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, built once; tests read the pages they write through it."""
    return build_pipeline(load_settings(env={}))


def text_page(pipeline, title: str, body: str, day: str = "2024-05-06", source: str = "Source: Newswire"):
    """A text dump (headline, a line with its day and source, body) read through the real pipeline."""
    text = f"{title}\n{day} 10:00 {source}\n{body}\n"
    return process_record(RawRecord(source="page.txt", data=text.encode(), fmt="text"), pipeline)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_feed_item(pipeline, folder: Path, title: str, body: str, day: str, url: str = ""):
    """One JSON Lines feed item (title, url, published, content) read through the real reader and pipeline."""
    record = {"title": title, "url": url, "published": day, "content": body}
    path = folder / "feed.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [raw] = iter_records([str(path)], 1_000_000)
    return process_record(raw, pipeline)


def stored_documents(path: Path) -> int:
    """How many documents a database another process is writing holds now (0 before it exists or mid-migration)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
