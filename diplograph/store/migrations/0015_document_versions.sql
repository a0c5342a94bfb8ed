-- The merge and the browse refresh ask, for every document, only its id and pipeline version (what is pending,
-- what is stale in the search index, which sketch is current) and the newest ingest time. Read from the
-- documents table, each answer walked the row's chain of overflow pages past its raw text and body, so these
-- checks read the whole file on every merge. These indexes answer them without touching the rows.
CREATE INDEX documents_version ON documents(doc_id, pipeline_version);
CREATE INDEX documents_ingested ON documents(ingested_at);
