"""Exports in the exchange format of shared/eval/SCHEMA.md: JSON Lines, CSV or Parquet."""

from diplograph.export.writer import FORMATS, document_record, export

__all__ = ["FORMATS", "document_record", "export"]
