"""Regenerate `diplograph/lexicons/people.tsv`: heads of state and government since 1990 and heads of
international organizations, with their Chinese names where the CEDPANE dictionary gives them.

Run by a maintainer, never at run time: `python scripts/build_people.py ../shared/gazetteer_sources`.
Sources: Wikidata (CC0) via leaders_history.csv, intl_office_holders.csv and foreign_ministers_wikidata.csv;
CEDPANE (public domain). Each row keeps the person's Wikidata id.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "diplograph" / "lexicons" / "people.tsv"
ORG_POSITIONS = {
    "Secretary-General of the United Nations": "UN",
    "Director-General of the World Trade Organization": "WTO",
}


def chinese_names(folder: Path) -> dict[str, tuple[str, str]]:
    """English full name -> (Simplified, Traditional) for dictionary entries glossed as a person's full name."""
    out = {}
    with open(folder / "cedpane_2020.txt", encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3 or " " not in cols[0]:
                continue
            key = re.sub(r"\s*\(.*\)$", "", cols[0]).strip()
            out.setdefault(key, (cols[1], cols[2]))
    return out


def main(folder: str) -> int:
    src = Path(folder)
    zh = chinese_names(src)
    rows = set()
    iso3 = {}  # country name -> ISO 3166-1 alpha-3, from the leaders table (for the foreign ministers')
    with open(src / "leaders_history.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso3[r["country"]] = r["iso3"]
            end = r["end"][:10]
            if (end and end < "1990") or not r["start"]:  # undated rows are mostly fictional presidents
                continue
            rows.add((r["person"], r["iso3"], r["role"], r["start"][:10], end, r["person_qid"]))
    with open(src / "intl_office_holders.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = ORG_POSITIONS.get(r["position"])
            if code:
                rows.add((r["person"], code, "org_head", r["start"][:10], r["end"][:10], r["personID"]))
    with open(src / "foreign_ministers_wikidata.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["person"] and r["name"] and r["countryLabel"] in iso3:
                rows.add((r["name"], iso3[r["countryLabel"]], "foreign_minister", r["start"][:10], "", r["person"]))
    lines = [
        "# Leaders: name<TAB>affiliation<TAB>office<TAB>start<TAB>end<TAB>zh-Hans<TAB>zh-Hant<TAB>wikidata. Generated",
        "# by scripts/build_people.py from Wikidata (CC0) and CEDPANE (public domain); extend via extra_lexicons.",
    ]
    for name, code, role, start, end, qid in sorted(rows):
        hans, hant = zh.get(name, ("", ""))
        lines.append("\t".join((name, code, role, start, end, hans, hant, qid)))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 2} people", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "../shared/gazetteer_sources"))
