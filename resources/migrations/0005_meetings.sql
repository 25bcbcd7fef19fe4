-- Schema version 5: meetings as issue 6 needs them.
-- A stable calendar UID and a SEQUENCE so a re-exported .ics updates the
-- event in people's calendars instead of duplicating it.
ALTER TABLE meetings ADD COLUMN uid TEXT;
ALTER TABLE meetings ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN reasonable_adjustments TEXT;
ALTER TABLE meetings ADD COLUMN interpreter_language TEXT;
ALTER TABLE meetings ADD COLUMN issues_covered TEXT;
-- Notes are taken only where everyone at the meeting agreed (reg 41 and the
-- Code of Practice); without that agreement the notes column stays empty.
ALTER TABLE meetings ADD COLUMN notes_agreed INTEGER NOT NULL DEFAULT 0 CHECK (notes_agreed IN (0, 1));
ALTER TABLE meetings ADD COLUMN held_date @DATE@;
ALTER TABLE meetings ADD COLUMN created_by INTEGER REFERENCES users (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX meetings_uid ON meetings (uid);

-- Who of the case's invitees is asked to this meeting, and whether they came.
CREATE TABLE meeting_invitees (
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    invitee_id  INTEGER NOT NULL REFERENCES invitees (id) ON DELETE CASCADE,
    attendance  TEXT NOT NULL DEFAULT 'expected'
                CHECK (attendance IN ('expected', 'attended', 'did_not_attend', 'sent_apologies')),
    PRIMARY KEY (meeting_id, invitee_id)
);
CREATE INDEX meeting_invitees_invitee ON meeting_invitees (invitee_id);

-- Every reschedule and cancellation, with its reason.
CREATE TABLE meeting_changes (
    id              @ID@,
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('rescheduled', 'cancelled')),
    old_starts_at   @TIMESTAMP@ NOT NULL,
    old_ends_at     @TIMESTAMP@ NOT NULL,
    new_starts_at   @TIMESTAMP@,
    new_ends_at     @TIMESTAMP@,
    reason          TEXT NOT NULL,
    author_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    changed_at      @TIMESTAMP@ NOT NULL
);
CREATE INDEX meeting_changes_meeting ON meeting_changes (meeting_id);

-- The agreement or action plan: what, who, by when (reg 42: the council acts
-- within 2 weeks unless another period is agreed in writing).
CREATE TABLE meeting_actions (
    id          @ID@,
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    what        TEXT NOT NULL,
    who         TEXT NOT NULL,
    party       TEXT NOT NULL CHECK (party IN ('council', 'school', 'family', 'health', 'social_care', 'other')),
    due_date    @DATE@ NOT NULL
);
CREATE INDEX meeting_actions_meeting ON meeting_actions (meeting_id);

-- Who received a copy of the agreement, when and how.
CREATE TABLE meeting_copies (
    id          @ID@,
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    recipient   TEXT NOT NULL,
    sent_on     @DATE@ NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('email', 'post', 'by_hand')),
    created_at  @TIMESTAMP@ NOT NULL
);
CREATE INDEX meeting_copies_meeting ON meeting_copies (meeting_id);
