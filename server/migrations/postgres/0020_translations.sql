-- Translation in the browser (see migrations/sqlite/0020): the translator role, and the
-- translators' saved work per form and language until a steward or admin publishes it.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('translator', 'admin', 'steward', 'reviewer', 'enumerator', 'partner', 'monitor'));
ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
ALTER TABLE memberships ADD CONSTRAINT memberships_role_check
    CHECK (role IN ('translator', 'admin', 'steward', 'reviewer', 'enumerator', 'partner', 'monitor'));

CREATE TABLE translations (
    project_id    TEXT NOT NULL REFERENCES projects(id),
    form_id       TEXT NOT NULL,
    lang          TEXT NOT NULL,
    name          TEXT NOT NULL,
    texts         TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('machine', 'draft', 'reviewed')),
    saved_by      TEXT NOT NULL,
    saved_at      TEXT NOT NULL,
    reviewed_by   TEXT,
    published_at  TEXT,
    PRIMARY KEY (project_id, form_id, lang)
);
