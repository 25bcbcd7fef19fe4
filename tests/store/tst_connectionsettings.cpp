#include "store/infrastructure/ConnectionSettings.h"

#include <QTest>

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void fromConnInfo_data();
    void fromConnInfo();
    void describeNeverShowsPassword();
};

void TestConnectionSettings::fromConnInfo_data()
{
    QTest::addColumn<QString>("connInfo");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("full") << "host=db.office port=5433 dbname=cases user=alex" << true << "db.office" << 5433
                          << "cases"
                          << "alex"
                          << "";
    QTest::newRow("socket, default port")
        << "host=/run/postgresql dbname=cases" << true << "/run/postgresql" << 5432 << "cases"
        << ""
        << "";
    QTest::newRow("extra spaces") << "  dbname=cases   user=sam " << true << "" << 5432 << "cases"
                                  << "sam"
                                  << "";
    QTest::newRow("no dbname") << "host=db user=alex" << false << "" << 0 << ""
                               << ""
                               << "dbname";
    QTest::newRow("password refused") << "dbname=cases password=secret" << false << "" << 0 << ""
                                      << ""
                                      << "pgpass";
    QTest::newRow("port not a number") << "dbname=cases port=abc" << false << "" << 0 << ""
                                       << ""
                                       << "port";
    QTest::newRow("port too big") << "dbname=cases port=70000" << false << "" << 0 << ""
                                  << ""
                                  << "port";
    QTest::newRow("unknown keyword") << "dbname=cases sslmode=require" << false << "" << 0 << ""
                                     << ""
                                     << "sslmode";
    QTest::newRow("not key=value") << "dbname=cases alex" << false << "" << 0 << ""
                                   << ""
                                   << "keyword=value";
}

void TestConnectionSettings::fromConnInfo()
{
    QFETCH(QString, connInfo);
    QFETCH(bool, valid);
    QString error;
    const ConnectionSettings settings = ConnectionSettings::fromConnInfo(connInfo, &error);
    QCOMPARE(settings.isValid(), valid);
    if (!valid) {
        QFETCH(QString, errorContains);
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QCOMPARE(settings.engine(), ConnectionSettings::Engine::Postgres);
    QCOMPARE(settings.host(), host);
    QCOMPARE(settings.port(), port);
    QCOMPARE(settings.databaseName(), database);
    QCOMPARE(settings.user(), user);
    // What is saved reads back the same.
    const ConnectionSettings again = ConnectionSettings::fromConnInfo(settings.toConnInfo(), &error);
    QCOMPARE(again.describe(), settings.describe());
}

void TestConnectionSettings::describeNeverShowsPassword()
{
    ConnectionSettings settings = ConnectionSettings::postgres(
        QStringLiteral("db"), 5432, QStringLiteral("cases"), QStringLiteral("alex"));
    settings.setPassword(QStringLiteral("hunter2"));
    QVERIFY(!settings.describe().contains(QLatin1String("hunter2")));
    QVERIFY(!settings.toConnInfo().contains(QLatin1String("hunter2")));
    QCOMPARE(settings.describe(), QStringLiteral("PostgreSQL alex@db:5432/cases"));
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
