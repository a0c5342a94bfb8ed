"""Bytes to text: BOMs, declared charsets, and a check of the candidates instead of assuming UTF-8."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from diplograph.doc import Document
from diplograph.registry import component

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# Frequent characters of Chinese news text in either script: a decoding that yields many of them is right.
COMMON_HAN = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龍國為說們會來時對與發經過進這還關個們總統外長電話")


@dataclass(frozen=True)
class Decoded:
    """The text of some bytes and the encoding that produced it."""

    text: str
    encoding: str


class NotText(ValueError):
    """The bytes are not text in any supported encoding."""


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def _plausibility(text: str) -> float:
    """Share of Han characters among frequent news characters, minus a penalty for rare code points."""
    han = [c for c in text[:20000] if "\u3400" <= c <= "\u9fff"]
    if not han:
        return 0.0
    common = sum(1 for c in han if c in COMMON_HAN)
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


@component("decode", requires=("data",), assigns=("raw",))
def make_decode(**_):
    """Decode the record's bytes into `raw`."""

    def decode(doc: Document) -> Document:
        try:
            dec = decode_bytes(doc.data)
        except NotText as exc:
            doc.error = str(exc)
            return doc
        doc.raw, doc.encoding = dec.text, dec.encoding
        if not doc.raw.strip():
            doc.error = "empty: the file holds no text"
        return doc

    return decode
