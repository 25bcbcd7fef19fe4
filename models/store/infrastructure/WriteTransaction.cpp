#include "store/infrastructure/WriteTransaction.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace {
// The state lives on the driver, which every copy of a QSqlDatabase for one
// connection shares (and which belongs to that connection's thread).
const char* const kDepth = "cg_write_transaction_depth";
const char* const kDoomed = "cg_write_transaction_doomed";

int depth(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(kDepth).toInt() : 0;
}

void setDepth(const QSqlDatabase& db, int value)
{
    if (db.driver())
        db.driver()->setProperty(kDepth, value);
}

bool doomed(const QSqlDatabase& db)
{
    return db.driver() && db.driver()->property(kDoomed).toBool();
}

void setDoomed(const QSqlDatabase& db, bool value)
{
    if (db.driver())
        db.driver()->setProperty(kDoomed, value);
}
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (depth(m_db) > 0) {
        m_nested = true;
        m_open = true;
        setDepth(m_db, depth(m_db) + 1);
        return;
    }
    StoreQuery begin(m_db);
    m_beginError = begin.execDirect(SqlDialect::forDriver(m_db.driverName()).beginWriteStatement(),
                                    QStringLiteral("Could not start saving"));
    if (m_beginError.ok()) {
        m_open = true;
        setDepth(m_db, 1);
        setDoomed(m_db, false);
    }
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
    if (m_nested) {
        // The outermost commits; until then this part is done and kept.
        m_open = false;
        setDepth(m_db, depth(m_db) - 1);
        return {};
    }
    if (doomed(m_db)) {
        rollback();
        return StoreError(StoreError::Kind::Query,
                          QStringLiteral("Nothing was saved: one of the steps could not be completed"));
    }
    StoreQuery commit(m_db);
    // Other desks hear of it (ChangeNotifier); on PostgreSQL only once it is committed.
    if (const QString announce = SqlDialect::forDriver(m_db.driverName()).announceChangeStatement();
        !announce.isEmpty()) {
        if (StoreError error = commit.execDirect(announce, QStringLiteral("Could not save"))) {
            rollback();
            return error;
        }
    }
    if (StoreError error = commit.execDirect(QStringLiteral("COMMIT"), QStringLiteral("Could not save"))) {
        rollback();
        return error;
    }
    m_open = false;
    setDepth(m_db, 0);
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_nested) {
        // An inner part failed: the outermost must not commit the rest.
        setDepth(m_db, depth(m_db) - 1);
        setDoomed(m_db, true);
        return;
    }
    // A rollback that fails leaves nothing to undo: the connection has closed
    // or the transaction has ended already.
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    setDepth(m_db, 0);
    setDoomed(m_db, false);
}
