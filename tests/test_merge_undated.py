"""A report with no day at all (none in its text, no publication day) is one event with the only dated event of
the corpus it fits, and stays apart when several rounds fit (issue 18 item 7)."""

from __future__ import annotations

import pytest

from diplograph.export import export
from diplograph.services import merge
from tests.conftest import read_jsonl


def page(title: str, body: str, day: str = "unknown") -> str:
    return f"---\ntitle: \"{title}\"\ndate: {day}\n---\n\n{body}\n"


DATED = page("Spain and Norway resume fisheries talks in Geneva",
             "GENEVA, March 6, 2031 — Spanish Foreign Minister Ana Valdor held talks with Norwegian Foreign Minister"
             " Odd Brekke in Geneva on Thursday, March 6, 2031, on fishing quotas.", "2031-03-07")
UNDATED = page("Geneva fisheries talks end early",
               "The second day of fisheries talks between Spanish Foreign Minister Ana Valdor and Norwegian Foreign"
               " Minister Odd Brekke ended abruptly on Thursday, after two hours.")
STATES_UNDATED = page("Spain and Norway end talks", "Spain and Norway held fisheries talks on Thursday.")
LATER = page("Valdor and Brekke meet again",
             "OSLO, April 10, 2031 — Spanish Foreign Minister Ana Valdor held talks with Norwegian Foreign Minister"
             " Odd Brekke in Oslo on Thursday, April 10, 2031, on fishing quotas.", "2031-04-11")
OTHER = page("Valdor calls Reyes",
             "MADRID, March 6, 2031 — Spanish Foreign Minister Ana Valdor held talks with Chilean Foreign Minister"
             " Tomas Reyes in Madrid on Thursday, March 6, 2031.", "2031-03-07")


def _events(ingest_files, db, settings, tmp_path, files: dict[str, str]) -> list[dict]:
    ingest_files(files)
    merge(db, settings)
    export(db, tmp_path / "out")
    return read_jsonl(tmp_path / "out" / "events.jsonl")


def test_an_undated_report_joins_the_one_dated_event_it_fits_and_takes_its_day(ingest_files, db, settings, tmp_path):
    events = _events(ingest_files, db, settings, tmp_path, {"dated.md": DATED, "undated.md": UNDATED,
                                                            "other.md": OTHER})
    talks = [e for e in events if {p["affiliation"] for p in e["participants"]} == {"ESP", "NOR"}]
    assert len(talks) == 1 and len(talks[0]["sources"]) == 2
    assert talks[0]["date"] == "2031-03-06" and talks[0]["date_from"] == "text"


@pytest.mark.parametrize("files", [
    {"dated.md": DATED, "later.md": LATER, "undated.md": UNDATED},  # two rounds: which one it tells is unknown
    {"dated.md": DATED, "states.md": STATES_UNDATED},  # states alone and no day: any talks of the two
])
def test_an_undated_report_stays_apart_when_it_fits_several_rounds_or_names_no_one(
        files, ingest_files, db, settings, tmp_path):
    events = _events(ingest_files, db, settings, tmp_path, files)
    assert all(len(e["sources"]) == 1 for e in events)
    assert len(events) == len(files)


def test_an_undated_report_leaves_its_event_when_a_second_round_it_fits_comes_in(ingest_files, db, settings, tmp_path):
    ingest_files({"dated.md": DATED, "undated.md": UNDATED})
    assert merge(db, settings).events == 1
    ingest_files({"later.md": LATER})
    assert merge(db, settings).events == 3  # which round the report tells is unknown
