"""English event kinds of issue 18 on sentences written for these tests (invented people and days): who takes
part when a `, with …` clause follows the trigger's clause."""

from __future__ import annotations

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.services import build_pipeline, process_record
from tests.conftest import text_page

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def read(pipeline):
    return lambda body, day="2024-05-06": text_page(pipeline, "Leaders talk", body, day)


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


def _kinds(doc) -> list[tuple[str, str, list[str]]]:
    return sorted((e["type"], e["status"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events)


def test_a_bare_meet_after_is_expected_to_is_a_planned_meeting(read):
    doc = read("Slovak Foreign Minister Ivo Brandt is expected to meet Austrian Foreign Minister Klara Weiss in "
               "Vienna on Thursday.")
    assert _kinds(doc) == [("meeting", "planned", ["AUT", "SVK"])]
    assert _people(doc) == [["Ivo Brandt", "Klara Weiss"]]


def test_a_headline_infinitive_to_meet_is_a_plan():
    pipeline = build_pipeline(load_settings(env={}))
    doc = read_one(pipeline, "Croatian Prime Minister Hana Velko to meet German Chancellor Otto Brandl in Berlin",
                   "Officials in Zagreb said the agenda was still open.")
    assert _kinds(doc) == [("meeting", "planned", ["DEU", "HRV"])]


def read_one(pipeline, title: str, body: str):
    text = f"{title}\n2024-05-06 10:00 Source: Newswire\n{body}\n"
    return process_record(RawRecord(source="page.txt", data=text.encode(), fmt="text"), pipeline)


def test_a_visit_for_summit_talks_is_a_visit_and_talks(read):
    doc = read("Croatian Prime Minister Hana Velko will make a three-day state visit to Germany next week for "
               "summit talks with German Chancellor Otto Brandl, her office said on Monday.")
    assert _kinds(doc) == [("talks", "planned", ["DEU", "HRV"]), ("visit", "planned", ["DEU", "HRV"])]


def test_a_state_visit_to_meet_someone_is_a_visit_and_a_meeting(read):
    doc = read("Croatian Prime Minister Hana Velko will go to Berlin next week on an official visit to meet German "
               "Chancellor Otto Brandl, her spokesman said.")
    assert _kinds(doc) == [("meeting", "planned", ["DEU", "HRV"]), ("visit", "planned", ["DEU", "HRV"])]


def test_the_visit_keeps_its_day_and_the_talks_it_is_for_are_read_apart(read):
    doc = read("Croatian Prime Minister Hana Velko will visit Berlin from May 12 to 14 for a summit and talks on "
               "trade with German Chancellor Otto Brandl.")
    assert sorted((e["type"], e["date"]) for e in doc.events)[1] == ("visit", "2024-05-12")
    assert [e["type"] for e in doc.events].count("talks") == 1


def test_planned_talks_do_not_take_the_day_of_earlier_talks_told_after(read):
    doc = read("Croatian Prime Minister Hana Velko will make a state visit to Germany in mid-June for summit talks "
               "with German Chancellor Otto Brandl, aides said. The pair first held summit talks on March 3 in "
               "Zagreb.")
    talks = [e for e in doc.events if e["type"] == "talks"]
    assert len(talks) == 1 and talks[0]["status"] == "planned" and talks[0]["date"] != "2024-03-03"


def test_a_headline_visit_and_a_lead_visit_for_talks_stay_two_events():
    pipeline = build_pipeline(load_settings(env={}))
    doc = read_one(pipeline, "Croatian leader Hana Velko to make state visit to Germany from Sunday",
                   "Croatian Prime Minister Hana Velko will visit Berlin from May 12 to 14 for summit talks with "
                   "German Chancellor Otto Brandl, her office said.")
    assert [k for k, _, _ in _kinds(doc)] == ["talks", "visit"]


def test_a_visit_planned_after_a_call_is_its_own_planned_event(read):
    doc = read("Austrian Chancellor Paul Egger said he would travel on a visit to Portugal soon after a long call "
               "with Portuguese Prime Minister Rui Sardo on Sunday.")
    assert _kinds(doc) == [("phone_call", "held", ["AUT", "PRT"]), ("visit", "planned", ["AUT", "PRT"])]


def test_an_invitation_made_after_a_call_neither_drops_the_call_nor_says_who_placed_it(read):
    doc = read("Austrian Chancellor Paul Egger invited Portuguese Prime Minister Rui Sardo to Vienna, following "
               "a phone call the two men held on Sunday.")
    calls = [e for e in doc.events if e["type"] == "phone_call"]
    assert len(calls) == 1 and calls[0]["status"] == "held"
    assert not any(p["initiator"] for p in calls[0]["participants"])


def test_departing_for_talks_is_a_visit_begun_that_day_and_talks_ahead(read):
    doc = read("Croatian Prime Minister Hana Velko departed for Germany on Sunday for summit talks with German "
               "Chancellor Otto Brandl.")
    assert sorted((e["type"], e["status"], e["date"]) for e in doc.events) == [
        ("talks", "planned", "2024-05-06"), ("visit", "held", "2024-05-05")]


def test_is_to_depart_for_a_country_is_a_planned_visit_to_it(read):
    doc = read("Croatian Prime Minister Hana Velko is to depart for Germany on Sunday and return home on "
               "Wednesday.")
    assert _kinds(doc) == [("visit", "planned", ["DEU", "HRV"])]
    assert doc.events[0]["date"] == "2024-05-12"


# ---- a ministry's press release (issue 18/17): titles with portfolios, calls on hosts, a tour's meetings


def test_a_ministers_title_runs_over_its_portfolio_to_the_name(read):
    doc = read("Vice Minister of Justice of Moldova Ilie Ciobanu will call on Latvian Minister for Transport and "
               "Minister for Trade Mr Juris Ozols and Senior Minister of State for Health and Youth Ruta Berzina.")
    # a programme of calls on two ministers: one call on each (tests/test_events_reported.py)
    assert _people(doc) == [["Ilie Ciobanu", "Juris Ozols"], ["Ilie Ciobanu", "Ruta Berzina"]]
    assert _kinds(doc) == [("meeting", "planned", ["LVA", "MDA"])] * 2


def test_a_president_of_a_society_is_no_portfolio(read):
    doc = read("Vice Minister of Justice of Moldova Ilie Ciobanu met the President of the Law Guild of Latvia.")
    assert all(p["name"].get("en") != "Guild" for e in doc.events for p in e["participants"])


def test_calls_on_a_state_to_act_is_an_appeal_not_a_meeting(read):
    doc = read("Latvian Minister for Transport Juris Ozols called on Moldova to reopen the border crossing.")
    assert doc.events == []


def test_a_release_names_its_own_minister_without_a_country_and_each_meeting_of_the_tour():
    pipeline = build_pipeline(load_settings(env={}))
    doc = read_one(pipeline, "Deepening Transport Cooperation Between Latvia and Moldova",
                   "1. Minister for Transport Juris Ozols is currently on an official visit to Moldova from 3 to 9 "
                   "May 2024.\n2. Earlier in Chisinau (4 May 2024), Minister Ozols met with Moldovan Minister of "
                   "Infrastructure Petru Rusu and Deputy Minister of Finance Ana Lungu.")
    assert [(e["type"], e["status"], e["date"], sorted(p["affiliation"] for p in e["participants"]))
            for e in doc.events] == [("visit", "held", "2024-05-03", ["LVA", "MDA"]),
                                     ("meeting", "held", "2024-05-04", ["LVA", "MDA"]),
                                     ("meeting", "held", "2024-05-04", ["LVA", "MDA"])]
    assert _people(doc)[1:] == [["Juris Ozols", "Petru Rusu"], ["Ana Lungu", "Juris Ozols"]]
    assert len({e["frame_id"] for e in doc.events}) == 3  # the store keeps one frame per id


# ---- talks whose sides are states: the subject of the clause, the broker, the next round of the same talks


def test_states_opening_the_clause_and_the_broker_are_the_sides(read):
    doc = read("Peru and Bolivia concluded a third round of Norway-brokered talks in Oslo on Friday.")
    assert _kinds(doc) == [("talks", "held", ["BOL", "NOR", "PER"])]


def test_the_next_round_takes_the_sides_of_the_talks_told_before(read):
    doc = read("Talks between envoys from Austria, Chile and Kenya in Vienna were useful, officials said on "
               "Monday.\nThe envoys will meet in Nairobi on May 20 for another round of talks, a diplomat said.\n"
               "He said the next round of talks would be held in Nairobi.")
    assert [(e["type"], e["status"], e["date"]) for e in doc.events] == [("talks", "held", "2024-05-06"),
                                                                         ("talks", "planned", "2024-05-20")]
    assert _kinds(doc)[1][2] == ["AUT", "CHL", "KEN"]


def test_talks_that_would_be_held_are_planned(read):
    doc = read("Peru and Bolivia said talks would be held in Lima, and Peruvian Foreign Minister Ana Quispe said "
               "the meeting is scheduled for next month.")
    assert doc.events and {e["status"] for e in doc.events} == {"planned"}


def test_a_sentence_telling_interactions_with_different_people_in_turn_gives_one_each(read):
    doc = read("On Thursday, Peruvian President Ana Quispe will meet Chilean Foreign Minister Tomas Rojas in Lima "
               "and then hold talks with Bolivian President Luis Mamani.")
    assert [(e["type"], e["status"]) for e in doc.events] == [("meeting", "planned"), ("talks", "planned")]
    assert _people(doc) == [["Ana Quispe", "Tomas Rojas"], ["Ana Quispe", "Luis Mamani"]]


def test_capitals_stand_for_their_states_and_the_broker_joins_the_talks(read):
    doc = read("The latest Turkey-brokered talks between envoys from Moscow and Kyiv ended on Sunday.")
    assert _kinds(doc) == [("talks", "held", ["RUS", "TUR", "UKR"])]
    assert sorted(p["name"]["en"] for e in doc.events for p in e["participants"]) == ["Russia", "Turkey", "Ukraine"]


def test_an_offered_meeting_is_no_event(read):
    doc = read("Peruvian President Ana Quispe has offered a face-to-face meeting with Bolivian President Luis Mamani.")
    assert doc.events == []
    assert [d["reason"] for d in doc.dropped] == ["hypothetical"]


def test_a_round_set_to_take_place_is_planned(read):
    doc = read("Talks between envoys from Peru and Bolivia ended on Sunday. A new round of talks is set to take "
               "place in Lima, officials said.")  # given a place or a day: a round with neither is an intention
    assert [e["status"] for e in doc.events] == ["held", "planned"]


def test_spoke_to_a_titled_person_is_a_call_and_spoke_to_reporters_is_none(read):
    doc = read("Peruvian President Ana Quispe said she spoke to Chilean PM Tomas Rojas on Sunday. Later she spoke to "
               "reporters in Lima.")
    assert _kinds(doc) == [("phone_call", "held", ["CHL", "PER"])]
    assert doc.events[0]["date"] == "2024-05-05"
    assert {p["office"] for p in doc.events[0]["participants"]} == {"head_of_state", "head_of_government"}


def test_a_visit_to_a_state_past_the_lead_is_news_in_english_copy(read):
    doc = read("Leaders of the region met in Lima on Monday to discuss trade and fisheries, officials said in a "
               "statement released after the meeting ended.\nChilean President Tomas Rojas crossed the border into "
               "Bolivia on Sunday for a two-day visit.")
    assert ("visit", "held", ["BOL", "CHL"]) in _kinds(doc)


def test_a_hyphenated_korean_given_name_is_known_written_apart(read):
    from diplograph.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert any("person" in h.kinds for h in gaz.actors.find("Kim Jong Un spoke."))


def test_during_a_visit_only_times_what_was_said(read):
    doc = read("Chilean Foreign Minister Tomas Rojas said during a visit to Peru on Sunday that the border talks "
               "may take a long time.")
    assert [e for e in doc.events if e["type"] == "visit"] == []


def test_a_meeting_earlier_this_week_told_in_the_lead_is_the_news(read):
    doc = read("Chilean Foreign Minister Tomas Rojas met Peruvian Foreign Minister Ana Quispe in Lima earlier this "
               "week.")
    assert [(e["type"], e["status"]) for e in doc.events] == [("meeting", "held")]


def test_a_meeting_earlier_this_week_is_background(read):
    doc = read("Chilean Foreign Minister Tomas Rojas met Peruvian Foreign Minister Ana Quispe in Lima on Sunday.\n"
               "Earlier this week, Rojas hosted Bolivian Foreign Minister Luis Mamani in Santiago.")
    assert _people(doc) == [["Ana Quispe", "Tomas Rojas"]]
    assert [d["reason"] for d in doc.dropped] == ["background"]


def test_a_recent_letter_is_background(read):
    doc = read("Chilean President Tomas Rojas on Sunday shared a recent letter from Bolivian President Luis Mamani.")
    assert doc.events == []
    assert [d["reason"] for d in doc.dropped] == ["background"]


def test_the_two_ministers_are_the_two_people_told_together_before(read):
    doc = read("Chilean Foreign Minister Tomas Rojas spoke by phone with Peruvian Foreign Minister Ana Quispe on "
               "Sunday. On Monday the two ministers met in Lima.")
    assert [(e["type"], e["date"]) for e in doc.events] == [("phone_call", "2024-05-05"), ("meeting", "2024-05-06")]
    assert _people(doc)[1] == ["Ana Quispe", "Tomas Rojas"]


def test_a_luncheon_of_two_leaders_is_a_meeting(read):
    doc = read("Peruvian President Ana Quispe and Chilean President Tomas Rojas arrive for a luncheon at the palace "
               "in Lima, Sunday, May 5, 2024.")
    assert [(e["type"], e["date"]) for e in doc.events] == [("meeting", "2024-05-05")]


def test_a_potential_meeting_is_only_thought_possible(read):
    doc = read("Chilean President Tomas Rojas on Sunday referred to a potential meeting with Peruvian President Ana "
               "Quispe.")
    assert doc.events == []
    assert [d["reason"] for d in doc.dropped] == ["hypothetical"]


@pytest.mark.parametrize("body,held", [
    ("Chilean President Tomas Rojas told Peruvian President Ana Quispe on Sunday that talks were possible.", False),
    ("Chilean President Tomas Rojas said a summit with Peruvian President Ana Quispe remains unlikely.", False),
    ("Chilean President Tomas Rojas said a meeting with Peruvian President Ana Quispe remains unlikely.", False),
    ("Chilean President Tomas Rojas held talks with Peruvian President Ana Quispe which were possible only after "
     "months of work.", True),
    # held talks, then a chance told of something else, in the next sentence or a relative clause; an adverb
    ("Chilean President Tomas Rojas held talks with Peruvian President Ana Quispe. A deal is now possible, "
     "officials said.", True),
    ("Chilean President Tomas Rojas held talks with Peruvian President Ana Quispe whose outcome remains "
     "uncertain.", True),
    ("Chilean President Tomas Rojas said his summit with Peruvian President Ana Quispe was likely the best of his "
     "term.", True),
])
def test_an_interaction_whose_chance_is_told_is_only_thought_possible(read, body, held):
    doc = read(body)
    assert bool(doc.events) == held and (held or [d["reason"] for d in doc.dropped] == ["hypothetical"])


@pytest.mark.parametrize("body,held", [
    ("Lima says only a meeting between Peruvian President Ana Quispe and Chilean President Tomas Rojas could end "
     "the dispute.", False),
    ("Officials said a summit of Peruvian President Ana Quispe and Chilean President Tomas Rojas would help.", False),
    # the interaction held, then a modal of what comes next; a relative clause of what it may bring
    ("Peruvian President Ana Quispe and Chilean President Tomas Rojas held a meeting on Sunday and could meet "
     "again.", True),
    ("Peruvian President Ana Quispe held a meeting with Chilean President Tomas Rojas on Sunday that could end "
     "the dispute.", True),
])
def test_an_interaction_named_as_what_could_happen_is_only_thought_possible(read, body, held):
    doc = read(body)
    assert bool(doc.events) == held and (held or [d["reason"] for d in doc.dropped] == ["hypothetical"])


@pytest.mark.parametrize("body,host", [
    ("Chilean President Tomas Rojas arrived in Lima on Monday for a two-day visit.", "PER"),
    ("Chilean President Tomas Rojas arrived in Santiago de Compostela on Monday for a two-day visit.", None),
])
def test_a_capital_arrived_in_is_its_states_host(read, body, host):
    """A capital stands for its state; a city that shares another's name (Santiago) is left out of the lexicon."""
    hosts = [p["affiliation"] for e in read(body).events for p in e["participants"] if p["affiliation"] != "CHL"]
    assert hosts == ([host] if host else [])


@pytest.mark.parametrize("verb,state,day", [("heads", "planned", "2024-05-09"), ("headed", "held", "2024-05-02")])
def test_a_journey_in_the_simple_present_with_a_weekday_lies_ahead(read, verb, state, day):
    """Wire copy's `heads to Lima on Thursday` is the coming Thursday (the page is of Monday 6 May 2024); the past
    tense tells the last one."""
    doc = read(f"Chilean President Tomas Rojas {verb} to Lima on Thursday.")  # Lima: a capital, for Peru
    assert [(e["type"], e["status"], e["date"]) for e in doc.events] == [("visit", state, day)]


def test_is_visiting_a_capital_is_a_visit_to_its_state(read):
    doc = read("Chilean President Tomas Rojas is visiting Tokyo this week.")
    assert _kinds(doc) == [("visit", "held", ["CHL", "JPN"])]
    assert _people(doc) == [["Japan", "Tomas Rojas"]]


def test_a_meeting_with_an_organisations_ministers_is_its_summit(read):
    doc = read("Chilean Foreign Minister Tomas Rojas met Peruvian Foreign Minister Ana Quispe in Lima on Sunday.\n"
               "Before speaking with Quispe on Sunday, Rojas urged the region to act together at a meeting with "
               "ASEAN foreign ministers.")
    summit = [e for e in doc.events if e["type"] == "summit"]
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in summit] == [["ASEAN", "CHL"]]
    assert summit[0]["participants"][1]["office"] == "foreign_minister"


def test_an_organisations_ministers_meeting_is_a_setting_not_a_party(read):
    doc = read("Chilean Foreign Minister Tomas Rojas met Peruvian Foreign Minister Ana Quispe on the sidelines of "
               "the ASEAN foreign ministers’ meetings in Vientiane on Sunday.")
    assert _kinds(doc) == [("meeting", "held", ["CHL", "PER"])]


def test_a_persons_envoys_serve_that_side_and_their_talks_with_a_state_are_news(read):
    doc = read("Leaders of the region met in Lima on Monday to discuss trade and fisheries, officials said in a "
               "statement released after the meeting ended.\nChilean President Tomas Rojas’s envoys Ana Vidal and "
               "Pablo Soto are due to arrive in Quito on Tuesday for indirect talks with Bolivia.")
    talks = [e for e in doc.events if e["type"] == "talks"]
    assert [(e["status"], sorted(p["name"]["en"] for p in e["participants"])) for e in talks] == [
        ("planned", ["Ana Vidal", "Bolivia", "Pablo Soto"])]
    assert {p["affiliation"] for p in talks[0]["participants"]} == {"CHL", "BOL"}


def test_talks_as_an_aim_are_no_event(read):
    doc = read("Chilean President Tomas Rojas tries to play a mediating role and to advance talks with Bolivia.")
    assert doc.events == []


def test_people_of_an_earlier_occasion_told_in_a_past_perfect_when_clause_are_no_parties(read):
    doc = read("The statement, coming ahead of Chinese President Li Ming's visit to Chile, which is expected to take "
               "place between May 9 and 11, departs from the stance Beijing took when Peruvian Foreign Minister Ana "
               "Soto had visited China after the vote.", day="2024-05-06")
    assert _kinds(doc) == [("visit", "planned", ["CHL", "CHN"])]


def test_an_interaction_a_remark_opens_by_referring_to_is_background(read):
    doc = read("Referring to Peruvian President Jorge Vidal's visit to the Chinese city of Wuhan, which hosted an "
               "informal summit between him and Chinese President Li Ming, the spokesman said ties were good.")
    assert doc.events == []
    assert [d["reason"] for d in doc.dropped] == ["background"]


def test_who_a_relative_clause_after_the_trigger_names_is_not_in_the_room(read):
    doc = read("Israeli Prime Minister Avi Dror met U.S. President Sam Ford on Monday. Later, Dror met with U.S. "
               "Vice President Ella Crane, whom Ford has endorsed to succeed him.")
    assert sorted(_people(doc)) == [["Avi Dror", "Ella Crane"], ["Avi Dror", "Sam Ford"]]


def test_talks_a_relative_clause_tells_of_do_not_retype_the_meeting(read):
    doc = read("Iranian Foreign Minister Reza Tabari met with the Omani foreign minister, Salim al-Harthi, who "
               "mediated talks in Muscat last month.")
    assert _kinds(doc) == [("meeting", "held", ["IRN", "OMN"])]


def test_envoys_a_leader_sent_are_in_the_room_not_the_leader_who_sent_them(read):
    doc = read("President Donald Trump's envoys Tom Reed and Jack Lane met Russian President Vladimir Putin in "
               "Moscow on Monday.")
    assert _people(doc) == [["Jack Lane", "Tom Reed", "Vladimir Putin"]]
    assert _kinds(doc) == [("meeting", "held", ["RUS", "USA", "USA"])]


def test_met_on_a_morning_with_the_head_of_an_organisation_is_a_meeting_with_it(read):
    doc = read("Iranian Foreign Minister Reza Tabari met on Monday morning with Rafael Lopez, head of the "
               "International Atomic Energy Agency, for technical discussions.")
    assert _kinds(doc) == [("meeting", "held", ["IAEA", "IRN"])]


def test_he_after_a_sentence_told_of_the_demonym_official_is_that_official(read):
    doc = read("Iranian Foreign Minister Reza Tabari arrived in Geneva on Sunday night. On Monday morning the "
               "Iranian top official spoke to reporters. He was also meeting with the Omani foreign minister, "
               "Salim al-Harthi, on Monday.")
    assert _people(doc) == [["Reza Tabari", "Salim al-Harthi"]]


def test_a_leaders_chief_of_staff_travelling_as_the_envoy_is_the_visitor_not_the_leader(read):
    doc = read("SEOUL, May 6 (Yonhap) -- Prime Minister Han Do-yun's chief of staff is visiting Chile, the office "
               "said Monday. Park Min-jae traveled to Chile as the presidential envoy for trade on a three-day trip.")
    assert _people(doc) == [["Chile", "Park Min-jae"]]
    assert _kinds(doc) == [("visit", "held", ["CHL", "KOR"])]



def test_a_meeting_noun_involving_named_people_is_a_meeting(read):
    doc = read("The talks follow a late-night meeting in Rome on Sunday involving Italian President Marco Bellini; "
               "two Italian aides; and Spanish special envoy Pablo Ruiz.")
    assert _people(doc) == [["Marco Bellini", "Pablo Ruiz"]]


def test_a_dash_joined_pair_belongs_to_the_summit_it_names_not_to_the_meeting(read):
    doc = read("Anticipation builds for Emmanuel Macron-Olaf Scholz summit as French, German officials meet\n"
               "French Foreign Minister Luc Morel is expected to meet his German counterpart Eva Roth in Berlin.")
    assert _people(doc) == [["Eva Roth", "Luc Morel"]]


def test_a_plan_named_as_its_owners_is_no_news_of_its_own(read):
    doc = read("Slovak President Jan Kollar met Austrian Chancellor Otto Kessler in Vienna on Monday.\nThe meeting "
               "comes as Bratislava seeks to leverage Polish President Adam Nowik's planned visit to Austria in June.")
    assert _people(doc) == [["Jan Kollar", "Otto Kessler"]]


def test_remarks_after_her_meeting_with_someone_do_not_make_that_meeting_news(read):
    doc = read("Former president Sam Ford said U.S. Vice President Ella Crane was rude in her remarks to reporters "
               "after her meeting with Israeli Prime Minister Avi Dror.")
    assert doc.events == []
    assert [d["reason"] for d in doc.dropped] == ["background"]


@pytest.mark.parametrize("body, expected", [
    ("After their meeting, Chinese President Li Ming and Slovak President Jan Kollar signed a trade agreement on "
     "Monday.", [("agreement", "held", ["CHN", "SVK"])]),
    ("Referring to their meeting in May, the spokesman said Chinese President Li Ming and Slovak President Jan "
     "Kollar held talks by phone on Monday.", [("talks", "held", ["CHN", "SVK"])]),
])
def test_an_interaction_that_only_times_or_prompts_the_act_after_it_leaves_that_act_standing(read, body, expected):
    assert _kinds(read(body)) == expected


@pytest.mark.parametrize("second", ["He held talks", "Velko held talks"])
def test_talks_on_the_day_after_an_arrival_are_talks_beside_the_visit(read, second):
    doc = read("Croatian Prime Minister Hana Velko arrived in Berlin on Friday for a two-day visit.\n"
               f"{second} with German Chancellor Otto Brandl on Saturday.")
    assert sorted((e["type"], e["date"]) for e in doc.events) == [("talks", "2024-05-04"), ("visit", "2024-05-03")]


@pytest.mark.parametrize("body", [
    "Croatian Prime Minister Hana Velko met German Chancellor Otto Brandl in Berlin on Monday, weeks after she held "
    "talks with Polish President Jan Nowak.",
    "Croatian Prime Minister Hana Velko met German Chancellor Otto Brandl in Berlin on Monday days after hosting Polish "
    "President Jan Nowak.",
    "Days after meeting Polish President Jan Nowak, Croatian Prime Minister Hana Velko met German Chancellor Otto "
    "Brandl in Berlin on Monday.",
])
def test_an_interaction_a_span_of_time_before_the_news_only_times_it(read, body):
    assert [(e["type"], e["date"], sorted(p["affiliation"] for p in e["participants"])) for e in read(body).events] \
        == [("meeting", "2024-05-06", ["DEU", "HRV"])]


@pytest.mark.parametrize("body", [
    "Croatian Prime Minister Hana Velko landed in Berlin on Monday for a two-day visit.",
    "Croatian Prime Minister Hana Velko embarked on a trip to Germany on Monday.",
])
def test_landing_in_a_capital_or_a_trip_to_a_state_is_a_visit_to_it(read, body):
    assert [(e["type"], e["status"], e["date"], sorted(p["affiliation"] for p in e["participants"]))
            for e in read(body).events] == [("visit", "held", "2024-05-06", ["DEU", "HRV"])]


@pytest.mark.parametrize("body, host", [
    ("Croatian Prime Minister Hana Velko left Berlin on Monday after a three-day visit.", "DEU"),
    ("Croatian Prime Minister Hana Velko left Berlin for Paris on Monday to begin a state visit.", "FRA"),
    ("Croatian Prime Minister Hana Velko left Berlin on Monday for a state visit to France.", "FRA"),
])
def test_the_capital_a_visitor_left_is_the_host_only_when_no_place_gone_to_is_named(read, body, host):
    assert [(e["type"], sorted(p["affiliation"] for p in e["participants"])) for e in read(body).events] == [
        ("visit", sorted(["HRV", host]))]


def test_a_visit_planned_for_another_month_is_apart_from_the_meeting_held(read):
    doc = read("Croatian Prime Minister Hana Velko met German Chancellor Otto Brandl in Zagreb on Monday. Velko said "
               "she would visit Germany in September.")
    assert sorted((e["type"], e["status"], e["date"]) for e in doc.events) == [
        ("meeting", "held", "2024-05-06"), ("visit", "planned", "2024-09")]


def test_a_day_earlier_opening_a_paragraph_counts_from_the_day_the_paragraph_before_told(read):
    doc = read("Croatian Prime Minister Hana Velko met German Chancellor Otto Brandl in Zagreb on Sunday.\n"
               "A day earlier, Polish President Jan Nowak spoke by phone with Austrian Chancellor Paul Egger.")
    assert sorted((e["type"], e["date"]) for e in doc.events) == [("meeting", "2024-05-05"),
                                                                  ("phone_call", "2024-05-04")]
