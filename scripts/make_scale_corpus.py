"""Make a synthetic corpus of N files from a folder of pages (for scale measurements): copy k of every file
has every year written in it moved by `bench.year_shift(k)` (so its events fall on other days, with years kept
where dates parse) and the copy number where the format keeps it out of the text, so no two copies share an id
(`diplograph bench --scale N` does the same).

    python scripts/make_scale_corpus.py ../shared/corpus /tmp/scale10k 10000
"""

from __future__ import annotations

import sys
from pathlib import Path

from diplograph.bench import make_copies

if __name__ == "__main__":
    copies = make_copies([sys.argv[1]], Path(sys.argv[2]), int(sys.argv[3]))
    print(f"{sys.argv[3]} files in {copies} copies under {sys.argv[2]}")
