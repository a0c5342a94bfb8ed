"""News agencies' exchange formats: NITF, NewsML-G2 and NewsML 1.x, one record per story.

Wire services and newsroom systems exchange stories in IPTC's formats, which say in elements of their own what
a page only shows: the headline, the issue time, the story's address and language. The text is read from the
elements that hold the story's paragraphs (NITF's `body.content`, an XHTML body, plain text); the headline,
byline, dateline block, tagline, keywords, rights and captions, which these formats keep apart, never reach
it. The fields are named as the key lexicon knows them (`date.issue`, `firstCreated`, `headline`), so the
record path reads them as it reads a feed item's. Files are streamed story by story (`xmlstream`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from diplograph.doc import RawRecord
from diplograph.ingest.records import record_from_row
from diplograph.ingest.xmlstream import iter_items, local_name
from diplograph.lexicons.metadata_keys import field_of

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# the stories of each root: a NITF document is one; a G2 message holds items, as a NewsML 1.x envelope does
ITEMS = {"nitf": frozenset({"nitf"}), "newsItem": frozenset({"newsItem"}),
         "newsMessage": frozenset({"newsItem"}), "NewsML": frozenset({"NewsItem"})}
ONE_STORY = frozenset({"nitf", "newsItem"})  # roots that are the story: the record is the file, not `path#N`
# what holds a story's paragraphs, and what is left out of them, in NITF's body and in XHTML
NITF_BLOCKS = frozenset({"p", "hl2", "pre", "li", "dt", "dd", "block", "bq", "ul", "ol", "dl", "body.content"})
NITF_FURNITURE = frozenset({"media", "media-caption", "tagline", "datasource", "byline", "dateline", "abstract",
                            "copyrite", "note", "fn", "table", "nitf-table", "hr", "credit", "tobject", "key-list"})
XHTML_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "pre", "li", "dt", "dd", "div", "section",
                          "article", "main", "blockquote", "ul", "ol", "dl", "body"})
# an XHTML body's `h1` is the story's headline again; `address` its byline
XHTML_FURNITURE = frozenset({"head", "h1", "figure", "figcaption", "img", "picture", "table", "script", "style",
                             "aside", "nav", "header", "footer", "address", "iframe", "video", "audio", "object",
                             "form", "noscript", "hr"})
# G2 links that name the story's own page; others point to earlier versions, packages, pictures
PAGE_LINKS = ("canonical", "seealso", "alternate", "self", "")
CAPTION_ROLE = re.compile(r"caption|credit", re.I)  # a NewsML 1.x component that describes a picture
NOT_TEXT_MIME = re.compile(r"^(?:image|audio|video)/", re.I)
CJK = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
CJK_BREAK = re.compile(rf"(?<={CJK})[ \t\r\n]*\n[ \t\r\n]*(?={CJK})")  # a line wrapped inside Chinese text
SPACES = re.compile(r"[ \t\r\n\f\v]+")
BREAK = "\u2028"  # a `<br/>` while an element's text is gathered, told apart from the file's own line wrapping


def read_agency(path: Path, source: str, max_bytes: int, max_nesting: int) -> Iterator[RawRecord]:
    """The stories of a NITF, NewsML-G2 or NewsML 1.x file: the file itself when it is one story, else `path#N`
    for the N-th. A fault stops the file with an error record where it struck; the stories before are kept."""
    roots: list[str] = []

    def items_of(root: str) -> frozenset[str]:
        roots.append(root)
        return ITEMS.get(root, frozenset())

    n = 0
    try:
        for story in iter_items(path, items_of, max_bytes, max_nesting):
            n += 1
            one = roots[0] in ONE_STORY
            yield _record(source if one else f"{source}#{n}", READERS[local_name(story.tag)](story), max_bytes)
    except ValueError as exc:  # broken XML, a limit passed, text in no encoding
        one = not roots or roots[0] in ONE_STORY
        where = (f"{source}#after-{n}" if n else source) if one else f"{source}#{n + 1}"
        yield RawRecord(where, b"", "record", error=str(exc))


def _record(source: str, row: dict[str, Any], max_bytes: int) -> RawRecord:
    """The story as a record: its paragraphs the text, its other fields kept; a story without text says so."""
    rec = record_from_row(source, row, {"body": "body"}, max_bytes)
    if "body" not in row:
        rec.error = "no text: the story holds no text of its own (a picture, or content only by reference)"
    return rec


def nitf_row(nitf: ET.Element) -> dict[str, Any]:
    """A NITF story's fields: its headline (`hl1`, else the document's `title`), issue, publication and release
    times, its address (`doc-id`) when it is one, its declared language and its body's paragraphs."""
    head, body = _child(nitf, "head"), _child(nitf, "body")
    docdata = _child(head, "docdata")
    row: dict[str, Any] = {}
    if not _put(row, "hl1", _inline(_path(body, "body.head", "hedline", "hl1"))):
        _put(row, "title", _inline(_child(head, "title")))
    _put(row, "date.issue", _attr(_child(docdata, "date.issue"), "norm"))
    _put(row, "date.publication", _attr(_child(head, "pubdata"), "date.publication"))
    _put(row, "date.release", _attr(_child(docdata, "date.release"), "norm"))
    _put(row, "story.date", _attr(_path(body, "body.head", "dateline", "story.date"), "norm"))
    _put(row, "doc-id", _attr(_child(docdata, "doc-id"), "id-string"))
    content = _path(body, "body.content")
    _put(row, "xml:lang", next((lang for el in (nitf, head, body, content) if (lang := _attr(el, XML_LANG))), None))
    _put(row, "body", _paragraphs(content, NITF_BLOCKS, NITF_FURNITURE))
    return row


def g2_row(item: ET.Element) -> dict[str, Any]:
    """A NewsML-G2 item's fields: its headline, first, version and content creation times, its page's link or
    a guid that is an address, its language, and its text (XHTML or NITF inline, or plain text); of a NITF
    inside, the fields the item does not give."""
    meta, content = _child(item, "itemMeta"), _child(item, "contentMeta")
    row: dict[str, Any] = {}
    _put(row, "headline", _headline(_children(content, "headline")))
    for parent, name in ((meta, "firstCreated"), (meta, "versionCreated"), (content, "contentCreated")):
        _put(row, name, _inline(_child(parent, name)))
    _put(row, "link", _page_link(_children(meta, "link")))
    _put(row, "guid", item.get("guid"))
    _put(row, "xml:lang", item.get(XML_LANG) or _attr(_child(content, "language"), "tag"))
    for holder in _children(_child(item, "contentSet"), "inlineXML", "inlineData"):
        if _put(row, "body", _inline_content(holder, row)):
            break
    return row


def newsml_row(item: ET.Element) -> dict[str, Any]:
    """A NewsML 1.x item's fields: its headline, first and revision creation times, its language, and the
    text of its main text component (NITF, XHTML or plain text; a picture's caption is not the story)."""
    row: dict[str, Any] = {}
    _put(row, "HeadLine", _inline(next(_descendants(item, "HeadLine"), None)))
    management = _child(item, "NewsManagement")
    for name in ("FirstCreated", "ThisRevisionCreated"):
        _put(row, name, _inline(_child(management, name)))
    component = next(_descendants(item, "NewsComponent"), None)
    language = _attr(next(_descendants(item, "Language"), None), "FormalName")
    _put(row, "xml:lang", _attr(component, XML_LANG) or language)
    for content in _text_items(item):
        if _put(row, "body", _inline_content(_child(content, "DataContent"), row)):
            break
    return row


READERS: dict[str, Callable[[ET.Element], dict[str, Any]]] = {"nitf": nitf_row, "newsItem": g2_row,
                                                              "NewsItem": newsml_row}


def _text_items(item: ET.Element) -> list[ET.Element]:
    """A NewsML 1.x item's ContentItems that hold text, those of a component whose role is `Main` first; a
    component describing a picture (its caption, its credit) holds none of the story."""
    found: list[tuple[int, ET.Element]] = []
    stack = [(item, "")]
    while stack:  # components nest: each ContentItem is judged by the role of the component around it
        el, role = stack.pop()
        for child in reversed(el):
            name = local_name(child.tag)
            if name == "NewsComponent":
                stack.append((child, _attr(_child(child, "Role"), "FormalName") or role))
            elif name == "ContentItem" and not CAPTION_ROLE.search(role) and _is_text(child):
                found.append((0 if role.lower() == "main" else 1, child))
            elif name not in ("NewsLines", "AdministrativeMetadata", "RightsMetadata", "DescriptiveMetadata"):
                stack.append((child, role))
    return [content for _, content in sorted(found, key=lambda rc: rc[0])]


def _is_text(content: ET.Element) -> bool:
    """Whether a ContentItem may hold text: its media type, where given, is `Text` and its MIME type no
    picture's, sound's or film's."""
    media = _attr(_child(content, "MediaType"), "FormalName")
    mime = _attr(_child(content, "MimeType"), "FormalName") or ""
    return (media is None or media.lower() == "text") and not NOT_TEXT_MIME.match(mime)


def _inline_content(holder: ET.Element | None, row: dict[str, Any]) -> str | None:
    """The text an inline holder gives (G2's `inlineXML`/`inlineData`, NewsML 1.x's `DataContent`): a NITF
    document's body (its other fields fill those `row` lacks), an XHTML body, or the plain text."""
    if holder is None:
        return None
    if len(holder) == 0:
        return (holder.text or "").strip() or None
    root = holder[0] if len(holder) == 1 else holder
    if local_name(root.tag) == "nitf":
        inner = nitf_row(root)
        named = {field_of(k) for k in row}
        for key, value in inner.items():
            if key != "body" and field_of(key) not in named:
                row.setdefault(key, value)
        return inner.get("body")
    return _paragraphs(root, XHTML_BLOCKS, XHTML_FURNITURE)


def _paragraphs(el: ET.Element | None, blocks: frozenset[str], furniture: frozenset[str]) -> str | None:
    """The paragraphs under `el`, a blank line between them: an element with block children is walked into
    (its loose text a paragraph of its own), one without is one paragraph; furniture is passed over."""
    if el is None:
        return None
    out: list[str] = []
    _walk(el, blocks, furniture, out)
    return "\n\n".join(out) or None


def _walk(el: ET.Element, blocks: frozenset[str], furniture: frozenset[str], out: list[str]) -> None:
    """Add the paragraphs of `el` to `out` (the depth is bounded: the stream stops at the nesting limit)."""
    if local_name(el.tag) in furniture:
        return
    if not any(local_name(child.tag) in blocks for child in el):
        _add(out, _inline(el, furniture))
        return
    _add(out, _clean(el.text))
    for child in el:
        _walk(child, blocks, furniture, out)
        _add(out, _clean(child.tail))


def _add(out: list[str], paragraph: str | None) -> None:
    if paragraph:
        out.append(paragraph)


def _clean(text: str | None) -> str:
    """Text with its white space collapsed; pretty-printed XML wraps lines, and a line break between Chinese
    characters is dropped, not made a space."""
    return SPACES.sub(" ", CJK_BREAK.sub("", text or "")).strip()


def _inline(el: ET.Element | None, furniture: frozenset[str] = frozenset()) -> str | None:
    """An element's text with its inline markup dropped (and furniture in it); a `<br/>` breaks the line."""
    if el is None:
        return None
    lines = (_clean(line) for line in _gathered(el, furniture).split(BREAK))
    return "\n".join(line for line in lines if line) or None


def _gathered(el: ET.Element, furniture: frozenset[str]) -> str:
    """The raw text of `el` and its inline children, each `<br/>` marked."""
    parts: list[str] = [el.text or ""]
    for child in el:
        name = local_name(child.tag)
        if name == "br":
            parts.append(BREAK)
        elif name not in furniture:
            parts.append(_gathered(child, furniture))
        parts.append(child.tail or "")
    return "".join(parts)


def _headline(headlines: list[ET.Element]) -> str | None:
    """The main headline of several (G2 gives a role to each: `hlrole:main`, `hlrole:sub`), else the first."""
    main = [h for h in headlines if (h.get("role") or "main").rsplit(":", 1)[-1].lower() == "main"]
    return next((text for h in main or headlines if (text := _inline(h))), None)


def _page_link(links: list[ET.Element]) -> str | None:
    """The address of the story's page among a G2 item's links, a canonical one first."""
    pages = [(PAGE_LINKS.index(rel), link.get("href")) for link in links
             if (rel := (link.get("rel") or "").rsplit(":", 1)[-1].lower()) in PAGE_LINKS
             and (link.get("href") or "").startswith(("http://", "https://"))]
    return min(pages)[1] if pages else None


def _put(row: dict[str, Any], key: str, value: str | None) -> bool:
    """Set a field that has a value; whether it had one."""
    if value and value.strip():
        row[key] = value.strip()
        return True
    return False


def _attr(el: ET.Element | None, name: str) -> str | None:
    return el.get(name) if el is not None else None


def _children(el: ET.Element | None, *names: str) -> list[ET.Element]:
    return [child for child in el if local_name(child.tag) in names] if el is not None else []


def _child(el: ET.Element | None, name: str) -> ET.Element | None:
    return next(iter(_children(el, name)), None)


def _path(el: ET.Element | None, *names: str) -> ET.Element | None:
    for name in names:
        el = _child(el, name)
    return el


def _descendants(el: ET.Element, name: str) -> Iterator[ET.Element]:
    return (d for d in el.iter() if local_name(d.tag) == name)
