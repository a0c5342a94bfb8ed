"""Readable words for browsing: side names beside their codes, a person's label, a report's outlet, a one-line
summary per event, and the folding (case, Traditional→Simplified) that search and names are matched under."""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlsplit

import opencc

from diplograph.lexicons import read_rows

# what the summary says each type of event did, held / planned
VERBS = {
    "phone_call": ("phoned", "is to phone"), "video_call": ("held a video call with", "is to hold a video call with"),
    "meeting": ("met", "is to meet"), "talks": ("held talks with", "is to hold talks with"),
    "visit": ("on a visit met", "is to visit and meet"), "message": ("sent a message to", "is to send a message to"),
    "summit": ("met at a summit with", "is to meet at a summit with"),
    "agreement": ("signed an agreement with", "is to sign an agreement with"),
}


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold_text(text: str) -> str:
    """Search text folded for matching: Traditional → Simplified (t2s keeps the length) and lower case."""
    return _t2s().convert(text).lower()


@cache
def side_names() -> dict[str, str]:
    """ISO alpha-3 and organization codes → an English name (CLDR for countries, the lexicon for groups)."""
    names: dict[str, str] = {}
    for row in read_rows("organizations.tsv"):  # the first English name the lexicon gives
        if len(row) >= 2 and row[1].isascii() and row[1] != row[0]:
            names.setdefault(row[0], row[1])
    for row in read_rows("countries.tsv"):  # the common name: the shortest without an inverted comma
        if len(row) >= 3 and row[1] == "en":
            best = names.get(row[0])
            if best is None or ("," in best, len(best)) > ("," in row[2], len(row[2])):
                names[row[0]] = row[2]
    return names


def side_name(code: str) -> str:
    """The name of a side, or the code itself when none is known."""
    return side_names().get(code, code)


@cache
def people_names() -> dict[str, dict[str, str]]:
    """Wikidata id → the leaders gazetteer's name per script (en, zh-Hans, zh-Hant)."""
    out: dict[str, dict[str, str]] = {}
    for row in read_rows("people.tsv"):
        name, _, _, _, _, hans, hant, qid = (row + [""] * 8)[:8]
        if qid:
            entry = out.setdefault(qid, {})
            for script, value in (("en", name), ("zh-Hans", hans), ("zh-Hant", hant)):
                if value:
                    entry.setdefault(script, value)
    return out


def person_label(actor_id: str, wikidata: str | None, names: dict[str, Any], affiliation: str) -> str:
    """A readable name: the gazetteer's English name for a Wikidata id, else a printed name (English first),
    else the side's name."""
    known = people_names().get(wikidata or actor_id, {})
    for source in (known, names):
        for script in ("en", "zh-Hans", "zh-Hant"):
            value = source.get(script)
            if value:
                return value[0] if isinstance(value, list) else value
    first = next(iter(names.values()), "") if names else ""
    return (first[0] if isinstance(first, list) and first else first) or side_name(affiliation)


def outlet(meta: dict[str, Any] | None, dateline: dict[str, Any] | None) -> str:
    """Where a report was published: its address's host (without `www.`), else its dateline's agency."""
    url = (meta or {}).get("url") or ""
    host = urlsplit(url).hostname or "" if isinstance(url, str) else ""
    if host:
        return host.removeprefix("www.")
    return (dateline or {}).get("agency") or ""


def summary(record: dict[str, Any], labels: dict[str, str]) -> str:
    """One line per event: initiators, a verb for the type and status, the other participants, each with
    their side (`labels`: actor id → readable name)."""
    def who(people: list[dict[str, Any]]) -> str:
        names = [f"{labels.get(p['actor_id'], p['affiliation'])} ({p['affiliation']})" for p in people]
        return " and ".join(dict.fromkeys(names))

    people = record["participants"]
    first = [p for p in people if p["initiator"]] or people[:1]
    rest = [p for p in people if p not in first]
    held, planned = VERBS.get(record["type"], (record["type"].replace("_", " ") + " with",) * 2)
    verb = planned if record["status"] == "planned" else held
    line = f"{who(first)} {verb} {who(rest)}".strip() if rest else f"{who(first)}: {record['type'].replace('_', ' ')}"
    return ("(cancelled) " if record["status"] == "cancelled" else "") + line
