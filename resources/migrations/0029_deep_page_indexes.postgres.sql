-- Schema 29 (PostgreSQL): the same indexes as on SQLite (see that file), with
-- the name compared as PostgreSQL's case list compares it, by lower().
CREATE INDEX cases_open_route ON cases (route) WHERE stage <> 'closed';
CREATE INDEX users_display_name ON users (lower(display_name));
CREATE INDEX cases_open_mediator ON cases (mediator_id, caseworker_id) WHERE stage <> 'closed';
CREATE INDEX cases_open_deadline_people
    ON cases ((COALESCE(next_deadline, DATE '9999-12-31')), caseworker_id, mediator_id) WHERE stage <> 'closed';
