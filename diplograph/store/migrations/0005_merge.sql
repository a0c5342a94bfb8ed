-- The merge stage's results: one real-world event per cluster of frames, near-duplicate documents, and
-- participants resolved to one identity (a Wikidata id where the leaders gazetteer knows the person).

-- frame -> the event it is one report of (the event id is its first frame's id)
CREATE TABLE event_clusters (
    frame_id TEXT PRIMARY KEY REFERENCES events(frame_id) ON DELETE CASCADE,
    event_id TEXT NOT NULL
);
CREATE INDEX event_clusters_event ON event_clusters(event_id);

-- MinHash sketch of each document's body, kept so that a re-run only sketches new documents
CREATE TABLE document_sketches (
    doc_id           TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    pipeline_version TEXT NOT NULL,
    sketch           TEXT NOT NULL            -- JSON list of integers
);

-- near-duplicate pairs (doc_id < other_id) with their estimated Jaccard similarity
CREATE TABLE document_links (
    doc_id     TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    other_id   TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    PRIMARY KEY (doc_id, other_id)
);

-- names a person was seen under, with the event that showed they are one person
CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL,
    name     TEXT NOT NULL,
    script   TEXT NOT NULL,
    evidence TEXT NOT NULL,                  -- gazetteer | event:<event_id> | name
    PRIMARY KEY (actor_id, name, script)
);

ALTER TABLE event_participants ADD COLUMN wikidata TEXT;
