"""Several states in one Chinese chain: a list of states (美国、日本和韩国), a title they share (美日韩领导人,
中法两国外长: one holder each), a state a post deals with (对朝政策特别代表), and a state called by its first
character and 国 after its full name (宏都拉斯, then 宏國)."""

from __future__ import annotations

import re

from diplograph.extract.gazetteer import Entry, Gazetteer, Hit
from diplograph.extract.mention import Mention, best_office
from diplograph.extract.names import han_script, zh_name

COUNTRY_ONLY = frozenset(("country",))
STATE_KINDS = frozenset(("country", "short"))
SHORT_ONLY = frozenset(("short",))
TITLE_KINDS = frozenset(("title", "body"))
LISTED = ("、", "和", "与", "與", "及")  # between states in a list
ZH_WITH = "同与與跟"  # before a partner named ahead of the act (与乙会谈); not 和, which also joins two subjects
SIDES_JOINED = tuple(ZH_WITH + "和")  # between two sides or seats joined as one act's two (中方与美方, 华府和北京)
JOINT_GAP = re.compile(r"|[两兩三四五六七八九十多各][国國大]")  # 中法两国元首: the states, how many, the title
LEADER_WORDS = ("领导人", "領導人", "首脑", "首腦", "首长", "首長")  # whoever leads a state, by title or not
TOWARDS = ("对", "對")
MEETING_NOUNS = ("会议", "會議", "峰会", "峰會")  # 中日韩外长会议: a meeting, its states the sides
GROUP_NOUNS = ("团", "團", "处", "處", *MEETING_NOUNS)  # 中美代表团: a group (found apart), or a meeting


# words whose last character is a state's one-character form (参加总统就职典礼: 加 is no Canada)
WORDS_ENDING_IN_SHORT = ("参加", "參加", "增加", "更加", "施加", "追加", "附加", "可以", "所以", "予以", "加以",
                         "得以", "足以", "难以", "難以", "用以", "借以", "藉以", "据以", "據以",
                         "创新", "創新", "革新", "更新", "重新", "最新", "全新", "刷新", "维新", "維新")
# common words a one-character form opens (中央 central, 日前 recently): 人民革命党中央书记处 holds no China
WORDS_OPENING_WITH_SHORT = ("中央", "中心", "中间", "中間", "中旬", "中期", "中部", "中午", "中途", "中东", "中東",
                            "日前", "日益", "日程", "日期", "日报", "日報", "日常", "日趋", "日趨")
OPENING_WITH = {w[0]: tuple(v for v in WORDS_OPENING_WITH_SHORT if v[0] == w[0]) for w in WORDS_OPENING_WITH_SHORT}
# 以…身份 / 以…名义: "in the capacity of", a preposition, not Israel (以总统特使的身份前往)
CAPACITY = re.compile(r"以[^，,。；;！!？?\n以]{1,30}?(?:身分|身份|名义|名義)")  # the last 以 before it (以及…以)
# the words by their last character, the one-character form itself: one look-up, then only those words are tried
ENDING_IN = {w[-1]: tuple(v for v in WORDS_ENDING_IN_SHORT if v[-1] == w[-1]) for w in WORDS_ENDING_IN_SHORT}


def not_a_state(text: str, hit: Hit) -> bool:
    """Whether a one-character state form is an ordinary character here: the end or the start of a common word
    (参加, 可以; 中央, 日前) or the preposition 以 of a capacity frame (以总统特使的身份)."""
    if hit.kinds != SHORT_ONLY:
        return False
    words = ENDING_IN.get(text[hit.end - 1])
    opening = OPENING_WITH.get(text[hit.start])
    return (words is not None and text.endswith(words, 0, hit.end)) or (
        opening is not None and text.startswith(opening, hit.start)) or (
        text[hit.start] == "以" and CAPACITY.match(text, hit.start) is not None)


def before_guojia(text: str, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A formal name ending in 国 that runs into 家 (日本国家安全保障局) is the shorter name and the word 国家
    (national): the hit is cut back to the shorter name when that is a state's name too (中国家庭 keeps 中国)."""
    out = []
    for h in hits:
        if h.kinds == COUNTRY_ONLY and text[h.end - 1] in "国國" and text.startswith("家", h.end):
            shorter = gaz.actors.find(text[h.start : h.end - 1])
            if any(s.start == 0 and s.end == h.end - 1 - h.start and s.kinds == COUNTRY_ONLY for s in shorter):
                h = Hit(h.start, h.end - 1, h.entries, h.kinds)
        out.append(h)
    return out


# a title opening with 国 (国务卿, 国防部长, 国安顾问, 国土安全部长): after a one-character state form, 美國務卿 is
# 美 and 國務卿, not 美國 and 務卿
GUO_TITLE = re.compile(r"[国國][务務防安土]")


def before_guo_title(text: str, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A state named by one character before a title opening with 国 (美國務卿魯比歐, 韩国防部长, the Taiwanese
    press's contraction of 美国国务卿): the automaton reads the state's name in full (美國) and leaves the title
    cut (務卿); the hit becomes the one-character form and the title is read from 国."""
    found: dict[int, tuple[Hit, Hit]] = {}  # the start of a state's name in full: its form and the title
    for m in GUO_TITLE.finditer(text, 1):  # 中國國務院 and 美國安全 are read again too, seldom
        a, p = m.start() - 1, m.start()
        short = [h for h in gaz.actors.find(text[a:p]) if h.kinds == SHORT_ONLY]
        if not short:
            continue
        title = [t for t in gaz.actors.find(text[p : p + 8]) if t.start == 0 and "title" in t.kinds]
        if title and any(h.start == a and h.end == p + 1 and h.kinds == COUNTRY_ONLY for h in hits):
            t = max(title, key=lambda t: t.end)
            found[a] = (Hit(a, p, short[0].entries, short[0].kinds), Hit(p, p + t.end, t.entries, t.kinds))
    if not found:
        return hits  # most pages hold no such contraction
    out: list[Hit] = []
    covered = -1  # the end of a title read here: a hit inside it (卿 of 國務卿) was part of the cut title
    for h in hits:
        if h.start < covered:
            continue
        if h.start in found and h.kinds == COUNTRY_ONLY:
            out += found[h.start]
            covered = found[h.start][1].end
            continue
        out.append(h)
    return out


NOT_ABBREVIATIONS = set("大小外他友各本该該两兩全强強诸諸邻鄰盟敌敵母祖同")  # 大国, 外国, 母国: words, not states


def with_abbreviations(text: str, hits: list[Hit], gaz: Gazetteer | None = None) -> list[Hit]:
    """A state the text names in full is then often called by its first character and 国 (宏都拉斯, then 宏國;
    马来西亚, then 马国): those forms become country hits too, where no hit stands."""
    first: dict[str, set[str]] = {}
    for h in hits:
        if h.kinds == COUNTRY_ONLY and h.end - h.start >= 3 and text[h.start] not in NOT_ABBREVIATIONS:
            first.setdefault(text[h.start], set()).add(h.entries[0].value)
    forms = {ch + g: next(iter(codes)) for ch, codes in first.items() if len(codes) == 1 for g in "国國"}
    if not any(form in text for form in forms):
        return hits  # no state called so here (most pages): nothing to mark as taken
    taken = bytearray(len(text) + 1)
    for h in hits:
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
    starting = {h.start: h for h in hits}
    extra, dropped = [], set()
    for m in re.finditer("|".join(forms), text):
        a, b = m.span()
        title, lone = starting.get(a + 1), starting.get(a)  # 沙 may have been read as a one-character form
        free = not taken[a] or (lone is not None and lone.kinds == SHORT_ONLY and lone.end == a + 1)
        if free and title is not None and "title" in title.kinds and gaz is not None:
            # 沙國王儲: the form's 國 was read as the start of 國王; the title is the rest (王儲)
            rest = [h for h in gaz.actors.find(text[b : title.end + 4]) if h.start == 0 and "title" in h.kinds
                    and b + h.end > title.end]
            if rest:
                dropped.update((id(title), id(lone)))
                extra += [Hit(a, b, (Entry("country", forms[m.group()]),), COUNTRY_ONLY),
                          Hit(b, b + rest[0].end, rest[0].entries, rest[0].kinds)]
        elif free and not any(taken[a + 1 : b]):  # 阿國總統: 阿 may have been read as a one-character form
            if taken[a]:
                dropped.add(id(lone))
            extra.append(Hit(a, b, (Entry("country", forms[m.group()]),), COUNTRY_ONLY))
    kept = [h for h in hits if id(h) not in dropped]
    return sorted(kept + extra, key=lambda h: h.start) if extra else hits


def joint_gap(text: str, end: int, title: Hit) -> bool:
    """Whether the words between states ending at `end` and a title make it theirs: none, how many states
    (中法两国元首), or 的 before a word for whoever leads a state (日本和美国的领导人: each one's leader)."""
    return bool(JOINT_GAP.fullmatch(text, end, title.start)) or (
        text[end : title.start] == "的" and text[title.start : title.end] in LEADER_WORDS)


def portfolio(text: str, hit: Hit) -> bool:
    """Whether a country names the state a post deals with, not whose it is (对朝政策特别代表)."""
    return text[hit.start - 1 : hit.start] in TOWARDS and is_state(hit)  # the cheaper test first


def is_state(hit: Hit) -> bool:
    """Whether a hit names a state and no title (isdisjoint: an intersection would build a set per test)."""
    return not hit.kinds.isdisjoint(STATE_KINDS) and hit.kinds.isdisjoint(TITLE_KINDS)


def short_state(form: str, hit: Hit, named: dict[str, str]) -> str:
    """The state a country form stands for: a one-character form (新) is the one state the text names in
    full that begins with it (新西兰, not 新加坡, beside 中新总理会晤), else the lexicon's."""
    if "short" in hit.kinds:
        found = {code for name, code in named.items() if name.startswith(form)}
        if len(found) == 1:
            return found.pop()
    return hit.entries[0].value


def listed(text: str, last: Hit, nxt: Hit) -> bool:
    """Whether two states stand in a list: 、 between any, 和/与/及 between names in full (in 今20日与美国, 日 is
    a day)."""
    gap = text[last.end : nxt.start]
    return gap == "、" or (gap in LISTED and "country" in last.kinds and "country" in nxt.kinds)


def shared_title(text: str, hits: list[Hit], k: int, stops: set[int]) -> bool:
    """Whether the list of states that hit `k` continues ends in a title they share, with no name after it
    (美国、日本和韩国领导人; in 中国和俄罗斯总统普京 the title and the name are Russia's alone)."""
    while k + 1 < len(hits) and is_state(hits[k + 1]) and (listed(text, hits[k], hits[k + 1])
                                                         or hits[k].end == hits[k + 1].start):
        k += 1
    if not (k + 1 < len(hits) and "title" in hits[k + 1].kinds and joint_gap(text, hits[k].end, hits[k + 1])):
        return False
    return not _named_after(text, hits[k + 1].end, stops)


def _named_after(text: str, k: int, stops: set[int]) -> bool:
    """Whether words that may be a name (not a verb, a cue or punctuation) follow a title ending at `k`."""
    a, b = zh_name(text, k, stops, stops)
    return b - a >= 2


def state_in_full(text: str, h: Hit, code: str, gaz: Gazetteer) -> Mention:
    """A state named by its one-character form (美 of 美日韩), as a state mention named in full in the script of
    the page around it (its form as written when the lexicon has no name for it)."""
    name = gaz.state_names.get((code, han_script(text, h.start))) or text[h.start : h.end]
    return Mention("state", h.start, h.end, name=name, name_span=(h.start, h.end), affiliation=code,
                   affiliation_from="text")


def joint_title(text: str, chain: list[Hit], gaz: Gazetteer, named: dict[str, str]) -> list[Mention]:
    """A title shared by several states (中美元首, 美日韩领导人, 中法两国外长): one person of each state holding
    it, told of by the title alone (who they are is found from the names in the text or the day's holder); a
    meeting of those titles (中日韩外长会议, 三国元首峰会): each state as a side; a group (中美代表团): none here."""
    if len(chain) < 3 or not is_state(chain[1]):
        return []  # two states and a title at least: most chains are one state or one title
    k = 0
    while k < len(chain) and is_state(chain[k]) and (k == 0 or chain[k - 1].end == chain[k].start
                                                   or listed(text, chain[k - 1], chain[k])):
        k += 1  # 乌克兰驻华大使 is one envoy, of the first state
    codes = list(dict.fromkeys(short_state(text[h.start : h.end], h, named) for h in chain[:k]))
    rest = [h for h in chain[k:] if not portfolio(text, h)]  # 韩美对朝代表: two envoys dealing with a third
    if (len(codes) < 2 or not rest or not all("title" in h.kinds for h in rest)
            or not joint_gap(text, chain[k - 1].end, chain[k]) and len(rest) == len(chain) - k):
        return []  # 美国朝鲜事务特别代表: one state's envoy for another
    if len(codes) == 2 and text[chain[0].end : chain[1].start] == "" and text[chain[1].end : chain[2].start] == "":
        return []  # 中美元首 mostly names the pair's relationship (中美元首会晤以来), not two people at hand
    a, b = rest[0].start, chain[-1].end
    if text.startswith(MEETING_NOUNS, b):  # 中日韩外长会议 names a meeting: its states are the sides
        return [state_in_full(text, h, code, gaz) for h, code in zip(chain[:k], codes)]
    if text.startswith(GROUP_NOUNS, b):
        return []  # 中美代表团 names a group, found apart
    word = text[a:b]
    office = best_office([h.first("title").value for h in rest], False)
    return [Mention("person", chain[0].start, b, name=word, name_span=(a, b), affiliation=code,
                    affiliation_from="text", office=gaz.leader_office(code) if word in LEADER_WORDS else office,
                    title=word, title_span=(a, b)) for code in codes]
