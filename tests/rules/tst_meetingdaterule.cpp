#include "rules/MeetingDateRule.h"

#include <QTest>

// The one rule for a meeting's dates: in the past with a warning, never
// before the enquiry; held on its own date.
class TestMeetingDateRule : public QObject
{
    Q_OBJECT

private slots:
    void booking_data();
    void booking();
    void held_data();
    void held();
};

namespace {
const QDate kEnquiry(2026, 11, 12);
const QDate kToday(2026, 11, 23);
} // namespace

void TestMeetingDateRule::booking_data()
{
    QTest::addColumn<QDate>("meeting");
    QTest::addColumn<QString>("refusal"); // part of it; empty: none
    QTest::addColumn<QString>("warning");
    QTest::newRow("next week") << QDate(2026, 11, 30) << QString() << QString();
    QTest::newRow("today") << kToday << QString() << QString();
    QTest::newRow("last week: warned") << QDate(2026, 11, 16) << QString() << QString("in the past");
    QTest::newRow("the enquiry day: warned") << kEnquiry << QString() << QString("in the past");
    QTest::newRow("before the enquiry: refused")
        << QDate(2026, 11, 11) << QString("before the case's enquiry on Thu 12 Nov 2026") << QString();
}

void TestMeetingDateRule::booking()
{
    QFETCH(QDate, meeting);
    QFETCH(QString, refusal);
    QFETCH(QString, warning);
    const MeetingDateRule::Result result = MeetingDateRule::checkBooking(meeting, kEnquiry, kToday);
    QCOMPARE(result.refusal.isEmpty(), refusal.isEmpty());
    QVERIFY2(result.refusal.contains(refusal), qPrintable(result.refusal));
    QCOMPARE(result.warning.isEmpty(), warning.isEmpty());
    QVERIFY2(result.warning.contains(warning), qPrintable(result.warning));
}

void TestMeetingDateRule::held_data()
{
    QTest::addColumn<QDate>("held");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("refusal"); // part of it; empty: accepted
    const QDate friday(2026, 11, 20);
    QTest::newRow("its own date") << friday << friday << friday << QString();
    QTest::newRow("today, the meeting's own date") << kToday << kToday << kToday << QString();
    QTest::newRow("the start of a meeting past midnight")
        << QDate(2026, 11, 19) << QDate(2026, 11, 19) << friday << QString();
    QTest::newRow("the end of a meeting past midnight")
        << friday << QDate(2026, 11, 19) << friday << QString();
    QTest::newRow("the day after") << QDate(2026, 11, 21) << friday << friday << QString("booked for");
    QTest::newRow("the day before") << QDate(2026, 11, 19) << friday << friday << QString("booked for");
    QTest::newRow("after today") << QDate(2026, 11, 24) << QDate(2026, 11, 24) << QDate(2026, 11, 24)
                                 << QString("after today");
    QTest::newRow("before the enquiry") << QDate(2026, 11, 10) << QDate(2026, 11, 10) << QDate(2026, 11, 10)
                                        << QString("before the case's enquiry");
    QTest::newRow("no date") << QDate() << friday << friday << QString("Give the date");
}

void TestMeetingDateRule::held()
{
    QFETCH(QDate, held);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, refusal);
    const MeetingDateRule::Result result = MeetingDateRule::checkHeld(held, start, end, kEnquiry, kToday);
    QCOMPARE(result.refusal.isEmpty(), refusal.isEmpty());
    QVERIFY2(result.refusal.contains(refusal), qPrintable(result.refusal));
}

QTEST_GUILESS_MAIN(TestMeetingDateRule)
#include "tst_meetingdaterule.moc"
