"""Block classifier: which lines are the article, which are page furniture, which carry metadata.

Each line gets a label from its own form (length, sentence punctuation, furniture patterns, a bare
timestamp); the body is then the run of lines with the highest prose score, never crossing a
related-articles or comments heading. The rules look at how pages are built, not at any one site.
"""

from __future__ import annotations

import re

from diplograph.clean.line_marks import (
    CLOSERS,
    DIGIT,
    LineInfo,
    mark_contained,
    mark_figure_blocks,
    mark_headline_lists,
    mark_inline_boxes,
    mark_inline_links,
    mark_repeated,
    mark_teasers,
)
from diplograph.clean.pieces import piece_starts, regex_edit, slice_pieces, strip_line
from diplograph.doc import Document, Line, build_text
from diplograph.lexicons import pattern_alternation, pattern_groups, read_rows
from diplograph.lexicons.literals import RowFilter, ScreenedGroup, needles
from diplograph.registry import component

# scripts written without spaces count by the character (Han, kana, Thai, Lao, Khmer, Myanmar), the others
# by the word: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic scripts, Georgian, Hangul
HAN_CLASS = (r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\u0e00-\u0eff\u1780-\u17ff"
             r"\u1000-\u109f]")
WORD_CLASS = (r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0600-\u06ff"
              r"\u0900-\u0dff\u10a0-\u10ff\uac00-\ud7af]")
# each opens with one plain class, not a repeat (`[…]+`, `[…]{2,}`): then `re` scans for the class's characters
# instead of trying the repeat at every position
HAN_RUN = re.compile(f"{HAN_CLASS}{HAN_CLASS}*")
WORD = re.compile(f"{WORD_CLASS}{WORD_CLASS}+")
# sentence punctuation; a period may close a quotation or a bracket first (`today."`, `open.)`)
# (one class opens it, so that re scans for its characters: a branch per mark left every position to be tried)
SENTENCE = re.compile(r"[。！？；，、,;!?،؟۔।.](?:(?<=\.)[\"”’')\]]*(?:\s|$)|(?<!\.))")
# `2024-05-09`, `2024年5月9日`, `2024 05/09 22:27` (a year, a space, then month/day, as some portals print),
# `２０２４年５月９日` (full-width digits)
DATE = (r"(?:19|20|１９|２０)\d{2}(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/\d{1,2}\s))\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
        r"(?:\s*(?:T|\s)?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?")
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
CLOCK_12 = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
EN_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?"  # `Wed,`, `Thurs.`, `Sunday`, printed by a date
WEEKDAY = rf"(?:{EN_WEEKDAY}\s+)"  # `Wed, February 18, 2026`
ORDINAL = r"(?:st|nd|rd|th)?"  # `March 10th, 2025`, `1st of May 2025`
# `October 8, 2021 10:02 AM`, `Jun 22, 2021`, `7 May 2019`, `10th March 2025`, `08/10/2021`, `4/2/2024 12:45 PM`,
# `5:44 PM UTC, January 26, 2026`, `10:42 AM GMT+1, Thu November 14, 2024`, `10:02 a.m. ET March 5, 2025`;
# `\d(?<!\w\d)` is `\b\d` checked after the digit, so that each form opens with characters `re` scans for
EN_DATE_FORMS = (rf"{MONTHS}\.?\s+\d{{1,2}}{ORDINAL},?\s+(?:19|20)\d{{2}}{CLOCK_12}",
                 rf"\d(?<!\w\d)\d?{ORDINAL}\s+(?:of\s+)?{MONTHS}\.?,?\s+(?:19|20)\d{{2}}{CLOCK_12}",
                 rf"\d(?<!\w\d)\d?/\d{{1,2}}/(?:19|20)\d{{2}}{CLOCK_12}",
                 rf"\d(?<!\w\d)\d?:\d{{2}}\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{{2,5}}(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?)?,?"
                 rf"\s+{WEEKDAY}?{MONTHS}\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}")
EN_DATE = "|".join(EN_DATE_FORMS)
# a day printed with dots (`04.03.2025`, day first, as Europe prints it): as often a judgment's, a law's or a
# timeline's day as the page's, so a stamp only alone on its line or after a date label (`DOTTED_STAMP`)
DOTTED_DATE = rf"\d(?<!\w\d)\d?\.\d{{1,2}}\.(?:19|20)\d{{2}}(?!\d){CLOCK_12}"
# a day and a time with no year (`9月12日 20:15`), as pages print their own recent stamps; the check that
# no digit precedes follows the first digit, so that the pattern still opens with a scannable class
NO_YEAR = r"\d(?<!\d\d)\d?\s*月\s*\d{1,2}\s*日\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?"
# a day of Taiwan's official calendar (`民國113年5月4日`, `113年5月4日 14:20`), years from 1912
# (groups: the year after 民國 or the bare year, the month, the day; datetimes reads them)
ROC_DAY = r"(?:(?:中華|中华)?民[國国]\s*(\d{2,3})|(1(?<!\d1)[0-4]\d))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
ROC_DATE = ROC_DAY + r"(?:\s*\d{1,2}\s*[:：]\s*\d{2})?"
# the same calendar in figures, as Taiwan's government sites print it (`114-03-04`, `114/03/04`, `114.03.04`):
# years 100-119, month and day in two digits, one separator throughout, no digit or dot around (a version
# number, an address: `10.110.12.05`); what parse_datetime reads
ROC_MONTH, ROC_DAY_NUMBER = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])(?![.\d])"
ROC_NUMERIC_DAY = (rf"1(?<![\d.]1)[01]\d(?:-{ROC_MONTH}-|/{ROC_MONTH}/|\.{ROC_MONTH}\.){ROC_DAY_NUMBER}")
# as a date in a text: the dashed form anywhere, the slashed or dotted one (`Build 112.07.15`) only after
# Chinese text or a colon after it (`發布日期：114.03.04`, `發布日期:114.03.04`, `日期 114/03/04`)
ROC_NUMERIC_DATE = (rf"(?:1(?<![\d.]1)[01]\d-{ROC_MONTH}-{ROC_DAY_NUMBER}"
                    rf"|1(?:(?<=[\u4e00-\u9fff：]1)|(?<=[\u4e00-\u9fff：]\s1)|(?<=[\u4e00-\u9fff]:1)|(?<=[\u4e00-\u9fff]:\s1))"
                    rf"[01]\d(?:/{ROC_MONTH}/|\.{ROC_MONTH}\.)"
                    rf"{ROC_DAY_NUMBER})(?:\s*\d{{1,2}}\s*[:：]\s*\d{{2}})?")
# a day in Chinese numerals, as formal texts and some stamps print it (`二〇二四年十月八日`, `民國一一三年五月四日`):
# a year of this century digit by digit (or Taiwan's year after 民國, also counted with 十 and 百), month and
# day counted (groups: the year, Taiwan's year, the month, the day; datetimes turns them into digits)
HAN_NUMERAL_DAY = (r"(?:(二[〇零][〇零一二三四五六七八九]{2})"
                   r"|(?:中華|中华)?民[國国]\s*([〇零一二三四五六七八九十百]{1,5}))"
                   r"\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号號]")
HAN_NUMERAL_DATE = HAN_NUMERAL_DAY + r"(?:\s*\d{1,2}\s*[:：]\s*\d{2})?"
HAN_YEAR = "〇零民"  # one of them is in every year HAN_NUMERAL_DAY reads
DATE_FORMS = (DATE, *EN_DATE_FORMS, NO_YEAR, ROC_DATE, ROC_NUMERIC_DATE, HAN_NUMERAL_DATE)
# every date a stamp line may print, the dotted day included (what a metadata line's dates are read with)
ANY_DATE = re.compile("|".join((DOTTED_DATE, *DATE_FORMS)))
# the forms apart: the alternation gives `re` no characters to scan for and is tried at every position, while
# each form alone is scanned for (whether a text holds a date asks each in turn)
FEW_NEEDLES = 4  # more strings than this cost more to look for than the form's own search (the twelve months)
# each form with the strings one of which every match of it holds (`/20`, `年`), when they are few: a text holding
# none is not searched with the form (the Taiwan form opens with an alternation, which is tried at every position)
DATE_FORM_PATTERNS = tuple((ns if ns is not None and len(ns) <= FEW_NEEDLES else (), re.compile(form))
                           for form in DATE_FORMS[:-1] for ns in [needles(form)])
HAN_NUMERAL_FORM = re.compile(HAN_NUMERAL_DATE)  # opens with 二, 中 or 民: asked only of a line holding HAN_YEAR
# what every date of ANY_DATE holds: a year (19xx, 20xx; `1xx-xx-x` of Taiwan's calendar in figures), or 月 with
# a digit (a day with no year or of Taiwan's calendar) or with 年 and a sign of a year in Chinese numerals
# (HAN_YEAR); a line with none is not searched for one (the alternation is tried at every position, which costs)
ROC_FIGURES = re.compile(r"1[01]\d[-/.][01]\d[-/.]\d")  # what a day of Taiwan's calendar in figures holds
YEAR_DIGITS = re.compile(r"(?:19|20|１９|２０)\d\d")  # `\d` takes full-width digits too (`２０２５年３月２１日`)
DATE_LABEL = (r"(?:最后更新|最後更新|更新时间|更新時間|发布时间|發布時間|發佈時間|发表时间|發表時間|时间|時間|日期"
              r"|Published|Updated|Posted|Date)\s*[:：]?\s*")
META_REST = re.compile(r"^\s*(?:来源|來源|作者|编辑|編輯|点击|點擊|浏览|瀏覽|Source|By)\b|^\s*$|^[\s\-|·•]*$", re.I)
# a dotted day as a stamp: alone, after a date label (the languages of Europe's dotted days too: `veröffentlicht:`,
# `Erstellt am`, `News vom`, `publié le`) or a byline and its bar (`A. Autor | 29.07.2006 um 14:26`); what may
# follow it is a clock's word, an author's initials (`12.10.2015, 19:16 Uhr`, `14.06.2019 (ch)`) or META_REST
DOTTED_LABEL = (r"(?:(?:veröffentlicht|erstellt|aktualisiert|geändert|datum|stand|news|publié|mis à jour|publicado"
                r"|actualizado)(?:\s+(?:am|vom|le|el))?\s*[:：]?\s*|[^|·•\n]{2,40}\s[|·•]\s*)")
DOTTED_STAMP = re.compile(rf"^\s*(?:{DATE_LABEL}|{DOTTED_LABEL})?{WEEKDAY}?{DOTTED_DATE}", re.I)
# how a press release's closing block opens after its end mark (About …, Media contact:, 关于…, 媒体联系)
RELEASE_CLOSING = re.compile(r"(?:about\b|media (?:contact|inquiries|enquiries)|press contact|for more information|"
                             r"contact:|关于|關於|媒体联系|媒體聯繫|新闻联系|新聞聯繫)", re.I)
DATED_LIST_DAYS = 3  # different dotted days on lines of their own that make a list's dates (see `_dated_list`)
DOTTED_REST_UNITS = 2  # `Uhr`, `(ch)`, `um 14:26`: a clock's word or an author's initials after the day
LEADING_STAMP = re.compile(rf"^\s*(?:{DATE_LABEL})?{WEEKDAY}?"
                           rf"(?:{DATE}|{EN_DATE}|{NO_YEAR}|{ROC_DATE}|{ROC_NUMERIC_DATE}|{HAN_NUMERAL_DATE})")
# a time told relative to the reading (`Updated 3 hours ago`, `an hour ago`, `5分钟前`, `刚刚`), lower-cased
RELATIVE_STAMP = re.compile(r"(?:(?:published|updated|posted|发布于|發佈於|發布於|更新于|更新於)[:：]?\s*)?"
                            r"(?:(?:\d{1,2}|an?|one)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)"
                            r"\s+ago|\d{1,2}\s*(?:秒|分钟|分鐘|小时|小時|天|日|周|週)前|刚刚|剛剛)\.?\s*$")
META_LABEL = re.compile(r"来源|來源|作者|时间|時間|点击|點擊|编辑|編輯|发布|發布|發佈|发表于|發表於|更新"
                        r"|Source|By\b|Posted|Updated|Published", re.I)
# what follows a date that opens a sentence or a dateline (`2021年11月13日，…`, `May 13, 2024 — The …`, `13 May: …`)
SENTENCE_GOES_ON = re.compile(r"\s*(?:[，,、]|[:：]\s|[—–]|--?\s)")
NOTICE_UNITS = 250  # a notice (cookies, newsletter, caption widget) is a sentence or two, never a long paragraph
LINKED = 0.8  # share of a line's characters inside links above which a short line is navigation
ARTICLE_UNITS = 200  # prose before a comment section's heading that makes the article above it
MAX_GAP = 4  # furniture lines a run may jump to join the next one
GAP = re.compile(r"\u3000+|\s{3,}")  # a wide gap between items set on one line
BULLET_CHARS = "-–—•·*>»→▶►▸"  # list marks and arrows (`→→更多新闻`) opening a line
BULLET = re.compile(rf"^[{BULLET_CHARS}]+\s*")
# a site's legal footer, furniture at any length (searched in lower-cased text); the bare word (`copyright
# law`) can be an article's subject
LEGAL = re.compile(r"版权所有|版權所有|版权声明|版權聲明|all rights reserved|©|\(c\) \d{4}|icp备|icp證"
                   r"|公网安备|公網安備|免责声明|免責聲明|alle rechte vorbehalten|tous droits réservés")
TEASER = re.compile(r"(?:\.\.\.|…|\.\.\.\s*>>|>>)\s*$")
# a headline that ends no sentence followed by its author (`Why the Talks Failed by A. Example and B. Example`):
# a teaser of another article
NAME = r"(?:[A-Z][\w’'.-]*+\s?){1,4}"  # possessive: a name's words never split
TEASER_BYLINE = re.compile(rf"[^.!?。！？]{{8,150}}?\sby\s+{NAME}(?:(?:,\s*|\s+and\s+){NAME}){{0,3}}(?<!\.)\s*$")


LABEL_OF_KIND = {"prose": "body", "short": "body", "meta": "meta", "repeated": "repeat", "end": "body"}


# a page's lines as classified: (text, all link, thresholds) -> (info outside a record, kind in a record); kept on
# the document (see `info`)
LineInfos = dict[tuple[str, bool, int, int], tuple[LineInfo, str]]


def content_units(text: str) -> int:
    """Han characters plus two per Latin word: a rough amount of content, comparable across scripts."""
    han = 0 if text.isascii() else sum(map(len, HAN_RUN.findall(text)))  # HAN_CLASS holds no ASCII character
    return han + 2 * len(WORD.findall(text))


def _may_hold_date(text: str) -> bool:
    """Whether `text` holds what every date ANY_DATE finds holds (a cheap test before the costly search)."""
    if YEAR_DIGITS.search(text) is not None or ROC_FIGURES.search(text) is not None:
        return True
    return "月" in text and (DIGIT.search(text) is not None or ("年" in text and any(c in text for c in HAN_YEAR)))


def holds_date(text: str) -> bool:
    """Whether ANY_DATE finds a date in `text`, searching only a text that may hold one."""
    if not _may_hold_date(text):
        return False
    for screen, form in DATE_FORM_PATTERNS:
        if (not screen or any(n in text for n in screen)) and form.search(text):
            return True
    return any(c in text for c in HAN_YEAR) and HAN_NUMERAL_FORM.search(text) is not None


def _dated_sentence(text: str) -> bool:
    """`2024年5月13日，两国签署协定。`: a whole sentence that opens with its own date, which is no stamp."""
    m = LEADING_STAMP.match(text)
    return m is not None and SENTENCE_GOES_ON.match(text, m.end()) is not None and text.rstrip().endswith(CLOSERS)


def split_stamp(line: Line) -> tuple[Line | None, Line | None]:
    """Split `最后更新: 2020-03-18 22:36:10據外交部…` into a metadata part and the prose after it."""
    text = line.text
    m = LEADING_STAMP.match(text)
    if not m:
        return None, line
    rest = text[m.end():]
    if SENTENCE_GOES_ON.match(rest):
        return None, line  # `2021年11月13日，外长…`: the date is the sentence's own, not a stamp
    if META_REST.match(rest) or content_units(rest) < 12:
        return line, None
    meta = Line(slice_pieces(line.pieces, 0, m.end()), "meta")
    body = strip_line(Line(slice_pieces(line.pieces, m.end(), len(text))))
    return meta, body


# a photo's credit in parentheses run straight into the next sentence (`… on May 3. (Photo - Agency)The talks`),
# as pages flattened to text print their captions; the caption opens where a sentence ends glued to the next
CAPTION_CREDIT = re.compile(r"\(([A-Z][^()]{1,40})\)(?=[A-Z](?:[a-z]|-\w))")  # `(Agency)K-pop …` too
# a sentence's end glued to the next one's capital (`… in 2019.Lee and …`): a paragraph break the flattening lost
GLUED_SENTENCE = re.compile(r"[a-z0-9%)][.!?][\"”’]?(?=[A-Z])")
CAPTION_CHARS = (20, 500)


def split_flattened(line: Line) -> list[Line]:
    """Restore what flattening a page to text glued together: paragraphs (a sentence's end run into the next
    sentence's capital) become lines again, and a caption run into the article with its credit in parentheses
    becomes a line of its own, labelled `caption`."""
    text = line.text
    # a glued sentence ends in `.`, `!` or `?`: a line with none of them (most Chinese ones) is not scanned
    glued = [m.end() for m in GLUED_SENTENCE.finditer(text)] if "." in text or "!" in text or "?" in text else []
    if not glued and "(" not in text:
        return [line]
    cuts = set(glued)
    captions = set()
    for m in CAPTION_CREDIT.finditer(text):
        start = max([g for g in glued if g <= m.start()], default=0)
        if CAPTION_CHARS[0] <= m.end() - start <= CAPTION_CHARS[1]:
            cuts.update((start, m.end()))
            captions.add(start)
    bounds = sorted(cuts | {0, len(text)})
    if len(bounds) == 2:
        return [line]
    out = []
    starts = piece_starts(line.pieces)
    for a, b in zip(bounds, bounds[1:]):
        if a < b:
            part = Line(slice_pieces(line.pieces, a, b, starts), "caption" if a in captions else line.label)
            part.link_ratio = line.link_ratio
            out.append(part)
    return out


class Classifier:
    """Labels lines; thresholds come from the settings, patterns from lexicons/boilerplate.tsv."""

    def __init__(self, short_chars: int, long_chars: int) -> None:
        self.short = short_chars
        self.long = long_chars
        patterns = pattern_groups("boilerplate.tsv")
        self.stop, self.summary = patterns["stop"], patterns["summary"]
        self.end, self.comments, self.gap = patterns["end"], patterns["comments"], patterns["gap"]
        self.mark = patterns["mark"]
        # tested on nearly every line, and rarely found: screened by their rows' needles first
        self.furniture = ScreenedGroup("boilerplate.tsv", "line")
        self.notice = ScreenedGroup("boilerplate.tsv", "notice")
        self.inline = ScreenedGroup("boilerplate.tsv", "inline")
        self.tail_pattern = pattern_alternation("boilerplate.tsv", "tail")
        self.tail_rows = RowFilter([p for k, p, *_ in read_rows("boilerplate.tsv") if k == "tail"], re.I)

    def info(self, text: str, link_ratio: float = 0.0, record: bool = False, seen: LineInfos | None = None,
             ) -> LineInfo:
        """The line's kind; in a record of a structured export a clipped summary (`…`) is the article. With
        `seen`, the page's lines classified so far, a line is classified once: the page repeats its menus, and
        attribution asks again about the paragraphs of the body (each caller gets its own copy, which the
        marking passes change). A line is classified for both readings at once: a record's lines are asked
        about again outside it, by attribution."""
        key = (text, link_ratio > LINKED, self.short, self.long)
        got = None if seen is None else seen.get(key)
        if got is None:
            got = self._classify(text, link_ratio)
            if seen is not None:
                seen[key] = got
        info, record_kind = got
        return LineInfo(info.units, info.punctuated, record_kind if record else info.kind)

    def _classify(self, text: str, link_ratio: float) -> tuple[LineInfo, str]:
        """The line's info outside a record, and its kind in a record (they differ only for a teaser)."""
        mark = text  # `-30-` opens with what would be a list mark
        if text[:1] in BULLET_CHARS:
            text = BULLET.sub("", text)
        units = content_units(text)
        punctuated = SENTENCE.search(text) is not None
        low = text.lower()
        if not units and self.mark.matches_lower(mark):
            kind = "mark"  # `###`: an end or a section break, as the prose around it tells (`_end_marks`)
        elif (units < 16 or (units < 60 and not punctuated)) and self.comments.matches_lower(low):
            # a heading may quote the post's title: `2 thoughts on “…”`
            kind = "comments"
        elif units < 16 and self.stop.matches_lower(low):
            kind = "stop"
        elif units < 16 and self.gap.matches_lower(low):
            kind = "gap"
        elif units < 60 and self.end.matches_lower(low):
            kind = "end"
        elif units < 16 and self.summary.matches_lower(low):
            kind = "summary"
        elif holds_date(text) and not _dated_sentence(text) and (
                content_units(ANY_DATE.sub("", text)) < 12 or (META_LABEL.search(text) and units < 40)):
            kind = "meta"
        elif "." in text and (m := DOTTED_STAMP.match(text)) and (
                META_REST.match(text[m.end():]) or content_units(text[m.end():]) <= DOTTED_REST_UNITS):
            kind = "meta"  # `04.03.2025`, `Date: 04.03.2025 | By …`: a dotted day alone or labelled
        elif units < 16 and RELATIVE_STAMP.match(low):
            kind = "meta"  # `Published 3 hours ago`, `5分钟前`: a stamp no day can be read from, never a headline
        elif units < NOTICE_UNITS and self.inline.matches_lower(low):
            kind = "inline"  # a box inside the article or after it, as the lines around it tell (`mark_inline_boxes`)
        elif ((units < 40 or not punctuated or LEGAL.search(low)) and self.furniture.matches_lower(low)) \
                or (units < NOTICE_UNITS and self.notice.matches_lower(low)):
            kind = "furniture"
        elif ("|" in text or "｜" in text) and (bars := text.count("|") + text.count("｜")) >= 3 \
                and units < 8 * (bars + 1):
            kind = "furniture"
        elif TEASER.search(text) and units < 120:  # a record's clipped summary is its article: read on for it
            return LineInfo(units, punctuated, "furniture"), self._by_form(text, link_ratio, units, punctuated)
        else:
            kind = self._by_form(text, link_ratio, units, punctuated)
        return LineInfo(units, punctuated, kind), kind

    def _by_form(self, text: str, link_ratio: float, units: int, punctuated: bool) -> str:
        """The kind of a line that no word of furniture marks and is no clipped teaser, by its form: another
        article's byline, a link, a row of teasers, prose or short."""
        if units < 60 and "by" in text and TEASER_BYLINE.match(text):  # the word first: few lines hold it
            kind = "furniture"
        elif link_ratio > LINKED and units < 60:
            kind = "linked"  # a line that is all link: navigation or a related article (furniture), but see
            # `mark_inline_links`
        elif not punctuated and units >= 30 and len(GAP.findall(text)) >= 2:
            kind = "furniture"  # headlines run together with wide gaps and no sentence: a row of teasers
        elif units >= self.long or (units >= self.short and punctuated):
            kind = "prose"
        else:
            kind = "short"
        return kind

    def infos(self, lines: list[Line], record: bool, seen: LineInfos) -> list[LineInfo]:
        """Each line's info; `seen` (the page's, empty at first) is filled with what was classified."""
        return [self.info(ln.text, ln.link_ratio, record, seen) for ln in lines]

    def tail(self, line: Line) -> Line:
        """Cut furniture that closes a prose line (a trailing `|`, an editor's note); a line holding none of the
        words the rows need (most of them) is not searched."""
        if not self.tail_rows.may_match(line.text):
            return strip_line(line)
        return strip_line(regex_edit(line, self.tail_pattern, lambda m: ""))


def best_run(scores: list[float], stops: list[bool]) -> tuple[int, int]:
    """Maximum-sum run of lines [a, b) that does not cross a stop line (Kadane per segment)."""
    best = (0, 0)
    best_sum = 0.0
    cur = 0.0
    start = 0
    for i, s in enumerate(scores):
        if stops[i]:
            cur, start = 0.0, i + 1
            continue
        if cur <= 0:
            cur, start = 0.0, i
        cur += s
        if cur > best_sum:
            best_sum, best = cur, (start, i + 1)
    return best


def extend_run(scores: list[float], stops: list[bool], a: int, b: int) -> tuple[int, int]:
    """Join to the run the next runs after it that weigh at least half as much and lie past a gap of a few
    furniture lines, no stop line between: the items of a digest page, an article split by a widget."""
    weight = sum(scores[a:b])
    while b < len(scores):
        na, nb = best_run(scores[b:], stops[b:])
        na, nb = na + b, nb + b
        if nb <= na or na - b > MAX_GAP or any(stops[b:na]) or sum(scores[na:nb]) < weight / 2:
            break
        b = nb
    return a, b


def _discount_after_stop(scores: list[float], stops: list[bool], infos: list[LineInfo]) -> None:
    """What follows a comments or related-articles heading placed after prose weighs half: a long comment
    thread must not outweigh the article above it; after a comment section's heading that follows an
    article's worth of prose, or after a press release's closing mark, nothing weighs at all."""
    seen = 0
    for i, info in enumerate(infos):
        if stops[i] and seen:
            keep = 0.0 if (info.kind == "comments" and seen >= ARTICLE_UNITS) or info.kind == "closing" else 0.5
            for j in range(i + 1, len(scores)):
                if scores[j] > 0:
                    scores[j] *= keep
            return
        seen += info.units if info.kind == "prose" else 0


def _end_marks(lines: list[Line], infos: list[LineInfo]) -> None:
    """A press release's end mark (`###`, `-30-`) ends the article when no more prose follows it than precedes
    it, or when what follows opens as a release's closing block does (About the Ministry…, Media contact:); with
    more prose after it, an author set it as a section break between parts of the article, which goes on past it."""
    prose = [info.units if info.kind == "prose" else 0 for info in infos]
    total = sum(prose)
    for i, info in enumerate(infos):
        if info.kind == "mark":
            before = sum(prose[:i])
            after = next((ln.text.strip() for ln in lines[i + 1 :] if ln.text.strip()), "")
            info.kind = "closing" if total - before <= before or RELEASE_CLOSING.match(after) else "gap"


def _dated_list(lines: list[Line], infos: list[LineInfo]) -> None:
    """Bare dotted days on lines of their own (`07.10.2016`) that name DATED_LIST_DAYS or more different days
    date the items of a list (a sidebar's teasers, an archive's entries), not the page: they are furniture (a
    labelled one, `Erstellt am 21.03.2024`, stays the page's stamp). A day next to a paragraph is the article's:
    its stamp under the headline, a chronology's sub-heading."""
    stamps = {}
    for i, (ln, info) in enumerate(zip(lines, infos)):
        if info.kind == "meta" and ln.text.lstrip()[:1].isdigit() and (m := DOTTED_STAMP.match(ln.text)) \
                and not any(infos[j].kind == "prose" for j in (i - 1, i + 1) if 0 <= j < len(infos)):
            stamps[i] = m.group()
    if len(set(stamps.values())) >= DATED_LIST_DAYS:
        for i in stamps:
            infos[i].kind = "furniture"


def _orphan_stops(infos: list[LineInfo], stops: list[bool], links: list[float]) -> None:
    """A related-articles heading between two paragraphs, its list gone (the main-content step drops link
    lists) or one teaser line left before it (`<headline>` / `Read more`), is a box inside the article: the
    article goes on past it as past an advert's marker (a short last paragraph too), the teaser line left out."""
    for i in range(1, len(infos) - 1):
        if not (infos[i].kind == "stop" and infos[i + 1].kind == "prose" and links[i + 1] < 0.5):
            continue
        teaser = i >= 2 and infos[i - 1].kind in ("short", "furniture") and infos[i - 2].kind == "prose"
        if infos[i - 1].kind == "prose" or teaser:
            stops[i] = False
            infos[i].kind = "furniture" if teaser else "gap"
            if teaser:
                infos[i - 1].kind = "furniture"


def _attach_closing_lines(lines: list[Line], infos: list[LineInfo], a: int, b: int,
                          main: bool = False) -> tuple[int, int]:
    """Short complete sentences next to the run (`蔡奇、王毅等参加会见。`) belong to the article, and so do the
    credits that close it; in a page's main-content text (its menus and teasers already gone) so do the short
    lines around the run (a list, a greeting, a signature), up to the first furniture line."""
    while a > 0 and infos[a - 1].kind == "short" and (lines[a - 1].text.rstrip().endswith(CLOSERS)):
        a -= 1
    while b < len(lines) and infos[b].kind == "short" and (main or lines[b].text.rstrip().endswith(CLOSERS)):
        b += 1
    if b < len(lines) and infos[b].kind == "end":
        b += 1
    return a, b


def _attach_heading(headings: list[bool], infos: list[LineInfo], a: int) -> int:
    """A Markdown heading just before the run (past a source or counter line) is its section's heading: a
    digest page keeps each item's heading, the first one included."""
    i = a - 1
    while i >= 0 and infos[i].kind == "furniture" and a - i <= 3:
        i -= 1
    return i if i >= 0 and headings[i] and infos[i].kind in ("short", "prose") else a


def score(info: LineInfo, structured: bool) -> float:
    if info.kind == "prose":
        return float(info.units)
    if info.kind == "short":
        return 1.0 if structured else -2.0
    if info.kind in ("stop", "comments", "end", "closing"):
        return -60.0
    if info.kind in ("repeat", "gap"):
        return 0.0  # a paragraph the article already holds (a pull quote, a summary), or an advert's marker:
        # no break in the article
    return -8.0 if structured else -30.0


def _stamps_apart(lines: list[Line]) -> list[Line]:
    """The page's lines, each flattened run split, with a time stamp that opens a line set apart as a meta
    line of its own (the rest keeps the line's share of link text)."""
    out: list[Line] = []
    for line in (part for ln in lines for part in split_flattened(ln)):
        meta, rest = split_stamp(line)
        if meta is not None:
            meta.label = "meta"
            out.append(meta)
        if rest is not None:
            rest.link_ratio = line.link_ratio
            out.append(rest)
    return out


@component("segment", requires=("lines",), assigns=("body_lines",))
def make_segment(settings=None, **_):
    """Label every line and choose the article's lines, without furniture or repeated paragraphs."""
    clf = Classifier(settings.short_line_chars if settings else 12, settings.long_line_chars if settings else 60)

    def segment(doc: Document) -> Document:
        lines = _stamps_apart(doc.lines)
        record = doc.fmt == "record"
        doc.line_infos = {}
        infos = clf.infos(lines, record, doc.line_infos)
        headings = [ln.label == "heading" for ln in lines]
        for ln, inf in zip(lines, infos):
            if ln.label == "caption":
                inf.kind = "furniture"
        squeezed = ["".join(ln.text.split()) for ln in lines]  # the key both marking passes compare lines by
        mark_inline_links(lines, infos)
        mark_contained(squeezed, infos)
        mark_repeated(squeezed, infos)
        mark_teasers(infos)
        mark_headline_lists(lines, infos, headings)
        mark_figure_blocks(lines, infos)
        mark_inline_boxes(lines, infos)
        _end_marks(lines, infos)
        _dated_list(lines, infos)
        for ln, inf in zip(lines, infos):
            ln.label = LABEL_OF_KIND.get(inf.kind, "boilerplate")
        structured = bool(doc.hints.get("structured"))
        # in extracted or structured text a related-articles heading is usually alone (its list is gone):
        # it costs like furniture instead of ending the article; a credit line closing the article
        # (`Reporting by …; Editing by …`) ends it in structured text too
        stops = [(i.kind in ("stop", "comments") and not structured) or i.kind in ("end", "closing") for i in infos]
        _orphan_stops(infos, stops, [ln.link_ratio for ln in lines])
        scores = [score(i, structured) for i in infos]
        _discount_after_stop(scores, stops, infos)
        a, b = extend_run(scores, stops, *best_run(scores, stops))
        a, b = _attach_closing_lines(lines, infos, a, b, bool(doc.hints.get("main_content")))
        if any(headings):
            a = _attach_heading(headings, infos, a)
        kept: list[Line] = []
        seen: set[str] = set()
        for i, (ln, inf) in enumerate(zip(lines, infos)):
            if not (a <= i < b) or inf.kind not in ("prose", "short", "end"):
                if ln.label == "body":
                    ln.label = "outside"
                continue
            cut = clf.tail(ln)
            key = squeezed[i] if cut is ln else "".join(cut.text.split())
            ln = cut
            if not key or key in seen:
                ln.label = "repeat"
                continue
            seen.add(key)
            kept.append(ln)
        doc.lines = lines
        doc.hints["body_range"] = (a, b)
        doc.hints["body_lines"] = kept
        return doc

    return segment


def _key(text: str) -> str:
    return "".join(text.split()).lower()


@component("assemble", requires=("body_lines", "title"), assigns=("body", "offsets"))
def make_assemble(**_):
    """Join the article's lines into the body (the headline stays out) with its offset map."""

    def assemble(doc: Document) -> Document:
        kept: list[Line] = doc.hints.pop("body_lines", [])
        title = _key(doc.title or "")
        if title:
            kept = [ln for i, ln in enumerate(kept) if i > 2 or _key(ln.text) != title]
        doc.body, doc.offsets = build_text([ln.pieces for ln in kept])
        if not doc.body.strip():
            doc.error = "no article text found"
        return doc

    return assemble
