"""Issues 17 and 18 on Chinese pages in the styles of outlets the corpus does not hold (a state agency's
wire, a foreign ministry's release, Taiwanese and Hong Kong reports), each kind on sentences written for these
tests with invented people: a call placed on the caller's own initiative (主动致电, 接到…主动打来的电话), a message
to a long transliterated name, a trilateral meeting beside a bilateral one, a Taiwanese paper's byline."""

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


def test_a_headline_of_three_sides_the_body_tells_together_is_not_narrowed_by_a_meeting_of_two(page):
    """三国元首会晤 in the headline and the lead is one interaction of three; the meeting of two told after
    it (当天上午…还会见了) is one more, not the headline's interaction told with its sides."""
    doc = page("中俄蒙三国元首会晤在天津举行", "新华社天津9月1日电 9月1日下午，中国、俄罗斯、蒙古国三国元首第七次会晤"
               "在天津举行。国家主席王立明主持会晤，俄罗斯总统伊万诺夫、蒙古国总统巴特尔出席。\n"
               "当天上午，王立明还会见了来华出席峰会的蒙古国总统巴特尔。", day="2031-09-01T21:00:00+08:00")
    assert [(kind, day, [(name, aff) for name, aff, _ in people]) for kind, _, day, people in _told(doc)] == [
        ("meeting", "2031-09-01", [("伊万诺夫", "RUS"), ("巴特尔", "MNG"), ("王立明", "CHN")]),
        ("meeting", "2031-09-01", [("巴特尔", "MNG"), ("王立明", "CHN")]),
    ]


@pytest.mark.parametrize("dateline", ["〔記者陳小明／台北報導〕", "（本報記者陳小明台北7日電）", "【記者王明、李華／臺北報導】"])
def test_an_outlet_not_known_that_writes_from_taiwan_names_its_own_president_without_a_country(page, dateline):
    """A Taiwanese paper's byline and place (記者某某／台北報導, 本報記者某某台北7日電) say whose president 總統
    is when the page has no address."""
    body = f"{dateline}總統陳明輝今天上午在總統府接見來訪的巴拿馬總統卡爾多瓦，雙方舉行會談。"
    doc = page("總統接見巴拿馬總統", body, day="2031-04-07T12:30:00+08:00")
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in doc.events] == [["PAN", "TWN"]]


def test_arrived_in_taiwan_names_the_host_on_the_verb(page):
    """抵台 (arrived in Taiwan) writes the host onto the verb, as 访华 does; 抵 is read so only with 台 (抵華 opens
    飛抵華盛頓)."""
    doc = page("日本前首相抵台", "〔記者陳小明／台北報導〕日本前首相山田一郎今日上午抵台展開為期三天的私人訪問。",
               day="2031-08-21T15:00:00+08:00")
    assert [(e["type"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events] == [
        ("visit", ["JPN", "TWN"])]


def test_hosts_who_call_on_a_visitor_in_turn_hold_meetings_of_their_own(page):
    """甲抵达北京开始国事访问…乙、丙分别会见甲: each host's meeting is an interaction besides the visit, not the
    visit told again with a host named."""
    doc = page("总统抵京", "新华社北京11月8日电 印度尼西亚共和国总统苏加迪8日晚乘专机抵达北京，开始对中国进行国事访问。\n"
               "8日，国务院总理王立明、全国人大常委会委员长陈志远分别会见苏加迪。", day="2031-11-08T23:00:00+08:00")
    assert [(kind, [name for name, _, _ in people]) for kind, _, _, people in _told(doc)] == [
        ("visit", ["中国", "苏加迪"]), ("meeting", ["王立明", "苏加迪"]), ("meeting", ["苏加迪", "陈志远"])]


@pytest.mark.parametrize("opening,kept", [("同日，", True), ("", False)])
def test_a_meeting_on_the_news_day_with_a_states_foreign_minister_by_title_is_news(page, opening, kept):
    """同日 ties a body sentence to the lead's day, and 阿根廷外长 is one person, though named by title only;
    without 同日 a meeting past the lead with someone unnamed stays out, as before."""
    doc = page("两国元首通话", "据报道，当地时间3月6日晚，美国总统卡尔森与巴西总统席尔瓦通电话。\n"
               "白宫发言人7日对记者说，两国领导人的通话富有成效，双方同意由两国经贸团队继续就关税问题进行磋商，"
               "并争取在下月底前拿出初步方案。\n"
               f"{opening}美国国务卿布朗在华盛顿会见了阿根廷外长。", day="2031-03-07T08:10:00+08:00")
    meetings = [(day, sorted(aff for _, aff, _ in people)) for kind, _, day, people in _told(doc)
                if kind == "meeting"]
    assert meetings == ([("2031-03-06", ["ARG", "USA"])] if kept else [])


def test_a_visit_and_the_return_visit_are_two_interactions(page):
    """甲将访华。乙将对美国进行国事访问: the same two sides, but one visit goes each way."""
    doc = page("两国元首通电话", "新华社北京2月4日电 国家主席王立明4日晚应约同美国总统卡尔森通电话。\n"
               "双方同意，卡尔森将于4月访华。王立明将于9月对美国进行国事访问。", day="2031-02-05T06:30:00+08:00")
    visits = [(day, [(name, aff) for name, aff, _ in people]) for kind, _, day, people in _told(doc) if kind == "visit"]
    assert visits == [("2031-04", [("中国", "CHN"), ("卡尔森", "USA")]), ("2031-09", [("王立明", "CHN"), ("美国", "USA")])]


def test_a_visit_planned_within_the_year_is_dated_by_that_year(page):
    """将于年内…访问 dates the plan by the report's year, not by the day it was told."""
    doc = page("两国外长通电话", "新华社北京2月4日电 外交部长王立明4日同秘鲁外长卡尔森通电话。\n"
               "双方同意，王立明将于年内对秘鲁进行正式访问。", day="2031-02-05T06:30:00+08:00")
    assert [(status, day) for kind, status, day, _ in _told(doc) if kind == "visit"] == [("planned", "2031")]


def test_talks_dated_in_their_clause_then_what_was_said_after_them_are_news(page):
    """甲9日與乙舉行會談後表示: the talks are the news and the saying their aftermath (会谈后 alone times what
    follows, told as background); 甲與丙會面的條件尚未成熟 (the conditions are not ripe) is no meeting."""
    doc = page("烏克蘭總統：盼與對方直接會談", "（綜合外電報道）烏克蘭總統彼得連科9日在基輔與到訪的英國首相卡爾森"
               "舉行會談後表示，烏克蘭需要更多援助。\n克里姆林宮發言人則回應說，俄羅斯總統伊萬諾夫與彼得連科會面的條件尚未成熟。",
               day="2031-03-10T09:00:00+08:00")
    assert [(kind, status, day, sorted(aff for _, aff, _ in people)) for kind, status, day, people in _told(doc)] \
        == [("talks", "held", "2031-03-09", ["GBR", "UKR"])]


@pytest.mark.parametrize("lead", ["中国、日本、韩国三国外长会议22日在东京举行。", "中日韩外长会议22日在东京举行。"])
def test_a_foreign_ministers_meeting_of_three_states_is_a_meeting_of_the_three(page, lead):
    """外长会议 is a meeting word; the title before it names the meeting, so its states are the sides (the
    last state listed was lost with the title)."""
    doc = page("外长会议在东京举行", f"新华社东京3月22日电 {lead}", day="2031-03-22T18:00:00+08:00")
    assert [(kind, sorted(aff for _, aff, _ in people)) for kind, _, _, people in _told(doc)] == [
        ("meeting", ["CHN", "JPN", "KOR"])]


def test_a_headline_year_for_the_visits_does_not_date_the_call_its_lead_dates(page):
    """雙方同意年內互訪 in the headline is the visits' time; the call the lead dates 4日 keeps that day."""
    doc = page("王立明同卡爾森通電話 雙方同意年內互訪", "新華社北京2月4日電 國家主席王立明4日晚應約同美國總統卡爾森通電話。",
               day="2031-02-05T06:30:00+08:00")
    assert [(kind, day) for kind, _, day, _ in _told(doc)] == [("phone_call", "2031-02-04")]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("10日，国务院副总理陈晓峰会见了马耳他外长卡尔多瓦。", "meeting"),
    ("10日，國務院副總理陳曉峰會晤馬爾他外長卡爾多瓦。", "meeting"),
    ("10日，国务院副总理陈晓峰会谈马耳他外长卡尔多瓦。", "talks"),
])
def test_a_name_whose_last_character_opens_a_trigger_keeps_it(page, sentence, kind):
    """陈晓峰会见: 峰会 (summit) would take the name's 峰; after a title, 会见 (met) is the trigger."""
    doc = page("副总理会见马耳他外长", f"新华社北京2月10日电 {sentence}")
    [(told, _, day, people)] = _told(doc)
    assert (told, day) == (kind, "2031-02-10")
    assert any(name in ("陈晓峰", "陳曉峰") for name, _, _ in people)


def test_a_two_character_name_before_a_two_character_trigger_stays_two_characters(page):
    """董明會晤: no shorter trigger (晤) takes the place of 會晤, which would give the name 會."""
    doc = page("部長會晤馬爾他外長", "（中央社台北10日電）國防部長董明會晤馬爾他外長卡爾多瓦。")
    [(told, _, _, people)] = _told(doc)
    assert told == "meeting" and "董明" in [name for name, _, _ in people]


def test_a_summit_that_witnessed_something_stays_a_summit(page):
    """出席峰会见证: a title two characters before 峰会, but 出席 is no name: the summit word stays, no meeting."""
    doc = page("峰会闭幕", "新华社北京2月10日电 10日，马耳他总统出席峰会见证马耳他与中国签署协议。")
    assert [e["type"] for e in doc.events] == ["agreement"]


def test_a_headline_titles_subject_is_not_the_untitled_partner_after_its_trigger(page):
    """馬爾他外長訪北京晤王明: the Maltese minister is the subject; 王明 after 晤 is his partner, not Maltese."""
    doc = page("馬爾他外長訪北京晤王明", "（中央社台北10日電）馬爾他外長今天在北京與中國外長王明會談。")
    assert all(not (name == "王明" and side == "MLT") for e in _told(doc) for name, side, _ in e[3])
