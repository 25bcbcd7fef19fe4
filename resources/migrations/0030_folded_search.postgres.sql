-- Schema 30 (PostgreSQL): the case search index keeps names folded, so that
-- "zoe" finds "Zoë" and "lukasz" finds "Łukasz" (issue 18). The entries are
-- emptied here and written again by the program in the same transaction
-- (Migrator::afterStatements), from the fold rules it holds
-- (rules/NameFold).
DELETE FROM case_search;

-- Each entry also keeps whether its case is open and the case's next
-- deadline, kept by the trigger below, so that a search of the open cases
-- (the list as it opens, by next deadline) is found, ordered and paged from
-- the entries alone: at 200,000 cases a common name matched 14,000 entries,
-- and each was looked up in cases only for seven in ten to be dropped as
-- closed (CaseListQuery).
ALTER TABLE case_search ADD COLUMN is_open BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE case_search ADD COLUMN next_deadline DATE;

CREATE FUNCTION case_search_follow_case() RETURNS trigger AS $$
BEGIN
    UPDATE case_search SET is_open = NEW.stage <> 'closed', next_deadline = NEW.next_deadline
    WHERE case_id = NEW.id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER cases_search_follow AFTER UPDATE OF stage, next_deadline ON cases
FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.next_deadline IS DISTINCT FROM NEW.next_deadline)
EXECUTE FUNCTION case_search_follow_case();

-- The entries are read as their cases are. Caseworkers, supervisors and
-- administrators see every case, so their reads no longer look each
-- entry's case up to know it (as people_read already does for people).
DROP POLICY case_search_read ON case_search;
CREATE POLICY case_search_read ON case_search FOR SELECT USING (
    (SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'administrator')
    OR EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

-- A search through those policies cannot use the GIN index: the match
-- operator (@@) is not leakproof, so PostgreSQL tests every entry against
-- the policies before it may test the words, and at 200,000 cases a desk's
-- search read every entry (0.2 to 5 s where the owner took 10 to 40 ms).
-- So the program searches through this function, which reads the index as
-- the owner and keeps the entries whose case the login may read: the rule
-- of the cases_read policy (schema 10), and every case for the tables'
-- owner, whom the policies do not bind.
CREATE FUNCTION cg_case_matches(words tsquery)
    RETURNS TABLE (case_id integer, is_open boolean, next_deadline date)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT s.case_id, s.is_open, s.next_deadline
    FROM public.case_search s
    WHERE s.document @@ words
      AND ((SELECT public.cg_actor_role()) IN ('caseworker', 'supervisor', 'administrator')
           OR (SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c
               WHERE c.oid = 'public.cases'::regclass)
           OR ((SELECT public.cg_actor_role()) = 'mediator'
               AND EXISTS (SELECT 1 FROM public.cases c WHERE c.id = s.case_id
                           AND (SELECT public.cg_actor_id()) IN (c.caseworker_id, c.mediator_id))))
$$;

-- A reference as typed is searched as a range of references, on both
-- engines (CaseListQuery): through the words, "MED-2026" matched every
-- entry. This index serves a prefix such as 'MED-2026-00' whatever the
-- database's collation, as a range (~>=~ and ~<~, which unlike LIKE are
-- leakproof, so that a desk's policies do not keep the index from use).
CREATE INDEX cases_reference_prefix ON cases (reference text_pattern_ops);
