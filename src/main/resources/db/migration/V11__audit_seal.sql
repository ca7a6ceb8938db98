-- Audit entries from now on are sealed with a keyed MAC (HMAC-SHA-256, key outside the database)
-- instead of a plain SHA-256, so nobody who can only write to the database can forge the chain.
-- Entries written before keep their SHA-256 and are checked as such; once an entry is sealed,
-- every later one must be.
ALTER TABLE audit_entry ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;
COMMENT ON COLUMN audit_entry.hash IS 'HMAC-SHA-256 of the entry and the one before (sealed), or SHA-256 (before V11)';
