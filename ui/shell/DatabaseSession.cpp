#include "shell/DatabaseSession.h"

#include <QSettings>

namespace {
const QString kLastDatabaseKey = QStringLiteral("database/last");
}

DatabaseSession::DatabaseSession(QObject* parent) : QObject(parent) {}

DatabaseSession::~DatabaseSession() = default;

StoreError DatabaseSession::open(const ConnectionSettings& settings)
{
    auto database = std::make_unique<Database>(settings);
    if (StoreError error = database->open())
        return error;
    m_database = std::move(database);
    const bool sqlite = settings.engine() == ConnectionSettings::Engine::Sqlite;
    QSettings().setValue(kLastDatabaseKey, sqlite ? QStringLiteral("sqlite:") + settings.sqlitePath()
                                                  : QStringLiteral("postgres:") + settings.toConnInfo());
    emit databaseChanged();
    return {};
}

void DatabaseSession::close()
{
    if (!m_database)
        return;
    m_database.reset();
    emit databaseChanged();
}

ConnectionSettings DatabaseSession::lastUsed()
{
    const QString last = QSettings().value(kLastDatabaseKey).toString();
    if (last.startsWith(QLatin1String("sqlite:")))
        return ConnectionSettings::sqlite(last.mid(7));
    if (last.startsWith(QLatin1String("postgres:"))) {
        QString ignored;
        ConnectionSettings settings = ConnectionSettings::fromConnInfo(last.mid(9), &ignored);
        if (settings.isValid())
            return settings;
    }
    return ConnectionSettings::sqlite(ConnectionSettings::defaultSqlitePath());
}
