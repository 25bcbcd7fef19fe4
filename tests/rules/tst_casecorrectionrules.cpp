#include "rules/CaseCorrectionRules.h"
#include "rules/CertificateDrafter.h"

#include <QTest>
#include <functional>

// What a correction of intake facts may change, when it is refused, and which
// issued certificates it leaves contradicted. Every name is synthetic.
namespace {
const QDate kToday(2026, 11, 23);

// A mediation case about a refusal to assess, taken on Friday 20 November 2026.
CaseDetails storedCase()
{
    CaseDetails d;
    d.id = 7;
    d.reference = QStringLiteral("MED-2026-00007");
    d.stage = CaseStage::Enquiry;
    d.council.id = 1;
    d.council.name = QStringLiteral("Northmoor Borough Council");
    Referral& r = d.referral;
    r.referrerKind = ReferrerKind::Parent;
    r.child = {"Tomasz", "Wren", QDate(2016, 3, 14), {}, {}, {}, {}};
    r.parent = {"Ada", "Wren", {}, "1 Mill Lane", "NM1 4QT", "07700 900123", "ada@mail.example"};
    r.councilId = 1;
    r.route = Route::Mediation;
    r.decisionType = DecisionType::RefusalToAssess;
    r.decisionNoticeDate = QDate(2026, 11, 2);
    r.enquiryDate = QDate(2026, 11, 20);
    return d;
}

// An issued certificate that printed the stored case as it was.
Certificate issuedFor(const CaseDetails& d, CertificatePart part)
{
    Certificate c;
    c.id = 3;
    c.number = QStringLiteral("NMB-2026-000003");
    c.part = part;
    c.caseId = d.id;
    c.status = CertificateStatus::Issued;
    CertificateDrafter::Issue issue;
    issue.part = part;
    issue.number = c.number;
    issue.issueDate = kToday;
    issue.triggerDate = QDate(2026, 11, 20);
    static const BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    static const DeadlineCalculator calculator(calendar);
    c.content = CertificateDrafter::content(d, issue, ProviderDetails(), calculator);
    return c;
}
} // namespace

using Change = std::function<void(CaseDetails& stored, Referral& corrected, QString& reason)>;
Q_DECLARE_METATYPE(Change)

class TestCaseCorrectionRules : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data();
    void refusals();
    void changesSayWhatWasAndIs_data();
    void changesSayWhatWasAndIs();
    void applyTakesOnlyIntakeFacts();
    void mismatches_data();
    void mismatches();
};

void TestCaseCorrectionRules::refusals_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("withIssuedPart1");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    QTest::newRow("child's name corrected")
        << Change([](CaseDetails&, Referral& r, QString&) { r.child.givenName = "Tomas"; }) << false << "";
    QTest::newRow("no reason") << Change([](CaseDetails&, Referral& r, QString& reason) {
        r.child.givenName = "Tomas";
        reason.clear();
    }) << false << "Say why";
    QTest::newRow("nothing changed") << Change([](CaseDetails&, Referral&, QString&) {}) << false
                                     << "Nothing was changed";
    QTest::newRow("decision notice after the enquiry")
        << Change([](CaseDetails&, Referral& r, QString&) { r.decisionNoticeDate = QDate(2026, 11, 21); })
        << false << "after the enquiry";
    QTest::newRow("enquiry in the future")
        << Change([](CaseDetails&, Referral& r, QString&) { r.enquiryDate = QDate(2026, 11, 24); }) << false
        << "future";
    QTest::newRow("young person under 16")
        << Change([](CaseDetails&, Referral& r, QString&) { r.referrerKind = ReferrerKind::YoungPerson; })
        << false << "16 or over";
    QTest::newRow("plan content without sections")
        << Change([](CaseDetails&, Referral& r, QString&) { r.decisionType = DecisionType::PlanContent; })
        << false << "plan sections";
    QTest::newRow("route corrected at the first stage") << Change([](CaseDetails&, Referral& r, QString&) {
        r.route = Route::DisagreementResolution;
        r.disagreementSubject = "Transport to school";
    }) << false << "";
    QTest::newRow("route corrected after the first stage")
        << Change([](CaseDetails& d, Referral& r, QString&) {
               d.stage = CaseStage::MediationRequested;
               d.informationGivenDate = QDate(2026, 11, 20);
               d.mediationRequestedDate = QDate(2026, 11, 20);
               r.route = Route::DisagreementResolution;
               r.disagreementSubject = "Transport to school";
           })
        << false << "only while the case is at its first stage";
    QTest::newRow("route corrected after a certificate") << Change([](CaseDetails&, Referral& r, QString&) {
        r.route = Route::DisagreementResolution;
        r.disagreementSubject = "Transport to school";
    }) << true << "Part 1 certificate NMB-2026-000003 was issued";
    QTest::newRow("enquiry after the information was given")
        << Change([](CaseDetails& d, Referral& r, QString&) {
               d.stage = CaseStage::InformationGiven;
               d.informationGivenDate = QDate(2026, 11, 20);
               r.enquiryDate = QDate(2026, 11, 21);
           })
        << false << "after the day the information was given";
    QTest::newRow("enquiry earlier than the information")
        << Change([](CaseDetails& d, Referral& r, QString&) {
               d.stage = CaseStage::InformationGiven;
               d.informationGivenDate = QDate(2026, 11, 20);
               r.enquiryDate = QDate(2026, 11, 19);
           })
        << false << "";
    QTest::newRow("a bad stored phone is not this correction's")
        << Change([](CaseDetails& d, Referral& r, QString&) {
               d.referral.parent.phone = "12";
               r.parent.phone = "12";
               r.child.familyName = "Wrenn";
           })
        << false << "";
}

void TestCaseCorrectionRules::refusals()
{
    QFETCH(Change, change);
    QFETCH(bool, withIssuedPart1);
    QFETCH(QString, refusal);
    CaseDetails stored = storedCase();
    Referral corrected = stored.referral;
    QString reason = QStringLiteral("Misheard on the phone");
    change(stored, corrected, reason);
    QList<Certificate> certificates;
    if (withIssuedPart1)
        certificates << issuedFor(stored, CertificatePart::Part1);
    const BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    const DeadlineCalculator calculator(calendar);
    const QStringList found =
        CaseCorrectionRules::refusals(stored, CaseCorrectionRules::apply(stored.referral, corrected), reason,
                                      certificates, calculator, kToday);
    if (refusal.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    } else {
        QVERIFY2(found.join(QLatin1Char('\n')).contains(refusal), qPrintable(found.join(QLatin1Char('\n'))));
    }
}

void TestCaseCorrectionRules::changesSayWhatWasAndIs_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("child's name") << Change([](CaseDetails&, Referral& r, QString&) {
        r.child.givenName = "Tomáš";
    }) << "child.name"
                                  << "Tomasz Wren"
                                  << "Tomáš Wren";
    QTest::newRow("date of birth") << Change([](CaseDetails&, Referral& r, QString&) {
        r.child.dateOfBirth = QDate(2016, 4, 14);
    }) << "child.dateOfBirth"
                                   << "Mon 14 Mar 2016"
                                   << "Thu 14 Apr 2016";
    QTest::newRow("parent's date of birth")
        << Change([](CaseDetails&, Referral& r, QString&) { r.parent.dateOfBirth = QDate(1988, 1, 5); })
        << "parent.dateOfBirth"
        << "(none)"
        << "Tue 5 Jan 1988";
    QTest::newRow("decision") << Change([](CaseDetails&, Referral& r, QString&) {
        r.decisionType = DecisionType::RefusalToIssue;
    }) << "decisionType"
                              << "Refusal to carry out an EHC needs assessment"
                              << "Refusal to issue an EHC plan";
    QTest::newRow("sections") << Change([](CaseDetails&, Referral& r, QString&) {
        r.decisionType = DecisionType::PlanContent;
        r.sections = PlanSections{PlanSection::F, PlanSection::B};
    }) << "sections"
                              << "(none)"
                              << "B, F";
    QTest::newRow("channel") << Change([](CaseDetails&, Referral& r, QString&) {
        r.enquiryChannel = EnquiryChannel::Email;
    }) << "enquiryChannel" << enquiryChannelTitle(EnquiryChannel::Phone)
                             << enquiryChannelTitle(EnquiryChannel::Email);
    QTest::newRow("referrer") << Change([](CaseDetails&, Referral& r, QString&) {
        r.referrerKind = ReferrerKind::Professional;
    }) << "referrerKind"
                              << "Parent or carer"
                              << "Professional";
    QTest::newRow("council") << Change([](CaseDetails&, Referral& r, QString&) { r.councilId = 2; })
                             << "councilId"
                             << "Northmoor Borough Council"
                             << "Southfell Council";
}

void TestCaseCorrectionRules::changesSayWhatWasAndIs()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(QString, before);
    QFETCH(QString, after);
    CaseDetails stored = storedCase();
    Referral corrected = stored.referral;
    QString reason;
    change(stored, corrected, reason);
    const QList<CaseCorrectionRules::FieldChange> changes =
        CaseCorrectionRules::changes(stored.referral, CaseCorrectionRules::apply(stored.referral, corrected),
                                     stored.council.name, QStringLiteral("Southfell Council"));
    const auto it =
        std::find_if(changes.cbegin(), changes.cend(),
                     [&field](const CaseCorrectionRules::FieldChange& c) { return c.field == field; });
    QVERIFY2(it != changes.cend(), qPrintable(field));
    QCOMPARE(it->before, before);
    QCOMPARE(it->after, after);
    QVERIFY(!it->label.isEmpty());
}

void TestCaseCorrectionRules::applyTakesOnlyIntakeFacts()
{
    const CaseDetails stored = storedCase();
    Referral corrected = stored.referral;
    corrected.child.familyName = QStringLiteral(" Wrenn ");
    corrected.parent.phone = QStringLiteral("07700 900999"); // not an intake fact here
    corrected.schoolName = QStringLiteral("Elsewhere Academy");
    corrected.route = Route::DisagreementResolution;
    corrected.disagreementSubject = QStringLiteral("Transport");
    const Referral after = CaseCorrectionRules::apply(stored.referral, corrected);
    QCOMPARE(after.child.familyName, QStringLiteral("Wrenn"));
    QCOMPARE(after.parent.phone, stored.referral.parent.phone);
    QCOMPARE(after.schoolName, stored.referral.schoolName);
    QCOMPARE(after.route, Route::DisagreementResolution);
    // A disagreement resolution case has no appealable decision.
    QVERIFY(!after.decisionType);
    QVERIFY(!after.decisionNoticeDate.isValid());
    QCOMPARE(after.disagreementSubject, QStringLiteral("Transport"));
}

void TestCaseCorrectionRules::mismatches_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("difference"); // empty: the certificate still holds

    QTest::newRow("nothing printed changed") << Change([](CaseDetails& d, Referral&, QString&) {
        d.referral.enquiryChannel = EnquiryChannel::Web;
    }) << "";
    QTest::newRow("child's name") << Change([](CaseDetails& d, Referral&, QString&) {
        d.referral.child.givenName = "Tomas";
    }) << "Child's or young person's name: printed Tomasz Wren, now Tomas Wren";
    QTest::newRow("date of birth") << Change([](CaseDetails& d, Referral&, QString&) {
        d.referral.child.dateOfBirth = QDate(2016, 3, 15);
    }) << "Child's date of birth: printed Mon 14 Mar 2016, now Tue 15 Mar 2016";
    QTest::newRow("parent's name") << Change([](CaseDetails& d, Referral&, QString&) {
        d.referral.parent.familyName = "Wrenn";
    }) << "printed Ada Wren, now Ada Wrenn";
    QTest::newRow("decision date") << Change([](CaseDetails& d, Referral&, QString&) {
        d.referral.decisionNoticeDate = QDate(2026, 11, 3);
    }) << "Decision notice sent: printed Mon 2 Nov 2026, now Tue 3 Nov 2026";
    QTest::newRow("no certificate needed: section I only") << Change([](CaseDetails& d, Referral&, QString&) {
        d.referral.decisionType = DecisionType::PlanContent;
        d.referral.sections = PlanSections{PlanSection::I};
    }) << "no certificate is needed";
    QTest::newRow("voided already") << Change([](CaseDetails& d, Referral&, QString& reason) {
        d.referral.child.givenName = "Tomas";
        reason = QStringLiteral("void");
    }) << "";
}

void TestCaseCorrectionRules::mismatches()
{
    QFETCH(Change, change);
    QFETCH(QString, difference);
    CaseDetails now = storedCase();
    Certificate printed = issuedFor(now, CertificatePart::Part1);
    Referral unused;
    QString marker;
    change(now, unused, marker);
    if (marker == QLatin1String("void"))
        printed.status = CertificateStatus::Voided;
    const QList<CaseCorrectionRules::CertificateMismatch> found =
        CaseCorrectionRules::certificateMismatches(now, {printed});
    if (difference.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().number, printed.number);
    QVERIFY2(found.first().differences.join(QLatin1Char('\n')).contains(difference),
             qPrintable(found.first().differences.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCaseCorrectionRules)
#include "tst_casecorrectionrules.moc"
