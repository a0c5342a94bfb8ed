"""Evaluation gate: export ../shared/corpus, score it, and fail when a metric drops below its pinned floor.

    python eval/gate.py                 # check against eval/baseline.json
    python eval/gate.py --update        # raise the floors after an improvement
    python eval/gate.py --allow-regression "why"   # lower them, with the reason recorded

Skips (exit 0) when ../shared is not beside the checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "eval" / "baseline.json"
MARGIN = 0.005  # scores move by less than this only through ties; anything more is a real drop


def tree_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(folder)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def score() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        cli = [sys.executable, "-m", "diplograph.cli"]
        subprocess.run(cli + ["ingest", str(SHARED / "corpus"), "--db", f"{tmp}/g.db", "--quiet"], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run(cli + ["export", "--db", f"{tmp}/g.db", "--out", f"{tmp}/out"], check=True,
                       stdout=subprocess.DEVNULL)
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--pred", f"{tmp}/out",
                              "--gold", str(SHARED / "gold" / "seeds.jsonl"), "--gold",
                              str(SHARED / "gold" / "dev.jsonl"), "--json"],
                             check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="raise floors to the current scores")
    ap.add_argument("--allow-regression", metavar="REASON", help="accept lower scores, recording why")
    args = ap.parse_args()
    if not (SHARED / "corpus").is_dir():
        print("eval gate: ../shared not found, skipped")
        return 0
    scores = score()
    data = {"corpus": tree_hash(SHARED / "corpus"), "gold": tree_hash(SHARED / "gold")}
    base = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"floors": {}}
    floors = base.get("floors", {})
    drops = {k: (floors[k], v) for k, v in scores.items() if k in floors and v < floors[k] - MARGIN}
    missing = [k for k in floors if k not in scores]
    for key in sorted(set(scores) | set(floors)):
        mark = "DROP" if key in drops or key in missing else ("new" if key not in floors else "ok")
        print(f"{key:20s} {scores.get(key, float('nan')):6.3f}  floor {floors.get(key, float('nan')):6.3f}  {mark}")
    if base.get("corpus") not in (None, data["corpus"]) or base.get("gold") not in (None, data["gold"]):
        print("note: the corpus or gold changed since the floors were set; review them with --update")
    if args.update or args.allow_regression:
        new = dict(floors)
        for k, v in scores.items():
            new[k] = round(v, 4) if args.allow_regression else round(max(v, new.get(k, 0.0)), 4)
        out = {**data, "floors": new}
        if args.allow_regression:
            out["last_regression"] = args.allow_regression
        BASELINE.write_text(json.dumps(out, indent=2, sort_keys=True) + "\n")
        print(f"eval gate: floors written to {BASELINE.relative_to(ROOT)}")
        return 0
    if drops or missing:
        print(f"eval gate: FAILED ({', '.join(list(drops) + missing)} below floor)")
        return 1
    print("eval gate: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
