"""Topics of statements and events, from weighted cue words (lexicons/topics.tsv).

A cue's weight says how much it tells alone: `疫苗` or `tariff` name their topic (2), `经济` or `security`
only hint at it (1). A text takes a topic when the weights of that topic's cues in it reach a bar that grows
with the text: one broad word in a long readout is no evidence, the same word twice in a short one is.
Hits of one topic close together in one clause count once; a short aside in brackets counts nothing. A set
phrase may carry weight 0 (`世界和平`): found as the longer match, it keeps its words from counting. An event's
bar also depends on its sides (TopicFinder.bars): two states' meeting is about their relations unless it names a
third state. A forum named as the meeting's setting is no evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from diplograph.extract.gazetteer import Entry, Matcher, country_items
from diplograph.lexicons import read_rows

PAIR_TOPIC = "bilateral_relations"
STATE = "@"  # the topic of a state's name, `@` and its code: no topic, a mark of who the text names
NEED = 2  # the weight a topic needs in a short text
NEVER = 10**9  # a bar no weight reaches
CHARS_PER_POINT = 1500  # one more point of weight for each this many characters of text
NEAR = 4  # hits of one topic fewer characters apart than this are one mention (`亚太经合组织（APEC）`)
CLAUSE_MARK = re.compile(r"[，。；！？,;.!?]")  # … in one clause: `维护地区和平，推动中东和平` is two mentions


# a forum named as where leaders meet (二十国集团峰会期间, 东盟（ASEAN）外长会议, the G7 summit) is the setting,
# not what they discuss: a `venue` row of topics.tsv this many characters after it, in one clause, takes its weight
FORUM_TOPIC = "multilateralism"
VENUE = "venue"
VENUE_GAP = 14
# a forum named as a frame the sides work in (在联合国等框架内, within the UN and G20 frameworks, the framework of
# ASEAN) is multilateral work: a `frame` row this many characters before or after it, in one clause, makes it name
# the topic (weight 2), where the forum's name alone only hints at it
FRAME = "frame"
FRAME_GAP = 8
# a state named as where something happens (在出访地甲国, 在甲国首都, in Vesta) is the setting, no third party: `在` or
# `in` at most this many characters before its name, in one clause
PLACE = re.compile(r"在[^，。；！？,;.!?]{0,4}$|i(?<!\wi)n (?:the )?$")  # each branch opens with a character
PLACE_GAP = 9
# a short aside in brackets glosses or qualifies the words before it (`亚太经合组织（APEC）`,
# `停止贸易（粮食和药品除外）`, `the reef (which both claim)`): what it names is no evidence of what the text is about
ASIDE = re.compile(r"（[^（）\n]{1,40}）|\([^()\n]{1,40}\)")
# two countries' relations named as a pair (中美关系, 俄中關係, China-US relations, the US-China relationship): the
# relations between two sides are the topic, as `双边关系` says; a bare `关系`/`relations` only hints at it (the pair's
# first capital opens the pattern, which looks back after it: a leading `\b` is tried at every position)
PAIR_EN = re.compile(r"[A-Z](?<!\w.)[A-Za-z.]+-[A-Z][A-Za-z.]+ (?:relations|relationship|ties)\b")
# the second half of every PAIR_EN: it opens with a hyphen, which re scans for faster than for any capital
PAIR_EN_TAIL = re.compile(r"-[A-Z][A-Za-z.]+ (?:relations|relationship|ties)\b")


class TopicFinder:
    """Finds topic cues once per text and weighs them over any of its spans."""

    def __init__(self, extra: str = "") -> None:
        items = []
        for row in read_rows("topics.tsv", extra):
            topic, _, cue, weight = (row + ["1"])[:4]
            items.append((cue, Entry("cue", f"{topic}|{weight}")))
        # states named, as weightless `@CODE` hits: a two-state event that names a third is about more than the pair;
        # a name that holds a cue (朝鲜劳动党 holds 朝鲜) would hide it from the longest match, so it is left out
        cues = [cue.lower() for cue, _ in items]
        names = [(n, e.value) for n, e in country_items(extra) if e.kind == "country"]
        items += [(n, Entry("cue", f"{STATE}{c}|0")) for n, c in names
                  if len(n) > 1 and not any(cue in n.lower() and cue != n.lower() for cue in cues)]
        self.matcher = Matcher([(_unquoted(form), e) for form, e in items], ignore_case=True)
        # each cue's (topic, weight), read once here rather than at every hit
        self.weights = {e.value: _topic_weight(e.value) for _, e in items}
        shorts = "".join(sorted({a for _, kind, a in read_rows("country_aliases.tsv", extra)
                                 if kind == "short" and len(a) == 1}))
        short = f"[{re.escape(shorts)}]"  # written twice, not repeated: a class opening it is what re scans for
        self.pair_zh = re.compile(f"{short}{short}(?:关系|關係)") if shorts else None
        partners = {row[0] for row in read_rows("partners.tsv", extra)}
        self.bodies = frozenset(row[0] for row in read_rows("organizations.tsv", extra)) - partners

    def bars(self, sides: set[str]) -> dict[str, int]:
        """How much higher (or lower) than usual an event's bar is per topic, from who its sides are: an event
        of two states is an act of their relations, which it takes with no cue unless its text names a third
        state (then one hint tells it; the sides' `@CODE` entries say whom `accepted` counts as no third);
        one of three states or more (a trilateral) is multilateral, so one hint tells that; one with a world
        body (the UN, the IMF) is multilateral diplomacy, never bilateral relations."""
        if sides & self.bodies:
            return {PAIR_TOPIC: NEVER}
        if len(sides) > 2:
            return {FORUM_TOPIC: -1}
        return {PAIR_TOPIC: -NEVER, **{STATE + c: 0 for c in sides}} if len(sides) == 2 else {}

    def hits(self, text: str) -> list[tuple[int, int, str, int]]:
        """(start, end, topic, weight) of every cue of `text`, sorted by start."""
        weights = self.weights
        plain = _unquoted(text)  # same length: offsets hold
        out = [(h.start, h.end, *weights[e.value]) for h in self.matcher.find(plain) for e in h.entries]
        # each pattern is tried only where its relation word occurs: most texts hold none, and a scan costs
        pairs = list(PAIR_EN.finditer(text)) if (" relation" in text or " ties" in text) and PAIR_EN_TAIL.search(text) \
            else []
        if self.pair_zh is not None and ("关系" in text or "關係" in text):
            pairs += self.pair_zh.finditer(text)
        if pairs:  # a pair's relations outweigh the bare `关系` they hold
            spans = [(m.start(), m.end()) for m in pairs]
            out = [h for h in out if h[2] != PAIR_TOPIC or not any(a <= h[0] and h[1] <= b for a, b in spans)]
            out = sorted(out + [(a, b, PAIR_TOPIC, 2) for a, b in spans])
        return _without_asides(_framed(_without_settings(_without_places(out, text), text), text), text)


def _unquoted(text: str) -> str:
    """`text` with each apostrophe or single quotation mark read as a space: the matcher takes one for a letter,
    which hides a cue in quotation marks ('fast channel'); no cue holds one, and forms are read the same way."""
    return text.replace("'", " ").replace("’", " ")


def _without_asides(hits: list[tuple[int, int, str, int]], text: str) -> list[tuple[int, int, str, int]]:
    """`hits` less those inside a short bracketed aside (ASIDE)."""
    if "(" not in text and "（" not in text:
        return hits
    spans = [m.span() for m in ASIDE.finditer(text)]
    if not spans:
        return hits
    starts = [a for a, _ in spans]  # asides do not overlap: the one a hit may lie in starts last before it
    return [h for h in hits if not ((k := bisect_left(starts, h[0]) - 1) >= 0 and h[1] < spans[k][1])]


def _without_places(hits: list[tuple[int, int, str, int]], text: str) -> list[tuple[int, int, str, int]]:
    """`hits` less the states named as where something happens (PLACE): a setting, no third party."""
    return [h for h in hits if not (h[2].startswith(STATE) and PLACE.search(text, max(0, h[0] - PLACE_GAP), h[0]))]


def _framed(hits: list[tuple[int, int, str, int]], text: str) -> list[tuple[int, int, str, int]]:
    """`hits` less the frame words, with the forum names they make a frame the sides work in at weight 2."""
    frames = [(s, e) for s, e, topic, _ in hits if topic == FRAME]
    if not frames:
        return hits
    return [(s, e, t, 2 if t == FORUM_TOPIC and any(_close(text, (s, e), f) for f in frames) else w)
            for s, e, t, w in hits if t != FRAME]


def _close(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether spans `a` and `b` lie within FRAME_GAP characters of each other in one clause."""
    (s1, e1), (s2, e2) = sorted([a, b])
    return 0 <= s2 - e1 <= FRAME_GAP and not CLAUSE_MARK.search(text, e1, s2)


def _without_settings(hits: list[tuple[int, int, str, int]], text: str) -> list[tuple[int, int, str, int]]:
    """`hits` less the venue words and the forum names they make a meeting's setting."""
    venues = [s for s, _, topic, _ in hits if topic == VENUE]
    if not venues:
        return hits
    return [h for h in hits if h[2] != VENUE and not (
        h[2] == FORUM_TOPIC and any(0 <= v - h[1] <= VENUE_GAP and not CLAUSE_MARK.search(text, h[1], v)
                                    for v in venues))]


def _topic_weight(value: str) -> tuple[str, int]:
    """(topic, weight) of a cue's entry value `topic|weight` (weight 1 when it is not a number)."""
    topic, _, weight = value.partition("|")
    return topic, int(weight) if weight.isdigit() else 1


def weigh(hits: list[tuple[int, int, str, int]], text: str, spans: list[tuple[int, int]],
          starts: list[int] | None = None) -> dict[str, tuple[int, list[str]]]:
    """Per topic, the weight of its cues inside the spans and the cue words as written (first seen first).
    `starts`: the hits' starts, taken once by a caller that weighs the same hits over many spans."""
    starts = [h[0] for h in hits] if starts is None else starts
    scores: dict[str, int] = {}
    words: dict[str, list[str]] = {}  # the lists are this call's own: added to in place
    for a, b in spans:
        last: dict[str, tuple[int, int]] = {}  # topic -> (end of its last hit, weight it counted)
        for s, e, topic, w in hits[bisect_left(starts, a):bisect_left(starts, b)]:
            if e > b:
                continue
            score = scores.get(topic, 0)
            prev = last.get(topic)
            if prev is not None and s - prev[0] < NEAR and not CLAUSE_MARK.search(text, prev[0], s):
                w, score = max(w, prev[1]), score - prev[1]  # one mention, counted at its best weight
            last[topic] = (e, w)
            scores[topic] = score + w
            cue, cues = text[s:e], words.setdefault(topic, [])
            if cue not in cues:
                cues.append(cue)
    return {topic: (score, words[topic]) for topic, score in scores.items()}


def accepted(found: dict[str, tuple[int, list[str]]], chars: int, shift: dict[str, int] | None = None,
             ) -> dict[str, list[str]]:
    """The topics whose weight reaches the bar for a text of `chars` characters, raised or lowered per topic by
    `shift` (TopicFinder.bars), with their cues."""
    need, shift = NEED + chars // CHARS_PER_POINT, dict(shift or {})
    if any(t.startswith(STATE) and t not in shift for t in found):  # a third state named: the pair needs a hint
        shift[PAIR_TOPIC] = max(shift.get(PAIR_TOPIC, 0), -1)
    # a topic the sides alone tell (bars): taken with no cue
    given = {t: (0, []) for t, s in shift.items() if need + s <= 0 and not t.startswith(STATE)}
    return {t: cues for t, (score, cues) in sorted({**given, **found}.items())
            if score >= need + shift.get(t, 0) and not t.startswith(STATE)}
