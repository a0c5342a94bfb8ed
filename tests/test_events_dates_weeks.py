"""Issue 18, coarse and borrowed dates (sentences and people invented for these tests): a week or weekend told
from the report's (`next week`, `over the weekend`, 上周, 下週; not the report's own week) dates an interaction by
its month when its days lie in one month, over a weekday of the saying; what a journey told as made was for is
not dated by a weekday ahead; a plan dated by a month takes a later telling's day in it; the rest of the
report's month, a saying `in a statement`, `On the same day,`, a day restated in another time zone in brackets,
a headline's day over a lead without one, and a week word ending a Chinese name."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.extract.dates import find_dates
from diplograph.extract.event_date import DateMention, lead_choice
from diplograph.services import build_pipeline, process_record

pytestmark = pytest.mark.issue(18)
TUESDAY = date(2026, 3, 3)
THURSDAY = date(2026, 3, 12)


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_settings(env={}))


def _read_en(pipeline, body: str, published: str):
    page = f"---\ntitle: Ministers\npublished_time: {published}\n---\n\n{body}\n"
    return process_record(RawRecord(source="page.md", data=page.encode(), fmt="frontmatter"), pipeline)


def _read_zh(pipeline, body: str, published: str):
    page = f"外长会谈\n{published} 来源：新华社\n{body}\n"
    return process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)


@pytest.mark.parametrize("text,ref,expected", [
    ("will visit next week", TUESDAY, "2026-03"),
    ("held talks last week", THURSDAY, "2026-03"),
    ("met over the weekend", THURSDAY, "2026-03"),  # the 7th and 8th
    ("将于下周访华", TUESDAY, "2026-03"),
    ("上週在柏林會談", THURSDAY, "2026-03"),
    ("本周末会晤", TUESDAY, "2026-03"),
    ("两国领导人周末在戴维营会晤", THURSDAY, "2026-03"),  # the last weekend, the 7th and 8th
    ("met at the weekend", THURSDAY, "2026-03"),
])
def test_a_week_told_from_the_reports_is_its_month(text, ref, expected):
    assert [(s.attrs["value"], s.attrs["kind"][3:]) for s in find_dates(text, ref)] == [(expected, "week")]


@pytest.mark.parametrize("text,ref", [
    ("held talks last week", TUESDAY),  # 23 February to 1 March: no one month
    ("met over the weekend", TUESDAY),  # 28 February and 1 March
    ("本周年纪念", TUESDAY),  # an anniversary, no week
    ("is travelling this week", THURSDAY),  # the report's own week: its day is as good
    ("本周访华", THURSDAY),
    ("每周末举行", THURSDAY),  # every weekend
    ("talks during the week", THURSDAY),  # which week is not said
    ("上周三会谈", TUESDAY),  # a weekday of last week: a day, read as such
])
def test_no_month_for_a_week_across_two_months_nor_for_other_words(text, ref):
    assert all(s.attrs["kind"][3:] != "week" for s in find_dates(text, ref))


@pytest.mark.parametrize("body,expected", [
    ("WASHINGTON, March 3 (Reuters) - German Chancellor Karl Brenner will visit Washington next week for talks "
     "with U.S. President Tom Harlan, a government spokesman said on Monday.", "2026-03"),
    ("BERLIN, March 3 (Reuters) - German Chancellor Karl Brenner will meet Polish Prime Minister Jan Nowak in "
     "Warsaw next weekend, his office said on Monday.", "2026-03"),
])
def test_a_plan_for_a_week_is_dated_by_its_month_not_the_saying(pipeline, body, expected):
    doc = _read_en(pipeline, body, "2026-03-03 10:00:00")
    assert doc.events and {e["date"] for e in doc.events} == {expected}


def test_talks_held_last_week_are_not_dated_by_the_statements_day(pipeline):
    doc = _read_en(pipeline, "PARIS, March 12 (Reuters) - French President Luc Moreau and Brazilian President Ana "
                   "Lima held talks in Paris last week, according to a statement released on Thursday.",
                   "2026-03-12 08:00:00")
    assert [(e["status"], e["date"]) for e in doc.events] == [("held", "2026-03")]


@pytest.mark.parametrize("body", ["上周，中国外交部长王毅与德国外长安娜·施密特在柏林举行会谈。",
                                  "外交部发言人宣布，德国总理卡尔·布伦纳将于下周访华，同国务院总理李强会谈。"])
def test_a_chinese_week_dates_the_interaction_by_its_month(pipeline, body):
    doc = _read_zh(pipeline, body, "2026-03-12 18:00")
    assert doc.events and {e["date"] for e in doc.events} == {"2026-03"}


def test_what_a_journey_made_was_for_is_not_dated_by_a_weekday_ahead(pipeline):
    doc = _read_en(pipeline, "Australian Foreign Minister Emma Clarke flew to Beijing on Tuesday to meet Chinese "
                   "Foreign Minister Wang Yi.", "2026-03-05 09:00:00")
    # Tuesday is the 3rd: the meeting the flight was for follows it, not the Tuesday after the report
    assert {e["type"]: (e["date"], e["date_from"]) for e in doc.events} == {
        "visit": ("2026-03-03", "text"), "meeting": ("2026-03-05", "published")}


def test_the_next_rounds_week_does_not_date_the_talks_just_held(pipeline):
    doc = _read_en(pipeline, "Talks between envoys from Germany, France and Japan in Geneva were constructive and "
                   "another round is planned for next week, a spokesman for the German government said.",
                   "2026-03-03 10:00:00")
    assert sorted((e["status"], e["date"]) for e in doc.events) == [("held", "2026-03-03"), ("planned", "2026-03")]


@pytest.mark.parametrize("retold,expected", [
    ("The talks will take place on March 12 in Tokyo, a spokesman said.", "2026-03-12"),
    # a weekday counted from the report's Monday would fall in this week, not the next one the plan is for
    ("The talks will take place on Thursday in Tokyo, a spokesman said.", "2026-03"),
])
def test_a_plan_dated_by_a_week_takes_a_day_a_later_sentence_gives_in_it(pipeline, retold, expected):
    doc = _read_en(pipeline, "German Chancellor Karl Brenner will hold talks with Japanese Prime Minister Ichiro "
                   f"Tanaka next week.\n{retold}", "2026-03-02 09:00:00")
    assert [(e["status"], e["date"]) for e in doc.events] == [("planned", expected)]


def test_a_round_planned_for_a_week_takes_the_day_the_page_gives_it_later(pipeline):
    doc = _read_en(pipeline, "Talks between envoys from Germany, France and Japan in Geneva were constructive and "
                   "another round is planned for next week, a spokesman for the German government said.\n"
                   "The envoys will return to Geneva on March 8 for another round of talks, an official said.",
                   "2026-03-02 10:00:00")
    assert ("planned", "2026-03-08") in [(e["status"], e["date"]) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    ("will visit Tokyo later this month", ["2026-03"]),
    ("将于本月下旬访问东京", ["2026-03"]),
    ("将于本月内访华", ["2026-03"]),
    # its first days, gone by: the month too, not the report's day (the recall cues make the act background)
    ("met in Tokyo earlier this month", ["2026-03"]),
    ("本月初访问东京", ["2026-03"]),
])
def test_the_rest_of_the_reports_month_is_that_month(text, expected):
    assert [s.attrs["value"] for s in find_dates(text, TUESDAY)] == expected


@pytest.mark.parametrize("saying", ["said in a statement late Monday", "said in a televised interview on Monday"])
def test_the_day_of_a_saying_in_a_statement_gives_way_to_the_interactions(pipeline, saying):
    doc = _read_en(pipeline, f"Russian President Pavel Orlov {saying} that he had spoken by phone with Turkish "
                   "President Kemal Aydin on Saturday.", "2026-03-03 10:00:00")
    assert [(e["type"], e["date"]) for e in doc.events] == [("phone_call", "2026-02-28")]


@pytest.mark.parametrize("body,expected", [
    ("中国外交部长王毅本周三在北京会见了韩国外长赵显。", ("王毅", "2026-03-11")),
    ("總統賴清德上週在總統府接見來訪的瓜地馬拉外長馬丁尼茲。", ("賴清德", "2026-03")),
])
def test_a_week_word_after_the_subject_ends_the_name(pipeline, body, expected):
    doc = _read_zh(pipeline, body, "2026-03-12 18:00")
    [event] = doc.events
    names = {n for p in event["participants"] for n in p["name"].values()}
    assert expected[0] in names and event["date"] == expected[1]



@pytest.mark.parametrize("opening", ["The same day", "On the same day"])
def test_the_same_day_opening_a_paragraph_is_the_day_the_paragraph_before_told(opening):
    text = f"Xi Jinping held talks with Lam Van Duc in Hanoi on Monday.\n{opening}, Ravi Mehta met Pavel Orlov."
    dates = [DateMention(s.start, s.end, s.attrs["value"], s.attrs["kind"]) for s in find_dates(text, THURSDAY)]
    assert lead_choice(text, dates[-1], dates).value == "2026-03-09"


@pytest.mark.parametrize("body", ["美国总统哈兰当地时间2日晚（北京时间3日上午）同国家主席习近平通电话。",
                                  "当地时间2日晚（北京时间3日上午），美国总统哈兰同国家主席习近平通电话。"])
def test_a_bracketed_day_in_another_time_zone_restates_the_local_day(pipeline, body):
    doc = _read_zh(pipeline, body, "2026-03-03 10:00")
    assert [(e["type"], e["date"]) for e in doc.events] == [("phone_call", "2026-03-02")]


def test_a_bracketed_weekday_in_another_time_zone_restates_the_first(pipeline):
    doc = _read_en(pipeline, "U.S. President Tom Harlan spoke by phone with Chinese President Xi Jinping on Monday "
                   "evening Washington time (Tuesday morning in Beijing).", "2026-03-03 10:00:00")
    assert [(e["type"], e["date"]) for e in doc.events] == [("phone_call", "2026-03-02")]


def test_a_headlines_day_dates_the_lead_that_gives_none(pipeline):
    page = ("---\ntitle: Xi meets French president in Beijing on Tuesday\npublished_time: 2026-03-05 10:00:00\n---\n\n"
            "Chinese President Xi Jinping met French President Luc Moreau in Beijing, where the two discussed trade "
            "and climate cooperation.\n")
    doc = process_record(RawRecord(source="page.md", data=page.encode(), fmt="frontmatter"), pipeline)
    assert [(e["type"], e["date"]) for e in doc.events] == [("meeting", "2026-03-03")]
