"""English chains (`[Demonym] Title Name [of Country]`, `Title of Country Name`, `Name, the Title of
Country`); the later references that point back to a person named once are in en_coref.
"""

from __future__ import annotations

import re

from diplograph.extract.en_groups import joint_titles, plural_title, possessed_state_titles, title_at
from diplograph.extract.gazetteer import Entry, Gazetteer, Hit
from diplograph.extract.mention import START, Mention, best_office
from diplograph.lexicons.literals import Gated, at_word_start

EN_CHAIN_KINDS = frozenset(("country", "org", "title", "demonym", "place"))
SPACES = re.compile(r"[^\S\n]*")  # a name does not run on past a line's end (a headline's title, then a dateline)
NAME_SPACE = re.compile(r"[ \u00a0]+")
OF_AFTER_NAME = re.compile(r",?\s+of\s+(?:the\s+)?")

EN_PARTICLES = {"bin", "al", "von", "der", "de", "da", "van", "la", "le", "du", "dos", "el", "di", "ibn"}
EN_NAME_WORD = re.compile(
    # a full stop right before a capitalised word ends the name (Li Qiang.Lee: two sentences run together)
    # an Arabic article joined to the family name is part of it (Badr bin Hamad al-Busaidi)
    r"(?:[A-Z](?:[\w'’\-]|\.(?![A-Z][a-z]))*[\w.]|[A-Z]\.?|(?:bin|al|von|der|de|da|van|la|le|du|dos|el|di|ibn)(?=\s)"
    r"|(?:al|el)-[A-Z][\w'’\-]*\w)"
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
CALENDAR = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
EN_HONORIFIC = re.compile(r"^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Sheikh|His Highness|Her Highness)\s+")
# between a chain and its name: the country's abbreviation in brackets, a courtesy title or honour (Minister of
# Justice of the Republic of Palau (ROP) Mr Ana Kerr, Prime Minister Sir Ian Hale)
BEFORE_NAME = re.compile(r" +(?:\([A-Z]{2,6}\) +)?(?:(?:Mr|Mrs|Ms|Dr|Madam|Sir|Dame)\.? +(?=[A-Z]))?")
# `The Chinese president, Xi Jinping, said`, `The UK Prime Minister, Sir Ian Hale, has…`: a name set off by commas
# after a title opened by `the` is its holder's (the courtesy title or honour before it is no part of the name)
SET_OFF_NAME = re.compile(r", +(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.? +)?(?=[A-Z])")


# `Vice Premier He Lifeng`: the Chinese family name He (何) opens a name when a capitalised word follows it (not To
# or An: `Prime Minister To Visit China` is a title-case headline; the gazetteer knows To Lam)
HE_FAMILY_NAME = re.compile(r"He [A-Z][a-z]+\b")


def _en_name(text: str, k: int) -> tuple[int, int]:
    """A run of capitalised words (and name particles) starting at `k`; a weekday after them is no part of it."""
    j = SPACES.match(text, k).end()
    start, end, words = j, j, 0
    while words < 7:
        w = EN_NAME_WORD.match(text, j)
        stop = w is not None and (w.group().rstrip(".") in EN_NOT_NAME or w.group() in EN_NOT_NAME) \
            and not (words == 0 and HE_FAMILY_NAME.match(text, j))
        if not w or stop or (words and w.group().rstrip(".") in CALENDAR):  # met A B Tuesday: the day ends it
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
    r"|Grand Duchy|Islamic Republic|People['’]s Republic) +of +(?:the +)?"
)
PLURAL_POSSESSIVE = re.compile(r"['’] +")
EN_OFFICE_WORDS = re.compile(r"(?:['’]s)?(?: +[A-Z][a-z]+){1,3} +")
# Deputy Foreign Minister, Vice Defence Minister: a deputy's word (DEPUTY_BEFORE, below) before a title the lexicon
# knows without it makes the holder a deputy (of a head of state or government), else an office of no rank of its own
DEPUTY_OFFICE = {"head_of_state": "deputy_head_of_state", "head_of_government": "deputy_head_of_government"}
SIDE_WORDS = frozenset(("country", "demonym"))
ORG_SIDE_WORDS = SIDE_WORDS | {"org"}
THE_BEFORE = re.compile(r"\b[Tt]he $")
EN_PAST = re.compile(r"\b(?:former|ex-) ?$", re.IGNORECASE)


def en_mentions(text: str, hits: list[Hit], gaz: Gazetteer, home: str | None) -> list[Mention]:
    """English mentions from the lexicon hits of `text`."""
    actor_hits = _portfolio_titles(text, [h for h in hits if h.kinds & EN_CHAIN_KINDS], gaz.portfolio)
    out: list[Mention] = []
    i = 0
    while i < len(actor_hits):
        chain = [actor_hits[i]]
        while i + 1 < len(actor_hits):
            gap = text[chain[-1].end : actor_hits[i + 1].start]
            if not (EN_CHAIN_GAP.fullmatch(gap) or _joined_apart(text, chain[-1], actor_hits[i + 1], gap)):
                break
            chain.append(actor_hits[i + 1])
            i += 1
        i += 1
        m = _en_chain(text, chain, gaz, home)
        if m:
            out.append(m)
    out += _lower_case_chains(text, actor_hits, gaz, out)
    out = sorted(out + _lower_case_titles(text, gaz, {m.start for m in out}), key=START)
    out = sorted(out + _org_members(text, actor_hits, gaz, out) + _possessed_titles(text, out, gaz)
                 + _org_heads(text, actor_hits, out), key=START)
    taken = {m.start for m in out}
    out = sorted(out + joint_titles(text, actor_hits, gaz, taken)
                 + possessed_state_titles(text, actor_hits, gaz, taken), key=START)
    out = sorted(out + _plural_title_names(text, out), key=START)
    out = sorted(out + _counterparts(text, actor_hits, out), key=START)
    return _en_coordinated(text, sorted(out + _counterparts_from(text, actor_hits, out), key=START))


def _joined_apart(text: str, last: Hit, nxt: Hit, gap: str) -> bool:
    """Whether two hits are one chain though the words between them are not a chain's usual gap."""
    # Polish National Security Bureau Chief, UN General Assembly President: a few capitalised words between a
    # side or an organization and its title
    words_between = last.kinds & ORG_SIDE_WORDS and "title" in nxt.kinds and EN_OFFICE_WORDS.fullmatch(gap)
    # the Philippines' President: a plural name's possessive is an apostrophe alone
    plural_of = text[last.end - 1] == "s" and PLURAL_POSSESSIVE.fullmatch(gap)
    # Minister for Trade and Minister for Law A B: one person's titles stacked with `and`
    stacked = "title" in last.kinds and "title" in nxt.kinds and gap == " and "
    return bool(words_between or plural_of or stacked)


MINISTERIAL = frozenset(("minister", "foreign_minister"))  # the offices a portfolio follows (not President of…)
# a portfolio of foreign affairs (not Foreign Trade): it keeps a foreign minister's title his, and makes a minister
# one (Minister for Europe and Foreign Affairs)
FOREIGN_PORTFOLIO = re.compile(r"Foreign(?: Affairs|,)|External Affairs")
# a deputy's or junior minister's title (Vice Minister for Foreign Affairs, Deputy Minister of Foreign Affairs, State
# Minister for Foreign Affairs, Minister of State for Foreign Affairs) holds no foreign minister's office, as Vice
# Foreign Minister does not
DEPUTY_TITLE = re.compile(r"(?:Vice|Deputy|Assistant|Junior|Under)\b|(?:Senior )?Minister of State\b")
DEPUTY_BEFORE = re.compile(r"\b(?:Vice|Deputy|Assistant|Junior|Under|State)[ -]$")  # a deputy's word before a title


def _portfolio_titles(text: str, hits: list[Hit], portfolio: re.Pattern[str] | None) -> list[Hit]:
    """A minister's title followed by `of`/`for` and what the ministry covers (`Minister for Home Affairs`, `Vice
    Minister of Emergency Management`) is one title: it runs over those words, so the name after them joins
    the chain."""
    if portfolio is None:
        return hits
    out: list[Hit] = []
    end = -1
    for h in hits:
        if h.start < end:
            continue  # a word of a portfolio just read
        title = h.first("title")
        if title is not None and title.value == "foreign_minister" and DEPUTY_BEFORE.search(text, max(0, h.start - 10),
                                                                                              h.start):
            h = Hit(h.start, h.end, tuple(Entry(e.kind, "other", e.lang) if e is title else e for e in h.entries),
                    h.kinds)  # State Minister for Foreign Affairs: a junior minister's title
            title = h.first("title")
        more = portfolio.match(text, h.end) if title is not None and title.value in MINISTERIAL else None
        if more is not None:
            entries = h.entries
            foreign = FOREIGN_PORTFOLIO.search(text, h.end, more.end()) is not None
            if title.value == "foreign_minister" and not foreign:
                # Secretary of State for Trade: a minister of that portfolio (the US post has none)
                entries = tuple(Entry(e.kind, "minister", e.lang) if e is title else e for e in entries)
            elif title.value == "minister" and foreign:
                office = "other" if DEPUTY_TITLE.match(text, h.start) else "foreign_minister"
                entries = tuple(Entry(e.kind, office, e.lang) if e is title else e for e in entries)
            h = Hit(h.start, more.end(), entries, h.kinds)
        out.append(h)
        end = h.end
    return out


# Wire copy writes a title in lower case around a name set off by commas: `Malta's foreign minister, Ama
# Borg,`, `Maltese foreign minister Ama Borg`, `the foreign minister of Malta, Ama Borg`, `Ama Borg, Malta's
# foreign minister`, `Ama Borg, the foreign minister of Malta`.
LOWER_TITLE_AFTER = re.compile(r"(?:['’]s?)? +((?:[a-z]+[ \-]){0,3}[a-z]+)\b")
THE_TITLE_OF = re.compile(r"\b[Tt]he ((?:[a-z]+[ \-]){0,3}[a-z]+) of (?:the )?$")
OF_BEFORE = (" of ", " of the ", " of \n", " of the \n")  # how THE_TITLE_OF ends (`$` may stand before a last \n)
NAME_COMMA_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w'’.\-]*[\w.] ){1,3}[A-Z][\w'’\-]*\w), (?:the )?$")
COMMA_NAME = re.compile(r", +(?=[A-Z])")
THE = at_word_start("[Tt]he") + " "  # `the `/`The ` as a word, for patterns searched through a text


def _lower_case_chains(text: str, hits: list[Hit], gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """People named next to a side and a lower-case title (see above), where no chain has found them."""
    covered = bytearray(len(text) + 1)
    for m in found:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out = []
    for h in hits:
        entry = h.first("country", "demonym")
        if entry is None or any(covered[h.start : h.end]):
            continue
        # searched only after `of`: the pattern tries every position of the window, and most hits follow no `of`
        the_of = THE_TITLE_OF.search(text, max(0, h.start - 50), h.start) if text.endswith(
            OF_BEFORE, max(0, h.start - 50), h.start) else None
        after = None if the_of else LOWER_TITLE_AFTER.match(text, h.end)
        title = title_at((the_of or after).group(1), gaz) if (the_of or after) else None
        if title is None:
            continue
        t0 = (the_of or after).start(1)
        t1, head = t0 + title[0], the_of.start() if the_of else h.start
        tail = h.end if the_of else t1
        apposed = NAME_COMMA_BEFORE.search(text, max(0, head - 60), head)
        if apposed and not any(w.rstrip(".") in EN_NOT_NAME for w in apposed.group(1).split()):
            a, b = apposed.span(1)
        else:
            comma = COMMA_NAME.match(text, tail)
            if the_of and not comma:
                continue  # `the president of Ghana` alone: a holder told of elsewhere
            a, b = _en_name(text, comma.end() if comma else tail)
            if b <= a or " " not in text[a:b] or text[a:b].split()[0] in CALENDAR:
                continue
        out.append(Mention("person", min(a, head), max(b, tail), name=text[a:b], name_span=(a, b),
                           affiliation=entry.value, affiliation_from="text", office=best_office([title[1]], False),
                           title=text[t0:t1], title_span=(t0, t1)))
    return out


# `his Chinese counterpart, Name`, `her Thailand counterpart Name`, `Japan's counterpart Name`: a side (a
# demonym, or a country's name used as one) before `counterpart`, then the name of that side's official.
COUNTERPART_AFTER = re.compile(r"(['’]s)? +counterparts?,? +")
# Boo's Chinese counterpart, his Chinese counterpart; wire copy drops the possessive after the act (met Chinese
# counterpart A B, talks with Chinese counterpart A B)
POSSESSOR_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|met|meets|meeting|with|hosted|received|welcomed|called"
                              r"|phoned)|\w['’]s) +$")
COUNTERPART_REACH = 300  # characters back to the official whose counterpart this is
COUNTERPART_WORD = re.compile(r"counterparts?")


def _counterparts(text: str, hits: list[Hit], found: list[Mention]) -> list[Mention]:
    """The official named as another's counterpart: of the side written before `counterpart`, of the office
    of the titled person named just before (a counterpart holds the same office on the other side)."""
    taken = {m.start for m in found}
    out = []
    for h in hits:
        entry = h.first("country", "demonym")
        cp = COUNTERPART_AFTER.match(text, h.end) if entry else None
        if (cp is None or h.start in taken
                or not (cp.group(1) or POSSESSOR_BEFORE.search(text, max(0, h.start - 8), h.start))):
            continue
        a, b = _en_name(text, cp.end())
        unnamed = " " not in text[a:b].strip()  # a name of one word is no name here (`his Chinese counterpart
        if unnamed:  # Beijing`): the counterpart is told by the title alone, like `the French president`
            a, b = COUNTERPART_WORD.search(text, h.end, cp.end()).span()
        before = [m for m in found if m.kind == "person" and m.office and m.end <= h.start
                  and h.start - m.end <= COUNTERPART_REACH]
        out.append(Mention("person", h.start, b, name=text[a:b], name_span=(a, b), affiliation=entry.value,
                           affiliation_from="text", office=before[-1].office if before else None,
                           title="counterpart", title_span=(a, b) if unnamed else None))
    return out


# `met his counterparts from Thailand, Cambodia and Laos`: one counterpart of each state listed after `from`; a
# page is searched only when it holds the words (few do), and then first character first
COUNTERPARTS_FROM = Gated(re.compile(at_word_start("his", "her", "their") + " counterparts? from +"))
LIST_JOIN = re.compile(r"(?:,? +(?:and +)?)?(?:the +)?")  # between the states listed (`, and the`)


def _counterparts_from(text: str, hits: list[Hit], found: list[Mention]) -> list[Mention]:
    """Each state of the list after `counterparts from` (or the one after `counterpart from`), as that state's
    holder of the office of the titled person named just before (told by the title alone)."""
    out = []
    for m in COUNTERPARTS_FROM.finditer(text):
        before = [p for p in found if p.kind == "person" and p.office and p.end <= m.start()
                  and m.start() - p.end <= COUNTERPART_REACH]
        pos = m.end()
        for h in (h for h in hits if h.start >= m.end()):
            entry = h.first("country")
            if entry is None or not LIST_JOIN.fullmatch(text, pos, h.start):
                break
            out.append(Mention("person", h.start, h.end, name="counterpart", name_span=(h.start, h.end),
                               affiliation=entry.value, affiliation_from="text",
                               office=before[-1].office if before else None, title="counterpart",
                               title_span=(h.start, h.end)))
            pos = h.end
            if "counterparts" not in m.group():
                break  # `his counterpart from A`: one state
    return out


THE_DEMONYM_TITLE = re.compile(THE + r"([A-Z][a-z]+) ((?:[a-z]+ ){0,2}[a-z]+)\b")
# a headline leaves the article out (`Xi meets French president`, `Maltese president begins visit`), not for one
# who held or seeks the post (`Former Chilean president dies`, `Would-be French president…`; `Ex-` and `then-` fail
# the pattern's look-behind)
PAST_HOLDER = ("former ", "late ", "ousted ", "deposed ", "exiled ", "would-be ")
HEADLINE_DEMONYM_TITLE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) ((?:[a-z]+ ){0,2}[a-z]+)\b")
NOT_THE_HOLDER_AFTER = ("'", "’", "-")  # the president's wife, president-elect: someone else, or not yet


def _lower_case_titles(text: str, gaz: Gazetteer, taken: set[int]) -> list[Mention]:
    """`the Japanese prime minister`: wire copy writes a title in lower case after a demonym; it stands for
    the one holder of that side the text names (found in _enrich), like `the Japanese Prime Minister`. A
    headline (the text's first line) writes it with no article."""
    out = []
    headline = text.find("\n")  # the first line, when the text opens with a headline (title + body)
    matches = list(THE_DEMONYM_TITLE.finditer(text))
    bare = []
    if headline > 0:
        starts = {m.start(1) for m in matches}
        bare = [m for m in HEADLINE_DEMONYM_TITLE.finditer(text, 0, headline) if m.start(1) not in starts
                and not text[max(0, m.start() - 10) : m.start()].lower().endswith(PAST_HOLDER)]
    for m in matches + bare:
        if m.start(1) in taken:
            continue
        found = title_at(m.group(2), gaz)  # the longest title among the words after the demonym
        if found is None or (m in bare and text.startswith(NOT_THE_HOLDER_AFTER, m.start(2) + found[0])):
            continue
        side = gaz.actors.find(m.group(1))
        length, title_office = found
        entry = side[0].first("demonym") if side and side[0].end == len(m.group(1)) else None
        if entry is None:
            continue
        a, b = m.start(2), m.start(2) + length
        out.append(Mention("person", m.start(1), b, name=text[a:b], name_span=(a, b), affiliation=entry.value,
                           affiliation_from="text", office=best_office([title_office], False),
                           title=text[a:b], title_span=(a, b)))
    return out


POSSESSED_TITLE = re.compile(r"['’]s +((?:[a-z]+[ \-]){0,2}[a-z]+),? +(?=[A-Z])")


def _possessed_titles(text: str, found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """`President A B's special envoy C D`, `A B's envoys C D and E F`: the official a named person's
    possessive introduces with a lower-case title serves that person's side (once known: possessor_sides)."""
    out = []
    for m in found:
        after = POSSESSED_TITLE.match(text, m.end) if m.kind == "person" and m.name else None
        title = title_at(after.group(1), gaz) if after else None
        if title is None or title[0] != len(after.group(1)):
            continue
        a, b = _en_name(text, after.end())
        t0, t1 = after.span(1)
        if " " not in text[a:b] or any(f.start <= t0 < f.end or f.start <= a < f.end for f in found):
            continue  # a chain of its own already names that official
        out.append(Mention("person", t0, b, name=text[a:b], name_span=(a, b), affiliation=m.affiliation,
                           affiliation_from="text" if m.affiliation else "", office=best_office([title[1]], False),
                           title=text[t0:t1], title_span=(t0, t1)))
    return out


def _org_members(text: str, hits: list[Hit], gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """`ASEAN foreign ministers`, `EU leaders`: an organisation's name before a title in the plural names its
    members' officials of that office together, as one group party of the organisation."""
    taken = {m.start for m in found}
    out = []
    for h in hits:
        entry = h.first("org")
        title = plural_title(text, h.end, gaz) if entry is not None and h.start not in taken else None
        if title is None or text[title[1] : title[1] + 1] in "'’":
            continue  # the ASEAN foreign ministers' meeting: the setting, not a party
        a, b, office = title
        out.append(Mention("group", h.start, b, name=text[h.start : b], name_span=(h.start, b),
                           affiliation=entry.value, affiliation_from="text", office=office, title=text[a:b],
                           title_span=(a, b)))
    return out


# `NATO chief A B`, `IAEA head A B`, `EU foreign policy chief A B`: wire copy's lower-case word for an
# organisation's head, then his name
ORG_HEAD_AFTER = re.compile(r" +(?:[a-z]+ ){0,2}(?:chief|head),? +(?=[A-Z])")


def _org_heads(text: str, hits: list[Hit], found: list[Mention]) -> list[Mention]:
    """The head of an organisation named after its name and `chief` or `head` (`NATO chief A B`), where no chain
    has found him (a name of two words or more, not a weekday's)."""
    taken = {m.start for m in found}
    out = []
    for h in hits:
        entry = h.first("org")
        m = ORG_HEAD_AFTER.match(text, h.end) if entry is not None and h.start not in taken else None
        if m is None:
            continue
        a, b = _en_name(text, m.end())
        if b <= a or " " not in text[a:b] or text[a:b].split()[0] in CALENDAR:
            continue
        t0, t1 = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        title = text[t0:t1].rstrip(", ")
        out.append(Mention("person", h.start, b, name=text[a:b], name_span=(a, b), affiliation=entry.value,
                           affiliation_from="text", office="org_head", title=title, title_span=(t0, t0 + len(title))))
    return out


PORTFOLIO_OF = re.compile(r" (?:of|for) ")
NAME_AND = re.compile(r",? and +|, +(?=[A-Z][\w'’\-]+ [A-Z])")


def _plural_title_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`US envoys A B and C D`, `Special Envoys A B, C D and E F`: a plural title names each of the people
    listed after it, all of its side and office."""
    out = []
    for m in mentions:
        if not (m.kind == "person" and m.title_span and m.name_span and m.title and m.title.endswith("s")
                and text[m.title_span[0] : m.title_span[1]].endswith("s") and m.name != m.title
                and not PORTFOLIO_OF.search(m.title)):  # Minister for Home Affairs A B: one person
            continue
        end = m.name_span[1]
        while (sep := NAME_AND.match(text, end)) is not None:
            a, b = _en_name(text, sep.end())
            if " " not in text[a:b]:
                break
            out.append(Mention("person", a, b, name=text[a:b], name_span=(a, b), affiliation=m.affiliation,
                               affiliation_from=m.affiliation_from, office=m.office, title=m.title,
                               title_span=m.title_span))
            end = b
    return out


EN_AND = re.compile(r",? and |, ")


def _en_coordinated(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two officials of one kind joined by `and` share the side the text gives one of them: `Korean Vice Foreign
    Minister A and Vice Defense Minister B`, `Vice Foreign Minister A and Vice Defense Minister B of Korea`
    (President A and Prime Minister B of Japan are left apart: their titles differ)."""
    for x, y in zip(mentions, mentions[1:]):
        if (x.kind == y.kind == "person" and x.title and y.title and EN_AND.fullmatch(text, x.end, y.start)
                and _title_head(x.title) == _title_head(y.title)
                and {x.affiliation_from, y.affiliation_from} in ({"text", "home"}, {"text", ""})):
            src, dst = (x, y) if x.affiliation_from == "text" else (y, x)
            if src is y and y.title_span and y.start < y.title_span[0]:
                continue  # `Paraguayan President A, U.S. President B`: B's side is written before B's own title
            dst.affiliation, dst.affiliation_from = src.affiliation, "text"
    return mentions


def _title_head(title: str) -> str:
    """The word that names a title's kind, before what its ministry covers (Minister of State for Law: minister)."""
    return PORTFOLIO_OF.split(title)[0].split()[-1].lower()


def _en_chain(text: str, chain: list[Hit], gaz: Gazetteer, home: str | None) -> Mention | None:
    """The person a chain with a title names (a chain of no title names nobody), or None."""
    titles = [h for h in chain if "title" in h.kinds]
    if not titles:
        return None
    codes = [h.first("country", "org", "demonym") for h in chain]
    codes = [c for c in codes if c]
    affiliation = codes[0].value if codes else None
    is_org = any("org" in h.kinds for h in chain) and not any(h.first("country", "demonym") for h in chain)
    tail = _posting_end(text, chain[-1].end, titles, gaz)
    lead = BEFORE_NAME.match(text, tail)
    a, b = _en_name(text, lead.end() if lead else tail)
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
        holder = _holder_apart(text, chain[0].start, tail, title_span, gaz)
        if holder is None:
            return None
        name, a, b, end = holder
    offices = [h.first("title").value for h in titles]
    deputy = DEPUTY_BEFORE.search(text, max(0, titles[0].start - 10), titles[0].start)
    if deputy:
        offices = [DEPUTY_OFFICE.get(o, "other") for o in offices]
        title_span = (deputy.start(), title_span[1])
    past = EN_PAST.search(text, max(0, chain[0].start - 7), chain[0].start)
    if past or text.startswith("-elect", title_span[1]):
        offices = ["other"]  # former President X, the president-elect: no office today
    if not affiliation and not _capital_modifier(text, chain[0].start):
        # `National People's Congress chief A`: the one state whose institution the title names (not `Michigan
        # Secretary of State`, `Cardinal Secretary of State`: a word before it makes it another's post)
        affiliation = gaz.state_of_title(text[title_span[0] : title_span[1]])
    if not affiliation and home and _foreign_to(home, [text[h.start : h.end] for h in titles], gaz):
        home = None  # `Prime Minister A` on a US outlet's page: a title the US gives none of its own
    return Mention(
        "person",
        min(chain[0].start, a),
        end,
        name=name,
        name_span=(a, b),
        affiliation=affiliation or home,
        affiliation_from="text" if affiliation else ("home" if home else ""),
        office=best_office(offices, is_org),
        title=(past.group().capitalize() if past else "") + text[title_span[0] : title_span[1]],
        title_span=title_span,
    )


POSTED_TO = re.compile(r" +to +(?:the +)?")  # Ambassador to Japan: the state an envoy is posted to
POSTED_OFFICES = frozenset(("ambassador", "envoy"))


def _posting_end(text: str, tail: int, titles: list[Hit], gaz: Gazetteer) -> int:
    """Where an envoy's title chain ending at `tail` ends with the state he is posted to (`Brazilian Ambassador
    to Japan A B`, `Ambassador of Brazil to Japan`): that state is no side of his, and his name comes after it."""
    m = POSTED_TO.match(text, tail)
    if m is None or not any(h.first("title").value in POSTED_OFFICES for h in titles):
        return tail
    first = next(iter(gaz.actors.find(text[m.end() : m.end() + 40])), None)
    return m.end() + first.end if first and first.start == 0 and first.first("country", "org") else tail


WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _capital_modifier(text: str, k: int) -> bool:
    """Whether a capitalised word that opens no sentence stands right before position `k` (`Michigan` of
    Michigan Secretary of State): a modifier the lexicon did not read."""
    m = WORD_BEFORE.search(text, max(0, k - 40), k)
    if m is None or not m.group(1)[:1].isupper() or not m.group(1)[-1].isalpha():
        return False
    before = text[: m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\"“"


def _holder_apart(text: str, k: int, tail: int, title_span: tuple[int, int], gaz: Gazetteer
                  ) -> tuple[str, int, int, int] | None:
    """(name, its start and end, the mention's end) of a title chain from `k` to `tail` with no name right after
    it: the name set off before or after it, else the title itself for a holder told of elsewhere; None when
    neither `the` opens the chain nor a name is set off before it."""
    the = THE_BEFORE.search(text, max(0, k - 4), k) is not None
    apposed = _apposed_name(text, k, the, text[tail : tail + 1] in (",", ".", ""))
    if apposed and gaz.state_of_title(text[apposed[0] : apposed[1]]):
        apposed = None  # `chairman of the National People's Congress, China's top legislator`: an institution
    if not the and apposed is None:
        return None
    set_off = None if apposed else _set_off_name(text, tail, gaz)
    if apposed:  # `Akiba Takeo, the Secretary General of Japan's…`: the name the title describes
        return text[apposed[0] : apposed[1]], *apposed, tail
    if set_off:  # `The Chinese president, Xi Jinping,`: the name set off after the title
        return text[set_off[0] : set_off[1]], *set_off, set_off[1]
    # `The Vice President spoke with…`, `the French president`: a holder told of elsewhere (_enrich)
    return text[title_span[0] : title_span[1]], *title_span, title_span[1]


def _foreign_to(home: str, titles: list[str], gaz: Gazetteer) -> bool:
    """Whether one of the printed titles is one the outlet's state gives none of its own officials
    (outlets.tsv `foreign_title`): then a name without a country is of a side the text leaves open."""
    return not gaz.foreign_titles(home).isdisjoint(titles)


def _set_off_name(text: str, k: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The span of a full name (two words or more) between a comma right after the title ending at `k` and a
    closing comma, none of whose words a lexicon reads as a title, country or demonym (`the President, Prime
    Minister A` lists two people)."""
    m = SET_OFF_NAME.match(text, k)
    if m is None:
        return None
    a, b = _en_name(text, m.end())
    if b <= a or " " not in text[a:b] or not text.startswith(",", b):
        return None
    return None if any(h.kinds & EN_CHAIN_KINDS for h in gaz.actors.find(text[a:b])) else (a, b)


APPOSED = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w'’.\-]*[\w.] ){1,3}[A-Z][\w'’\-]*\w), [Tt]he $")
LEADING_COURTESY = re.compile(r"(?:(?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Sir|Dame) )+")
# `Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held…`: readouts set the title off without `the`
APPOSED_BARE = re.compile(r"(?:^|(?<=[\s(]))(?:(?:Mr|Ms|Mrs|Dr)\.? )?((?:[A-Z][\w'’.\-]*[\w.] ){1,3}[A-Z][\w'’\-]*\w),"
                          r" $")


def _apposed_name(text: str, k: int, the: bool = True, closed: bool = False) -> tuple[int, int] | None:
    """The span of a name written just before `, the <title>` that ends at `k`, or just before `, <title>` when
    the title is `closed` by a comma or a stop, if its words are a name's."""
    if not the and not closed:
        return None
    m = (APPOSED if the else APPOSED_BARE).search(text, max(0, k - 60), k)
    if not m:
        return None
    a, b = m.span(1)
    lead = LEADING_COURTESY.match(text, a, b)  # `H.E. Ms. Theresa Lazaro`: the name after the courtesies
    a = lead.end() if lead else a
    if " " not in text[a:b] or any(w.rstrip(".") in EN_NOT_NAME for w in text[a:b].split()):
        return None
    return a, b
