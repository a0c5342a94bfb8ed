"""Merge stage: one identity per person, one event across documents, near-duplicate documents."""
