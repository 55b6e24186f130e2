-- Form and consent template ids belong to their project: two organisations may both call
-- their form `household` version `1` (issue 17: ids were unique across the whole server,
-- so one project's upload could be refused, or checked, against another's).
--
-- SQLite cannot change a primary key in place: the tables are rebuilt (SQLite's documented
-- twelve-step procedure). `Db::open` runs migrations on a connection with foreign keys off,
-- so dropping `submissions` cascades to nothing, and checks every key before serving.

CREATE TABLE forms_new (
    project_id  TEXT NOT NULL REFERENCES projects(id),
    form_id     TEXT NOT NULL,
    version     TEXT NOT NULL,
    definition  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    seq         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, form_id, version)
);
INSERT INTO forms_new (project_id, form_id, version, definition, created_at, seq)
    SELECT project_id, form_id, version, definition, created_at, seq FROM forms;
DROP TABLE forms;
ALTER TABLE forms_new RENAME TO forms;

CREATE TABLE consent_templates_new (
    project_id   TEXT NOT NULL REFERENCES projects(id),
    template_id  TEXT NOT NULL,
    version      INTEGER NOT NULL,
    definition   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (project_id, template_id, version)
);
INSERT INTO consent_templates_new (project_id, template_id, version, definition, created_at)
    SELECT project_id, template_id, version, definition, created_at FROM consent_templates;
DROP TABLE consent_templates;
ALTER TABLE consent_templates_new RENAME TO consent_templates;

CREATE TABLE submissions_new (
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
                   CHECK (review_state IN ('received', 'has_issues', 'edited', 'approved', 'rejected')),
    reviewed_by    INTEGER REFERENCES users(id),
    reviewed_at    TEXT,
    edited_at      TEXT,
    access_hash    TEXT,
    template_id    TEXT,
    template_version INTEGER,
    FOREIGN KEY (project_id, form_id, form_version) REFERENCES forms(project_id, form_id, version)
);
INSERT INTO submissions_new (id, project_id, form_id, form_version, device_id, enumerator_id,
        received_at, saved_at, receipt, consent, refused, answers, review_state, reviewed_by,
        reviewed_at, edited_at, access_hash, template_id, template_version)
    SELECT id, project_id, form_id, form_version, device_id, enumerator_id,
        received_at, saved_at, receipt, consent, refused, answers, review_state, reviewed_by,
        reviewed_at, edited_at, access_hash, template_id, template_version FROM submissions;
DROP TABLE submissions;
ALTER TABLE submissions_new RENAME TO submissions;
CREATE INDEX submissions_by_state ON submissions(project_id, review_state);
CREATE INDEX submissions_sent_back ON submissions(enumerator_id) WHERE review_state = 'has_issues';
CREATE INDEX submissions_by_template ON submissions(project_id, template_id, template_version);
