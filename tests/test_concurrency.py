"""Several processes on one database file (issues 15 and 21), with real subprocesses: a new file opened by
many at once, two ingests at once, an ingest killed during its merge."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from diplograph.store import Database, browse
from diplograph.store.db import migrations
from tests.conftest import ROOT, shared_or_skip

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CLI = [sys.executable, "-m", "diplograph.cli"]
TABLES = ("documents", "document_sources", "events", "event_participants", "event_clusters", "document_sketches",
          "sketch_keys", "document_links", "actor_aliases", "merge_docs", "merge_windows", "window_clusters")
PEOPLE = [("王毅", "法国", "巴罗"), ("王毅", "德国", "贝尔伯克"), ("王毅", "西班牙", "阿尔瓦雷斯"), ("王毅", "巴西", "维埃拉")]


def _pages(folder: Path, first_day: int, count: int) -> Path:
    """Short agency reports of meetings, one a day, written for this test."""
    folder.mkdir(parents=True)
    for i in range(count):
        day = first_day + i
        host, country, guest = PEOPLE[i % len(PEOPLE)]
        (folder / f"r{day:03d}.txt").write_text(
            f"{host}会见{country}外长{guest}\n2024-{1 + day // 28:02d}-{1 + day % 28:02d} 18:00 来源：新华社\n"
            f"新华社北京{1 + day // 28}月{1 + day % 28}日电 外交部长{host}{1 + day % 28}日在北京会见{country}外长{guest}。"
            f"双方就第{day}轮磋商的安排交换了意见。\n", encoding="utf-8")
    return folder


def _dump(path: Path) -> dict[str, list]:
    """Every row of the stored tables, sorted, without the ingest time stamps."""
    conn = sqlite3.connect(path)
    out = {}
    for table in TABLES:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
        out[table] = sorted(map(repr, conn.execute(f"SELECT {', '.join(cols)} FROM {table}")))
    conn.close()
    return out


def test_processes_opening_a_new_file_at_once_all_migrate(tmp_path):
    code = "import sys; from diplograph.store import Database; Database(sys.argv[1]).close()"
    for attempt in range(3):
        path = tmp_path / f"new{attempt}.db"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], env=ENV, stderr=subprocess.PIPE)
                 for _ in range(6)]
        errors = [p.communicate()[1].decode() for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, errors
        db = Database(path)
        assert db.version == migrations()[-1][0]
        db.close()


def test_two_ingests_into_one_file_finish_with_the_events_of_one(tmp_path):
    a, b = _pages(tmp_path / "a", 0, 30), _pages(tmp_path / "b", 30, 30)
    alone = tmp_path / "alone.db"
    subprocess.run([*CLI, "ingest", str(a), str(b), "--db", str(alone), "--quiet", "--workers", "1"],
                   env=ENV, check=True, capture_output=True)
    both = tmp_path / "both.db"
    procs = [subprocess.Popen([*CLI, "ingest", str(folder), "--db", str(both), "--quiet", "--workers", "1"],
                              env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for folder in (a, b)]
    results = [(p.wait(), p.stderr.read().decode()) for p in procs]
    for code, err in results:  # both finish, or one says plainly that the other holds the file
        assert code == 0 or ("another process" in err and "Traceback" not in err), err
    subprocess.run([*CLI, "ingest", str(a), str(b), "--db", str(both), "--quiet", "--workers", "1"],
                   env=ENV, check=True, capture_output=True)
    conn = sqlite3.connect(both)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM event_clusters").fetchone()[0] == 60
    conn.close()
    assert _dump(both)["event_clusters"] == _dump(alone)["event_clusters"]  # no duplicate, no missing event


def _reader_states(path: Path, procs: list[subprocess.Popen]) -> list[tuple[int, int, bool]]:
    """What a reader sees while `procs` run: (events served, events the last merge made, whether the served
    tables were built from exactly this state), each read in one transaction of a read-only connection."""
    seen = []
    while any(p.poll() is None for p in procs):
        try:
            db = Database(path, readonly=True)
        except Exception:  # not created yet
            time.sleep(0.05)
            continue
        try:
            db.conn.execute("BEGIN")
            served = db.conn.execute("SELECT count(*) FROM browse_events").fetchone()[0]
            merged = db.conn.execute("SELECT count(DISTINCT event_id) FROM event_clusters").fetchone()[0]
            seen.append((served, merged, browse.is_fresh(db)))
            db.conn.execute("COMMIT")
        except sqlite3.OperationalError:  # the tables are not there yet
            pass
        finally:
            db.close()
        time.sleep(0.02)
    return seen


def test_two_ingests_of_many_documents_at_once_readers_see_only_merged_events(tmp_path):
    """Issue 15: the browse tables built while another ingest was writing took its frames, not merged yet,
    as events of their own (a reader saw the events jump and fall back). One ingest ends (and merges) while
    the other still writes; every state a reader sees serves the events of a merge, none twice."""
    a, b = _pages(tmp_path / "a", 0, 80), _pages(tmp_path / "b", 80, 300)
    alone = tmp_path / "alone.db"
    subprocess.run([*CLI, "ingest", str(a), str(b), "--db", str(alone), "--quiet", "--workers", "1"],
                   env=ENV, check=True, capture_output=True)
    both = tmp_path / "both.db"
    procs = [subprocess.Popen([*CLI, "ingest", str(folder), "--db", str(both), "--quiet", "--workers", "1"],
                              env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for folder in (b, a)]
    seen = _reader_states(both, procs)
    for p in procs:
        _, err = p.communicate()
        assert p.returncode == 0, err.decode()
    assert seen and all(served == merged for served, merged, fresh in seen if fresh), seen
    assert _dump(both)["event_clusters"] == _dump(alone)["event_clusters"]
    assert _dump(both)["documents"] == _dump(alone)["documents"]


def test_kill_during_merge_then_rerun_gives_the_same_database(tmp_path):
    corpus = shared_or_skip() / "corpus"
    whole = tmp_path / "whole.db"
    subprocess.run([*CLI, "ingest", str(corpus), "--db", str(whole), "--quiet", "--workers", "1"],
                   env=ENV, check=True, capture_output=True)
    for attempt in range(5):
        path = tmp_path / f"killed{attempt}.db"
        proc = subprocess.Popen([*CLI, "ingest", str(corpus), "--db", str(path), "--quiet", "--workers", "1"],
                                env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        lock = Path(str(path) + "-mergelock")
        while proc.poll() is None and not lock.exists():  # the merge takes its lock first
            time.sleep(0.002)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        conn = sqlite3.connect(path)
        merged = conn.execute("SELECT count(*) FROM merge_docs").fetchone()[0]
        conn.close()
        if merged == 0:  # killed inside the merge, before its switch
            break
    else:
        raise AssertionError("the merge ended before it could be killed in five tries")
    subprocess.run([*CLI, "ingest", str(corpus), "--db", str(path), "--quiet", "--workers", "1"],
                   env=ENV, check=True, capture_output=True)
    assert _dump(path) == _dump(whole)
