"""Issue 18, date kinds on wire copy (sentences and people invented for these tests): a weekday said of a
plan is the coming one, and a sentence may open with `On Tuesday,`."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.extract.dates import find_dates
from diplograph.extract.event_date import DateChoice, coming_weekday
from diplograph.services import build_pipeline, process_record

pytestmark = pytest.mark.issue(18)
MONDAY = date(2024, 5, 6)


@pytest.fixture(scope="module")
def read_en():
    pipeline = build_pipeline(load_settings(env={}))

    def run(body: str):
        page = f"---\ntitle: Ministers\npublished_time: 2024-05-06 18:00:00\n---\n\n{body}\n"
        return process_record(RawRecord(source="page.md", data=page.encode(), fmt="frontmatter"), pipeline)

    return run


def test_a_sentence_opening_with_a_weekday_is_dated():
    [span] = find_dates("On Thursday, the envoys met.", MONDAY)
    assert span.attrs["value"] == "2024-05-02"


@pytest.mark.parametrize("body,status,day", [
    ("German Chancellor Karl Brenner will hold talks with Japanese Prime Minister Ichiro Tanaka on Thursday.", "planned",
     "2024-05-09"),
    ("On Thursday, German Chancellor Karl Brenner will hold talks with Japanese Prime Minister Ichiro Tanaka.", "planned",
     "2024-05-09"),
    ("German Chancellor Karl Brenner held talks with Japanese Prime Minister Ichiro Tanaka on Thursday.", "held", "2024-05-02"),
])
def test_a_weekday_of_a_plan_is_the_coming_one(read_en, body, status, day):
    assert [(e["status"], e["date"]) for e in read_en(body).events] == [(status, day)]


@pytest.mark.parametrize("text,expected", [
    ("Brenner said on Thursday he will meet Tanaka.", "2024-05-02"),  # the day of the saying
    ("On Thursday, Brenner told reporters he will meet Tanaka.", "2024-05-02"),
    ("Brenner will meet Tanaka next Thursday.", "2024-05-09"),
    ("Brenner will meet Tanaka on Monday.", "2024-05-06"),  # the report's own day
])
def test_only_the_weekday_of_the_planned_act_looks_ahead(text, expected):
    [span] = find_dates(text, MONDAY)
    choice = DateChoice(span.attrs["value"], "text", (span.start, span.end), 4, counted=True)
    assert coming_weekday(text, choice, text.index("will"), MONDAY).value == expected
