-- What the web app and API read: one row per real-world event (the merge stage's clusters, merged), so that
-- every list, count, facet, network and timeline counts events, not reports, and filters test the event a
-- row shows. Filled by diplograph.store.browse.refresh after each merge; `browse_state` says from what.

CREATE TABLE browse_events (
    event_id  TEXT PRIMARY KEY,
    date_key  TEXT NOT NULL,          -- the merged date ('' when none): sorting and keyset paging
    date_from TEXT,
    week      TEXT,                   -- Monday of the date's ISO week, for day dates
    month     TEXT,                   -- YYYY-MM of the date
    type      TEXT NOT NULL,
    status    TEXT NOT NULL,
    sources   INTEGER NOT NULL,       -- reporting documents
    outlet    TEXT NOT NULL,          -- the first report's site or agency
    url       TEXT,                   -- the first report's address
    title     TEXT NOT NULL,          -- the first report's headline
    lang      TEXT NOT NULL,
    summary   TEXT NOT NULL           -- `Xi Jinping (CHN) phoned Vladimir Putin (RUS)`
) WITHOUT ROWID;                      -- rows are found by event_id: one b-tree search, not two
CREATE INDEX browse_events_date ON browse_events(date_key, event_id);
CREATE INDEX browse_events_sources ON browse_events(sources, date_key, event_id);
CREATE INDEX browse_events_type ON browse_events(type, date_key);
CREATE INDEX browse_events_status ON browse_events(status, date_key);
CREATE INDEX browse_events_month ON browse_events(month);
CREATE INDEX browse_events_week ON browse_events(week);

-- the large part of each event, apart so that counting and grouping the rows above reads little
CREATE TABLE browse_records (
    event_id TEXT PRIMARY KEY REFERENCES browse_events(event_id) ON DELETE CASCADE,
    text     TEXT NOT NULL,           -- headlines and evidence sentences, folded (case, Traditional→Simplified)
    record   TEXT NOT NULL            -- the event in the export format (JSON)
);

-- the merged participants of each event
CREATE TABLE browse_participants (
    event_id    TEXT NOT NULL REFERENCES browse_events(event_id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    actor_id    TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    label       TEXT NOT NULL,        -- a readable name
    PRIMARY KEY (event_id, seq)
);
CREATE INDEX browse_participants_actor ON browse_participants(actor_id, event_id);
CREATE INDEX browse_participants_side ON browse_participants(affiliation, event_id);
CREATE INDEX browse_participants_event ON browse_participants(event_id, affiliation, actor_id, label);

CREATE TABLE browse_topics (
    event_id TEXT NOT NULL REFERENCES browse_events(event_id) ON DELETE CASCADE,
    topic    TEXT NOT NULL,
    PRIMARY KEY (topic, event_id)
);

-- the documents reporting each event
CREATE TABLE browse_sources (
    event_id TEXT NOT NULL REFERENCES browse_events(event_id) ON DELETE CASCADE,
    doc_id   TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX browse_sources_event ON browse_sources(event_id);

-- one row per person or side: names per script, offices, events
CREATE TABLE browse_actors (
    actor_id    TEXT PRIMARY KEY,
    affiliation TEXT NOT NULL,
    wikidata    TEXT,
    wikidata_by TEXT,                 -- by_name or by_office_on_date (migration 0008)
    label       TEXT NOT NULL,
    names       TEXT NOT NULL,        -- JSON {script: [names]}
    offices     TEXT NOT NULL,        -- JSON [office], commonest first
    events      INTEGER NOT NULL
);
CREATE INDEX browse_actors_events ON browse_actors(events DESC, actor_id);
CREATE INDEX browse_actors_side ON browse_actors(affiliation, events DESC);

-- every name, id and Wikidata id of a person, folded: the actor filter matches the person, not a substring
CREATE TABLE browse_names (
    folded   TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (folded, actor_id)
);

CREATE TABLE browse_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- the search index now holds folded text (case, Traditional→Simplified), so it is rebuilt
DELETE FROM documents_fts;
DELETE FROM search_state;
CREATE INDEX search_state_rowid ON search_state(fts_rowid);
