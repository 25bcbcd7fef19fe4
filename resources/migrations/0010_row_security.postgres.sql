-- Schema version 10 (PostgreSQL): the server enforces the roles too, so that
-- a person who connects with psql under their own login can do no more than
-- in the program (README "Roles"; models/rules/Permissions says the same).
--
-- Who acts is the users row whose username is the login (session_user) and
-- which is active; a login without one sees and changes nothing. The table
-- owner (who runs these steps) and superusers bypass row-level security.
--
-- Privileges go to PUBLIC rather than to a group role: creating a role needs
-- CREATEROLE, which the owner of a database usually lacks, and roles belong
-- to the whole server, not to one database. PUBLIC reaches only the logins
-- allowed to CONNECT to this database, and row-level security on every table
-- with cases, people or settings limits each of them to what their role may
-- do. A table a later step adds is closed until that step grants it.
--
-- Everything lives in the schema "public" (the only one Common Ground uses).

-- SECURITY DEFINER so that they read users past its own row security; the
-- fixed search_path (pg_temp last) stops a temporary table named "users"
-- from answering for the real one.
CREATE FUNCTION cg_actor_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT id FROM public.users WHERE username = session_user AND active = 1
$$;

CREATE FUNCTION cg_actor_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT role FROM public.users WHERE username = session_user AND active = 1
$$;

-- A new shared database has none: the first login to open it may become one
-- (AccountRepository::adoptLoginAsFirstAdministrator).
CREATE FUNCTION cg_has_administrator() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.users WHERE role = 'administrator' AND active = 1)
$$;

-- Privileges: every data table to every login that may connect, rows limited
-- below. The version table is read before anybody is known. No TRUNCATE.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON schema_version TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON
    settings, counters, users, councils, organisations, contacts, contact_search, people, cases,
    case_plan_sections, case_search, invitees, invitee_contacts, conflicts_of_interest, venues, meetings,
    meeting_mediators, meeting_invitees, meeting_changes, meeting_actions, meeting_copies, certificates,
    activities, bank_holidays
    TO PUBLIC;
-- The identity columns' sequences, for inserts.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;

ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE councils ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_search ENABLE ROW LEVEL SECURITY;
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_plan_sections ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_search ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitees ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitee_contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE conflicts_of_interest ENABLE ROW LEVEL SECURITY;
ALTER TABLE venues ENABLE ROW LEVEL SECURITY;
ALTER TABLE meetings ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_mediators ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_invitees ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_actions ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_copies ENABLE ROW LEVEL SECURITY;
ALTER TABLE certificates ENABLE ROW LEVEL SECURITY;
ALTER TABLE activities ENABLE ROW LEVEL SECURITY;
ALTER TABLE bank_holidays ENABLE ROW LEVEL SECURITY;

-- In the policies, (SELECT cg_actor_role()) is worked out once per statement,
-- not once per row.

-- Users: everybody signed in reads the list (names on cases and meetings),
-- and a login its own row; administrators add and change users
-- (ManageUsers). Nobody deletes one.
CREATE POLICY users_read ON users FOR SELECT
    USING ((SELECT cg_actor_role()) IS NOT NULL OR username = session_user);
CREATE POLICY users_add ON users FOR INSERT WITH CHECK (
    (SELECT cg_actor_role()) = 'administrator'
    OR (NOT (SELECT cg_has_administrator()) AND username = session_user AND role = 'administrator' AND active = 1));
CREATE POLICY users_change ON users FOR UPDATE
    USING ((SELECT cg_actor_role()) = 'administrator') WITH CHECK ((SELECT cg_actor_role()) = 'administrator');

-- Office settings and reference tables: read by everybody signed in, changed
-- by administrators (ManageSettings).
CREATE POLICY settings_read ON settings FOR SELECT USING ((SELECT cg_actor_role()) IS NOT NULL);
CREATE POLICY settings_write ON settings FOR ALL
    USING ((SELECT cg_actor_role()) = 'administrator') WITH CHECK ((SELECT cg_actor_role()) = 'administrator');
CREATE POLICY councils_read ON councils FOR SELECT USING ((SELECT cg_actor_role()) IS NOT NULL);
CREATE POLICY councils_write ON councils FOR ALL
    USING ((SELECT cg_actor_role()) = 'administrator') WITH CHECK ((SELECT cg_actor_role()) = 'administrator');
CREATE POLICY venues_read ON venues FOR SELECT USING ((SELECT cg_actor_role()) IS NOT NULL);
CREATE POLICY venues_write ON venues FOR ALL
    USING ((SELECT cg_actor_role()) = 'administrator') WITH CHECK ((SELECT cg_actor_role()) = 'administrator');
CREATE POLICY bank_holidays_read ON bank_holidays FOR SELECT USING ((SELECT cg_actor_role()) IS NOT NULL);
CREATE POLICY bank_holidays_write ON bank_holidays FOR ALL
    USING ((SELECT cg_actor_role()) = 'administrator') WITH CHECK ((SELECT cg_actor_role()) = 'administrator');

-- Counters: case references are taken with a referral (TakeReferrals),
-- certificate numbers at issue (IssueCertificates).
CREATE POLICY counters_read ON counters FOR SELECT USING ((SELECT cg_actor_role()) IS NOT NULL);
CREATE POLICY counters_write ON counters FOR ALL
    USING ((name LIKE 'case-reference-%' AND (SELECT cg_actor_role()) IN ('caseworker', 'supervisor'))
           OR (name LIKE 'certificate-%' AND (SELECT cg_actor_role()) = 'supervisor'))
    WITH CHECK ((name LIKE 'case-reference-%' AND (SELECT cg_actor_role()) IN ('caseworker', 'supervisor'))
                OR (name LIKE 'certificate-%' AND (SELECT cg_actor_role()) = 'supervisor'));

-- The directory (organisations, contacts, conflicts of interest): everybody
-- signed in reads and keeps it, as in the program.
CREATE POLICY organisations_all ON organisations FOR ALL
    USING ((SELECT cg_actor_role()) IS NOT NULL) WITH CHECK ((SELECT cg_actor_role()) IS NOT NULL);
CREATE POLICY contacts_all ON contacts FOR ALL
    USING ((SELECT cg_actor_role()) IS NOT NULL) WITH CHECK ((SELECT cg_actor_role()) IS NOT NULL);
CREATE POLICY contact_search_all ON contact_search FOR ALL
    USING ((SELECT cg_actor_role()) IS NOT NULL) WITH CHECK ((SELECT cg_actor_role()) IS NOT NULL);
CREATE POLICY conflicts_of_interest_all ON conflicts_of_interest FOR ALL
    USING ((SELECT cg_actor_role()) IS NOT NULL) WITH CHECK ((SELECT cg_actor_role()) IS NOT NULL);

-- Cases (SeeAllCases, CaseScope::Assigned): caseworkers, supervisors and
-- administrators see every case; a mediator those where they are the
-- mediator or the caseworker. Caseworkers and supervisors take referrals;
-- they and a case's mediator edit it; administrators only read. Nobody
-- deletes a case here.
CREATE POLICY cases_read ON cases FOR SELECT USING (
    (SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'administrator')
    OR ((SELECT cg_actor_role()) = 'mediator' AND (SELECT cg_actor_id()) IN (caseworker_id, mediator_id)));
CREATE POLICY cases_add ON cases FOR INSERT
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor'));
CREATE POLICY cases_edit ON cases FOR UPDATE
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor')
           OR ((SELECT cg_actor_role()) = 'mediator' AND (SELECT cg_actor_id()) IN (caseworker_id, mediator_id)))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator'));

-- Children, young people and parents: seen with a case (or an invitee) the
-- user sees; added with a referral; edited by whoever may edit such a case.
CREATE POLICY people_read ON people FOR SELECT USING (
    (SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'administrator')
    OR EXISTS (SELECT 1 FROM cases c WHERE c.child_id = people.id OR c.parent_id = people.id)
    OR EXISTS (SELECT 1 FROM invitees i WHERE i.person_id = people.id));
CREATE POLICY people_add ON people FOR INSERT
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor'));
CREATE POLICY people_edit ON people FOR UPDATE
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor')
           OR ((SELECT cg_actor_role()) = 'mediator'
               AND (EXISTS (SELECT 1 FROM cases c WHERE c.child_id = people.id OR c.parent_id = people.id)
                    OR EXISTS (SELECT 1 FROM invitees i WHERE i.person_id = people.id))))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator'));

-- Everything kept per case follows the case: read where the case is seen
-- (the EXISTS runs under the cases policy above), written by those who edit
-- cases (EditCases, ManageInvitees and ManageMeetings go to the same roles).
CREATE POLICY case_plan_sections_read ON case_plan_sections FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY case_plan_sections_write ON case_plan_sections FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY case_search_read ON case_search FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY case_search_write ON case_search FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY activities_read ON activities FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY activities_write ON activities FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY invitees_read ON invitees FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY invitees_write ON invitees FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY invitee_contacts_read ON invitee_contacts FOR SELECT
    USING (EXISTS (SELECT 1 FROM invitees i WHERE i.id = invitee_id));
CREATE POLICY invitee_contacts_write ON invitee_contacts FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM invitees i WHERE i.id = invitee_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM invitees i WHERE i.id = invitee_id));
CREATE POLICY meetings_read ON meetings FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY meetings_write ON meetings FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY meeting_mediators_read ON meeting_mediators FOR SELECT
    USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_mediators_write ON meeting_mediators FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_invitees_read ON meeting_invitees FOR SELECT
    USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_invitees_write ON meeting_invitees FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_changes_read ON meeting_changes FOR SELECT
    USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_changes_write ON meeting_changes FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_actions_read ON meeting_actions FOR SELECT
    USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_actions_write ON meeting_actions FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_copies_read ON meeting_copies FOR SELECT
    USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
CREATE POLICY meeting_copies_write ON meeting_copies FOR ALL
    USING ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
           AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK ((SELECT cg_actor_role()) IN ('caseworker', 'supervisor', 'mediator')
                AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));

-- Certificates: read with the case; drafted, issued, voided and (drafts
-- only, see certificates_guard) deleted by supervisors alone
-- (IssueCertificates, VoidCertificates).
CREATE POLICY certificates_read ON certificates FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY certificates_write ON certificates FOR ALL
    USING ((SELECT cg_actor_role()) = 'supervisor' AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
    WITH CHECK ((SELECT cg_actor_role()) = 'supervisor' AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
