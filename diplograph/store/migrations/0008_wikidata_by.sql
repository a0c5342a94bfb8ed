-- Why a participant was given its Wikidata id: by_name (the gazetteer knows the printed name) or
-- by_office_on_date (the holder of the printed office on the event's day, whose name agrees). NULL: no id.
ALTER TABLE event_participants ADD COLUMN wikidata_by TEXT;
