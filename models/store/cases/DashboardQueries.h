#pragma once

#include "store/cases/CaseListQuery.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// The dashboard's figures, each one SQL count over indexed columns.
struct DashboardCounts
{
    int myOpenCases = 0;
    int dueToday = 0;
    int dueThisWeek = 0;
    int overdue = 0;
    int certificatesDue = 0;
    int meetingsThisWeek = 0;
};

struct UpcomingMeeting
{
    qint64 caseId = 0;
    QString reference;
    QString kind;
    QDateTime startsAt;
    QString childName;
};

class DashboardQueries
{
public:
    explicit DashboardQueries(QSqlDatabase db);

    // "This week" runs from today to Sunday; "me" is the signed-in user, if any.
    StoreError counts(const QDate& today, std::optional<qint64> me, DashboardCounts* counts) const;
    // Open cases whose next deadline is before `before` (soonest first), at most `limit`.
    StoreError casesDueBefore(const QDate& before, int limit, QList<CaseListRow>* rows) const;
    // Open cases waiting on a certificate, soonest first.
    StoreError certificatesDue(int limit, QList<CaseListRow>* rows) const;
    StoreError myCases(qint64 me, int limit, QList<CaseListRow>* rows) const;
    StoreError meetingsBetween(const QDate& first, const QDate& last, QList<UpcomingMeeting>* meetings) const;

    // The SQL behind counts(), in the order of DashboardCounts' fields (for
    // the benchmarks, which time each through SQLite directly too); with
    // `assignedTo`, over that user's cases only (a mediator's dashboard).
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    QList<Statement> countStatements(const QDate& today, std::optional<qint64> me,
                                     qint64 assignedTo = 0) const;

    static QDate endOfWeek(const QDate& today) { return today.addDays(7 - today.dayOfWeek()); }

private:
    QSqlDatabase m_db;
};
