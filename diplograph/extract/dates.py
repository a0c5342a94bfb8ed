"""Date expressions in the body, resolved to calendar dates against the dateline and publication day.

`16日晚`, `今天`, `当地时间10月10日`, `昨天`, `on Wednesday`, `yesterday`, `On the evening of May 13`:
each becomes a `date` span whose `value` is an ISO date (or `YYYY-MM` when only the month is known: `9月`,
`in April`, `下月`, `next month`, `本月初`, `last December`, or a week or weekend that lies in one month: `next week`,
上周, `earlier this week`). A missing year comes from the reference day, never invented beyond it; a Republic-era
year (民國113年) is its Gregorian one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.clean.datetimes import MONTH_ABBREVIATIONS, MONTHS, month_of
from diplograph.doc import Document, Span
from diplograph.registry import component

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# the full names first, so the alternation takes the longest
MONTH_RE = "|".join(m.capitalize() for m in [*MONTHS, *sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)])
YEAR = r"(?P<y>(?:19|20)\d{2})"
# Taiwan's Republic-era years: 民國113年, or bare of three digits, 100 to 139 (read after the leading 1 as `rb`)
ROC_YEAR = r"[民1](?:(?<=民)[國国]\s*(?P<ry>\d{1,3})|(?<=1)(?P<rb>[0-3]\d))"
ROC_ERA = 1911
# what may not follow a bare `16日`: the words 日 opens (日本, 日元, 日报 but not 15日报道, 日内瓦, 日前, 日方)
DAY_AFTER = (r"(?![本元圆圓记記语語文期常益内內子历曆照光程均趋趨渐漸军軍裔籍韩韓方商企资資产產货貨系]"
             r"|前(?!往)|[报報](?![道导導]))")
# Han day numbers of two or more characters (十一 to 三十一, 廿六, 卅一): a single one (三日) is as often `three days`
# every alternative opens with one literal character, so that `re` scans for the possible first characters (an
# optional part or a class opening an alternative turns that scan off and the pattern is tried at every position)
HAN_UNIT = "[一二三四五六七八九]"
HAN_DAY = rf"(?:二十{HAN_UNIT}?|三十{HAN_UNIT}?|十{HAN_UNIT}?|廿{HAN_UNIT}?|卅一?)"
HAN_MONTH = "(?:十[一二]?|" + "|".join("一二三四五六七八九") + ")"
MONTH_NUMBER = "1[0-2]|0[1-9]|" + "|".join("123456789")  # 1[0-2]|0?[1-9], opening with literal characters
DAY_RANGE = r"(?:\s*[至到~～－—-]\s*(?:\d\d?\s*月\s*)?\d{1,2}\s*[日号號])"
HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
WEEKDAY_RE = "|".join(d.capitalize() for d in WEEKDAYS)
# 周三, 星期二, 週日, 禮拜天: Monday is 一; 日 and 天 are Sunday (周天 is a word of its own, so 周 takes 日 only)
ZH_WEEKDAYS = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
ZH_WEEK = r"(?:周(?P<wd1>[一二三四五六日])|(?:星期|礼拜|禮拜|週)(?P<wd2>[一二三四五六日天]))"
# the same read alone, opening with one class of its first characters (ZH_WEEK's second branch opens with a
# group, which turns off the scan for them), the branch then chosen by the character just read
ZH_WEEK_ALONE = (r"[周星礼禮週](?:(?<=周)(?P<wd1>[一二三四五六日])"
                 r"|(?:(?<=星)期|(?<=[礼禮])拜|(?<=週))(?P<wd2>[一二三四五六日天]))")
RELATIVE_WEEKS = {"上": -1, "下": 1, "本": 0, "这": 0, "這": 0}
ZH_RELATIVE = {"今天": 0, "今日": 0, "当天": 0, "當天": 0, "同日": 0, "同一天": 0,  # 当天/同日: event_date anchors
               "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1, "隔天": 1, "次日": 1, "翌日": 1,
               "后天": 2, "後天": 2, "前一天": -1, "前日": -2,
               # a part of the day counted from the report's (昨晚 = yesterday evening)
               "昨晚": -1, "昨夜": -1, "昨晨": -1, "今晚": 0, "今夜": 0, "今晨": 0, "今早": 0, "明晚": 1, "昨": -1}
# a week told from the reference day's (Monday to Sunday) and a weekend of one (上周末, `over the weekend`)
WEEK_WORDS = {"last": -1, "next": 1, "this": 0} | RELATIVE_WEEKS
WEEK_PARTS = {"earlier": -1, "early": -1, "later": 1, "late": 1}  # `earlier this week`: its days before the report's
RELATIVE_MONTHS = {"上": -1, "下": 1, "本": 0, "这": 0, "這": 0, "last": -1, "next": 1, "this": 0}
# a year alone: the coarsest date, below a relative day in a frame's ranking
YEAR_KINDS = ("zh_y", "zh_rel_y", "en_y", "en_rel_y")
RELATIVE_YEARS = {"今": 0, "明": 1, "去": -1}  # 今年, 明年, 去年; 年内 and 年底前 are the reference day's year
NEAREST_YEAR_KINDS = ("zh_m", "zh_md", "zh_han_md")  # a month or day read in the year nearest the reference day
EN_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}
EN_YEARS = {"last": -1, "this": 0, "next": 1}  # `in March last year`
# before the number of 三天前: a longer count (二十天前, 10天前, 几十天前)
ZH_COUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十百几幾数數多两兩]")
# a count of days in words (`three days ago`, 三天前)
DAY_NUMBERS = {w: i for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)} | {
    c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "兩": 2}
# the day just told, or the one before or after it (event_date anchors them; alone, counted from the report's)
EN_ANCHORED = {"a day earlier": -1, "a day before": -1, "a day later": 1, "the previous day": -1, "the next day": 1,
               "the following day": 1, "the same day": 0, "the day before": -1, "the day after": 1,
               "the previous evening": -1, "the previous night": -1, "the same evening": 0}
# (kind, pattern, what may not stand just before a match): the preceding character is checked in code, since
# a pattern that opens with a look-behind or `\b` loses the regex engine's scan for possible first characters
# (so does one that opens with a counted repeat: `\d\d?`, not `\d{1,2}`)
DIGIT_OR = re.compile(r"[\d年]")
# what may not stand before a month and day: a digit, or the 年 of a year in digits (2031年 3月5日), not the 年 of
# 今年, 明年, 去年 (今年3月15日), which a relative year before the date reads
YEAR_BEFORE = re.compile(r"\d|(?<![今明去])年")
NUMBER_PART = re.compile(r"[\d月/\-.]")
WORD_CHAR = re.compile(r"\w")
# a weekday that is part of a day's name (Good Friday, Black Friday, Super Tuesday) names no day of this week
NAMED_DAY = re.compile(r"\b(?:Black|Good|Cyber|Super|Ash|Holy|Maundy|Easter|Palm|Bloody|Whit|Giving)\s+$")
HAN_NUMBER_PART = re.compile(r"[\d月一二三四五六七八九十廿卅第]")
# every match of a `zh_` pattern holds a Han character (月, 日, 年, 周, 昨…), every match of an `en_` one a Latin
# letter (a month, a weekday, `in`, `today`): a text without them is not scanned by those patterns
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
# what every match of a kind's patterns names (a month: 月 or its English name; a day: 日, 号; a year: 年; a week:
# 周, 星期; an English weekday): a text naming none skips the kind (a headline mostly names no day)
NEEDED = {**dict.fromkeys(("zh_ymd", "zh_rel_md", "zh_han_md", "zh_ym", "zh_m", "zh_rel_m"), re.compile("月")),
          "zh_md": re.compile(r"月|\d/\d"),  # 7/14日 as well
          "zh_han_ymd": re.compile("[〇零○]"),  # a year of this century in Han numerals: 二〇二五
          **dict.fromkeys(("en_dmy", "en_mdy", "en_dm", "en_my", "en_md", "en_m"), re.compile(MONTH_RE)),
          **dict.fromkeys(("zh_d", "zh_han_d"), re.compile("[日号號]")), "zh_y": re.compile("年"),
          "zh_rel_y": re.compile("[今明去]年|年[内內底末]"), "en_rel_y": re.compile("year"),
          "en_wd": re.compile(WEEKDAY_RE),
          **dict.fromkeys(("zh_week", "zh_rel_wd", "zh_wd"), re.compile("[周週]|星期|[礼禮]拜")),
          "en_week": re.compile("week"), "en_rel_m": re.compile("month")}
PATTERNS: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    # a span of days (2023年9月8日至10日, 9月8日至10日, 15至17日) is dated by its first day
    ("zh_ymd", re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + DAY_RANGE + "?"),
     None),
    # Taiwan's Republic-era years (民國113年5月20日, 113年5月20日: 1911 plus the number); a bare number only of
    # three digits with its month, the press's form (113年度 is a fiscal year, 13年 a count of years)
    ("zh_ymd", re.compile(rf"{ROC_YEAR}\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日"
                          + DAY_RANGE + "?"), DIGIT_OR),
    ("zh_ym", re.compile(rf"{ROC_YEAR}\s*年\s*(?P<m>\d{{1,2}})\s*月(?!\s*\d)"), DIGIT_OR),
    ("zh_y", re.compile(r"民[國国]\s*(?P<ry>\d{1,3})\s*年(?![\d度])"), None),
    ("zh_md", re.compile(r"(?P<m>\d\d?)\s*月\s*(?P<d>\d{1,2})\s*[日号號]?" + DAY_RANGE), YEAR_BEFORE),
    ("zh_d", re.compile(r"(?P<d>\d\d?)\s*[日号號]?" + DAY_RANGE), NUMBER_PART),
    ("zh_md", re.compile(r"(?P<m>\d\d?)\s*月\s*(?P<d>\d{1,2})\s*[日号號]"), YEAR_BEFORE),
    # 7/14日 (Taiwan's headlines): the month and day with a slash, the 日 after them (not 1/3, 9/11 alone, nor a
    # fraction before 日本 or 日报: 1/3日本企业, nor part of a longer number: 2.7/14日, the check in code); a match
    # refused for what stands before it holds no place a match could start in but its digits' and the slash's
    ("zh_md", re.compile(rf"(?P<m>{MONTH_NUMBER})/(?P<d>[12]\d|3[01]|0?[1-9])\s*(?:[号號]|日(?![本报報]))"),
     re.compile(r"[\d/.]")),
    ("zh_d", re.compile(r"(?P<d>\d\d?)\s*[日号號]" + DAY_AFTER), NUMBER_PART),
    # 下月14日, 上個月23日: a day of the month before or after the reference day's
    ("zh_rel_md", re.compile(r"(?P<rm>[上下本这這])(?:个|個)?月\s*(?P<d>\d{1,2})\s*[日号號]"), None),
    # 二〇二五年三月十三日, the date under a joint statement or a treaty: the year digit by digit (this century's)
    ("zh_han_ymd", re.compile(rf"(?P<hy>二[〇零○][〇零○一二三四五六七八九]{{2}})年(?P<hm>{HAN_MONTH})月"
                              rf"(?P<hd>{HAN_DAY}|{HAN_UNIT})[日号號]"), None),
    ("zh_han_md", re.compile(rf"(?P<hm>{HAN_MONTH})月(?P<hd>{HAN_DAY}|{HAN_UNIT})[日号號]"), YEAR_BEFORE),
    ("zh_han_d", re.compile(rf"(?P<hd>{HAN_DAY})[日号號]" + DAY_AFTER), HAN_NUMBER_PART),
    ("zh_ym", re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)"), None),
    # a bare year (2022年巴厘岛峰会): only tells that an interaction lies in that year (not 年代, 年度)
    ("zh_y", re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?![\d代度级級初底中末])"), DIGIT_OR),
    # 明年, 年内, 今年内, 年底前 (将于年内访美): the year of a plan, counted from the reference day's (not a count of
    # years: 五年内, 多年内); 今年 and 去年 only before a month (今年9月), which they place in that year (alone they
    # mostly say since when: 今年以来)
    # (every branch opens with a plain character, the look-behind after it, which keeps the first-character scan: a
    # group or a class opening a branch turns it off; the year counted is read off the first character, see resolve)
    ("zh_rel_y", re.compile(r"明年(?:[内內]|底前?|初|末)?|今年(?:[内內]|底前?|初|末)"
                            r"|年(?<![一二两兩三四五六七八九十百几幾数數多半\d同当當该該前次翌是学學]年)(?:[内內]|底前?|末)"
                            r"|今年(?=\s*\d{1,2}\s*月)|去年(?=\s*\d{1,2}\s*月)|去年(?:底|初|末)"), DIGIT_OR),
    # a bare month (9月訪美, 11月底): the month nearest the reference day
    ("zh_m", re.compile(rf"(?P<m>{MONTH_NUMBER})\s*月(?![\s\d日号號])"), NUMBER_PART),
    # 下月, 上个月: the month before or after the reference day's, no day told (下月14日 is zh_rel_md)
    ("zh_rel_m", re.compile(r"(?P<rm>[上下])(?:个|個)?月(?![\s\d日号號份])"), None),
    # 本月下旬, 本月底, 本月内: the rest of the reference day's month, a plan's time; 本月初, 本月上旬, 本月早些时候:
    # its first days, gone by (本月 alone may be the month of a plan or of a count: it stays the reference day's)
    ("zh_rel_m", re.compile(r"(?P<rm>[本这這])(?:个|個)?月(?=[内內底末初]|[上中下]旬|早些|稍早)"), None),
    # 月初, 月底, 月末, 月中旬 alone (月初，两国外长…; 将于月底访华): the reference day's month (not 3月初, 上月底,
    # 每月初, 正月初一, 岁月, nor a month the text told before: 当月底, 同月底, 次月初)
    ("zh_rel_m", re.compile(r"月(?=初(?![一二三四五六七八九十])|[底末]|[上中下]旬)"),
     re.compile(r"[\d一二三四五六七八九十上下本这這个個每年正腊臘岁歲明当當同该該次翌前是]")),
    # 昨（18）日, 今(20)日: the day given in brackets after the relative word (Taiwan's press)
    ("zh_d", re.compile(r"[昨今前明]\s*[（(]\s*(?P<d>\d{1,2})\s*[)）]\s*[日号號]"), None),
    # 本（4）月9日: the month so given, then the day (Taiwan's official releases)
    ("zh_md", re.compile(r"本\s*[（(]\s*(?P<m>\d{1,2})\s*[)）]\s*月\s*(?P<d>\d{1,2})\s*[日号號]"), None),
    # (明日前 is a name's 明 and 日前, recently: 阮文明日前在河内; 明日前往 still tomorrow)
    ("zh_rel", re.compile("|".join(k + ("(?!前(?!往))" if k == "明日" else "") for k in ZH_RELATIVE
                                   if k not in ("昨", "前日"))), None),
    # 前日 (Hong Kong's press: the day before yesterday) only before a verb or a bracketed day (前日召開, 前日（26日）),
    # not 前日本首相, 前日相 (former Japan's), nor after an act (峰會前日: the eve of the summit)
    ("zh_rel", re.compile(r"前日(?=[（(在與与同於于召簽签表會会到抵出訪访宣發发晚午下上早致通舉举率接])"),
     re.compile(r"[会會谈談议議节節赛賽礼禮典选選]")),
    ("zh_rel", re.compile(r"昨(?![天日晚夜晨年])"), None),  # 習近平昨與…通電話: the press's short `yesterday`
    # 两天前, 3天前: a count of days back from the reference day (read at 天前, resolve() reads the number before
    # it: one digit or Han numeral, not 10天前 read as 0 nor 几天前; not 3天前往, travelling for 3 days)
    ("zh_ago", re.compile(r"天前(?!往)"), None),
    # 上周三, 下個星期一, 本週五: a weekday of the week before, after or of the reference day
    ("zh_rel_wd", re.compile(rf"(?P<rw>[上下本这這])(?:个|個)?{ZH_WEEK}"), None),
    # 上周, 下個星期, 本週末: a week or weekend before, after or of the reference day's (not 本周年, 这周围; 本周
    # alone is read and dropped: the report's day lies in it, not so 本周早些时候, 本週稍晚: the days before or after)
    ("zh_week", re.compile(r"(?P<rw>[上下本这這])(?:个|個)?(?:周|週|星期|礼拜|禮拜)"
                           r"(?:(?P<end>末)|(?P<early>早些|稍早|早前|初)|(?P<late>晚些|稍晚|稍[后後])|(?![期年边邊围圍]))"),
     None),
    # 周末 alone (两国领导人周末在…会晤): the weekend under way or the last one, as `over the weekend` (not 每周末)
    ("zh_week", re.compile(r"[周週](?P<end>末)"), re.compile("[每逢]")),
    # 周三, 星期二: the weekday told alone (not 每周一, weekly)
    ("zh_wd", re.compile(ZH_WEEK_ALONE), re.compile("[每逢]")),
    # a span of days (from 8 to 10 May 2019, May 8-10, 2019) is dated by its first day
    ("en_dmy", re.compile(rf"(?P<d>\d\d?)\s*(?:to|-|–|and)\s*\d\d?\s+(?P<mn>{MONTH_RE})\s+{YEAR}\b"), WORD_CHAR),
    ("en_mdy", re.compile(rf"(?P<mn>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})\s*(?:-|–|to)\s*\d\d?,?\s+{YEAR}\b"), WORD_CHAR),
    ("en_mdy", re.compile(rf"(?P<mn>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{YEAR}\b"), WORD_CHAR),
    ("en_dmy", re.compile(rf"(?P<d>\d\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{MONTH_RE})\.?,?\s+{YEAR}\b"),
     WORD_CHAR),
    # the day before the month without a year (`on 5 January`, `8-10 May`, `the 5th of June`): the nearest year
    ("en_dm", re.compile(rf"(?P<d>\d\d?)(?:st|nd|rd|th)?(?:\s*(?:to|-|–|and)\s*\d\d?(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
                         rf"(?P<mn>{MONTH_RE})\b(?!\.?,?\s+(?:19|20)\d{{2}})"), WORD_CHAR),
    ("en_my", re.compile(rf"(?P<mn>{MONTH_RE})\.?,?\s+{YEAR}\b"), WORD_CHAR),  # met in September (,) 2017
    ("en_md", re.compile(rf"(?P<mn>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d{{2}})"),
     WORD_CHAR),
    # `on the 12th` with no month (British and Asian wires): a day of the reference day's month, as 12日; only
    # before a clause's end or a preposition (not `on the 12th round of talks`, `on the 20th anniversary`)
    ("en_d", re.compile(r"(?:on|On) the (?P<d>[1-3]?\d)(?:st|nd|rd|th)\b(?=\s*[,.;]|\s+(?:in|at|and|with|when)\b)"),
     WORD_CHAR),
    # a bare month (`will visit China in April`, `in early May`): the month nearest the reference day
    # in June, planned for June (a plan's month): not a day of it (June 3); `for` only right after a word of plan
    # (`set targets for July`, `to prepare for June's summit` tell no date of the event); `last December` (the
    # latest before the reference day's month), `in March last year`, `in May next year`: that year's month
    ("en_m", re.compile(rf"(?:in|In|last|Last|for(?:(?<=planned for)|(?<=cheduled for)|(?<=slated for)"
                        rf"|(?<=\bset for)))\s+(?:(?:early|mid|late)[\s-]+)?(?P<mn>{MONTH_RE})\b(?!\.?\s*\d)"
                        r"(?:\s+(?:of\s+)?(?P<ey>last|this|next)\s+year\b)?"), WORD_CHAR),
    # next month, last month: the month after or before the reference day's
    ("en_rel_m", re.compile(r"(?P<rm>next|Next|last|Last)\s+month\b"), WORD_CHAR),
    # later this month (as 本月下旬), earlier or early this month (as 本月初): the reference day's month
    ("en_rel_m", re.compile(r"month\b(?:(?<=[Ll]ater this month)|(?<=[Ee]arlier this month)|(?<=[Ee]arly this month))"),
     WORD_CHAR),
    # last week, next weekend, `over the weekend`, `at the weekend`, `this past weekend` (the last one, or the one
    # under way), `earlier this week`, `later in the week` (this week's days before or after the reference day)
    # (read at `week`, the words before it checked by look-behinds: a pattern opening with `last|next|…` is tried
    # at every such letter; the match is `week` or `weekend`, resolve() reads the words before it)
    ("en_week", re.compile(r"week(?:(?<=[Ll]ast week|[Nn]ext week|[Tt]his week)(?P<end>end)?\b|(?P<end2>end)\b"
                           r"(?:(?<=[Oo]ver the weekend)|(?<=[Dd]uring the weekend)|(?<=[Aa]t the weekend)"
                           r"|(?<=[Pp]ast weekend))"
                           r"|(?:(?<=[Ee]arlier in the week)|(?<=[Ll]ater in the week))\b)"),
     WORD_CHAR),
    # `two days ago`: counted back from the reference day (read at `days`, resolve() reads the number before it)
    ("en_ago", re.compile(r"days\s+ago\b"), WORD_CHAR),
    # one leading class keeps the first-character scan; resolve() drops the odd mixes it admits (`Yoday`)
    ("en_rel", re.compile(r"[TtYy](?:oday|ODAY|omorrow|OMORROW|esterday|ESTERDAY"
                          r"|he day before yesterday|he day after tomorrow)\b"), WORD_CHAR),
    # `A day earlier, …`, `the next day`, `the day before,` (not `the day before the summit`: another act's)
    ("en_anchor", re.compile(r"[AaTt](?: day (?:earlier|before|later)|he (?:previous|next|following|same) day"
                             r"|he previous (?:evening|night)|he same evening"
                             r"|he day (?:before|after)(?=\s*[,.;]))\b"), WORD_CHAR),
    # On Tuesday, …: each branch opens with a plain letter (not [Oo]), which keeps the first-character scan
    ("en_wd", re.compile(rf"(?:on|On|last|Last|this|This|next|Next)\s+(?P<wd>{WEEKDAY_RE})\b"), WORD_CHAR),
    # after Thursday's meeting, met Thursday afternoon
    ("en_wd", re.compile(rf"(?P<wd>{WEEKDAY_RE})(?:['’]s|\s+(?:morning|afternoon|evening|night))\b"), WORD_CHAR),
    # wire style names the day bare (`met Zhao Monday`, `said Tuesday`, `late Friday`): a capitalised weekday
    ("en_wd", re.compile(rf"(?P<wd>{WEEKDAY_RE})\b"), WORD_CHAR),
    ("en_y", re.compile(rf"[Ii]n\s+{YEAR}\b"), WORD_CHAR),  # in 2022: a year, nothing finer
    # `next year`, `later this year`, `by the end of the year`: the year of a plan, as 明年 and 年内 (read at `year`,
    # the words before it by look-behinds; `this year` alone and `earlier this year` mostly say since or when before)
    ("en_rel_y", re.compile(r"year(?:(?<=[Nn]ext year)|(?<=[Ll]ater this year)|(?<=[Ll]ater in the year)"
                            r"|(?<=end of the year)|(?<=end of this year))\b"), WORD_CHAR),
]


def reference_day(published: str | None, dateline: dict | None) -> date | None:
    """The day the report speaks from: the dateline's day (year from publication) or the publication day."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    if not m:
        return None
    pub = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if dateline and dateline.get("day"):
        day = dateline["day"]
        if dateline.get("month"):
            return _nearest_year(pub, dateline["month"], day) or pub
        candidate = _safe(pub.year, pub.month, day)
        if candidate is None or candidate > pub:  # `1日電` published on the 2nd of the next month
            prev = pub.replace(day=1) - timedelta(days=1)
            candidate = _safe(prev.year, prev.month, day)
        return candidate or pub
    return pub


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(ref: date, month: int, day: int) -> date | None:
    """The date with that month and day closest to the reference day, a day ahead counting twice a day back (a
    report looks back, or just ahead: a yearless 5月6日 in November is the last May, 1月5日 in late December the
    coming January)."""
    options = [d for d in (_safe(ref.year + k, month, day) for k in (-1, 0, 1)) if d]
    return min(options, key=lambda d: (d - ref).days * 2 if d > ref else (ref - d).days) if options else None


def _month(g: dict[str, str | None]) -> int:
    """The month a match gives, in figures (`m`) or by its English name or abbreviation (`mn`: `December`,
    `Dec`, `Sept`), which the patterns only match when it is one."""
    return int(g["m"]) if g.get("m") else month_of(g["mn"] or "") or 1


def han_number(text: str) -> int:
    """The value of a Han numeral up to 99 (十一, 二十六, 廿六, 卅一, 九)."""
    text = text.replace("廿", "二十").replace("卅", "三十")
    if "十" not in text:
        return HAN_DIGITS[text]
    tens, _, units = text.partition("十")
    return (HAN_DIGITS[tens] if tens else 1) * 10 + (HAN_DIGITS[units] if units else 0)


def _counted_period(kind: str, g: dict[str, str | None], m: re.Match[str], ref: date) -> str:
    """The year or month a word counts from the reference day (明年, `next year`, 下个月, `next month`)."""
    if kind == "zh_rel_y":
        return f"{ref.year + RELATIVE_YEARS.get(m.group()[0], 0):04d}"  # 明年, 去年; 今年, 年内: this year
    if kind == "en_rel_y":  # `next year` (read back from `year`, whose match is the word alone)
        return f"{ref.year + (m.string[max(0, m.start() - 5) : m.start()].lower() == 'next '):04d}"
    first = ref.replace(day=1)
    month = first.month - 1 + RELATIVE_MONTHS.get((g.get("rm") or "").lower(), 0)  # no word: this month (月初)
    return f"{first.year + month // 12:04d}-{month % 12 + 1:02d}"


def resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[str | None, bool]:
    """(ISO value, whether it needed the reference day) for one match."""
    kind, g = _as_digits(kind, m.groupdict())
    if kind in ("zh_ymd", "en_mdy", "en_dmy"):
        month = _month(g)
        d = _safe(int(g["y"]), month, int(g["d"]))
        return (d.isoformat() if d else None), False
    if kind in ("zh_ym", "en_my"):
        month = _month(g)
        return f"{int(g['y']):04d}-{month:02d}", False
    if kind in YEAR_KINDS and kind not in ("zh_rel_y", "en_rel_y"):
        return g["y"], False
    if ref is None:
        return None, True
    if kind in ("zh_rel_y", "en_rel_y", "zh_rel_m", "en_rel_m"):
        return _counted_period(kind, g, m, ref), True
    if kind in ("zh_m", "en_m"):
        return _bare_month(g, m, ref), True
    if kind == "zh_rel_md":
        first = ref.replace(day=1)
        month = first.month - 1 + RELATIVE_MONTHS[g["rm"]]
        d = _safe(first.year + month // 12, month % 12 + 1, int(g["d"]))
    elif kind in ("zh_md", "en_md", "en_dm"):
        month = _month(g)
        d = _nearest_year(ref, month, int(g["d"]))
    elif kind in ("zh_d", "en_d"):
        day = int(g["d"])
        d = _safe(ref.year, ref.month, day)
        if d is None or d > ref + timedelta(days=15):  # `30日` read early in the next month
            prev = ref.replace(day=1) - timedelta(days=1)
            d = _safe(prev.year, prev.month, day)
    elif kind == "zh_rel":
        d = ref + timedelta(days=ZH_RELATIVE[m.group()])
    elif kind == "zh_week":
        part = -1 if g.get("early") else 1 if g.get("late") else 0
        return _week_month(g.get("rw") or "", bool(g["end"]), ref, part), True
    elif kind == "en_week":
        words = m.string[max(0, m.start() - 20) : m.start()].lower().split()
        part = WEEK_PARTS.get(words[-3] if words[-2:] == ["in", "the"] else words[-2] if len(words) > 1 else "", 0)
        word = "this" if words[-2:] == ["in", "the"] else words[-1]
        return _week_month(word, bool(g["end"] or g["end2"]), ref, part if word == "this" else 0), True
    elif kind in ("zh_wd", "zh_rel_wd"):
        d = _zh_weekday(g, ref)
    elif kind in ("en_ago", "zh_ago"):
        d = _days_back(kind, g, m, ref)
    elif kind == "en_anchor":
        d = ref + timedelta(days=EN_ANCHORED[m.group().lower()])
    elif kind == "en_rel":
        if m.group().lower() not in EN_RELATIVE:
            return None, True
        d = ref + timedelta(days=EN_RELATIVE[m.group().lower()])
    else:  # en_wd: the latest such weekday on or before the reference day ("next" looks ahead)
        wd = WEEKDAYS[g["wd"].lower()]
        back = (ref.weekday() - wd) % 7
        ahead = m.group().lower().startswith("next")
        d = ref + timedelta(days=(7 - back) % 7 or 7) if ahead else ref - timedelta(days=back)
    return (d.isoformat() if d else None), True


def _as_digits(kind: str, g: dict[str, str | None]) -> tuple[str, dict[str, str | None]]:
    """The match's kind and groups with a Republic-era year made Gregorian (民國113年: 2024) and Han numerals read
    as the digits they stand for (a year digit by digit: 二〇二五), the kind then that of a date in digits."""
    if g.get("ry") or g.get("rb"):
        g["y"] = str((int(g["ry"]) if g.get("ry") else 100 + int(g["rb"])) + ROC_ERA)
    if kind.startswith("zh_han"):
        year = "".join(str(HAN_DIGITS[c]) for c in g["hy"]) if g.get("hy") else None
        g = {"y": year, "m": str(han_number(g["hm"])) if g.get("hm") else None, "d": str(han_number(g["hd"]))}
        kind = "zh_ymd" if year else "zh_md" if g["m"] else "zh_d"
    return kind, g


def _bare_month(g: dict[str, str | None], m: re.Match[str], ref: date) -> str | None:
    """The month a month name without a day names: in the year told after it (`March last year`), the latest
    before the reference day's month (`last December`), else the one nearest the reference day."""
    month = _month(g)
    if g.get("ey"):
        return f"{ref.year + EN_YEARS[g['ey']]:04d}-{month:02d}"
    if m.group()[:4].lower() == "last":
        return f"{ref.year - (month >= ref.month):04d}-{month:02d}"
    d = _nearest_year(ref, month, 1)
    return f"{d.year:04d}-{d.month:02d}" if d else None


def _days_back(kind: str, g: dict[str, str | None], m: re.Match[str], ref: date) -> date | None:
    """The day a count of days back names (`two days ago`, 三天前); None when `days ago` follows no number."""
    if kind == "zh_ago":
        a = m.start()
        n = m.string[a - 1] if a else ""
        if (a > 1 and ZH_COUNT_BEFORE.match(m.string, a - 2)) or not (n.isdigit() or n in DAY_NUMBERS):
            return None
        return ref - timedelta(days=int(n) if n.isdigit() else DAY_NUMBERS[n])
    words = m.string[max(0, m.start() - 8) : m.start()].split()
    n = words[-1].lower() if words else ""
    days = int(n) if n.isdigit() and len(n) == 1 else DAY_NUMBERS.get(n)
    return ref - timedelta(days=days) if days else None


def _week_month(word: str, weekend: bool, ref: date, part: int = 0) -> str | None:
    """The month of the week (Monday to Sunday) or its weekend a week word names, counted from the reference
    day's week (`over the weekend`: the one under way on a Saturday or Sunday, else the last one); None when
    its days fall in two months (`next week` from the 28th: no month is known), and for the reference day's
    own week (`is travelling this week`, 本周): the report's day lies in it, as good a day as the text gives.
    Its days before the reference day (`earlier this week`, part -1) or after it (part 1) are not the report's:
    their month, when they lie in one (none on a Monday or a Sunday)."""
    weeks = WEEK_WORDS.get(word, 0 if ref.weekday() >= 5 else -1)
    if weeks == 0 and not weekend and not part:
        return None
    first = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * weeks + (5 if weekend else 0))
    last = first + timedelta(days=1 if weekend else 6)
    if weeks == 0 and not weekend:  # the week's days before or after the reference day
        first, last = (first, ref - timedelta(days=1)) if part < 0 else (ref + timedelta(days=1), last)
        if first > last:
            return None
    return f"{first.year:04d}-{first.month:02d}" if first.month == last.month else None


def _zh_weekday(g: dict[str, str | None], ref: date) -> date:
    """The day a Chinese weekday names: in the week `上/下/本周` points to (weeks begin on Monday), or alone the
    latest such weekday on or before the reference day (event_date looks ahead in a clause about the future)."""
    wd = ZH_WEEKDAYS[g["wd1"] or g["wd2"] or ""]
    if g.get("rw"):
        return ref - timedelta(days=ref.weekday()) + timedelta(days=7 * RELATIVE_WEEKS[g["rw"]] + wd)
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


# each pattern with its script (Han or not) and the name its matches need, read off once: the loop below runs
# for every text, headlines too, where a call per pattern cost more than the scans
SCANS = tuple((kind, kind.startswith("zh"), NEEDED.get(kind), pattern, after) for kind, pattern, after in PATTERNS)


def find_dates(text: str, ref: date | None) -> list[Span]:
    """Every date expression in `text`, longest first where they overlap, as spans with resolved values."""
    found: list[Span] = []
    taken = bytearray(len(text))
    han, latin = HAN_CHAR.search(text) is not None, LATIN_LETTER.search(text) is not None
    held: dict[re.Pattern[str], bool] = {}  # each needed name searched once
    for kind, zh, needed, pattern, not_after in SCANS:
        if not (han if zh else latin):
            continue  # a text without the script's characters: no pattern of it can match
        if needed is not None:  # nor one whose needed name the text lacks
            if needed not in held:
                held[needed] = needed.search(text) is not None
            if not held[needed]:
                continue
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(taken[a:b]) or (not_after and a and not_after.match(text, a - 1)):
                continue
            if kind == "en_wd" and NAMED_DAY.search(text, max(0, m.start("wd") - 10), m.start("wd")):
                continue
            value, relative = resolve(kind, m, ref)
            if value is None:
                continue
            taken[a:b] = b"\x01" * (b - a)
            found.append(Span(a, b, "date", {"value": value, "relative": relative, "kind": kind}))
    found.sort(key=lambda s: s.start)
    return _in_years_told(text, found) if any(s.attrs["kind"] == "zh_rel_y" for s in found) else found


def _in_years_told(text: str, found: list[Span]) -> list[Span]:
    """A month or day written right after 今年, 明年 or 去年 (今年9月) lies in that year, not in the one nearest
    the reference day."""
    for year, s in zip(found, found[1:]):
        if year.attrs["kind"] == "zh_rel_y" and s.attrs["kind"] in NEAREST_YEAR_KINDS \
                and not text[year.end : s.start].strip():
            value = year.attrs["value"][:4] + s.attrs["value"][4:]
            if len(value) == 7 or _safe(int(value[:4]), int(value[5:7]), int(value[8:10])):
                s.attrs["value"] = value
    return found


@component("dates", requires=("body", "published", "dateline"), assigns=("spans.date",))
def make_dates(**_):
    """Add `date` spans: every date expression of the body with its calendar value."""

    def dates(doc: Document) -> Document:
        ref = reference_day(doc.published, doc.dateline)
        doc.spans["date"] = find_dates(doc.body, ref)
        if ref:
            doc.meta["reference_day"] = ref.isoformat()
        return doc

    return dates
