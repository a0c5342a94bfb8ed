"""Who a participant is: a Wikidata id from the leaders gazetteer, given only when the evidence agrees, with
the reason kept (`by_name`, `by_office_on_date`), and a stable local id for everyone else.

A wrong id is worse than none: the holder of an office on the day is taken only when the printed name is
absent or agrees with one of the holder's names in some script (a Han transliteration is compared by its
pinyin with the Latin name), and never for a former holder (前, 时任, former).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from diplograph.extract.names import HAN_NAMING, fold, is_han, unmarked, words
from diplograph.lexicons import read_rows
from diplograph.resolve.reading import latin_skeleton, reads_like, spelled_like, syllables_like, transliterations_alike

JOINERS = re.compile(r"[·•‧・．]")
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-(?=\w)")  # Arabic article of a romanised name
BY_NAME = "by_name"
BY_OFFICE = "by_office_on_date"
# a title that says its holder is no longer (or not yet) in office: never the holder of the day
NOT_IN_OFFICE = re.compile(r"^(?:前|时任|時任|原|卸任|候任|当选|當選)|(?:^|\b)(?:former|ex-|then-|late\b)|-elect\b",
                           re.IGNORECASE)
# Names written in Han characters that no pinyin reading of a Latin form can check (Japanese kanji)
NO_READING = frozenset(("JPN",))


@dataclass(frozen=True)
class Term:
    """One office a known person held: Wikidata id, affiliation, office and the days it ran."""

    qid: str
    affiliation: str
    office: str
    start: str
    end: str
    names: tuple[str, ...] = ()  # folded forms of the holder's name, every script the gazetteer gives
    words: frozenset[str] = frozenset()  # the words of its Latin forms
    family: frozenset[str] = frozenset()  # the words past a Latin form's given name, particles apart (bin, abu)
    latin: tuple[str, ...] = ()  # its Latin forms as written
    ends: frozenset[str] = frozenset()  # the words of its Latin forms a transliteration may render
    seen_open: str = ""  # an open term: the last day its source saw it open (after it, no holder is known)


class PeopleIndex:
    """Folded names (every script the gazetteer gives) → the terms of office of the people so named."""

    def __init__(self, rows: Iterable[list[str]]) -> None:
        self.terms: dict[str, list[Term]] = {}
        self.offices: dict[tuple[str, str], list[Term]] = {}
        rows = [(row + [""] * 10)[:10] for row in rows]
        forms_of: dict[str, set[str]] = {}  # a person's names from all their rows (Charles III / Carlos III)
        latin_of: dict[str, set[str]] = {}
        family_of: dict[str, set[str]] = {}  # 川普 of 唐納·川普: a Han transliteration's last part
        for name, *_, hans, hant, qid, _, others in rows:
            latin = {name, *others.split("|")} - {""}  # other Latin forms: Carlos III for Charles III
            forms_of.setdefault(qid, set()).update(fold(n) for n in (*latin, *hans.split("|"), *hant.split("|")) if n)
            latin_of.setdefault(qid, set()).update(latin)
            family_of.setdefault(qid, set()).update(
                fold(p[-1]) for n in (*hans.split("|"), *hant.split("|")) if is_han(n)
                for p in [JOINERS.split(n)] if len(p) >= 2 and len(p[-1]) >= 2)
        for _, code, office, start, end, _, _, qid, seen_open, _ in rows:
            if not qid:
                continue
            forms = tuple(sorted(forms_of[qid]))
            latin = tuple(sorted(latin_of[qid]))
            ends = frozenset(w for n in latin for w in _name_words(n))
            term = Term(qid, code, office, start, end, forms, frozenset(w for n in latin for w in words(n)),
                        frozenset(w for n in latin for w in _family_words(n)), latin, ends, seen_open)
            self.offices.setdefault((code, office), []).append(term)
            for form in set(forms) | (family_of[qid] - set(forms)):
                self.terms.setdefault(form, []).append(term)

    def by_name(self, names: list[str], affiliation: str, day: str | None) -> str | None:
        """The one person of that side known by one of these names (the term covering the day first)."""
        found: dict[str, bool] = {}
        for name in names:
            for t in self.terms.get(fold(name), []):
                if t.affiliation == affiliation:
                    found[t.qid] = found.get(t.qid, False) or _covers(t, day)
        pool = [q for q, c in found.items() if c] or list(found)
        return pool[0] if len(pool) == 1 else None

    def holder(self, affiliation: str, office: str, day: str, seen: bool = False) -> Term | None:
        """Who held the office on the day: the term that began last before it (an open-ended stray row loses);
        with `seen`, no one after the day an open term was last seen open (a foreign minister of an older
        extract may have been replaced since)."""
        holders = [t for t in self.offices.get((affiliation, office), [])
                   if _covers(t, day) and t.start and not (seen and t.seen_open and day > t.seen_open)]
        return max(holders, key=lambda t: t.start) if holders else None

    def resolve(self, names: Iterable[str], affiliation: str, office: str | None, day: str | None,
                title: str = "") -> tuple[str, str] | None:
        """(Wikidata id, reason) of the participant: the one person of that side with one of these names
        (`by_name`), else the holder of that office on that day when the printed name agrees with one of
        the holder's names and the title does not say `former` (`by_office_on_date`); a bare title only up to
        the day the gazetteer's source last saw that term open. None when unsure."""
        names = [n for n in names if n]
        qid = self.by_name(names, affiliation, day)
        if qid:
            return qid, BY_NAME
        if not day or len(day) not in (4, 7, 10) or not office or NOT_IN_OFFICE.search(title or ""):
            return None
        if len(day) < 10 and not names:
            return None  # a year or a month and no name printed: too little to tell who
        first, last = (day + "-01-01", day + "-12-31") if len(day) == 4 else (day + "-01", day + "-28") \
            if len(day) == 7 else (day, day)
        # a year or a month: one holder all through it; a bare title only while the source saw the term open,
        # a printed name that agrees is evidence enough after that
        holder = self.holder(affiliation, office, first, not names)
        if holder is None or holder is not self.holder(affiliation, office, last, not names) or not all(
                agrees(name, holder) for name in names):
            return None
        return holder.qid, BY_OFFICE


LATIN_WORD = re.compile(r"[a-z]{3,}")  # as `words` reads a name's words, in their order
SKELETON_LEN = 4  # consonant classes a family name's skeleton needs to tell another spelling alone
PARTICLES = frozenset(("bin", "ibn", "bint", "abu", "abd", "van", "von", "der", "den", "del", "dos", "das"))


def _latin_words(name: str) -> list[str]:
    """The words of a Latin name as `words` reads them (three letters or more, unmarked), in their order."""
    return LATIN_WORD.findall(unmarked(name).lower())


def _family_words(name: str) -> list[str]:
    """The words of a Latin name past its given name, particles apart: what a printed name of several words
    must share with it (Retno Subandi is not Retno Marsudi; Mohammed bin Salman is Mohammed bin Salman Al Saud).
    A name opening with an initial (S. Jaishankar) gives no given name to pass."""
    found = _latin_words(name)
    first = name.split(" ", 1)[0].rstrip(".")
    return [w for w in found[1:] if w not in PARTICLES] if len(first) > 1 and found else found


def _spelled_alike(word: str, family: frozenset[str]) -> bool:
    """Whether a printed family name is another spelling of one of these (Zelensky / Zelenskyy, Saleh / Salih):
    the same first letter and consonant skeleton, of four classes or opening with the same three letters."""
    sk = latin_skeleton(word)
    return any(f[0] == word[0] and latin_skeleton(f) == sk and (len(sk) >= SKELETON_LEN or f[:3] == word[:3])
               for f in family)


def _latin_agrees(name: str, holder: Term) -> bool:
    """Whether a printed Latin name can be the holder's: a name of one syllable a word (Lee Jae-myung) made of
    the holder's words, holding one of the holder's names whole, or a given name and the holder's family name
    (William Lai); one word alone (Anutin, King Charles) among the holder's words; else every word the holder's
    with a family name among them (Ishiba Shigeru), or a word past the given name among the holder's family
    names, spelled alike."""
    printed = _latin_words(name)
    if not printed:
        return False
    seen = set(printed)
    if holder.affiliation in HAN_NAMING:  # William Lai: an English given name before the family name
        return seen <= holder.words or any(set(_latin_words(n)) <= seen for n in holder.latin) \
            or (len(printed) == 2 and any(_latin_words(n)[:1] == printed[1:] for n in holder.latin))
    if len(printed) == 1:
        return printed[0] in holder.words or _spelled_alike(printed[0], holder.family)
    if seen <= holder.words and seen & holder.family:  # every word the holder's (Ishiba Shigeru, family first)
        return True
    own = [w for w in printed[1:] if w not in PARTICLES]
    return any(w in holder.family for w in own) or bool(own) and _spelled_alike(own[-1], holder.family)


def _name_words(name: str) -> list[str]:
    """The words of a Latin name that a transliteration may render: those before its first lower-case
    particle and the last (Luiz Inácio Lula da Silva; Carlos III do Reino Unido gives no Reino), each also
    without an Arabic article joined to it (el-Sisi is rendered as Sisi: 塞西)."""
    parts = name.split()
    cut = next((i for i, w in enumerate(parts) if w.islower()), len(parts))
    kept = [w.lower() for w in parts[:cut] + parts[-1:]]
    return kept + [ARTICLE.sub("", w) for w in kept if ARTICLE.match(w)]


def agrees(name: str, holder: Term) -> bool:
    """Whether a printed name can be the holder's: equal to, inside or holding one of the holder's names in
    the same script; a Latin name as `_latin_agrees` tells (Joe Biden / Joseph Biden, not Retno Subandi / Retno
    Marsudi); a native Han name spelled by its pinyin syllable by syllable (李强 / Li Qiang, 李在明 / Lee
    Jae-myung); a transliteration that reads like the Latin name (马克龙 / Macron, even when another
    transliteration is known). Japanese names in kanji agree only with a kanji form of the holder's name."""
    key = fold(name)
    if not is_han(key):
        return _latin_agrees(name, holder)
    if any(key in y or y in key for y in holder.names if is_han(y)):
        return True
    if holder.affiliation in NO_READING:
        return False
    if holder.affiliation in HAN_NAMING:  # a native name: its pinyin, syllable by syllable
        return any(syllables_like(key, n) for n in holder.latin) or spelled_like(key, holder.names)
    return reads_like(key, holder.ends | {y for y in holder.names if not is_han(y)})  # given, family, whole


def names_agree(x: str, y: str, affiliation: str, by_reading: bool = True) -> bool:
    """Whether two folded names can name one person of that side: one inside the other; in different
    scripts (Biden/拜登: nothing to compare); or, for names transliterated into Han characters, half the
    characters of the shorter in common (瓦德福/瓦德富尔, 普京/普丁, 特朗普/川普) or, `by_reading`, other
    characters for the same sounds (奥蒂诺/歐提諾). Native Han names must match (李强 and 李希 are two people)."""
    if x in y or y in x or is_han(x) != is_han(y):
        return True
    if affiliation in HAN_NAMING or not is_han(x):
        return False
    shared = len(set(x) & set(y))
    return shared * 2 >= min(len(set(x)), len(set(y))) or (by_reading and transliterations_alike(x, y))


def _covers(t: Term, day: str | None) -> bool:
    return bool(day) and t.start[: len(day)] <= day and (not t.end or day[: len(t.end)] <= t.end)


@cache
def load_people(extra: str = "") -> PeopleIndex:
    """The index of the shipped leaders gazetteer (plus an extra folder's rows), built once per process."""
    return PeopleIndex(read_rows("people.tsv", extra))


def is_named(participant: dict) -> bool:
    """Whether a participant carries a personal name, not only a title (法国外长) or a state (中方)."""
    if participant.get("kind") == "state" or not participant.get("name"):
        return False
    title = participant.get("title") or ""
    return not all(title and n.endswith(title) for n in participant["name"].values())


def local_id(participant: dict) -> str:
    """A stable id for an unresolved participant: affiliation, office and the folded name."""
    name = next(iter(participant["name"].values()), "") if participant.get("name") else ""
    return f"{participant['affiliation']}:{participant.get('office') or 'other'}:{fold(name)}"


def _unresolve(p: dict) -> None:
    p.pop("wikidata", None)
    p.pop("wikidata_by", None)
    p["actor_id"] = local_id(p)


def resolve_participants(frames: list[dict], people: PeopleIndex) -> int:
    """Give every person participant of the frames the Wikidata id the gazetteer yields and its reason,
    everyone else their local id (in place); return how many got a Wikidata id. Where names are native Han
    names, an id read off an office that two different printed names received in the corpus is dropped
    for both: the gazetteer's holder is then stale (高市早苗 and 小泉纯一郎 are not one prime minister)."""
    by_office: dict[str, list[dict]] = {}
    for f in frames:
        for p in f["participants"]:
            _unresolve(p)
            if p.get("kind") != "person":
                continue
            found = people.resolve(p["name"].values() if is_named(p) else (), p["affiliation"], p.get("office"),
                                   f["date"], p.get("title") or "")
            if found:
                p["wikidata"], p["wikidata_by"] = found
                p["actor_id"] = p["wikidata"]
                if found[1] == BY_OFFICE:
                    by_office.setdefault(found[0], []).append(p)
    for group in by_office.values():
        if group[0]["affiliation"] not in HAN_NAMING:
            continue  # transliterations differ by outlet (施泰因迈尔/史坦麥爾): two forms are not two people
        names = {fold(n) for p in group if is_named(p) for n in p["name"].values() if is_han(n)}
        if any(not names_agree(a, b, group[0]["affiliation"]) for a in names for b in names):
            for p in group:
                _unresolve(p)
    return sum(1 for f in frames for p in f["participants"] if p.get("wikidata"))


def participant_id(participant: dict) -> str:
    """The participant's id: the one the resolve stage gave (a Wikidata id or a learned alias), else local."""
    return participant.get("actor_id") or local_id(participant)
