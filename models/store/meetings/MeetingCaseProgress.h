#pragma once

#include "domain/Meeting.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/MeetingStageRules.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <optional>

// What a meeting does to its case, each inside the caller's transaction so a
// refusal here saves nothing of the meeting either: the entry on the case's
// timeline, the stage MeetingStageRules decides after booking, holding or
// cancelling, and the case's mediator when it has none.
class MeetingCaseProgress
{
public:
    // The calendar is the office's (BankHolidayRepository::load).
    MeetingCaseProgress(QSqlDatabase db, BankHolidayCalendar calendar);

    StoreError addTimeline(qint64 caseId, const QString& summary, std::optional<qint64> authorId);
    // Moves the case as MeetingStageRules decides after `event` on `date`.
    StoreError moveAfter(const Meeting& meeting, MeetingStageRules::MeetingEvent event, const QDate& date,
                         const QDate& today, std::optional<qint64> authorId);
    // A case without a mediator takes the meeting's first mediator.
    StoreError adoptMediator(const Meeting& meeting, std::optional<qint64> authorId);

private:
    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
};
