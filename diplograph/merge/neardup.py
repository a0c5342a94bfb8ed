"""Near-duplicate documents (syndicated copies, one page saved as HTML and as text) by a MinHash sketch of
character shingles: the bottom-k variant, which hashes each shingle once and keeps the k smallest values.
Documents sharing one of their few smallest values are the only pairs compared."""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import defaultdict

from diplograph.merge.groups import DisjointSets

K = 64  # sketch size: the Jaccard estimate's error is about 1/sqrt(K)
KEYS = 4  # how many of the smallest values index a document for candidate pairs
SPACE = re.compile(r"\s+")


def sketch(text: str, k: int = 5) -> tuple[int, ...]:
    """The K smallest 64-bit hashes of the text's k-character shingles (white space ignored: Chinese has none
    to cut on), ascending."""
    flat = SPACE.sub("", text)
    hashes = {int.from_bytes(hashlib.blake2b(flat[i:i + k].encode(), digest_size=8).digest(), "big")
              for i in range(max(1, len(flat) - k + 1))} if flat else set()
    return tuple(heapq.nsmallest(K, hashes))


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two shingle sets: the share of the union's K smallest values
    that both sketches hold."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(K, set(a) | set(b))
    both = set(a) & set(b)
    return sum(h in both for h in union) / len(union)


def near_duplicates(sketches: dict[str, tuple[int, ...]], threshold: float = 0.7) -> list[tuple[str, str, float]]:
    """(id, other id, similarity) links of near-duplicates. Each document is compared with the first
    (smallest id) document of every bucket it falls in, not with every member: a thousand copies of one
    wire story give a thousand links, not half a million pairs."""
    buckets: dict[int, list[str]] = defaultdict(list)
    for key, sk in sketches.items():
        for h in sk[:KEYS]:
            buckets[h].append(key)
    links: dict[tuple[str, str], float] = {}
    for members in buckets.values():
        first = min(members)
        for other in members:
            if other != first and (first, other) not in links:
                sim = similarity(sketches[first], sketches[other])
                if sim >= threshold:
                    links[(first, other)] = round(sim, 3)
    return sorted((a, b, sim) for (a, b), sim in links.items())


def copy_groups(links: list[tuple[str, str, float]]) -> dict[str, str]:
    """doc id → the smallest id of its group of near-duplicates (links joined transitively)."""
    sets = DisjointSets()
    for a, b, _ in links:
        sets.join(a, b)
    return sets.roots()
