"""English references after the first mention (issue 17, item 5): a family name alone or after an honorific,
`the <title>`, `He`/`She` opening a sentence, each linked to the one person of the text it can be, and the
side an official named after a person's possessive serves."""

from __future__ import annotations

import re
from bisect import bisect_left

import ahocorasick_rs

from diplograph.extract.en_chains import EN_NOT_NAME, EN_PARTICLES, THE
from diplograph.extract.en_groups import title_at
from diplograph.extract.gazetteer import FAMILY_FIRST_SIDES, Gazetteer
from diplograph.extract.mention import START, Mention, best_office

# FAMILY_FIRST_SIDES: the first word is the family name a later reference uses; for them a two-letter family
# name is one too (Xi, Li).
# what spellings of one name differ by (spaces, hyphens, full stops)
KEY_NOISE = re.compile(r"[\s\-‐.]")


# British style names a knight or dame again by the honour and the given name (`Sir Keir`, `Dame Jacinda`)
HONOURS = ("Sir", "Dame")
# sides whose people the press names again by the first word of the name, their own name's custom (Indonesian
# `Prabowo` of Prabowo Subianto, Thai `Anutin` of Anutin Charnvirakul, Icelandic given names)
FIRST_NAME_SIDES = frozenset(("IDN", "THA", "ISL"))


def _name_forms(m: Mention) -> list[str]:
    """The forms a later reference uses for a named person: the full name, the last word, for a side that
    writes the family name first or names people by the first word also the first word, else the first word after
    an honour (`Sir Keir`) and a surname before a particle (`Lula` of Luiz Inácio Lula da Silva)."""
    parts = [p for p in m.name.replace(",", " ").split() if p not in EN_PARTICLES and p not in ("Jr.", "Jr")]
    family_first = m.affiliation in FAMILY_FIRST_SIDES
    forms = [m.name] if len(m.name) >= 3 else []
    if len(parts) >= 2:
        first_too = family_first or m.affiliation in FIRST_NAME_SIDES
        forms += [w for w in ({parts[-1], parts[0]} if first_too else {parts[-1]})
                  if len(w) >= (2 if family_first else 3) and w[0].isupper() and w.rstrip(".") not in EN_NOT_NAME]
        if not family_first and parts[0][0].isupper():
            forms += [f"{honour} {parts[0]}" for honour in HONOURS]
        if not family_first:
            words = m.name.split()
            forms += [w for w, nxt in zip(words[1:], words[2:]) if nxt in EN_PARTICLES and len(w) >= 3
                      and w[0].isupper() and w not in EN_NOT_NAME]
    return forms


def _person_key(name: str) -> str:
    """One key for the spellings of one name (Lee Jae-myung, Lee Jae Myung)."""
    return KEY_NOISE.sub("", name).lower()


def _known_forms(mentions: list[Mention]) -> dict[str, Mention]:
    """Each form held by exactly one person of the text, with that person's first mention; a family name two
    people share (Kim of Kim A and of Kim B) is left out: the reference could be either. A first word counts
    only for a side known to write the family name first (Lee of Lee Jae-yong, side unknown, does not)."""
    holders: dict[str, dict[str, Mention]] = {}
    for src in mentions:
        if src.name and src.kind == "person" and src.name != src.title:
            for form in _name_forms(src):
                holders.setdefault(form, {}).setdefault(_person_key(src.name), src)
    known = {}
    for form, people in holders.items():
        full = [m for m in people.values() if " " in m.name.strip()]  # Lee alone is one of the Lees named
        if len(full or people) == 1:
            known[form] = (full or list(people.values()))[0]
    return known


# a capitalised word right after a family name (not a day or month): the start of another person's full name
GIVEN_NAME_AFTER = re.compile(r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                              r"|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+\b")
# `the Lee administration`, `the Biden White House`: a name that only says whose institution it is
INSTITUTION_AFTER = re.compile(r" (?:administration|government|campaign|White House|camp|era|doctrine)\b")


def learn_en_names(text: str, mentions: list[Mention], gaz: Gazetteer | None = None) -> list[Mention]:
    """Full names and family names (alone or after Mr./Ms./Dr.) of titled people found again later in the
    text, all in one pass; each takes that person's name, side and office (not in `the Lee administration`, nor
    the first word of another full name)."""
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    known = _known_forms(mentions)
    _titled_family_names(mentions, known)
    extra = []
    for k, e in _word_occurrences(text, list(known)):
        if any(covered[k:e]):
            continue  # a mention already read there (the first, titled one among them): no pattern need be tried
        institution = text[max(0, k - 4) : k] in ("the ", "The ") and INSTITUTION_AFTER.match(text, e)
        longer = " " not in text[k:e] and GIVEN_NAME_AFTER.match(text, e)  # Li of Li Zhansu: someone else
        if not institution and not longer:
            src = known[text[k:e]]
            extra.append(Mention("person", k, e, name=src.name, name_span=(k, e), affiliation=src.affiliation,
                                 affiliation_from="learned", office=src.office, title=src.title))
    found = sorted(mentions + extra, key=START)
    if gaz:  # before the pronouns: `The Iranian official met A. He also met B.`
        found = sorted(found + _the_demonym_person(text, gaz, found, covered), key=START)
    found = sorted(found + _pronoun_subjects(text, found), key=START)
    return sorted(found + _the_title(text, gaz, found, covered), key=START) if gaz else found


def _titled_family_names(mentions: list[Mention], known: dict[str, Mention]) -> None:
    """A title before a family name alone (`Secretary Blake`, `Minister Wendt`) names the one person of the text
    named in full with that family name: the mention takes the full name, and the side and office of the
    first mention when its own side is only the outlet's guess (a side the text gives otherwise: someone else)."""
    for m in mentions:
        src = known.get(m.name or "") if m.kind == "person" and m.name and " " not in m.name.strip() else None
        if src is None or src is m or " " not in src.name.strip():
            continue
        if m.affiliation_from == "text" and m.affiliation != src.affiliation:
            continue
        m.name = src.name
        if m.affiliation_from != "text":
            m.affiliation, m.affiliation_from = src.affiliation, "learned"
        m.office = src.office or m.office


THE_TITLE = re.compile(THE + r"((?:[a-z]+ ){0,2}[a-z]+)\b")
OF_AFTER = re.compile(r" of\b")


def _the_title(text: str, gaz: Gazetteer, mentions: list[Mention], covered: bytearray) -> list[Mention]:
    """`the prime minister` in lower case, with no side, is the one person of that office the text has named
    before it (`Prime Minister Tanaka Hiroshi arrived. The prime minister met…`); with two such, neither."""
    people = [m for m in mentions if m.kind == "person" and m.name and m.name != m.title and m.office]
    out = []
    for m in THE_TITLE.finditer(text):
        if any(covered[m.start(1) : m.end(1)]):
            continue
        found = title_at(m.group(1), gaz)  # the longest title among the words after `the`
        if found is None:
            continue
        length, title_office = found
        a, b = m.start(1), m.start(1) + length
        if OF_AFTER.match(text, b):
            continue  # the president of the bank: a title of some other body
        office = best_office([title_office], False)
        holders = {_person_key(p.name): p for p in people if p.start < m.start() and p.office == office}
        if len(holders) == 1:
            src = next(iter(holders.values()))
            out.append(Mention("person", a, b, name=src.name, name_span=src.name_span, affiliation=src.affiliation,
                               affiliation_from="learned", office=src.office, title=src.title))
    return out


# `the Iranian top official`, `the Ukrainian leader`: a demonym and a word for any official (a title the lexicon
# knows is read in en_chains as that office's holder)
THE_DEMONYM_PERSON = re.compile(THE + r"([A-Z][a-z]+) ((?:[a-z]+ ){0,2}(?:official|diplomat|leader|envoy"
                                r"|negotiator|politician))\b(?! of\b)")


def _the_demonym_person(text: str, gaz: Gazetteer, mentions: list[Mention], covered: bytearray) -> list[Mention]:
    """`the <demonym> official`, `the <demonym> leader`: the one person of that side the text named before it;
    with two such, neither."""
    people = [m for m in mentions if m.kind == "person" and m.name and m.name != m.title and m.affiliation]
    out = []
    for m in THE_DEMONYM_PERSON.finditer(text):
        if any(covered[m.start(1) : m.end()]):
            continue
        side = gaz.actors.find(m.group(1))
        entry = side[0].first("demonym") if side and side[0].end == len(m.group(1)) else None
        if entry is None:
            continue
        holders = {_person_key(p.name): p for p in people if p.start < m.start() and p.affiliation == entry.value}
        if len(holders) == 1:
            src = next(iter(holders.values()))
            out.append(Mention("person", m.start(1), m.end(), name=src.name, name_span=src.name_span,
                               affiliation=src.affiliation, affiliation_from="learned", office=src.office,
                               title=src.title))
    return out


# `He`/`She` opening a sentence: after a sentence end (a closing quote allowed) or a line break.
PRONOUN = re.compile(r"(?:He|She)\b")
SENTENCE_MARKS = ".!?"
CLOSING_QUOTES = "\"”’"


def _opens_sentence(text: str, k: int) -> bool:
    """Whether only white space stands between `k` and the text's start, a line break, or a sentence's end
    (`.`, `!`, `?`, a closing quote after it) followed by white space. Tested back from a word found by its
    letters: a pattern opening with these alternatives would be tried at every position of the text."""
    j = k
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or "\n" in text[j:k]:
        return True
    if j == k:
        return False
    return text[j - 1] in SENTENCE_MARKS or (j >= 2 and text[j - 1] in CLOSING_QUOTES and text[j - 2] in SENTENCE_MARKS)
EN_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?=\S)")


# `Later, he met…`, `On Wednesday, she will meet…`: the subject after a short phrase of time opening the sentence
PRONOUN_AFTER_OPENING = re.compile(r",\s+(?:he|she)\b")
OPENING_REACH = 40  # the longest opening phrase before such a pronoun


def _set_first_pronouns(text: str) -> list[tuple[int, int, int]]:
    """(its sentence's start, start, end) of each `he`/`she` after the comma of a short phrase that opens its
    sentence (no other comma in it): the sentence's subject, as a capitalised pronoun opening it would be."""
    out = []
    for p in PRONOUN_AFTER_OPENING.finditer(text):
        opening = [s.end() for s in EN_SENTENCE_START.finditer(text, max(0, p.start() - OPENING_REACH), p.start())]
        if opening and "," not in text[opening[-1] : p.start()] and _opens_sentence(text, opening[-1]):
            out.append((opening[-1], p.end() - len(p.group().split()[-1]), p.end()))
    return out


def _pronoun_subjects(text: str, mentions: list[Mention]) -> list[Mention]:
    """`He`/`She` as the subject that opens a sentence right after one naming exactly one person is that person
    (`President Anna Kovac arrived. She met…`), as is `he`/`she` after a short phrase opening the sentence
    (`Later, she met…`); after a sentence naming two people, or none, it stays unlinked."""
    people = [m for m in mentions if m.kind == "person" and m.name]
    starts = [m.start for m in people]
    out = []
    subjects = [(p.start(), p.start(), p.end()) for p in PRONOUN.finditer(text) if _opens_sentence(text, p.start())]
    for at, k, end in sorted(subjects + _set_first_pronouns(text)):
        before = [s.end() for s in EN_SENTENCE_START.finditer(text, max(0, at - 600), at) if s.end() < at]
        if not before:
            continue  # the sentence before is not in reach
        named = people[bisect_left(starts, before[-1]) : bisect_left(starts, k)]
        who = {_person_key(m.name) for m in named}
        src = next((m for m in named if m.name != m.title), None) if len(who) == 1 else None
        if src is not None:
            out.append(Mention("person", k, end, name=src.name, name_span=src.name_span,
                               affiliation=src.affiliation, affiliation_from="learned", office=src.office,
                               title=src.title))
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches


def _word_occurrences(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Where one of `forms` stands as a whole word (no letter, digit or apostrophe before, no letter or digit
    after; Rubio's is Rubio): one Aho-Corasick pass over the text for all of them, by the automaton quickest to
    build (built for one search: the default, a DFA, takes twice as long)."""
    if not forms:
        return []
    out = []
    n = len(text)
    for _, k, e in ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                              implementation=ahocorasick_rs.Implementation.NoncontiguousNFA
                                              ).find_matches_as_indexes(text):
        if (k == 0 or not (_word_char(text[k - 1]) or text[k - 1] in "'’")) and (e == n or not _word_char(text[e])):
            out.append((k, e))
    return out


POSSESSIVE_GAP = re.compile(r"['’]s +")


def possessor_sides(text: str, mentions: list[Mention]) -> None:
    """`<Person>'s special envoy A B`, `<Person>'s envoys A and B`: officials named after a person's possessive
    serve that person, so a side left to the outlet's guess (or unknown) is the possessor's, when the text or
    gazetteer gives it."""
    by_end = {m.end: m for m in mentions if m.kind == "person" and m.affiliation and m.affiliation_from != "home"}
    for m in mentions:
        if m.kind != "person" or m.affiliation_from not in ("home", "") or not m.title:
            continue
        k = m.start
        while k > 0 and text[k - 1] == " ":
            k -= 1
        gap = POSSESSIVE_GAP.fullmatch(text, k - 2, m.start) if k >= 2 else None
        owner = by_end.get(k - 2) if gap else None
        if owner is not None:
            guessed = m.affiliation
            # the others its plural title lists (X's envoys A and B) and the copies learned from them (Kramer
            # said) follow
            listed = {id(n) for n in mentions if n is m or (n.title_span == m.title_span and n.affiliation == guessed
                                                              and n.affiliation_from in ("home", ""))}
            names = {n.name for n in mentions if id(n) in listed}
            for same in mentions:
                if id(same) in listed or (same.name in names and same.affiliation == guessed
                                          and same.affiliation_from == "learned"):
                    same.affiliation, same.affiliation_from = owner.affiliation, "learned"



DEPUTY = re.compile(r"(?:Vice|Deputy) ")


def deputy_sides(mentions: list[Mention]) -> None:
    """`Vice President A` written without a side on a page that writes `President B` the same way, B's side
    known only from the gazetteer: the deputy of that office is of B's state, when one state holds it there."""
    holders: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and m.title and m.affiliation and m.affiliation_from == "gazetteer":
            holders.setdefault(m.title, set()).add(m.affiliation)
    for m in mentions:
        deputy = DEPUTY.match(m.title or "") if m.kind == "person" and not m.affiliation else None
        sides = holders.get(m.title[deputy.end() :], set()) if deputy else set()
        if len(sides) == 1:
            m.affiliation, m.affiliation_from = next(iter(sides)), "learned"
