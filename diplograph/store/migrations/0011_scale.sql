-- Merge at scale: sketches computed at ingest (packed 63-bit xxh3 values, 8 bytes each, replacing the JSON
-- lists of blake2b values, which the merge recomputes for documents stored before), the values that index a
-- document for near-duplicate candidates, which documents the merge has taken in, and per date window the
-- signature of its input and its clusters, so that a merge re-clusters only the windows that changed.
DELETE FROM document_sketches;

CREATE TABLE sketch_keys (
    key    INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    PRIMARY KEY (key, doc_id)
) WITHOUT ROWID;
CREATE INDEX sketch_keys_doc ON sketch_keys(doc_id);

-- documents whose current version the last merge took in
CREATE TABLE merge_docs (
    doc_id           TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    pipeline_version TEXT NOT NULL
);

-- one row per date window (a month, or ~ + a copy group for undated frames): what its input hashed to
CREATE TABLE merge_windows (
    window    TEXT PRIMARY KEY,
    signature TEXT NOT NULL
);

-- each frame's event inside its window, before the events across a window edge are joined
CREATE TABLE window_clusters (
    frame_id TEXT PRIMARY KEY,
    window   TEXT NOT NULL,
    event_id TEXT NOT NULL
);
CREATE INDEX window_clusters_window ON window_clusters(window);
