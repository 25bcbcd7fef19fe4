-- Schema 27 (SQLite; the PostgreSQL file adds grants, row-level security and
-- the audit trigger): the tasks on a case (issue 17 point 4): what is to be
-- done, for whom, by when, and whether it is done.
--
-- One row per task: its title (what), the user it is for (NULL: nobody in
-- particular), the day it is due (NULL: no day set), when it was done and by
-- whom (NULL while open), who added it and when. A task is edited, so it
-- carries the row version, changed_by and changed_at that schema 25 gave
-- every record people edit (store/infrastructure/RowVersion). On SQLite the
-- audit trail's TEMP triggers cover the table through
-- AuditTriggers::auditedTables(). A task's title may name people: anonymising
-- a case deletes its tasks, and a subject access export lists them.
CREATE TABLE case_tasks (
    id           @ID@,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    assigned_to  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    due_date     @DATE@,
    done_at      @TIMESTAMP@,
    done_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at   @TIMESTAMP@ NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    changed_by   INTEGER REFERENCES users (id),
    changed_at   @TIMESTAMP@
);
CREATE INDEX case_tasks_case ON case_tasks (case_id, created_at);
-- The dashboard's "My tasks" and "Overdue tasks" read open tasks by person and day.
CREATE INDEX case_tasks_open ON case_tasks (assigned_to, due_date) WHERE done_at IS NULL;
