-- Schema 22 (SQLite; the PostgreSQL file adds grants, row-level security and
-- the audit trigger): the family's travel expenses (CFA s.56(1)(g) and the
-- SEND Regulations' expenses regulation; models/rules/README.md section 3,
-- "The family's travel expenses").
--
-- One row per journey claimed: the date, where from and to (or what the
-- expense was), how they travelled, a car's miles in tenths, the amount in
-- whole pence (exact sums on both engines), whether the provider holds the
-- receipt, and who recorded it. meeting_id names the meeting travelled to
-- when known; a meeting deleted leaves the expense. Deleting a case (never
-- done by the program) takes its expenses. On SQLite the audit trail's TEMP
-- triggers cover the table through AuditTriggers::auditedTables(); the store
-- checks each user's role (TravelExpenseRepository, Action::EditCases).
CREATE TABLE travel_expenses (
    id             @ID@,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    meeting_id     INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    claimant_name  TEXT,
    journey_date   @DATE@ NOT NULL,
    description    TEXT NOT NULL,
    mode           TEXT NOT NULL CHECK (mode IN ('car', 'public_transport', 'taxi', 'other')),
    miles_tenths   INTEGER CHECK (miles_tenths IS NULL OR miles_tenths >= 0),
    amount_pence   INTEGER NOT NULL CHECK (amount_pence >= 0),
    receipt_held   INTEGER NOT NULL DEFAULT 0 CHECK (receipt_held IN (0, 1)),
    note           TEXT,
    recorded_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recorded_at    @TIMESTAMP@ NOT NULL,
    CHECK (mode <> 'car' OR miles_tenths IS NOT NULL)
);
CREATE INDEX travel_expenses_case ON travel_expenses (case_id, journey_date);
