-- A steward's corrections to a submission's answers. The previous answers are kept, so
-- nothing a respondent said is lost and every change can be shown and undone.
ALTER TABLE submissions ADD COLUMN edited_at TEXT;

CREATE TABLE submission_edits (
    id                INTEGER PRIMARY KEY,
    submission_id     TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    edited_by         INTEGER NOT NULL REFERENCES users(id),
    edited_at         TEXT NOT NULL,
    previous_answers  TEXT NOT NULL,
    comment           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX submission_edits_by_submission ON submission_edits(submission_id);
