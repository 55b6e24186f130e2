-- A tombstone no longer keeps the hash of the respondent's second factor: it was keyed
-- with a secret held in this same database, so the four digits (often a year of birth)
-- could be recovered from it after the record itself was deleted.
UPDATE tombstones SET access_hash = NULL;
