"""Repairs of extraction damage: pinyin after Han characters, mojibake, invisible characters, NFC."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

from diplograph.clean.pieces import regex_edit, replaced_line, strip_line
from diplograph.doc import Document, Line
from diplograph.registry import component

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# the look-behind for the Han character stands after the bracket: a pattern that opens with one loses the
# regex engine's scan for possible first characters and runs several times slower
PINYIN_TONED = re.compile(rf"[(（](?<=[{HAN}][(（])[a-zü]*[{TONED}][a-zü]*[)）]")
# a toneless syllable in parentheses (的(de)) counts only on pages already damaged with toned ones
PINYIN_PLAIN = re.compile(rf"[(（](?<=[{HAN}][(（])(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü][a-zü]{{0,4}}[)）]")
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MOJIBAKE_HINT = re.compile(r"[\u00c0-\u00ff][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6-\u02dc]")


def remove_pinyin(line: Line, plain_too: bool) -> Line:
    """Drop romanisations inserted after Han characters (時(shí) → 時); real parentheses stay."""
    if "(" not in line.text and "（" not in line.text:
        return line
    line = regex_edit(line, PINYIN_TONED, lambda m: "")
    if plain_too:
        line = regex_edit(line, PINYIN_PLAIN, lambda m: "")
    return line


def fix_mojibake(line: Line) -> Line:
    """Undo UTF-8 read as Latin-1/Windows-1252 (ä¹ è¿ → 习近) for the whole line when ftfy judges it bad."""
    text = line.text
    if not MOJIBAKE_HINT.search(text) or not is_bad(text):
        return line
    fixed = ftfy.fix_encoding(text)
    return line if fixed == text else replaced_line(line, fixed)


def normalise(line: Line, invisible: bool = True) -> Line:
    """Compose characters (NFC) and drop invisible ones, keeping full-width punctuation as printed."""
    if invisible:
        line = regex_edit(line, INVISIBLE, lambda m: "")
    text = line.text
    if not unicodedata.is_normalized("NFC", text):
        line = replaced_line(line, unicodedata.normalize("NFC", text))
    return line


@component("repair", requires=("lines",), assigns=("lines",))
def make_repair(**_):
    """Repair every line; pages with toned pinyin artifacts also lose toneless ones."""

    def repair(doc: Document) -> Document:
        whole = "\n".join(ln.text for ln in doc.lines)
        head = whole if len(doc.lines) <= 400 else "\n".join(ln.text for ln in doc.lines[:400])
        damaged = ("(" in head or "（" in head) and len(PINYIN_TONED.findall(head)) >= 3
        # each repair runs only when the page holds what it repairs: most pages need none
        mojibake = MOJIBAKE_HINT.search(whole) is not None
        invisible = INVISIBLE.search(whole) is not None
        composed = unicodedata.is_normalized("NFC", whole)
        toned = damaged or PINYIN_TONED.search(whole) is not None
        out = []
        for line in doc.lines:
            if mojibake:
                line = fix_mojibake(line)
            if invisible or not composed:
                line = normalise(line, invisible)
            if toned:
                line = remove_pinyin(line, damaged)
            line = strip_line(line)
            if line.text:
                out.append(line)
        doc.meta["pinyin_repaired"] = damaged
        doc.lines = out
        return doc

    return repair
