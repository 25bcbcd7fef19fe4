// After a mediation agreement (rules/README.md section 3, "After an
// agreement"; SEND Regulations reg 42 and reg 44): calendar weeks from the
// agreement date, never moved for weekends or bank holidays. Each expected
// date is counted by hand; the comment shows the count month by month.
#include "rules/AgreementDeadlines.h"

#include <QTest>

class TestAgreementDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void whatAndRegulation();
    void explanation();
    void invalidInput();
    void actionDue_data();
    void actionDue();
};

void TestAgreementDeadlines::dates_data()
{
    QTest::addColumn<QDate>("agreed");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("periodDays"); // 0: none agreed in writing
    QTest::addColumn<bool>("notParty");
    QTest::addColumn<QStringList>("expected");

    // Assess or re-assess: 2, 10 and 14 weeks (14, 70 and 98 days).
    // 31 Jan 2027 (a month end): +14 = 14 Feb; +70: 28 to 28 Feb, 59 to 31 Mar, +11 = 11 Apr;
    // +98: 89 to 30 Apr, +9 = 9 May.
    QTest::newRow("assess from 31 Jan 2027") << QDate(2027, 1, 31) << "assess" << 0 << false
                                             << QStringList{"2027-02-14", "2027-04-11", "2027-05-09"};
    // 15 Feb 2028 (leap): +14 = 29 Feb; +70: 14 to 29 Feb, 45 to 31 Mar, +25 = 25 Apr;
    // +98: 75 to 30 Apr, +23 = 23 May.
    QTest::newRow("assess onto 29 Feb 2028") << QDate(2028, 2, 15) << "assess" << 0 << false
                                             << QStringList{"2028-02-29", "2028-04-25", "2028-05-23"};
    // 31 Dec 2027: +14 = 14 Jan 2028; +70: 31 to 31 Jan, 60 to 29 Feb, +10 = 10 Mar;
    // +98: 91 to 31 Mar, +7 = 7 Apr.
    QTest::newRow("assess from New Year's Eve 2027") << QDate(2027, 12, 31) << "assess" << 0 << false
                                                     << QStringList{"2028-01-14", "2028-03-10", "2028-04-07"};
    // 15 Feb 2027 (common year): +14 = 1 Mar; +70: 13 to 28 Feb, 44 to 31 Mar, +26 = 26 Apr;
    // +98: 74 to 30 Apr, +24 = 24 May.
    QTest::newRow("assess over February 2027") << QDate(2027, 2, 15) << "assess" << 0 << false
                                               << QStringList{"2027-03-01", "2027-04-26", "2027-05-24"};

    // Make and maintain a plan: 5 and 11 weeks (35 and 77 days).
    // 31 Jan 2028: +35: 29 to 29 Feb, +6 = 6 Mar; +77: 60 to 31 Mar, +17 = 17 Apr.
    QTest::newRow("plan from 31 Jan 2028 (leap)")
        << QDate(2028, 1, 31) << "make-plan" << 0 << false << QStringList{"2028-03-06", "2028-04-17"};
    // 31 Jan 2027: +35: 28 to 28 Feb, +7 = 7 Mar; +77: 59 to 31 Mar, +18 = 18 Apr.
    QTest::newRow("plan from 31 Jan 2027")
        << QDate(2027, 1, 31) << "make-plan" << 0 << false << QStringList{"2027-03-07", "2027-04-18"};
    // 29 Feb 2024: +35: 31 to 31 Mar, +4 = 4 Apr; +77: 61 to 30 Apr, +16 = 16 May.
    QTest::newRow("plan from 29 Feb 2024")
        << QDate(2024, 2, 29) << "make-plan" << 0 << false << QStringList{"2024-04-04", "2024-05-16"};
    // 30 Nov 2026: +35: 31 to 31 Dec, +4 = 4 Jan 2027; +77: 62 to 31 Jan, +15 = 15 Feb.
    QTest::newRow("plan over the year end")
        << QDate(2026, 11, 30) << "make-plan" << 0 << false << QStringList{"2027-01-04", "2027-02-15"};

    // Not appealable: 2 weeks, not moved.
    // Thu 24 Dec 2026 + 14: 7 to 31 Dec, +7 = Thu 7 Jan 2027 (Christmas does not move it).
    QTest::newRow("not appealable over Christmas")
        << QDate(2026, 12, 24) << "not-appealable" << 0 << false << QStringList{"2027-01-07"};
    // 22 Feb 2028 + 14: 7 to 29 Feb, +7 = 7 Mar.
    QTest::newRow("not appealable, leap February")
        << QDate(2028, 2, 22) << "not-appealable" << 0 << false << QStringList{"2028-03-07"};
    // 22 Feb 2027 + 14: 6 to 28 Feb, +8 = 8 Mar.
    QTest::newRow("not appealable, common February")
        << QDate(2027, 2, 22) << "not-appealable" << 0 << false << QStringList{"2027-03-08"};
    // 17 Aug 2026 + 14 = Mon 31 Aug 2026, a bank holiday: it stays.
    QTest::newRow("onto a bank holiday")
        << QDate(2026, 8, 17) << "not-appealable" << 0 << false << QStringList{"2026-08-31"};
    // Sat 31 Oct 2026 + 14 = Sat 14 Nov 2026: it stays a Saturday.
    QTest::newRow("from and onto a Saturday")
        << QDate(2026, 10, 31) << "not-appealable" << 0 << false << QStringList{"2026-11-14"};

    // A period agreed in writing replaces the statutory one, whatever the kind.
    // 30 Dec 2026 + 10: 1 to 31 Dec, +9 = 9 Jan 2027.
    QTest::newRow("agreed 10 days") << QDate(2026, 12, 30) << "not-appealable" << 10 << false
                                    << QStringList{"2027-01-09"};
    // 1 Feb 2028 + 30: 28 to 29 Feb, +2 = 2 Mar.
    QTest::newRow("agreed 30 days, leap")
        << QDate(2028, 2, 1) << "assess" << 30 << false << QStringList{"2028-03-02"};
    // 31 Mar 2027 + 56: 30 to 30 Apr, +26 = 26 May.
    QTest::newRow("agreed 56 days replaces the plan's")
        << QDate(2027, 3, 31) << "make-plan" << 56 << false << QStringList{"2027-05-26"};
    // 10 Jun 2026 + 21 = 1 Jul.
    QTest::newRow("agreed period for an appealable item")
        << QDate(2026, 6, 10) << "appealable" << 21 << false << QStringList{"2026-07-01"};

    // The council not a party: the commissioning body tells it within 1 week.
    // Mon 28 Dec 2026: +7 = 4 Jan 2027; +14 = 11 Jan 2027.
    QTest::newRow("not a party, not appealable")
        << QDate(2026, 12, 28) << "not-appealable" << 0 << true << QStringList{"2027-01-04", "2027-01-11"};
    // 26 Feb 2029: +7: 2 to 28 Feb, +5 = 5 Mar; +14 = 12 Mar; +70: 33 to 31 Mar, 63 to 30 Apr, +7 = 7 May;
    // +98: 94 to 31 May, +4 = 4 Jun.
    QTest::newRow("not a party, assess")
        << QDate(2029, 2, 26) << "assess" << 0 << true
        << QStringList{"2029-03-05", "2029-03-12", "2029-05-07", "2029-06-04"};
    // 25 Feb 2028: +7: 4 to 29 Feb, +3 = 3 Mar; +35: 4 to 29 Feb, +31 = 31 Mar;
    // +77: 35 to 31 Mar, 65 to 30 Apr, +12 = 12 May.
    QTest::newRow("not a party, plan, leap") << QDate(2028, 2, 25) << "make-plan" << 0 << true
                                             << QStringList{"2028-03-03", "2028-03-31", "2028-05-12"};
    // Agreed 3 days, shorter than the week: 31 Jan 2027 + 3 = 3 Feb; + 7 = 7 Feb.
    QTest::newRow("not a party, agreed 3 days")
        << QDate(2027, 1, 31) << "not-appealable" << 3 << true << QStringList{"2027-02-03", "2027-02-07"};

    // Another appealable item: its reg 44 period is not set out; no date is guessed.
    QTest::newRow("appealable: check reg 44")
        << QDate(2026, 12, 1) << "appealable" << 0 << false << QStringList{"check reg 44"};
    // Dated lines first, then the undated one: 1 Dec 2026 + 7 = 8 Dec.
    QTest::newRow("appealable, not a party")
        << QDate(2026, 12, 1) << "appealable" << 0 << true << QStringList{"2026-12-08", "check reg 44"};
}

void TestAgreementDeadlines::dates()
{
    QFETCH(QDate, agreed);
    QFETCH(QString, kind);
    QFETCH(int, periodDays);
    QFETCH(bool, notParty);
    QFETCH(QStringList, expected);
    const std::optional<AgreedActionKind> parsed = agreedActionKindFromString(kind);
    QVERIFY(parsed);
    const QList<AgreementDeadlines::Item> items = AgreementDeadlines::compute(
        agreed, *parsed, periodDays > 0 ? std::optional<int>(periodDays) : std::nullopt, notParty);
    QStringList dates;
    for (const AgreementDeadlines::Item& item : items) {
        dates << item.dateText();
        QVERIFY(!item.what.isEmpty());
        QVERIFY(item.regulation.contains(QStringLiteral("reg 4")));
        if (!item.checkReg44()) {
            QCOMPARE(item.deadline.startDate(), agreed);
            QVERIFY(!item.deadline.isProvisional()); // calendar days only
        }
    }
    QCOMPARE(dates, expected);
}

void TestAgreementDeadlines::whatAndRegulation()
{
    const QList<AgreementDeadlines::Item> assess =
        AgreementDeadlines::compute(QDate(2027, 1, 31), AgreedActionKind::Assess, std::nullopt, true);
    QCOMPARE(assess.size(), 4);
    QVERIFY(assess.at(0).what.contains(QStringLiteral("commissioning body tells the council")));
    QVERIFY(assess.at(1).what.contains(QStringLiteral("will assess or re-assess")));
    QVERIFY(assess.at(2).what.contains(QStringLiteral("no EHC plan is needed")));
    QVERIFY(assess.at(3).what.contains(QStringLiteral("final EHC plan")));
    QVERIFY(assess.at(1).regulation.contains(QStringLiteral("reg 44(2)")));
    const QList<AgreementDeadlines::Item> plan =
        AgreementDeadlines::compute(QDate(2027, 1, 31), AgreedActionKind::MakePlan);
    QVERIFY(plan.at(0).what.contains(QStringLiteral("draft EHC plan")));
    const QList<AgreementDeadlines::Item> other =
        AgreementDeadlines::compute(QDate(2027, 1, 31), AgreedActionKind::NotAppealable);
    QVERIFY(other.at(0).regulation.contains(QStringLiteral("reg 42")));
    const QList<AgreementDeadlines::Item> appealable =
        AgreementDeadlines::compute(QDate(2027, 1, 31), AgreedActionKind::Appealable);
    QVERIFY(appealable.at(0).checkReg44());
    QCOMPARE(appealable.at(0).dateText(), QStringLiteral("check reg 44"));
}

void TestAgreementDeadlines::explanation()
{
    const QList<AgreementDeadlines::Item> items =
        AgreementDeadlines::compute(QDate(2028, 2, 15), AgreedActionKind::Assess);
    const QStringList lines = items.at(0).deadline.explanation();
    QVERIFY(lines.first().contains(QStringLiteral("within 2 weeks of the agreement")));
    QCOMPARE(lines.at(1),
             QStringLiteral("Start: 2028-02-15 (Tue 15 Feb 2028), the date of the mediation agreement"));
    QVERIFY2(lines.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("Tue 15 Feb 2028 + 2 weeks (14 calendar days) = "
                                          "Tue 29 Feb 2028")),
             qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestAgreementDeadlines::invalidInput()
{
    QVERIFY(AgreementDeadlines::compute(QDate(), AgreedActionKind::Assess).isEmpty());
    QVERIFY(AgreementDeadlines::compute(QDate(2026, 12, 1), AgreedActionKind::Assess, 0).isEmpty());
    QVERIFY(AgreementDeadlines::compute(QDate(2026, 12, 1), AgreedActionKind::Assess, -5).isEmpty());
    QVERIFY(AgreementDeadlines::compute(QDate(2026, 12, 1), AgreedActionKind::Assess, 367).isEmpty());
    QCOMPARE(AgreementDeadlines::compute(QDate(2026, 12, 1), AgreedActionKind::Assess, 366).size(), 1);
}

void TestAgreementDeadlines::actionDue_data()
{
    // The "By when" an action defaults to on the outcome form: the council's
    // first deadline for that kind (rules README section 3, "After an
    // agreement"); none where the period is "check reg 44".
    QTest::addColumn<QDate>("agreed");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("periodDays");
    QTest::addColumn<QDate>("expected");
    // 30 Nov 2026 + 14 = 14 Dec 2026 (tell the family it will assess).
    QTest::newRow("assess: 2 weeks") << QDate(2026, 11, 30) << "assess" << 0 << QDate(2026, 12, 14);
    // 31 Jan 2027 + 35: 28 to 28 Feb, +7 = 7 Mar (the draft plan).
    QTest::newRow("make a plan: draft in 5 weeks")
        << QDate(2027, 1, 31) << "make-plan" << 0 << QDate(2027, 3, 7);
    // 18 Dec 2026 + 14 = 1 Jan 2027: a bank holiday does not move it.
    QTest::newRow("not appealable: 2 weeks over new year")
        << QDate(2026, 12, 18) << "not-appealable" << 0 << QDate(2027, 1, 1);
    QTest::newRow("appealable: no date guessed") << QDate(2026, 12, 1) << "appealable" << 0 << QDate();
    // Agreed 45 days in writing: 1 Dec 2026 + 45 = 15 Jan 2027, whatever the kind.
    QTest::newRow("agreed 45 days replaces reg 44")
        << QDate(2026, 12, 1) << "appealable" << 45 << QDate(2027, 1, 15);
    // Agreed 10 days: 24 Feb 2028 + 10 = 5 Mar 2028 (29 Feb counted).
    QTest::newRow("agreed 10 days, leap year") << QDate(2028, 2, 24) << "assess" << 10 << QDate(2028, 3, 5);
}

void TestAgreementDeadlines::actionDue()
{
    QFETCH(QDate, agreed);
    QFETCH(QString, kind);
    QFETCH(int, periodDays);
    QFETCH(QDate, expected);
    const std::optional<AgreedActionKind> parsed = agreedActionKindFromString(kind);
    QVERIFY(parsed);
    QCOMPARE(AgreementDeadlines::actionDue(agreed, *parsed,
                                           periodDays > 0 ? std::optional<int>(periodDays) : std::nullopt),
             expected);
}

QTEST_GUILESS_MAIN(TestAgreementDeadlines)
#include "tst_agreementdeadlines.moc"
