"""A newcomer's mistakes, each through the real command in a real process: one line on stderr beginning
`diplograph:`, a non-zero exit and no traceback; hostile files in a folder never stop the batch; Ctrl-C
stops an ingest promptly and a re-run finishes the job."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplograph.store import Database
from diplograph.store.merging import MergeStore
from tests.conftest import EXAMPLES, ROOT, stored_documents
from tests.fuzz_corpus import good_articles, good_folder

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The command in a process; a `serve` that starts instead of refusing fails here within a minute."""
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], capture_output=True, text=True,
                          env={**ENV, **(env or {})}, timeout=60 if "serve" in args else 600)


def _one_line(proc: subprocess.CompletedProcess, *words: str, code: int = 1) -> str:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("diplograph: "), proc.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert _run("ingest", str(EXAMPLES), "--db", str(path), "--quiet").returncode == 0
    return path


def test_hostile_files_in_a_folder_are_each_recorded_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(next(iter(good_articles(1).values())))
    (folder / "zero.csv").write_bytes(b"")
    (folder / "zero.jsonl").write_bytes(b"")
    (folder / "loop_a").symlink_to("loop_b")  # a symlink loop: resolving it raises in pathlib
    (folder / "loop_b").symlink_to("loop_a")
    proc = _run("ingest", str(folder), "--db", str(tmp_path / "x.db"), "--quiet")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "4 errors" in proc.stdout
    errors = _run("errors", "--db", str(tmp_path / "x.db")).stdout
    for name in ("zero.csv", "zero.jsonl"):  # an empty file says so, whatever format its name promises
        assert f"in/{name}: empty: the file holds no bytes" in errors
    for name in ("loop_a", "loop_b"):
        assert f"in/{name}: unreadable: Too many levels of symbolic links" in errors


@pytest.mark.parametrize("make, words", [
    (lambda out: out.write_text("a file") and out / "sub", ("cannot write the export", "Not a directory")),
    (lambda out: (out / "events.jsonl").mkdir(parents=True) or out, ("cannot write the export", "Is a directory")),
    (lambda out: out.mkdir() or (out / "events.jsonl").symlink_to("/dev/full") or out, ("No space left",)),
])
def test_an_export_folder_that_cannot_be_written(demo, tmp_path, make, words):
    out = make(tmp_path / "out")
    _one_line(_run("export", "--db", str(demo), "--out", str(out)), *words)


@pytest.mark.parametrize("version, words", [
    (99, ("written by a newer diplograph", "schema 99", "upgrade")),
    (0, ("another program", "not diplograph's")),
])
@pytest.mark.parametrize("command", [["events"], ["ingest", str(EXAMPLES)], ["serve", "--port", "1"]])
def test_a_database_this_version_must_not_use_is_refused_unchanged(tmp_path, version, words, command):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    _one_line(_run(*command, "--db", str(path)), str(path), *words)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_serve_on_a_port_in_use_says_so_before_claiming_to_serve(demo):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = _run("serve", "--db", str(demo), "--port", str(port))
    assert proc.stdout == ""
    _one_line(proc, f"127.0.0.1:{port}", "in use", "--port")


@pytest.mark.parametrize("argv, words", [
    (["--port", "99999"], ("--port", "1 to 65535")),
    (["--host", "nowhere.invalid"], ("--host nowhere.invalid",)),
])
def test_serve_address_mistakes(demo, argv, words):
    proc = _run("serve", "--db", str(demo), *argv)
    _one_line(proc, *words, code=2 if "--port" in argv else 1)


@pytest.mark.parametrize("argv, words", [
    (["ingest", str(EXAMPLES), "--workers", "-3"], ("--workers", "from 0 up")),
    (["ingest", str(EXAMPLES), "--max-document-bytes", "0"], ("--max-document-bytes", "from 1 up")),
    (["events", "--limit", "-1"], ("--limit", "from 0 up")),
    (["bench", str(EXAMPLES), "--repeat", "0"], ("--repeat", "from 1 up")),
])
def test_a_count_option_out_of_range_is_one_line(demo, argv, words):
    """A negative or zero count where it means nothing is refused by the argument parser, before any work."""
    _one_line(_run(*argv, "--db", str(demo)) if argv[0] != "bench" else _run(*argv), *words, code=2)


def _as_a_terminal_job() -> None:
    """Ctrl-C reaches a terminal's foreground job with SIGINT at its default, whatever ran these tests."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_ingest_stops_in_one_line_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "in"
    articles = good_folder(folder, 200)
    small = {"DIPLOGRAPH_BATCH_SIZE": "10"}
    db = tmp_path / "x.db"
    proc = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "ingest", str(folder), "--db", str(db),
                             "--quiet", "--workers", "2"], env={**ENV, **small}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_as_a_terminal_job)
    deadline = time.monotonic() + 120
    while stored_documents(db) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group, workers included
    sent = time.monotonic()
    _, err = proc.communicate(timeout=60)
    assert time.monotonic() - sent < 15  # promptly, not at the end of the batch
    stopped = subprocess.CompletedProcess(proc.args, proc.returncode, "", err)
    _one_line(stopped, "interrupted", "run the same command again", code=130)
    kept = stored_documents(db)
    assert 0 < kept < articles

    again = _run("ingest", str(folder), "--db", str(db), "--quiet", env=small)
    assert again.returncode == 0, again.stderr
    assert f"({articles - kept} processed, {kept} unchanged), 0 errors" in again.stdout
    assert stored_documents(db) == articles


def test_ctrl_c_during_the_merge_is_said_by_the_reading_commands_until_a_rerun_completes_it(tmp_path):
    """The ingest is stopped in its merge stage: this test holds the file's merge lock (the real one), so the
    ingest, its documents stored, waits in the merge when Ctrl-C reaches it. Each reading command then says
    in one stderr line that the merge did not finish, and still does its job; a re-run clears the line."""
    folder = tmp_path / "in"
    good_folder(folder, 12)
    db = tmp_path / "x.db"
    holder = Database(db)
    with MergeStore(holder).lock():
        proc = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "ingest", str(folder), "--db", str(db),
                                 "--quiet", "--workers", "1"], env={**ENV, "PYTHONUNBUFFERED": "1"},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                                preexec_fn=_as_a_terminal_job)
        assert proc.stdout.readline().startswith("ingest: 12 documents")  # printed as the merge stage begins
        time.sleep(0.3)
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    holder.close()
    _one_line(subprocess.CompletedProcess(proc.args, proc.returncode, "", err), "interrupted", code=130)
    for command in (["events"], ["actors"], ["export", "--out", str(tmp_path / "out")]):
        proc = _run(*command, "--db", str(db))
        assert proc.returncode == 0 and proc.stdout, proc.stderr  # the command still does its job
        line = _one_line(proc, f"the merge of {db} did not finish", "12 documents", "ingest", "again", code=0)
        assert f"--db {db}" in line
    assert "0 events" in _run("events", "--db", str(db)).stdout

    assert _run("ingest", str(folder), "--db", str(db), "--quiet").returncode == 0
    for command in (["events"], ["actors"], ["export", "--out", str(tmp_path / "out")]):
        proc = _run(*command, "--db", str(db))
        assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert "0 events" not in _run("events", "--db", str(db)).stdout


def test_a_pipeline_out_of_order_is_one_line_and_creates_no_database(tmp_path):
    config = tmp_path / "mine.toml"
    config.write_text('pipeline = ["decode", "events"]\n')  # events reads text no earlier step has made
    proc = _run("ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--config", str(config))
    _one_line(proc, "pipeline", "'events' requires", "no earlier step")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.toml"]
