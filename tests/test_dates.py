"""Date expressions resolve against the dateline and publication day (groundwork for issue 3)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.dates import find_dates, reference_day


@pytest.mark.parametrize("text,ref,expected", [
    ("2月26日晚,国务委员兼外长同韩国外长通电话。", date(2020, 2, 27), "2020-02-26"),
    ("国家主席16日晚同俄罗斯总统通电话。", date(2020, 4, 16), "2020-04-16"),
    ("当地时间10月10日,两国外长举行会谈。", date(2024, 10, 11), "2024-10-10"),
    ("总理昨天会见了来访的客人。", date(2023, 6, 2), "2023-06-01"),
    ("外长今天與德國外長通話。", date(2025, 11, 3), "2025-11-03"),
    ("12月30日,两国元首互致贺电。", date(2024, 1, 2), "2023-12-30"),
    ("30日,两国外长通电话。", date(2024, 1, 2), "2023-12-30"),
    ("On the evening of May 13, President Xi spoke by telephone.", date(2020, 5, 14), "2020-05-13"),
    ("The leaders met on Wednesday in Geneva.", date(2021, 6, 18), "2021-06-16"),
    ("The President spoke yesterday with the Prime Minister.", date(2022, 3, 2), "2022-03-01"),
    ("On February 1, talks will be held in Moscow.", date(2022, 1, 31), "2022-02-01"),
    ("据外交部网站消息,2020年3月18日,外长应约通电话。", None, "2020-03-18"),
    ("the agreements of November 9, 2020 were recalled", None, "2020-11-09"),
    ("主席9月访美的安排没有改变。", date(2026, 7, 21), "2026-09"),
    ("据通讯社15日报道，三国外长当天举行视频会议。", date(2023, 8, 16), "2023-08-15"),
    ("两国元首1月会晤。", date(2025, 12, 20), "2026-01"),
    # a yearless day half a year off: the one gone by (a day ahead counts twice); weeks ahead: the coming one
    ("两国外长5月6日在北京会谈。", date(2025, 11, 5), "2025-05-06"),
    ("The ministers met in Lima on May 6.", date(2025, 11, 5), "2025-05-06"),
    ("两国元首将于1月5日通电话。", date(2025, 12, 20), "2026-01-05"),
    # an evening or night told from another day: the day before (with no day told earlier, the reference day's)
    ("The two had dined together the previous evening.", date(2025, 3, 6), "2025-03-05"),
    ("They spoke the previous night, aides said.", date(2025, 3, 6), "2025-03-05"),
    # a bare English month: the one nearest the reference day; with its year after a comma, that year's
    ("The minister will travel to Lima in mid-March.", date(2025, 12, 10), "2026-03"),
    ("The two envoys last met in October.", date(2025, 12, 10), "2025-10"),
    ("They signed the accord in March, 2019 in Quito.", None, "2019-03"),
    # the month before or after the reference day's, no day told: the month only (issue 18)
    ("外长下月将访问秘鲁。", date(2024, 12, 20), "2025-01"),
    ("外長將於下個月訪問秘魯。", date(2024, 5, 8), "2024-06"),
    ("外长上个月访问了秘鲁。", date(2024, 1, 3), "2023-12"),
    ("The minister will visit Peru next month.", date(2024, 12, 20), "2025-01"),
    ("The ministers met in Lima last month.", date(2024, 5, 8), "2024-04"),
    ("外长下月14日将访问秘鲁。", date(2024, 5, 8), "2024-06-14"),  # with its day: that day
    # wire style names the weekday bare (issue 18)
    ("The ministers met late Monday in Lima.", date(2024, 5, 8), "2024-05-06"),
    ("The minister said Tuesday that talks went well.", date(2024, 5, 8), "2024-05-07"),
    # the day before the month, as British and Asian wires print it, with or without a year (issue 18)
    ("The ministers met in Lima on 5 May.", date(2024, 5, 8), "2024-05-05"),
    ("The ministers met in Lima on the 5th of May.", date(2024, 5, 8), "2024-05-05"),
    ("Talks ran from 2-4 January in Lima.", date(2024, 1, 8), "2024-01-02"),
    ("The ministers met in Lima on 12 December, 2023.", None, "2023-12-12"),
    ("The ministers met in Lima on 5th January 2024.", None, "2024-01-05"),
])
def test_first_date_resolves(text, ref, expected):
    spans = find_dates(text, ref)
    assert spans, text
    assert spans[0].attrs["value"] == expected
    assert text[spans[0].start:spans[0].end]


@pytest.mark.parametrize("text,expected", [
    # a plan's year counted from the report's (明年, 年内, 年底前): the year only
    ("主席将于年内对秘鲁进行国事访问。", [("年内", "2031")]),
    ("總統明年將訪問秘魯。", [("明年", "2032")]),
    ("外长年底前访问秘鲁。", [("年底前", "2031")]),
    # a month or day after 今年, 明年, 去年 lies in that year, not the one nearest the report's day
    ("主席今年9月将访问秘鲁。", [("今年", "2031"), ("9月", "2031-09")]),
    ("外长明年3月15日访问秘鲁。", [("明年", "2032"), ("3月15日", "2032-03-15")]),
    ("两国元首去年12月25日通电话。", [("去年", "2030"), ("12月25日", "2030-12-25")]),
    # 今年 alone says since when, not when: no date; a year in digits keeps its own reading
    ("这是两国外长今年以来第二次通话。", []),
    ("双方同意在五年内将贸易额翻一番。", []),  # a count of years says how long, not when
    ("兩國多年內未曾舉行外長會談。", []),
    ("2031年3月15日，外长访问秘鲁。", [("2031年3月15日", "2031-03-15")]),
])
def test_years_counted_from_the_report_and_the_dates_they_hold_issue18(text, expected):
    assert [(text[s.start:s.end], s.attrs["value"]) for s in find_dates(text, date(2031, 2, 5))] == expected


def test_relative_dates_need_a_reference():
    assert find_dates("外长昨天会见了来访的客人。", None) == []


@pytest.mark.parametrize("published,dateline,expected", [
    ("2020-02-27T10:55", {"month": 2, "day": 27}, date(2020, 2, 27)),
    ("2024-01-01T08:00", {"month": 12, "day": 31}, date(2023, 12, 31)),
    ("2025-11-03T16:34:02", {"day": 3}, date(2025, 11, 3)),
    ("2025-11-03T16:34:02", None, date(2025, 11, 3)),
    ("--09-12T20:15", None, None),
])
def test_reference_day(published, dateline, expected):
    assert reference_day(published, dateline) == expected


@pytest.mark.parametrize("text,expected", [
    ("a working visit from 14 to 17 October 2023 to the port", "2023-10-14"),
    ("talks in the capital on October 14-15, 2023, officials said", "2023-10-14"),
])
def test_an_english_span_of_days_is_dated_by_its_first_day(text, expected):
    spans = find_dates(text, date(2023, 10, 10))
    assert [s.attrs["value"] for s in spans] == [expected]


SCRIPT_SAMPLES = [
    "2023年9月8日至10日，外长在洛维克会见了来访的维萨尼亚外长。双方约定下月14日、周三、昨（18）日、十一月二十日再谈。",
    "上个月23日和下個星期一，两国代表在2022年会晤；今天和昨晚也有接触，9月訪美。",
    "On 5 May 2023 and from 8 to 10 May, 2019, Dana Voss met Ilya Marten; talks resume next month, "
    "on Tuesday, Thursday's session, in early June, in 2022, today and the following day.",
]


@pytest.mark.parametrize("text", SCRIPT_SAMPLES)
def test_every_date_pattern_match_holds_a_character_of_its_script(text):
    from diplograph.extract.dates import HAN_CHAR, LATIN_LETTER, PATTERNS

    mark = {"zh": HAN_CHAR, "en": LATIN_LETTER}
    for kind, pattern, _ in PATTERNS:
        for m in pattern.finditer(text):
            assert mark[kind[:2]].search(m.group()), (kind, m.group())


def test_dates_of_a_text_in_one_script_only():
    assert [s.attrs["value"] for s in find_dates("Voss met Marten on 5 May 2023.", date(2023, 5, 9))] == ["2023-05-05"]
    assert [s.attrs["value"] for s in find_dates("双方于5月5日会谈。", date(2023, 5, 9))] == ["2023-05-05"]


@pytest.mark.parametrize("text, expected", [
    ("Shops opened early for Black Friday, and the envoys met Tuesday.", ["2024-11-26"]),
    ("Parliament sat until Good Friday's recess.", []),
    ("The candidates campaigned before Super Tuesday.", []),
    ("The ministers met Friday in Oslo.", ["2024-11-29"]),
])
def test_a_weekday_in_a_days_name_is_no_date(text, expected):
    """Good Friday, Black Friday, Super Tuesday name a day of their own, not a weekday of the report's week."""
    assert [s.attrs["value"] for s in find_dates(text, date(2024, 11, 30))] == expected
