"""Actor mentions (issue 17): name boundaries, title chains, references after the first mention, and a text of
any size read in time that grows with its length, not its square."""

from __future__ import annotations

import time

import pytest

from diplograph.extract.actors import find_mentions
from diplograph.extract.gazetteer import load_gazetteer


def _mentions(text: str, home: str | None = "CHN", chinese: bool = True, day: str | None = "2025-03-01"):
    gaz = load_gazetteer()
    return find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, home, day, chinese)


def _sentences(count: int, chinese: bool) -> list[str]:
    syllables = "阿巴达卡拉马尼斯特科" if chinese else ["Alvar", "Brand", "Casti", "Dubo", "Erik", "Fisch"]
    out = []
    for i in range(count):
        a, b, c = (syllables[(i // 10**k) % len(syllables)] for k in range(3))
        out.append(f"法国总统{a}{b}{c}会见了德国总理{c}{b}{a}，{a}{b}{c}表示欢迎。" if chinese else
                   f"French President Jean {a}{b}{c} met German Chancellor Olaf {c}{b}{a}. {a}{b}{c} said he was glad. ")
    return out


@pytest.mark.parametrize("chinese", [True, False])
def test_a_large_one_line_page_gives_what_its_sentences_give(chinese):
    """About 400 KB on one line, a thousand different people in it: every sentence yields its two titled
    people and the first one again, as it does alone. The time is printed (pytest -s), not asserted."""
    sentences = _sentences(15500 if chinese else 3600, chinese)
    alone = [(m.name, m.affiliation, m.office) for m in _mentions(sentences[0], chinese=chinese)]
    text = "".join(sentences)
    started = time.perf_counter()
    found = _mentions(text, chinese=chinese)
    print(f"\n{len(text):,} characters: {len(found):,} mentions in {time.perf_counter() - started:.2f} s")
    assert len(text) > 250_000 and len(found) == len(sentences) * len(alone)
    persons = [m for m in found if m.kind == "person"]
    assert {m.affiliation for m in persons} == {"FRA", "DEU"}
