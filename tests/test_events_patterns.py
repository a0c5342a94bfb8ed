"""Event patterns written for speed (first character first, behind their words) match what their plain forms
match: the plain form says what the pattern means, the written one only finds it sooner."""

from __future__ import annotations

import re

import pytest

from diplograph.extract.en_chains import COUNTERPARTS_FROM
from diplograph.extract.en_parties import GATHERING
from diplograph.extract.event_background import EN_FILE_CREDIT, EN_THEIR_ONE, PAGE_DAY_EN
from diplograph.extract.event_conjecture import CONFIRMATION_ASKED
from diplograph.extract.event_date import RETURN, SAYING
from diplograph.extract.event_frame import EN_SENTENCE_END, search_from, sentences
from diplograph.extract.event_leaders import EN_LEADERS
from diplograph.extract.event_parties import INTERACTION_WITH, PLACE_AFTER, SAYS, TOLD_BACK
from diplograph.extract.event_passes import TYPE_NOUNS
from diplograph.extract.event_sentence import TURN_JOIN
from diplograph.extract.event_status import AFTER, ARRIVED, NEGATION, OCCURS_LATER

TEXTS = [
    "The talks WILL BE HELD on Friday; the meeting is scheduled for Monday. Talks Are Expected To Resume.",
    "İs to open, ıs set for: the summit is set for June. willbe held, Xwill be held, istobegin.",
    "He met his counterparts from Laos, Thailand and the Philippines. Their counterparts from  Chile met.",
    "She had meetings with X. The call lasted an hour.\nThis Telephone Conversation was long! That trip.",
    "HIS STATE VISIT to Kenya; her official trip, these talks, xthe call, the talksman. 通话、會見、此訪。",
    "A meeting in Moscow involving X. Calls with B; summit_ with C. It was unmet.\n\nmet. (Met) later.",
    "Officials said, he says; unsaid, Told, toldo. 外长表示，特使称。 He announced what was confirmed; reconfirmed.",
    "They did not meet, didn't, hadn't, has not, haven't; never-ending, Never, forever. 未能举行，尚未会面。",
    "After their talks, before his second visit, Ahead of her trip; Following their call, thereafter their talks",
    "İs ıs KK ſ Arrived after Landing, having crossed; Another round is planned; the next round will be held",
    "He returned, Fly Back, back home; The Summit at the sidelines; leaders of the G7; Heads Of State of the EU",
    "earlier today, this Morning, hours before; when he had met; in the Hague, at Rome; him, me, us. 他 Band then",
    "He said Mr. Smith left. \"Yes,\" he said. ‘No.’ (Then) it ended...\nNext line\n\nA. B. Smith?  Fine",
    "Can you confirm? CAN YOU VERIFY it, could you Confirm; is this true ? Is it true\n? this it true? 能否证实，可否確認",
    "Quito, Ecuador June 28, 2029. AGENCY/A B/File Photo (XX Photo/A B, File) 是否属实？Is that true？ocan you confirm",
]
PLAIN_NOUNS = {
    "phone_call": re.compile(r"\b(?:the|this|that) (?:(?:phone |telephone )?call|(?:phone |telephone )?conversation)\b"
                             r"|通话|通話|通电话|通電話", re.I),
    "meeting": re.compile(r"\b(?:the|this|that) meeting\b|会见|會見|会晤|會晤|会面|會面", re.I),
    "talks": re.compile(r"\b(?:the|these) talks\b|会谈|會談", re.I),
    "visit": re.compile(r"\b(?:the|this|that|his|her) (?:state |official )?(?:visit|trip)\b|访问|訪問|此访|此訪", re.I),
}
PLAIN_OCCURS_LATER = re.compile(r"\b(?:(?:will|would|is\s+to|are\s+to"
                                r"|(?:is|are)\s+(?:expected|likely|scheduled|set|due)\s+to)"
                                r"\s+(?:be\s+held|take\s+place|begin|start|open|resume|convene)"
                                r"|(?:is|are)\s+(?:scheduled|planned|set|slated|due)\s+for)\b", re.I)
PLAIN_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“‘(])|\n")
PLAIN_COUNTERPARTS_FROM = re.compile(r"\b(?:his|her|their) counterparts from +")
PLAIN_INTERACTION_WITH = re.compile(r"\b(?:meetings?|talks|calls?|visits?|summits?)\b[^.,;]{0,40}?\b(?:with|involving)\b"
                                    r"|\bmet\b")
PLAIN_SAYS = re.compile(r"称|稱|表示|说|說|指出|透露|证实|證實|宣布|告诉|告訴|\b(?:said|says|told|announced)\b")
PLAIN_SAYING = re.compile(r"宣布|宣佈|表示|透露|证实|證實|称|稱|说|說|告诉|告訴|\b(?:said|says|announced|confirmed)\b")
PLAIN_NEGATION = re.compile(r"未能|没能|沒能|未曾|尚未|并未|並未|从未|從未|无意|無意"
                            r"|\b(?:did not|didn't|has not|have not|hasn't|haven't|never|failed to)\b")
PLAIN_CONFIRMATION_ASKED = re.compile(r"(?:能否|可否|是否)(?:证实|證實|确认|確認|属实|屬實)"
                                      r"|\b(?i:can you confirm|could you confirm|can you verify)"
                                      r"|[Ii]s (?:this|that|it) true(?=\s*[?？])")
PLAIN_THEIR_ONE = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]head of) (?:his|her|their) (?:[a-z\-]+ ){0,2}$")
PLAIN_WORD_GROUPS = {
    "TURN_JOIN": re.compile(r",|\b(?:and|before|then|after)\b"),
    "AFTER": re.compile(r"\b(?:after|following)\b", re.I),
    "RETURN": re.compile(r"\b(?:return|returns|returned|returning|fly back|flies back|flew back|back home)\b", re.I),
    "GATHERING": re.compile(r"\b(?:sidelines|summit|conference|forum|meetings|assembly)\b", re.I),
    "TOLD_BACK": re.compile(r"他|她|我|\b(?:him|me|us)\b"),
    "PLACE_AFTER": re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]"),
    "EN_LEADERS": re.compile(r"\b(?:leaders|heads of state)\s+of\s+(?:the\s+)?", re.I),
    "PAGE_DAY_EN": re.compile(r"\b(?:earlier (?:in the day|today|on \w+day)|(?:this|that) (?:morning|afternoon|evening)"
                              r"|hours (?:earlier|before))\b", re.I),
    "ARRIVED": re.compile(r"\b(?:arrived|landed|crossed|(?:after|upon|on|since)\s+(?:arriving|landing|crossing)"
                          r"|having\s+(?:arrived|landed|crossed))\b", re.I),
}


def _windows(text: str) -> list[tuple[int, int]]:
    """The text's sentences and every window of up to 40 characters: patterns are searched in both."""
    return [tuple(s) for s in sentences(text, False)] + [(a, b) for a in range(len(text))
                                                         for b in range(a, min(len(text), a + 40) + 1, 7)]


def _same(ours: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for a, b in _windows(text):
        found, expected = ours.search(text, a, b), plain.search(text, a, b)
        assert (found and found.span()) == (expected and expected.span()), text[a:b]


@pytest.mark.parametrize("text", TEXTS)
def test_type_nouns_match_what_their_plain_forms_match(text):
    for kind, plain in PLAIN_NOUNS.items():
        _same(TYPE_NOUNS[kind], plain, text)


@pytest.mark.parametrize("text", TEXTS)
def test_occurs_later_matches_what_its_plain_form_matches(text):
    _same(OCCURS_LATER, PLAIN_OCCURS_LATER, text)


@pytest.mark.parametrize("text", TEXTS)
def test_english_sentence_ends_are_those_of_the_plain_form(text):
    _same(EN_SENTENCE_END, PLAIN_SENTENCE_END, text)


@pytest.mark.parametrize("text", TEXTS)
def test_interactions_with_someone_are_those_of_the_plain_form(text):
    _same(INTERACTION_WITH, PLAIN_INTERACTION_WITH, text)


@pytest.mark.parametrize("text", TEXTS + ["no such words here"])
def test_counterparts_from_behind_its_words_finds_what_the_plain_form_finds(text):
    assert [m.span() for m in COUNTERPARTS_FROM.finditer(text)] == [
        m.span() for m in PLAIN_COUNTERPARTS_FROM.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_word_starts_in_mixed_alternations_match_what_their_plain_forms_match(text):
    for ours, plain in ((SAYS, PLAIN_SAYS), (SAYING, PLAIN_SAYING), (NEGATION, PLAIN_NEGATION),
                        (EN_THEIR_ONE, PLAIN_THEIR_ONE), (CONFIRMATION_ASKED, PLAIN_CONFIRMATION_ASKED)):
        _same(ours, plain, text)


@pytest.mark.parametrize("text", TEXTS)
def test_word_groups_written_first_character_first_match_their_plain_forms(text):
    ours = {"TURN_JOIN": TURN_JOIN, "AFTER": AFTER, "RETURN": RETURN, "GATHERING": GATHERING, "TOLD_BACK": TOLD_BACK,
            "PLACE_AFTER": PLACE_AFTER, "EN_LEADERS": EN_LEADERS, "PAGE_DAY_EN": PAGE_DAY_EN, "ARRIVED": ARRIVED}
    for name, plain in PLAIN_WORD_GROUPS.items():
        _same(ours[name], plain, text)


@pytest.mark.parametrize("text", TEXTS)
def test_a_search_from_a_line_read_once_finds_what_a_search_from_that_place_finds(text):
    """`search_from` reads a line's matches once for every place a search starts from in it: the same match."""
    for pattern in (CONFIRMATION_ASKED, NEGATION, EN_FILE_CREDIT, re.compile(r"(?<=\w)\s+\w|\bt\w*")):
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            for pos in range(start, end + 1):
                found, expected = search_from(pattern, text, pos, start, end), pattern.search(text, pos, end)
                assert (found and found.span()) == (expected and expected.span()), (pattern, text[pos:end])
            start = end + 1
