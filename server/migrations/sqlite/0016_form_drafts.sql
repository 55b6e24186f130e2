-- Forms are drafted, then published (issue 20): an upload is kept as a draft with what the
-- import warned about, the files it still reads that are not attached (`missing`, with the
-- uploaded workbook in `source` to import again when they arrive), who uploaded it, and
-- whether it is to be published by itself once complete (`POST /forms?publish=true`).
-- Phones and ingest see published versions only; `published_seq` orders them by when they
-- were published. Every version stored before this migration was published at upload.
ALTER TABLE forms ADD COLUMN state TEXT NOT NULL DEFAULT 'published'
    CHECK (state IN ('draft', 'published'));
ALTER TABLE forms ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE forms ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
ALTER TABLE forms ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
ALTER TABLE forms ADD COLUMN missing TEXT NOT NULL DEFAULT '[]';
ALTER TABLE forms ADD COLUMN source BLOB;
ALTER TABLE forms ADD COLUMN publish_when_complete INTEGER NOT NULL DEFAULT 0;
ALTER TABLE forms ADD COLUMN published_at TEXT;
ALTER TABLE forms ADD COLUMN published_by TEXT;
ALTER TABLE forms ADD COLUMN published_seq INTEGER;
UPDATE forms SET published_at = created_at, published_seq = seq;
CREATE INDEX forms_published ON forms(project_id, state, published_seq);
-- An upload whose files are missing and that cannot be read without them still waits here;
-- once complete it becomes a draft, or is published if it was uploaded to be (as every
-- upload was before this migration).
ALTER TABLE forms_waiting ADD COLUMN publish_when_complete INTEGER NOT NULL DEFAULT 1;
