-- Schema 23 (PostgreSQL): what a case import needs (issue 20); see the
-- SQLite file for the why.
--
-- 1. `cases import` writes one 'import' row to the audit trail, in the
--    import's transaction, naming the file and its SHA-256 and how many cases
--    it made. cg_audit_record() records only the events it lists, so it
--    learns this one; otherwise as in schema 12.
-- 2. Certificates issued outside the program before the import:
--    issued_outside = 1, without content, PDF or their hashes (and only such
--    a row); the mark never changes. certificates_guard() as in schema 9
--    otherwise.
CREATE OR REPLACE FUNCTION cg_audit_record(event TEXT, target_table TEXT, target_record TEXT, detail TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- Anybody may call it, so it records only these events, never a row change.
    IF event NOT IN ('open', 'print', 'export', 'import') THEN
        RAISE EXCEPTION 'Not an audit event: %', event USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (SELECT cg_actor_id()) IS NULL AND (SELECT cg_has_administrator()) THEN
        RAISE EXCEPTION 'Sign in first: this database has users.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_log (actor_id, actor_name, action, table_name, record_id, new_value)
    VALUES ((SELECT cg_actor_id()), session_user, event, target_table, target_record, detail);
END;
$$;
REVOKE ALL ON FUNCTION cg_audit_record(TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cg_audit_record(TEXT, TEXT, TEXT, TEXT) TO PUBLIC;

ALTER TABLE certificates ADD COLUMN issued_outside INTEGER NOT NULL DEFAULT 0 CHECK (issued_outside IN (0, 1));

CREATE OR REPLACE FUNCTION certificates_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'certificate_immutable: an issued or voided certificate is never deleted'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.status <> 'draft' AND (TG_OP = 'INSERT' OR OLD.status = 'draft') THEN
        IF NEW.number IS NULL OR NEW.issue_date IS NULL
           OR (NEW.issued_outside = 0 AND (NEW.content IS NULL OR NEW.content_sha256 IS NULL
                                           OR NEW.pdf IS NULL OR NEW.pdf_sha256 IS NULL))
           OR (NEW.issued_outside = 1 AND (TG_OP = 'UPDATE' OR NEW.content IS NOT NULL
                                           OR NEW.content_sha256 IS NOT NULL OR NEW.pdf IS NOT NULL
                                           OR NEW.pdf_sha256 IS NOT NULL)) THEN
            RAISE EXCEPTION 'certificate_incomplete: an issued certificate needs its number, issue date, content and PDF'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status <> 'draft' THEN
        IF ((OLD.status = 'voided' OR NEW.status <> 'voided'
             OR NEW.void_reason IS NULL OR btrim(NEW.void_reason) = '' OR NEW.voided_on IS NULL
             OR OLD.anonymised_at IS NOT NULL OR NEW.anonymised_at IS NOT NULL
             OR NEW.pdf IS DISTINCT FROM OLD.pdf OR NEW.content IS DISTINCT FROM OLD.content)
            AND (OLD.anonymised_at IS NOT NULL OR NEW.anonymised_at IS NULL
                 OR NEW.pdf IS NOT NULL OR NEW.content IS NULL
                 OR NEW.status IS DISTINCT FROM OLD.status OR NEW.void_reason IS DISTINCT FROM OLD.void_reason
                 OR NEW.voided_on IS DISTINCT FROM OLD.voided_on))
           OR NEW.id IS DISTINCT FROM OLD.id OR NEW.number IS DISTINCT FROM OLD.number
           OR NEW.part IS DISTINCT FROM OLD.part OR NEW.case_id IS DISTINCT FROM OLD.case_id
           OR NEW.trigger_date IS DISTINCT FROM OLD.trigger_date OR NEW.issue_date IS DISTINCT FROM OLD.issue_date
           OR NEW.issuer_id IS DISTINCT FROM OLD.issuer_id OR NEW.issuer_name IS DISTINCT FROM OLD.issuer_name
           OR NEW.issuer_role IS DISTINCT FROM OLD.issuer_role OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id
           OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256
           OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
           OR NEW.created_at IS DISTINCT FROM OLD.created_at
           OR NEW.issued_outside IS DISTINCT FROM OLD.issued_outside THEN
            RAISE EXCEPTION 'certificate_immutable: an issued certificate cannot be changed; void it with a reason and issue a replacement'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
