#include "store/cases/CaseSearchIndex.h"

#include "rules/NameFold.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

namespace {
// A letter as an SQL string literal (none of NameFold's letters is a quote).
QString literal(char16_t letter)
{
    return QLatin1Char('\'') + QChar(letter) + QLatin1Char('\'');
}

// The case's words as the index keeps them. SQLite's tokenizer folds case
// and strips marks itself; PostgreSQL's 'simple' configuration only folds
// case, so there the text is decomposed and its marks removed first.
QString folded(const QString& expression, bool postgres)
{
    QString sql = postgres
                      ? QStringLiteral("regexp_replace(normalize(%1, NFKD), '[\\u0300-\\u036f]', '', 'g')")
                            .arg(expression)
                      : expression;
    for (const NameFold::Letter& letter : NameFold::letters()) {
        for (const char16_t c : {letter.upper, letter.lower}) {
            if (c)
                sql =
                    QStringLiteral("replace(%1, %2, '%3')").arg(sql, literal(c), QLatin1String(letter.plain));
        }
    }
    return sql;
}

QString sqliteRow()
{
    return QStringLiteral(
               "SELECT c.id, c.reference, %1, %2, %3 "
               "FROM cases c JOIN people ch ON ch.id = c.child_id LEFT JOIN people pa ON pa.id = c.parent_id "
               "LEFT JOIN organisations o ON o.id = c.school_id")
        .arg(folded(QStringLiteral("ch.given_name || ' ' || ch.family_name"), false),
             folded(QStringLiteral("COALESCE(pa.given_name || ' ' || pa.family_name, '')"), false),
             folded(QStringLiteral("COALESCE(o.name, '')"), false));
}

QString postgresRow()
{
    return QStringLiteral(
               "SELECT c.id, to_tsvector('simple', regexp_replace(%1, '[^[:alnum:]]+', ' ', 'g')), "
               "c.stage <> 'closed', c.next_deadline "
               "FROM cases c JOIN people ch ON ch.id = c.child_id LEFT JOIN people pa ON pa.id = c.parent_id "
               "LEFT JOIN organisations o ON o.id = c.school_id")
        .arg(
            folded(QStringLiteral("concat_ws(' ', c.reference, ch.given_name, ch.family_name, pa.given_name, "
                                  "pa.family_name, o.name)"),
                   true));
}

QString rowsStatement(bool postgres)
{
    // Made once per engine: the statement is long, and the same every time.
    static const QString sqlite =
        QStringLiteral("INSERT INTO case_search (rowid, reference, child, parent, school) ") + sqliteRow();
    static const QString postgresql =
        QStringLiteral("INSERT INTO case_search (case_id, document, is_open, next_deadline) ") +
        postgresRow();
    return postgres ? postgresql : sqlite;
}
} // namespace

CaseSearchIndex::CaseSearchIndex(QSqlDatabase db)
    : m_db(std::move(db)), m_postgres(m_db.driverName() == QLatin1String("QPSQL"))
{}

StoreError CaseSearchIndex::refresh(qint64 caseId)
{
    const QString context = QStringLiteral("Could not update the search index");
    StoreQuery remove(m_db,
                      m_postgres ? QStringLiteral("DELETE FROM case_search WHERE case_id = ?")
                                 : QStringLiteral("DELETE FROM case_search WHERE rowid = ?"),
                      StoreQuery::cached);
    remove.bind(caseId);
    if (StoreError error = remove.exec(context))
        return error;
    return add(caseId);
}

StoreError CaseSearchIndex::add(qint64 caseId)
{
    const QString context = QStringLiteral("Could not update the search index");
    StoreQuery query(m_db, rowsStatement(m_postgres) + QStringLiteral(" WHERE c.id = ?"), StoreQuery::cached);
    query.bind(caseId);
    if (StoreError error = query.exec(context))
        return error;
    return {};
}

StoreError CaseSearchIndex::rebuild()
{
    const QString context = QStringLiteral("Could not rebuild the search index");
    StoreQuery query(m_db);
    if (StoreError error = query.execDirect(QStringLiteral("DELETE FROM case_search"), context))
        return error;
    if (StoreError error = query.execDirect(rowsStatement(m_postgres), context))
        return error;
    return {};
}
