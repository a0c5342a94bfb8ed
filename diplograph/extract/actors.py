"""Actor mentions: who is named in a text, with affiliation, office, title and name, each with its span.

Chinese news names an official as a chain `[country][institution][title][name]` (韩国外长康京和,
中共中央政治局委员、外长王毅, 美國國防部長赫格塞斯); English as `[Demonym] Title Name [of Country]`,
`Title of Country Name` or `Name, the Title of Country`. A title without a country belongs to the outlet's
own side (`home`). Names learned from a titled mention are found again where they stand alone later. The chains
are read in `zh_chains` and `en_chains`, untitled Chinese names in `zh_bare`, name boundaries in `names`; this
module joins them and adds the gazetteer's people.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import replace
from operator import itemgetter

from diplograph.extract.en_appositions import aides_of_leaders, body_appositions, delegation_heads, elected_people
from diplograph.extract.en_chains import en_mentions
from diplograph.extract.en_coref import deputy_sides, learn_en_names, possessor_sides
from diplograph.extract.en_listed import listed_officials
from diplograph.extract.gazetteer import Gazetteer, Hit
from diplograph.extract.mention import CALENDAR_WORDS, OFFICE_RANK, START, Mention
from diplograph.extract.names import bracket_name
from diplograph.extract.zh_bare import learn_names, zh_bare_names
from diplograph.extract.zh_chains import titled_only, zh_mentions
from diplograph.extract.zh_states import CAPACITY, WORDS_ENDING_IN_SHORT

HEAD_OFFICES = ("head_of_state", "head_of_government")
HEAD_TERMS = frozenset(HEAD_OFFICES)
SENTENCE_END = re.compile(r"[。！？!?\n]")
# a title told as the host of whom the sentence's subject visits (at the invitation of the Chinese president,
# 应马耳他总统邀请): a person of its own, never a sideless one named before
HOST_ROLE_BEFORE = re.compile(r"(?:\binvitation of|\binvited by|\bhosted by|\bguest of)\s+(?:the\s+)?$|[应應]$")
# a word that sets two people of one clause apart as partners (A met the Chinese president, 甲同新西兰总理会谈)
PARTNER_BETWEEN = re.compile(r"\b(?:met|meets|meeting|with|and|called|hosted|received|welcomed)\b|[同与與和跟见見晤]")
PARTNER_REACH = 40  # a clause's partners stand this close

# ---------------------------------------------------------------- known people


def _pick_role(entries, day: str | None) -> tuple[str, str]:
    """(affiliation, office) of a gazetteer person on `day` (their latest office when no term covers it)."""
    rows = [e.value.split("|") for e in entries if e.kind == "person"]
    if day:
        current = [r for r in rows if r[2] <= day and (not r[3] or day < r[3])]
        rows = current or rows
    rows.sort(key=lambda r: (r[3] == "", r[3], -OFFICE_RANK.index(r[1]) if r[1] in OFFICE_RANK else 0))
    return rows[-1][0], rows[-1][1]


def _office_on(entries, affiliation: str | None, day: str | None) -> str | None:
    """The head's office a gazetteer person held for that side on that day, if a term covers it."""
    for e in entries:
        code, office, start, end = e.value.split("|")
        if (e.kind == "person" and code == affiliation and office in HEAD_OFFICES and day and start <= day
                and (not end or day < end)):
            return office
    return None


def add_known_people(text: str, hits: list[Hit], mentions: list[Mention], day: str | None) -> list[Mention]:
    """People of the leaders gazetteer: they fix a home-guessed affiliation, or stand alone as mentions
    (unless the text introduced someone of that name with a title of its own).
    Hits come sorted and apart, so each mention finds the hits over its name by bisection (linear time)."""
    people = [h for h in hits if "person" in h.kinds]
    if not people:
        return mentions
    ends = [h.end for h in people]
    for m in mentions:
        if m.kind != "person" or not m.name_span:
            continue
        k = bisect_right(ends, m.name_span[0])  # the first hit ending after the name starts
        while k < len(people) and people[k].start < _name_end(text, m):
            if m.affiliation_from != "text":
                m.affiliation, m.affiliation_from = _pick_role(people[k].entries, day)[0], "gazetteer"
            elif m.office == "party_leader":  # 总书记金正恩: a party's leader who is also head of state that day
                m.office = _office_on(people[k].entries, m.affiliation, day) or m.office
            k += 1
    covered = bytearray(len(text) + 1)
    for m in mentions:
        end = max(m.end, m.start + 1, _name_end(text, m) if m.name_span else 0)
        covered[m.start : end] = b"\x01" * (end - m.start)
    introduced = {m.name for m in mentions if m.kind == "person" and m.affiliation_from == "text" and m.title
                  and m.name != m.title}  # 法国总统阿巴斯 makes a later 阿巴斯 this one, not a namesake
    out = list(mentions)
    for h in people:
        if any(covered[h.start : h.end]) or text[h.start : h.end] in introduced:
            continue
        code, office = _pick_role(h.entries, day)
        out.append(Mention("person", h.start, h.end, name=text[h.start : h.end], name_span=(h.start, h.end),
                           affiliation=code, affiliation_from="gazetteer", office=office))
    return sorted(out, key=START)


def _name_end(text: str, m: Mention) -> int:
    """Where a mention's name ends, its Latin gloss included (韦利诺夫（Arkady Velinov）: one person)."""
    gloss = bracket_name(text, m.name_span[1]) if m.names.get("en") else None
    return gloss[1] if gloss else m.name_span[1]


# a known person's name inside another's or an institution's name: after a patronymic particle (Faleh bin Abdullah
# Al Thani is not Abdullah Al Thani), or before what is named after him (the Mohammed VI Polytechnic University,
# the Queen Elizabeth II Centre)
PATRONYMIC_BEFORE = re.compile(r"\b(?:bin|ibn|bint|binti|ben)\s+$", re.I)
NAMED_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:University|Centre|Center|Foundation|Institute|Airport|Hospital"
                         r"|Stadium|Bridge|School|College|Prize|Award|Avenue|Street|Road|Boulevard|Mosque|Hall|Park"
                         r"|Museum|Library|Cup|Trophy|Medal|Fund|Port|Canal|Dam)\b")


def _persons_own(text: str, hits: list[Hit]) -> list[Hit]:
    """The English text's lexicon hits less a person's name that is part of someone else's name or of what is
    named after him (see PATRONYMIC_BEFORE, NAMED_AFTER)."""
    return [h for h in hits if "person" not in h.kinds or not (
        PATRONYMIC_BEFORE.search(text, max(0, h.start - 7), h.start) or NAMED_AFTER.match(text, h.end))]


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
    hits = hits if chinese else _persons_own(text, hits)
    if chinese:
        mentions = zh_mentions(text, hits, trigger_starts, gaz, home, frozenset(h.start for h in cues),
                               frozenset(h.end for h in triggers))
    else:
        mentions = en_mentions(text, hits, gaz, home)
        mentions = sorted(mentions + body_appositions(text, gaz, mentions), key=START)
        mentions = sorted(mentions + delegation_heads(text, gaz, mentions, home), key=START)
        mentions = sorted(mentions + elected_people(text, gaz, mentions), key=START)
    mentions = add_known_people(text, hits, mentions, day)
    if not chinese:  # after the known people: `Blinken and national security adviser C D`, `X, envoy of Lula`
        mentions = listed_officials(text, aides_of_leaders(text, gaz, mentions), gaz)
    if chinese:
        mentions = zh_bare_names(text, mentions, triggers, gaz, home)
        _delegation_head(text, mentions)  # before its name is found again: the copies take its side
    mentions = learn_names(text, mentions) if chinese else learn_en_names(text, mentions, gaz)
    if chinese:
        _entourage(text, mentions)
        _spokesman_side(text, mentions)
        mentions = _envoys_principal(_outside_capacity(text, mentions))
    else:
        mentions = _heads_by_family_name(text, hits, mentions, gaz, day)
        possessor_sides(text, mentions)
        deputy_sides(mentions)
    return _enrich(text, mentions)


CAPITAL_BEFORE = re.compile(r"(?:\b[A-Z][\w'’\-]*|\b[Tt]he) $")  # Melania Trump, the Trump administration
CAPITAL_AFTER = re.compile(r" [A-Z]")


def _held_on(hits: list[Hit], day: str, offices: tuple[str, ...] = HEAD_OFFICES) -> dict[str, list[str]]:
    """Full name -> (code, office, start, end, name) of the holders of `offices` among `hits` whose term covers
    `day`; of one person's several (Macron: France, and Andorra and Wallis and Futuna, rows whose ends are past
    or malformed), the open-ended term, as `_pick_role` prefers it."""
    rows = sorted((e.value.split("|") for h in hits for e in h.entries), key=lambda r: (r[3] == "", r[3]))
    return {r[4]: r for r in rows if r[1] in offices and r[2] <= day and (not r[3] or day < r[3])}


# the offices a title before a family name alone may name a gazetteer's holder of: a head's own, and a foreign
# minister's as his or as any minister's (`Minister Joly` in a readout)
TITLED_FAMILY = {"head_of_state": ("head_of_state",), "head_of_government": ("head_of_government",),
                 "foreign_minister": ("foreign_minister",), "minister": ("foreign_minister",)}


def _holder_by_title_and_family_name(m: Mention, gaz: Gazetteer, day: str, named: frozenset[str]) -> None:
    """A head's title before his name, whose side the text leaves open or only guessed: the one head of that
    family name in office that day, his first name alike (President Abdel Fattah Al Sisi), or with a family name
    alone his office too (`President Macron`, `Chancellor Merz` in a readout), gives the side; so does a
    minister's title before a foreign minister's family name alone (`Foreign Minister Joly`, `Minister Joly`),
    but only when the page names his state too (`named`): a minister's family name is far commoner than a
    head's (`Minister Mohammed` of Nigeria is not Eritrea's foreign minister)."""
    words = m.name.split()
    if len(words[-1]) < 4 or (len(words) == 1 and m.name == m.title):
        return
    if len(words) > 1 and m.office not in HEAD_TERMS:
        return
    offices = HEAD_OFFICES if len(words) > 1 else TITLED_FAMILY[m.office]  # `Prime Minister Macron`: nobody
    found = gaz.family.find(words[-1])
    held = _held_on(found, day, offices) if all(h.end - h.start == len(words[-1]) for h in found) else {}
    full = next(iter(held)) if len(held) == 1 else ""
    if not full or (len(words) >= 2 and full[:1] != words[0][:1]):
        return
    code, office, *_ = held[full]  # one holder of that family name that day
    if office == "foreign_minister" and code not in named:
        return
    m.affiliation, m.affiliation_from, m.office = code, "gazetteer", office
    if len(words) == 1 and words[0] in full.split():  # the full name, unless the text spells it otherwise
        m.name = full


STATE_NAMED = frozenset(("country", "demonym"))  # the lexicon hits that name a state (Norway, Norwegian)
BARE_MINISTER = frozenset(("Minister", "Secretary"))  # a minister's title that names no portfolio


def _bare_minister(text: str, m: Mention) -> bool:
    """Whether a minister is titled `Minister` or `Secretary` alone (`Minister Joly`, `Secretary Blinken` in a
    readout), not a portfolio's (`Defence Minister Wong`, `Trade Minister Joly`, its word no title the lexicon
    knows): a foreign minister then, if one of that family name is in office."""
    return m.title in BARE_MINISTER and not CAPITAL_BEFORE.search(text, max(0, m.start - 30), m.start)


def _heads_by_family_name(text: str, hits: list[Hit], mentions: list[Mention], gaz: Gazetteer,
                          day: str | None) -> list[Mention]:
    """An English family name alone (Zelensky spoke with Trump) is the head of state or government of that
    name in office on the page's day, when exactly one is; never a word of a longer name, a month, or a
    name the text gave someone else. After a head's title, it is that head; after a minister's title
    (`Foreign Minister Joly`, a bare `Minister`/`Secretary`), a foreign minister whose state the page names
    (`_holder_by_title_and_family_name`)."""
    if not day or gaz.family is None:
        return mentions
    named = frozenset(e.value for h in hits if h.kinds & STATE_NAMED for e in h.entries if e.kind in STATE_NAMED)
    for m in mentions:  # President Abdel Fattah Al Sisi on a page of the White House: not its own president
        if m.kind == "person" and m.affiliation_from in ("home", "") and m.office in TITLED_FAMILY and m.name \
                and (m.office != "minister" or _bare_minister(text, m)):
            _holder_by_title_and_family_name(m, gaz, day, named)
    covered = bytearray(len(text) + 1)
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = []
    for h in gaz.family.find(text):
        word = text[h.start : h.end]
        if (any(covered[h.start : h.end]) or word in CALENDAR_WORDS
                or CAPITAL_BEFORE.search(text, max(0, h.start - 30), h.start) or CAPITAL_AFTER.match(text, h.end)):
            continue
        rows = _held_on([h], day)
        if len(rows) != 1:
            continue
        name, (code, office, *_) = next(iter(rows.items()))
        extra.append(Mention("person", h.start, h.end, name=name, name_span=(h.start, h.end), affiliation=code,
                             affiliation_from="gazetteer", office=office))
    return sorted(mentions + extra, key=START) if extra else mentions


HEAD_OF_DELEGATION = ("团长", "團長")
DELEGATION_REACH = 40  # characters: the head is told of right after the delegation (…代表团访问X，团长Y)


def _delegation_head(text: str, mentions: list[Mention]) -> None:
    """A delegation's head (团长Y) whose side the title leaves open is of the delegation just named before him
    (韩国政策协商代表团访问华盛顿，团长Y同…会谈): a side guessed from the outlet gives way to the group's."""
    group = None
    for m in sorted(mentions, key=START):  # groups are found apart, after the chains
        if m.kind == "group":
            group = m
        elif (m.kind == "person" and group is not None and m.affiliation_from in ("home", "")
              and m.title in HEAD_OF_DELEGATION and 0 <= m.start - group.end <= DELEGATION_REACH
              and not SENTENCE_END.search(text, group.end, m.start)):
            m.affiliation, m.affiliation_from = group.affiliation, "learned"


ENTOURAGE = re.compile(r"率领|率領|率|带领|帶領")
CLAUSE_BREAK = re.compile(r"[，。；;]")


SPOKESMAN = ("发言人", "發言人")
SAID_THAT = re.compile(r"表示|称|稱|说|說|指出|透露")
OFFICIALS_AFTER = re.compile(r"(?:政府)?(?:官员|官員|发言人|發言人)")  # 美國官員透露: a state's officials speak


def _spokesman_side(text: str, mentions: list[Mention]) -> None:
    """An official of no known side in what a state's spokesman or officials say (伊拉克政府發言人甲表示，總理乙將…;
    美國官員透露，總統乙…) is of that state: they speak of their own government's officers."""
    voice = None
    for m in mentions:
        if voice is not None and SENTENCE_END.search(text, voice.end, m.start):
            voice = None  # a speaker is heard to the end of the sentence
        if (m.kind == "person" and m.title and m.title.endswith(SPOKESMAN) and m.affiliation_from == "text") or (
                m.kind == "state" and OFFICIALS_AFTER.match(text, m.end)):
            voice = m
        elif (m.kind == "person" and voice is not None and m.affiliation is None and m.title
              and SAID_THAT.search(text, voice.end, m.start)):
            m.affiliation, m.affiliation_from = voice.affiliation, "learned"


def _entourage(text: str, mentions: list[Mention]) -> None:
    """Officials listed after `X率` (托卡耶夫率第一副总理斯克利亚尔、副总理努尔特列乌…迎接) are X's people: a side
    guessed from the outlet gives way to X's. X is the last mention before them whose side is not a guess."""
    lead = None
    for m in mentions:
        if m.kind == "person" and m.affiliation_from == "home" and lead is not None:
            # searched in place, the clause break first: far from the lead it ends the test at the next comma
            if not CLAUSE_BREAK.search(text, lead.end, m.start) and ENTOURAGE.search(text, lead.end, m.start):
                m.affiliation, m.affiliation_from = lead.affiliation, "learned"
        if m.affiliation_from not in ("home", "learned") or m.kind == "state":
            lead = m


def _outside_capacity(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions save people inside `以…身分` (以甲總統特使的身分前往): the frame tells the subject's capacity,
    so the president whose envoy he is, and the envoy's title, name no one who goes."""
    frames = [(f.start(), f.end()) for f in CAPACITY.finditer(text)
              if not text.endswith(WORDS_ENDING_IN_SHORT, 0, f.start() + 1)]  # not 可以, 所以
    if not frames:
        return mentions
    return [m for m in mentions if m.kind != "person" or not any(a < m.start and m.end <= b for a, b in frames)]


ENVOY_WORDS = ("特使", "特别代表", "特別代表")


def _envoys_principal(mentions: list[Mention]) -> list[Mention]:
    """The mentions save a leader named right before his envoy's title (甲主席特使、外长乙): the leader names
    whose envoy goes, and is no party of what the envoy does; an envoy whose side only the outlet gave is the
    leader's (法国总统马克龙特使)."""
    out = list(mentions)
    dropped = set()
    for i, (m, nxt) in enumerate(zip(mentions, mentions[1:])):
        if (m.kind == "person" and nxt.kind == "person" and nxt.start == m.end and nxt.name and nxt.title
                and any(w in nxt.title for w in ENVOY_WORDS)):
            dropped.add(i)
            if nxt.affiliation_from in ("home", "") and m.affiliation:
                out[i + 1] = replace(nxt, affiliation=m.affiliation, affiliation_from="text")
    return [m for i, m in enumerate(out) if i not in dropped]


def _one_sentence(text: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand in one sentence (no sentence end between them)."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return not SENTENCE_END.search(text, lo, hi) if lo < hi else True


class _NameIndex:
    """Mentions by name, to find those whose name holds or sits in a given one (瓦德福 / 德國外交部長瓦德福's
    瓦德福): a substring test against each distinct name, made once per name asked (cutting every name into
    all its substrings up front cost more than all the questions asked of it)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.by_name: dict[str, list[Mention]] = {}
        for t in mentions:
            self.by_name.setdefault(t.name, []).append(t)
        self._related: dict[str, tuple[str, ...]] = {}

    def related(self, name: str) -> tuple[str, ...]:
        """The indexed names that hold `name` or sit in it."""
        if name not in self._related:
            self._related[name] = tuple({n for n in self.by_name if n and name and (name in n or n in name)})
        return self._related[name]

    def first(self, name: str, side: str | None) -> Mention | None:
        """The first mention (in text order) of a related name on that side."""
        found = [next((t for t in self.by_name[n] if t.affiliation == side), None) for n in self.related(name)]
        return min((t for t in found if t), key=lambda t: t.start, default=None)


def _near(text: str, m: Mention, nearest: list[Mention]) -> bool:
    """Whether one of the `nearest` holders (the two on either side of m) stands in m's sentence."""
    return any(_one_sentence(text, m, t) for t in nearest)


class _EarlierHolders:
    """Named mentions by (title, side) in text order, for a bare title's holder told before it; kept as the
    bare titles get named, and asked by bisection (a filter over every titled mention per bare title took
    minutes on a page of a few MB)."""

    def __init__(self, titled: list[Mention]) -> None:
        self.order = {id(t): i for i, t in enumerate(titled)}
        self.keys: dict[tuple[str, str | None], list[tuple[int, int]]] = {}
        self.held: dict[tuple[str, str | None], list[Mention]] = {}
        for t in titled:
            if t.name != t.title:
                self.add(t)

    def add(self, t: Mention) -> None:
        keys = self.keys.setdefault((t.title, t.affiliation), [])
        k = bisect_right(keys, (t.start, self.order[id(t)]))
        keys.insert(k, (t.start, self.order[id(t)]))
        self.held.setdefault((t.title, t.affiliation), []).insert(k, t)

    def before(self, m: Mention) -> tuple[Mention | None, list[Mention]]:
        """(the first holder of m's title on m's side told before m, the last two of them) or (None, [])."""
        k = bisect_left(self.keys.get((m.title, m.affiliation), []), (m.start, -1))
        held = self.held.get((m.title, m.affiliation), [])
        return (held[0], held[max(0, k - 2) : k]) if k else (None, [])


def _enrich(text: str, mentions: list[Mention]) -> list[Mention]:
    """A bare mention of someone titled elsewhere in the text takes that title and office; a bare title
    guessed to be the outlet's side (女王, 总统先生) is the one person of another side holding it, if any."""
    sure = [m for m in mentions if m.kind == "person" and m.name and m.affiliation_from in ("text", "gazetteer")
            and m.name != m.title]
    sure_names = _NameIndex(sure)
    sides = {n: {t.affiliation for t in ts} for n, ts in sure_names.by_name.items()}
    for m in mentions:  # 外長瓦德福 guessed as the outlet's side, 德國外交部長瓦德福 elsewhere: one person
        if m.kind == "person" and m.name and m.affiliation_from in ("home", "learned", "") and m.name != m.title:
            same = set().union(*(sides[n] for n in sure_names.related(m.name)))
            if len(same) == 1:
                side = same.pop()
                if m.affiliation not in (None, side):  # a title guessed with the wrong side goes with it
                    m.title, m.office, m.title_span = None, None, None
                m.affiliation, m.affiliation_from = side, "learned"
    titled = [m for m in mentions if m.kind == "person" and m.title and m.name]
    # the bare titles guessed to be the outlet's side (a third of the pages have any): what they ask is built then
    bare = [m for m in mentions if m.kind == "person" and m.affiliation_from == "home" and m.name == m.title]
    sure_by_title: dict[str, list[Mention]] = {}
    for t in sure if bare else ():
        sure_by_title.setdefault(t.title, []).append(t)
    sure_starts = {title: [t.start for t in ts] for title, ts in sure_by_title.items()}
    sure_sides = {title: {t.affiliation for t in ts} for title, ts in sure_by_title.items()}
    earlier: _EarlierHolders | None = None  # built when a bare title first asks it: most pages have none
    holders = _PostHolders(titled) if bare else None
    for m in bare:  # each changes only itself: the list made first is the one a test per mention would make
        if m.title in sure_by_title:
            k = bisect_right(sure_starts[m.title], m.start)
            src, nearest = sure_by_title[m.title][0], sure_by_title[m.title][max(0, k - 2) : k + 2]
            src = src if len(sure_sides[m.title]) == 1 else None
            if src is not None and src.affiliation != m.affiliation and holders.first(m) is not None:
                continue  # 外长 in the headline, 外交部长王某 (the outlet's) in the lead: not the foreign 外长
        else:  # The Vice President, after Vice President Kamala Harris: the outlet's own holder
            earlier = earlier or _EarlierHolders(titled)  # holding the titles named so far, as if kept from the start
            src, nearest = earlier.before(m)
            if src is None and m.title and not m.title.isascii():  # 外長 in the headline, 外交部長某某 in the body
                src = holders.first(m)
        if _near(text, m, nearest):
            continue  # 外长同法国外长通电话: a bare title beside another side's holder is a second person
        if src is not None:
            m.name, m.affiliation, m.affiliation_from, m.office = src.name, src.affiliation, "learned", src.office
            m.names = dict(src.names)
            m.title_span = None  # the title now stands for a named person: its span is where that name is told
            if earlier is not None and id(m) in earlier.order:  # a holder now, for the bare titles after it
                earlier.add(m)
            holders.add(m)
    _holder_named(text, mentions, titled)
    untitled = [m for m in mentions if m.kind == "person" and not m.title and m.name]
    if not untitled:
        return mentions  # half of the pages have no one untitled: the titled need not be indexed
    titled_names = _NameIndex(titled)
    for m in untitled:
        src = titled_names.first(m.name, m.affiliation)
        if src:
            m.title, m.office, m.title_span = src.title, src.office, src.title_span
            m.names = {**src.names, **m.names}
    return mentions


class _PostHolders:
    """The titled mentions holding a post under a title of their own, by side and office in the text's order: a
    bare title asks only those of its own side and office whether it abbreviates their title (asking every titled
    mention for each bare title cost the square of a long page's titles); a bare title named after one joins them."""

    def __init__(self, titled: list[Mention]) -> None:
        self.order = {id(t): i for i, t in enumerate(titled)}
        self.by_post: dict[tuple[str | None, str | None], list[tuple[int, Mention]]] = {}
        for t in titled:
            self.add(t)

    def add(self, t: Mention) -> None:
        """Index a titled mention that holds a title of its own (as `_own_holder` asks), in its place in the text."""
        if t.title and t.name != t.title and id(t) in self.order:
            insort(self.by_post.setdefault((t.affiliation, t.office), []), (self.order[id(t)], t), key=itemgetter(0))

    def first(self, bare: Mention) -> Mention | None:
        """The first holder in the text whose title the bare title abbreviates (`_own_holder`), or None."""
        return next((t for _, t in self.by_post.get((bare.affiliation, bare.office), ()) if _own_holder(bare, t)),
                    None)


def _own_holder(bare: Mention, t: Mention) -> bool:
    """Whether `t` is a named person of the bare title's side holding that office under a title the bare one
    abbreviates, keeping its characters in order (外长 of 外交部长, 总理 of 国务院总理; 总统 is no 国家主席)."""
    if t.affiliation != bare.affiliation or t.office != bare.office or t.name == t.title or not t.title:
        return False
    chars = iter(t.title)
    return all(ch in chars for ch in bare.title or "")


def _post(m: Mention) -> str | None:
    """What makes two mentions one post: the office, or for posts of no listed office a title as printed
    that says more than a word (韩国候任总统 and 候任总统尹锡悦; 代表 may be anyone's)."""
    if m.office != "other":
        return m.office
    return m.title if m.title and len(m.title) >= 3 else None


def _partners(text: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand close in one clause with a word between them that makes them partners."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = text[first.end : second.start]
    return len(gap) <= PARTNER_REACH and SENTENCE_END.search(gap) is None and PARTNER_BETWEEN.search(gap) is not None


def _holder_named(text: str, mentions: list[Mention], titled: list[Mention]) -> None:
    """A person told of only by side and title (新西兰总理, the French president) is the one person of that
    side holding that office whom the text names, if there is exactly one."""
    wanted = [m for m in mentions if m.kind == "person" and titled_only(m) and m.affiliation_from == "text"]
    if not wanted:
        return  # no one told of by title alone: the holders need not be gathered
    named: dict[tuple[str | None, str | None], dict[str, Mention]] = {}
    for t in titled:
        if not titled_only(t) and _post(t) and not t.name.endswith(t.title):
            named.setdefault((t.affiliation, _post(t)), {}).setdefault(t.name, t)
    for m in wanted:  # a holder is never among them (titled_only), so what the loop changes leaves them as found
        # of that side, else of no known side (法国总理 in the headline, 同博尔内总理会谈 in the body), unless the
        # title is told as a host (President A left at the invitation of the Chinese president)
        holders = named.get((m.affiliation, _post(m))) or (
            {} if HOST_ROLE_BEFORE.search(text, max(0, m.start - 30), m.start) else
            {n: t for n, t in named.get((None, _post(m)), {}).items() if not _partners(text, t, m)})
        names = [n for n in holders if not any(o != n and o in n for o in holders)]  # 拉克森 in 克里斯托弗·拉克森
        if len(names) == 1:
            src = holders[names[0]]
            m.name, m.names, m.name_span = src.name, dict(src.names), src.name_span  # spans: where it is told
            m.title, m.title_span = src.title, src.title_span
            for t in holders.values():
                if t.affiliation is None:
                    t.affiliation, t.affiliation_from = m.affiliation, "learned"
