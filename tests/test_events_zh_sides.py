"""Issues 17 and 18 on Simplified-Chinese agency copy, each kind on sentences written for these tests
(invented people and wording): sides told as states run together and counted (美日韩三国议员) past the lead,
and a gathering attended (出席…会晤, 以视频方式出席…会议, an organisation's 会议) with an organisation as its summit,
and the leader named before his envoy's title (甲主席特使、外长乙), who is no party, who was invited (应邀), and
a good offered as a global public good (作为全球公共产品), which is aid."""

from __future__ import annotations

import pytest

from tests.conftest import read_feed_item

pytestmark = [pytest.mark.issue(18), pytest.mark.issue(17)]

# a lead long enough to end at its line break, so what follows is the body
LEAD = ("新华社柏林5月9日电 德国总统张大明8日在柏林总统府会见来访的法国外长李小华。双方就双边关系、贸易投资、"
        "能源合作以及共同关心的国际和地区问题深入交换了意见，并一致同意加强在多边框架内的沟通与协调。\n"
        "张大明表示，德国愿同法国加强合作。\n")


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str, day: str = "2024-05-09T10:00:00+08:00"):
        return read_feed_item(pipeline, tmp_path, title, body, day)

    return run


def _told(doc) -> list[tuple[str, str | None, list[str]]]:
    return [(e["type"], e["date"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "美日韩三国国会议员8日在华盛顿闭门会商贸易问题。",
    "英法两国议员8日在伦敦举行会谈，讨论能源合作。",
])
def test_counted_states_on_a_day_of_their_own_are_news_past_the_lead(page, sentence):
    doc = page("法国外长访问德国", LEAD + sentence)
    sides = {frozenset(a) for _, day, a in _told(doc) if day == "2024-05-08"}
    assert sides >= {frozenset({"FRA", "DEU"})}
    assert len(sides) == 2  # the lead's visit and the states' talks


@pytest.mark.parametrize("sentence", [
    "美日韩三国国会议员曾多次在华盛顿闭门会商贸易问题。",  # no day of its own: background
    "美国、日本议员8日在华盛顿闭门会商贸易问题。",  # listed, not counted: still unnamed
])
def test_states_neither_counted_nor_dated_stay_unnamed_in_the_body(page, sentence):
    doc = page("法国外长访问德国", LEAD + sentence)
    assert [a for _, _, a in _told(doc)] == [["DEU", "FRA"]]


@pytest.mark.parametrize("body,org", [
    ("新华社北京3月9日电 国家主席张明9日在北京以视频方式出席金砖国家领导人第十五次会晤并发表讲话。", "BRICS"),
    ("新华社北京3月9日电 国务院副总理李华9日出席联合国安理会高级别视频会议并发表讲话。", "UN"),
])
def test_a_gathering_attended_with_an_organisation_is_its_summit(page, body, org):
    doc = page("新闻", body, "2024-03-09T20:00:00+08:00")
    assert [(t, a) for t, _, a in _told(doc)] == [("summit", sorted(["CHN", org]))]


def test_a_video_meeting_held_with_an_organisations_head_stays_a_video_call(page):
    doc = page("新闻", "新华社北京3月9日电 国务院总理张明9日同国际货币基金组织总裁格林举行视频会晤。",
               "2024-03-09T20:00:00+08:00")
    assert [t for t, _, _ in _told(doc)] == ["video_call"]


CONFERENCE = "新华社北京3月9日电 国务院总理张明9日下午在北京出席上海合作组织成员国政府首脑（总理）理事会第二十次会议。"


def test_an_organisations_conference_attended_is_its_summit_with_its_members_leaders_no_head(page):
    doc = page("新闻", CONFERENCE, "2024-03-09T20:00:00+08:00")
    [event] = doc.events
    assert event["type"] == "summit"
    assert {(p["affiliation"], p["office"]) for p in event["participants"]} == {
        ("CHN", "head_of_government"), ("SCO", "other")}


@pytest.mark.parametrize("body", [
    "新华社北京3月9日电 国务院总理张明9日出席国务院常务会议，研究部署春耕工作。",  # no organisation: domestic
    "新华社北京3月9日电 外交部长李华9日在北京出席记者会。",
])
def test_a_meeting_attended_without_an_organisation_is_no_summit(page, body):
    assert page("新闻", body, "2024-03-09T20:00:00+08:00").events == []


def test_the_participants_together_speak_jointly(page):
    doc = page("新闻", CONFERENCE + "\n与会各方积极评价本组织各领域合作取得的进展，认为合作潜力巨大。",
               "2024-03-09T20:00:00+08:00")
    [event] = doc.events
    assert [(s["joint"], s["text"][:4]) for s in event["statements"]] == [(True, "与会各方")]


@pytest.mark.parametrize("body,parties", [
    ("新华社北京3月9日电 习近平主席特别代表、外交部长王毅9日出席联合国安理会高级别视频会议并发表讲话。",
     ["王毅", "联合国"]),
    ("新华社北京3月9日电 习近平主席特使、外交部长王毅9日在巴西利亚会见巴西总统卢拉。", ["王毅", "卢拉"]),
])
def test_the_leader_whose_envoy_goes_is_no_party(page, body, parties):
    [event] = page("新闻", body, "2024-03-09T20:00:00+08:00").events
    assert [next(iter(p["name"].values())) for p in event["participants"]] == parties


@pytest.mark.parametrize("body,asked", [
    ("新华社柏林3月9日电 法国总统张大明应邀于9日在柏林同德国总理李小华举行会谈。", "DEU"),  # 甲应邀: 甲 invited
    ("新华社柏林3月9日电 德国总理李小华9日在柏林会见应邀来访的法国总统张大明。", "DEU"),  # 应邀来访的甲
    ("新华社柏林3月9日电 德国总理李小华9日在柏林同法国总统张大明举行会谈。李小华对张大明应邀来访表示欢迎。", "DEU"),
    ("新华社巴黎3月9日电 法国总统张大明9日在巴黎会见应邀来访的德国总理李小华。", "FRA"),
])
def test_the_side_other_than_the_one_invited_asked(page, body, asked):
    [event] = page("新闻", body, "2024-03-09T20:00:00+08:00").events
    assert [p["affiliation"] for p in event["participants"] if p["initiator"]] == [asked]


def test_a_good_offered_as_a_global_public_good_is_aid(page):
    doc = page("新闻", CONFERENCE + "\n张明表示，中国疫苗研发成功后，将作为全球公共产品，为各国抗疫作出贡献。",
               "2024-03-09T20:00:00+08:00")
    [event] = doc.events
    assert ("aid", ["CHN"]) in [(c["type"], c["by"]) for c in event["commitments"]]


@pytest.mark.parametrize("body", [
    "芬兰总统维尔塔宁8日在赫尔辛基会见了即将接任总理的瑞典财政大臣林德。",
    "芬蘭總統維爾塔寧8日在赫爾辛基會見了可望出任總理的瑞典財政大臣林德。",
    "芬兰总统维尔塔宁8日在赫尔辛基会见了将于下月担任外长的爱沙尼亚议员塔姆。",
])
def test_an_office_someone_takes_up_is_no_party(page, body):
    """接任总理的财长, 担任外长的议员: the bare title names the office the other party takes up, not a third
    person (of no side, so the page's own would be guessed for it)."""
    [event] = page("会见", body).events
    assert len(event["participants"]) == 2
    assert {p["affiliation"] for p in event["participants"]} <= {"FIN", "SWE", "EST"}
