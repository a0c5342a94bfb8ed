"""Evaluation gate: export ../shared/corpus, score it on every gold file, and fail when a metric drops below
its pinned floor, overall or for any one outlet.

    python eval/gate.py                 # check against eval/baseline.json
    python eval/gate.py --update        # raise the floors (overall and per outlet) after an improvement;
                                        # after the corpus or gold changed, set them to the current scores
    python eval/gate.py --allow-regression "why"   # lower them, with the reason recorded

Per-outlet scores come from ../shared/eval/by_source.py (run, not copied), so a change that lifts one outlet
and lowers another fails. Skips (exit 0) when ../shared is not beside the checkout.
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
OUTLET_METRICS = ("title", "published", "body_recall", "body_clean", "event_f1", "type", "status", "date",
                  "participant_f1", "office", "initiator", "speaker_f1", "topic_f1", "commitment_recall", "merge_f1")


def tree_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(folder)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def gold_files() -> list[Path]:
    """Every gold file in ../shared/gold (seeds, dev, broad and any added later)."""
    return sorted((SHARED / "gold").glob("*.jsonl"))


def parse_by_source(text: str, metrics: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """by_source.py's table (outlet, docs, one column per metric asked for) → {outlet: {metric: score}}."""
    out: dict[str, dict[str, float]] = {}
    for line in text.splitlines()[1:]:
        cells = line.split()
        if len(cells) != len(metrics) + 2 or cells[0] == "ALL":
            continue
        out[cells[0]] = {m: float(v) for m, v in zip(metrics, cells[2:]) if v != "-"}
    return out


def score() -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Overall scores on all gold, and the per-outlet scores."""
    golds = [a for g in gold_files() for a in ("--gold", str(g))]
    with tempfile.TemporaryDirectory() as tmp:
        cli = [sys.executable, "-m", "diplograph.cli"]
        subprocess.run(cli + ["ingest", str(SHARED / "corpus"), "--db", f"{tmp}/g.db", "--quiet"], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run(cli + ["export", "--db", f"{tmp}/g.db", "--out", f"{tmp}/out"], check=True,
                       stdout=subprocess.DEVNULL)
        overall = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--pred", f"{tmp}/out",
                                  *golds, "--json"], check=True, capture_output=True, text=True)
        by_source = subprocess.run([sys.executable, str(SHARED / "eval" / "by_source.py"), "--pred", f"{tmp}/out",
                                    *golds, "--metrics", ",".join(OUTLET_METRICS)],
                                   check=True, capture_output=True, text=True)
    return json.loads(overall.stdout), parse_by_source(by_source.stdout, OUTLET_METRICS)


def compare(scores: dict[str, float], floors: dict[str, float]) -> tuple[list[str], list[str]]:
    """(lines for the report, names that fell below their floor or went missing)."""
    lines, failed = [], []
    for key in sorted(set(scores) | set(floors)):
        # a metric gone missing (by_source's `-`: no prediction left to score) counts as 0, so a floor of 0
        # (an outlet whose only predictions were false alarms) is no drop
        drop = key in floors and scores.get(key, 0.0) < floors[key] - MARGIN
        mark = "DROP" if drop else ("new" if key not in floors else "ok")
        lines.append(f"{key:28s} {scores.get(key, float('nan')):6.3f}  floor {floors.get(key, float('nan')):6.3f}  "
                     f"{mark}")
        if drop:
            failed.append(key)
    return lines, failed


def new_floors(scores: dict[str, float], floors: dict[str, float], lower: bool) -> dict[str, float]:
    """Floors raised to the scores, or (`lower`) set to them; a metric gone missing, which `compare` counts
    as 0, gets a floor of 0 when lowering, else an accepted fall would fail the next run."""
    out = {k: 0.0 for k in floors} if lower else dict(floors)
    for k, v in scores.items():
        out[k] = round(v, 4) if lower else round(max(v, out.get(k, 0.0)), 4)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="raise floors to the current scores")
    ap.add_argument("--allow-regression", metavar="REASON", help="accept lower scores, recording why")
    args = ap.parse_args()
    if not (SHARED / "corpus").is_dir():
        print("eval gate: ../shared not found, skipped")
        return 0
    scores, outlets = score()
    data = {"corpus": tree_hash(SHARED / "corpus"), "gold": tree_hash(SHARED / "gold")}
    base = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"floors": {}}
    floors = base.get("floors", {})
    outlet_floors: dict[str, dict[str, float]] = base.get("outlet_floors", {})
    lines, failed = compare(scores, floors)
    for outlet in sorted(set(outlets) | set(outlet_floors)):
        o_lines, o_failed = compare(outlets.get(outlet, {}), outlet_floors.get(outlet, {}))
        lines += [f"{outlet}: {ln}" for ln in o_lines if not ln.endswith(" ok")]  # only news and drops
        failed += [f"{outlet}:{k}" for k in o_failed]
    print("\n".join(lines))
    if base.get("corpus") not in (None, data["corpus"]) or base.get("gold") not in (None, data["gold"]):
        print("note: the corpus or gold changed since the floors were set; review them with --update")
    if args.update or args.allow_regression:
        # floors set on another corpus or gold measure something else: they are replaced, not raised
        moved = base.get("corpus") != data["corpus"] or base.get("gold") != data["gold"]
        lower = bool(args.allow_regression) or moved
        out = {**data, "floors": new_floors(scores, floors, lower),
               "outlet_floors": {o: new_floors(outlets.get(o, {}), outlet_floors.get(o, {}), lower)
                                 for o in sorted(set(outlets) | set(outlet_floors))}}
        if args.allow_regression:
            out["last_regression"] = args.allow_regression
        BASELINE.write_text(json.dumps(out, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
        print(f"eval gate: floors written to {BASELINE.relative_to(ROOT)}")
        return 0
    if failed:
        print(f"eval gate: FAILED ({', '.join(failed)} below floor)")
        return 1
    print(f"eval gate: passed ({len(outlets)} outlets checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
