-- Translation in the browser (issue 24): the translator role, and the translators' saved
-- work per form and language until a steward or admin publishes it as new versions.
--
-- The role CHECKs widen as in 0005 (SQLite cannot alter a constraint; the constraint text
-- is widened in the schema itself, and every stored row satisfies the wider check). The
-- new role is put first in the list, so this holds whatever roles later lists carry.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (role IN (''admin'', ', 'CHECK (role IN (''translator'', ''admin'', ')
 WHERE type = 'table' AND name IN ('users', 'memberships');
PRAGMA writable_schema = OFF;

-- One language of one form: the target texts by key (JSON object, see forms::translation),
-- the language's name, where the work stands and who reviewed it. `published_at` is NULL
-- while saved work waits for a steward or admin to publish it.
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
