-- Community accountability (see migrations/sqlite/0019): the monitor role, published
-- actions and the cases they answer, when a phone recorded a piece of feedback.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('admin', 'steward', 'reviewer', 'enumerator', 'partner', 'monitor'));
ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
ALTER TABLE memberships ADD CONSTRAINT memberships_role_check
    CHECK (role IN ('admin', 'steward', 'reviewer', 'enumerator', 'partner', 'monitor'));

ALTER TABLE feedback ADD COLUMN recorded_at TEXT;

CREATE TABLE dashboard_actions (
    id            TEXT PRIMARY KEY,
    project_id    TEXT NOT NULL REFERENCES projects(id),
    done_on       TEXT NOT NULL,
    texts         TEXT NOT NULL,
    categories    TEXT NOT NULL,
    published_by  TEXT NOT NULL,
    published_at  TEXT NOT NULL
);
CREATE INDEX dashboard_actions_by_project ON dashboard_actions (project_id, done_on);
CREATE TABLE dashboard_action_cases (
    action_id  TEXT NOT NULL REFERENCES dashboard_actions(id) ON DELETE CASCADE,
    case_id    TEXT NOT NULL REFERENCES feedback(id),
    PRIMARY KEY (action_id, case_id)
);
