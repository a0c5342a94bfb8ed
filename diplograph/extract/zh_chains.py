"""Chinese title chains: `[country][institution][title][name]` (韩国外长康京和, 中共中央政治局委员、外长王毅,
美國國防部長赫格塞斯) and groups acting as one party (中共代表团). Whether two hits are one chain is judged in
`zh_joins`, where a name ends in `zh_name_ends`, groups are found in `zh_groups`, untitled names are read
in `zh_bare`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from diplograph.extract.gazetteer import Gazetteer, Hit
from diplograph.extract.mention import Mention, best_office
from diplograph.extract.names import (
    HAN,
    HAN_NAMING,
    NAME_JOINERS,
    ZH_STOP_CHARS,
    bracket_name,
    plausible_name,
    stop_word_at,
    zh_name,
)
from diplograph.extract.zh_groups import zh_groups
from diplograph.extract.zh_joins import (
    ARMED_FORCES,
    LEFT_EXTENDABLE,
    MINISTRY_GAP,
    POSTED_TO,
    SHORT_ONLY,
    SIDE_PLACE,
    department,
    inside_institution,
    institution,
    joins,
    seat_title,
    side_title,
    towards,
)
from diplograph.extract.zh_name_ends import name_before, native_end, native_name, spaced_name
from diplograph.extract.zh_states import (
    COUNTRY_ONLY,
    GROUP_NOUNS,
    LEADER_WORDS,
    MEETING_NOUNS,
    SIDES_JOINED,
    TITLE_KINDS,
    before_guo_title,
    before_guojia,
    is_state,
    joint_title,
    listed,
    not_a_state,
    portfolio,
    shared_title,
    short_state,
    state_in_full,
    with_abbreviations,
)

PLACE_ONLY = frozenset(("place",))
ZH_CHAIN_KINDS = frozenset(("country", "org", "title", "body", "short", "side", "place"))
NAME_BREAK_KINDS = frozenset(("country", "org", "title", "body"))
ZONE_TIME = ("时间", "時間")  # 莫斯科時間: a place's time zone
DEPUTY_OF_MINISTER = frozenset(("minister", "foreign_minister"))
HEAD_OFFICE_SET = frozenset(("head_of_state", "head_of_government", "org_head"))
GLOSS = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[)）]$")  # an institution's short name in brackets, by the title
ROYAL = re.compile(r"[王皇]|苏丹|蘇丹|埃米尔|埃米爾")  # 国王, 王储, 女王, 天皇, 苏丹
MIXED_NAMING = frozenset(("SGP",))  # states naming in Han whose officials' names may be transliterations too
FORMER = ("前任", "前", "时任", "時任", "卸任")  # 前总理, 时任日本首相: kept in the title as printed
ELECT = re.compile(r"候任|当选|當選|准总统|準總統")  # a president-elect holds no office yet
MEMBERS = re.compile(r"成员国|成員國")  # 甲组织成员国元首: the members' leaders, no head of the organisation
FOREIGN_MINISTRY = re.compile(r"外(?:交|务|務)")
ELECT_AFTER = ("当选人", "當選人")
PAST = re.compile(r"前|卸任")  # 总统当选人: the title runs on
# 美國商會, 某國海事博物館, 日本某大學: a state's name opening the name of a body that is not its government (a
# chamber of commerce, a company, a university, a museum, a foundation) names no party
PRIVATE_BODY = re.compile(r"[^\s，,。；;、：:与與和及同跟对對向在的]{0,6}?"
                          r"(?:(?<![磋协協])商(?:[总總])?[会會]|公司|大[学學]|博物[馆館]|基金[会會])")  # not 磋商会议
LOCAL_POSTS = ("市", "省", "州", "县", "縣")
TITLE_VERBS = ("代表",)  # titles that are verbs too


def zh_mentions(
    text: str,
    hits: list[Hit],
    trigger_starts: set[int],
    gaz: Gazetteer,
    home: str | None,
    breaks: frozenset[int] = frozenset(),
    trigger_ends: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Chinese mentions from the lexicon hits of `text`."""
    # the cheap tests first: only a Latin hit can stand in a gloss, only a one-character form be a word's end
    actor_hits = [h for h in hits if not h.kinds.isdisjoint(ZH_CHAIN_KINDS)
                  and not (text[h.start].isascii() and _in_gloss(text, h))
                  and not (h.kinds == SHORT_ONLY and not_a_state(text, h))]
    actor_hits = with_abbreviations(text, before_guo_title(text, before_guojia(text, actor_hits, gaz), gaz), gaz)
    # a place is no name's end (a transliteration may hold one), but its time zone is: 普丁莫斯科時間6日
    starts = {h.start for h in actor_hits if not h.kinds.isdisjoint(NAME_BREAK_KINDS)
              or ("place" in h.kinds and text.startswith(ZONE_TIME, h.end))}
    out: list[Mention] = []
    i, name_end = 0, -1
    hit_ends = {h.end for h in actor_hits}
    joints = [m.start() for m in JOINERS.finditer(text)]  # where transliterated names' parts join (few pages)
    named = {text[h.start : h.end]: h.entries[0].value for h in actor_hits if h.kinds == COUNTRY_ONLY}
    stops = starts | trigger_starts
    while i < len(actor_hits):
        hit = actor_hits[i]  # either test holds only of a hit at or before the name's end, or of a 中 or 日
        if (hit.start <= name_end or hit.kinds == SHORT_ONLY) and (
                _in_name(hit, name_end) or _ends_name(text, hit, gaz, hit_ends, joints)):
            i += 1
            continue
        chain, i = _chain_from(text, actor_hits, i, stops, trigger_starts)
        i += 1
        if len(chain) == 1 and chain[0].kinds == SHORT_ONLY:
            continue  # a lone 中 or 日 is an ordinary character
        counted = _counted_states(text, chain, gaz, named) if len(chain) > 1 else None
        if counted:
            out += counted
            continue
        joint = joint_title(text, chain, gaz, named) if len(chain) > 2 else None
        if joint:
            out += joint
            continue
        mention = _zh_chain(text, chain, starts, trigger_starts, stops, gaz, home, breaks)
        if mention:
            out.append(mention)
            if mention.kind == "person" and mention.name_span:
                at_end = next((h for h in actor_hits[i : i + 4] if h.start >= mention.name_span[1]), None)
                if at_end is not None and at_end.start == mention.name_span[1]:
                    _through_state(text, mention, at_end, gaz, trigger_starts, breaks)
                name_end = mention.name_span[1]
    capitals = _paired_capitals(text, actor_hits, out)
    if capitals:
        out = sorted(out + capitals, key=lambda m: m.start)
    return _stacked_titles(text, _coordinated_sides(text, out)) + zh_groups(text, out, gaz, trigger_ends)


# the pair opens its clause as its subject (not 訪問了東京和首爾: the places a visit went to)
CLAUSE_OPENING = frozenset("。！？；;，,：:\n「“（(")


def _paired_capitals(text: str, hits: list[Hit], found: list[Mention]) -> list[Mention]:
    """Two seats of government joined to one another, opening their clause (华府与北京举行贸易会谈, 東京和首爾): the
    press's names for the two states, as sides (a capital alone is mostly where something happens, and is no
    mention)."""
    places = [h for h in hits if h.kinds == PLACE_ONLY]
    if len(places) < 2:
        return []
    taken = {m.start for m in found}
    out = []
    for a, b in zip(places, places[1:]):
        if text[a.end : b.start] in SIDES_JOINED and a.start not in taken and b.start not in taken \
                and a.entries[0].value != b.entries[0].value and (a.start == 0 or text[a.start - 1] in CLAUSE_OPENING):
            out += [Mention("state", h.start, h.end, name=text[h.start : h.end], name_span=(h.start, h.end),
                            affiliation=h.entries[0].value, affiliation_from="text") for h in (a, b)]
            taken |= {a.start, b.start}
    return out


def _chain_from(text: str, actor_hits: list[Hit], i: int, stops: set[int], trigger_starts: set[int],
                ) -> tuple[list[Hit], int]:
    """The chain of hits that opens at actor_hits[i] (`[country][institution][title]`, states sharing a
    title) and the index of its last hit; a one-character form inside an institution's name is passed over."""
    chain = [actor_hits[i]]
    titled = "title" in chain[0].kinds
    while i + 1 < len(actor_hits):
        last, nxt = chain[-1], actor_hits[i + 1]
        if nxt.start - last.end > 36:
            break  # longer than any gap a chain allows
        if nxt.kinds == SHORT_ONLY and inside_institution(text, last, actor_hits, i + 1):
            i += 1  # 議會友台小組主席: a one-character form (台) inside the institution's name
            continue
        # states in a list stand one character apart (、, 和): the length of the gap is tested first
        if nxt.start - last.end == 1 and is_state(last) and is_state(nxt) and listed(text, last, nxt):
            if not shared_title(text, actor_hits, i + 1, stops) and not last.kinds == nxt.kinds == SHORT_ONLY:
                break  # 美国、日本、菲律宾: a list of states, each a party (德、法、意: read together, below)
        elif not (joins(text, last, nxt) or towards(text, actor_hits, i + 1)):
            break
        if ((nxt.kinds & SIDE_PLACE or last.kinds & SIDE_PLACE) and not seat_title(text, actor_hits, i + 1)
                and not side_title(last, nxt)):
            break
        if titled and not nxt.kinds & TITLE_KINDS:
            break  # 秘书长古特雷斯, 赤道几内亚总统、埃及总统: a country after a title starts something new
        if "org" in last.kinds and nxt.start in trigger_starts:
            break  # 东盟防长会议: the title opens the gathering's noun, whose organisation is a party
        chain.append(nxt)
        titled = titled or "title" in nxt.kinds
        i += 1
    return chain, i


STATES_COUNTED = re.compile(r"等|[两兩三四五六七八九十\d]+[国國]")


def _counted_states(text: str, chain: list[Hit], gaz: Gazetteer, named: dict[str, str]) -> list[Mention]:
    """States run together by their one-character forms and counted (美日菲等14國, 美日韩三国, 德、法、意三国), or
    three or more listed with 、 (访问德、法、意): each a state named in full, in the script of the page."""
    if len(chain) < 2 or chain[0].kinds != SHORT_ONLY or any(h.kinds != SHORT_ONLY or h.end - h.start != 1
                                                              for h in chain):
        return []  # (the first hit tested alone first: most chains open with a state's full name or a title)
    gaps = {text[a.end : b.start] for a, b in zip(chain, chain[1:])}
    if not (gaps <= {"", "、"} and (STATES_COUNTED.match(text, chain[-1].end) or (gaps == {"、"} and len(chain) > 2))):
        return []
    out = [state_in_full(text, h, short_state(text[h.start : h.end], h, named), gaz) for h in chain]
    return out if all(m.name != text[m.start : m.end] for m in out) else []  # each state named in full


STACK_GAP = re.compile(r"、[\u4e00-\u9fff]{0,12}")


def _stacked_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Titles listed with 、 before one name are one person's (国务院副总理、某对话中方主席刘某): a titled
    mention naming nobody that runs into the next, named one of the same side gives it its higher office; a
    foreign name of no side told takes the side of the state the first title is of (某国副总统、总统事务部部长A·B)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and titled_only(prev) and m.kind == "person" and m.name_span and not titled_only(m)
                and (prev.affiliation == m.affiliation or (m.affiliation is None and prev.affiliation_from == "text"))
                and STACK_GAP.fullmatch(text, prev.end, m.start)):
            if m.affiliation is None:
                m.affiliation, m.affiliation_from = prev.affiliation, "text"
            m.office = best_office([prev.office or "other", m.office or "other"], False)
            m.start, m.title_span = prev.start, (prev.title_span[0], m.title_span[1] if m.title_span else m.start)
            m.title = text[m.title_span[0] : m.title_span[1]]
            out[-1] = m
            continue
        out.append(m)
    return out


COORDINATOR = re.compile(r"(?:和|与|與|及|以及|、)")


def _coordinated_sides(text: str, mentions: list[Mention]) -> list[Mention]:
    """A country scopes over a coordinated title of the same kind: in 甲国总统A和副总统B (or 当选总统B) B is 甲国's
    too, not the outlet's; a different title (美国总统A和国家主席B) is left to the usual rules, but for a person
    of no known side listed right after (甲国总统A、总理B)."""
    for prev, m in zip(mentions, mentions[1:]):
        if (m.affiliation_from in ("home", "") and prev.affiliation_from == "text" and prev.title and m.title
                and COORDINATOR.fullmatch(text, prev.end, m.start)
                and (m.title.endswith(prev.title) or text[prev.end : m.start] == "、")):
            # 巴基斯坦总统A、总理B: someone listed after a state's official with a title of no state is of that
            # state too (officials of two states are joined by 和, 同, 与: 美国总统A和国家主席B)
            m.affiliation, m.affiliation_from = prev.affiliation, "text"
    return mentions


def _through_state(text: str, m: Mention, nxt: Hit, gaz: Gazetteer, trigger_starts: set[int],
                   breaks: frozenset[int]) -> None:
    """A short state's name inside a transliterated name (纽埃 in 埃马纽埃尔·博纳): when the name read stops at
    a state of two characters that transliteration characters stand on both sides of, the name goes on
    through it, to where it would end without that state."""
    a, b = m.name_span or (0, 0)
    if nxt.end - nxt.start != 2 or "country" not in nxt.kinds or text[b - 1] not in gaz.transliteration:
        return
    if 0 < b - max(text.rfind(j, a, b) for j in NAME_JOINERS) <= JOINED_NAME_END + 1 \
            and (not HAN.match(text, nxt.end) or text[nxt.end] in ZH_STOP_CHARS or stop_word_at(text, nxt.end)):
        # 穆罕默德·本·萨勒曼·阿勒沙特。: a joined name's last part too short to end it runs on through the state
        # that ends the name, before punctuation or a function word (not 马丁美国之行: Martin's US trip)
        m.name, m.name_span, m.end = text[a : nxt.end], (a, nxt.end), max(m.end, nxt.end)
        return
    if text[nxt.end : nxt.end + 1] not in gaz.transliteration or text[nxt.end] in ZH_STOP_CHARS:
        return
    end = native_end(text, a, zh_name(text, b, set(), trigger_starts, breaks)[1], m.affiliation, gaz, set())
    if end > nxt.end and plausible_name(text[a:end], m.affiliation, gaz):
        m.name, m.name_span, m.end = text[a:end], (a, end), max(m.end, end)


def _in_name(hit: Hit, name_end: int) -> bool:
    """Whether a hit is part of the name just read or a word right after it: in 副总统黎明德以总统特使身份,
    德 ends the name and 以 (as) follows it; neither is a one-character country (德, 以)."""
    return hit.start < name_end or (hit.start == name_end and hit.kinds == SHORT_ONLY)


def _ends_name(text: str, hit: Hit, gaz: Gazetteer, hit_ends: set[int], joints: list[int]) -> bool:
    """Whether a one-character country form is the last character of a Han name (拜会黎清德总统: 德 ends
    黎清德): it follows a surname and one more character, none of them a function word or a country; or of the
    last part of a joined transliterated name (阿卜杜勒-马吉德外长, 穆罕默德·法德外长)."""
    k = hit.start
    if hit.kinds != SHORT_ONLY or k < 2:
        return False
    if joints and _joined_part_end(text, k, gaz, joints):
        return True  # the part's characters may be one-character forms themselves (马 of 马吉德)
    if k in hit_ends or k - 1 in hit_ends:
        return False
    a, b = text[k - 2], text[k - 1]
    return a in gaz.surnames and HAN.match(b) is not None and not ZH_STOP_CHARS.intersection(a + b)


JOINED_PART = 6  # the most characters of one part of a transliterated name (after its joiner)
JOINED_NAME_END = 2  # a joined name's last part up to this long, then a state's name (阿勒 of 阿勒沙特), runs on
JOINERS = re.compile(f"[{re.escape(NAME_JOINERS)}]")


def _joined_part_end(text: str, k: int, gaz: Gazetteer, joints: list[int]) -> bool:
    """Whether the characters before `k` are one part of a transliterated name, right after its joiner (one of
    `joints`, looked up first: most one-character forms stand far from any)."""
    n = bisect_left(joints, k)
    if n == 0 or k - joints[n - 1] > JOINED_PART + 1:
        return False
    j = k
    while j > 0 and k - j < JOINED_PART and text[j - 1] in gaz.transliteration:
        j -= 1
    return 0 < j < k and text[j - 1] in NAME_JOINERS


def _in_gloss(text: str, hit: Hit) -> bool:
    """Whether a Latin hit (the caller tests the script) stands inside the brackets that gloss a Chinese name
    (國王沙爾曼（King Salman）)."""
    lo = max(0, hit.start - 60)
    return max(text.rfind("（", lo, hit.start), text.rfind("(", lo, hit.start)) > max(
        text.rfind("）", lo, hit.start), text.rfind(")", lo, hit.start))


def _glossed_office(text: str, body: Hit, title: Hit, gaz: Gazetteer) -> str | None:
    """The office of the post that an institution's short name in brackets and the title after it spell
    (（全國政協）主席 reads as 全國政協主席), or None."""
    gloss = GLOSS.search(text, body.end, title.start)
    if gloss is None:
        return None
    word = gloss.group(1) + text[title.start : title.end]
    whole = [h for h in gaz.actors.find(word) if h.start == 0 and h.end == len(word) and "title" in h.kinds]
    return whole[0].first("title").value if whole else None


class _Name(NamedTuple):
    """The name read with a title: its span (empty if none), the name if one is read, and its Latin gloss."""

    start: int
    end: int
    name: str | None
    gloss: tuple[str, int] | None


def _zh_chain(
    text: str,
    chain: list[Hit],
    starts: set[int],
    trigger_starts: set[int],
    stops: set[int],
    gaz: Gazetteer,
    home: str | None,
    breaks: frozenset[int] = frozenset(),
) -> Mention | None:
    """The mention a chain of hits makes, or None. `stops` is `starts | trigger_starts`, made once per text
    by the caller (made again for each chain, it cost time growing with the square of a long page's hits)."""
    head = chain[0]
    if len(chain) == 1 and "side" in head.kinds:
        return Mention("state", head.start, head.end, affiliation=head.first("side").value, affiliation_from="side")
    if len(chain) == 1 and head.kinds == COUNTRY_ONLY:  # 韩国, 美國: the commonest chain, a state alone
        if PRIVATE_BODY.match(text, head.end):
            return None
        span = (head.start, head.end)
        return Mention("state", head.start, head.end, name=text[head.start : head.end], name_span=span,
                       affiliation=head.entries[0].value, affiliation_from="text")
    titles = [h for h in chain if "title" in h.kinds]
    if not titles and all("short" in h.kinds and not h.kinds & NAME_BREAK_KINDS for h in chain):
        return None  # a lone 中 or 日 is an ordinary character
    codes = [(h.first("country", "org", "short", "place", "side")) for h in chain if not portfolio(text, h)
             and not (h is chain[-1] and "title" in h.kinds and len(chain) > 1 and "title" in chain[-2].kinds)]
    # (a state's name that is a title too, after another title, is that title: 国家元首苏丹某某 is no Sudanese)
    codes = [c for c in codes if c]
    affiliation = codes[0].value if codes else None
    if codes and codes[0].kind == "short":  # a one-character form running into a state's name is a word's last
        # character (参加宏国总统: 加 is no Canada): the first state named in full is the side
        affiliation = next((c.value for c in codes if c.kind == "country"), affiliation)
    if titles:
        return _titled_chain(text, chain, titles, affiliation, starts, trigger_starts, stops, gaz, home, breaks)
    if not codes or "place" in head.kinds or "body" in head.kinds or codes[0].kind == "short" \
            or PRIVATE_BODY.match(text, chain[-1].end):  # 越南台灣商會, 泰國台商總會: a business body, no side
        return None
    end = chain[-1].end
    return Mention("state", head.start, end, name=text[head.start : end], name_span=(head.start, end),
                   affiliation=affiliation, affiliation_from="text")


def _titled_chain(
    text: str,
    chain: list[Hit],
    titles: list[Hit],
    affiliation: str | None,
    starts: set[int],
    trigger_starts: set[int],
    stops: set[int],
    gaz: Gazetteer,
    home: str | None,
    breaks: frozenset[int],
) -> Mention | None:
    """The person a chain holding `titles` names, or None. The name is read before the offices, so that a
    chain rejected on its name reads none."""
    head = chain[0]
    # 我駐帛琉大使: the state an envoy serves in is not his own
    posted, affiliation = (affiliation, None) if text.endswith(POSTED_TO, 0, head.start) else (None, affiliation)
    t0 = _title_start(text, chain, titles[0])
    title_start = min([t0] + [h.start for h in chain if "body" in h.kinds])
    former = _former(text, title_start)  # 日本前首相
    title_start -= len(former)
    # 时任日本首相: the marker stands before the country
    former = _former(text, head.start) if not former and head.start < title_start else ""
    title_end = chain[-1].end
    title_end += 3 if text.startswith(ELECT_AFTER, title_end) else 0
    if text.startswith(MEETING_NOUNS, title_end) and head.kinds == COUNTRY_ONLY and affiliation:
        return Mention("state", head.start, head.end, name=text[head.start : head.end],  # 韩国三国外长会议: a side
                       name_span=(head.start, head.end), affiliation=affiliation, affiliation_from="text")
    if text.startswith(GROUP_NOUNS, title_end):
        return None  # 代表团, 领导人会议: the title names a body or a meeting, groups are found apart
    if text.endswith(TITLE_VERBS, 0, title_end) and title_end in starts:
        return None  # 足以代表台湾, 代表中华民国前往: to represent a state, not a representative
    title = former + text[title_start:title_end] if head.start < title_start else text[title_start:title_end]
    # a post of one state (外务大臣: Japan's) says how the name beside it is written, where no country is told
    seat = None if affiliation else gaz.state_of_title(title)
    read = _name_read(text, len(chain) == 1, title_start, title_end, affiliation, seat or home, starts,
                      trigger_starts, stops, gaz, breaks)
    if read is None:
        return None
    if read.name and _before_act(text, read.end, trigger_starts) and _paired(text, chain) \
            and not any(e.kind == "person" for e in gaz.actors.whole(read.name)):
        read = _Name(title_end, title_end, None, None)  # 中美元首旧金山会晤: the pair's title, then where they met
    name, a, b = read.name, read.start, read.end
    if not name and not affiliation and text[titles[-1].start : titles[-1].end] in LEADER_WORDS:
        return None  # 国会领导人, 政府领导人: leaders of no named state are nobody in particular
    is_org = affiliation is not None and (any("org" in h.kinds for h in chain) or affiliation in gaz.org_codes)
    offices = _offices(text, chain, titles, title_start, title_end, former or title, affiliation, is_org, gaz)
    # the institution is read only here; a glossed name is a foreigner's: 總理柴迪（Ali al-Zaidi）
    side, side_from = (affiliation, "text") if affiliation else _home_side(
        name, home, gaz, _seated(text, title_start, title, gaz), read.gloss is not None)
    if posted and side == posted:
        side, side_from = None, ""  # 驻华大使 in a Chinese page: a foreigner of a state not told
    m = Mention("person", min(head.start, t0, a), max(b, title_end) if name else title_end, name=name,
                name_span=(a, b) if name else None, affiliation=side, affiliation_from=side_from,
                office=best_office(offices, is_org), title=title, title_span=(title_start, title_end))
    if not name:
        m.name, m.name_span = text[m.start : m.end], (m.start, m.end)
    elif read.gloss:
        m.names["en"] = read.gloss[0]
    return m


ACT_ADVERB = re.compile("再次|再度|首次|[举舉进進]行")  # 旧金山再次会晤: still right before the act


def _before_act(text: str, k: int, trigger_starts: set[int]) -> bool:
    """Whether a trigger starts at `k`, or after one of the adverbs a headline puts before its act (one regex
    match: no adverb opens another, so at most one stands at `k`)."""
    if k in trigger_starts:
        return True
    adverb = ACT_ADVERB.match(text, k)
    return adverb is not None and adverb.end() in trigger_starts


def _venue(text: str, a: int, b: int, trigger_starts: set[int], gaz: Gazetteer) -> bool:
    """Whether the name read at [a, b) opens with a place of the lexicon right before the act (东京会见, 东京再次会见:
    a Japanese name is read long enough to take the adverb in)."""
    return any(_before_act(text, k, trigger_starts) and any(e.kind == "place" for e in gaz.actors.whole(text[a:k]))
               for k in range(a + 2, b + 1))


def _paired(text: str, chain: list[Hit]) -> bool:
    """Whether the chain opens with two states written together by their one-character forms before its title
    (中美元首, 美俄外长): a title of two people, so that an unknown word between it and the trigger is where
    they met (中新外长苏州会谈), not a name; not one state's envoy for another's affairs (美国朝鲜事务特别代表)."""
    if len(chain) < 3:
        return False
    first, second = chain[0], chain[1]
    return first.end - first.start == 1 and second.start == first.end and second.end - second.start == 1 \
        and is_state(first) and is_state(second) and not portfolio(text, second)


def _name_read(
    text: str,
    alone: bool,
    title_start: int,
    title_end: int,
    affiliation: str | None,
    home: str | None,
    starts: set[int],
    trigger_starts: set[int],
    stops: set[int],
    gaz: Gazetteer,
    breaks: frozenset[int],
) -> _Name | None:
    """The name written after the title at `title_start`..`title_end` (or, for a title `alone` in its chain,
    before it), or None when the title only qualifies a noun. `affiliation` is the state the chain names,
    `home` the outlet's."""
    side = affiliation or home
    a, b = zh_name(text, spaced_name(text, title_end), starts, trigger_starts, breaks)
    if b - a == 1 and text.startswith("的", b):
        return None  # 美国大公司的: the title is the start of a longer word
    if 0 < b - a < 3 and side == "JPN":  # 鸠山由纪夫: a Japanese name holds 由, 将…
        a, b = zh_name(text, title_end, starts, trigger_starts, breaks, min_len=3)
    b = native_end(text, a, b, affiliation, gaz, stops)
    name = text[a:b] if b - a >= 2 else None
    if name and _venue(text, a, b, trigger_starts, gaz):
        a = b = title_end  # 日本首相东京会见: the city right before the act is where it took place, no name
        name = None
    plausible = bool(name) and plausible_name(name, side, gaz)  # asked once of each name read
    if alone and not plausible and not text.startswith(
            LOCAL_POSTS, title_start):  # 上海市长: the words before a city's or province's officer name the place
        k = name_before(text, title_start, gaz)  # 同博尔内总理会谈, 和卢拉总统: the name, then its title
        if k < title_start:
            a, b, name = k, title_start, text[k : title_start]
            plausible = plausible_name(name, side, gaz)
    gloss = bracket_name(text, b)  # 赫格塞斯（Pete Hegseth）: the name's Latin form, read once
    if name and not plausible and not gloss:
        return None  # 领导人非正式会议, 总统外事顾问: the title qualifies a noun, nobody is named
    return _Name(a, b, name, gloss)


def _offices(
    text: str, chain: list[Hit], titles: list[Hit], title_start: int, title_end: int, marked: str,
    affiliation: str | None, is_org: bool, gaz: Gazetteer,
) -> list[str]:
    """The offices the chain's titles name, read as the words around them qualify them. The title runs from
    `title_start` to `title_end`; `marked` opens with the marker of a past holder if there is one."""
    head = chain[0]
    # 副部长: a deputy of a minister holds no minister's office (副总理, 副主席 are titles of their own)
    ends = {h.start for h in titles}  # 总统特使: a title written onto the next one names whose post it is
    offices = ["other" if text[h.start - 1 : h.start] == "副" and h.first("title").value in DEPUTY_OF_MINISTER
               else h.first("title").value for h in titles if h.end not in ends]
    if "side" in head.kinds and offices and set(offices) <= HEAD_OFFICE_SET:
        offices = ["other"]  # 中方主席, 欧方主席: one side's chair of a joint body, no head of anything
    elif ELECT.search(text, min(head.start, title_start), title_end) or PAST.match(marked) or (
            is_org and MEMBERS.search(text, head.start, title_start)):
        offices = ["other"]  # a president-elect or a former minister holds no office (时任: held it then)
    elif len(chain) > 1 and any("body" in h.kinds and h.end < nxt.start and department(text, h, nxt)
                                for h, nxt in zip(chain, chain[1:])):
        offices = ["other" if o in DEPUTY_OF_MINISTER else o for o in offices]  # 外交部某某司司长: not the minister
    elif affiliation and text[titles[-1].start : titles[-1].end] in LEADER_WORDS:
        offices = [gaz.leader_office(affiliation)]  # 日本领导人: the prime minister
    elif FOREIGN_MINISTRY.match(text, title_start):  # 外交与欧洲事务部长: a foreign minister
        offices = ["foreign_minister" if o == "minister" else o for o in offices]
    return _offices_in(text, chain, offices, gaz) if len(chain) > 1 else offices


def _offices_in(text: str, chain: list[Hit], offices: list[str], gaz: Gazetteer) -> list[str]:
    """The offices as the institution or the forces written between a chain's hits qualify them (a chain of
    one hit has nothing between)."""
    bodies = [(h, nxt) for h, nxt in zip(chain, chain[1:])
              if "title" in nxt.kinds and institution(text[h.end : nxt.start])]
    if bodies:  # 議會友好小組主席: a body's chair, unless its short name and the title are a known post
        known = _glossed_office(text, *bodies[-1], gaz)  # 政治協商會議全國委員會（全國政協）主席
        offices = [known or "other" if o in HEAD_OFFICE_SET else o for o in offices]
    if text[chain[0].end : chain[1].start] in ARMED_FORCES:
        offices = ["military" if o == "other" else o for o in offices]  # 美军…部主任: an officer of the forces
    return offices


def _former(text: str, k: int) -> str:
    """The marker of a past holder (前, 时任) written right before `k`, else "": one test of every marker first,
    since most titles have none."""
    if not text.endswith(FORMER, 0, k):
        return ""
    return next(f for f in FORMER if text.endswith(f, 0, k))


def _title_start(text: str, chain: list[Hit], first: Hit) -> int:
    """Where the first title begins: a title ending in 部长/大臣 takes the ministry's name between it and the
    country (马耳他外交与欧洲事务部长), or when it names no ministry itself (部长, 行政长官; not 外交部長: 隨後會見
    外交部長) the words just before it (农业部长, 產業通商部長官, 澳门特区行政长官)."""
    t0 = first.start
    if not text[first.start : first.end].endswith(LEFT_EXTENDABLE):
        return t0
    prev_end = max((h.end for h in chain if h.end <= t0), default=None)
    if prev_end is not None:
        return prev_end if MINISTRY_GAP.match(text[prev_end:t0]) else t0
    if first.end - first.start > 2 and text.endswith(("部长", "部長"), first.start, first.end):
        return t0  # 外交部長: the ministry is named in the title itself
    k = t0
    while k > 0 and t0 - k < 6 and HAN.match(text[k - 1]) and text[k - 1] not in ZH_STOP_CHARS:
        k -= 1
    return k


def _seated(text: str, title_start: int, title: str, gaz: Gazetteer) -> str:
    """The title with the state institution written right before it, if one is (港澳辦主任, 國台辦發言人): the
    institution says whose officer the holder is."""
    return gaz.body_before(text, title_start) + title


def _home_side(name: str | None, home: str | None, gaz: Gazetteer, title: str = "", glossed: bool = False
               ) -> tuple[str | None, str]:
    """The side of a titled person whose country the text does not give. A transliterated or Latin-`glossed`
    name in a Chinese outlet is a foreigner's, and so is a king or a crown prince (the places that name people
    in Han characters are republics): unknown (None) until some evidence turns up, but in an outlet of a
    state whose officials bear Han and transliterated names alike (新加坡外长维文), or for a Japanese post's
    holder (外务大臣: his Han name follows no Chinese surname list). Otherwise the state whose institution or
    post the title names (国务院秘书长, 行政院長), else the outlet's own."""
    state = gaz.state_of_title(title)
    if state and name and JOINERS.search(name) and (state in HAN_NAMING or state == "JPN"):
        state = None  # 外务大臣大卫·米勒: a transliterated name holds no post of a state that writes names in Han
    japanese = state == "JPN" and not glossed
    if home in HAN_NAMING and not japanese and (
            (name and home not in MIXED_NAMING and (glossed or not native_name(name, gaz))) or ROYAL.search(title)):
        return None, ""
    return (state, "text") if state else (home, "home")


def titled_only(m: Mention) -> bool:
    """A person named only by a title (尼泊尔总理, 总统先生), no name of their own."""
    return m.kind == "person" and m.title_span is not None and m.name_span is not None and (
        m.title_span[0] < m.name_span[1] <= m.title_span[1]
    )
