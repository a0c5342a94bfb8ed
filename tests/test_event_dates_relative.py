"""Issue 18 item 2, relative and loose dates (sentences, people and places invented for these tests): Taiwan's
Republic-era years (民國113年5月20日, 113年5月20日), the days of the report's week before or after its day
(`earlier this week`, 本週稍早, `later in the week`), the first days of its month (本月初, 月初, `earlier this
month`), a count of days back (`two days ago`, 三天前), and a month with its year told by a word (`last
December`, `in March last year`); each with near forms that must not read so."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.doc import RawRecord
from diplograph.extract.dates import find_dates
from diplograph.services import process_record

pytestmark = pytest.mark.issue(18)
WEDNESDAY = date(2027, 6, 16)
MONDAY = date(2027, 6, 14)


def _values(text: str, ref: date) -> list[str]:
    return [s.attrs["value"] for s in find_dates(text, ref)]


@pytest.mark.parametrize("text,expected", [
    ("智利外長羅哈斯民國116年6月14日在聖地牙哥會見巴拉圭外長。", "2027-06-14"),
    ("智利外長羅哈斯116年6月14日至15日訪問亞松森。", "2027-06-14"),
    ("智利總統將於民國116年9月訪問巴拉圭。", "2027-09"),
    ("民國 99 年 3 月 1 日起實施", "2010-03-01"),
    ("民国116年双方签署协议", "2027"),
    # the date under a joint statement, in Han numerals with the year digit by digit
    ("二〇二七年六月十四日于圣地亚哥", "2027-06-14"),
    ("二零二六年十二月三十一日", "2026-12-31"),
    ("二〇一〇年一月五日", "2010-01-05"),
])
def test_a_republic_era_or_han_numeral_year_is_its_gregorian_one(text, expected):
    assert _values(text, WEDNESDAY)[0] == expected


@pytest.mark.parametrize("text", [
    "政府116年度預算已送立法院。",  # a fiscal year, no month told
    "該校成立116年來培育人才。",  # a count of years
    "編號3116年6月到期",  # a longer number
    "二〇二六年二月三十日",  # no such day
])
def test_no_republic_era_year_without_its_form(text):
    assert not any(s.attrs["kind"] in ("zh_ymd", "zh_han_ymd", "zh_ym", "zh_y") for s in find_dates(text, WEDNESDAY))


@pytest.mark.parametrize("text,ref,expected", [
    ("The envoys met in Quito earlier this week.", WEDNESDAY, "2027-06"),
    ("The envoys will meet again later this week.", WEDNESDAY, "2027-06"),
    ("The envoys met in Quito earlier in the week.", WEDNESDAY, "2027-06"),
    ("两国特使本周早些时候在基多会晤。", WEDNESDAY, "2027-06"),
    ("兩國特使本週稍早在基多會晤。", WEDNESDAY, "2027-06"),
    ("兩國特使將於本週稍晚再度會晤。", WEDNESDAY, "2027-06"),
])
def test_the_reports_week_before_or_after_its_day_is_its_month(text, ref, expected):
    assert _values(text, ref) == [expected]


@pytest.mark.parametrize("text,ref", [
    ("The envoys met in Quito earlier this week.", MONDAY),  # no day of the week before Monday's
    ("The envoys met in Quito earlier this week.", date(2027, 7, 2)),  # 28 June to 1 July: two months
    ("The envoys are in Quito this week.", WEDNESDAY),  # the report's own week: its day is as good
    ("两国特使本周在基多会晤。", WEDNESDAY),
])
def test_no_month_for_the_reports_week_without_its_part_or_across_months(text, ref):
    assert not _values(text, ref)


@pytest.mark.parametrize("text,expected", [
    ("两国外长本月初在基多会晤。", "2027-06"),
    ("兩國外長本月上旬在基多會晤。", "2027-06"),
    ("月初，两国外长在基多会晤。", "2027-06"),
    ("两国外长将于月底在基多会晤。", "2027-06"),  # the rest of it, a plan's time
    ("The ministers met in Quito earlier this month.", "2027-06"),
])
def test_the_first_days_of_the_reports_month_are_its_month(text, expected):
    assert _values(text, WEDNESDAY) == [expected]


@pytest.mark.parametrize("text", [
    "两国外长每月初通一次电话。",  # every month
    "两国外长正月初一互致问候。",  # the first day of the lunar year
    "两国外长每月底通一次电话。",
    "岁月底蕴深厚。",  # years gone by
])
def test_no_month_for_other_words_with_a_months_start(text):
    assert not _values(text, WEDNESDAY)


@pytest.mark.parametrize("text,expected", [
    ("The envoys met in Quito two days ago.", "2027-06-14"),
    ("The envoys met in Quito 3 days ago.", "2027-06-13"),
    ("两国特使三天前在基多会晤。", "2027-06-13"),
    ("兩國特使兩天前在基多會晤。", "2027-06-14"),
])
def test_a_count_of_days_back_names_its_day(text, expected):
    assert _values(text, WEDNESDAY) == [expected]


@pytest.mark.parametrize("text", [
    "The envoys met in Quito 12 days ago.",  # two digits: not read as its last one
    "A few days ago the envoys met in Quito.",  # no number
    "特使将用3天前往基多。",  # 前往: to travel to
    "两国特使几天前在基多会晤。",  # some days
])
def test_no_day_for_an_uncounted_or_other_days_before(text):
    assert not _values(text, WEDNESDAY)


@pytest.mark.parametrize("text,expected", [
    ("The ministers last met in Quito last December.", "2026-12"),
    ("The ministers met in Quito last June.", "2026-06"),  # the report's own month: a year back
    ("The ministers met in Quito in March last year.", "2026-03"),
    ("The ministers will meet in Quito in February next year.", "2028-02"),
    ("The ministers will meet in Quito in October of this year.", "2027-10"),
])
def test_a_month_with_its_year_told_by_a_word(text, expected):
    assert _values(text, WEDNESDAY) == [expected]


def test_a_bare_month_stays_the_nearest():
    assert _values("The ministers met in Quito in December.", WEDNESDAY) == ["2026-12"]
    assert _values("The ministers will meet in Quito in July.", WEDNESDAY) == ["2027-07"]


def _read_en(pipeline, body: str, published: str):
    page = f"---\ntitle: Envoys\npublished_time: {published}\n---\n\n{body}\n"
    return process_record(RawRecord(source="page.md", data=page.encode(), fmt="frontmatter"), pipeline)


def test_talks_earlier_this_week_are_dated_by_its_month_not_the_reports_day(pipeline):
    doc = _read_en(pipeline, "Chilean Foreign Minister Tomas Rojas held talks with Paraguayan Foreign Minister "
                             "Elena Benitez in Asuncion earlier this week, officials said.", "2027-06-17 09:00:00")
    assert [e["date"] for e in doc.events] == ["2027-06"]


def test_a_republic_era_date_dates_the_meeting(pipeline):
    page = ("智利外長會見巴拉圭外長\n2027-06-17 10:00 來源：中央社\n"
            "智利外長羅哈斯民國116年6月14日在聖地牙哥會見巴拉圭外長貝尼特斯，雙方討論貿易合作。\n")
    doc = process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)
    assert [e["date"] for e in doc.events] == ["2027-06-14"]


def _read_zh(pipeline, body: str, published: str):
    page = f"智利外長會見巴拉圭外長\n{published} 來源：中央社\n{body}\n"
    return process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)


def test_a_meeting_earlier_in_the_reports_week_in_the_lead_is_dated_by_its_month(pipeline):
    doc = _read_zh(pipeline, "智利外長羅哈斯本週稍早在亞松森會見巴拉圭外長貝尼特斯，雙方討論貿易合作。",
                   "2027-06-17 10:00")
    assert [e["date"] for e in doc.events] == ["2027-06"]


def test_a_meeting_earlier_in_the_reports_week_past_the_lead_is_background(pipeline):
    doc = _read_zh(pipeline, "智利外長羅哈斯今天在聖地牙哥與巴拉圭外長貝尼特斯通電話，雙方討論貿易合作、區域安全、"
                   "能源轉型與南美洲基礎建設等議題，並同意下半年在亞松森舉行第三輪雙邊政治磋商，擴大兩國青年交流。\n"
                   "智利總統卡斯特羅本週稍早在亞松森會見巴拉圭總統佩雷斯。", "2027-06-17 10:00")
    assert [(e["type"], e["date"]) for e in doc.events] == [("phone_call", "2027-06-17")]


@pytest.mark.parametrize("body,expected", [
    # a weekday is the place's: Wednesday in Washington, though Taipei's early Thursday was still Wednesday there
    ("美國總統哈蒙週三在白宮會見墨西哥總統魯伊斯，雙方討論移民與貿易問題。", "2027-06-16"),
    ("美國總統哈蒙當地時間週三晚間在白宮會見墨西哥總統魯伊斯，雙方討論移民問題。", "2027-06-16"),
    # 今天 counts from the report's day: in Washington it was still the 16th
    ("美國總統哈蒙今天在白宮會見墨西哥總統魯伊斯，雙方討論移民與貿易問題。", "2027-06-16"),
])
def test_a_weekday_is_not_read_again_in_the_parties_time_zone(pipeline, body, expected):
    page = f"美墨元首會晤\n2027-06-17 09:30 來源：中央社\n{body}\n"
    doc = process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)
    assert [e["date"] for e in doc.events] == [expected]


@pytest.mark.parametrize("second,expected", [
    ("罗哈斯日前还在圣地亚哥会见了阿根廷外长莫拉莱斯。", "2027-06-17"),  # some recent day: the marked fallback
    ("罗哈斯近日还在圣地亚哥会见了阿根廷外长莫拉莱斯。", "2027-06-17"),
    ("罗哈斯当天还在圣地亚哥会见了阿根廷外长莫拉莱斯。", "2027-06-14"),  # the day just told
    ("罗哈斯还在圣地亚哥会见了阿根廷外长莫拉莱斯。", "2027-06-14"),  # no time of its own: the lead's
    ("罗哈斯还在国庆节日前会见了阿根廷外长莫拉莱斯。", "2027-06-14"),  # the eve of a holiday, not some recent day
])
def test_a_meeting_told_only_as_recent_takes_no_day_of_the_lead(pipeline, second, expected):
    page = ("智利外长会见巴拉圭外长\n2027-06-17 10:00 来源：新华社\n"
            f"智利外长罗哈斯14日在圣地亚哥会见巴拉圭外长贝尼特斯，双方讨论贸易合作。{second}\n")
    doc = process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)
    dates = {e["participants"][-1]["affiliation"]: (e["date"], e["date_from"]) for e in doc.events}
    assert dates["ARG"][0] == expected and dates["PRY"] == ("2027-06-14", "text")


@pytest.mark.parametrize("second,expected", [
    ("Rojas also recently met Argentine Foreign Minister Luis Morales in Santiago.", "2027-06-17"),
    ("Rojas also met Argentine Foreign Minister Luis Morales in Santiago.", "2027-06-14"),
    ("Rojas also recently held talks with Argentine Foreign Minister Luis Morales in Santiago.", "2027-06-17"),
    # when a minister was named, not when they met
    ("The recently appointed Argentine Foreign Minister Luis Morales also met Rojas in Santiago.", "2027-06-14"),
])
def test_an_english_meeting_told_as_recent_takes_no_day_of_the_lead(pipeline, second, expected):
    doc = _read_en(pipeline, "Chilean Foreign Minister Tomas Rojas met Paraguayan Foreign Minister Elena Benitez "
                             f"in Santiago on Monday. {second}", "2027-06-17 10:00:00")
    dates = {p["affiliation"]: e["date"] for e in doc.events for p in e["participants"] if p["affiliation"] != "CHL"}
    assert dates == {"PRY": "2027-06-14", "ARG": expected}


@pytest.mark.parametrize("later", [
    "罗哈斯16日也在瓦尔帕莱索会见了贝尼特斯。",  # a day off 今天: another meeting of a visit, the day before
    "罗哈斯6月8日也在圣地亚哥会见了贝尼特斯。",  # the same weekday a week back: another round
])
def test_a_calendar_day_told_later_is_not_taken_for_the_leads_counted_day(pipeline, later):
    """Two meetings of the same people told on one page (one today or on Tuesday, another on a calendar day a day
    or a week before) are read as one; the lead's day stays its date: the later day may be another meeting."""
    page = ("智利外长会见巴拉圭外长\n2027-06-17 10:00 来源：新华社\n"
            f"智利外长罗哈斯今天在圣地亚哥会见巴拉圭外长贝尼特斯。\n{later}\n")
    doc = process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)
    assert [e["date"] for e in doc.events] == ["2027-06-17"]


@pytest.mark.parametrize("text,expected", [
    ("The ministers met in Quito this past weekend.", "2027-06"),  # the 12th and 13th
    ("The ministers met in Quito the day before yesterday.", "2027-06-14"),
    ("The ministers will meet in Quito the day after tomorrow.", "2027-06-18"),
])
def test_more_english_days_counted_from_the_reports(text, expected):
    assert _values(text, WEDNESDAY) == [expected]


@pytest.mark.parametrize("when,kept", [
    ("本月稍早", False),  # earlier this month, as English's `earlier this month`: recalled
    ("本月初", False),
    ("本月早些时候", False),
    ("本週稍早", True),  # earlier this week in the lead: the news
])
def test_a_meeting_earlier_in_the_reports_month_is_recalled(pipeline, when, kept):
    page = (f"智利外長行程\n2027-06-17 10:00 來源：中央社\n"
            f"智利外長羅哈斯{when}在聖地牙哥會見巴拉圭外長貝尼特斯，雙方討論貿易合作。\n")
    doc = process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)
    assert bool(doc.events) == kept


@pytest.mark.parametrize("text,expected", [
    ("秘魯外長前日（14日）在利馬會見智利外長。", ["2027-06-14", "2027-06-14"]),  # Hong Kong's day before yesterday
    ("秘魯外長前日召開記者會。", ["2027-06-14"]),
    ("前日本首相佐藤訪問利馬。", []),  # a former Japanese prime minister
    ("前日相佐藤訪問利馬。", []),
    ("峰會前日在利馬舉行預備會議。", []),  # the eve of the summit
])
def test_hong_kongs_day_before_yesterday(text, expected):
    assert _values(text, WEDNESDAY) == expected


@pytest.mark.parametrize("text,expected", [
    ("两国元首将于年底在基多会晤。", ["2027"]),  # the end of the report's year: its year, no finer
    ("两国元首将于明年初在基多会晤。", ["2028"]),
    ("兩國元首去年底在基多會晤。", ["2026"]),
    ("两国元首多年底线不变。", []),  # not the year's end
    ("两国关系今年以来持续发展。", []),  # since when, no time of an act
])
def test_a_years_start_or_end_told_from_the_reports_is_that_year(text, expected):
    assert _values(text, WEDNESDAY) == expected


@pytest.mark.parametrize("text,expected", [
    ("The envoys met in Quito on the 14th, officials said.", ["2027-06-14"]),
    ("The envoys met on the 2nd in Quito.", ["2027-06-02"]),
    ("The envoys opened talks on the 12th round of negotiations.", []),  # an ordinal of another noun
    ("The envoys met on the 20th anniversary of ties.", []),
])
def test_an_english_ordinal_day_is_a_day_of_the_reports_month(text, expected):
    assert _values(text, WEDNESDAY) == expected


@pytest.mark.parametrize("text,expected", [
    ("智利總統6/20日訪問巴拉圭", ["2027-06-20"]),  # a headline's month and day with a slash
    ("三成受訪者1/3認為", []),  # a fraction
    ("紀念9/11事件", []),  # no 日 after it
    ("約1/3日本企業表示", []),  # a fraction before 日本
    ("版本2.6/20日起停用", []),  # part of a longer number
    ("編號12/6/20日發布", []),  # a slash before the month
    ("公告6/20日及7/2日兩度會談", ["2027-06-20", "2027-07-02"]),  # each after a refused one is found
])
def test_a_slash_month_and_day_with_its_day_word(text, expected):
    assert _values(text, WEDNESDAY) == expected


@pytest.mark.parametrize("clause", ["就在谈判截止日前完成协定", "就在选举日前完成协定"])
def test_the_day_before_a_named_day_is_no_recent_day(pipeline, clause):
    """截止日前 (before the deadline), 选举日前 (before election day): no 日前 of `recently`; the talks keep the lead's
    day as the paragraph gives it."""
    page = ("智利外长访问德国\n2027-06-16 10:00 来源：新华社\n智利外长罗哈斯14日在柏林会见德国外长施密特。\n"
            f"罗哈斯还同施密特{clause}举行会谈。\n")
    doc = process_record(RawRecord(source="page.txt", data=page.encode(), fmt="text"), pipeline)
    assert {e["date"] for e in doc.events} == {"2027-06-14"}


@pytest.mark.parametrize("text,expected", [
    ("越南外长阮文明日前在河内会见了老挝外长。", []),  # a name's 明, then 日前 (recently)
    ("越南外长明日前往河内访问。", ["2027-06-17"]),  # 明日前往: tomorrow
])
def test_ming_ri_qian_is_a_names_last_character_and_recently(text, expected):
    assert [v for v in _values(text, WEDNESDAY) if len(v) == 10] == expected
