"""News agencies' exchange formats (NITF, NewsML-G2, NewsML 1.x, ninjs) are read one document per story, with
title, publication time, address and a body of the story's paragraphs only (issue 16).

Every story here is invented: invented countries, ministers, agencies and addresses.
"""

from __future__ import annotations

import json

import pytest

from diplograph.clean.datetimes import parse_datetime
from diplograph.doc import OffsetMap
from diplograph.export import export
from diplograph.ingest.detect import sniff
from tests.conftest import read_jsonl

LEDE_EN = ("FREEDON CITY, March 11 (Example Wire) -- Foreign Minister Alan Moss of Freedonia met Sylvanian "
           "Foreign Minister Petra Kiel on Monday and the two signed a fisheries agreement.")
LAST_EN = "Kiel said the two countries would meet again in June."
HEADLINE_EN = "Freedonia and Sylvania agree on fisheries pact"
LEDE_HANS = "新华社自由城3月11日电 自由国外长莫斯11日在自由城同西尔瓦尼亚外长基尔会谈，双方签署渔业协定。"
LAST_HANS = "基尔表示，两国将于六月再次会面。"
LEDE_HANT = "自由國外長莫斯週一與西爾瓦尼亞外長基爾會面，雙方簽署漁業協定。"
LAST_HANT = "基爾表示，兩國將於六月再次會面。"
G2_NS = "http://iptc.org/std/nar/2006-10-01/"

NITF_EN = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "nitf-3-6.dtd">
<!-- exported by the wire desk -->
<nitf version="-//IPTC//DTD NITF 3.6//EN">
 <head>
  <title>BC-FREEDONIA-FISHERIES</title>
  <meta name="source" content="Example Wire"/>
  <docdata>
   <doc-id id-string="https://wire.example.org/stories/2024/freedonia-sylvania"/>
   <date.issue norm="20240311T143000Z"/>
   <date.release norm="20240311T150000Z"/>
   <doc.copyright holder="Example Wire" year="2024"/>
   <key-list><keyword key="fisheries"/><keyword key="diplomacy"/></key-list>
  </docdata>
 </head>
 <body>
  <body.head>
   <hedline><hl1>{HEADLINE_EN}</hl1><hl2>Talks end a decade of quarrels</hl2></hedline>
   <rights><rights.owner>Example Wire</rights.owner></rights>
   <byline>By <person>Jane Roe</person>, Example Wire</byline>
   <dateline><location>FREEDON CITY</location>, <story.date norm="20240311">March 11</story.date></dateline>
  </body.head>
  <body.content>
   <p>{LEDE_EN.replace("Alan Moss", "<person>Alan Moss</person>")}</p>
   <media media-type="image"><media-reference source="signing.jpg"/>
    <media-caption>Alan Moss and Petra Kiel shake hands.</media-caption></media>
   <hl2>Quotas</hl2>
   <block><p>The pact sets catch quotas for the shared bay, Moss told
      reporters.</p></block>
   <p>{LAST_EN}</p>
  </body.content>
  <body.end><tagline>Reporting by Jane Roe; editing by John Doe</tagline></body.end>
 </body>
</nitf>
"""


def _g2_item(guid: str, meta: str, content_meta: str, content: str, lang: str = "") -> str:
    lang_attr = f' xml:lang="{lang}"' if lang else ""
    return (f'<newsItem guid="{guid}" standard="NewsML-G2" standardversion="2.29"{lang_attr}>'
            "<rightsInfo><copyrightNotice>Copyright 2024 Example Wire. All rights reserved.</copyrightNotice>"
            f"</rightsInfo><itemMeta>{meta}</itemMeta><contentMeta>{content_meta}</contentMeta>"
            f"<contentSet>{content}</contentSet></newsItem>")


XHTML_ITEM = _g2_item(
    "urn:newsml:wire.example.org:20240311:fish", """<itemClass qcode="ninat:text"/>
    <versionCreated>2024-03-11T16:10:00+01:00</versionCreated><firstCreated>2024-03-11T15:30:00+01:00</firstCreated>
    <link rel="irel:previousVersion" href="https://wire.example.org/g2/fish-v1.xml"/>
    <link rel="irel:seeAlso" href="https://wire.example.org/2024/03/11/fisheries"/>""",
    f"""<creator><name>Jane Roe</name></creator>
    <headline role="hlrole:sub">Talks end a decade of quarrels</headline>
    <headline role="hlrole:main">{HEADLINE_EN}</headline><dateline>FREEDON CITY</dateline>
    <keyword>fisheries</keyword><description role="drol:summary">The two ministers signed a pact.</description>""",
    f"""<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
    <head><title>{HEADLINE_EN}</title></head><body><h1>{HEADLINE_EN}</h1><address>By Jane Roe</address>
    <p>{LEDE_EN}</p><figure><img src="signing.jpg"/><figcaption>Moss and Kiel at the signing.</figcaption></figure>
    <h2>Quotas</h2><p>The pact sets catch quotas for the shared bay, Moss told reporters.</p>
    <p>{LAST_EN}</p></body></html></inlineXML>""", "en")
PICTURE_ITEM = _g2_item(
    "urn:newsml:wire.example.org:20240311:pic", "<itemClass qcode=\"ninat:picture\"/>"
    "<versionCreated>2024-03-11T15:00:00Z</versionCreated>",
    "<headline>Moss and Kiel</headline><description>Moss and Kiel at the signing.</description>",
    '<remoteContent href="https://wire.example.org/p/1.jpg" contenttype="image/jpeg"/>')
NITF_ITEM = _g2_item(
    "https://wire.example.org/zh/2024/03/11/fish", "<versionCreated>20240311T223000+0800</versionCreated>",
    "<headline>自由国与西尔瓦尼亚签署渔业协定</headline>",
    f"""<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
    <head><docdata><date.issue norm="20240311T220000+0800"/></docdata></head>
    <body><body.head><hedline><hl1>自由国与西尔瓦尼亚签署渔业协定</hl1></hedline><byline>记者 王小明</byline>
    </body.head><body.content><p>{LEDE_HANS[:40]}
      {LEDE_HANS[40:]}</p><p>{LAST_HANS}</p></body.content><body.end><tagline>（完）</tagline></body.end></body>
    </nitf></inlineXML>""", "zh-CN")
G2_MESSAGE = (f'<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="{G2_NS}"><header>'
              "<sent>2024-03-11T15:00:00Z</sent></header>"
              f"<itemSet>{XHTML_ITEM}{PICTURE_ITEM}{NITF_ITEM}</itemSet></newsMessage>")


@pytest.fixture
def exported(ingest_files, db, tmp_path):
    """Ingest {name: content} into SQLite, export it, and return the summary, the exported documents by file
    name (and `#N`; a story stored once under each of its sources), and the stored rows (raw text and offsets)."""

    def run(files: dict[str, bytes | str], **overrides):
        summary, stored = ingest_files(files, **overrides)
        export(db, tmp_path / "out")
        rows = {source.split("/in/", 1)[1]: row for row in read_jsonl(tmp_path / "out" / "documents.jsonl")
                for source in row["sources"]}
        return summary, rows, stored

    return run


def _maps_back(stored: dict, sentence: str) -> bool:
    """Whether a sentence of the body maps back to the same characters of the raw text."""
    start = stored["body"].index(sentence)
    span = OffsetMap.from_list(stored["offsets"]).span_to_raw(start, start + len(sentence))
    return span is not None and stored["raw"][span[0]:span[1]] == sentence


def test_nitf_story_has_its_headline_issue_time_address_and_only_its_paragraphs(exported):
    summary, docs, stored = exported({"fisheries.nitf": NITF_EN})
    doc = docs["fisheries.nitf"]
    assert summary.errors == 0 and doc["error"] is None
    assert doc["title"] == HEADLINE_EN  # the printed headline, not the desk's slug in <title>
    assert doc["published"] == "2024-03-11T14:30:00" and doc["lang"] == "en"
    assert doc["url"] == "https://wire.example.org/stories/2024/freedonia-sylvania"
    body = doc["body"]
    assert body.startswith(LEDE_EN) and body.endswith(LAST_EN)
    assert "Quotas\nThe pact sets catch quotas for the shared bay, Moss told reporters." in body  # subhead kept
    for furniture in ("Talks end a decade", "By Jane Roe", "shake hands", "Reporting by", "fisheries, diplomacy",
                      "Example Wire\n"):
        assert furniture not in body
    assert _maps_back(stored["fisheries.nitf"], LAST_EN)
    declared = stored["fisheries.nitf"]["meta"]["declared"]
    assert declared["published"][0] == {"value": "20240311T143000Z", "from": "record:date.issue"}  # zone kept


def test_g2_message_is_one_document_per_item_with_its_own_fields(exported):
    summary, docs, _ = exported({"wire-feed.xml": G2_MESSAGE})
    assert set(docs) == {"wire-feed.xml#1", "wire-feed.xml#2", "wire-feed.xml#3"}
    english, picture, chinese = (docs[f"wire-feed.xml#{n}"] for n in (1, 2, 3))
    assert english["title"] == HEADLINE_EN  # the main headline, not the sub one before it
    assert english["published"] == "2024-03-11T15:30:00"  # first created, not the later version
    assert english["url"] == "https://wire.example.org/2024/03/11/fisheries"  # not the previous version's file
    assert english["body"] == "\n".join([LEDE_EN, "Quotas",
                                         "The pact sets catch quotas for the shared bay, Moss told reporters.",
                                         LAST_EN])
    assert picture["error"].startswith("no text") and summary.errors == 1
    assert chinese["title"] == "自由国与西尔瓦尼亚签署渔业协定" and chinese["lang"] == "zh-Hans"
    assert chinese["published"] == "2024-03-11T22:30:00"  # the item's own time before its NITF's
    assert chinese["url"] == "https://wire.example.org/zh/2024/03/11/fish"  # a guid that is an address
    assert chinese["body"] == f"{LEDE_HANS}\n{LAST_HANS}"  # wrapped Chinese joined without a space; no （完）


def test_bare_g2_item_with_plain_text_and_no_extension_is_one_document(exported):
    item = _g2_item("urn:newsml:wire.example.org:20240312:t", "<versionCreated>2024-03-12T08:00:00Z"
                    "</versionCreated>", "<headline>Ministers to meet again</headline>",
                    f'<inlineData contenttype="text/plain">{LEDE_EN}\n\n{LAST_EN}</inlineData>')
    item = item.replace("<newsItem ", f'<newsItem xmlns="{G2_NS}" ', 1)
    _, docs, _ = exported({"incoming/20240312-0001": item})
    doc = docs["incoming/20240312-0001"]
    assert doc["title"] == "Ministers to meet again" and doc["published"] == "2024-03-12T08:00:00"
    assert doc["body"] == f"{LEDE_EN}\n{LAST_EN}" and doc["url"] is None  # a urn is no address


def test_newsml_1_item_reads_its_main_component_not_a_caption(exported):
    newsml = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE NewsML SYSTEM "NewsML_1.2.dtd">
<NewsML Version="1.2"><NewsEnvelope><DateAndTime>20240311T150000+0000</DateAndTime></NewsEnvelope>
<NewsItem><Identification><NewsIdentifier><ProviderId>wire.example.org</ProviderId>
 <PublicIdentifier>urn:newsml:wire.example.org:20240311:77:1</PublicIdentifier></NewsIdentifier></Identification>
 <NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20240311T143000+0000</FirstCreated>
  <ThisRevisionCreated>20240311T170000+0000</ThisRevisionCreated></NewsManagement>
 <NewsComponent xml:lang="en">
  <NewsLines><HeadLine>{HEADLINE_EN}</HeadLine><ByLine>By Jane Roe</ByLine><DateLine>FREEDON CITY, March 11</DateLine>
   <CopyrightLine>(c) 2024 Example Wire</CopyrightLine></NewsLines>
  <NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/>
   <DataContent>Moss and Kiel at the signing.</DataContent></ContentItem></NewsComponent>
  <NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/>
   <MimeType FormalName="text/vnd.IPTC.NITF"/><DataContent><nitf><body><body.content>
    <p>{LEDE_EN}</p><p>{LAST_EN}</p></body.content></body></nitf></DataContent></ContentItem></NewsComponent>
 </NewsComponent></NewsItem></NewsML>"""
    _, docs, _ = exported({"story.newsml": newsml})
    doc = docs["story.newsml#1"]
    assert doc["title"] == HEADLINE_EN and doc["published"] == "2024-03-11T14:30:00"
    assert doc["body"] == f"{LEDE_EN}\n{LAST_EN}"


def test_traditional_chinese_nitf_in_big5_without_extension(exported):
    nitf = f"""<?xml version="1.0" encoding="Big5"?>
<nitf><head><title>自由國與西爾瓦尼亞簽署漁業協定</title><docdata><date.issue norm="20240311"/></docdata></head>
<body><body.head><byline>記者王小明</byline></body.head>
<body.content><p>{LEDE_HANT}</p><p>{LAST_HANT}</p></body.content></body></nitf>"""
    _, docs, _ = exported({"0311-fisheries": nitf.encode("big5")})
    doc = docs["0311-fisheries"]
    assert doc["title"] == "自由國與西爾瓦尼亞簽署漁業協定" and doc["published"] == "2024-03-11"
    assert doc["lang"] == "zh-Hant" and doc["body"] == f"{LEDE_HANT}\n{LAST_HANT}"


def test_ninjs_1_object_and_2_array_and_lines(exported):
    ninjs1 = {"uri": "https://wire.example.org/2024/03/11/fisheries", "type": "text", "language": "en",
              "versioncreated": "2024-03-11T15:10:00+00:00", "firstcreated": "2024-03-11T14:30:00+00:00",
              "headline": HEADLINE_EN, "byline": "Jane Roe",
              "body_html": f"<p>{LEDE_EN}</p><p>{LAST_EN}</p>", "body_text": f"{LEDE_EN}\n\n{LAST_EN}",
              "associations": {"featureimage": {"uri": "https://wire.example.org/p/1", "type": "picture",
                                                "headline": "Moss and Kiel", "body_text": "Moss and Kiel smile."}}}
    ninjs2 = {"uri": "https://wire.example.org/zh-hant/2024/03/11/fisheries", "language": "zh-Hant",
              "versioncreated": "2024-03-11T15:10:00+08:00", "firstcreated": "2024-03-11T14:30:00+08:00",
              "headlines": [{"value": "結束十年爭端", "role": "sub"},
                            {"value": "自由國與西爾瓦尼亞簽署漁業協定", "role": "main"}],
              "bodies": [{"value": f"<p>{LEDE_HANT}</p><p>{LAST_HANT}</p>", "contenttype": "text/html"},
                         {"value": f"{LEDE_HANT}\n\n{LAST_HANT}", "contenttype": "text/plain"}]}
    _, docs, _ = exported({"one.json": json.dumps(ninjs1), "many.json": json.dumps([ninjs2, ninjs1]),
                           "lines.jsonl": json.dumps(ninjs2, ensure_ascii=False) + "\n"})
    for name in ("one.json#1", "many.json#2"):
        doc = docs[name]
        assert doc["title"] == HEADLINE_EN and doc["published"] == "2024-03-11T14:30:00"
        assert doc["url"] == ninjs1["uri"] and doc["body"] == f"{LEDE_EN}\n{LAST_EN}"
    for name in ("many.json#1", "lines.jsonl#1"):
        doc = docs[name]
        assert doc["title"] == "自由國與西爾瓦尼亞簽署漁業協定" and doc["published"] == "2024-03-11T14:30:00"
        assert doc["url"] == ninjs2["uri"] and doc["body"] == f"{LEDE_HANT}\n{LAST_HANT}"  # one body, not both


def test_an_export_with_a_pictures_address_or_paragraphs_sharing_a_role_is_read_as_before(exported):
    """`uri` names a page only when it is one (not a picture's or an API's record), and a body of blocks that all
    share a role (`paragraph`) is one text in parts, not versions of it."""
    record = {"title": HEADLINE_EN, "date": "2024-03-11",
              "uri": "https://cdn.example.org/images/2024/03/moss-kiel.jpg",
              "body": [{"role": "paragraph", "value": LEDE_EN}, {"role": "paragraph", "value": LAST_EN}]}
    api = dict(record, uri="https://api.example.org/v2/posts/8812")
    _, docs, _ = exported({"pic.json": json.dumps(record), "api.json": json.dumps(api)})
    for name in ("pic.json#1", "api.json#1"):
        assert docs[name]["url"] is None
        assert LEDE_EN in docs[name]["body"] and LAST_EN in docs[name]["body"]


def test_declared_language_names_a_text_too_short_to_tell(exported):
    nitf = '<nitf><head><title>1-0</title></head><body xml:lang="en-GB"><body.content><p>3:1</p>' \
           "</body.content></body></nitf>"
    _, docs, stored = exported({"score.xml": nitf})
    assert docs["score.xml"]["lang"] == "en"
    assert stored["score.xml"]["meta"]["declared"]["language"][0]["value"] == "en-GB"


def _bomb() -> str:
    lol = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY l0 "lol">{lol}]>'
            "<nitf><body><body.content><p>&l9;</p></body.content></body></nitf>")


@pytest.mark.parametrize("content, fault", [
    (NITF_EN[:NITF_EN.index("<hl2>Quotas")], "broken XML"),  # truncated
    (NITF_EN.replace("</block>", ""), "broken XML"),  # malformed
    (_bomb(), "broken XML"),  # an entity bomb, refused unexpanded
    (NITF_EN.replace("<p>", '<p>&ext;', 1).replace(
        "<nitf ", '<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]><nitf ', 1), "broken XML"),  # never fetched
    ("<nitf><body><body.content><p>" + "<em>" * 500 + "deep" + "</em>" * 500 + "</p></body.content></body></nitf>",
     "too deeply nested"),
    ("<nitf><body><body.content>" + f"<p>{LAST_EN}</p>" * 4000 + "</body.content></body></nitf>", "too large"),
])
def test_a_hostile_agency_file_is_one_clear_error(exported, content, fault):
    summary, docs, _ = exported({"bad.xml": content}, max_document_bytes=100_000)
    assert list(docs) == ["bad.xml"] and docs["bad.xml"]["error"].startswith(fault) and summary.errors == 1


def test_a_message_cut_off_keeps_the_items_before_the_break(exported):
    cut = G2_MESSAGE[:G2_MESSAGE.index("<p>基尔表示")]
    _, docs, _ = exported({"cut.xml": cut})
    assert docs["cut.xml#1"]["body"].startswith(LEDE_EN) and docs["cut.xml#2"]["error"].startswith("no text")
    assert docs["cut.xml#3"]["error"].startswith("broken XML")


@pytest.mark.parametrize("head, kind", [
    (NITF_EN.encode(), "agency"),  # after a declaration, a doctype and a comment
    (b'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head>', "agency"),
    (G2_MESSAGE.encode(), "agency"),
    (f'<nar:newsItem xmlns:nar="{G2_NS}" guid="x">'.encode(), "agency"),
    (b'<newsItem guid="x">', "agency"),  # no namespace declared: read as G2's
    (b'<newsItem xmlns="http://example.org/other-vocabulary">', "text"),  # another vocabulary's item
    (b'<?xml version="1.0"?>\n<NewsML Version="1.2">', "agency"),
    (b"<NITF>not the element: XML names are case-sensitive</NITF>", "text"),
    # a root is looked for in the first 4 KB only: the prologue's repeats would backtrack over a long head (an
    # HTML page of 64 KB with a doctype and brackets took seconds)
    (b"<!-- " + b"[x] " * 1500 + b" -->\n<nitf>", "text"),
])
def test_agency_formats_are_told_from_their_root_element(tmp_path, head, kind):
    assert sniff(tmp_path / "story.txt", head) == kind


@pytest.mark.parametrize("value, iso", [
    ("20240311T143000Z", "2024-03-11T14:30:00"),
    ("20240311T143000+0100", "2024-03-11T14:30:00"),  # the printed local time, the zone not applied
    ("20240311T1430-0500", "2024-03-11T14:30"),
    ("20240311", "2024-03-11"),
])
def test_compact_iso_times_of_agency_formats(value, iso):
    assert parse_datetime(value) == iso
