"""Whether a word that calls off or puts off (取消, cancelled, 延後, postponed) bears on the interaction a trigger
tells, not on tariffs, a strike or a flight the same sentence names, nor as a delay gone by."""

from __future__ import annotations

import re

from diplograph.extract.event_frame import SENTENCE_END, ZH_CLAUSE_END
from diplograph.extract.gazetteer import Hit
from diplograph.lexicons.literals import at_word_start, word_starts

GOVERN_GAP = 3  # 會談將延後, 訪問行程暫緩: a word that puts off the interaction stands this close to its trigger
PUT_OFF_ITSELF = re.compile(r"(?:舉行|举行)?(?:[，,；;。！？\n]|$)")  # 行程暫緩。, 延後舉行。: no object put off


def governs(text: str, cues: list[Hit], cue: Hit, hit: Hit) -> bool:
    """會談延後, 暫緩訪問, 但訪問行程暫緩。: the word stands next to the trigger in its clause, or ends a clause that
    names an interaction or a trip, so it puts off the interaction and not something else the sides agreed on
    (同意暫緩加徵關稅, 同意關稅措施暫緩。)."""
    if PUT_OFF_ITSELF.match(text, cue.end):
        start = max((m.end() for m in ZH_CLAUSE_END.finditer(text, max(0, cue.start - 30), cue.start)),
                    default=max(0, cue.start - 30))
        if "行程" in text[start : cue.start] or any(
                start <= c.start < cue.start and c.first("trigger") is not None for c in cues):
            return True
    a, b = (hit.end, cue.start) if cue.start >= hit.end else (cue.end, hit.start)
    return 0 <= b - a <= GOVERN_GAP and not ZH_CLAUSE_END.search(text, a, b)


def called_off(text: str, cues: list[Hit], hits: list[Hit], kinds: tuple[str, ...] = ()) -> bool:
    """Whether a cancel word bears on one of the triggers (`cancels`), or a word that puts off stands next to one
    (`governs`), and is not told as a delay gone by (這次訪問曾兩度延期); with `kinds`, only triggers of those
    types count (the act's: a call placed after a meeting was cancelled is no cancelled call)."""
    if kinds:
        hits = [h for h in hits if trigger_kind(h) in kinds]
    for c in cues:
        if ("cancel" in c.kinds or "postpone" in c.kinds) and not PAST_DELAY.search(text, max(0, c.start - 14),
                                                                                      c.start):
            bears = cancels if "cancel" in c.kinds else governs
            if any(bears(text, cues, c, hit) for hit in hits):
                return True
    return False


# 這次訪問曾因疫情兩度延期, 此前一度推迟, previously postponed: a delay told as past, the interaction since told
# (曾 as the surname of the one who calls off: only 曾因, 曾经, 曾被)
PAST_DELAY = re.compile(r"(?:曾(?:[因经經被遭]|[两兩一]度|多次)|此前|先前|一度|"  # not 已多次, repeatedly: it may go on
                        + word_starts("previously") + r")[^，,。；;]{0,12}$")
# was called off, were postponed, 被取消, 已经取消: the cancel word told of its subject, named before it
PASSIVE_BEFORE = re.compile(r"(?:被|遭|已|已经|已經|(?:" + word_starts("was", "were", "been", "be", "is", "are")
                            + r")(?:\s+[a-z]+ly)?)\s*$")  # has been repeatedly postponed
# `The meeting, which was set for Friday, was cancelled`: a clause that is no more than the passive verb
PASSIVE_CLAUSE = re.compile(r"[，,；;]\s*(?:(?:has|have|had)\s+)?$")
# 原定明天與乙會面，但這站已經取消: the trigger told as planned before, then a cancel word with no object of its own
ORIGINALLY = re.compile(r"原定|原訂|原订|原本|原先|原計劃|原计划|原計畫|"
                        + word_starts("was scheduled", "had been scheduled", "was due", "had been due", "was set to",
                                      "had been set to", "was to", "had been planned", "was planned"))
SUBORDINATE = re.compile(at_word_start("after", "before", "when", "because", "since", "while", "following", "until",
                                       "once", "although", "though", any_case=True) + r"\b")
CANCEL_REACH = 30  # 取消原定本周与乙的会晤: how far into the cancel word's clause its object may name the trigger
TIMED = re.compile(r"[后後前时時]|以来|以來|期[间間]")  # 取消关税后, 取消管制前: a time clause the cancel word opens
EN_OBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}$")  # cancelled his planned visit: the words before the trigger


def cancels(text: str, cues: list[Hit], cue: Hit, hit: Hit) -> bool:
    """取消了访问, cancelled his visit, 会晤被取消, talks were called off: the cancel word bears on the trigger (next
    to it; the trigger, its word said again or 行程 as its object; the trigger before it as the subject of its
    passive; or, with no object, after the trigger told as planned: 原定…会面，但…已经取消), not on something else in
    the sentence (同意取消关税, cancelled tariffs)."""
    if governs(text, cues, cue, hit):
        return True
    stop = ZH_CLAUSE_END.search(text, cue.end, cue.end + CANCEL_REACH)
    end = stop.start() if stop else cue.end + CANCEL_REACH
    again = _said_again(text, text[hit.start : hit.end], cue.end, end)  # 原定访问日本，但取消了访问: the word again
    trip = text.find("行程", cue.end, end)  # 取消了这次行程
    if any(cue.end <= at < end and _object_of(text, cue, at) for at in (hit.start, again, trip)):
        return True
    passive = PASSIVE_BEFORE.search(text, max(0, cue.start - 24), cue.start)
    if hit.end > cue.start or (passive is None and not PUT_OFF_ITSELF.match(text, cue.end)):
        return False  # the cancel word has an object of its own, or the trigger comes after it
    if SUBORDINATE.search(text, hit.end, cue.start):
        return False  # phoned B after a planned meeting was cancelled: the passive has a subject of its own
    if not ZH_CLAUSE_END.search(text, hit.end, cue.start) or (passive is not None and PASSIVE_CLAUSE.search(
            text, max(0, passive.start() - 12), passive.start()) is not None):
        return True
    plan = ORIGINALLY.search(text, max(0, hit.start - CANCEL_REACH), hit.start)
    return plan is not None and not SENTENCE_END.search(text, plan.end(), cue.start)


def _said_again(text: str, word: str, a: int, b: int) -> int:
    """Where the trigger's word stands again in text[a:b], -1 if not: an English word whole (not `met` in
    `metals`), a Chinese one as it stands."""
    at = text.find(word, a, b)
    while at >= 0 and word.isascii() and (text[at - 1 : at].isalnum() or text[at + len(word) : at + len(word) + 1]
                                           .isalnum()):
        at = text.find(word, at + 1, b)
    return at


def _object_of(text: str, cue: Hit, at: int) -> bool:
    """Whether the words from the cancel word to `at` lead up to its object (cancelled his planned visit, 取消了原定
    本周对日本的访问), with no time clause between (举行取消关税后的首次会谈: the tariffs are its object)."""
    if text[cue.start].isascii():
        return EN_OBJECT.match(text[cue.end : at]) is not None
    return TIMED.search(text, cue.end, at) is None


def trigger_kind(h: Hit) -> str:
    """The interaction type a trigger tells."""
    return (h.first("trigger") or h.entries[0]).value
