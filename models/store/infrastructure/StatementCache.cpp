#include "store/infrastructure/StatementCache.h"

#include <QHash>
#include <memory>

namespace {
using Statements = QHash<QString, std::shared_ptr<QSqlQuery>>;

// Connection name -> its statements, for the scopes open on this thread.
QHash<QString, Statements>& scopes()
{
    thread_local QHash<QString, Statements> open;
    return open;
}
} // namespace

StatementCache::Scope::Scope(const QSqlDatabase& db) : m_connection(db.connectionName())
{
    // Scopes nest: only the outermost clears the statements.
    m_outermost = !scopes().contains(m_connection);
    if (m_outermost)
        scopes().insert(m_connection, {});
}

StatementCache::Scope::~Scope()
{
    if (m_outermost)
        scopes().remove(m_connection);
}

QSqlQuery& StatementCache::prepared(const QSqlDatabase& db, std::optional<QSqlQuery>* local,
                                    const QString& sql)
{
    const auto open = scopes().find(db.connectionName());
    if (open == scopes().end()) {
        local->emplace(db);
        (*local)->prepare(sql);
        return **local;
    }
    std::shared_ptr<QSqlQuery>& statement = (*open)[sql];
    if (!statement) {
        statement = std::make_shared<QSqlQuery>(db);
        statement->prepare(sql);
    }
    return *statement;
}

bool StatementCache::isActive(const QSqlDatabase& db)
{
    return scopes().contains(db.connectionName());
}
