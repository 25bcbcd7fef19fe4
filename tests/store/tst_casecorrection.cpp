#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "rules/CaseDeadlines.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseCorrectionRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <functional>

// Correcting the facts taken at intake (issue 12), on both engines: saved in
// one transaction with the timeline and the audit trail holding the old and
// new values, deadlines worked out again, refusals with the reason and
// nothing written, roles as for any case edit, and issued certificates left
// as issued but reported when they printed a fact that changed. Every name
// is synthetic.
namespace {
using namespace CaseOffice;

StoreError correct(Office& office, const CaseDetails& loaded, const Referral& corrected,
                   const QString& reason, QList<CaseCorrectionRules::FieldChange>* changes = nullptr)
{
    return CaseCorrectionRepository(office.db, BankHolidayCalendar::shipped())
        .correct(loaded, corrected, reason, kToday, office.caseworker, changes);
}
} // namespace

class TestCaseCorrection : public QObject
{
    Q_OBJECT

private slots:
    void correctionIsRecordedAndRecomputesDeadlines_data() { TestDatabase::addEngineRows(); }
    void correctionIsRecordedAndRecomputesDeadlines();
    void refusalsSayWhyAndWriteNothing_data() { TestDatabase::addEngineRows(); }
    void refusalsSayWhyAndWriteNothing();
    void rolesAsForCaseEdits_data() { TestDatabase::addEngineRows(); }
    void rolesAsForCaseEdits();
    void issuedCertificateIsReportedNotChanged_data() { TestDatabase::addEngineRows(); }
    void issuedCertificateIsReportedNotChanged();
};

void TestCaseCorrection::correctionIsRecordedAndRecomputesDeadlines()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const qint64 id = office.addCase(QStringLiteral("Nguyen"));
    QVERIFY2(id, qPrintable(office.why));
    QVERIFY(actAs(db, office.caseworker));
    const CaseDetails loaded = office.load(id);
    QCOMPARE(loaded.id, id);
    const QDate deadlineBefore =
        scalar(db, QStringLiteral("SELECT next_deadline FROM cases WHERE id = ?"), {id}).toDate();
    QVERIFY(deadlineBefore.isValid());

    Referral corrected = loaded.referral;
    corrected.child.givenName = QStringLiteral("Zoë");
    corrected.child.familyName = QStringLiteral("Nguyễn");
    corrected.child.dateOfBirth = QDate(2015, 6, 2);
    corrected.parent.dateOfBirth = QDate(1984, 2, 29);
    corrected.councilId = office.otherCouncil;
    corrected.decisionType = DecisionType::PlanContent;
    corrected.sections = PlanSections{PlanSection::B, PlanSection::F};
    corrected.decisionNoticeDate = QDate(2026, 10, 30);
    corrected.enquiryDate = QDate(2026, 11, 9);
    corrected.enquiryChannel = EnquiryChannel::Email;
    corrected.parent.phone = QStringLiteral("07700 900999"); // not an intake fact: left as it was
    QList<CaseCorrectionRules::FieldChange> changes;
    const StoreError error =
        correct(office, loaded, corrected, QStringLiteral("Misheard on the phone"), &changes);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(changes.size(), 9);

    const CaseDetails after = office.load(id);
    QCOMPARE(after.referral.child.fullName(), QStringLiteral("Zoë Nguyễn"));
    QCOMPARE(after.referral.child.dateOfBirth, QDate(2015, 6, 2));
    QCOMPARE(after.referral.parent.dateOfBirth, QDate(1984, 2, 29));
    QCOMPARE(after.referral.parent.phone, loaded.referral.parent.phone);
    QCOMPARE(after.council.name, QStringLiteral("Southfell Council"));
    QCOMPARE(after.referral.decisionType, DecisionType::PlanContent);
    QCOMPARE(after.referral.sections, (PlanSections{PlanSection::B, PlanSection::F}));
    QCOMPARE(after.referral.decisionNoticeDate, QDate(2026, 10, 30));
    QCOMPARE(after.referral.enquiryDate, QDate(2026, 11, 9));
    QCOMPARE(after.referral.enquiryChannel, EnquiryChannel::Email);
    QCOMPARE(after.rowVersion, loaded.rowVersion + 1);

    // The next deadline runs from the corrected enquiry date, as the rules give it.
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const std::optional<CaseDeadline> next = CaseDeadlines(calculator).next(CaseDeadlines::timelineOf(after));
    QVERIFY(next);
    const QDate deadlineAfter =
        scalar(db, QStringLiteral("SELECT next_deadline FROM cases WHERE id = ?"), {id}).toDate();
    QCOMPARE(deadlineAfter, next->deadline.date());
    QVERIFY(deadlineAfter != deadlineBefore);

    // The timeline says what changed from what to what, and why.
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(id, &timeline));
    const auto entry = std::find_if(timeline.cbegin(), timeline.cend(), [](const Activity& a) {
        return a.summary.startsWith(QStringLiteral("Case corrected:"));
    });
    QVERIFY(entry != timeline.cend());
    QVERIFY(entry->authorId == office.caseworker);
    QVERIFY(entry->body.contains(QStringLiteral("Reason: Misheard on the phone")));
    QVERIFY2(entry->body.contains(QStringLiteral("Zoe Nguyen → Zoë Nguyễn")), qPrintable(entry->body));
    QVERIFY2(entry->body.contains(QStringLiteral("Northmoor Borough Council → Southfell Council")),
             qPrintable(entry->body));
    QVERIFY2(entry->body.contains(QStringLiteral("Mon 2 Nov 2026 → Mon 9 Nov 2026")),
             qPrintable(entry->body));

    // The audit trail holds each field's old and new value, and who changed it.
    const auto audited = [&](const char* table, qint64 record, const char* field) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT old_value, new_value, actor_id FROM audit_log WHERE action = "
                                     "'update' AND table_name = ? AND record_id = ? AND field = ? "
                                     "ORDER BY id DESC"));
        query.addBindValue(QString::fromLatin1(table));
        query.addBindValue(QString::number(record));
        query.addBindValue(QString::fromLatin1(field));
        if (!query.exec() || !query.next())
            return QStringList();
        return QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    };
    const QString actor = QString::number(office.caseworker);
    QCOMPARE(audited("people", loaded.childId, "given_name"), (QStringList{"Zoe", "Zoë", actor}));
    QCOMPARE(audited("people", loaded.childId, "date_of_birth").mid(0, 2),
             (QStringList{"2015-05-01", "2015-06-02"}));
    QCOMPARE(audited("cases", id, "enquiry_date").mid(0, 2), (QStringList{"2026-11-02", "2026-11-09"}));
    QCOMPARE(audited("cases", id, "enquiry_channel").mid(0, 2), (QStringList{"phone", "email"}));

    // A second desk still holding the old version is refused, and writes nothing.
    const Snapshot before = Snapshot::of(db, id);
    Referral again = loaded.referral;
    again.child.givenName = QStringLiteral("Zoey");
    QCOMPARE(correct(office, loaded, again, QStringLiteral("Typo")).kind(), StoreError::Kind::Conflict);
    QVERIFY(Snapshot::of(db, id) == before);
}

void TestCaseCorrection::refusalsSayWhyAndWriteNothing()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const qint64 fresh = office.addCase(QStringLiteral("Abara"));
    const qint64 informed = office.addCase(QStringLiteral("Marchetti"), CaseStage::InformationGiven);
    const qint64 part1 = office.addCase(QStringLiteral("Okonjo"), CaseStage::NotPursuing);
    QVERIFY2(fresh && informed && part1, qPrintable(office.why));
    Certificate issued;
    const StoreError issue =
        CertificateRepository(db, BankHolidayCalendar::shipped())
            .issueForCase(part1, std::nullopt, {QStringLiteral("Grace Ibekwe"), office.supervisor}, kToday,
                          &issued);
    QVERIFY2(issue.ok(), qPrintable(issue.message()));
    QVERIFY(actAs(db, office.caseworker));

    struct Attempt
    {
        const char* name;
        qint64 caseId;
        std::function<void(Referral&)> change;
        QString reason;
        QString refusal;
    };
    const auto toDisagreement = [](Referral& r) {
        r.route = Route::DisagreementResolution;
        r.disagreementSubject = QStringLiteral("Transport to school");
    };
    const QList<Attempt> attempts = {
        {"no reason", fresh, [](Referral& r) { r.child.givenName = QStringLiteral("Zoë"); }, QString(),
         QStringLiteral("Say why")},
        {"nothing changed", fresh, [](Referral&) {}, QStringLiteral("Checked"),
         QStringLiteral("Nothing was changed")},
        {"decision after the enquiry", fresh, [](Referral& r) { r.decisionNoticeDate = QDate(2026, 11, 3); },
         QStringLiteral("Typo"), QStringLiteral("after the enquiry")},
        {"route after the first stage", informed, toDisagreement, QStringLiteral("Wrong route"),
         QStringLiteral("only while the case is at its first stage")},
        {"route after a certificate", part1, toDisagreement, QStringLiteral("Wrong route"),
         QStringLiteral("certificate %1 was issued").arg(issued.number)},
        {"enquiry after the information", informed, [](Referral& r) { r.enquiryDate = QDate(2026, 11, 17); },
         QStringLiteral("Typo"), QStringLiteral("after the day the information was given")},
        {"young person under 16", fresh, [](Referral& r) { r.referrerKind = ReferrerKind::YoungPerson; },
         QStringLiteral("Rang herself"), QStringLiteral("16 or over")},
    };
    for (const Attempt& attempt : attempts) {
        const CaseDetails loaded = office.load(attempt.caseId);
        QCOMPARE(loaded.id, attempt.caseId);
        Referral corrected = loaded.referral;
        attempt.change(corrected);
        const Snapshot before = Snapshot::of(db, attempt.caseId);
        const StoreError error = correct(office, loaded, corrected, attempt.reason);
        QVERIFY2(error.kind() == StoreError::Kind::Invalid, attempt.name);
        QVERIFY2(error.message().contains(attempt.refusal),
                 qPrintable(QString::fromLatin1(attempt.name) + QStringLiteral(": ") + error.message()));
        QVERIFY2(Snapshot::of(db, attempt.caseId) == before, attempt.name);
    }
    // A route corrected at the first stage starts the new route's first stage.
    const CaseDetails loaded = office.load(fresh);
    Referral corrected = loaded.referral;
    toDisagreement(corrected);
    const StoreError error = correct(office, loaded, corrected, QStringLiteral("It is about transport"));
    QVERIFY2(error.ok(), qPrintable(error.message()));
    const CaseDetails after = office.load(fresh);
    QCOMPARE(after.referral.route, Route::DisagreementResolution);
    QCOMPARE(after.stage, CaseStage::Referral);
    QVERIFY(!after.referral.decisionType);
}

void TestCaseCorrection::rolesAsForCaseEdits()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const qint64 id = office.addCase(QStringLiteral("Whitlow"));
    QVERIFY2(id, qPrintable(office.why));
    CG_VERIFY_OK(
        CaseRepository(db, BankHolidayCalendar::shipped()).assignMediator(id, office.mediator, std::nullopt));

    QVERIFY(actAs(db, office.supervisor));
    const CaseDetails loaded = office.load(id);
    Referral corrected = loaded.referral;
    corrected.child.familyName = QStringLiteral("Whitlowe");
    for (qint64 refused : {office.otherMediator, office.administrator}) {
        QVERIFY(actAs(db, refused));
        const Snapshot before = Snapshot::of(db, id);
        QCOMPARE(correct(office, loaded, corrected, QStringLiteral("Spelling")).kind(),
                 StoreError::Kind::Forbidden);
        QVERIFY(Snapshot::of(db, id) == before);
    }
    // The case's own mediator may correct it.
    QVERIFY(actAs(db, office.mediator));
    const StoreError error = correct(office, loaded, corrected, QStringLiteral("Spelling"));
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(office.load(id).referral.child.familyName, QStringLiteral("Whitlowe"));
}

void TestCaseCorrection::issuedCertificateIsReportedNotChanged()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const qint64 id = office.addCase(QStringLiteral("Dunmore"), CaseStage::NotPursuing);
    QVERIFY2(id, qPrintable(office.why));
    CertificateRepository register_(db, BankHolidayCalendar::shipped());
    const CertificateIssuer issuer{QStringLiteral("Grace Ibekwe"), office.supervisor};
    Certificate issued;
    CG_VERIFY_OK(register_.issueForCase(id, std::nullopt, issuer, kToday, &issued));
    QVERIFY(actAs(db, office.supervisor));
    CaseCorrectionRepository corrections(db, BankHolidayCalendar::shipped());
    QList<CaseCorrectionRules::CertificateMismatch> mismatches;
    CG_VERIFY_OK(corrections.certificateMismatches(id, &mismatches));
    QVERIFY(mismatches.isEmpty());

    const CaseDetails loaded = office.load(id);
    Referral corrected = loaded.referral;
    corrected.child.dateOfBirth = QDate(2015, 5, 10);
    CG_VERIFY_OK(correct(office, loaded, corrected, QStringLiteral("Date of birth misread")));

    // The register still holds what was issued; the case says it no longer agrees.
    Certificate stored;
    CG_VERIFY_OK(register_.load(issued.id, &stored));
    QCOMPARE(stored.status, CertificateStatus::Issued);
    QCOMPARE(stored.contentSha256, issued.contentSha256);
    QCOMPARE(stored.pdfSha256, issued.pdfSha256);
    QCOMPARE(stored.content.childDateOfBirth, QDate(2015, 5, 1));
    CG_VERIFY_OK(corrections.certificateMismatches(id, &mismatches));
    QCOMPARE(mismatches.size(), 1);
    QCOMPARE(mismatches.first().number, issued.number);
    QVERIFY2(mismatches.first()
                 .differences.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("Child's date of birth")),
             qPrintable(mismatches.first().differences.join(QLatin1Char('\n'))));

    // Voided and replaced from the corrected case, nothing is left to put right.
    Certificate replacement;
    const StoreError voided = register_.voidCertificate(issued.id, QStringLiteral("Date of birth corrected"),
                                                        kToday, issuer, &replacement);
    QVERIFY2(voided.ok(), qPrintable(voided.message()));
    QCOMPARE(replacement.content.childDateOfBirth, QDate(2015, 5, 10));
    CG_VERIFY_OK(corrections.certificateMismatches(id, &mismatches));
    QVERIFY(mismatches.isEmpty());
}

QTEST_MAIN(TestCaseCorrection)
#include "tst_casecorrection.moc"
