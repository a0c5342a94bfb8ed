"""Who a participant is: names folded across scripts, Wikidata ids from the leaders gazetteer, and stable
ids for everyone else."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import opencc

from diplograph.extract.actors import HAN_NAMING
from diplograph.lexicons import read_rows

NAME_NOISE = re.compile(r"[\s·•‧・.\-‐'’]+")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1 << 16)  # names repeat across a corpus: fold each once
def fold(name: str) -> str:
    """A matching key for a name: Traditional folded to Simplified (t2s keeps the length), accents, case,
    spaces and name dots dropped: 習近平 → 习近平, 瓦德富爾 → 瓦德富尔, Viktor Orbán → viktororban."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return NAME_NOISE.sub("", _t2s().convert(plain)).lower()


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


class PeopleIndex:
    """Folded names (every script the gazetteer gives) → the terms of office of the people so named."""

    def __init__(self, rows: Iterable[list[str]]) -> None:
        self.terms: dict[str, list[Term]] = {}
        self.offices: dict[tuple[str, str], list[Term]] = {}
        for row in rows:
            name, code, office, start, end, hans, hant, qid = (row + [""] * 8)[:8]
            if not qid:
                continue
            forms = tuple(sorted({fold(n) for n in (name, hans, hant) if n}))
            term = Term(qid, code, office, start, end, forms, frozenset(words(name)))
            self.offices.setdefault((code, office), []).append(term)
            for form in forms:
                self.terms.setdefault(form, []).append(term)

    def resolve(self, names: Iterable[str], affiliation: str, office: str | None, day: str | None,
                ) -> tuple[str, str] | None:
        """(Wikidata id, how: `name` or `office`) of the one person of that affiliation with one of these
        names, preferring the term that covers the day. A name the gazetteer does not know (李强, 法国总理)
        is the holder of that office on that day, if the day is known. None when nobody or several fit."""
        names = [n for n in names if n]
        found: dict[str, bool] = {}
        for name in names:
            for t in self.terms.get(fold(name), []):
                if t.affiliation == affiliation:
                    found[t.qid] = found.get(t.qid, False) or _covers(t, day)
        current = [q for q, c in found.items() if c]
        pool = current or list(found)
        if pool:
            return (pool[0], "name") if len(pool) == 1 else None
        if not day or len(day) < 10 or not office:
            return None
        # one holder at a time: the term that began last before the day (an open-ended stray row loses)
        holders = [t for t in self.offices.get((affiliation, office), []) if _covers(t, day) and t.start]
        if not holders:
            return None
        holder = max(holders, key=lambda t: t.start)
        # a printed name must not be another name in the same script (高市早苗 is not the 石破茂 of stale data)
        for name in names:
            if not self._fits(name, holder):
                return None
        return holder.qid, "office"

    @staticmethod
    def _fits(name: str, holder: Term) -> bool:
        """A Han name must equal, hold or sit in one of the holder's Han names; a Latin one must share a
        word of three letters or more with a Latin one (Joseph Biden / Joe Biden, Kishida Fumio). A script
        the gazetteer gives no name in says nothing."""
        key = fold(name)
        if is_han(key):
            han = [y for y in holder.names if is_han(y)]
            return not han or any(key in y or y in key for y in han)
        return not holder.words or bool(words(name) & holder.words)


def words(name: str) -> set[str]:
    """The words of a Latin name of three letters or more, accents and case dropped."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()
    return {w for w in re.findall(r"[a-z]{3,}", plain)}


def names_agree(x: str, y: str, affiliation: str) -> bool:
    """Whether two folded names can name one person of that side: one inside the other; in different
    scripts (Biden/拜登: nothing to compare); or, for names transliterated into Han characters, half the
    characters of the shorter in common (瓦德福/瓦德富尔, 普京/普丁, 特朗普/川普). Native Han names must match
    (李强 and 李希 are two people)."""
    if x in y or y in x or is_han(x) != is_han(y):
        return True
    shared = len(set(x) & set(y))
    return affiliation not in HAN_NAMING and is_han(x) and shared * 2 >= min(len(set(x)), len(set(y)))


def is_han(name: str) -> bool:
    """Whether the name is written in Han characters."""
    return any("\u3400" <= ch <= "\u9fff" for ch in name)


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


def resolve_participants(frames: list[dict], people: PeopleIndex) -> int:
    """Give every person participant of the frames the Wikidata id the gazetteer yields (in place) and
    return how many got one. Where names are native Han names, an id read off an office that two different
    printed names received in the corpus is dropped for both: the gazetteer's holder is then stale (高市早苗
    and 小泉纯一郎 are not one prime minister)."""
    by_office: dict[str, list[dict]] = {}
    for f in frames:
        for p in f["participants"]:
            for key in ("actor_id", "wikidata", "wikidata_by"):
                p.pop(key, None)
            if p.get("kind") != "person":
                continue
            found = people.resolve(p["name"].values() if is_named(p) else (), p["affiliation"], p.get("office"),
                                   f["date"])
            if found:
                p["wikidata"], p["wikidata_by"] = found
                p["actor_id"] = p["wikidata"]
                if found[1] == "office":
                    by_office.setdefault(found[0], []).append(p)
    for group in by_office.values():
        if group[0]["affiliation"] not in HAN_NAMING:
            continue  # transliterations differ by outlet (施泰因迈尔/史坦麥爾): two forms are not two people
        names = {fold(n) for p in group if is_named(p) for n in p["name"].values() if is_han(n)}
        if any(not names_agree(a, b, group[0]["affiliation"]) for a in names for b in names):
            for p in group:
                for key in ("actor_id", "wikidata", "wikidata_by"):
                    p.pop(key, None)
    return sum(1 for f in frames for p in f["participants"] if p.get("wikidata"))


def participant_id(participant: dict) -> str:
    """The participant's id: the merge stage's (a Wikidata id or a learned alias) when it ran, else local."""
    return participant.get("actor_id") or local_id(participant)
