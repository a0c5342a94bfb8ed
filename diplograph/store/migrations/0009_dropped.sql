-- Why an event is missing: every frame the event extractor considered and left out, with its reason
-- (background, hypothetical, invitation, same side, in speech, commentary, unnamed in body…), the trigger's
-- span and the sentence. Replaced with the document's frames. And how specific each frame's date is
-- (extract/event_date.py RANKS): the merged event takes the date of its most specific report.
ALTER TABLE events ADD COLUMN date_rank INTEGER NOT NULL DEFAULT 0;
CREATE TABLE dropped_frames (
    doc_id   TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    reason   TEXT NOT NULL,
    type     TEXT,
    trigger  TEXT NOT NULL DEFAULT '{}',   -- JSON span: field (title | body), start, end
    evidence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX dropped_frames_reason ON dropped_frames(reason)
