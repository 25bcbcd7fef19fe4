#include "TestDatabase.h"

#include "store/access/SessionActor.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
QString postgresConnInfo()
{
    return qEnvironmentVariable("CG_TEST_PG");
}

// Runs one statement on the server's maintenance database.
QString runAdmin(const ConnectionSettings& server, const QString& statement)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("cg-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.user());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

TestDatabase::TestDatabase(const QString& engine)
{
    if (engine == QLatin1String("sqlite")) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = ConnectionSettings::sqlite(m_dir->filePath(QStringLiteral("cases.sqlite")));
        m_available = m_dir->isValid();
        m_reason = QStringLiteral("no temporary folder");
        return;
    }
    const QString connInfo = postgresConnInfo();
    if (connInfo.isEmpty()) {
        m_reason = QStringLiteral("PostgreSQL tests need CG_TEST_PG (see tests/README.md)");
        return;
    }
    QString error;
    ConnectionSettings server =
        ConnectionSettings::fromConnInfo(connInfo + QStringLiteral(" dbname=postgres"), &error);
    if (!server.isValid()) {
        m_reason = QStringLiteral("CG_TEST_PG is not usable: ") + error;
        return;
    }
    static QAtomicInteger<int> counter;
    const QString dbName = QStringLiteral("cg_test_%1_%2_%3")
                               .arg(QCoreApplication::applicationName().toLower().remove(QLatin1Char('-')))
                               .arg(QCoreApplication::applicationPid())
                               .arg(counter.fetchAndAddRelaxed(1));
    error = runAdmin(server, QStringLiteral("CREATE DATABASE %1").arg(dbName));
    if (!error.isEmpty()) {
        m_reason = QStringLiteral("could not create a PostgreSQL test database: ") + error;
        return;
    }
    m_postgresAdmin = connInfo;
    m_settings = ConnectionSettings::postgres(server.host(), server.port(), dbName, server.user());
    m_available = true;
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresAdmin.isEmpty()) {
        QString error;
        const ConnectionSettings server =
            ConnectionSettings::fromConnInfo(m_postgresAdmin + QStringLiteral(" dbname=postgres"), &error);
        runAdmin(server,
                 QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.databaseName()));
    }
}

void TestDatabase::addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

bool TestDatabase::postgresRequired()
{
    return qEnvironmentVariable("CG_TEST_PG_REQUIRED") == QLatin1String("1");
}

QString TestDatabase::actAs(QSqlDatabase db, const QString& username)
{
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QPSQL")) {
        query.prepare(QStringLiteral("UPDATE users SET username = session_user WHERE username = ?"));
        query.addBindValue(username);
        if (!query.exec())
            return query.lastError().text();
        return query.numRowsAffected() == 1 ? QString() : QStringLiteral("no user %1").arg(username);
    }
    query.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return QStringLiteral("no user %1").arg(username);
    const StoreError error = SessionActor::set(db, query.value(0).toLongLong());
    return error ? error.message() : QString();
}
