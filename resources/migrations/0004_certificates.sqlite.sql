-- Schema version 4 (SQLite): the certificate register made tamper-proof.
--
-- content is the canonical text of everything the certificate says (compact
-- JSON, keys sorted), fixed at issue; content_sha256 is its SHA-256, whose
-- first 12 hex digits are printed as the verification code. pdf and
-- pdf_sha256 are the file made once at issue.
ALTER TABLE certificates ADD COLUMN content TEXT;
ALTER TABLE certificates ADD COLUMN content_sha256 TEXT;
ALTER TABLE certificates ADD COLUMN voided_on TEXT;

-- A voided certificate has at most one replacement.
CREATE UNIQUE INDEX certificates_replaces ON certificates (replaces_id) WHERE replaces_id IS NOT NULL;
CREATE INDEX certificates_issue_date ON certificates (issue_date);

-- Nothing leaves the register as issued without its number, date, content and file.
CREATE TRIGGER certificates_issued_complete_insert BEFORE INSERT ON certificates
WHEN NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'certificate_incomplete: an issued certificate needs its number, issue date, content and PDF')
    WHERE NEW.number IS NULL OR NEW.issue_date IS NULL OR NEW.content IS NULL OR NEW.content_sha256 IS NULL
       OR NEW.pdf IS NULL OR NEW.pdf_sha256 IS NULL;
END;

CREATE TRIGGER certificates_issued_complete_update BEFORE UPDATE ON certificates
WHEN OLD.status = 'draft' AND NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'certificate_incomplete: an issued certificate needs its number, issue date, content and PDF')
    WHERE NEW.number IS NULL OR NEW.issue_date IS NULL OR NEW.content IS NULL OR NEW.content_sha256 IS NULL
       OR NEW.pdf IS NULL OR NEW.pdf_sha256 IS NULL;
END;

-- An issued certificate is never edited (rules.md section 5): the only change
-- allowed is to voided, with a reason and the date. A voided one never changes.
CREATE TRIGGER certificates_issued_immutable BEFORE UPDATE ON certificates
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'certificate_immutable: an issued certificate cannot be changed; void it with a reason and issue a replacement')
    WHERE OLD.status = 'voided' OR NEW.status <> 'voided'
       OR NEW.void_reason IS NULL OR trim(NEW.void_reason) = '' OR NEW.voided_on IS NULL
       OR NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number OR NEW.part IS NOT OLD.part
       OR NEW.case_id IS NOT OLD.case_id OR NEW.trigger_date IS NOT OLD.trigger_date
       OR NEW.issue_date IS NOT OLD.issue_date OR NEW.issuer_id IS NOT OLD.issuer_id
       OR NEW.issuer_name IS NOT OLD.issuer_name OR NEW.issuer_role IS NOT OLD.issuer_role
       OR NEW.replaces_id IS NOT OLD.replaces_id OR NEW.pdf IS NOT OLD.pdf
       OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256 OR NEW.content IS NOT OLD.content
       OR NEW.content_sha256 IS NOT OLD.content_sha256 OR NEW.created_at IS NOT OLD.created_at;
END;

CREATE TRIGGER certificates_issued_kept BEFORE DELETE ON certificates
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'certificate_immutable: an issued or voided certificate is never deleted');
END;
