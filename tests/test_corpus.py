"""On ../shared/corpus the documents reach the issue-2 bar of the shared scorer (skipped without it)."""

from __future__ import annotations

import json
import subprocess
import sys

from diplograph.export import export
from diplograph.services import ingest
from diplograph.store import Database
from tests.conftest import shared_or_skip

BAR = {"lang": 0.98, "title": 0.95, "published": 0.95, "body_recall": 0.97, "body_clean": 0.95}


def test_documents_meet_the_bar(tmp_path, settings):
    shared = shared_or_skip()
    db = Database(tmp_path / "c.db")
    summary = ingest([str(shared / "corpus")], db, settings)
    export(db, tmp_path / "out")
    db.close()
    assert summary.errors == 0
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--pred", str(tmp_path / "out"),
                          "--gold", str(shared / "gold" / "seeds.jsonl"), "--gold", str(shared / "gold" / "dev.jsonl"),
                          "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    for key, floor in BAR.items():
        assert scores[key] >= floor, f"{key} {scores[key]} < {floor}"
