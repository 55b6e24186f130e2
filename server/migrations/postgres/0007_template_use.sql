-- The consent template version each record was given under, as columns: a version any
-- record used can no longer change (a changed text must become a new version).
ALTER TABLE submissions ADD COLUMN template_id TEXT;
ALTER TABLE submissions ADD COLUMN template_version BIGINT;
UPDATE submissions SET template_id = consent::jsonb->>'template_id',
                       template_version = (consent::jsonb->>'template_version')::bigint;
CREATE INDEX submissions_by_template ON submissions(template_id, template_version);
