-- Schema 19 (PostgreSQL; the SQLite file is the same but for date arithmetic): the statutory 30 days by route (issue 15;
-- models/rules/README.md section 3, "The 30 days by route").
--
-- What starts the statutory 30 days, on the case: the day the council was
-- told the family wishes to mediate, and, for health-only mediation arranged
-- by the integrated care board, the day the council told the ICB the issues.
ALTER TABLE cases ADD COLUMN council_told_date @DATE@;
ALTER TABLE cases ADD COLUMN health_only_icb INTEGER NOT NULL DEFAULT 0 CHECK (health_only_icb IN (0, 1));
ALTER TABLE cases ADD COLUMN icb_told_date @DATE@;

-- The backfills below are the schema's own defaults, recorded by
-- schema_version: no row of the audit trail is written for them, as on SQLite
-- where no audit trigger runs during an upgrade.
ALTER TABLE cases DISABLE TRIGGER audit_row;

-- An existing case was told on the day the family asked the provider (the
-- default the program gives a new request).
UPDATE cases SET council_told_date = mediation_requested_date WHERE mediation_requested_date IS NOT NULL;

-- councils.meeting_clock_start keeps its name and values ('enquiry',
-- 'mediation_requested') but from this version it is the contract target
-- ("Contract target: meeting within 30 days of ..."), a service level shown
-- beside the statutory deadline, never in its place. No data changes.

-- A case waiting for its meeting stored its next deadline from the contract
-- start; for a council whose contract counted from the enquiry that date now
-- moves to the statutory one (30 days after the council was told). At those
-- stages nothing else is pending, so it is the case's next deadline.
UPDATE cases SET next_deadline = council_told_date + 30
WHERE next_deadline_kind = 'meeting_by' AND council_told_date IS NOT NULL
  AND stage IN ('mediation_requested', 'meeting_arranged');

ALTER TABLE cases ENABLE TRIGGER audit_row;
