"""Money amounts in Chinese and English: `2000万美元` → (20000000, USD), `1.5亿元人民币`, `两千万`,
`3.5万亿`, `二十亿`, `廿亿`, `1,200万`, `$20 million`, `USD 1.2 billion`, `€50m`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplograph.lexicons import read_rows

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3,
             "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8,
             "捌": 8, "九": 9, "玖": 9}
ZH_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
ZH_LARGE = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
EN_SCALE = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9,
            "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12}

ZH_NUMERAL = "零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾廿卅百佰千仟万萬亿億"
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
# what a sum holds (a figure; in Chinese a figure or a numeral): a text without it is not searched, since the
# patterns open with classes or an alternation that `re` tries at every position
FIGURE = re.compile(r"\d")
FIGURE_OR_NUMERAL = re.compile(rf"[\d{ZH_NUMERAL}]")


@dataclass(frozen=True)
class Amount:
    """A sum of money found in a text: value in units, ISO 4217 currency, and its span."""

    value: float
    currency: str
    start: int
    end: int


def zh_number(text: str) -> float | None:
    """The value of a number written with Arabic digits and/or Chinese numerals and units:
    `2000万` → 20000000, `3.5万亿` → 3.5e12, `二十亿` → 2e9, `两千万` → 2e7, `1,200万` → 12000000."""
    text = text.replace(",", "").replace("，", "").replace("廿", "二十").replace("卅", "三十")  # 廿亿: twenty
    if not text:
        return None
    total, section, number = 0.0, 0.0, 0.0
    i = 0
    while i < len(text):
        m = re.match(r"\d+(?:\.\d+)?", text[i:])
        if m:
            number = float(m.group())
            i += m.end()
            continue
        ch = text[i]
        if ch in ZH_DIGITS:
            number = ZH_DIGITS[ch]
        elif ch in ZH_SMALL:
            section += (number or 1) * ZH_SMALL[ch]
            number = 0
        elif ch in ZH_LARGE:
            unit = ZH_LARGE[ch]
            value = section + number
            if unit == 10**8:  # 亿 scales all before it: 3.5万亿 is 3.5 × 10^4 × 10^8
                total = (total + (value or (0 if total else 1))) * unit
            else:
                total += (value or 1) * unit
            section, number = 0.0, 0.0
        else:
            return None
        i += 1
    return total + section + number


class AmountFinder:
    """Finds amounts with their currency; currency words come from lexicons/currencies.tsv."""

    def __init__(self, extra: str = "") -> None:
        rows = read_rows("currencies.tsv", extra)
        self.after = {w: code for kind, w, code in rows if kind == "after"}
        self.before = {w: code for kind, w, code in rows if kind == "before"}
        after = "|".join(map(re.escape, sorted(self.after, key=len, reverse=True)))
        before = "|".join(map(re.escape, sorted(self.before, key=len, reverse=True)))
        zh_num = rf"(?:{NUMBER}[{ZH_NUMERAL}]*|[{ZH_NUMERAL}]+)"
        scale = r"(?:thousand|million|billion|trillion|mn|bn|tn|[kmb])\b"
        self.patterns = [  # (what the text must hold, the pattern)
            # 2000万美元, 1.5亿元人民币, 两千万元
            (FIGURE_OR_NUMERAL, re.compile(rf"(?P<num>{zh_num})\s*(?P<cur>{after})")),
            # $20 million, USD 1.2 billion, €50m, US$3bn
            (FIGURE, re.compile(rf"(?P<cur>{before})\s?(?P<num>{NUMBER})\s*(?P<scale>{scale})?", re.I)),
            # 20 million dollars, 5 billion yuan
            (FIGURE, re.compile(rf"(?P<num>{NUMBER})\s*(?P<scale>{scale})?\s+(?P<cur>{after})", re.I)),
        ]

    def find(self, text: str) -> list[Amount]:
        """Every amount of money in the text, left to right, not overlapping."""
        out: list[Amount] = []
        taken = bytearray(len(text))
        for needed, pattern in self.patterns:
            if needed.search(text) is None:
                continue
            for m in pattern.finditer(text):
                if any(taken[m.start():m.end()]):
                    continue
                value = zh_number(m.group("num"))
                scale = (m.groupdict().get("scale") or "").lower()
                if value is None:
                    continue
                value *= EN_SCALE.get(scale, 1)
                cur = m.group("cur")
                code = self.after.get(cur) or self.before.get(cur) or self.after.get(cur.lower()) or \
                    self.before.get(cur.upper())
                if not code:
                    continue
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                out.append(Amount(value, code, m.start(), m.end()))
        return sorted(out, key=lambda a: a.start)
