"""English officials named by their states and a lower-case title alone (issue 17 item 1, issue 18 item 5):
`the foreign ministers of A and B`, `A-ian and B-ian prime ministers` (one person of each state) and `A's
foreign minister` with no name after it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import text_page

pytestmark = [pytest.mark.issue(17), pytest.mark.issue(18)]


@pytest.fixture(scope="module")
def read(pipeline):
    return lambda body: text_page(pipeline, "Ministers meet", body, "2024-05-06")


def _parties(doc) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((e["type"], sorted((p["affiliation"], p["office"]) for p in e["participants"])) for e in doc.events)


@pytest.mark.parametrize("body", [
    "The foreign ministers of Slovakia and Austria met in Vienna on Monday to discuss energy.",
    "Slovak and Austrian foreign ministers met in Vienna on Monday to discuss energy.",
    "The Slovak and Austrian foreign ministers met in Vienna on Monday to discuss energy.",
    "Slovakia's foreign minister met his Austrian counterpart in Vienna on Monday to discuss energy.",
    "Slovak and Austrian foreign ministers' talks in Vienna on Monday were about energy.",
    "The Foreign Ministers of Slovakia and Austria held talks in Vienna on Monday on energy.",  # a readout's capitals
])
def test_two_states_and_one_title_are_one_holder_of_each(read, body):
    assert [parties for _, parties in _parties(read(body))] == [[("AUT", "foreign_minister"),
                                                                 ("SVK", "foreign_minister")]]


def test_a_headline_naming_the_holders_without_an_article_is_one_holder_of_each(pipeline):
    """`Foreign Ministers of A and B Hold Talks`: a headline drops `The`."""
    doc = text_page(pipeline, "Foreign Ministers of Slovakia and Austria Hold Talks in Vienna",
                    "The two ministers discussed energy and transport, the ministry said.", "2024-05-06")
    assert [parties for _, parties in _parties(doc)] == [[("AUT", "foreign_minister"), ("SVK", "foreign_minister")]]


def test_a_possessive_title_with_no_name_is_that_states_holder(read):
    doc = read("Slovakia's president met Austria's chancellor in Vienna on Monday.")
    assert _parties(doc) == [("meeting", [("AUT", "head_of_government"), ("SVK", "head_of_state")])]


@pytest.mark.parametrize("body", [
    "The foreign ministers of Slovakia and Austria, Marek Hudak and Eva Stein, met in Vienna on Monday.",
    "Slovak and Austrian foreign ministers Marek Hudak and Eva Stein met in Vienna on Monday.",
])
def test_names_listed_after_the_states_are_theirs_in_turn(read, body):
    doc = read(body)
    assert [sorted((p["name"]["en"], p["affiliation"]) for p in e["participants"]) for e in doc.events] == [
        [("Eva Stein", "AUT"), ("Marek Hudak", "SVK")]]


def test_a_plural_title_before_a_verb_in_s_is_read_to_its_end(read):
    doc = read("Slovak and Austrian presidents held talks in Vienna on Monday.")
    assert _parties(doc) == [("talks", [("AUT", "head_of_state"), ("SVK", "head_of_state")])]


@pytest.mark.parametrize("body", [
    # the title runs on into another noun: a body of that state, not its holder
    "Austria's general staff met Slovak President Marek Hudak in Vienna on Monday.",
    # a state has many governors: no one holder
    "Austria's governor met Slovak President Marek Hudak in Vienna on Monday.",
])
def test_what_is_no_titled_person_of_a_state(read, body):
    assert read(body).events == []


def test_negotiators_of_two_states_leave_the_states_as_the_sides(read):
    doc = read("Slovak and Austrian negotiators met in Vienna on Monday.")
    assert [sorted(p["name"]["en"] for p in e["participants"]) for e in doc.events] == [["Austria", "Slovakia"]]


@pytest.mark.parametrize("words", ["Slovak and Austrian leaders", "The Slovak and Austrian leaders",
                                   "The leaders of Slovakia and Austria"])
def test_the_leaders_of_two_states_are_each_ones_leader_of_the_day(read, words):
    """Demonyms before `leaders` name the states as `the leaders of` does: each the one the shipped gazetteer
    says led it that day."""
    doc = read(f"{words} held talks in Vienna on Monday.")
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in doc.events] == [["AUT", "SVK"]]
