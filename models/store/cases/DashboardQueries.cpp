#include "store/cases/DashboardQueries.h"

#include "store/access/AccessGuard.h"

#include <QSqlQuery>

namespace {
StoreError countInto(QSqlDatabase db, const QString& sql, const QVariantList& binds, int* into)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not count for the dashboard"));
    *into = query.value(0).toInt();
    return {};
}

StoreError listCases(QSqlDatabase db, const CaseListFilter& filter, const QDate& today, int limit,
                     QList<CaseListRow>* rows)
{
    CaseListQuery query(std::move(db));
    query.setFilter(filter, today);
    query.setSort(CaseListQuery::Column::NextDeadline, Qt::AscendingOrder);
    return query.fetch(0, limit, rows);
}
} // namespace

DashboardQueries::DashboardQueries(QSqlDatabase db) : m_db(std::move(db)) {}

QList<DashboardQueries::Statement>
DashboardQueries::countStatements(const QDate& today, std::optional<qint64> me, qint64 assignedTo) const
{
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    const QString deadline = CaseListQuery::deadlineExpression(postgres);
    // A mediator counts only the cases assigned to them.
    QVariantList scopeBinds;
    QString scope = AccessGuard::assignedCondition(QStringLiteral("c"), assignedTo, &scopeBinds);
    if (!scope.isEmpty())
        scope += QStringLiteral(" AND ");
    const QString open =
        QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.stage <> 'closed' AND ") + scope;
    const QDateTime weekStart(today, QTime(0, 0), Qt::UTC);
    const QDateTime weekEnd(endOfWeek(today).addDays(1), QTime(0, 0), Qt::UTC);
    const QString meetings =
        scope.isEmpty()
            ? QStringLiteral("SELECT COUNT(*) FROM meetings WHERE ")
            : QStringLiteral("SELECT COUNT(*) FROM meetings m JOIN cases c ON c.id = m.case_id WHERE ") +
                  scope;
    auto with = [&](QVariantList binds) {
        return scopeBinds + binds;
    };
    return {
        // Without a signed-in user there are no "my cases": count none.
        {open + QStringLiteral("c.caseworker_id = ?"), with({me ? QVariant(*me) : QVariant(qint64(-1))})},
        {open + deadline + QStringLiteral(" = ?"), with({today})},
        {open + deadline + QStringLiteral(" BETWEEN ? AND ?"), with({today, endOfWeek(today)})},
        {open + deadline + QStringLiteral(" < ?"), with({today})},
        {open + CaseListQuery::certificateDueCondition(), with({})},
        {meetings + QStringLiteral("status = 'scheduled' AND starts_at >= ? AND starts_at < ?"),
         with({weekStart, weekEnd})},
    };
}

StoreError DashboardQueries::counts(const QDate& today, std::optional<qint64> me,
                                    DashboardCounts* counts) const
{
    *counts = DashboardCounts();
    CaseScope scope = CaseScope::All;
    qint64 userId = 0;
    if (StoreError error = AccessGuard(m_db).caseScope(&scope, &userId))
        return error;
    const QList<Statement> statements = countStatements(today, me, scope == CaseScope::Assigned ? userId : 0);
    int* targets[] = {&counts->myOpenCases, &counts->dueToday,        &counts->dueThisWeek,
                      &counts->overdue,     &counts->certificatesDue, &counts->meetingsThisWeek};
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (StoreError error = countInto(m_db, statements.at(i).sql, statements.at(i).binds, targets[i]))
            return error;
    }
    return {};
}

StoreError DashboardQueries::casesDueBefore(const QDate& before, int limit, QList<CaseListRow>* rows) const
{
    // "Before" a date is the overdue filter with that date as today.
    CaseListFilter filter;
    filter.overdueOnly = true;
    return listCases(m_db, filter, before, limit, rows);
}

StoreError DashboardQueries::certificatesDue(int limit, QList<CaseListRow>* rows) const
{
    CaseListFilter filter;
    filter.certificateDueOnly = true;
    return listCases(m_db, filter, QDate::currentDate(), limit, rows);
}

StoreError DashboardQueries::myCases(qint64 me, int limit, QList<CaseListRow>* rows) const
{
    CaseListFilter filter;
    filter.caseworkerId = me;
    return listCases(m_db, filter, QDate::currentDate(), limit, rows);
}

StoreError DashboardQueries::meetingsBetween(const QDate& first, const QDate& last,
                                             QList<UpcomingMeeting>* meetings) const
{
    meetings->clear();
    QString scope;
    QVariantList binds;
    if (StoreError error = AccessGuard(m_db).assignedCondition(QStringLiteral("c"), &scope, &binds))
        return error;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
                      "SELECT m.case_id, c.reference, m.kind, m.starts_at, ch.given_name, ch.family_name "
                      "FROM meetings m JOIN cases c ON c.id = m.case_id JOIN people ch ON ch.id = c.child_id "
                      "WHERE m.status = 'scheduled' AND m.starts_at >= ? AND m.starts_at < ? ") +
                  (scope.isEmpty() ? QString() : QStringLiteral("AND ") + scope) +
                  QStringLiteral(" ORDER BY m.starts_at"));
    query.addBindValue(QDateTime(first, QTime(0, 0), Qt::UTC));
    query.addBindValue(QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC));
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the meetings"));
    while (query.next()) {
        UpcomingMeeting meeting;
        meeting.caseId = query.value(0).toLongLong();
        meeting.reference = query.value(1).toString();
        meeting.kind = query.value(2).toString();
        meeting.startsAt = query.value(3).toDateTime();
        meeting.childName =
            (query.value(4).toString() + QLatin1Char(' ') + query.value(5).toString()).trimmed();
        meetings->append(meeting);
    }
    return {};
}
