-- Schema 17 (both engines): reports and returns for the commissioning
-- councils (issue 14).
--
-- appeal_date, appeal_source: a family registered an appeal with the
-- First-tier Tribunal (SEND), and how the provider learnt it. The SEN2 return
-- counts mediation cases held that were followed by an appeal. Both are set
-- or both empty (TribunalAppealRepository writes them together); they are
-- columns of cases, so the audit trail and row-level security that cover a
-- case cover them, and anonymising keeps them (a date, not personal data).
ALTER TABLE cases ADD COLUMN appeal_date @DATE@;
ALTER TABLE cases ADD COLUMN appeal_source TEXT CHECK (appeal_source IN ('family', 'council', 'tribunal_letter', 'other'));

-- The figures pick cases by their date of enquiry (store/reports/ReportQuery;
-- certificates by issue date have their index since schema 4), so that a
-- month's report over 200,000 cases reads that month's rows only.
CREATE INDEX cases_enquiry_date ON cases (enquiry_date);
