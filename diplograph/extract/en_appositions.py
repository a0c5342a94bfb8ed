"""English people whose side an apposition gives: a lower-case title of one state's institution after a comma
(`Wu Hanlin, chairman of the Standing Committee of the National People's Congress`: the institution gives the
side, as a demonym would; `lexicons/state_bodies.tsv` holds the institutions), and a delegation's head (`the
head of the Slovak delegation, Marek Hudak`, `Austria's delegation was led by Lukas Pfeifer`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

import ahocorasick_rs

from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.mention import CALENDAR_WORDS, Mention, best_office
from diplograph.lexicons.literals import Gated

# a name, a comma, a title in lower case, `of the`, perhaps a body of the institution (Standing Committee of the)
NAME_TITLE_OF = (r"(?:^|(?<=[\s(]))((?:[A-Z][\w'’.\-]*[\w.] ){1,3}[A-Z][\w'’\-]*\w), (?:the )?((?:[a-z]+[ \-]){0,2}"
                 r"[a-z]+) of the (?:(?:[A-Z][a-z]+ ){1,3}of the )?")
# who presides over a legislature (chairman of the Standing Committee of the National People's Congress)
PRESIDES = frozenset(("chairman", "chairwoman", "chair", "speaker", "president"))
LEGISLATURE = re.compile(r"Congress|Parliament|Assembly|Legislative")


def _in_lines(pattern: re.Pattern[str], text: str, holds: Callable[[str], object]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` searched only in the lines for which `holds` is true, for a pattern none of whose
    matches spans a line break and a test that every line holding a match passes. The patterns here open with a
    name, tried at every capital of a text, while the words they need stand in few of its lines."""
    start = 0
    for line in text.split("\n"):
        if holds(line):  # searched in place: a look-behind still sees the line break before the line
            yield from pattern.finditer(text, start, start + len(line))
        start += len(line) + 1


def _gated_lines(gated: Gated, text: str) -> Iterator[re.Match[str]]:
    """The matches of a gated pattern (none spans a line) in the lines that hold its required words."""
    return _in_lines(gated.pattern, text, gated.possible) if gated.possible(text) else iter(())


class _Bodies(NamedTuple):
    """The pattern of a name titled by an English institution of the lexicon, each institution's state, and an
    automaton of what every match must hold: of each institution, its longest run without an apostrophe."""

    pattern: Gated
    codes: dict[str, str]
    pieces: ahocorasick_rs.AhoCorasick


@lru_cache(maxsize=4)
def _pattern(bodies: tuple[tuple[str, str], ...]) -> _Bodies | None:
    """One pattern for every English institution of the lexicon (either apostrophe), and each one's state; it
    is searched only in a text that names one of them (most name none), which one automaton pass tells."""
    english = {form.replace("’", "'"): code for form, code in bodies if form.isascii()}
    if not english:
        return None
    forms = "|".join(re.escape(f).replace("'", "['’]") for f in sorted(english, key=len, reverse=True))
    pieces = sorted({max(form.split("'"), key=len) for form in english})
    return _Bodies(Gated(re.compile(NAME_TITLE_OF + f"({forms})\\b")), english, ahocorasick_rs.AhoCorasick(pieces))


def body_appositions(text: str, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The people a comma and a title of one state's institution or of an organisation introduce, where no other
    reading named them."""
    compiled = _pattern(gaz.state_bodies)
    taken = [(m.start, m.end) for m in found]
    if compiled is None or not compiled.pieces.find_matches_as_indexes(text):
        return _org_appositions(text, gaz, taken)
    pattern, codes = compiled.pattern, compiled.codes
    out = []
    for m in _gated_lines(pattern, text):
        a, b = m.span(1)
        if any(s <= a < e or a <= s < b for s, e in taken):
            continue
        title = m.group(2)
        presides = title in PRESIDES and LEGISLATURE.search(m.group(3))
        office = "legislature_leader" if presides else best_office([_office(title, gaz)], False)
        out.append(Mention("person", a, m.end(), name=text[a:b], name_span=(a, b),
                           affiliation=codes[m.group(3).replace("’", "'")], affiliation_from="text",
                           office=office, title=text[m.start(2) : m.end()], title_span=(m.start(2), m.end())))
        taken.append((a, b))
    return out + _org_appositions(text, gaz, taken)


# `Ana Ruiz, head of the International Atomic Energy Agency`, `…, director general of the IAEA`: a name, a comma,
# a lower-case title, `of`, and an international organisation the lexicon knows. The pattern opens with the
# name, tried at every capital after a space: a page without what follows the name (TITLE_OF_CAPITAL, found by
# its opening comma) is not searched.
TITLE_OF_CAPITAL = r", (?:the )?((?:[a-z]+[ \-]){0,2}[a-z]+) of (?:the )?(?=[A-Z])"
NAME_TITLE_OF_ANY = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w'’.\-]*[\w.] ){1,3}[A-Z][\w'’\-]*\w)" + TITLE_OF_CAPITAL)
AFTER_THE_NAME = re.compile(TITLE_OF_CAPITAL)
ORG_HEADS = frozenset(("head", "chief", "director", "director general", "director-general", "secretary general",
                       "secretary-general", "president", "chairman", "chairwoman", "chair", "leader"))
ORG_REACH = 80  # characters after `of` an organisation's name is looked for in


def _org_appositions(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """The people a comma and a lower-case title of an international organisation introduce, as its head (head,
    director general) or one of its officials, where no other reading named them."""
    if not AFTER_THE_NAME.search(text):
        return []
    out = []
    for m in _in_lines(NAME_TITLE_OF_ANY, text, AFTER_THE_NAME.search):
        a, b = m.span(1)
        if any(s <= a < e or a <= s < b for s, e in taken):
            continue
        hits = gaz.actors.find(text[m.end() : m.end() + ORG_REACH])
        org = hits[0].first("org") if hits and hits[0].start == 0 else None
        end = m.end() + hits[0].end if org is not None else 0
        if org is None or text.startswith(("'s", "’s"), end):
            continue  # head of the UN's agency for X: of a body the organisation has, not of the organisation
        office = "org_head" if m.group(2) in ORG_HEADS else "other"
        out.append(Mention("person", a, end, name=text[a:b], name_span=(a, b), affiliation=org.value,
                           affiliation_from="text", office=office, title=text[m.start(2) : end],
                           title_span=(m.start(2), end)))
    return out


def _office(title: str, gaz: Gazetteer) -> str:
    """The office of a lower-case title the lexicon knows capitalised (chairman: Chairman), else other."""
    found = gaz.actors.find(title.title())
    hit = found[0] if found and found[0].start == 0 and found[0].end == len(title) else None
    entry = hit.first("title") if hit is not None else None
    return entry.value if entry is not None else "other"


NAME = r"((?:[A-Z][\w'’.\-]*[\w.] ){1,3}[A-Z][\w'’\-]*\w(?<!['’]s))(?!['’]s|\w)"
SIDE = r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['’]s)?"
# the head of the Slovak delegation, (Kollar adviser) Marek Hudak; Marek Hudak, head of the on-site Slovak
# delegation; Austria's delegation was led by (deputy minister) Lukas Pfeifer
HEAD_FIRST = Gated(re.compile(r"\b[Hh]ead of the (?:[a-z\-]+ )?" + SIDE + r" delegation, (?:[\w'’]+ ){0,3}?" + NAME))
NAME_FIRST = Gated(re.compile(NAME + r", (?:the )?head of the (?:[a-z\-]+ )?" + SIDE + r" delegation"))
LED_BY = Gated(re.compile(SIDE + r" delegation (?:was |is |will be )?led by (?:[\w'’]+ ){0,4}?" + NAME))
HEAD_FORMS = ((HEAD_FIRST, 2, 1), (NAME_FIRST, 1, 2), (LED_BY, 2, 1))  # (pattern, name group, side group)
# the side named earlier in the sentence: the Austrian side, an expanded delegation – led by (Kessler's aide,)
# Lukas Pfeifer; the ministry picked Lukas Pfeifer as its chief negotiator (a title of the envoy's office)
LED_BY_AFTER = Gated(re.compile(r"\bdelegation,? (?:[–—-] )?(?:was |is |will be )?led by (?:[\w'’.\-]+,? ){0,6}?"
                                + NAME + r"(?! [A-Z])"))  # a whole name, not the first words of the possessor's
AS_ITS = Gated(re.compile(NAME + r" as (?:its|their) ((?:[a-z]+ ){0,2}[a-z]+)\b"))
# `A traveled to Poland as the presidential envoy`: the role a person acts in, after the clause's verb
AS_ENVOY = Gated(re.compile(NAME + r"(?: [\w'’\-]+){0,8}? as (?:the|a|an) ((?:[A-Za-z\-]+ ){0,2}(?:envoy|negotiator"
                            r"|representative))\b"))
SENTENCE_STOP = re.compile(r"\w\w\. ")  # a full stop after a word (not an initial) inside a run of capitals
HEAD_TITLE = "head of delegation"  # the title every delegation head found here carries
SIDE_REACH = 160  # characters back to the side an `its` or a delegation told after it stands for
SIDE_KINDS = ("demonym", "country", "place")


def delegation_heads(text: str, gaz: Gazetteer, found: list[Mention], home: str | None = None) -> list[Mention]:
    """The people an apposition names as the head of a side's delegation, or who act `as the envoy`, as that
    side's envoys; where another reading already named them, that reading stands."""
    taken = [(m.start, m.end) for m in found]
    out = []
    for pattern, name, side in HEAD_FORMS:
        for m in _gated_lines(pattern, text):
            a, b = m.span(name)
            hits = gaz.actors.find(m.group(side))
            entry = hits[0].first("demonym", "country") if hits and hits[0].end == len(m.group(side)) else None
            if entry is None or any(s <= a < e or a <= s < b for s, e in taken):
                continue
            taken.append((a, b))
            out.append(Mention("person", a, b, name=text[a:b], name_span=(a, b), affiliation=entry.value,
                               affiliation_from="text", office="envoy", title=HEAD_TITLE))
    out += _heads_of_a_side_before(text, gaz, taken)
    return out + _acting_as_envoy(text, gaz, taken, home)


def _acting_as_envoy(text: str, gaz: Gazetteer, taken: list[tuple[int, int]], home: str | None) -> list[Mention]:
    """`A traveled to Poland as the presidential envoy`: an envoy of the side the role's words name (as the
    Austrian envoy), else of the outlet's own side (a role with no side is the outlet's, as a title is)."""
    out = []
    for m in _gated_lines(AS_ENVOY, text):
        a, b = m.span(1)
        stop = SENTENCE_STOP.search(text, a, b)  # `Monday. Park Min-jae`: the name starts after the full stop
        a = stop.end() if stop else a
        hits = gaz.actors.find(m.group(2))
        entry = next((e for h in hits if (e := h.first("demonym", "country")) is not None), None)
        side = entry.value if entry is not None else home
        if side is None or any(s <= a < e or a <= s < b for s, e in taken):
            continue
        taken.append((a, b))
        out.append(Mention("person", a, b, name=text[a:b], name_span=(a, b), affiliation=side,
                           affiliation_from="text" if entry is not None else "home", office="envoy",
                           title=m.group(2), title_span=m.span(2)))
    return out


def _heads_of_a_side_before(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """The envoys whose side the sentence named before them: a delegation then `led by` a name, or a name
    taken `as its chief negotiator` (an envoy's title); the side is the last state, demonym or seat of
    government (the Kremlin) told since the sentence began."""
    out = []
    for m in (*_gated_lines(LED_BY_AFTER, text), *_gated_lines(AS_ITS, text)):
        a, b = m.span(1)
        if m.re is AS_ITS.pattern and _office(m.group(2).lower(), gaz) != "envoy":
            continue
        side = _side_before(text, m.start(), gaz)
        if side is None or any(s <= a < e or a <= s < b for s, e in taken):
            continue
        taken.append((a, b))
        out.append(Mention("person", a, b, name=text[a:b], name_span=(a, b), affiliation=side,
                           affiliation_from="text", office="envoy", title=HEAD_TITLE))
    return out


def _side_before(text: str, k: int, gaz: Gazetteer) -> str | None:
    """The side of the last state, demonym or seat of government named in the sentence before `k`."""
    start = max(text.rfind(". ", max(0, k - SIDE_REACH), k) + 1, text.rfind("\n", max(0, k - SIDE_REACH), k) + 1,
                k - SIDE_REACH, 0)
    for hit in reversed(gaz.actors.find(text[start:k])):
        entry = hit.first(*SIDE_KINDS)
        if entry is not None:
            return entry.value
    return None


# `Ana Ruiz, chief adviser to the Chilean president,`, `…, special envoy of the Chilean president`: a name, then an
# aide's title of a leader named by his side and office alone; the aide is of that side, the leader no party. An
# envoy or representative `to` a leader is another side's, sent to him; only adjectives of rank or field qualify
# the title (not `who hosted an envoy of…`); the leader's title ends there (not `the president's office`)
AIDE_TITLE = (r", (?:the |a |an )?((?:(?:senior|special|chief|top|deputy|personal|presidential|foreign|policy|national"
              r"|security|economic|trade|military|diplomatic|political|press|media|climate|legal|principal)[ \-]){0,3}"
              r"(?:(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson|counsellor|counselor) (?:to|of|for)"
              r"|(?:envoy|representative) (?:of|for))) ")
AIDE_OF = Gated(re.compile(NAME + AIDE_TITLE + r"(?:the )?" + SIDE
                           + r" (?:president|prime minister|premier|chancellor|king|emir|leader)\b(?!['’])"))
# `Ana Ruiz, special envoy of President Tomas Vell of Chile,`: the same with the leader named; his name comes after
# the aide's title
AIDE_OF_NAMED = Gated(re.compile(NAME + AIDE_TITLE + r"(?:the )?(?=[A-Z])"))
ENVOY_WORDS = ("envoy", "representative")
NOT_OF_A_NAME = frozenset(("On", "In", "At", "The", "Then", "Meanwhile", "Later", "Earlier"))


def _name_start(text: str, a: int, b: int, gaz: Gazetteer) -> int:
    """Where the name the apposition follows starts: past opening words that are no part of it (`On Monday`, a
    title such as `Senator`)."""
    for word in text[a:b].split(" ")[:-2]:
        if word not in NOT_OF_A_NAME and word not in CALENDAR_WORDS and not gaz.opens_title(word):
            break
        a += len(word) + 1
    return a


def aides_of_leaders(text: str, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The mentions with each aide an apposition names for a leader (AIDE_OF: told by side and office alone;
    AIDE_OF_NAMED: a person of known side named right after the aide's title): the aide of the leader's side (a
    mention already reading his name keeps its office, and gets the side if it had none); the leader inside the
    apposition is no mention of its own (he is whose aide it is, not a party)."""
    out = list(found)
    for m in _gated_lines(AIDE_OF, text):
        hits = gaz.actors.find(m.group(3))
        entry = hits[0].first("demonym", "country") if hits and hits[0].end == len(m.group(3)) else None
        if entry is not None:
            principal = [x for x in out if m.start(3) <= x.start < m.end() and x.kind == "person" and not named_in(x)]
            out = _with_aide(text, gaz, out, m, entry.value, principal, m.end())
    for m in _gated_lines(AIDE_OF_NAMED, text):
        leader = next((x for x in out if x.kind == "person" and named_in(x) and m.start(2) <= x.start <= m.end()
                       <= x.name_span[0]), None)  # its title may have taken the aide's in (envoy of President)
        if leader is not None and leader.affiliation:
            out = _with_aide(text, gaz, out, m, leader.affiliation, [leader], m.end(2))
    return out


def _with_aide(text: str, gaz: Gazetteer, out: list[Mention], m: re.Match[str], side: str,
               principal: list[Mention], title_end: int) -> list[Mention]:
    """The mentions with the aide the match names made of `side` (a new mention where none reads his name) and
    the leader whose aide he is (`principal`) taken out."""
    b = m.end(1)
    a = _name_start(text, m.start(1), b, gaz)
    named = [x for x in out if x.start <= a < x.end]
    if any(x.affiliation and x.affiliation != side for x in named):
        return out  # the name is someone a title already placed on another side
    for x in named:
        x.affiliation, x.affiliation_from = side, x.affiliation_from or "text"
    if not named:
        office = "envoy" if m.group(2).split(" ")[-2].endswith(ENVOY_WORDS) else "other"
        out.append(Mention("person", a, title_end, name=text[a:b], name_span=(a, b), affiliation=side,
                           affiliation_from="text", office=office, title=text[m.start(2) : title_end],
                           title_span=(m.start(2), title_end)))
    return sorted([x for x in out if not any(x is y for y in principal)], key=lambda x: x.start)


def named_in(m: Mention) -> bool:
    """Whether a person mention reads a name of its own, not only a title (`president`)."""
    return m.name_span is not None and m.name != m.title


# `a message to Ana Ruiz on her election as president of Chile`, `…on his inauguration as Chilean president`: the
# office and side the occasion gives a person the message names only by name
ELECTED_AS = Gated(re.compile(NAME + r" on (?:his|her|their) (?:re-?)?(?:election|inauguration|appointment|swearing-in)"
                              r" as (?:the )?(?:new )?((?:[A-Za-z'’]+ ){0,4}?[A-Za-z]+)(?=[.,;:]| and\b| to\b|$)"))
OF_SIDE = re.compile(r" of (?:the )?")
TITLE_LEAD = re.compile(r"^(?:['’]s )?(?:new )?")  # Chile's new president: the title after the side


def elected_people(text: str, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The people named with the office they were elected, inaugurated or appointed to (`on her election as
    president of Chile`), of the side that office names, where no other reading named them."""
    taken = [(m.start, m.end) for m in found]
    out = []
    for m in _gated_lines(ELECTED_AS, text):
        a, b = m.span(1)
        role = m.group(2)
        hits = [h for h in gaz.actors.find(role) if h.first(*SIDE_KINDS) is not None]
        if len(hits) != 1 or any(s <= a < e or a <= s < b for s, e in taken):
            continue
        side = hits[0].first(*SIDE_KINDS).value
        title = OF_SIDE.split(role)[0] if OF_SIDE.search(role) else role[hits[0].end :].strip()
        title = TITLE_LEAD.sub("", title)
        office = _office(title.lower(), gaz)
        if office == "other":
            continue  # no office the lexicon knows: nothing to tell the person by
        taken.append((a, b))
        out.append(Mention("person", a, b, name=text[a:b], name_span=(a, b), affiliation=side,
                           affiliation_from="text", office=office, title=title, title_span=m.span(2)))
    return out
