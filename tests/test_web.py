"""The web app and API (issues 6, 20): the real server in a subprocess on a free port, checked over HTTP. The
records below are written for these tests; the fixture and helpers are shared by tests/test_web_*.py."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph.cli import build_parser
from diplograph.config import load_settings
from diplograph.services import ingest, merge
from diplograph.store import Database
from tests.conftest import EXAMPLES, shared_or_skip

# a record whose text carries markup: the pages must show it as text, never run it
HOSTILE = {"title": "外长同法国外长通电话<script>window.pwned=1</script>", "published": "2024-05-06",
           "body": "新华社北京5月6日电 5月6日，外长应约同法国外长通电话。<img src=x onerror=\"window.pwned=1\">双方表示愿加强合作。"}
# one person in three scripts, and an event told only by its headline (the evidence sentence is the title)
XI_RECORDS = [
    {"title": "国家主席习近平同德国总理朔尔茨通电话", "published": "2023-04-03",
     "body": "新华社北京4月3日电 双方就两国关系交换了意见。"},
    {"title": "習近平會見巴西總統魯拉", "published": "2023-04-14",
     "body": "中央社台北14日電 中國國家主席習近平14日在北京會見巴西總統魯拉。雙方表示願加強合作。"},
    {"title": "Xi Jinping meets Spanish prime minister", "published": "2023-03-31",
     "url": "https://news.example.org/world/xi-sanchez",
     "body": "BEIJING, March 31 (Agency) -- Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez in"
             " Beijing on Friday. Putin was not mentioned."},
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(base: str, path: str, **params: object) -> tuple[int, bytes]:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _json(base: str, path: str, **params: object) -> dict:
    status, body = _get(base, path, **params)
    assert status == 200, body[:300]
    return json.loads(body)


def _serve(db_path: Path, *extra: str) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "serve", "--db", str(db_path), "--port", str(port),
                             *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/openapi.json", timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("server did not start: " + proc.stdout.read().decode(errors="replace")) from None
            time.sleep(0.2)
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """The bundled examples plus one hostile record, ingested into a real SQLite file and served."""
    folder = tmp_path_factory.mktemp("web")
    extra = folder / "in"
    extra.mkdir()
    lines = [json.dumps(r, ensure_ascii=False) for r in [HOSTILE, *XI_RECORDS]]
    (extra / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db_path = folder / "web.db"
    db = Database(db_path)
    ingest([str(EXAMPLES), str(extra)], db, load_settings(env={}))
    merge(db, load_settings(env={}))
    db.close()
    for base in _serve(db_path):
        yield base, db_path


def _stored_event_count(db_path: Path) -> int:
    """Real-world events: frames, less those the merge stage put in another frame's event."""
    db = Database(db_path)
    try:
        return db.conn.execute("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_clusters c"
                               " WHERE c.frame_id = e.frame_id AND c.event_id != e.frame_id)").fetchone()[0]
    finally:
        db.close()


def _all_events(base: str, **filters: object) -> list[dict]:
    out: list[dict] = []
    while True:
        page = _json(base, "/api/events", limit=7, offset=len(out), **filters)
        assert all(e["n_sources"] == len(e["sources"]) for e in page["events"])
        out += page["events"]
        if len(out) >= page["total"] or not page["events"]:
            return out


def test_api_pages_through_every_stored_event(served):
    base, db_path = served
    events = _all_events(base)
    assert len(events) == _stored_event_count(db_path) > 0
    assert len({e["event_id"] for e in events}) == len(events)
    one = _json(base, f"/api/events/{events[0]['event_id']}")
    assert one == {k: v for k, v in events[0].items() if k in one}
    # keyset paging gives the same order as offsets
    keyed, after = [], ""
    while True:
        page = _json(base, "/api/events", limit=5, **({"after": after} if after else {}))
        keyed += page["events"]
        if not page["after"]:
            break
        after = page["after"]
    assert [e["event_id"] for e in keyed] == [e["event_id"] for e in events]
    for p in one["participants"]:
        assert set(p) >= {"actor_id", "name", "affiliation", "office", "title", "initiator", "spans"}


def test_api_filters_narrow_the_list(served):
    base, _ = served
    everything = _all_events(base)
    calls = _all_events(base, type="phone_call")
    assert calls and all(e["type"] == "phone_call" for e in calls) and len(calls) <= len(everything)
    fra = _all_events(base, affiliation="FRA")
    assert fra and all(any(p["affiliation"] == "FRA" for p in e["participants"]) for e in fra)
    dated = [e for e in everything if e["date"] and len(e["date"]) == 10]
    day = dated[0]["date"]
    same_day = _all_events(base, date_from=day, date_to=day)
    assert {e["event_id"] for e in same_day} == {e["event_id"] for e in everything if e["date"] == day}
    assert _json(base, "/api/events", type="no_such_type")["total"] == 0
    name = next(iter(fra[0]["participants"][0]["name"].values()))
    by_actor = _all_events(base, actor=name)
    assert fra[0]["event_id"] in {e["event_id"] for e in by_actor}


def test_api_documents_actors_and_search(served):
    base, _ = served
    event = _all_events(base, affiliation="FRA")[0]
    doc_id = event["sources"][0]["doc_id"]
    doc = _json(base, f"/api/documents/{doc_id}")
    assert doc["doc_id"] == doc_id and doc["body"] and "raw" not in doc
    actors = _json(base, "/api/actors")
    ids = {a["actor_id"] for a in actors["actors"]}
    assert {p["actor_id"] for p in event["participants"]} <= ids
    # two Han characters: below the trigram length, answered by the LIKE fallback; three or more by FTS5
    assert doc_id in {d["doc_id"] for d in _json(base, "/api/search", q="外长")["documents"]}
    hits = _json(base, "/api/search", q="通电话")["documents"]
    assert doc_id in {d["doc_id"] for d in hits} and all("[通电话]" in d["snippet"] for d in hits)
    assert _json(base, "/api/search", q="zzzqqq")["total"] == 0
    assert _get(base, "/api/events/nope")[0] == 404
    assert _get(base, "/api/documents/nope")[0] == 404


def test_openapi_document_validates(served):
    from openapi_spec_validator import validate

    base, _ = served
    spec = _json(base, "/openapi.json")
    validate(spec)
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/actors",
            "/api/search"} <= set(spec["paths"])


def test_pages_escape_document_text(served):
    base, _ = served
    hostile = _all_events(base, text="onerror")
    assert hostile, "the hostile record should give an event"
    status, html = _get(base, f"/events/{hostile[0]['event_id']}")
    page = html.decode()
    assert status == 200
    assert "<script>window.pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x" in page
    status, html = _get(base, "/search", q="onerror")
    assert status == 200 and "<img src=x" not in html.decode()


def test_every_page_answers(served):
    base, _ = served
    event = _all_events(base)[0]
    actor = event["participants"][0]["actor_id"]
    for path in ("/", "/actors", f"/actors/{urllib.parse.quote(actor)}", "/network", "/network?by=actor",
                 "/timeline", "/search?q=%E5%A4%96%E9%95%BF", f"/events/{event['event_id']}",
                 f"/documents/{event['sources'][0]['doc_id']}", "/static/style.css"):
        status, body = _get(base, path)
        assert status == 200, path
        assert b"cdn" not in body.lower() and b"https://" not in body.split(b"<main>")[0], path
    assert _get(base, "/events/nope")[0] == 404


def test_server_binds_this_machine_only_by_default():
    args = build_parser().parse_args(["serve", "--db", "x.db"])
    assert args.host == "127.0.0.1"


def test_api_returns_every_event_of_the_shared_corpus(tmp_path):
    shared = shared_or_skip()
    db_path = tmp_path / "corpus.db"
    db = Database(db_path)
    ingest([str(shared / "corpus")], db, load_settings(env={}))
    merge(db, load_settings(env={}))
    frames = db.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    db.close()
    for base in _serve(db_path):
        events = _all_events(base)
        assert len(events) == _stored_event_count(db_path) > 100
        assert _json(base, "/api/events")["total"] == len(events)
        # every frame is in exactly one listed event, and a merged one shows each report on its page
        assert sum(len(e["sources"]) for e in events) == frames
        merged = next(e for e in events if len(e["sources"]) > 1)
        status, html = _get(base, f"/events/{merged['event_id']}")
        assert status == 200 and html.decode().count('class="source-doc"') == len(merged["sources"])


def test_highlight_nests_escapes_and_drops_crossing_marks():
    from diplograph.web.render import Mark, highlight

    text = "A<b>&C said hi"
    marks = [Mark(0, 14, "s", "sentence"), Mark(0, 1, "p", "party", 9), Mark(7, 12, "t", "trigger"),
             Mark(10, 14, "x", "crosses the trigger"), Mark(20, 30, "y", "outside the text")]
    out = highlight(text, marks)
    assert out == ('<mark class="s" title="sentence"><mark class="p tone-1" title="party">A</mark>'
                   '&lt;b&gt;&amp;C <mark class="t" title="trigger">said </mark>hi</mark>')
    assert highlight("<x>", []) == "&lt;x&gt;"
