-- Schema version 8 (SQLite): the audit trail.
--
-- One row per inserted or deleted record (field NULL, the whole row as JSON in
-- new_value or old_value), one row per changed field of an updated record, and
-- one row per opening of a case, certificate print or export, or redaction.
-- actor_id has no foreign key so that removing a user keeps the trail;
-- actor_name is the username at the time. record_id is the primary key as
-- text (composite keys joined with '/'). redacted = 1: the values were not
-- kept (a password hash, or personal data removed when a case was anonymised).
--
-- The row triggers that write here are TEMP triggers made by AuditTriggers on
-- every connection: only they can read the connection's TEMP session_actor.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER,
    actor_name  TEXT,
    action      TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    record_id   TEXT,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT,
    redacted    INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1))
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id);

-- Append-only. The one change allowed is a redaction: both values removed,
-- redacted set, everything else exactly as it was.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor_id IS OLD.actor_id
          AND NEW.actor_name IS OLD.actor_name AND NEW.action IS OLD.action
          AND NEW.table_name IS OLD.table_name AND NEW.record_id IS OLD.record_id
          AND NEW.field IS OLD.field AND NEW.old_value IS NULL AND NEW.new_value IS NULL
          AND OLD.redacted = 0 AND NEW.redacted = 1)
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;
