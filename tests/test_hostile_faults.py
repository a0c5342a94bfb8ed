"""Faults outside the input (issue 15): a process killed mid-ingest, a database that cannot be written, and
a database served from a read-only file or mount. Each runs the real command in a real subprocess."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, stored_documents
from tests.fuzz_corpus import good_articles, good_folder

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "diplograph.cli", *args]


def _run(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(_cli(*args), capture_output=True, text=True, env={**ENV, **(env or {})}, timeout=600,
                          **kwargs)


def _content(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (the ingest time aside, which differs between runs), in a stable order."""
    conn = sqlite3.connect(path)
    # the search index's and browse tables' bookkeeping holds row ids and the ingest time: not content
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE"
                                         " 'documents_fts%' AND name NOT IN ('search_state', 'browse_state')")]
    out = {}
    for table in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
        out[table] = sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
    conn.close()
    return out


def test_kill_9_during_ingest_then_a_rerun_gives_the_same_database(tmp_path):
    folder = tmp_path / "in"
    articles = good_folder(folder, 200)
    small = {"DIPLOGRAPH_BATCH_SIZE": "10"}
    assert _run("ingest", str(folder), "--db", str(tmp_path / "whole.db"), "--quiet", env=small).returncode == 0

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(_cli("ingest", str(folder), "--db", str(killed), "--quiet"), env={**ENV, **small},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while stored_documents(killed) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    assert 0 < stored_documents(killed) < articles  # killed part way

    assert _run("ingest", str(folder), "--db", str(killed), "--quiet", env=small).returncode == 0
    assert _content(killed) == _content(tmp_path / "whole.db")
    for db in ("whole", "killed"):
        assert _run("export", "--db", str(tmp_path / f"{db}.db"), "--out", str(tmp_path / f"{db}-out")).returncode == 0
    for name in ("documents.jsonl", "events.jsonl"):
        assert (tmp_path / "killed-out" / name).read_bytes() == (tmp_path / "whole-out" / name).read_bytes()


def _small_files() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing us
    resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))


def test_a_database_that_cannot_be_written_ends_the_run_in_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in good_articles(100).items():
        (folder / name.replace("/", "-")).write_bytes(data * 20)
    done = _run("ingest", str(folder), "--db", str(tmp_path / "x.db"), "--quiet", env={"DIPLOGRAPH_BATCH_SIZE": "10"},
                preexec_fn=_small_files)
    assert done.returncode == 1
    assert done.stderr.startswith(f"diplograph: error: cannot write to the database {tmp_path / 'x.db'}: the disk")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr and "rollback" not in done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, deadline: float) -> bytes:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody can write: a read-only tmpfs mount for root (who may write any file), else mode 555."""
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(folder)],
                                                   capture_output=True).returncode == 0
    if os.geteuid() == 0 and not mounted:
        pytest.skip("running as root without the right to mount a read-only file system")

    def seal() -> None:
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            for p in folder.iterdir():
                p.chmod(0o444)
            folder.chmod(0o555)

    yield folder, seal
    if mounted:
        subprocess.run(["umount", str(folder)], check=True)
    else:
        folder.chmod(0o755)


def test_serve_works_from_a_read_only_file(tmp_path, read_only_folder):
    folder, seal = read_only_folder
    assert _run("ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--quiet").returncode == 0
    shutil.copy(tmp_path / "x.db", folder / "x.db")
    seal()
    port = _free_port()
    server = subprocess.Popen(_cli("serve", "--db", str(folder / "x.db"), "--port", str(port)), env=ENV,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        events = json.loads(_get(f"http://127.0.0.1:{port}/api/events", time.monotonic() + 60))
        assert events["total"] > 0
        assert b"<html" in _get(f"http://127.0.0.1:{port}/", time.monotonic() + 10)
    finally:
        server.terminate()
        out, err = server.communicate(timeout=30)
    assert "read-only" in out and "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir()) == ["x.db"]  # no journal or lock file beside it
