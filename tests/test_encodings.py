"""Encodings are detected, not assumed (issue 2)."""

from __future__ import annotations

import codecs

import pytest

from diplograph.ingest.decoding import NotText, decode_bytes

SIMP = "新华社北京3月5日电 国家主席同来访的总统举行会谈，双方同意加强经贸合作。"
TRAD = "中央社台北5日電 外交部長今天與來訪的外長舉行會談，雙方同意加強經貿合作。"


@pytest.mark.parametrize("text,encoding,expected", [
    (SIMP, "utf-8", "utf-8"),
    (SIMP, "gb18030", "gb18030"),
    (SIMP, "gbk", "gb18030"),
    (TRAD, "big5", "big5hkscs"),
])
def test_decoding_recovers_the_text(text, encoding, expected):
    dec = decode_bytes(text.encode(encoding))
    assert dec.text == text
    assert dec.encoding == expected


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                                       (codecs.BOM_UTF8, "utf-8")])
def test_byte_order_marks(bom, codec):
    dec = decode_bytes(bom + TRAD.encode(codec))
    assert dec.text == TRAD


def test_binary_is_not_text():
    with pytest.raises(NotText):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))


def test_declared_charset_is_a_candidate_not_an_order():
    page = f'<meta charset="big5"><p>{TRAD}</p>'.encode("big5")
    assert TRAD in decode_bytes(page).text
