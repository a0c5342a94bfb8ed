"""The words a regex cannot match without, which let a search that is bound to fail be skipped (issue 18: the
ingest's speed): read from the parsed pattern, never more than every match holds."""

from __future__ import annotations

import re

import pytest

from diplograph.lexicons import pattern_groups
from diplograph.lexicons.literals import Gated, ScreenedGroup, at_word_start, required_words

pytestmark = pytest.mark.issue(18)


@pytest.mark.parametrize("pattern,clauses", [
    (r"[A-Z]\w+ was named envoy", ((" was named envoy",),)),
    (r"(?:the|this) envoy", (("the envoy", "this envoy"),)),  # a small alternation spells the run both ways
    (r"[A-Z]\w+['’]s envoy", (("'s envoy", "’s envoy"),)),  # so does a class of listed characters
    (r"\bvisit(?:ed|s)? [A-Z]\w+ in \d+", (("visit",), (" in ",))),  # an optional part ends the run; longest first
    (r"(?:met|talked) with \w+|phoned \w+", (("met with ", "talked with ", "phoned "),)),  # a word of each branch
    (r"(?:ab)+ing", (("ing",), ("ab",))),  # a repeat taken at least once is needed
    (r"(?:ab)* ing", ((" ing",),)),  # one that may be skipped is not
    (r"\bfoo(?=bar)", (("foo",),)),  # a look-ahead is not relied upon
    (r"[A-Z]\w+ of the (?:Senate|Grand Council|Ruritanian Diet)\b",  # a list of names: one of them
     ((" of the Senate", " of the Grand Council", " of the Ruritanian Diet"),)),
    (r"\w+ of the (?:Senate|People['’]s Diet)\b",  # a name with either apostrophe: both spellings
     ((" of the ",), ("Senate", "People's Diet", "People’s Diet"))),
])
def test_required_words_are_the_words_every_match_holds(pattern, clauses):
    assert required_words(re.compile(pattern)) == clauses


@pytest.mark.parametrize("pattern", [
    r"ab|c",  # one branch needs only a single character: too little to rule out a text
    r"(?i)said the envoy",  # other cases match too
    r"\w+x\d+",  # no run of two plain characters
    r"envoy|",  # an empty branch matches anywhere
])
def test_no_words_when_none_can_be_proven(pattern):
    assert required_words(re.compile(pattern)) == ()


def test_a_case_insensitive_group_is_not_relied_upon():
    assert required_words(re.compile(r"(?i:dear) reader, hello")) == ((" reader, hello",),)


@pytest.mark.parametrize("text", [
    "Ana Ruiz was named envoy on Monday.",
    "The minister named Ana Ruiz envoy.",
    "Nobody was named.",
    "",
])
def test_a_gated_regex_finds_what_the_regex_finds(text):
    pattern = re.compile(r"([A-Z]\w+ [A-Z]\w+) was named (envoy|negotiator)")
    gated = Gated(pattern)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "Ana Ruiz was named envoy on Monday.",
    "Yesterday Ana Ruiz was named envoy.",  # the name's first letter before the window: \b still reads it
    "Ana Ruiz was named negotiator. Ana Ruiz was",  # the words it needs cut off by the window's end
    "",
])
def test_a_gated_search_in_a_window_finds_what_the_regex_finds_there(text):
    pattern = re.compile(r"\b([A-Z]\w+ [A-Z]\w+) was named (envoy|negotiator)")
    gated = Gated(pattern)
    for pos in range(len(text) + 1):
        for endpos in (pos, len(text) - 1, len(text)):
            found, expected = gated.search(text, pos, endpos), pattern.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span())



@pytest.mark.parametrize("text", [
    "She said it; he says so, they told us and announced it.",
    "Unsaid words, resays and untold stories were announced.",  # inside a word: no match there
    "said",
    "(told) [says]",
])
def test_words_at_word_start_match_where_a_leading_word_boundary_does(text):
    words = ("said", "says", "told", "announced")
    ours = re.compile(at_word_start(*words) + r"\b")
    plain = re.compile("|".join(rf"\b{w}\b" for w in words))
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", [
    "He ſaid it, SAYS so and Said more; unsaid.",  # a long s is an s under re.I
    "İs it, ıs it, IS it? this is.",  # a dotted and a dotless i are an i under re.I
    "\u212aey keys, KEY and key.",  # so is the Kelvin sign a k
])
def test_words_at_word_start_in_any_case_match_what_re_i_matches(text):
    words = ("said", "says", "is", "key")
    ours = re.compile(at_word_start(*words, any_case=True) + r"\b")
    plain = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("line", [
    "责任编辑：赵六",  # a branch anchored at the start, screened by its colon
    "（责任编辑：赵六）",
    "文章编辑：赵六",  # the same words not at the start: no furniture by that branch
    "---",  # anchored, no needle: tried on every line
    "分享到：微博 微信",
    "The envoys shared a long lunch, the editor wrote.",
    "The talks resumed on Tuesday after a short break in Lima.",
    "Photo: A. Example / Example Agency",
    "",
])
def test_a_screened_group_answers_as_its_patterns(line):
    """Every branch (anchored at the start or not) behind its needles answers as the group's regexes do."""
    low = line.lower()
    for kind in ("line", "notice"):
        assert ScreenedGroup("boilerplate.tsv", kind).matches_lower(low) == \
            pattern_groups("boilerplate.tsv")[kind].matches_lower(low), kind


def test_an_anchored_branch_behind_its_needles_still_fires():
    group = ScreenedGroup("boilerplate.tsv", "line")
    assert group.matches_lower("责任编辑：赵六")  # found only through its needle `：`
    assert not group.matches_lower("两国外长在会谈中表示，责任编辑：并非议题。")  # its words inside a sentence
