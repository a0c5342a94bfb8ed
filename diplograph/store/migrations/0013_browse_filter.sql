-- Every column an event filter tests or a count groups by, and no more: evaluating a filter reads these short
-- rows instead of whole events (title, summary, address...); one side's 5,300 events are chosen in about
-- three quarters of the time, a type or a month in a fifth (store.selection names this index).
CREATE INDEX browse_events_filter ON browse_events(event_id, date_key, type, status, month, week);
