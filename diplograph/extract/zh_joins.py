"""Whether two lexicon hits of a Chinese title chain are one chain, judged by the words between them: a
state's ministry, institution, bureau, formal name or ordinal before its officer (马耳他外交与欧洲事务部长,
議會友好小組主席, 巴西联邦共和国总统), a department before its head (外务省亚洲大洋洲局局长), a seat or a side
written onto a title (白宫发言人, 欧方主席), and the state a post deals with (美国国务院对朝政策特别代表)."""

from __future__ import annotations

import re

from diplograph.extract.gazetteer import Hit
from diplograph.extract.names import ZH_STOP_CHARS, stop_word_at
from diplograph.extract.zh_states import TITLE_KINDS, TOWARDS, is_state, joint_gap, portfolio

SHORT_ONLY = frozenset(("short",))
SIDE_PLACE = frozenset(("side", "place"))
STATE_OR_ORG = frozenset(("country", "org"))
LOCATIVE_CHARS = set("在于於赴到至从從")  # 在白宫会见: a seat after these is where, not whose
# every character a gap that joins may hold (those of the patterns below): Han, an acronym, an ordinal's digits,
# a list's 、 and a short name's brackets
JOINABLE_GAP = re.compile(r"[\u4e00-\u9fffA-Z\d、（）()]*")
CHAIN_GAP = re.compile(r"^(?:|[、兼暨副]|[\u4e00-\u9fff]{0,6}(?:委员|委員|常委)[、兼]?)$")
COUNTRY_TITLE_GAP = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}|[A-Z]{2,6})$")  # 密克罗尼西亚联邦总统, 台湾APEC代表
# a ministry's name between a country and its minister: 马耳他外交与欧洲事务部长, 英国科学、创新和技术大臣
MINISTRY_GAP = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:[与與和、][\u4e00-\u9fff]{1,8}){0,3}$")
# 議會友好小組主席, 中央軍委某某辦公室副主任, 某某委員會（簡稱）主席, 某国共产党中央书记处: a state's institution
# named between the state and its officer (or its party's central body), ending in a word for a body and perhaps
# glossed by its short name
INSTITUTION_GAP = re.compile(r"^[\u4e00-\u9fff]{0,14}(?:委员会|委員會|参谋部|參謀部|小组|小組|议会|議會|国会|國會"
                             r"|党(?:中央)?|黨(?:中央)?|办|辦|办公室|辦公室)(?:[（(][\u4e00-\u9fff]{2,6}[)）])?副?$")
# a state's bureau or office between the state and its head: 某国国家安全保障局局长, 某国总统办公室主任; or the
# bureau's name before a head's title that holds its last word (某国国家安保室长: the 室's head)
BUREAU_GAP = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:局|署|室|厅|廳|司|处|處|委员会|委員會|办公室|辦公室)$")
BUREAU_HEADS = re.compile(r"^(?:局|署|室|厅|廳|司|处|處)[长長]$")
# the rest of a state's formal name: 巴西联邦共和国总统, 沙特阿拉伯王国国王
FORMAL_NAME = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:共和国|共和國|王国|王國|合众国|合眾國|联邦|聯邦|酋长国|酋長國|公国"
                         r"|公國)$")
# an ordinal between a state and its title: 美国第四十任总统, 某国史上第一位女总理
ORDINAL_GAP = re.compile(r"^(?:史上|歷史上|历史上)?第[一二三四五六七八九十百\d]{1,4}[位任名](?:女|男)?$")
BETWEEN_CLAUSES = set("同与與和及跟在于於向对對将將的")  # words that end one party's chain
POSTED_TO = ("驻", "駐", "常驻", "常駐")  # 乌克兰驻华大使, 美国常驻联合国代表: the envoy is the first country's
LEFT_EXTENDABLE = ("部长", "部長", "大臣", "长官", "長官")
HEAD_ENDS = ("长", "長", "主任")  # 局长, 本部长, 政策部主任: the head of a department
ARMED_FORCES = ("军", "軍")
CONCURRENT = ("兼",)
COORDINATING = set("与與和")


def joins(text: str, last: Hit, nxt: Hit) -> bool:
    """Whether two lexicon hits belong to one chain, judged by the words between them."""
    gap = text[last.end : nxt.start]
    if not JOINABLE_GAP.fullmatch(gap):
        return False  # a comma or a line break (出訪巴拉圭⏎副總統王大文: a headline's last word and the next
        # line's title are two chains) ends a chain: one test spares the patterns below for most hits
    if not gap or CHAIN_GAP.match(gap):  # hits written together (the commonest chain) need no pattern
        return True
    if ("title" in last.kinds and gap[:1] in CONCURRENT and text[nxt.start : nxt.end].endswith(LEFT_EXTENDABLE)
            and MINISTRY_GAP.match(gap[1:])):
        return True  # 主席兼联邦经济、教育和研究部部长: a second post, a ministry's head
    if "body" in last.kinds and "title" in nxt.kinds:  # 总统府首席部长: an institution, then its officer
        return (bool(COUNTRY_TITLE_GAP.match(gap)) and not BETWEEN_CLAUSES.intersection(gap)) or department(
            text, last, nxt)
    if "title" in nxt.kinds and is_state(last) and joint_gap(text, last.end, nxt):
        return True  # 中法两国元首
    if "title" in nxt.kinds and portfolio(text, last):
        return bool(COUNTRY_TITLE_GAP.match(gap)) and not BETWEEN_CLAUSES.intersection(gap)
    head = text[nxt.start : nxt.end]
    if head.endswith(HEAD_ENDS) and is_state(last) and (BUREAU_GAP.match(gap) or (
            BUREAU_HEADS.match(head) and MINISTRY_GAP.match(gap))):
        return not (ZH_STOP_CHARS - COORDINATING).intersection(gap)  # 某国国家安全保障局局长: the bureau's head
    if "short" in last.kinds and gap in ARMED_FORCES:
        return bool(nxt.kinds & TITLE_KINDS)  # 美军参谋长联席会议主席: the state's armed forces, then its officer
    if last.kinds.isdisjoint(STATE_OR_ORG):  # 欧委会执行副主席: an organisation's officer, as a country's
        return False
    if gap in POSTED_TO:
        return bool(nxt.kinds & {"country", "short", "org"})
    if nxt.kinds.isdisjoint(TITLE_KINDS) or "的" in gap:  # 访问韩国的国家主席: 的 ends the country's reach
        return False
    return bool(COUNTRY_TITLE_GAP.match(gap) or FORMAL_NAME.match(gap) or ORDINAL_GAP.match(gap)
                or (text[nxt.start : nxt.end].endswith(LEFT_EXTENDABLE) and MINISTRY_GAP.match(gap))
                or institution(gap))


def inside_institution(text: str, last: Hit, hits: list[Hit], k: int) -> bool:
    """Whether hit `k` is a one-character state form inside the name of an institution that stands between
    the state `last` and the title right after `k`."""
    return (hits[k].kinds == SHORT_ONLY and k + 1 < len(hits) and "title" in hits[k + 1].kinds
            and bool(last.kinds & STATE_OR_ORG) and institution(text[last.end : hits[k + 1].start]))


def institution(gap: str) -> bool:
    """Whether the words between a state and a title name one of its institutions (議會友好小組), with no
    function word or verb among them: the title is that institution's officer."""
    return bool(INSTITUTION_GAP.match(gap)) and not (ZH_STOP_CHARS - COORDINATING).intersection(gap)


def towards(text: str, hits: list[Hit], k: int) -> bool:
    """Whether hit `k` is the state a post deals with, between whose post it is and the title (美国国务院对朝
    政策特别代表, 韩美对朝代表); 中国对美国出口 holds no post."""
    last, nxt = hits[k - 1], hits[k]
    return (text[last.end : nxt.start] in TOWARDS and ("body" in last.kinds or is_state(last)) and is_state(nxt)
            and k + 1 < len(hits) and "title" in hits[k + 1].kinds and joins(text, nxt, hits[k + 1]))


def department(text: str, body: Hit, head: Hit) -> bool:
    """Whether the words between an institution and a head's title name one of its departments (外务省亚洲
    大洋洲局局长, 外交部半岛和平交涉本部长): Han words, coordinated at most, with no verb or time word."""
    gap = text[body.end : head.start]
    return (bool(gap) and text[head.start : head.end].endswith(HEAD_ENDS) and bool(MINISTRY_GAP.match(gap))
            and not (ZH_STOP_CHARS - COORDINATING).intersection(gap)
            and not any(stop_word_at(text, j) for j in range(body.end, head.start)))


def side_title(last: Hit, nxt: Hit) -> bool:
    """Whether a title is written right onto a side (欧方主席, 美方代表): the side says whose officer it is."""
    return "side" in last.kinds and last.end == nxt.start and "title" in nxt.kinds and not nxt.kinds & SIDE_PLACE


def seat_title(text: str, hits: list[Hit], k: int) -> bool:
    """Whether hit `k` is a seat of government written right before a title (克里姆林宫发言人, 白宫发言人)
    or the title written right after one: the seat names the state the title serves."""
    seat, nxt = hits[k - 1], hits[k]
    if "place" in nxt.kinds:
        seat, nxt = nxt, hits[k + 1] if k + 1 < len(hits) else None
    return (nxt is not None and "place" in seat.kinds and bool(nxt.kinds & TITLE_KINDS)
            and seat.end == nxt.start and text[seat.start - 1 : seat.start] not in LOCATIVE_CHARS)
