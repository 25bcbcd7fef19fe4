#pragma once

#include "domain/CertificatePart.h"
#include "domain/MeetingClockStart.h"
#include "domain/MeetingRoute.h"
#include "rules/Deadline.h"
#include "rules/WorkingDays.h"

// The deadlines of rules/README.md sections 3 to 5, each with its working. An
// invalid start date (or a negative number of days) gives an invalid Deadline.
class DeadlineCalculator
{
public:
    explicit DeadlineCalculator(BankHolidayCalendar calendar) : m_workingDays(std::move(calendar)) {}

    // The family contacts the mediation adviser within 2 months of the
    // decision notice being sent (reg 33).
    Deadline contactBy(const QDate& decisionNoticeSent) const;
    // The N-th working day after a date, the date itself not counted.
    Deadline workingDaysAfter(const QDate& from, int workingDays) const;
    // The contract's service level: a referral is actioned within N working
    // days (a per-council setting, usually 5).
    Deadline referralActionBy(const QDate& referralReceived, int workingDays = 5) const;
    // The statutory 30 days (rules/README.md section 3, "The 30 days by
    // route"): the meeting takes place within 30 calendar days of the council
    // being told the family wishes to mediate, or, for health-only mediation
    // arranged by the integrated care board, of the council telling the board
    // the issues. Part 3 follows this deadline.
    Deadline meetingBy(const QDate& clockStarted, MeetingRoute route) const;
    // The council's contract target (section 3): a service level, 30 calendar
    // days from the contract's start event. Never statutory; it never makes a
    // certificate due.
    Deadline contractMeetingBy(const QDate& clockStarted, MeetingClockStart startEvent) const;
    // A certificate is issued within 3 working days of its trigger: being told
    // (Part 1), the end of mediation (Part 2), learning the meeting cannot be
    // held in time (Part 3).
    Deadline certificateDueBy(CertificatePart part, const QDate& trigger) const;
    // Notice of the meeting (rules/README.md section 3, "Notice of the
    // meeting"): the family is told the date and place at least 5 working
    // days before it, so the latest day to send notice is the 5th working day
    // before the meeting day, the meeting day not counted.
    Deadline meetingNoticeBy(const QDate& meetingDay) const;
    // HESC rule 20: the later of decision notice + 2 months and certificate
    // issue + 1 month (pass a null certificate date when there is none); then
    // rule 12 for Christmas, August and other non-working days.
    Deadline appealDeadline(const QDate& decisionNoticeSent, const QDate& certificateIssued = {}) const;

    static constexpr int kCertificateWorkingDays = 3;
    static constexpr int kMeetingCalendarDays = 30;
    static constexpr int kMeetingNoticeWorkingDays = 5;

private:
    Deadline thirtyDays(const QString& rule, const QDate& clockStarted, const QString& startEvent) const;
    Deadline workingDaysDeadline(const QString& rule, const QDate& start, const QString& startEvent,
                                 int n) const;
    QString coverage() const { return m_workingDays.calendar().coverageDescription(); }

    WorkingDays m_workingDays;
};
