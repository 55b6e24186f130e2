-- Recordings a project uploads for respondents who do not read (the consent text read
-- aloud, per language). Served by the hash of their content, so an address never
-- changes meaning and phones may cache it for ever.
CREATE TABLE media (
    project_id    TEXT NOT NULL REFERENCES projects(id),
    name          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    bytes         BLOB NOT NULL,
    uploaded_at   TEXT NOT NULL,
    PRIMARY KEY (project_id, name)
);
CREATE INDEX media_by_hash ON media(sha256);
