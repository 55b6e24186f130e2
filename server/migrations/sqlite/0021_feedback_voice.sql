-- A voice message instead of text (issue 23): the recording a person made on the community
-- page, kept with its case under the category's retention (erased with the case's other
-- details), played only by the staff who may see the case, never exported.
CREATE TABLE feedback_voice (
    case_id     TEXT PRIMARY KEY REFERENCES feedback(id),
    media_type  TEXT NOT NULL,
    audio       BLOB NOT NULL,
    stored_at   TEXT NOT NULL
);
