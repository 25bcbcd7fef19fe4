// The stage of a case brought in from a spreadsheet (rules/README.md section
// 8, "Cases imported"): each row below is a case as a file gives it, and the
// import columns the rules must name, worked out by hand (empty: accepted).
#include "rules/CaseImportRules.h"

#include <QTest>

Q_DECLARE_METATYPE(ImportedCaseStage)
Q_DECLARE_METATYPE(CaseStage)
Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(ReferrerKind)

class TestCaseImportRules : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void closedFrom_data();
    void closedFrom();
    void routeAndReferrer_data();
    void routeAndReferrer();
    void certificates_data();
    void certificates();
    void checkUpdate_data();
    void checkUpdate();
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

// The route and the referrer must be given: an empty cell is refused with
// what to write, never read as mediation or a parent.
void TestCaseImportRules::routeAndReferrer_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<Route>("expectedRoute");
    QTest::addColumn<ReferrerKind>("expectedReferrer");

    QTest::newRow("both given") << "mediation"
                                << "parent" << QStringList{} << Route::Mediation << ReferrerKind::Parent;
    QTest::newRow("any case, spaces around")
        << " Disagreement_Resolution "
        << "YOUNG_PERSON" << QStringList{} << Route::DisagreementResolution << ReferrerKind::YoungPerson;
    QTest::newRow("professional") << "mediation"
                                  << "professional" << QStringList{} << Route::Mediation
                                  << ReferrerKind::Professional;
    QTest::newRow("empty route") << ""
                                 << "parent" << QStringList{"route"} << Route::Mediation
                                 << ReferrerKind::Parent;
    QTest::newRow("blank referrer") << "mediation"
                                    << "  " << QStringList{"referrer"} << Route::Mediation
                                    << ReferrerKind::Parent;
    QTest::newRow("both empty") << ""
                                << "" << QStringList{"route", "referrer"} << Route::Mediation
                                << ReferrerKind::Parent;
    QTest::newRow("not keys") << "tribunal"
                              << "school" << QStringList{"route", "referrer"} << Route::Mediation
                              << ReferrerKind::Parent;
}

void TestCaseImportRules::routeAndReferrer()
{
    QFETCH(QString, route);
    QFETCH(QString, referrer);
    QFETCH(QStringList, columns);
    QFETCH(Route, expectedRoute);
    QFETCH(ReferrerKind, expectedReferrer);
    // Start from the other values, so that a default cannot pass for a reading.
    Route readRoute = expectedRoute == Route::Mediation ? Route::DisagreementResolution : Route::Mediation;
    ReferrerKind readReferrer =
        expectedReferrer == ReferrerKind::Parent ? ReferrerKind::Professional : ReferrerKind::Parent;
    const Route untouchedRoute = readRoute;
    const ReferrerKind untouchedReferrer = readReferrer;
    QStringList found;
    const auto routeProblem = CaseImportRules::readRoute(route, &readRoute);
    const auto referrerProblem = CaseImportRules::readReferrer(referrer, &readReferrer);
    for (const auto& problem : {routeProblem, referrerProblem}) {
        if (problem) {
            found << problem->column;
            QVERIFY(!problem->message.isEmpty());
        }
    }
    QCOMPARE(found, columns);
    QCOMPARE(readRoute, routeProblem ? untouchedRoute : expectedRoute);
    QCOMPARE(readReferrer, referrerProblem ? untouchedReferrer : expectedReferrer);
    if (route.trimmed().isEmpty())
        QVERIFY(routeProblem->message.contains("mediation or disagreement_resolution"));
}

// Certificates issued before the import: each Part follows its event (the
// case's dates must show it), is dated on or after it and not after today.
void TestCaseImportRules::certificates_data()
{
    QTest::addColumn<ImportedCaseStage>("imported");
    QTest::addColumn<QString>("parts");
    QTest::addColumn<QString>("numbers");
    QTest::addColumn<QString>("dates");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<int>("read");

    ImportedCaseStage declined = mediation(CaseStage::NotPursuing);
    declined.informationGivenDate = QDate(2026, 11, 5);
    declined.notPursuingDate = QDate(2026, 11, 19);
    QTest::newRow("none") << declined << ""
                          << ""
                          << "" << QStringList{} << 0;
    QTest::newRow("Part 1 after declining") << declined << "1"
                                            << "HX-1"
                                            << "2026-11-20" << QStringList{} << 1;
    QTest::newRow("day first") << declined << "1"
                               << "HX-1"
                               << "20/11/2026" << QStringList{} << 1;
    QTest::newRow("Part 1 before declining") << declined << "1"
                                             << "HX-1"
                                             << "2026-11-18" << QStringList{"certificate_issued_on"} << 0;
    QTest::newRow("Part 1 after today") << declined << "1"
                                        << "HX-1"
                                        << "2026-11-24" << QStringList{"certificate_issued_on"} << 0;
    QTest::newRow("Part 2 without a meeting") << declined << "2"
                                              << "HX-1"
                                              << "2026-11-20" << QStringList{"certificate_part"} << 0;
    QTest::newRow("Part 4") << declined << "4"
                            << "HX-1"
                            << "2026-11-20" << QStringList{"certificate_part"} << 0;
    QTest::newRow("no number") << declined << "1"
                               << ""
                               << "2026-11-20" << QStringList{"certificate_part"} << 0;
    QTest::newRow("not a date") << declined << "1"
                                << "HX-1"
                                << "2026-13-01" << QStringList{"certificate_issued_on"} << 0;

    ImportedCaseStage both = mediation(CaseStage::MeetingHeld);
    both.informationGivenDate = QDate(2026, 11, 3);
    both.notPursuingDate = QDate(2026, 11, 4);
    both.mediationRequestedDate = QDate(2026, 11, 9);
    both.meetingHeldDate = QDate(2026, 11, 20);
    QTest::newRow("Part 1 then Part 2") << both << "1; 2"
                                        << "HX-1; HX-2"
                                        << "2026-11-05; 2026-11-23" << QStringList{} << 2;
    QTest::newRow("one number for two") << both << "1; 2"
                                        << "HX-1; HX-1"
                                        << "2026-11-05; 2026-11-23" << QStringList{"certificate_number"} << 0;
    QTest::newRow("the same Part twice") << both << "2; 2"
                                         << "HX-1; HX-2"
                                         << "2026-11-20; 2026-11-23" << QStringList{"certificate_part"} << 0;

    ImportedCaseStage disagreement = mediation(CaseStage::Referral);
    disagreement.route = Route::DisagreementResolution;
    QTest::newRow("disagreement resolution") << disagreement << "1"
                                             << "HX-1"
                                             << "2026-11-20" << QStringList{"certificate_part"} << 0;
}

void TestCaseImportRules::certificates()
{
    QFETCH(ImportedCaseStage, imported);
    QFETCH(QString, parts);
    QFETCH(QString, numbers);
    QFETCH(QString, dates);
    QFETCH(QStringList, columns);
    QFETCH(int, read);
    QList<ImportedCertificate> certificates;
    QStringList found;
    for (const ImportProblem& problem :
         CaseImportRules::readCertificates(parts, numbers, dates, imported, kToday, &certificates)) {
        found << problem.column;
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.column));
    }
    QCOMPARE(found, columns);
    QCOMPARE(certificates.size(), read);
    if (read > 0) {
        QCOMPARE(certificates.first().number, QStringLiteral("HX-1"));
        QCOMPARE(certificates.first().trigger, certificates.first().part == CertificatePart::Part1
                                                   ? imported.notPursuingDate
                                                   : imported.meetingHeldDate);
    }
}

// A row that updates a stored case (`action` update): the case at
// "information given" on 5 November 2026; each row gives a stage (or none)
// and dates; the columns named and the stage and dates after, by hand.
void TestCaseImportRules::checkUpdate_data()
{
    QTest::addColumn<ImportedCaseStage>("row");
    QTest::addColumn<bool>("stageGiven");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<CaseStage>("stageAfter");
    QTest::addColumn<QDate>("requestedAfter");

    ImportedCaseStage row = mediation(CaseStage::Enquiry);
    QTest::newRow("no stage, no dates: unchanged")
        << row << false << QStringList{} << CaseStage::InformationGiven << QDate();
    row.informationGivenDate = QDate(2026, 11, 5);
    QTest::newRow("the date the case has, again")
        << row << false << QStringList{} << CaseStage::InformationGiven << QDate();
    row.informationGivenDate = QDate(2026, 11, 6);
    QTest::newRow("a date the case has, changed")
        << row << false << QStringList{"information_given_on"} << CaseStage::InformationGiven << QDate();

    row = mediation(CaseStage::MediationRequested);
    row.mediationRequestedDate = QDate(2026, 11, 10);
    QTest::newRow("on to mediation requested with its date")
        << row << true << QStringList{} << CaseStage::MediationRequested << QDate(2026, 11, 10);
    QTest::newRow("a date without the stage: the stage is wrong")
        << row << false << QStringList{"mediation_requested_on"} << CaseStage::InformationGiven
        << QDate(2026, 11, 10);
    row.mediationRequestedDate = QDate();
    QTest::newRow("on to mediation requested without its date")
        << row << true << QStringList{"mediation_requested_on"} << CaseStage::MediationRequested << QDate();
    row.stage = CaseStage::MeetingHeld;
    row.mediationRequestedDate = QDate(2026, 11, 10);
    row.meetingHeldDate = QDate(2026, 11, 20);
    QTest::newRow("two stages on, with both dates")
        << row << true << QStringList{} << CaseStage::MeetingHeld << QDate(2026, 11, 10);
    row.meetingHeldDate = QDate(2026, 11, 24);
    QTest::newRow("a meeting after today")
        << row << true << QStringList{"meeting_held_on"} << CaseStage::MeetingHeld << QDate(2026, 11, 10);

    row = mediation(CaseStage::Enquiry);
    QTest::newRow("back to enquiry") << row << true << QStringList{"stage"} << CaseStage::InformationGiven
                                     << QDate();
    row.stage = CaseStage::InformationGiven;
    QTest::newRow("the stage it is at")
        << row << true << QStringList{} << CaseStage::InformationGiven << QDate();
    row.stage = CaseStage::Closed;
    QTest::newRow("closed without a date or reason")
        << row << true << QStringList{"closed_on", "closed_reason"} << CaseStage::Closed << QDate();
    row.closedDate = QDate(2026, 11, 20);
    row.closedReason = QStringLiteral("Family moved away");
    QTest::newRow("closed with its date and reason")
        << row << true << QStringList{} << CaseStage::Closed << QDate();
}

void TestCaseImportRules::checkUpdate()
{
    QFETCH(ImportedCaseStage, row);
    QFETCH(bool, stageGiven);
    QFETCH(QStringList, columns);
    QFETCH(CaseStage, stageAfter);
    QFETCH(QDate, requestedAfter);
    ImportedCaseStage current = mediation(CaseStage::InformationGiven);
    current.informationGivenDate = QDate(2026, 11, 5);
    ImportedCaseStage merged;
    QStringList found;
    for (const ImportProblem& problem :
         CaseImportRules::checkUpdate(current, row, stageGiven, kToday, &merged)) {
        found << problem.column;
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.column));
    }
    QCOMPARE(found, columns);
    QCOMPARE(merged.stage, stageAfter);
    QCOMPARE(merged.mediationRequestedDate, requestedAfter);
    // The date the case has stays, whatever the row says.
    QCOMPARE(merged.informationGivenDate, QDate(2026, 11, 5));
    // A closed case does not move.
    current.stage = CaseStage::Closed;
    current.closedDate = QDate(2026, 11, 6);
    current.closedReason = QStringLiteral("Withdrew");
    ImportedCaseStage reopened = mediation(CaseStage::InformationGiven);
    QStringList refused;
    for (const ImportProblem& problem :
         CaseImportRules::checkUpdate(current, reopened, true, kToday, &merged))
        refused << problem.column;
    QCOMPARE(refused, QStringList{"stage"});
}

QTEST_GUILESS_MAIN(TestCaseImportRules)
#include "tst_caseimportrules.moc"
