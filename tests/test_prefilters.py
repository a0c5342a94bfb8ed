"""Cheap tests that spare a rule its work (a character class, one regex for several words) must still let it
fire wherever it applies: each case here needs the rule behind the gate. Every sentence is invented for the
test."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.dates import find_dates
from diplograph.extract.gazetteer import load_gazetteer
from diplograph.extract.zh_joins import joins
from tests.test_actors import _people


def _pair(text: str, first: str, second: str):
    """The lexicon hits of `text` that start at `first` and at `second`."""
    hits = load_gazetteer().actors.find(text)
    return next(h for h in hits if h.start == text.index(first)), next(h for h in hits if h.start == text.index(second))


@pytest.mark.parametrize(("text", "first", "second", "joined"), [
    ("帕劳第12任总统卡蒂娅表示欢迎。", "帕劳", "总统", True),  # an ordinal's digits
    ("台湾APEC代表卡尔多表示欢迎。", "台湾", "代表", True),  # an acronym
    ("马耳他外交与欧洲事务部长巴尔多维表示。", "马耳他", "部长", True),  # a ministry's name with 与
    ("帕劳，总统卡蒂娅表示欢迎。", "帕劳", "总统", False),  # a comma ends the chain
    ("帕劳 总统卡蒂娅表示欢迎。", "帕劳", "总统", False),  # and so does a space
])
def test_a_gap_joins_two_hits_only_with_characters_a_chain_may_hold(text, first, second, joined):
    assert joins(text, *_pair(text, first, second)) is joined


def test_an_institution_glossed_in_brackets_keeps_its_chain():
    """委員會（簡稱）主席: the brackets of the short name stand in the gap between the state and the title."""
    people = _people("馬爾他國會友好委員會（友委會）主席卡爾多瓦表示歡迎。", home="TWN")
    assert [(name, side) for name, side, *_ in people] == [("卡爾多瓦", "MLT")]


@pytest.mark.parametrize("adverb", ["再次", "首次", "舉行", "进行"])
def test_a_place_before_an_adverb_of_the_act_is_no_name(adverb):
    """A place read as a name after a title, right before an adverb and the act (马耳他总理罗马再次会晤): where
    they met, not who; each adverb is found by one regex."""
    people = _people(f"马耳他总理罗马{adverb}会晤法国总统。")
    assert ("马耳他总理", "MLT") in [(name, side) for name, side, *_ in people]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("两国外长15号在甲市会晤", "zh_d", "2031-03-15"),  # 号, not 日
    ("两国外长二十六號會晤", "zh_han_d", "2031-03-26"),
    ("2029年两国签署协议", "zh_y", "2029"),
    ("两国外长上週三通话", "zh_rel_wd", "2031-03-12"),
    ("两国外长禮拜二通话", "zh_wd", "2031-03-18"),
    ("两国外长周末会晤", "zh_week", "2031-03"),
])
def test_a_date_kind_gated_by_its_needed_word_is_still_read(text, kind, value):
    """Each kind of Chinese date is scanned only in a text holding the word its matches need (日/号/號, 年, a week's
    周/週/星期/礼拜/禮拜): every spelling of that word lets it through."""
    found = find_dates(text, date(2031, 3, 20))
    assert [(s.attrs["kind"], s.attrs["value"]) for s in found] == [(kind, value)]
