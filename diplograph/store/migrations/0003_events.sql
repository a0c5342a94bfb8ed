-- Event frames found in each document. One row per frame; a document's frames are replaced together.
-- participants and spans are JSON: every field keeps the document id (doc_id) and its character span.
CREATE TABLE events (
    frame_id     TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,          -- order within the document
    type         TEXT NOT NULL,
    status       TEXT NOT NULL,
    date         TEXT,
    date_from    TEXT NOT NULL,             -- text | lead | published (a fallback, not read in the text)
    participants TEXT NOT NULL DEFAULT '[]',
    codes        TEXT NOT NULL DEFAULT '{}',
    spans        TEXT NOT NULL DEFAULT '{}',
    evidence     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_date ON events(date)
