"""Title, publication time and URL from every place a document keeps them, with where each came from (issue 16).

Every page and record here is invented; each pins one way archives and pages declare their metadata.
"""

from __future__ import annotations

import json

import pytest

from diplograph.clean.datetimes import parse_datetime
from diplograph.clean.metadata import clean_title

ARTICLE_EN = ("The foreign ministers of Freedonia and Sylvania met in Port Town on Monday and agreed to reopen "
              "their embassies before the end of the year, officials from both sides said.\n\n"
              "The talks covered trade, fishing rights and the river crossing, closed since the spring.\n")
ARTICLE_ZH = "甲国外长当天在首都同乙国外长举行会谈。双方就双边关系和共同关心的国际问题交换了意见，同意加强合作。\n"


@pytest.mark.parametrize("raw,expected", [
    ("Fri, 08 Oct 2021 10:02:48 GMT", "2021-10-08T10:02:48"),
    ("October 8, 2021 10:02 AM", "2021-10-08T10:02"),
    ("October 8, 2021 10:02 PM", "2021-10-08T22:02"),
    ("Jun 22, 2021", "2021-06-22"),
    ("7 May 2019", "2019-05-07"),
    ("2021年10月8日 10:02", "2021-10-08T10:02"),
    ("2021年10月8日下午3:05", "2021-10-08T15:05"),
    ("08/10/2021", "2021-10-08"),  # day first: the order of most of the world
    ("25/12/2020", "2020-12-25"),
    ("12/25/2020", "2020-12-25"),  # only one reading is a date
    ("4/2/2024 12:45 PM UTC", "2024-04-02T12:45"),  # a 12-hour clock goes with the US month-first order
    ("20171130", "2017-11-30"),
    ("2023 11/07 21:14:05", "2023-11-07T21:14:05"),  # a year, a space, then month/day with a clock
    ("Updated 6:41 PM UTC, March 3, 2023", "2023-03-03T18:41"),  # the clock before the day
    ("Wed, March 1, 2023 at 8:05 AM UTC", "2023-03-01T08:05"),
    ("2024-07-28T23:36:08+08:00", "2024-07-28T23:36:08"),
    ("Tuesday", None),
    ("March 3", None),  # no year: never today's
    ("9月12日 20:15", None),
    ("Mon, 30 Nov -0001 00:00:00 +0000", None),  # a blog export's date of a post never published
    ("2024年3月5日 星期二 14:30", "2024-03-05T14:30"),  # a weekday between the day and its clock
    ("2024年3月5日（週二）下午2:30", "2024-03-05T14:30"),
    ("Tuesday 5 March 2024 14.30 GMT", "2024-03-05T14:30"),  # a clock written with a dot
    ("1709620200", "2024-03-05T06:30:00"),  # seconds since 1970, read in UTC
    ("1709620200000", "2024-03-05T06:30:00"),  # milliseconds
    ("12345678901", None),  # eleven digits: no count of seconds
    ("113年5月3日", "2024-05-03"),  # Taiwan's official calendar: years from 1912
    ("民國113年5月4日 下午3:20", "2024-05-04T15:20"),
    ("中華民國99年1月2日", "2010-01-02"),
    ("30年3月5日", None),  # a bare two-digit year is no date of this calendar
    ("二〇二四年十月八日", "2024-10-08"),  # Chinese numerals: the year digit by digit, month and day counted
    ("二〇二五年一月十五日 10:02", "2025-01-15T10:02"),
    ("二零二三年十二月三十一日下午3:05", "2023-12-31T15:05"),
    ("民國一一三年五月四日", "2024-05-04"),
    ("中華民國一百一十三年十一月二十日", "2024-11-20"),
    ("二〇二四年二月三十日", None),  # no such day
    ("Sun, 03/02/2025", "2025-03-02"),  # the weekday falls on the month-first reading: it settles the order
    ("Mon, 03/02/2025", "2025-02-03"),
    ("週日 03/02/2025 14:00", "2025-03-02T14:00"),
    ("星期天 03/02/2025", "2025-03-02"),  # 天 is Sunday as 日 is
    ("03/02/2025（星期日）", "2025-03-02"),  # the weekday after the day
    ("By Sun Li 03/02/2025", "2025-02-03"),  # a name away from the day is no weekday: day first, as printed
    ("2025年03月10日 08时30分", "2025-03-10T08:30"),  # a clock in Chinese
    ("2025年3月10日 下午3点5分", "2025-03-10T15:05"),
    ("2025年3月10日，会谈持续了30分钟", "2025-03-10"),  # minutes of a duration are no clock
    ("March 10th, 2025", "2025-03-10"),
    ("10-Mar-2025", "2025-03-10"),  # a hyphen after a word is no minus sign
])
def test_date_strings(raw, expected):
    assert parse_datetime(raw) == expected


def test_a_yearless_date_takes_its_year_from_a_later_reference():
    assert parse_datetime("9月12日 20:15", reference="2021-10-08T10:00") == "2021-09-12T20:15"
    assert parse_datetime("12月30日", reference="2022-01-03") == "2021-12-30"  # the day lies after: last year


@pytest.mark.parametrize("raw,expected", [
    ("甲国外长会见乙国外长-示例网", "甲国外长会见乙国外长"),
    ("Ministers Agree to Reopen Embassies | WXYZ", "Ministers Agree to Reopen Embassies"),
    ("Ministers Agree to Reopen Embassies | Diplomacy | The Daily Example", "Ministers Agree to Reopen Embassies"),
    ("選舉｜候選人與工程界代表會面呼籲市民投票", "選舉｜候選人與工程界代表會面呼籲市民投票"),
    ("Minister&#x27;s visit ends", "Minister's visit ends"),
    ("**Ministers Agree to Reopen Embassies**", "Ministers Agree to Reopen Embassies"),  # a Markdown line's marks
    ("# 甲国外长会见乙国外长", "甲国外长会见乙国外长"),
    ("_Talks resume_", "Talks resume"),
    ("#MeToo reaches the foreign ministry", "#MeToo reaches the foreign ministry"),  # a hashtag is no heading
    ("甲国外长会见乙国外长——示例网", "甲国外长会见乙国外长"),  # a doubled dash, a full-width hyphen
    ("甲国外长会见乙国外长－示例网", "甲国外长会见乙国外长"),
    ("“一带一路”——合作共赢之路", "“一带一路”——合作共赢之路"),  # a headline's own dash: no part is the site's
    ("甲国外长：中方愿同各方一道——推动和平", "甲国外长：中方愿同各方一道——推动和平"),  # a short second part, no site
    ("Ministers Agree to Reopen Embassies • WXYZ", "Ministers Agree to Reopen Embassies"),
    ("Ministers Agree to Reopen Embassies » Diplomacy » WXYZ", "Ministers Agree to Reopen Embassies"),
    ("【甲国外长会见乙国外长】", "甲国外长会见乙国外长"),
])
def test_clean_title_forms(raw, expected):
    assert clean_title(raw) == expected


def _meta(db, source_end: str) -> dict:
    row = db.conn.execute("select meta from documents where source like ?", (f"%{source_end}",)).fetchone()
    return json.loads(row[0])


def _declared(db, source_end: str) -> dict:
    return _meta(db, source_end).get("declared", {})


def test_crawl_time_is_never_the_publication_time(ingest_files):
    text = "---\ntitle: Talks\ncrawled_at: 2024-03-02 04:58:38\nurl: https://example.org/a\n---\n\n" + ARTICLE_EN
    _, docs = ingest_files({"crawl.md": text})
    assert docs["crawl.md"]["published"] is None


def test_markdown_without_front_matter_takes_its_heading_and_printed_stamp(ingest_files):
    text = "# Ministers agree to reopen embassies\n\nPublished :`2024-07-28 23:36:08`\n\n---\n\n" + ARTICLE_EN
    _, docs = ingest_files({"post.md": text})
    d = docs["post.md"]
    assert d["title"] == "Ministers agree to reopen embassies" and d["published"] == "2024-07-28T23:36:08"
    assert "#" not in d["body"] and "`" not in d["body"]


def test_markdown_heading_that_is_a_host_name_is_not_the_title(ingest_files):
    text = "# www.example.com\n\n## Ministers agree to reopen embassies\n\n" + ARTICLE_EN
    _, docs = ingest_files({"dump.md": text})
    assert docs["dump.md"]["title"] == "Ministers agree to reopen embassies"


HEAD_PAGE = """<html><head><title>Ministers agree | Example</title>
<meta name="DC.date.issued" content="2019-01-01">
<meta name="x-date" itemprop="datePublished" value="Tue, 07 Apr 2020 15:49:34 +0530">
<link rel="canonical" href="https://news.example.org/a/1">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Ex"},
 {"@type": "NewsArticle", "headline": "Ministers agree to reopen embassies", "datePublished": "2020-04-07T15:49:34+05:30",
  "dateModified": "2020-04-09T10:00:00+05:30"}]}</script></head>
<body><h1>Ministers agree to reopen embassies</h1><p>{}</p></body></html>"""


def test_json_ld_comes_before_meta_tags(ingest_files, db):
    _, docs = ingest_files({"ld.html": HEAD_PAGE.replace("{}", ARTICLE_EN)})
    d = docs["ld.html"]
    assert d["title"] == "Ministers agree to reopen embassies"
    assert d["published"] == "2020-04-07T15:49:34"
    assert _meta(db, "ld.html")["url"] == "https://news.example.org/a/1"
    declared = _declared(db, "ld.html")
    assert declared["published_from"] == "json-ld:datePublished"
    assert {e["from"] for e in declared["published"]} >= {"microdata:datePublished", "meta:DC.date.issued"}


def test_time_element_and_date_only_meta_take_the_printed_clock(ingest_files):
    page = ('<html><head><meta name="publishdate" content="2024-05-09"></head><body><h1>Ministers meet</h1>'
            f'<div class="info">2024-05-09 22:27:02 来源：示例网</div><p>{ARTICLE_ZH}</p></body></html>')
    _, docs = ingest_files({"m.html": page})
    assert docs["m.html"]["published"] == "2024-05-09T22:27:02"
    page2 = ('<html><body><h1>Ministers meet</h1><time datetime="2022-03-04T05:06">March 4</time>'
             f'<p>{ARTICLE_EN}</p></body></html>')
    _, docs = ingest_files({"t.html": page2})
    assert docs["t.html"]["published"] == "2022-03-04T05:06"


def test_a_related_list_teaser_block_is_not_the_title_block(ingest_files):
    related = "".join(f"<li><a href='/r{n}'>另一条相关新闻标题第{n}条内容</a><span>2019-09-0{n}</span></li>" for n in range(1, 4))
    page = ("<html><head><title>甲国外长同乙国外长举行会谈_示例网</title></head><body>"
            "<h1>甲国外长同乙国外长举行会谈</h1><div>作者简介</div><div>2019-09-07 09:25:09 来源：示例网</div>"
            f"<p>{ARTICLE_ZH}</p><p>{ARTICLE_ZH.replace('当天', '昨天')}</p><ul>{related}</ul></body></html>")
    _, docs = ingest_files({"p.html": page})
    assert docs["p.html"]["published"] == "2019-09-07T09:25:09"


def test_the_headline_printed_above_the_stamp_wins_over_a_search_title(ingest_files):
    # the head's og:title is written for search engines; the page prints its <h1> above its own stamp
    page = ('<html><head><meta property="og:title" content="Embassy row: Freedonia and Sylvania agree to reopen '
            'missions | World News - Example"><meta name="url" content="https://static.example.org/logo.jpg">'
            '<link rel="canonical" href="https://news.example.org/world/1"></head><body>'
            '<h1>Freedonia, Sylvania agree to reopen missions</h1><div>Jane Roe / Updated: Mar 1, 2023, 08:05 IST</div>'
            f'<p>{ARTICLE_EN}</p></body></html>')
    _, docs = ingest_files({"h.html": page})
    assert docs["h.html"]["title"] == "Freedonia, Sylvania agree to reopen missions"
    assert docs["h.html"]["published"] == "2023-03-01T08:05"


def test_microdata_names_the_publication_more_exactly_than_a_meta_name(ingest_files, db):
    page = ('<html><head><meta name="publish-date" content="Wed, 01 Mar 2023 03:10:00 +0530">'
            '<meta name="modified-date" itemprop="datePublished" content="Wed, 01 Mar 2023 11:20:00 +0530">'
            '<link rel="canonical" href="https://news.example.org/world/2">'
            f'<meta name="url" content="https://static.example.org/logo.jpg"></head><body><p>{ARTICLE_EN}</p></body></html>')
    _, docs = ingest_files({"md.html": page})
    assert docs["md.html"]["published"] == "2023-03-01T11:20:00"
    assert _meta(db, "md.html")["url"] == "https://news.example.org/world/2"  # not the logo a meta `url` names


def test_a_text_opening_with_one_heading_is_markdown(ingest_files):
    text = "# Ministers agree to reopen embassies\n\nBy Jane Roe | October 8, 2021\n\n" + ARTICLE_EN
    _, docs = ingest_files({"one.md": text})
    d = docs["one.md"]
    assert d["title"] == "Ministers agree to reopen embassies" and d["published"] == "2021-10-08"
    assert "#" not in d["body"] and "Jane Roe" not in d["body"]


def test_metadata_lines_padded_with_a_long_run_of_spaces_are_read_in_one_pass(ingest_files):
    # a value followed by 200,000 spaces: a lazy value before optional trailing spaces would retry each one
    pad = " " * 200_000
    text = f"- **Title**: Ministers agree{pad}\n- **URL**: https://a.example.org/1{pad}\n- **Date**: 2021-10-08\n\n"
    _, docs = ingest_files({"pad.md": text + "# Talks" + pad + "\n\n" + ARTICLE_EN})
    assert docs["pad.md"]["title"] == "Ministers agree" and docs["pad.md"]["published"] == "2021-10-08"


def test_a_text_dump_with_a_byline_and_a_clock_first_stamp_gives_the_headline_and_time(ingest_files):
    # a news site's text dump: site name and menu, the headline, a byline, then `Published 10:42 AM GMT+1, Thu …`
    text = ("Skip to content\nThe Meridian Post\nWorld\nPolitics\nBusiness\nSign in\nWorld / Europe\n"
            "Ministers Agree to Reopen Embassies\nBy Jane Roe\n"
            "Published 10:42 AM GMT+1, Thu November 14, 2024\nUpdated 3:05 PM GMT+1, Fri November 15, 2024\n"
            + ARTICLE_EN + "Advertisement\nTerms of Use\n")
    _, docs = ingest_files({"dump.txt": text})
    d = docs["dump.txt"]
    assert (d["title"], d["published"]) == ("Ministers Agree to Reopen Embassies", "2024-11-14T10:42")


@pytest.mark.parametrize("under", ["", "3 min read", "Listen to this article", "阅读时间约3分钟", "字体：大 中 小"])
def test_a_text_dump_without_a_stamp_takes_the_headline_nearest_the_article(ingest_files, under):
    # the site's name and its menu come first; a reading-time or font widget may stand under the headline
    text = ("The Harbour Gazette\nHome | World | Politics | Sport | Weather\nWorld › Asia\n"
            f"Ministers Agree to Reopen Embassies\n{under}\n" + ARTICLE_EN)
    _, docs = ingest_files({"dump.txt": text})
    assert docs["dump.txt"]["title"] == "Ministers Agree to Reopen Embassies"
    assert not under or under not in docs["dump.txt"]["body"]


@pytest.mark.parametrize("stamp,published", [("發布日期：民國113年5月3日 14:20", "2024-05-03T14:20"),
                                             ("中華民國113年5月3日 下午2:20", "2024-05-03T14:20"),
                                             ("113年5月3日", "2024-05-03")])
def test_a_stamp_of_taiwans_calendar_under_the_headline_dates_the_page(ingest_files, stamp, published):
    text = f"首頁 > 新聞稿\n外交部長接見友邦國會訪問團\n{stamp}\n{ARTICLE_ZH}"
    _, docs = ingest_files({"gov.txt": text})
    assert (docs["gov.txt"]["title"], docs["gov.txt"]["published"]) == ("外交部長接見友邦國會訪問團", published)
    assert "113" not in docs["gov.txt"]["body"]


def test_a_page_titled_with_its_site_name_takes_its_h1_and_the_articles_own_time(ingest_files):
    # `<title>` holds only the site's name; a list of latest stories with their times stands before the article
    page = ("<html><head><title>The Valley Herald</title></head><body><header><a href='/'>The Valley Herald</a>"
            "</header><aside><ul><li><a href='/a'>Storm closes pass</a> <time datetime='2024-05-12T07:00:00Z'>2h "
            "ago</time></li></ul></aside><main><article><h1>Ministers Agree to Reopen Embassies</h1>"
            "<p>By Jane Roe · <time datetime='2024-05-10T15:30:00+03:00'>May 10, 2024</time></p>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE_EN.split("\n\n")) + "</article></main></body></html>")
    _, docs = ingest_files({"page.html": page})
    d = docs["page.html"]
    assert (d["title"], d["published"]) == ("Ministers Agree to Reopen Embassies", "2024-05-10T15:30:00")


def test_a_logo_h1_held_by_the_page_title_is_no_headline(ingest_files):
    page = ("<html><head><title>Ministers Agree to Reopen Embassies - Eastern Wire</title></head><body>"
            "<div id='logo'><h1><a href='/'>Eastern Wire</a></h1></div><div class='story'><h2>Ministers Agree "
            "to Reopen Embassies</h2>" + "".join(f"<p>{p}</p>" for p in ARTICLE_EN.split("\n\n")) + "</div></body></html>")
    _, docs = ingest_files({"logo.html": page})
    assert docs["logo.html"]["title"] == "Ministers Agree to Reopen Embassies"


def test_a_byline_and_its_date_on_one_line_under_the_headline_date_the_page(ingest_files):
    # the masthead prints today's date above it
    text = ("Sunday, May 12, 2024\nThe Valley Herald\nMinisters Agree to Reopen Embassies\nBy Jane Roe · May 10, 2024\n"
            + ARTICLE_EN)
    _, docs = ingest_files({"dump.txt": text})
    assert (docs["dump.txt"]["title"], docs["dump.txt"]["published"]) == ("Ministers Agree to Reopen Embassies",
                                                                         "2024-05-10")


@pytest.mark.parametrize("name,text", [
    ("repost.md", "# Ministers agree\n\nSource: [Port News](https://portnews.example/a/77)\n\n" + ARTICLE_EN),
    ("dump.txt", "外长举行会谈\n2024-05-13 10:00\n" + ARTICLE_ZH + "原文链接：https://portnews.example/a/77\n"),
    ("keyed.md", "---\ntitle: 外长举行会谈\noriginal: https://portnews.example/a/77\n---\n\n" + ARTICLE_ZH),
])
def test_the_source_url_a_repost_names_in_a_line_or_key_is_kept(ingest_files, db, name, text):
    _, docs = ingest_files({name: text})
    assert _meta(db, name)["url"] == "https://portnews.example/a/77"
    assert "portnews" not in docs[name]["body"]


def test_a_breadcrumb_is_no_headline_and_a_headline_may_open_with_its_day(ingest_files):
    # a ministry's press-conference page: breadcrumb, a headline that opens with the day, then the stamp
    text = ("首页 > 发言人表态\n2024年5月14日外交部发言人例行记者会\n2024-05-14 15:30\n"
            "问：据报道，乙国外长将于下周访问甲国。你能否证实？\n答：应甲国外长邀请，乙国外长将于5月20日至22日对甲国进行正式访问。\n"
            "问：双方会谈将讨论哪些议题？\n答：双方将就双边关系和共同关心的国际地区问题交换意见。\n")
    _, docs = ingest_files({"presser.txt": text})
    d = docs["presser.txt"]
    assert (d["title"], d["published"]) == ("2024年5月14日外交部发言人例行记者会", "2024-05-14T15:30")
    crumb = "首页 > 国际 > 正文\n" + ARTICLE_ZH
    _, docs = ingest_files({"crumb.txt": crumb})
    assert docs["crumb.txt"]["title"] is None


def test_a_markdown_headline_line_gives_a_title_without_its_marks(ingest_files):
    _, docs = ingest_files({"bold.md": "**Ministers Agree**\n\n*May 13, 2024*\n\n" + ARTICLE_EN})
    assert (docs["bold.md"]["title"], docs["bold.md"]["published"]) == ("Ministers Agree", "2024-05-13")


@pytest.mark.parametrize("stamps", ["更新時間：2024/05/14 09:00\n發佈時間：2024/05/13 14:30",
                                    "Updated: May 14, 2024 9:00 AM\nPublished: May 13, 2024 2:30 PM",
                                    "最後更新：2024年5月14日 09:00 發佈時間：2024年5月13日 下午2:30"])
def test_an_update_stamp_printed_before_the_publication_stamp_is_not_the_publication_time(ingest_files, stamps):
    text = f"港聞 > 政治\nMinisters Agree to Reopen Embassies\n{stamps}\n" + ARTICLE_EN
    _, docs = ingest_files({"upd.txt": text})
    assert docs["upd.txt"]["published"] == "2024-05-13T14:30"


def test_an_update_stamp_alone_still_dates_the_page(ingest_files):
    _, docs = ingest_files({"only.txt": "Ministers Agree\nUpdated: May 14, 2024 | 9:00 AM\n" + ARTICLE_EN})
    assert docs["only.txt"]["published"] == "2024-05-14T09:00"


@pytest.mark.parametrize("name,page", [
    ("stamp.txt", "外长会谈在首都举行\n二〇二四年十月八日 10:02　来源：示例新闻网\n" + ARTICLE_ZH),
    ("front.md", "---\ntitle: 外长会谈在首都举行\ndate: 二〇二四年十月八日 10:02\n---\n\n" + ARTICLE_ZH),
])
def test_a_day_in_chinese_numerals_dates_the_page(ingest_files, name, page):
    """Formal texts print the day in Chinese numerals, in the stamp under the headline or in front matter."""
    _, docs = ingest_files({name: page})
    assert docs[name]["published"] == "2024-10-08T10:02" and docs[name]["title"] == "外长会谈在首都举行"
    assert docs[name]["body"] == ARTICLE_ZH.strip()


def test_a_weekday_printed_with_a_numeric_day_settles_its_order_and_the_declared_time_stands(ingest_files):
    """Drupal prints `Sun, 03/02/2025 - 14:00` (month first) under the headline: read day first, it would be
    a day before the declared one, which would then be taken for a later update."""
    page = ("<html><head><meta name='dcterms.date' content='2025-03-02T14:00:00+00:00'><title>Ministers Agree to "
            "Reopen Embassies | Ministry of Foreign Affairs</title></head><body><main><h1>Ministers Agree to Reopen "
            "Embassies</h1><article><div class='node__meta'>Sun, 03/02/2025 - 14:00</div><div class='field--name-body'>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE_EN.split("\n\n")) + "</div></article></main></body></html>")
    _, docs = ingest_files({"node.html": page, "stamp.txt": "Ministers Agree to Reopen Embassies\n"
                            "Sun, 03/02/2025 - 14:00\n" + ARTICLE_EN})
    assert docs["node.html"]["published"] == "2025-03-02T14:00:00"
    assert docs["stamp.txt"]["published"] == "2025-03-02T14:00"


def test_a_blog_titled_with_its_name_before_the_post_and_its_hatom_time(ingest_files, db):
    """A blog's <title> is `Blog name: Post title` and its <h1> the blog's name; the post's title is printed
    as its own heading. Its time is in the hAtom `abbr.published`; its post footer (`張貼者：…`, a comment
    count, a bar of share buttons) is furniture."""
    page = ("<html lang='zh-TW'><head><title>外交筆記: 甲國外長訪問乙國</title></head><body><div class='header'>"
            "<h1>外交筆記</h1><p>關注國際關係的個人部落格</p></div><h2 class='date-header'>2024年5月4日 星期六</h2>"
            "<h3 class='post-title'>甲國外長訪問乙國</h3><div class='post-body'>甲國外交部長四日抵達乙國首都，展開為期三天的"
            "正式訪問，這是兩國建交以來甲國外長首次到訪。<br><br>雙方外長預定五日舉行會談，就雙邊經貿合作及區域安全議題交換意見。</div>"
            "<div class='post-footer'>張貼者： 小明 於 <abbr class='published' title='2024-05-04T21:15:00+08:00'>"
            "晚上9:15</abbr><div>2 則留言</div><div>以電子郵件傳送這篇文章 分享至 Twitter 分享至 Facebook</div></div>"
            "</body></html>")
    _, docs = ingest_files({"blog.html": page})
    d = docs["blog.html"]
    assert d["title"] == "甲國外長訪問乙國" and d["published"] == "2024-05-04T21:15:00"
    assert d["body"] == ("甲國外交部長四日抵達乙國首都，展開為期三天的正式訪問，這是兩國建交以來甲國外長首次到訪。\n"
                         "雙方外長預定五日舉行會談，就雙邊經貿合作及區域安全議題交換意見。")
    assert {"value": "甲國外長訪問乙國", "from": "page:title after the site's name"} in _declared(db, "blog.html")["title"]


def test_a_headline_before_the_site_name_in_the_title_keeps_its_h1(ingest_files):
    page = ("<html><head><title>Ministers Agree to Reopen Embassies | Wire</title></head><body><h1>Ministers Agree "
            "to Reopen Embassies</h1>" + "".join(f"<p>{p}</p>" for p in ARTICLE_EN.split("\n\n")) + "</body></html>")
    _, docs = ingest_files({"h1.html": page})
    assert docs["h1.html"]["title"] == "Ministers Agree to Reopen Embassies"


@pytest.mark.parametrize("stamp,published", [("March 10th, 2025", "2025-03-10"), ("10th March 2025 08:30", "2025-03-10T08:30"),
                                             ("2025年03月10日 08时30分 来源：示例网", "2025-03-10T08:30")])
def test_an_ordinal_day_or_a_chinese_clock_in_the_stamp_under_the_headline(ingest_files, stamp, published):
    _, docs = ingest_files({"dump.txt": f"Ministers Agree to Reopen Embassies\n{stamp}\n" + ARTICLE_EN})
    d = docs["dump.txt"]
    assert d["published"] == published and d["title"] == "Ministers Agree to Reopen Embassies"
    assert stamp not in d["body"]


def test_a_public_account_post_dates_itself_in_its_meta_line_and_ends_with_an_end_mark(ingest_files):
    """A public-account post prints `原创 author account 2025-03-16 18:05 发表于北京` under its headline and closes
    its text with `END` before the platform's buttons."""
    paras = ARTICLE_ZH.strip().split("。", 1)
    page = ("<html><head><title>甲乙两国举行外交磋商</title></head><body><h1>甲乙两国举行外交磋商</h1>"
            "<div><span>原创</span> <span>外交观察员</span> <a>示例外交</a> <em>2025-03-16 18:05</em> <em>发表于北京</em></div>"
            f"<div class='rich_media_content'><p>{paras[0]}。</p><p>{paras[1]}</p><p>END</p></div>"
            "<div>微信扫一扫 关注该公众号</div><div>继续滑动看下一个</div></body></html>")
    _, docs = ingest_files({"post.html": page})
    d = docs["post.html"]
    assert d["published"] == "2025-03-16T18:05" and d["body"] == f"{paras[0]}。\n{paras[1]}"


def test_a_headline_set_in_brackets_on_its_own_line_is_the_title(ingest_files):
    """Chinese posts set the headline in 【】 on its own line; a short bracketed label (【打印】) stays a button."""
    text = "【甲国外长会见乙国外长】\n（2025年3月18日）\n" + ARTICLE_ZH + "【打印】\n"
    _, docs = ingest_files({"post.txt": text})
    d = docs["post.txt"]
    assert d["title"] == "甲国外长会见乙国外长" and d["published"] == "2025-03-18" and d["body"] == ARTICLE_ZH.strip()


@pytest.mark.parametrize("title,h1,expected", [
    ("Harbour Times: Ministers Agree to Reopen Embassies", "Ministers Agree to Reopen Embassies",
     "Ministers Agree to Reopen Embassies"),
    ("示例网：甲国外长会见乙国外长", "甲国外长会见乙国外长", "甲国外长会见乙国外长"),
    ("甲国外长会见乙国外长｜示例網", "甲国外长会见乙国外长", "甲国外长会见乙国外长"),
    ("Analysis: Why the talks failed", "Analysis", "Analysis: Why the talks failed")])  # the h1 is the shorter part
def test_the_part_of_a_title_the_page_prints_as_its_headline(ingest_files, title, h1, expected):
    """A <title> joins the site's name (which no lexicon knows) to the headline the page prints; the part the
    page prints as a line is the headline, when it is the longest part."""
    page = (f"<html><head><title>{title}</title></head><body><div><a href='/'>Harbour Times</a></div><h1>{h1}</h1>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE_EN.split("\n\n")) + "</body></html>")
    _, docs = ingest_files({"t.html": page})
    assert docs["t.html"]["title"] == expected


def test_a_site_name_over_the_days_date_is_a_masthead_and_the_headline_stands_under_it(ingest_files):
    text = "明報新聞網\n2025年3月21日 星期五\n甲国外长会见乙国外长\n" + ARTICLE_ZH + "上一篇：立法會通過撥款\n"
    _, docs = ingest_files({"dump.txt": text})
    d = docs["dump.txt"]
    assert d["title"] == "甲国外长会见乙国外长" and d["published"] == "2025-03-21" and d["body"] == ARTICLE_ZH.strip()


@pytest.mark.parametrize("stamp,published", [("２０２５年３月２１日　１４：０５", "2025-03-21T14:05"),
                                             ("Published 3 hours ago", None), ("5分钟前", None)])
def test_full_width_digits_date_a_stamp_and_a_relative_stamp_is_no_headline(ingest_files, stamp, published):
    """Full-width digits are digits; a time told relative to the reading (`3 hours ago`) dates nothing without a
    crawl time, and is a stamp line, never the headline."""
    _, docs = ingest_files({"dump.txt": f"甲国外长会见乙国外长\n{stamp}\n" + ARTICLE_ZH})
    d = docs["dump.txt"]
    assert d["title"] == "甲国外长会见乙国外长" and d["published"] == published and d["body"] == ARTICLE_ZH.strip()
