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

// The columns of kSelect; the order's keys follow them.
constexpr int kSelectColumns = 12;

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
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}'\x{2019}]+)"));
    static const QRegularExpression apostrophes(QStringLiteral(R"(['\x{2019}]+)"));
    QStringList terms;
    for (const QString& chunk : text.split(separators, Qt::SkipEmptyParts)) {
        // The index keeps each side of an apostrophe as a word of its own; the
        // longest is the one looked for ("O'Brien": "brien"), since a lone "o"
        // or "s" as a prefix would match nearly every case.
        QString word;
        for (const QString& piece : chunk.split(apostrophes, Qt::SkipEmptyParts)) {
            if (piece.size() > word.size())
                word = piece;
        }
        if (word.isEmpty())
            continue;
        const QString lower = word.toLower();
        terms << (postgres ? lower + QStringLiteral(":*") : QLatin1Char('"') + lower + QStringLiteral("\"*"));
    }
    return terms.join(postgres ? QStringLiteral(" & ") : QStringLiteral(" "));
}

std::optional<QString> CaseListQuery::referencePrefix(const QString& text)
{
    // "MED-2026-00042", "dr 2026 001", "MED-2026": the route's letters, the
    // year (or its first digits) and the number's first digits.
    static const QRegularExpression parts(QStringLiteral(R"([\s-]+)"));
    static const QRegularExpression digits(QStringLiteral(R"(^\d+$)"));
    const QStringList words = text.split(parts, Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 3)
        return std::nullopt;
    const QString route = words.at(0).toUpper();
    if (route != QLatin1String("MED") && route != QLatin1String("DR"))
        return std::nullopt;
    const QString& year = words.at(1);
    if (!digits.match(year).hasMatch() || year.size() > 4)
        return std::nullopt;
    if (words.size() == 3 && (year.size() != 4 || !digits.match(words.at(2)).hasMatch()))
        return std::nullopt;
    QStringList prefix{route, year};
    if (words.size() == 3)
        prefix << words.at(2);
    return prefix.join(QLatin1Char('-'));
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

QString CaseListQuery::whereClause(QVariantList* binds, qint64 assignedTo, bool forPage) const
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
    // SQLite reads the matches and sorts them, which is quick when they are
    // few. When they are many and the order has an index, the "+" keeps
    // SQLite from looking the matches up one by one: it walks the order's
    // index instead and stops at the page's last row.
    const bool byOrder = forPage && m_manyMatches &&
                         (m_sortColumn == Column::NextDeadline || m_sortColumn == Column::Reference);
    const QString plus = byOrder ? QStringLiteral("+") : QString();
    const std::optional<QString> reference = m_postgres ? std::nullopt : referencePrefix(m_filter.search);
    if (reference) {
        // A reference as typed is a range of the reference index: each part
        // of a reference is a word of the full-text index, and the year alone
        // is in nearly every case's entry, so matching the words costs far more.
        conditions << plus + QStringLiteral("c.reference LIKE ?");
        binds->append(*reference + QLatin1Char('%'));
    } else if (!search.isEmpty()) {
        if (matchesFirst(forPage)) {
            conditions << QStringLiteral("c.id IN (SELECT case_id FROM matches)"); // bound in matchesClause()
        } else {
            conditions << (m_postgres ? QStringLiteral("c.id IN (SELECT case_id FROM case_search "
                                                       "WHERE document @@ to_tsquery('simple', ?))")
                                      : plus + QStringLiteral("c.id IN (SELECT rowid FROM case_search WHERE "
                                                              "case_search MATCH ?)"));
            binds->append(search);
        }
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool CaseListQuery::matchesFirst(bool forPage) const
{
    // Not a reference as typed with many matches ("MED-2026" is in nearly every
    // case's words): the order's index finds its page sooner than a sort of them all.
    return m_postgres && forPage && !fullTextQuery(m_filter.search, true).isEmpty() &&
           !(m_manyMatches && referencePrefix(m_filter.search));
}

QString CaseListQuery::matchesClause(QVariantList* binds) const
{
    // PostgreSQL's estimate of a prefix search's matches is rough: it often
    // walks the order's index checking each case's words until the page is
    // full, which for a name few cases have reads every open case (a tenth of
    // a second and more at 200,000), and for a common one reads thousands of
    // cases and their words (0.5 to 1 s). Found first through the GIN index
    // and then sorted, the same page costs a few milliseconds for a rare name
    // and a third of the time for a common one (bench_caselist, README).
    if (!matchesFirst(true))
        return {};
    binds->append(fullTextQuery(m_filter.search, true));
    return QStringLiteral("WITH matches AS MATERIALIZED (SELECT case_id FROM case_search "
                          "WHERE document @@ to_tsquery('simple', ?)) ");
}

QList<CaseListQuery::SortKey> CaseListQuery::sortKeys() const
{
    // Each key is an indexed expression where the list can be long. Text
    // sorts without regard to case: SQLite compares the column with NOCASE,
    // PostgreSQL its lower() (the row keeps the value compared).
    auto text = [&](const QString& column, bool nullable = false) {
        return m_postgres ? SortKey{QStringLiteral("lower(%1)").arg(column),
                                    QStringLiteral("lower(%1)").arg(column), nullable}
                          : SortKey{column, column + QStringLiteral(" COLLATE NOCASE"), nullable};
    };
    auto plain = [](const QString& expression) {
        return SortKey{expression, expression, false};
    };
    switch (m_sortColumn) {
    case Column::Reference:
        return {text(QStringLiteral("c.reference"))};
    case Column::Child:
        return {text(QStringLiteral("ch.family_name")), text(QStringLiteral("ch.given_name"))};
    case Column::Parent:
        return {text(QStringLiteral("pa.family_name"), true), text(QStringLiteral("pa.given_name"), true)};
    case Column::Council:
        return {text(QStringLiteral("co.name"))};
    case Column::Route:
        return {plain(QStringLiteral("c.route"))};
    case Column::Stage:
        return {plain(QStringLiteral("c.stage"))};
    case Column::NextDeadline:
        return {plain(deadlineExpression(m_postgres))};
    case Column::Caseworker:
        return {text(QStringLiteral("u.display_name"), true)};
    }
    return {};
}

QString CaseListQuery::orderClause() const
{
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The case id last makes the order total, so pages never repeat or skip a row.
    QStringList keys;
    for (const SortKey& key : sortKeys())
        keys << key.compared + direction;
    keys << QStringLiteral("c.id") + direction;
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

QString CaseListQuery::afterCondition(const QVariantList& lastKey, qint64 lastId, QVariantList* binds) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString beyond = ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
    const QString from = ascending ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?");
    // SQLite orders NULL before every value, PostgreSQL after.
    const bool nullsFirst = m_postgres ? !ascending : ascending;
    const QList<SortKey> keys = sortKeys();

    // (k1 beyond a) OR (k1 = a AND ((k2 beyond b) OR (k2 = b AND id beyond c))),
    // written inside out; each key's bound values are appended in reading order.
    QStringList parts;
    QList<QVariantList> partBinds;
    for (int i = 0; i < keys.size(); ++i) {
        const SortKey& key = keys.at(i);
        const QVariant value = lastKey.value(i);
        QString later;
        QString equal;
        QVariantList laterBinds;
        QVariantList equalBinds;
        if (value.isNull()) {
            // After a NULL: the values, when NULLs come first; nothing, when last.
            if (nullsFirst)
                later = key.compared + QStringLiteral(" IS NOT NULL");
            equal = key.compared + QStringLiteral(" IS NULL");
        } else {
            later = key.compared + beyond;
            laterBinds << value;
            if (key.nullable && !nullsFirst)
                later = QStringLiteral("(") + later + QStringLiteral(" OR ") + key.compared +
                        QStringLiteral(" IS NULL)");
            equal = key.compared + QStringLiteral(" = ?");
            equalBinds << value;
        }
        parts << later << equal;
        partBinds << laterBinds << equalBinds;
    }
    QString condition = QStringLiteral("c.id") + beyond;
    QVariantList conditionBinds{lastId};
    for (int i = static_cast<int>(keys.size()) - 1; i >= 0; --i) {
        const QString& later = parts.at(2 * i);
        const QString inner = parts.at(2 * i + 1) + QStringLiteral(" AND ") + condition;
        QVariantList innerBinds = partBinds.at(2 * i + 1) + conditionBinds;
        if (later.isEmpty()) {
            condition = inner;
            conditionBinds = innerBinds;
        } else {
            condition = QStringLiteral("(") + later + QStringLiteral(" OR (") + inner + QStringLiteral("))");
            conditionBinds = partBinds.at(2 * i) + innerBinds;
        }
    }
    // The first key's own bound, so that the index of the order is entered at
    // `last` rather than read from its start (only where no NULL can follow).
    if (!keys.isEmpty() && !lastKey.value(0).isNull() && (!keys.first().nullable || nullsFirst)) {
        binds->append(lastKey.value(0));
        binds->append(conditionBinds);
        return keys.first().compared + from + QStringLiteral(" AND ") + condition;
    }
    binds->append(conditionBinds);
    return condition;
}

QString CaseListQuery::selectClause() const
{
    QString select = kSelect;
    QStringList values;
    for (const SortKey& key : sortKeys())
        values << key.value;
    return select.replace(QStringLiteral(" FROM cases c"), QStringLiteral(", ") +
                                                               values.join(QStringLiteral(", ")) +
                                                               QStringLiteral(" FROM cases c"));
}

QString CaseListQuery::countStatement(QVariantList* binds, qint64 assignedTo, int cap) const
{
    if (cap <= 0)
        return QStringLiteral("SELECT COUNT(*) FROM cases c") + whereClause(binds, assignedTo, false);
    // Stops at the first cap + 1 rows: more than the cap is "cap+".
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cases c") +
                        whereClause(binds, assignedTo, false) + QStringLiteral(" LIMIT ?) AS matches");
    binds->append(cap + 1);
    return sql;
}

QString CaseListQuery::fetchStatement(int offset, int limit, QVariantList* binds, qint64 assignedTo) const
{
    const QString matches = matchesClause(binds);
    const QString sql = matches + selectClause() + whereClause(binds, assignedTo, true) + orderClause() +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    binds->append(limit);
    binds->append(offset);
    return sql;
}

QString CaseListQuery::fetchAfterStatement(const CaseListRow& last, int limit, QVariantList* binds,
                                           qint64 assignedTo) const
{
    const QString matches = matchesClause(binds);
    const QString where = whereClause(binds, assignedTo, true);
    const QString after = afterCondition(last.sortKey, last.id, binds);
    const QString sql = matches + selectClause() +
                        (where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ")) +
                        after + orderClause() + QStringLiteral(" LIMIT ?");
    binds->append(limit);
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
    bool capped = false;
    return count(total, &capped, 0);
}

StoreError CaseListQuery::count(int* total, bool* capped) const
{
    return count(total, capped, m_filter.search.trimmed().isEmpty() ? 0 : m_searchCountCap);
}

StoreError CaseListQuery::count(int* total, bool* capped, int cap) const
{
    qint64 assigned = 0;
    if (StoreError error = assignedTo(&assigned))
        return error;
    QVariantList binds;
    StoreQuery query(m_db, countStatement(&binds, assigned, cap));
    query.bindList(binds);
    if (StoreError error = query.execOne(QStringLiteral("Could not count the cases")))
        return error;
    *total = query.value(0).toInt();
    *capped = cap > 0 && *total > cap;
    if (*capped)
        *total = cap;
    return {};
}

StoreError CaseListQuery::fetch(int offset, int limit, QList<CaseListRow>* rows) const
{
    rows->clear();
    qint64 assigned = 0;
    if (StoreError error = assignedTo(&assigned))
        return error;
    QVariantList binds;
    const QString sql = fetchStatement(offset, limit, &binds, assigned);
    return readRows(sql, binds, rows);
}

StoreError CaseListQuery::fetchAfter(const CaseListRow& last, int limit, QList<CaseListRow>* rows) const
{
    rows->clear();
    qint64 assigned = 0;
    if (StoreError error = assignedTo(&assigned))
        return error;
    QVariantList binds;
    const QString sql = fetchAfterStatement(last, limit, &binds, assigned);
    return readRows(sql, binds, rows);
}

StoreError CaseListQuery::readRows(const QString& sql, const QVariantList& binds,
                                   QList<CaseListRow>* rows) const
{
    StoreQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindList(binds);
    if (StoreError error = query.exec(QStringLiteral("Could not read the cases")))
        return error;
    const int keys = static_cast<int>(sortKeys().size());
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
        for (int key = 0; key < keys; ++key)
            row.sortKey << query.value(kSelectColumns + key);
        rows->append(row);
    }
    return {};
}
