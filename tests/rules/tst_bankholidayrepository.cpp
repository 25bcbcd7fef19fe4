#include "TestDatabase.h"
#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/Database.h"
#include "store/settings/BankHolidayRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestBankHolidayRepository : public QObject
{
    Q_OBJECT

private slots:
    void emptyTableGivesShippedCalendar_data() { TestDatabase::addEngineRows(); }
    void emptyTableGivesShippedCalendar();
    void replaceThenLoad_data() { TestDatabase::addEngineRows(); }
    void replaceThenLoad();
    void failedReplaceKeepsCalendarInUse_data() { TestDatabase::addEngineRows(); }
    void failedReplaceKeepsCalendarInUse();
    void shippedCalendarRoundTrips_data() { TestDatabase::addEngineRows(); }
    void shippedCalendarRoundTrips();
};

namespace {
BankHolidayCalendar imported()
{
    return BankHolidayCalendar(
        QMap<QDate, QString>{{QDate(2031, 1, 1), QStringLiteral("New Year\u2019s Day")},
                             {QDate(2031, 4, 11), QStringLiteral("Good Friday")},
                             {QDate(2031, 6, 6), QStringLiteral("A proclaimed day")}});
}

int rowCount(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM bank_holidays")) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

void TestBankHolidayRepository::emptyTableGivesShippedCalendar()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    Database database(db.settings());
    QVERIFY(!database.open());
    BankHolidayCalendar calendar;
    bool fromDatabase = true;
    QVERIFY(!BankHolidayRepository(database.connection()).load(&calendar, &fromDatabase));
    QVERIFY(!fromDatabase);
    QVERIFY(calendar == BankHolidayCalendar::shipped());
}

void TestBankHolidayRepository::replaceThenLoad()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    Database database(db.settings());
    QVERIFY(!database.open());
    BankHolidayRepository repository(database.connection());
    QVERIFY(!repository.replaceAll(BankHolidayCalendar::shipped()));
    QCOMPARE(rowCount(database), BankHolidayCalendar::shipped().publishedHolidays().size());

    // A second import replaces every row, not just adds to them.
    QVERIFY(!repository.replaceAll(imported()));
    QCOMPARE(rowCount(database), 3);
    BankHolidayCalendar calendar;
    bool fromDatabase = false;
    QVERIFY(!repository.load(&calendar, &fromDatabase));
    QVERIFY(fromDatabase);
    QVERIFY(calendar == imported());
    QCOMPARE(calendar.holidayOn(QDate(2031, 6, 6)), QStringLiteral("A proclaimed day"));
    QCOMPARE(calendar.holidayOn(QDate(2031, 1, 1)), QStringLiteral("New Year\u2019s Day"));
    QVERIFY(calendar.isProvisional(QDate(2026, 5, 4))); // 2026 is no longer covered
    QVERIFY(!calendar.isWorkingDay(QDate(2031, 6, 6)));
}

void TestBankHolidayRepository::failedReplaceKeepsCalendarInUse()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    Database database(db.settings());
    QVERIFY(!database.open());
    BankHolidayRepository repository(database.connection());
    QVERIFY(!repository.replaceAll(imported()));

    // An empty calendar is refused before anything is written.
    QVERIFY(repository.replaceAll(BankHolidayCalendar()));
    // A row the schema refuses (a null title) fails half way: all is rolled back.
    QMap<QDate, QString> broken{{QDate(2032, 1, 1), QStringLiteral("New Year\u2019s Day")},
                                {QDate(2032, 12, 27), QString()}};
    QVERIFY(repository.replaceAll(BankHolidayCalendar(broken)));

    BankHolidayCalendar calendar;
    QVERIFY(!repository.load(&calendar));
    QVERIFY(calendar == imported());
}

void TestBankHolidayRepository::shippedCalendarRoundTrips()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    {
        Database database(db.settings());
        QVERIFY(!database.open());
        QVERIFY(!BankHolidayRepository(database.connection()).replaceAll(BankHolidayCalendar::shipped()));
    }
    // Another desk opening the same database reads the same calendar.
    Database other(db.settings());
    QVERIFY(!other.open());
    BankHolidayCalendar calendar;
    bool fromDatabase = false;
    QVERIFY(!BankHolidayRepository(other.connection()).load(&calendar, &fromDatabase));
    QVERIFY(fromDatabase);
    QVERIFY(calendar == BankHolidayCalendar::shipped());
}

QTEST_GUILESS_MAIN(TestBankHolidayRepository)
#include "tst_bankholidayrepository.moc"
