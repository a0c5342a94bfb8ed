"""The decode stage: a record's bytes to text (`diplograph.ingest.decoding` says how)."""

from __future__ import annotations

from diplograph.doc import Document
from diplograph.ingest.decoding import NotText, decode_bytes
from diplograph.registry import component


@component("decode", requires=("data",), assigns=("raw",))
def make_decode(**_):
    """Decode the record's bytes into `raw`."""

    def decode(doc: Document) -> Document:
        try:
            dec = decode_bytes(doc.data)
        except NotText as exc:
            doc.error = str(exc)
            return doc
        doc.raw, doc.encoding = dec.text, dec.encoding
        if not doc.raw.strip():
            doc.error = "empty: the file holds no text"
        return doc

    return decode
