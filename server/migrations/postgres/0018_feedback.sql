-- Feedback and complaints (issue 23): sent on the community page or recorded by an
-- enumerator; followed by the person with a tracking code; handled by staff, sensitive
-- categories only by the policy's focal points. Every step is also in the audit chain.
CREATE TABLE feedback (
    id              TEXT PRIMARY KEY,
    project_id      TEXT NOT NULL REFERENCES projects(id),
    tracking        TEXT NOT NULL UNIQUE,
    category        TEXT NOT NULL,
    sensitive       BIGINT NOT NULL,
    message         TEXT NOT NULL,
    contact         TEXT,
    language        TEXT NOT NULL,
    channel         TEXT NOT NULL,
    status          TEXT NOT NULL,
    assigned_to     TEXT,
    filed_at        TEXT NOT NULL,
    acknowledged_at TEXT,
    answer          TEXT,
    answered_at     TEXT,
    resolution      TEXT,
    closed_at       TEXT,
    -- When the details (message, contact, answer, resolution) were erased under the
    -- category's retention; the case's dates and category stay for the figures.
    erased_at       TEXT
);
CREATE INDEX feedback_by_project ON feedback (project_id, filed_at);
