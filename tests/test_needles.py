"""Needles read off a regex (lexicons/literals.py): a text without them has no match, on patterns written here."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.lexicons.literals import RowFilter, needles


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"分享\s*(?:微信|微博)", 0, ("分享",)),  # the longest literal run
    (r"(?:责任编辑|編輯|编辑)[:：]\s", 0, ("編輯:", "編輯：", "编辑:", "编辑：")),  # each spelling; 责任编辑: holds 编辑:
    (r"(?<=[。！？])[\u4e00-\u9fff]{0,8}(?:资料照片|資料照片)", 0, ("資料照片", "资料照片")),  # look-behind: no need
    (r"[|｜]\s*$", 0, ("|", "｜")),  # a class of a few characters
    (r"(?:会谈)+结束", 0, ("会谈",)),  # the repeated part (at least once), as long as the run after it
    (r"\bread more\b", re.I, None),  # letters with case under re.I: a substring test would miss `Read More`
    (r"\bread more\b", 0, ("read more",)),
    (r"(?i:more)内容", 0, ("内容",)),  # letters with case in a group that ignores it
    (r"\d{4}年|\s+", 0, None),  # a branch that requires nothing
    (r"x*", 0, None),
])
def test_needles_of_a_pattern(pattern, flags, expected):
    assert needles(pattern, flags) == expected


PATTERNS = [r"分享\s*(?:微信|微博)", r"[（(](?:责任编辑|編輯|编辑)[:：][^）)]{1,4}[）)]", r"[|｜]\s*$",
            r"(?<=[。！？\s])[\u4e00-\u9fff]{0,3}(?:资料照片|資料照片)(?=\s|$)", r"(?:会谈)+结束", r"x\d+y|z"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="分享微信博（(责任编辑編輯:：）)|｜ 。资料照片資会谈结束xyz12", max_size=24))
def test_a_text_holding_no_needle_matches_no_row(text):
    rows = RowFilter(PATTERNS)
    if not rows.may_match(text):
        assert not any(re.search(p, text) for p in PATTERNS)


def test_the_row_filter_rules_out_ordinary_prose_and_keeps_a_line_with_furniture():
    rows = RowFilter(PATTERNS[:4], re.I)
    assert not rows.may_match("两国外长在会谈中交换了意见。")
    assert rows.may_match("两国外长在会谈中交换了意见。（编辑：王五）")


@pytest.mark.parametrize("kind", ["line", "notice"])
@pytest.mark.parametrize("text", [
    "We use cookies to improve your experience on the Lorvik Daily site.", "Sign up for our newsletter",
    "责任编辑：王五", "Read more", "   ", "分享到微信", "The ministers of Lorvik and Vessania met on Monday.",
    "两国外长在会谈中交换了意见。", "Follow us on Twitter for the latest news", "Copyright 2031 Lorvik Daily"])
def test_a_screened_group_answers_as_the_group_does(kind, text):
    from diplograph.lexicons import pattern_groups
    from diplograph.lexicons.literals import ScreenedGroup

    low = text.lower()
    assert ScreenedGroup("boilerplate.tsv", kind).matches_lower(low) == \
        pattern_groups("boilerplate.tsv")[kind].matches_lower(low)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["cookies", "newsletter", "sign up", "subscribe", "follow us", "read more", "责任编辑",
                                 "编辑", "：", "(", "图片", "分享到", "copyright", "©", " ", "的", "-", "a", "。"]),
                max_size=8))
def test_a_screened_group_searching_only_the_branches_of_its_needles_answers_as_the_group_does(words):
    # needles found side by side or overlapping (`责任编辑` holds `编辑`) each name their branches
    from diplograph.lexicons import pattern_groups
    from diplograph.lexicons.literals import ScreenedGroup

    low = "".join(words)
    for kind in ("line", "notice"):
        assert ScreenedGroup("boilerplate.tsv", kind).matches_lower(low) == \
            pattern_groups("boilerplate.tsv")[kind].matches_lower(low)
