-- What each event's browse rows were built from, so that a refresh rebuilds only the events whose frames
-- changed (adding 100 documents to 10,000 changed 88 events: 0.8 s of CPU instead of 3.4): the signature of its
-- frames, and what the event tells of each person, from which the people (browse_actors) are recomputed
-- without reading any frame again.
CREATE TABLE browse_built (
    event_id  TEXT PRIMARY KEY REFERENCES browse_events(event_id) ON DELETE CASCADE,
    signature TEXT NOT NULL,          -- of its frames: ids, documents' pipeline version, fields, participants
    people    TEXT NOT NULL           -- JSON: what the event adds to each person, in order (browse.py)
) WITHOUT ROWID;

-- an event's rows are deleted by event_id (ON DELETE CASCADE): topics need that index
CREATE INDEX browse_topics_event ON browse_topics(event_id);

-- the events built so far have no signature: the next refresh rebuilds them all
DELETE FROM browse_state WHERE key = 'built_from';
