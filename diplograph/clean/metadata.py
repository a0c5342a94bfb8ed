"""Metadata from the page: the article's own headline, its publication time as printed, its dateline."""

from __future__ import annotations

import calendar
import re
from typing import Any

from diplograph.clean.repair import PINYIN_TONED
from diplograph.clean.segment import ANY_DATE, DATE_LABEL, LEADING_STAMP, content_units
from diplograph.doc import Document, Line
from diplograph.lexicons import pattern_alternation, pattern_groups
from diplograph.registry import component

MONTH_NUM = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
NUMS = re.compile(r"\d+")
# terminal colour codes, whole (ESC [ 31 m) or with the escape character already dropped (`[[31m视频]`)
ANSI = re.compile(r"\x1b\[[0-9;]*m|\[[0-9]{1,3}(?:;[0-9]{1,3})*m")
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s[-–—]\s|--)\s*")
LABELLED = re.compile(DATE_LABEL + r"(?:" + ANY_DATE.pattern + r")", re.I)
DATELINES = [
    # 新华社北京2月27日电 / 新华社记者史先涛喀布尔3月24日电
    re.compile(r"(?P<agency>[\u4e00-\u9fff]{2,6}社)(?:记者|記者)?(?P<place>[\u4e00-\u9fff]{2,10}?)"
               r"(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日(?:综合|綜合)?(?:外电|外電)?(?:专电|專電|电|電)"),
    # （中央社記者林尚縈柏林3日專電） / （中央社慶州1日綜合外電報導）
    re.compile(r"[（(](?P<agency>[\u4e00-\u9fff]{2,6}社)(?:記者|记者)?(?P<place>[\u4e00-\u9fff]{2,12}?)"
               r"(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日[^）)]{0,12}[）)]"),
    # 央视网消息（新闻联播）： / 据外交部网站消息
    re.compile(r"^(?P<agency>[\u4e00-\u9fff]{2,8}?)消息(?:[（(][^）)]{1,12}[）)])?[:：,，]?"),
    # BEIJING, March 14 (Xinhua) --
    re.compile(r"^(?P<place>[A-Z][A-Z .'\-]{2,30}),\s+(?P<monthname>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
               r"\s*\((?P<agency>[A-Za-z .]{2,30})\)"),
]


def normalise_datetime(value: Any) -> str | None:
    """`2020-03-18 22:36:10`, `2023年08月25日 19:21`, `May 14, 2020` → ISO 8601 local time, zone dropped."""
    text = str(value)
    m = ANY_DATE.search(text)
    if not m:
        return None
    s = m.group()
    month_name = re.match(r"([A-Za-z]+)", s)
    nums = [int(n) for n in NUMS.findall(s)]
    if "月" in s and not re.search(r"\d\s*年", s) and len(nums) <= 4 and nums[0] <= 12:
        # no year printed: ISO 8601's truncated form --MM-DD, never an invented year
        month, day, *rest = nums
        return f"--{month:02d}-{day:02d}" + (f"T{rest[0]:02d}:{rest[1]:02d}" if len(rest) >= 2 else "")
    if month_name:
        day, year = nums[0], nums[1]
        month = MONTH_NUM[month_name.group(1).lower()]
        rest = nums[2:]
        if rest and re.search(r"[Pp]\.?[Mm]", s) and rest[0] < 12:
            rest[0] += 12
    else:
        year, month, day, *rest = nums
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None  # a day the calendar does not have (2024-02-30) is no date
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if len(rest) >= 2:
        out += f"T{rest[0]:02d}:{rest[1]:02d}"
        if len(rest) >= 3:
            out += f":{rest[2]:02d}"
    return out


def clean_title(title: str) -> str:
    """Drop format tags (`[视频]`) and a site-name segment (`…_央视网(cctv.com)`) from a headline."""
    pats = pattern_groups("site_names.tsv")
    title = PINYIN_TONED.sub("", " ".join(ANSI.sub("", title).split()))
    title = pattern_alternation("site_names.tsv", "tag").sub("", title)
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        # keep the longest segment that is not a site name
        keep = [p for p in parts if not (pats["site"].matches(p) and len(p) <= 24)] or parts
        title = max(keep, key=len) if len(keep) < len(parts) else title
    return title.strip()


def _headline_like(line: Line) -> bool:
    text = line.text
    return (line.label in ("body", "outside", "short") and not text.endswith(("。", "；", "，", ",", "."))
            and 3 <= content_units(text) <= 90 and not ANY_DATE.search(text))


def _next_meaningful(lines: list[Line], i: int) -> Line | None:
    for ln in lines[i + 1: i + 4]:
        if ln.text.strip("-—|· ") == "":
            continue
        return ln
    return None


def find_title_and_time(lines: list[Line]) -> tuple[str | None, str | None]:
    """The first headline followed by a timestamp line (the page's own title block), if any."""
    for i, ln in enumerate(lines):
        if not _headline_like(ln):
            continue
        nxt = _next_meaningful(lines, i)
        if nxt is not None and nxt.label == "meta" and LEADING_STAMP.match(nxt.text) is not None:
            return ln.text, normalise_datetime(nxt.text)
        if nxt is not None and nxt.label == "meta" and ANY_DATE.search(nxt.text) and LABELLED.search(nxt.text):
            return ln.text, normalise_datetime(LABELLED.search(nxt.text).group())
    return None, None


def choose_title(doc: Document, pair_title: str | None) -> str | None:
    hints = doc.hints
    if hints.get("title_given"):
        return clean_title(str(hints["title_given"]))
    if hints.get("title_candidates"):
        cleaned = [clean_title(c) for c in hints["title_candidates"]]
        texts = {"".join(ln.text.split()) for ln in doc.lines}
        for c in cleaned:  # a candidate printed as a line of the page, else the longest of a headline's length
            if "".join(c.split()) in texts:
                return c
        return max(cleaned, key=lambda c: (len(c) <= 120, len(c)))
    if pair_title:
        return clean_title(pair_title)
    start = hints.get("body_range", (0, 0))[0]
    for ln in doc.lines[:start]:
        if _headline_like(ln):
            return clean_title(ln.text)
    return None


def choose_published(doc: Document, pair_time: str | None) -> str | None:
    if doc.hints.get("published_raw"):
        value = normalise_datetime(doc.hints["published_raw"])
        if value:
            return value
    if pair_time:
        return pair_time
    for ln in doc.lines:
        m = LABELLED.search(ln.text) if ln.label == "meta" else None
        if m:
            return normalise_datetime(m.group())
    start = doc.hints.get("body_range", (0, 0))[0]
    for ln in doc.lines[:start]:
        if ln.label == "meta" and ANY_DATE.search(ln.text):
            return normalise_datetime(ln.text)
    return None


def find_dateline(body_lines: list[Line]) -> dict[str, Any] | None:
    """Agency, place and day of the dateline opening the article (`新华社北京2月27日电`)."""
    for ln in body_lines[:2]:
        text = ln.text
        for pat in DATELINES:
            m = pat.search(text[:80])
            if not m:
                continue
            g = {k: v for k, v in m.groupdict().items() if v}
            out: dict[str, Any] = {"text": m.group(), "agency": g.get("agency")}
            if g.get("place"):
                out["place"] = g["place"]
            if g.get("monthname") and g["monthname"].lower() in MONTH_NUM:
                out["month"] = MONTH_NUM[g["monthname"].lower()]
            elif g.get("month"):
                out["month"] = int(g["month"])
            if g.get("day"):
                out["day"] = int(g["day"])
            return out
    return None


@component("metadata", requires=("body_lines",), assigns=("title", "published", "dateline"))
def make_metadata(**_):
    """Fill title, published and dateline from what the markup declared and from the page's lines."""

    def metadata(doc: Document) -> Document:
        pair_title, pair_time = find_title_and_time(doc.lines)
        doc.title = choose_title(doc, pair_title) or None
        doc.published = choose_published(doc, pair_time)
        doc.dateline = find_dateline(doc.hints.get("body_lines", []))
        if doc.hints.get("url"):
            doc.meta["url"] = doc.hints["url"]
        declared = {k: doc.hints[k] for k in ("title_candidates", "title_given", "published_raw", "front_matter",
                                              "declared_lang", "h1") if doc.hints.get(k)}
        if declared:  # what the page itself said, kept beside what we chose
            doc.meta["declared"] = {k: v if isinstance(v, (list, dict)) else str(v) for k, v in declared.items()}
        return doc

    return metadata
