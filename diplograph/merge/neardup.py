"""Near-duplicate documents (syndicated copies, one page saved as HTML and as text) by a MinHash sketch of
character shingles: the bottom-k variant, which hashes each shingle once and keeps the k smallest values.
Documents sharing one of their few smallest values are the only pairs compared."""

from __future__ import annotations

import struct
from collections import defaultdict
from collections.abc import Iterator
from itertools import chain
from operator import itemgetter

import xxhash

from diplograph.merge.groups import DisjointSets

K = 64  # sketch size: the Jaccard estimate's error is about 1/sqrt(K)
KEYS = 4  # how many of the smallest values index a document for candidate pairs
FIRST = itemgetter(0)
PASS = 2  # `_smallest_halves` lets about PASS * K hashes pass its bar (fewer than K almost never do)


def sketch(text: str, k: int = 5) -> tuple[int, ...]:
    """The K smallest 63-bit hashes (xxh3, so they fit SQLite's signed integers) of the text's k-character
    shingles (white space ignored: Chinese has none to cut on), ascending. Each character is 4 bytes of
    UTF-32, so a shingle is one slice of one encoded string, hashed by one C call."""
    flat = "".join(text.split()).encode("utf-32-le")
    if not flat:
        return ()
    return tuple(sorted(_smallest_halves(list(map(xxhash.xxh3_64_intdigest, _shingles(flat, 4 * k)))))[:K])


def _shingles(flat: bytes, width: int) -> Iterator[bytes]:
    """Every `width`-byte slice of `flat` at a multiple of 4 bytes (the whole of a shorter one), cut in C: the
    slices at j, j + width, j + 2·width… are `struct`'s fixed-size records of flat[j:], for each j in 0, 4, …
    width - 4 (a loop of Python slices cost a third more)."""
    if len(flat) <= width:
        return iter((flat,))
    record = struct.Struct(f"{width}s")
    return chain.from_iterable(map(FIRST, record.iter_unpack(flat[j : j + (len(flat) - j) // width * width]))
                               for j in range(0, width, 4))


def _smallest_halves(hashes: list[int]) -> set[int]:
    """The 63-bit halves (`h >> 1`) of the hashes, or of enough of the smallest of them to hold the K smallest
    halves: hashes are uniform, so those under a bar that about 2K of them pass are picked in C (fewer to halve
    and sort than 4K), and all are taken in the rare case fewer than K halves lie under it (a repeated shingle
    counts once in the result, and each time in setting the bar, which only makes it lower)."""
    if len(hashes) > PASS * K:
        bar = (2**64 * PASS * K // len(hashes)) & ~1  # even: h < bar exactly when h >> 1 < bar >> 1
        low = {x >> 1 for x in filter(bar.__gt__, hashes)}
        if len(low) >= K:
            return low
    return {x >> 1 for x in hashes}


def pack(values: tuple[int, ...]) -> bytes:
    """A sketch as stored: 8 bytes per value."""
    return struct.pack(f"<{len(values)}q", *values)


def unpack(blob: bytes) -> tuple[int, ...]:
    """The sketch `pack` stored."""
    return struct.unpack(f"<{len(blob) // 8}q", blob)


def bucket_keys(values: tuple[int, ...]) -> tuple[int, ...]:
    """The values that index a document for candidate pairs."""
    return values[:KEYS]


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two shingle sets: the share of the union's K smallest values
    that both sketches hold."""
    if not a or not b:
        return 0.0
    union = sorted(set(a).union(b))[:K]  # C sorting of at most 2K values beats a heap here
    return len(set(a).intersection(b).intersection(union)) / len(union)


def near_duplicates(sketches: dict[str, tuple[int, ...]], threshold: float = 0.7) -> list[tuple[str, str, float]]:
    """(id, other id, similarity) links of near-duplicates. Each document is compared with the first
    (smallest id) document of every bucket it falls in, not with every member: a thousand copies of one
    wire story give a thousand links, not half a million pairs."""
    buckets: dict[int, list[str]] = defaultdict(list)
    for key, sk in sketches.items():
        for h in bucket_keys(sk):
            buckets[h].append(key)
    links: set[tuple[str, str, float]] = set()
    for members in buckets.values():
        links.update(bucket_links(members, sketches, threshold))
    return sorted(links)


def bucket_links(members: list[str], sketches: dict[str, tuple[int, ...]],
                 threshold: float = 0.7) -> list[tuple[str, str, float]]:
    """The links of one bucket: its first (smallest id) member against every other member."""
    first = min(members)
    out = []
    for other in dict.fromkeys(members):
        if other != first:
            sim = similarity(sketches[first], sketches[other])
            if sim >= threshold:
                out.append((first, other, round(sim, 3)))
    return out


def copy_groups(links: list[tuple[str, str, float]]) -> dict[str, str]:
    """doc id → the smallest id of its group of near-duplicates (links joined transitively)."""
    sets = DisjointSets()
    for a, b, _ in links:
        sets.join(a, b)
    return sets.roots()
