"""The lexicons the extractors read, compiled once into Aho-Corasick automata over every script.

Countries (CLDR plus aliases), organizations, titles, institutions, group words and cue words all become
entries of one `Matcher`, which finds them in linear time and checks word boundaries for Latin patterns.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import ahocorasick_rs

from diplograph.lexicons import read_rows


@dataclass(frozen=True)
class Entry:
    """What a matched surface form means: kind (country, short, demonym, place, org, title, body, cue...)."""

    kind: str
    value: str
    lang: str = ""


@dataclass(slots=True, eq=False)
class Hit:
    """One lexicon match in a text (not frozen: a frozen dataclass costs twice as much to build, and a text
    yields many hits)."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    kinds: frozenset[str]  # the kinds of `entries`: callers test `"title" in hit.kinds`

    def first(self, *kinds: str) -> Entry | None:
        """The first entry of one of these kinds, if any."""
        for e in self.entries:  # usually one entry: a plain loop beats a generator here
            if e.kind in kinds:
                return e
        return None


# the characters of a Latin word (ASCII letters, digits, the apostrophe): a set look-up, where two string
# methods cost a call each for every edge of every Latin match
LATIN_WORD_CHARS = frozenset(string.ascii_letters + string.digits + "'")


def _latin(ch: str) -> bool:
    return ch in LATIN_WORD_CHARS


def _possessive(text: str, b: int) -> bool:
    """Whether `'s` (or `’s`) ends a word at `b`: Japan's top diplomat names Japan; after a name ending in s,
    the apostrophe alone (the Philippines' president)."""
    if text[b] not in "'’":
        return False
    if text[b - 1] == "s" and (b + 1 == len(text) or not _latin(text[b + 1])):
        return True
    return text[b + 1 : b + 2] == "s" and (b + 2 == len(text) or not _latin(text[b + 2]))


DFA_FORMS = 2000  # a lexicon of at most this many forms is searched with a DFA (see Matcher)
FEW_FORMS = 32  # a matcher built for one search over at most this many forms searches each form in turn


def _leftmost_longest(text: str, forms: list[str]) -> list[tuple[int, int, int]]:
    """(form index, start, end) of what a leftmost-longest automaton of `forms` (distinct, none empty) finds in
    `text`: the leftmost start, the longest form there, then on from its end. Every place of every form is
    found by `str.find`, then taken in that order: for a page's few names, quicker than building an automaton."""
    found = []
    for idx, form in enumerate(forms):
        k = text.find(form)
        while k >= 0:
            found.append((k, -len(form), idx))
            k = text.find(form, k + 1)
    found.sort()
    out, end = [], 0
    for k, minus_length, idx in found:
        if k >= end:
            end = k - minus_length
            out.append((idx, k, end))
    return out


class Matcher:
    """Leftmost-longest matching of many surface forms; Latin forms must sit on word boundaries. With
    `ignore_case` the forms and the text are compared in lower case (offsets stay those of the text). A matcher
    built for one search (`once`: a page's own names) builds no automaton for a few forms, and for more takes
    the automaton that is quickest to build."""

    def __init__(self, items: list[tuple[str, Entry]], ignore_case: bool = False, once: bool = False) -> None:
        self.ignore_case = ignore_case
        table: dict[str, list[Entry]] = {}
        for surface, entry in items:
            surface = surface.lower() if ignore_case else surface
            if surface and entry not in table.setdefault(surface, []):
                table[surface].append(entry)
        self.patterns = list(table)
        self.entries = [tuple(table[p]) for p in self.patterns]
        self._whole = {p: e for p, e in zip(self.patterns, self.entries)}
        self.kinds = [frozenset(e.kind for e in table[p]) for p in self.patterns]
        # per pattern: None when no edge is a Latin letter (nothing to check), else (left, right)
        self.latin = [(_latin(p[0]), _latin(p[-1])) if _latin(p[0]) or _latin(p[-1]) else None
                      for p in self.patterns]
        # an NFA builds fastest, for one search; a DFA searches two to three times faster than the default (an
        # NFA past a hundred forms) but takes far more memory: worth it up to DFA_FORMS forms (cue words, topics:
        # a few MiB in all), not for the actor lexicon (50 MiB more to save a few microseconds a page)
        kind = {"implementation": ahocorasick_rs.Implementation.NoncontiguousNFA} if once else \
            {"implementation": ahocorasick_rs.Implementation.DFA} if len(self.patterns) <= DFA_FORMS else {}
        self._longest = max(map(len, self.patterns), default=0)
        self._ac = None if once and len(self.patterns) <= FEW_FORMS else ahocorasick_rs.AhoCorasick(
            self.patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest, **kind)

    def _matches(self, text: str) -> list[tuple[int, int, int]]:
        """(pattern index, start, end) of the leftmost-longest matches in `text`, none overlapping."""
        if self._ac is None:
            return _leftmost_longest(text, self.patterns)
        return self._ac.find_matches_as_indexes(text)

    def whole(self, text: str) -> tuple[Entry, ...]:
        """The entries of a surface form that is the whole `text` (a dictionary look-up: what `find` gives as
        its first hit when that hit spans the text), else none."""
        low = text.lower() if self.ignore_case else text
        return self._whole.get(low if len(low) == len(text) else text, ())  # as `find` compares

    def find(self, text: str) -> list[Hit]:
        """Every match, left to right, non-overlapping."""
        hits = []
        n = len(text)
        if self.ignore_case:
            low = text.lower()
            text = low if len(low) == n else text  # a letter whose lower case is longer (İ): match as written
        entries, kinds, latin = self.entries, self.kinds, self.latin
        covered = 0  # where the last hit ends: a match found inside a refused one may reach past it
        for idx, a, b in self._matches(text):
            if a < covered:
                continue
            if latin[idx] is None or self._on_words(text, idx, a, b):  # no Latin edge (all in Chinese): no test
                hits.append(Hit(a, b, entries[idx], kinds[idx]))
                covered = b
                continue
            # refused inside a word (`is meeting` in `his meeting with`): a form starting within it may stand
            for idx2, a2, b2 in self._matches(text[a + 1 : b + self._longest]):
                a2, b2 = a2 + a + 1, b2 + a + 1
                if a2 >= b:
                    break
                if self._on_words(text, idx2, a2, b2):
                    hits.append(Hit(a2, b2, entries[idx2], kinds[idx2]))
                    covered = b2
                    break
        return hits

    def _on_words(self, text: str, idx: int, a: int, b: int) -> bool:
        """Whether the match of pattern `idx` at [a, b) sits on word boundaries where its edges are Latin."""
        edges = self.latin[idx]
        if edges is None:
            return True
        if edges[0] and a > 0 and text[a - 1] in LATIN_WORD_CHARS:
            return False
        return not (edges[1] and b < len(text) and text[b] in LATIN_WORD_CHARS and not _possessive(text, b))


@dataclass
class Gazetteer:
    """Everything the actor and event extractors look up, built from the lexicon files."""

    actors: Matcher
    cues: Matcher
    outlets: list[tuple[str, str, str]]
    codes: list[list[str]]
    group_suffixes: dict[str, str] = field(default_factory=dict)
    org_codes: frozenset[str] = frozenset()
    transliteration: frozenset[str] = frozenset()  # Han characters foreign names are written with
    surnames: frozenset[str] = frozenset()  # first characters of names written in Han characters
    leaders: dict[str, str] = field(default_factory=dict)  # state -> office of who leads it, when not head of state
    state_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (code, zh-Hans|zh-Hant|en) -> CLDR name
    state_bodies: tuple[tuple[str, str], ...] = ()  # (form, code): an institution or post of one state only
    contracted: dict[str, str] = field(default_factory=dict)  # 华 -> CHN: a state written onto a verb (访华)
    family: Matcher | None = None  # heads' and foreign ministers' family names alone (Macron): entries
    # `code|office|start|end|name`
    portfolio: re.Pattern[str] | None = None  # `of Justice`, `for Home Affairs and Law` right after a title
    regional_forms: dict[str, str] = field(default_factory=dict)  # 瓜地馬拉 -> TWN: a name one region writes

    def __post_init__(self) -> None:
        self._body_forms = tuple(form for form, _ in self.state_bodies)
        # the first word of every title form: a run of words opening with none of them holds no title
        self._title_heads = frozenset(p.split(" ")[0] for p, kinds in zip(self.actors.patterns, self.actors.kinds)
                                      if "title" in kinds)
        foreign: dict[str, set[str]] = {}
        self._agencies: list[tuple[int, str, str]] = []  # (row, pattern, code), in the rows' order
        self._domains: dict[str, tuple[int, str]] = {}  # host suffix -> (first row, code)
        for row, (kind, pattern, code) in enumerate(self.outlets):
            if kind == "foreign_title":
                foreign.setdefault(code, set()).add(pattern)
            elif kind == "agency":
                self._agencies.append((row, pattern, code))
            elif kind == "domain":
                self._domains.setdefault(pattern, (row, code))
        self._foreign_titles = {code: frozenset(patterns) for code, patterns in foreign.items()}

    def foreign_titles(self, home: str) -> frozenset[str]:
        """The titles an outlet's state gives none of its own officials (outlets.tsv `foreign_title`), indexed
        once: a chain asks for them by state."""
        return self._foreign_titles.get(home, frozenset())

    def outlet_side(self, agency: str, dateline: str, host: str) -> str | None:
        """The state of the first outlet row (outlets.tsv) that a dateline's agency or text names, or whose
        domain is the URL's `host` or a suffix of it after a dot; None if none. The domains are looked up by
        the host's suffixes instead of testing every row of the file for each page; the agencies, in order, only
        up to that domain's row."""
        parts = host.split(".") if host else []
        domain = min((self._domains[suffix] for suffix in (".".join(parts[k:]) for k in range(len(parts)))
                      if suffix in self._domains), default=None)
        for row, pattern, code in self._agencies:
            if domain is not None and row > domain[0]:
                break
            if pattern in agency or pattern in dateline:
                return code
        return domain[1] if domain else None

    def opens_title(self, word: str) -> bool:
        """Whether some title form opens with `word` as written (`Foreign` of Foreign Minister): a test made
        before looking up each run of words that starts with it."""
        return word in self._title_heads

    def body_before(self, text: str, k: int) -> str:
        """The state institution or post written right before position `k` (港澳辦 before 主任), else "": one
        test of every form first, since most titles have none before them."""
        if not text.endswith(self._body_forms, 0, k):
            return ""
        return next(form for form in self._body_forms if text.endswith(form, 0, k))

    def leader_office(self, affiliation: str | None) -> str:
        """The office of whoever leads a state (its 领导人, 首脑): the head of government in a parliamentary
        state (日本领导人 is the prime minister), else the head of state."""
        return self.leaders.get(affiliation or "", "head_of_state")

    def state_of_title(self, title: str) -> str | None:
        """The one state whose institution or post a title names (国务院秘书长: CHN, 行政院長: TWN), if any; a
        post followed by its portfolio (Secretary of State for Defence) is another state's post of that name."""
        codes = {code for form, code in self.state_bodies
                 if form in title and not title.startswith(" for ", title.find(form) + len(form))}
        return codes.pop() if len(codes) == 1 else None


def country_items(extra: str = "") -> list[tuple[str, Entry]]:
    """Every way the lexicons write a state, with its entry: full names (`country`; CLDR's inverted `Korea,
    Republic of` left out), aliases (`country`, `short`, …) and `X方` sides."""
    items = []
    for code, lang, name in read_rows("countries.tsv", extra):
        if "," not in name:
            items.append((name, Entry("country", code, lang)))
    for code, kind, alias in read_rows("country_aliases.tsv", extra):
        if kind == "contracted":
            continue  # written onto a verb only: read from the verb (contracted_forms), never alone
        items.append((alias, Entry("country" if kind == "name" else kind, code)))
        if kind == "short":
            items.append((alias + "方", Entry("side", code)))
    return items


# Sides whose people are written family name first in English (Tanaka Hiroshi, Wang Yi).
FAMILY_FIRST_SIDES = frozenset(("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "JPN", "VNM", "KHM", "MNG", "SGP"))
# Japanese names in English copy, and in the gazetteer's English names, come given name first (Shigeru Ishiba)
GIVEN_FIRST_IN_ENGLISH = frozenset(("JPN",))
HEAD_TERMS = ("head_of_state", "head_of_government")
FAMILY_TERMS = (*HEAD_TERMS, "foreign_minister")  # the offices whose holders the family index holds
ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]t|[Aa]n|[Aa]r)[-‑]")
LATIN_FAMILY = re.compile(r"[A-Z][a-zà-ÿ'’\-]{3,}")


# Slavic family names in -ский/-ський are romanised with any of these endings (Zelensky, Zelenskyy, Zelenskiy)
SLAVIC_ENDING = re.compile(r"sk(?:yy|iy|yi|ij|y|i)$")
SLAVIC_FORMS = ("sky", "skyy", "skiy", "skyi", "ski")


def _family_items(rows: list[list[str]], taken: frozenset[str]) -> list[tuple[str, Entry]]:
    """A head of state's or government's, or a foreign minister's, Latin family name alone (the last word of a
    name written given name first), with the term it goes with: wire copy calls a head by it after, or without,
    the full name, and a readout a minister by his title and it (`Foreign Minister Joly`). Not a
    word after a particle (da Silva, von der Leyen, de Mónaco: the name is called by more than it), nor a form
    the lexicons `taken` give a state or an organisation. An open term stays open: a minister's family name is
    read only where the page names his state (actors), which keeps a stale term from naming someone else."""
    items = []
    for row in rows:
        name, code, office, start, end = (row + [""] * 5)[:5]
        words = name.split()
        family = words[-1] if len(words) >= 2 and not words[-2].islower() else ""
        if office in FAMILY_TERMS and (code not in FAMILY_FIRST_SIDES or code in GIVEN_FIRST_IN_ENGLISH):
            entry = Entry("family", "|".join((code, office, start, end, name)))
            bare = ARTICLE.sub("", family)  # Al-Sisi is written Sisi or Al Sisi too
            forms = {family, bare, _unaccented(family)}  # Erdoğan is mostly printed Erdogan
            if SLAVIC_ENDING.search(family):  # each romanisation of the ending
                forms |= {SLAVIC_ENDING.sub(ending, family) for ending in SLAVIC_FORMS}
            items += [(form, entry) for form in forms if LATIN_FAMILY.fullmatch(form) and form not in taken]
    return items


# letters NFKD does not split into a base and a mark, as English copy writes them (Đặng: Dang, Støre: Store)
STROKED = str.maketrans("ĐđØøŁłĦħ", "DdOoLlHh")


def _unaccented(word: str) -> str:
    """A Latin word or name without its accents (Erdoğan: Erdogan, Tô Lâm: To Lam)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.translate(STROKED))
                   if not unicodedata.combining(ch))


# the Arabic article inside a romanised name, before a capital: printed `al-`, `Al-`, `Al ` or `el-` by one
# outlet or another (Tamim bin Hamad Al Thani, al-Thani, Al-Thani)
NAME_ARTICLE = re.compile(r"(?<= )(?:[Aa]l|[Ee]l)[- ](?=[A-Z])")


def _latin_forms(name: str) -> set[str]:
    """A Latin name as English copy may print it: as written, without its accents, its given name's syllables
    apart (Kim Jong Un), its Arabic articles written each common way."""
    plain = _unaccented(name) if not name.isascii() else name
    forms = {name, plain, *_unhyphenated(name), *_unhyphenated(plain)}
    if NAME_ARTICLE.search(plain):
        forms |= {NAME_ARTICLE.sub(article, plain) for article in ("al-", "Al-", "Al ")}
    return forms


def _contracted_forms(extra: str) -> dict[str, str]:
    """The one-character forms a state is written with onto a verb (访华, 访美): its short forms and the forms
    used only so."""
    return {alias: code for code, kind, alias in read_rows("country_aliases.tsv", extra)
            if kind in ("short", "contracted") and len(alias) == 1}


SYLLABLE_JOIN = re.compile(r"(?<=[a-z])-([a-z])(?=[a-z]*$)")


def _unhyphenated(name: str) -> tuple[str, ...]:
    """A romanised given name's syllables joined by a hyphen are also written apart, each capitalised (Kim
    Jong-un is Kim Jong Un in much English copy)."""
    spaced = SYLLABLE_JOIN.sub(lambda m: " " + m.group(1).upper(), name)
    return (spaced,) if spaced != name else ()


def _state_names(extra: str) -> dict[tuple[str, str], str]:
    """The first name of each state in each Chinese script (美日菲等14國 names 美國, 日本, 菲律賓) and its shortest
    English one (Kyiv's is Ukraine; Seoul's South Korea and Stockholm's Sweden, not CLDR's inverted `Korea,
    Republic of` or formal `Kingdom of Sweden`)."""
    names: dict[tuple[str, str], str] = {}
    for code, lang, name in read_rows("countries.tsv", extra):
        if lang in ("zh-Hans", "zh-Hant"):
            names.setdefault((code, lang), name)
        elif lang == "en" and "," not in name and len(name) < len(names.get((code, lang), name + " ")):
            names[(code, lang)] = name
    return names


@cache
def load_gazetteer(extra: str = "") -> Gazetteer:
    """The compiled lexicons (shipped ones plus those in the `extra` folder), built once per process."""
    items = country_items(extra)
    orgs = read_rows("organizations.tsv", extra)
    items += [(name, Entry("org", code)) for code, name in orgs]
    people = read_rows("people.tsv", extra)
    for row in people:
        name, code, office, start, end, hans, hant, _, _, others = (row + [""] * 10)[:10]  # 8th: the Wikidata id
        entry = Entry("person", "|".join((code, office, start, end)))
        latin = {form for written in (name, *others.split("|")) if written for form in _latin_forms(written)}
        items += [(form, entry) for form in (*sorted(latin), *hans.split("|"), *hant.split("|")) if form]
    for lang, title, office in read_rows("titles.tsv", extra):
        items.append((title, Entry("body" if office == "-" else "title", office, lang)))
    groups = {suffix: office for suffix, office in read_rows("groups.tsv", extra)}
    cues = []
    for kind, lang, expr in read_rows("cues.tsv", extra):
        head, _, sub = kind.partition(".")
        cues.append((expr, Entry("trigger", sub, lang) if head == "trigger" else Entry(kind, kind, lang)))
    return Gazetteer(
        actors=Matcher(items),
        cues=Matcher(cues, ignore_case=True),  # Telephone conversation in a headline is the same cue
        outlets=[tuple(r) for r in read_rows("outlets.tsv", extra)],
        codes=read_rows("codes.tsv", extra),
        group_suffixes=groups,
        org_codes=frozenset(code for code, _ in orgs),
        transliteration=_chars("name_chars.tsv", "transliteration", extra),
        surnames=_chars("surnames.tsv", "surname", extra),
        leaders={code: office for code, office in read_rows("leaders.tsv", extra)},
        state_bodies=tuple((form, code) for code, form in read_rows("state_bodies.tsv", extra)),
        family=Matcher(_family_items(people, frozenset(form for form, e in items if e.kind != "person"))),
        state_names=_state_names(extra),
        contracted=_contracted_forms(extra),
        portfolio=_portfolio(extra),
        regional_forms={form: code for code, form in read_rows("regional_forms.tsv", extra)},
    )


def _portfolio(extra: str) -> re.Pattern[str] | None:
    """`of`/`for` and one or more of the subjects a ministry covers (`for Culture, Community and Youth`)."""
    words = sorted({row[1] for row in read_rows("portfolios.tsv", extra) if row[0] == "en"}, key=len, reverse=True)
    if not words:
        return None
    one = "(?:" + "|".join(re.escape(w) for w in words) + r")\b(?!['’])"  # not `of Europe's largest economy`
    return re.compile(rf" +(?:of|for) +(?:the +)?{one}(?:(?:,? +and +|, +){one})*")


def _chars(name: str, kind: str, extra: str) -> frozenset[str]:
    return frozenset("".join(chars for k, chars, *_ in read_rows(name, extra) if k == kind))
