"""Metadata from the page: the article's own headline, its publication time as printed, its dateline."""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from htmldate import find_date

from diplograph.clean.datetimes import (
    CLOCK,
    DAY_PARTS,
    HAN_CLOCK,
    MONTHS,
    WEEKDAY_BEFORE,
    ZH_WEEKDAY,
    parse_datetime,
)
from diplograph.clean.declared import by_trust, entry, first
from diplograph.clean.repair import PINYIN_TONED
from diplograph.clean.segment import (
    ANY_DATE,
    DATE_LABEL,
    DOTTED_DATE,
    EN_DATE_FORMS,
    LEADING_STAMP,
    META_LABEL,
    META_REST,
    content_units,
    holds_date,
)
from diplograph.doc import Document, Line
from diplograph.lexicons import pattern_alternation, pattern_groups
from diplograph.lexicons.metadata_keys import field_of
from diplograph.registry import component

UPDATE_LABEL = re.compile(r"(?:更新|修改|updated|modified)(?:\s*(?:时间|時間|日期|於|于|on|at))?\s*[:：]?\s*$", re.I)
# the clock printed after a stamp's date, past a separator, a weekday (`星期二`, `（週二）`) and a part of the day
CLOCK_AFTER = re.compile(rf"[\s,，|·•/\-–—]*(?:{ZH_WEEKDAY}\s*|[（(][^）)\d]{{1,3}}[）)]\s*)?(?:{DAY_PARTS})?\s*"
                         + f"(?:{CLOCK.pattern}|{HAN_CLOCK.pattern})")
# a clock printed before its day, a comma between (`10:22am, 4 Mar 2025`, `10:22, 4 March 2025`)
CLOCK_BEFORE = re.compile(r"(?<![\d:])\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*,\s*$")
CRAWL_LABEL = re.compile(r"scraped|crawled|fetched|retrieved|accessed|downloaded|抓取|采集|採集|爬取", re.I)
# `2024-03-18-envoys-meet.md`: Jekyll's and Hexo's posts (and many archives) name a post by its day
YEAR, MONTH, DAY = r"((?:19|20)\d{2})", r"(0[1-9]|1[0-2])", r"(0[1-9]|[12]\d|3[01])"  # a day in a path, as groups
FILE_DATE = re.compile(rf"(?:^|[/\\]){YEAR}-{MONTH}-{DAY}-[^/\\]+$")
# a line that names the page's address under a label (`原文链接：https://…`, `Source: [Port News](https://…)`), as
# text dumps and Markdown reposts keep it
SOURCE_LINE = re.compile(r"^[ \t>*-]*(?:原文链接|原文連結|原文網址|原文网址|原文地址|来源链接|來源連結|來源網址"
                         r"|source|source link|original (?:article|story|link|url)|read the original"
                         r"|originally published at)\s*[:：]?"
                         r"[ \t]*(?:\[[^\]\n]*\]\()?(https?://[^\s)>\]]+)", re.M | re.I)
TAG = re.compile(r"<[^>]*>")
NOT_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)  # no text a reader sees
ABOVE_ARTICLE_CHARS = 3000  # the page's HTML above its article looked at for the headline's stamp
LABEL_LEAD = 8  # characters before a label's last word that may make it a crawl's (`抓取` + `時間`)
BLOCK_TEXTS = 3  # texts under a headline just above the article that may hold its stamp: a byline, a source, the stamp
CLOCK_CHARS = 40  # what may follow a stamp's date: a weekday, a part of the day, a clock
STAMP_REST_UNITS = 12  # a bare stamp's line holds less content than this besides its date (as `split_stamp`)
# a press release's dateline with its year: a place in capitals, the day, a wire's name between slashes, a dash
DATED_DATELINE = re.compile(rf"^[A-Z][A-Z .'\-]{{1,30}}(?:,\s*[A-Z][A-Za-z.]{{1,20}})?,\s+({EN_DATE_FORMS[0]}"
                            rf"|{EN_DATE_FORMS[1]})\s*(?:/[^/\n]{{1,40}}/\s*)?(?:--|—|–|-)")
# a time declared in UTC (`2025-03-05T15:02:00Z`, `+00:00`, `GMT`): no page's local clock, unless it prints the same
UTC_TIME = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)$", re.I)
ZONE_STEP, ZONE_REACH = 1800, 14 * 3600  # a zone's offset from UTC: whole half hours, at most 14 hours
URL_DATE = re.compile(rf"/{YEAR}[/-]?{MONTH}[/-]?{DAY}(?=[/_.-]|\d{{0,2}}/|$)")
# terminal colour codes, whole (ESC [ 31 m) or with the escape character already dropped (`[[31m视频]`)
ANSI = re.compile(r"\x1b\[[0-9;]*m|\[[0-9]{1,3}(?:;[0-9]{1,3})*m")
# Markdown's marks around a headline taken from a line (`# …`, `**…**`, `_…_`)
# heading marks of Markdown (`# `), AsciiDoc and wiki markup (`= Title`, `== Title ==`) and emphasis around it
MD_TITLE_MARKS = re.compile(r"^#{1,6}\s+|^={1,6}\s+|\s+={1,6}$|^(?:\*\*|__|\*|_)(?=\S)|(?<=\S)(?:\*\*|__|\*|_)$")
BRACKETED = re.compile(r"^【([^【】]+)】$")  # a headline set in 【】 on its own line, as Chinese posts print it
# `_`, bars, a spaced dash, colon, bullet or guillemet and a bare hyphen between Han characters (`标题-某某网`)
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s[-–—:•·»]\s|--|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]))\s*")
# `标题——某某网`, `标题－某某網`: a doubled or full-width dash closes a headline with its site's name only when
# that part is named like a site (the lexicon's, or a name in 网, 報, 社, 台, 新闻, 频道, a domain); else it opens
# the headline's own second part (`王某：中方愿同各方一道——推动和平`)
DASHED_PART = re.compile(r"\s*(?:——|－)\s*([^—－]{1,24})$")
SITE_LIKE = re.compile(r"(?:网|網|报|報|社|台|新闻|新聞|在线|在線|频道|頻道)$|\.(?:com|cn|net|org|hk|tw)\b", re.I)
# `By Jane Roe`, `By Jane Roe and John Doe, Staff Writers`: the byline under a headline is never the headline
BYLINE = re.compile(r"^(?:By|BY|Written by|Words by)\s+[A-Z][\w.'’-]*(?:(?:\s+|,\s*)(?:[A-Z][\w.'’-]*|and|&))*\s*$")
# `首页 > 国际 > 正文`, `Home › World`: a breadcrumb names the page's place on the site, never its headline
BREADCRUMB = re.compile(r"^[^>›»]{1,24}(?:[>›»][^>›»]{1,40})+$")
PART_SEPARATOR = re.compile(r"\s*[:：|｜–—_»]\s*|\s-\s")  # between the parts of a <title>
SITE_SEPARATOR = re.compile(r"\s*[:：|｜\-–—_»]\s*(?=\S)")  # between a site's name and a headline in a <title>
# STANDFIRST_UNITS, HEADLINE_UNITS and RESEMBLING were set on self-written pages of unseen outlets (session 19,
# branch hAD: tests/test_documents_unseen_pages.py); the corpus and the peer pages read the same with or without
STANDFIRST_UNITS = 30  # a line under the headline longer than this is its standfirst (15 English words)
STANDFIRST_ENDS = ("。", "！", "？", ".", "!", "?")  # a standfirst is a sentence, a headline ends none
LABEL_SEPARATOR = re.compile(r"[:：|｜>›»]")  # a kicker's or a breadcrumb's, never in the headline under them
HEADLINE_UNITS = 12  # a kicker or section label over a headline is shorter than this (6 English words)
SITE_NAME_UNITS = 8  # a site's name set as a masthead is no longer than this (content units)
BYLINE_UNITS = 24  # a byline between a headline and its stamp is shorter than this (content units)
DATED_HEADLINE_UNITS = 6  # what follows the day in a headline that opens with it (or precedes it in brackets)
BRACKETED_DAY = re.compile(rf"\s*[（(](?:{ANY_DATE.pattern})[）)]$")  # `…简报（2025年3月7日）`
ELLIPSIS_END = re.compile(r"\s*(?:…|\.\.\.)$")  # a title clipped to a length
RESEMBLING, RESEMBLING_PAIRS = 0.6, 6  # the share of a headline's character pairs a resembling title holds
SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?", "；", "，", ",")
DOTTED_DAY = re.compile(DOTTED_DATE)
LABELLED = re.compile(DATE_LABEL + r"(?:" + ANY_DATE.pattern + r")", re.I)
LINE_START_REACH = 80  # how far into a line a dateline that opens the story is looked for
WIRE_REACH = 400  # the wire's dateline after a slug, headline and byline run into one line
# each pattern with how far into a line it is looked for
DATELINES: list[tuple[re.Pattern[str], int]] = [
    # 新华社北京2月27日电 / 新华社记者史先涛喀布尔3月24日电
    (re.compile(r"(?P<agency>[\u4e00-\u9fff]{2,6}社)(?:记者|記者)?(?P<place>[\u4e00-\u9fff]{2,10}?)"
                r"(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日(?:综合|綜合)?(?:外电|外電)?(?:专电|專電|电|電)"),
     LINE_START_REACH),
    # （中央社記者林尚縈柏林3日專電） / （中央社慶州1日綜合外電報導） / （本報記者陳明台北7日電）
    (re.compile(r"[（(](?P<agency>[\u4e00-\u9fff]{2,6}社|本報|本报)(?:記者|记者)?(?P<place>[\u4e00-\u9fff]{2,12}?)"
                r"(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日[^）)]{0,12}[）)]"), LINE_START_REACH),
    # 〔記者呂明／台北報導〕, （自由時報記者彭明／台北報導）, 【記者王明、李華／高雄報導】: Taiwanese papers' byline
    # and place, no day
    (re.compile(r"^[（(【〔\[]?(?P<agency>[\u4e00-\u9fff]{2,6}?)?(?:記者|记者)[\u4e00-\u9fff、]{2,12}?[／/]"
                r"(?P<place>[\u4e00-\u9fff]{2,8}?)(?:綜合)?(?:報導|报道)[）)】〕\]]?"), LINE_START_REACH),
    # （吉隆坡20日讯）, （新加坡讯）, （北京综合讯）: a paper's own local dateline, its place and maybe its day
    (re.compile(r"^[（(](?!本報|本报)(?P<place>[\u4e00-\u9fff]{2,6}?)(?:(?P<month>\d{1,2})月)?(?:(?P<day>\d{1,2})日)?"
                r"(?:综合|綜合)?(?:讯|訊)[）)]"), LINE_START_REACH),
    # 央视网消息（新闻联播）： / 据外交部网站消息
    (re.compile(r"^(?P<agency>[\u4e00-\u9fff]{2,8}?)消息(?:[（(][^）)]{1,12}[）)])?[:：,，]?"), LINE_START_REACH),
    # BEIJING, March 14 (Xinhua) --
    (re.compile(r"^(?P<place>[A-Z][A-Z .'\-]{2,30}),\s+(?P<monthname>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
                r"\s*\((?P<agency>[A-Za-z .]{2,30})\)"), LINE_START_REACH),
    # PARIS, May 14 -- : a ministry's or paper's own dateline, no agency named
    (re.compile(r"^(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}),\s+(?P<monthname>[A-Z][a-z]{2,8})\.?"
                r"\s+(?P<day>\d{1,2})\s*(?:--?|—|–)\s"), LINE_START_REACH),
    # the same after a slug, headline and byline run into one line (`…Xi Jinping By Jo Park SEOUL, Jan. 4
    # (Yonhap) -- President …`): mid-line only when the wire's dash after it says the story starts there
    (re.compile(r"(?<![A-Za-z])(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}),\s+(?P<monthname>[A-Z][a-z]{2,8})"
                r"\.?\s+(?P<day>\d{1,2})\s*\((?P<agency>[A-Za-z .]{2,30})\)\s*(?:--|—|–)"), WIRE_REACH),
]


@lru_cache(maxsize=4096)
def clean_title(title: str) -> str:
    """Drop format tags (`[视频]`), Markdown marks and a site-name segment (`…_央视网(cctv.com)`) from a headline.

    A segment is the site's name when the lexicon says so, or when it trails a headline at least twice
    as long (`Talks End Abruptly | TIME`, `… | War crimes | The Guardian`); a leading topic (`選舉｜…`) stays.
    Cached: a page's candidate headlines are cleaned several times over, and a site's name on every page.
    """
    pats = pattern_groups("site_names.tsv")
    title = PINYIN_TONED.sub("", " ".join(ANSI.sub("", htmllib.unescape(title)).split()))
    title = BRACKETED.sub(r"\1", MD_TITLE_MARKS.sub("", title))
    title = pattern_alternation("site_names.tsv", "tag").sub("", title)
    if (dashed := DASHED_PART.search(title)) and (pats["site"].matches(dashed[1]) or SITE_LIKE.search(dashed[1])):
        title = title[: dashed.start()]
    parts = [p for p in TITLE_SEPARATORS.split(title) if p]
    if len(parts) > 1:
        # keep the longest segment that is not a site name
        keep = [p for p in parts if not (pats["site"].matches(p) and len(p) <= 24)] or parts
        longest = max(keep, key=len)
        if len(keep) < len(parts) or (parts[0] is longest and all(len(p) <= 30 and 2 * len(p) <= len(longest)
                                                                  for p in parts[1:])):
            title = longest
    return title.strip()


def _headline_like(line: Line) -> bool:
    text = line.text
    if line.label == "meta":
        return _dated_headline(text)
    return (line.label in ("body", "outside", "short", "repeat") and not text.endswith(("。", "；", "，", ",", "."))
            and 3 <= content_units(text) <= 90 and not holds_date(text) and not BYLINE.match(text)
            and not BREADCRUMB.match(text))


def _dated_headline(text: str) -> bool:
    """A headline that opens with its day, run into its words (`2024年5月14日外交部发言人例行记者会`), or closes
    with it in brackets (`国际要闻简报（2025年3月7日）`, a digest's or bulletin's): no stamp, whose rest is a
    label or a weekday."""
    if (m := ANY_DATE.match(text)) is not None:
        rest = text[m.end():]
        if not rest or rest[0].isspace():
            return False
    elif text.endswith(("）", ")")) and (m := BRACKETED_DAY.search(text)) is not None:
        rest = text[:m.start()]
    else:
        return False
    return content_units(rest) >= DATED_HEADLINE_UNITS and META_LABEL.search(text) is None \
        and not rest.endswith(SENTENCE_ENDS)


def _dates_in(text: str) -> list[tuple[str, bool]]:
    """Each date of a stamp line with the weekday or the clock printed before it and the clock after it (`Sun,
    03/02/2025 - 14:00`, `| 4:15 PM`, `星期二 14:30`, `10:22am, 4 Mar 2025`), and whether its label names an
    update (`更新時間：…`, `Updated: …`), which is no publication time."""
    out = []
    for m in ANY_DATE.finditer(text):
        clock = CLOCK_AFTER.match(text, m.end())
        before = CLOCK_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
            or WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        begin = before.start() if before else m.start()
        out.append((text[begin:clock.end() if clock else m.end()],
                    UPDATE_LABEL.search(text, max(0, begin - 16), begin) is not None))
    return out


def _stamp_after(lines: list[Line], i: int, bylines: int) -> tuple[int, str] | None:
    """The index and date of the time stamp printed under headline `i`: the next line, or past up to `bylines`
    short lines that end no sentence (a byline); an update's stamp only when no other follows."""
    between, update = 0, None
    for j in range(i + 1, min(len(lines), i + 8)):
        ln = lines[j]
        if ln.text.strip("-—|· ") == "":
            continue
        # a stamp opening the line, a labelled one, or a byline and its date (`By Jane Roe · May 10, 2024`)
        if ln.label == "meta" and (LEADING_STAMP.match(ln.text) or LABELLED.search(ln.text)
                                   or content_units(ln.text) < BYLINE_UNITS) and (dates := _dates_in(ln.text)):
            if published := next((d for d, updated in dates if not updated), None):
                return j, published
            update = update or (j, dates[0][0])
            continue
        between += 1
        if between > bylines or content_units(ln.text) >= BYLINE_UNITS or ln.text.endswith(SENTENCE_ENDS):
            return update
    return update


def find_title_and_time(lines: list[Line], reference: str | None = None, before: int | None = None,
                        title: str | None = None, named: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """The first headline followed by a timestamp line (the page's own title block), if any.

    A headline right above its stamp is looked for first, then one with a byline between them. Of the
    headline-like lines just above the stamp, one the page `named` as its title (keys of its declared
    titles) is the headline unless it names a site (a blog's name as its <title> and <h1>), else the one
    `_headline_in` finds. With `before` (where the article starts) and the title the page declares, a block
    after the article counts only when its headline is that title: the teasers of a related list look the
    same.
    """
    key = "".join((title or "").split())
    like: dict[int, bool] = {}  # each line is judged once, though both passes and each block look at it

    def headline_like(i: int) -> bool:
        if (got := like.get(i)) is None:
            got = like[i] = _headline_like(lines[i])
        return got

    for bylines in (0, 2):
        for i, ln in enumerate(lines):
            if not headline_like(i) or (before is not None and i >= before and key
                                        and "".join(clean_title(ln.text).split()) != key):
                continue
            if (stamp := _stamp_after(lines, i, bylines)) is not None:
                j, text = stamp
                near = [lines[x] for x in range(max(0, i - 2), j) if headline_like(x)]
                head = next((x for x in near if _key(clean_title(x.text)) in named and not _site_name_line(x.text)),
                            None) \
                    or _headline_in([lines[x] for x in range(i, j) if headline_like(x)])
                if before == j + 2 and _key(clean_title(head.text)) not in named and _site_name_line(head.text) \
                        and headline_like(j + 1):
                    head = lines[j + 1]  # a site's name over the day's date (a masthead), the headline under them
                return head.text, parse_datetime(text, reference)
    return None, None


def _headline_in(lines: list[Line]) -> Line:
    """Of the headline-like lines over a stamp, the longest (a kicker or section label stands above the
    headline), unless it is as long as a standfirst and ends a sentence, and a line of a headline's length with
    no separator comes before it: the headline, the standfirst under it. A long headline ends no sentence, and a
    kicker (`国际观察：…`) or a breadcrumb (`World | Diplomacy`) over it keeps its separator."""
    longest = max(lines, key=lambda ln: content_units(ln.text))
    if content_units(longest.text) > STANDFIRST_UNITS and longest.text.rstrip().endswith(STANDFIRST_ENDS):
        return next((ln for ln in lines[:lines.index(longest)] if content_units(ln.text) >= HEADLINE_UNITS
                     and not LABEL_SEPARATOR.search(ln.text)), longest)
    return longest


def _site_name_line(text: str) -> bool:
    """A short line that names a site (`明報新聞網`, `Harbour Times`): a masthead, no headline."""
    return content_units(text) <= SITE_NAME_UNITS and pattern_groups("site_names.tsv")["site"].matches(text)


def choose_title(doc: Document, declared: list[dict[str, str]], pair_title: str | None, h1: str) -> str | None:
    """The archive's own title, else the head's candidate printed on the page, else the page's title block
    (the headline over its stamp), else the head's longest candidate."""
    titles = [e for e in declared if e["field"] == "title"]
    if titles and titles[0]["from"].startswith(("record", "front_matter")):
        return clean_title(titles[0]["value"])
    cleaned = [clean_title(e["value"]) for e in titles]
    if pair_title:  # the headline above the page's own stamp, when the head or the <h1> names it too
        named = {_key(c) for c in cleaned + [clean_title(h1)]}
        if _key(clean_title(pair_title)) in named or (cleaned and (_resembles(clean_title(pair_title), cleaned[0])
                                                                   or _site_name_line(cleaned[0]))):
            return clean_title(pair_title)
    if titles and (headline := _headline_over_site_name(h1, titles) or _h1_going_on(h1, cleaned[0])):
        return headline
    if titles:
        texts = {"".join(ln.text.split()) for ln in doc.lines}
        for c in cleaned:  # a candidate printed as a line of the page, else the longest of a headline's length
            if printed := _printed_part(c, texts):
                return printed
        if pair_title and _heads_the_page(clean_title(pair_title), clean_title(h1)):
            return clean_title(pair_title)  # a head's title the page never prints (the site's or a department's name)
        return max(cleaned, key=lambda c: (len(c) <= 120, len(c)))
    if pair_title:
        return clean_title(pair_title)
    start = doc.hints.get("body_range", (0, 0))[0]
    for ln in reversed(doc.lines[:start]):  # the nearest above the article: a site's name and menu come first
        if _headline_like(ln):
            return clean_title(ln.text)
    return None


def _heads_the_page(pair_title: str, h1: str) -> bool:
    """Whether the headline over a stamp is the page's own when the head's title is never printed: no <h1>
    names another story (a `Most read` teaser and its day stand above the article's <h1>), or the <h1> only
    names the site."""
    return not h1 or _key(h1) == _key(pair_title) or _resembles(pair_title, h1) or _site_name_line(h1)


def _headline_over_site_name(h1: str, titles: list[dict[str, str]]) -> str | None:
    """The `<h1>` when the page's only title is a `<title>` that holds no more than the site's name: shorter
    than the `<h1>`, and neither holding the other (a `<title>` that holds the `<h1>` makes it the logo)."""
    h1 = clean_title(h1)
    raw = titles[0]["value"]
    if not h1 or any(e["from"] != "page:title" for e in titles) or len(clean_title(raw)) >= len(h1):
        return None
    return h1 if _key(h1) not in _key(raw) and _key(clean_title(raw)) not in _key(h1) else None


def _h1_going_on(h1: str, title: str) -> str | None:
    """The `<h1>` when it opens with the whole of the head's title and goes on past a space or a mark: a
    `<title>` often leaves out a headline's second clause (`特首會見外長` / `特首會見外長 探討金融合作`), and a
    title clipped with an ellipsis (`… after six years of…`) is the `<h1>`'s start."""
    clipped = ELLIPSIS_END.search(title) is not None
    h1, title = clean_title(h1), ELLIPSIS_END.sub("", title)
    goes_on = len(h1) > len(title) > 0 and h1.lower().startswith(title.lower())
    return h1 if goes_on and (clipped or not h1[len(title)].isalnum()) else None


def _resembles(headline: str, title: str) -> bool:
    """Whether most of a headline's character pairs are in the head's title and most of the title's in the
    headline: the same story, its words edited (a section's label before it, a word left out), not a piece of
    the title (a masthead printing the site's name)."""
    ours, theirs = _pairs(headline), _pairs(title)
    return len(ours) >= RESEMBLING_PAIRS and len(ours & theirs) >= RESEMBLING * max(len(ours), len(theirs))


def _pairs(text: str) -> set[str]:
    """The pairs of neighbouring characters of a text, lower-cased and without spaces."""
    text = "".join(text.split()).lower()
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _printed_part(title: str, texts: set[str]) -> str | None:
    """The title when the page prints it as a line, else its longest part between separators when the page
    prints that so (`Site: Headline`, `标题：示例网`, whose site's name clean_title does not know; a logo's line
    is the shorter part), else None."""
    if "".join(title.split()) in texts:
        return title
    longest = max(PART_SEPARATOR.split(title), key=len)
    return longest if longest != title and "".join(longest.split()) in texts else None


def _after_site_name(doc: Document, h1: str, declared: list[dict[str, str]]) -> str | None:
    """The headline a `<title>` gives after the page's `<h1>` and a separator (`Blog Name: Post title`), when
    that rest is longer than the `<h1>` and printed as a line of the page: the `<h1>` is then the blog's or
    site's name, set as its heading (`Headline | Site` has the shorter part after it)."""
    title = " ".join(next((e["value"] for e in declared if e["from"] == "page:title"), "").split())
    h1 = " ".join(h1.split())
    if not h1 or not title.startswith(h1) or not (sep := SITE_SEPARATOR.match(title, len(h1))):
        return None
    rest = title[sep.end():]
    if content_units(rest) <= content_units(h1) or _key(rest) not in {_key(ln.text) for ln in doc.lines}:
        return None
    return rest


def _key(text: str) -> str:
    return "".join(text.split()).lower()


def choose_published(doc: Document, declared: list[dict[str, str]], pair_time: str | None,
                     reference: str | None) -> tuple[str | None, str | None]:
    """The publication time and where it came from: declared values in order of trust, the page's own stamp,
    a labelled or leading stamp line, then (HTML) htmldate's reading of the page and a time its scripts assign,
    then a date in the URL, then one opening the file's name.

    A declared day later than every date the page prints above its article is no publication time (a crawl
    or an update time filed under a generic key such as `timestamp`): the page's own stamp wins.
    """
    stamps = _stamp_lines(doc, False)
    # a dotted day (`04.03.2025`) may be day or month first: it never outvotes what the page declares
    dotted = {v[:10] for s in stamps if DOTTED_DAY.search(s) and (v := parse_datetime(s, reference))}
    printed = [v[:10] for v in (pair_time, *(parse_datetime(s, reference) for s in stamps)) if v]
    latest = max((v for v in printed if v not in dotted), default="9999")
    for e in declared:
        if e["field"] == "published" and (value := parse_datetime(e["value"], reference)) and value[:10] <= latest:
            return _printed_local(doc, e["value"], value, reference) or _with_clock(doc, value, reference), e["from"]
    if pair_time:
        return pair_time, "page:title block"
    if value := _stamp_line(doc, reference):
        return value, "page:stamp line"
    if doc.fmt in ("html", "warc-html") and (value := _stamp_above_article(doc, reference)):
        return value, "page:stamp above the article"
    if doc.fmt in ("html", "warc-html") and (value := html_date(doc.raw)):
        return value, "htmldate"
    if doc.fmt in ("html", "warc-html") and (value := script_time(doc.raw, reference)):
        return value, "script"
    if value := _dated_dateline(doc):
        return value, "page:dateline"
    url = next((e["value"] for e in declared if e["field"] == "url"), "")
    if m := URL_DATE.search(url):
        return parse_datetime("-".join(m.groups())), "url"
    if m := FILE_DATE.search(doc.source.split("#", 1)[0]):
        return parse_datetime("-".join(m.groups())), "file name"
    return None, None


def _stamp_lines(doc: Document, labelled: bool = True) -> list[str]:
    """Dates on metadata lines: bare ones before the article, labelled ones anywhere (unless `labelled` is
    False); never a crawl time."""
    start = doc.hints.get("body_range", (0, 0))[0]
    out: list[str] = []
    updates: list[str] = []  # an update's stamp comes after every other
    for i, ln in enumerate(doc.lines):
        if i >= start and not labelled:
            break
        if ln.label != "meta" or CRAWL_LABEL.search(ln.text) or (i >= start and not LABELLED.search(ln.text)):
            continue
        dates = _dates_in(ln.text)
        out += [d for d, updated in dates if not updated]
        updates += [d for d, updated in dates if updated]
    return out + updates


def _stamp_line(doc: Document, reference: str | None) -> str | None:
    return next((v for s in _stamp_lines(doc) if (v := parse_datetime(s, reference))), None)


def _stamp_above_article(doc: Document, reference: str | None) -> str | None:
    """The stamp of the headline's block where the main-content step left it out: in the page's HTML just
    above the article and below its headline (the chosen title or the <h1>: a sidebar's or a teaser's stamp
    above the headline is another story's), the nearest labelled publication stamp (`發佈時間：…`,
    `Published: …`; an update's or a crawl's is none), else a bare stamp among the few texts under the headline
    (`<div>2025年03月04日 10:22</div>`)."""
    chunks = _texts_under_headline(doc)
    text = " ".join(chunks)
    for m in reversed(list(LABELLED.finditer(text))):
        segment = text[m.start():m.end() + CLOCK_CHARS]
        dates = _dates_in(segment)
        if dates and not dates[0][1] and not CRAWL_LABEL.search(text, max(0, m.start() - LABEL_LEAD), m.end()) \
                and (value := parse_datetime(dates[0][0], reference)):
            return value
    for chunk in chunks[:BLOCK_TEXTS]:
        if (m := LEADING_STAMP.match(chunk)) and (META_REST.match(chunk[m.end():])
                                                  or content_units(chunk) < STAMP_REST_UNITS) \
                and (dates := _dates_in(chunk)) and not dates[0][1]:
            return parse_datetime(dates[0][0], reference)
    return None


def _texts_under_headline(doc: Document) -> list[str]:
    """The texts of the page's HTML (scripts, styles and comments left out) between the last printing of its
    headline and the article's first line, or none when the headline is not printed just above the article."""
    body = doc.hints.get("body_lines") or []
    start = next((p.raw_start for p in body[0].pieces if p.raw_start >= 0), -1) if body else -1
    heads = {_key(clean_title(t)) for t in (doc.title or "", doc.hints.get("h1") or "")} - {""}
    if start <= 0 or not heads:
        return []
    above = NOT_TEXT.sub(" ", doc.raw[max(0, start - ABOVE_ARTICLE_CHARS):start])
    chunks = [c for c in (" ".join(htmllib.unescape(t).split()) for t in TAG.split(above)) if c]
    at = next((i for i in range(len(chunks) - 1, -1, -1) if _key(chunks[i]) in heads), None)
    return [] if at is None else chunks[at + 1:]


def _dated_dateline(doc: Document) -> str | None:
    """The day of a dateline that prints its year (`LISBON, March 4, 2025 —`, `NEW YORK, March 4, 2025
    /Wire/ --`), as press releases open: a page with no other date."""
    body = doc.hints.get("body_lines") or []
    m = DATED_DATELINE.match(body[0].text) if body else None
    return parse_datetime(m.group(1)) if m else None


def _with_clock(doc: Document, value: str, reference: str | None) -> str:
    """A declared day without a time takes the time of a stamp line printed on the page for that same day."""
    if "T" in value:
        return value
    for stamp in _stamp_lines(doc):
        if (v := parse_datetime(stamp, reference)) and v.startswith(value + "T"):
            return v
    return value


def _printed_local(doc: Document, declared: str, value: str, reference: str | None) -> str | None:
    """A time declared in UTC is the publication time as the page prints it only in UTC's zone: a stamp line
    printing the same instant in another zone's clock (the same minute, whole half hours apart: `10:02 a.m. ET`
    for `15:02Z`) gives the local time as printed."""
    if not UTC_TIME.search(declared.strip()):
        return None
    instant = datetime.fromisoformat(value[:16])
    for stamp in _stamp_lines(doc):
        if (v := parse_datetime(stamp, reference)) and "T" in v:
            apart = (datetime.fromisoformat(v[:16]) - instant).total_seconds()
            if apart and apart % ZONE_STEP == 0 and abs(apart) <= ZONE_REACH:
                return v
    return None


def html_date(raw: str) -> str | None:
    """htmldate's publication date for an HTML page (its quick search only), or None."""
    try:
        return find_date(raw, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None


# a page its scripts fill declares its time in them (`var publish_time = "2025-03-03"`, `"pubDate": "…"`): a quoted
# value that opens with a year and month, assigned to a key the lexicon knows as a publication time
SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script\s*>", re.I | re.S)
ASSIGNED_DATE = re.compile(r"[:=]\s*[\"'](\d{4}[-/.年]\d{1,2}[^\"'\n]{0,30})[\"']")
KEY_BEFORE = re.compile(r"([A-Za-z_$][\w$]{1,40})[\"']?\s*$")
PUBLISHING_KEY = re.compile(r"pub", re.I)  # publish_time, pubDate, datePublished


def script_time(raw: str, reference: str | None) -> str | None:
    """The time inline scripts assign to a key that names publishing (a WeChat post's `publish_time`; not a
    bare `date` or `time`, often the server's today), for a page that prints and declares none; only when every
    such value gives the same day (a list of related stories holds other days)."""
    values = []
    for block in SCRIPT.finditer(raw):
        for m in ASSIGNED_DATE.finditer(raw, *block.span(1)):
            key = KEY_BEFORE.search(raw, max(block.start(1), m.start() - 45), m.start())
            if key and PUBLISHING_KEY.search(key.group(1)) and field_of(key.group(1)) == "published" \
                    and (value := parse_datetime(m.group(1), reference)):
                values.append(value)
    return values[0] if values and len({v[:10] for v in values}) == 1 else None


def find_dateline(body_lines: list[Line]) -> dict[str, Any] | None:
    """Agency, place and day of the dateline opening the article (`新华社北京2月27日电`)."""
    for ln in body_lines[:2]:
        text = ln.text
        for pat, reach in DATELINES:
            m = pat.search(text[:reach])
            if not m:
                continue
            g = {k: v for k, v in m.groupdict().items() if v}
            out: dict[str, Any] = {"text": m.group(), "agency": g.get("agency")}
            if g.get("place"):
                out["place"] = g["place"]
            if g.get("monthname") and g["monthname"].lower() in MONTHS:  # full names only, as before (`Feb` not read)
                out["month"] = MONTHS[g["monthname"].lower()]
            elif g.get("month"):
                out["month"] = int(g["month"])
            if g.get("day"):
                out["day"] = int(g["day"])
            return out
    return None


@component("metadata", requires=("body_lines",), assigns=("title", "published", "dateline"))
def make_metadata(**_):
    """Fill title, published, dateline and url from what the document declared and from the page's lines."""

    def metadata(doc: Document) -> Document:
        declared = by_trust(doc.hints.get("declared", []))
        if not first(declared, "url") and doc.fmt not in ("html", "warc-html") \
                and (m := SOURCE_LINE.search(doc.raw)):
            declared.append(entry("url", m.group(1), "page:source line"))
        crawl = first(declared, "modified")
        reference = parse_datetime(crawl["value"]) if crawl else None
        h1 = doc.hints.get("h1") or ""
        if headline := _after_site_name(doc, h1, declared):
            declared.append(entry("title", headline, "page:title after the site's name"))
            h1 = ""  # the <h1> is the site's name
        head = first(declared, "title")
        named = frozenset(_key(clean_title(t)) for t in [h1] + [e["value"] for e in declared
                                                                 if e["field"] == "title"]) - {""}
        pair_title, pair_time = find_title_and_time(doc.lines, reference, doc.hints.get("body_range", (0, 0))[0],
                                                    clean_title(head["value"]) if head else None, named)
        doc.title = choose_title(doc, declared, pair_title, h1) or None
        doc.published, origin = choose_published(doc, declared, pair_time, reference)
        doc.dateline = find_dateline(doc.hints.get("body_lines", []))
        if url := first(declared, "url"):
            doc.meta["url"] = url["value"]
        out: dict[str, Any] = {}
        for e in declared:  # what the document itself said, kept beside what we chose, with where it said it
            out.setdefault(e["field"], []).append({"value": e["value"], "from": e["from"]})
        if origin:
            out["published_from"] = origin
        for k in ("declared_lang", "h1"):
            if doc.hints.get(k):
                out[k] = str(doc.hints[k])
        if out:
            doc.meta["declared"] = out
        return doc

    return metadata
