"""English officials listed together: one whose lower-case title names no side (`national security adviser`),
listed right after a person of a known side, is of that side (`US counterpart A B and national security adviser
C D`), as a list of the officials one visitor meets names the people of one host."""

from __future__ import annotations

import re

from diplograph.extract.en_chains import OF_AFTER_NAME, _en_name
from diplograph.extract.en_groups import title_at
from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.mention import START, Mention, best_office

# `, and national security adviser `, ` and trade envoy `: the next of a list, with a lower-case title
LISTED_TITLE = re.compile(r"(?:,? and|,) +((?:[a-z]+[ \-]){0,3}[a-z]+) +(?=[A-Z])")


def listed_officials(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions plus each official a lower-case title names right after a listed person of a known side,
    of that side; not one whose own `of Country` follows, nor one a mention already covers."""
    covered = bytearray(len(text) + 1)
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = []
    for m in mentions:
        after = LISTED_TITLE.match(text, m.end) if m.kind == "person" and m.affiliation and m.name else None
        title = title_at(after.group(1), gaz) if after else None
        if title is None or title[0] != len(after.group(1)):
            continue
        a, b = _en_name(text, after.end())
        if " " not in text[a:b] or any(covered[after.start(1) : b]) or OF_AFTER_NAME.match(text, b):
            continue
        t0, t1 = after.span(1)
        extra.append(Mention("person", t0, b, name=text[a:b], name_span=(a, b), affiliation=m.affiliation,
                             affiliation_from="learned", office=best_office([title[1]], False),
                             title=text[t0:t1], title_span=(t0, t1)))
    return sorted(mentions + extra, key=START) if extra else mentions
