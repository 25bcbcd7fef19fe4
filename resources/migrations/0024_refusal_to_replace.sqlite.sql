-- Schema 24 (SQLite; the PostgreSQL file does the same with ALTER TABLE):
-- refusal to replace a plan as a decision type (CFA s.51(2); issue 15 point
-- 5; models/rules/README.md section 2), and what an agreement records for the
-- council's deadlines (reg 42; section 3, "After an agreement").
--
-- The decision types are a CHECK on cases.decision_type. SQLite cannot alter
-- a CHECK, and rebuilding cases would need foreign keys off (its children
-- cascade on delete), which a step run in a transaction cannot turn off.
-- Adding a value only loosens the CHECK, so no stored row changes: SQLite's
-- documented way for such a change ("Making Other Kinds Of Table Schema
-- Changes", https://www.sqlite.org/lang_altertable.html) is to edit the
-- table's definition in sqlite_master and have the schema read again.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
SET sql = replace(sql, '''cease_to_maintain'', ''plan_content'')',
                  '''cease_to_maintain'', ''plan_content'', ''refusal_to_replace'')')
WHERE type = 'table' AND name = 'cases';
PRAGMA writable_schema = RESET;

-- Refuse to go on if the definition did not have the expected text (the
-- value must then be added another way): a NULL into a NOT NULL column fails
-- the step, and the transaction leaves the database as it was.
CREATE TEMP TABLE step24_check (decision_types_extended INTEGER NOT NULL);
INSERT INTO step24_check
SELECT CASE WHEN sql LIKE '%''refusal_to_replace''%' THEN 1 END
FROM sqlite_master WHERE type = 'table' AND name = 'cases';
DROP TABLE step24_check;

-- A period for the council's actions agreed in writing by the parties
-- (days; replaces the reg 44 and 2-week periods), and whether the council was
-- not a party (health-only mediation: the commissioning body tells the
-- council within a week). These ALTERs also change the schema cookie, so
-- every other connection reads the new CHECK before its next statement.
ALTER TABLE meetings ADD COLUMN agreed_period_days INTEGER CHECK (agreed_period_days BETWEEN 1 AND 366);
ALTER TABLE meetings ADD COLUMN council_not_party INTEGER NOT NULL DEFAULT 0 CHECK (council_not_party IN (0, 1));
