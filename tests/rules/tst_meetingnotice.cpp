// Notice of the meeting (rules/README.md section 3): the latest day to send
// the family notice is the 5th working day before the meeting day, the
// meeting day itself not counted. Every expected date below is counted back
// by hand on the England and Wales calendar; the working is in the comment.
#include "domain/Meeting.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/DeadlineCalculator.h"
#include "rules/MeetingNotice.h"
#include "rules/MeetingRules.h"

#include <QTest>

class TestMeetingNotice : public QObject
{
    Q_OBJECT

private slots:
    void latestDay_data();
    void latestDay();
    void status_data();
    void status();
    void onlyMediationMeetingsNeedNotice();
    void invalidMeetingDay();
};

void TestMeetingNotice::latestDay_data()
{
    QTest::addColumn<QDate>("meeting");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("provisional");
    // Ordinary weeks.
    // Mon 14 Dec 2026: Fri 11, Thu 10, Wed 9, Tue 8, Mon 7.
    QTest::newRow("Mon 14 Dec 2026") << QDate(2026, 12, 14) << QDate(2026, 12, 7) << false;
    // Tue 15 Dec: Mon 14, Fri 11, Thu 10, Wed 9, Tue 8.
    QTest::newRow("Tue 15 Dec 2026") << QDate(2026, 12, 15) << QDate(2026, 12, 8) << false;
    // Fri 18 Dec: Thu 17, Wed 16, Tue 15, Mon 14, Fri 11.
    QTest::newRow("Fri 18 Dec 2026") << QDate(2026, 12, 18) << QDate(2026, 12, 11) << false;
    // A meeting at a weekend counts back the same way: Fri 11 ... Mon 7.
    QTest::newRow("Sat 12 Dec 2026") << QDate(2026, 12, 12) << QDate(2026, 12, 7) << false;
    QTest::newRow("Sun 13 Dec 2026") << QDate(2026, 12, 13) << QDate(2026, 12, 7) << false;
    // Christmas 2026 (Fri 25 and Mon 28 Dec bank holidays; 1 Jan 2027 a Friday).
    // Thu 24 Dec: Wed 23, Tue 22, Mon 21, Fri 18, Thu 17.
    QTest::newRow("Christmas Eve 2026") << QDate(2026, 12, 24) << QDate(2026, 12, 17) << false;
    // Tue 29 Dec: (28, 27, 26, 25 not) Thu 24, Wed 23, Tue 22, Mon 21, Fri 18.
    QTest::newRow("Tue 29 Dec 2026") << QDate(2026, 12, 29) << QDate(2026, 12, 18) << false;
    // Wed 30 Dec: Tue 29, (28, 27, 26, 25 not) Thu 24, Wed 23, Tue 22, Mon 21.
    QTest::newRow("Wed 30 Dec 2026") << QDate(2026, 12, 30) << QDate(2026, 12, 21) << false;
    // Mon 4 Jan 2027: (3, 2, 1 Jan not) Thu 31, Wed 30, Tue 29, (28 to 25 not) Thu 24, Wed 23.
    QTest::newRow("Mon 4 Jan 2027") << QDate(2027, 1, 4) << QDate(2026, 12, 23) << false;
    // Tue 5 Jan 2027: Mon 4, (3, 2, 1 not) Thu 31, Wed 30, Tue 29, (28 to 25 not) Thu 24.
    QTest::newRow("Tue 5 Jan 2027") << QDate(2027, 1, 5) << QDate(2026, 12, 24) << false;
    // Fri 8 Jan 2027: Thu 7, Wed 6, Tue 5, Mon 4, (3, 2, 1 not) Thu 31 Dec.
    QTest::newRow("Fri 8 Jan 2027") << QDate(2027, 1, 8) << QDate(2026, 12, 31) << false;
    // Christmas 2027 (Sat 25 and Sun 26; Mon 27 and Tue 28 substitutes).
    // Thu 30 Dec 2027: Wed 29, (28, 27, 26, 25 not) Fri 24, Thu 23, Wed 22, Tue 21.
    QTest::newRow("Thu 30 Dec 2027") << QDate(2027, 12, 30) << QDate(2027, 12, 21) << false;
    // Easter 2026 (Good Friday 3 Apr, Easter Monday 6 Apr).
    // Tue 7 Apr: (6, 5, 4, 3 not) Thu 2, Wed 1, Tue 31 Mar, Mon 30, Fri 27.
    QTest::newRow("after Easter 2026") << QDate(2026, 4, 7) << QDate(2026, 3, 27) << false;
    // Fri 10 Apr: Thu 9, Wed 8, Tue 7, (6, 5, 4, 3 not) Thu 2, Wed 1.
    QTest::newRow("Fri 10 Apr 2026") << QDate(2026, 4, 10) << QDate(2026, 4, 1) << false;
    // Easter 2027 in March (Good Friday 26, Easter Monday 29).
    // Wed 31 Mar: Tue 30, (29, 28, 27, 26 not) Thu 25, Wed 24, Tue 23, Mon 22.
    QTest::newRow("after Easter 2027") << QDate(2027, 3, 31) << QDate(2027, 3, 22) << false;
    // The May and August bank holidays of 2026 (4 May, 25 May, 31 Aug).
    // Fri 8 May: Thu 7, Wed 6, Tue 5, (4, 3, 2 not) Fri 1, Thu 30 Apr.
    QTest::newRow("early May 2026") << QDate(2026, 5, 8) << QDate(2026, 4, 30) << false;
    // Thu 28 May: Wed 27, Tue 26, (25, 24, 23 not) Fri 22, Thu 21, Wed 20.
    QTest::newRow("spring 2026") << QDate(2026, 5, 28) << QDate(2026, 5, 20) << false;
    // Mon 1 Jun: Fri 29, Thu 28, Wed 27, Tue 26, (25, 24, 23 not) Fri 22.
    QTest::newRow("Mon 1 Jun 2026") << QDate(2026, 6, 1) << QDate(2026, 5, 22) << false;
    // Fri 4 Sep: Thu 3, Wed 2, Tue 1, (31 Aug, 30, 29 not) Fri 28, Thu 27.
    QTest::newRow("summer 2026") << QDate(2026, 9, 4) << QDate(2026, 8, 27) << false;
    // A meeting on a bank holiday (Mon 31 Aug 2026): Fri 28, 27, 26, 25, Mon 24.
    QTest::newRow("on a bank holiday") << QDate(2026, 8, 31) << QDate(2026, 8, 24) << false;
    // One-off days: the 2022 jubilee (Thu 2 and Fri 3 Jun) and the 2023 coronation (Mon 8 May).
    // Wed 8 Jun 2022: Tue 7, Mon 6, (5, 4, 3, 2 not) Wed 1, Tue 31 May, Mon 30 May.
    QTest::newRow("2022 jubilee") << QDate(2022, 6, 8) << QDate(2022, 5, 30) << false;
    // Thu 11 May 2023: Wed 10, Tue 9, (8, 7, 6 not) Fri 5, Thu 4, Wed 3.
    QTest::newRow("2023 coronation") << QDate(2023, 5, 11) << QDate(2023, 5, 3) << false;
    // A leap year: Mon 4 Mar 2024: Fri 1 Mar, Thu 29 Feb, Wed 28, Tue 27, Mon 26.
    QTest::newRow("over 29 Feb 2024") << QDate(2024, 3, 4) << QDate(2024, 2, 26) << false;
    // Projected years (2028 to 2030, section 4) make the answer provisional
    // when the count looks at any day of them.
    // Mon 3 Jan 2028 (itself a holiday, not counted): (Sun 2, Sat 1 Jan 2028 not) Fri 31, Thu 30,
    // Wed 29, (28 to 25 not) Fri 24, Thu 23. It looks at 1 and 2 January 2028, in a projected
    // year, so it is provisional: the check goes by year, not by what the day turned out to be.
    QTest::newRow("from 3 Jan 2028") << QDate(2028, 1, 3) << QDate(2027, 12, 23) << true;
    // Fri 7 Jan 2028: Thu 6, Wed 5, Tue 4, (Mon 3 projected holiday, 2, 1 not) Fri 31, Thu 30 Dec 2027.
    QTest::newRow("over New Year 2028") << QDate(2028, 1, 7) << QDate(2027, 12, 30) << true;
    // Mon 2 Sep 2030: Fri 30, Thu 29, Wed 28, Tue 27, (Mon 26 projected holiday, 25, 24 not) Fri 23.
    QTest::newRow("summer 2030") << QDate(2030, 9, 2) << QDate(2030, 8, 23) << true;
}

void TestMeetingNotice::latestDay()
{
    QFETCH(QDate, meeting);
    QFETCH(QDate, expected);
    QFETCH(bool, provisional);
    const Deadline deadline = DeadlineCalculator(BankHolidayCalendar::shipped()).meetingNoticeBy(meeting);
    QVERIFY(deadline.isValid());
    QCOMPARE(deadline.date(), expected);
    QCOMPARE(deadline.startDate(), meeting);
    QCOMPARE(deadline.isProvisional(), provisional);
    QVERIFY(deadline.rule().contains(QStringLiteral("at least 5 working days")));
    // Counting the latest day itself, exactly 5 working days come before the meeting day.
    int before = 0;
    for (QDate day = expected; day < meeting; day = day.addDays(1))
        before += BankHolidayCalendar::shipped().isWorkingDay(day) ? 1 : 0;
    QCOMPARE(before, 5);
    QVERIFY(BankHolidayCalendar::shipped().isWorkingDay(expected));
}

void TestMeetingNotice::status_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("sent");
    QTest::addColumn<bool>("consent");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<bool>("sentLate");
    QTest::addColumn<bool>("needsConsent");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("summary");
    // The meeting is on Mon 14 Dec 2026; the latest day is Mon 7 Dec 2026.
    const QDate none;
    QTest::newRow("not sent, in time")
        << QDate(2026, 12, 1) << none << false << false << false << false << QString() << "by Mon 7 Dec 2026";
    QTest::newRow("not sent, on the latest day")
        << QDate(2026, 12, 7) << none << false << false << false << false << QString() << "by Mon 7 Dec 2026";
    QTest::newRow("not sent, a day late")
        << QDate(2026, 12, 8) << none << false << true << false << true << "(Mon 7 Dec 2026) has passed"
        << "by Mon 7 Dec 2026";
    QTest::newRow("not sent, late, consent") << QDate(2026, 12, 8) << none << true << true << false << false
                                             << QString() << "agreed to shorter notice";
    QTest::newRow("sent on the latest day") << QDate(2026, 12, 10) << QDate(2026, 12, 7) << false << false
                                            << false << false << QString() << "Notice sent on Mon 7 Dec 2026";
    QTest::newRow("sent early") << QDate(2026, 12, 10) << QDate(2026, 11, 20) << false << false << false
                                << false << QString() << "the latest day was Mon 7 Dec 2026";
    QTest::newRow("sent late, no consent") << QDate(2026, 12, 10) << QDate(2026, 12, 9) << false << false
                                           << true << true << "Notice was sent on Wed 9 Dec 2026, after"
                                           << "Notice sent on Wed 9 Dec 2026";
    QTest::newRow("sent late, consent") << QDate(2026, 12, 10) << QDate(2026, 12, 9) << true << false << true
                                        << false << QString() << "agreed to shorter notice";
}

void TestMeetingNotice::status()
{
    QFETCH(QDate, today);
    QFETCH(QDate, sent);
    QFETCH(bool, consent);
    QFETCH(bool, passed);
    QFETCH(bool, sentLate);
    QFETCH(bool, needsConsent);
    QFETCH(QString, warning);
    QFETCH(QString, summary);
    const MeetingNotice::Check check =
        MeetingNotice::check(BankHolidayCalendar::shipped(), QDate(2026, 12, 14), today, sent, consent);
    QCOMPARE(check.latest.date(), QDate(2026, 12, 7));
    QCOMPARE(check.passed, passed);
    QCOMPARE(check.sentLate, sentLate);
    QCOMPARE(check.needsConsent, needsConsent);
    if (warning.isEmpty())
        QVERIFY2(check.warning.isEmpty(), qPrintable(check.warning));
    else
        QVERIFY2(check.warning.contains(warning), qPrintable(check.warning));
    QVERIFY2(check.summary.contains(summary), qPrintable(check.summary));
}

void TestMeetingNotice::onlyMediationMeetingsNeedNotice()
{
    Meeting meeting;
    meeting.kind = MeetingKind::Mediation;
    // 10:00 on Mon 14 Dec 2026, office time (GMT in December).
    meeting.start = QDateTime(QDate(2026, 12, 14), QTime(10, 0), QTimeZone::utc());
    meeting.end = Meeting::defaultEnd(meeting.start);
    MeetingRules::BookingContext context;
    context.calendar = BankHolidayCalendar::shipped();
    context.today = QDate(2026, 12, 9);
    MeetingRules::BookingCheck check = MeetingRules::check(meeting, context);
    QVERIFY(check.notice.has_value());
    QCOMPARE(check.notice->latest.date(), QDate(2026, 12, 7));
    QVERIFY(check.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("has passed")));
    QVERIFY(check.canBook() || !check.refusals.join(QLatin1Char(' ')).contains(QStringLiteral("notice")));

    // Consent recorded: no warning about notice.
    meeting.shorterNoticeAgreed = true;
    check = MeetingRules::check(meeting, context);
    QVERIFY(!check.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("notice")));

    // A call needs no notice.
    meeting.shorterNoticeAgreed = false;
    meeting.kind = MeetingKind::InformationCall;
    check = MeetingRules::check(meeting, context);
    QVERIFY(!check.notice.has_value());
    QVERIFY(!check.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("notice")));
}

void TestMeetingNotice::invalidMeetingDay()
{
    QVERIFY(!DeadlineCalculator(BankHolidayCalendar::shipped()).meetingNoticeBy(QDate()).isValid());
    const MeetingNotice::Check check =
        MeetingNotice::check(BankHolidayCalendar::shipped(), QDate(), QDate(2026, 12, 1), QDate(), false);
    QVERIFY(!check.latest.isValid());
    QVERIFY(check.warning.isEmpty());
}

QTEST_GUILESS_MAIN(TestMeetingNotice)
#include "tst_meetingnotice.moc"
