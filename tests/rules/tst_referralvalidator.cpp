#include "rules/ReferralValidator.h"

#include <QTest>
#include <functional>

namespace {
const QDate kToday(2026, 11, 23);

// A referral with nothing wrong: a parent ringing about a refusal to assess.
Referral goodReferral()
{
    Referral r;
    r.referrerKind = ReferrerKind::Parent;
    r.child = {"Tomasz", "Wren", QDate(2016, 3, 14), {}, {}, {}, {}};
    r.parent = {"Ada", "Wren", {}, "1 Mill Lane", "nm1 4qt", "07700 900123", "ada@mail.example"};
    r.councilId = 1;
    r.route = Route::Mediation;
    r.decisionType = DecisionType::RefusalToAssess;
    r.decisionNoticeDate = QDate(2026, 11, 2);
    r.enquiryDate = QDate(2026, 11, 20);
    return r;
}
} // namespace

using Change = std::function<void(Referral&)>;
Q_DECLARE_METATYPE(Change)

class TestReferralValidator : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
};

void TestReferralValidator::problems_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field"); // empty: no problem at all
    QTest::addColumn<bool>("blocking");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("good") << Change([](Referral&) {}) << "" << false << "";
    QTest::newRow("no child name") << Change([](Referral& r) { r.child.familyName.clear(); }) << "child.name"
                                   << true << "first and last name";
    QTest::newRow("child born tomorrow")
        << Change([](Referral& r) { r.child.dateOfBirth = QDate(2026, 11, 24); }) << "child.dateOfBirth"
        << true << "future";
    QTest::newRow("no parent for a parent referral")
        << Change([](Referral& r) { r.parent = {}; }) << "parent.name" << true << "parent";
    // A young person must be 16 on the date of enquiry (20 Nov 2026).
    QTest::newRow("young person 16 that day") << Change([](Referral& r) {
        r.referrerKind = ReferrerKind::YoungPerson;
        r.child.dateOfBirth = QDate(2010, 11, 20);
    }) << "" << false << "";
    QTest::newRow("young person 16 tomorrow") << Change([](Referral& r) {
        r.referrerKind = ReferrerKind::YoungPerson;
        r.child.dateOfBirth = QDate(2010, 11, 21);
    }) << "child.dateOfBirth" << true << "16 or over";
    QTest::newRow("young person born 29 Feb, 16 on 1 Mar") << Change([](Referral& r) {
        r.referrerKind = ReferrerKind::YoungPerson;
        r.child.dateOfBirth = QDate(2008, 2, 29);
        r.enquiryDate = QDate(2024, 3, 1);
        r.decisionNoticeDate = QDate(2024, 2, 1);
    }) << "" << false << "";
    QTest::newRow("young person born 29 Feb, 15 on 28 Feb") << Change([](Referral& r) {
        r.referrerKind = ReferrerKind::YoungPerson;
        r.child.dateOfBirth = QDate(2008, 2, 29);
        r.enquiryDate = QDate(2024, 2, 28);
        r.decisionNoticeDate = QDate(2024, 2, 1);
    }) << "child.dateOfBirth" << true << "16 or over";
    QTest::newRow("young person without birth date") << Change([](Referral& r) {
        r.referrerKind = ReferrerKind::YoungPerson;
        r.child.dateOfBirth = QDate();
    }) << "child.dateOfBirth" << true << "date of birth";
    QTest::newRow("professional without permission") << Change([](Referral& r) {
        r.referrerKind = ReferrerKind::Professional;
        r.professionalName = "Dr Felix Amari";
    }) << "parentPermissionDate" << true << "permission";
    QTest::newRow("professional with permission") << Change([](Referral& r) {
        r.referrerKind = ReferrerKind::Professional;
        r.professionalName = "Dr Felix Amari";
        r.parentPermissionDate = QDate(2026, 11, 19);
    }) << "" << false << "";
    QTest::newRow("professional without name") << Change([](Referral& r) {
        r.referrerKind = ReferrerKind::Professional;
        r.parentPermissionDate = QDate(2026, 11, 19);
    }) << "professionalName" << true << "professional";
    QTest::newRow("no council") << Change([](Referral& r) { r.councilId = 0; }) << "councilId" << true
                                << "council";
    QTest::newRow("no decision type")
        << Change([](Referral& r) { r.decisionType.reset(); }) << "decisionType" << true << "decision";
    QTest::newRow("plan content without sections")
        << Change([](Referral& r) { r.decisionType = DecisionType::PlanContent; }) << "sections" << true
        << "sections";
    QTest::newRow("plan content, section I") << Change([](Referral& r) {
        r.decisionType = DecisionType::PlanContent;
        r.sections = PlanSections{PlanSection::I};
    }) << "" << false << "";
    QTest::newRow("no decision date") << Change([](Referral& r) { r.decisionNoticeDate = QDate(); })
                                      << "decisionNoticeDate" << true << "decision notice was sent";
    QTest::newRow("decision after enquiry")
        << Change([](Referral& r) { r.decisionNoticeDate = QDate(2026, 11, 21); }) << "decisionNoticeDate"
        << true << "after the enquiry";
    // 2 months from 19 Sep ends 19 Nov; an enquiry on 20 Nov is late.
    QTest::newRow("decision over 2 months old: warning")
        << Change([](Referral& r) { r.decisionNoticeDate = QDate(2026, 9, 19); }) << "decisionNoticeDate"
        << false << "tribunal's permission";
    QTest::newRow("decision exactly 2 months: fine")
        << Change([](Referral& r) { r.decisionNoticeDate = QDate(2026, 9, 20); }) << "" << false << "";
    QTest::newRow("no enquiry date") << Change([](Referral& r) { r.enquiryDate = QDate(); }) << "enquiryDate"
                                     << true << "enquiry";
    QTest::newRow("enquiry in the future") << Change([](Referral& r) { r.enquiryDate = QDate(2026, 11, 24); })
                                           << "enquiryDate" << true << "future";
    QTest::newRow("DR without subject") << Change([](Referral& r) {
        r.route = Route::DisagreementResolution;
        r.decisionType.reset();
    }) << "disagreementSubject" << true << "about";
    QTest::newRow("DR with subject, no decision needed") << Change([](Referral& r) {
        r.route = Route::DisagreementResolution;
        r.decisionType.reset();
        r.decisionNoticeDate = QDate();
        r.disagreementSubject = "Transport to school";
    }) << "" << false << "";
    QTest::newRow("bad email") << Change([](Referral& r) { r.parent.email = "ada@mail"; }) << "parent.email"
                               << true << "@";
    QTest::newRow("bad phone") << Change([](Referral& r) { r.parent.phone = "12345"; }) << "parent.phone"
                               << true << "digits";
    QTest::newRow("phone with +44") << Change([](Referral& r) { r.parent.phone = "+44 7700 900123"; }) << ""
                                    << false << "";
}

void TestReferralValidator::problems()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(bool, blocking);
    QFETCH(QString, messageContains);
    Referral referral = goodReferral();
    change(referral);
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const QList<ValidationProblem> problems = ReferralValidator(calculator).check(referral, kToday);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.contains(messageContains), qPrintable(problems.first().message));
    QCOMPARE(ReferralValidator::hasErrors(problems), blocking);
}

QTEST_GUILESS_MAIN(TestReferralValidator)
#include "tst_referralvalidator.moc"
