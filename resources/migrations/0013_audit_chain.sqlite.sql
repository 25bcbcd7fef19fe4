-- Schema version 13 (SQLite): a tamper-evident audit trail.
--
-- Anyone who can write the file can write to it with any SQLite tool, past
-- the program. This step makes such changes visible to
-- `commonground-cli check` and to the desktop program when it opens the file
-- (store/access/AuditChain), rather than impossible (see "Threat model" in
-- README.md):
--
-- content_hash: SHA-256 of the row as written (id, at, actor, action, table,
--   record, field, both values, redacted), made when the row is inserted.
-- chain_hash: SHA-256 of the previous sealed row's chain_hash followed by
--   this row's content_hash, so that removing, reordering or inserting a row
--   breaks every later link.
--
-- Both are filled in by a TEMP trigger of the program's own connection
-- (AuditChain::install), with a SHA-256 function only the program provides:
-- a row written by another tool stays unsealed and is reported.
--
-- A redaction (anonymising a case) blanks old_value and new_value and sets
-- redacted, but keeps both hashes: the chain still verifies, and the check
-- accepts a row whose content no longer matches its hash only when it has the
-- redaction shape and a later 'anonymise' row of the trail names the same
-- table and record. Rows from before this step are sealed once, in order,
-- when the program first opens the upgraded file.
ALTER TABLE audit_log ADD COLUMN content_hash TEXT;
ALTER TABLE audit_log ADD COLUMN chain_hash TEXT;

-- The guards stay in the schema (not TEMP): two changes are allowed, the
-- sealing of an unsealed row (hashes set, nothing else changed) and the
-- redaction of step 8 (values removed, everything else, hashes included, as
-- it was).
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor_id IS OLD.actor_id
          AND NEW.actor_name IS OLD.actor_name AND NEW.action IS OLD.action
          AND NEW.table_name IS OLD.table_name AND NEW.record_id IS OLD.record_id
          AND NEW.field IS OLD.field
          AND ((NEW.old_value IS OLD.old_value AND NEW.new_value IS OLD.new_value
                AND NEW.redacted IS OLD.redacted
                AND OLD.content_hash IS NULL AND OLD.chain_hash IS NULL
                AND NEW.content_hash IS NOT NULL AND NEW.chain_hash IS NOT NULL)
               OR (NEW.old_value IS NULL AND NEW.new_value IS NULL AND OLD.redacted = 0 AND NEW.redacted = 1
                   AND NEW.content_hash IS OLD.content_hash AND NEW.chain_hash IS OLD.chain_hash)))
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;
-- A row arrives unsealed; only the program's trigger seals it.
CREATE TRIGGER audit_log_no_forged_seal BEFORE INSERT ON audit_log
WHEN NEW.content_hash IS NOT NULL OR NEW.chain_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;
