-- Browsing at scale. The folded headlines and evidence sentences that short text filters scan get a table of
-- their own, so the scan no longer reads every event's record beside them; the counts of every event (facets,
-- timeline weeks, network nodes and links) are stored by browse.refresh, so that the unfiltered pages read a
-- few hundred rows instead of grouping every event; and the oldest-first sort gets its index.

CREATE TABLE browse_text (
    event_id TEXT PRIMARY KEY REFERENCES browse_events(event_id) ON DELETE CASCADE,
    text     TEXT NOT NULL            -- headlines and evidence sentences, folded (case, Traditional→Simplified)
) WITHOUT ROWID;
INSERT INTO browse_text (event_id, text) SELECT event_id, text FROM browse_records;
ALTER TABLE browse_records DROP COLUMN text;

-- of every event: kind (type, status, month, week, side, actor), value, and for people their label and side
CREATE TABLE browse_counts (
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,        -- week '' counts the events without a day
    label       TEXT,
    affiliation TEXT,
    events      INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;

-- of every event: pairs of sides (kind affiliation) or people (actor_id) in the same events, source < target
CREATE TABLE browse_links (
    kind   TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (kind, source, target)
) WITHOUT ROWID;

CREATE INDEX browse_events_oldest ON browse_events(date_key = '', date_key, event_id);

-- the counts are empty until the next refresh (the pages count live until then): make it rebuild
DELETE FROM browse_state WHERE key = 'built_from';
