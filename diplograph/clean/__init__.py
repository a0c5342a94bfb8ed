"""Cleaning: bytes to text, markup to lines, repairs, boilerplate removal, metadata, language."""
