"""Disjoint sets: items joined in pairs, read back as groups (near-duplicate documents, one person's ids)."""

from __future__ import annotations


class DisjointSets:
    """Union-find over strings; each group's root is its smallest member, so results do not depend on order."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, x: str) -> str:
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> bool:
        """Put a and b in one group; False when they already were."""
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True

    def roots(self) -> dict[str, str]:
        """Every item seen → its group's root."""
        return {x: self.root(x) for x in list(self.parent)}
