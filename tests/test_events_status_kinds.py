"""Issue 18, what is no news of its own (sentences and people invented for these tests): an interaction
someone has no wish to hold, one that is only the matter others protest about (就…会谈一事), one said to
be possible (会晤可能在下周举行), and talks one side only asked the other about (就…会谈询问了对方意向): a message."""

from __future__ import annotations

import pytest

from tests.conftest import text_page

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def read(pipeline):
    return lambda title, body: text_page(pipeline, title, body, source="来源：新华社")


def _reasons(doc) -> list[str]:
    return [d["reason"] for d in doc.dropped]


def test_an_interaction_nobody_wishes_to_hold_is_not_held(read):
    doc = read("甲国外交部：乙国无意同甲国会谈", "据报道，乙国外长金大同6日表示，乙国无意同甲国外长田中一郎会谈。")
    assert doc.events == [] and "not held" in _reasons(doc)


def test_the_matter_of_an_interaction_is_background(read):
    doc = read("外务省反驳抗议", "日本外相田中一郎5日表示，就日本首相山本太郎同法国总统白朗会谈一事，日方已向有关国家作出说明。")
    assert doc.events == [] and "background" in _reasons(doc)


def test_talks_told_as_held_stay_an_event(read):
    doc = read("两国外长会谈", "新华社北京5月6日电 日本外相田中一郎6日同法国外长白朗会谈。")
    assert [e["type"] for e in doc.events] == ["talks"]


@pytest.mark.parametrize("body", [
    "本次会谈中，三方将就朝鲜半岛局势交换意见，美国总统白山福将重申同盟承诺。",
    "本次会谈中，美国总统白山福将就伊朗核问题表明立场。",
])
def test_a_state_named_as_what_is_discussed_is_no_side(read, body):
    doc = read("三方会谈", body)
    assert doc.events == [] and "same side" in _reasons(doc)


def test_two_ministers_who_co_chair_a_meeting_meet(read):
    doc = read("两国合作委员会会议举行", "新华社杭州5月6日电 中国国务院副总理李林6日在杭州同法国经济部长白朗共同主持两国经济合作委员会会议。")
    assert [(e["type"], e["date"], {p["affiliation"] for p in e["participants"]}) for e in doc.events] == [
        ("meeting", "2024-05-06", {"CHN", "FRA"})]


@pytest.mark.parametrize("body", [
    "据报道，法国总统白朗5日同日本首相田中一郎举行了两人在去年峰会以来的首次会谈。",
    "据报道，法国总统白朗5日同日本首相田中一郎举行上任以来首次会谈。",
])
def test_the_first_interaction_since_a_recalled_point_is_news(read, body):
    doc = read("两国领导人会谈", body)
    assert [(e["type"], e["date"]) for e in doc.events] == [("talks", "2024-05-05")]


def test_a_video_meeting_joined_to_the_meeting_it_co_chairs_is_one_video_call(read):
    doc = read("李林同法国经济部长白朗举行视频会见并共同主持两国经济合作委员会会议",
               "新华社北京5月6日电 中国国务院副总理李林6日在北京同法国经济部长白朗举行视频会见并共同主持两国经济合作委员会会议。")
    assert [e["type"] for e in doc.events] == ["video_call"]


@pytest.mark.parametrize("body", [
    "美国总统白山福说，法国和日本领导人来电，要求他暂停签署既定的行政命令。",
    "美国总统白山福说，法国和日本领导人来电，要求他暂停签署这项法案。",
])
def test_signing_a_leaders_own_act_is_no_agreement(read, body):
    assert "agreement" not in [e["type"] for e in read("签署", body).events]


@pytest.mark.parametrize("body", [
    "法国总统白朗与巴西总统卡多佐的会晤可能在下周举行。",
    "法國總統白朗與巴西總統卡多佐的會晤可能於下週舉行。",
    "法国总统白朗有可能与巴西总统卡多佐会晤。",
])
def test_an_interaction_said_to_be_possible_is_no_event(read, body):
    doc = read("两国元首或将会晤", body)
    assert doc.events == [] and "hypothetical" in _reasons(doc)


def test_a_possibility_about_something_else_leaves_the_interaction_held(read):
    doc = read("两国元首会晤", "法国总统白朗6日与巴西总统卡多佐会晤。白朗说，两国可能会加强合作。")
    assert [(e["type"], e["status"]) for e in doc.events] == [("meeting", "held")]


@pytest.mark.parametrize("title, body", [
    ("首相透露已向韩方提出会谈意向", "【某社5月6日电】日本首相田中一郎6日出席集会时表示，已就自己与韩国总统金正元举行首脑会谈询问了韩方意向。"),
    ("首相征询会谈意向", "日本首相田中一郎5日向韩国征询首脑会谈意向。"),
])
def test_talks_one_side_asked_the_other_about_are_a_message_from_the_asker(read, title, body):
    doc = read(title, body)
    assert [(e["type"], e["status"]) for e in doc.events] == [("message", "held")]
    assert [p["affiliation"] for e in doc.events for p in e["participants"] if p["initiator"]] == ["JPN"]
