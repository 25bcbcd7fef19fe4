#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QSqlDatabase>
#include <optional>

// What a merge moved.
struct CaseMergeResult
{
    int activities = 0;
    int invitees = 0;
    // The family member both cases invited at intake: kept once, on the kept
    // case, with the merged-away row's meetings and notes (not in `invitees`).
    int familyInviteesJoined = 0;
    int meetings = 0;
    int travelExpenses = 0;   // the family's journeys claimed (schema 22)
    int tasks = 0;            // the tasks on the case (schema 27)
    int certificatesKept = 0; // left with the merged-away case they were issued on
};

// Merges a case entered twice into the one kept (issue 12), for
// supervisors: its timeline, invitees, meetings and travel expenses move to the kept case;
// the family member both invited at intake is kept once;
// its certificates stay with the case they were issued on (the register is
// never edited); the merged-away case is kept, closed, with merged_into_id
// naming the kept one (schema 14), and both timelines say so. One write
// transaction; the audit trail records every row moved.
class CaseMergeRepository
{
public:
    CaseMergeRepository(QSqlDatabase db, BankHolidayCalendar calendar);

    // Forbidden unless the actor may MergeCases; Invalid (with the reason)
    // for the same case twice, cases on different routes, an anonymised case,
    // a case already merged, or no reason.
    StoreError merge(qint64 keptId, qint64 mergedId, const QString& reason, const QDate& today,
                     std::optional<qint64> authorId, CaseMergeResult* result = nullptr);

private:
    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
};
