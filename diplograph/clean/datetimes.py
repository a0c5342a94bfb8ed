"""Date strings as pages and archives print them → ISO 8601 local time (the zone is dropped, never converted).

Chinese and numeric forms are read by our own patterns; English month names, weekdays and RFC 2822 go to
`python-dateutil`, asked twice with different defaults so that a field the string does not give (the year)
is never filled in from today's date.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from dateutil import parser as dateparser

from diplograph.clean.segment import ANY_DATE, EN_WEEKDAY, HAN_NUMERAL_DAY, ROC_DAY, ROC_NUMERIC_DAY

ISO_LIKE = re.compile(r"(?:19|20)\d{2}(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/\d{1,2}\s))\d{1,2}\s*[-/.月]\s*\d{1,2}")
COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                     r"(?:[T\s]?(\d{2})(\d{2})(\d{2})?)?(?!\d)")
NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?![\d/.-])"
                     r"(?:(?:,?\s*|\s*[-–—|]\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?")
# Taiwan's official calendar counts years from 1912 (`民國113年5月4日`, `113年5月4日` = 2024-05-04)
ROC = re.compile(ROC_DAY)
ROC_NUMERIC = re.compile(ROC_NUMERIC_DAY)  # `114-03-04`, as Taiwan's government sites print it
ROC_OFFSET = 1911
HAN_NUMERAL = re.compile(HAN_NUMERAL_DAY)
FULL_WIDTH = str.maketrans("０１２３４５６７８９：／－．", "0123456789:/-.")  # `２０２５年３月２１日　１４：０５`
HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
NO_YEAR = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                     r"(?:\s*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?")
CLOCK = re.compile(r"(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?")
# a clock in Chinese (`08时30分`, `8點5分15秒`): written as `08:30` before the other patterns read the text
HAN_CLOCK = re.compile(r"(\d{1,2})\s*[时時点點]\s*(\d{1,2})\s*分(?:\s*(\d{1,2})\s*秒)?")
MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])", re.I)
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
# wire style abbreviates (`Dec. 28, 2025`, `Sept. 3`)
MONTH_ABBREVIATIONS = {m[:3]: i for m, i in MONTHS.items() if m != "may"} | {"sept": 9}
HAN_AFTERNOON = ("下午", "晚上", "晚间", "晚間", "傍晚")
# what may stand between a day and its clock: `日`, `T`, a comma, a dash or bar (`… - 14:00`), a part of the
# day (`下午3:05`) and a weekday (`2024年3月5日 星期二 14:30`, `3月5日（週二）`, Org mode's `<2024-03-05 Tue 14:30>`)
ZH_WEEKDAYS = "一二三四五六日天"  # Monday first; 日 and 天 both Sunday
ZH_WEEKDAY = rf"(?:星期|周|週|礼拜|禮拜)[{ZH_WEEKDAYS}]"
DAY_PARTS = r"上午|下午|晚上|晚间|晚間|傍晚|凌晨|早上|中午"
CLOCK_LEAD = re.compile(rf"(?:[\s日,，\-–—|]|T(?![a-z])){{0,3}}"
                        rf"(?:{ZH_WEEKDAY}\s*|[（(](?:星期|周|週)?[{ZH_WEEKDAYS}][）)]\s*"
                        rf"|{EN_WEEKDAY}\s*)?"
                        rf"({DAY_PARTS})?\s*")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# `Sun`, `Tues.`, `Thursday`, `星期日`, `週一` (groups: the English name's first three letters, the Chinese day)
WEEKDAY_WORD = (r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?(?![a-z])"
                rf"|(?:星期|周|週|礼拜|禮拜)([{ZH_WEEKDAYS}])")
# a weekday printed just before a day or just after it (`Sun, 03/02/2025`, `2025/3/2（星期日）`): it settles a
# numeric day's order; one farther off is not the day's (`By Sun Li 03/02/2025`: a name)
WEEKDAY_BEFORE = re.compile(rf"(?:{WEEKDAY_WORD})[,，\s]*$", re.I)
WEEKDAY_AFTER = re.compile(rf"[,，\s]*[（(]?(?:{WEEKDAY_WORD})", re.I)
DOTTED_CLOCK = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])")  # `14.30 GMT`, as British pages print
EPOCH = re.compile(r"\d{10}(?:\d{3})?")  # seconds (or milliseconds) since 1970, as JSON exports give times
EPOCH_RANGE = (946684800, 4102444800)  # 2000-01-01 to 2100-01-01 (UTC): a number outside it is no time
SENTINELS = (datetime(1904, 1, 1, 0, 0, 0), datetime(1908, 2, 2, 0, 0, 0))
# a year as printed: four digits, no minus sign (a hyphen after a word is none: `10-Mar-2025`)
YEAR4 = re.compile(r"(?<!\d)(?<![^A-Za-z]-)(?<!^-)(?:19|20)\d{2}(?!\d)")


def _iso(y: int, mo: int, d: int, clock: tuple[int, ...] = ()) -> str | None:
    if not (1 <= mo <= 12 and 1900 <= y <= 2100 and 1 <= d <= calendar.monthrange(y, mo)[1]):
        return None  # a day the calendar does not have (2024-02-30) is no date
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if len(clock) >= 2 and clock[0] < 24 and clock[1] < 60:
        out += f"T{clock[0]:02d}:{clock[1]:02d}" + (f":{clock[2]:02d}" if len(clock) > 2 else "")
    return out


def _clock(groups: tuple[str | None, ...], text_after: str = "") -> tuple[int, ...]:
    """(h, m[, s]) from regex groups h, m, s, am/pm; a 12-hour clock is turned to 24 hours."""
    h, m, s, ampm = groups
    if h is None or m is None:
        return ()
    hour = int(h)
    if ampm and ampm.lower() == "p" and hour < 12:
        hour += 12
    elif ampm and ampm.lower() == "a" and hour == 12:
        hour = 0
    return (hour, int(m)) + ((int(s),) if s else ())


def _han_or_iso(text: str, m: re.Match[str], year_offset: int = 0) -> str | None:
    nums = [int(n) for n in re.findall(r"\d+", m.group())]
    year, month, day = nums[0] + year_offset, nums[1], nums[2]
    lead = CLOCK_LEAD.match(text, m.end())
    c = CLOCK.match(text, lead.end())
    clock = _clock(c.groups()) if c else ()
    if clock and lead.group(1) in HAN_AFTERNOON and clock[0] < 12:
        clock = (clock[0] + 12,) + clock[1:]
    return _iso(year, month, day, clock)


def _numeric(text: str, m: re.Match[str], reference: str | None) -> str | None:
    """`08/10/2021`: day first unless the first number cannot be a day's month pair, a weekday printed with it
    (`Sun, 03/02/2025`) falls on the other reading's day, or a 12-hour clock says US."""
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    clock = _clock(m.group(4, 5, 6, 7))
    if a > 12:
        day, month = a, b
    elif b > 12 or _weekday_of(text, m, y, a, b) or m.group(7):  # `4/22/2024`; `4/2/2024 12:45 PM`: US order
        month, day = a, b
    else:
        day, month = a, b
        if reference and (alt := _iso(y, a, b)) and (first := _iso(y, b, a)) and first > reference >= alt:
            day, month = b, a  # day-first would lie after the reference date; month-first does not
    return _iso(y, month, day, clock)


def _weekday_of(text: str, date: re.Match[str], year: int, month: int, day: int) -> bool:
    """Whether the weekday printed beside `date` in `text` (`Sun`, `Sunday`, `星期日`, `週天`) is the one the day
    falls on, and the same numbers read day first would not: an ambiguous numeric date's order settled."""
    if _day_of(year, day, month) == _day_of(year, month, day):
        return False
    m = WEEKDAY_BEFORE.search(text, max(0, date.start() - 12), date.start()) or WEEKDAY_AFTER.match(text, date.end())
    if m is None:
        return False
    named = WEEKDAYS.index(m.group(1)[:3].lower()) if m.group(1) else min(ZH_WEEKDAYS.index(m.group(2)), 6)
    return _day_of(year, month, day) == named


def _day_of(year: int, month: int, day: int) -> int | None:
    """The weekday (Monday 0) of a calendar day, None for a day the calendar does not have."""
    try:
        return calendar.weekday(year, month, day)
    except ValueError:
        return None


def _english(text: str) -> str | None:
    """Month names, weekdays, RFC 2822 through dateutil; None when the string gives no year."""
    text = DOTTED_CLOCK.sub(r"\1:\2", text)
    got = []
    for default in SENTINELS:
        try:
            got.append(dateparser.parse(text, default=default, fuzzy=True, ignoretz=True))
        except (ValueError, OverflowError):
            return None
    a, b = got
    if a.year != b.year or a.month != b.month or a.day != b.day:
        return None  # the year (or month, or day) came from the default, not from the text
    if str(a.year) not in YEAR4.findall(text):
        return None  # dateutil reads `-0001` (a blog export's "never published") as 2001
    clock = CLOCK.search(text)
    if not clock:
        return _iso(a.year, a.month, a.day)
    return _iso(a.year, a.month, a.day, (a.hour, a.minute) + ((a.second,) if clock.group(3) else ()))


def parse_datetime(value: Any, reference: str | None = None) -> str | None:
    """The first date in `value` as ISO 8601 (`2021-10-08`, `2021-10-08T10:02`, `…T10:02:48`), or None.

    `reference` (an ISO date known to be no earlier than the text, such as its crawl time) gives the
    year of a date printed without one, and settles `08/10/2021` when only one reading lies before it;
    without it a yearless date gives None, never an invented year. A bare count of seconds or milliseconds
    since 1970 (a JSON export's time) is read in UTC.
    """
    text = " ".join(str(value).split())
    if not text or len(text) > 200:
        return None
    if EPOCH.fullmatch(text):
        seconds = int(text) // (1000 if len(text) == 13 else 1)
        if EPOCH_RANGE[0] <= seconds < EPOCH_RANGE[1]:
            return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S")
        return None
    return _parse_text(text, reference)


@lru_cache(maxsize=4096)
def _parse_text(text: str, reference: str | None) -> str | None:
    """`parse_datetime` of a string already on one line (cached: a page's stamp lines are read several times,
    and dateutil takes a while over English ones)."""
    text = text.translate(FULL_WIDTH)
    if "年" in text and (m := HAN_NUMERAL.search(text)):
        text = text[:m.start()] + _han_numeral_day(m) + text[m.end():]
    if "分" in text:
        text = HAN_CLOCK.sub(lambda c: ":".join(f"{int(g):02d}" for g in c.groups() if g), text)
    m = ISO_LIKE.search(text)
    if m:
        return _han_or_iso(text, m)
    if m := COMPACT.search(text):
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)),
                    tuple(int(g) for g in m.group(4, 5, 6) if g))
    if m := NUMERIC.search(text):
        return _numeric(text, m, reference)
    if (m := ROC.search(text)) or (m := ROC_NUMERIC.search(text)):
        return _han_or_iso(text, m, ROC_OFFSET)
    if MONTH_WORD.search(text):
        return _english(text)
    if m := NO_YEAR.search(text):
        return _yearless(m, reference)
    return None


def _yearless(m: re.Match[str], reference: str | None) -> str | None:
    """`9月12日 20:15` dated by the reference: its year, or the year before when the day lies after it."""
    if not reference or not ANY_DATE.match(reference):
        return None
    month, day = int(m.group(1)), int(m.group(2))
    year = int(reference[:4])
    if (month, day) > (int(reference[5:7]), int(reference[8:10])):
        year -= 1
    clock = (int(m.group(3)), int(m.group(4))) + ((int(m.group(5)),) if m.group(5) else ()) if m.group(3) else ()
    return _iso(year, month, day, clock)


def _han_number(numerals: str) -> int:
    """`二〇二四` → 2024 (digit by digit); `十五` → 15, `一百一十三` → 113 (counted with 十 and 百)."""
    if "十" not in numerals and "百" not in numerals:
        return int("".join(str(HAN_DIGITS[c]) for c in numerals))
    total, digit = 0, None
    for c in numerals:
        if c in "十百":
            total += (1 if digit is None else digit) * (10 if c == "十" else 100)
            digit = None
        else:
            digit = HAN_DIGITS[c]
    return total + (digit or 0)


def _han_numeral_day(m: re.Match[str]) -> str:
    """A day in Chinese numerals written in digits, as the other patterns read it (`二〇二四年十月八日` →
    `2024年10月8日`, `民國一一三年五月四日` → `民國113年5月4日`)."""
    year, roc, month, day = m.groups()
    head = str(_han_number(year)) if year else f"民國{_han_number(roc)}"
    return f"{head}年{_han_number(month)}月{_han_number(day)}日"


def month_of(name: str) -> int | None:
    """The month an English month name or its abbreviation names (`December`, `Dec.`, `Sept`), else None."""
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTH_ABBREVIATIONS.get(name)
