#include "rules/DeadlineUrgency.h"

#include <QTest>

Q_DECLARE_METATYPE(DeadlineUrgency::Level)

// Today is Wednesday 23 December 2026; 25 and 28 December are holidays.
class TestDeadlineUrgency : public QObject
{
    Q_OBJECT

private slots:
    void urgency_data();
    void urgency();
};

void TestDeadlineUrgency::urgency_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<int>("workingDaysLeft");
    QTest::addColumn<DeadlineUrgency::Level>("level");
    QTest::addColumn<QString>("words");
    using L = DeadlineUrgency::Level;
    QTest::newRow("today") << QDate(2026, 12, 23) << 0 << L::DueSoon << "Due today";
    QTest::newRow("tomorrow") << QDate(2026, 12, 24) << 1 << L::DueSoon << "1 working day left";
    QTest::newRow("over Christmas: 2 left")
        << QDate(2026, 12, 29) << 2 << L::DueSoon << "2 working days left";
    QTest::newRow("3 left is later") << QDate(2026, 12, 30) << 3 << L::Later << "3 working days left";
    QTest::newRow("on Christmas Day") << QDate(2026, 12, 25) << 1 << L::DueSoon << "1 working day left";
    QTest::newRow("yesterday") << QDate(2026, 12, 22) << -1 << L::Overdue << "Overdue by 1 working day";
    QTest::newRow("last Friday") << QDate(2026, 12, 18) << -3 << L::Overdue << "Overdue by 3 working days";
    // 24, 29, 30, 31 Dec and 4 to 8 Jan (1 Jan is New Year's Day).
    QTest::newRow("next year") << QDate(2027, 1, 8) << 9 << L::Later << "9 working days left";
    QTest::newRow("none") << QDate() << 0 << L::None << "";
}

void TestDeadlineUrgency::urgency()
{
    QFETCH(QDate, deadline);
    QFETCH(int, workingDaysLeft);
    QFETCH(DeadlineUrgency::Level, level);
    QFETCH(QString, words);
    const BankHolidayCalendar& calendar = BankHolidayCalendar::shipped();
    const QDate today(2026, 12, 23);
    QCOMPARE(DeadlineUrgency::workingDaysLeft(calendar, today, deadline), workingDaysLeft);
    QCOMPARE(DeadlineUrgency::level(calendar, today, deadline), level);
    QCOMPARE(DeadlineUrgency::describe(calendar, today, deadline), words);
}

QTEST_GUILESS_MAIN(TestDeadlineUrgency)
#include "tst_deadlineurgency.moc"
