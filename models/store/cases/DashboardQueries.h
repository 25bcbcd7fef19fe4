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
    int myOpenCases = 0; // the shown person's open cases; everyone's when nobody is chosen
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

// What the dashboard shows. Every list of what is due reads the cases' next
// deadline (CaseRepository::refreshNextDeadline, which forgets a certificate
// once issued) through CaseListQuery, as the case list and the certificates
// due do, so every screen gives one answer.
class DashboardQueries
{
public:
    explicit DashboardQueries(QSqlDatabase db);

    // "This week" runs from today to Sunday. With `person`, every figure is
    // over that person's cases (their caseworker or mediator); without, everyone's.
    StoreError counts(const QDate& today, std::optional<qint64> person, DashboardCounts* counts) const;
    // Open cases whose next deadline is before `before` (soonest first), at most `limit`.
    StoreError casesDueBefore(const QDate& before, int limit, QList<CaseListRow>* rows) const;
    // Open cases waiting on a certificate, soonest first; the person's only when given.
    StoreError certificatesDue(int limit, QList<CaseListRow>* rows,
                               std::optional<qint64> person = std::nullopt) const;
    // Open cases where `person` is the caseworker or the mediator; everyone's without.
    StoreError myCases(std::optional<qint64> person, int limit, QList<CaseListRow>* rows) const;
    // Scheduled meetings, soonest first; with `person`, those of their cases
    // and those they run (a disagreement resolution meeting's mediator).
    StoreError meetingsBetween(const QDate& first, const QDate& last, QList<UpcomingMeeting>* meetings,
                               std::optional<qint64> person = std::nullopt) const;

    // The SQL behind counts(), in the order of DashboardCounts' fields (for
    // the benchmarks, which time each through SQLite directly too); with
    // `assignedTo`, over that user's cases only (a mediator's dashboard), and
    // with `person`, over the shown person's cases.
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
