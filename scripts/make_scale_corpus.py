"""Make a synthetic corpus of N files from a folder of pages (for scale measurements): copy k of every file
has every year written in it moved by `bench.year_shift(k)` (so its events fall on other days, with years kept
where dates parse) and the copy number where the format keeps it out of the text, so no two copies share an id
(`diplograph bench --scale N` does the same).

    python scripts/make_scale_corpus.py ../shared/corpus /tmp/scale10k 10000
"""

from __future__ import annotations

import argparse
from pathlib import Path

from diplograph.bench import make_copies

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Copy a folder of pages into a synthetic corpus of N files.")
    ap.add_argument("source", help="folder of pages to copy (e.g. ../shared/corpus)")
    ap.add_argument("out", help="folder to write the copies to")
    ap.add_argument("files", type=int, help="how many files in all")
    args = ap.parse_args()
    if not Path(args.source).is_dir():
        ap.exit(2, f"make_scale_corpus: {args.source}: no such folder\n")
    copies = make_copies([args.source], Path(args.out), args.files)
    print(f"{args.files} files in {copies} copies under {args.out}")
