#pragma once

#include "domain/Meeting.h"
#include "domain/MeetingRecord.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/MeetingRules.h"
#include "rules/MeetingStageRules.h"
#include "store/infrastructure/StoreError.h"
#include "store/meetings/MeetingCaseProgress.h"
#include "store/meetings/MeetingQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// Meetings on cases: booking (refused on a clash), rescheduling and
// cancelling with a history of reasons, attendance, and after the meeting its
// outcome, action plan and the copies given out. Booking, recording held and
// cancelling move the case as MeetingStageRules decides (mediation requested
// to meeting arranged; meeting arranged to meeting held, which starts the
// Part 2 clock through CaseDeadlines from the day the meeting ended; back
// when the only meeting is cancelled), in the same transaction as the
// meeting: a refused move (InviteeRules: a mediation is held only with the
// council's decision-maker invited; a disagreement resolution meeting is
// booked only with every other party willing) saves nothing at all.
class MeetingRepository
{
public:
    // The calendar is the office's (BankHolidayRepository::load).
    MeetingRepository(QSqlDatabase db, BankHolidayCalendar calendar);

    using Filter = MeetingQuery::Filter;

    // The office hours setting (09:00 to 17:00 until changed); `version`,
    // when given, is the setting's, for saving it back.
    StoreError officeHours(OfficeHours* hours, qint64* version = nullptr) const;
    // Administrators and supervisors (ManageSettings); with `loadedVersion`,
    // refused (Kind::Conflict, naming who and when) when another desk saved since.
    StoreError setOfficeHours(const OfficeHours& hours, std::optional<qint64> loadedVersion = {});

    // Every rule for this meeting as it stands (clashes with meetings in the
    // store, working days, office hours, the case's 30-day deadline).
    StoreError check(const Meeting& meeting, const QDate& today, MeetingRules::BookingCheck* result) const;
    // Refused (Kind::Invalid, the refusals joined) when check() refuses; the
    // warnings are left in *result for the caller. Sets meeting->id and uid.
    // With `mediationRequestedOn`, a mediation booked on a case still waiting
    // for the family's decision first records that they asked for mediation
    // on that day (CaseRepository::recordMediationRequested), in the same
    // transaction, so the booking then arranges the meeting.
    StoreError book(Meeting* meeting, const QDate& today, std::optional<qint64> authorId,
                    MeetingRules::BookingCheck* result = nullptr, const QDate& mediationRequestedOn = {});
    // New times with a reason, kept in the history; SEQUENCE goes up.
    StoreError reschedule(qint64 meetingId, const QDateTime& start, const QDateTime& end,
                          const QString& reason, const QDate& today, std::optional<qint64> authorId,
                          MeetingRules::BookingCheck* result = nullptr);
    // With `cannotBeHeldInTime`, a mediation that cannot take place within the
    // 30 days: the case moves to "no meeting within 30 days" (Part 3 due) on `today`.
    // With `loadedVersion` (the meeting's rowVersion as the caller read it),
    // refused (Kind::Conflict) when another desk saved the meeting since.
    StoreError cancel(qint64 meetingId, const QString& reason, std::optional<qint64> authorId,
                      const QDate& today = {}, bool cannotBeHeldInTime = false,
                      std::optional<qint64> loadedVersion = {});
    // The meeting dialog's save, and the one way to change a booked meeting's
    // mode, platform, link, venue, mediators, invitees, adjustments or
    // interpreter (never its status): new times (with `reason`, when they
    // changed) and new details checked together, as the meeting will be, and saved in
    // one transaction. Checking them apart let a move pass against the old
    // mediator and then half-save when the new one clashed. Refused
    // (Kind::Conflict) unless `meeting.rowVersion` is still the stored one.
    StoreError edit(const Meeting& meeting, const QString& reason, const QDate& today,
                    std::optional<qint64> authorId, MeetingRules::BookingCheck* result = nullptr);

    // The reads are MeetingQuery's.
    StoreError find(qint64 id, Meeting* meeting) const;
    StoreError listForCase(qint64 caseId, QList<Meeting>* meetings) const;     // by start
    StoreError list(const Filter& filter, QList<Meeting>* meetings) const;     // by start
    StoreError history(qint64 meetingId, QList<MeetingChange>* changes) const; // oldest first
    StoreError setAttendance(qint64 meetingId, qint64 inviteeId, Attendance attendance);

    StoreError record(qint64 meetingId, MeetingRecord* record) const;
    // Saves the outcome and plan (refused with MeetingRules::recordProblems).
    // With an outcome the meeting is held on record.heldDate (the meeting's
    // own date, MeetingDateRule; its end date when not given) and the case moves on.
    // Refused (Kind::Conflict) when `record.rowVersion` is set and another
    // desk saved the meeting since.
    StoreError saveRecord(qint64 meetingId, const MeetingRecord& record, const QDate& today,
                          std::optional<qint64> authorId);
    StoreError addCopy(qint64 meetingId, MeetingCopy* copy);
    StoreError copies(qint64 meetingId, QList<MeetingCopy>* copies) const; // oldest first

private:
    // Every change to a stored meeting: the role to manage meetings, and its
    // case one the actor sees.
    StoreError requireManaging(qint64 meetingId) const;
    // check(), its result given to the caller, and refused (Invalid, every
    // refusal) when the meeting cannot be booked as it stands.
    StoreError checkBooking(const Meeting& meeting, const QDate& today,
                            MeetingRules::BookingCheck* result) const;
    // The writes of book(), checked, inside its transaction; sets booked's
    // id, uid, sequence and status.
    StoreError writeBooking(Meeting* booked, const QDate& today, std::optional<qint64> authorId,
                            const QDate& mediationRequestedOn);
    StoreError writePeople(const Meeting& meeting);
    // The writes of reschedule() and edit(), unchecked, inside the caller's transaction.
    StoreError writeTimes(const Meeting& before, const QDateTime& start, const QDateTime& end,
                          const QString& reason, std::optional<qint64> authorId);
    StoreError writeDetails(const Meeting& candidate);

    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
    MeetingQuery m_query;
    MeetingCaseProgress m_progress; // the case's timeline, stage and mediator
};
