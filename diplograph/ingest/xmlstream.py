"""XML files read as a stream of items: the elements a format makes one record each (a feed's item or entry, an
agency's story), each yielded as it ends and then let go, so that memory holds one item whatever the file's size.

Expat refuses entity expansion bombs and never fetches external entities (a reference to one is an error). A
stretch of the file longer than the document limit with no item ending in it, or elements nested deeper than
the nesting limit, stop the file with a clear error; the items read before are kept. Encodings expat cannot
read (GBK, Big5) are decoded by our own detector first.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from diplograph.ingest.decoding import NotText, decode_bytes

# what may stand before an XML file's first element: a declaration, comments, processing instructions (a
# stylesheet) and a doctype, with or without an internal subset
PROLOGUE = (rb"^\s*(?:<\?xml[^>]*\?>\s*)?"
            rb"(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*")
XML_DECL = re.compile(rb"\A(\xef\xbb\xbf)?\s*<\?xml[^>]*\?>")
ENCODING_ERROR = re.compile(r"encoding", re.I)
CHUNK = 1 << 16  # bytes handed to the parser at a time


def local_name(tag: str) -> str:
    """An element's name without its namespace: `{http://iptc.org/std/nar/2006-10-01/}headline` and
    `nar:headline` → `headline`."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def iter_items(path: Path, items_of: Callable[[str], frozenset[str]], max_bytes: int,
               max_nesting: int) -> Iterator[ET.Element]:
    """The items of an XML file as each ends; `items_of` names the item elements from the root's local name (an
    item inside an item is part of it). A broken, oversized or too deeply nested file raises ValueError after
    the items read before the fault; a legacy encoding expat refuses is decoded by our detector and read again."""
    n = 0
    try:
        with path.open("rb") as f:
            for el in _stream(f, items_of, max_bytes, max_nesting):
                n += 1
                yield el
    except (ET.ParseError, ValueError) as exc:  # expat refuses multi-byte legacy encodings with ValueError
        if n or not ENCODING_ERROR.search(str(exc)) or isinstance(exc, LimitExceeded):
            raise _fault(exc) from None
        try:
            yield from _stream(_decoded_stream(path), items_of, max_bytes, max_nesting)
        except (ET.ParseError, ValueError) as again:
            raise _fault(again) from None


class LimitExceeded(ValueError):
    """The file passes the document size or nesting limit: its message says which, and why it stopped."""


def _fault(exc: Exception) -> ValueError:
    return exc if isinstance(exc, LimitExceeded) else ValueError(f"broken XML: {exc}")


def _stream(f: BinaryIO, items_of: Callable[[str], frozenset[str]], max_bytes: int,
            max_nesting: int) -> Iterator[ET.Element]:
    """Items as they end, fed to expat a chunk at a time; an element that ends outside every item is taken out
    of its parent at once (a feed's channel furniture, an envelope's header), an item once it is read."""
    parser = ET.XMLPullParser(events=("start", "end"))
    open_elements: list[ET.Element] = []
    wanted: frozenset[str] | None = None
    item_depth = 0  # how many elements are open at the open item (0: none is)
    since = 0  # bytes read since the last item ended
    while True:
        chunk = f.read(CHUNK)
        if chunk:
            parser.feed(chunk)
        else:
            parser.close()
        since += len(chunk)
        for event, el in parser.read_events():
            if event == "start":
                open_elements.append(el)
                wanted = items_of(local_name(el.tag)) if wanted is None else wanted
                if len(open_elements) > max_nesting:
                    raise LimitExceeded(f"too deeply nested: elements nest more than {max_nesting} levels "
                                        "(max_nesting); the rest of the file is not read")
                if not item_depth and local_name(el.tag) in wanted:
                    item_depth = len(open_elements)
                continue
            depth = len(open_elements)
            open_elements.pop()
            if depth == item_depth:
                item_depth, since = 0, 0
                yield el
            if not item_depth and open_elements:
                open_elements[-1].remove(el)
        if since > max_bytes:
            raise LimitExceeded(f"too large: over {max_bytes} bytes of the file hold no whole item "
                                "(max_document_bytes); the rest of the file is not read")
        if not chunk:
            return


def _decoded_stream(path: Path) -> io.BytesIO:
    """The file as UTF-8 with its declaration dropped: for encodings expat cannot read (GBK, Big5)."""
    data = path.read_bytes()
    try:
        text = decode_bytes(XML_DECL.sub(b"", data, count=1)).text
    except NotText as exc:
        raise ValueError(f"not text: {exc}") from exc
    return io.BytesIO(text.encode("utf-8"))
