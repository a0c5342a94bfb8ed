"""Whether a foreign name written in Han characters reads like a Latin one (马克龙 / Macron, 拉克森 / Luxon).

Both are reduced to a skeleton of consonant classes, the way transliteration tables map sounds: r and l
fall together (莱希 / Raisi), the sibilants and affricates together (夏巴兹 / Shehbaz), vowels drop out, and
a final -ng reads as n (哈桑 / Hassan). Two names agree when their skeletons open alike and mostly match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin

PINYIN_INITIALS = (("zh", "s"), ("ch", "s"), ("sh", "s"), ("b", "p"), ("p", "p"), ("d", "t"), ("t", "t"),
                   ("g", "k"), ("k", "k"), ("h", "h"), ("j", "s"), ("q", "s"), ("x", "s"), ("z", "s"), ("c", "s"),
                   ("s", "s"), ("l", "l"), ("r", "l"), ("m", "m"), ("n", "n"), ("f", "f"), ("w", "f"), ("y", ""))
LATIN_DIGRAPHS = re.compile(r"sch|sh|ch|ts|tz|zh|ph|th|ck|kh|gh|qu|c")
SOFT_C = re.compile(r"c(?=[eiy])")
LATIN_DIGRAPH_CLASS = {"sch": "s", "sh": "s", "ch": "s", "ts": "s", "tz": "s", "zh": "s", "ph": "f", "th": "t",
                       "ck": "k", "kh": "h", "gh": "k", "qu": "k", "c": "k"}
LATIN_CLASS = str.maketrans({"b": "p", "d": "t", "g": "k", "q": "k", "j": "s", "x": "s", "z": "s", "r": "l",
                             "v": "f", "w": "f", "y": None, "a": None, "e": None, "i": None, "o": None, "u": None})
DOUBLES = re.compile(r"(.)\1+")
MAX_READINGS = 16  # readings of one name part tried at most (a character of several readings multiplies them)
SPECIAL_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "ı": "i"})


def _pinyin_skeleton(syllable: str) -> str:
    """The consonant classes of one pinyin syllable: its initial, then n for a nasal final, l for -er."""
    out = ""
    for initial, cls in PINYIN_INITIALS:
        if syllable.startswith(initial):
            out, syllable = cls, syllable[len(initial):]
            break
    if syllable.endswith(("n", "ng")):
        out += "n"
    elif syllable == "er":
        out += "l"
    return out


@lru_cache(maxsize=1 << 12)
def han_skeletons(han: str) -> tuple[str, ...]:
    """The skeletons of each part of a Han name (parts split at name joiners), one per reading: a character
    of several readings may stand for any of them in a transliteration (单 read shan for San-, 塞 se)."""
    out: list[str] = []
    for part in (p for p in re.split(r"[·•‧・．\-]", han) if p):
        readings = [""]
        for options in pinyin(part, style=Style.NORMAL, heteronym=True):
            classes = dict.fromkeys(_pinyin_skeleton(s) for s in options)  # in pypinyin's order, common first
            readings = [r + c for r in readings for c in classes][:MAX_READINGS]
        out += dict.fromkeys(DOUBLES.sub(r"\1", r) for r in readings)
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def latin_skeleton(word: str) -> str:
    """The consonant classes of a Latin word, digraphs first (Shehbaz → sps, Charles → sls)."""
    plain = unicodedata.normalize("NFKD", word.lower().translate(SPECIAL_LETTERS))
    plain = "".join(ch for ch in plain if "a" <= ch <= "z")
    plain = LATIN_DIGRAPHS.sub(lambda m: LATIN_DIGRAPH_CLASS[m.group()], SOFT_C.sub("s", plain))
    return DOUBLES.sub(r"\1", plain.translate(LATIN_CLASS))


def reads_like(han: str, latin_words: Iterable[str]) -> bool:
    """Whether some part of a Han name reads like some Latin word: skeletons with the same first class and
    a similarity of at least 0.6 (a one-consonant skeleton must be equal)."""
    skeletons = [s for s in han_skeletons(han) if s]
    for word in latin_words:
        lat = latin_skeleton(word)
        for sk in skeletons:
            if sk == lat or (len(sk) >= 2 and lat and sk[0] == lat[0]
                             and SequenceMatcher(None, sk, lat).ratio() >= 0.6):
                return True
    return False


def transliterations_alike(x: str, y: str) -> bool:
    """Whether two Han renderings of one foreign name read alike syllable by syllable (奥蒂诺 / 歐提諾, 布林肯 /
    布林根): as many characters, three at least, each with the same consonant classes. Outlets in Beijing,
    Taipei and Hong Kong pick different characters for the same sounds; a name that short or one of another
    length is left to the characters the two share."""
    a, b = lazy_pinyin(x), lazy_pinyin(y)
    return len(a) == len(b) >= 3 and all(_pinyin_skeleton(s) == _pinyin_skeleton(t) for s, t in zip(a, b))


def syllables_like(han: str, latin: str) -> bool:
    """Whether a name of Han characters and a Latin name of as many words open each word alike, syllable by
    syllable (范明政 / Pham Minh Chinh, 李在明 / Lee Jae-myung): how Chinese, Korean and Vietnamese names are
    romanised, one word or hyphenated part per character."""
    syllables = lazy_pinyin(han)
    parts = [p for p in re.split(r"[\s\-]+", latin) if p]
    if not 2 <= len(syllables) <= 4 or len(parts) != len(syllables):
        return False
    return all((_pinyin_skeleton(s) or "-")[0] == (latin_skeleton(p) or "-")[0] for s, p in zip(syllables, parts))


def spelled_like(han: str, folded: Iterable[str]) -> bool:
    """Whether a Han name's pinyin, family name first or last, is one of these folded Latin names (李强 /
    liqiang)."""
    syllables = lazy_pinyin(han)
    return bool({"".join(syllables), "".join(syllables[1:] + syllables[:1])} & set(folded))
