#include "store/cases/CaseListQuery.h"

#include "rules/CaseDeadlines.h"
#include "rules/NameFold.h"
#include "store/access/AccessGuard.h"
#include "store/cases/DashboardQueries.h"
#include "store/infrastructure/StoreQuery.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral("SELECT c.id, c.reference, ch.given_name, ch.family_name, "
                                        "pa.given_name, pa.family_name, co.name, c.route, "
                                        "c.stage, c.next_deadline, c.next_deadline_kind, u.display_name");

// The columns of kColumns; the order's keys follow them.
constexpr int kSelectColumns = 12;

// What each row shows beside the case: the table's alias and its join.
struct ShownTable
{
    const char* alias;
    const char* table; // "people ch"
    const char* on;    // the join's condition
    bool outer;        // a case may have none
};
constexpr ShownTable kShown[] = {
    {"ch", "people ch", "ch.id = c.child_id", false},
    {"pa", "people pa", "pa.id = c.parent_id", true},
    {"co", "councils co", "co.id = c.council_id", false},
    {"u", "users u", "u.id = c.caseworker_id", true},
};

// The joins of every shown table but `first`, which the FROM clause already has.
QString joinsAfter(const char* first)
{
    QString joins;
    for (const ShownTable& shown : kShown) {
        if (first && qstrcmp(shown.alias, first) == 0)
            continue;
        joins += QLatin1String(shown.outer ? " LEFT JOIN " : " JOIN ") + QLatin1String(shown.table) +
                 QStringLiteral(" ON ") + QLatin1String(shown.on);
    }
    return joins;
}

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

QString CaseListQuery::fullTextQuery(const QString& text, bool postgres, Words words)
{
    // Only letters and digits reach the query: each word matches as a prefix,
    // and all words must match ("wren larkf" finds Tomasz Wren at Larkfield).
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}'\x{2019}]+)"));
    static const QRegularExpression apostrophes(QStringLiteral(R"(['\x{2019}]+)"));
    QStringList terms;
    // Folded before it is split, so that what folding makes ("½" is "1⁄2")
    // is split like what was typed.
    const QString typed = words == Words::Folded ? NameFold::fold(text) : text.toLower();
    for (const QString& chunk : typed.split(separators, Qt::SkipEmptyParts)) {
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
        terms << (postgres ? word + QStringLiteral(":*") : QLatin1Char('"') + word + QStringLiteral("\"*"));
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

QString CaseListQuery::whereClause(QVariantList* binds, qint64 assignedTo, bool forPage,
                                   bool matchesJoined) const
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
    const QString plus = byOrder && !m_postgres ? QStringLiteral("+") : QString();
    const std::optional<QString> reference = referencePrefix(m_filter.search);
    if (reference) {
        // A reference as typed is a range of the reference index: each part
        // of a reference is a word of the full-text index, and the year alone
        // is in nearly every case's entry, so matching the words costs far more.
        // (On PostgreSQL too: through a desk's policies the words of "MED-2026"
        // were every entry, read whole, 3.8 s at 200,000 cases.)
        if (referenceFirst(forPage)) {
            // The page is read from the matches (bound in matchesClause()).
        } else if (m_postgres) {
            conditions << referenceRange(QStringLiteral("c"), *reference, binds);
        } else {
            conditions << plus + QStringLiteral("c.reference LIKE ?");
            binds->append(*reference + QLatin1Char('%'));
        }
    } else if (!search.isEmpty()) {
        if (matchesFirst(forPage)) {
            conditions << QStringLiteral("c.id IN (SELECT case_id FROM matches)"); // bound in matchesClause()
        } else if (matchesJoined) {
            conditions << QStringLiteral("case_search MATCH ?"); // the FROM clause joins case_search
            binds->append(search);
        } else {
            if (m_postgres) {
                conditions << QStringLiteral("c.id IN (SELECT case_id FROM %1)")
                                  .arg(postgresMatches(search, assignedTo, binds));
            } else {
                conditions << plus + QStringLiteral("c.id IN (SELECT rowid FROM case_search WHERE "
                                                    "case_search MATCH ?)");
                binds->append(search);
            }
        }
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool CaseListQuery::matchesFirst(bool forPage) const
{
    // Not a reference as typed, which is a range of references (whereClause).
    return m_postgres && forPage && !fullTextQuery(m_filter.search, true).isEmpty() &&
           !referencePrefix(m_filter.search);
}

bool CaseListQuery::referenceFirst(bool forPage) const
{
    // PostgreSQL, a page of a reference typed with its number begun
    // ("DR-2026-000"): the range holds a few thousand cases at most, but
    // PostgreSQL misjudged it through a desk's policies and walked every
    // case in deadline order to find them (57 to 120 ms at 200,000 cases).
    // A year alone ("MED-2026") is half the cases, which that walk serves.
    const std::optional<QString> reference = referencePrefix(m_filter.search);
    return m_postgres && forPage && reference && reference->count(QLatin1Char('-')) == 2;
}

QString CaseListQuery::referenceRange(const QString& alias, const QString& prefix, QVariantList* binds)
{
    // A range of the pattern index (schema 30): LIKE is not leakproof, so
    // through a desk's policies it could not use one. References are ASCII:
    // the range ends at the prefix with its last character one higher.
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    binds->append(prefix);
    binds->append(end);
    return QStringLiteral("%1.reference ~>=~ ? AND %1.reference ~<~ ?").arg(alias);
}

QString CaseListQuery::matchesClause(QVariantList* binds, qint64 assignedTo) const
{
    if (referenceFirst(true)) {
        return QStringLiteral("WITH matches AS MATERIALIZED (SELECT id AS case_id FROM cases WHERE %1) ")
            .arg(referenceRange(QStringLiteral("cases"), *referencePrefix(m_filter.search), binds));
    }
    // PostgreSQL's estimate of a prefix search's matches is rough: it often
    // walks the order's index checking each case's words until the page is
    // full, which for a name few cases have reads every open case (a tenth of
    // a second and more at 200,000), and for a common one reads thousands of
    // cases and their words (0.5 to 1 s). Found first through the GIN index
    // and then sorted, the same page costs a few milliseconds for a rare name
    // and a third of the time for a common one (bench_caselist, README).
    if (!matchesFirst(true))
        return {};
    return QStringLiteral("WITH matches AS MATERIALIZED (SELECT case_id FROM %1) ")
        .arg(postgresMatches(fullTextQuery(m_filter.search, true), assignedTo, binds));
}

QString CaseListQuery::postgresMatches(const QString& words, qint64 assignedTo, QVariantList* binds) const
{
    // Through cg_case_matches(), which reads the GIN index as the owner and
    // keeps the entries the login may read: through the row security
    // policies the match could not use the index (schema 30). It narrows the
    // matches to the open cases and to the user's own cases itself (schema
    // 31): a condition written around it would come after every match was
    // looked up, as the function is never inlined.
    binds->append(words);
    binds->append(!m_filter.includeClosed);
    binds->append(assignedTo != 0 ? QVariant(assignedTo) : QVariant(QMetaType::fromType<qint64>()));
    return QStringLiteral("cg_case_matches(to_tsquery('simple', ?), ?, CAST(? AS integer))");
}

bool CaseListQuery::searchOfOpenCasesOnly() const
{
    // The list as it opens, searched: nothing narrows it but the words, so
    // on PostgreSQL the entries alone say which cases it holds (schema 30).
    CaseListFilter bare;
    bare.search = m_filter.search;
    // A user who sees only their own cases is narrowed by the function too.
    return m_postgres && m_filter == bare && !fullTextQuery(m_filter.search, true).isEmpty() &&
           !referencePrefix(m_filter.search);
}

QString CaseListQuery::entriesPageStatement(const CaseListRow* last, int offset, int limit,
                                            QVariantList* binds, qint64 assignedTo) const
{
    // Found, ordered and cut to the page among the entries (which keep the
    // case's next deadline), then only the page's cases read with their
    // names. The entries are named as the cases are (c.id, c.next_deadline)
    // so that the order and the keyset condition are the list's own.
    QString page = QStringLiteral("SELECT c.id AS case_id FROM (SELECT case_id AS id, next_deadline FROM ") +
                   postgresMatches(fullTextQuery(m_filter.search, true), assignedTo, binds) +
                   QStringLiteral(") AS c");
    if (last)
        page += QStringLiteral(" WHERE ") + afterCondition(last->sortKey, last->id, binds);
    page += orderClause() + QStringLiteral(" LIMIT ?");
    binds->append(limit);
    if (!last) {
        page += QStringLiteral(" OFFSET ?");
        binds->append(offset);
    }
    // Each of the page's cases looked up by its id: joined any other way,
    // PostgreSQL misjudged a desk's policies and walked every case.
    const QString outer = selectClause() +
                          QStringLiteral(" FROM matches m CROSS JOIN LATERAL (SELECT * FROM cases WHERE "
                                         "cases.id = m.case_id OFFSET 0) AS c") +
                          joinsAfter(nullptr) + orderClause();
    return QStringLiteral("WITH matches AS MATERIALIZED (") + page + QStringLiteral(") ") + outer;
}

QList<CaseListQuery::SortKey> CaseListQuery::sortKeys(bool innerJoined) const
{
    // Each key is an indexed expression where the list can be long. Text
    // sorts without regard to case: SQLite compares the column with NOCASE,
    // PostgreSQL its lower() (the row keeps the value compared). A name's
    // table's own id follows its name, so that the name index, read in
    // order, gives each case in order without a sort (two councils or people
    // of one name are never interleaved).
    const bool outer = !innerJoined;
    auto text = [&](const QString& column, bool nullable = false) {
        return m_postgres ? SortKey{QStringLiteral("lower(%1)").arg(column),
                                    QStringLiteral("lower(%1)").arg(column), nullable, false}
                          : SortKey{column, column + QStringLiteral(" COLLATE NOCASE"), nullable, true};
    };
    auto plain = [](const QString& expression, bool nullable = false) {
        return SortKey{expression, expression, nullable, false};
    };
    switch (m_sortColumn) {
    case Column::Reference:
        return {text(QStringLiteral("c.reference"))};
    case Column::Child:
        return {text(QStringLiteral("ch.family_name")), text(QStringLiteral("ch.given_name")),
                plain(QStringLiteral("ch.id"))};
    case Column::Parent:
        return {text(QStringLiteral("pa.family_name"), outer), text(QStringLiteral("pa.given_name"), outer),
                plain(QStringLiteral("pa.id"), outer)};
    case Column::Council:
        return {text(QStringLiteral("co.name")), plain(QStringLiteral("co.id"))};
    case Column::Route:
        return {plain(QStringLiteral("c.route"))};
    case Column::Stage:
        return {plain(QStringLiteral("c.stage"))};
    case Column::NextDeadline:
        return {plain(deadlineExpression(m_postgres))};
    case Column::Caseworker:
        return {text(QStringLiteral("u.display_name"), outer), plain(QStringLiteral("u.id"), outer)};
    }
    return {};
}

QString CaseListQuery::direction() const
{
    return m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

QString CaseListQuery::orderClause() const
{
    // The case id last makes the order total, so pages never repeat or skip a row.
    QStringList keys;
    for (const SortKey& key : sortKeys())
        keys << key.compared + direction();
    keys << QStringLiteral("c.id") + direction();
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

QString CaseListQuery::positionalOrderClause() const
{
    // The same order over a compound's rows: the keys are the columns after kColumns.
    QStringList keys;
    const QList<SortKey> sort = sortKeys();
    for (int i = 0; i < sort.size(); ++i)
        keys << QString::number(kSelectColumns + 1 + i) +
                    (sort.at(i).caseless ? QStringLiteral(" COLLATE NOCASE") : QString()) + direction();
    keys << QStringLiteral("1") + direction();
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

QString CaseListQuery::afterCondition(const QVariantList& lastKey, qint64 lastId, QVariantList* binds,
                                      bool innerJoined) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString beyond = ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
    // SQLite orders NULL before every value, PostgreSQL after.
    const bool nullsFirst = m_postgres ? !ascending : ascending;
    const QList<SortKey> keys = sortKeys(innerJoined);

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
    // The leading keys' own bound, so that the order's index is entered at
    // `last` rather than read from its start: as far as no NULL can follow a
    // key's value.
    QStringList bounded;
    QVariantList boundValues;
    for (int i = 0; i < keys.size(); ++i) {
        if (lastKey.value(i).isNull() || (keys.at(i).nullable && !nullsFirst))
            break;
        bounded << keys.at(i).compared;
        boundValues << lastKey.value(i);
    }
    if (bounded.isEmpty()) {
        binds->append(conditionBinds);
        return condition;
    }
    // SQLite reads a range of an index from the first key's own bound only
    // (not from a row value); the row value then steps over the rest of the
    // run of equal first keys without looking their cases up. The case id is
    // left out of it: it would be compared only after the join.
    const QString comparison = ascending ? QStringLiteral(" >= ") : QStringLiteral(" <= ");
    QString bound = bounded.first() + comparison + QStringLiteral("?");
    binds->append(boundValues.first());
    if (bounded.size() > 1) {
        const QStringList marks(bounded.size(), QStringLiteral("?"));
        bound += QStringLiteral(" AND (") + bounded.join(QStringLiteral(", ")) + QStringLiteral(")") +
                 comparison + QStringLiteral("(") + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
        binds->append(boundValues);
    }
    binds->append(conditionBinds);
    return bound + QStringLiteral(" AND ") + condition;
}

QString CaseListQuery::selectClause() const
{
    QStringList values;
    for (const SortKey& key : sortKeys())
        values << key.value;
    return kColumns + QStringLiteral(", ") + values.join(QStringLiteral(", "));
}

std::optional<CaseListQuery::Drive> CaseListQuery::drive(qint64 assignedTo) const
{
    // The whole list (or one route of it) in the order of a shown name: read
    // outward from that table's name index, so that a page costs its own rows
    // wherever it is (Ctrl+End included). SQLite takes the join's order as
    // written (CROSS JOIN); PostgreSQL plans it, but only once a name a case
    // may lack is a run of its own: an outer join is always read from the
    // cases. A narrowed list is quicker found through its filter and sorted,
    // so it is left to the engine.
    const CaseListFilter& f = m_filter;
    if (assignedTo != 0 || !f.search.trimmed().isEmpty() || f.councilId || f.stage || f.caseworkerId ||
        f.assignedTo || f.overdueOnly || f.dueThisWeekOnly || f.certificateDueOnly || f.quietSince)
        return std::nullopt;
    switch (m_sortColumn) {
    case Column::Child:
        return Drive{0, {}};
    case Column::Parent:
        return Drive{1, QStringLiteral("c.parent_id")};
    case Column::Council:
        return Drive{2, {}};
    case Column::Caseworker:
        return Drive{3, QStringLiteral("c.caseworker_id")};
    default:
        return std::nullopt;
    }
}

QString CaseListQuery::pageStatement(const CaseListRow* last, int offset, int limit, QVariantList* binds,
                                     qint64 assignedTo) const
{
    // One run of the order: the rows of `from` that meet its own condition,
    // after `last` (unless `after` is false: its own condition says it).
    struct Run
    {
        QString from;
        QString own;
        QVariantList ownBinds;
        bool innerJoined = false;
        QString order;
        bool after = true;
    };
    auto select = [&](const Run& run) {
        const QString where = whereClause(binds, assignedTo, true);
        QStringList conditions;
        if (!run.own.isEmpty())
            conditions << run.own;
        binds->append(run.ownBinds);
        if (last && run.after)
            conditions << afterCondition(last->sortKey, last->id, binds, run.innerJoined);
        QString sql = selectClause() + run.from + where;
        if (!conditions.isEmpty())
            sql += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                   conditions.join(QStringLiteral(" AND "));
        return sql + run.order;
    };
    auto limits = [&](const QString& sql) {
        binds->append(limit);
        if (last)
            return sql + QStringLiteral(" LIMIT ?");
        binds->append(offset);
        return sql + QStringLiteral(" LIMIT ? OFFSET ?");
    };
    if (m_sortColumn == Column::NextDeadline && searchOfOpenCasesOnly())
        return entriesPageStatement(last, offset, limit, binds, assignedTo);
    const QString plain = QStringLiteral(" FROM cases c") + joinsAfter(nullptr);
    const std::optional<Drive> driving = drive(assignedTo);
    if (!driving) {
        const QString matches = matchesClause(binds, assignedTo);
        // Each of a reference range's cases looked up by its id: joined any
        // other way, PostgreSQL misjudged a desk's policies and read every
        // case to find the range's few.
        const QString from =
            referenceFirst(true)
                ? QStringLiteral(" FROM matches m CROSS JOIN LATERAL (SELECT * FROM cases WHERE "
                                 "cases.id = m.case_id OFFSET 0) AS c") +
                      joinsAfter(nullptr)
                : plain;
        return limits(matches + select(Run{from, {}, {}, false, orderClause()}));
    }

    const ShownTable& first = kShown[driving->shown];
    const QString driven =
        QStringLiteral(" FROM ") + QLatin1String(first.table) +
        (m_postgres ? QStringLiteral(" JOIN cases c ON ") : QStringLiteral(" CROSS JOIN cases c ON ")) +
        QLatin1String(first.on) + joinsAfter(first.alias);
    QList<Run> runs;
    // A name a case may lack: the cases without one (NULL keys, in case
    // order) are a run of their own, first where the engine puts NULL first
    // (SQLite going up, PostgreSQL going down). A run the page cannot reach
    // is not read at all.
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const bool nullsFirst = m_postgres ? !ascending : ascending; // as each engine orders NULL
    const bool lastWithout = last && last->sortKey.value(0).isNull();
    const bool withoutRun = !driving->foreignKey.isEmpty() && !(last && !lastWithout && nullsFirst);
    const bool withRun = !(lastWithout && !nullsFirst);
    if (withoutRun)
        runs << Run{plain,
                    driving->foreignKey + QStringLiteral(" IS NULL"),
                    {},
                    false,
                    QStringLiteral(" ORDER BY c.id") + direction()};
    if (withRun) {
        const QList<SortKey> keys = sortKeys(true);
        const bool personName = m_sortColumn == Column::Child || m_sortColumn == Column::Parent;
        if (!m_postgres && personName && last && !lastWithout) {
            // A person's name: SQLite enters its index by the family name
            // alone, and would step over every earlier given name of the
            // family. So the rest of the family is one run, entered at the
            // given name, and the families after it another. (PostgreSQL
            // enters it at the row value of afterCondition.)
            const QVariant family = last->sortKey.value(0);
            const QVariant given = last->sortKey.value(1);
            const QString from = ascending ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?");
            const QString beyond = ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
            runs << Run{driven,
                        keys.at(0).compared + QStringLiteral(" = ? AND ") + keys.at(1).compared + from,
                        {family, given},
                        true,
                        orderClause()};
            runs << Run{driven, keys.at(0).compared + beyond, {family}, true, orderClause(), false};
        } else {
            runs << Run{driven, {}, {}, true, orderClause()};
        }
    }
    if (runs.size() == 1)
        return limits(select(runs.first()));
    // Each run read as far as the page can need, and merged.
    const int runLimit = limit + (last ? 0 : offset);
    QStringList selects;
    for (const Run& run : runs) {
        selects << QStringLiteral("SELECT * FROM (") + select(run) + QStringLiteral(" LIMIT ?) AS run") +
                       QString::number(selects.size() + 1);
        binds->append(runLimit);
    }
    return limits(selects.join(QStringLiteral(" UNION ALL ")) + positionalOrderClause());
}

QString CaseListQuery::countStatement(QVariantList* binds, qint64 assignedTo, int cap) const
{
    if (cap <= 0)
        return QStringLiteral("SELECT COUNT(*) FROM cases c") + whereClause(binds, assignedTo, false);
    // Stops at the first cap + 1 rows: more than the cap is "cap+". On
    // SQLite the matches are read first and each looked up, so that counting
    // stops there too: as `c.id IN (...)` every match was first put in a
    // temporary index (69,593 ids for "castle view" at 1,000,000 cases).
    if (searchOfOpenCasesOnly()) {
        // PostgreSQL: the open cases' entries alone (schema 30).
        const QString matches = postgresMatches(fullTextQuery(m_filter.search, true), assignedTo, binds);
        binds->append(cap + 1);
        return QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 LIMIT ?) AS matches").arg(matches);
    }
    const bool joined =
        !m_postgres && !fullTextQuery(m_filter.search, false).isEmpty() && !referencePrefix(m_filter.search);
    const QString from = joined ? QStringLiteral("case_search CROSS JOIN cases c ON c.id = case_search.rowid")
                                : QStringLiteral("cases c");
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM ") + from +
                        whereClause(binds, assignedTo, false, joined) +
                        QStringLiteral(" LIMIT ?) AS matches");
    binds->append(cap + 1);
    return sql;
}

QString CaseListQuery::fetchStatement(int offset, int limit, QVariantList* binds, qint64 assignedTo) const
{
    return pageStatement(nullptr, offset, limit, binds, assignedTo);
}

QString CaseListQuery::fetchAfterStatement(const CaseListRow& last, int limit, QVariantList* binds,
                                           qint64 assignedTo) const
{
    return pageStatement(&last, 0, limit, binds, assignedTo);
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
