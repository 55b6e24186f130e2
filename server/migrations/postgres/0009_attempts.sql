-- Failed guesses (community receipt look-ups, sign-ins), kept in the database so that every
-- server process behind a load balancer counts them together. `key` is the SHA-256 (hex)
-- of what is counted (`code:<receipt>`, `net:<network>`, `user:<name>|net:<network>` …),
-- never an address or name in the clear. An attempt is reserved before any work by a
-- compare-and-set on (failures, next_at), so a burst of concurrent guesses gets one through.
CREATE TABLE attempts (
    key       TEXT PRIMARY KEY,
    failures  BIGINT NOT NULL,
    -- Unix milliseconds before which no further attempt is allowed (0: none).
    next_at   BIGINT NOT NULL,
    -- Unix milliseconds of the last change, to forget idle keys.
    touched   BIGINT NOT NULL
);

-- Work that one server process of several does for all (the daily purge): whoever holds
-- the lease until `until` (Unix ms) does it; the others skip.
CREATE TABLE leases (
    name    TEXT PRIMARY KEY,
    holder  TEXT NOT NULL,
    until   BIGINT NOT NULL
);
