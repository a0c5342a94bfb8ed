"""Language of the body: Chinese script from what OpenCC would change, other languages from CLD2."""

from __future__ import annotations

import re

import opencc
import pycld2

from diplograph.doc import Document
from diplograph.registry import component

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")


class ScriptDetector:
    """Tells zh-Hans from zh-Hant by counting characters each conversion direction would change."""

    def __init__(self) -> None:
        self.t2s = opencc.OpenCC("t2s")
        self.s2t = opencc.OpenCC("s2t")

    def chinese_script(self, text: str) -> str:
        han = "".join(HAN.findall(text[:3000]))[:1500]
        trad = sum(map(str.__ne__, han, self.t2s.convert(han)))
        simp = sum(map(str.__ne__, han, self.s2t.convert(han)))
        return "zh-Hant" if trad > simp else "zh-Hans"

    def detect(self, text: str) -> str:
        sample = text[:5000]
        han = len(HAN.findall(sample))
        kana = len(KANA.findall(sample))
        hangul = len(HANGUL.findall(sample))
        latin = len(LATIN.findall(sample))
        if kana > 0.05 * (han + kana) and kana > 10:
            return "ja"
        if hangul > han and hangul > 10:
            return "ko"
        if han and han * 3 >= latin:
            return self.chinese_script(sample)
        clean = "".join(ch for ch in sample if ch.isprintable() or ch in "\n\t")
        try:
            reliable, _, details = pycld2.detect(clean)
        except pycld2.error:
            return "und"
        code = details[0][1] if details else "un"
        if code in ("un", "xxx") or not reliable and latin < 20:
            return "en" if latin >= 20 and code == "en" else ("und" if code in ("un", "xxx") else code)
        return {"zh": "zh-Hans", "zh-Hant": "zh-Hant"}.get(code, code)


@component("language", requires=("body",), assigns=("lang",))
def make_language(**_):
    """Set `lang` to a BCP-47 code (`zh-Hans`, `zh-Hant`, `en`, …) or `und`."""
    detector = ScriptDetector()

    def language(doc: Document) -> Document:
        doc.lang = detector.detect(doc.body or doc.title or "")
        return doc

    return language
