#include "StoreVerify.h"
#include "TestDatabase.h"
#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/Migrator.h"
#include "store/settings/BankHolidayRepository.h"

#include <QSqlError>
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
    void schema18MarksStoredYearsFrom2028Projected_data() { TestDatabase::addEngineRows(); }
    void schema18MarksStoredYearsFrom2028Projected();
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
    CG_VERIFY_OK(database.open());
    BankHolidayCalendar calendar;
    bool fromDatabase = true;
    CG_VERIFY_OK(BankHolidayRepository(database.connection()).load(&calendar, &fromDatabase));
    QVERIFY(!fromDatabase);
    QVERIFY(calendar == BankHolidayCalendar::shipped());
}

void TestBankHolidayRepository::replaceThenLoad()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    Database database(db.settings());
    CG_VERIFY_OK(database.open());
    BankHolidayRepository repository(database.connection());
    CG_VERIFY_OK(repository.replaceAll(BankHolidayCalendar::shipped()));
    QCOMPARE(rowCount(database), BankHolidayCalendar::shipped().publishedHolidays().size());

    // A second import replaces every row, not just adds to them.
    CG_VERIFY_OK(repository.replaceAll(imported()));
    QCOMPARE(rowCount(database), 3);
    BankHolidayCalendar calendar;
    bool fromDatabase = false;
    CG_VERIFY_OK(repository.load(&calendar, &fromDatabase));
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
    CG_VERIFY_OK(database.open());
    BankHolidayRepository repository(database.connection());
    CG_VERIFY_OK(repository.replaceAll(imported()));

    // An empty calendar is refused before anything is written.
    QVERIFY(repository.replaceAll(BankHolidayCalendar()));
    // A row the schema refuses (a null title) fails half way: all is rolled back.
    QMap<QDate, QString> broken{{QDate(2032, 1, 1), QStringLiteral("New Year\u2019s Day")},
                                {QDate(2032, 12, 27), QString()}};
    QVERIFY(repository.replaceAll(BankHolidayCalendar(broken)));

    BankHolidayCalendar calendar;
    CG_VERIFY_OK(repository.load(&calendar));
    QVERIFY(calendar == imported());
}

void TestBankHolidayRepository::shippedCalendarRoundTrips()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    {
        Database database(db.settings());
        CG_VERIFY_OK(database.open());
        CG_VERIFY_OK(BankHolidayRepository(database.connection()).replaceAll(BankHolidayCalendar::shipped()));
    }
    // Another desk opening the same database reads the same calendar.
    Database other(db.settings());
    CG_VERIFY_OK(other.open());
    BankHolidayCalendar calendar;
    bool fromDatabase = false;
    CG_VERIFY_OK(BankHolidayRepository(other.connection()).load(&calendar, &fromDatabase));
    QVERIFY(fromDatabase);
    QVERIFY(calendar == BankHolidayCalendar::shipped());
}

void TestBankHolidayRepository::schema18MarksStoredYearsFrom2028Projected()
{
    // A database at schema 16 that had stored the shipped calendar (2027 and
    // 2028 in full) before years were marked announced or projected.
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    {
        Database old(db.settings());
        CG_VERIFY_OK(old.open({.create = true, .migrate = false}));
        CG_VERIFY_OK(Migrator(old.connection()).migrateTo(16));
        QSqlQuery insert(old.connection());
        QVERIFY(
            insert.prepare(QStringLiteral("INSERT INTO bank_holidays (holiday_date, title) VALUES (?, ?)")));
        const QMap<QDate, QString>& shipped = BankHolidayCalendar::shipped().publishedHolidays();
        for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
            if (it.key().year() != 2027 && it.key().year() != 2028)
                continue;
            insert.addBindValue(it.key().toString(Qt::ISODate));
            insert.addBindValue(it.value());
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }
    Database database(db.settings());
    CG_VERIFY_OK(database.open());
    QVERIFY(database.schemaVersion() >= 18);
    BankHolidayCalendar calendar;
    CG_VERIFY_OK(BankHolidayRepository(database.connection()).load(&calendar));
    QVERIFY(calendar.isAnnounced(2027));
    QVERIFY(calendar.covers(2028));
    QVERIFY(calendar.isProjected(2028));
    QVERIFY(!calendar.isProvisional(QDate(2027, 12, 31)));
    QVERIFY(calendar.isProvisional(QDate(2028, 1, 3)));
    QCOMPARE(calendar.holidayOn(QDate(2028, 1, 3)), QStringLiteral("New Year’s Day"));
}

QTEST_GUILESS_MAIN(TestBankHolidayRepository)
#include "tst_bankholidayrepository.moc"
