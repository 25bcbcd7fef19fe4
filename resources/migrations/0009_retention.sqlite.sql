-- Schema version 9 (SQLite): retention and anonymisation (issue 8).
--
-- anonymised_at: when the case's personal details were replaced after its
-- retention period (RetentionRepository::anonymise); an anonymised case is
-- never reopened. closed_from_stage: the stage a case was in when it closed,
-- so that reopening puts it back there.
ALTER TABLE cases ADD COLUMN anonymised_at TEXT;
ALTER TABLE cases ADD COLUMN closed_from_stage TEXT;
-- An anonymised person keeps only the year of birth, for the figures by age.
ALTER TABLE people ADD COLUMN birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2200);
ALTER TABLE certificates ADD COLUMN anonymised_at TEXT;

-- The retention screen reads closed cases not yet anonymised.
CREATE INDEX cases_closed_retention ON cases (closed_date) WHERE stage = 'closed' AND anonymised_at IS NULL;

-- An issued certificate is never edited (rules.md section 5), with two
-- exceptions: voiding it (with a reason and the date), and, once the case is
-- past its retention period, anonymising it: the stored PDF is removed and
-- the content's personal fields replaced, while its number, Part, dates,
-- issuer and both hashes (the evidence of what was issued) stay. An
-- anonymised certificate never changes again.
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
       OR NEW.content_sha256 IS NOT OLD.content_sha256 OR NEW.created_at IS NOT OLD.created_at;
END;
