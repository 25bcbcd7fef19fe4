-- Schema version 2 (PostgreSQL): what the case list sorts, filters and searches on.

ALTER TABLE cases ADD COLUMN meeting_held_date DATE;
ALTER TABLE cases ADD COLUMN no_meeting_date DATE;
ALTER TABLE cases ADD COLUMN referrer_name TEXT;
ALTER TABLE cases ADD COLUMN referrer_organisation TEXT;
ALTER TABLE cases ADD COLUMN other_parties TEXT;
ALTER TABLE cases ADD COLUMN next_deadline DATE;
ALTER TABLE cases ADD COLUMN next_deadline_kind TEXT;
ALTER TABLE cases ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE INDEX cases_next_deadline ON cases ((COALESCE(next_deadline, DATE '9999-12-31')));
CREATE INDEX cases_reference_lower ON cases (lower(reference));
CREATE INDEX people_name ON people (lower(family_name), lower(given_name));
CREATE INDEX councils_name ON councils (lower(name));
CREATE INDEX meetings_status_starts ON meetings (status, starts_at);

-- Full-text search over names, reference and school (the 'simple'
-- configuration: names are not English words to be stemmed).
CREATE TABLE case_search (
    case_id   INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    document  TSVECTOR NOT NULL
);
CREATE INDEX case_search_document ON case_search USING GIN (document);

INSERT INTO case_search (case_id, document)
SELECT c.id, to_tsvector('simple', regexp_replace(concat_ws(' ', c.reference, ch.given_name, ch.family_name,
                                                            pa.given_name, pa.family_name, o.name),
                                                  '[^[:alnum:]]+', ' ', 'g'))
FROM cases c
JOIN people ch ON ch.id = c.child_id
LEFT JOIN people pa ON pa.id = c.parent_id
LEFT JOIN organisations o ON o.id = c.school_id;
