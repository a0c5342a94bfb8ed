"""Archive formats from outlets never seen before: each page here is invented to pin one rule (issue 16)."""

from __future__ import annotations

import json

import pytest

from diplograph.clean.markup import VisibleText, looks_like_html, looks_like_markdown
from diplograph.ingest.records import guess_delimiter


def test_bare_ampersand_in_visible_text_is_kept_not_recursed_on():
    raw = "<p>Salt &amp; pepper, Tom & Jerry &copy; 2020 & more</p>"
    vis = VisibleText(raw)
    assert vis.text == "Salt&pepper,Tom&Jerry©2020&more"
    assert raw[vis.offsets[vis.text.index("Jerry")]:].startswith("Jerry")


@pytest.mark.parametrize("text, markdown", [
    ("Notes from the harbour talks.\n" * 300 + "## Second day\nThe envoys met again.\n" + "Filler line.\n" * 300
     + "See [the readout](https://example.org/readout).\n", True),  # two signs far apart: the second still counts
    ("## Agenda\nThe envoys met.\n", True),  # one sign, but the text opens with a heading
    ("The envoys met.\n" * 300 + "## Agenda\nThey agreed on a second round.\n", False),  # one sign is not enough
    # a Chinese text holding none of the signs' characters is not scanned, one holding two links still counts
    ("两国外长在首都举行会谈。\n" * 300, False),
    ("两国外长在首都举行会谈。\n" * 300 + "详见[会谈纪要](https://example.org/a)和[联合声明](/b)。\n", True),
])
def test_markdown_is_told_by_two_signs_anywhere_in_its_head(text, markdown):
    assert looks_like_markdown(text) is markdown


def test_html_is_told_by_two_tags_or_one_element():
    assert looks_like_html("Talks resumed.\n" * 500 + "<p>The envoys met.</p> and later <div>a note</div>")
    assert looks_like_html("<p>The envoys met in Lima.</p>")
    assert not looks_like_html("The envoys met in Lima <p> once.")


def test_markdown_post_with_ampersands_and_inline_tags_ingests(ingest_files):
    text = ("---\ntitle: Ports & Harbours Agreement Signed\ndate: 2023-05-09\n---\n"
            "1.\tThe transport ministers of Freedonia & Sylvania signed a harbours agreement in Port Town on "
            "Tuesday, <b>the first</b> of its kind.\n\n| A | B |\n| --- | --- |\n| <b>Lee & Co</b> <br>Partner | x |\n")
    _, docs = ingest_files({"2023-05-09-post.md": text})
    d = docs["2023-05-09-post.md"]
    assert d["error"] is None
    assert "Freedonia & Sylvania signed a harbours agreement" in d["body"]


def test_csv_delimiter_read_from_the_header_not_from_tabs_in_chinese_text(ingest_files):
    rows = ["title,date,body"]
    for n in range(3):
        body = "\t甲国外长当天在首都会见乙国外长，双方就双边关系交换意见，同意加强合作。\n\t会见后，两国签署了合作文件。"
        rows.append(f'外长会见乙国外长{n},2021-03-0{n + 1},"{body}"')
    _, docs = ingest_files({"news.csv": "\n".join(rows) + "\n"})
    assert sorted(docs) == ["news.csv#1", "news.csv#2", "news.csv#3"]
    d = docs["news.csv#2"]
    assert d["error"] is None and d["title"] == "外长会见乙国外长1" and d["published"] == "2021-03-02"
    assert "同意加强合作" in d["body"]


def test_guess_delimiter_prefers_known_column_names():
    assert guess_delimiter("title,date,body\n") == ","
    assert guess_delimiter("title\tpublished\ttext\n") == "\t"
    assert guess_delimiter("headline;date;content\n") == ";"
    assert guess_delimiter("a,b\tc\n") == ","


def test_short_feed_summary_clipped_with_ellipsis_is_the_article(ingest_files):
    items = [{"link": f"https://news.example.tw/a/{n}", "title": f"外交部長接見訪問團{n}",
              "published": "2024-07-17T11:22:48+08:00",
              "description": "外交部長昨（16）日在外交部會晤由友台小組主席率領的跨黨派國會訪問團。部長今天在社群分享，近...…"}
             for n in range(2)]
    text = "\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n"
    _, docs = ingest_files({"feed.jsonl": text})
    d = docs["feed.jsonl#1"]
    assert d["error"] is None
    assert "跨黨派國會訪問團" in d["body"]


def test_crawled_markdown_with_one_paragraph_per_line_is_split_into_lines(ingest_files):
    nav = "World Politics Sports Entertainment Business Science Lifestyle Religion Photography\n"
    lines = [nav, "* A headline about a faraway storm that is linked from every page of the site\n"] * 6
    article = ("The foreign ministers of Freedonia and Sylvania met in Port Town on Monday and agreed to "
               "reopen their embassies before the end of the year, officials said.\n"
               "The talks, the first in a decade, covered trade, fishing rights and the border crossing at "
               "the river, where traffic has been closed since the spring.\n"
               "Share\n")
    text = "---\ntitle: Ministers agree to reopen embassies\ndate: 2024-01-26\n---\n\n" + "".join(lines) + article
    _, docs = ingest_files({"crawl.md": text})
    d = docs["crawl.md"]
    assert d["error"] is None
    assert "agreed to reopen their embassies" in d["body"] and "covered trade, fishing rights" in d["body"]
    assert "faraway storm" not in d["body"] and "Sports Entertainment" not in d["body"]  # repeated: furniture


def test_hard_wrapped_markdown_paragraph_is_joined(ingest_files):
    text = ("---\ntitle: Talks\ndate: 2024-02-01\n---\n\nThe two delegations met in the capital on\n"
            "Thursday and agreed to continue the talks\nnext month in the port city.\n")
    _, docs = ingest_files({"wrapped.md": text})
    assert "met in the capital on Thursday and agreed to continue the talks next month" in docs["wrapped.md"]["body"]


DIGEST = """# 每日外交要闻 2024年3月5日

1/3

## 甲国外长访问乙国
来源：[示例网](https://news.example.org/1)

甲国外长4日抵达乙国首都，开始为期三天的正式访问，双方将就双边关系和地区形势深入交换意见。

2/3

## 乙国总统会见丙国总理
https://news.example.org/2

乙国总统当天在总统府会见来访的丙国总理，双方同意加强在能源和基础设施领域的合作。

3/3

## 丁国宣布与戊国复交
[原文链接](https://news.example.org/3)

丁国外交部当天宣布，丁国与戊国即日起恢复大使级外交关系，两国将尽快互派大使。
"""


def test_digest_page_keeps_every_item_and_its_own_title(ingest_files):
    _, docs = ingest_files({"digest.md": DIGEST})
    d = docs["digest.md"]
    assert d["title"] == "每日外交要闻 2024年3月5日"
    body = d["body"]
    for heading in ("甲国外长访问乙国", "乙国总统会见丙国总理", "丁国宣布与戊国复交"):
        assert heading in body
    for text in ("开始为期三天的正式访问", "加强在能源和基础设施领域的合作", "恢复大使级外交关系"):
        assert text in body
    for furniture in ("来源", "https://", "原文链接", "1/3", "3/3", "##"):
        assert furniture not in body



PAGE = ("<html><body><nav><a href='/'>Home</a></nav><p>Ministers of <a href='/r'>Ruritania</a> &amp;\n"
        "  Osterlich met in <b>Strelsau</b> on Monday.</p><p>Talks in Strelsau ended on Tuesday.</p>"
        "<p>The envoys agreed to reopen the border cross<i>ing</i> near <b>Zenda</b> next week.</p></body></html>")


@pytest.mark.parametrize(("line", "pieces", "linked"), [
    ("Talks in Strelsau ended on Tuesday.", 1, False),  # written so in the page: one piece
    ("Ministers of Ruritania & Osterlich met in Strelsau on Monday.", 9, True),  # across tags, an entity
    ("Ministers of Ruritania &   Osterlich met in Strelsau on Monday.", 9, True),  # spaces the page lacks
    # the stretches between inline tags, each as the page writes it (one ending inside a word)
    ("The envoys agreed to reopen the border crossing near Zenda next week.", 7, False),
])
def test_located_line_maps_each_character_back_to_the_page(line, pieces, linked):
    located = VisibleText(PAGE).locate(line, PAGE)
    assert located.text == line and len(located.pieces) == pieces
    for p in located.pieces:
        if p.raw_start < 0:
            assert not p.text.strip()  # only white space the page does not have there maps to nothing
        elif len(p.text) == p.raw_end - p.raw_start:
            assert PAGE[p.raw_start:p.raw_end] == p.text  # a piece as long as its raw span copies it
        else:
            assert (PAGE[p.raw_start:p.raw_end], p.text) == ("&amp;", "&")
    assert (located.link_ratio > 0) == linked


def test_a_cms_api_export_wraps_its_text_fields_in_objects(ingest_files):
    # WordPress's REST API: `{"rendered": …}` around title and content, `date_gmt`; one record a single <p>
    posts = [{"id": 1, "title": {"rendered": "Trade Ministers Meet"}, "date_gmt": "2024-03-25 09:00:00",
              "content": {"rendered": "<p>Trade ministers from Arnland and Pelle met in Colvik on Monday to review "
                                      "a tariff agreement.</p><p>They agreed to cut duties on farm machinery.</p>",
                          "protected": False}},
             {"id": 2, "title": {"rendered": "Minister Visits Harbour City"},
              "body": {"value": "<p>The foreign minister of Arnland visited Harbour City on Tuesday to open a "
                                "consulate, the first in the region.</p>", "format": "basic_html"}}]
    _, docs = ingest_files({"posts.json": json.dumps(posts)})
    one, two = docs["posts.json#1"], docs["posts.json#2"]
    assert (one["title"], one["published"]) == ("Trade Ministers Meet", "2024-03-25T09:00:00")
    assert one["body"].splitlines()[1] == "They agreed to cut duties on farm machinery."
    assert two["title"] == "Minister Visits Harbour City" and two["body"].startswith("The foreign minister")
    assert "<p>" not in two["body"] and "rendered" not in one["body"]


def test_records_inside_an_envelope_object_are_each_a_document(ingest_files):
    # a JSON Feed keeps its posts under `items` (content_html / content_text), a news API under `articles`,
    # whose `content` ends with the mark of what it cut
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes",
            "items": [{"id": "1", "url": "https://harbour.example/p/1", "title": "Ministers Open Ferry Talks",
                       "content_html": "<p>Transport ministers of Kelm and Ardo opened ferry talks on Tuesday.</p>"
                                       "<p>A deal is expected by the summer.</p>",
                       "date_published": "2024-05-14T09:00:00+02:00"},
                      {"id": "2", "title": "Envoy Presents Credentials", "date_published": "2024-05-15",
                       "content_text": "The new ambassador of Kelm presented her credentials on Wednesday."}]}
    api = {"status": "ok", "totalResults": 1, "articles": [
        {"source": {"id": None, "name": "Coast Times"}, "title": "Premiers Agree on a Coast Guard",
         "publishedAt": "2024-05-16T08:30:00Z", "url": "https://coasttimes.example/a/9",
         "content": "The premiers of Norvia and Aldmark agreed on Thursday to set up a shared coast guard for the "
                    "straits between them, officials said. The force will… [+2140 chars]"}]}
    _, docs = ingest_files({"feed.json": json.dumps(feed), "api.json": json.dumps(api)})
    assert docs["feed.json#1"]["body"].splitlines()[1] == "A deal is expected by the summer."
    assert (docs["feed.json#2"]["title"], docs["feed.json#2"]["published"]) == ("Envoy Presents Credentials",
                                                                                "2024-05-15")
    api_doc = docs["api.json#1"]
    assert api_doc["published"] == "2024-05-16T08:30:00" and "chars]" not in api_doc["body"]
