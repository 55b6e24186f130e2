-- Sauti schema, version 1. Migrations are append-only: never edit a released file.

CREATE TABLE projects (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    project_id     TEXT NOT NULL REFERENCES projects(id),
    username       TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('admin', 'steward', 'enumerator')),
    created_at     TEXT NOT NULL
);

-- Browser sessions of stewards and admins; only a hash of the cookie value is kept.
CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at  INTEGER NOT NULL
);

-- Enrolled phones; the token lives in the phone's vault, only its hash here.
CREATE TABLE devices (
    id            TEXT PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id),
    token_hash    TEXT NOT NULL UNIQUE,
    label         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    INTEGER NOT NULL,
    revoked_at    TEXT,
    last_sync_at  TEXT
);

CREATE TABLE forms (
    project_id  TEXT NOT NULL REFERENCES projects(id),
    form_id     TEXT NOT NULL,
    version     TEXT NOT NULL,
    definition  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (form_id, version)
);

CREATE TABLE consent_templates (
    project_id   TEXT NOT NULL REFERENCES projects(id),
    template_id  TEXT NOT NULL,
    version      INTEGER NOT NULL,
    definition   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (template_id, version)
);

CREATE TABLE submissions (
    id             TEXT PRIMARY KEY,
    project_id     TEXT NOT NULL REFERENCES projects(id),
    form_id        TEXT NOT NULL,
    form_version   TEXT NOT NULL,
    device_id      TEXT NOT NULL REFERENCES devices(id),
    enumerator_id  INTEGER NOT NULL REFERENCES users(id),
    received_at    TEXT NOT NULL,
    saved_at       TEXT NOT NULL,
    receipt        TEXT NOT NULL UNIQUE,
    consent        TEXT NOT NULL,
    refused        INTEGER NOT NULL,
    answers        TEXT NOT NULL,
    review_state   TEXT NOT NULL DEFAULT 'received'
                   CHECK (review_state IN ('received', 'approved', 'rejected')),
    reviewed_by    INTEGER REFERENCES users(id),
    reviewed_at    TEXT,
    FOREIGN KEY (form_id, form_version) REFERENCES forms(form_id, version)
);
CREATE INDEX submissions_by_state ON submissions(project_id, review_state);

-- The purposes each respondent accepted: exports filter on these.
CREATE TABLE submission_purposes (
    submission_id  TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    purpose        TEXT NOT NULL,
    PRIMARY KEY (submission_id, purpose)
);

-- Who did what; hash chaining arrives with the governance work.
CREATE TABLE audit_events (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    subject  TEXT NOT NULL
);
