"""The Spark engine (issue 21) in local[2] on the shared corpus: the same events, with the same ids,
participants and sources, as the local engine. Skips without ../shared, PySpark or a Java runtime."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, read_jsonl, shared_or_skip

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CLI = [sys.executable, "-m", "diplograph.cli"]


def _events(folder):
    out = {}
    for e in read_jsonl(folder / "events.jsonl"):
        out[e["event_id"]] = (sorted((p["actor_id"], p["affiliation"], p["wikidata"] or "") for p in e["participants"]),
                              sorted(s["doc_id"] for s in e["sources"]), e["type"], e["date"])
    return out


def test_spark_local_2_gives_the_events_of_the_local_engine(tmp_path):
    corpus = shared_or_skip() / "corpus"
    if importlib.util.find_spec("pyspark") is None or shutil.which("java") is None:
        pytest.skip("PySpark or Java is missing (pip install 'diplograph[spark]'; apt-get install default-jre-headless)")
    for engine in ("local", "spark"):
        db = tmp_path / f"{engine}.db"
        subprocess.run([*CLI, "ingest", str(corpus), "--db", str(db), "--quiet", "--workers", "1", "--engine", engine,
                        "--master", "local[2]"], env=ENV, check=True, capture_output=True)
        subprocess.run([*CLI, "export", "--db", str(db), "--out", str(tmp_path / engine)], env=ENV, check=True,
                       capture_output=True)
    local, spark = _events(tmp_path / "local"), _events(tmp_path / "spark")
    assert len(local) > 100 and spark == local
    assert (tmp_path / "spark.db.parquet" / "frames").is_dir()  # partitioned Parquet beside the store
    assert read_jsonl(tmp_path / "spark" / "documents.jsonl") == read_jsonl(tmp_path / "local" / "documents.jsonl")
