-- What each side said and promised: statements (speaker by participant position, verbatim span), the cue
-- words behind each topic, and commitments (type, by, to, amount, currency, verbatim text).
ALTER TABLE events ADD COLUMN statements TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN topic_cues TEXT NOT NULL DEFAULT '{}';
ALTER TABLE events ADD COLUMN commitments TEXT NOT NULL DEFAULT '[]';
