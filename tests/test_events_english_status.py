"""English status and day of an interaction from its clause (sentences and people invented for these tests; the
report is of Wednesday 8 May 2024): the event named first and said to be scheduled for a day is a plan, one asked
for or wished is none, travelling to a state is a visit, a weekday of an act told as going on is ahead, and a
further round said to be planned after talks is planned talks of their sides."""

from __future__ import annotations

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.services import build_pipeline, process_record
from tests.conftest import text_page

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def read(pipeline):
    return lambda body: text_page(pipeline, "Leaders talk", body, "2024-05-08")


def _told(doc) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["status"], e["date"]) for e in doc.events]


@pytest.mark.parametrize("body, told", [
    ("A meeting between Slovak Foreign Minister Ivo Brandt and Austrian Foreign Minister Klara Weiss is scheduled "
     "for Friday.", [("meeting", "planned", "2024-05-10")]),
    ("Talks between Slovak Foreign Minister Ivo Brandt and Austrian Foreign Minister Klara Weiss are planned for "
     "May 20.", [("talks", "planned", "2024-05-20")]),
    ("Slovak Foreign Minister Ivo Brandt met Austrian Foreign Minister Klara Weiss on Monday, ahead of a summit "
     "scheduled for Friday.", [("meeting", "held", "2024-05-06")]),
])
def test_an_event_scheduled_for_a_day_is_planned_for_it(read, body, told):
    assert _told(read(body)) == told


@pytest.mark.parametrize("body", [
    "Slovak Foreign Minister Ivo Brandt called for talks with Austrian Foreign Minister Klara Weiss.",
    "Slovak Foreign Minister Ivo Brandt urged direct talks with Austrian Foreign Minister Klara Weiss.",
    "Slovak Foreign Minister Ivo Brandt wants to meet Austrian Foreign Minister Klara Weiss.",
    "Slovak Foreign Minister Ivo Brandt would like to visit Austria.",
    "Slovak Foreign Minister Ivo Brandt said he was ready to meet Austrian Foreign Minister Klara Weiss.",
])
def test_an_interaction_asked_for_or_wished_is_no_event(read, body):
    doc = read(body)
    assert doc.events == [] and [d["reason"] for d in doc.dropped] == ["hypothetical"]


def test_a_wish_given_a_day_ahead_is_a_plan(read):
    doc = read("Slovak Foreign Minister Ivo Brandt wants to meet Austrian Foreign Minister Klara Weiss on Friday.")
    assert _told(doc) == [("meeting", "planned", "2024-05-10")]


@pytest.mark.parametrize("body, told", [
    ("Slovak Foreign Minister Ivo Brandt will travel to Austria on Friday.", [("visit", "planned", "2024-05-10")]),
    ("Slovak Foreign Minister Ivo Brandt is travelling to Austria this week.", [("visit", "held", "2024-05-08")]),
    ("Slovak Foreign Minister Ivo Brandt flew to Austria on Monday.", [("visit", "held", "2024-05-06")]),
    ("Slovak Foreign Minister Ivo Brandt is heading to Austria for a three-day visit.",
     [("visit", "held", "2024-05-08")]),
    ("Slovak Foreign Minister Ivo Brandt is due in Vienna on Friday for talks with Austrian Foreign Minister Klara "
     "Weiss.", [("talks", "planned", "2024-05-10")]),
])
def test_travelling_to_a_state_is_a_visit_to_it(read, body, told):
    assert _told(read(body)) == told


def test_travelling_for_talks_is_a_visit_on_the_day_told_and_talks_ahead(read):
    doc = read("Slovak Foreign Minister Ivo Brandt will travel to Austria on Friday for talks with Austrian Foreign "
               "Minister Klara Weiss.")
    told = {t: (s, d) for t, s, d in _told(doc)}
    assert told.keys() == {"visit", "talks"} and told["visit"] == ("planned", "2024-05-10")
    assert told["talks"][0] == "planned"


def test_who_travel_to_a_state_without_a_named_visitor_is_no_visit(read):
    assert read("Slovak citizens who travel to Austria need a passport, Foreign Minister Ivo Brandt said.").events == []


@pytest.mark.parametrize("body, told", [
    ("Slovak Foreign Minister Ivo Brandt is meeting Austrian Foreign Minister Klara Weiss on Friday.",
     [("meeting", "planned", "2024-05-10")]),
    ("Slovak Foreign Minister Ivo Brandt is meeting Austrian Foreign Minister Klara Weiss on Monday.",
     [("meeting", "planned", "2024-05-13")]),
    ("Slovak Foreign Minister Ivo Brandt is holding talks with Austrian Foreign Minister Klara Weiss on Friday.",
     [("talks", "planned", "2024-05-10")]),
    ("Slovak Foreign Minister Ivo Brandt is meeting Austrian Foreign Minister Klara Weiss today.",
     [("meeting", "held", "2024-05-08")]),
    ("Slovak Foreign Minister Ivo Brandt, who is facing criticism at home, met Austrian Foreign Minister Klara Weiss "
     "on Friday.", [("meeting", "held", "2024-05-03")]),
])
def test_a_weekday_of_an_act_told_as_going_on_is_the_coming_one(read, body, told):
    assert _told(read(body)) == told


def test_a_later_word_of_readiness_to_meet_leaves_the_headlines_meeting_held():
    pipeline = build_pipeline(load_settings(env={}))
    text = ("Brandt meets with Weiss for first time\n2024-05-08 10:00 Source: Newswire\nSlovak Foreign Minister Ivo "
            "Brandt met Austrian Foreign Minister Klara Weiss on Monday.\n\nAn aide said Brandt's willingness to meet "
            "Weiss showed a new start.\n")
    doc = process_record(RawRecord(source="page.txt", data=text.encode(), fmt="text"), pipeline)
    assert _told(doc) == [("meeting", "held", "2024-05-06")]


@pytest.mark.parametrize("body, told", [
    ("Talks between Polish envoy Adam Nowak and German envoy Karl Brenner in Geneva on Monday were constructive and "
     "another round is planned for Friday, a spokesman said.",
     [("talks", "held", "2024-05-06"), ("talks", "planned", "2024-05-10")]),
    ("Polish envoy Adam Nowak held talks with German envoy Karl Brenner in Geneva on Monday, and the next round will "
     "take place in Berlin on May 20.", [("talks", "held", "2024-05-06"), ("talks", "planned", "2024-05-20")]),
    ("Polish envoy Adam Nowak held talks with German envoy Karl Brenner in Geneva on Monday, the second round of the "
     "year.", [("talks", "held", "2024-05-06")]),
])
def test_a_further_round_said_to_be_planned_after_talks_is_planned_talks_of_the_same_sides(read, body, told):
    doc = read(body)
    assert _told(doc) == told
    assert {frozenset(p["affiliation"] for p in e["participants"]) for e in doc.events} == {frozenset({"POL", "DEU"})}


def test_a_clips_caption_tells_no_talks_of_its_own(read):
    doc = read("Polish envoy Adam Nowak held talks with German envoy Karl Brenner in Geneva on Monday. Newswire "
               "correspondent Jan Lis reports on the latest talks between Poland and Germany held in Geneva.")
    assert _told(doc) == [("talks", "held", "2024-05-06")]
    assert "background" in [d["reason"] for d in doc.dropped]


@pytest.mark.parametrize("body, told", [
    ("Slovak Foreign Minister Ivo Brandt met Austrian Foreign Minister Klara Weiss on Monday and will meet Czech "
     "Foreign Minister Jan Dvorak on Friday.", [("meeting", "held", "2024-05-06"), ("meeting", "planned", "2024-05-10")]),
    ("Slovak Foreign Minister Ivo Brandt met Austrian Foreign Minister Klara Weiss on Monday before meeting Czech "
     "Foreign Minister Jan Dvorak on Tuesday.", [("meeting", "held", "2024-05-06"), ("meeting", "held", "2024-05-07")]),
    ("Slovak Foreign Minister Ivo Brandt will meet Austrian Foreign Minister Klara Weiss on Friday and then hold talks "
     "with Czech Foreign Minister Jan Dvorak.", [("meeting", "planned", "2024-05-10"), ("talks", "planned", "2024-05-10")]),
])
def test_interactions_told_in_turn_take_the_day_and_tense_of_their_own_clause(read, body, told):
    assert _told(read(body)) == told


@pytest.mark.parametrize("body, told", [
    ("Slovak President Anna Kovac visited Austria on Tuesday at the invitation of Chancellor Paul Egger.",
     [("visit", "held", "2024-05-07")]),
    # told with no day of its own, or a day long gone: an earlier visit told in passing
    ("Earlier, Slovak President Anna Kovac met the press. Kovac also visited Austria and urged closer ties.", []),
    ("Slovak President Anna Kovac, who visited Austria last year, spoke to the press.", []),
])
def test_visited_is_news_only_with_a_day_of_its_own(read, body, told):
    assert _told(read(body)) == told


@pytest.mark.parametrize("body, day", [
    ("Slovak Foreign Minister Ivo Brandt held talks with Austrian Foreign Minister Klara Weiss on Monday. Brandt met "
     "Czech Foreign Minister Jan Dvorak the following day.", "2024-05-07"),
    ("Slovak Foreign Minister Ivo Brandt held talks with Austrian Foreign Minister Klara Weiss on Monday. Brandt had "
     "met Czech Foreign Minister Jan Dvorak a day earlier.", "2024-05-05"),
])
def test_a_day_counted_after_the_english_verb_dates_its_act(read, body, day):
    assert [e["date"] for e in read(body).events if any(p["affiliation"] == "CZE" for p in e["participants"])] == [day]


@pytest.mark.parametrize("body, told", [
    # `speak with` in the plain form: a call said to lie ahead is planned for its day
    ("Slovak Foreign Minister Ivo Brandt said on Monday he would speak with Austrian Foreign Minister Klara Weiss by "
     "phone on Friday.", [("phone_call", "planned", "2024-05-10")]),
    ("Slovak Foreign Minister Ivo Brandt will speak by phone with Austrian Foreign Minister Klara Weiss on Friday.",
     [("phone_call", "planned", "2024-05-10")]),
    # a modal of possibility before the trigger: only thought possible
    ("Slovak Foreign Minister Ivo Brandt could speak with Austrian Foreign Minister Klara Weiss this week.", []),
    ("Slovak Foreign Minister Ivo Brandt might meet Austrian Foreign Minister Klara Weiss in Vienna.", []),
    ("Slovak Foreign Minister Ivo Brandt may also meet Austrian Foreign Minister Klara Weiss in Vienna.", []),
    # a refusal: no event
    ("Slovak Foreign Minister Ivo Brandt refused to speak with Austrian Foreign Minister Klara Weiss.", []),
    ("Slovak Foreign Minister Ivo Brandt declined to meet Austrian Foreign Minister Klara Weiss in Vienna.", []),
])
def test_a_call_ahead_is_planned_a_possible_or_refused_one_is_none(read, body, told):
    assert _told(read(body)) == told


@pytest.mark.parametrize("title", ["Brandt-Weiss summit talk unsettles Vienna", "Brandt-Weiss meeting hopes fade",
                                   "Brandt-Weiss summit speculation grows"])
def test_a_headline_of_talk_about_an_interaction_tells_none(pipeline, title):
    doc = text_page(pipeline, title, "Slovak Foreign Minister Ivo Brandt and Austrian Foreign Minister Klara Weiss "
                    "could meet in Vienna in June, officials say.", "2024-05-08")
    assert _told(doc) == []


def test_summit_talks_in_a_headline_are_talks(pipeline):
    doc = text_page(pipeline, "Brandt, Weiss hold summit talks in Vienna", "Slovak Foreign Minister Ivo Brandt held "
                    "talks with Austrian Foreign Minister Klara Weiss in Vienna on Monday.", "2024-05-08")
    assert _told(doc) == [("talks", "held", "2024-05-06")]


@pytest.mark.parametrize("body", [
    "Slovak Foreign Minister Ivo Brandt is likely to meet Austrian Foreign Minister Klara Weiss in Vienna.",
    "No meeting between Slovak Foreign Minister Ivo Brandt and Austrian Foreign Minister Klara Weiss is planned, "
    "officials said.",
    "Slovak Foreign Minister Ivo Brandt held no formal talks with Austrian Foreign Minister Klara Weiss on Monday.",
    "Officials are working to arrange a meeting between Slovak Foreign Minister Ivo Brandt and Austrian Foreign "
    "Minister Klara Weiss.",
])
def test_a_likely_denied_or_still_arranged_interaction_is_none(read, body):
    assert _told(read(body)) == []


def test_a_meeting_arranged_and_dated_is_held(read):
    doc = read("Slovak Foreign Minister Ivo Brandt arranged a meeting with Austrian Foreign Minister Klara Weiss on "
               "Monday.")
    assert _told(doc) == [("meeting", "held", "2024-05-06")]
