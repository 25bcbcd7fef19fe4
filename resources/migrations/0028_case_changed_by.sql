-- Schema 28 (both engines): a case names who changed it last and when, as
-- the records of schema 25 do, so that a save refused over another desk's
-- newer change of a case says who and when (issue 18 point 6). Cases kept
-- their row version since schema 2 and their updated_at; changed_at is kept
-- beside it so that every versioned record is read the same way
-- (store/infrastructure/RowVersion). NULL: not changed since this step (the
-- refusal then says "someone else").
ALTER TABLE cases ADD COLUMN changed_by INTEGER REFERENCES users (id);
ALTER TABLE cases ADD COLUMN changed_at @TIMESTAMP@;
