-- Documents: one row per distinct input record (the id is a hash of its bytes).
CREATE TABLE documents (
    doc_id           TEXT PRIMARY KEY,
    source           TEXT NOT NULL,          -- first source it was ingested from
    format           TEXT NOT NULL,          -- text | html | frontmatter | record | warc-html
    encoding         TEXT,
    raw              TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    offsets          TEXT NOT NULL DEFAULT '[]',  -- JSON [[body_start, body_end, raw_start, raw_end], ...]
    lang             TEXT NOT NULL DEFAULT 'und',
    title            TEXT,
    published        TEXT,
    dateline         TEXT,                   -- JSON or NULL
    meta             TEXT NOT NULL DEFAULT '{}',
    error            TEXT,
    pipeline_version TEXT NOT NULL,
    ingested_at      TEXT NOT NULL
);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_published ON documents(published);

-- Every source a document was seen at (the same bytes may sit in several files).
CREATE TABLE document_sources (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    PRIMARY KEY (doc_id, source)
);
