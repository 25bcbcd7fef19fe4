-- Schema 29 (SQLite): the indexes a page of the case list is read from, so
-- that a page far down the list costs what the first does (issue 18 point
-- 2). The open cases by route, in case order; the people who work the cases
-- by name, which the list by caseworker is read outward from
-- (store/cases/CaseListQuery).
CREATE INDEX cases_open_route ON cases (route) WHERE stage <> 'closed';
CREATE INDEX users_display_name ON users (display_name COLLATE NOCASE);
