-- What the web app and API filter on, kept in step with the frames as they are written.

-- Topics of an event (filled by the statements stage; an empty list until then).
ALTER TABLE events ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';

-- One row per participant of a frame, so that events can be filtered by side or person with an index.
CREATE TABLE event_participants (
    frame_id    TEXT NOT NULL REFERENCES events(frame_id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,           -- order within the frame
    actor_id    TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    name        TEXT NOT NULL,              -- JSON {script: name}
    office      TEXT NOT NULL,
    initiator   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (frame_id, seq)
);
CREATE INDEX event_participants_actor ON event_participants(actor_id);
CREATE INDEX event_participants_affiliation ON event_participants(affiliation);

INSERT INTO event_participants (frame_id, seq, actor_id, affiliation, name, office, initiator)
SELECT e.frame_id, p.key, json_extract(p.value, '$.affiliation') || ':' ||
       coalesce((SELECT n.value FROM json_each(json_extract(p.value, '$.name')) n LIMIT 1), ''),
       json_extract(p.value, '$.affiliation'), json_extract(p.value, '$.name'),
       coalesce(json_extract(p.value, '$.office'), 'other'), coalesce(json_extract(p.value, '$.initiator'), 0)
FROM events e, json_each(e.participants) p;

-- Full-text search over titles and bodies. Trigrams work for Chinese, which has no spaces between words;
-- queries shorter than three characters fall back to LIKE. Indexing costs about as much as the rest of
-- ingest, so it is not done on write: Database.refresh_search_index brings it up to date (serve calls it),
-- and search_state says which version of each document the index holds.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize='trigram');
CREATE TABLE search_state (
    doc_id           TEXT PRIMARY KEY,
    fts_rowid        INTEGER NOT NULL,
    pipeline_version TEXT NOT NULL
);
