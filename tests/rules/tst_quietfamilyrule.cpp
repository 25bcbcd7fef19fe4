#include "rules/QuietFamilyRule.h"

#include <QTest>

Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(CaseStage)

// A family gone quiet (rules reference section 3): the adviser is asked on
// the N-th working day after the last contact, the contact day itself not
// counted. Every expected date is counted by hand on the shipped calendar
// (2026: 3 and 6 April, 4 and 25 May, 31 August, 25 and 28 December; 2027:
// 1 January).
class TestQuietFamilyRule : public QObject
{
    Q_OBJECT

private slots:
    void promptDay_data();
    void promptDay();
    void latestQuietContact_data();
    void latestQuietContact();
    void latestQuietContactIsTheBoundary();
    void lastContact_data();
    void lastContact();
    void applies_data();
    void applies();
    void latestContactLogged();
};

void TestQuietFamilyRule::promptDay_data()
{
    QTest::addColumn<QDate>("contact");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Mon 2 Nov 2026, 10: Tue 3 to Fri 6, Mon 9 to Fri 13, Mon 16")
        << QDate(2026, 11, 2) << 10 << QDate(2026, 11, 16);
    QTest::newRow("Fri 6 Nov 2026, 10: Mon 9 to Fri 13, Mon 16 to Fri 20")
        << QDate(2026, 11, 6) << 10 << QDate(2026, 11, 20);
    QTest::newRow("Sat 7 Nov 2026, 10: the weekend is not counted, Fri 20")
        << QDate(2026, 11, 7) << 10 << QDate(2026, 11, 20);
    QTest::newRow("Fri 18 Dec 2026, 10: 21-24 Dec, 29-31 Dec, 4-6 Jan (25, 28 Dec and 1 Jan skipped)")
        << QDate(2026, 12, 18) << 10 << QDate(2027, 1, 6);
    QTest::newRow("Wed 23 Dec 2026, 10: Thu 24, 29-31 Dec, 4-8 Jan, Mon 11 Jan")
        << QDate(2026, 12, 23) << 10 << QDate(2027, 1, 11);
    QTest::newRow("Thu 2 Apr 2026, 5: Good Friday and Easter Monday skipped, Tue 7 to Mon 13")
        << QDate(2026, 4, 2) << 5 << QDate(2026, 4, 13);
    QTest::newRow("Fri 22 May 2026, 5: Mon 25 May skipped, Tue 26 to Mon 1 Jun")
        << QDate(2026, 5, 22) << 5 << QDate(2026, 6, 1);
    QTest::newRow("Thu 27 Aug 2026, 3: Fri 28, Mon 31 Aug skipped, Tue 1, Wed 2 Sep")
        << QDate(2026, 8, 27) << 3 << QDate(2026, 9, 2);
    QTest::newRow("Fri 4 Dec 2026, 1: Mon 7 Dec") << QDate(2026, 12, 4) << 1 << QDate(2026, 12, 7);
    QTest::newRow("Thu 29 Oct 2026, 60: 12 full weeks, Thu 21 Jan 2027 less the 3 holidays: Tue 26 Jan")
        << QDate(2026, 10, 29) << 60 << QDate(2027, 1, 26);
    QTest::newRow("0 turns the prompt off") << QDate(2026, 11, 2) << 0 << QDate();
    QTest::newRow("more than 60 is not a setting") << QDate(2026, 11, 2) << 61 << QDate();
    QTest::newRow("a negative number is not a setting") << QDate(2026, 11, 2) << -1 << QDate();
    QTest::newRow("no contact day") << QDate() << 10 << QDate();
}

void TestQuietFamilyRule::promptDay()
{
    QFETCH(QDate, contact);
    QFETCH(int, workingDays);
    QFETCH(QDate, expected);
    QCOMPARE(QuietFamilyRule::promptDay(contact, workingDays, BankHolidayCalendar::shipped()), expected);
}

void TestQuietFamilyRule::latestQuietContact_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Mon 16 Nov 2026, 10: contact Mon 2 Nov is asked today, Tue 3 Nov tomorrow")
        << QDate(2026, 11, 16) << 10 << QDate(2026, 11, 2);
    QTest::newRow("Sun 15 Nov 2026, 10: contacts Fri 30 Oct to Sun 1 Nov were asked on Fri 13")
        << QDate(2026, 11, 15) << 10 << QDate(2026, 11, 1);
    QTest::newRow("Wed 6 Jan 2027, 10: Fri 18 to Sun 20 Dec are due today; Mon 21 Dec on Thu 7 Jan")
        << QDate(2027, 1, 6) << 10 << QDate(2026, 12, 20);
    QTest::newRow("Mon 7 Dec 2026, 1: Sun 6 Dec is due today, Mon 7 Dec tomorrow")
        << QDate(2026, 12, 7) << 1 << QDate(2026, 12, 6);
    QTest::newRow("Tue 29 Dec 2026, 1: Thu 24 to Mon 28 Dec all fall due on Tue 29")
        << QDate(2026, 12, 29) << 1 << QDate(2026, 12, 28);
    QTest::newRow("Mon 28 Dec 2026 (a bank holiday), 1: only up to Wed 23 Dec, due on Thu 24")
        << QDate(2026, 12, 28) << 1 << QDate(2026, 12, 23);
    QTest::newRow("0 turns the prompt off") << QDate(2026, 11, 16) << 0 << QDate();
}

void TestQuietFamilyRule::latestQuietContact()
{
    QFETCH(QDate, today);
    QFETCH(int, workingDays);
    QFETCH(QDate, expected);
    QCOMPARE(QuietFamilyRule::latestQuietContact(today, workingDays, BankHolidayCalendar::shipped()),
             expected);
}

// The boundary agrees with promptDay() for every day of a year and several N:
// a contact on the boundary day is due by today, the day after is not.
void TestQuietFamilyRule::latestQuietContactIsTheBoundary()
{
    const BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    for (int n : {1, 3, 5, 10, 20}) {
        for (QDate today(2026, 1, 1); today <= QDate(2026, 12, 31); today = today.addDays(1)) {
            const QDate latest = QuietFamilyRule::latestQuietContact(today, n, calendar);
            QVERIFY2(QuietFamilyRule::promptDay(latest, n, calendar) <= today,
                     qPrintable(today.toString(Qt::ISODate)));
            QVERIFY2(QuietFamilyRule::promptDay(latest.addDays(1), n, calendar) > today,
                     qPrintable(today.toString(Qt::ISODate)));
        }
    }
}

void TestQuietFamilyRule::lastContact_data()
{
    QTest::addColumn<QDate>("informationGiven");
    QTest::addColumn<QDate>("logged");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("a call after the information")
        << QDate(2026, 11, 2) << QDate(2026, 11, 9) << QDate(2026, 11, 9);
    QTest::newRow("a call logged before the information (at enquiry)")
        << QDate(2026, 11, 2) << QDate(2026, 10, 28) << QDate(2026, 11, 2);
    QTest::newRow("nothing logged") << QDate(2026, 11, 2) << QDate() << QDate(2026, 11, 2);
    QTest::newRow("no information date (an older case)")
        << QDate() << QDate(2026, 11, 9) << QDate(2026, 11, 9);
    QTest::newRow("neither") << QDate() << QDate() << QDate();
}

void TestQuietFamilyRule::lastContact()
{
    QFETCH(QDate, informationGiven);
    QFETCH(QDate, logged);
    QFETCH(QDate, expected);
    QCOMPARE(QuietFamilyRule::lastContact(informationGiven, logged), expected);
}

void TestQuietFamilyRule::applies_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<CaseStage>("stage");
    QTest::addColumn<bool>("expected");
    QTest::newRow("mediation, information given") << Route::Mediation << CaseStage::InformationGiven << true;
    QTest::newRow("mediation, enquiry (not told yet)") << Route::Mediation << CaseStage::Enquiry << false;
    QTest::newRow("mediation requested (the family answered)")
        << Route::Mediation << CaseStage::MediationRequested << false;
    QTest::newRow("not pursuing (already recorded)") << Route::Mediation << CaseStage::NotPursuing << false;
    QTest::newRow("disagreement resolution") << Route::DisagreementResolution << CaseStage::Referral << false;
}

void TestQuietFamilyRule::applies()
{
    QFETCH(Route, route);
    QFETCH(CaseStage, stage);
    QFETCH(bool, expected);
    QCOMPARE(QuietFamilyRule::applies(route, stage), expected);
}

// Calls, emails, letters and meetings are contact; notes, stage changes,
// certificates and tasks are the office's own records and are not.
void TestQuietFamilyRule::latestContactLogged()
{
    auto entry = [](ActivityKind kind, const QDate& day) {
        Activity activity;
        activity.kind = kind;
        activity.occurredAt = QDateTime(day, QTime(11, 0));
        return activity;
    };
    QCOMPARE(QuietFamilyRule::latestContactLogged({}), QDate());
    QCOMPARE(QuietFamilyRule::latestContactLogged({entry(ActivityKind::Note, QDate(2026, 11, 20)),
                                                   entry(ActivityKind::StageChange, QDate(2026, 11, 19)),
                                                   entry(ActivityKind::Certificate, QDate(2026, 11, 18))}),
             QDate());
    QCOMPARE(QuietFamilyRule::latestContactLogged({entry(ActivityKind::Note, QDate(2026, 11, 20)),
                                                   entry(ActivityKind::Call, QDate(2026, 11, 9)),
                                                   entry(ActivityKind::Email, QDate(2026, 11, 12))}),
             QDate(2026, 11, 12));
    QCOMPARE(QuietFamilyRule::latestContactLogged({entry(ActivityKind::Letter, QDate(2026, 11, 3)),
                                                   entry(ActivityKind::Meeting, QDate(2026, 11, 4))}),
             QDate(2026, 11, 4));
    for (ActivityKind kind :
         {ActivityKind::Call, ActivityKind::Email, ActivityKind::Letter, ActivityKind::Meeting})
        QVERIFY(QuietFamilyRule::isContact(kind));
    for (ActivityKind kind :
         {ActivityKind::Note, ActivityKind::StageChange, ActivityKind::Certificate, ActivityKind::Task})
        QVERIFY(!QuietFamilyRule::isContact(kind));
}

QTEST_GUILESS_MAIN(TestQuietFamilyRule)
#include "tst_quietfamilyrule.moc"
