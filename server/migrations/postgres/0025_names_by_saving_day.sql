-- A record's name is now made at the moment the phone saved it (`saved_at`), as the phone
-- named it, where it was made on the day the server received it: a name that reads
-- `today()` or `now()` showed the day of the sync. Every record is named again when the
-- server next starts (names that read no clock come out the same).
INSERT INTO submission_names_stale (submission_id)
SELECT id FROM submissions
WHERE id NOT IN (SELECT submission_id FROM submission_names_stale);
