-- Schema 29 (SQLite): the indexes a page of the case list is read from, so
-- that a page far down the list costs what the first does (issue 18 point
-- 2). The open cases by route, in case order; the people who work the cases
-- by name, which the list by caseworker is read outward from
-- (store/cases/CaseListQuery).
CREATE INDEX cases_open_route ON cases (route) WHERE stage <> 'closed';
CREATE INDEX users_display_name ON users (display_name COLLATE NOCASE);
-- And the dashboard's counts of a person's open cases
-- (store/cases/DashboardQueries), each read from an index alone: by
-- mediator, and by next deadline with who works the case. Without them, the
-- counts of someone with many cases looked up every one (1.4 s at
-- 1,000,000 cases; under 10 ms with them).
CREATE INDEX cases_open_mediator ON cases (mediator_id, caseworker_id) WHERE stage <> 'closed';
CREATE INDEX cases_open_deadline_people
    ON cases (COALESCE(next_deadline, '9999-12-31'), caseworker_id, mediator_id) WHERE stage <> 'closed';
