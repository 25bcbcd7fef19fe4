-- Schema version 7 (SQLite): indexes only.
-- Partial indexes over open cases only, for the dashboard's counts and the
-- case list's first page: with 200,000 cases, counting through them reads
-- the small index alone instead of the table. Queries name "stage <> 'closed'"
-- exactly as written here, so SQLite can use them.
CREATE INDEX cases_open_caseworker ON cases (caseworker_id) WHERE stage <> 'closed';
CREATE INDEX cases_open_deadline ON cases (COALESCE(next_deadline, '9999-12-31')) WHERE stage <> 'closed';
CREATE INDEX cases_open_deadline_kind ON cases (next_deadline_kind) WHERE stage <> 'closed';
