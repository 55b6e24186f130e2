-- Community accountability (issue 23, second part): the community monitor's read-only
-- role, the "we did" actions staff publish on the dashboard (with the cases they answer,
-- counted there, never shown), and when a phone recorded a piece of feedback.
--
-- The role CHECKs widen as in 0005: SQLite cannot alter a constraint, so the constraint
-- text is widened in the schema itself; every stored row satisfies the wider check.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (role IN (''admin'', ''steward'', ''reviewer'', ''enumerator'', ''partner''))',
                     'CHECK (role IN (''admin'', ''steward'', ''reviewer'', ''enumerator'', ''partner'', ''monitor''))')
 WHERE type = 'table' AND name IN ('users', 'memberships');
PRAGMA writable_schema = OFF;

-- The phone's clock when the enumerator recorded it (RFC 3339); NULL for the web.
ALTER TABLE feedback ADD COLUMN recorded_at TEXT;

-- An action published in response ("we did"): its words per language as JSON
-- ({"en": {"title": …, "text": …}}), the day it was done, the feedback categories it
-- answers (JSON array of ids).
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
-- The cases an action answers: the dashboard shows how many, never which.
CREATE TABLE dashboard_action_cases (
    action_id  TEXT NOT NULL REFERENCES dashboard_actions(id) ON DELETE CASCADE,
    case_id    TEXT NOT NULL REFERENCES feedback(id),
    PRIMARY KEY (action_id, case_id)
);
