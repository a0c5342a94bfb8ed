"""How a subject names its speaker (subjects.py reads subjects with these): where a participant's name,
family name or title stands in a folded subject, whether names joined by `and`/和 make up both sides, and the
forms that name an office or address someone rather than naming a speaker."""

from __future__ import annotations

import re
from typing import Any

from diplograph.extract.names import fold, is_han

# on folded text; the day and the exchange they spoke in may come first (甲和乙今天在电话中同意)
TOGETHER = re.compile(r"^(?:今天|今日|昨天|昨日|当天|日前)?(?:在(?:电话|通话|视频通话|会谈|会晤|会面)中)?"
                      r"(?:都|均|一致|共同|together|both|jointly|also|则|也)*$")
# a name then its title (习近平主席, 拜登总统): how a speaker names the other one, not how the reporter does
ADDRESSED = re.compile(r"(?:国家|國家)?(?:主席|总统|總統|总理|總理|首相|国王|國王|先生|女士|阁下|閣下)")
# what makes a name an institution (`川普政府`, `the Trump administration`): on folded text, right after it
OFFICE_AFTER = re.compile(r"s?(?:政府|当局|當局|团队|團隊|阵营|陣營|办公室|辦公室|administration|government|campaign"
                          r"|team|whitehouse|camp|office|spokes)")
# words that may stand beside a name without being part of it (`President Ana Rojas`, `Mr Rojas`, `Sir Ian`)
NAME_TITLES = frozenset({"president", "minister", "prime", "vice", "secretary", "general", "foreign", "state",
                         "the", "leader", "chancellor", "premier", "king", "queen", "mr", "mrs", "ms", "dr", "u.s",
                         "sir", "dame"})
# 的 after a name, then someone or something of his that is not his own words (讲话, 声明)
OWNED_ZH = re.compile(r"的(?!讲话|講話|声明|聲明|发言|發言|贺电|賀電|致辞|致辭|信|文章|推文|贴文|貼文)"
                      r"[\u4e00-\u9fff]{2}")
# on folded text: nothing else between the two, save `the`, the second one's country before his title (和法国总统,
# `and Ethiopian Prime Minister`) or what he is to the first (`and his counterpart`), once titles are taken out
JOINED = re.compile(r"^(?:and(?:the)?[a-z.]{0,20}|&|[和与及同跟暨][\u4e00-\u9fff]{0,5})$")
# a Latin-script word of a subject, with its possessive or full stop
LATIN_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*")
# a word's possessive or full stop, not part of the name
POSSESSIVE_END = re.compile(r"(?:'s|’s|\.)$")
# a bracketed aside (a name in Latin script)
BRACKETED = re.compile(r"\([^()]*\)")


def name_at(p: dict[str, Any], key: str, chinese: bool, anywhere: bool) -> tuple[int, int] | None:
    """Where one of the participant's folded names starts and ends in the folded subject (a family name
    alone counts in Chinese: the subject's one character, or the first two of a longer Japanese name, never the
    first two letters of a Latin one, which any word may hold: `pe` of Pete in APEC). A Han name of two or
    three characters also counts as its family name before the last two characters of the title (赖总统,
    林部长, 习主席 for 外交部长林某某, 国家主席习某某): how reporters name a person again, and which of two
    presidents speaks."""
    for n in p["keys"]:
        if n in key:
            return key.index(n), key.index(n) + len(n)
        if chinese and not anywhere and len(key) == 1 and n.startswith(key):
            return 0, 1
        if chinese and len(n) >= 4 and not n.isascii() and n[:2] in key and p.get("kind") != "state":
            at = key.index(n[:2])  # 高市 for 高市早苗, 小泉 for 小泉进次郎
            return at, at + 2
    head = p.get("title_fold", "")[-2:] if chinese else ""  # a state or a bare name has none
    if len(head) == 2 and head in key:  # one test of the subject before the names are tried
        for n in p["keys"]:
            if n[:1] + head in key and 2 <= len(n) <= 3 and is_han(n):
                at = key.index(n[0] + head)
                return at, at + 3
    return None


def beside_other_name(cased: str, words: set[str], found: set[str]) -> bool:
    """Whether a name word `found` of a participant stands in the cased English subject right beside a
    capitalised word that is no title and no part of his name (`Donald` of `Donald Trump's envoy` is not
    Donald Tusk): then it is part of someone else's name."""
    tokens = LATIN_TOKEN.findall(cased)
    plain = [POSSESSIVE_END.sub("", t).lower() for t in tokens]
    for k, w in enumerate(plain):
        if w not in found:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(tokens) and tokens[j][:1].isupper() and plain[j] not in words \
                    and plain[j] not in NAME_TITLES:
                return True
    return False


# `the Trump adviser`, `a Biden aide`: a name before the noun of someone of his (the English noun adjunct)
EN_ROLE = r"(?:advis[eo]rs?|aides?|ally|allies|campaign|camp|loyalists?|spokes(?:man|woman|person)|lawyers?)\b"
PRESIDENTIAL_ROLE = re.compile(rf"\bpresidential\s+{EN_ROLE}", re.I)


def possessor(cased: str, who: dict[str, Any], chinese: bool) -> bool:
    """Whether a subject names the participant as the owner of its head (`Ostrava's envoy Marc Lambert`, `the
    Trump adviser`, `尹锡悦的律师`): someone of his, not he, speaks; his own words (`他的讲话指出`) are his."""
    if chinese:
        key = fold(cased)
        return any(k in key and OWNED_ZH.match(key, key.index(k) + len(k)) for k in who["keys"] if len(k) >= 2)
    # his name's words, or the title he is told by (`the president's spokesperson`)
    words = sorted((w for w in (*who.get("words", ()), who.get("title_key") or "") if len(w) >= 2), key=len,
                   reverse=True)
    if who.get("office") == "head_of_state" and PRESIDENTIAL_ROLE.search(cased):
        return True  # `a presidential spokesman`: the president's
    return bool(words) and re.search(rf"\b(?:{'|'.join(map(re.escape, words))})(?:['’]s\s+[A-Za-z]|\s+{EN_ROLE})",
                                     cased, re.I) is not None


def addressed(text: str, who: dict[str, Any]) -> bool:
    """Whether a Chinese text names the participant by name and then title (`习近平主席去年访问…`): a mention in
    someone's words, not the reporter's narrative about him."""
    key = fold(text)
    return any(k in key and ADDRESSED.match(key, key.index(k) + len(k)) for k in who["keys"] if len(k) >= 2)


def their_office(subject: str, who: dict[str, Any]) -> bool:
    """Whether a subject names a participant's administration or office (`川普政府`, `the Biden White House`)
    rather than the participant: an institution word right after the name."""
    key = fold(subject)
    names = [k for k in who["keys"] if k]
    names += [k[:2] for k in who["keys"] if len(k) >= 4 and is_han(k)]  # 川普 for 川普廿六日
    names += [w for w in who.get("words", ()) if len(w) >= 3]  # Trump in `the Trump administration`
    return any(k in key and OFFICE_AFTER.match(key, key.index(k) + len(k)) for k in names)


def headless(subject: str) -> str:
    """An English subject's words without a leading `the`, each after one space: what `title_head` is
    compared with (`the Secretary` is its title's head alone)."""
    said = subject.split()
    return " ".join(said[1:] if said[:1] == ["the"] else said)


def joined_sides(found: list[tuple[int, int, dict[str, Any]]], key: str, people: list[dict[str, Any]]) -> bool:
    """Whether the first names of a subject are joined by `and`/和 and stand for every side of an event
    they share (米舒斯京和奥云额尔登 with a third side in the talks is not both sides)."""
    titled = found[0][0] >= 1000  # `the Secretary and the Foreign Minister`: titles are joined among themselves
    base = 1000 if titled else 0
    named = [found[0]]
    for f in found[1:]:
        if f[0] == named[-1][0]:
            continue  # the same person, a participant of another event too
        if (f[0] >= 1000) != titled or f[0] < named[-1][1] \
                or not JOINED.match(strip_titles(key[named[-1][1] - base:f[0] - base], people)):
            break
        named.append(f)
    sides = {f[2]["affiliation"] for f in named}
    if len(sides) < 2 or not TOGETHER.match(strip_titles(key[named[-1][1] - base:], people)):
        return False  # 李在明与习近平会谈时表示: the first speaks
    events = set.intersection(*({p["event"] for p in people if p["affiliation"] == a} for a in sides))
    return any({p["affiliation"] for p in people if p["event"] == k} <= sides for k in events)


def strip_titles(between: str, people: list[dict[str, Any]]) -> str:
    """The folded words between two names with the participants' titles and bracketed asides (a name in
    Latin script) taken out (`和韩国总统`)."""
    between = BRACKETED.sub("", between)
    for p in people:
        title = p["title_fold"]
        if title:
            between = between.replace(title, "")
    return re.sub(r"^(?:the|president|minister|primeminister|secretary|[a-z]{0,3}\.)+|(?:president|minister"
                  r"|primeminister|secretary|leader)+$", "", between)


def side_speaker(side: list[dict[str, Any]], last: Any) -> dict[str, Any]:
    """Who a side (中方, the US side) speaks through: the one of its people who spoke last, else its first."""
    return next((p for p in side if p is last), side[0])
