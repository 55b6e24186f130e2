-- An admin can disable an account (someone left the team, a phone was lost with its
-- passphrase): it can no longer sign in, its sessions end and its phones stop syncing
-- until it is enabled again. NULL: active.
ALTER TABLE users ADD COLUMN disabled_at TEXT;
