"""Issues 17 and 18 on Chinese news, each kind on sentences written for these tests (invented people and
wording, Simplified and Traditional): weekdays (周二, 下週三, 星期天), a meeting the next sentence calls talks
(这是…首次磋商), a visit told by someone of the host side, who only tells of it (甲表示，乙将访问甲国), whose
envoy `我駐X大使` is, and a meeting still ahead on a visit begun today, told by the visitor."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.actors import Mention
from diplograph.extract.dates import find_dates
from diplograph.extract.event_frame import Frame
from diplograph.extract.event_join import same_parties
from diplograph.extract.gazetteer import load_gazetteer
from diplograph.extract.zh_chains import zh_mentions
from tests.conftest import read_feed_item

pytestmark = [pytest.mark.issue(18), pytest.mark.issue(17)]

THURSDAY = date(2024, 5, 9)


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str, day: str = "2024-05-09T10:00:00+08:00", url: str = ""):
        return read_feed_item(pipeline, tmp_path, title, body, day, url)

    return run


def _told(doc) -> list[tuple[str, str, str | None, list[str]]]:
    return [(e["type"], e["status"], e["date"], sorted(p["affiliation"] for p in e["participants"]))
            for e in doc.events]


@pytest.mark.parametrize("text,value", [
    ("部长周二抵达", "2024-05-07"),  # alone: the last Tuesday on or before the report's day
    ("部長星期四抵達", "2024-05-09"),
    ("部长礼拜天抵达", "2024-05-05"),
    ("部长上周五抵达", "2024-05-03"),  # the week before the report's
    ("部長下週三抵達", "2024-05-15"),  # the week after
    ("部长本周一抵达", "2024-05-06"),
    ("部长这个星期六抵达", "2024-05-11"),
])
def test_a_chinese_weekday_is_read_against_the_reports_day(text, value):
    [found] = find_dates(text, THURSDAY)
    assert found.attrs["value"] == value


@pytest.mark.parametrize("text", ["两国每周一交换数据", "双方逢星期五通报", "纪念建交三十周年", "他周天都在忙"])
def test_what_is_no_weekday_is_not_read_as_one(text):
    assert find_dates(text, THURSDAY) == []


def test_a_meeting_dated_by_a_weekday(page):
    doc = page("两国外长会见", "丹麦外交大臣拉斯穆森周二在哥本哈根会见了智利外长索托。")
    assert _told(doc) == [("meeting", "held", "2024-05-07", ["CHL", "DNK"])]


def test_a_weekday_of_a_plan_is_the_coming_one(page):
    doc = page("两国外长将会见", "丹麦外交大臣拉斯穆森将于周六在哥本哈根会见智利外长索托。")
    assert _told(doc) == [("meeting", "planned", "2024-05-11", ["CHL", "DNK"])]


@pytest.mark.parametrize("then,kind", [
    ("据当地媒体报道，这是两国时隔五年举行的首次战略磋商。", "talks"),
    ("據當地媒體報導，這也是兩國時隔五年的首輪戰略磋商。", "talks"),
    ("双方同意明年在圣地亚哥举行新一轮磋商。", "meeting"),  # talks still ahead: the meeting stays a meeting
    ("这是两国关系中的大事，双方将举行磋商。", "meeting"),  # 这是 opens a clause of its own, not the talks'
])
def test_a_meeting_the_next_sentence_calls_talks_is_talks(page, then, kind):
    doc = page("两国副外长会晤", f"丹麦外交部副大臣拉斯穆森和智利副外长索托8日在哥本哈根举行会晤。{then}")
    assert [e["type"] for e in doc.events][:1] == [kind]


@pytest.mark.parametrize("body", [
    "丹麥外交大臣拉斯穆森今天表示，預期智利總統索托將於9月訪問丹麥，智方已派團隊籌備。",
    "美國國務卿史密斯今天表示，預期智利總統索托將於9月訪美，智方已派團隊籌備。",
])
def test_who_tells_of_a_visit_to_his_state_is_no_party_to_it(page, body):
    """The host is the state the visit goes to (訪問丹麥, 訪美); the minister who says so only tells of it."""
    [event] = page("總統9月出訪", body).events
    sides = {p["affiliation"]: (p["name"].get("zh-Hant"), p["office"]) for p in event["participants"]}
    assert sides["CHL"] == ("索托", "head_of_state")
    assert sides.keys() == {"CHL", "DNK"} or sides.keys() == {"CHL", "USA"}
    assert all(office == "other" for aff, (_, office) in sides.items() if aff != "CHL")


def _people(text: str, home: str) -> list[tuple[str | None, str | None, str | None]]:
    gaz = load_gazetteer()
    return [(m.name, m.affiliation, m.office) for m in zh_mentions(text, gaz.actors.find(text), set(), gaz, home)
            if m.kind == "person"]


@pytest.mark.parametrize("text,home,expected", [
    ("我駐巴拉圭大使林文山和巴拉圭總統貝尼特斯共同主持捐贈儀式。", "TWN", ("林文山", "TWN", "ambassador")),
    ("智利驻丹麦大使索托出席。", "CHN", ("索托", "CHL", "ambassador")),  # the first country's, as before
    ("丹麥駐聯合國大使拉斯穆森在安理會發言。", "TWN", ("拉斯穆森", "DNK", "ambassador")),
    ("智利常驻联合国代表索托在安理会发言。", "CHN", ("索托", "CHL", "other")),
])
def test_an_envoy_is_of_the_state_that_sends_him_not_where_he_serves(text, home, expected):
    assert expected in _people(text, home)


@pytest.mark.parametrize("title", ["副總統出訪巴拉圭", "副总统出访巴拉圭"])
def test_a_headlines_last_word_starts_no_chain_on_the_next_line(title):
    text = f"{title}\n{title[:3]}王大文今天启程，参加巴拉圭总统贝尼特斯就职典礼。"
    assert ("王大文", "TWN", "deputy_head_of_state") in _people(text, "TWN")


def test_a_meeting_still_ahead_on_a_visit_begun_today_is_an_interaction_of_its_own(page):
    """The visitor tells what he will do on the trip (甲指出，這次出訪除了和乙會晤之外，也會…): his own plan,
    not a meeting he speaks of, and not the visit told again."""
    doc = page("副總統出訪巴拉圭", "副總統王大文今天啟程出訪巴拉圭，參加巴拉圭總統貝尼特斯就職典禮。\n"
               "王大文指出，這次出訪除了和貝尼特斯會晤之外，也會與多國特使交流。",
               url="https://news.example.com.tw/p/21")
    assert sorted((e["type"], e["status"]) for e in doc.events) == [("meeting", "planned"), ("visit", "held")]


def test_a_state_is_one_side_however_it_is_named():
    """宏國 and 宏都拉斯 (a short form and the full name) are one state: a frame naming it either way tells the
    same sides."""
    def frame(*names: str) -> Frame:
        parties = [Mention("state", i, i + 1, name=n, name_span=(i, i + 1), affiliation=a)
                   for i, (n, a) in enumerate(zip(names, ("PRY", "TWN")))]
        return Frame("visit", "held", None, "text", (0, 1), (0, 2), parties)

    assert same_parties(frame("巴國", "台灣"), frame("巴拉圭", "中華民國台灣"))


@pytest.mark.parametrize("body", ["丹麦外交大臣拉斯穆森今天抵达圣地亚哥，准备与智利外长索托会谈。",
                                  "丹麥外交大臣拉斯穆森今天抵達聖地牙哥，準備與智利外長索托會談。"])
def test_talks_prepared_for_are_ahead(page, body):
    """准备与乙会谈: the talks are prepared for, still ahead."""
    assert ("talks", "planned") in [(e["type"], e["status"]) for e in page("外长出访", body).events]


@pytest.mark.parametrize("main,status", [("將提出漁業問題", "planned"), ("提出漁業問題", "held")])
def test_a_meeting_that_times_a_clause_ahead_lies_ahead(page, main, status):
    doc = page("外长谈渔业", f"丹麥外交大臣拉斯穆森在會見智利外長索托時，{main}。")
    assert [(e["type"], e["status"]) for e in doc.events] == [("meeting", status)]


def test_a_summit_whose_opening_times_a_departure_is_no_event(page):
    """于峰会正式开幕前离开甲国: the summit only tells when he left (the headline's line no longer runs into the
    lead's first chain, so both sides are seen and only the time clause keeps it from being an event)."""
    doc = page("首相离开冰岛", "丹麦首相拉斯穆森在与智利总统索托会晤后，于北欧峰会正式开幕前离开冰岛。")
    assert [e["type"] for e in doc.events] == []


@pytest.mark.parametrize("body", [
    "丹麦首相拉斯穆森9日与智利总统索托见面后举行会谈。",
    "丹麦首相拉斯穆森9日与智利总统索托握手后随即进行会谈。",
    "丹麥首相拉斯穆森9日與智利總統索托會面後舉行會談。",
])
def test_a_meeting_that_leads_straight_into_talks_is_the_talks(page, body):
    """见面后举行会谈: the meeting only opens the talks, which are the news (not a background meeting)."""
    doc = page("两国领导人会谈", body)
    assert [(e["type"], e["status"], e["date"], len(e["participants"])) for e in doc.events] == [
        ("talks", "held", "2024-05-09", 2)]


@pytest.mark.parametrize("body,kind", [
    # 后又: another act, with someone else; the call is no opening of the meeting and stays
    ("丹麦首相拉斯穆森9日与智利总统索托通话后又会见了秘鲁总统加西亚。", "phone_call"),
    # talks dated in their clause, then a press conference: the talks are the news, not background
    ("丹麦首相拉斯穆森9日与智利总统索托会谈后会见记者。", "talks"),
    ("丹麦首相拉斯穆森9日与智利总统索托会谈后共同会见记者。", "talks"),
])
def test_only_a_meeting_straight_before_talks_gives_way_to_them(page, body, kind):
    assert kind in {e["type"] for e in page("首相外交", body).events}


@pytest.mark.parametrize("body", ["丹麦与智利代表团9日在哥本哈根举行会谈。", "丹麥和智利代表團9日在哥本哈根舉行會談。"])
def test_states_joined_before_a_delegation_send_one_each(page, body):
    """甲国与乙国代表团: the delegations of both states (the first state's was lost, so the talks had one side)."""
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in page("会谈", body).events] == [["CHL", "DNK"]]


@pytest.mark.parametrize("body", ["俄罗斯外长拉夫罗夫10日与美国代表团举行会谈。", "俄方依法与美国代表团举行会谈。"])
def test_no_state_is_read_from_a_word_ending_before_a_delegation(page, body):
    """10日, 依法, 愿意 end in a one-character state form (日, 法, 意): no state joined to the delegation."""
    assert not {p["affiliation"] for e in page("会谈", body).events for p in e["participants"]} & {"JPN", "FRA", "ITA"}


def _visit_sides(doc) -> dict[str, tuple[str | None, str | None, bool]]:
    [visit] = [e for e in doc.events if e["type"] == "visit"]
    return {p["affiliation"]: (p["name"].get("zh-Hant"), p["office"], p["initiator"]) for p in visit["participants"]}


def test_an_invited_premier_a_spokesman_speaks_of_visits_with_the_agreement_only_expected(page):
    """The spokesman's premier is his state's (總理 with a Latin gloss is no Taiwanese official); an invitation
    received (獲得X正式邀請) is a visit agreed, X asked; 預計簽署協議 is what the visit may bring, not the news."""
    doc = page("總理將出訪", "巴拉圭政府發言人羅培茲今天表示，總理貝尼特斯（Luis Benitez）在獲得丹麥正式邀請後，"
               "明天將率團訪問哥本哈根，預計簽署漁業協議。", url="https://news.example.com.tw/p/31")
    assert [(e["type"], e["status"]) for e in doc.events] == [("visit", "planned")]
    assert _visit_sides(doc) == {"PRY": ("貝尼特斯", "head_of_government", False), "DNK": ("丹麥", "other", True)}


def test_a_capital_visited_names_its_state_in_the_pages_script(page):
    doc = page("總理將出訪", "巴拉圭政府發言人羅培茲今天表示，總理貝尼特斯（Luis Benitez）明天將訪問馬德里。",
               url="https://news.example.com.tw/p/32")
    assert _visit_sides(doc)["ESP"][0] == "西班牙"


@pytest.mark.parametrize("body", ["智利總統索托今天向丹麥新任首相拉斯穆森表達祝賀，並邀請他訪問智利。",
                                  "智利总统索托今天向丹麦新任首相拉斯穆森致以祝贺。"])
def test_congratulations_expressed_to_a_leader_are_a_message(page, body):
    assert [(e["type"], e["status"]) for e in page("祝賀新首相", body).events] == [("message", "held")]


def test_a_step_after_a_semicolon_carries_the_plan(page):
    """耶伦将与甲举行圆桌会议；随后与乙会晤: the meeting after the semicolon is the plan's next step."""
    doc = page("外长行程", "10日上午，丹麦外交大臣拉斯穆森将与学者举行座谈，讨论渔业；随后与智利外长索托会晤。")
    assert [(e["type"], e["status"]) for e in doc.events] == [("meeting", "planned")]


def test_a_meeting_the_next_sentence_goes_on_with_as_talks_is_talks(page):
    doc = page("外长行程", "10日下午，丹麦外交大臣拉斯穆森将与智利外长索托举行双边会晤。\n"
               "11日，拉斯穆森将继续同索托进行渔业会谈。")
    assert [(e["type"], e["status"]) for e in doc.events] == [("talks", "planned")]


@pytest.mark.parametrize("said,kind", [("，说两国要用好各层级对话机制", "meeting"), ("并举行会谈", "talks")])
def test_an_interaction_named_in_what_is_said_after_it_does_not_type_it(page, said, kind):
    doc = page("两国外长会见", f"丹麦外交大臣拉斯穆森在哥本哈根会见智利外长索托{said}。")
    assert [e["type"] for e in doc.events] == [kind]


@pytest.mark.parametrize("listed,count", [("总统索托、国防部长罗哈斯", 2), ("总统索托和副总统罗哈斯", 1)])
def test_officials_each_titled_and_listed_are_met_one_by_one(page, listed, count):
    """会见了甲、乙 (each with his title, listed with 、): a meeting each; 甲和乙: one meeting with both."""
    doc = page("防长访智利", f"丹麦国防大臣拉斯穆森9日在圣地亚哥会见了智利{listed}，就两军合作交换意见。")
    assert [e["type"] for e in doc.events] == ["meeting"] * count


def test_a_call_the_clause_goes_on_to_the_partner_of_is_told_there(page):
    """在通話中親自向乙表態: the call is told in this clause (the partner follows), not pointed back at; the
    president of no given country is the one of the officials who tell of it (丹麥官員透露，總統甲)."""
    doc = page("總統通話", "兩名丹麥官員透露，總統拉斯穆森（Lars Rasmussen）日前在通話中親自向智利總統索托表態支持。",
               url="https://news.example.com.tw/p/41")
    assert _told(doc) == [("phone_call", "held", "2024-05-09", ["CHL", "DNK"])]


@pytest.mark.parametrize("then", ["在通話中，索托表示支持。", "在通話中向對方表示支持。"])
def test_a_call_named_as_the_setting_of_what_follows_is_no_new_call(page, then):
    doc = page("兩國通話", f"丹麥首相拉斯穆森和智利總統索托今天通電話。{then}")
    assert len(doc.events) == 1


def test_a_country_shortened_to_its_first_character_and_guo_is_the_state():
    assert ("穆罕默德", "SAU", "royal") in _people("沙國王儲穆罕默德今天抵達。", "TWN")


@pytest.mark.parametrize("title,count", [("两国外长会面后发表声明", 1), ("两国外长会面前，丹麦发表声明", 0)])
def test_a_headline_telling_news_after_an_interaction_leaves_the_bodys_telling_news(page, title, count):
    """会面后…发声明: the meeting took place and the body may report it; 会面前: the body's meeting is the
    time of the headline's news, background."""
    doc = page(title, "丹麦外交大臣拉斯穆森8日在哥本哈根与智利外长索托举行会晤时，称赞两国渔业合作。")
    assert len(doc.events) == count


def test_the_people_of_a_before_clause_only_time_the_interaction(page):
    doc = page("两国元首通话", "在外交部宣布外长罗哈斯出访的消息之前，丹麦首相拉斯穆森与智利总统索托通电话。")
    [event] = doc.events
    assert sorted(p["name"]["zh-Hans"] for p in event["participants"]) == ["拉斯穆森", "索托"]


def test_the_states_of_a_visit_that_only_times_a_meeting_are_no_parties_of_it(page):
    doc = page("外长行程", "丹麥外交大臣拉斯穆森先後造訪秘魯和智利後，原定明天在布宜諾斯艾利斯與阿根廷外長索托會面。")
    assert _told(doc) == [("meeting", "planned", "2024-05-10", ["ARG", "DNK"])]


@pytest.mark.parametrize("headline", ["国家主席李明结束对丹麦、智利国事访问回到北京",
                                      "國家主席李明結束對丹麥、智利國事訪問返抵北京"])
def test_a_visit_told_as_ended_on_the_way_home_is_no_event(page, headline):
    doc = page(headline, "10日上午，国家主席李明乘专机回到北京。")
    assert doc.events == []


def test_a_visit_ended_without_the_way_home_is_still_told(page):
    doc = page("结束访问", "国家主席李明9日结束对丹麦的国事访问。")
    assert [(e["type"], e["status"]) for e in doc.events] == [("visit", "held")]


@pytest.mark.parametrize("body,host", [("智利总统索托9日抵达利马，开始对秘鲁进行国事访问。", "PER"),
                                       ("智利总统索托9日抵达利马索尔，开始访问。", None)])
def test_a_capital_is_its_states_seat_but_not_inside_a_longer_name(page, body, host):
    """利马 stands for Peru; 利马索尔 (Limassol) holds it and names no state of its own here."""
    hosts = {p["affiliation"] for e in page("访问", body).events for p in e["participants"]} - {"CHL"}
    assert hosts == ({host} if host else set())
