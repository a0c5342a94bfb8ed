"""MIME files: a web page saved as one file (MHTML: `.mhtml`/`.mht` from a browser's "save as single file")
and an e-mail (`.eml`: a newsletter, a press office's release), one record each.

A saved page is its HTML part (the images and style sheets beside it are not text) with the address it was
saved from; its `Date` header is when it was saved, not when it was published, so it is not read. An e-mail
is its HTML part, or its plain-text part when it has none, with its `Subject` as the title and its `Date` as
the time it was sent. Transfer encodings (quoted-printable, base64) and the part's charset are undone here,
so the page reaches the cleaning stages as UTF-8.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from diplograph.doc import RawRecord

MIME_EXT = {".mhtml", ".mht", ".eml"}
# a MIME header block opens the file: `MIME-Version` and a `Content-Type` before the first blank line
MIME_HEADERS = re.compile(rb"\A(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n", re.S)
FILE_FACTOR = 16  # a saved page's file may hold this many times max_document_bytes in images and styles


def is_mime(head: bytes) -> bool:
    """Whether the bytes open with a MIME header block that declares a version and a content type."""
    block = MIME_HEADERS.match(head)
    if block is None:
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in block.group(0).splitlines() if b":" in line}
    return b"mime-version" in names and b"content-type" in names


def read_mime(path: Path, source: str, max_bytes: int) -> RawRecord:
    """The page or message of one MIME file, or an error record saying why there is none."""
    size = path.stat().st_size
    if size > FILE_FACTOR * max_bytes:
        return RawRecord(source, b"", "html", error=f"too large: {size} bytes > limit of {FILE_FACTOR} x "
                                                    f"{max_bytes} for a MIME file (max_document_bytes)")
    with open(path, "rb") as f:
        msg: EmailMessage = BytesParser(policy=policy.default).parse(f)  # type: ignore[assignment]
    saved = "Snapshot-Content-Location" in msg or msg.get_content_type() == "multipart/related"
    part = _first_part(msg, "text/html") or (None if saved else _first_part(msg, "text/plain"))
    if part is None:
        return RawRecord(source, b"", "html", error="no page: the MIME file holds no HTML or text part")
    data = _utf8(part)
    fmt = "html" if part.get_content_type() == "text/html" else "text"
    if len(data) > max_bytes:
        return RawRecord(source, b"", fmt, error=f"too large: the page part has {len(data)} bytes > limit of "
                                                 f"{max_bytes} (max_document_bytes)")
    fields = _saved_fields(msg, part) if saved else _mail_fields(msg)
    return RawRecord(source, data, fmt, fields)


def _first_part(msg: EmailMessage, ctype: str) -> EmailMessage | None:
    """The first leaf part of that type that is not an attachment."""
    for part in msg.walk():
        if part.get_content_type() == ctype and not part.is_attachment():
            return part  # type: ignore[return-value]
    return None


def _utf8(part: EmailMessage) -> bytes:
    """The part's bytes, transfer encoding undone, as UTF-8 when its declared charset reads them; as they are
    otherwise (the decode stage then judges them as it judges any page)."""
    raw = part.get_payload(decode=True)
    data = raw if isinstance(raw, bytes) else b""
    charset = part.get_content_charset()
    if not charset:
        return data
    try:
        return data.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data


def _saved_fields(msg: EmailMessage, part: EmailMessage) -> dict[str, str]:
    """A saved page's address: the snapshot's, else the HTML part's own location."""
    url = str(msg.get("Snapshot-Content-Location") or part.get("Content-Location") or "").strip()
    return {"url": url} if url.startswith(("http://", "https://")) else {}


def _mail_fields(msg: EmailMessage) -> dict[str, str]:
    """An e-mail's subject as its title and the time it was sent, when the header can be read."""
    fields = {"title": str(msg.get("Subject") or "").strip()}
    try:
        sent = parsedate_to_datetime(str(msg.get("Date") or ""))
        fields["published"] = sent.isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return {k: v for k, v in fields.items() if v}
