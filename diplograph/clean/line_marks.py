"""Marks on a page's classified lines, from the lines around them, before the article's run is chosen: a list
of related headlines after the last paragraph, an all-link line inside the text, the cells of a figures widget,
a teaser after its label, a line the page repeats or restates."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import ahocorasick_rs

from diplograph.doc import Line

SCAN_BUDGET = 4_000_000  # keys x characters under which scanning per key is cheaper than building an automaton
CLOSERS = ("。", "！", "？", ".", "!", "?", "؟", "۔", "।")
DIGIT = re.compile(r"\d")
HEADLINE_LIST = 3  # headlines in a row that make a list of related articles
# what ends a statement or introduces what follows: a line ending so is no headline of a list (a headline
# may ask or exclaim)
ITEM_ENDS = ("。", ".", "”", "」", "』", '"', "’", ")", "）", ":", "：", ";", "；", ",", "，", "、", "…")
LABEL_FIRST = re.compile(r"[^:：]{1,16}[:：]\s*\S")  # `Label: headline`


@dataclass(slots=True)
class LineInfo:
    """What the classifier sees in one line."""

    units: int
    punctuated: bool  # holds sentence punctuation
    kind: str  # prose | short | meta | furniture | stop | comments | end | gap | inline


def mark_headline_lists(lines: list[Line], infos: list[LineInfo], headings: list[bool]) -> None:
    """Three or more headlines in a row (lines of a headline's length that end no statement) right after the
    last paragraph are a list of related articles. An article ends its sentences and sets its subheadings
    alone; a list of its own (participants, steps) goes on with prose, or follows a line that announces it
    (`Participants`, `…as follows:`)."""
    last_prose = max((i for i, inf in enumerate(infos) if inf.kind == "prose"
                      and not _headline_item(lines[i].text, inf, headings[i])), default=-1)
    run: list[int] = []
    for i in range(last_prose + 1, len(lines) + 1):
        if i < len(lines) and _headline_item(lines[i].text, infos[i], headings[i]):
            run.append(i)
            continue
        if len(run) >= HEADLINE_LIST and run[0] == last_prose + 1 \
                and not lines[last_prose].text.rstrip().endswith((":", "：")):
            for j in run:
                infos[j].kind = "furniture"
        run = []


def mark_inline_links(lines: list[Line], infos: list[LineInfo]) -> None:
    """A line that is all link, set alone between a finished paragraph and the next line of the article (a
    question linked to its answer, `Here is the event page`), is a link in the text, judged by its form,
    unless it is a labelled headline (`Analysis: Talks stall again`, a teaser); other all-link lines are
    navigation or related articles: furniture."""
    for i, inf in enumerate(infos):
        if inf.kind == "linked":
            text = lines[i].text.rstrip()
            inline = 0 < i < len(infos) - 1 and infos[i - 1].kind == "prose" \
                and lines[i - 1].text.rstrip().endswith(CLOSERS) and infos[i + 1].kind in ("prose", "short") \
                and (text.endswith(CLOSERS) or not LABEL_FIRST.match(text))
            inf.kind = ("prose" if inf.punctuated else "short") if inline else "furniture"


def mark_inline_boxes(lines: list[Line], infos: list[LineInfo]) -> None:
    """A box of `inline` lines (a newsletter's sign-up call, `Read more: <headline>`), with the heading over it
    and any advert's marker beside it, set between two paragraphs is inside the article: the article goes on
    past it as past an advert's marker (a gap), its last short paragraph too. Anywhere else such a line is
    furniture."""
    i = 0
    while i < len(infos):
        if infos[i].kind != "inline":
            i += 1
            continue
        a, b = i, i
        while b < len(infos) and infos[b].kind in ("inline", "gap"):
            b += 1
        if a > 1 and infos[a - 1].kind == "short" and not lines[a - 1].text.rstrip().endswith(ITEM_ENDS):
            a -= 1  # the box's heading (`Get the morning briefing`)
        while a > 0 and infos[a - 1].kind == "gap":
            a -= 1
        inside = a > 0 and infos[a - 1].kind == "prose" and b < len(infos) and infos[b].kind == "prose"
        for j in range(a, b):
            if infos[j].kind == "inline":
                infos[j].kind = "gap" if inside else "furniture"
            elif infos[j].kind == "short" and inside:
                infos[j].kind = "gap"
        i = b


def mark_figure_blocks(lines: list[Line], infos: list[LineInfo]) -> None:
    """Three or more short lines in a row that are mostly figures (`12,345Cases`, `3,210 45Active`) are the
    cells of a data widget or table, not the article's sentences."""
    run: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and infos[i].kind in ("short", "prose") and _figure_cell(lines[i].text, infos[i]):
            run.append(i)
            continue
        if len(run) >= HEADLINE_LIST:
            for j in run:
                infos[j].kind = "furniture"
        run = []


def _figure_cell(text: str, info: LineInfo) -> bool:
    return info.units <= 4 and len(text) <= 30 and 3 * len(DIGIT.findall(text)) >= len("".join(text.split()))


def _headline_item(text: str, info: LineInfo, heading: bool) -> bool:
    return (info.kind in ("prose", "short") and not heading and 8 <= info.units <= 60
            and not text.rstrip().endswith(ITEM_ENDS))


def mark_teasers(infos: list[LineInfo]) -> None:
    """The paragraph right after a teaser label (`视频简介`) restates the article: furniture."""
    for i, inf in enumerate(infos[:-1]):
        if inf.kind == "summary" and infos[i + 1].kind in ("prose", "short"):
            infos[i + 1].kind = "repeat"


def mark_contained(squeezed: list[str], infos: list[LineInfo]) -> None:
    """A line repeated inside a longer prose line (a summary restating the lead) is furniture (`squeezed`: each
    line's text without white space)."""
    keys = {i: squeezed[i] for i, inf in enumerate(infos) if inf.kind in ("prose", "short")}
    prose = [keys[i] for i, inf in enumerate(infos) if inf.kind == "prose"]
    # a headline restated in the lead is still the headline: only sentences count
    wanted = sorted({k for k in keys.values() if len(k) >= 8 and k.endswith(("。", "！", "？", ".", "!", "?", "…"))})
    if not wanted or not prose:
        return
    # an occurrence beyond the lines equal to the key lies in a longer line
    joined = "\0".join(prose)
    equal = Counter(prose)
    if len(wanted) * len(joined) <= SCAN_BUDGET:  # a page of usual size: a few fast scans per key
        found = Counter({k: _occurrences(joined, k, equal[k] + 1) for k in wanted})
    else:  # one Aho-Corasick pass finds every wanted line at once (scans per key grow with the page's square)
        automaton = ahocorasick_rs.AhoCorasick(wanted, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        found = Counter(wanted[k] for k, _, _ in automaton.find_matches_as_indexes(joined, overlapping=True))
    for i, key in keys.items():
        if found[key] > equal[key]:
            infos[i].kind = "repeat"


def _occurrences(text: str, key: str, most: int) -> int:
    """How many times `key` occurs in `text`, overlaps counted, up to `most` (no need to count further)."""
    n, at = 0, text.find(key)
    while at >= 0 and n < most:
        n += 1
        at = text.find(key, at + 1)
    return n


def mark_repeated(squeezed: list[str], infos: list[LineInfo]) -> None:
    """A short line printed twice or more on one page is its furniture (a menu, a promotion, a teaser list
    shown at the top and again at the foot); an article does not repeat its own short lines, bar a quote."""
    counts = Counter(squeezed)
    for key, inf in zip(squeezed, infos):
        if counts[key] > 1 and inf.units < 40 and inf.kind in ("prose", "short") and len(key) >= 8:
            # costs as furniture; labelled `repeat`, it may still be the page's headline; a finished sentence
            # printed twice is a pull quote of the article, which costs nothing
            inf.kind = "repeat" if key.endswith(CLOSERS) else "repeated"
