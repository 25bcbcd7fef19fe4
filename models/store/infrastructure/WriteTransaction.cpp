#include "store/infrastructure/WriteTransaction.h"

#include "store/infrastructure/SqlDialect.h"

#include <QSqlQuery>

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    if (begin.exec(SqlDialect::forDriver(m_db.driverName()).beginWriteStatement()))
        m_open = true;
    else
        m_beginError = StoreError::fromSql(begin.lastError(), QStringLiteral("Could not start saving"));
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

StoreError WriteTransaction::commit()
{
    if (!m_open)
        return m_beginError.isError()
                   ? m_beginError
                   : StoreError(StoreError::Kind::Query, QStringLiteral("No transaction is open"));
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        StoreError error = StoreError::fromSql(commit.lastError(), QStringLiteral("Could not save"));
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}
