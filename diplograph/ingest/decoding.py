"""Bytes to text: BOMs, declared charsets, and a check of the candidates instead of assuming UTF-8. Readers use
it for what a file declares inside (a feed's XML), the decode stage for every record."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from diplograph.lexicons import common_han

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


@dataclass(frozen=True)
class Decoded:
    """The text of some bytes and the encoding that produced it."""

    text: str
    encoding: str


class NotText(ValueError):
    """The bytes are not text in any supported encoding."""


CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])


def _looks_binary(data: bytes) -> bool:
    """More than one control byte (NUL included) in twenty, or NULs in step (every other byte: UTF-16 with
    no BOM, which no candidate here reads). A stray NUL in an article is damage, not binary content."""
    head = data[:8192]
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    if controls > len(head) * 0.05:
        return True
    nuls = head.count(b"\x00")
    if nuls < 8:
        return False
    even = head[::2].count(b"\x00")
    return max(even, nuls - even) >= 0.9 * nuls


def _plausibility(text: str) -> float:
    """Share of Han characters among frequent news characters, minus a penalty for rare code points."""
    han = [c for c in text[:20000] if "\u3400" <= c <= "\u9fff"]
    if not han:
        return 0.0
    common_set = common_han()
    common = sum(1 for c in han if c in common_set)
    odd = sum(1 for c in text[:20000] if "\ue000" <= c <= "\uf8ff" or c == "\ufffd")
    return common / len(han) - odd / max(1, len(text[:20000]))


def decode_bytes(data: bytes) -> Decoded:
    """Decode `data`, trusting a BOM, then strict UTF-8, then the better of the declared, GB18030 and Big5."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(name, errors="replace"), name.replace("-le", "").replace("-be", ""))
    if _looks_binary(data):
        raise NotText("binary content: not text in any supported encoding")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    m = DECLARED.search(data[:4096])
    if m:
        try:
            candidates.append(codecs.lookup(m.group(1).decode("ascii")).name)
        except LookupError:
            pass
    candidates += ["gb18030", "big5hkscs", "cp1252"]
    best: Decoded | None = None
    best_score = -1.0
    for enc in dict.fromkeys(candidates):
        if enc in ("utf-8",):
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text) if enc != "cp1252" else 0.0
        if score > best_score:
            best, best_score = Decoded(text, enc), score
    if best is None:
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8 (with replacements)")
    return best
