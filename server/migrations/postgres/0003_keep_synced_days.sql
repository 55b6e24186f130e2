-- How long phones keep records the server acknowledged, per project.
ALTER TABLE projects ADD COLUMN keep_synced_days BIGINT NOT NULL DEFAULT 30;
