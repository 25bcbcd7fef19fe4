-- Schema version 3 (SQLite): the contacts directory and per-case invitee lists.
--
-- A council's SENDIASS service and its decision-makers need no table of their
-- own: a SENDIASS is an organisation of kind 'sendiass' with that council_id,
-- and a decision-maker is a contact marked is_decision_maker at one of the
-- council's organisations.

-- The capacity a person usually takes at meetings (an invitee role).
ALTER TABLE contacts ADD COLUMN role TEXT CHECK (role IN ('parent_carer', 'young_person', 'child',
    'school_representative', 'class_teacher', 'sendiass_adviser', 'council_send_officer',
    'council_decision_maker', 'health_representative', 'social_care_representative', 'supporter',
    'advocate', 'interpreter'));
-- Phone numbers in E.164 (+441134960000), checked with libphonenumber; the
-- phone column keeps the national form shown to people.
ALTER TABLE contacts ADD COLUMN phone_e164 TEXT;
ALTER TABLE organisations ADD COLUMN phone_e164 TEXT;

CREATE INDEX contacts_name ON contacts (family_name COLLATE NOCASE, given_name COLLATE NOCASE);
CREATE INDEX contacts_email ON contacts (email COLLATE NOCASE);
CREATE INDEX contacts_phone ON contacts (phone_e164);
CREATE INDEX organisations_name ON organisations (name COLLATE NOCASE);

-- Invitees: an ad hoc invitee's own details, and the consents of reg 38 (the
-- child attends with the parent's and the mediator's consent; anyone else who
-- is not a party or the parent's supporter with all parties' consent, which
-- is the v1 column consent_date).
ALTER TABLE invitees ADD COLUMN organisation TEXT;
ALTER TABLE invitees ADD COLUMN email TEXT;
ALTER TABLE invitees ADD COLUMN phone_e164 TEXT;
ALTER TABLE invitees ADD COLUMN parent_consent_date TEXT;
ALTER TABLE invitees ADD COLUMN mediator_consent_date TEXT;
CREATE INDEX invitees_contact ON invitees (contact_id);

-- The mediator's contact with each invitee before the meeting.
CREATE TABLE invitee_contacts (
    id            INTEGER PRIMARY KEY,
    invitee_id    INTEGER NOT NULL REFERENCES invitees (id) ON DELETE CASCADE,
    contacted_on  TEXT NOT NULL,
    user_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    note          TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
    created_at    TEXT NOT NULL
);
CREATE INDEX invitee_contacts_invitee ON invitee_contacts (invitee_id, contacted_on);

-- A mediator's or adviser's recorded link to a council, an organisation, a
-- directory contact or a person (for the independence check).
CREATE TABLE conflicts_of_interest (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    council_id       INTEGER REFERENCES councils (id) ON DELETE CASCADE,
    organisation_id  INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    contact_id       INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    person_id        INTEGER REFERENCES people (id) ON DELETE CASCADE,
    nature           TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    CHECK ((council_id IS NOT NULL) + (organisation_id IS NOT NULL) + (contact_id IS NOT NULL)
           + (person_id IS NOT NULL) = 1)
);
CREATE INDEX conflicts_of_interest_user ON conflicts_of_interest (user_id);

-- Full-text search over the directory; rowid is contacts.id.
CREATE VIRTUAL TABLE contact_search USING fts5(name, organisation, job_title, email,
                                               tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO contact_search (rowid, name, organisation, job_title, email)
SELECT c.id, c.given_name || ' ' || c.family_name, COALESCE(o.name, ''), COALESCE(c.job_title, ''),
       COALESCE(c.email, '')
FROM contacts c
LEFT JOIN organisations o ON o.id = c.organisation_id;

-- Kept up to date by triggers, whoever writes the directory.
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts
BEGIN
    INSERT INTO contact_search (rowid, name, organisation, job_title, email)
    VALUES (new.id, new.given_name || ' ' || new.family_name,
            COALESCE((SELECT name FROM organisations WHERE id = new.organisation_id), ''),
            COALESCE(new.job_title, ''), COALESCE(new.email, ''));
END;

CREATE TRIGGER contacts_search_update AFTER UPDATE ON contacts
BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
    INSERT INTO contact_search (rowid, name, organisation, job_title, email)
    VALUES (new.id, new.given_name || ' ' || new.family_name,
            COALESCE((SELECT name FROM organisations WHERE id = new.organisation_id), ''),
            COALESCE(new.job_title, ''), COALESCE(new.email, ''));
END;

CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
END;

CREATE TRIGGER organisations_search_update AFTER UPDATE OF name ON organisations
BEGIN
    DELETE FROM contact_search WHERE rowid IN (SELECT id FROM contacts WHERE organisation_id = new.id);
    INSERT INTO contact_search (rowid, name, organisation, job_title, email)
    SELECT c.id, c.given_name || ' ' || c.family_name, new.name, COALESCE(c.job_title, ''), COALESCE(c.email, '')
    FROM contacts c WHERE c.organisation_id = new.id;
END;
