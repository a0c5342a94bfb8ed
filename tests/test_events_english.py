"""English event kinds of issue 18 on sentences written for these tests (invented people and days): who takes
part when a `, with …` clause follows the trigger's clause."""

from __future__ import annotations

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.services import build_pipeline, process_record

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def read():
    pipeline = build_pipeline(load_settings(env={}))

    def run(body: str, day: str = "2024-05-06"):
        text = f"Leaders talk\n{day} 10:00 Source: Newswire\n{body}\n"
        return process_record(RawRecord(source="page.txt", data=text.encode(), fmt="text"), pipeline)

    return run


def _people(doc) -> list[list[str]]:
    return [sorted(p["name"]["en"] for p in e["participants"]) for e in doc.events]


def test_people_of_a_with_clause_after_both_sides_only_came_along(read):
    doc = read("Ukrainian President Petro Hrytsenko spoke with U.S. President Dan Wexler on Sunday, with U.S. "
               "envoys Joel Kramer and Amy Lund part of the call.")
    assert _people(doc) == [["Dan Wexler", "Petro Hrytsenko"]]


def test_a_with_clause_still_names_the_other_side_when_the_first_clause_has_one(read):
    doc = read("Ukrainian President Petro Hrytsenko met on Sunday in Kyiv, with U.S. envoys Joel Kramer and "
               "Amy Lund.")
    assert _people(doc) == [["Amy Lund", "Joel Kramer", "Petro Hrytsenko"]]


def test_a_national_wire_in_the_dateline_gives_its_side_to_an_untitled_minister(read):
    doc = read("SEOUL, May 6 (Yonhap) -- The talks between Trade Minister Boo Dal-sun and his Chinese counterpart, "
               "Hu Wenqing, were held in Beijing on Monday.")
    assert [{p["affiliation"] for p in e["participants"]} for e in doc.events] == [{"KOR", "CHN"}]
