"""Actor mentions: who is named in a text, with affiliation, office, title and name, each with its span.

Chinese news names an official as a chain `[country][institution][title][name]` (韩国外长康京和,
中共中央政治局委员、外长王毅, 美國國防部長赫格塞斯); English as `[Demonym] Title Name [of Country]`,
`Title of Country Name` or `Name, the Title of Country`. A title without a country belongs to the outlet's
own side (`home`). Names learned from a titled mention are found again where they stand alone later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from diplograph.extract.gazetteer import Gazetteer, Hit

# When titles stack (国务委员兼外长, 王储兼首相), the first office in this order is the one kept.
OFFICE_RANK = (
    "head_of_state",
    "head_of_government",
    "deputy_head_of_state",
    "deputy_head_of_government",
    "foreign_minister",
    "legislature_leader",
    "org_head",
    "party_leader",
    "minister",
    "military",
    "ambassador",
    "envoy",
    "royal",
    "other",
)
HEAD_OFFICES = {"head_of_state", "head_of_government", "org_head"}

HAN = re.compile(r"[\u3400-\u9fff]")
NAME_JOINERS = "·•‧・-"
# Function words and verbs that end a Chinese name (checked once the name has two characters).
ZH_STOP_CHARS = set(
    "在于於同与與和及跟向对對将將今昨应應表说說的时時也并並就致称稱是已曾还還则則等以为為后後再又均所被把让讓给給从從到由率携攜偕分首乘抵离離赴"
    "第你我您他她"
)
ZH_STOP_WORDS = (
    "一行",
    "夫妇",
    "夫婦",
    "先生",
    "女士",
    "阁下",
    "閣下",
    "共同",
    "分别",
    "分別",
    "举行",
    "舉行",
    "进行",
    "進行",
    "出席",
    "表示",
    "指出",
    "强调",
    "強調",
    "宣布",
    "签署",
    "簽署",
    "日前",
    "近日",
    "当地时间",
    "當地時間",
    "亲自",
    "親自",
    "本人",
    "举办",
    "舉辦",
    "一起",
    "双方",
    "雙方",
    "逝世",
    "去世",
    "当选",
    "當選",
    "就任",
    "宣誓",
    "发来",
    "發來",
    "致以",
    "转达",
    "轉達",
    "祝贺",
    "祝賀",
    "感谢",
    "感謝",
    "欢迎",
    "歡迎",
    "介绍",
    "介紹",
    "期间",
    "期間",
    "结束",
    "結束",
    "启程",
    "啟程",
    "开始",
    "開始",
    "发表",
    "發表",
    "主持",
    "见证",
    "見證",
    "互致",
    "陪同",
    "前来",
    "前來",
    "来华",
    "來華",
    "谈到",
    "談到",
    "回答",
    "接受",
    "发出",
    "發出",
    "会前",
    "會前",
    "会后",
    "會後",
    # verbs of speech and time words that follow a subject's name
    "透露",
    "告诉",
    "告訴",
    "认为",
    "認為",
    "希望",
    "要求",
    "呼吁",
    "呼籲",
    "批评",
    "批評",
    "预计",
    "預計",
    "达成",
    "達成",
    "双边",
    "雙邊",
    "之间",
    "之間",
    "不幸",
    "这次",
    "這次",
    "此次",
    "明年",
    "今年",
    "去年",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "週一",
    "週二",
    "週三",
    "週四",
    "週五",
    "週六",
    "週日",
    "星期",
    "今天",
    "今日",
    "明天",
    "明日",
    "昨天",
    "昨日",
    "当天",
    "當天",
    "随后",
    "隨後",
)
# the stop words by first character: `str.startswith` with all of them at once tries every one in turn
ZH_STOP_BY_FIRST = {w[0]: tuple(v for v in ZH_STOP_WORDS if v[0] == w[0]) for w in ZH_STOP_WORDS}
ZH_CHAIN_KINDS = frozenset(("country", "org", "title", "body", "short", "side", "place"))
NAME_BREAK_KINDS = frozenset(("country", "org", "title", "body"))
SHORT_ONLY = frozenset(("short",))
COUNTRY_ONLY = frozenset(("country",))
DEPUTY_OF_MINISTER = frozenset(("minister", "foreign_minister"))
TITLE_KINDS = frozenset(("title", "body"))
EN_CHAIN_KINDS = frozenset(("country", "org", "title", "demonym", "place"))
SIDE_PLACE = frozenset(("side", "place"))
GROUP_NOUNS = ("团", "團", "处", "處", "会议", "會議", "峰会", "峰會")
CONJUNCTIONS = set("和同与與及跟")
LOCATIVE_CHARS = set("在于於赴到至从從")  # 在白宫会见: a seat after these is where, not whose
CHAIN_GAP = re.compile(r"^(?:|[、兼暨副]|[\u4e00-\u9fff]{0,6}(?:委员|委員|常委)[、兼]?)$")
COUNTRY_TITLE_GAP = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}|[A-Z]{2,6})$")  # 密克罗尼西亚联邦总统, 台湾APEC代表
SENTENCE_END = re.compile(r"[。！？!?\n]")
LEFT_EXTENDABLE = ("部长", "部長", "大臣", "长官", "長官")
BRACKET_NAME = re.compile(r"\s*[（(]([A-Z][A-Za-z\u00c0-\u024f'’ .\-]{2,60})[)）]")
SPACES = re.compile(r"\s*")
NAME_SPACE = re.compile(r"[ \u00a0]+")
OF_AFTER_NAME = re.compile(r",?\s+of\s+(?:the\s+)?")

EN_PARTICLES = {"bin", "al", "von", "der", "de", "da", "van", "la", "le", "du", "dos", "el", "di", "ibn"}
EN_NAME_WORD = re.compile(
    r"(?:[A-Z][\w'’\-.]*[\w.]|[A-Z]\.?|(?:bin|al|von|der|de|da|van|la|le|du|dos|el|di|ibn)(?=\s))"
)
EN_NOT_NAME = {
    "The",
    "A",
    "An",
    "And",
    "Of",
    "In",
    "On",
    "At",
    "To",
    "For",
    "With",
    "Mr",
    "Mr.",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr.",
    "His",
    "Her",
    "Their",
    "Today",
    "Yesterday",
    "This",
    "That",
    "During",
    "He",
    "She",
    "They",
    "We",
    "It",
    "Jr.",
    "Jr",
    "Sr.",
}
EN_HONORIFIC = re.compile(r"^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sheikh|His Highness|Her Highness)\s+")


@dataclass(slots=True)
class Mention:
    """One actor named in a text: a person, a state (中方, 韩国) or a group (中共代表团)."""

    kind: str
    start: int
    end: int
    name: str | None = None
    name_span: tuple[int, int] | None = None
    affiliation: str | None = None
    affiliation_from: str = ""  # text | home | learned
    office: str | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    names: dict[str, str] = field(default_factory=dict)  # lang -> name, e.g. an English name in brackets


def _best_office(offices: list[str], is_org: bool) -> str | None:
    ranked = sorted((o for o in offices if o in OFFICE_RANK), key=OFFICE_RANK.index)
    if not ranked:
        return None
    office = ranked[0]
    if is_org and office in HEAD_OFFICES:
        return "org_head"
    return "other" if office == "org_head" and not is_org else office


# ---------------------------------------------------------------- Chinese


def _stop_word_at(text: str, j: int) -> bool:
    """Whether one of ZH_STOP_WORDS starts at `j` (< len(text))."""
    words = ZH_STOP_BY_FIRST.get(text[j])
    return words is not None and text.startswith(words, j)


def _zh_name(
    text: str, k: int, starts: set[int], trigger_starts: set[int], breaks: frozenset[int] = frozenset()
) -> tuple[int, int]:
    """Span of the name that begins at `k`, ended by punctuation, a function word or the next cue."""
    j, n = k, len(text)
    if k >= n or k in starts or k in trigger_starts or text[k] in ZH_STOP_CHARS or _stop_word_at(text, k):
        return k, k
    while j < n and j - k < 14:
        ch = text[j]
        if not ("\u3400" <= ch <= "\u9fff" or (ch in NAME_JOINERS and j > k)):  # HAN, without a regex call
            break
        if j - k >= 2:
            if j in starts or j in trigger_starts or j in breaks or _stop_word_at(text, j):
                break
            if ch in ZH_STOP_CHARS and not (ch in CONJUNCTIONS and j + 1 in trigger_starts):
                break
        elif j > k and (j in trigger_starts or _stop_word_at(text, j)):
            break
        j += 1
    return k, j


# Names written in native Han characters (not transliterated) in these places; Japanese ones follow no surname list.
HAN_NAMING = frozenset(("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP"))


def plausible_name(name: str, affiliation: str | None, gaz: Gazetteer) -> bool:
    """Whether a Chinese string after a title can be a person's name: transliteration characters (one
    stranger allowed in a long name), a Han surname and at most four characters, or a Japanese name."""
    chars = name.replace("·", "").replace("•", "").replace("‧", "").replace("・", "")
    strangers = sum(ch not in gaz.transliteration for ch in chars)
    if strangers == 0 or (strangers == 1 and len(chars) >= 4):
        return True
    if affiliation == "JPN":  # 石破茂, 高市早苗, 小泉進次郎
        return 3 <= len(chars) <= 5
    return chars[0] in gaz.surnames and len(chars) <= 4


def _bracket_name(text: str, k: int) -> tuple[str, int] | None:
    """An English name in brackets right after a Chinese one: 赫格塞斯（Pete Hegseth）."""
    m = BRACKET_NAME.match(text, k)
    return (m.group(1).strip(), m.end()) if m else None


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
    actor_hits = [h for h in hits if h.kinds & ZH_CHAIN_KINDS]
    starts = {h.start for h in actor_hits if h.kinds & NAME_BREAK_KINDS}
    out: list[Mention] = []
    i = 0
    while i < len(actor_hits):
        chain = [actor_hits[i]]
        titled = "title" in chain[0].kinds
        while i + 1 < len(actor_hits):
            last, nxt = chain[-1], actor_hits[i + 1]
            if nxt.start - last.end > 10:
                break  # longer than any gap a chain allows
            gap = text[last.end : nxt.start]
            if not (
                CHAIN_GAP.match(gap)
                or ("country" in last.kinds and nxt.kinds & TITLE_KINDS and COUNTRY_TITLE_GAP.match(gap))
            ):
                break
            if (nxt.kinds & SIDE_PLACE or last.kinds & SIDE_PLACE) and not _seat_title(text, actor_hits, i + 1):
                break
            if titled and not nxt.kinds & TITLE_KINDS:
                break  # 秘书长古特雷斯, 赤道几内亚总统、埃及总统: a country after a title starts something new
            chain.append(nxt)
            titled = titled or "title" in nxt.kinds
            i += 1
        i += 1
        if len(chain) == 1 and chain[0].kinds == SHORT_ONLY:
            continue  # a lone 中 or 日 is an ordinary character
        mention = _zh_chain(text, chain, starts, trigger_starts, gaz, home, breaks)
        if mention:
            out.append(mention)
    return out + _zh_groups(text, out, gaz, trigger_ends)


def _seat_title(text: str, hits: list[Hit], k: int) -> bool:
    """Whether hit `k` is a seat of government written right before a title (克里姆林宫发言人, 白宫发言人)
    or the title written right after one: the seat names the state the title serves."""
    seat, nxt = hits[k - 1], hits[k]
    if "place" in nxt.kinds:
        seat, nxt = nxt, hits[k + 1] if k + 1 < len(hits) else None
    return (nxt is not None and "place" in seat.kinds and bool(nxt.kinds & TITLE_KINDS)
            and seat.end == nxt.start and text[seat.start - 1 : seat.start] not in LOCATIVE_CHARS)


def _zh_chain(
    text: str,
    chain: list[Hit],
    starts: set[int],
    trigger_starts: set[int],
    gaz: Gazetteer,
    home: str | None,
    breaks: frozenset[int] = frozenset(),
) -> Mention | None:
    head = chain[0]
    if len(chain) == 1 and "side" in head.kinds:
        return Mention("state", head.start, head.end, affiliation=head.first("side").value, affiliation_from="side")
    if len(chain) == 1 and head.kinds == COUNTRY_ONLY:  # 韩国, 美國: the commonest chain, a state alone
        span = (head.start, head.end)
        return Mention("state", head.start, head.end, name=text[head.start : head.end], name_span=span,
                       affiliation=head.entries[0].value, affiliation_from="text")
    shorts = [h for h in chain if "short" in h.kinds and not h.kinds & NAME_BREAK_KINDS]
    titles = [h for h in chain if "title" in h.kinds]
    if shorts and not titles and len(chain) == len(shorts):
        return None  # a lone 中 or 日 is an ordinary character
    codes = [(h.first("country", "org", "short", "place")) for h in chain]
    codes = [c for c in codes if c]
    affiliation = codes[0].value if codes else None
    if not titles:
        if not codes or "place" in head.kinds or "body" in head.kinds:
            return None
        entry = codes[0]
        if entry.kind == "short":
            return None
        return Mention(
            "state",
            head.start,
            chain[-1].end,
            name=text[head.start : chain[-1].end],
            name_span=(head.start, chain[-1].end),
            affiliation=affiliation,
            affiliation_from="text",
        )
    # a title ending in 部长/大臣 takes the words just before it (农业部长, 產業通商部長官)
    t0 = titles[0].start
    prev_end = max((h.end for h in chain if h.end <= t0), default=None)
    if text[titles[0].start : titles[0].end].endswith(LEFT_EXTENDABLE) and prev_end is None:
        k = t0
        while k > 0 and t0 - k < 6 and HAN.match(text[k - 1]) and text[k - 1] not in ZH_STOP_CHARS:
            k -= 1
        t0 = k
    title_start = min([t0] + [h.start for h in chain if "body" in h.kinds])
    title_end = chain[-1].end
    if text.startswith(GROUP_NOUNS, title_end):
        return None  # 代表团, 领导人会议: the title names a body or a meeting, groups are found apart
    title = text[title_start:title_end]
    is_org = affiliation is not None and any("org" in h.kinds for h in chain)
    # 副部长: a deputy of a minister holds no minister's office (副总理, 副主席 are titles of their own)
    offices = ["other" if text[h.start - 1 : h.start] == "副" and h.first("title").value in DEPUTY_OF_MINISTER
               else h.first("title").value for h in titles]
    a, b = _zh_name(text, title_end, starts, trigger_starts, breaks)
    name = text[a:b] if b - a >= 2 else None
    if name and not plausible_name(name, affiliation or home, gaz) and not _bracket_name(text, b):
        return None  # 领导人非正式会议, 总统外事顾问: the title qualifies a noun, nobody is named
    m = Mention(
        "person",
        min(head.start, t0),
        b if name else title_end,
        name=name,
        name_span=(a, b) if name else None,
        affiliation=affiliation or home,
        affiliation_from="text" if affiliation else "home",
        office=_best_office(offices, is_org),
        title=title,
        title_span=(title_start, title_end),
    )
    if name:
        en = _bracket_name(text, b)
        if en:
            m.names["en"] = en[0]
    else:
        m.name, m.name_span = text[m.start : m.end], (m.start, m.end)
    return m


def _zh_groups(text: str, found: list[Mention], gaz: Gazetteer, stops: frozenset[int] = frozenset(),
               ) -> list[Mention]:
    """Groups acting as one party: [country][words]代表团 / 干部. A group's name never reaches back over the
    end of a trigger (`stops`): 官员会见美农产代表团 names 美农产代表团."""
    out = []
    taken = [(m.start, m.end) for m in found]
    pattern = _han_suffixes(tuple(gaz.group_suffixes))
    for m in pattern.finditer(text) if pattern else ():
        office = gaz.group_suffixes[m.group()]
        a = m.start()
        while (a > 0 and m.start() - a < 10 and a not in stops and HAN.match(text[a - 1])
               and text[a - 1] not in "的在与與和同及、"):
            a -= 1
        if a == m.start() or any(s < m.end() and a < e for s, e in taken if not (s >= a and e <= m.end())):
            continue
        span_text = text[a : m.end()]
        code = None
        for h in gaz.actors.find(span_text):
            entry = h.first("country", "org", "short")
            if entry:
                code = entry.value
                break
        if code is None and ("中共" in span_text or "中国共产党" in span_text):
            code = "CHN"
        if code is None:
            continue
        grp_office = "party_leader" if ("中共" in span_text or "党" in span_text or "黨" in span_text) else office
        out.append(
            Mention(
                "group",
                a,
                m.end(),
                name=span_text,
                name_span=(a, m.end()),
                affiliation=code,
                affiliation_from="text",
                office=grp_office,
            )
        )
    return out


@cache
def _han_suffixes(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the group words written in Han characters, longest first."""
    han = sorted((s for s in suffixes if HAN.match(s[0])), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, han))) if han else None


def titled_only(m: Mention) -> bool:
    """A person named only by a title (尼泊尔总理, 总统先生), no name of their own."""
    return m.kind == "person" and m.title_span is not None and m.name_span is not None and (
        m.name_span[1] <= m.title_span[1]
    )


# `李强同奥利举行会谈`, `韩正会见阿卢波`: untitled names as the subject and partner of a trigger
BARE_BEFORE = re.compile(
    r"(?:^|(?<=[，,：:。；\s]))(?P<a>[\u4e00-\u9fff·]{2,9}?)(?:(?:同|与|與|和|跟)(?P<b>[\u4e00-\u9fff·]{2,9}?))?"
    r"(?:共同)?(?:举行|舉行|进行|進行)?$"
)
BARE_AFTER = re.compile(r"^(?P<c>[\u4e00-\u9fff·]{2,9}?)(?=[，,。；\s]|$)")


def _zh_bare_names(
    text: str, mentions: list[Mention], triggers: list[Hit], gaz: Gazetteer, home: str | None
) -> list[Mention]:
    """Names with no title right around a trigger. The subject is the outlet's side; a partner is the one
    other side named only by a title elsewhere (尼泊尔总理 in the headline), else left out."""
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    bare_titles = {m.affiliation: m for m in mentions if titled_only(m) and m.affiliation != home}
    other = next(iter(bare_titles)) if len(bare_titles) == 1 else None
    extra: list[Mention] = []
    for t in triggers:
        left = max(0, text.rfind("\n", 0, t.start) + 1, t.start - 24)
        spans = []
        before = BARE_BEFORE.search(text, left, t.start)
        if before:
            spans += [(before.start("a"), before.end("a"), home)]
            if before.group("b"):
                spans.append((before.start("b"), before.end("b"), other))
        after = BARE_AFTER.match(text[t.end : t.end + 12])
        if after and t.first("trigger").value == "meeting":
            spans.append((t.end, t.end + after.end("c"), other))
        for a, b, aff in spans:
            b = min(b, _zh_name(text, a, set(), {t.start})[1])  # 王毅在通話中: the name stops at 在
            name = text[a:b]
            if aff is None or b - a < 2 or any(covered[a:b]) or not plausible_name(name, aff, gaz):
                continue
            if aff == home and home in HAN_NAMING and not (name[0] in gaz.surnames and len(name) <= 3):
                continue  # the outlet's own people have Han names (高市早苗 is not a Taipei official)
            covered[a:b] = b"\x01" * (b - a)
            m = Mention("person", a, b, name=name, name_span=(a, b), affiliation=aff, affiliation_from="home")
            if aff == other:  # the partner holds the headline's title
                m.title, m.office = bare_titles[aff].title, bare_titles[aff].office
            extra.append(m)
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _learn_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Find again, standing alone, the names that a titled mention introduced."""
    known = {}
    for m in mentions:
        if (m.kind == "person" and m.name and m.name_span and m.name_span[1] - m.name_span[0] >= 2 and m.affiliation
                and m.name != m.title):  # a bare title (总统) is no name to find again
            known.setdefault(m.name, m)
            if m.affiliation == "JPN" and len(m.name) >= 4 and HAN.match(m.name[0]):
                known.setdefault(m.name[:2], m)  # 小泉 for 小泉进次郎: a Japanese family name alone
    if not known:
        return sorted(mentions, key=lambda m: m.start)
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = []
    for name, src in known.items():
        k = text.find(name)
        while k >= 0:
            if not any(covered[k : k + len(name)]):
                extra.append(
                    Mention(
                        "person",
                        k,
                        k + len(name),
                        name=name,
                        name_span=(k, k + len(name)),
                        affiliation=src.affiliation,
                        affiliation_from="learned",
                        office=src.office,
                        title=src.title,
                        names=dict(src.names),
                    )
                )
                covered[k : k + len(name)] = b"\x01" * len(name)
            k = text.find(name, k + len(name))
    return sorted(mentions + extra, key=lambda m: m.start)


# ---------------------------------------------------------------- English


def _en_name(text: str, k: int) -> tuple[int, int]:
    """A run of capitalised words (and name particles) starting at `k`."""
    j = SPACES.match(text, k).end()
    start, end, words = j, j, 0
    while words < 7:
        w = EN_NAME_WORD.match(text, j)
        if not w or w.group().rstrip(".") in EN_NOT_NAME or w.group() in EN_NOT_NAME:
            break
        end = w.end()
        if w.group().endswith(("'s", "’s")):  # Biden's Meeting: the name ends before the possessive
            end -= 2
            words += 1
            break
        if end > start and text[end - 1] == "." and len(w.group()) > 2 and not re.match(r"[A-Z]\.$", w.group()):
            end -= 1  # a sentence full stop, not an initial
            break
        words += 1
        sp = NAME_SPACE.match(text, end)
        if not sp:
            break
        j = sp.end()
    # drop trailing particles
    name = text[start:end]
    while name and name.split()[-1] in EN_PARTICLES:
        name = name.rsplit(None, 1)[0] if " " in name else ""
    end = start + len(name)
    return start, end


EN_CHAIN_GAP = re.compile(
    r" +| +of +(?:the +)?|['’]s +| +of +the +(?:Republic|Kingdom|State|Socialist Republic|Federative Republic"
    r"|Grand Duchy|Islamic Republic|People's Republic) +of +(?:the +)?"
)
EN_OFFICE_WORDS = re.compile(r"(?: +[A-Z][a-z]+){1,3} +")
SIDE_WORDS = frozenset(("country", "demonym"))
THE_BEFORE = re.compile(r"\b[Tt]he $")


def en_mentions(text: str, hits: list[Hit], gaz: Gazetteer, home: str | None) -> list[Mention]:
    """English mentions from the lexicon hits of `text`."""
    actor_hits = [h for h in hits if h.kinds & EN_CHAIN_KINDS]
    out: list[Mention] = []
    i = 0
    while i < len(actor_hits):
        chain = [actor_hits[i]]
        while i + 1 < len(actor_hits):
            gap = text[chain[-1].end : actor_hits[i + 1].start]
            nxt = actor_hits[i + 1]
            # Polish National Security Bureau Chief: a few capitalised words between a side and its title
            words_between = chain[-1].kinds & SIDE_WORDS and "title" in nxt.kinds and EN_OFFICE_WORDS.fullmatch(gap)
            if not (EN_CHAIN_GAP.fullmatch(gap) or words_between):
                break
            chain.append(actor_hits[i + 1])
            i += 1
        i += 1
        m = _en_chain(text, chain, gaz, home)
        if m:
            out.append(m)
    return out


def _en_chain(text: str, chain: list[Hit], gaz: Gazetteer, home: str | None) -> Mention | None:
    titles = [h for h in chain if "title" in h.kinds]
    codes = [h.first("country", "org", "demonym") for h in chain]
    codes = [c for c in codes if c]
    if not titles:
        return None
    affiliation = codes[0].value if codes else None
    is_org = any("org" in h.kinds for h in chain) and not any(h.first("country", "demonym") for h in chain)
    tail = chain[-1].end
    a, b = _en_name(text, tail)
    name = text[a:b] if b > a else None
    if name and EN_HONORIFIC.match(name):
        name = EN_HONORIFIC.sub("", name)
        a = b - len(name)
    end = b if name else tail
    # "Name of Country" / "Name, President of Country"
    after = OF_AFTER_NAME.match(text, end)
    if after and not codes:
        for h in gaz.actors.find(text[after.end() : after.end() + 60]):
            entry = h.first("country", "org")
            if h.start == 0 and entry:
                affiliation = entry.value
                is_org = entry.kind == "org"
            break
    title_span = (titles[0].start, titles[-1].end)
    if not name:
        if not THE_BEFORE.search(text, max(0, chain[0].start - 4), chain[0].start) or codes:
            return None
        # `The Vice President spoke with…`: the office holder told of before, resolved by _enrich
        name, a, b, end = text[title_span[0] : title_span[1]], title_span[0], title_span[1], title_span[1]
    offices = [h.first("title").value for h in titles]
    return Mention(
        "person",
        chain[0].start,
        end,
        name=name,
        name_span=(a, b),
        affiliation=affiliation or home,
        affiliation_from="text" if affiliation else "home",
        office=_best_office(offices, is_org),
        title=text[title_span[0] : title_span[1]],
        title_span=title_span,
    )


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches


def _word_occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where `form` stands as a whole word (no letter, digit or apostrophe before, no letter or digit after):
    str.find, since a regex opening with a look-behind is searched position by position."""
    out = []
    k = text.find(form)
    while k >= 0:
        e = k + len(form)
        before_ok = k == 0 or not (_word_char(text[k - 1]) or text[k - 1] in "'’")
        if before_ok and (e == len(text) or not _word_char(text[e])):
            out.append((k, e))
            k = text.find(form, e)
        else:
            k = text.find(form, k + 1)
    return out


def _learn_en_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bare surnames and full names of titled people found again later in the text."""
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = []
    seen: set[str] = set()
    for src in list(mentions):
        if not src.name or src.kind != "person":
            continue
        forms = [src.name]
        parts = [p for p in src.name.replace(",", " ").split() if p not in EN_PARTICLES and p not in ("Jr.", "Jr")]
        if len(parts) >= 2:
            forms.append(parts[-1])
        for form in forms:
            if form in seen or len(form) < 3:
                continue
            seen.add(form)
            for k, e in _word_occurrences(text, form):
                if not any(covered[k:e]):
                    extra.append(
                        Mention(
                            "person",
                            k,
                            e,
                            name=src.name,
                            name_span=(k, e),
                            affiliation=src.affiliation,
                            affiliation_from="learned",
                            office=src.office,
                            title=src.title,
                        )
                    )
                    covered[k:e] = b"\x01" * (e - k)
    return sorted(mentions + extra, key=lambda m: m.start)


# ---------------------------------------------------------------- known people


def _pick_role(entries, day: str | None) -> tuple[str, str]:
    """(affiliation, office) of a gazetteer person on `day` (their latest office when no term covers it)."""
    rows = [e.value.split("|") for e in entries if e.kind == "person"]
    if day:
        current = [r for r in rows if r[2] <= day and (not r[3] or day < r[3])]
        rows = current or rows
    rows.sort(key=lambda r: (r[3] == "", r[3], -OFFICE_RANK.index(r[1]) if r[1] in OFFICE_RANK else 0))
    return rows[-1][0], rows[-1][1]


def add_known_people(text: str, hits: list[Hit], mentions: list[Mention], day: str | None) -> list[Mention]:
    """People of the leaders gazetteer: they fix a home-guessed affiliation, or stand alone as mentions."""
    people = [h for h in hits if "person" in h.kinds]
    if not people:
        return mentions
    for m in mentions:
        if m.kind != "person" or m.affiliation_from == "text" or not m.name_span:
            continue
        for h in people:
            if h.start < m.name_span[1] and m.name_span[0] < h.end:
                m.affiliation, m.affiliation_from = _pick_role(h.entries, day)[0], "gazetteer"
    out = list(mentions)
    for h in people:
        if any(m.start <= h.start < m.end or h.start <= m.start < h.end for m in mentions):
            continue
        code, office = _pick_role(h.entries, day)
        out.append(
            Mention(
                "person",
                h.start,
                h.end,
                name=text[h.start : h.end],
                name_span=(h.start, h.end),
                affiliation=code,
                affiliation_from="gazetteer",
                office=office,
            )
        )
    return sorted(out, key=lambda m: m.start)


def find_mentions(
    text: str,
    hits: list[Hit],
    cues: list[Hit],
    gaz: Gazetteer,
    home: str | None,
    day: str | None,
    chinese: bool,
) -> list[Mention]:
    """Every actor mention of a text in either language: titled chains, groups, known people, learned names.
    `cues` are the cue words of the text: a name never runs into one (穆罕默德邀请)."""
    triggers = [h for h in cues if "trigger" in h.kinds]
    trigger_starts = {h.start for h in triggers}
    if chinese:
        mentions = zh_mentions(text, hits, trigger_starts, gaz, home, frozenset(h.start for h in cues),
                               frozenset(h.end for h in triggers))
    else:
        mentions = en_mentions(text, hits, gaz, home)
    mentions = add_known_people(text, hits, mentions, day)
    if chinese:
        mentions = _zh_bare_names(text, mentions, triggers, gaz, home)
    mentions = _learn_names(text, mentions) if chinese else _learn_en_names(text, mentions)
    if chinese:
        _entourage(text, mentions)
    return _enrich(text, mentions)


ENTOURAGE = re.compile(r"率领|率領|率|带领|帶領")
CLAUSE_BREAK = re.compile(r"[，。；;]")


def _entourage(text: str, mentions: list[Mention]) -> None:
    """Officials listed after `X率` (托卡耶夫率第一副总理斯克利亚尔、副总理努尔特列乌…迎接) are X's people: a side
    guessed from the outlet gives way to X's."""
    for i, m in enumerate(mentions):
        if m.kind != "person" or m.affiliation_from != "home":
            continue
        for lead in reversed(mentions[:i]):
            if lead.affiliation_from not in ("home", "learned") or lead.kind == "state":
                gap = text[lead.end : m.start]
                if ENTOURAGE.search(gap) and not CLAUSE_BREAK.search(gap):
                    m.affiliation, m.affiliation_from = lead.affiliation, "learned"
                break


def _one_sentence(text: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand in one sentence (no sentence end between them)."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return not SENTENCE_END.search(text, lo, hi) if lo < hi else True


def _enrich(text: str, mentions: list[Mention]) -> list[Mention]:
    """A bare mention of someone titled elsewhere in the text takes that title and office; a bare title
    guessed to be the outlet's side (女王, 总统先生) is the one person of another side holding it, if any."""
    sure = [m for m in mentions if m.kind == "person" and m.name and m.affiliation_from in ("text", "gazetteer")]
    for m in mentions:  # 外長瓦德福 guessed as the outlet's side, 德國外交部長瓦德福 elsewhere: one person
        if m.kind == "person" and m.name and m.affiliation_from in ("home", "learned") and m.name != m.title:
            same = {t.affiliation for t in sure if t.name != t.title and (t.name in m.name or m.name in t.name)}
            if len(same) == 1:
                m.affiliation, m.affiliation_from = same.pop(), "learned"
    titled = [m for m in mentions if m.kind == "person" and m.title and m.name]
    for m in mentions:
        if m.kind != "person" or m.affiliation_from != "home" or m.name != m.title:
            continue
        holders = [t for t in sure if t.title == m.title and t.name != t.title]
        if not holders:  # The Vice President, after Vice President Kamala Harris: the outlet's own holder
            holders = [t for t in titled if t.title == m.title and t.name != t.title and t is not m
                       and t.affiliation == m.affiliation and t.start < m.start]
        if any(_one_sentence(text, m, t) for t in holders):
            continue  # 外长同法国外长通电话: a bare title beside another side's holder is a second person
        if holders and len({t.affiliation for t in holders}) == 1:
            src = holders[0]
            m.name, m.affiliation, m.affiliation_from, m.office = src.name, src.affiliation, "learned", src.office
            m.names = dict(src.names)
            m.title_span = None  # the title now stands for a named person: its span is where that name is told
    for m in mentions:
        if m.kind != "person" or m.title or not m.name:
            continue
        src = next(
            (t for t in titled if t.affiliation == m.affiliation and (t.name in m.name or m.name in t.name)), None
        )
        if src:
            m.title, m.office, m.title_span = src.title, src.office, src.title_span
            m.names = {**src.names, **m.names}
    return mentions
