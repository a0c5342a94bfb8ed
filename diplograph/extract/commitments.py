"""What was promised, by whom, to whom: commitment cues (lexicons/commitments.tsv) in the sentences of a body.

A sentence inside a statement commits its speaker (both sides when it speaks for both, `双方`, `together`).
A sentence told by the reporter (`两国总理见证签署…`, `the administration will sell … to India`) commits the
side named before its cue, and belongs to the event last told before it. Whoever is named after 向/给/to
receives; when that is the speaker's own side (`感谢中方…同意向俄出口物资`, said by Russia), the other side
gives. Words credited to a third party give no commitment. Amounts of money come with aid, donations and
purchases.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from diplograph.extract.amounts import Amount, AmountFinder
from diplograph.extract.body_hits import BodyHits
from diplograph.extract.event_frame import Sentence, clause_of
from diplograph.extract.events import sentences
from diplograph.extract.gazetteer import Entry, Hit, Matcher
from diplograph.extract.names import fold
from diplograph.lexicons import read_rows

SENTENCE_ZH = re.compile(r"[^。；！？\n]+[。；！？]?")
# each branch opens with a character (`h(?<!\wh)` for `\bh`), so that re scans for the ones that may open a match
DELIVERED = re.compile(r"已经|已經|已向|已为|已為|h(?<!\wh)a(?:s|ve|d)\b|provided|delivered|donated|sent")
TO_WORDS = re.compile(r"(?:向|为|為|给|給|\bto\b|\bfor\b)\s*$")
BOTH = ("双方", "雙方", "两国", "兩國", "共同", "together", "both sides", "the two sides")
# the speaker tells what the other one does (`He invited me`, `他邀请我`): a pronoun right before the cue
THIRD_PERSON = re.compile(r"(?:^|[\s\"“「，,])(?:he|she|他|她)\s*(?:\w+ly\s+|also\s+|也|还|還)?$", re.I)
# the preposition before the one a commitment goes to (乙对甲提出邀请, 向乙发出邀请): who is named before it gives
GIVEN_TO = re.compile(r"[向对對给給]")
MONEY_KINDS = ("aid", "donation", "procurement")
# `will visit B at the invitation of C`, `invited by C`: C invites, named after the cue (the reporter's sentence)
INVITER_AFTER = re.compile(r"(?i:invitation\s+(?:of|from)|invited\s+by)\s")
# the inviter is named in the noun phrase after the cue, up to the clause's end (not `…, his office said after he
# spoke with B`)
INVITER_END = re.compile(r"[,;]|\.(?=\s|$)")
# what opens the phrase that names an inviter before the cue (在甲的邀请下, 应甲邀请, 应甲之邀, 获甲邀请, 接受甲的邀请,
# 感谢甲邀请, accepted A's, thanked A for the invitation)
INVITER_OPENS = re.compile(r"应|應|受|接受|获得|獲得|接获|接獲|获|獲|感谢|感謝|在|accept(?:s|ed|ing)\s"
                           r"|thank(?:s|ed|ing)?\s", re.I)
# a second verb or a second party between the opener and the cue (感谢日方支持并邀请…): the phrase names no inviter
NO_INVITER = re.compile(r"[并並和及与與]|\band\b")
ACCEPTED_BEFORE = re.compile(r"\baccept(?:s|ed|ing)?\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'’]+\s+)?$"
                             r"|(?:接受|获得|獲得)了?(?:[他她]的|其|这一|這一|该|該)?$", re.I)


class CommitmentFinder:
    """Finds commitments in a body for the events of its document."""

    def __init__(self, joint: tuple[str, ...], extra: str = "") -> None:
        rows = read_rows("commitments.tsv", extra)
        self.cues = Matcher([(cue, Entry("cue", kind)) for kind, _, cue in rows], ignore_case=True)
        self.amounts = AmountFinder(extra)
        self.joint = joint + BOTH

    def find(self, lexicon: BodyHits, chinese: bool, events: list[dict[str, Any]],
             statements: list[dict[str, Any]], told: list[int], others: list[tuple[int, int]],
             english: list[Sentence] | None = None) -> list[list[dict[str, Any]]]:
        """Per event, its commitments in the body `lexicon` reads. `statements` carry their event and owner;
        `told` is where each event is first told (-1 for the title); `others` are spans of words credited to
        third parties; `english`: an English body's sentences, when the caller has split them."""
        body = lexicon.body
        out: list[list[dict[str, Any]]] = [[] for _ in events]
        hits = self.cues.find(body)
        if not hits or not events:
            return out
        by_start = sorted(statements, key=lambda st: st["start"])
        starts = [st["start"] for st in by_start]
        hit_starts = [h.start for h in hits]  # the matcher's hits come left to right: a sentence's by bisection
        spans = _sentences(body, chinese, english)
        ends = [b for _, b in spans]
        # only the sentences a cue starts in are read (most sentences hold none)
        for a, b in (spans[k] for k in sorted({bisect_right(ends, at) for at in hit_starts}) if k < len(spans)):
            cues = [h for h in hits[bisect_left(hit_starts, a):bisect_left(hit_starts, b)] if h.end <= b]
            if not cues or any(x <= a < y for x, y in others):
                continue
            k = bisect_right(starts, b - 1) - 1  # the statement in it (`"He invited…` from past its quote)
            st = by_start[k] if k >= 0 and a < by_start[k]["end"] else None
            event = st["event"] if st else _told_before(told, a)
            text = body[a:b]
            names = lexicon.within(a, b)
            # sums go with aid, donations and purchases only: a sentence with no such cue is not searched for one
            amounts = self.amounts.find(text) if any(h.entries[0].value in MONEY_KINDS for h in cues) else []
            seen: set[tuple[str, tuple[str, ...]]] = set()
            for h in cues:
                kind = h.entries[0].value
                money = _own_amount(amounts, h.start - a) if kind in MONEY_KINDS else None
                found = self._one(kind, body[h.start:h.end], text, (a, b), st, events[event], h.start - a, names)
                if found is None or ((kind, tuple(found["by"])) in seen and money is None):
                    continue  # one commitment per kind, giver and sentence, unless each cue has its own sum
                seen.add((kind, tuple(found["by"])))
                if money is not None:
                    found["amount"], found["currency"] = money.value, money.currency
                out[event].append(found)
        return out

    def _one(self, kind: str, cue: str, text: str, span: tuple[int, int], st: dict[str, Any] | None,
             event: dict[str, Any], at: int, names: list[Hit]) -> dict[str, Any] | None:
        """One commitment of a cue at `at` in a sentence (`span` in the body) whose lexicon hits are `names`."""
        sides = list(dict.fromkeys(p["affiliation"] for p in event["participants"]))
        low = text.lower()
        joint = bool(st and st["joint"]) or any(j in low for j in self.joint)
        if joint:
            by = sides
        elif st is not None:
            by = [st["owner"]["affiliation"]]
            other = [s for s in sides if s not in by][:1]
            if other and THIRD_PERSON.search(text[:at]):  # `"He invited me…," Trump said`: he gives, to the speaker
                return _commitment(kind, cue, text, span, other, by)
            inviter = _inviter(text, clause_of(text, Sentence(0, len(text)), at)[0], at, at + len(cue), names,
                               event) if kind == "invitation" else []
            if inviter and inviter[0] in sides and inviter[0] not in by:  # 日方已接受中方邀请 (日方 said): 中方 gives
                return _commitment(kind, cue, text, span, inviter[:1], by)
        elif kind == "invitation" and INVITER_AFTER.match(text, at):
            stop = INVITER_END.search(text, at)
            end = stop.start() if stop else len(text)
            named = _named(text[at:end], event) + _sides_named([h for h in names if at <= h.start < end])
            by = named[:1] or (sides[-1:] if "counterpart" in text[at:end] else [])
            if not by or by[0] not in sides:
                return None  # `at the invitation of the organisers`: no party to the event invites
        else:
            # the giver is the side its own clause names before 向/对 (官员说，甲与乙通电，乙对甲提出邀请: 乙; not
            # the one after it: 并向乙发出邀请), else the side named first in the sentence before the cue
            cut = clause_of(text, Sentence(0, len(text)), at)[0]
            to_mark = GIVEN_TO.search(text, cut, at)
            end = to_mark.start() if to_mark and cut else cut
            named = _named(text[cut:end], event) + _sides_named([h for h in names if cut <= h.start
                                                                 and h.end <= end]) if end > cut else []
            named = named or _named(text[:at], event) + _sides_named([h for h in names if h.end <= at])
            inviter = _inviter(text, cut, at, at + len(cue), names, event) if kind == "invitation" else []
            if (inviter or named) and (inviter or named)[0] not in sides:
                return None  # 美国政府证实将出售…: the side that promises is no party to the event
            by = inviter[:1] or named[:1] or sides[:1]
            accepted = ACCEPTED_BEFORE.search(text, 0, at) if kind == "invitation" and not inviter else None
            if accepted:  # `A said B accepted his invitation`: B, named last before the verb, is asked
                asked = _named_last(text[: accepted.start()], event, [h for h in names if h.end <= accepted.start()])
                by = [s for s in sides if s != (asked or by[0])][:1] or by
        to = [] if joint else _recipients(text, names)
        if not joint and set(to) & set(by):  # the speaker's side receives: the other side gives
            by = [s for s in sides if s not in to] or by
        to = [] if joint else ([s for s in to if s not in by] or [s for s in sides if s not in by])
        return _commitment(kind, cue, text, span, by, to)


def _inviter(text: str, cut: int, at: int, end: int, names: list[Hit], event: dict[str, Any]) -> list[str]:
    """The sides named between an opener and the invitation cue at `at` (ending at `end`) in the clause from `cut`:
    在甲的邀请下, 应甲邀请, 受甲之邀, 接受甲的邀请, 感谢甲邀请, accepted A's invitation name the inviter there,
    whoever the clause's subject or speaker is (乙在甲的邀请下访问, 乙方感谢甲方邀请: 甲 invites)."""
    openers = list(INVITER_OPENS.finditer(text, cut, at))
    opener = openers[-1] if openers else None
    if opener is None or (opener.group() == "在" and text[end : end + 1] != "下") \
            or NO_INVITER.search(text, opener.end(), at):
        return []
    a = opener.end()
    return list(dict.fromkeys(_named(text[a:at], event) + _sides_named([h for h in names if a <= h.start
                                                                         and h.end <= at])))


def _commitment(kind: str, cue: str, text: str, span: tuple[int, int], by: list[str], to: list[str],
                ) -> dict[str, Any]:
    """One commitment as the exchange format has it (the amount is filled in by the caller)."""
    return {"type": kind, "by": by, "to": to, "text": text.strip(), "cue": cue, "amount": None,
            "currency": None, "delivered": bool(DELIVERED.search(text)), "start": span[0], "end": span[1]}


def _sides_named(hits: list[Hit]) -> list[str]:
    """The sides a text names, in order."""
    out = []
    for h in hits:
        entry = h.first("country", "org", "short", "side", "demonym", "person")
        if entry:
            out.append(entry.value.split("|")[0])  # a person's entry: affiliation|office|start|end
    return list(dict.fromkeys(out))


def _recipients(text: str, hits: list[Hit]) -> list[str]:
    """Sides named right after 向/为/给/to in the sentence (向世卫组织捐款: the WHO receives)."""
    out = []
    for h in hits:
        entry = h.first("country", "org", "short", "side")
        if entry and TO_WORDS.search(text[max(0, h.start - 4):h.start]):
            out.append(entry.value)
    return list(dict.fromkeys(out))


def _own_amount(amounts: list[Amount], at: int) -> Amount | None:
    """The sum a cue at `at` goes with: the first one after it (出售…3.65亿美元的运输机), else the last before it
    (`$20 million in aid`); each sum goes with one cue only (pop it)."""
    if not amounts:
        return None
    k = next((i for i, m in enumerate(amounts) if m.start >= at), len(amounts) - 1)
    return amounts.pop(k)


def _named(text: str, event: dict[str, Any]) -> list[str]:
    """The sides of the event's participants named in a text, in the order they are named."""
    key = fold(text)
    at = []
    for p in event["participants"]:
        spots = [key.find(n) for n in map(fold, p["name"].values()) if n and n in key]
        if spots:
            at.append((min(spots), p["affiliation"]))
    return [aff for _, aff in sorted(at)]


def _named_last(text: str, event: dict[str, Any], hits: list[Hit]) -> str | None:
    """The side named last in a text, by an event participant's name or a lexicon hit (`hits`, within it) that is
    no part of such a name (田中一郎's 中 names no China)."""
    key = fold(text)
    found = [(key.rfind(n), len(n), p["affiliation"]) for p in event["participants"]
             for n in map(fold, p["name"].values()) if n and n in key]
    spots = [(at, side) for at, _, side in found]
    for h in hits:
        at = len(fold(text[: h.start]))
        if not any(a <= at < a + n for a, n, _ in found):
            spots += [(at, side) for side in _sides_named([h])]
    return max(spots, default=(0, None))[1]


def _sentences(body: str, chinese: bool, english: list[Sentence] | None) -> list[tuple[int, int]]:
    if chinese:
        return [(m.start(), m.end()) for m in SENTENCE_ZH.finditer(body)]
    return [(s.start, s.end) for s in (sentences(body, False) if english is None else english)]


def _told_before(told: list[int], at: int) -> int:
    """The event last told before `at` (the first event when none is)."""
    before = [k for k, t in enumerate(told) if t <= at]
    return max(before, key=lambda k: told[k]) if before else 0
