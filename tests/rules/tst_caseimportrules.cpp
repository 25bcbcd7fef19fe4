// The stage of a case brought in from a spreadsheet (rules/README.md section
// 8, "Cases imported"): each row below is a case as a file gives it, and the
// import columns the rules must name, worked out by hand (empty: accepted).
#include "rules/CaseImportRules.h"

#include <QTest>

Q_DECLARE_METATYPE(ImportedCaseStage)
Q_DECLARE_METATYPE(CaseStage)

class TestCaseImportRules : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void closedFrom_data();
    void closedFrom();
};

namespace {
const QDate kToday(2026, 11, 23);

// A mediation case from an enquiry on 2 November 2026.
ImportedCaseStage mediation(CaseStage stage)
{
    ImportedCaseStage c;
    c.route = Route::Mediation;
    c.stage = stage;
    c.enquiryDate = QDate(2026, 11, 2);
    return c;
}
} // namespace

void TestCaseImportRules::check_data()
{
    QTest::addColumn<ImportedCaseStage>("imported");
    QTest::addColumn<QStringList>("columns");

    QTest::newRow("enquiry, no dates") << mediation(CaseStage::Enquiry) << QStringList{};
    ImportedCaseStage c = mediation(CaseStage::InformationGiven);
    QTest::newRow("information given without its date") << c << QStringList{"information_given_on"};
    c.informationGivenDate = QDate(2026, 11, 5);
    QTest::newRow("information given on 5 Nov") << c << QStringList{};
    c.informationGivenDate = QDate(2026, 11, 1);
    QTest::newRow("information before the enquiry") << c << QStringList{"information_given_on"};
    c.informationGivenDate = QDate(2026, 11, 24);
    QTest::newRow("information after today") << c << QStringList{"information_given_on"};

    c = mediation(CaseStage::NotPursuing);
    c.informationGivenDate = QDate(2026, 11, 5);
    c.notPursuingDate = QDate(2026, 11, 19);
    QTest::newRow("not pursuing with both dates") << c << QStringList{};
    c.notPursuingDate = QDate(2026, 11, 4);
    QTest::newRow("declined before the information") << c << QStringList{"not_pursuing_on"};
    c.notPursuingDate = QDate();
    QTest::newRow("not pursuing without its date") << c << QStringList{"not_pursuing_on"};

    c = mediation(CaseStage::MeetingHeld);
    c.mediationRequestedDate = QDate(2026, 11, 10);
    QTest::newRow("meeting held without its date") << c << QStringList{"meeting_held_on"};
    c.meetingHeldDate = QDate(2026, 11, 9);
    QTest::newRow("meeting before the request") << c << QStringList{"meeting_held_on"};
    c.meetingHeldDate = QDate(2026, 11, 20);
    QTest::newRow("meeting held on 20 Nov") << c << QStringList{};
    c.noMeetingDate = QDate(2026, 11, 21);
    QTest::newRow("held and not held") << c << QStringList{"no_meeting_on", "no_meeting_on"};

    c = mediation(CaseStage::Enquiry);
    c.meetingHeldDate = QDate(2026, 11, 20);
    QTest::newRow("enquiry with a meeting date") << c << QStringList{"meeting_held_on"};

    c = mediation(CaseStage::Closed);
    c.informationGivenDate = QDate(2026, 11, 5);
    QTest::newRow("closed without date or reason") << c << QStringList{"closed_on", "closed_reason"};
    c.closedDate = QDate(2026, 11, 4);
    c.closedReason = QStringLiteral("Family moved away");
    QTest::newRow("closed before the information") << c << QStringList{"closed_on"};
    c.closedDate = QDate(2026, 11, 20);
    QTest::newRow("closed on 20 Nov") << c << QStringList{};

    c = mediation(CaseStage::Enquiry);
    c.closedReason = QStringLiteral("Withdrawn");
    QTest::newRow("a reason on an open case") << c << QStringList{"closed_reason"};

    c = mediation(CaseStage::PartiesContacted);
    QTest::newRow("a disagreement stage on mediation") << c << QStringList{"stage"};
    c.route = Route::DisagreementResolution;
    QTest::newRow("parties contacted") << c << QStringList{};
    c.informationGivenDate = QDate(2026, 11, 5);
    QTest::newRow("a mediation date on disagreement") << c << QStringList{"information_given_on"};
}

void TestCaseImportRules::check()
{
    QFETCH(ImportedCaseStage, imported);
    QFETCH(QStringList, columns);
    QStringList found;
    for (const ImportProblem& problem : CaseImportRules::check(imported, kToday)) {
        found << problem.column;
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.column));
    }
    QCOMPARE(found, columns);
}

void TestCaseImportRules::closedFrom_data()
{
    QTest::addColumn<ImportedCaseStage>("imported");
    QTest::addColumn<CaseStage>("expected");
    ImportedCaseStage c = mediation(CaseStage::Closed);
    QTest::newRow("nothing dated") << c << CaseStage::Enquiry;
    c.informationGivenDate = QDate(2026, 11, 5);
    QTest::newRow("information given") << c << CaseStage::InformationGiven;
    c.mediationRequestedDate = QDate(2026, 11, 6);
    QTest::newRow("requested") << c << CaseStage::MediationRequested;
    c.meetingHeldDate = QDate(2026, 11, 20);
    QTest::newRow("held") << c << CaseStage::MeetingHeld;
    c.route = Route::DisagreementResolution;
    QTest::newRow("disagreement") << c << CaseStage::Referral;
}

void TestCaseImportRules::closedFrom()
{
    QFETCH(ImportedCaseStage, imported);
    QFETCH(CaseStage, expected);
    QCOMPARE(CaseImportRules::closedFrom(imported), expected);
}

QTEST_GUILESS_MAIN(TestCaseImportRules)
#include "tst_caseimportrules.moc"
