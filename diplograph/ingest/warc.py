"""WARC and WARC.gz archives, streamed record by record with warcio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from diplograph.doc import RawRecord


def _missing(stream: Any) -> int:
    """Bytes of the record that its declared length promises but the archive does not hold (0: it is
    whole). The rest is read first, as the content decoder may stop before the record's end."""
    while stream.read(1 << 16):
        pass
    return getattr(stream, "limit", 0)


def read_warc(path: Path, source: str, max_bytes: int) -> Iterator[RawRecord]:
    """HTML response (and resource) records; N in `path#N` counts every record of the file. An archive
    without any HTML page is one error record, never nothing."""
    n = pages = 0
    with open(path, "rb") as f:
        try:
            for n, rec in enumerate(ArchiveIterator(f), 1):
                page = _page(rec, f"{source}#{n}", max_bytes)
                if page is not None:
                    pages += 1
                    yield page
        except Exception as exc:  # a damaged archive keeps what was read before the damage
            yield RawRecord(f"{source}#damaged", b"", "warc-html", error=f"archive unreadable after this point: {exc}")
            return
    if not pages:
        yield RawRecord(source, b"", "warc-html", error=f"no HTML page: none of the archive's {n} records is an "
                                                         "HTML response")


def _page(rec: Any, source: str, max_bytes: int) -> RawRecord | None:
    """The record as a page, None when it is not an HTML response; a record too large or cut short by the
    end of the archive is an error record without its bytes."""
    if rec.rec_type not in ("response", "resource"):
        return None
    if rec.rec_type == "response" and rec.http_headers is not None:
        ctype = rec.http_headers.get_header("Content-Type") or ""
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI") or ""
    date = rec.rec_headers.get_header("WARC-Date") or ""
    data = rec.content_stream().read(max_bytes + 1)
    fields = {"url": url, "_key": (url + date).encode() + data[:65536]}
    if len(data) > max_bytes:
        return RawRecord(source, b"", "warc-html", fields, error=f"too large: record over {max_bytes} bytes")
    missing = _missing(rec.raw_stream)
    if missing:
        return RawRecord(source, b"", "warc-html", fields,
                         error=f"truncated: the archive ends {missing} bytes before this record does")
    return RawRecord(source, data, "warc-html", fields)
