#include "store/cases/CaseListQuery.h"

#include "rules/CaseDeadlines.h"
#include "store/access/AccessGuard.h"
#include "store/cases/DashboardQueries.h"
#include "store/infrastructure/StoreQuery.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral("SELECT c.id, c.reference, ch.given_name, ch.family_name, "
                                       "pa.given_name, pa.family_name, co.name, c.route, "
                                       "c.stage, c.next_deadline, c.next_deadline_kind, u.display_name "
                                       "FROM cases c "
                                       "JOIN people ch ON ch.id = c.child_id "
                                       "LEFT JOIN people pa ON pa.id = c.parent_id "
                                       "JOIN councils co ON co.id = c.council_id "
                                       "LEFT JOIN users u ON u.id = c.caseworker_id");

QString joinName(const QVariant& given, const QVariant& family)
{
    return (given.toString() + QLatin1Char(' ') + family.toString()).trimmed();
}
} // namespace

CaseListQuery::CaseListQuery(QSqlDatabase db)
    : m_db(std::move(db)), m_postgres(m_db.driverName() == QLatin1String("QPSQL")),
      m_today(QDate::currentDate())
{}

void CaseListQuery::setFilter(const CaseListFilter& filter, const QDate& today)
{
    m_filter = filter;
    m_today = today;
}

void CaseListQuery::setSort(Column column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QString CaseListQuery::fullTextQuery(const QString& text, bool postgres)
{
    // Only letters and digits reach the query: each word matches as a prefix,
    // and all words must match ("wren larkf" finds Tomasz Wren at Larkfield).
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QStringList terms;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
        const QString lower = word.toLower();
        terms << (postgres ? lower + QStringLiteral(":*") : QLatin1Char('"') + lower + QStringLiteral("\"*"));
    }
    return terms.join(postgres ? QStringLiteral(" & ") : QStringLiteral(" "));
}

QString CaseListQuery::deadlineExpression(bool postgres)
{
    return postgres ? QStringLiteral("COALESCE(c.next_deadline, DATE '9999-12-31')")
                    : QStringLiteral("COALESCE(c.next_deadline, '9999-12-31')");
}

QString CaseListQuery::certificateDueCondition()
{
    // The keys come from the rules (CaseDeadline::key()), never from input.
    QStringList keys;
    for (CertificatePart part : {CertificatePart::Part1, CertificatePart::Part2, CertificatePart::Part3}) {
        CaseDeadline deadline{CaseDeadline::Kind::Certificate, {}, false, part};
        keys << QLatin1Char('\'') + deadline.key() + QLatin1Char('\'');
    }
    return QStringLiteral("c.next_deadline_kind IN (%1)").arg(keys.join(QLatin1Char(',')));
}

QString CaseListQuery::whereClause(QVariantList* binds, qint64 assignedTo) const
{
    QStringList conditions;
    if (!m_filter.includeClosed)
        conditions << QStringLiteral("c.stage <> 'closed'");
    if (assignedTo != 0)
        conditions << AccessGuard::assignedCondition(QStringLiteral("c"), assignedTo, binds);
    if (m_filter.councilId) {
        conditions << QStringLiteral("c.council_id = ?");
        binds->append(*m_filter.councilId);
    }
    if (m_filter.route) {
        conditions << QStringLiteral("c.route = ?");
        binds->append(routeToString(*m_filter.route));
    }
    if (m_filter.stage) {
        conditions << QStringLiteral("c.stage = ?");
        binds->append(caseStageToString(*m_filter.stage));
    }
    if (m_filter.caseworkerId) {
        conditions << QStringLiteral("c.caseworker_id = ?");
        binds->append(*m_filter.caseworkerId);
    }
    if (m_filter.assignedTo)
        conditions << AccessGuard::assignedCondition(QStringLiteral("c"), *m_filter.assignedTo, binds);
    const QString deadline = deadlineExpression(m_postgres);
    if (m_filter.overdueOnly) {
        conditions << deadline + QStringLiteral(" < ?");
        binds->append(m_today);
    }
    if (m_filter.dueThisWeekOnly) {
        conditions << deadline + QStringLiteral(" BETWEEN ? AND ?");
        binds->append(m_today);
        binds->append(DashboardQueries::endOfWeek(m_today));
    }
    if (m_filter.certificateDueOnly)
        conditions << certificateDueCondition();
    if (m_filter.quietSince) {
        // The last contact is the information date or a later call, email,
        // letter or meeting (QuietFamilyRule::lastContact); activities keep
        // instants, so "after the day" is from the next local midnight.
        conditions << QStringLiteral("c.route = 'mediation' AND c.stage = 'information_given' "
                                     "AND c.information_given_date <= ? "
                                     "AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.case_id = c.id "
                                     "AND a.kind IN ('call', 'email', 'letter', 'meeting') "
                                     "AND a.occurred_at >= ?)");
        binds->append(*m_filter.quietSince);
        binds->append(QDateTime(m_filter.quietSince->addDays(1), QTime(0, 0)).toUTC());
    }
    const QString search = fullTextQuery(m_filter.search, m_postgres);
    if (!search.isEmpty()) {
        conditions << (m_postgres ? QStringLiteral("c.id IN (SELECT case_id FROM case_search "
                                                   "WHERE document @@ to_tsquery('simple', ?))")
                                  : QStringLiteral(
                                        "c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"));
        binds->append(search);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString CaseListQuery::orderClause() const
{
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Each key is an indexed expression where the list can be long; the case
    // id last makes the order total, so pages never repeat or skip a row.
    const QString nocase = m_postgres ? QString() : QStringLiteral(" COLLATE NOCASE");
    auto text = [&](const QString& column) {
        return m_postgres ? QStringLiteral("lower(%1)").arg(column) + direction : column + nocase + direction;
    };
    QString key;
    switch (m_sortColumn) {
    case Column::Reference:
        key = text(QStringLiteral("c.reference"));
        break;
    case Column::Child:
        key = text(QStringLiteral("ch.family_name")) + QStringLiteral(", ") +
              text(QStringLiteral("ch.given_name"));
        break;
    case Column::Parent:
        key = text(QStringLiteral("pa.family_name")) + QStringLiteral(", ") +
              text(QStringLiteral("pa.given_name"));
        break;
    case Column::Council:
        key = text(QStringLiteral("co.name"));
        break;
    case Column::Route:
        key = QStringLiteral("c.route") + direction;
        break;
    case Column::Stage:
        key = QStringLiteral("c.stage") + direction;
        break;
    case Column::NextDeadline:
        key = deadlineExpression(m_postgres) + direction;
        break;
    case Column::Caseworker:
        key = text(QStringLiteral("u.display_name"));
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", c.id") + direction;
}

QString CaseListQuery::countStatement(QVariantList* binds, qint64 assignedTo) const
{
    return QStringLiteral("SELECT COUNT(*) FROM cases c") + whereClause(binds, assignedTo);
}

QString CaseListQuery::fetchStatement(int offset, int limit, QVariantList* binds, qint64 assignedTo) const
{
    const QString sql =
        kSelect + whereClause(binds, assignedTo) + orderClause() + QStringLiteral(" LIMIT ? OFFSET ?");
    binds->append(limit);
    binds->append(offset);
    return sql;
}

StoreError CaseListQuery::assignedTo(qint64* userId) const
{
    CaseScope scope = CaseScope::All;
    if (StoreError error = AccessGuard(m_db).caseScope(&scope, userId))
        return error;
    if (scope == CaseScope::All)
        *userId = 0;
    return {};
}

StoreError CaseListQuery::count(int* total) const
{
    qint64 assigned = 0;
    if (StoreError error = assignedTo(&assigned))
        return error;
    QVariantList binds;
    StoreQuery query(m_db, countStatement(&binds, assigned));
    query.bindList(binds);
    if (StoreError error = query.execOne(QStringLiteral("Could not count the cases")))
        return error;
    *total = query.value(0).toInt();
    return {};
}

StoreError CaseListQuery::fetch(int offset, int limit, QList<CaseListRow>* rows) const
{
    rows->clear();
    qint64 assigned = 0;
    if (StoreError error = assignedTo(&assigned))
        return error;
    QVariantList binds;
    StoreQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(fetchStatement(offset, limit, &binds, assigned));
    query.bindList(binds);
    if (StoreError error = query.exec(QStringLiteral("Could not read the cases")))
        return error;
    while (query.next()) {
        CaseListRow row;
        row.id = query.value(0).toLongLong();
        row.reference = query.value(1).toString();
        row.childName = joinName(query.value(2), query.value(3));
        row.parentName = joinName(query.value(4), query.value(5));
        row.councilName = query.value(6).toString();
        row.route = routeFromString(query.value(7).toString()).value_or(Route::Mediation);
        row.stage = caseStageFromString(query.value(8).toString()).value_or(CaseStage::Enquiry);
        row.nextDeadline = query.value(9).toDate();
        row.nextDeadlineKind = query.value(10).toString();
        row.caseworkerName = query.value(11).toString();
        rows->append(row);
    }
    return {};
}
