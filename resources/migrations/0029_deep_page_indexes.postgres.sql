-- Schema 29 (PostgreSQL): the same indexes as on SQLite (see that file), with
-- the name compared as PostgreSQL's case list compares it, by lower(). The
-- case's id ends the indexes the list reads in order: PostgreSQL orders equal
-- keys by where the row lies, where SQLite orders them by the id.
CREATE INDEX cases_open_route ON cases (route, id) WHERE stage <> 'closed';
CREATE INDEX cases_open_stage ON cases (stage, id) WHERE stage <> 'closed';
CREATE INDEX users_display_name ON users (lower(display_name));
CREATE INDEX cases_open_mediator ON cases (mediator_id, caseworker_id) WHERE stage <> 'closed';
CREATE INDEX cases_open_deadline_people
    ON cases ((COALESCE(next_deadline, DATE '9999-12-31')), caseworker_id, mediator_id) WHERE stage <> 'closed';
