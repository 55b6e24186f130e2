-- A voice message instead of text (see migrations/sqlite/0021).
CREATE TABLE feedback_voice (
    case_id     TEXT PRIMARY KEY REFERENCES feedback(id),
    media_type  TEXT NOT NULL,
    audio       BYTEA NOT NULL,
    stored_at   TEXT NOT NULL
);
