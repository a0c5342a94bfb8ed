"""Merge across documents by day and kind (issue 18, item 7): a report dated only by its publication day places
the event by its status, a video meeting is one event whatever a report calls it, and a third side named on
another day is another meeting. Invented people, states and days."""

from __future__ import annotations

import pytest

from tests.test_merge_sides import KETTERING, VALDOR, _events, frame, person, state

REYES = person("Tomas Reyes", "CHL", qid="Q9003")


def test_a_three_way_meeting_the_day_after_two_of_its_sides_met_is_another_event():
    pair = frame("d1", "meeting", VALDOR, KETTERING, day="2031-04-09")
    trio = frame("d2", "meeting", VALDOR, KETTERING, REYES, day="2031-04-10")
    assert _events([pair, trio]) == [{"d1"}, {"d2"}]


def test_a_report_naming_a_third_side_on_the_same_day_is_still_the_meeting_of_two():
    pair = frame("d1", "meeting", VALDOR, KETTERING)
    trio = frame("d2", "meeting", VALDOR, KETTERING, REYES)
    assert _events([pair, trio]) == [{"d1", "d2"}]


@pytest.mark.parametrize("kind", ["meeting", "talks"])
def test_a_video_meeting_told_as_a_meeting_or_talks_is_the_video_call(kind):
    video = frame("d1", "video_call", VALDOR, KETTERING)
    told = frame("d2", kind, VALDOR, KETTERING, status="planned", source="lead", rank=2)
    assert _events([video, told]) == [{"d1", "d2"}]


def test_a_phone_call_and_a_meeting_of_the_same_day_stay_apart():
    call = frame("d1", "phone_call", VALDOR, KETTERING)
    meeting = frame("d2", "meeting", VALDOR, KETTERING)
    assert _events([call, meeting]) == [{"d1"}, {"d2"}]


@pytest.mark.parametrize(("status", "published", "joined"), [
    ("planned", "2031-04-03", True),   # announced the week before ('next week'), dated by its publication
    ("planned", "2031-04-12", False),  # a plan published after the visit took place is not that visit
    ("held", "2031-04-03", False),     # a visit told as held before it happened is another visit
    ("held", "2031-04-11", True),      # told as held two days after ('on Sunday'), dated by its publication
])
def test_a_publication_day_places_the_event_before_or_after_it_by_its_status(status, published, joined):
    told = frame("d1", "visit", VALDOR, KETTERING, status="planned", day="2031-04-09")
    fallback = frame("d2", "visit", VALDOR, KETTERING, status=status, day=published, source="published", rank=0)
    assert _events([told, fallback]) == ([{"d1", "d2"}] if joined else [{"d1"}, {"d2"}])


@pytest.mark.parametrize(("status", "published", "joined"), [
    ("planned", "2031-04-06", True),   # `to hold talks on Sunday`, published five days after `next week`
    ("held", "2031-04-08", True),      # told as held a week after the plan was announced
    ("held", "2031-04-09", False),     # past the blocking reach: another round
    ("planned", "2031-03-30", True),   # the plan told first, the earlier report second
])
def test_two_reports_dated_by_publication_one_a_plan_join_when_their_days_meet(status, published, joined):
    plan = frame("d1", "talks", VALDOR, KETTERING, status="planned", day="2031-04-01", source="published", rank=0)
    other = frame("d2", "talks", VALDOR, KETTERING, status=status, day=published, source="published", rank=0)
    assert _events([plan, other]) == ([{"d1", "d2"}] if joined else [{"d1"}, {"d2"}])


def test_two_reports_of_held_talks_dated_by_publication_days_apart_stay_two_rounds():
    first = frame("d1", "talks", VALDOR, KETTERING, day="2031-04-01", source="published", rank=0)
    second = frame("d2", "talks", VALDOR, KETTERING, day="2031-04-04", source="published", rank=0)
    assert _events([first, second]) == [{"d1"}, {"d2"}]


def test_a_plan_published_in_the_last_days_of_a_month_joins_the_visit_early_in_the_next():
    announced = frame("d1", "visit", VALDOR, KETTERING, status="planned", day="2031-03-28", source="published",
                      rank=0)
    held = frame("d2", "visit", VALDOR, KETTERING, day="2031-04-02")
    assert _events([announced, held]) == [{"d1", "d2"}]  # `_events` also checks the month windows agree


def test_three_states_dated_by_publication_join_the_report_whose_text_gives_the_day_before():
    trio = [state("Spain", "ESP"), state("Norway", "NOR"), state("Chile", "CHL")]
    told = frame("d1", "agreement", *trio, day="2031-04-09")
    fallback = frame("d2", "agreement", *trio, day="2031-04-10", source="published", rank=0)
    ahead = frame("d3", "agreement", *trio, day="2031-04-05", source="published", rank=0)
    assert _events([told, fallback, ahead]) == [{"d1", "d2"}, {"d3"}]
    pair = [state("Spain", "ESP"), state("Norway", "NOR")]  # two states alone: only a day read in both texts
    assert _events([frame("d1", "agreement", *pair), frame("d2", "agreement", *pair, day="2031-04-10",
                                                             source="published", rank=0)]) == [{"d1"}, {"d2"}]


DECEMBER = """西班牙外交大臣同挪威外交大臣通电话
2031-12-31 23:40 来源：示例社
示例社马德里12月31日电 西班牙外交大臣瓦尔多31日晚同挪威外交大臣布雷克通电话，双方谈及渔业合作。
"""
JANUARY = """挪威外交大臣与西班牙外交大臣通电话
2032-01-01 10:15 来源：另一社
另一社奥斯陆1月1日电 挪威外交大臣布雷克1日凌晨与西班牙外交大臣瓦尔多通电话，讨论渔业问题。
"""
YEAR_ONLY = """智利外长谈访问计划
2031-11-20 09:00 来源：示例社
示例社圣地亚哥11月20日电 智利外交部长雷耶斯表示，他将于2032年访问挪威，同挪威外交大臣布雷克会谈。
"""


def test_reports_across_a_year_edge_join_though_a_frame_is_dated_by_the_year_alone(ingest_files, db, settings):
    from diplograph.services import merge

    ingest_files({"dec.txt": DECEMBER, "jan.txt": JANUARY, "year.txt": YEAR_ONLY})
    dates = sorted(d for (d,) in db.conn.execute("SELECT date FROM events"))
    assert dates == ["2031-12-31", "2032", "2032-01-01"]
    summary = merge(db, settings)
    assert (summary.frames, summary.events) == (3, 2)


def test_names_in_two_scripts_are_one_person_only_when_their_offices_agree():
    """A Han-script report of a vice-president's meeting and a Latin-script report of the foreign minister's,
    same sides and day: the names cannot be compared, the offices tell two people apart."""
    vice = {**person("韦尔多", "ESP", office="deputy_head_of_state"), "name": {"zh-Hans": "韦尔多"}}
    envoy = {**person("柯特林团", "NOR", office="other"), "name": {"zh-Hans": "柯特林团"}}
    minister = person("Luis Ortega", "ESP", office="foreign_minister", qid="Q9004")
    told = frame("d1", "meeting", vice, envoy)
    other = frame("d2", "meeting", minister, KETTERING)
    assert _events([told, other]) == [{"d1"}, {"d2"}]
    same = frame("d3", "meeting", {**minister, "name": {"zh-Hans": "奥尔特加"}}, envoy)
    assert _events([same, other]) == [{"d2", "d3"}]
