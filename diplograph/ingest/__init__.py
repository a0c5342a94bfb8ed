"""Readers: the only stage that touches files. Each yields RawRecords, one per article, streaming."""

from diplograph.ingest.walk import iter_records

__all__ = ["iter_records"]
