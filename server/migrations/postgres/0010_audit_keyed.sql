-- The audit chain sealed with a secret kept outside the database (`audit.key`): each event
-- carries an HMAC of its hash, and one head row names the newest event with an HMAC of
-- its own. Editing an event (even re-hashing the chain after it) needs the key; deleting
-- the newest events leaves the head naming one that is gone; appends take the head row's
-- lock first, so several server processes write one chain.
ALTER TABLE audit_events ADD COLUMN mac TEXT;
CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    last_id    BIGINT NOT NULL,
    last_hash  TEXT NOT NULL,
    mac        TEXT NOT NULL
);
