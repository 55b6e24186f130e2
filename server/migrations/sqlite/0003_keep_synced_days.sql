-- How long phones keep records the server acknowledged (for follow-up visits), per project.
ALTER TABLE projects ADD COLUMN keep_synced_days INTEGER NOT NULL DEFAULT 30;
