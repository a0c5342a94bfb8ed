"""Issue 18, the lead's date and the type from the reported clause (pages and people invented for these tests):
a feed's cut-off summary does not hide the lead's date, nor do captions printed before a wire's dateline, a
page's time stamp and a wire's dateline date no interaction the sentence dates, a headline's interaction the body
tells again with its sides as states takes that telling's day and status, and an interaction a speaker tells of
does not type the one the sentence reports."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.extract.dates import find_dates
from diplograph.extract.event_date import DateMention, in_dateline, lead_windows, said_day
from diplograph.extract.event_frame import Sentence
from diplograph.extract.event_trigger import live_triggers
from diplograph.extract.gazetteer import load_gazetteer
from diplograph.services import build_pipeline, process_record

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def read_zh():
    """Run one invented Chinese page (published 2024-05-07) through the whole pipeline."""
    pipeline = build_pipeline(load_settings(env={}))

    def read(title: str, body: str):
        page = f"{title}\n2024-05-07 10:00 来源：新华社\n{body}\n"
        return process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)

    return read


def test_a_cut_off_summary_adds_the_next_paragraphs_opening_to_the_lead():
    title = "两国财长在日内瓦磋商"
    summary = "两国财长在日内瓦磋商. 【本报记者】继双方多次通话后，两国财长 ..."
    text = f"{title}\n{summary}\n{title}\n【本报记者】继双方多次通话后，两国财长6日在日内瓦举行磋商。"
    offset = len(title) + 1
    windows = lead_windows(text, offset, title)
    after = text.index("【本报记者】", offset + len(summary))
    assert windows == [(offset, offset + 160), (after, after + 160)]
    assert lead_windows(f"{title}\n两国财长6日在日内瓦举行磋商。", offset, title) == [(offset, offset + 160)]


def test_a_page_time_stamp_is_no_date_of_the_news():
    text = "两国财长会晤. 2024年05月07日08:15 来源：某网. 双方6日会晤。"
    stamp = DateMention(text.index("2024"), text.index("08:15"), "2024-05-07", "zh_ymd")
    told = DateMention(text.index("6日"), text.index("6日") + 2, "2024-05-06", "zh_d")
    assert in_dateline(text, stamp) and not in_dateline(text, told)
    assert not in_dateline("双方定于5月9日10:00会晤。", DateMention(4, 9, "2024-05-09", "zh_md"))  # no year


HEADLINE = "周明分别会见巴西总统、秘鲁总统"


@pytest.mark.parametrize("title,body,expected", [
    # the talks are what the host says of yesterday; the sentence reports his meeting
    (HEADLINE, "中国国家副主席周明7日在北京分别会见巴西总统卡多佐、秘鲁总统马尔克斯。\n在会见卡多佐时，周明表示，"
     "习近平主席昨天同卡多佐总统举行会谈，为两国关系指明方向。", {"meeting"}),
    # a regular meeting of the two heads of government is a meeting
    ("要闻", "中国国务院总理王林7日在北京同巴西总统卡多佐共同主持两国高层第五次定期会晤。", {"meeting"}),
    # a later sentence naming no sides says how it was held
    ("要闻", "中国国务院总理王林7日在北京同巴西总统卡多佐共同主持两国高层第五次定期会晤。会晤以视频方式举行。",
     {"video_call"}),
])
def test_the_type_comes_from_the_reported_clause(read_zh, title, body, expected):
    assert {e["type"] for e in read_zh(title, body).events} == expected


def test_said_day_is_the_day_of_the_announcement():
    text = "秘鲁政府6日宣布巴西外长卡多佐将访问秘鲁。"
    trigger = (text.index("访问"), text.index("访问") + 2)
    day = text.index("6日")
    assert said_day(text, (day, day + 2), trigger)
    held = "巴西外长卡多佐6日访问秘鲁。"
    day = held.index("6日")
    assert not said_day(held, (day, day + 2), (held.index("访问"), held.index("访问") + 2))


def test_a_planned_visit_dated_by_its_announcement_takes_the_day_told_later(read_zh):
    body = ("据巴西媒体6日报道，两国外长当天在利马举行会晤，就农业、矿业和基础设施合作深入交换意见。同一天，秘鲁政府正式"
            "宣布巴西外长卡多佐将访问秘鲁，此次访问受到各方关注，被视为两国关系回暖的信号。\n"
            "秘鲁官方通讯社当天报道说，应秘鲁外交部的邀请，巴西外长卡多佐将于5月9日至10日对秘鲁进行正式访问。")
    visits = [(e["status"], e["date"]) for e in read_zh("两国外长会晤", body).events if e["type"] == "visit"]
    assert visits == [("planned", "2024-05-09")]


@pytest.mark.parametrize("text,value", [
    ("两国外长下月14日将在利马会晤", "2024-06-14"),
    ("卡多佐上個月23日曾表示", "2024-04-23"),
    ("双方本月31日签署协议", "2024-05-31"),
])
def test_a_day_of_the_month_before_or_after(text, value):
    [span] = find_dates(text, date(2024, 5, 7))
    assert (span.attrs["value"], span.attrs["kind"]) == (value, "zh_rel_md")


def test_a_day_of_next_month_across_the_year():
    [span] = find_dates("双方下个月3日会晤", date(2024, 12, 20))
    assert span.attrs["value"] == "2025-01-03"


@pytest.mark.parametrize("text,live", [
    ("Brenner and Tanaka criticised the tariffs during the summit on Monday.", False),  # the time of the criticism
    ("Brenner praised Tanaka during talks with him on Monday.", True),  # the trigger names its sides
    # `their` summit is the subjects' own: what they agreed there tells of it
    ("During their summit on Monday, Brenner and Tanaka agreed to cut tariffs.", True),
    # elsewhere `their` may be anyone's: what one said of remarks others made during their meeting
    ("Kovac criticised remarks Brenner and Tanaka made during their summit on Monday.", False),
])
def test_an_english_interaction_named_as_the_time_of_another_act(text, live):
    gaz = load_gazetteer()
    triggers = [h for h in gaz.cues.find(text) if "trigger" in h.kinds and text[h.start:h.end].split()[0] in ("summit", "talks")]
    assert triggers
    found = live_triggers(text, Sentence(0, len(text)), triggers, []).live
    assert bool(found) == live


CAPTION = "File photo of the Palais des Nations in Geneva, Monday, Feb. 3, 2025. (Photo agency)\nKey Highlights\n"
LEAD = ("GENEVA: In what observers saw as a thaw, the foreign ministers of Brazil and Peru on Friday agreed to reopen "
        "their consulates and to resume consultations on trade, energy and the shared border, a spokesman said.\n")
VISIT = "Brazilian Foreign Minister Mauro Vieira is visiting Peru for the first time, and met President Dina Boluarte."


@pytest.mark.parametrize("body,day", [
    # the wire's dateline day is when the report was filed: the day the sentence gives wins, then the dateline's
    ("PARIS, May 7 (Wire News) - French President Paul Blanc spoke by phone with Brazilian President Carlos Mendes "
     "on May 5, 2024, the Elysee said on Tuesday.", "2024-05-05"),
    ("PARIS, May 7 (Wire News) - French President Paul Blanc spoke by phone with Brazilian President Carlos Mendes "
     "on Monday, the Elysee said.", "2024-05-06"),
    ("PARIS, May 7 (Wire News) - French President Paul Blanc spoke by phone with Brazilian President Carlos Mendes, "
     "the Elysee said.", "2024-05-07"),
    # a ministry's own dateline names no agency: its day is still the filing's, and `yesterday` counts from it
    ("PARIS, May 7 -- President Paul Blanc spoke by telephone yesterday evening with President Carlos Mendes of "
     "Brazil.", "2024-05-06"),
    ("LISBON, May 7 — French President Paul Blanc met Brazilian President Carlos Mendes in Lisbon on Sunday.",
     "2024-05-05"),
    # a date before a dash in the sentence, no place in capitals before it: the day of the interaction
    ("French President Paul Blanc met Brazilian President Carlos Mendes on May 6 — a day after the vote.",
     "2024-05-06"),
])
def test_a_wire_datelines_day_dates_no_interaction_the_sentence_dates(body, day):
    pipeline = build_pipeline(load_settings(env={}))
    page = f"---\ntitle: Leaders talk\npublished_time: 2024-05-08 09:00:00\n---\n\n{body}\n"
    doc = process_record(RawRecord(source="page.md", data=page.encode(), fmt="frontmatter"), pipeline)
    assert [e["date"] for e in doc.events] == [day]


@pytest.mark.parametrize("opening", [
    "GENEVA: ",
    "GENEVA, March 7 (Wire News) - ",
    "GENEVA (AP) — ",
])
def test_a_wire_dateline_after_furniture_opens_the_lead(opening):
    title = "Ministers meet"
    body = CAPTION + LEAD.replace("GENEVA: ", opening)
    text = f"{title}\n{body}"
    offset = len(title) + 1
    start = text.index(opening)
    assert lead_windows(text, offset, title) == [(start, start + 160)]


@pytest.mark.parametrize("body", [
    LEAD + CAPTION,  # the dateline already opens the body
    CAPTION + "AP AUDIO: Ministers meet in Geneva\n" + LEAD.replace("GENEVA: ", ""),  # a short label, no lead
])
def test_no_dateline_paragraph_keeps_the_body_opening(body):
    title = "Ministers meet"
    offset = len(title) + 1
    assert lead_windows(f"{title}\n{body}", offset, title) == [(offset, offset + 160)]


def test_a_sentence_without_a_date_reads_the_datelined_lead_not_a_caption():
    pipeline = build_pipeline(load_settings(env={}))
    page = f"---\ntitle: Ministers meet\npublished_time: 2025-03-10 09:00:00\n---\n\n{CAPTION}{LEAD}{VISIT}\n"
    doc = process_record(RawRecord(source="page.md", data=page.encode(), fmt="frontmatter"), pipeline)
    assert [(e["type"], e["date"]) for e in doc.events] == [("meeting", "2025-03-07")]


TRILATERAL = [
    ("德法英三国代表时隔半年再次会晤",
     "据法新社6日报道，德国外交部特别代表汉斯·穆勒和法国外交部特别代表皮埃尔·杜邦6日上午在柏林举行双边磋商，商定在共享"
     "地区局势相关情报、应对措施方面紧密保持合作，并同意继续保持沟通。\n{sides}三国代表还将于8日下午举行会晤，探讨地区局势。"),
    ("德法英三國代表時隔半年再次會晤",
     "據法新社6日報導，德國外交部特別代表漢斯·穆勒和法國外交部特別代表皮埃爾·杜邦6日上午在柏林舉行雙邊磋商，商定在共享"
     "地區局勢相關情報、應對措施方面緊密保持合作，並同意繼續保持溝通。\n{sides}三國代表還將於8日下午舉行會晤，探討地區局勢。"),
]


@pytest.mark.parametrize("title,body", TRILATERAL)
def test_a_headline_told_again_with_its_sides_as_states_takes_that_day_and_status(read_zh, title, body):
    doc = read_zh(title, body.replace("{sides}", "德法英"))
    [meeting] = [e for e in doc.events if e["type"] == "meeting"]
    assert (meeting["status"], meeting["date"]) == ("planned", "2024-05-08")
    # the sides' bare 代表 are the people the page names for them; the third side has none
    assert [list(p["name"].values())[0] for p in meeting["participants"]][2] == "代表"
    assert {p["affiliation"] for p in meeting["participants"] if p["office"] == "envoy"} == {"DEU", "FRA"}


@pytest.mark.parametrize("title,body", TRILATERAL)
def test_a_body_meeting_without_all_the_headlines_sides_leaves_it_as_the_lead_tells(read_zh, title, body):
    doc = read_zh(title, body.replace("{sides}三国", "德法两国").replace("{sides}三國", "德法兩國"))
    [meeting] = [e for e in doc.events if e["type"] == "meeting"]
    assert (meeting["status"], meeting["date"]) == ("held", "2024-05-06")


@pytest.mark.parametrize("dateline", ["（示例社台北7日綜合外電報導）", "（示例社記者王明巴黎7日專電）"])
def test_a_taipei_papers_dateline_is_no_day_of_the_interaction(read_zh, dateline):
    """The day of `綜合外電報導` (a round-up of foreign wires) is when the paper filed it; `昨天` is the call's."""
    doc = read_zh("法巴總統通電話", f"{dateline}法國總統白朗昨天與巴西總統門德斯通電話，討論貿易。")
    assert [e["date"] for e in doc.events] == ["2024-05-06"]
