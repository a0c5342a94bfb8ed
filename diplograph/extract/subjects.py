"""Who the subject of a verb of saying names: a participant (by name, family name or title), both sides
(`两国元首`, `the two leaders`), a side speaking through one of its people (中方, `the Chinese side`), a side's
seat of government (白宫, the Kremlin), a participant's office (川普政府), a source that reports (据新华社), or
someone who is no participant. How one name or title is matched is `subject_names`."""

from __future__ import annotations

import re
from typing import Any

from diplograph.extract.body_hits import BodyHits
from diplograph.extract.gazetteer import Gazetteer, Hit
from diplograph.extract.names import NAME_NOISE, fold
from diplograph.extract.speech_forms import HONORIFIC, WordsPattern, name_words, referent
from diplograph.extract.subject_names import (
    beside_other_name,
    headless,
    joined_sides,
    name_at,
    possessor,
    side_speaker,
    their_office,
)
from diplograph.extract.zh_states import SIDES_JOINED
from diplograph.lexicons.literals import CASE_FOLDS

# what a side speaks through and still is the side: 中方, the Chinese leader, the Chinese readout, 美方声明, `his
# Chinese counterpart` (the one of that side who meets the one told of), `the top U.S. diplomat`, `the Saudi minister`
SIDE_WORDS = re.compile(r"(?:the|side|government|authorities|leader|statement|readout|counterpart|his|her"
                        r"|top|diplomat|minister|envoy"
                        r"|方面|方|政府|当局|當局"
                        r"|声明|聲明|新闻稿|新聞稿|今天|今日|昨天|昨日|稍早|日前|\s)*", re.I)  # 白宫昨天表示 too
SIDE_START = re.compile(r"^[\u4e00-\u9fff]{1,2}方")
# 两国总理, 兩國外長, 双方代表, the two prime ministers, both presidents: each side's one, speaking together
JOINT_SUBJECT = re.compile(r"^(?:两|兩)(?:国|國|位)[\u4e00-\u9fff]{1,5}$|^(?:双方|雙方)[\u4e00-\u9fff]{0,3}$"
                           r"|^(?:the two|both|the) (?:[a-z]+ )?(?:leaders|ministers|presidents|sides|countries|"
                           r"governments|delegations|heads of state|secretaries|counterparts)$")
# 在会谈中, 在声明中, 在记者会上: where a subject speaks, taken out of it to see who speaks
LOCATIVE = re.compile(r"在[\u4e00-\u9fff]{1,12}?(?:中|上|时|時|后|後|期间|期間)")
WHILE_DOING = re.compile(r"[\u4e00-\u9fff]{1,2}(?:时|時)$")  # 致詞時, 会见时: the act the words are said at
PRONOUN_NEXT = "对對就向在与與跟同也还還则則又亦都均随隨"  # 他对…表示: a pronoun, then where its clause goes
PREPOSITION = re.compile(r"^(?:在|于|於|通过|通過|透过|透過|经由|經由|代表(?![团團处處]))")  # 代表两国: on behalf of
# words that link a clause to what came before (此外，但, 只不過, in addition): not part of who speaks
LINK_WORDS = ("additionally", "finally", "together", "also", "meanwhile", "in addition", "but", "and",
              "此外", "同时", "同時", "另外", "而且", "就在", "而", "但是", "但", "不过", "不過", "只是", "只不过",
              "只不過", "然而", "随后", "隨後", "就是", "尽管", "儘管", "虽然", "雖然")
LEADING_LINK = re.compile(rf"^\s*(?:(?:{'|'.join(LINK_WORDS)})(?:[,，\s]+|(?![a-z])))*", re.I)
# what a link can open with, in every case re.I matches: a text opening with none of them or a space has none
LINK_FIRSTS = frozenset(c for w in LINK_WORDS for c in (w[0].lower(), w[0].upper(), *CASE_FOLDS.get(w[0], "")))
# `the Saudi foreign ministry`, `Japan's defence ministry`, `the Kenyan presidency`, `the State Department`: a
# government department of one side, which reports for that side as its seat does (the Kremlin said)
DEPARTMENT_WORDS = ("ministry", "department", "presidency", "office", "palace")  # a subject naming none is no
# department (the needle)
DEPARTMENT = re.compile(r"(?:(?:foreign|defen[cs]e|state|trade|commerce|finance|interior)\s+)?"
                        r"(?:ministry|department|presidency|(?P<head>presidential|president['’]s|prime minister['’]s)"
                        r"\s+(?:office|palace))(?:\s+of\s+(?:foreign|external)\s+affairs)?$", re.I)
# `the presidential office said`, `the prime minister's office`: the office of that side's head
HEAD_OF_OFFICE = {"presidential": "head_of_state", "president's": "head_of_state", "president’s": "head_of_state",
                  "prime minister's": "head_of_government", "prime minister’s": "head_of_government"}
POSSESSIVE_END = re.compile(r"['’]s?\s*$")  # Saudi Arabia's (foreign ministry)
# `Hart's Indonesian counterpart`, `Hart's counterpart`: a participant's opposite number, who speaks
OWNED_COUNTERPART = re.compile(r"['’]s\s+(?:[A-Z][a-z]+\s+)?counterpart$")
# a reporting frame: the words after it name the source of what follows
FRAME = re.compile(r"^(?:据|據|根据|根據|依据|依據|援引|引述|according to)\s*", re.I)


def opened(pattern: re.Pattern[str], text: str) -> str:
    """`text` without what `pattern`, anchored at the start, matches there: `pattern.sub("", text)` without
    trying the pattern again at every later position."""
    m = pattern.match(text)
    return text[m.end():] if m else text


def unlinked(text: str) -> str:
    """`text` without the words that link it to what came before (此外，, `In addition,`); a text opening with
    no character a link opens with is not matched (most subjects open with a name or a title)."""
    first = text[:1]
    return opened(LEADING_LINK, text) if first in LINK_FIRSTS or first.isspace() else text


# the kinds of lexicon entry that name a side, in the order a hit's entries are read for one (see `_sides`)
SIDE_KINDS = ("side", "country", "demonym", "org")
# a capitalised name alone (Kim, Jean-Marc)
LONE_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


class SubjectReader:
    """Reads who the subject of a verb of saying names, against the participants of the page's events."""

    def __init__(self, joint: set[str], pronouns: set[str], sources: list[str], thirds: list[str],
                 gaz: Gazetteer, initials: dict[str, str] | None = None) -> None:
        self.joint, self.pronouns, self.gaz = joint, pronouns, gaz
        self.initials = initials or {}  # country code -> first characters of its Han names (马 for 马耳他)
        self.sources, self.thirds = WordsPattern(sources), WordsPattern(thirds)
        self.joint_han = tuple(j for j in joint if not j.isascii())
        self.lexicon: BodyHits | None = None  # the page's actor hits, read by span (see Attributor.reading())
        self.window: tuple[int, int] = (0, 0)  # the unit being read: where its subjects stand in the body
        self._hits_seen: dict[tuple[str, int, int], list[Hit]] = {}  # _actor_hits per piece and window

    def _actor_hits(self, piece: str) -> list[Hit]:
        """The actor lexicon's hits of a piece of the unit being read (matched alone when no page is read); a
        subject goes through several tests in turn, so each piece is looked up once per unit (callers only read)."""
        if not piece:
            return []  # an empty piece names nothing: no automaton is run for it
        if self.lexicon is None:
            return self.gaz.actors.find(piece)
        key = (piece, *self.window)
        hits = self._hits_seen.get(key)
        if hits is None:
            hits = self._hits_seen[key] = self.lexicon.find(piece, *self.window)
        return hits

    def subject(self, subject: str, people: list[dict[str, Any]], last: Any, chinese: bool,
                lone: bool = False) -> tuple[str, Any]:
        """What a subject before a verb of saying names: (`speech`, participant or "joint"), (`other`, None)
        for a named source that is no participant, (`source`, None) for a reporting frame, or (`none`, None)
        for a subject that names nobody, (`narrative`, participant) for a participant's office (川普政府).
        `lone`: the subject opens its sentence."""
        trimmed = subject.strip(" ，,\"“”「」『』")
        framed = FRAME.match(trimmed) is not None
        cased = opened(FRAME, HONORIFIC.cut(unlinked(trimmed))).strip(" ，,")
        s = cased.lower()  # `cased` keeps the capitals the lexicon's Latin names and demonyms are found by
        if not s:
            return "none", None
        if chinese and s.endswith(("时", "時")) and (doing := WHILE_DOING.search(s)) and doing.start() >= 2 \
                and not any(mark in s[: doing.start()] for mark in SIDES_JOINED):
            # 總統致詞時表示: when he speaks is not who (比利时 is a state; 甲與乙會談時: 乙 is whom he spoke with)
            s = cased = s[: doing.start()]
        # 双方在声明中共同: where they speak is not who (LOCATIVE opens with 在: a subject without it has none)
        bare = (LOCATIVE.sub("", s) if "在" in s else s).rstrip("共同一致都均")
        if bare in self.joint or s.endswith(self.joint_han) or JOINT_SUBJECT.match(bare):
            return "speech", "joint"
        if s in self.pronouns or (chinese and s[:1] in self.pronouns and s[1:2] in PRONOUN_NEXT):
            who = referent(s, last, people)
            return ("speech", who) if who is not None else ("none", None)  # 她同时也对…表达
        mate = self._counterpart_of(cased, people) if not chinese and "counterpart" in s else None
        if mate is not None:
            return "speech", mate  # `Hart's Indonesian counterpart said`: not Hart, the one he met
        seat = self._seat(cased, people) or (self._department(cased, people) if not chinese
                                             and any(w in s for w in DEPARTMENT_WORDS) else None)
        if seat is not None:
            return "office", seat  # 白宫表示, the Kremlin said: the office's words, not its leader's
        who, at, foreign = self.resolve(s, people, last, chinese, cased=cased)
        if isinstance(who, dict) and at < 1000 and their_office(s, who):
            return "narrative", who  # 川普政府证实: his office's words, not his, yet his side's (commitments)
        if isinstance(who, dict) and ((at < 1000 and self._someone_else(s, at, people))
                                      or possessor(cased, who, chinese)):  # `the president's spokesperson`
            return "other", None  # 赫格塞斯此行恰逢特朗普在社交媒体上宣布: the name nearest the verb speaks
        if isinstance(who, dict) and chinese and at < 1000 and "的" in s[:at] \
                and any(fold(s).endswith(k) for k in who["keys"]):
            return "speech", who  # 正在访问韩国的国家主席习近平: the name the modifiers end on is the subject
        if who is not None and (at >= 1000 or (self._titles_only(s, at) if chinese else at < 25)):
            return "speech", who  # the name opens the subject (not `…都从习近平主席提出的`)
        if chinese and lone and not who and PREPOSITION.match(s):
            return "none", None  # 在推特发文说: the subject is the sentence's
        if framed or self.sources.search(s):
            return "source", None  # 据新华社报道, according to officials: a source, the speaker may follow
        if foreign or self.thirds.search(s) or (chinese and lone and len(s) >= 10 and not SIDE_START.match(s)):
            return "other", None  # a country not in the talks, someone named by office or at length
        if not chinese and len(s.split()) <= 4 and any(w[:1].isupper() for w in subject.split()[1:] or [""]):
            return "other", None  # a named person who is no participant
        if not chinese and LONE_NAME.fullmatch(cased) and s not in self.pronouns:
            return "other", None  # `Kim told…`: a name alone, and no participant's
        return "none", None

    def resolve(self, s: str, people: list[dict[str, Any]], last: Any, chinese: bool,
                anywhere: bool = False, cased: str = "") -> tuple[Any, int, bool]:
        """(participant or "joint" or None, where it is named in the folded subject, whether a side that is
        no participant is named): the earliest name, family name, title (at 1000 and more) or side the
        subject holds; participants of different sides joined by `and`/和 who make up all the sides of one
        event speak jointly."""
        low = s.lower()
        key = fold(low)
        subject_words = name_words(s) if not chinese else set()
        found: list[tuple[int, int, dict[str, Any]]] = []
        said = headless(low) if not anywhere else ""
        for p in people:
            at = name_at(p, key, chinese, anywhere)
            if at is None and subject_words and p["words"] & subject_words \
                    and not beside_other_name(cased or s, p["words"], p["words"] & subject_words):
                at = min((key.find(w), key.find(w) + len(w)) for w in p["words"] & subject_words)
            title = p["title_fold"] if at is None and not anywhere else ""  # a title is read only then
            lead = p["lead_fold"] if title else ""  # `the Deputy Secretary` for a Deputy Secretary of State
            if lead and not (key.endswith(lead) or f"the{lead}" in key):
                lead = ""
            # `The Secretary and the Minister discussed`: each joined title by its head word
            lead = lead or (f"the{p['title_head']}" if title and p["title_head"] and " and " in low
                            and f"the{p['title_head']}" in key else "")
            if len(title) >= 2 and (key.endswith(title) or f"the{title}" in key or lead
                                    or (p["title_head"] != "" and said == p["title_head"])):
                spot = max(key.rfind(lead or title), 0)
                at = (spot + 1000, spot + 1000 + len(lead or title))  # a title alone says less than a name
            if at is not None:
                found.append((at[0], at[1], p))
        if anywhere and not found:
            return None, 0, False  # read anywhere, only a participant's name tells: the sides are not read
        sides, foreign, bare, side_at, side_of = self._sides(cased or s, people)
        if not bare:  # a state speaks only as a side alone (中国表示), not through its spokesman
            found = [f for f in found if f[2].get("kind") != "state"]
        if not anywhere and (side_at == 0 or (found and side_at < found[0][0])):  # 中方对…表示: the side first
            side = [p for p in people if p["affiliation"] == side_of and p.get("kind") != "state"]
            if side:  # the side speaks through the one of its people who spoke last, else its first
                return side_speaker(side, last), side_at, False
        if found:
            found.sort(key=lambda f: f[0])
            if len(found) > 1 and joined_sides(found, key, people):  # one name alone joins no one
                return "joint", found[0][0], False
            if sides and found[0][0] >= 1000:  # `the Chinese president`: a title of that side
                fitting = [f for f in found if f[2]["affiliation"] in sides]
                return (fitting[0][2], 1000, False) if fitting else (None, 0, True)
            return found[0][2], found[0][0], False
        if sides and bare and not anywhere:  # 中方表示, the Chinese side said: the side's participant
            side = [p for p in people if p["affiliation"] in sides]
            return (side_speaker(side, last), 0, False) if side else (None, 0, True)
        return None, 0, foreign and not anywhere

    def _sides(self, s: str, people: list[dict[str, Any]]) -> tuple[set[str], bool, bool, int, str]:
        """The sides a subject names; whether it names someone else (it opens with a side that is no
        participant's, or holds an office or body, 发言人 or 总统办公室, that no participant named in it
        holds); whether it is a side and nothing more (中方, the Chinese side, 韩国政府); and where the first
        side named as such (中方, 美方) stands in it (a large number when none is), and whose it is."""
        out, foreign, rest, side_at, side_of = set(), False, s, 10**6, ""
        ours = {p["affiliation"] for p in people}
        for h in self._actor_hits(s):
            e = None if h.kinds.isdisjoint(SIDE_KINDS) else h.first(*SIDE_KINDS)
            if e is not None:
                value = e.value
                if e.kind == "side" and value not in ours and h.end - h.start == 2:
                    # 阿方, 马方: one character stands for many countries; the party of the talks it opens
                    fits = [a for a in ours if s[h.start] in self.initials.get(a, "")]
                    value = fits[0] if len(fits) == 1 else value
                out.add(value)
                # 阿方, 乌方: a one-character side is read as a party of the talks, never as someone else
                foreign = foreign or (h.start <= 2 and value not in ours and e.kind != "side")
                rest = rest.replace(s[h.start:h.end], " ")
                if e.kind == "side" and value in ours and h.start < side_at:
                    side_at, side_of = h.start, value
            elif not h.kinds.isdisjoint(("title", "body")):
                foreign = True
        return out, foreign, SIDE_WORDS.fullmatch(rest.strip()) is not None, side_at, side_of

    def _counterpart_of(self, cased: str, people: list[dict[str, Any]]) -> Any:
        """The participant a subject names as a participant's counterpart (`Hart's Indonesian counterpart`): of
        the side it names, else of the one side other than the owner's; None when the subject is no counterpart
        of one participant or several fit."""
        m = OWNED_COUNTERPART.search(cased)
        owner = name_words(cased[: m.start()]) if m else set()
        owners = {p["affiliation"] for p in people if p["words"] & owner}
        if len(owners) != 1:
            return None
        sides = self._sides(cased, people)[0] - owners
        mates = [p for p in people if p["affiliation"] not in owners and p.get("kind") != "state"
                 and (not sides or p["affiliation"] in sides)]
        return mates[0] if len({p["affiliation"] for p in mates}) == 1 else None

    def _department(self, cased: str, people: list[dict[str, Any]]) -> Any:
        """The participant of the one side whose government department an English subject names and nothing
        more (`the Saudi foreign ministry`, `the State Department`: the state its lexicon row gives), or None."""
        m = DEPARTMENT.search(cased)
        if m is None:
            return None
        sides, _, bare, _, _ = self._sides(POSSESSIVE_END.sub("", cased[: m.start()]), people)
        if not bare:
            return None
        side = next(iter(sides)) if len(sides) == 1 else None if sides else self.gaz.state_of_title(cased)
        if side is None and m["head"]:  # `the presidential office`: of the one side whose head takes part
            heads = {p["affiliation"] for p in people if p.get("office") == HEAD_OF_OFFICE[m["head"].lower()]}
            side = heads.pop() if len(heads) == 1 else None
        return next((p for p in people if p["affiliation"] == side and p.get("kind") != "state"), None)

    def _seat(self, s: str, people: list[dict[str, Any]]) -> Any:
        """The participant of the side whose seat of government a subject names and nothing more (白宫, 美国白宫,
        the Kremlin), or None."""
        hits = self._actor_hits(s)
        if not any("place" in h.kinds for h in hits):
            return None  # most subjects name no seat: their hits need not be read one by one
        rest, side = s, None
        for h in hits:
            e = h.first("place")
            if e is not None and side in (None, e.value):
                side = e.value
            elif h.first("country", "demonym", "side") is None:
                return None
            rest = rest.replace(s[h.start:h.end], " ")
        if side is None or not SIDE_WORDS.fullmatch(rest.strip()):
            return None
        return next((p for p in people if p["affiliation"] == side and p.get("kind") != "state"), None)

    def _someone_else(self, s: str, at: int, people: list[dict[str, Any]]) -> bool:
        """Whether a known person who is no participant is named in the subject after position `at`."""
        keys = [k for p in people for k in p["keys"]]
        for h in self._actor_hits(s):
            if h.start > at and h.first("person") is not None:
                name = fold(s[h.start:h.end])
                if not any(name in k or k in name for k in keys):
                    return True
        return False

    def _titles_only(self, s: str, at: int) -> bool:
        """Whether the words before a name (at `at` in the folded subject) are only its titles and sides
        (`中国国家主席`, `外交部长`); read as written where folding kept the positions."""
        prefix = fold(s)[:at] if NAME_NOISE.search(s) else s[:at]  # folding a name keeps its length otherwise
        rest = prefix
        for h in self._actor_hits(prefix):
            if h.first("title", "body", "country", "side", "short", "org") is not None:
                rest = rest.replace(prefix[h.start:h.end], "")
        return len(rest.strip("的兼及、 ")) <= 1

