"""Sides given as states' leaders (中美元首, the leaders of A and B), negated interactions, and English
paragraphs joined without a space (issue 18); sentences written for these tests."""

from __future__ import annotations

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.extract.event_frame import sentences
from diplograph.extract.event_leaders import Term, leader_on
from diplograph.services import build_pipeline, process_record

pytestmark = pytest.mark.issue(18)

TERMS = [Term("2010-01-01", "2020-01-01", "head_of_state", {"en": "Old King"}, "Q1"),
         Term("2015-05-01", "9999", "head_of_government", {"en": "Prime Minister Now"}, "Q2"),
         Term("2020-01-01", "9999", "head_of_state", {"en": "New King"}, "Q3"),
         Term("2020-01-01", "9999", "head_of_state", {"en": "New King, spelt otherwise"}, "Q3")]


@pytest.mark.parametrize("day,heads_only,premier_led,who", [
    ("2016-03-01", False, False, "Old King"),
    ("2024-03-01", False, False, "New King"),  # one person under two spellings
    ("2024-03-01", False, True, "Prime Minister Now"),  # where the premier leads
    ("2024-03-01", True, True, "New King"),  # 元首: the head of state, whoever leads
    ("2012-03-01", False, True, "Old King"),  # no premier on record then
])
def test_the_leader_of_a_state_on_a_day(day, heads_only, premier_led, who):
    term = leader_on(TERMS, day, heads_only, premier_led)
    assert term is not None and term.names["en"] == who


@pytest.fixture(scope="module")
def read():
    pipeline = build_pipeline(load_settings(env={}))

    def run(text: str, fmt: str = "text"):
        return process_record(RawRecord(source="page.txt", data=text.encode(), fmt=fmt), pipeline)

    return run


def _sides(doc) -> list[dict[str, str]]:
    return [{p["affiliation"]: p["office"] for p in e["participants"]} for e in doc.events]


def test_heads_of_state_named_by_their_states_are_that_days_leaders(read):
    doc = read("两国关系\n2024-05-06 10:00 来源：新华社\n新华社北京5月6日电 中俄两国元首6日在北京举行会谈，"
               "双方就双边关系交换意见。\n")
    assert _sides(doc) == [{"CHN": "head_of_state", "RUS": "head_of_state"}]
    names = {p["affiliation"]: p["name"]["zh-Hans"] for e in doc.events for p in e["participants"]}
    assert names == {"CHN": "习近平", "RUS": "普京"}


def test_leaders_of_two_states_in_english(read):
    doc = read("---\ntitle: Ties\npublished_time: 2024-05-06 18:00:00\n---\n\nThe ministry spoke of the ties on "
               "Monday.\n\nThe leaders of China and Russia held talks in Beijing on Monday, the ministry said.\n",
               "frontmatter")
    names = {p["affiliation"]: p["name"]["en"] for e in doc.events for p in e["participants"]}
    assert names == {"CHN": "Xi Jinping", "RUS": "Vladimir Putin"}


@pytest.mark.parametrize("body", [
    "新华社北京5月6日电 据报道，虽然未能在峰会期间举行首脑会谈，德国总理白山福表示愿同法国总统马丁保持沟通。",
    "据报道，德国总理白山福并未与法国总统马丁会面。",
])
def test_an_interaction_that_did_not_take_place_is_not_held(read, body):
    doc = read(f"消息\n2024-05-06 10:00 来源：新华社\n{body}\n")
    assert not doc.events
    assert "not held" in {d["reason"] for d in doc.dropped}


def test_english_paragraphs_joined_without_a_space_are_two_sentences():
    text = "The envoy arrived on Monday, the office said Tuesday.During the visit he met the premier."
    parts = [text[a:b] for a, b in sentences(text, False)]
    assert parts == ["The envoy arrived on Monday, the office said Tuesday.", "During the visit he met the premier."]
    assert len(sentences("He met Mr.Smith and the U.S.Army chief.", False)) == 1


@pytest.mark.parametrize("body", [
    "Officials said on Monday. Talks between envoys from Ukraine, Russia and the United States in Geneva were "
    "constructive, a spokesman said.",
    "Officials said on Monday. The latest peace talks among Ukraine, Russia and the United States ended in Geneva.",
])
def test_states_listed_as_the_sides_of_talks(read, body):
    doc = read(f"---\ntitle: Talks\npublished_time: 2024-05-06 18:00:00\n---\n\n{body}\n", "frontmatter")
    assert _sides(doc) == [{"UKR": "envoy", "RUS": "envoy", "USA": "envoy"}]


def test_one_state_after_between_is_no_list(read):
    doc = read("---\ntitle: Talks\npublished_time: 2024-05-06 18:00:00\n---\n\nOfficials said on Monday. Talks "
               "between envoys from Ukraine in Geneva were constructive.\n", "frontmatter")
    assert not doc.events
