-- Schema 20 (both engines): who may attend, and on what basis (reg 38;
-- models/rules/README.md section 3, "Who may attend").
--
-- attendance_basis: a party, the family's one supporter, the child or young
-- person, or anyone else (with all parties' consent, or failing that the
-- mediator's: consent_date and mediator_consent_date say which and when).
-- NULL for a row saved before: the invitee's role gives the basis
-- (InviteeRules::roleBasis), so no row is written here and the audit trail
-- holds no change that nobody made. Only one supporter may attend: the store
-- refuses a second (InviteeRepository), not the schema, because declining
-- frees the place.
ALTER TABLE invitees ADD COLUMN attendance_basis TEXT CHECK (attendance_basis IN ('party', 'supporter', 'child', 'other'));

-- The mediator's other duties (CFA s.56(1)(e); section 3): how the child's or
-- young person's views were sought, and a note (the reason, when they were
-- not). Columns of cases, so the audit trail and row-level security that
-- cover a case cover them; anonymising a case clears the note. NULL: not
-- recorded yet.
ALTER TABLE cases ADD COLUMN child_views_how TEXT CHECK (child_views_how IN ('spoke', 'written', 'through_parent', 'through_advocate', 'not_sought'));
ALTER TABLE cases ADD COLUMN child_views_note TEXT;
