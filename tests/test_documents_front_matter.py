"""Metadata that front matter, key lists and structured records declare: every CMS's fences and key families,
keys no lexicon lists, nested tables and fields (issue 16). Every page and record here is invented."""

from __future__ import annotations

import json

import pytest

from tests.test_documents_metadata import ARTICLE_EN, ARTICLE_ZH, _declared, _meta


def test_front_matter_after_blank_lines_with_wordpress_keys(ingest_files, db):
    text = ("\n\n---\npost_title: 'Ministers agree to reopen embassies'\npost_date: 2021-10-08 10:02:00\n"
            "post_modified: 2022-01-01 00:00:00\nguid: https://wire.example.org/?p=123\n---\n\n[ad_1]\n" + ARTICLE_EN)
    _, docs = ingest_files({"wp.md": text})
    d = docs["wp.md"]
    assert d["title"] == "Ministers agree to reopen embassies"
    assert d["published"] == "2021-10-08T10:02:00"
    assert "post_title" not in d["body"] and "[ad_1]" not in d["body"]
    declared = _declared(db, "wp.md")
    assert declared["published"][0]["from"] == "front_matter:post_date"
    assert declared["modified"][0]["value"].startswith("2022-01-01")
    assert declared["url"][0]["value"] == "https://wire.example.org/?p=123"


def test_front_matter_that_yaml_refuses_is_read_line_by_line(ingest_files):
    text = ("---\nid: 77\ntitle: \"Ministers agree to reopen embassies\"\nauthor: \n\t\tJ. Doe (jdoe@example.org)\n\t\n"
            "published_at: 2024-01-04 00:00\ncrawled_at: 2024-01-04 04:58:38\n---\n\n# Ministers agree to reopen embassies\n\n"
            + ARTICLE_EN)
    _, docs = ingest_files({"feed.md": text})
    d = docs["feed.md"]
    assert d["title"] == "Ministers agree to reopen embassies" and d["published"] == "2024-01-04T00:00"
    assert "title:" not in d["body"] and not d["body"].startswith("Ministers agree")


def test_hugo_toml_front_matter(ingest_files):
    text = '+++\ntitle = "Ministers agree to reopen embassies"\ndate = 2023-02-03T08:00:00+01:00\n+++\n\n' + ARTICLE_EN
    _, docs = ingest_files({"hugo.md": text})
    assert docs["hugo.md"]["title"] == "Ministers agree to reopen embassies"
    assert docs["hugo.md"]["published"] == "2023-02-03T08:00:00"


def test_json_front_matter(ingest_files, db):
    """Hugo also reads front matter written as one JSON object before the content."""
    text = ('{\n  "title": "Ministers agree to reopen embassies",\n  "date": "2023-02-03T08:00:00+01:00",\n'
            '  "slug": "ministers-agree"\n}\n\n' + ARTICLE_EN)
    _, docs = ingest_files({"hugo-json.md": text})
    d = docs["hugo-json.md"]
    assert d["title"] == "Ministers agree to reopen embassies" and d["published"] == "2023-02-03T08:00:00"
    assert d["body"] == ARTICLE_EN.replace("\n\n", "\n").strip()
    assert _declared(db, "hugo-json.md")["title"][0]["from"] == "front_matter:title"


def test_record_columns_by_name(ingest_files, db):
    rows = [{"headline": "Ministers agree to reopen embassies", "pubDate": "Fri, 08 Oct 2021 10:02:48 GMT",
             "updated_at": "2021-12-01", "link": "https://wire.example.org/1", "snippet": "The foreign ministers of…",
             "content": ARTICLE_EN}]
    _, docs = ingest_files({"feed.json": json.dumps(rows)})
    d = docs["feed.json#1"]
    assert d["title"] == "Ministers agree to reopen embassies" and d["published"] == "2021-10-08T10:02:48"
    assert _meta(db, "feed.json#1")["url"] == "https://wire.example.org/1"
    assert d["body"].count("The foreign ministers of") == 1  # the snippet restates the body's start


def test_compact_date_column(ingest_files):
    csv_text = "key,date,title,text\nx-1,20171130,外长举行会谈," + ARTICLE_ZH.strip() + "\n"
    _, docs = ingest_files({"daily.csv": csv_text})
    assert docs["daily.csv#1"]["published"] == "2017-11-30"


CRAWL_REPORT = """# www.example.org

## Metadata

- **URL**: https://www.example.org/world/ministers-agree-1234
- **Domain**: www.example.org
- **Scraped at**: 2023-03-09T02:11:40+00:00
- **HTTP Status**: 200
- **timestamp**: 2023-03-08T19:40:02

## Page Structure

- # World
- # Ministers agree to reopen embassies
  - ## What comes next

## Content

Ministers agree to reopen embassies | World | Example
Home
World
Weather
Ministers agree to reopen embassies
Jane Roe and John Doe
Updated
Wed, March 1, 2023 at 8:05 AM UTC
"""


@pytest.mark.parametrize("label", ["Updated\n", ""])
def test_a_crawl_report_declares_in_a_key_list_and_its_timestamp_is_no_publication_time(ingest_files, db, label):
    # a crawler's report: a list of bold keys, an outline of the page's headings, then the page's text; its
    # `timestamp` lies days after the stamp the page prints under its headline, so it is the crawl's; the
    # byline right above the stamp is not the headline the outline names
    _, docs = ingest_files({"report.md": CRAWL_REPORT.replace("Updated\n", label) + ARTICLE_EN})
    d = docs["report.md"]
    assert d["title"] == "Ministers agree to reopen embassies"
    assert d["published"] == "2023-03-01T08:05"
    assert _meta(db, "report.md")["url"] == "https://www.example.org/world/ministers-agree-1234"
    assert "Scraped at" not in d["body"] and "Jane Roe" not in d["body"] and "Freedonia" in d["body"]
    declared = _declared(db, "report.md")
    assert declared["published_from"] == "page:title block"
    assert declared["published"][0] == {"value": "2023-03-08T19:40:02", "from": "front_matter:timestamp"}


def test_a_bold_lead_in_is_no_key_list(ingest_files):
    text = "# Talks\n\n**Port Town:** " + ARTICLE_EN
    _, docs = ingest_files({"lead.md": text})
    assert docs["lead.md"]["title"] == "Talks" and "Port Town:" in docs["lead.md"]["body"]


def test_a_first_paragraph_of_plain_keys_is_front_matter(ingest_files, db):
    # Pelican and MultiMarkdown keep their metadata as `Key: value` lines before the first blank line
    text = ("Title: Ministers agree to reopen embassies\nDate: 2021-10-08 10:02\nModified: 2021-12-01 09:00\n"
            "Category: World\nSlug: ministers-agree\n\n" + ARTICLE_EN)
    _, docs = ingest_files({"pelican.md": text})
    d = docs["pelican.md"]
    assert d["title"] == "Ministers agree to reopen embassies" and d["published"] == "2021-10-08T10:02"
    assert "Slug" not in d["body"] and d["body"].startswith("The foreign ministers")
    assert _declared(db, "pelican.md")["published_from"] == "front_matter:Date"


@pytest.mark.parametrize("lead", ["Note: the talks resumed on Monday.\n\n", "Title: Talks\nThe ministers met.\n\n",
                                  "Category: World\nSlug: talks\n\n"])
def test_a_lead_with_a_colon_is_no_front_matter(ingest_files, db, lead):
    # one line, a block that goes on with prose, or keys naming neither a title nor a date
    ingest_files({"lead.txt": lead + ARTICLE_EN})
    origins = [e["from"] for entries in _declared(db, "lead.txt").values() if isinstance(entries, list)
               for e in entries]
    assert not any(o.startswith("front_matter") for o in origins)


def test_chinese_and_scraper_column_names_give_title_date_url_and_text(ingest_files, db):
    # scrapers of Chinese sites name their columns in Chinese, and others write `pub_time` for the date
    record = {"標題": "兩國簽署文化交流協議", "發布時間": "2024-10-21 10:05", "正文": ARTICLE_ZH.strip(),
              "網址": "https://wenhua.example.hk/news/8812", "抓取時間": "2024-10-25 02:00"}
    csv_text = ("headline,pub_time,link,content,crawled_at\n"
                f"Ministers meet,2024-09-02 11:20,https://riverdesk.example/a/1,\"{ARTICLE_EN.strip()}\",2024-09-03\n")
    _, docs = ingest_files({"zh.jsonl": json.dumps(record, ensure_ascii=False) + "\n", "en.csv": csv_text})
    zh, en = docs["zh.jsonl#1"], docs["en.csv#1"]
    assert (zh["title"], zh["published"]) == ("兩國簽署文化交流協議", "2024-10-21T10:05")
    assert _meta(db, "zh.jsonl#1")["url"] == "https://wenhua.example.hk/news/8812"
    assert zh["body"].startswith("甲国外长") and en["published"] == "2024-09-02T11:20"


def test_a_post_named_by_its_day_takes_that_day_when_nothing_else_dates_it(ingest_files, db):
    # Jekyll's `_posts/YYYY-MM-DD-slug.md`: the front matter may leave the date out
    post = "---\nlayout: post\ntitle: \"Envoys Meet: Progress on Talks\"\n---\n\n" + ARTICLE_EN
    _, docs = ingest_files({"_posts/2024-03-18-envoys-meet.md": post, "notes/news-2024-03-18-x.md": post.replace("Talks", "Trade")})
    assert docs["_posts/2024-03-18-envoys-meet.md"]["published"] == "2024-03-18"
    assert _declared(db, "envoys-meet.md")["published_from"] == "file name"
    assert docs["notes/news-2024-03-18-x.md"]["published"] is None  # the day does not open the name


def test_front_matter_keys_in_a_table_one_level_down_are_read(ingest_files, db):
    # Zola keeps what it does not know under `[extra]`, Hugo under `[params]`; a top-level key still wins
    post = ("+++\ntitle = \"Ministers Sign Fisheries Accord\"\ndate = 2024-05-07\n[extra]\nauthor = \"Desk\"\n"
            "original_url = \"https://fishdesk.example/accord\"\ntitle = \"Accord\"\n+++\n\n" + ARTICLE_EN)
    _, docs = ingest_files({"zola.md": post})
    assert docs["zola.md"]["title"] == "Ministers Sign Fisheries Accord"
    assert _meta(db, "zola.md")["url"] == "https://fishdesk.example/accord"


@pytest.mark.parametrize("key,field", [
    ("articleTitle", "title"), ("news_title", "title"), ("Post-Title", "title"), ("seoTitle", "title"),
    ("publishedOn", "published"), ("pub_datetime", "published"), ("date_posted", "published"),
    ("storyDate", "published"), ("firstPublishedAt", "published"), ("PUBLISH_DATE", "published"),
    ("lastEditedOn", "modified"), ("crawl_datetime", "modified"), ("lastDate", "modified"),
    ("canonicalLink", "url"), ("pageURL", "url"), ("新闻发布时间", "published"), ("文章标题", "title"),
    ("最后更新时间", "modified"), ("入库时间", "modified"),
    ("imageUrl", None), ("feed_url", None), ("authorTitle", None), ("subTitle", None), ("title2", None),
    ("update_count", None), ("created_by", None), ("作者", None)])
def test_a_key_no_lexicon_lists_is_read_by_its_words(key, field):
    """A CMS not yet seen names its fields as plainly as the listed ones; a key with a word that names
    something else (an image's address, an author's title, a count) names no field of the page."""
    from diplograph.lexicons.metadata_keys import field_of

    assert field_of(key) == field


def test_unlisted_keys_and_tables_two_levels_down_declare_and_an_edit_time_never_wins(ingest_files, db):
    post = ("---\nlayout: post\ndata:\n  attributes:\n    articleTitle: Ministers Sign Fisheries Accord\n"
            "    lastEditedOn: 2024-05-09T08:00:00\n    publishedOn: 2024-05-07T10:30:00\n"
            "  author:\n    title: Desk editor\n    pageUrl: https://example.org/desk\n"
            "seo:\n  canonicalLink: https://fishdesk.example/accord\n---\n\n" + ARTICLE_EN)
    _, docs = ingest_files({"cms.md": post})
    d = docs["cms.md"]
    assert d["title"] == "Ministers Sign Fisheries Accord" and d["published"] == "2024-05-07T10:30:00"
    declared = _declared(db, "cms.md")
    assert declared["url"] == [{"value": "https://fishdesk.example/accord", "from": "front_matter:seo.canonicalLink"}]
    assert declared["modified"][0]["from"] == "front_matter:data.attributes.lastEditedOn"


def test_a_json_lines_export_with_nested_fields(ingest_files, db):
    """Exports nest an article's text and metadata in tables (`article.body`, `meta.published_at`); their keys
    are read as the record's own, a key met higher up winning, and the record keeps its identity."""
    rows = [{"id": 17, "article": {"headline": "Ministers sign water accord", "body": ARTICLE_EN},
             "meta": {"published_at": "2024-07-04T10:00:00Z", "scraped_at": "2024-07-30T00:00:00Z",
                      "url": "https://water.example.org/accord"},
             "author": {"name": "Desk", "url": "https://water.example.org/desk"}},
            {"title": "Leaders talk by phone", "content": {"text": ARTICLE_EN},
             "dates": {"updated": "2024-07-09", "published": "2024-07-05T09:00:00Z"}}]
    _, docs = ingest_files({"nested.jsonl": "\n".join(json.dumps(r) for r in rows)})
    first, second = docs["nested.jsonl#1"], docs["nested.jsonl#2"]
    assert first["title"] == "Ministers sign water accord" and first["published"] == "2024-07-04T10:00:00"
    assert first["body"] == ARTICLE_EN.replace("\n\n", "\n").strip() and _meta(db, "nested.jsonl#1")["url"] == "https://water.example.org/accord"
    assert second["title"] == "Leaders talk by phone" and second["published"] == "2024-07-05T09:00:00"


def test_a_repost_headed_by_its_title_over_a_list_of_bold_keys(ingest_files, db):
    """A Markdown repost: the headline as `# …`, then the source, time and link as bold keys, then the text."""
    text = ("# 甲国外长会见乙国外长\n\n**来源：** 示例新闻网\n**发布时间：** 2025-03-13 08:00\n"
            "**原文链接：** https://news.example.cn/2025/0313/a.html\n\n---\n\n" + ARTICLE_ZH)
    _, docs = ingest_files({"repost.md": text})
    d = docs["repost.md"]
    assert d["title"] == "甲国外长会见乙国外长" and d["published"] == "2025-03-13T08:00"
    assert d["body"] == ARTICLE_ZH.strip() and _meta(db, "repost.md")["url"] == "https://news.example.cn/2025/0313/a.html"


def test_a_text_field_given_as_a_list_of_paragraphs_or_blocks(ingest_files):
    """Scraped datasets keep the text as a list of paragraphs, block editors as a list of blocks wrapping theirs."""
    paras = ARTICLE_EN.strip().split("\n\n")
    rows = [{"title": "Talks", "date": "2024-03-19", "paragraphs": paras},
            {"title": "Talks", "date": "2024-03-19", "body": [{"type": "paragraph", "text": p} for p in paras] + [{"type": "image"}]}]
    _, docs = ingest_files({"lists.jsonl": "\n".join(json.dumps(r) for r in rows)})
    assert docs["lists.jsonl#1"]["body"] == docs["lists.jsonl#2"]["body"] == "\n".join(paras)


def test_an_org_mode_post_declares_in_its_key_lines(ingest_files):
    text = "#+TITLE: 甲国外长会见乙国外长\n#+DATE: <2025-03-20 Thu 10:20>\n#+AUTHOR: 示例\n\n" + ARTICLE_ZH
    _, docs = ingest_files({"post.org": text})
    d = docs["post.org"]
    assert d["title"] == "甲国外长会见乙国外长" and d["published"] == "2025-03-20T10:20" and d["body"] == ARTICLE_ZH.strip()


@pytest.mark.parametrize("header,published", [
    ("= Ministers meet\nDesk Writer <desk@example.org>\nv1.1, 2025-03-20: corrected\n", "2025-03-20"),
    ("= Ministers meet\nDesk Writer <desk@example.org>\n:revdate: 2025-03-21\n:toc:\n", "2025-03-21"),
    ("= Ministers meet\n2025-03-22\n", "2025-03-22"),
])
def test_an_asciidoc_header_gives_the_title_and_the_revision_date(ingest_files, header, published):
    """The header's `= Title` is the title (not the author line after it); its revision line or `:revdate:`
    the date; neither stays in the body."""
    _, docs = ingest_files({"post.adoc": header + "\n" + ARTICLE_EN})
    d = docs["post.adoc"]
    body = "\n".join(ARTICLE_EN.strip().split("\n\n"))
    assert (d["title"], d["published"], d["body"]) == ("Ministers meet", published, body)


@pytest.mark.parametrize("name,text", [("note.txt", "= Ministers meet\n"), ("wiki.txt", "= Ministers meet =\n\n")])
def test_a_heading_in_equals_signs_over_the_text_is_its_title_and_no_header(ingest_files, name, text):
    """A `= Title` line with the article right under it (no author or revision line) holds no header: the lead
    stays in the body; the marks, as a wiki's closing ones, are no part of the title."""
    _, docs = ingest_files({name: text + ARTICLE_EN})
    d = docs[name]
    assert d["title"] == "Ministers meet" and d["body"] == "\n".join(ARTICLE_EN.strip().split("\n\n"))


def test_hexo_front_matter_closed_without_an_opening_line(ingest_files):
    """Hexo reads key lines closed by `---` with no opening `---`; its tag blocks and excerpt mark are markup."""
    text = ("title: 甲国外长会见乙国外长\ndate: 2025-03-22 10:00:00\ntags:\n- 外交\n---\n\n" + ARTICLE_ZH +
            "\n{% blockquote 甲国外交部 %}\n双方同意建立热线机制。\n{% endblockquote %}\n\n<!--more-->\n\n会谈持续了两个小时。\n")
    _, docs = ingest_files({"post.md": text})
    d = docs["post.md"]
    assert d["title"] == "甲国外长会见乙国外长" and d["published"] == "2025-03-22T10:00:00"
    assert d["body"] == ARTICLE_ZH.strip() + "\n双方同意建立热线机制。\n会谈持续了两个小时。"


@pytest.mark.parametrize("text,title", [("Note: the talks resumed.\n---\n\nThe ministers met.\n", None),
                                        ("title: Talks\nsome words\n---\n\nThe ministers met.\n", None),
                                        ("title: Talks\nnote: resumed\n---\n\nThe ministers met.\n", "Talks")])
def test_lines_over_a_rule_are_front_matter_only_as_keys_naming_a_title_or_date(text, title):
    """Key lines alone, over a `---` line, with a title or date key among them: a note over a rule is text."""
    from diplograph.clean.front_matter import open_front_matter

    assert open_front_matter(text, 100)[0].get("title") == title
