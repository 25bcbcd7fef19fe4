-- Schema version 2 (SQLite): what the case list sorts, filters and searches on.

-- Dates of the events that start certificate clocks.
ALTER TABLE cases ADD COLUMN meeting_held_date TEXT;
ALTER TABLE cases ADD COLUMN no_meeting_date TEXT;
-- A professional referrer until the contacts directory holds them.
ALTER TABLE cases ADD COLUMN referrer_name TEXT;
ALTER TABLE cases ADD COLUMN referrer_organisation TEXT;
-- Disagreement resolution: the other parties, as told.
ALTER TABLE cases ADD COLUMN other_parties TEXT;
-- The next deadline the case waits on, from the rules engine, kept so that
-- the list can sort and filter on it in SQL.
ALTER TABLE cases ADD COLUMN next_deadline TEXT;
ALTER TABLE cases ADD COLUMN next_deadline_kind TEXT;
-- Raised by every save, so that a save over another desk's newer edit is refused.
ALTER TABLE cases ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

-- Cases without a deadline sort last on both engines.
CREATE INDEX cases_next_deadline ON cases (COALESCE(next_deadline, '9999-12-31'));
CREATE INDEX cases_reference_nocase ON cases (reference COLLATE NOCASE);
CREATE INDEX people_name ON people (family_name COLLATE NOCASE, given_name COLLATE NOCASE);
CREATE INDEX councils_name ON councils (name COLLATE NOCASE);
CREATE INDEX meetings_status_starts ON meetings (status, starts_at);

-- Full-text search over names, reference and school; rowid is cases.id.
CREATE VIRTUAL TABLE case_search USING fts5(reference, child, parent, school, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO case_search (rowid, reference, child, parent, school)
SELECT c.id, c.reference, ch.given_name || ' ' || ch.family_name,
       COALESCE(pa.given_name || ' ' || pa.family_name, ''), COALESCE(o.name, '')
FROM cases c
JOIN people ch ON ch.id = c.child_id
LEFT JOIN people pa ON pa.id = c.parent_id
LEFT JOIN organisations o ON o.id = c.school_id;

CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = old.id;
END;
