-- Schema version 9 (PostgreSQL): retention and anonymisation (issue 8).
--
-- anonymised_at: when the case's personal details were replaced after its
-- retention period (RetentionRepository::anonymise); an anonymised case is
-- never reopened. closed_from_stage: the stage a case was in when it closed,
-- so that reopening puts it back there.
ALTER TABLE cases ADD COLUMN anonymised_at TIMESTAMPTZ;
ALTER TABLE cases ADD COLUMN closed_from_stage TEXT;
-- An anonymised person keeps only the year of birth, for the figures by age.
ALTER TABLE people ADD COLUMN birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2200);
ALTER TABLE certificates ADD COLUMN anonymised_at TIMESTAMPTZ;

-- The retention screen reads closed cases not yet anonymised.
CREATE INDEX cases_closed_retention ON cases (closed_date) WHERE stage = 'closed' AND anonymised_at IS NULL;

-- An issued certificate is never edited (rules.md section 5), with two
-- exceptions: voiding it (with a reason and the date), and, once the case is
-- past its retention period, anonymising it: the stored PDF is removed and
-- the content's personal fields replaced, while its number, Part, dates,
-- issuer and both hashes (the evidence of what was issued) stay. An
-- anonymised certificate never changes again.
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
           OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
            RAISE EXCEPTION 'certificate_immutable: an issued certificate cannot be changed; void it with a reason and issue a replacement'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
