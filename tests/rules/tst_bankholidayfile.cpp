#include "rules/BankHolidayCalendar.h"
#include "rules/BankHolidayFile.h"

#include <QFile>
#include <QTest>

class TestBankHolidayFile : public QObject
{
    Q_OBJECT

private slots:
    void readsThePublishedFormat();
    void shippedFileParses();
    void malformed_data();
    void malformed();
};

namespace {
QByteArray division(const QByteArray& events)
{
    return R"({"england-and-wales": {"division": "england-and-wales", "events": [)" + events + "]}}";
}
} // namespace

void TestBankHolidayFile::readsThePublishedFormat()
{
    // As gov.uk publishes it: three divisions; only England and Wales is read.
    const QByteArray json = R"({
      "england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "New Year’s Day", "date": "2031-01-01", "notes": "", "bunting": true},
        {"title": "Good Friday", "date": "2031-04-11", "notes": "", "bunting": false},
        {"title": "Boxing Day", "date": "2032-12-28", "notes": "Substitute day", "bunting": true}]},
      "scotland": {"division": "scotland", "events": [{"title": "St Andrew’s Day", "date": "2031-12-01"}]},
      "northern-ireland": {"division": "northern-ireland", "events": "not read"}
    })";
    BankHolidayCalendar calendar;
    BankHolidayFile::Error error;
    QVERIFY2(BankHolidayFile::parse(json, &calendar, &error), qPrintable(error.toString()));
    QCOMPARE(calendar.publishedHolidays().size(), 3);
    QCOMPARE(calendar.holidayOn(QDate(2031, 1, 1)), QStringLiteral("New Year\u2019s Day"));
    QCOMPARE(calendar.holidayOn(QDate(2032, 12, 28)), QStringLiteral("Boxing Day"));
    QVERIFY(calendar.holidayOn(QDate(2031, 12, 1)).isEmpty());
    // Neither year holds a whole year of holidays, so neither counts as covered,
    // and what the file leaves out is not made a working day: Easter Monday
    // 2031 stays a bank holiday by the standard rules.
    QVERIFY(calendar.coveredYears().isEmpty());
    QVERIFY(!calendar.isWorkingDay(QDate(2031, 4, 14)));
}

void TestBankHolidayFile::shippedFileParses()
{
    const QString path =
        qEnvironmentVariable("CG_SOURCE_DIR") + QStringLiteral("/resources/bank-holidays.json");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    BankHolidayCalendar calendar;
    BankHolidayFile::Error error;
    QVERIFY2(BankHolidayFile::parse(file.readAll(), &calendar, &error), qPrintable(error.toString()));
    QVERIFY(calendar == BankHolidayCalendar::shipped()); // the resource is this file
    QVERIFY(!calendar.isEmpty());
    // The shipped file marks 2028 to 2030 as projected (rules/README.md section 4).
    QCOMPARE(calendar.projectedYears(), (QList<int>{2028, 2029, 2030}));
    // The government's file has no such field: every covered year is announced.
    BankHolidayCalendar government;
    QVERIFY(BankHolidayFile::parse(
        division(
            R"({"title": "New Year’s Day", "date": "2026-01-01"}, {"title": "Good Friday", "date": "2026-04-03"})"),
        &government, &error));
    QVERIFY(government.projectedYears().isEmpty());
}

void TestBankHolidayFile::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("message");
    const QByteArray ok = R"({"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true})";

    QTest::newRow("syntax error on line 3")
        << QByteArray("{\n \"england-and-wales\": {\n  \"division\": ,\n}}") << QString() << "line 3"
        << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << QString() << "must hold an object";
    QTest::newRow("no England and Wales")
        << QByteArray(R"({"scotland": {"division": "scotland", "events": []}})") << "england-and-wales"
        << QString() << "found nothing";
    QTest::newRow("wrong division") << QByteArray(
                                           R"({"england-and-wales": {"division": "scotland", "events": []}})")
                                    << "england-and-wales.division" << QString() << "found \"scotland\"";
    QTest::newRow("no events") << QByteArray(R"({"england-and-wales": {"division": "england-and-wales"}})")
                               << "england-and-wales.events" << QString() << "expected a list";
    QTest::newRow("empty events") << division("") << "england-and-wales.events" << QString() << "empty";
    QTest::newRow("event not an object") << division(ok + ", 42") << "england-and-wales.events[1]"
                                         << "event 2 of 2"
                                         << "found a number";
    QTest::newRow("no title") << division(R"({"date": "2026-12-25"})") << "england-and-wales.events[0].title"
                              << "event 1 of 1"
                              << "expected text";
    QTest::newRow("empty title") << division(R"({"title": " ", "date": "2026-12-25"})")
                                 << "england-and-wales.events[0].title"
                                 << "event 1 of 1"
                                 << "empty";
    QTest::newRow("no date") << division(R"({"title": "Boxing Day"})") << "england-and-wales.events[0].date"
                             << "event 1 of 1"
                             << "expected a date";
    QTest::newRow("date a number") << division(R"({"title": "Boxing Day", "date": 20261226})")
                                   << "england-and-wales.events[0].date"
                                   << "event 1 of 1"
                                   << "found a number";
    QTest::newRow("impossible date") << division(ok + R"(, {"title": "X", "date": "2026-02-30"}, )" + ok)
                                     << "england-and-wales.events[1].date"
                                     << "event 2 of 3"
                                     << "\"2026-02-30\"";
    QTest::newRow("29 Feb in a common year")
        << division(R"({"title": "X", "date": "2027-02-29"})") << "england-and-wales.events[0].date"
        << "event 1 of 1"
        << "not a real date";
    QTest::newRow("British date order")
        << division(R"({"title": "X", "date": "25/12/2026"})") << "england-and-wales.events[0].date"
        << "event 1 of 1"
        << "YYYY-MM-DD";
    QTest::newRow("no leading zeros")
        << division(R"({"title": "X", "date": "2026-1-1"})") << "england-and-wales.events[0].date"
        << "event 1 of 1"
        << "YYYY-MM-DD";
    QTest::newRow("listed twice") << division(ok + ", " + ok) << "england-and-wales.events[1].date"
                                  << "event 2 of 2"
                                  << "listed twice (also england-and-wales.events[0])";
    QTest::newRow("bunting as text") << division(R"({"title": "X", "date": "2026-12-25", "bunting": "yes"})")
                                     << "england-and-wales.events[0].bunting"
                                     << "event 1 of 1"
                                     << "true or false";
    QTest::newRow("projected-years not a list")
        << QByteArray(R"({"england-and-wales": {"division": "england-and-wales", "projected-years": 2028, )"
                      R"("events": [{"title": "X", "date": "2026-12-25"}]}})")
        << "england-and-wales.projected-years" << QString() << "expected a list of years, found a number";
    QTest::newRow("projected year as text")
        << QByteArray(
               R"({"england-and-wales": {"division": "england-and-wales", "projected-years": ["2028"], )"
               R"("events": [{"title": "X", "date": "2026-12-25"}]}})")
        << "england-and-wales.projected-years[0]" << QString() << "expected a year";
    QTest::newRow("projected year a fraction")
        << QByteArray(
               R"({"england-and-wales": {"division": "england-and-wales", "projected-years": [2028, 2029.5], )"
               R"("events": [{"title": "X", "date": "2026-12-25"}]}})")
        << "england-and-wales.projected-years[1]" << QString() << "expected a year";
    QTest::newRow("projected year far off")
        << QByteArray(R"({"england-and-wales": {"division": "england-and-wales", "projected-years": [9999], )"
                      R"("events": [{"title": "X", "date": "2026-12-25"}]}})")
        << "england-and-wales.projected-years[0]" << QString() << "expected a year";
    QTest::newRow("notes a number") << division(R"({"title": "X", "date": "2026-12-25", "notes": 1})")
                                    << "england-and-wales.events[0].notes"
                                    << "event 1 of 1"
                                    << "expected text";
}

void TestBankHolidayFile::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, position);
    QFETCH(QString, message);
    BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    BankHolidayFile::Error error;
    QVERIFY(!BankHolidayFile::parse(json, &calendar, &error));
    QCOMPARE(error.field, field);
    if (position.isEmpty())
        QVERIFY2(error.position.isEmpty(), qPrintable(error.position));
    else
        QVERIFY2(error.position.contains(position), qPrintable(error.position));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(error.toString().contains(field));
    // The calendar in use is kept.
    QVERIFY(calendar == BankHolidayCalendar::shipped());
}

QTEST_GUILESS_MAIN(TestBankHolidayFile)
#include "tst_bankholidayfile.moc"
