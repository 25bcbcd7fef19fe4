-- Schema 18 (both engines): the statutory rules, second edition (issue 15;
-- models/rules/README.md).
--
-- Bank holiday years announced or projected (section 4). A stored calendar
-- was the shipped one merged with imports; the government's file ran to the
-- end of 2027 when this was written, so every stored day from 2028 on came
-- from the program's projection and is marked so. Marking an announced year
-- projected only makes its deadlines say "provisional" until the next
-- import, never a date wrong.
ALTER TABLE bank_holidays ADD COLUMN projected INTEGER NOT NULL DEFAULT 0 CHECK (projected IN (0, 1));
UPDATE bank_holidays SET projected = 1 WHERE holiday_date >= '2028-01-01';

-- Notice of the meeting (section 3): the day the family was sent the date
-- and place, and whether they agreed to shorter notice than 5 working days.
ALTER TABLE meetings ADD COLUMN notice_sent @DATE@;
ALTER TABLE meetings ADD COLUMN shorter_notice_agreed INTEGER NOT NULL DEFAULT 0 CHECK (shorter_notice_agreed IN (0, 1));

-- After an agreement (section 3): what kind each agreed action is, which
-- gives the council's deadlines (reg 42 and reg 44). NULL: not asked yet.
ALTER TABLE meeting_actions ADD COLUMN kind TEXT CHECK (kind IN ('assess', 'make-plan', 'appealable', 'not-appealable'));
