"""How far a status word reaches (sentences and people invented for these tests; the report is of Wednesday
8 May 2024): a future denied (will not meet, 不会会见) tells no event, while `not only … but also`, 不但…而且, a
denial in another clause or past a headline's colon leave the interaction told, and a visit told beside a denied
meeting is the act; a cancel word counts only where it bears on the trigger (取消了访问, talks were called off), not
on tariffs or a strike the same sentence cancels, nor as a delay gone by; a future word of another clause leaves an
act told as done (met, 会见了) held."""

from __future__ import annotations

import pytest

from diplograph.extract.event_frame import Sentence
from diplograph.extract.event_status import negated
from diplograph.extract.gazetteer import load_gazetteer
from tests.conftest import text_page


def _read(pipeline, body: str):
    chinese = not body[0].isascii()
    return text_page(pipeline, "新闻" if chinese else "Leaders talk", body, "2024-05-08",
                     "来源：新华社" if chinese else "Source: Newswire")


def _told(doc) -> list[tuple[str, str]]:
    return [(e["type"], e["status"]) for e in doc.events]


@pytest.mark.parametrize("body", [
    "Slovak Foreign Minister Ivo Brandt will not meet Austrian Foreign Minister Klara Weiss during the summit, his "
    "spokesman said on Tuesday.",
    "Slovak Foreign Minister Ivo Brandt won't meet Austrian Foreign Minister Klara Weiss in Vienna next week, "
    "officials said.",
    "Slovak Prime Minister Ivo Brandt would not hold talks with Austrian Chancellor Klara Weiss, the ministry said.",
    "Slovak Prime Minister Ivo Brandt is not going to visit Austria this year, his office said on Tuesday.",
    "法国外交部发言人6日表示，法国总统白朗不会会见日本首相田中一郎。",
    "法國總統白朗不會與日本首相田中一郎會晤，法國外交部發言人6日表示。",
    "法国总统白朗本周不会同日本首相田中一郎举行会谈。",
    "法国总统白朗不打算访问日本。",
    "Slovak Prime Minister Ivo Brandt does not intend to visit Austria this year.",
    "Slovak Prime Minister Ivo Brandt has no intention of meeting Austrian Chancellor Klara Weiss.",
    "Slovak Prime Minister Ivo Brandt would not hold a bilateral meeting with Austrian Chancellor Klara Weiss, the "
    "ministry said.",
    "Slovak Prime Minister Ivo Brandt will not travel to Vienna for talks with Austrian Chancellor Klara Weiss.",
    "法国总统白朗没有计划会见日本首相田中一郎。",
    "法国总统白朗拒绝会见日本首相田中一郎。",
    "法国总统白朗暂无访问日本的计划。",
    "法国总统白朗表示，目前没有与日本首相田中一郎会面的计划。",
    "法國總統白朗目前並無訪問日本的計畫。",
    "法國總統白朗這次沒有與日本首相田中一郎會面。",
    "法国总统白朗此行未与日本首相田中一郎会面。",
])
def test_a_future_denied_is_no_event(pipeline, body):
    doc = _read(pipeline, body)
    assert doc.events == [] and "not held" in [d["reason"] for d in doc.dropped]


@pytest.mark.parametrize("body, told", [
    ("Slovak Foreign Minister Ivo Brandt will not only meet Austrian Foreign Minister Klara Weiss but also visit "
     "Hungary next week.", ("meeting", "planned")),
    ("Slovak Foreign Minister Ivo Brandt met Austrian Foreign Minister Klara Weiss on Monday and said he would not "
     "accept new sanctions.", ("meeting", "held")),
    ("Slovak Prime Minister Ivo Brandt, who is not a member of the party, met Austrian Chancellor Klara Weiss on "
     "Monday.", ("meeting", "held")),
    ("法国总统白朗6日会见日本首相田中一郎时表示，法方不会接受单边制裁。", ("meeting", "held")),
    ("法国总统白朗表示不会改变立场，并于6日会见了日本首相田中一郎。", ("meeting", "held")),
    ("法国总统白朗拒绝了反对派的要求并会见了日本首相田中一郎。", ("meeting", "held")),
    ("法国总统白朗6日会见了日本首相田中一郎，双方没有签署新的协议。", ("meeting", "held")),
    ("没有出席峰会的日本首相田中一郎6日会见了法国总统白朗。", ("meeting", "held")),
    ("法国总统白朗没有出席峰会，而是6日会见了日本首相田中一郎。", ("meeting", "held")),
    ("法国总统白朗6日会见了未出席峰会的日本首相田中一郎。", ("meeting", "held")),
    ("法国总统白朗6日与尚未表态的日本首相田中一郎通电话。", ("phone_call", "held")),
    ("法国总统白朗表示，未来将与日本首相田中一郎举行会谈。", ("talks", "planned")),
])
def test_a_denial_of_something_else_leaves_the_interaction(pipeline, body, told):
    assert _told(_read(pipeline, body))[:1] == [told]


@pytest.mark.parametrize("body", [
    "Slovak Prime Minister Ivo Brandt said the dispute would not overshadow his talks with Austrian Chancellor Klara "
    "Weiss on Tuesday.",
    "法国总统白朗表示，这一分歧不会影响他下月与日本首相田中一郎的会谈。",
])
def test_a_denied_verb_whose_object_is_the_interaction_leaves_it(pipeline, body):
    assert [t for t, _ in _told(_read(pipeline, body))] == ["talks"]


@pytest.mark.parametrize("body", [
    "法国总统白朗6日同日本首相田中一郎举行会谈，双方同意取消部分商品关税。",
    "法國總統白朗6日與日本首相田中一郎舉行會談，雙方同意取消了對部分商品加徵的關稅。",
    "法国总统白朗6日会见日本首相田中一郎，田中一郎表示日方已取消对法国牛肉的进口限制。",
    "法国总统白朗与日本首相田中一郎6日举行了取消关税后的首次会谈。",
    "法國總統白朗6日與日本首相田中一郎在取消邊境管制前舉行會談。",
    "Slovak Prime Minister Ivo Brandt held talks with Austrian Chancellor Klara Weiss on Monday, after Vienna "
    "cancelled tariffs on Slovak steel.",
    "Slovak Prime Minister Ivo Brandt met Austrian Chancellor Klara Weiss on Monday and the two sides called off a "
    "planned strike by rail workers.",
    "Slovak Prime Minister Ivo Brandt met Austrian Chancellor Klara Weiss on Monday, days after a rally in Vienna "
    "was cancelled.",
    "Slovak Prime Minister Ivo Brandt met Austrian Chancellor Klara Weiss on Monday, and a planned rally was "
    "cancelled.",
    "Slovak Prime Minister Ivo Brandt met Austrian Chancellor Klara Weiss on Monday, and both sides agreed to scrap "
    "roaming fees.",
    "Slovak Prime Minister Ivo Brandt held talks with Austrian Chancellor Klara Weiss on Monday about the "
    "cancellation of a gas contract.",
    "The talks between Slovak Prime Minister Ivo Brandt and Austrian Chancellor Klara Weiss, which had been "
    "postponed twice, took place in Vienna on Monday.",
    "Talks between Slovak Prime Minister Ivo Brandt and Austrian Chancellor Klara Weiss, postponed from March, were "
    "held in Vienna on Monday.",
    "法國總統白朗6日訪問日本，這次訪問曾因疫情兩度延期。",
    "Slovak Prime Minister Ivo Brandt phoned Austrian Chancellor Klara Weiss on Monday after a planned meeting was "
    "cancelled.",
    "因日方取消了原定的部长级会议，法国总统白朗6日改为与日本首相田中一郎通电话。",
    "法国总统白朗6日会见日本首相田中一郎，宣布取消原定下月对韩国的访问。",
])
def test_a_cancel_word_about_something_else_leaves_the_interaction_held(pipeline, body):
    assert [s for _, s in _told(_read(pipeline, body))] == ["held"]


@pytest.mark.parametrize("body", [
    "法国总统白朗原定7日访问日本，但因天气原因取消了访问。",
    "法国总统白朗取消了原定本周对日本的访问。",
    "法國總統白朗取消原定與日本首相田中一郎的會晤。",
    "法国总统白朗与日本首相田中一郎的会晤被取消。",
    "法国总统白朗原定下周访问日本，但该行程已取消。",
    "法國總統白朗與日本首相田中一郎原訂本週舉行的會談將延期舉行，雙方正商討新的日期。",
    "Slovak Prime Minister Ivo Brandt cancelled his visit to Austria scheduled for next week.",
    "Slovak Prime Minister Ivo Brandt scrapped a planned visit to Austria after the floods.",
    "Slovak Prime Minister Ivo Brandt decided to cancel his trip to Austria, his office said.",
    "The cancellation of talks between Slovak Prime Minister Ivo Brandt and Austrian Chancellor Klara Weiss "
    "surprised diplomats.",
    "A planned meeting between Slovak Prime Minister Ivo Brandt and Austrian Chancellor Klara Weiss was called off "
    "on Tuesday.",
    "The meeting between Slovak Prime Minister Ivo Brandt and Austrian Chancellor Klara Weiss, which was set for "
    "Friday, has been cancelled.",
    "Talks between Slovak Prime Minister Ivo Brandt and Austrian Chancellor Klara Weiss were postponed.",
    "Slovak Prime Minister Ivo Brandt was scheduled to meet Austrian Chancellor Klara Weiss on Friday, but the last "
    "leg of his tour has been cancelled.",
])
def test_a_cancel_word_that_bears_on_the_interaction_cancels_it(pipeline, body):
    assert [s for _, s in _told(_read(pipeline, body))] == ["cancelled"]


def test_a_meeting_told_as_planned_then_called_off_without_an_object_is_cancelled(pipeline):
    """原定…，但…已取消: the cancel word has no object of its own; the plan told before it is what is off."""
    doc = _read(pipeline, "据报道，法国外长白云原定周五在巴黎接待日本外相田中一郎，但因天气原因，日程已被取消。")
    assert [(e["type"], e["status"]) for e in doc.events] == [("meeting", "cancelled")]


@pytest.mark.parametrize("body, partner, place", [("法国总统白朗不但会见了日本首相田中一郎，而且访问了韩国。", "田中一郎", "韩国"),
                                                  ("法國總統白朗不僅會見了日本首相田中一郎，還訪問了韓國。", "田中一郎", "韓國")])
def test_not_only_tells_both_acts_and_ends_the_name(pipeline, body, partner, place):
    doc = _read(pipeline, body)
    assert [(e["type"], e["status"], [next(iter(p["name"].values())) for p in e["participants"]])
            for e in doc.events] == [("meeting", "held", ["白朗", partner]), ("visit", "held", ["白朗", place])]


def test_a_meeting_denied_beside_the_talks_called_off_is_cancelled_talks(pipeline):
    doc = _read(pipeline, "法國外交部發言人8日表示，法國總統白朗本週不會與日本首相田中一郎會晤，雙方原定10日在巴黎舉行的會談已經取消。")
    assert [(e["type"], e["status"], e["date"]) for e in doc.events] == [("talks", "cancelled", "2024-05-10")]


@pytest.mark.parametrize("body, told", [
    ("Slovak Prime Minister Ivo Brandt said Austria would not be left out, and he met Austrian Chancellor Klara Weiss "
     "on Monday.", ("meeting", "held", "2024-05-06")),
    ("Slovak Prime Minister Ivo Brandt, who will step down next year, met Austrian Chancellor Klara Weiss on Monday.",
     ("meeting", "held", "2024-05-06")),
    ("Slovak Prime Minister Ivo Brandt said the bridge will open next year and held talks with Austrian Chancellor "
     "Klara Weiss on Monday.", ("talks", "held", "2024-05-06")),
    ("法国总统白朗表示将加强合作，并于6日会见了日本首相田中一郎。", ("meeting", "held", "2024-05-06")),
    ("Slovak Prime Minister Ivo Brandt will be received by Austrian Chancellor Klara Weiss on Friday.",
     ("meeting", "planned", "2024-05-10")),
    ("法国总统白朗将与日本首相田中一郎会面了解情况。", ("meeting", "planned", "2024-05-08")),
])
def test_a_future_word_of_another_clause_leaves_an_act_told_as_done(pipeline, body, told):
    assert [(e["type"], e["status"], e["date"]) for e in _read(pipeline, body).events] == [told]


@pytest.mark.parametrize("body, told", [
    ("法國總統白朗8日表示，本週不會與日本首相田中一郎會面，但兩國外長將於10日在東京舉行會談。",
     [("talks", "planned", "2024-05-10")]),
    ("法国总统白朗表示，虽然未能在峰会期间与日本首相田中一郎举行会谈，但法方一直在为与日方对话做准备。", []),
])
def test_talks_told_as_ahead_beside_a_denied_meeting_stay_the_act(pipeline, body, told):
    assert [(e["type"], e["status"], e["date"]) for e in _read(pipeline, body).events] == told


@pytest.mark.parametrize("body, told", [
    ("法国总统白朗将于下月访问日本，这将是他上任以来首次访日，但他不会与日本天皇会面。", ("visit", "planned", "2024-06")),
    ("Slovak Prime Minister Ivo Brandt on Wednesday ruled out meeting Austrian Chancellor Klara Weiss before the "
     "election, but said the two countries' foreign ministers would hold talks in Vienna on Friday.",
     ("talks", "planned", "2024-05-10")),
    ("Slovak Prime Minister Ivo Brandt will visit Austria next week but will not meet Chancellor Klara Weiss, his "
     "office said.", ("visit", "planned", "2024-05")),
])
def test_an_act_told_beside_a_denied_meeting_is_the_sentence_act(pipeline, body, told):
    assert [(e["type"], e["status"], e["date"]) for e in _read(pipeline, body).events] == [told]


@pytest.mark.parametrize("text, denied", [
    ("峰會未談關稅 法媒：白朗等田中一郎明年訪問法國", False),
    ("峰會未談關稅，白朗未訪問法國", True),
])
def test_a_denial_stops_at_a_headline_gap(text, denied):
    """A headline's space or colon ends the clause a denial (未, 没有, 不会) reaches over."""
    [hit] = [h for h in load_gazetteer().cues.find(text) if h.first("trigger") and h.first("trigger").value == "visit"]
    assert negated(text, Sentence(0, len(text)), hit) is denied


@pytest.mark.parametrize("body,told", [
    # a Chinese denial reaches the trigger only over adverbs, a time, a place and the partner with 与: 未经 (without),
    # 未带 (not bringing), 不会阻止 (will not stop) deny something else
    ("法国总统白朗6日未经事先宣布访问了乌克兰。", [("visit", "held")]),
    ("法国总统白朗6日未带随行记者访问日本。", [("visit", "held")]),
    ("法国总统白朗表示，西方制裁不会阻止他下月访问日本。", [("visit", "planned")]),
    ("法国总统白朗不会在东京与日本首相田中一郎举行会谈。", []),
    ("法国总统白朗表示，他不会再次访问日本。", []),
    ("法国总统白朗不会前往日本访问。", []),
    # the trigger's word said again must be a word of its own (met, not metals)
    ("French President Paul Blanc met Japanese Prime Minister Ichiro Tanaka in Tokyo on Tuesday and they agreed to "
     "postpone tariffs on metals.", [("meeting", "held")]),
    # a delay that may still go on (repeatedly, 已多次) calls off; an adverb may stand in the passive
    ("A meeting between French President Paul Blanc and Japanese Prime Minister Ichiro Tanaka has been repeatedly "
     "postponed.", [("meeting", "cancelled")]),
    ("法国总统白朗与日本首相田中一郎的会晤已多次推迟。", [("meeting", "cancelled")]),
    # an adverb between the auxiliary and the participle leaves a plan planned
    ("Japanese Prime Minister Ichiro Tanaka will be warmly received by French President Paul Blanc in Paris.",
     [("meeting", "planned")]),
    # what another clause accepted is no accepted invitation
    ("The cabinet accepted the budget and Japan extended an invitation to French President Paul Blanc to visit "
     "Tokyo.", []),
])
def test_a_status_word_reaches_only_what_it_bears_on(pipeline, body, told):
    assert _told(_read(pipeline, body)) == told
