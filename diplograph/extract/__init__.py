"""Extraction: spans over the body that later stages turn into events (dates so far)."""
