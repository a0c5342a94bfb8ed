"""Who invited whom, and whether the visit lies ahead (sentences and people invented for these tests; the report
is of Wednesday 8 May 2024): an invitation accepted for a visit still to come (had accepted his invitation to visit
next week, 已接受他的邀請，下週訪問) is a plan its inviter's side initiated, while one accepted for a visit told done
stays held; 在甲的邀请下, 接受甲的邀请, 感谢甲邀请, `accepted A's invitation`, `was invited by A` and `thanked A for
the invitation` name the inviter wherever the visitor or the speaker stands."""

from __future__ import annotations

import pytest

from tests.conftest import text_page


def _read(pipeline, body: str):
    chinese = not body[0].isascii()
    return text_page(pipeline, "新闻" if chinese else "Leaders talk", body, "2024-05-08",
                     "来源：新华社" if chinese else "Source: Newswire")


def _visit(doc) -> tuple[str, set[str], list[tuple[list[str], list[str]]]]:
    """The status of the page's one visit, its initiating sides, and its invitations' givers and takers."""
    [event] = doc.events
    return (event["status"], {p["affiliation"] for p in event["participants"] if p["initiator"]},
            [(c["by"], c["to"]) for c in event["commitments"] if c["type"] == "invitation"])


@pytest.mark.parametrize("body, status", [
    ("Slovak Prime Minister Ivo Brandt said Austrian Chancellor Klara Weiss had accepted his invitation to visit "
     "Bratislava next week.", "planned"),
    ("Slovak Prime Minister Ivo Brandt said on Tuesday that Austrian Chancellor Klara Weiss had accepted his "
     "invitation to visit Slovakia later this month.", "planned"),
    ("Austrian Chancellor Klara Weiss has accepted an invitation from Slovak Prime Minister Ivo Brandt to visit "
     "Bratislava in June, her office said.", "planned"),
    ("法國總統白朗6日表示，日本首相田中一郎已接受他的邀請，下週訪問法國。", "planned"),
    ("日本首相田中一郎表示接受法國總統白朗的邀請，擇期訪問法國。", "planned"),
    ("Austrian Chancellor Klara Weiss visited Bratislava on Monday after accepting an invitation from Slovak Prime "
     "Minister Ivo Brandt.", "held"),
    ("Austrian Chancellor Klara Weiss, who accepted Slovak Prime Minister Ivo Brandt's invitation, visited "
     "Bratislava on Monday.", "held"),
    ("日本首相田中一郎接受法国总统白朗的邀请，于6日访问法国。", "held"),
    ("日本首相田中一郎接受法国总统白朗的邀请，正在法国进行国事访问。", "held"),
    ("日本首相田中一郎已接受法国总统白朗的邀请，上月访问了法国。", "held"),
])
def test_an_accepted_invitation_is_the_inviters_and_a_plan_until_the_visit_is_told(pipeline, body, status):
    host = "FRA" if "法" in body else "SVK"
    assert _visit(_read(pipeline, body))[:2] == (status, {host})


@pytest.mark.parametrize("body", [
    "在法國總統白朗的邀請下，日本首相田中一郎6日訪問了法國。",
    "日本首相田中一郎在法国总统白朗的邀请下于6日访问法国。",
    "日本首相田中一郎接受法国总统白朗的邀请，于6日访问法国。",
    "应法国总统白朗的邀请，日本首相田中一郎6日访问了法国。",
    "在法国总统白朗邀请下，日本首相田中一郎6日访问巴黎。",
    "日本首相田中一郎6日在法国总统白朗邀请下访问了巴黎。",
    "日本首相田中一郎獲法國總統白朗邀請，6日訪問法國。",
    "日本首相田中一郎应法国总统白朗之邀，6日访问法国。",
])
def test_the_one_named_in_the_invitation_phrase_invites(pipeline, body):
    assert _visit(_read(pipeline, body)) == ("held", {"FRA"}, [(["FRA"], ["JPN"])])


@pytest.mark.parametrize("body, told", [
    ("Austrian Chancellor Klara Weiss said she had accepted an invitation to visit Slovakia but no date had been set.",
     [("visit", "planned")]),
    ("Slovak Prime Minister Ivo Brandt said Austrian Chancellor Klara Weiss had agreed to meet him in Vienna.",
     [("meeting", "planned")]),
    ("Slovak Prime Minister Ivo Brandt said he had met Austrian Chancellor Klara Weiss in Vienna.", []),
    ("Slovak Prime Minister Ivo Brandt invited Austrian Chancellor Klara Weiss to visit Bratislava, which she "
     "accepted with thanks.", []),
    ("法国总统白朗邀请日本首相田中一郎访问法国，但田中一郎尚未接受邀请。", []),
])
def test_an_invitation_accepted_before_it_asks_for_the_visit_is_a_plan(pipeline, body, told):
    """`had accepted an invitation to visit`: the past perfect is the acceptance's, the visit lies ahead; an
    invitation accepted only after it is told stays an invitation."""
    assert [(e["type"], e["status"]) for e in _read(pipeline, body).events] == told


def test_talks_an_accepted_invitation_asks_for_are_planned(pipeline):
    doc = _read(pipeline, "Austrian Chancellor Klara Weiss has accepted Slovak Prime Minister Ivo Brandt's invitation "
                          "to hold talks in Bratislava next week.")
    assert [(e["type"], e["status"]) for e in doc.events] == [("talks", "planned")]


def test_the_one_whose_invitation_was_accepted_invites(pipeline):
    doc = _read(pipeline, "Austrian Chancellor Klara Weiss, who accepted Slovak Prime Minister Ivo Brandt's "
                          "invitation, visited Bratislava on Monday.")
    assert _visit(doc)[2] == [(["SVK"], ["AUT"])]


@pytest.mark.parametrize("said, by", [
    ("田中一郎表示，日方已接受中方邀请，将派团参加明年的博览会。", "CHN"),
    ("田中一郎表示，日方感谢中方邀请，愿同中方加强合作。", "CHN"),
    ("白云表示，中方感谢日方支持并邀请日方派团参加明年的博览会。", "CHN"),
])
def test_a_speaker_who_accepts_or_thanks_for_an_invitation_is_the_one_invited(pipeline, said, by):
    doc = text_page(pipeline, "外交部长白云会见日本外相田中一郎",
                    "新华社北京5月8日电 外交部长白云7日在北京会见日本外相田中一郎。\n" + said, "2024-05-08", "来源：新华社")
    [event] = doc.events
    assert [(c["by"], c["to"]) for c in event["commitments"] if c["type"] == "invitation"] == [
        ([by], [x for x in ("CHN", "JPN") if x != by])]


def test_the_one_invited_is_named_before_the_day_and_on_invitation(pipeline):
    """甲6日应邀访问乙国，与乙国总统会谈: 甲, named before the day and 应邀 (on invitation), was invited."""
    doc = _read(pipeline, "日本首相田中一郎6日应邀访问法国，与法国总统白朗举行会谈。")
    assert [{p["affiliation"] for p in e["participants"] if p["initiator"]} for e in doc.events] == [{"FRA"}]


@pytest.mark.parametrize("body", ["日本首相田中一郎已接受邀请，将于下月访问法国。",
                                  "日本首相田中一郎已接受了他的邀請，將於下月訪問法國。"])
def test_who_accepts_an_invitation_that_names_no_inviter_is_the_one_invited(pipeline, body):
    """乙已接受邀请: the invitation is the other side's, even when 乙's name holds a character that alone names a
    state (田中一郎's 中)."""
    assert _visit(_read(pipeline, body))[2] == [(["FRA"], ["JPN"])]


@pytest.mark.parametrize("body, told, by", [
    ("Japanese Prime Minister Ichiro Tanaka was invited by French President Paul Blanc to visit Paris next month.",
     ("visit", "planned", {"FRA"}), ["FRA"]),
    ("Japanese Prime Minister Ichiro Tanaka thanked French President Paul Blanc for the invitation during talks in "
     "Paris on Monday.", ("talks", "held", set()), ["FRA"]),
    ("French President Paul Blanc, who invited Japanese Prime Minister Ichiro Tanaka, hosted him in Paris on Monday.",
     ("meeting", "held", {"FRA"}), ["FRA"]),
])
def test_the_inviter_in_the_passive_an_aside_or_thanks(pipeline, body, told, by):
    """`Y was invited by X`: X asked; `thanked X for the invitation`: X invites; an invitation told in a `who`
    aside leaves the act of the main clause an event."""
    [event] = _read(pipeline, body).events
    assert (event["type"], event["status"], {p["affiliation"] for p in event["participants"] if p["initiator"]}) \
        == told
    assert [c["by"] for c in event["commitments"] if c["type"] == "invitation"] == [by]


def test_an_invitation_told_in_the_passive_without_its_inviter_names_none(pipeline):
    """`who was invited to Paris`: the one invited is named, not who invited: no side initiates."""
    doc = _read(pipeline, "Japanese Prime Minister Ichiro Tanaka, who was invited to Paris for a conference, held talks "
                          "with French President Paul Blanc on Monday.")
    assert [[p["initiator"] for p in e["participants"]] for e in doc.events] == [[False, False]]


def test_the_inviter_of_a_passive_invitation_may_come_later_in_the_clause(pipeline):
    doc = _read(pipeline, "French President Paul Blanc, who was invited to Tokyo by Japanese Prime Minister Ichiro "
                          "Tanaka, held talks with him on Monday.")
    assert [{p["affiliation"]: p["initiator"] for p in e["participants"]} for e in doc.events] == [
        {"FRA": False, "JPN": True}]


def test_an_invitation_of_two_states_accepted_is_a_plan(pipeline):
    doc = _read(pipeline, "French President Paul Blanc accepted Japan and South Korea's invitation to visit Tokyo and "
                          "Seoul next month.")
    assert {e["status"] for e in doc.events} == {"planned"}
