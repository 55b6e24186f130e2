-- Every content a project uploaded is kept by its hash, for good: a template or form version
-- addresses a recording or picture by `/media/<sha256>`, and uploading a new recording under
-- the same name (the consent read again in French) replaced the only copy, so what earlier
-- respondents heard could no longer be played. `media` now only says which content a name
-- holds now; `media_content` holds every content ever uploaded.
CREATE TABLE media_content (
    project_id    TEXT NOT NULL REFERENCES projects(id),
    sha256        TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    bytes         BLOB NOT NULL,
    stored_at     TEXT NOT NULL,
    PRIMARY KEY (project_id, sha256)
);
CREATE INDEX media_content_by_hash ON media_content(sha256);
INSERT INTO media_content (project_id, sha256, content_type, bytes, stored_at)
SELECT project_id, sha256, content_type, bytes, uploaded_at FROM media WHERE true
ON CONFLICT DO NOTHING;
ALTER TABLE media DROP COLUMN bytes;
