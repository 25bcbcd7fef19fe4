#include "store/infrastructure/ConnectionSettings.h"

#include <QDir>
#include <QStandardPaths>
#include <QStringList>

ConnectionSettings ConnectionSettings::sqlite(const QString& path)
{
    ConnectionSettings s;
    s.m_engine = Engine::Sqlite;
    s.m_sqlitePath = path;
    return s;
}

ConnectionSettings ConnectionSettings::postgres(const QString& host, int port, const QString& databaseName,
                                                const QString& user)
{
    ConnectionSettings s;
    s.m_engine = Engine::Postgres;
    s.m_host = host;
    s.m_port = port;
    s.m_databaseName = databaseName;
    s.m_user = user;
    return s;
}

ConnectionSettings ConnectionSettings::fromConnInfo(const QString& connInfo, QString* error)
{
    ConnectionSettings s;
    s.m_engine = Engine::Postgres;
    const QStringList parts = connInfo.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = QStringLiteral("'%1' is not of the form keyword=value").arg(part);
            return {};
        }
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (key == QLatin1String("host")) {
            s.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            s.m_port = value.toInt(&ok);
            if (!ok || s.m_port <= 0 || s.m_port > 65535) {
                if (error)
                    *error = QStringLiteral("port must be a number from 1 to 65535, not '%1'").arg(value);
                return {};
            }
        } else if (key == QLatin1String("dbname")) {
            s.m_databaseName = value;
        } else if (key == QLatin1String("user")) {
            s.m_user = value;
        } else if (key == QLatin1String("password")) {
            if (error)
                *error = QStringLiteral("do not put the password on the command line; use a pgpass file");
            return {};
        } else {
            if (error)
                *error =
                    QStringLiteral("unknown connection keyword '%1' (use host, port, dbname, user)").arg(key);
            return {};
        }
    }
    if (s.m_databaseName.isEmpty()) {
        if (error)
            *error = QStringLiteral("the PostgreSQL connection needs dbname=NAME");
        return {};
    }
    return s;
}

QString ConnectionSettings::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("commonground.sqlite"));
}

QString ConnectionSettings::demoSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("commonground-demo.sqlite"));
}

bool ConnectionSettings::isValid() const
{
    return m_engine == Engine::Sqlite ? !m_sqlitePath.isEmpty() : !m_databaseName.isEmpty();
}

QString ConnectionSettings::describe() const
{
    if (m_engine == Engine::Sqlite)
        return QDir::toNativeSeparators(m_sqlitePath);
    QString where = m_host.isEmpty() ? QStringLiteral("local socket") : m_host;
    if (!m_host.startsWith(QLatin1Char('/')))
        where += QLatin1Char(':') + QString::number(m_port);
    const QString who = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    return QStringLiteral("PostgreSQL %1%2/%3").arg(who, where, m_databaseName);
}

QString ConnectionSettings::toConnInfo() const
{
    QStringList parts;
    if (!m_host.isEmpty())
        parts << QStringLiteral("host=") + m_host;
    parts << QStringLiteral("port=") + QString::number(m_port);
    parts << QStringLiteral("dbname=") + m_databaseName;
    if (!m_user.isEmpty())
        parts << QStringLiteral("user=") + m_user;
    return parts.join(QLatin1Char(' '));
}
