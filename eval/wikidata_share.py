"""Share of head-of-state and head-of-government participants that carry a Wikidata id, in an export,
over the documents of a gold file (issue 5 reports it for the dev gold).

    python eval/wikidata_share.py --pred OUT_DIR --gold ../shared/gold/dev.jsonl [--misses]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HEADS = ("head_of_state", "head_of_government")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pred", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--misses", action="store_true", help="list the heads without an id")
    args = ap.parse_args()
    docs = [json.loads(line)["doc"] for line in open(args.gold, encoding="utf-8") if line.strip()]
    total = with_id = 0
    misses = []
    for line in open(Path(args.pred) / "events.jsonl", encoding="utf-8"):
        event = json.loads(line)
        if not any(s["source"].endswith(d) for s in event["sources"] for d in docs):
            continue
        for p in event["participants"]:
            if p["office"] in HEADS:
                total += 1
                if p.get("wikidata"):
                    with_id += 1
                else:
                    misses.append(f"{p['affiliation']} {p['office']} {p['name']}")
    print(f"heads of state/government with a Wikidata id: {with_id}/{total} = {with_id / max(total, 1):.3f}")
    if args.misses:
        print("\n".join(sorted(misses)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
