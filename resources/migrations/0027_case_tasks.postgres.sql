-- Schema 27 (PostgreSQL; the table is the same as on SQLite, see that file
-- for what a row means): the tasks on a case (issue 17 point 4).
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

-- Privileges and rows as for everything kept per case (step 10): read where
-- the case is seen, written by the roles that edit cases (EditCases:
-- caseworkers, supervisors, and a mediator on their own cases, which the
-- cases policy decides inside the EXISTS).
GRANT SELECT, INSERT, UPDATE, DELETE ON case_tasks TO PUBLIC;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;
ALTER TABLE case_tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_tasks_read ON case_tasks FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY case_tasks_write ON case_tasks FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

-- The audit trail (step 8; AuditTriggers::auditedTables() on SQLite).
CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON case_tasks FOR EACH ROW EXECUTE FUNCTION cg_audit_row('id');

-- Anonymising a case deletes its tasks (RetentionRepository), and the
-- trail's records of them are redacted: step 12's check of which records may
-- be redacted learns the new table. The body is step 26's otherwise.
CREATE OR REPLACE FUNCTION cg_audit_redactable(target_table TEXT, rid TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    record_key BIGINT;
    case_key BIGINT;
BEGIN
    IF rid IS NULL OR rid !~ '^[0-9]{1,18}$' THEN
        RETURN FALSE;
    END IF;
    record_key := rid::BIGINT;
    IF target_table = 'people' THEN
        RETURN EXISTS (SELECT 1 FROM cases c WHERE c.anonymised_at IS NOT NULL
                       AND (c.child_id = record_key OR c.parent_id = record_key))
            OR EXISTS (SELECT 1 FROM invitees i JOIN cases c ON c.id = i.case_id
                       WHERE i.person_id = record_key AND c.anonymised_at IS NOT NULL);
    ELSIF target_table = 'cases' THEN
        case_key := record_key;
    ELSIF target_table = 'activities' THEN
        SELECT case_id INTO case_key FROM activities WHERE id = record_key;
    ELSIF target_table = 'invitees' THEN
        SELECT case_id INTO case_key FROM invitees WHERE id = record_key;
    ELSIF target_table = 'meetings' THEN
        SELECT case_id INTO case_key FROM meetings WHERE id = record_key;
    ELSIF target_table = 'invitee_contacts' THEN
        SELECT i.case_id INTO case_key FROM invitee_contacts ic JOIN invitees i ON i.id = ic.invitee_id
        WHERE ic.id = record_key;
    ELSIF target_table = 'meeting_actions' THEN
        SELECT m.case_id INTO case_key FROM meeting_actions x JOIN meetings m ON m.id = x.meeting_id
        WHERE x.id = record_key;
    ELSIF target_table = 'meeting_copies' THEN
        SELECT m.case_id INTO case_key FROM meeting_copies x JOIN meetings m ON m.id = x.meeting_id
        WHERE x.id = record_key;
    ELSIF target_table = 'meeting_changes' THEN
        SELECT m.case_id INTO case_key FROM meeting_changes x JOIN meetings m ON m.id = x.meeting_id
        WHERE x.id = record_key;
    ELSIF target_table = 'travel_expenses' THEN
        SELECT case_id INTO case_key FROM travel_expenses WHERE id = record_key;
    ELSIF target_table = 'case_documents' THEN
        -- Anonymising deletes a case's documents: their case is in the
        -- trail's record of the deletion.
        SELECT (a.old_value::JSONB ->> 'case_id')::BIGINT INTO case_key FROM audit_log a
        WHERE a.table_name = 'case_documents' AND a.record_id = rid AND a.action = 'delete'
          AND a.redacted = 0
        ORDER BY a.id DESC LIMIT 1;
    ELSIF target_table = 'case_tasks' THEN
        -- Anonymising deletes a case's tasks: their case is in the trail's
        -- record of the deletion.
        SELECT (a.old_value::JSONB ->> 'case_id')::BIGINT INTO case_key FROM audit_log a
        WHERE a.table_name = 'case_tasks' AND a.record_id = rid AND a.action = 'delete'
          AND a.redacted = 0
        ORDER BY a.id DESC LIMIT 1;
    ELSIF target_table = 'certificates' THEN
        SELECT case_id INTO case_key FROM certificates WHERE id = record_key;
        IF case_key IS NULL THEN
            -- A draft that anonymising deleted: its case is in the trail's
            -- record of the deletion.
            SELECT (a.old_value::JSONB ->> 'case_id')::BIGINT INTO case_key FROM audit_log a
            WHERE a.table_name = 'certificates' AND a.record_id = rid AND a.action = 'delete'
              AND a.redacted = 0
            ORDER BY a.id DESC LIMIT 1;
        END IF;
    ELSE
        RETURN FALSE;
    END IF;
    RETURN case_key IS NOT NULL
        AND EXISTS (SELECT 1 FROM cases WHERE id = case_key AND anonymised_at IS NOT NULL);
END;
$$;
REVOKE ALL ON FUNCTION cg_audit_redactable(TEXT, TEXT) FROM PUBLIC;
