#include "shell/DatabaseSession.h"

#include "store/infrastructure/BackupService.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSettings>

namespace {
const QString kLastDatabaseKey = QStringLiteral("database/last");

// The day's automatic backup of an SQLite database, taken when the program
// leaves it. A failure must not stop anyone quitting, and the log line names
// no file (a path can hold a person's name).
void backUpOnLeaving(const Database* database)
{
    if (!database || !database->isOpen() ||
        database->settings().engine() != ConnectionSettings::Engine::Sqlite)
        return;
    QString written;
    if (BackupService::backUpIfDue(*database, QDateTime::currentDateTimeUtc(), &written))
        qWarning("commonground: the automatic backup of the database could not be written");
}
} // namespace

DatabaseSession::DatabaseSession(QObject* parent) : QObject(parent) {}

DatabaseSession::~DatabaseSession()
{
    backUpOnLeaving(m_database.get());
}

StoreError DatabaseSession::open(const ConnectionSettings& settings)
{
    auto database = std::make_unique<Database>(settings);
    // A file that is there is opened as it is: an empty one is refused, not
    // made into a new database in its place. Only a new name is created.
    const bool create =
        settings.engine() != ConnectionSettings::Engine::Sqlite || !QFileInfo::exists(settings.sqlitePath());
    if (StoreError error = database->open({.create = create, .migrate = true}))
        return error;
    backUpOnLeaving(m_database.get());
    m_notifier.reset();
    m_database = std::move(database);
    listen();
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
    backUpOnLeaving(m_database.get());
    m_notifier.reset();
    m_database.reset();
    emit databaseChanged();
}

void DatabaseSession::listen()
{
    m_notifier = std::make_unique<ChangeNotifier>(m_database->connection());
    connect(m_notifier.get(), &ChangeNotifier::changedElsewhere, this, &DatabaseSession::changedElsewhere);
    // Without it the screens read again only on this desk's own changes, as before; nothing to stop for.
    if (m_notifier->start())
        qWarning("commonground: other desks' changes will not be announced on this database");
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
