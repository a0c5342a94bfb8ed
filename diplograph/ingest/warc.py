"""WARC and WARC.gz archives, streamed record by record with warcio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from diplograph.doc import RawRecord


def read_warc(path: Path, source: str, max_bytes: int) -> Iterator[RawRecord]:
    """HTML response (and resource) records; N in `path#N` counts every record of the file."""
    with open(path, "rb") as f:
        try:
            for n, rec in enumerate(ArchiveIterator(f), 1):
                if rec.rec_type not in ("response", "resource"):
                    continue
                if rec.rec_type == "response" and rec.http_headers is not None:
                    ctype = rec.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = rec.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                date = rec.rec_headers.get_header("WARC-Date") or ""
                data = rec.content_stream().read(max_bytes + 1)
                fields = {"url": url, "_key": (url + date).encode() + data[:65536]}
                if len(data) > max_bytes:
                    yield RawRecord(f"{source}#{n}", b"", "warc-html", fields,
                                    error=f"too large: record over {max_bytes} bytes")
                    continue
                yield RawRecord(f"{source}#{n}", data, "warc-html", fields)
        except Exception as exc:  # a damaged archive keeps what was read before the damage
            yield RawRecord(f"{source}#damaged", b"", "warc-html", error=f"archive unreadable after this point: {exc}")
