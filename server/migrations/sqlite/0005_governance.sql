-- Governance (issue 5): reviewer and partner roles, review states with comments, the
-- project policy's versions, the export ledger, tombstones, and an explicit order for
-- form versions.
--
-- Two CHECK constraints widen (new roles, new review states). SQLite cannot alter a
-- constraint and this migration runs inside a transaction, where foreign keys cannot be
-- turned off for a table rebuild; so the constraint text is widened in the schema itself,
-- the procedure SQLite documents for changes that leave stored rows valid
-- (https://sqlite.org/lang_altertable.html, "making other kinds of table schema changes").
-- Every existing row satisfies the wider check. `Db::open` reconnects after migrating so
-- every connection reads the new schema.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (role IN (''admin'', ''steward'', ''enumerator''))',
                     'CHECK (role IN (''admin'', ''steward'', ''reviewer'', ''enumerator'', ''partner''))')
 WHERE type = 'table' AND name = 'users';
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (review_state IN (''received'', ''approved'', ''rejected''))',
                     'CHECK (review_state IN (''received'', ''has_issues'', ''edited'', ''approved'', ''rejected''))')
 WHERE type = 'table' AND name = 'submissions';
PRAGMA writable_schema = OFF;
-- Only records sent back are looked up by enumerator (their phones list them): a partial
-- index costs nothing when records arrive.
CREATE INDEX submissions_sent_back ON submissions(enumerator_id) WHERE review_state = 'has_issues';

-- Form versions in the order they were imported (the newest is what phones get).
ALTER TABLE forms ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE forms SET seq = rowid;

-- A reviewer's or steward's word on a submission: the state it moved to, and why.
CREATE TABLE review_comments (
    id             INTEGER PRIMARY KEY,
    submission_id  TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    author_id      INTEGER NOT NULL REFERENCES users(id),
    at             TEXT NOT NULL,
    review_state   TEXT NOT NULL,
    comment        TEXT NOT NULL
);
CREATE INDEX review_comments_by_submission ON review_comments(submission_id);

-- Every version of each project's data-governance policy, as written (TOML).
CREATE TABLE policies (
    project_id  TEXT NOT NULL REFERENCES projects(id),
    version     INTEGER NOT NULL,
    source      TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    PRIMARY KEY (project_id, version)
);

-- Which records went out in which export, to whom: a later withdrawal can be notified.
-- Submission ids are kept as text, without a foreign key, so the ledger outlives a purge.
CREATE TABLE export_ledger (
    id              INTEGER PRIMARY KEY,
    project_id      TEXT NOT NULL REFERENCES projects(id),
    profile         TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    format          TEXT NOT NULL,
    policy_version  INTEGER NOT NULL,
    actor           TEXT NOT NULL,
    at              TEXT NOT NULL,
    records         INTEGER NOT NULL DEFAULT 0,
    suppressed      INTEGER NOT NULL DEFAULT 0
);
-- WITHOUT ROWID: the rows are their key, kept in one b-tree (an export of a million
-- records writes a million of them).
CREATE TABLE export_records (
    export_id      INTEGER NOT NULL REFERENCES export_ledger(id) ON DELETE CASCADE,
    submission_id  TEXT NOT NULL,
    PRIMARY KEY (export_id, submission_id)
) WITHOUT ROWID;
CREATE INDEX export_records_by_submission ON export_records(submission_id);

-- What is left of a purged record: its id, receipt, why and when. No answers.
CREATE TABLE tombstones (
    submission_id  TEXT PRIMARY KEY,
    project_id     TEXT NOT NULL REFERENCES projects(id),
    receipt        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    at             TEXT NOT NULL
);

-- The per-project secret of keyed-hash pseudonyms (HMAC-SHA256). Generated on first use;
-- whoever receives an export cannot reverse a pseudonym without it.
CREATE TABLE project_keys (
    project_id     TEXT PRIMARY KEY REFERENCES projects(id),
    pseudonym_key  TEXT NOT NULL
);
