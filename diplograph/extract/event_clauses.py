"""The clauses of a Chinese sentence that tell interactions of their own (issue 18).

Chinese strings acts together in one sentence: 甲将访华，乙将访问甲国 (two visits, each with its own
subject), 访问甲、乙两国，并在某地同丙国领导人举行会晤 (a tour and a meeting with someone else), 会见甲后又同乙通电话
(a meeting, then a call). Read as one sentence, such a string gives one frame: the first act takes every party.
After a clause that tells an act whole (its partner named, no 后/时/期间 making it the time of what follows), a
clause opening a new verb phrase with a trigger of its own and a side no clause before names (after `，`/`；` as
its subject, or as its partner after a partner word or its verb; after 并 or 后又 as its partner) is read as a
sentence of its own; a clause naming no new side (会见乙，双方举行会谈; 抵达乙国，并同乙国总统会谈: talks on the
visit, as gold joins them) stays with the act it continues.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from diplograph.extract.actors import Mention
from diplograph.extract.event_frame import Sentence, named, same_name
from diplograph.extract.gazetteer import Hit
from diplograph.extract.zh_partners import NOT_SAYING, PARTNER_MARKS, ZH_WITH, named_after

# where a new verb phrase may open: a comma or semicolon before a subject of its own (，乙将访问甲国), 并 before
# a partner (并同乙会谈, 并在某地与乙会晤; not 会见并宴请, nor 出席峰会并对某国进行国事访问, one visit as gold counts
# it), 后 before 又 and a partner (会见甲后又同乙通电话)
CLAUSE_OPENS = re.compile(rf"[，；;]|(?<=[并並])(?=(?:在[^，。；]{{1,12}})?[{ZH_WITH}])"
                          rf"|(?=[后後][又还還再](?:在[^，。；]{{1,12}})?[{ZH_WITH}和])")
# a clause after a comma that opens with its partner, after its day or a word of sequence (，8日同乙会谈;
# ，随后与乙举行会谈): the act goes on with the sentence's subject
# (not after a word of saying or 愿: ，双方表示愿同丙加强合作 tells what was said; 希望同丙会谈 is read, and
# dropped as a wish, in its own clause)
# (the place it is held may come first, however long its name: ，今天在某国某城（Latin name）与乙举行…)
PARTNER_OPENS = re.compile(rf"(?:{NOT_SAYING}[^，。；;愿願]){{0,12}}?(?:在(?:{NOT_SAYING}[^，。；;愿願]){{1,30}}?)?"
                           rf"[{ZH_WITH}]")
# … or with the act's own verb, its partner after it (，并会见了乙; ，随后会见乙; ，8日将访问乙国): how far in
VERB_AHEAD = 8
# after the act's verb, a word making it the time of something else (会谈时, 会见后, 访问期间)
TIMES_AFTER = re.compile(r"[时時后後前中]|期间|期間|之际|之際")
# a clause ending so only times what follows (会谈后，; 在会见甲时，; 访问期间，): no act of its own
TIME_ENDS = re.compile(r"(?:后|後|时|時|前|期间|期間|前夕|之际|之際|中|以来|以來)\s*$")
# a pronoun turning back to someone named before (与其会谈, 会见了他)
REFERS_BACK = re.compile(r"[其他她]")
# the first mention of a clause standing after one of these is its partner or setting, not its subject
NOT_SUBJECT = PARTNER_MARKS + "对對在向赴"
AT = "在于於"


def _written_host(text: str, t: Hit, contracted: Mapping[str, str]) -> str | None:
    """The host of a visit written onto its verb (访华: CHN), if the trigger is such a visit."""
    return contracted.get(text[t.start + 1]) if t.end - t.start == 2 and text[t.start] in "访訪" else None


def _told_whole(text: str, piece: Sentence, triggers: list[Hit], mentions: list[Mention],
                contracted: Mapping[str, str]) -> bool:
    """Whether a clause tells an act whole: a trigger with its partner after it (会见甲, 访问甲国), before it
    (同甲通电话) or written onto it (访华), and no ending that makes it the time of what follows (会见甲后，)."""
    if TIME_ENDS.search(text, piece.start, piece.end):
        return False
    partner = any(piece.start < m.start < piece.end and named_after(text, m.start) for m in mentions)
    return any(partner or any(t.end <= m.start < piece.end for m in mentions)
               or _written_host(text, t, contracted) is not None
               for t in triggers if piece.start <= t.start < piece.end)


def _new_act(text: str, opening: re.Match[str], ahead: Hit, stop: int, mentions: list[Mention],
             hosts: set[str | None], prior: int) -> bool:
    """Whether the clause from `opening` to `stop` tells an act with a side no clause before names, first named
    in it (a state named before only as a place counts as not named for a subject: 甲访问乙国，乙国总理将访问甲国):
    after a comma, a named person of that side opening it is its subject (，乙将访问甲国) unless the clause
    turns back to the subject before (访华，乙将与其会谈; ，乙同甲会谈: the host receiving the visitor), one
    after a partner word or the act's verb its partner (，8日同乙会谈; ，随后会见乙); after 并 or 后又, it is the
    partner. A visit's host written onto its verb (`hosts`: 访华) is a side named before for a partner (访华，并同乙
    会谈: talks on the visit). `prior`: where the act before it is told (its verb)."""
    at = opening.end()
    before = [m for m in mentions if m.start < at]
    # a state right after 在 is where the act is held (，今天在某国与乙会谈), not a side of it
    own = [m for m in mentions if at <= m.start < stop and not (m.kind == "state" and named_after(text, m.start, AT))]
    first = own[0] if own else None
    if first is None:
        return False
    verb_first = at <= ahead.start and ahead.end <= first.start and ahead.start - at <= VERB_AHEAD \
        and not TIMES_AFTER.match(text, ahead.end)  # ，随后会见乙 (not ，会谈时丙也在场)
    if not opening.group() or verb_first or PARTNER_OPENS.fullmatch(text, at, first.start):  # its partner
        # (with a subject named before to go on from: 他在甲城与X会面，今天…与Y… alone names only partners)
        subjects = any(not named_after(text, m.start) for m in before if m.kind == "person")
        if first.affiliation in hosts | {m.affiliation for m in before}:
            return subjects and _another_partner(first, [m for m in before if m.start >= prior], hosts)
        return subjects
    if text[at : first.start].strip() or first.kind != "person" or not named(first):
        return False
    if first.affiliation in {m.affiliation for m in before if m.kind != "state"}:
        return _another_host(text, first, [m for m in before if m.start < prior], own, stop)
    subject = next((m for m in before if m.kind == "person" and named(m)), None)
    return not REFERS_BACK.search(text, first.end, stop) and not (subject and any(
        m.kind == "person" and named(m) and m.affiliation == subject.affiliation and same_name(m, subject)
        for m in own))


def _another_partner(first: Mention, partners: list[Mention], hosts: set[str | None]) -> bool:
    """Whether the partner a clause opens with (，并于下午拜会乙) is someone else of the side the act before met
    in a named person (`partners`: the mentions after its verb), not the host of a visit (抵达乙国，并同乙国总统
    会谈: talks on the visit) nor that person again."""
    met = [m for m in partners if m.affiliation == first.affiliation]
    return first.kind == "person" and named(first) and first.affiliation not in hosts and bool(met) \
        and all(m.kind == "person" and named(m) and not same_name(m, first) for m in met)


def _another_host(text: str, first: Mention, before: list[Mention], own: list[Mention], stop: int) -> bool:
    """Whether a clause's subject of a side named before is someone else of that side, with a partner of his
    own in the clause (甲将会见丙，乙将同他举行会谈: the head of state meets, the premier holds talks). The act
    before must have a named person of that side for its subject (`before`: the mentions before its verb), not
    a delegation (乙派遣的代表团访问丙国，团长丁同戊会谈: talks on the visit); its subject going on (甲会见丙，甲表示)
    or someone only attending (，乙参加会见) tell no act of their own."""
    people = [m for m in before if m.kind != "state"]
    k = next((k for k in range(len(people) - 1, -1, -1) if people[k].kind == "person" and named(people[k])), None)
    if k is None or people[k].affiliation != first.affiliation or any(m.kind != "person" for m in people[k:]) \
            or any(same_name(m, first) for m in people if m.kind == "person" and named(m)):
        return False  # (a title after the subject's name, 甲主席, is a mention of its own)
    return REFERS_BACK.search(text, first.end, stop) is not None or any(
        m.affiliation not in (None, first.affiliation) for m in own[1:])


def own_clauses(text: str, sent: Sentence, triggers: list[Hit], mentions: list[Mention],
                contracted: Mapping[str, str]) -> list[Sentence]:
    """The spans of `sent` read as sentences of their own: after a clause that tells an act whole, one per
    clause that tells an act with a side of its own (`_new_act`), each running to the next; the whole sentence
    when there is none."""
    if len(triggers) < 2:
        return [sent]
    cuts = [sent.start]
    for opening in CLAUSE_OPENS.finditer(text, triggers[0].end, triggers[-1].start):
        at = opening.end()
        ahead = next((t for t in triggers if t.start >= at), None)
        if ahead is None:
            break
        stop = next((o.start() for o in CLAUSE_OPENS.finditer(text, ahead.end, sent.end)), sent.end)
        hosts = {_written_host(text, t, contracted) for t in triggers if t.end <= at}
        prior = max(t.start for t in triggers if t.end <= at)
        if _new_act(text, opening, ahead, stop, mentions, hosts, prior) and _told_whole(
                text, Sentence(cuts[-1], opening.start()), triggers, mentions, contracted):
            cuts.append(at)
    return [Sentence(a, b) for a, b in zip(cuts, [*cuts[1:], sent.end])]


def clause_reading(text: str, sent: Sentence, clause: Sentence, act: Hit, mentions: list[Mention]
                   ) -> tuple[Sentence, list[Mention]]:
    """The span and mentions a clause is read with. One naming its own subject before its `act` (，乙将访问甲国) is
    read alone; one naming none (并在某地同丙…, 又同乙通电话, ，随后会见了乙) goes on from the sentence's opening,
    whose subject, day and future word (将出席…并对某国进行访问) are its own too, with the mentions of its own
    span."""
    own = [m for m in mentions if clause.start <= m.start < clause.end]
    first = own[0] if own else None
    if clause.start == sent.start or (first is not None and first.kind == "person" and first.start < act.start
                                      and text[first.start - 1] not in NOT_SUBJECT):
        return clause, own
    subject = next((m for m in mentions if m.kind == "person" and m.start < clause.start), None)
    return Sentence(sent.start, clause.end), ([subject] if subject else []) + own


# a summit named as the time of the act after it, in its clause (出席峰会期间会见乙: no comma after 期间), and the
# words that attend it (出席, 参加, 在): the span runs from them, so the clause's subject before them stays a party
SUMMIT_DURING = re.compile(r"(?:期间|期間)(?![，,。；;])")
ATTENDING = re.compile(r"出席|参加|參加|在")


def summit_during(text: str, sent: Sentence, hit: Hit, triggers: list[Hit]) -> tuple[int, int] | None:
    """The span of a summit told as the time of another act in its clause (出席东盟峰会期间会见乙): from the words
    that attend it to its 期间, whose organisation is the setting, no party; None for any other trigger."""
    if hit.first("trigger").value != "summit":
        return None
    during = SUMMIT_DURING.match(text, hit.end)
    if during is None or not any(t.start >= during.end() for t in triggers):
        return None
    opens = [m.start() for m in ATTENDING.finditer(text, sent.start, hit.start)]
    return (opens[-1] if opens else hit.start), during.end()


# 根据两国两年前签署的协议，…: a phrase of basis whose noun a trigger only qualifies (签署的协议, 达成的共识), up to
# its clause's comma: what it names was done before and is what the act follows, no act of the sentence
BASIS_OPENS = re.compile(r"根据|根據|按照|依照|依据|依據|遵照|遵循|本着|本著|基于|基於")
CLAUSE_BREAK = re.compile(r"[，,；;。]")


def basis_phrase(text: str, sent: Sentence, hit: Hit) -> tuple[int, int] | None:
    """The span of the phrase of basis the trigger qualifies a noun in (根据两年前签署的协议，), from its
    preposition to its clause's comma; None otherwise (根据双方商定同乙举行会谈: the act itself)."""
    if text[hit.start].isascii():
        return None
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, sent.start, hit.start)]
    openers = list(BASIS_OPENS.finditer(text, breaks[-1] if breaks else sent.start, hit.start))
    close = CLAUSE_BREAK.search(text, hit.end, sent.end)
    if not openers or close is None or close.group() not in "，," or "的" not in text[hit.end : close.start()]:
        return None
    return openers[-1].start(), close.start()
