-- Schema 23 (SQLite): what a case import needs (issue 20).
--
-- 1. The import's own audit record: `cases import` writes one 'import' row,
--    in the import's transaction, naming the file and its SHA-256 and how
--    many cases it made. On SQLite the program writes event rows itself
--    (AuditRepository::record), so nothing changes for it here; the
--    PostgreSQL file teaches cg_audit_record() the new event.
-- 2. Certificates issued before the import, outside the program
--    (`certificate_part`, `certificate_number`, `certificate_issued_on`):
--    the register holds them as issued, with their number and date, so that
--    the case no longer waits on that Part and the appeal deadline counts
--    from the date. issued_outside = 1 marks them: the program never made
--    their content or PDF, so those (and their hashes) stay empty, and only
--    for such a row. Otherwise the guards are those of schemas 4 and 9, and
--    the mark never changes.
ALTER TABLE certificates ADD COLUMN issued_outside INTEGER NOT NULL DEFAULT 0 CHECK (issued_outside IN (0, 1));

DROP TRIGGER certificates_issued_complete_insert;
CREATE TRIGGER certificates_issued_complete_insert BEFORE INSERT ON certificates
WHEN NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'certificate_incomplete: an issued certificate needs its number, issue date, content and PDF')
    WHERE NEW.number IS NULL OR NEW.issue_date IS NULL
       OR (NEW.issued_outside = 0 AND (NEW.content IS NULL OR NEW.content_sha256 IS NULL
                                       OR NEW.pdf IS NULL OR NEW.pdf_sha256 IS NULL))
       OR (NEW.issued_outside = 1 AND (NEW.content IS NOT NULL OR NEW.content_sha256 IS NOT NULL
                                       OR NEW.pdf IS NOT NULL OR NEW.pdf_sha256 IS NOT NULL));
END;

-- A draft is made by the program: it is never marked as issued outside.
DROP TRIGGER certificates_issued_complete_update;
CREATE TRIGGER certificates_issued_complete_update BEFORE UPDATE ON certificates
WHEN OLD.status = 'draft' AND NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'certificate_incomplete: an issued certificate needs its number, issue date, content and PDF')
    WHERE NEW.number IS NULL OR NEW.issue_date IS NULL OR NEW.content IS NULL OR NEW.content_sha256 IS NULL
       OR NEW.pdf IS NULL OR NEW.pdf_sha256 IS NULL OR NEW.issued_outside <> 0;
END;

DROP TRIGGER certificates_issued_immutable;
CREATE TRIGGER certificates_issued_immutable BEFORE UPDATE ON certificates
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'certificate_immutable: an issued certificate cannot be changed; void it with a reason and issue a replacement')
    WHERE (OLD.status = 'voided' OR NEW.status <> 'voided'
           OR NEW.void_reason IS NULL OR trim(NEW.void_reason) = '' OR NEW.voided_on IS NULL
           OR OLD.anonymised_at IS NOT NULL OR NEW.anonymised_at IS NOT NULL
           OR NEW.pdf IS NOT OLD.pdf OR NEW.content IS NOT OLD.content)
      AND (OLD.anonymised_at IS NOT NULL OR NEW.anonymised_at IS NULL
           OR NEW.pdf IS NOT NULL OR NEW.content IS NULL
           OR NEW.status IS NOT OLD.status OR NEW.void_reason IS NOT OLD.void_reason
           OR NEW.voided_on IS NOT OLD.voided_on)
       OR NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number OR NEW.part IS NOT OLD.part
       OR NEW.case_id IS NOT OLD.case_id OR NEW.trigger_date IS NOT OLD.trigger_date
       OR NEW.issue_date IS NOT OLD.issue_date OR NEW.issuer_id IS NOT OLD.issuer_id
       OR NEW.issuer_name IS NOT OLD.issuer_name OR NEW.issuer_role IS NOT OLD.issuer_role
       OR NEW.replaces_id IS NOT OLD.replaces_id OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256
       OR NEW.content_sha256 IS NOT OLD.content_sha256 OR NEW.created_at IS NOT OLD.created_at
       OR NEW.issued_outside IS NOT OLD.issued_outside;
END;
