"""Schemathesis against the live server (tests/test_web.py's): every operation of /openapi.json called with
generated valid and invalid inputs, each response checked against its documented status, content type, headers
and typed model (all checks). Bounded: a few hundred cases, a fixed seed, localhost only."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import test_web

served = test_web.served  # the real server, shared with tests/test_web.py


@pytest.mark.issue(20)
def test_api_answers_as_documented(served, tmp_path):
    base, _ = served
    cli = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    if cli is None:
        pytest.skip("schemathesis is not installed (pip install -e '.[dev]')")
    run = subprocess.run([cli, "run", base + "/openapi.json", "--checks", "all", "--max-examples", "10",
                          "--seed", "20", "--no-color", "--report-dir", str(tmp_path)],
                         capture_output=True, text=True, timeout=600, cwd=tmp_path)
    summary = run.stdout[-3000:]
    assert run.returncode == 0, summary
    selected = re.search(r"Selected: (\d+)/(\d+)", summary)
    assert "No issues found" in summary and selected and selected[1] == selected[2]
    assert f"Tested: {selected[1]}" in summary  # every documented operation was called
