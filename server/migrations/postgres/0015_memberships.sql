-- Roles per project (issue 20): a person can be steward in one project and reviewer in
-- another. An account (users: username, password, disabled) is one person on the whole
-- server; what they may do is a membership, one per project. Every existing user becomes
-- a member of their project with their role. users.project_id and users.role stay as the
-- project and role the account was created with (nothing checks them any more).
CREATE TABLE memberships (
    user_id       BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    project_id    TEXT NOT NULL REFERENCES projects(id),
    role          TEXT NOT NULL CHECK (role IN ('admin', 'steward', 'reviewer', 'enumerator', 'partner')),
    created_at    TEXT NOT NULL,
    -- When a session last chose this project: signing in acts in the most recent one.
    last_used_at  TEXT,
    PRIMARY KEY (user_id, project_id)
);
CREATE INDEX memberships_by_project ON memberships(project_id, role);
INSERT INTO memberships (user_id, project_id, role, created_at)
    SELECT id, project_id, role, created_at FROM users;

-- A session acts in one project at a time (POST /auth/project switches); its role there
-- is read from the membership on every request, so a changed or removed membership takes
-- effect at once.
ALTER TABLE sessions ADD COLUMN project_id TEXT REFERENCES projects(id);
UPDATE sessions SET project_id = (SELECT project_id FROM users WHERE users.id = sessions.user_id);

-- A phone works for one project: the one its enumerator enrolled it in.
ALTER TABLE devices ADD COLUMN project_id TEXT REFERENCES projects(id);
UPDATE devices SET project_id = (SELECT project_id FROM users WHERE users.id = devices.user_id);

-- An archived project takes no new records or phones; its data stays and can be exported.
ALTER TABLE projects ADD COLUMN archived_at TEXT;
