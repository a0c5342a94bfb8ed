"""Chinese names with no title of their own: the untitled subject and partner of a trigger (李强同奥利举行会谈,
会见阿卢波), and names a titled mention introduced, found again where they stand alone."""

from __future__ import annotations

import re
from bisect import bisect_right

from diplograph.extract.gazetteer import Entry, Gazetteer, Hit, Matcher
from diplograph.extract.mention import START, Mention
from diplograph.extract.names import HAN, HAN_NAMING, family_part, plausible_name, zh_name
from diplograph.extract.zh_chains import titled_only
from diplograph.extract.zh_name_ends import native_end
from diplograph.extract.zh_states import STATE_KINDS

# `李强同奥利举行会谈`, `韩正会见阿卢波`: untitled names as the subject and partner of a trigger (同 of 同日, 同时
# is no `with`: 王立明同日与卡洛尼举行会谈)
BARE_BEFORE = re.compile(
    r"(?:^|(?<=[，,：:。；\s]))(?P<a>[\u4e00-\u9fff·]{2,9}?)(?:(?:同(?![日时時期])|与|與|和|跟)"
    r"(?P<b>[\u4e00-\u9fff·]{2,9}?))?"
    r"(?:共同)?(?:举行|舉行|进行|進行)?$"
)
CLAUSE_MARKS = "，,。；;\n"  # what ends the clause a trigger stands in
NAMED_AFTER = ("meeting", "message")  # 会见某某。, 致电某某，祝贺他…: the partner is named right after
# a transliterated name may have up to four parts joined by dots (致电安东尼奥·何塞·塞古罗，祝贺他…)
BARE_AFTER = re.compile(r"^(?P<c>(?:[\u4e00-\u9fff]{1,9}[·‧・]){0,3}[\u4e00-\u9fff·]{2,9}?)(?=[，,。；\s]|$)")


def zh_bare_names(
    text: str, mentions: list[Mention], triggers: list[Hit], gaz: Gazetteer, home: str | None
) -> list[Mention]:
    """Names with no title right around a trigger. The subject is the outlet's side; a partner is the one
    other side named only by a title elsewhere (尼泊尔总理 in the headline), else left out."""
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    bare_titles = {m.affiliation: m for m in mentions  # not a title shared by several sides (中美两国元首)
                   if titled_only(m) and m.affiliation not in (home, None) and m.name != m.title}
    other = next(iter(bare_titles)) if len(bare_titles) == 1 else None
    titled_ends = sorted(m.end for m in mentions if m.affiliation == other and titled_only(m)) if other else []
    person_starts = {m.start for m in mentions if m.kind == "person"}
    named_here: set[int] = set()
    extra: list[Mention] = []
    for t in triggers:
        left = max(0, text.rfind("\n", max(0, t.start - 24), t.start) + 1, t.start - 24)  # one bounded search
        spans = []
        before = BARE_BEFORE.search(text, left, t.start)
        before_a = before.start("a") if before else -1
        if before:
            spans += [(before.start("a"), before.end("a"), home)]
            if before.group("b"):
                spans.append((before.start("b"), before.end("b"), other))
        after = BARE_AFTER.match(text[t.end : t.end + 40])
        if after and t.first("trigger").value in NAMED_AFTER and not _subject_of(text, titled_ends, t):
            spans.append((t.end, t.end + after.end("c"), other))
        for a, b, aff in spans:
            if a != before_a and before_a >= 0 and not (before_a in person_starts or before_a in named_here):
                break  # 北韓現在…與世界對話: with no person as the subject, the partner is no person either
            b = min(b, zh_name(text, a, set(), {t.start})[1])  # 王毅在通話中: the name stops at 在
            b = native_end(text, a, b, aff, gaz, set())
            name = text[a:b]
            if (aff is None or b - a < 2 or any(covered[a:b]) or not plausible_name(name, aff, gaz)
                    or _states_only(name, gaz)):
                continue
            if aff == home and home in HAN_NAMING and not (name[0] in gaz.surnames and len(name) <= 3):
                continue  # the outlet's own people have Han names (高市早苗 is not a Taipei official)
            named_here.add(a)
            covered[a:b] = b"\x01" * (b - a)
            m = Mention("person", a, b, name=name, name_span=(a, b), affiliation=aff, affiliation_from="home")
            if aff == other:  # the partner holds the headline's title, or the one told of him right after
                titled = _title_told(text, mentions, aff, a) or bare_titles[aff]
                m.title, m.office = titled.title, titled.office
            extra.append(m)
    return sorted(mentions + extra, key=START) if extra else mentions


def _subject_of(text: str, titled_ends: list[int], t: Hit) -> bool:
    """Whether one of the titles alone of the partner's side (`titled_ends`: where they end, sorted) stands in the
    trigger's clause before it (馬爾他外長訪北京晤某某): the subject, so the name after the trigger is its partner,
    not that title's holder. Only the last one ending before the trigger is read: a clause mark after it stands
    after every earlier one too (reading each cost the square of a long page's titles and triggers)."""
    k = bisect_right(titled_ends, t.start)
    return k > 0 and not any(ch in CLAUSE_MARKS for ch in text[titled_ends[k - 1] : t.start])


def _title_told(text: str, mentions: list[Mention], side: str, at: int) -> Mention | None:
    """The first title alone of `side` told after a partner named at `at` in the same sentence (致电某某，祝贺他
    就任葡萄牙总统): his office, though the page names another of that side's offices later."""
    return next((m for m in mentions if m.start > at and titled_only(m) and m.affiliation == side
                 and "。" not in text[at : m.start]), None)


def _states_only(name: str, gaz: Gazetteer) -> bool:
    """Whether a string is written wholly with states' one-character forms (韩日, 中美): a pair of states, as
    in 韩日峰会, not a name."""
    hits = [h for h in gaz.actors.find(name) if h.kinds & STATE_KINDS]
    return sum(h.end - h.start for h in hits) == len(name)


def learn_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Find again, standing alone, the names that a titled mention introduced."""
    known = {}
    for m in mentions:
        if (m.kind == "person" and m.name and m.name_span and m.name_span[1] - m.name_span[0] >= 2 and m.affiliation
                and m.name != m.title):  # a bare title (总统) is no name to find again
            known.setdefault(m.name, m)
            if m.affiliation == "JPN" and len(m.name) >= 4 and HAN.match(m.name[0]):
                known.setdefault(m.name[:2], m)  # 小泉 for 小泉进次郎: a Japanese family name alone
            family = family_part(m.name)
            if family and m.affiliation not in HAN_NAMING:
                known.setdefault(family, m)  # 羅哈斯 for 米格爾．羅哈斯: a transliterated family name alone
    if not known:
        return sorted(mentions, key=START)
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = []
    for h in Matcher([(name, Entry("person", name)) for name in known], once=True).find(text):  # one pass for all
        if not any(covered[h.start : h.end]):
            src = known[h.entries[0].value]
            extra.append(Mention("person", h.start, h.end, name=text[h.start : h.end], name_span=(h.start, h.end),
                                 affiliation=src.affiliation, affiliation_from="learned", office=src.office,
                                 title=src.title, names=dict(src.names)))
    return sorted(mentions + extra, key=START)


