-- Spans over the body by label (date, ...): JSON {label: [[start, end, {attrs}], ...]}.
ALTER TABLE documents ADD COLUMN spans TEXT NOT NULL DEFAULT '{}';
