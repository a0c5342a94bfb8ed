"""Repairs, the block classifier and metadata, on pages written for these tests (issue 2)."""

from __future__ import annotations

import re

import pytest

from diplograph.clean.datetimes import parse_datetime
from diplograph.clean.metadata import clean_title
from diplograph.clean.pieces import char_spans, piece_starts, regex_edit, slice_pieces, split_lines, strip_line
from diplograph.clean.repair import fix_mojibake, remove_pinyin
from diplograph.doc import Line, OffsetMap, Piece
from diplograph.lexicons import PatternGroup

DUMP = """首页 | 时政 | 国际 | 财经 | 评论 | 视频
外长同新西兰外长通电话

2023-08-02 09:30     来源:本网     作者:张三

  新华社北京8月1日电 8月1日晚,外长同新西兰外长通电话。

  外长表示,中新关系保持健康稳定发展,双方在贸易、教育、气候变化等领域合作成果丰硕。

  新西兰外长表示,新方愿同中方加强高层交往。

责任编辑:李四
上一篇:外交部发言人答记者问
下一篇:中国同太平洋岛国举行对话

推荐阅读
  • 两国举行经贸联委会会议
    新华社惠灵顿7月30日电 两国经贸联委会第十次会议30日举行,双方就农产品贸易等议题深入交换意见并达成多项共识
    2023-07-31
版权所有 本网 未经书面授权禁止使用
"""

TITLE_AFTER_BODY = """新华社北京3月2日电 3月2日,国家主席应约同法国总统通电话,双方就中法关系和共同关心的国际问题交换意见。 |
要闻 | 国内 | 国际 | 社会 | 军事 | 体育 | 娱乐 | 科技
国家主席应约同法国总统通电话
时间:2021-03-03 10:44来源:本网 作者:未知 点击:
次
国家主席指出,双方就中法关系交换意见...
顶一下
(0)
- 发表评论
- 精彩文章
- 两国举行战略对话
双方同意加强在多边框架内的沟通...
"""


def test_text_dump_keeps_article_only(ingest_files):
    _, docs = ingest_files({"dump.txt": DUMP})
    d = docs["dump.txt"]
    assert d["title"] == "外长同新西兰外长通电话"
    assert d["published"] == "2023-08-02T09:30"
    assert d["body"].startswith("新华社北京8月1日电")
    assert d["body"].endswith("新方愿同中方加强高层交往。")
    for noise in ("首页", "责任编辑", "上一篇", "推荐阅读", "经贸联委会", "2023-07-31", "版权所有", "来源"):
        assert noise not in d["body"]
    assert d["dateline"] == {"text": "新华社北京8月1日电", "agency": "新华社", "place": "北京", "month": 8, "day": 1}


def test_title_and_time_after_the_body(ingest_files):
    _, docs = ingest_files({"late.txt": TITLE_AFTER_BODY})
    d = docs["late.txt"]
    assert d["title"] == "国家主席应约同法国总统通电话"
    assert d["published"] == "2021-03-03T10:44"
    assert d["body"] == ("新华社北京3月2日电 3月2日,国家主席应约同法国总统通电话,双方就中法关系和共同关心的国际问题交换意见。")


def test_pinyin_artifacts_removed_real_parentheses_kept():
    line = split_lines("據外交部網站消息,同時(shí)積極推進(jìn)復(fù)工(记者史先涛)(AP)的(de)")[0]
    assert remove_pinyin(line, plain_too=True).text == "據外交部網站消息,同時積極推進復工(记者史先涛)(AP)的"
    assert remove_pinyin(line, plain_too=False).text.endswith("的(de)")


def test_edits_keep_each_character_on_its_raw_span():
    raw = "  同時(shí)&amp;積極  "
    line = split_lines(raw)[0]
    # an entity replaced as a whole, then pinyin dropped, then spaces stripped: three edits in a row
    line = regex_edit(line, re.compile("&amp;"), lambda m: "&")
    line = remove_pinyin(line, plain_too=False)
    line = strip_line(line)
    assert line.text == "同時&積極"
    spans = char_spans(line)
    assert [raw[a:b] for a, b in spans] == ["同", "時", "&amp;", "積", "極"]
    assert [p.text for p in line.pieces] == ["同時", "&", "積極"]  # neighbours in the raw text stay one piece


def test_slice_of_a_mixed_line():
    line = Line([Piece("ab", 10, 12), Piece("&", 12, 17), Piece("\n", -1, -1), Piece("cd", 20, 22)])
    assert slice_pieces(line.pieces, 1, 5) == [Piece("b", 11, 12), Piece("&", 12, 17), Piece("\n", -1, -1),
                                               Piece("c", 20, 21)]
    assert slice_pieces(line.pieces, 5, 5) == []


def test_pattern_groups_ignore_case_and_keep_escapes():
    group = PatternGroup([r"^Follow\s+US\b", r"版权|Copyright\S*", r"\D{2}Tags$"])
    assert group.matches("follow us on X")
    assert group.matches("COPYRIGHT© 2024")
    assert group.matches("页面 TAGS")
    assert not group.matches("we follow us")  # anchored at the start
    assert not group.matches("12tags")  # \D stays \D, not \d


def test_pattern_group_splits_a_row_into_its_alternatives():
    # one row mixing an anchored alternative, plain words and a regex; a `|` or `(` inside a class is no split
    group = PatternGroup([r"^[-|(]{3,}$|分隔线|divider|[评評]论\s*\d+$"])
    assert group.matches("-|(-")
    assert not group.matches("x ---")  # the anchored alternative holds only at the start
    assert group.matches("上面是分隔线") and group.matches("a DIVIDER here")
    assert group.matches("评论 12") and not group.matches("评论 12 条")


def test_pattern_group_finds_plain_words_with_escaped_punctuation_as_written():
    # plain words (escaped punctuation included) are found by one automaton: `\.` and `\|` are the characters
    group = PatternGroup([r"Voss\.com\|News|版权所有", r"All Rights Reserved"])
    assert group.matches("© voss.com|news 2024") and group.matches("本站版权所有") and group.matches("ALL RIGHTS RESERVED")
    assert not group.matches("vossXcom|news") and not group.matches("voss.com news") and not group.matches("版权")


def test_pattern_group_shares_one_pass_for_word_boundary_alternatives():
    # alternatives that open with \b or a look-around share one regex; one with a back-reference keeps its own
    group = PatternGroup([r"\bcookies? policy\b|(?<![a-z])opt out\b", r"\b(\w+) \1\b", r"\bsign up\b"])
    assert len(group._anywhere) == 2
    assert group.matches("Read our Cookie Policy.") and group.matches("You can OPT OUT here")
    assert group.matches("please please") and group.matches("Sign up now")
    assert not group.matches("cookies policymaker") and not group.matches("coopt out") and not group.matches("a b")


def test_mojibake_repaired():
    broken = "习近平同俄罗斯总统通电话".encode().decode("latin-1")
    line = split_lines(broken)[0]
    assert fix_mojibake(line).text == "习近平同俄罗斯总统通电话"


def test_body_offsets_point_back_to_the_raw_text(ingest_files):
    page = ("<html><body><p>BERLIN &ndash; The ministers met &amp; talked.</p><p>Later they signed a memorandum on "
            "hydrogen cooperation between the two countries.</p></body></html>")
    _, docs = ingest_files({"p.html": page, "d.txt": DUMP, "pinyin.txt": "-\n外長應(yīng)約同法國外長通電話(huà),雙(shuāng)方同意加強(qiáng)在氣候變化領域的合作,並就烏克蘭局勢交換意見。\n"})
    for d in docs.values():
        om = OffsetMap.from_list(d["offsets"])
        for b0, b1, r0, r1 in om.segments:
            if b1 - b0 == r1 - r0:
                assert d["body"][b0:b1] == d["raw"][r0:r1]
    d = docs["pinyin.txt"]
    k = d["body"].index("通電話")
    start, end = OffsetMap.from_list(d["offsets"]).span_to_raw(k, k + 3)
    assert d["raw"][start:end] == "通電話"
    html = docs["p.html"]
    k = html["body"].index("&")
    start, end = OffsetMap.from_list(html["offsets"]).span_to_raw(k, k + 1)
    assert html["raw"][start:end] == "&amp;"


@pytest.mark.parametrize("raw,expected", [
    ("[视频]习近平会见坦桑尼亚总统", "习近平会见坦桑尼亚总统"),
    ("外长会见挪威外交大臣_示例新闻网", "外长会见挪威外交大臣"),
    ("Talks in Oslo | Example News Online", "Talks in Oslo"),
    ("立法會選舉｜候選人會面呼籲投票", "立法會選舉｜候選人會面呼籲投票"),
])
def test_clean_title(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("2020-03-18 22:36:10", "2020-03-18T22:36:10"),
    ("2023年08月25日 19:21", "2023-08-25T19:21"),
    ("2025-11-03 20:52:08.000000000 +08:00", "2025-11-03T20:52:08"),
    ("2022-01-31T15:10:00Z", "2022-01-31T15:10:00"),
    ("May 14, 2020 5:13 PM", "2020-05-14T17:13"),
    ("9月12日 20:15", None),  # no year printed and no evidence of one: left empty, never invented
    ("2021-02-23", "2021-02-23"),
    ("no date here", None),
])
def test_parse_datetime(raw, expected):
    assert parse_datetime(raw) == expected


GLUED_WIRE = """---
title: "Port deal signed as ministers meet"
published_at: 2031-03-05 08:00
---

(2ND LD) Port deal(2ND LD) Port deal signed as ministers meet(ATTN: ADDS quotes)By Ana Lusk VALMORA CITY, March 5 (Brinepress) -- Trade Minister Oskar Venn met his Karstan counterpart Lea Dorn on Thursday and signed a port agreement.

The two ministers also discussed ferry routes across the strait, officials said.
"""


def test_a_wire_dateline_after_a_slug_headline_and_byline_run_into_one_line(ingest_files):
    _, docs = ingest_files({"glued.md": GLUED_WIRE})
    assert docs["glued.md"]["dateline"] == {"text": "VALMORA CITY, March 5 (Brinepress) --", "agency": "Brinepress",
                                            "place": "VALMORA CITY", "month": 3, "day": 5}


def test_a_capitalised_place_and_day_without_the_wire_dash_is_no_dateline_mid_line(ingest_files):
    page = GLUED_WIRE.replace(" (Brinepress) --", " (Brinepress) said")
    _, docs = ingest_files({"nodash.md": page})
    assert docs["nodash.md"]["dateline"] is None


MARKDOWN_SIGNS = [
    '<p>Dana Voss met <b>Ilya Marten</b> in <span class="x">Lorvik</span>.<!-- note --></p>',
    '[caption id="7"]<img src="a.jpg"> The harbour[/caption] [ad_1] {:start="1"} [[xx:Lorvik|Lorvik]]',
    "Use `talks()` here ![a map](m.png) and [the statement](https://example.org/s) of the ministry.",
    "**Talks:** __agreed__ _fully_ and ***stray*** \\*escaped\\* &amp; Voss&#x27;s &eacute;",
    "## Voss in Lorvik", "  > a quoted line", "- a listed point", "+ another", "* a third",
]


@pytest.mark.parametrize("text", MARKDOWN_SIGNS)
def test_every_markdown_edit_match_holds_one_of_the_signs_it_is_checked_by(text):
    from diplograph.clean.markup import MD_EDITS

    for needles, pattern, _ in MD_EDITS:
        for m in pattern.finditer(text):
            assert not needles.isdisjoint(m.group()), (pattern.pattern, m.group())


def test_markdown_paragraph_without_signs_is_kept_and_with_signs_is_edited():
    from diplograph.clean.markup import markdown_lines

    raw = "# Voss in Lorvik\n\nDana Voss met Ilya Marten on Monday.\n\nThe **talks** went [well](https://example.org).\n"
    assert [ln.text for ln in markdown_lines(raw)] == [
        "Voss in Lorvik", "Dana Voss met Ilya Marten on Monday.", "The talks went well."]


def test_language_of_english_text_with_control_characters_and_no_break_spaces():
    from diplograph.clean.language import ScriptDetector

    text = ("The foreign ministers of Lorvik and Vessania met on Monday\x00 to discuss\u00a0trade, fisheries and "
            "the border.\x07 Both sides agreed to hold further talks next month in the capital.\u2028\n") * 3
    assert ScriptDetector().detect(text) == "en"


def test_slice_from_the_piece_holding_the_start_equals_the_slice_from_the_first_piece():
    pieces = [Piece("Dana ", 0, 5), Piece("", -1, -1), Piece("Voss", 10, 14), Piece(" ", -1, -1),
              Piece("&amp;", 20, 25), Piece("Lorvik", 30, 36)]
    starts = piece_starts(pieces)
    n = sum(len(p.text) for p in pieces)
    for a in range(n + 1):
        for b in range(a, n + 2):
            assert slice_pieces(pieces, a, b, starts) == slice_pieces(pieces, a, b), (a, b)


def test_many_edits_on_one_long_line_keep_every_word_in_place():
    line = split_lines(" ".join(f"[[Place{i}]] met **Voss{i}**" for i in range(300)))[0]
    line = regex_edit(line, re.compile(r"\[\[([^\]]+)\]\]"), lambda m: 1)
    line = regex_edit(line, re.compile(r"\*\*([^*]+)\*\*"), lambda m: 1)
    assert line.text == " ".join(f"Place{i} met Voss{i}" for i in range(300))
    raw = " ".join(f"[[Place{i}]] met **Voss{i}**" for i in range(300))
    assert all(raw[a:b] == line.text[k:k + b - a] for k, (a, b) in enumerate(char_spans(line)) if b - a == 1)


def test_a_long_flattened_paragraph_of_many_pieces_splits_into_its_sentences_in_place():
    from diplograph.clean.markup import markdown_lines
    from diplograph.clean.segment import split_flattened

    raw = " ".join(f"Voss met **Marten{i}** in Lorvik.The talks went on" for i in range(200)) + "."
    parts = split_flattened(markdown_lines(raw)[0])
    assert [p.text for p in parts[:3]] == ["Voss met Marten0 in Lorvik.", "The talks went on Voss met Marten1 in Lorvik.",
                                          "The talks went on Voss met Marten2 in Lorvik."]
    assert len(parts) == 201
    for part in parts:
        assert all(raw[a:b] == part.text[k] for k, (a, b) in enumerate(char_spans(part)) if b - a == 1)



# dates as pages print them in a stamp or a furniture line (invented), and lines with figures but no date
STAMP_LINES = ["发布时间：2031-04-07 09:15", "Posted October 8, 2031 10:02 AM", "7 May 2031 | Lorvik Daily",
               "4/2/2031 12:45 PM", "5:44 PM UTC, January 26, 2031", "9月12日 20:15 来源：本网", "２０３１年４月７日",
               "2031 05/09 22:27", "Wed, February 18, 2031", "二〇三一年四月七日 09:15", "民國一二〇年四月七日", "２０３１年４月７日 ０９：１５",
               "The 12 ministers met for 3 hours.", "第3次会谈于5月举行"]


@pytest.mark.parametrize("text", STAMP_LINES)
def test_a_line_the_cheap_date_test_skips_holds_no_date(text):
    from diplograph.clean.segment import ANY_DATE, _may_hold_date

    assert ANY_DATE.search(text) is None or _may_hold_date(text)
    assert _may_hold_date(text) == (not text.startswith("The 12"))


@pytest.mark.parametrize("text", [
    "The ministers met in Lorvik. |", "外长会谈取得成果。（责任编辑：王五）", "双方签署协议。资料照片 另一句。",
    "双方签署协议。 相关报道：", "会谈摘要【详全文…】", "分享 微信 会谈继续举行", "The ministers met in Lorvik.",
    "会谈继续举行。"])
def test_the_tail_rows_tried_one_by_one_cut_what_their_alternation_cuts(text):
    from diplograph.clean.segment import Classifier

    clf = Classifier(12, 60)
    line = split_lines(text)[0]
    assert clf.tail(line).text == strip_line(regex_edit(line, clf.tail_pattern, lambda m: "")).text
    assert (clf.tail(line).text == text) == text.endswith(("Lorvik.", "举行。"))


@pytest.mark.parametrize("text,widget", [
    ("Share this story", True), ("Share on Facebook", True), ("Print this page.", True), ("Email", True),
    ("share satellite data on vessel movements with the coast guard every month.", False),
    ("Print more banknotes before the harvest, the central bank was told by the finance ministry.", False)])
def test_a_share_or_print_widget_is_furniture_and_a_sentence_opening_with_the_verb_is_not(text, widget):
    """A list item the article tells may open with the verb a widget is labelled with (`share …`); a widget's
    label is a few words, never a sentence."""
    from diplograph.clean.segment import Classifier

    assert (Classifier(12, 60).info(text).kind == "furniture") == widget


@pytest.mark.parametrize("text,mark", [("END", True), ("— END —", True), ("（完）", True),
                                       ("End of the talks came late on Sunday, officials said.", False)])
def test_an_end_mark_alone_on_its_line_is_furniture(text, mark):
    from diplograph.clean.segment import Classifier

    assert (Classifier(12, 60).info(text).kind == "furniture") == mark


@pytest.mark.parametrize("text,kind", [
    ("全部评论（3）", "comments"), ("评论区", "comments"), ("我要留言", "comments"), ("發表意見", "comments"),
    ("登录后参与评论", "comments"), ("View 12 comments", "comments"), ("Sign in to comment", "comments"),
    ("This discussion is now closed.", "comments"), ("Comments powered by Disqus.", "comments"),
    ("大家都在看", "stop"), ("熱門新聞", "stop"), ("你可能也想看", "stop"), ("You might also like", "stop"),
    ("Editor’s Picks", "stop"), ("Around the web", "stop"), ("More in World", "stop"),
    ("关注我们", "furniture"), ("下載客戶端", "furniture"), ("Image: Reuters", "furniture"),
    ("Thank you for subscribing", "inline"),  # a sign-up box's line: furniture, or a gap between paragraphs
    ("评论", "short"), ("More in the region were expected to attend, he said.", "prose")])
def test_comment_headings_related_sections_and_promotions_by_their_form(text, kind):
    """A section of readers' comments, a list of other stories, a call to follow or download, in either script;
    a bare 评论 is also a section of the site (commentary), and a sentence may open with `More in`."""
    from diplograph.clean.segment import Classifier

    assert Classifier(12, 60).info(text).kind == kind


@pytest.mark.parametrize("text,furniture", [
    ("Already a subscriber? Log in", True), ("This article is for subscribers only.", True),
    ("Register for free to continue reading.", True), ("You have reached your limit of free articles.", True),
    ("本文为付费内容", True), ("本文僅限訂戶閱讀", True), ("訂閱即可解鎖全文", True), ("Page 1 of 3", True),
    ("点击图片进入下一页", True), ("App内阅读", True), ("Gift this article", True), ("Font size", True),
    ("该平台的付费内容收入增长了三成。", False), ("Follow the money, the minister said.", False)])
def test_paywall_prompts_and_article_tool_buttons_are_furniture(text, furniture):
    """A paywall's prompt and an article's tool buttons in either script; an article may name paid content or
    open with the verb a button is labelled with."""
    from diplograph.clean.segment import Classifier

    assert (Classifier(12, 60).info(text).kind == "furniture") == furniture


@pytest.mark.parametrize("text,furniture", [
    ("This material may not be published, broadcast, rewritten or redistributed.", True),
    ("Click to share on Facebook (Opens in new window)", True), ("Like this:", True), ("（本报记者 王明）", True),
    ("They may not be published, the judge ruled.", False), ("（本报记者王明 北京3月21日电）", False)])
def test_a_wires_licence_line_a_blogs_buttons_and_a_bracketed_byline_are_furniture(text, furniture):
    from diplograph.clean.segment import Classifier

    assert (Classifier(12, 60).info(text).kind == "furniture") == furniture


def test_a_reply_form_heading_with_its_cancel_link_opens_the_comments():
    from diplograph.clean.segment import Classifier

    assert Classifier(12, 60).info("Leave a Reply Cancel reply").kind == "comments"


@pytest.mark.parametrize("text", ["Talks ended.", "Talks ended.\" Then", "e.g.x", "版权所有 ©", "外长通电话。", "v1.2",
                                  "Read more...", "end.)", "end.’", "No mark here", "", ".", "中文，English", "x.\n"])
def test_sentence_marks_and_content_units_as_their_one_pattern_reading(text):
    from diplograph.clean.segment import HAN_CLASS, SENTENCE, WORD, content_units

    one = re.compile(r"[。！？；，、,;!?،؟۔।]|\.[\"”’')\]]*(?:\s|$)")  # a mark, or a full stop closing a sentence
    assert [m.span() for m in SENTENCE.finditer(text)] == [m.span() for m in one.finditer(text)]
    han_runs = re.findall(f"{HAN_CLASS}+", text)  # an ASCII text is not searched for them: none can be there
    assert content_units(text) == sum(map(len, han_runs)) + 2 * len(WORD.findall(text))
