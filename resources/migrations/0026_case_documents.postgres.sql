-- Schema 26 (PostgreSQL; the table is the same as on SQLite, see that file
-- for what a row means): the documents filed on a case (issue 17 point 1).
CREATE TABLE case_documents (
    id          @ID@,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    mime_type   TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 26214400),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    content     @BLOB@ NOT NULL,
    source      TEXT NOT NULL DEFAULT 'added' CHECK (source IN ('added', 'generated')),
    added_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    added_at    @TIMESTAMP@ NOT NULL
);
CREATE INDEX case_documents_case ON case_documents (case_id, added_at);

-- Privileges and rows as for everything kept per case (step 10): read where
-- the case is seen, added by the roles that edit cases (EditCases:
-- caseworkers, supervisors, and a mediator on their own cases, which the
-- cases policy decides inside the EXISTS), removed only by supervisors
-- (RemoveDocuments; anonymising, also theirs, deletes them too). A document
-- is never changed: no UPDATE is granted.
GRANT SELECT, INSERT, DELETE ON case_documents TO PUBLIC;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;
ALTER TABLE case_documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_documents_read ON case_documents FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY case_documents_add ON case_documents FOR INSERT
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY case_documents_remove ON case_documents FOR DELETE
    USING ((SELECT cg_actor_role()) = 'supervisor'
           AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

-- The audit trail (step 8; AuditTriggers::auditedTables() on SQLite). The
-- trail keeps a document's metadata and hash, and its content by size only,
-- as it keeps a certificate's PDF: step 8's cleaning learns the new table
-- (its body is step 8's otherwise).
CREATE OR REPLACE FUNCTION cg_audit_clean(target_table TEXT, row_data JSONB) RETURNS JSONB
LANGUAGE plpgsql IMMUTABLE SET search_path FROM CURRENT AS $$
BEGIN
    IF row_data IS NULL THEN
        RETURN NULL;
    END IF;
    IF target_table = 'users' THEN
        RETURN row_data - ARRAY['password_hash', 'failed_attempts', 'locked_until'];
    END IF;
    IF target_table = 'certificates' AND jsonb_typeof(row_data -> 'pdf') = 'string' THEN
        RETURN jsonb_set(row_data, '{pdf}',
                         to_jsonb(format('(%s bytes)', (length(row_data ->> 'pdf') - 2) / 2)));
    END IF;
    -- The size from the row's own column: the text of a bytea depends on the
    -- session's bytea_output (hex, or escape as Qt's driver sets it).
    IF target_table = 'case_documents' AND row_data ? 'content' THEN
        RETURN jsonb_set(row_data, '{content}', to_jsonb(format('(%s bytes)', row_data ->> 'size_bytes')));
    END IF;
    RETURN row_data;
END;
$$;
REVOKE ALL ON FUNCTION cg_audit_clean(TEXT, JSONB) FROM PUBLIC;
CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON case_documents FOR EACH ROW EXECUTE FUNCTION cg_audit_row('id');

-- Anonymising a case deletes its documents (RetentionRepository), and the
-- trail's records of them are redacted: step 12's check of which records may
-- be redacted learns the new table. The body is step 22's otherwise.
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
