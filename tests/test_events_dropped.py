"""Why an event is missing: frames left out are stored with their reason, listed by `show --dropped` and on
the document page of a real server (issue 18)."""

from __future__ import annotations

import html

from diplograph.cli import main as cli
from diplograph.store.queries import dropped_frames
from tests.test_web import _get, _serve

PAGE = """两国外长通电话
2024-05-06 10:00 来源：新华社
外交部长王毅6日同韩国外长赵兑烈通电话。
韩国总统表示，希望本周能与美国总统会晤。
国家主席习近平6日会见国务院总理李强。
"""


def test_dropped_frames_are_stored_listed_and_shown(ingest_files, db, capsys):
    _, docs = ingest_files({"call.txt": PAGE})
    doc_id = docs["call.txt"]["doc_id"]
    reasons = {f["reason"]: f for f in dropped_frames(db, [doc_id])}
    assert {"hypothetical", "same side"} <= set(reasons)
    hoped = reasons["hypothetical"]
    body = docs["call.txt"]["body"]
    assert body[hoped["trigger"]["start"]:hoped["trigger"]["end"]] == "会晤" and "希望" in hoped["evidence"]
    assert [e["type"] for e in db.iter_events()] == ["phone_call"]

    assert cli(["show", "--dropped", doc_id, "--db", db.path]) == 0
    out = capsys.readouterr().out
    assert "hypothetical" in out and "same side" in out and "event reports left out" in out
    assert cli(["show", "--dropped", "--db", db.path]) == 0
    assert cli(["show", "--dropped", "no-such-id", "--db", db.path]) == 1
    assert cli(["show", "--db", db.path]) == 2

    db_path = db.path
    db.close()
    for base in _serve(db_path):
        status, page = _get(base, f"/documents/{doc_id}")
        text = html.unescape(page.decode())
        assert status == 200 and "Left out" in text and "hypothetical" in text and "希望本周能与美国总统会晤" in text
