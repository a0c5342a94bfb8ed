"""Issues 17 and 18 on Chinese pages in the styles of outlets the corpus does not hold (a state agency's
wire, a foreign ministry's release, Taiwanese and Hong Kong reports), each kind on sentences written for these
tests with invented people: a call placed on the caller's own initiative (主动致电, 接到…主动打来的电话)."""

from __future__ import annotations

import pytest

from tests.conftest import read_feed_item

pytestmark = [pytest.mark.issue(18), pytest.mark.issue(17)]


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str, day: str = "2031-02-10T22:00:00+08:00", url: str = ""):
        return read_feed_item(pipeline, tmp_path, title, body, day, url)

    return run


def _told(doc) -> list[tuple[str, str, str | None, list[tuple[str, str, bool]]]]:
    return [(e["type"], e["status"], e["date"],
             sorted((next(iter(p["name"].values())), p["affiliation"], p["initiator"]) for p in e["participants"]))
            for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "越南政府总理阮文平10日下午主动致电国务院总理王立明，就两国合作交换意见。",
    "国务院总理王立明10日下午接到越南政府总理阮文平主动打来的电话。",
    "國務院總理王立明10日下午接到越南政府總理阮文平主動打來的電話。",
])
def test_a_call_placed_on_the_callers_own_initiative_is_a_call_he_asked_for(page, sentence):
    """主动致电 is a call, not a telegram (致电 alone may be either); 主动 after a name is no part of it; the
    call `received from X` (接到X打来的电话) is X's."""
    doc = page("两国总理通电话", f"新华社北京2月10日电 {sentence}")
    [(kind, status, day, people)] = _told(doc)
    assert (kind, status, day) == ("phone_call", "held", "2031-02-10")
    assert [(aff, init) for _, aff, init in sorted(people, key=lambda p: p[1])] == [("CHN", False), ("VNM", True)]


def test_a_message_to_a_long_transliterated_name_holds_the_office_told_of_him_in_its_sentence(page):
    """致电A·B·C，祝贺他就任X总统: the partner is the joined name right after 致电 (four parts may outrun nine
    characters), and his office the one told of him in that sentence, not the office of the next message's."""
    doc = page("主席致电祝贺新任总统", "新华社北京5月25日电 5月25日，国家主席王立明致电安东尼奥·何塞·费雷拉，"
               "祝贺他就任葡萄牙共和国总统。\n同日，国务院总理陈志远致电路易斯·卡洛斯·门德斯，祝贺他就任葡萄牙总理。")
    assert [(e["type"], [(next(iter(p["name"].values())), p["office"]) for p in e["participants"]])
            for e in doc.events] == [
        ("message", [("王立明", "head_of_state"), ("安东尼奥·何塞·费雷拉", "head_of_state")]),
        ("message", [("陈志远", "head_of_government"), ("路易斯·卡洛斯·门德斯", "head_of_government")]),
    ]
