"""One event across reports that give its sides differently (issue 18 item 7): as people, as the holder of an
office found on the day, or as states only; and the merged event's type and date from its best reports."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.export import export
from diplograph.merge.events import cluster, merged_date, merged_row, merged_type
from diplograph.services import merge
from tests.conftest import read_jsonl
from tests.test_merge_windows import _windowed

DAY = "2031-04-09"


def person(name: str, side: str, office: str = "head_of_state", qid: str | None = None,
           by: str = "by_name", title: str = "") -> dict[str, Any]:
    p = {"name": {"en": name}, "affiliation": side, "office": office, "title": title, "kind": "person",
         "initiator": False, "spans": {}}
    if qid:
        p["wikidata"], p["wikidata_by"] = qid, by
    return p


def state(name: str, side: str) -> dict[str, Any]:
    return {"name": {"en": name}, "affiliation": side, "office": "other", "title": None, "kind": "state",
            "initiator": False, "spans": {}}


def frame(doc: str, kind: str, *participants: dict[str, Any], day: str = DAY, source: str = "text",
          status: str = "held", rank: int = 4, where: str = "body", start: int = 0, evidence: str = ""
          ) -> dict[str, Any]:
    return {"frame_id": f"{doc}-{kind}-{day}-{len(participants)}", "doc_id": doc, "type": kind, "status": status,
            "date": day, "date_from": source, "date_rank": rank, "source": doc, "evidence": evidence, "topics": [],
            "spans": {"sentence": {"field": where, "start": start, "end": start + 40}},
            "participants": list(participants)}


VALDOR = person("Ana Valdor", "ESP", qid="Q9001")
KETTERING = person("Ruth Kettering", "NOR", office="head_of_government", qid="Q9002")


def _events(frames: list[dict[str, Any]]) -> list[set[str]]:
    ids = cluster(frames, {})
    assert ids == _windowed(frames, {})  # the month windows give the same events
    groups: dict[str, set[str]] = {}
    for f in frames:
        groups.setdefault(ids[f["frame_id"]], set()).add(f["doc_id"])
    return sorted(groups.values(), key=sorted)


def test_an_office_holder_given_by_title_is_the_person_another_report_names():
    named = frame("d1", "meeting", VALDOR, KETTERING)
    # 'the Spanish president' resolved as the holder of the office that day; the other side a bare title
    titled = frame("d2", "meeting", person("president", "ESP", qid="Q9001", by="by_office_on_date",
                                           title="president"),
                   person("prime minister", "NOR", office="head_of_government", title="prime minister"))
    assert _events([named, titled]) == [{"d1", "d2"}]


def test_a_title_read_as_a_stale_office_holder_does_not_contradict_the_name_another_report_gives():
    named = frame("d1", "phone_call", VALDOR, KETTERING)
    titled = frame("d2", "phone_call", person("president", "ESP", qid="Q9010", by="by_office_on_date",
                                              title="president"), KETTERING)
    assert _events([named, titled]) == [{"d1", "d2"}]


def test_a_report_giving_the_sides_as_states_joins_the_report_naming_the_people():
    named = frame("d1", "talks", VALDOR, KETTERING)
    states = frame("d2", "talks", state("Spain", "ESP"), state("Norway", "NOR"), status="planned")
    assert _events([states, named]) == [{"d1", "d2"}]


@pytest.mark.parametrize("change", [
    {"day": "2031-04-10"},  # the day after: another round of talks
    {"source": "published"},  # a fallback day says nothing about which talks
    {"kind": "agreement"},  # another kind of event of the same states
])
def test_states_alone_join_only_on_the_same_day_read_in_the_text_and_the_same_type(change):
    named = frame("d1", "talks", VALDOR, KETTERING)
    states = frame("d2", change.get("kind", "talks"), state("Spain", "ESP"), state("Norway", "NOR"),
                   day=change.get("day", DAY), source=change.get("source", "text"))
    assert _events([named, states]) == [{"d1"}, {"d2"}]


def test_states_alone_join_on_a_fallback_day_when_three_states_are_named():
    trio = [state("Spain", "ESP"), state("Norway", "NOR"), state("Chile", "CHL")]
    a = frame("d1", "talks", *trio, source="published")
    b = frame("d2", "talks", *trio, source="published")
    c = frame("d3", "talks", *trio, source="published", day="2031-04-11")
    assert _events([a, b, c]) == [{"d1", "d2"}, {"d3"}]


def test_states_alone_join_on_a_day_in_the_month_another_report_gives_when_three_states_are_named():
    """`another round is planned for next week` in one report, `will return on Sunday for more talks` in another:
    the day lies in the week's month, and the merged event takes the day."""
    trio = [state("Spain", "ESP"), state("Norway", "NOR"), state("Chile", "CHL")]
    week = frame("d1", "talks", *trio, day="2031-04", status="planned")
    day = frame("d2", "talks", *trio, day="2031-04-13", status="planned")
    elsewhere = frame("d3", "talks", *trio, day="2031-05-02", status="planned")
    assert _events([week, day, elsewhere]) == [{"d1", "d2"}, {"d3"}]
    assert merged_date([week, day])["date"] == "2031-04-13"


def test_a_report_of_states_that_fits_two_events_of_its_day_joins_neither():
    ministers = frame("d1", "talks", person("Ilse Marrow", "ESP", office="foreign_minister"),
                      person("Odd Brekke", "NOR", office="foreign_minister"))
    leaders = frame("d2", "talks", VALDOR, KETTERING)
    states = frame("d3", "talks", state("Spain", "ESP"), state("Norway", "NOR"))
    assert _events([states, ministers, leaders]) == [{"d1"}, {"d2"}, {"d3"}]


def test_a_summit_of_two_leaders_is_their_talks_but_not_a_summit_of_a_state_or_of_many():
    talks = frame("d1", "talks", VALDOR, KETTERING)
    summit = frame("d2", "summit", VALDOR, KETTERING, day="2031-04-10", source="published", rank=0)
    assert _events([talks, summit]) == [{"d1", "d2"}]
    with_state = frame("d3", "summit", VALDOR, state("Norway", "NOR"))
    assert _events([talks, with_state]) == [{"d1"}, {"d3"}]
    many = frame("d4", "summit", VALDOR, KETTERING, person("Tomas Reyes", "CHL", qid="Q9003"))
    assert _events([talks, many]) == [{"d1"}, {"d4"}]


def test_a_summit_of_three_leaders_is_their_meeting_but_not_a_meeting_of_more_sides():
    reyes = person("Tomas Reyes", "CHL", qid="Q9003")
    summit = frame("d1", "summit", VALDOR, KETTERING, reyes, status="planned")
    meeting = frame("d2", "meeting", VALDOR, KETTERING, reyes)
    assert _events([summit, meeting]) == [{"d1", "d2"}]
    four = frame("d3", "meeting", VALDOR, KETTERING, reyes, person("Lena Ostrova", "FIN", qid="Q9004"))
    assert _events([summit, four]) == [{"d1"}, {"d3"}]  # a fourth side: a meeting beside the summit


def test_names_in_two_scripts_do_not_join_a_minister_with_a_president():
    minister = person("Hal Brenner", "USA", office="defence_minister")
    minister["name"]["zh-Hans"] = "布伦纳"
    president = person("x", "USA", qid="Q9020")
    president["name"] = {"zh-Hans": "卡瓦略"}
    a = frame("d1", "meeting", minister, state("Spain", "ESP"))
    b = frame("d2", "meeting", president, VALDOR)
    assert _events([a, b]) == [{"d1"}, {"d2"}]
    # one name read in one script is the same person whatever office a report gave him
    b["participants"][0] = person("Hal Brenner", "USA", office="head_of_government")
    assert _events([a, b]) == [{"d1", "d2"}]


def test_the_merged_event_takes_the_date_of_its_most_specific_report_of_any_type():
    headline = frame("d1", "talks", VALDOR, KETTERING, day="2031-04-12", source="lead", rank=2,
                     where="title")
    clause = frame("d2", "meeting", VALDOR, KETTERING, day="2031-04-11", source="text", rank=4)
    fallback = frame("d3", "talks", VALDOR, KETTERING, day="2031-04-13", source="published", rank=0)
    row = merged_row([headline, clause, fallback], "e")
    assert row["type"] == "talks" and row["date"] == "2031-04-11" and row["date_from"] == "text"


def test_equally_specific_dates_take_the_day_most_reports_give_then_the_earliest():
    rows = [frame(f"d{i}", "talks", VALDOR, KETTERING, day=day) for i, day in
            enumerate(["2031-04-10", "2031-04-09", "2031-04-10"])]
    assert merged_date(rows)["date"] == "2031-04-10"
    assert merged_date(rows[:2])["date"] == "2031-04-09"


def test_between_equally_common_types_a_meeting_of_two_leaders_is_not_called_a_summit():
    talks = frame("d1", "talks", VALDOR, KETTERING)
    summit = frame("d2", "summit", VALDOR, KETTERING, source="published", rank=0)
    meeting = frame("d3", "meeting", VALDOR, KETTERING)
    assert merged_type([summit, talks]) == "talks"
    assert merged_type([meeting, talks]) == "meeting"  # the first report's, as before
    assert merged_type([summit, talks, frame("d4", "summit", VALDOR, KETTERING)]) == "summit"



def test_a_plan_and_the_report_of_it_held_merge_as_held_under_the_held_reports_name():
    plan = frame("d1", "meeting", VALDOR, KETTERING, status="planned", day="2031-04-02", source="published", rank=0)
    held = frame("d2", "talks", VALDOR, KETTERING, day="2031-04-09")
    row = merged_row([plan, held], "e")
    assert (row["type"], row["status"], row["date"]) == ("talks", "held", "2031-04-09")
    assert merged_type([plan, held]) == merged_type([held, plan]) == "talks"  # not the first report's


NAMED_ZH = """西班牙外交大臣同挪威外交大臣会谈
2031-03-07 10:00 来源：示例社
示例社马德里3月6日电 西班牙外交大臣瓦尔多6日在马德里同挪威外交大臣布雷克举行会谈。
"""
STATES_ZH = """西班牙挪威举行渔业会谈
2031-03-07 12:00 来源：另一社
另一社马德里3月6日电 西班牙与挪威6日在马德里举行渔业会谈。
"""
NAMED_EN = """Spain and Norway hold talks on fisheries
2031-03-07 09:00 Source: Example Wire
MADRID, March 6 — Spanish Foreign Minister Ana Valdor held talks with Norwegian Foreign Minister Odd Brekke
in Madrid on Thursday, March 6, 2031, on fisheries and energy.
"""


def test_reports_naming_the_ministers_or_only_their_states_export_as_one_event(ingest_files, db, settings, tmp_path):
    ingest_files({"named_zh.txt": NAMED_ZH, "states_zh.txt": STATES_ZH, "named_en.txt": NAMED_EN})
    summary = merge(db, settings)
    assert (summary.frames, summary.events) == (3, 1)
    export(db, tmp_path / "out")
    [talks] = read_jsonl(tmp_path / "out" / "events.jsonl")
    assert talks["date"] == "2031-03-06" and len(talks["sources"]) == 3
    spain = next(p for p in talks["participants"] if p["affiliation"] == "ESP")
    assert spain["name"]["zh-Hans"] == "瓦尔多"  # the named form, not the state


MARROW = person("Ilse Marrow", "ESP", office="foreign_minister")
BREKKE = person("Odd Brekke", "NOR", office="foreign_minister")
BARE_MINISTERS = (person("foreign minister", "ESP", office="foreign_minister", title="foreign minister"),
                  person("foreign minister", "NOR", office="foreign_minister", title="foreign minister"))


def test_a_report_giving_both_sides_as_bare_titles_joins_the_report_naming_their_holders():
    """`the two countries' foreign ministers held talks on the 9th`: no name, no id, but the offices of the
    people another report names on the same day read in its text."""
    named = frame("d1", "talks", MARROW, BREKKE)
    titled = frame("d2", "meeting", *BARE_MINISTERS)
    assert _events([titled, named]) == [{"d1", "d2"}]


@pytest.mark.parametrize("change", [
    {"day": "2031-04-10"},  # the next day: another round
    {"source": "published"},  # a fallback day says nothing about which talks
    {"kind": "phone_call"},  # another kind of event
    {"office": "head_of_state"},  # the two presidents, not these ministers
    {"office": "other"},  # `the two sides' representatives`: no office told, any meeting of theirs
])
def test_bare_titles_join_only_on_the_same_day_read_in_the_text_and_the_same_offices(change):
    named = frame("d1", "talks", MARROW, BREKKE)
    office = change.get("office", "foreign_minister")
    titled = frame("d2", change.get("kind", "talks"), *(person("minister", side, office=office, title="minister")
                                                          for side in ("ESP", "NOR")),
                   day=change.get("day", DAY), source=change.get("source", "text"))
    assert _events([named, titled]) == [{"d1"}, {"d2"}]


def test_bare_titles_that_fit_two_events_of_their_day_join_neither():
    """Two different pairs of named ministers of the same sides met that day: which the titles tell is unknown."""
    ministers = frame("d1", "talks", MARROW, BREKKE)
    others = frame("d2", "talks", person("Pia Lorca", "ESP", office="foreign_minister"),
                   person("Siv Holm", "NOR", office="foreign_minister"))
    titled = frame("d3", "talks", *BARE_MINISTERS)
    assert _events([titled, ministers]) == [{"d1", "d3"}]
    assert _events([titled, ministers, others]) == [{"d1"}, {"d2"}, {"d3"}]


def test_the_merged_person_keeps_the_id_a_report_found_by_name():
    """A Chinese report's form of a name the gazetteer holds only in English has no id; the English report's
    id, found by name, is the merged person's, and beats a holder read off the office."""
    bare = person("x", "NOR", office="head_of_government")
    bare["name"] = {"zh-Hans": "凯特林"}
    by_office = person("Ruth Kettering", "NOR", office="head_of_government", qid="Q9099", by="by_office_on_date")
    rows = [frame("d1", "talks", VALDOR, bare), frame("d2", "talks", VALDOR, by_office),
            frame("d3", "talks", VALDOR, KETTERING)]
    merged = merged_row(rows, "e1")
    norway = next(p for p in merged["participants"] if p["affiliation"] == "NOR")
    assert (norway["wikidata"], norway["wikidata_by"]) == ("Q9002", "by_name")
    assert set(norway["name"].values()) == {"凯特林", "Ruth Kettering"}


@pytest.mark.parametrize(("first", "later", "events"), [
    ("", "", [{"d1", "d2"}]),  # a day apart: time zones may part two reports of one meeting
    ("", "The two ministers agreed to meet again in May.", [{"d1", "d2"}]),  # a plan, not this meeting
    ("", "Marrow and Brekke will meet again in Oslo.", [{"d1", "d2"}]),
    ("", "The ministers held a second round of talks in Oslo on Tuesday.", [{"d1"}, {"d2"}]),
    ("", "Marrow and Brekke met again in Oslo on Tuesday.", [{"d1"}, {"d2"}]),
    ("", "Marrow, Brekke meet again in Oslo", [{"d1"}, {"d2"}]),  # a headline's present
    ("", "两国外长10日在奥斯陆举行第二轮会谈。", [{"d1"}, {"d2"}]),
    ("", "王明10日在奥斯陆再次同卡尔多瓦举行会谈。", [{"d1"}, {"d2"}]),
    ("", "双方同意再次会晤。", [{"d1", "d2"}]),
    # one round told by both, in two languages, a day apart
    ("两国外长9日举行第二轮会谈。", "The ministers hold second round of talks in Oslo", [{"d1", "d2"}]),
    # a second round of something else
    ("", "Marrow spoke before the second round of the vote.", [{"d1", "d2"}]),
])
def test_reports_a_day_apart_that_tell_different_rounds_are_two_events(first, later, events):
    one = frame("d1", "talks", MARROW, BREKKE, evidence=first)
    other = frame("d2", "talks", MARROW, BREKKE, day="2031-04-10", evidence=later)
    assert _events([one, other]) == events


SECOND_ROUND_EN = """Spanish and Norwegian ministers hold second round of talks in Bergen
2031-03-07 18:00 Source: Example Wire
BERGEN, March 7 — Spanish Foreign Minister Ana Valdor and Norwegian Foreign Minister Odd Brekke held a second round
of talks in Bergen on Friday, March 7, 2031, a day after they met in Madrid.
"""


def test_a_stored_report_of_a_second_round_the_next_day_stays_another_event(ingest_files, db, settings, tmp_path):
    """The round is read from the stored evidence the merge loads: the Madrid talks and the Bergen round stay two."""
    ingest_files({"named_zh.txt": NAMED_ZH, "named_en.txt": NAMED_EN, "second_en.txt": SECOND_ROUND_EN})
    summary = merge(db, settings)
    assert (summary.frames, summary.events) == (3, 2)


def _zh(name: str, side: str, office: str, script: str = "zh-Hans") -> dict[str, Any]:
    p = person("x", side, office=office)
    p["name"] = {script: name}
    return p


def test_names_transliterated_with_other_characters_for_the_same_sounds_are_one_person_in_one_office():
    """奥蒂诺 in Beijing's readout, 歐提諾 in a Taipei paper: one foreign minister, one event; the same sounds
    for a defence minister's name are not enough to make him the foreign minister."""
    beijing = frame("d1", "talks", _zh("奥蒂诺", "KEN", "foreign_minister"), BREKKE)
    taipei = frame("d2", "talks", _zh("歐提諾", "KEN", "foreign_minister", "zh-Hant"), BREKKE)
    assert _events([beijing, taipei]) == [{"d1", "d2"}]
    defence = frame("d2", "talks", _zh("歐提諾", "KEN", "defence_minister", "zh-Hant"), BREKKE)
    assert _events([beijing, defence]) == [{"d1"}, {"d2"}]
    other = frame("d2", "talks", _zh("穆萨尼", "KEN", "foreign_minister"), BREKKE)
    assert _events([beijing, other]) == [{"d1"}, {"d2"}]


def test_names_that_only_sound_alike_are_two_people_in_an_office_many_hold():
    """Two ministers of one state (mines, agriculture) whose names sound alike (希尔维拉 / 薩爾瓦羅) met the same
    person the same day: two people, two events; a side has many ministers but one foreign minister."""
    mines = frame("d1", "meeting", _zh("希尔维拉", "KEN", "minister"), BREKKE)
    farms = frame("d2", "meeting", _zh("薩爾瓦羅", "KEN", "minister", "zh-Hant"), BREKKE)
    assert _events([mines, farms]) == [{"d1"}, {"d2"}]


@pytest.mark.parametrize(("change", "events"), [
    ({}, [{"d1", "d2", "d3"}]),  # `两国外长` and `the Foreign Ministers of A and B` beside the named report
    ({"office": "defence_minister"}, [{"d1", "d2"}, {"d3"}]),  # the defence ministers: another meeting
    ({"day": "2031-04-10"}, [{"d1", "d2"}, {"d3"}]),
    ({"source": "published"}, [{"d1", "d2"}, {"d3"}]),
])
def test_two_reports_giving_the_same_bare_titles_join_each_other(change, events):
    named = frame("d1", "talks", MARROW, BREKKE)
    titled = frame("d2", "talks", *BARE_MINISTERS)
    office = change.get("office", "foreign_minister")
    again = frame("d3", "talks", *(person("minister", side, office=office, title="minister") for side in ("ESP", "NOR")),
                  day=change.get("day", DAY), source=change.get("source", "text"))
    assert _events([named, titled, again]) == events
