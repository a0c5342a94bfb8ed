"""MIME files: a page a browser saved as one file (MHTML) and an e-mail (`.eml`) are read as one document
each (issue 16: archive formats never seen before).

Every page and message here is invented: invented outlets, people and dates.
"""

from __future__ import annotations

import base64
import quopri

import pytest

from diplograph.ingest.detect import sniff

PAGE = """<!DOCTYPE html><html><head><title>Ministers agree on a ferry line - Example Herald</title>
<meta property="article:published_time" content="2024-05-17T09:30:00+02:00"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ministers agree on a ferry line</h1>
<p>The foreign ministers of Freedonia and Sylvania met in Port Town on Thursday and agreed to open a ferry line
between their capitals next spring, both ministries said.</p>
<p>They also discussed fishing rights and the visa rules for students.</p></article>
<footer>© 2024 Example Herald. All rights reserved.</footer></body></html>"""
PAGE_ZH = ("<html><head><meta charset=\"gb2312\"><title>甲国外长会见乙国大使</title></head><body><h1>甲国外长会见乙国大使</h1>"
           "<p>5月16日，甲国外长在外交部会见乙国驻甲国大使，双方就扩大农产品贸易交换了意见。</p>"
           "<p>甲国外长表示，愿同乙方深化各领域合作。</p></body></html>")
PNG = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(200)).decode("ascii")


def _mhtml(html_part: str, location: str = "https://herald.example.org/2024/05/ferry") -> bytes:
    """A page saved the way Chromium saves one: a quoted-printable HTML part and an image beside it."""
    qp = quopri.encodestring(html_part.encode("utf-8")).decode("ascii")
    b = "----MultipartBoundary--x1y2z3----"
    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {location}\r\n"
            "Subject: =?utf-8?Q?Ministers_agree?=\r\nDate: Sat, 1 Jun 2024 18:00:00 -0000\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n\r\n'
            f"--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {location}\r\n\r\n{qp}\r\n"
            f"--{b}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: https://herald.example.org/logo.png\r\n\r\n{PNG}\r\n--{b}--\r\n").encode("ascii")


def test_a_saved_page_is_its_html_part_with_the_address_it_was_saved_from(ingest_files):
    summary, docs = ingest_files({"ferry.mhtml": _mhtml(PAGE)})
    assert summary.errors == 0 and len(docs) == 1
    doc = docs["ferry.mhtml"]
    assert doc["title"] == "Ministers agree on a ferry line"
    assert "agreed to open a ferry line" in doc["body"] and "fishing rights" in doc["body"]
    assert "Home | World" not in doc["body"] and "PNG" not in doc["body"] and "=3D" not in doc["body"]
    assert doc["published"].startswith("2024-05-17")  # the page's own date, not the day it was saved
    assert "herald.example.org/2024/05/ferry" in str(doc["meta"])


def test_an_old_mht_in_a_legacy_chinese_charset_is_read_as_its_declared_charset(ingest_files):
    body = base64.encodebytes(PAGE_ZH.encode("gb2312")).decode("ascii")
    mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"==b==\"; type=\"text/html\"\r\n\r\n"
           "--==b==\r\nContent-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n"
           f"Content-Location: https://news.example.cn/a/1.html\r\n\r\n{body}\r\n--==b==--\r\n").encode("ascii")
    _, docs = ingest_files({"saved.mht": mht})
    doc = docs["saved.mht"]
    assert doc["error"] is None and doc["title"] == "甲国外长会见乙国大使"
    assert "双方就扩大农产品贸易交换了意见" in doc["body"] and doc["lang"] == "zh-Hans"


def test_an_email_gives_its_subject_and_sending_time_and_prefers_its_html_part(ingest_files):
    text = "The foreign ministers of Freedonia and Sylvania spoke by phone on Monday about the ferry line."
    mail = ("From: Press Office <press@mfa.example.org>\r\nTo: list@example.org\r\n"
            "Subject: =?utf-8?Q?Readout=3A_ministers_speak_by_phone?=\r\nDate: Tue, 21 May 2024 08:15:00 +0200\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
            f"--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPLAIN {text}\r\n"
            f"--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>{text}</p>"
            "<p>You are receiving this email because you asked for our releases. Unsubscribe</p></body></html>\r\n"
            "--alt--\r\n")
    plain = ("From: desk@example.org\r\nSubject: 甲乙两国外长通电话\r\nDate: Wed, 22 May 2024 20:00:00 +0800\r\n"
             "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
             "5月22日，甲国外长同乙国外长通电话，双方就地区局势交换了意见。\r\n")
    summary, docs = ingest_files({"readout.eml": mail, "desk.eml": plain})
    assert summary.errors == 0
    html = docs["readout.eml"]
    assert html["title"] == "Readout: ministers speak by phone" and html["published"].startswith("2024-05-21")
    assert text in html["body"] and "PLAIN" not in html["body"] and "Unsubscribe" not in html["body"]
    zh = docs["desk.eml"]
    assert zh["title"] == "甲乙两国外长通电话" and zh["published"].startswith("2024-05-22")
    assert "双方就地区局势交换了意见" in zh["body"]


def test_a_saved_page_without_an_html_part_is_an_error_record_not_a_silence(ingest_files):
    only_image = _mhtml(PAGE).replace(b"Content-Type: text/html\r\n", b"Content-Type: text/css\r\n")
    summary, docs = ingest_files({"empty.mhtml": only_image})
    assert summary.errors == 1 and "no HTML or text part" in docs["empty.mhtml"]["error"]


@pytest.mark.parametrize("name, head, kind", [
    ("page.mhtml", _mhtml(PAGE)[:4096], "mime"),
    ("page.bin", _mhtml(PAGE)[:4096], "mime"),  # told by its headers, whatever it is called
    ("note.txt", b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello.\r\n", "mime"),
    ("note.txt", b"Title: Talks in Port Town\nDate: 2024-05-17\n\nThe ministers met.\n", "text"),
    ("note.txt", b"Subject: the talks\nThe ministers met on Friday.\n", "text"),
])
def test_mime_files_are_told_by_their_header_block_or_their_name(tmp_path, name, head, kind):
    """A header block that declares a MIME version and a content type, or a .mhtml/.mht/.eml name; a key list
    at the top of a text dump is not MIME."""
    assert sniff(tmp_path / name, head) == kind
