"""The English readings of a trigger's words (a possible meeting, refused to meet, will be held, called on) are
read only at a trigger written in Latin letters: no English phrase stands at a Han trigger, so a Chinese page
skips those searches. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplograph.extract import event_status as status
from diplograph.extract.event_background import this_one
from diplograph.extract.event_date import DateMention, _times_another, times_other_act
from diplograph.extract.event_frame import Sentence
from diplograph.extract.event_trigger import live_triggers
from diplograph.extract.gazetteer import Entry, Hit


def _trigger(text: str, word: str, value: str = "meeting") -> Hit:
    start = text.index(word)
    return Hit(start, start + len(word), (Entry("trigger", value, "en" if word.isascii() else "zh"),),
               frozenset(("trigger",)))


def _whole(text: str) -> Sentence:
    return Sentence(0, len(text))


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The two sides discussed a possible meeting in Oslo.", "meeting", True),
    ("The ministers said summit talks were useful.", "talks", False),
    ("The ministers said summit talks were unlikely.", "talks", True),  # only the talks' chance is told
    # the same words before a Han trigger are no English clause of it
    ("双方讨论了 possible 会晤。", "会晤", False),
])
def test_possibility_is_read_in_english_only_at_a_latin_trigger(text, word, expected):
    assert status.speculative(text, [], _trigger(text, word)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The minister refused to meet her counterpart.", "meet", True),
    ("The minister did not meet her counterpart.", "meet", True),
    ("The minister met her counterpart on Monday.", "met", False),
    ("部长并未会晤对方。", "会晤", True),  # 并未: the Chinese negation is read at a Han trigger
    ("部长 refused to 会晤对方。", "会晤", False),
])
def test_a_refusal_is_read_in_its_own_script(text, word, expected):
    assert status.negated(text, _whole(text), _trigger(text, word)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("She could meet the envoy next week.", "meet", True),
    ("She is weighing a visit to Lima.", "visit", True),
    ("She met the envoy last week.", "met", False),
    ("她 could 会见特使。", "会见", False),
])
def test_a_possibility_before_the_trigger_is_read_in_english_only_at_a_latin_trigger(text, word, expected):
    assert status.hoped(text, _whole(text), [], _trigger(text, word)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The talks will be held in Geneva.", "talks", True),
    ("The upcoming visit of the envoy was praised.", "visit", True),
    ("The talks were held in Geneva.", "talks", False),
    ("会谈 will be held in Geneva.", "会谈", False),
])
def test_a_future_form_is_read_in_english_only_at_a_latin_trigger(text, word, expected):
    assert (status.future_form(text, _trigger(text, word, word if word == "visit" else "talks")) is not None) \
        is expected


@pytest.mark.parametrize(("text", "word", "live"), [
    ("The envoy called on President Mora in Lima.", "called on", True),
    ("The envoy called on both sides to stop fighting.", "called on", False),
    ("He criticised the plan during the summit.", "summit", False),
    ("He criticised the plan during the 峰会。", "峰会", True),  # a Han trigger: no English time clause
])
def test_english_trigger_readings_stay_with_latin_triggers(text, word, live):
    hit = _trigger(text, word, "summit" if word in ("summit", "峰会") else "meeting")
    assert bool(live_triggers(text, _whole(text), [hit], []).live) is live


@pytest.mark.parametrize(("text", "date_text", "kind", "expected"), [
    ("The summit followed his speech on Wednesday.", "Wednesday", "en_wd", True),
    ("The ministers met on Wednesday.", "Wednesday", "en_wd", False),
    ("外长会谈 followed 5月6日的演讲。", "5月6日", "zh_md", False),  # a date written in Chinese
])
def test_a_word_of_sequence_before_a_date_is_read_in_english_only(text, date_text, kind, expected):
    start = text.index(date_text)
    assert times_other_act(text, DateMention(start, start + len(date_text), "2024-05-06", kind)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("They discussed the president's planned visit to Lima.", "visit", True),
    ("此次会晤意在增进互信。", "会晤", True),
    ("They discussed the president's planned 访问。", "访问", False),
])
def test_a_plan_named_as_its_owners_is_read_in_english_only_at_a_latin_trigger(text, word, expected):
    assert this_one(text, text.index(word)) is expected


@pytest.mark.parametrize(("text", "date_text", "kind", "expected"), [
    ("The summit, which follows his address on Wednesday, opens today.", "Wednesday", "en_wd", True),
    ("The summit opens on Wednesday.", "Wednesday", "en_wd", False),
    ("峰会，follows 周三的讲话。", "周三", "zh_wd", False),  # a Chinese date and trigger
])
def test_another_act_a_date_times_is_read_in_english_only_where_english_stands(text, date_text, kind, expected):
    start, at = text.index(date_text), text.index("summit" if text.isascii() else "峰会")
    d = DateMention(start, start + len(date_text), "2024-05-08", kind)
    trigger = (at, at + (6 if text.isascii() else 2))
    assert _times_another(text, Sentence(0, len(text)), d, trigger) is expected
