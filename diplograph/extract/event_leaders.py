"""Sides given as states: their leaders (中美元首, 中俄两国领导人, the leaders of South Korea and China), each
the person who led that state on the interaction's day (from the people lexicon), so that the event names the
heads of state as a report naming them would; or the states themselves (talks between envoys from A, B and C)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from diplograph.extract.actors import Mention
from diplograph.extract.en_groups import EN_JOIN, STATE_KINDS, state_run
from diplograph.extract.event_frame import Sentence, clause_of, ending_in, starting_in
from diplograph.extract.gazetteer import Hit
from diplograph.lexicons import read_rows
from diplograph.lexicons.literals import at_word_start

ZH_LEADERS = re.compile(r"(?:两国|兩國|三国|三國|各国|各國|两大|兩大)?(?:元首|领导人|領導人|首脑|首腦|首长|首長)")
EN_LEADERS = re.compile(at_word_start("leaders", "heads of state", any_case=True) + r"(?i:\s+of\s+(?:the\s+)?)")
EN_THEIR_LEADERS = re.compile(at_word_start("leaders", "heads of state", any_case=True) + r"\b(?!\s+of\b)")
ZH_JOIN = re.compile(r"[、和与與及]?")  # 中美, 中、美, 中国和美国
HEADS_OF_STATE = re.compile(r"元首|heads of state", re.I)  # 领导人 and leaders may be premiers
# talks between envoys from A, B and C; talks among A and B: the states are the sides
EN_WHO_FROM = (r"\s*(?:(?:the\s+)?(?:envoys|officials|delegations|delegates|representatives|negotiators|diplomats)"
               r"\s+(?:from|of)\s+)?(?:the\s+)?")
EN_BETWEEN = re.compile(r"\s*(?:between|among|involving)" + EN_WHO_FROM, re.I)
EN_WHO = re.compile(EN_WHO_FROM, re.I)  # after a trigger that ends in `between` (Talks between)
SIDE_KINDS = (*STATE_KINDS, "place")  # a seat of government stands for its state (envoys from Moscow and Kyiv)
LEADER_OFFICES = ("head_of_state", "head_of_government")  # a state without a head of state is led by its premier


@dataclass(frozen=True)
class Term:
    """One term of office from the people lexicon."""

    start: str
    end: str
    office: str
    names: dict[str, str]  # script -> name (en, zh-Hans, zh-Hant)
    who: str  # the Wikidata id (one person under two spellings), else the name


def _short_form(forms: str) -> str:
    """The form a report uses (特朗普, not 唐纳德·特朗普): the last one without a middle dot, else the last."""
    options = forms.split("|")
    return next((f for f in reversed(options) if "·" not in f), options[-1])


def load_terms(extra: str = "") -> dict[str, list[Term]]:
    """Terms of heads of state and government by state, sorted by start."""
    out: dict[str, list[Term]] = {}
    for row in read_rows("people.tsv", extra):
        name, code, office, start, end, hans, hant, qid = (row + [""] * 8)[:8]
        if office not in LEADER_OFFICES or not start:
            continue
        short = {k: _short_form(v) for k, v in (("zh-Hans", hans), ("zh-Hant", hant)) if v}
        names = {"en": name, **short}
        out.setdefault(code, []).append(Term(start, end or "9999", office, names, qid or name))
    for terms in out.values():
        terms.sort(key=lambda t: t.start)
    return out


def leader_on(terms: list[Term], day: str, heads_only: bool = False, premier_led: bool = False) -> Term | None:
    """Who led the state on `day` (YYYY, YYYY-MM or YYYY-MM-DD): its head of state (only that one for 元首,
    `heads_only`), else its head of government (first, where `premier_led`); None when the lexicon holds no
    one, or more than one person, for that office."""
    held = [t for t in terms[: bisect_right([t.start for t in terms], day)] if day < t.end]
    offices = LEADER_OFFICES[:1] if heads_only else LEADER_OFFICES[::-1] if premier_led else LEADER_OFFICES
    for office in offices:
        if len({t.who for t in held if t.office == office}) == 1:
            return next(t for t in held if t.office == office)
    return None


def _states_before(text: str, hits: list[Hit], at: int, chinese: bool,
                   kinds: tuple[str, ...] = STATE_KINDS) -> list[Hit]:
    """The run of state names (of `kinds`) ending just before `at` (中美元首: 中, 美; Chinese and Russian
    leaders)."""
    run: list[Hit] = []
    join = ZH_JOIN if chinese else EN_JOIN
    for h in sorted((h for h in hits if h.end <= at), key=lambda h: -h.start):
        if not join.fullmatch(text, h.end, at if not run else run[-1].start):
            break
        if any(e.kind in kinds for e in h.entries):
            run.append(h)
        else:
            break
    return run[::-1]


def leaders(text: str, sent: Sentence, hit: Hit, hits: list[Hit], chinese: bool, lang: str, day: str | None,
            terms: dict[str, list[Term]], premier_led: frozenset[str] = frozenset()) -> list[Mention]:
    """The leaders of the states the trigger's clause names as `X、Y元首` / `leaders of X and Y` / `X-ian and
    Y-ian leaders`, as people (at least two states, each with one leader on that day); otherwise none."""
    if not day:
        return []
    a, b = clause_of(text, sent, hit.start)
    for m, states in _leader_words(text, hits, a, b, chinese):
        out = []
        for h in states:
            code = next(e.value for e in h.entries if e.kind in (*STATE_KINDS, "demonym"))
            term = leader_on(terms.get(code, []), day, HEADS_OF_STATE.search(m.group()) is not None,
                             code in premier_led)
            if term is None or any(p.affiliation == code for p in out):
                return []
            name = term.names.get(lang) or term.names["en"]
            out.append(Mention("person", h.start, h.end, name=name, name_span=(h.start, h.end), affiliation=code,
                               affiliation_from="gazetteer", office=term.office,
                               names={k: v for k, v in term.names.items() if k != lang}))
        if len(out) >= 2:
            return out
    return []


def _leader_words(text: str, hits: list[Hit], a: int, b: int, chinese: bool) -> Iterator[tuple[re.Match, list[Hit]]]:
    """Each word for the leaders of several states in text[a:b] with the states it names: 中美元首 (the states
    before it), `the leaders of A and B` (after it), `A-ian and B-ian leaders` (demonyms before it)."""
    if chinese:
        for m in ZH_LEADERS.finditer(text, a, b):
            yield m, _states_before(text, hits, m.start(), True)
        return
    for m in EN_LEADERS.finditer(text, a, b):
        yield m, state_run(text, hits, m.end())
    for m in EN_THEIR_LEADERS.finditer(text, a, b):
        yield m, _states_before(text, hits, m.start(), False, ("demonym",))


def _state_party(text: str, h: Hit, office: str | None, names: dict[tuple[str, str], str]) -> Mention:
    """A state named (or stood for by its capital: Kyiv is Ukraine, or by its demonym) as a party holding
    `office`."""
    entry = next(e for e in h.entries if e.kind in (*SIDE_KINDS, "demonym"))
    own = entry.kind not in ("place", "demonym")
    name = text[h.start : h.end] if own else names.get((entry.value, "en"), text[h.start : h.end])
    return Mention("state", h.start, h.end, name=name, name_span=(h.start, h.end), affiliation=entry.value,
                   affiliation_from="text", office=office)


def listed_states(text: str, hit: Hit, hits: list[Hit], office: str | None = None,
                  names: dict[tuple[str, str], str] | None = None) -> list[Mention]:
    """The states an English trigger lists as its sides (`Talks between envoys from Ukraine, Russia and the
    United States`), as state parties holding `office`; none unless two or more. `hits`: the page's, sorted by
    start."""
    ends_between = re.search(r"(?:between|among)\s*$", text[hit.start : hit.end], re.I) is not None
    m = (EN_WHO if ends_between else EN_BETWEEN).match(text, hit.end)
    if m is None:  # Ukraine-Russia talks (a U.S.-Japan Joint Statement is no listing of sides)
        run = _hyphened_before(text, hits, hit.start) if hit.first("trigger").value == "talks" else []
    else:
        run = state_run(text, hits, m.end(), SIDE_KINDS)
        demonyms = [] if len(run) >= 2 else state_run(text, hits, m.end(), ("demonym",))
        if len(demonyms) >= 2 and DEMONYM_WHO.match(text, demonyms[-1].end):
            run = demonyms  # talks between Ukrainian and Russian officials
    out: list[Mention] = []
    brokers = [h for h in ending_in(hits, hit.start - 12, hit.start) if BROKERED.match(text, h.end)
               and any(e.kind in SIDE_KINDS for e in h.entries)]  # U.S.-brokered talks between A and B
    for h in run + brokers:
        party = _state_party(text, h, office, names or {})
        if all(p.affiliation != party.affiliation for p in out):
            out.append(party)
    return out if len(out) >= 2 else []


# talks between Ukrainian and Russian officials: demonyms before the plural of those who speak for a state
DEMONYM_WHO = re.compile(r"\s+(?:envoys|officials|delegations|delegates|representatives|negotiators|diplomats)\b",
                         re.I)
# Ukraine-Russia Peace Talks, China-Japan talks: states joined by hyphens a word or two before the trigger
WORDS_TO_TRIGGER = re.compile(r"\s+(?:[A-Za-z]+\s+){0,2}")


def _hyphened_before(text: str, hits: list[Hit], at: int) -> list[Hit]:
    """The states joined by hyphens that end a word or two before position `at`, if two or more."""
    states = sorted((h for h in hits if h.end <= at and any(e.kind in STATE_KINDS for e in h.entries)),
                    key=lambda h: h.start)
    run = [h for h in states[-1:] if WORDS_TO_TRIGGER.fullmatch(text, h.end, at)]
    while run:
        prev = next((h for h in states if h.end == run[0].start - 1 and text[h.end] == "-"), None)
        if prev is None:
            break
        run.insert(0, prev)
    return run if len(run) >= 2 else []


# the words for the people a state sends to talks
DELEGATES = "officials|delegations|negotiators|envoys|representatives|diplomats|teams|delegates"
# a clause that opens on its states (after a sentence end or a wire's dateline dash: `The United States and
# China held…`), or on their delegates (`Officials from Russia and Ukraine held talks`)
CLAUSE_OPENING = re.compile(rf"(?:^|\n|[.!?]\s+|\s[-–—]+\s+)\s*(?:(?i:{DELEGATES})\s+from\s+)?(?:[Tt]he\s+)?$")
# a sentence that sets its time or place first (`On Monday, Ruritania and Freedonia signed…`, `During the
# visit, …`): its clause opens after that phrase's comma
SET_FIRST = re.compile(r"\s*(?:On|In|At|During|After|Following|Later|Earlier)\b[^,.;!?\n]{0,80},\s+(?:[Tt]he\s+)?")
# `Russian and Ukrainian negotiators held talks`: demonyms before a word for their delegates name the states
DELEGATES_AFTER = re.compile(rf"\s+(?:{DELEGATES})\b")
# U.S.-brokered talks, Qatar-mediated talks: the state that brokers or hosts them sits at the table too
BROKERED = re.compile(r"-(?:brokered|mediated|hosted|sponsored)\b")


def subject_states(text: str, sent: Sentence, hit: Hit, hits: list[Hit], office: str | None = None,
                   names: dict[tuple[str, str], str] | None = None) -> list[Mention]:
    """The states an English clause opens with as its subject (`Ruritania and Freedonia concluded a round of
    Elbonia-brokered talks`), and a state named as brokering them, as state parties holding `office`; none
    unless two or more states are listed together before the trigger. `hits`: the page's, sorted by start."""
    a, b = clause_of(text, sent, hit.start)
    first = next((h for h in starting_in(hits, max(sent.start, a - 40), hit.start)
                  if any(e.kind in (*STATE_KINDS, "demonym") for e in h.entries)), None)
    if first is None or not (CLAUSE_OPENING.search(text, max(0, first.start - 45), first.start)
                             or SET_FIRST.fullmatch(text, sent.start, first.start)):
        return []
    run = state_run(text, hits, first.start, (*SIDE_KINDS, "demonym"))
    if len(run) == 1 and run[0].end <= hit.start and run[0].first(*SIDE_KINDS) is not None:
        run += _state_with(text, hit, hits, b)  # `Egypt signed seven agreements with Jordan`
    if len(run) < 2 or run[-2].end > hit.start:
        return []
    if any(h.first("demonym") is not None and h.first(*SIDE_KINDS) is None for h in run) \
            and not DELEGATES_AFTER.match(text, run[-1].end):
        return []  # demonyms stand for their states only before a word for their delegates
    run += [h for h in starting_in(hits, run[-1].end, b) if BROKERED.match(text, h.end)
            and any(e.kind in STATE_KINDS for e in h.entries)]
    out: list[Mention] = []
    for h in run:
        party = _state_party(text, h, office, names or {})
        if all(p.affiliation != party.affiliation for p in out):
            out.append(party)
    return out




WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


def _state_with(text: str, hit: Hit, hits: list[Hit], end: int) -> list[Hit]:
    """The state named after `with` in the trigger's clause (up to `end`), as a list of none or one."""
    return next(([h] for h in starting_in(hits, hit.end, end) if any(e.kind in STATE_KINDS for e in h.entries)
                 and WITH_BEFORE.search(text, max(hit.end, h.start - 10), h.start)), [])


def state_partner(text: str, hit: Hit, hits: list[Hit], group: list[Mention],
                  names: dict[tuple[str, str], str] | None = None) -> list[Mention]:
    """`A B held indirect talks with Iran`: a state named right after the trigger's `with`, when the people of
    the sentence are all of one other side, is the side they dealt with (`hits`: the page's, sorted by start)."""
    sides = {m.affiliation for m in group}
    if len(sides) != 1:
        return []
    after = starting_in(hits, hit.end)
    if not after:
        return []
    h = after[0]  # the first name after the trigger
    gap = text[hit.end : h.start]
    ends_with = text[hit.start : hit.end].lower().endswith(" with")
    if not (re.fullmatch(r"\s+(?:the\s+)?", gap) if ends_with else re.fullmatch(r"\s+with\s+(?:the\s+)?", gap)):
        return []
    party = _state_party(text, h, None, names or {}) if any(e.kind in SIDE_KINDS for e in h.entries) else None
    return [party] if party is not None and party.affiliation not in sides else []
