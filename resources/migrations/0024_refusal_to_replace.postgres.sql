-- Schema 24 (PostgreSQL; see the SQLite file for why the two differ):
-- refusal to replace a plan as a decision type (CFA s.51(2)), and what an
-- agreement records for the council's deadlines (reg 42).
ALTER TABLE cases DROP CONSTRAINT cases_decision_type_check;
ALTER TABLE cases ADD CONSTRAINT cases_decision_type_check
    CHECK (decision_type IN ('refusal_to_assess', 'refusal_to_reassess', 'refusal_to_issue', 'refusal_to_amend',
                             'cease_to_maintain', 'plan_content', 'refusal_to_replace'));

ALTER TABLE meetings ADD COLUMN agreed_period_days INTEGER CHECK (agreed_period_days BETWEEN 1 AND 366);
ALTER TABLE meetings ADD COLUMN council_not_party INTEGER NOT NULL DEFAULT 0 CHECK (council_not_party IN (0, 1));
