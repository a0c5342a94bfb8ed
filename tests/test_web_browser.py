"""The pages in Debian's Chromium through Playwright, over the real server of tests/test_web.py: list, filter,
an event whose evidence is its headline with that sentence highlighted, a pair page, the filtered CSV, and
screenshots at a laptop's and a phone's width (kept in DIPLOGRAPH_SCREENSHOTS when set, to look at)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from tests import test_web
from tests.test_web import HOSTILE, XI_RECORDS, _all_events

CHROMIUM = "/usr/bin/chromium"
served = test_web.served  # the real server, shared with tests/test_web.py


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        yield b
        b.close()


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("DIPLOGRAPH_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.browser
@pytest.mark.issue(20)
def test_browse_filter_open_event_pair_and_download(served, browser, tmp_path):
    base, _ = served
    shots = _shots(tmp_path)
    page = browser.new_page(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base + "/")
    total = int(page.locator("#total").inner_text())
    assert total == page.locator("tr.event-row").count() > 0
    page.screenshot(path=str(shots / "list-1366.png"), full_page=True)

    page.select_option("select[name=type]", "phone_call")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=phone_call**")
    rows = page.locator("tr.event-row")
    assert 0 < rows.count() < total
    assert all(t == "phone_call" for t in page.locator("tr.event-row .type").all_inner_texts())

    # the call told only by its headline: the evidence sentence is the whole title, highlighted
    title = XI_RECORDS[0]["title"]
    page.locator("tr.event-row", has_text="Olaf Scholz").locator("a.summary").click()
    page.wait_for_url("**/events/**")
    sentence = page.locator(".source-doc .doc-title mark.hl-sentence")
    assert sentence.count() == 1 and sentence.inner_text() == title
    assert page.locator(".doc-title mark.hl-trigger").inner_text() == "通电话"
    assert page.locator("mark.hl-party").count() >= 2
    page.screenshot(path=str(shots / "event-1366.png"), full_page=True)

    page.locator("a.pair").first.click()
    page.wait_for_url("**/pair?**")
    assert "Germany (DEU)" in page.locator("h1.pair-title").inner_text()
    assert int(page.locator("#pair-total").inner_text()) == page.locator("tr.event-row").count() >= 1

    page.goto(base + "/?affiliation=CHN")
    with page.expect_download() as info:
        page.click("#download-csv")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == int(page.locator("#total").inner_text()) and all("CHN" in r["sides"] for r in rows)

    page.goto(base + "/network?by=actor")
    assert page.locator("svg.network circle.node").count() >= 2
    page.screenshot(path=str(shots / "network-1366.png"), full_page=True)
    assert not [e for e in errors if "Content Security Policy" in e]
    page.close()


@pytest.mark.browser
@pytest.mark.issue(20)
def test_phone_width_has_no_sideways_scroll(served, browser, tmp_path):
    base, _ = served
    shots = _shots(tmp_path)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    event = next(e for e in _all_events(base, actor="習近平") if e["lang"] == "zh-Hant")
    for name, path in (("list", "/"), ("event", f"/events/{event['event_id']}")):
        page.goto(base + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, name
        page.screenshot(path=str(shots / f"{name}-390.png"), full_page=True)
    page.close()


@pytest.mark.browser
def test_hostile_text_does_not_run_in_the_browser(served, browser):
    base, _ = served
    page = browser.new_page()
    event_id = _all_events(base, text="onerror")[0]["event_id"]
    page.goto(f"{base}/events/{event_id}")
    assert page.evaluate("window.pwned === undefined")
    assert "<img src=x" in page.locator(".source-doc .body").inner_text()
    assert HOSTILE["title"] in page.locator(".source-doc .doc-title").inner_text()
    page.close()
