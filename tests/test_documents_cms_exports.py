"""Exports of content systems never seen in the corpus: each keeps title, text and times in its own shape
(issue 16: documents from outlets and formats never seen).

Every export here is invented; each pins one way a CMS nests or wraps an article's fields.
"""

from __future__ import annotations

import json

LEAD = ("The transport ministers of Kelm and Ardo met in Colvik on Monday and agreed to open a ferry line "
        "between their two ports before the summer.")
REST = "A joint committee will meet every three months to review the timetable and the fares."


def _one(ingest_files, name: str, content: str) -> dict:
    _, docs = ingest_files({name: content})
    return docs[f"{name}#1"]


def test_a_blog_export_keeps_its_posts_under_envelopes_beside_tags_and_users(ingest_files):
    # Ghost: `db[0].data.posts`, with tags (whose description is text too) and users beside the posts
    export = {"db": [{"meta": {"exported_on": 1741600000000, "version": "5.80.0"}, "data": {
        "posts": [{"id": "a1", "title": "Kelm and Ardo open ferry talks", "html": f"<p>{LEAD}</p><p>{REST}</p>",
                   "created_at": "2025-03-01T08:00:00.000Z", "published_at": "2025-03-03T11:15:00.000Z",
                   "updated_at": "2025-03-12T09:30:00.000Z"}],
        "tags": [{"id": "t1", "name": "Transport", "description": "Stories about ports, ferries and roads."}],
        "users": [{"id": "u1", "name": "Desk", "bio": "The news desk."}]}}]}
    doc = _one(ingest_files, "ghost.json", json.dumps(export))
    assert doc["error"] is None and doc["body"].splitlines() == [LEAD, REST]
    assert (doc["title"], doc["published"]) == ("Kelm and Ardo open ferry talks", "2025-03-03T11:15:00")


def test_fields_kept_as_tables_of_translations_are_read(ingest_files):
    # Contentful: every field a table keyed by locale; the entry's system times beside its own publish date
    export = {"sys": {"type": "Array"}, "total": 1, "items": [{
        "sys": {"id": "x1", "createdAt": "2025-01-20T09:00:00.000Z", "updatedAt": "2025-01-25T13:00:00.000Z"},
        "fields": {"headline": {"en-US": "Kelm and Ardo open ferry talks"},
                   "publishDate": {"en-US": "2025-01-21T15:00"}, "bodyText": {"en-US": f"{LEAD}\n\n{REST}"}}}]}
    doc = _one(ingest_files, "entries.json", json.dumps(export))
    assert doc["body"].splitlines() == [LEAD, REST]
    assert (doc["title"], doc["published"]) == ("Kelm and Ardo open ferry talks", "2025-01-21T15:00")


def test_values_wrapped_in_one_item_arrays_are_read(ingest_files):
    # Drupal's REST export: every field an array of `{"value": …}`
    node = {"nid": [{"value": 481}], "title": [{"value": "Kelm and Ardo open ferry talks"}],
            "created": [{"value": "2025-02-10T09:12:00+00:00", "format": "Y-m-d\\TH:i:sP"}],
            "changed": [{"value": "2025-02-14T17:40:00+00:00"}],
            "body": [{"value": f"<p>{LEAD}</p><p>{REST}</p>", "format": "basic_html", "summary": ""}]}
    doc = _one(ingest_files, "node.json", json.dumps([node]))
    assert (doc["title"], doc["published"]) == ("Kelm and Ardo open ferry talks", "2025-02-10T09:12:00")
    assert doc["body"].splitlines() == [LEAD, REST]


def test_an_article_split_into_intro_and_full_text_keeps_both_and_its_publishing_time(ingest_files):
    # Joomla: `introtext` then `fulltext`; `created` is when the draft was made, `publish_up` when it went out
    row = {"id": "77", "title": "Kelm and Ardo open ferry talks", "introtext": f"<p>{LEAD}</p>",
           "fulltext": f"<p>{REST}</p>", "created": "2025-03-05 08:00:00", "modified": "2025-03-08 12:00:00",
           "publish_up": "2025-03-06 10:30:00", "publish_down": None}
    doc = _one(ingest_files, "content.json", json.dumps([row]))
    assert doc["body"].splitlines() == [LEAD, REST]
    assert doc["published"] == "2025-03-06T10:30:00"


def test_the_local_time_comes_before_its_gmt_copy(ingest_files):
    # WordPress's REST API gives `date` (the site's time, as the page prints it) and `date_gmt`; a WXR export
    # `wp:post_date` and a `pubDate` written in GMT
    post = {"date": "2025-02-25T18:20:00", "date_gmt": "2025-02-25T10:20:00", "title": {"rendered": "Ferry talks"},
            "content": {"rendered": f"<p>{LEAD}</p>"}}
    assert _one(ingest_files, "posts.json", json.dumps([post]))["published"] == "2025-02-25T18:20:00"
    wxr = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">'
           '<channel><title>Notes</title><item><title>Ferry talks</title>'
           '<pubDate>Sun, 16 Mar 2025 03:00:00 +0000</pubDate>'
           f'<content:encoded><![CDATA[{LEAD}]]></content:encoded>'
           '<wp:post_date><![CDATA[2025-03-16 16:00:00]]></wp:post_date>'
           '<wp:post_date_gmt><![CDATA[2025-03-16 03:00:00]]></wp:post_date_gmt></item></channel></rss>')
    assert _one(ingest_files, "export.xml", wxr)["published"] == "2025-03-16T16:00:00"


def test_shapes_that_only_look_like_wrappers_are_left_alone(ingest_files):
    # an envelope whose `content` is the array of records; an image's table of two short keys, a list of
    # one tag: no text wrapped in them
    page = {"content": [{"title": "Ferry talks", "body": LEAD, "image": {"url": "https://img.example/1.jpg",
                                                                          "alt": "The quay"}},
                        {"title": "Fares reviewed", "body": REST, "tags": ["ports"]}]}
    _, docs = ingest_files({"page.json": json.dumps(page)})
    assert [docs[f"page.json#{n}"]["body"] for n in (1, 2)] == [LEAD, REST]
    assert docs["page.json#1"]["title"] == "Ferry talks"


def test_columns_named_in_german_or_spanish_are_read(ingest_files):
    rows = f'Titel;Datum;Inhalt\nKelm und Ardo verhandeln;04.03.2025 10:22;"{LEAD}"\n'
    doc = _one(ingest_files, "artikel.csv", rows)
    assert (doc["title"], doc["published"], doc["body"]) == ("Kelm und Ardo verhandeln", "2025-03-04T10:22", LEAD)
    rows = f'título,fecha,texto\nKelm y Ardo negocian,2025-03-04,"{LEAD}"\n'
    doc = _one(ingest_files, "noticias.csv", rows)
    assert (doc["title"], doc["published"]) == ("Kelm y Ardo negocian", "2025-03-04")


def test_rich_text_blocks_give_their_paragraphs_and_no_image(ingest_files):
    # typed blocks with an image among them; Portable Text's spans under `children`; Editor.js's `data`
    typed = {"title": "Ferry talks", "blocks": [{"type": "paragraph", "text": LEAD},
                                                 {"type": "image", "url": "https://img.example/1.jpg",
                                                  "caption": "The quay at Colvik"},
                                                 {"type": "paragraph", "text": REST}]}
    portable = {"title": "Ferry talks", "body": [
        {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": LEAD[:40]},
                                                           {"_type": "span", "marks": ["em"], "text": LEAD[40:]}]},
        {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": REST}]}]}
    editorjs = {"title": "Ferry talks", "content": [{"id": "a", "type": "paragraph", "data": {"text": LEAD}},
                                                    {"id": "b", "type": "paragraph", "data": {"text": REST}}]}
    for name, record in (("typed.json", typed), ("portable.json", portable), ("editorjs.json", editorjs)):
        doc = _one(ingest_files, name, json.dumps([record]))
        assert doc["body"].splitlines() == [LEAD, REST], name


def test_a_single_document_whose_body_is_a_list_of_blocks_is_one_record(ingest_files):
    # an editor's saved document ({time, blocks, version}) and a headless CMS's one post, neither in an array:
    # its blocks are its paragraphs, not records of their own
    saved = {"time": 1741082400000, "version": "2.31.0",
             "blocks": [{"id": "p1", "type": "paragraph", "data": {"text": LEAD}},
                        {"id": "p2", "type": "paragraph", "data": {"text": REST}}]}
    post = {"title": "Ferry talks", "body": [{"_type": "block", "children": [{"_type": "span", "text": LEAD}]},
                                             {"_type": "block", "children": [{"_type": "span", "text": REST}]}]}
    _, docs = ingest_files({"saved.json": json.dumps(saved), "post.json": json.dumps(post)})
    assert {name: d["body"].splitlines() for name, d in docs.items()} == {"saved.json#1": [LEAD, REST],
                                                                          "post.json#1": [LEAD, REST]}


def test_the_items_of_a_list_block_are_lines_of_their_own(ingest_files):
    # a ProseMirror-style document: a bullet list's items, each a paragraph of text nodes
    item = lambda text: {"type": "listItem", "content": [{"type": "paragraph",  # noqa: E731
                                                          "content": [{"type": "text", "text": text}]}]}
    record = {"title": "Ferry talks", "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": LEAD}]},
        {"type": "bulletList", "content": [item("Timetable of the ferry"), item("Fares for residents")]},
        {"type": "paragraph", "content": [{"type": "text", "text": REST}]}]}
    doc = _one(ingest_files, "doc.json", json.dumps([record]))
    assert doc["body"].splitlines() == [LEAD, "Timetable of the ferry", "Fares for residents", REST]
