"""English calls and meetings told by their verb (sentences and people invented for these tests): `A called B`
is a call and `A will host B` a meeting only when the person reached follows, and an active verb of calling
(called, phoned) or a call received from someone says who placed it."""

from __future__ import annotations

import pytest

from tests.conftest import text_page

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def read(pipeline):
    return lambda body: text_page(pipeline, "Leaders talk", body, "2024-05-08")


def _calls(doc) -> list[tuple[str, str | None, set[str]]]:
    return [(e["type"], e["date"], {p["affiliation"] for p in e["participants"] if p["initiator"]})
            for e in doc.events]


@pytest.mark.parametrize("body, caller", [
    ("Austrian Chancellor Paul Egger called Portuguese Prime Minister Rui Sardo on Monday to discuss energy.", "AUT"),
    ("Austrian Chancellor Paul Egger phoned Portuguese Prime Minister Rui Sardo on Monday.", "AUT"),
    ("Austrian Chancellor Paul Egger dialled Portuguese Prime Minister Rui Sardo on Monday.", "AUT"),
    ("Austrian Chancellor Paul Egger dialed Portuguese Prime Minister Rui Sardo on Monday.", "AUT"),
    ("Austrian Chancellor Paul Egger called his Portuguese counterpart Rui Sardo on Monday.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo said Austrian Chancellor Paul Egger called him on Monday.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo received a call from Austrian Chancellor Paul Egger on Monday.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo took a call from Austrian Chancellor Paul Egger on Monday.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo received a phone call from Austrian Chancellor Paul Egger on Monday.",
     "AUT"),
])
def test_the_verb_of_a_call_says_who_placed_it(read, body, caller):
    assert _calls(read(body)) == [("phone_call", "2024-05-06", {caller})]


def test_speaking_by_phone_says_nobody_placed_the_call(read):
    doc = read("Portuguese Prime Minister Rui Sardo spoke by phone with Austrian Chancellor Paul Egger on Monday.")
    assert _calls(doc) == [("phone_call", "2024-05-06", set())]


@pytest.mark.parametrize("body, kind", [
    ("Portuguese Prime Minister Rui Sardo spoke with Austrian Chancellor Paul Egger on Monday.", "phone_call"),
    ("Portuguese Prime Minister Rui Sardo spoke with Austrian Chancellor Paul Egger in Berlin on Monday.", "meeting"),
    ("Portuguese Prime Minister Rui Sardo spoke with Austrian Chancellor Paul Egger in Germany on Monday.", "meeting"),
    ("Portuguese Prime Minister Rui Sardo spoke with Austrian Chancellor Paul Egger during his state visit on "
     "Monday.", "meeting"),
    ("Portuguese Prime Minister Rui Sardo spoke with Austrian Chancellor Paul Egger on the sidelines of the summit "
     "on Monday.", "meeting"),
    ("Portuguese Prime Minister Rui Sardo spoke with Austrian Chancellor Paul Egger by phone on Monday while in "
     "Berlin.", "phone_call"),
])
def test_speaking_with_someone_in_one_place_is_a_meeting(read, body, kind):
    assert [e["type"] for e in read(body).events] == [kind]


@pytest.mark.parametrize("body", [
    "Portuguese Prime Minister Rui Sardo called Austrian Chancellor Paul Egger a reliable partner.",
    "Portuguese Prime Minister Rui Sardo said Austrian Chancellor Paul Egger called him a friend.",
    "Portuguese Prime Minister Rui Sardo called for calm after Austrian Chancellor Paul Egger spoke.",
    "Portuguese Prime Minister Rui Sardo called it a shame that Austrian Chancellor Paul Egger stayed away.",
    "Austrian Chancellor Paul Egger criticised the so-called Lisbon Group of Portuguese Prime Minister Rui Sardo.",
])
def test_called_naming_or_asking_is_no_call(read, body):
    assert read(body).events == []


@pytest.mark.parametrize("body, told", [
    ("Austrian Chancellor Paul Egger will host Portuguese Prime Minister Rui Sardo in Vienna on Friday.",
     [("meeting", "planned", "2024-05-10")]),
    ("Austrian Chancellor Paul Egger hosted Portuguese Prime Minister Rui Sardo in Vienna on Monday.",
     [("meeting", "held", "2024-05-06")]),
    ("Portuguese Prime Minister Rui Sardo praised the hosting of the fair by Austrian Chancellor Paul Egger.", []),
])
def test_hosting_a_person_is_a_meeting_and_hosting_an_occasion_is_none(read, body, told):
    assert [(e["type"], e["status"], e["date"]) for e in read(body).events] == told


@pytest.mark.parametrize("body, who", [
    ("Portuguese Prime Minister Rui Sardo spoke by phone with Austrian Chancellor Paul Egger on Monday. The call was "
     "initiated by the Austrian side.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo held talks with Austrian Chancellor Paul Egger on Monday in talks initiated "
     "by Egger.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo met Austrian Chancellor Paul Egger on Monday. Egger initiated the meeting, "
     "officials said.", "AUT"),
])
def test_who_initiated_an_interaction_asked_for_it(read, body, who):
    assert [i for *_, i in _calls(read(body))] == [{who}]


@pytest.mark.parametrize("body, who", [
    ("Portuguese Prime Minister Rui Sardo spoke by phone with Austrian Chancellor Paul Egger on Monday, in a call "
     "arranged at Austrian request.", "AUT"),
    # a phrase's last word ends there: `at … request` is not `at Egger's residence was requested`
    ("Portuguese Prime Minister Rui Sardo met Austrian Chancellor Paul Egger on Monday. The meeting at Egger's "
     "residence was requested by Sardo, officials said.", "PRT"),
])
def test_a_request_names_who_asked(read, body, who):
    assert [i for *_, i in _calls(read(body))] == [{who}]


@pytest.mark.parametrize("body, told", [
    ("Portuguese Prime Minister Rui Sardo held discussions with Austrian Chancellor Paul Egger on Monday.",
     [("talks", "held", "2024-05-06")]),
    ("The talks about energy between Portuguese Prime Minister Rui Sardo and Austrian Chancellor Paul Egger ended on "
     "Monday.", [("talks", "held", "2024-05-06")]),
    # `talks about`, `talks of` after its subject: a verb of speaking
    ("Portuguese Prime Minister Rui Sardo talks about Austrian Chancellor Paul Egger in a new interview.", []),
    ("Portuguese Prime Minister Rui Sardo talks of contact with Austrian Chancellor Paul Egger.", []),
])
def test_discussions_held_are_talks_and_talking_about_someone_is_none(read, body, told):
    assert [(e["type"], e["status"], e["date"]) for e in read(body).events] == told


@pytest.mark.parametrize("body, told", [
    ("Austrian Chancellor Paul Egger received Portuguese Prime Minister Rui Sardo in Vienna on Monday.",
     [("meeting", "held", "2024-05-06", set())]),
    ("Austrian Chancellor Paul Egger welcomed Portuguese Prime Minister Rui Sardo to Vienna on Monday.",
     [("meeting", "held", "2024-05-06", set())]),
    ("Austrian Chancellor Paul Egger had lunch with Portuguese Prime Minister Rui Sardo on Monday.",
     [("meeting", "held", "2024-05-06", set())]),
    ("Austrian Chancellor Paul Egger rang Portuguese Prime Minister Rui Sardo on Monday.",
     [("phone_call", "held", "2024-05-06", {"AUT"})]),
    # what is received or welcomed is no person; one dialled in to a meeting calls nobody
    ("Austrian Chancellor Paul Egger dialled in to the cabinet meeting on Monday, Prime Minister Rui Sardo said.", []),
    ("Austrian Chancellor Paul Egger welcomed Portuguese Prime Minister Rui Sardo's decision on Monday.", []),
    ("Austrian Chancellor Paul Egger received Portuguese support on Monday, Prime Minister Rui Sardo said.", []),
])
def test_receiving_welcoming_or_dining_with_a_person_is_a_meeting(read, body, told):
    assert [(e["type"], e["status"], e["date"], {p["affiliation"] for p in e["participants"] if p["initiator"]})
            for e in read(body).events] == told


def test_arriving_in_a_capital_is_a_visit_to_its_state(read):
    doc = read("Portuguese Prime Minister Rui Sardo arrives in Berlin for talks with German Chancellor Karl Brenner.")
    assert sorted(e["type"] for e in doc.events) == ["talks", "visit"]


@pytest.mark.parametrize("body, sender", [
    ("Portuguese Prime Minister Rui Sardo received a letter from Austrian Chancellor Paul Egger on Monday.", "AUT"),
    ("Austrian Chancellor Paul Egger sent a letter to Portuguese Prime Minister Rui Sardo on Monday.", "AUT"),
])
def test_a_message_is_sent_by_whom_it_comes_from(read, body, sender):
    assert _calls(read(body)) == [("message", "2024-05-06", {sender})]


@pytest.mark.parametrize("body, caller", [
    # wire and Gulf agency style: a time adjunct between the call and its `from`
    ("Portuguese Prime Minister Rui Sardo received a phone call on Monday from Austrian Chancellor Paul Egger.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo received a phone call today from Austrian Chancellor Paul Egger.", "AUT"),
    # a long name and its day after it: the caller's slot ends before the adjunct
    ("Portuguese Prime Minister Rui Sardo received a phone call from Austrian Chancellor Paul Egger-Lindmayr on "
     "Monday.", "AUT"),
    # a state's formal name in the caller's title, as Gulf agencies write it: a long slot before the name
    ("Portuguese Prime Minister Rui Sardo received a phone call today from Federal Chancellor of the Republic of "
     "Austria Paul Egger.", "AUT"),
])
def test_a_call_received_says_its_caller_past_a_time_adjunct(read, body, caller):
    assert [i for *_, i in _calls(read(body))] == [{caller}]


def test_a_long_caller_slot_holds_only_a_formal_title(read):
    """Past 40 characters the caller's slot is a formal title, not a clause naming someone else after him."""
    doc = read("Portuguese Prime Minister Rui Sardo received a phone call from his counterpart who briefed him on "
               "talks with Greek Prime Minister Nikos Andreou on Monday.")
    assert [i for *_, i in _calls(doc)] == [set()]


def test_an_invitation_from_a_courtesy_title_and_family_name_in_a_later_sentence(read):
    doc = read("Austrian Chancellor Paul Egger hosted Portuguese Prime Minister Rui Sardo in Vienna on Monday. Sardo is "
               "in Austria at the invitation of Mr. Egger.")
    assert [i for *_, i in _calls(doc)] == [{"AUT"}]


def test_a_readout_names_the_initiator_of_the_conversation_in_a_paragraph_of_its_own(read):
    doc = read("Austrian Chancellor Paul Egger had a telephone conversation with Portuguese Prime Minister Rui Sardo.\n"
               "The conversation took place at the initiative of the Portuguese side.\n"
               "The leaders discussed energy prices.")
    assert _calls(doc) == [("phone_call", "2024-05-08", {"PRT"})]


def test_a_message_to_a_person_on_the_election_to_an_office_reaches_that_side(read):
    doc = read("Austrian Chancellor Paul Egger on Monday sent a congratulatory message to Rui Sardo on his election as "
               "prime minister of Portugal.")
    assert [(e["type"], e["date"], {(p["affiliation"], p["office"]) for p in e["participants"]})
            for e in doc.events] == [("message", "2024-05-06", {("AUT", "head_of_government"),
                                                                ("PRT", "head_of_government")})]


@pytest.mark.parametrize("body, kind", [
    ("Austrian Chancellor Paul Egger held separate meetings in Vienna on Monday with Portuguese Prime Minister Rui "
     "Sardo and Greek Prime Minister Nikos Andreou.", "meeting"),
    ("Austrian Chancellor Paul Egger held separate talks with Portuguese Prime Minister Rui Sardo and Greek Prime "
     "Minister Nikos Andreou on Monday.", "talks"),
])
def test_separate_meetings_or_talks_are_one_event_per_partner(read, body, kind):
    assert sorted((e["type"], e["date"], tuple(sorted(p["affiliation"] for p in e["participants"])))
                  for e in read(body).events) == [(kind, "2024-05-06", ("AUT", "GRC")), (kind, "2024-05-06", ("AUT", "PRT"))]


def test_an_unnamed_counterpart_is_the_other_side_holding_the_same_office(read):
    doc = read("Austrian Chancellor Paul Egger held talks with his Portuguese counterpart in Vienna on Monday.")
    assert [(e["type"], [(p["affiliation"], p["office"]) for p in e["participants"]]) for e in doc.events] == [
        ("talks", [("AUT", "head_of_government"), ("PRT", "head_of_government")])]


@pytest.mark.parametrize("body", [
    "Austrian Chancellor Paul Egger on Monday received Portuguese Prime Minister Rui Sardo, who is visiting Austria at "
    "his invitation.",
    "Austrian Chancellor Paul Egger hosted Portuguese Prime Minister Rui Sardo in Vienna on Monday. Sardo is visiting "
    "Austria at his invitation.",
    "Portuguese Prime Minister Rui Sardo, who is visiting Austria at his invitation, met Austrian Chancellor Paul Egger "
    "in Vienna on Monday.",
])
def test_at_his_invitation_is_the_invitation_of_the_side_the_clause_is_not_about(read, body):
    assert [i for *_, i in _calls(read(body))] == [{"AUT"}]


@pytest.mark.parametrize("body, caller", [
    ("Portuguese Prime Minister Rui Sardo took a phone call from Austrian Chancellor Paul Egger on Monday.", "AUT"),
    ("Austrian Chancellor Paul Egger initiated a call with Portuguese Prime Minister Rui Sardo on Monday.", "AUT"),
    ("Austrian Chancellor Paul Egger placed a call to Portuguese Prime Minister Rui Sardo on Monday.", "AUT"),
    ("Austrian Chancellor Paul Egger made a phone call to Portuguese Prime Minister Rui Sardo on Monday.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo, responding to a request from Austrian Chancellor Paul Egger, spoke with him "
     "by phone on Monday.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo held a phone call with Austrian Chancellor Paul Egger on Monday at the "
     "invitation of the latter.", "AUT"),
    ("Portuguese Prime Minister Rui Sardo held a phone call with Austrian Chancellor Paul Egger on Monday at the "
     "initiative of the former.", "PRT"),
])
def test_more_ways_of_saying_who_placed_a_call(read, body, caller):
    assert _calls(read(body)) == [("phone_call", "2024-05-06", {caller})]


@pytest.mark.parametrize("body, senders", [
    ("Austrian Chancellor Paul Egger wrote to Portuguese Prime Minister Rui Sardo on Monday.", {"AUT"}),
    # messages both ways: no sender
    ("Austrian Chancellor Paul Egger and Portuguese Prime Minister Rui Sardo exchanged congratulatory messages on "
     "Monday.", set()),
    ("Austrian Chancellor Paul Egger exchanged letters with Portuguese Prime Minister Rui Sardo on Monday.", set()),
])
def test_a_letter_written_or_messages_exchanged_are_messages(read, body, senders):
    assert _calls(read(body)) == [("message", "2024-05-06", senders)]


@pytest.mark.parametrize("body", [
    "Portuguese Prime Minister Rui Sardo said on Tuesday he had spoken with Austrian Chancellor Paul Egger the "
    "previous day.",
    "Portuguese Prime Minister Rui Sardo said on Tuesday that he had spoken by phone with Austrian Chancellor Paul "
    "Egger the previous evening.",
])
def test_a_call_told_the_previous_day_of_a_remark_is_news_of_that_day(read, body):
    """`the previous day` dates the call from the day the remark was made; its `previous` recalls nothing."""
    assert _calls(read(body)) == [("phone_call", "2024-05-06", set())]


def test_a_previous_meeting_is_still_a_recall(read):
    doc = read("Portuguese Prime Minister Rui Sardo recalled their previous talks with Austrian Chancellor Paul "
               "Egger in Vienna.")
    assert doc.events == []
