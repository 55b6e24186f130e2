-- The review desk's search at 100,000 records (issue 20).
--
-- A record's name as its form makes it from the stored answers (`instance_name`), lower-
-- cased, for the steward's search by name: derived from answers the server already keeps,
-- so it holds nothing new. Only a view that shows the name unchanged searches it (desk.rs);
-- it goes with the record (cascade), and every write of the answers (ingest, correction,
-- scrubbing at purge or withdrawal) deletes it in the same transaction and marks the
-- record in `submission_names_stale`, from which the server makes it again.
CREATE TABLE submission_names (
    submission_id  TEXT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
    project_id     TEXT NOT NULL,
    name           TEXT NOT NULL
);
CREATE INDEX submission_names_by_project ON submission_names(project_id, name, submission_id);
CREATE TABLE submission_names_stale (
    submission_id  TEXT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE
);
-- Every record stored before this migration is named by the server when it next starts.
INSERT INTO submission_names_stale (submission_id) SELECT id FROM submissions;
