#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "store/infrastructure/Database.h"

#include <QSqlQuery>
#include <QTest>

namespace {
const QDate kToday(2026, 11, 23);
} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void generateRefusesADatabaseWithCases_data() { TestDatabase::addEngineRows(); }
    void generateRefusesADatabaseWithCases();
    void generateIfEmptyFillsOnlyAnEmptyDatabase_data() { TestDatabase::addEngineRows(); }
    void generateIfEmptyFillsOnlyAnEmptyDatabase();
    void negativeCountIsRefused();
};

void TestDemoDataGenerator::generateRefusesADatabaseWithCases()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    DemoDataGenerator generator(database.connection(), BankHolidayCalendar::shipped(), 3);
    CG_VERIFY_OK(generator.generate(20, kToday));
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 20);
    // Demo data never mixes with cases already there.
    const StoreError error = generator.generate(5, kToday);
    QVERIFY(error);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(error.message().contains(QLatin1String("already holds cases")));
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 20);
}

void TestDemoDataGenerator::generateIfEmptyFillsOnlyAnEmptyDatabase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    DemoDataGenerator generator(database.connection(), BankHolidayCalendar::shipped(), 5);
    bool generated = false;
    CG_VERIFY_OK(generator.generateIfEmpty(12, kToday, &generated));
    QVERIFY(generated);
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 12);
    // The second start of `commonground --demo` opens the database as it was left.
    CG_VERIFY_OK(generator.generateIfEmpty(12, kToday, &generated));
    QVERIFY(!generated);
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 12);
}

void TestDemoDataGenerator::negativeCountIsRefused()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const StoreError error =
        DemoDataGenerator(database.connection(), BankHolidayCalendar::shipped()).generate(-1, kToday);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 0);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
