-- Schema version 4 (PostgreSQL): the certificate register made tamper-proof.
--
-- content is the canonical text of everything the certificate says (compact
-- JSON, keys sorted), fixed at issue; content_sha256 is its SHA-256, whose
-- first 12 hex digits are printed as the verification code. pdf and
-- pdf_sha256 are the file made once at issue.
ALTER TABLE certificates ADD COLUMN content TEXT;
ALTER TABLE certificates ADD COLUMN content_sha256 TEXT;
ALTER TABLE certificates ADD COLUMN voided_on DATE;

-- A voided certificate has at most one replacement.
CREATE UNIQUE INDEX certificates_replaces ON certificates (replaces_id) WHERE replaces_id IS NOT NULL;
CREATE INDEX certificates_issue_date ON certificates (issue_date);

-- The errors carry SQLSTATE 23514 (check_violation) so the store reports them
-- as a broken rule of the schema, as SQLite's RAISE(ABORT) is.
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
        IF NEW.number IS NULL OR NEW.issue_date IS NULL OR NEW.content IS NULL OR NEW.content_sha256 IS NULL
           OR NEW.pdf IS NULL OR NEW.pdf_sha256 IS NULL THEN
            RAISE EXCEPTION 'certificate_incomplete: an issued certificate needs its number, issue date, content and PDF'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status <> 'draft' THEN
        IF OLD.status = 'voided' OR NEW.status <> 'voided'
           OR NEW.void_reason IS NULL OR btrim(NEW.void_reason) = '' OR NEW.voided_on IS NULL
           OR NEW.id IS DISTINCT FROM OLD.id OR NEW.number IS DISTINCT FROM OLD.number
           OR NEW.part IS DISTINCT FROM OLD.part OR NEW.case_id IS DISTINCT FROM OLD.case_id
           OR NEW.trigger_date IS DISTINCT FROM OLD.trigger_date OR NEW.issue_date IS DISTINCT FROM OLD.issue_date
           OR NEW.issuer_id IS DISTINCT FROM OLD.issuer_id OR NEW.issuer_name IS DISTINCT FROM OLD.issuer_name
           OR NEW.issuer_role IS DISTINCT FROM OLD.issuer_role OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id
           OR NEW.pdf IS DISTINCT FROM OLD.pdf OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256
           OR NEW.content IS DISTINCT FROM OLD.content OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
           OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
            RAISE EXCEPTION 'certificate_immutable: an issued certificate cannot be changed; void it with a reason and issue a replacement'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER certificates_guard BEFORE INSERT OR UPDATE OR DELETE ON certificates
    FOR EACH ROW EXECUTE FUNCTION certificates_guard();
