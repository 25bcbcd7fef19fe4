#pragma once

#include "domain/Meeting.h"
#include "domain/MeetingRecord.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// Reading meetings: one by id, a case's, the calendar's (a mediator sees the
// meetings of the cases assigned to them), and for one meeting its history of
// moves and cancellations, its outcome and action plan, and the copies given
// out. Only reads; MeetingRepository does every write, through the same rules.
class MeetingQuery
{
public:
    explicit MeetingQuery(QSqlDatabase db);

    struct Filter
    {
        QDateTime from; // meetings that overlap [from, to); null: unbounded
        QDateTime to;
        std::optional<qint64> mediatorId;
        std::optional<qint64> venueId;
        bool includeCancelled = true;
    };

    StoreError find(qint64 id, Meeting* meeting) const;
    StoreError listForCase(qint64 caseId, QList<Meeting>* meetings) const;     // by start
    StoreError list(const Filter& filter, QList<Meeting>* meetings) const;     // by start
    StoreError history(qint64 meetingId, QList<MeetingChange>* changes) const; // oldest first
    StoreError record(qint64 meetingId, MeetingRecord* record) const;
    StoreError copies(qint64 meetingId, QList<MeetingCopy>* copies) const; // oldest first

private:
    StoreError loadMeetings(const QString& where, const QVariantList& binds, QList<Meeting>* meetings) const;
    StoreError loadPeople(Meeting* meeting) const;

    QSqlDatabase m_db;
};
