-- Schema version 11 (PostgreSQL): who may read and redact the audit trail on a
-- shared database, now that the roles are the server's too (step 10).
--
-- Rows reach audit_log only through the SECURITY DEFINER functions of step 8,
-- which run as the owner and so pass row-level security; a login gets no
-- INSERT, UPDATE, DELETE or TRUNCATE of its own. Supervisors and
-- administrators read it (Action::ViewAudit), nobody else.
REVOKE ALL ON audit_log FROM PUBLIC;
GRANT SELECT ON audit_log TO PUBLIC;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT
    USING ((SELECT cg_actor_role()) IN ('supervisor', 'administrator'));

-- Redaction is for anonymising a case, which only supervisors do
-- (Action::AnonymiseCases). The function runs as the owner, so it checks the
-- login itself, as AccessGuard does: a supervisor, or a database nobody can
-- sign in to yet (no active administrator). The body is step 8's otherwise.
CREATE OR REPLACE FUNCTION cg_audit_redact(target_table TEXT, record_ids TEXT[]) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    changed INTEGER;
    rid TEXT;
BEGIN
    IF (SELECT cg_actor_role()) IS DISTINCT FROM 'supervisor' AND (SELECT cg_has_administrator()) THEN
        RAISE EXCEPTION 'Only supervisors can anonymise cases past retention.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE audit_log SET old_value = NULL, new_value = NULL, redacted = 1
    WHERE table_name = target_table AND record_id = ANY (record_ids) AND redacted = 0;
    GET DIAGNOSTICS changed = ROW_COUNT;
    FOREACH rid IN ARRAY record_ids LOOP
        INSERT INTO audit_log (actor_id, actor_name, action, table_name, record_id)
        VALUES ((SELECT id FROM users WHERE username = session_user), session_user, 'anonymise', target_table, rid);
    END LOOP;
    RETURN changed;
END;
$$;
GRANT EXECUTE ON FUNCTION cg_audit_redact(TEXT, TEXT[]) TO PUBLIC;
