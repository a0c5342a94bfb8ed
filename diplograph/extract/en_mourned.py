"""English condolences: the one whose death a condolence mourns is what it is about, not a party beside the
side it is sent to (`sent condolences to Ruritania's Vice President A over the death of President B`)."""

from __future__ import annotations

import re

from diplograph.extract.actors import Mention
from diplograph.extract.event_frame import Sentence

# `over the death of President A`, `the late King B`, `Ruritania's late president`: whom a condolence mourns
EN_MOURNED = re.compile(r"(?:\b(?:death|passing|funeral|killing|assassination) of(?: the)?|(?:\bthe|['’]s) late)"
                        r"\s+$", re.I)


def not_mourned(text: str, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions without those whose death is mourned (the death of President A), when two sides remain:
    else the dead stands for his state, the one the sentence names (condolences to Ruritania over…)."""
    living = [m for m in mentions if not EN_MOURNED.search(text, max(sent.start, m.start - 30), m.start)]
    return living if len({m.affiliation for m in living if m.affiliation}) >= 2 else mentions
