"""How reported speech is written, read off the text alone: quotations and where they open and close, the
short attribution that may follow a closed quotation, name words, the people of a document's events, and the
settings, frames and clauses that make words no speech of the event (a stance held all along, a verb inside a
frame of time, the reporter's point after a concession) — attribution.py reads who speaks with them."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from diplograph.extract.names import family_part, fold, is_han, unmarked
from diplograph.lexicons.literals import CASE_FOLDS, at_word_start

# 问：, 記者問：, Q: a reporter's question in a briefing's transcript, no party's words (a label of one character
# or letter, which a speaker's label does not read)
QUESTION_LABEL = re.compile(r"\s*(?:[问問]|记者问|記者問|提问|提問|Q)\s*[:：]")
OPEN_Q, CLOSE_Q = "「『“‘", "」』”’"
# what may follow a quoted sentence in its own sentence: a short attribution (「…。」马克龙说。)
SHORT_TAIL = re.compile(r"[^，。；！？,;]{0,10}(?:[，。；！？,;]|$)")
QUOTED = re.compile(r"「[^」]*」|『[^』]*』|“[^”]*”|\"[^\"]*\"")
TITLE_WORDS = {"president", "minister", "prime", "vice", "secretary", "general", "foreign", "state", "the",
               "leader", "chancellor", "premier", "king", "mr", "mrs", "ms"}
# a transcript's label inside a flattened paragraph: after a sentence's end (or `* * *`), capitalised words with
# no clause mark, an aside (`(retranslated)`), then a colon (`…Thank you. President of France Emmanuel Macron: …`);
# the mark is matched, not looked behind at, so that `re` scans for it instead of trying every position
MID_TURN = re.compile(r"[.!?…>*]\s+(?=[A-Z][^.!?:;,\"“”\n]{1,90}?\s*(?:\([^)\n]{1,30}\))?\s*:\s)")
# an English sentence opening with a phrase of time or circumstance before its subject (`In an interview…,`)
OPENING_PHRASE = re.compile(r"\s*(?:in|on|at|during|after|before|speaking|addressing|when)\b", re.I)


# the reporter's forecast or a schedule (`…is expected to expand`, `Lee plans to visit`): no one's words
DUE_TO = r"\s+(?:\w+ly\s+)?(?:expected|likely|scheduled|slated|due)\s+to\b"
FORECAST = re.compile(at_word_start(*[f"{be}{DUE_TO}" for be in ("is", "are", "was", "were")], r"plans?\s+to\b",
                                    any_case=True))
# `said the summit had…`, `told the summit that…`: the gathering the words are about or addressed to
ABOUT_OCCASION_EN = re.compile(r"\s+(?:that\s+)?(?:the\s+|this\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# a denial or a passive (没有提及, 并未公开表示, 被认为, did not say, is believed): nothing said by the subject. The
# Han forms and the English ones are two patterns: `re` scans for the first characters of the Han ones, while an
# English form opens with `\b`, which is tried at every position; it ends the subject, so it is looked for among
# the subject's last NEGATED_EN_CHARS characters alone (see `unsaid`)
NEGATED_ZH = re.compile(r"(?:没有|沒有|未|并未|並未|从未|從未|不|被)\s*"
                        r"(?:公开|公開|正面|明确|明確|直接|具体|具體)?\s*$")
NEGATED_EN_WORDS = ("did not", "didn't", "has not", "have not", "never", "is", "are", "was", "were", "been")
NEGATED_EN = re.compile(rf"\b(?:{'|'.join(NEGATED_EN_WORDS)})\s*$", re.I)
NEGATED_EN_CHARS = max(map(len, NEGATED_EN_WORDS))
# words yet to be said (双方将…确认, 预计表示, 美方要表达, 拜登会向…强调, Biden will stress): no statement of the event
# (each Han branch opens with its character and looks back after it: a look-behind first is tried at every
# position); the English forms apart, looked for only in a subject holding `ll` or `xp` (`will`, `expected`)
FUTURE_ZH = re.compile(r"[将將](?<![上中少大].)(?![军軍领領])|预计|預計|要(?<![需只主重想].)\s*$"
                       r"|[会會](?<![峰议議国國社机機开開晚宴聚协協工商省都年大约約理博运運体體学學总總记記者].)(?=[对對向就把再]|$)")
FUTURE_EN = re.compile(r"\bwill\s+(?:\w+\s+)?$|\b(?:is|are) expected to\s+$", re.I)
FUTURE_EN_NEEDLES = ("ll", "xp")  # one of them is in every match, in lower case (no other letter folds to these)
CLAUSE_ZH = re.compile(r"[，,：:；;]")
# words that set what follows before the event: a stance taken then is not speech in the talks (`at the
# time`, `back then`: the time of the earlier thing told just before); the Han and the English forms are two
# patterns, so that `re` scans each for the characters its matches open with
PAST_SETTING_ZH = re.compile(r"过去|過去|曾经|曾經|此前|以往|当时|當時|早前|去年|前年|上个?月|上個月|上周|上週|上星期")
PAST_SETTING_EN = re.compile(at_word_start(*[
    r"last (?:week|month|year)", r"previous (?:week|month|year)", r"at (?:the|that) time\b(?! of)",
    r"back then\b", r"ahead of\b", r"earlier (?:this|last) (?:week|month|year)",
    r"before (?:speaking|meeting|the (?:call|talks|meeting))", r"former\b", r"previously\b",
    r"in (?:an? )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"],
    any_case=True))


def past_setting(text: str, end: int) -> bool:
    """Whether text[:end] holds words that set what follows before the event (去年, `at the time`)."""
    return PAST_SETTING_ZH.search(text, 0, end) is not None or PAST_SETTING_EN.search(text, 0, end) is not None


# a sentence that opens on `all along` tells standing views (一直以来，某某就…认为), not words of the event (the
# phrase later in a sentence is often the object's: 感谢中方长期以来的支持)
STANDING = re.compile(r"\s*(?:一直以来|一直以來|长期以来|長期以來|向来|向來)")
THEY_TWO = re.compile(r"两人|兩人|他们|他們|她们|她們")  # both told of in the third person: no speaker's own words
# 在宣布…之际, 在表示…之后: a verb of saying inside a frame of time is what the subject did then, not his words
TIME_FRAME_END = re.compile(r"(?:之际|之際|时|時|期间|期間|之后|之後|后|後|之前|前)[\s]*$")
TIME_FRAME_CLOSED = re.compile(r"在[^在]*(?:中|上|时|時|际|際|期间|期間|后|後|前|里|裡|内|內)")


def trailing_words(before: list[str], words: list[str]) -> re.Pattern[str]:
    """A pattern for a run of `words` and spaces, in any case, that ends a text, after one of `before` if any;
    it is tried only where one of their first characters (or the end) stands: `$` alone lets `re` skip no
    position, and trying every word at every position of a long subject costs."""
    firsts = re.escape("".join(sorted({w[0] for w in before + words})))
    return re.compile(rf"(?=[{firsts}\s]|$)(?:{'|'.join(map(re.escape, before))})?"
                      rf"(?:{'|'.join(map(re.escape, words))}|\s)*$", re.I)


class TrailingWords:
    """`trailing_words` with the characters its matches may end on: a text ending on none of them (most
    subjects end on a name or a title) is returned as it is, without trying the pattern at its positions."""

    def __init__(self, before: list[str], words: list[str]) -> None:
        self.pattern = trailing_words(before, words)
        # every character re.I matches for a word's last one
        self.ends = frozenset(c for w in before + words
                              for c in (w[-1].lower(), w[-1].upper(), *CASE_FOLDS.get(w[-1].lower(), "")))

    def cut(self, text: str) -> str:
        """`text` without the run of words that ends it."""
        last = text[-1:]
        return self.pattern.sub("", text) if last in self.ends or last.isspace() else text


# 秘书长先生还说: adverbs before the verb, then an honorific after a title, are not part of who speaks
HONORIFIC = TrailingWords("先生 女士 閣下 阁下 本人".split(), (
    "还 還 也 则 則 又 再 亦 都 均 首先 随后 隨後 最后 最後 同时 同時 进一步 進一步 特别 特別 明确 明確"
    " 强烈 強烈 高度 积极 積極 并 並 当天 當天 衷心 由衷 诚挚 誠摯 真诚 真誠 热烈 熱烈 热情 熱情 充分 深表 愿意 願意"
    " also further then again repeatedly strongly later afterwards subsequently separately publicly").split())
# a stance taken before this event (`曾表示`, `has said`): a past statement, not speech in the talks; the Han forms
# and the English ones apart (see NEGATED), the English ones looked for only in a subject holding `ha`
PAST_ZH = re.compile(r"(?:曾|曾经|曾經|多次|屡次|屢次|不断|不斷|此前|以往|一再|一向|一直)\s*$")
PAST_EN = re.compile(r"(?<!\bto )\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.I)  # not `was said to have told`
PAST = re.compile(f"{PAST_ZH.pattern}|{PAST_EN.pattern}", re.I)
# `was said to have told`, `is reported to have`: the report of a verb that follows, not a verb of its own
RAISED = re.compile(r"\s+to\s+(?:have|be)\b", re.I)
REPORTED = re.compile(r"\s*\b(?:is|are|was|were)\s+(?:also\s+|\w+ly\s+)?(?:said|reported|believed|understood)"
                      r"\s+to\s+(?:have\s+)?$", re.I)


def unsaid(subject: str) -> bool:
    """Whether a subject ends on a denial or a passive (NEGATED) or tells words yet to be said (FUTURE)."""
    if NEGATED_ZH.search(subject) or FUTURE_ZH.search(subject):
        return True
    # an English denial ends the subject, but for the spaces after it: its match starts among the last characters
    if NEGATED_EN.search(subject, max(0, len(subject.rstrip()) - NEGATED_EN_CHARS)):
        return True
    low = subject.lower()
    return any(n in low for n in FUTURE_EN_NEEDLES) and FUTURE_EN.search(subject) is not None


def past_stance(subject: str) -> bool:
    """Whether a subject tells a stance taken before the event (PAST: `曾`, `has`)."""
    return PAST_ZH.search(subject) is not None or ("ha" in subject.lower() and PAST_EN.search(subject) is not None)


def without_report(subject: str) -> str:
    """An English subject without the report that closes it (REPORTED: `…is said to have`); a subject whose last
    word is no `to` or `have` holds none, and is not searched."""
    return REPORTED.sub("", subject) if subject.rstrip()[-4:].lower().endswith(("to", "have")) else subject


STOP_WORDS = {"he", "she", "it", "in", "on", "at", "of", "to", "an", "as", "by", "and", "or", "we", "us", "is", "be"}


def said_tail(body: str, before: tuple[int, int], at: int, b: int, verbs: list[tuple[int, int]]) -> bool:
    """Whether a quotation closing at `at` is followed by a short attribution (「…。」马克龙说。); not when the
    words `before` the quotation opened already had their verb of saying (`他说，「…！」北京方面已表态，`)."""
    if SHORT_TAIL.match(body, at, b) is None:
        return False
    k = bisect_left(verbs, (before[0], before[0]))
    return k == len(verbs) or verbs[k][0] >= before[1]


def turn_starts(body: str, a: int, b: int) -> list[int]:
    """Where a label that may open a transcript's turn stands inside the English paragraph body[a:b] (a label
    ends on a colon: a paragraph that holds none is not scanned at each of its sentences' ends)."""
    return [m.end() for m in MID_TURN.finditer(body, a, b)] if body.find(":", a, b) >= 0 else []


# a mark that ends a short attribution's head: past it the words are no attribution
HEAD_BREAK = re.compile(r"[,;:.!?\"“”]")


def attribution_opens(body: str, a: int, b: int, verbs: list[tuple[int, int]]) -> bool:
    """Whether the English sentence body[a:b] opens with a short attribution, a few words then a verb of
    saying (`Trump wrote in a post.` after `"…strong!"`): the quotation before it is what it attributes."""
    k = bisect_left(verbs, (a, a))
    if k == len(verbs) or verbs[k][0] >= b:
        return False
    head = body[a:verbs[k][0]]
    return not HEAD_BREAK.search(head) and len(head.split()) <= 4


WORD_START = re.compile(r"\w")  # what a Latin word must open with for `\b` before it to mean `no \w before it`


class WordsPattern:
    """Lexicon words found in a text, in any case: Han ones anywhere, Latin ones as whole words. The two are
    searched apart, each pattern opening with characters `re` scans for (the Latin words first letter first, see
    `at_word_start`), and an ASCII text is searched in lower case without re.I, which lets `re` skip to each word's
    first letter: one pattern of both, its Latin words behind `\\b` and read in any case, tried every word at every
    position of the text, some tens of microseconds for a subject of a line."""

    def __init__(self, forms: list[str]) -> None:
        han = [re.escape(w) for w in forms if not w.isascii()]
        latin = [re.escape(w.lower()) for w in forms if w.isascii()]
        self.han = re.compile("|".join(han), re.I) if han else None
        self.latin = self.ascii = None
        if latin and all(WORD_START.match(w) for w in latin):  # `\b` before each means no `\w` before it
            self.latin = re.compile(at_word_start(*latin, any_case=True) + r"\b")  # (re.I would hide its class)
            self.ascii = re.compile(at_word_start(*latin) + r"\b")  # for ASCII in lower case: re.I folds no more
        elif latin:  # a form opening with a mark: `\b` before it is no word start
            self.latin = re.compile(rf"\b(?:{'|'.join(latin)})\b", re.I)

    def search(self, text: str) -> re.Match[str] | None:
        """A match of one of the words in `text` (a Han one if any, else a Latin one, found in the text in lower
        case when it is ASCII), or None."""
        if self.han is not None and (m := self.han.search(text)) is not None:
            return m
        if self.ascii is not None and text.isascii():
            return self.ascii.search(text.lower())
        return self.latin.search(text) if self.latin is not None else None


def quoted_words(text: str) -> tuple[int, int] | None:
    """The span of an English unit's quoted words, from inside its first opening quote to inside its last
    closing one, when they make most of the unit and open it or follow its attribution's comma or colon, or
    open it ending in a comma (`"…," Trump told reporters aboard…`, `Trump added: "…"`): what he said."""
    q0 = min((k for k in (text.find("“"), text.find('"')) if k >= 0), default=-1)
    if text[:max(q0, 0)].rstrip()[-1:] not in ("", ",", ":"):
        return None  # `Xi told Putin that "…"`: the statement is the whole sentence, from its speaker on
    q1 = max(text.rfind("”"), text.rfind('"'))
    if q0 < 0 or q1 <= q0:
        return None
    # `"…," Trump told reporters`, `"…!" he wrote`
    said_after = q0 == len(text) - len(text.lstrip()) and text[q1 - 1:q1] in (",", "!", "?")
    if (q1 - q0) * 2 < len(text.strip()) and not said_after:
        return None
    return q0 + 1, q1


def after_quote(subject: str) -> str:
    """A subject region without quoted words: what follows a closing quote (`「…」他说`), else the region
    with its quotations taken out (`习近平就「…」提出`)."""
    for q in CLOSE_Q[:3]:
        k = subject.rfind(q)
        if k >= 0 and subject[k + 1:].strip():
            return subject[k + 1:]
    if subject.count('"') >= 2:
        k = subject.rfind('"')
        if subject[k + 1:].strip(" ,"):
            return subject[k + 1:]
    return QUOTED.sub("", subject)


def inside_paren(text: str, at: int) -> bool:
    """Whether position `at` lies inside parentheses of `text` (counted in place: no copy of the head)."""
    return text.count("（", 0, at) + text.count("(", 0, at) > text.count("）", 0, at) + text.count(")", 0, at)


def inside_quote(text: str, at: int) -> bool:
    """Whether position `at` lies inside a quotation of `text`."""
    # counted in place, one call per mark (no copy of the head, no generator): it runs for every clause mark
    depth = (text.count("「", 0, at) + text.count("『", 0, at) + text.count("“", 0, at)
             - text.count("」", 0, at) - text.count("』", 0, at) - text.count("”", 0, at))
    return depth > 0 or text.count('"', 0, at) % 2 == 1


def open_quote(text: str) -> bool:
    """Whether an English sentence leaves a quotation open (its next sentence goes on quoting)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


# a word of a Latin name folded to ASCII (two letters and more: Xi, Li)
NAME_WORD = re.compile(r"[a-z]{2,}")


def name_words(text: str) -> set[str]:
    """The words of a Latin text that can be part of a name (two letters and more: Xi, Li), titles out."""
    plain = unmarked(text).lower()
    return set(NAME_WORD.findall(plain)) - TITLE_WORDS - STOP_WORDS


def title_head(title: str) -> str:
    """The head word of an English title (`secretary` of `secretary of state`), which a subject may name it
    by alone; "" for a title in another script or without a word."""
    words = title.split(" of ")[0].split()
    return words[-1] if words and title.isascii() else ""


def title_lead(title: str) -> str:
    """The words of an English title before its `of` when they are two or more (`deputy secretary` of `deputy
    secretary of state`), which a subject may name it by (`The Deputy Secretary welcomed`); else ""."""
    lead = title.split(" of ")[0]
    return lead if lead != title and " " in lead and title.isascii() else ""


def people_of(events: list[dict[str, Any]], body: str = "") -> list[dict[str, Any]]:
    """Every participant of the document's events who can speak, with the event and seq it has there, the
    keys a subject is matched on (folded names, the words of Latin names, the title as written, folded and
    its head: each subject is matched against every participant, so they are made once here), and whether
    `body` tells she is a woman."""
    out = []
    marked = WOMAN_MARK.search(body) is not None  # most bodies call no one a woman: their names are not looked up
    for k, e in enumerate(events):
        for seq, p in enumerate(e["participants"]):
            names = list(p["name"].values())
            family = [f for f in map(family_part, names) if f]  # 羅哈斯 speaks for 米格爾．羅哈斯
            title = (p.get("title") or "").lower()
            out.append({**p, "event": k, "seq": seq, "keys": [n for n in map(fold, names + family) if n],
                        "words": set().union(*(name_words(n) for n in names if not is_han(n))),  # Tomás too
                        "title_key": title, "title_fold": fold(title), "title_head": title_head(title),
                        "lead_fold": fold(title_lead(title)),
                        "woman": marked and told_a_woman(body, names)})
    # people before states: a name or title says more than a country
    return sorted(out, key=lambda p: p.get("kind") == "state")


# a sentence opening on a concession (儘管, 虽然) makes its point in the clause after 但 or 卻: the reporter's
CONCESSION = re.compile(r"\s*(?:尽管|儘管|虽然|雖然)")
MAIN_CLAUSE = re.compile(r"[，,](?=但|卻|却|可是|然而)")


def main_clause_cut(body: str, units: list[Any]) -> list[Any]:
    """The units of a Chinese sentence, the clause that makes the point of a concession in which the words
    were said (`儘管甲稱…，乙也稱…，但因為…，各報預測…`) cut off from the last speaker's as the reporter's."""
    last = units[-1]
    if last.state != "speech" or not CONCESSION.match(body, units[0].start):
        return units
    m = MAIN_CLAUSE.search(body, last.start + max(last.lead, last.clause), last.end)
    if m is None:
        return units
    end, last.end = last.end, m.end()
    return [*units, type(last)(m.end(), end, None, "narrative")]


def in_time_frame(text: str, v0: int, v1: int) -> bool:
    """Whether the Chinese verb at text[v0:v1] stands inside a frame of time its clause opens with 在 and
    closes after it (`在宣布…之际，`), not after one closed before it (`在会见…时表示`), and quotes nothing."""
    head = text[:v0]
    at = head.rfind("在")
    if at < 0 or CLAUSE_ZH.search(head, at) or TIME_FRAME_CLOSED.match(head, at):
        return False
    stop = CLAUSE_ZH.search(text, v1)
    rest = text[v1:stop.start() if stop else len(text)]
    return TIME_FRAME_END.search(rest) is not None and not any(q in rest for q in OPEN_Q + "\"")  # 在X说「…」后: his


WOMAN_AFTER = ("女士", "夫人")  # 某某女士, 某某夫人
WOMAN_BEFORE = ("女王", "女总统", "女總統", "女总理", "女總理", "女首相", "女外长", "女外長", "女部长", "女部長")
WOMAN_EN = ("Ms. ", "Ms ", "Mrs. ", "Mrs ", "Madam ")
FEMININE = ("她", "she")
WOMAN_MARK = re.compile("|".join(map(re.escape, WOMAN_EN + WOMAN_AFTER + WOMAN_BEFORE)))  # any of them, in one scan


def told_a_woman(body: str, names: list[str]) -> bool:
    """Whether the body calls the person of these names a woman: 某某女士, 女总理某某, Ms./Mrs. + family name."""
    for n in names:
        if len(n) < 2:
            continue
        latin = not is_han(n)
        n = n.split()[-1] if latin else n  # a Latin name by its family name, after its title
        at = body.find(n)  # each place the name stands, its title read there: one pass over the body
        while at >= 0:
            if body.endswith(WOMAN_EN, 0, at) if latin else (
                    body.startswith(WOMAN_AFTER, at + len(n)) or body.endswith(WOMAN_BEFORE, 0, at)):
                return True
            at = body.find(n, at + 1)
    return False


def referent(pronoun: str, last: Any, people: list[dict[str, Any]]) -> Any:
    """Who a pronoun subject is: the last participant named, unless `她`/`she` follows a man or someone the text
    does not call a woman while it calls one participant (by her names) a woman: then her."""
    if not pronoun.lower().startswith(FEMININE) or (isinstance(last, dict) and last.get("woman")):
        return last
    women = {tuple(p["keys"]): p for p in people if p.get("woman")}
    return next(iter(women.values())) if len(women) == 1 else last
