-- The exact bytes of a source path that is not valid UTF-8 (NULL otherwise). `source` shows such a name
-- readably, its undecodable bytes as \xNN; these bytes find the file again.
ALTER TABLE document_sources ADD COLUMN source_bytes BLOB;
