"""Issue 20, "explorer you can trust": each finding with the test that would have caught it, over the real
server of tests/test_web.py (the bundled examples plus records written for these tests)."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.request

import pytest

from diplograph.services import ingest
from diplograph.store import Database
from tests import test_web
from tests.test_web import XI_RECORDS, _all_events, _get, _json, _serve

served = test_web.served  # the real server over the examples and XI_RECORDS, shared with tests/test_web.py

FILTERS = [{}, {"affiliation": "CHN"}, {"type": "phone_call"}, {"actor": "习近平"}, {"date_from": "2023-04"},
           {"affiliation": "CHN,BRA"}, {"text": "通电话"}, {"status": "planned"}]


@pytest.mark.issue(20)
def test_title_evidence_span_ends_at_the_title(tmp_path, settings):
    """Finding 1: a sentence that is the whole title stopped one character past it (title + "\\n" + body)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "r.jsonl").write_text(json.dumps(XI_RECORDS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    db = Database(tmp_path / "t.db")
    ingest([str(folder)], db, settings)
    (spans, evidence), = db.conn.execute("SELECT spans, evidence FROM events").fetchall()
    title = XI_RECORDS[0]["title"]
    sentence = json.loads(spans)["sentence"]
    assert sentence == {"field": "title", "start": 0, "end": len(title)} and evidence == title
    db.close()


@pytest.mark.issue(20)
@pytest.mark.parametrize("filters", FILTERS)
def test_network_and_timeline_count_the_listed_events(served, filters):
    """Finding 2: the charts counted reports; now they count the list's events for the same filters."""
    base, _ = served
    total = _json(base, "/api/events", **filters)["total"]
    net = _json(base, "/api/network", **filters)
    timeline = _json(base, "/api/timeline", **filters)
    assert net["total"] == timeline["total"] == total
    assert sum(w["events"] for w in timeline["weeks"]) + timeline["without_day"] == total
    for node in net["nodes"]:  # a side's circle is the list filtered on that side
        if net["by"] == "affiliation":
            narrowed = {**filters, "affiliation": ",".join(filter(None, [filters.get("affiliation"), node["id"]]))}
            assert node["events"] == _json(base, "/api/events", **narrowed)["total"]
    status, html = _get(base, "/timeline", **filters)
    assert status == 200 and f'id="tl-total">{total}<' in html.decode()
    status, html = _get(base, "/network", **filters)
    assert status == 200 and f'id="net-total">{total}<' in html.decode()


@pytest.mark.issue(20)
@pytest.mark.parametrize("filters", FILTERS[1:])
def test_filters_test_the_event_the_list_shows(served, filters):
    """Finding 3: a filter tested one report while the row showed the merged event."""
    base, _ = served
    for e in _all_events(base, **filters):
        assert e == {**_json(base, f"/api/events/{e['event_id']}"), **{k: e[k] for k in e if k not in
                     ("event_id", "type", "status", "date", "participants", "sources")}}
        sides = {p["affiliation"] for p in e["participants"]}
        assert set(filter(None, filters.get("affiliation", "").split(","))) <= sides
        assert e["type"] == filters.get("type", e["type"]) and e["status"] == filters.get("status", e["status"])
        assert (e["date"] or "") >= filters.get("date_from", "")


@pytest.mark.issue(20)
def test_actor_filter_matches_the_person_in_any_script(served):
    """Finding 4: 习近平, 習近平, Xi Jinping and Q15031 are one person; a part of a name is no one."""
    base, _ = served
    found = [{e["event_id"] for e in _all_events(base, actor=q)}
             for q in ("习近平", "習近平", "Xi Jinping", "xi jinping", "Q15031", "q15031")]
    assert len(found[0]) >= 3 and all(f == found[0] for f in found)
    assert _json(base, "/api/events", actor="Xi")["total"] == 0


@pytest.mark.issue(20)
def test_text_search_folds_case_and_script(served):
    base, _ = served
    for a, b in (("putin", "PUTIN"), ("习近平", "習近平"), ("會見", "会见")):
        assert _json(base, "/api/events", text=a)["total"] == _json(base, "/api/events", text=b)["total"] > 0
        assert _json(base, "/api/search", q=a)["total"] == _json(base, "/api/search", q=b)["total"] > 0
    hit = _json(base, "/api/search", q="習近平")["documents"][0]
    assert re.search(r"\[(习近平|習近平)\]", hit["snippet"])  # the snippet quotes the original text


@pytest.mark.issue(20)
def test_person_network_is_readable(served):
    """Finding 5: labels are names (not ids), the canvas has no fixed size, and it says what is left out."""
    base, _ = served
    graph = _json(base, "/api/network", by="actor")
    assert not any(re.fullmatch(r"Q\d+|.*:.*", n["label"]) for n in graph["nodes"])
    html = _get(base, "/network", by="actor", top=2)[1].decode()
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert "Only the 2 busiest of" in html and svg.count('class="node"') == 2
    assert not re.search(r'<svg[^>]* width="', svg)
    labels = re.findall(r"<text[^>]*>([^<]+)</text>", svg)
    assert labels == [n["label"] for n in graph["nodes"][:2]]


@pytest.mark.issue(20)
@pytest.mark.parametrize(("path", "params", "status", "kind"), [
    ("/nope", {}, 404, "html"), ("/events/nope", {}, 404, "html"), ("/api/events/nope", {}, 404, "json"),
    ("/", {"page_no": "99999999999999999999"}, 422, "html"), ("/api/events", {"offset": "9223372036854775808"}, 422, "json"),
    ("/api/events", {"limit": "0"}, 422, "json"), ("/", {"date_from": "abc"}, 422, "html"),
    ("/api/events", {"date_to": "abc"}, 422, "json"), ("/", {"date_to": "2025-13"}, 422, "html"),
    ("/api/events", {"date_from": "0000"}, 422, "json"), ("/api/search", {"q": "abc\x00"}, 400, "json"),
    ("/", {"text": "a\x00b"}, 400, "json"),
])
def test_errors_are_clear_and_never_500(served, path, params, status, kind):
    """Finding 6: pages answer errors with a page, the API with JSON, bad numbers and dates with 4xx."""
    base, _ = served
    got, body = _get(base, path, **params)
    assert got == status, body[:200]
    text = body.decode()
    if kind == "html":
        assert text.startswith("<!doctype html>") and 'id="detail"' in text
    elif kind == "json":
        assert "detail" in json.loads(text)


@pytest.mark.issue(20)
def test_type_and_side_filters_ignore_case(served):
    base, _ = served
    assert _json(base, "/api/events", type="PHONE_CALL")["total"] == _json(base, "/api/events", type="phone_call")["total"] > 0
    assert _json(base, "/api/events", affiliation="chn")["total"] == _json(base, "/api/events", affiliation="CHN")["total"]


@pytest.mark.issue(20)
def test_list_reads_like_an_explorer(served):
    """Finding 7: range, summary, sources, outlet, country names, facets, sort, pair page, downloads."""
    base, _ = served
    total = _json(base, "/api/events")["total"]
    html = _get(base, "/")[1].decode()
    assert f'id="range">1–{min(total, 50)} of <span id="total">{total}</span>' in html
    assert "Xi Jinping (CHN) phoned Olaf Scholz (DEU)" in html  # the one-line summary, names in English
    assert 'title="Germany">DEU</abbr>' in html and 'class="facets"' in html
    oldest = _json(base, "/api/events", sort="oldest")["events"]
    dated = [e["date"] for e in oldest if e["date"]]
    assert dated == sorted(dated)
    most = [e["n_sources"] for e in _json(base, "/api/events", sort="sources")["events"]]
    assert most == sorted(most, reverse=True)
    facets = _json(base, "/api/facets", affiliation="CHN")
    assert sum(f["events"] for f in facets["type"]) == facets["total"] == _json(base, "/api/events", affiliation="CHN")["total"]
    pair = _get(base, "/pair", a="CHN", b="BRA")[1].decode()
    assert "China (CHN) – Brazil (BRA)" in pair
    assert f'id="pair-total">{_json(base, "/api/events", affiliation="CHN,BRA")["total"]}<' in pair
    person = _get(base, "/pair", a="習近平", b="BRA")[1].decode()
    assert "Xi Jinping (CHN) – Brazil (BRA)" in person


@pytest.mark.issue(20)
def test_downloads_are_the_filtered_view(served):
    base, _ = served
    listed = _all_events(base, affiliation="CHN")
    status, body = _get(base, "/download/events.csv", affiliation="CHN")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert status == 200 and [r["event_id"] for r in rows] == [e["event_id"] for e in listed]
    assert all("CHN" in r["sides"].split(";") for r in rows)
    records = json.loads(_get(base, "/download/events.json", affiliation="CHN")[1])
    assert [r["event_id"] for r in records] == [e["event_id"] for e in listed]


@pytest.mark.issue(20)
def test_event_page_links_the_outlet_and_address(served):
    base, _ = served
    event = next(e for e in _all_events(base, actor="Xi Jinping") if e["url"])
    html = _get(base, f"/events/{event['event_id']}")[1].decode()
    assert f'<a class="source-url" href="{event["url"]}"' in html and event["outlet"] in html
    assert "/in/records.jsonl" not in html  # no local path stands in for the source


@pytest.mark.issue(20)
def test_security_headers_and_host_check(served, tmp_path):
    """Finding 8: a strict CSP, nosniff, no framing, no referrer, and only this machine's host names."""
    base, db_path = served
    with urllib.request.urlopen(base + "/") as r:
        headers = r.headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"
    assert _get_host(base, "evil.example")[0] == 400 and _get_host(base, "localhost")[0] == 200
    for wider in _serve(db_path, "--allow-host", "dg.example"):
        assert _get_host(wider, "dg.example")[0] == 200 and _get_host(wider, "evil.example")[0] == 400


def _get_host(base: str, host: str) -> tuple[int, bytes]:
    req = urllib.request.Request(base + "/api/timeline", headers={"Host": host})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.mark.issue(20)
def test_document_text_carries_its_script(served):
    """Finding 9: Traditional text is marked zh-Hant (Traditional glyphs), Simplified zh-Hans; CJK faces named."""
    base, _ = served
    hant = next(e for e in _all_events(base, actor="習近平") if e["lang"] == "zh-Hant")
    html = _get(base, f"/events/{hant['event_id']}")[1].decode()
    assert '<article class="source-doc" lang="zh-Hant">' in html
    css = _get(base, "/static/style.css")[1].decode()
    assert re.search(r":lang\(zh-Hant\)[^{]*\{[^}]*Noto Sans CJK TC", css)
    assert re.search(r":lang\(zh-Hans\)[^{]*\{[^}]*Noto Sans CJK SC", css)

