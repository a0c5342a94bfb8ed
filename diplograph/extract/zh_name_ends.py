"""Where the name a Chinese title chain gives ends: after the title, past a space some outlets set around it
(美國國務卿 提勒森 表示), before a word a transliterated name runs into (米萊完成首訪) or before 和 (康京和 keeps
it); or where a transliterated name written right before its title starts (同博尔内总理会谈); and whether a name
is written the way Chinese, Korean or Vietnamese names are."""

from __future__ import annotations

from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.names import HAN, HAN_NAMING, NAME_JOINERS, ZH_STOP_CHARS, plausible_name, stop_word_at

QUALIFIERS = set("两兩国國双雙各该該本我贵貴新前副其此这這那原首")
DETERMINERS = set("两兩各该該我贵貴其此这這那")  # what opens a noun phrase and never a name
CLAUSE_PUNCT = set("，,。；;！!？?\n：:")
SPACES = (" ", "\u3000")
SPACED_NAME_END = set(" \u3000（(，,。、；;\n")  # not a colon: 總理 某某：… is a headline's speaker and quote


def spaced_name(text: str, k: int) -> int:
    """Where the name after a title ending at `k` starts: some outlets set a name apart by a space on each
    side (美國國務卿 提勒森 表示), so a space followed by a Han run that ends at a space or punctuation is
    skipped; otherwise `k`. A run opening with a determiner (越南外长 两国签署…) is a headline's next clause."""
    if not text.startswith(SPACES, k) or not HAN.match(text, k + 1) or text[k + 1] in DETERMINERS:
        return k
    j = k + 1
    while j < len(text) and j - k <= 9 and HAN.match(text, j):
        j += 1
    return k + 1 if j - k >= 3 and (j == len(text) or text[j] in SPACED_NAME_END) else k


def native_end(text: str, a: int, b: int, side: str | None, gaz: Gazetteer, starts: set[int]) -> int:
    """Where a name really ends. A transliterated one (a foreign side's, or one opening with no Han surname)
    may end before a word it runs into (_transliteration_end). 和 ends a native name of two characters unless
    a given name holds it (康京和同期赴会, 会见魏凤和。: nothing a party could start follows it); a run too
    long for a name (尹锡悦派遣的) keeps the part of it the text writes apart elsewhere (尹锡悦写给)."""
    name = text[a:b]
    if not name:
        return b
    if name[0] not in gaz.surnames or (side and side not in HAN_NAMING and side != "JPN"):
        cut = _transliteration_end(text, a, b, gaz)
        if cut < b or name[0] not in gaz.surnames:
            return cut
    if (b - a == 2 and text[b : b + 1] == "和"
            and b + 1 not in starts and (b + 2 > len(text) or text[b + 1] in CLAUSE_PUNCT
                                         or text[b + 1] in ZH_STOP_CHARS)):
        return b + 1
    if b - a > 3 and (not plausible_name(name, side, gaz) or side in HAN_NAMING):
        for k in (3, 2):
            if text.count(name[:k]) > text.count(name[: k + 1]):
                return a + k
    return b


def _transliteration_end(text: str, a: int, b: int, gaz: Gazetteer) -> int:
    """Where a transliterated name ends when the run goes on into a word (米萊完成首訪): before the first
    character transliterations do not use, when what comes before it is written more often in the text than
    the whole run (the name stands elsewhere alone)."""
    k = next((j for j in range(a, b) if text[j] not in gaz.transliteration), b)
    if k - a >= 2 and k < b and text.count(text[a:k]) > text.count(text[a:b]):
        return k
    return b


TRIGGER_REACH = 4  # characters before a name's run that a trigger ending it may start at (举行会谈)


def name_before(text: str, k: int, gaz: Gazetteer) -> int:
    """Start of a name written right before a title (卢拉总统, 同博尔内总理, 拜会赖清德总统), or `k` when the
    characters before it are not all of the kind foreign names are written with; such a run stops after a
    trigger word in it (今天拜会赖清德总统: the name is 赖清德)."""
    a = k
    while a > 0 and k - a < 10 and ((text[a - 1] in gaz.transliteration and text[a - 1] not in ZH_STOP_CHARS)
                                     or (a < k and text[a - 1] in NAME_JOINERS)):
        a -= 1
    if k - a < 3:  # 陳明輝總統 (a Taiwanese release's order): a native name of three opening its clause
        a = k - 3 if k >= 3 and _native_opening(text, k - 3, k, gaz) else a
    if k - a < 2:
        return k
    # 今天拜會賴清德總統, 会见卢德安总统: a name never runs back into the trigger before it, which also ends it
    start = max(0, a - TRIGGER_REACH)
    cue_end = max((start + h.end for h in gaz.cues.find(text[start:k]) if "trigger" in h.kinds
                   and start + h.end >= a), default=-1)
    if cue_end >= a:
        return cue_end if k - cue_end >= 2 and not QUALIFIERS.intersection(text[cue_end:k]) else k
    before = text[a - 1] if a > 0 else "，"
    if k - a < 2 or not (before in CLAUSE_PUNCT or before in ZH_STOP_CHARS or before.isspace()):
        return k
    if QUALIFIERS.intersection(text[a:k]) or stop_word_at(text, a):
        return k  # 两国总理, 该国总统, 三方代表: words that qualify a title, not a name
    return a


def _native_opening(text: str, a: int, k: int, gaz: Gazetteer) -> bool:
    """Whether text[a:k] is a Han name of surname and given name that opens its clause (after punctuation, a
    space or a word that ends one party's place: 與陳明輝總統會晤)."""
    before = text[a - 1] if a > 0 else "，"
    return text[a] in gaz.surnames and all(HAN.match(ch) for ch in text[a:k]) \
        and not ZH_STOP_CHARS.intersection(text[a:k]) and (before in CLAUSE_PUNCT or before.isspace()
                                                          or before in ZH_STOP_CHARS)


def native_name(name: str, gaz: Gazetteer) -> bool:
    """A name that may be written the way Chinese, Korean or Vietnamese names are: a Han surname and at most
    three characters, no joiner (米歇尔‧多尼兰, 涅奇泰洛 are foreign)."""
    return name[0] in gaz.surnames and len(name) <= 3
