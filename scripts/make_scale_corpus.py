"""Make a synthetic corpus of N documents from a folder of pages (for scale measurements): copy k of every
file has every year written in it moved k years on (so its events fall on other days and its bytes differ)
and HTML a comment with the copy number, so no two copies share an id or a date window.

    python scripts/make_scale_corpus.py ../shared/corpus /tmp/scale10k 10000
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

YEAR = re.compile(rb"(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])")


def shifted(data: bytes, k: int) -> bytes:
    """The bytes with every year from 1950 to 2099 moved k years on."""
    return YEAR.sub(lambda m: str(int(m.group(1)) + k).encode(), data)


def tail(path: Path, k: int) -> bytes:
    """A harmless marker making copy k's bytes distinct where the years alone may not: a comment in HTML."""
    return f"\n<!-- copy {k} -->\n".encode() if path.suffix in (".html", ".shtml", ".htm") else b""


def main(source: str, out: str, count: int) -> None:
    files = sorted(p for p in Path(source).rglob("*") if p.is_file())
    target = Path(out)
    made = 0
    k = 0
    while made < count:
        for path in files:
            if made >= count:
                break
            dest = target / f"copy{k:04d}" / path.relative_to(source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            data = path.read_bytes()
            dest.write_bytes(shifted(data, k) + (tail(path, k) if k else b""))
            made += 1
        k += 1
    print(f"{made} files in {k} copies under {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
