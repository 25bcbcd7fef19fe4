-- Schema version 12 (PostgreSQL): what a login may not do behind the
-- program's back.
--
-- 1. Redaction belongs to anonymisation. cg_audit_redact() erases values from
--    the trail, so besides the supervisor check of step 11 it now checks each
--    record itself: only records of a case that has been anonymised (the case,
--    its people, timeline, invitees and their contact log, meetings and their
--    parts, certificates, including drafts that anonymising deleted) may be
--    redacted. RetentionRepository::anonymise calls it after setting
--    cases.anonymised_at in the same transaction; nothing else can use it to
--    erase a live case's history.
-- 2. cg_audit_record() is for events of a signed-in user: a login without an
--    active users row is refused (as every other write is), except on a new
--    database that has no administrator yet.
-- 3. Password hashes and lockout counters are no login's to read: SELECT on
--    users is granted column by column, without them. The owner (who migrates
--    and runs demo-data) is not bound by grants.

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
    FOREACH rid IN ARRAY record_ids LOOP
        IF NOT cg_audit_redactable(target_table, rid) THEN
            RAISE EXCEPTION 'The audit trail is redacted only when a case is anonymised (% %).', target_table, rid
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
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
REVOKE ALL ON FUNCTION cg_audit_redact(TEXT, TEXT[]) FROM PUBLIC;
-- Every supervisor's login needs it, and roles are the users table's, not
-- the server's: the function checks the caller and the records itself.
GRANT EXECUTE ON FUNCTION cg_audit_redact(TEXT, TEXT[]) TO PUBLIC;

CREATE OR REPLACE FUNCTION cg_audit_record(event TEXT, target_table TEXT, target_record TEXT, detail TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- Anybody may call it, so it records only these events, never a row change.
    IF event NOT IN ('open', 'print', 'export') THEN
        RAISE EXCEPTION 'Not an audit event: %', event USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (SELECT cg_actor_id()) IS NULL AND (SELECT cg_has_administrator()) THEN
        RAISE EXCEPTION 'Sign in first: this database has users.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_log (actor_id, actor_name, action, table_name, record_id, new_value)
    VALUES ((SELECT cg_actor_id()), session_user, event, target_table, target_record, detail);
END;
$$;
REVOKE ALL ON FUNCTION cg_audit_record(TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cg_audit_record(TEXT, TEXT, TEXT, TEXT) TO PUBLIC;
-- Helpers that only the functions above use.
REVOKE ALL ON FUNCTION cg_audit_clean(TEXT, JSONB) FROM PUBLIC;

REVOKE SELECT ON users FROM PUBLIC;
GRANT SELECT (id, username, display_name, role, email, phone, active, created_at, password_changed_at)
    ON users TO PUBLIC;
