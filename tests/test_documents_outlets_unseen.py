"""Pages of outlets and site exports never seen, as their CMSs print them (issue 16): Chinese portals, papers of
Hong Kong, Taiwan, Singapore and Malaysia, English news sites, Markdown reposts and notes apps' exports, scrapers'
CSV and JSON. Every page is invented; each goes through the real ingest into SQLite and the export, and must
give its headline, its publication time as printed, its address and its article without its furniture.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from diplograph.clean.front_matter import key_list
from diplograph.clean.segment import holds_date
from diplograph.config import load_settings
from diplograph.export import export
from diplograph.services import ingest
from diplograph.store import Database
from tests.conftest import read_jsonl

ZH = ["新华社北京3月5日电 国家主席5日在人民大会堂同来访的卡兰国总统举行会谈，双方同意深化经贸和人文合作。",
      "双方就双边关系和共同关心的国际和地区问题深入交换意见，同意加强地方合作。",
      "会谈后，两国元首共同见证了农业、交通和教育等领域多项合作文件的签署。"]
HANT = ["中央社台北5日電 外交部長今天上午在部內接見來訪的卡蘭國外交部長，雙方就深化農業與醫療合作交換意見。",
        "外交部表示，兩國將在年內召開第十屆經濟合作會議，並擴大雙方青年交流計畫的名額。",
        "卡蘭國外長此行並將拜會立法院長，預計於週六結束訪問返國。"]
MY = ["（吉隆坡10日讯）首相今日在布城会见到访的卡兰国外交部长，双方同意在数字经济和清洁能源领域加强合作。",
      "首相在会见后向媒体表示，马来西亚欢迎更多卡兰国企业前来投资，尤其是在半导体和绿色科技领域。",
      "卡兰国外长此行也将拜会国家元首，并与外交部长举行双边会谈。"]
EN = ["Foreign Minister Helen Marsh met her Ardovian counterpart in Colvik on Tuesday, where the two agreed to "
      "resume annual talks on maritime security.",
      "The ministers also discussed fisheries enforcement and a planned visit by a trade delegation later this "
      "year, officials said.",
      "Marsh is due to travel on to Port Elin on Thursday for a meeting of regional foreign ministers."]
EN_SHORT_LAST = ["Kelm and Ardo announced on Wednesday that they will hold their first two-plus-two meeting of "
                 "foreign and defence ministers in Colvik this autumn.",
                 "The announcement followed a call between the two countries' foreign ministers, Colvik said in a "
                 "statement.",
                 "The ministers are expected to discuss critical minerals and Arctic security."]


def _p(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _csv(header: list[str], row: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    return out.getvalue()


# name -> (content, title, published (a prefix), url or None, article paragraphs, furniture that must be gone)
PAGES: dict[str, tuple[str, str, str, str | None, list[str], list[str]]] = {
    # a PHPCMS article: the stamp, source, comment count and font-size widget inside the <h1>; a hot-words line
    "phpcms.html": (
        "<html><head><title>两国外长举行会谈 - 国际频道 - 东岸新闻网</title></head><body><div id='nav'>首页 时政 国际</div>"
        "<div class='crumbs'>东岸新闻网 > 国际频道 > 正文</div><div id='Article'><h1>两国外长举行会谈<br /><span>"
        "2025-02-07 16:05:33　来源：东岸网　评论：<a>12</a>条　【字体：<a>大</a> <a>中</a> <a>小</a>】</span></h1>"
        f"<div class='content'>{_p(ZH)}</div><strong>相关热词搜索：</strong><a>外长</a> <a>会谈</a>"
        "<strong>上一篇：</strong><a>外交部发言人答记者问</a></div></body></html>",
        "两国外长举行会谈", "2025-02-07T16:05", None, ZH, ["相关热词搜索", "上一篇", "字体"]),
    # a Singapore paper: an e-mail edition's call with a clause after it, a `您可能也会感兴趣` list
    "sg_paper.html": (
        "<html><head><title>两国外长会谈 同意加快自贸协定升级谈判 | 狮城早讯</title></head><body><main>"
        "<h1>两国外长会谈 同意加快自贸协定升级谈判</h1><div>发布 / 2025年2月8日 5:30 AM</div>"
        f"<div class='article-content'>{_p(MY)}</div><div>欢迎订阅狮城早讯电子报，每天获取精选新闻。</div>"
        "<div><h3>您可能也会感兴趣</h3><a>两国领导人年度会晤下月举行</a></div></main></body></html>",
        "两国外长会谈 同意加快自贸协定升级谈判", "2025-02-08T05:30", None, MY,
        ["欢迎订阅", "您可能也会感兴趣", "年度会晤下月举行"]),
    # an English paper: a UTC time in its head, its local time printed with the zone's letters before the day,
    # a newsletter box and a `Read more:` link between paragraphs, an advert's marker, the reporter's bio
    "courier.html": (
        "<html><head><title>Marsh and Ardovian minister agree to resume maritime talks - Southern Courier</title>"
        "<meta property='article:published_time' content='2025-03-05T15:02:00Z'></head><body><nav>Home World</nav>"
        "<article><h1>Marsh and Ardovian minister agree to resume maritime talks</h1><div class='byline'>By Tom Ferris · "
        "Published 10:02 a.m. ET March 5, 2025 · Updated 3 hours ago</div>"
        f"<p>{EN[0]}</p><div class='promo'><h3>Get the World Briefing</h3><p>The biggest stories from around the globe, "
        "delivered to your inbox every weekday morning.</p></div><p>Read more: <a>Marsh warns of rivalry at sea</a></p>"
        f"<p>{EN[1]}</p><div>Advertisement</div><p>{EN[2]}</p><p>Tom Ferris is a foreign affairs correspondent for "
        "the Southern Courier based in Colvik.</p></article></body></html>",
        "Marsh and Ardovian minister agree to resume maritime talks", "2025-03-05T10:02", None, EN,
        ["Get the World Briefing", "delivered to your inbox", "Read more", "Advertisement", "Tom Ferris is"]),
    # a sign-up box with its heading between the article and its short last paragraph
    "wire.html": (
        "<html><head><title>Kelm, Ardo to hold first 2+2 talks | Maple Wire</title></head><body><article>"
        "<h1>Kelm, Ardo to hold first 2+2 talks</h1><p>Posted May 14, 2025 4:21 pm · Updated May 14, 2025 6:05 pm</p>"
        f"<p>{EN_SHORT_LAST[0]}</p><p>{EN_SHORT_LAST[1]}</p><div><p>Get daily National news</p><p>Get the day's top "
        "news, political, economic, and current affairs headlines, delivered to your inbox once a day.</p></div>"
        f"<p>{EN_SHORT_LAST[2]}</p><p>With files from The Colvik Desk</p></article></body></html>",
        "Kelm, Ardo to hold first 2+2 talks", "2025-05-14T16:21", None, EN_SHORT_LAST,
        ["Get daily National news", "delivered to your inbox", "With files from"]),
    # the publication stamp printed after the update's, its clock before the day and no comma
    "gazette.html": (
        "<html><body><div>THE HARBOUR GAZETTE</div><main><h1>Kelm and Ardo leaders talk defence ties by phone</h1>"
        "<div><span>Updated 6:40 p.m. AEDT Nov 18, 2024</span> <span>Published 9:15 a.m. AEDT Nov 18, 2024</span>"
        f"</div>{_p(EN)}<h3>Most Viewed</h3><ol><li>Council approves new ferry terminal</li></ol></main></body></html>",
        "Kelm and Ardo leaders talk defence ties by phone", "2024-11-18T09:15", None, EN, ["Most Viewed"]),
    # a Taiwanese paper: a further-reading link between paragraphs, the paper's name in brackets closing the story
    "tw_paper.html": (
        "<html><head><title>卡蘭國外長訪台 外交部長接見 - 政治 - 中正新聞網</title></head><body><article>"
        "<div>首頁 > 政治 > 卡蘭國外長訪台</div><h1>卡蘭國外長訪台 外交部長接見</h1><time datetime='2024-11-05 12:48'>"
        f"2024/11/05 12:48</time><div class='article-body'><p>{HANT[0]}</p><p>{HANT[1]}</p><div>延伸閱讀：<a>外交部長"
        f"出訪中美洲友邦</a></div><p>{HANT[2]}</p><p>（中正新聞網）</p></div><div>我要評論</div></article></body></html>",
        "卡蘭國外長訪台 外交部長接見", "2024-11-05T12:48", None, HANT, ["延伸閱讀", "出訪中美洲友邦", "（中正新聞網）"]),
    # a Blogger post: its footer's comment link and labels, its pager
    "blogger.html": (
        "<html><head><title>Pacific Notes: Kelm and Ardo sign research pact</title></head><body><h1>Pacific Notes</h1>"
        "<div class='date-header'><span>Friday, September 13, 2024</span></div><div class='post'>"
        f"<h3 class='post-title'>Kelm and Ardo sign research pact</h3><div class='post-body'>{_p(EN)}</div>"
        "<div class='post-footer-line-1'><span class='post-author'>Posted by Kate Lowell</span> <span>at <a>"
        "<abbr class='published' itemprop='datePublished' title='2024-09-13T08:30:00+12:00'>8:30 AM</abbr></a></span> "
        "<span><a class='comment-link'>No comments:</a></span></div><div class='post-footer-line-2'><span>Labels: "
        "<a rel='tag'>Kelm</a>, <a rel='tag'>Ardo</a></span></div></div><div id='blog-pager'><a>Newer Post</a> "
        "<a>Older Post</a> <a>Home</a></div></body></html>",
        "Kelm and Ardo sign research pact", "2024-09-13T08:30", None, EN, ["No comments", "Labels", "Newer Post"]),
    # a Notion page's export: its title as a heading, its properties under it (the clipping's time first)
    "notion.md": (
        "# Kelm and Ardo leaders talk defence ties by phone\n\nCreated: November 19, 2024 8:02 AM\n"
        "Published: November 18, 2024\nSource: https://gazette.example/world/call\nTags: Asia, Defence\n\n"
        + "\n\n".join(EN) + "\n",
        "Kelm and Ardo leaders talk defence ties by phone", "2024-11-18", "https://gazette.example/world/call", EN,
        ["Created", "Tags"]),
    # a Markdown repost with its source lines and a reading list
    "repost.md": (
        "# 两国外长举行会谈\n\n> 转载自：东岸新闻网\n> 原文链接：https://dongan.example.cn/gj/1234.html\n\n"
        "发布时间：2025-02-07 16:05\n\n" + "\n\n".join(ZH) + "\n\n---\n\n**推荐阅读：**\n"
        "- [外交部发言人答记者问](https://dongan.example.cn/1.html)\n",
        "两国外长举行会谈", "2025-02-07T16:05", "https://dongan.example.cn/gj/1234.html", ZH, ["转载自", "推荐阅读"]),
    # Hexo front matter: a quoted title with a colon, a date with slashes, a tags list, the excerpt mark
    "hexo.md": (
        "---\ntitle: \"外交部：两国同意推进自贸协定升级谈判\"\ndate: 2025/2/7 16:05:00\ntags:\n  - 外交\ncategories: 国际\n"
        "---\n" + ZH[0] + "\n\n<!-- more -->\n\n" + ZH[1] + "\n\n" + ZH[2] + "\n",
        "外交部：两国同意推进自贸协定升级谈判", "2025-02-07T16:05", None, ZH, ["<!-- more -->", "categories"]),
    # a scraper's CSV: Chinese columns, the address under `原文地址`
    "news.csv": (
        _csv(["新闻标题", "发布日期", "内容", "原文地址"], ["两国元首举行会谈", "2025/03/05", "".join(ZH),
                                                   "http://world.example.cn/2025/0305/a.html"]),
        "两国元首举行会谈", "2025-03-05", "http://world.example.cn/2025/0305/a.html", ZH, []),
    # a news API's JSON: the article under `data.article`, its time in milliseconds under `ctime`, `shareUrl`
    "api.json": (
        json.dumps({"status": "success", "data": {"article": {
            "articleTitle": "Kelm, Ardo to hold first 2+2 talks", "ctime": 1747254060000,
            "shareUrl": "https://maplewire.example/news/2plus2", "articleContent": "\n".join(EN_SHORT_LAST)}}}),
        "Kelm, Ardo to hold first 2+2 talks", "2025-05-14", "https://maplewire.example/news/2plus2", EN_SHORT_LAST, []),
    # front matter keyed in Chinese
    "keyed.md": (
        "---\n标题: 首相会见卡兰国外长 同意加强数字经济合作\n发布时间: 2025-04-10 15:32\n来源: 南洋时讯\n---\n\n"
        + "\n\n".join(MY) + "\n",
        "首相会见卡兰国外长 同意加强数字经济合作", "2025-04-10T15:32", None, MY, ["南洋时讯"]),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, dict]:
    """Every page ingested into one SQLite file and exported: the exported documents by file name."""
    root = tmp_path_factory.mktemp("outlets")
    (root / "in").mkdir()
    for name, (content, *_) in PAGES.items():
        (root / "in" / name).write_text(content, encoding="utf-8")
    db = Database(root / "x.db")
    try:
        ingest([str(root / "in")], db, load_settings(env={}))
        export(db, root / "out")
    finally:
        db.close()
    return {row["source"].split("/in/", 1)[1].split("#", 1)[0]: row
            for row in read_jsonl(root / "out" / "documents.jsonl")}


@pytest.mark.parametrize("name", list(PAGES))
def test_a_page_gives_its_headline_time_address_and_article_only(exported, name):
    _, title, published, url, paras, furniture = PAGES[name]
    doc = exported[name]
    assert doc["error"] is None
    assert doc["title"] == title
    assert doc["published"].startswith(published)
    if url:
        assert doc["url"] == url
    assert paras[0] in doc["body"] and paras[-1] in doc["body"]
    assert [f for f in furniture if f in doc["body"]] == []


def test_a_utc_time_with_no_local_stamp_printed_stays_as_declared(ingest_files):
    page = ("<html><head><meta property='article:published_time' content='2025-03-05T15:02:00Z'></head><body>"
            f"<article><h1>Marsh and Ardovian minister agree</h1><p>March 5, 2025</p>{_p(EN)}</article></body></html>")
    _, docs = ingest_files({"p.html": page})
    assert docs["p.html"]["published"] == "2025-03-05T15:02:00"


def test_a_read_more_link_after_the_last_paragraph_is_furniture_not_a_bridge(ingest_files):
    # nothing of the article follows the box: the line is furniture, the footer after it no article
    page = (f"<html><body><article><h1>Kelm and Ardo talk</h1>{_p(EN)}<p>Read more: <a>Ardo's port reopens</a></p>"
            "<p>Tap a headline to open it</p></article></body></html>")
    _, docs = ingest_files({"p.html": page})
    assert docs["p.html"]["body"].splitlines() == EN


@pytest.mark.parametrize("line", [
    "The minister is a former correspondent for the state broadcaster, and he knows the region well.",
    "His counterpart is a trained journalist with long experience of the region, officials said.",
])
def test_sentences_about_a_persons_past_in_the_press_stay(ingest_files, line):
    page = f"<html><body><article><h1>Kelm and Ardo talk</h1>{_p([EN[0], line, EN[2]])}</article></body></html>"
    _, docs = ingest_files({"p.html": page})
    assert line in docs["p.html"]["body"]


@pytest.mark.parametrize("text", ["Published 10:02 a.m. ET March 5, 2025", "9:15 AM AEDT Nov 18, 2024"])
def test_a_clock_with_its_zone_before_a_day_without_a_comma_is_a_date(text):
    assert holds_date(text)


def test_a_key_list_under_a_heading_is_read_and_a_heading_over_prose_is_not():
    keys, start = key_list("# Talks\n\nCreated: May 2, 2025\nPublished: May 1, 2025\n\nThe ministers met.\n")
    assert keys == {"Created": "May 2, 2025", "Published": "May 1, 2025"}
    assert key_list("# Talks\n\nThe ministers met on Monday: they agreed.\n") == ({}, 0)
