#include "store/cases/DashboardQueries.h"

#include "store/access/AccessGuard.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

namespace {
StoreError countInto(QSqlDatabase db, const QString& sql, const QVariantList& binds, int* into)
{
    StoreQuery query(db, sql);
    query.bindList(binds);
    if (StoreError error = query.execOne(QStringLiteral("Could not count for the dashboard")))
        return error;
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

namespace {
// The meetings a person has to do with: those of their cases, and those they run.
QString personMeetingCondition(qint64 person, QVariantList* binds)
{
    QString condition = AccessGuard::assignedCondition(QStringLiteral("c"), person, binds);
    binds->append(person);
    return QStringLiteral("(") + condition +
           QStringLiteral(" OR EXISTS (SELECT 1 FROM meeting_mediators mm WHERE mm.meeting_id = m.id AND "
                          "mm.user_id = ?))");
}
} // namespace

QList<DashboardQueries::Statement>
DashboardQueries::countStatements(const QDate& today, std::optional<qint64> me, qint64 assignedTo) const
{
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    const QString deadline = CaseListQuery::deadlineExpression(postgres);
    // A mediator counts only the cases assigned to them; the shown person's
    // cases are those they are caseworker or mediator of.
    QVariantList scopeBinds;
    QStringList scopes;
    if (assignedTo != 0)
        scopes << AccessGuard::assignedCondition(QStringLiteral("c"), assignedTo, &scopeBinds);
    QVariantList caseBinds = scopeBinds;
    QStringList caseScopes = scopes;
    if (me)
        caseScopes << AccessGuard::assignedCondition(QStringLiteral("c"), *me, &caseBinds);
    QString caseScope = caseScopes.join(QStringLiteral(" AND "));
    if (!caseScope.isEmpty())
        caseScope += QStringLiteral(" AND ");
    const QString open =
        QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.stage <> 'closed' AND ") + caseScope;
    QVariantList meetingBinds = scopeBinds;
    QStringList meetingScopes = scopes;
    if (me)
        meetingScopes << personMeetingCondition(*me, &meetingBinds);
    QString meetingScope = meetingScopes.join(QStringLiteral(" AND "));
    if (!meetingScope.isEmpty())
        meetingScope += QStringLiteral(" AND ");
    const QDateTime weekStart(today, QTime(0, 0), Qt::UTC);
    const QDateTime weekEnd(endOfWeek(today).addDays(1), QTime(0, 0), Qt::UTC);
    const QString meetings =
        meetingScope.isEmpty()
            ? QStringLiteral("SELECT COUNT(*) FROM meetings WHERE ")
            : QStringLiteral("SELECT COUNT(*) FROM meetings m JOIN cases c ON c.id = m.case_id WHERE ") +
                  meetingScope;
    auto with = [&](QVariantList binds) {
        return caseBinds + binds;
    };
    QString openCases = open + QStringLiteral("1 = 1");
    QVariantList openBinds = with({});
    if (me) {
        // A person's open cases, as two counts that each read one index
        // (cases_open_caseworker, cases_open_mediator): as one OR, SQLite
        // looked at every open case (1.4 s at 1,000,000 cases).
        QString scope = scopes.join(QStringLiteral(" AND "));
        if (!scope.isEmpty())
            scope += QStringLiteral(" AND ");
        const QString openOf =
            QStringLiteral("(SELECT COUNT(*) FROM cases c WHERE c.stage <> 'closed' AND ") + scope;
        openCases =
            QStringLiteral("SELECT ") + openOf + QStringLiteral("c.caseworker_id = ?) + ") + openOf +
            QStringLiteral("c.mediator_id = ? AND (c.caseworker_id IS NULL OR c.caseworker_id <> ?))");
        openBinds = scopeBinds + QVariantList{*me} + scopeBinds + QVariantList{*me, *me};
    }
    return {
        {openCases, openBinds},
        {open + deadline + QStringLiteral(" = ?"), with({today})},
        {open + deadline + QStringLiteral(" BETWEEN ? AND ?"), with({today, endOfWeek(today)})},
        {open + deadline + QStringLiteral(" < ?"), with({today})},
        {open + CaseListQuery::certificateDueCondition(), with({})},
        {meetings + QStringLiteral("status = 'scheduled' AND starts_at >= ? AND starts_at < ?"),
         meetingBinds + QVariantList{weekStart, weekEnd}},
    };
}

StoreError DashboardQueries::counts(const QDate& today, std::optional<qint64> person,
                                    DashboardCounts* counts) const
{
    *counts = DashboardCounts();
    CaseScope scope = CaseScope::All;
    qint64 userId = 0;
    if (StoreError error = AccessGuard(m_db).caseScope(&scope, &userId))
        return error;
    const QList<Statement> statements =
        countStatements(today, person, scope == CaseScope::Assigned ? userId : 0);
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

StoreError DashboardQueries::certificatesDue(int limit, QList<CaseListRow>* rows,
                                             std::optional<qint64> person) const
{
    CaseListFilter filter;
    filter.certificateDueOnly = true;
    filter.assignedTo = person;
    return listCases(m_db, filter, QDate::currentDate(), limit, rows);
}

StoreError DashboardQueries::myCases(std::optional<qint64> person, int limit, QList<CaseListRow>* rows) const
{
    CaseListFilter filter;
    filter.assignedTo = person;
    return listCases(m_db, filter, QDate::currentDate(), limit, rows);
}

StoreError DashboardQueries::meetingsBetween(const QDate& first, const QDate& last,
                                             QList<UpcomingMeeting>* meetings,
                                             std::optional<qint64> person) const
{
    meetings->clear();
    QString scope;
    QVariantList binds;
    if (StoreError error = AccessGuard(m_db).assignedCondition(QStringLiteral("c"), &scope, &binds))
        return error;
    if (person)
        scope = (scope.isEmpty() ? QString() : scope + QStringLiteral(" AND ")) +
                personMeetingCondition(*person, &binds);
    StoreQuery query(
        m_db, QStringLiteral(
                  "SELECT m.case_id, c.reference, m.kind, m.starts_at, ch.given_name, ch.family_name "
                  "FROM meetings m JOIN cases c ON c.id = m.case_id JOIN people ch ON ch.id = c.child_id "
                  "WHERE m.status = 'scheduled' AND m.starts_at >= ? AND m.starts_at < ? ") +
                  (scope.isEmpty() ? QString() : QStringLiteral("AND ") + scope) +
                  QStringLiteral(" ORDER BY m.starts_at"));
    query.bind(QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC));
    query.bindList(binds);
    if (StoreError error = query.exec(QStringLiteral("Could not read the meetings")))
        return error;
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
