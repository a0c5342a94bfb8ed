"""Language of the body: Chinese script from what OpenCC would change, other languages from CLD2."""

from __future__ import annotations

import re

import opencc
import pycld2

from diplograph.doc import Document
from diplograph.registry import component

# runs, not single characters: counting the lengths of runs is several times faster than one match per character;
# a run opens with one plain class, not a repeat (`[…]+`), so that `re` scans for the class's characters instead of
# trying the repeat at every position
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff][\u3400-\u4dbf\u4e00-\u9fff]*")
LATIN = re.compile(r"[A-Za-z][A-Za-z]*")
KANA = re.compile(r"[\u3040-\u30ff]+")
HANGUL = re.compile(r"[\uac00-\ud7af]+")
KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
HANT_SUBTAGS = frozenset({"hant", "tw", "hk", "mo"})  # Chinese written in traditional characters


def _unprintable(text: str) -> dict[int, None]:
    """A table deleting the text's unprintable characters but line breaks and tabs: each distinct character is
    judged once (a no-break space recurs all through a page), then one C pass drops them."""
    return {ord(ch): None for ch in set(text) if not ch.isprintable() and ch not in "\n\t"}


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))


class ScriptDetector:
    """Tells zh-Hans from zh-Hant by counting characters each conversion direction would change."""

    def __init__(self) -> None:
        self.t2s = opencc.OpenCC("t2s")
        self.s2t = opencc.OpenCC("s2t")
        # each Han character seen so far -> "T" (traditional only), "S" (simplified only) or None (shared):
        # str.translate then marks a whole sample in one C loop
        self._marks: dict[int, str | None] = {}

    def _learn(self, chars: list[str]) -> None:
        """Classify characters not seen before, converting them in one batch each way."""
        batch = "".join(chars)
        to_simp, to_trad = self.t2s.convert(batch), self.s2t.convert(batch)
        if len(to_simp) != len(batch) or len(to_trad) != len(batch):  # a conversion changed length: go one by one
            to_simp = "".join(self.t2s.convert(c)[:1] or c for c in chars)
            to_trad = "".join(self.s2t.convert(c)[:1] or c for c in chars)
        for c, s, t in zip(chars, to_simp, to_trad):
            trad_only, simp_only = c != s and c == t, c != t and c == s
            self._marks[ord(c)] = "T" if trad_only else ("S" if simp_only else None)

    def chinese_script(self, text: str, runs: list[str] | None = None) -> str:
        """zh-Hant or zh-Hans from the first 1,500 Han characters (`runs`: the text's Han runs, if known)."""
        han = "".join(HAN_RUN.findall(text[:3000]) if runs is None else runs)[:1500]
        marks = han.translate(self._marks)
        new = set(marks) - {"T", "S"}  # characters not in the table pass through unchanged
        if new:
            self._learn(sorted(new))
            marks = han.translate(self._marks)
        return "zh-Hant" if marks.count("T") > marks.count("S") else "zh-Hans"

    def detect(self, text: str) -> str:
        sample = text[:5000]
        runs = HAN_RUN.findall(sample)
        han = sum(map(len, runs))
        # one scan tells whether there is any kana or hangul at all: Chinese and English pages have none
        other_cjk = KANA_OR_HANGUL.search(sample) is not None
        kana = _count(KANA, sample) if other_cjk else 0
        hangul = _count(HANGUL, sample) if other_cjk else 0
        # Latin letters cannot outweigh Han text that is a third of the sample: no need to count them
        latin = 0 if han * 3 >= len(sample) else _count(LATIN, sample)
        if kana > 0.05 * (han + kana) and kana > 10:
            return "ja"
        if hangul > han and hangul > 10:
            return "ko"
        if han and han * 3 >= latin:
            return self.chinese_script(sample, runs)
        clean = sample
        if not sample.replace("\n", " ").replace("\t", " ").isprintable():  # CLD2 rejects control characters
            clean = sample.translate(_unprintable(sample))
        try:
            reliable, _, details = pycld2.detect(clean)
        except pycld2.error:
            return "und"
        code = details[0][1] if details else "un"
        if code in ("un", "xxx") or not reliable and latin < 20:
            return "en" if latin >= 20 and code == "en" else ("und" if code in ("un", "xxx") else code)
        return {"zh": "zh-Hans", "zh-Hant": "zh-Hant"}.get(code, code)


def declared_language(tag: str) -> str:
    """A declared language tag as the detector names languages: Chinese by its script (`zh-TW` → `zh-Hant`,
    `zh-CN` and `zh` → `zh-Hans`), any other by its language alone (`en-US` → `en`)."""
    subtags = tag.replace("_", "-").lower().split("-")
    if subtags[0] != "zh":
        return subtags[0]
    return "zh-Hant" if HANT_SUBTAGS & set(subtags[1:]) else "zh-Hans"


@component("language", requires=("body",), assigns=("lang",))
def make_language(**_):
    """Set `lang` to a BCP-47 code (`zh-Hans`, `zh-Hant`, `en`, …) or `und`: the text's, else (a text too short
    or too mixed to tell) the language the document declares."""
    detector = ScriptDetector()

    def language(doc: Document) -> Document:
        doc.lang = detector.detect(doc.body or doc.title or "")
        declared = next((e["value"] for e in doc.hints.get("declared", []) if e["field"] == "language"), None)
        if doc.lang == "und" and declared:
            doc.lang = declared_language(declared)
        return doc

    return language
