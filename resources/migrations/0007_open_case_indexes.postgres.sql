-- Schema version 7 (PostgreSQL): indexes only.
-- Partial indexes over open cases only, for the dashboard's counts and the
-- case list's first page (see the SQLite step of the same number).
CREATE INDEX cases_open_caseworker ON cases (caseworker_id) WHERE stage <> 'closed';
CREATE INDEX cases_open_deadline ON cases ((COALESCE(next_deadline, DATE '9999-12-31'))) WHERE stage <> 'closed';
CREATE INDEX cases_open_deadline_kind ON cases (next_deadline_kind) WHERE stage <> 'closed';
