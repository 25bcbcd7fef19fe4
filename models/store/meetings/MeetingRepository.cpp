#include "store/meetings/MeetingRepository.h"

#include "domain/OfficeTime.h"
#include "rules/CaseDeadlines.h"
#include "rules/MeetingDateRule.h"
#include "store/access/AccessGuard.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"
#include "store/settings/SettingsRepository.h"

#include <QSqlQuery>
#include <QUuid>

namespace {
// Instants are bound as UTC; on SQLite that is one ISO text form, so range
// comparisons in SQL hold.
QVariant bindInstant(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
}

const QString kOfficeStartKey = QStringLiteral("office_hours_start");
const QString kOfficeEndKey = QStringLiteral("office_hours_end");
} // namespace

MeetingRepository::MeetingRepository(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(db), m_calendar(calendar), m_query(db), m_progress(db, calendar)
{}

StoreError MeetingRepository::find(qint64 id, Meeting* meeting) const
{
    return m_query.find(id, meeting);
}

StoreError MeetingRepository::listForCase(qint64 caseId, QList<Meeting>* meetings) const
{
    return m_query.listForCase(caseId, meetings);
}

StoreError MeetingRepository::list(const Filter& filter, QList<Meeting>* meetings) const
{
    return m_query.list(filter, meetings);
}

StoreError MeetingRepository::history(qint64 meetingId, QList<MeetingChange>* changes) const
{
    return m_query.history(meetingId, changes);
}

StoreError MeetingRepository::record(qint64 meetingId, MeetingRecord* record) const
{
    return m_query.record(meetingId, record);
}

StoreError MeetingRepository::copies(qint64 meetingId, QList<MeetingCopy>* copies) const
{
    return m_query.copies(meetingId, copies);
}

StoreError MeetingRepository::officeHours(OfficeHours* hours, qint64* version) const
{
    *hours = OfficeHours{};
    if (version) {
        if (StoreError error = SettingsRepository(m_db).version({kOfficeStartKey, kOfficeEndKey}, version))
            return error;
    }
    StoreQuery query(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"));
    query.bind(kOfficeStartKey, kOfficeEndKey);
    if (StoreError error = query.exec(QStringLiteral("Could not read the office hours")))
        return error;
    OfficeHours read;
    while (query.next()) {
        const QTime time = QTime::fromString(query.value(1).toString(), QStringLiteral("HH:mm"));
        (query.value(0).toString() == kOfficeStartKey ? read.start : read.end) = time;
    }
    if (read.isValid()) // a broken setting falls back to the default
        *hours = read;
    return {};
}

StoreError MeetingRepository::setOfficeHours(const OfficeHours& hours, std::optional<qint64> loadedVersion)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    if (!hours.isValid())
        return StoreError::invalid(QStringLiteral("Office hours must end after they start."));
    return SettingsRepository(m_db).setValues(
        {{kOfficeStartKey, hours.start.toString(QStringLiteral("HH:mm"))},
         {kOfficeEndKey, hours.end.toString(QStringLiteral("HH:mm"))}},
        loadedVersion, QStringLiteral("office hours"));
}

StoreError MeetingRepository::requireManaging(qint64 meetingId) const
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageMeetings))
        return error;
    return AccessGuard(m_db).requireVisibleCaseOf("meetings", meetingId);
}

StoreError MeetingRepository::checkBooking(const Meeting& meeting, const QDate& today,
                                           MeetingRules::BookingCheck* result) const
{
    MeetingRules::BookingCheck checked;
    if (StoreError error = check(meeting, today, &checked))
        return error;
    if (result)
        *result = checked;
    if (!checked.canBook())
        return StoreError::invalid(checked.refusals.join(QLatin1Char(' ')));
    return {};
}

StoreError MeetingRepository::check(const Meeting& meeting, const QDate& today,
                                    MeetingRules::BookingCheck* result) const
{
    MeetingRules::BookingContext context;
    context.calendar = m_calendar;
    context.today = today;
    if (StoreError error = officeHours(&context.hours))
        return error;

    CaseDetails details;
    if (StoreError error = CaseRepository(m_db, m_calendar).load(meeting.caseId, &details))
        return error;
    context.enquiryDate = details.referral.enquiryDate;
    const DeadlineCalculator calculator(m_calendar);
    for (const CaseDeadline& deadline : CaseDeadlines(calculator).all(CaseDeadlines::timelineOf(details))) {
        if (deadline.kind == CaseDeadline::Kind::MeetingBy)
            context.meetingBy = deadline;
    }

    Meeting candidate = meeting;
    if (candidate.venueId && candidate.venue.name.isEmpty()) {
        StoreQuery venue(m_db, QStringLiteral("SELECT name FROM venues WHERE id = ?"));
        venue.bind(*candidate.venueId);
        // Without the name the check still runs; the clash message names the venue less well.
        if (venue.sql().exec() && venue.next())
            candidate.venue.name = venue.value(0).toString();
    }
    if (candidate.start.isValid() && candidate.end.isValid()) {
        // Only meetings near in time can clash; the rules decide the overlap exactly.
        Filter near;
        near.from = candidate.start;
        near.to = candidate.end;
        near.includeCancelled = false;
        if (StoreError error = list(near, &context.others))
            return error;
    }
    *result = MeetingRules::check(candidate, context);
    return {};
}

StoreError MeetingRepository::book(Meeting* meeting, const QDate& today, std::optional<qint64> authorId,
                                   MeetingRules::BookingCheck* result, const QDate& mediationRequestedOn)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageMeetings))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(meeting->caseId))
        return error;
    if (StoreError error = checkBooking(*meeting, today, result))
        return error;

    // The meeting, its timeline entry and the case moved on (mediation
    // requested to meeting arranged; a disagreement resolution meeting only
    // with every other party willing) are saved together or not at all.
    Meeting booked = *meeting;
    if (StoreError error = WriteTransaction::run(
            m_db, [&] { return writeBooking(&booked, today, authorId, mediationRequestedOn); }))
        return error;
    *meeting = booked;
    return {};
}

StoreError MeetingRepository::writeBooking(Meeting* booked, const QDate& today,
                                           std::optional<qint64> authorId, const QDate& mediationRequestedOn)
{
    if (mediationRequestedOn.isValid() && booked->kind == MeetingKind::Mediation) {
        if (StoreError error =
                CaseRepository(m_db, m_calendar)
                    .recordMediationRequested(booked->caseId, mediationRequestedOn, {}, today, authorId))
            return error;
    }
    const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
    // The UID is random, never derived from the case, so it says nothing about the family.
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@commonground");
    StoreQuery query(
        m_db,
        QStringLiteral("INSERT INTO meetings (case_id, kind, starts_at, ends_at, mode, platform, link, "
                       "venue_id, status, reasonable_adjustments, interpreter_language, uid, sequence, "
                       "created_by, created_at, notice_sent, shorter_notice_agreed) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, 'scheduled', ?, ?, ?, 0, ?, ?, ?, ?)") +
            dialect.returningIdClause());
    query.bind(booked->caseId, meetingKindToString(booked->kind), bindInstant(booked->start),
               bindInstant(booked->end), meetingModeToString(booked->mode));
    const bool online = booked->mode == MeetingMode::Online;
    query.bind(SqlValues::text(online ? booked->platform : QString()),
               SqlValues::text(online ? booked->link : QString()),
               SqlValues::id(booked->mode == MeetingMode::InPerson ? booked->venueId : std::nullopt),
               SqlValues::text(booked->reasonableAdjustments), SqlValues::text(booked->interpreterLanguage),
               uid, SqlValues::id(authorId), SqlValues::now(), SqlValues::date(booked->noticeSent),
               booked->shorterNoticeAgreed ? 1 : 0);
    qint64 id = 0;
    if (StoreError error = query.execInsert(QStringLiteral("Could not book the meeting"), &id))
        return error;
    booked->id = id;
    booked->uid = uid;
    booked->sequence = 0;
    booked->rowVersion = 1; // the schema's default for a new row
    booked->status = MeetingStatus::Scheduled;
    if (StoreError error = writePeople(*booked))
        return error;
    if (StoreError error = m_progress.addTimeline(
            booked->caseId, QStringLiteral("Booked: %1").arg(meetingKindTitle(booked->kind)), authorId))
        return error;
    if (StoreError error = m_progress.adoptMediator(*booked, authorId))
        return error;
    if (StoreError error =
            m_progress.moveAfter(*booked, MeetingStageRules::MeetingEvent::Booked, today, today, authorId))
        return error;
    return {};
}

StoreError MeetingRepository::reschedule(qint64 meetingId, const QDateTime& start, const QDateTime& end,
                                         const QString& reason, const QDate& today,
                                         std::optional<qint64> authorId, MeetingRules::BookingCheck* result)
{
    if (StoreError error = requireManaging(meetingId))
        return error;
    if (reason.trimmed().isEmpty())
        return StoreError::invalid(
            QStringLiteral("Give the reason for moving the meeting; it is kept in its history."));
    Meeting meeting;
    if (StoreError error = find(meetingId, &meeting))
        return error;
    if (meeting.status != MeetingStatus::Scheduled)
        return StoreError::invalid(
            QStringLiteral("Only a scheduled meeting can be moved; book a new one instead."));
    const Meeting before = meeting;
    meeting.start = start;
    meeting.end = end;
    if (StoreError error = checkBooking(meeting, today, result))
        return error;

    return WriteTransaction::run(m_db, [&] { return writeTimes(before, start, end, reason, authorId); });
}

StoreError MeetingRepository::writeTimes(const Meeting& before, const QDateTime& start, const QDateTime& end,
                                         const QString& reason, std::optional<qint64> authorId)
{
    const qint64 meetingId = before.id;
    StoreQuery query(
        m_db, QStringLiteral("UPDATE meetings SET starts_at = ?, ends_at = ?, sequence = sequence + 1, ") +
                  RowVersion::stampAssignments() + QStringLiteral(" WHERE id = ? AND status = 'scheduled'"));
    query.bind(bindInstant(start), bindInstant(end));
    if (StoreError error = RowVersion::bindStamp(m_db, query))
        return error;
    query.bind(meetingId);
    if (StoreError error = query.exec(QStringLiteral("Could not move the meeting")))
        return error;
    StoreQuery change(
        m_db, QStringLiteral("INSERT INTO meeting_changes (meeting_id, kind, old_starts_at, old_ends_at, "
                             "new_starts_at, new_ends_at, reason, author_id, changed_at) "
                             "VALUES (?, 'rescheduled', ?, ?, ?, ?, ?, ?, ?)"));
    change.bind(meetingId, bindInstant(before.start), bindInstant(before.end), bindInstant(start),
                bindInstant(end), reason.trimmed(), SqlValues::id(authorId), SqlValues::now());
    if (StoreError error = change.exec(QStringLiteral("Could not keep the meeting's history")))
        return error;
    return m_progress.addTimeline(before.caseId,
                                  QStringLiteral("Moved: %1").arg(meetingKindTitle(before.kind)), authorId);
}

StoreError MeetingRepository::cancel(qint64 meetingId, const QString& reason, std::optional<qint64> authorId,
                                     const QDate& today, bool cannotBeHeldInTime,
                                     std::optional<qint64> loadedVersion)
{
    if (StoreError error = requireManaging(meetingId))
        return error;
    if (reason.trimmed().isEmpty())
        return StoreError::invalid(
            QStringLiteral("Give the reason for cancelling the meeting; it is kept in its history."));
    Meeting meeting;
    if (StoreError error = find(meetingId, &meeting))
        return error;
    const RowVersion::Loaded loaded{QStringLiteral("meetings"), QStringLiteral("meeting"), meetingId,
                                    loadedVersion.value_or(meeting.rowVersion)};
    if (loaded.version != meeting.rowVersion)
        return RowVersion::refusal(m_db, loaded, QStringLiteral("Could not cancel the meeting"));
    if (meeting.status != MeetingStatus::Scheduled)
        return StoreError::invalid(QStringLiteral("Only a scheduled meeting can be cancelled."));
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        if (StoreError error = RowVersion::update(
                m_db, loaded, QStringLiteral("status = 'cancelled', sequence = sequence + 1"),
                [](StoreQuery&) {}, QStringLiteral("Could not cancel the meeting")))
            return error;
        StoreQuery change(
            m_db, QStringLiteral("INSERT INTO meeting_changes (meeting_id, kind, old_starts_at, old_ends_at, "
                                 "reason, author_id, changed_at) VALUES (?, 'cancelled', ?, ?, ?, ?, ?)"));
        change.bind(meetingId, bindInstant(meeting.start), bindInstant(meeting.end), reason.trimmed(),
                    SqlValues::id(authorId), SqlValues::now());
        if (StoreError error = change.exec(QStringLiteral("Could not keep the meeting's history")))
            return error;
        if (StoreError error = m_progress.addTimeline(
                meeting.caseId, QStringLiteral("Cancelled: %1").arg(meetingKindTitle(meeting.kind)),
                authorId))
            return error;
        // The only meeting cancelled: the case waits for one again; one that
        // cannot be held within the 30 days makes the Part 3 certificate due.
        const auto event = cannotBeHeldInTime ? MeetingStageRules::MeetingEvent::CannotBeHeldInTime
                                              : MeetingStageRules::MeetingEvent::Cancelled;
        const QDate day = today.isValid() ? today : QDate::currentDate();
        return m_progress.moveAfter(meeting, event, day, day, authorId);
    });
}

StoreError MeetingRepository::edit(const Meeting& meeting, const QString& reason, const QDate& today,
                                   std::optional<qint64> authorId, MeetingRules::BookingCheck* result)
{
    if (StoreError error = requireManaging(meeting.id))
        return error;
    Meeting stored;
    if (StoreError error = find(meeting.id, &stored))
        return error;
    // Before anything else: what differs from the stored meeting may be
    // another desk's change rather than this one's.
    if (meeting.rowVersion != stored.rowVersion)
        return RowVersion::refusal(
            m_db, {QStringLiteral("meetings"), QStringLiteral("meeting"), meeting.id, meeting.rowVersion},
            QStringLiteral("Could not save the meeting"));
    const bool moved = meeting.start != stored.start || meeting.end != stored.end;
    if (moved && reason.trimmed().isEmpty())
        return StoreError::invalid(
            QStringLiteral("Give the reason for moving the meeting; it is kept in its history."));
    if (moved && stored.status != MeetingStatus::Scheduled)
        return StoreError::invalid(
            QStringLiteral("Only a scheduled meeting can be moved; book a new one instead."));
    Meeting candidate = meeting;
    candidate.caseId = stored.caseId;
    if (StoreError error = checkBooking(candidate, today, result))
        return error;
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        // The details first: their save is the one that checks the version.
        if (StoreError error = writeDetails(candidate))
            return error;
        if (moved)
            return writeTimes(stored, candidate.start, candidate.end, reason, authorId);
        return {};
    });
}

StoreError MeetingRepository::writeDetails(const Meeting& candidate)
{
    if (StoreError error = RowVersion::update(
            m_db, {QStringLiteral("meetings"), QStringLiteral("meeting"), candidate.id, candidate.rowVersion},
            QStringLiteral(
                "kind = ?, mode = ?, platform = ?, link = ?, venue_id = ?, reasonable_adjustments = ?, "
                "interpreter_language = ?, notice_sent = ?, shorter_notice_agreed = ?, "
                "sequence = sequence + 1"),
            [&](StoreQuery& query) {
                query.bind(meetingKindToString(candidate.kind), meetingModeToString(candidate.mode));
                const bool online = candidate.mode == MeetingMode::Online;
                query.bind(
                    SqlValues::text(online ? candidate.platform : QString()),
                    SqlValues::text(online ? candidate.link : QString()),
                    SqlValues::id(candidate.mode == MeetingMode::InPerson ? candidate.venueId : std::nullopt),
                    SqlValues::text(candidate.reasonableAdjustments),
                    SqlValues::text(candidate.interpreterLanguage), SqlValues::date(candidate.noticeSent),
                    candidate.shorterNoticeAgreed ? 1 : 0);
            },
            QStringLiteral("Could not save the meeting")))
        return error;
    return writePeople(candidate);
}

StoreError MeetingRepository::writePeople(const Meeting& meeting)
{
    StoreQuery clear(m_db, QStringLiteral("DELETE FROM meeting_mediators WHERE meeting_id = ?"));
    clear.bind(meeting.id);
    if (StoreError error = clear.exec(QStringLiteral("Could not save the meeting's mediators")))
        return error;
    for (const MeetingMediator& mediator : meeting.mediators) {
        StoreQuery insert(
            m_db, QStringLiteral("INSERT INTO meeting_mediators (meeting_id, user_id) VALUES (?, ?)"));
        insert.bind(meeting.id, mediator.userId);
        if (StoreError error = insert.exec(QStringLiteral("Could not save the meeting's mediators")))
            return error;
    }
    StoreQuery clearInvitees(m_db, QStringLiteral("DELETE FROM meeting_invitees WHERE meeting_id = ?"));
    clearInvitees.bind(meeting.id);
    if (StoreError error = clearInvitees.exec(QStringLiteral("Could not save the meeting's invitees")))
        return error;
    for (const MeetingInvitee& invitee : meeting.invitees) {
        // Only the case's own invitees may be asked to its meetings.
        StoreQuery insert(m_db,
                          QStringLiteral("INSERT INTO meeting_invitees (meeting_id, invitee_id, attendance) "
                                         "SELECT ?, id, ? FROM invitees WHERE id = ? AND case_id = ?"));
        insert.bind(meeting.id, attendanceToString(invitee.attendance), invitee.inviteeId, meeting.caseId);
        if (StoreError error = insert.exec(QStringLiteral("Could not save the meeting's invitees")))
            return error;
        if (insert.numRowsAffected() == 0)
            return StoreError::invalid(
                QStringLiteral("%1 is not an invitee of this case.")
                    .arg(invitee.name.isEmpty() ? QString::number(invitee.inviteeId) : invitee.name));
    }
    return {};
}

StoreError MeetingRepository::setAttendance(qint64 meetingId, qint64 inviteeId, Attendance attendance)
{
    if (StoreError error = requireManaging(meetingId))
        return error;
    return WriteTransaction::run(m_db, [&] {
        StoreQuery query(
            m_db, QStringLiteral(
                      "UPDATE meeting_invitees SET attendance = ? WHERE meeting_id = ? AND invitee_id = ?"));
        query.bind(attendanceToString(attendance), meetingId, inviteeId);
        return query.execAffecting(QStringLiteral("Could not save the attendance"),
                                   QStringLiteral("That person is not invited to this meeting."));
    });
}

StoreError MeetingRepository::saveRecord(qint64 meetingId, const MeetingRecord& record, const QDate& today,
                                         std::optional<qint64> authorId)
{
    if (StoreError error = requireManaging(meetingId))
        return error;
    Meeting meeting;
    if (StoreError error = find(meetingId, &meeting))
        return error;
    // Held on the meeting's own date (its end date when none is given): the
    // Part 2 clock runs from the day the meeting ended, never from the day
    // the form was filled in.
    const QDate startDate = meeting.start.toTimeZone(OfficeTime::zone()).date();
    const QDate endDate = meeting.end.toTimeZone(OfficeTime::zone()).date();
    const QDate heldDate = record.heldDate.isValid() ? record.heldDate : endDate;
    MeetingRecord dated = record;
    dated.heldDate = heldDate;
    if (const QStringList problems = MeetingRules::recordProblems(dated); !problems.isEmpty())
        return StoreError::invalid(problems.join(QLatin1Char(' ')));
    if (meeting.status == MeetingStatus::Cancelled)
        return StoreError::invalid(QStringLiteral("A cancelled meeting has no outcome; book a new meeting."));
    const RowVersion::Loaded loaded{QStringLiteral("meetings"), QStringLiteral("meeting"), meetingId,
                                    record.rowVersion > 0 ? record.rowVersion : meeting.rowVersion};
    const QString context = QStringLiteral("Could not save the meeting's outcome");
    if (loaded.version != meeting.rowVersion)
        return RowVersion::refusal(m_db, loaded, context);
    const bool held = record.outcome.has_value();
    if (held) {
        CaseDetails details;
        if (StoreError error = CaseRepository(m_db, m_calendar).load(meeting.caseId, &details))
            return error;
        const MeetingDateRule::Result date =
            MeetingDateRule::checkHeld(heldDate, startDate, endDate, details.referral.enquiryDate, today);
        if (!date.refusal.isEmpty())
            return StoreError::invalid(date.refusal);
    }
    // The outcome, the timeline entry and the case moved on (for a mediation,
    // to "meeting held", from which CaseDeadlines gives the Part 2 due date;
    // none after a section-I-only mediation) are saved together or not at all.
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        if (StoreError error = RowVersion::update(
                m_db, loaded,
                QStringLiteral("outcome = ?, held_date = ?, issues_covered = ?, notes_agreed = ?, notes = ?, "
                               "status = ?, agreed_period_days = ?, council_not_party = ?"),
                [&](StoreQuery& query) {
                    query.bind(held ? QVariant(meetingOutcomeToString(*record.outcome))
                                    : QVariant(QMetaType::fromType<QString>()),
                               SqlValues::date(held ? heldDate : QDate()),
                               SqlValues::text(record.issuesCovered), record.notesAgreed ? 1 : 0);
                    // Closed without everyone's agreement: nothing is stored, whatever was typed.
                    query.bind(SqlValues::text(record.notesAgreed ? record.notes : QString()),
                               meetingStatusToString(held ? MeetingStatus::Held : meeting.status),
                               record.agreedPeriodDays ? QVariant(*record.agreedPeriodDays)
                                                       : QVariant(QMetaType::fromType<int>()),
                               record.councilNotParty ? 1 : 0);
                },
                context))
            return error;
        StoreQuery clear(m_db, QStringLiteral("DELETE FROM meeting_actions WHERE meeting_id = ?"));
        clear.bind(meetingId);
        if (StoreError error = clear.exec(QStringLiteral("Could not save the action plan")))
            return error;
        for (int i = 0; i < record.actions.size(); ++i) {
            const MeetingAction& action = record.actions.at(i);
            StoreQuery insert(
                m_db, QStringLiteral("INSERT INTO meeting_actions (meeting_id, position, what, who, party, "
                                     "due_date, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            insert.bind(meetingId, i, action.what.trimmed(), action.who.trimmed(),
                        actionPartyToString(action.party), action.due,
                        action.kind ? QVariant(agreedActionKindToString(*action.kind))
                                    : QVariant(QMetaType::fromType<QString>()));
            if (StoreError error = insert.exec(QStringLiteral("Could not save the action plan")))
                return error;
        }
        if (held && meeting.status != MeetingStatus::Held) {
            if (StoreError error = m_progress.addTimeline(
                    meeting.caseId,
                    QStringLiteral("Held: %1 (%2)")
                        .arg(meetingKindTitle(meeting.kind), meetingOutcomeTitle(*record.outcome).toLower()),
                    authorId))
                return error;
            if (StoreError error = m_progress.moveAfter(meeting, MeetingStageRules::MeetingEvent::Held,
                                                        endDate, today, authorId))
                return error;
        }
        return {};
    });
}

StoreError MeetingRepository::addCopy(qint64 meetingId, MeetingCopy* copy)
{
    if (StoreError error = requireManaging(meetingId))
        return error;
    if (copy->recipient.trimmed().isEmpty() || !copy->sentOn.isValid())
        return StoreError::invalid(QStringLiteral("Say who received the copy and on what date."));
    return WriteTransaction::run(m_db, [&] {
        const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
        StoreQuery query(
            m_db,
            QStringLiteral("INSERT INTO meeting_copies (meeting_id, recipient, sent_on, method, created_at) "
                           "VALUES (?, ?, ?, ?, ?)") +
                dialect.returningIdClause());
        query.bind(meetingId, copy->recipient.trimmed(), copy->sentOn, copyMethodToString(copy->method),
                   SqlValues::now());
        return query.execInsert(QStringLiteral("Could not record the copy"), &copy->id);
    });
}
