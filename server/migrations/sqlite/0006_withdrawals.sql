-- Community review and withdrawal (issue 4). The second factor a respondent chose at
-- consent time is kept only as a keyed hash (HMAC-SHA256 under the project's secret, of
-- the receipt and the digits); a tombstone keeps it too, so a respondent can still see
-- that their withdrawal took effect.
ALTER TABLE submissions ADD COLUMN access_hash TEXT;
ALTER TABLE tombstones ADD COLUMN access_hash TEXT;
CREATE INDEX tombstones_by_receipt ON tombstones(receipt);

-- Every withdrawal, one row per purpose (purpose NULL: everything), by whom it was
-- recorded (the respondent on the review page, or an enumerator in the field). With the
-- export ledger it makes the withdrawal notice: who received what must now be deleted.
CREATE TABLE withdrawals (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     TEXT NOT NULL REFERENCES projects(id),
    submission_id  TEXT NOT NULL,
    receipt        TEXT NOT NULL,
    purpose        TEXT,
    via            TEXT NOT NULL CHECK (via IN ('community', 'field')),
    at             TEXT NOT NULL
);
CREATE INDEX withdrawals_by_project ON withdrawals(project_id, at);
