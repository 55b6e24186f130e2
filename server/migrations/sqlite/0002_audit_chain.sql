-- Hash-chained audit log: each event holds the hash of the one before it, so an edited or
-- removed event is detected (`sauti audit verify`). Events written before this migration
-- are sealed into the chain, in order, when the server next starts.
ALTER TABLE audit_events ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_events ADD COLUMN hash TEXT;
