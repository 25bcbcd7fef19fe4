-- Schema version 1: the domain of the SEND mediation and disagreement
-- resolution rules. Tokens in @...@ are filled in per engine by SqlDialect:
--   @ID@         an integer primary key the database assigns
--   @DATE@       an ISO calendar date (YYYY-MM-DD)
--   @TIMESTAMP@  an instant, stored as UTC
--   @BLOB@       bytes
-- Enumerations are lower-case text checked here, so a psql user cannot store
-- a value the program does not understand.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Named counters for case references and certificate numbers; read and
-- advanced inside a write transaction.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE users (
    id            @ID@,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('caseworker', 'mediator', 'supervisor', 'administrator')),
    email         TEXT,
    phone         TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    @TIMESTAMP@ NOT NULL
);

CREATE TABLE councils (
    id                           @ID@,
    name                         TEXT NOT NULL UNIQUE,
    code                         TEXT NOT NULL UNIQUE,
    -- What starts the 30-day meeting clock under this council's contract.
    meeting_clock_start          TEXT NOT NULL DEFAULT 'mediation_requested'
                                 CHECK (meeting_clock_start IN ('enquiry', 'mediation_requested')),
    -- Contract service level: a referral is actioned within N working days.
    referral_action_working_days INTEGER NOT NULL DEFAULT 5 CHECK (referral_action_working_days BETWEEN 0 AND 60),
    retention_years              INTEGER NOT NULL DEFAULT 6 CHECK (retention_years BETWEEN 1 AND 50),
    created_at                   @TIMESTAMP@ NOT NULL
);

CREATE TABLE organisations (
    id          @ID@,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('council_send', 'school', 'early_years', 'college', 'sendiass',
                                              'icb', 'health_provider', 'social_care', 'provider', 'other')),
    council_id  INTEGER REFERENCES councils (id) ON DELETE SET NULL,
    address     TEXT,
    postcode    TEXT,
    phone       TEXT,
    email       TEXT,
    notes       TEXT,
    created_at  @TIMESTAMP@ NOT NULL
);
CREATE INDEX organisations_council ON organisations (council_id);

CREATE TABLE contacts (
    id                 @ID@,
    organisation_id    INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    given_name         TEXT NOT NULL,
    family_name        TEXT NOT NULL,
    job_title          TEXT,
    phone              TEXT,
    email              TEXT,
    -- A council officer with authority to agree on the council's behalf.
    is_decision_maker  INTEGER NOT NULL DEFAULT 0 CHECK (is_decision_maker IN (0, 1)),
    notes              TEXT,
    created_at         @TIMESTAMP@ NOT NULL
);
CREATE INDEX contacts_organisation ON contacts (organisation_id);

-- Children, young people, parents and carers.
CREATE TABLE people (
    id             @ID@,
    given_name     TEXT NOT NULL,
    family_name    TEXT NOT NULL,
    date_of_birth  @DATE@,
    address        TEXT,
    postcode       TEXT,
    phone          TEXT,
    email          TEXT,
    created_at     @TIMESTAMP@ NOT NULL
);

CREATE TABLE cases (
    id                        @ID@,
    reference                 TEXT NOT NULL UNIQUE,
    council_id                INTEGER NOT NULL REFERENCES councils (id),
    route                     TEXT NOT NULL CHECK (route IN ('mediation', 'disagreement_resolution')),
    stage                     TEXT NOT NULL,
    child_id                  INTEGER NOT NULL REFERENCES people (id),
    parent_id                 INTEGER REFERENCES people (id),
    referrer_kind             TEXT NOT NULL CHECK (referrer_kind IN ('parent', 'young_person', 'professional')),
    referrer_contact_id       INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    parent_permission_date    @DATE@,
    school_id                 INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    -- Mediation: the appealable decision and the date its notice was sent.
    decision_type             TEXT CHECK (decision_type IN ('refusal_to_assess', 'refusal_to_reassess',
                                                            'refusal_to_issue', 'refusal_to_amend',
                                                            'cease_to_maintain', 'plan_content')),
    decision_notice_date      @DATE@,
    -- Disagreement resolution: what it is about.
    disagreement_subject      TEXT,
    enquiry_date              @DATE@ NOT NULL,
    enquiry_channel           TEXT NOT NULL CHECK (enquiry_channel IN ('phone', 'email', 'letter', 'web', 'in_person', 'referral')),
    information_given_date    @DATE@,
    mediation_requested_date  @DATE@,
    not_pursuing_date         @DATE@,
    reasonable_adjustments    TEXT,
    interpreter_language      TEXT,
    caseworker_id             INTEGER REFERENCES users (id) ON DELETE SET NULL,
    mediator_id               INTEGER REFERENCES users (id) ON DELETE SET NULL,
    closed_date               @DATE@,
    closed_reason             TEXT,
    created_at                @TIMESTAMP@ NOT NULL,
    updated_at                @TIMESTAMP@ NOT NULL,
    CHECK (route <> 'mediation' OR (decision_type IS NOT NULL AND decision_notice_date IS NOT NULL))
);
CREATE INDEX cases_council ON cases (council_id);
CREATE INDEX cases_stage ON cases (stage);
CREATE INDEX cases_caseworker ON cases (caseworker_id);
CREATE INDEX cases_child ON cases (child_id);
CREATE INDEX cases_parent ON cases (parent_id);

-- EHC plan sections in dispute (B, C, D, F, G, H1, H2, I).
CREATE TABLE case_plan_sections (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    section  TEXT NOT NULL CHECK (section IN ('B', 'C', 'D', 'F', 'G', 'H1', 'H2', 'I')),
    PRIMARY KEY (case_id, section)
);

CREATE TABLE invitees (
    id              @ID@,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    contact_id      INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    person_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('parent_carer', 'young_person', 'child', 'school_representative',
                                                  'class_teacher', 'sendiass_adviser', 'council_send_officer',
                                                  'council_decision_maker', 'health_representative',
                                                  'social_care_representative', 'supporter', 'advocate',
                                                  'interpreter')),
    status          TEXT NOT NULL DEFAULT 'to_invite'
                    CHECK (status IN ('to_invite', 'invited', 'confirmed', 'declined', 'attended', 'did_not_attend')),
    -- Disagreement resolution: whether this party is willing to take part (NULL: not yet asked).
    willing         INTEGER CHECK (willing IN (0, 1)),
    consent_date    @DATE@,
    notes           TEXT,
    created_at      @TIMESTAMP@ NOT NULL
);
CREATE INDEX invitees_case ON invitees (case_id);

CREATE TABLE venues (
    id                   @ID@,
    name                 TEXT NOT NULL,
    address              TEXT,
    postcode             TEXT,
    accessibility_notes  TEXT,
    created_at           @TIMESTAMP@ NOT NULL
);

CREATE TABLE meetings (
    id          @ID@,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('information_call', 'pre_meeting_call', 'mediation', 'disagreement_resolution')),
    starts_at   @TIMESTAMP@ NOT NULL,
    ends_at     @TIMESTAMP@ NOT NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('online', 'in_person', 'phone')),
    platform    TEXT,
    link        TEXT,
    venue_id    INTEGER REFERENCES venues (id) ON DELETE SET NULL,
    status      TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
    outcome     TEXT CHECK (outcome IN ('agreed', 'partly_agreed', 'not_agreed', 'adjourned', 'withdrawn')),
    notes       TEXT,
    created_at  @TIMESTAMP@ NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX meetings_case ON meetings (case_id);
CREATE INDEX meetings_starts ON meetings (starts_at);

CREATE TABLE meeting_mediators (
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (meeting_id, user_id)
);

CREATE TABLE certificates (
    id                     @ID@,
    number                 TEXT UNIQUE,
    part                   INTEGER NOT NULL CHECK (part IN (1, 2, 3)),
    case_id                INTEGER NOT NULL REFERENCES cases (id),
    status                 TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'voided')),
    -- The event the 3-working-day clock runs from.
    trigger_date           @DATE@ NOT NULL,
    issue_date             @DATE@,
    issuer_id              INTEGER REFERENCES users (id),
    issuer_name            TEXT,
    issuer_role            TEXT,
    void_reason            TEXT,
    replaces_id            INTEGER REFERENCES certificates (id),
    pdf                    @BLOB@,
    pdf_sha256             TEXT,
    created_at             @TIMESTAMP@ NOT NULL
);
CREATE INDEX certificates_case ON certificates (case_id);

-- The case timeline: calls, emails, letters, notes and stage changes.
CREATE TABLE activities (
    id            @ID@,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    occurred_at   @TIMESTAMP@ NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('call', 'email', 'letter', 'note', 'stage_change', 'meeting', 'certificate')),
    author_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    summary       TEXT NOT NULL,
    body          TEXT,
    confidential  INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    created_at    @TIMESTAMP@ NOT NULL
);
CREATE INDEX activities_case ON activities (case_id, occurred_at);

-- England and Wales bank holidays, shared by every desk of an office.
CREATE TABLE bank_holidays (
    holiday_date  @DATE@ PRIMARY KEY,
    title         TEXT NOT NULL
);
