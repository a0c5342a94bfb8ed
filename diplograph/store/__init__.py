"""SQLite storage: a versioned schema, one writer, reading connections with a time limit."""

from diplograph.store.db import Database

__all__ = ["Database"]
