"""HTML article bodies as CMS themes build them (issue 16, a peer's benchmark): what the main-content step drops
inside the article comes back, the boxes a theme sets around it (author, share, related, newsletter) go.

Every page here is invented; each pins one kind of article text that must survive or one kind of box.
"""

from __future__ import annotations

import pytest

from diplograph.clean.markup import with_dropped_blocks

P1 = ("The harbour board of Vellmar met on Thursday evening and voted to extend the ferry timetable into the "
      "winter months, after a season in which the crossing carried more passengers than ever before.")
P2 = ("Board members said the extra sailings would be paid for by the fuel levy, and that a new landing stage "
      "on the northern quay should be ready before the first storms of the autumn arrive.")
P3 = ("Residents of the islands had asked for the change for years, arguing that the last boat left far too "
      "early for anyone working a late shift on the mainland to get home the same day.")
P4 = ("The timetable will be reviewed again in March, when the board expects to know how many travellers "
      "used the evening boats and whether the levy covered the cost of running them.")


def _body(ingest_files, name: str, page: str) -> str:
    _, docs = ingest_files({name: page})
    return docs[name]["body"]


def _page(article: str, article_class: str = "entry-content", around: str = "") -> str:
    return (f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article class='post'>"
            f"<h1>Ferries into winter</h1><div class='{article_class}'>{article}</div>{around}</article></main>"
            f"<footer><p>Vellmar Courier</p></footer></body></html>")


def test_an_embedded_post_inside_the_article_body_is_put_back(ingest_files):
    quote = "Finally a boat home after the late shift, thank you harbour board"
    page = _page(f"<p>{P1}</p><p>{P2}</p><blockquote class='twitter-tweet'><p>{quote}</p>&mdash; Ann Islander"
                 f"</blockquote><p>{P3}</p><p>{P4}</p>")
    body = _body(ingest_files, "tweet.html", page)
    assert quote in body and P1 in body and P4 in body
    assert body.index(P2) < body.index(quote) < body.index(P3)  # where it stands in the article


def test_dropped_lines_go_back_in_their_place():
    main = f"Ferries into winter\n{P1}\n{P2}\n{P3}"
    article = f"{P1}\n\nA quoted post\n\n{P2}\n\n  an item of a list\n{P3}\n"
    assert with_dropped_blocks(main, article).splitlines() == [
        "Ferries into winter", P1, "A quoted post", P2, "  an item of a list", P3]


def test_an_article_body_the_main_content_step_did_not_choose_is_left_alone():
    # the element holding the CMS class is a teaser, not the text the main-content step kept: nothing comes back
    main = f"{P1}\n{P2}\n{P3}"
    assert with_dropped_blocks(main, f"Another story\n{P4}\n") == main


@pytest.mark.parametrize("box_class, box", [
    ("author-box", "<p>Mara Quell writes about ports and shipping and lives on the eastern island with two cats.</p>"),
    ("ArticleView__AuthorBox", "<blockquote>Mara Quell covers the harbour board and has sailed every ferry route "
                               "of the archipelago at least twice.</blockquote>"),
    ("sharedaddy sd-sharing-enabled", "<h3>Share this with friends:</h3><p>Print this page for your records.</p>"),
    ("jp-relatedposts", "<p>Bridge plans shelved for another decade after the vote in the council.</p>"),
    ("newsletter-signup", "<p>Our evening letter brings the island news to your inbox, free of charge.</p>"),
])
def test_boxes_a_theme_sets_in_the_article_leave_the_body(ingest_files, box_class, box):
    page = _page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><div class='{box_class}'>{box}</div>")
    body = _body(ingest_files, "box.html", page)
    assert P1 in body and P3 in body
    assert "Mara Quell" not in body and "Share this" not in body and "Bridge plans" not in body \
        and "evening letter" not in body


def test_share_buttons_nested_in_a_related_box_go_with_it():
    """A portal sets dozens of share buttons, some inside a related-posts box that goes first: the candidates
    are taken once (the buttons already gone with their box are passed over), the article stays whole."""
    from resiliparse.parse.html import HTMLTree

    from diplograph.clean.markup import drop_boxes

    buttons = "".join(f"<span class='share-btn share-{i}'>Post to network {i}</span>" for i in range(60))
    related = (f"<div class='related-posts'><p>Lighthouse keepers ask for a pay rise before the winter.</p>"
               f"{buttons}</div>")
    tree = HTMLTree.parse(_page(f"<p>{P1}</p><p>{P2}</p>{related}<p>{P3}</p><p>{P4}</p><div class='share'>{buttons}"
                                f"</div>"))
    drop_boxes(tree)
    text = tree.body.text
    assert all(p in text for p in (P1, P2, P3, P4))
    assert "Lighthouse keepers" not in text and "Post to network" not in text


def test_a_class_naming_the_article_author_is_no_box(ingest_files):
    page = (f"<html><body><article class='post byline_author-mara-quell'><h1>Ferries into winter</h1>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>")
    body = _body(ingest_files, "author.html", page)
    assert P1 in body and P3 in body


def test_a_linked_sentence_between_paragraphs_is_article_text(ingest_files):
    page = _page(f"<p>{P1}</p><p><a href='/faq'>And what happens to the morning boats now?</a></p>"
                 f"<p>{P2}</p><p><a href='https://events.example/ferry'>Here is the page of the opening party</a></p>"
                 f"<p>{P3}</p><p>{P4}</p>")
    body = _body(ingest_files, "linked.html", page)
    assert "And what happens to the morning boats now?" in body
    assert "Here is the page of the opening party" in body


def test_a_labelled_headline_linked_between_paragraphs_is_a_teaser(ingest_files):
    page = _page(f"<p>{P1}</p><p><a href='/analysis'>Analysis: Island fares rise again</a></p>"
                 f"<p>{P2}</p><p>{P3}</p><p>{P4}</p>")
    body = _body(ingest_files, "teaser.html", page)
    assert "Island fares rise again" not in body and P2 in body


def test_a_quote_repeated_on_the_page_does_not_cut_off_the_last_paragraph(ingest_files):
    quote = "We owe the islands a boat home."
    page = _page(f"<p>{P1}</p><p>{P2} The chair said: {quote}</p><p>{P3}</p><p>{quote}</p>"
                 f"<p>The board will meet again in spring, the chair said. No date was set yet.</p>")
    body = _body(ingest_files, "quote.html", page)
    assert "No date was set yet." in body


def test_a_headline_and_read_more_box_inside_the_article_does_not_end_it(ingest_files):
    page = (f"<html><body><article><h1>Ferries into winter</h1><p>{P1}</p><p>{P2}</p>"
            f"<p><a href='/old'>Council shelves bridge plan for a decade</a></p><p>Read more</p>"
            f"<p>{P3}</p><p>{P4}</p></article></body></html>")
    body = _body(ingest_files, "box2.html", page)
    assert P3 in body and P4 in body and P1 in body
    assert "Council shelves bridge plan" not in body


def test_a_blog_themes_comment_title_quoting_the_post_starts_the_comments(ingest_files):
    # `2 thoughts on “…”`: the heading holds the whole title, too long for a bare `Comments` label
    comments = ("<div id='comments'><h2>2 thoughts on &ldquo;Ferries into winter: the board votes to extend the "
                "timetable&rdquo;</h2><ol><li>Finally some sense after years of waiting on the quay.</li></ol></div>")
    body = _body(ingest_files, "wp.html", _page(f"<p>{P1}</p><p>{P2}</p>", around=comments))
    assert P2 in body and "thoughts on" not in body and "Finally some sense" not in body


def test_a_blog_feeds_appeared_first_on_line_is_not_the_article(ingest_files):
    item = ("<item><title>Ferries into winter</title><link>https://courier.example/ferries</link>"
            f"<pubDate>Sat, 02 Nov 2024 07:45:00 GMT</pubDate><content:encoded><![CDATA[<p>{P1}</p><p>{P2}</p>"
            "<p>The post <a href='https://courier.example/ferries'>Ferries into winter</a> appeared first on "
            "<a href='https://courier.example'>Vellmar Courier</a>.</p>]]></content:encoded></item>")
    feed = ("<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            f"<channel><title>Vellmar Courier</title>{item}</channel></rss>")
    _, docs = ingest_files({"feed.xml": feed})
    body = docs["feed.xml#1"]["body"]
    assert P2 in body and "appeared first" not in body


def test_a_chinese_further_reading_label_with_its_headline_is_a_teaser(ingest_files):
    para = "外交部長今天結束對友邦為期三天的訪問，雙方在首都簽署漁業合作備忘錄，同意共同打擊非法捕撈並交換漁船動態資訊。"
    body = _body(ingest_files, "tw.html", _page(f"<p>{para}</p><p>延伸閱讀：<a href='/n/1'>友邦總統將於明年初訪問</a></p>"))
    assert para in body and "延伸閱讀" not in body and "明年初訪問" not in body


def test_an_advert_marker_is_no_break_and_an_authors_bio_is_not_the_article(ingest_files):
    # the last short paragraph comes after an advert's marker; the bio with its social handle closes the page
    last = "The first boats leave on Monday."
    article = (f"<p>{P1}</p><p>Story continues below advertisement</p><p>{P2}</p><p>ADVERTISEMENT</p><p>{last}</p>"
               "<p><em>Jane Roe is a staff writer for the Vellmar Courier. Follow her on X @jroe.</em></p>")
    body = _body(ingest_files, "ad.html", _page(article))
    assert body.splitlines() == [P1, P2, last]


@pytest.mark.parametrize("caption", ["图为4月7日，来访的总理在机场出席欢迎仪式。", "圖為碼頭上等候渡輪的旅客。（圖片來源：本報資料室）",
                                     "渡轮在冬季的第一个早晨离开北岸码头。（图片来源：视觉中国）", "视频加载中..."])
def test_a_chinese_photo_caption_or_player_marker_in_the_article_is_cut(ingest_files, caption):
    para = "港务委员会星期四晚间开会，投票决定把渡轮时刻表延长到冬季，此前这条航线的乘客人数创下新高。"
    para2 = "委员会成员说，增加的班次将由燃油附加费支付，北码头的新登船平台应在秋季第一场风暴到来之前完工。"
    body = _body(ingest_files, "cap.html", _page(f"<p>{caption}</p><p>{para}</p><p>{para2}</p>"))
    assert body.splitlines() == [para, para2]


def test_a_list_in_a_bare_article_element_is_kept_and_its_link_lists_are_not(ingest_files):
    """A hand-made page marks its story only with `<article>`: the main-content step drops the list the story
    tells; it comes back, where it stands, while a breadcrumb and a share bar of links inside the article do not."""
    items = ["extend the evening sailings to the end of November;", "open the northern landing stage in May;",
             "share the fuel levy's accounts with the islands every quarter."]
    page = ("<html><body><nav><a href='/'>Home</a></nav><article><ol><li><a href='/'>Home</a></li>"
            "<li><a href='/news'>News</a></li></ol><h1>Ferries into winter</h1>"
            "<ul><li><a href='/share/fb'>Share on Facebook</a></li><li><a href='#c'>Comments</a></li></ul>"
            f"<p>{P1}</p><p>Under the plan, the board will:</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
            f"<p>{P2}</p><p>{P3}</p></article><footer><p>Vellmar Courier</p></footer></body></html>")
    body = _body(ingest_files, "bare.html", page)
    assert body.split("\n") == [P1, "Under the plan, the board will:", *items, P2, P3]


def test_an_author_box_after_the_story_is_furniture(ingest_files):
    """A blog platform closes the story with `Written by …`, a follower count and the writer's bio."""
    page = ("<html><body><article><h1>Ferries into winter</h1>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article><div><span>Written by Ann Islander</span>"
            "<span>1.2K Followers</span><p>Writer on island life and its boats.</p></div>"
            "<div><h2>More from Ann Islander</h2><a href='/x'>Why ferries matter</a></div></body></html>")
    body = _body(ingest_files, "blog.html", page)
    assert body.split("\n") == [P1, P2, P3]


def test_a_counted_comment_heading_and_a_newsletter_line_end_the_story(ingest_files):
    page = ("<html><body><div class='lead'>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></div><div class='comments'><h3>Comments (2)</h3><b>reader77</b>"
            "<p>Finally some good news for the islands, I hope the timetable holds this time round.</p></div>"
            "<div><p>Get our morning briefing in your inbox every weekday. Sign up now.</p></div></body></html>")
    body = _body(ingest_files, "counted.html", page)
    assert body.split("\n") == [P1, P2, P3]
