-- Schema 25 (both engines): saving over another desk's newer change is
-- refused for every record a person edits (issue 18 point 6), as it is for
-- cases since schema 2. Each such table gets a row version that every update
-- raises and the editor's save names in its WHERE (store/infrastructure/
-- RowVersion), and who saved last and when, so the refusal can say so.
--
-- Who and when are columns rather than a look-up in audit_log: on
-- PostgreSQL only supervisors and administrators may read the trail (schema
-- 11), and the desk that is refused is usually a caseworker's; the columns
-- are covered by the row-level security of their own row. NULL: not saved
-- since this step (the refusal then says "someone else").
--
-- Settings are key and value: a group of keys edited together (the
-- provider's details, the office hours) is versioned by the sum of its keys'
-- versions, which rises with every change to any of them.
ALTER TABLE invitees ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE invitees ADD COLUMN changed_by INTEGER REFERENCES users (id);
ALTER TABLE invitees ADD COLUMN changed_at @TIMESTAMP@;
ALTER TABLE meetings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN changed_by INTEGER REFERENCES users (id);
ALTER TABLE meetings ADD COLUMN changed_at @TIMESTAMP@;
ALTER TABLE contacts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contacts ADD COLUMN changed_by INTEGER REFERENCES users (id);
ALTER TABLE contacts ADD COLUMN changed_at @TIMESTAMP@;
ALTER TABLE organisations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organisations ADD COLUMN changed_by INTEGER REFERENCES users (id);
ALTER TABLE organisations ADD COLUMN changed_at @TIMESTAMP@;
ALTER TABLE venues ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE venues ADD COLUMN changed_by INTEGER REFERENCES users (id);
ALTER TABLE venues ADD COLUMN changed_at @TIMESTAMP@;
ALTER TABLE councils ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE councils ADD COLUMN changed_by INTEGER REFERENCES users (id);
ALTER TABLE councils ADD COLUMN changed_at @TIMESTAMP@;
ALTER TABLE settings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN changed_by INTEGER REFERENCES users (id);
ALTER TABLE settings ADD COLUMN changed_at @TIMESTAMP@;
