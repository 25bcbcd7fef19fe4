#include "CaseSeed.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "domain/OfficeTime.h"
#include "store/access/UserRepository.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseDocumentRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"
#include "store/settings/SettingsRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

// The certificate register on both engines: numbering, Parts from the rules,
// void and replace, and the triggers that keep an issued certificate as issued.
// Every name and address is synthetic.
namespace {
const QDate kToday(2026, 11, 23);

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct Fixture
{
    qint64 councilId = 0;
    qint64 caseId = 0;
};

// A mediation case moved to `stage` on 16 November 2026 (a Monday).
qint64 caseAt(QSqlDatabase db, qint64 councilId, CaseStage stage, const QString& family,
              PlanSections sections = {}, QString* why = nullptr)
{
    Referral referral =
        CaseSeed::mediationReferral(councilId, QStringLiteral("Zoë"), family, QDate(2026, 11, 2));
    referral.parent.givenName = QStringLiteral("Łukasz");
    referral.parent.address = QStringLiteral("Flat 4, 12 Quay Street\nNorthmoor");
    referral.parent.postcode = QStringLiteral("NM2 7HD");
    if (!sections.isEmpty()) {
        referral.decisionType = DecisionType::PlanContent;
        referral.sections = sections;
    }
    const qint64 id = CaseSeed::addCase(db, referral, kToday, why);
    if (id == 0 || !CaseSeed::advanceTo(db, id, stage, QDate(2026, 11, 16), kToday, why))
        return 0;
    return id;
}

// The register, with the supervisors the tests name as issuers (by username),
// on the office's date of kToday.
CertificateRepository registerWithIssuers(QSqlDatabase db)
{
    CaseSeed::addSupervisor(db, QStringLiteral("a.adviser"), QStringLiteral("A. Adviser"));
    CaseSeed::addSupervisor(db, QStringLiteral("b.adviser"), QStringLiteral("B. Adviser"));
    CaseSeed::addSupervisor(db, QStringLiteral("siobhan"), QStringLiteral("Siobhán Ní Bhriain"));
    CertificateRepository result(db, BankHolidayCalendar::shipped());
    result.setToday(kToday);
    return result;
}
} // namespace

class TestCertificateRepository : public QObject
{
    Q_OBJECT

private slots:
    void issuesEachPartWithSequentialNumbers_data() { TestDatabase::addEngineRows(); }
    void issuesEachPartWithSequentialNumbers();
    void refusesAPartTheRulesDoNotGive_data() { TestDatabase::addEngineRows(); }
    void refusesAPartTheRulesDoNotGive();
    void dueListIsSoonestFirst_data() { TestDatabase::addEngineRows(); }
    void dueListIsSoonestFirst();
    void voidAndReplace_data() { TestDatabase::addEngineRows(); }
    void voidAndReplace();
    void storeRefusesEditsToIssued_data();
    void storeRefusesEditsToIssued();
    void reprintIsTheSameFile_data() { TestDatabase::addEngineRows(); }
    void reprintIsTheSameFile();
    void batchIsAllOrNothing_data() { TestDatabase::addEngineRows(); }
    void batchIsAllOrNothing();
    void issuerMustBeAUserWhoMayIssue_data() { TestDatabase::addEngineRows(); }
    void issuerMustBeAUserWhoMayIssue();
    void issueDateBetweenTriggerAndToday_data() { TestDatabase::addEngineRows(); }
    void issueDateBetweenTriggerAndToday();
    void reviewedIsWhatIsIssued_data() { TestDatabase::addEngineRows(); }
    void reviewedIsWhatIsIssued();
};

void TestCertificateRepository::issuesEachPartWithSequentialNumbers()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    CG_VERIFY_OK(SettingsRepository(db).setCertificatePrefix(QStringLiteral("nmb")));
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QString why;
    const qint64 part1Case = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Nguyễn"), {}, &why);
    QVERIFY2(part1Case, qPrintable(why));
    const qint64 part2Case =
        caseAt(db, council, CaseStage::MeetingHeld, QStringLiteral("O'Sullivan"), {}, &why);
    QVERIFY2(part2Case, qPrintable(why));
    const qint64 part3Case =
        caseAt(db, council, CaseStage::NoMeetingInTime, QStringLiteral("Haddad"), {}, &why);
    QVERIFY2(part3Case, qPrintable(why));

    CertificateRepository register_ = registerWithIssuers(db);
    const struct
    {
        qint64 caseId;
        CertificatePart part;
        const char* role;
        const char* issuedAs; // the provider's office for Part 2 is the mediator unless set
    } expected[] = {{part1Case, CertificatePart::Part1, "supervisor", "the mediation adviser"},
                    {part2Case, CertificatePart::Part2, "supervisor", "the mediator"},
                    {part3Case, CertificatePart::Part3, "supervisor", "the mediation adviser"}};
    int sequence = 0;
    for (const auto& e : expected) {
        Certificate issued;
        // No Part given: the rules propose it.
        const StoreError error =
            register_.issueForCase(e.caseId, std::nullopt, {QStringLiteral("siobhan"), {}}, kToday, &issued);
        QVERIFY2(error.ok(), qPrintable(error.message()));
        QCOMPARE(issued.number, QStringLiteral("NMB-2026-%1").arg(++sequence, 6, 10, QLatin1Char('0')));
        QCOMPARE(issued.part, e.part);
        QCOMPARE(issued.status, CertificateStatus::Issued);
        QCOMPARE(issued.issueDate, kToday);
        QCOMPARE(issued.triggerDate, QDate(2026, 11, 16));
        // The issuer's real role, whatever the Part: the supervisor who issued it.
        QCOMPARE(issued.issuerRole, QString::fromLatin1(e.role));
        QCOMPARE(issued.content.issuerRole, QStringLiteral("Supervisor"));
        QCOMPARE(issued.content.issuedAs, QString::fromLatin1(e.issuedAs));
        QCOMPARE(issued.content.number, issued.number);
        QCOMPARE(issued.content.parentName,
                 QStringLiteral("Łukasz ") + issued.content.childName.section(' ', 1));
        QCOMPARE(issued.content.parentAddress, QStringLiteral("Flat 4, 12 Quay Street\nNorthmoor\nNM2 7HD"));
        QCOMPARE(issued.content.councilName, QStringLiteral("Northmoor Borough Council"));
        // Rule 20: the later of 26 Oct + 2 months (26 Dec) and 23 Nov + 1 month (23 Dec) is 26 Dec;
        // rule 12 moves it past New Year's Day to Monday 4 January 2027.
        QCOMPARE(issued.content.appealDeadline, QDate(2027, 1, 4));
        QVERIFY(issued.content.appealRule.contains(QStringLiteral("rules 20 and 12")));
        QCOMPARE(issued.contentSha256, issued.content.sha256());
        QByteArray pdf;
        CG_VERIFY_OK(register_.loadPdf(issued.id, &pdf));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(issued.pdfSha256, sha256(pdf));
        // A copy is filed on the case's documents: the same bytes.
        QList<CaseDocument> filed;
        CG_VERIFY_OK(CaseDocumentRepository(db).listForCase(e.caseId, &filed));
        QCOMPARE(filed.size(), 1);
        QCOMPARE(filed.first().sha256, issued.pdfSha256);
        QCOMPARE(filed.first().source, CaseDocument::Source::Generated);
        QCOMPARE(filed.first().fileName, QStringLiteral("certificate-%1.pdf").arg(issued.number));
    }
    // The register lists all three, and the timeline records the issue.
    QList<Certificate> all;
    CG_VERIFY_OK(register_.list(&all));
    QCOMPARE(all.size(), 3);
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(part1Case, &timeline));
    QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [](const Activity& a) {
        return a.kind == ActivityKind::Certificate && a.summary.contains(QStringLiteral("NMB-2026-000001"));
    }));
    // A second Part 1 for the same case is refused: it must be voided and replaced.
    const StoreError again =
        register_.issueForCase(part1Case, std::nullopt, {QStringLiteral("a.adviser"), {}}, kToday);
    QCOMPARE(again.kind(), StoreError::Kind::Invalid);
    QVERIFY(again.message().contains(QStringLiteral("void it")));
    // Numbers start again each year.
    const qint64 nextYear =
        caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Achterberg"), {}, &why);
    Certificate january;
    register_.setToday(QDate(2027, 1, 4));
    CG_VERIFY_OK(register_.issueForCase(nextYear, std::nullopt, {QStringLiteral("a.adviser"), {}},
                                        QDate(2027, 1, 4), &january));
    QCOMPARE(january.number, QStringLiteral("NMB-2027-000001"));
}

void TestCertificateRepository::refusesAPartTheRulesDoNotGive()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QString why;
    // A mediation only about section I (placement): no Part 2 afterwards.
    const qint64 placement = caseAt(db, council, CaseStage::MeetingHeld, QStringLiteral("Haddad"),
                                    PlanSections{PlanSection::I}, &why);
    QVERIFY2(placement, qPrintable(why));
    CertificateRepository register_ = registerWithIssuers(db);
    for (std::optional<CertificatePart> part :
         {std::optional<CertificatePart>{}, std::optional(CertificatePart::Part2)}) {
        const StoreError refused =
            register_.issueForCase(placement, part, {QStringLiteral("a.adviser"), {}}, kToday);
        QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
        QVERIFY2(refused.message().contains(QStringLiteral("needs no certificate")),
                 qPrintable(refused.message()));
    }
    // Wrong Part for the case, and a missing issuer, are refused with what to fix.
    const qint64 part1Case = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Nguyễn"), {}, &why);
    StoreError refused =
        register_.issueForCase(part1Case, CertificatePart::Part3, {QStringLiteral("a.adviser"), {}}, kToday);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY(refused.message().contains(QStringLiteral("needs a Part 1 certificate, not a Part 3")));
    refused = register_.issueForCase(part1Case, std::nullopt, {QStringLiteral("  "), {}}, kToday);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("Choose who issues the certificate")),
             qPrintable(refused.message()));
    QList<Certificate> all;
    CG_VERIFY_OK(register_.list(&all));
    QVERIFY(all.isEmpty()); // nothing half-issued, no number used
    Certificate first;
    CG_VERIFY_OK(
        register_.issueForCase(part1Case, std::nullopt, {QStringLiteral("a.adviser"), {}}, kToday, &first));
    QCOMPARE(first.number, QStringLiteral("CG-2026-000001"));
}

void TestCertificateRepository::dueListIsSoonestFirst()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    // Part 1 told on Thursday 19 Nov: due Tuesday 24 Nov. Part 3 learned Monday 16 Nov: due Thursday 19 Nov.
    Referral r1 = CaseSeed::mediationReferral(council, QStringLiteral("Aisha"), QStringLiteral("Rahman"),
                                              QDate(2026, 11, 2));
    const qint64 later = CaseSeed::addCase(db, r1, kToday);
    CG_VERIFY_OK(cases.moveStage(later, {CaseStage::InformationGiven, QDate(2026, 11, 19), {}}, kToday, {}));
    CG_VERIFY_OK(cases.moveStage(later, {CaseStage::NotPursuing, QDate(2026, 11, 19), {}}, kToday, {}));
    QString why;
    const qint64 sooner = caseAt(db, council, CaseStage::NoMeetingInTime, QStringLiteral("Haddad"), {}, &why);
    QVERIFY2(sooner, qPrintable(why));
    const qint64 placement = caseAt(db, council, CaseStage::MeetingHeld, QStringLiteral("Ortiz"),
                                    PlanSections{PlanSection::I}, &why);
    QVERIFY(placement);

    CertificateRepository register_ = registerWithIssuers(db);
    QList<CertificateDueItem> due;
    CG_VERIFY_OK(register_.due(&due));
    QCOMPARE(due.size(), 2); // the section-I-only case needs none
    QCOMPARE(due.at(0).caseId, sooner);
    QCOMPARE(due.at(0).part, CertificatePart::Part3);
    QCOMPARE(due.at(0).dueBy.date(), QDate(2026, 11, 19));
    QCOMPARE(due.at(1).caseId, later);
    QCOMPARE(due.at(1).part, CertificatePart::Part1);
    QCOMPARE(due.at(1).dueBy.date(), QDate(2026, 11, 24));
    QVERIFY(!due.at(1).draftId);

    // A draft shows against its item; issuing takes the item off the list.
    qint64 draft = 0;
    CG_VERIFY_OK(register_.createDraft(later, std::nullopt, {QStringLiteral("a.adviser"), {}}, &draft));
    CG_VERIFY_OK(register_.due(&due));
    QCOMPARE(due.at(1).draftId.value_or(0), draft);
    CG_VERIFY_OK(register_.issue(draft, kToday));
    // Issuing the same draft twice, or a stale one, is refused.
    QCOMPARE(register_.issue(draft, kToday).kind(), StoreError::Kind::Invalid);
    qint64 stale = 0;
    CG_VERIFY_OK(register_.createDraft(sooner, std::nullopt, {QStringLiteral("a.adviser"), {}}, &stale));
    // The date the Part 3 rests on is taken off the case (as an edit would).
    QSqlQuery forget(db);
    QVERIFY(forget.exec(QStringLiteral("UPDATE cases SET no_meeting_date = NULL WHERE id = %1").arg(sooner)));
    const StoreError staleError = register_.issue(stale, kToday);
    QCOMPARE(staleError.kind(), StoreError::Kind::Invalid);
    QVERIFY2(staleError.message().contains(QStringLiteral("Delete the draft")),
             qPrintable(staleError.message()));
    CG_VERIFY_OK(register_.deleteDraft(stale));
    QVERIFY(forget.exec(
        QStringLiteral("UPDATE cases SET no_meeting_date = '2026-11-16' WHERE id = %1").arg(sooner)));
    CG_VERIFY_OK(register_.due(&due));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).caseId, sooner);
}

void TestCertificateRepository::voidAndReplace()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QString why;
    const qint64 caseId = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Nguyễn"), {}, &why);
    QVERIFY2(caseId, qPrintable(why));
    CertificateRepository register_ = registerWithIssuers(db);
    Certificate first;
    CG_VERIFY_OK(
        register_.issueForCase(caseId, std::nullopt, {QStringLiteral("a.adviser"), {}}, kToday, &first));

    // A reason is required.
    QCOMPARE(register_.voidCertificate(first.id, QStringLiteral(" "), kToday).kind(),
             StoreError::Kind::Invalid);
    Certificate replacement;
    register_.setToday(kToday.addDays(1));
    const StoreError error = register_.voidCertificate(
        first.id, QStringLiteral("Child's date of birth was wrong"), kToday.addDays(1),
        CertificateIssuer{QStringLiteral("b.adviser"), {}}, &replacement);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(replacement.number, QStringLiteral("CG-2026-000002"));
    QCOMPARE(replacement.replacesNumber, first.number);
    QCOMPARE(replacement.content.replacesNumber, first.number);
    QCOMPARE(replacement.content.replacesReason, QStringLiteral("Child's date of birth was wrong"));
    QCOMPARE(replacement.issueDate, kToday.addDays(1));

    Certificate voided;
    CG_VERIFY_OK(register_.loadByNumber(first.number, &voided));
    QCOMPARE(voided.status, CertificateStatus::Voided);
    QCOMPARE(voided.voidReason, QStringLiteral("Child's date of birth was wrong"));
    QCOMPARE(voided.voidedOn, kToday.addDays(1));
    QCOMPARE(voided.replacedByNumber, replacement.number);
    QCOMPARE(voided.pdfSha256, first.pdfSha256); // the voided file is kept as it was

    // A voided certificate cannot be voided again, nor replaced twice.
    QCOMPARE(register_.voidCertificate(first.id, QStringLiteral("again"), kToday).kind(),
             StoreError::Kind::Invalid);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO certificates (part, case_id, status, trigger_date, replaces_id, created_at) "
        "VALUES (1, ?, 'draft', '2026-11-16', ?, '2026-11-23T10:00:00Z')"));
    query.addBindValue(caseId);
    query.addBindValue(first.id);
    QVERIFY(!query.exec());
    QCOMPARE(StoreError::fromSql(query.lastError(), {}).kind(), StoreError::Kind::Constraint);
}

void TestCertificateRepository::storeRefusesEditsToIssued_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("statement");
    const struct
    {
        const char* name;
        const char* sql;
    } edits[] = {
        {"child's name in content",
         "UPDATE certificates SET content = REPLACE(content, 'Zoë', 'Zoe') WHERE id = ?"},
        {"issue date", "UPDATE certificates SET issue_date = '2026-11-20' WHERE id = ?"},
        {"number", "UPDATE certificates SET number = 'CG-2026-999999' WHERE id = ?"},
        {"issuer", "UPDATE certificates SET issuer_name = 'Someone Else' WHERE id = ?"},
        {"pdf hash", "UPDATE certificates SET pdf_sha256 = 'forged' WHERE id = ?"},
        {"back to draft", "UPDATE certificates SET status = 'draft' WHERE id = ?"},
        {"voided without reason",
         "UPDATE certificates SET status = 'voided', voided_on = '2026-11-23' WHERE id = ?"},
        {"voided and edited", "UPDATE certificates SET status = 'voided', void_reason = 'x', voided_on = "
                              "'2026-11-23', part = 3 WHERE id = ?"},
        {"deleted", "DELETE FROM certificates WHERE id = ?"},
    };
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgres")}) {
        for (const auto& edit : edits)
            QTest::addRow("%s: %s", qPrintable(engine), edit.name) << engine << QString::fromUtf8(edit.sql);
    }
}

void TestCertificateRepository::storeRefusesEditsToIssued()
{
    QFETCH(QString, engine);
    QFETCH(QString, statement);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QString why;
    const qint64 caseId = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Nguyễn"), {}, &why);
    QVERIFY2(caseId, qPrintable(why));
    CertificateRepository register_ = registerWithIssuers(db);
    Certificate issued;
    CG_VERIFY_OK(
        register_.issueForCase(caseId, std::nullopt, {QStringLiteral("a.adviser"), {}}, kToday, &issued));

    // Plain SQL, as any other program with the password could send: the trigger refuses it.
    QSqlQuery query(db);
    query.prepare(statement);
    query.addBindValue(issued.id);
    QVERIFY(!query.exec());
    const StoreError error = StoreError::fromSql(query.lastError(), QStringLiteral("edit"));
    QCOMPARE(error.kind(), StoreError::Kind::Constraint);
    QVERIFY2(error.message().contains(QStringLiteral("certificate_immutable")), qPrintable(error.message()));
    Certificate after;
    CG_VERIFY_OK(register_.load(issued.id, &after));
    QCOMPARE(after.status, CertificateStatus::Issued);
    QCOMPARE(after.contentSha256, issued.contentSha256);
    QCOMPARE(after.content.canonicalText(), issued.content.canonicalText());

    // Issuing straight into the register without the PDF is refused too.
    query.prepare(
        QStringLiteral("INSERT INTO certificates (number, part, case_id, status, trigger_date, issue_date, "
                       "created_at) VALUES ('CG-2026-000777', 1, ?, 'issued', '2026-11-16', '2026-11-23', "
                       "'2026-11-23T10:00:00Z')"));
    query.addBindValue(caseId);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(QStringLiteral("certificate_incomplete")));
}

void TestCertificateRepository::reprintIsTheSameFile()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QByteArray first;
    Certificate issued;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const qint64 council =
            CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
        QString why;
        const qint64 caseId = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Nguyễn"), {}, &why);
        QVERIFY2(caseId, qPrintable(why));
        CertificateRepository register_ = registerWithIssuers(db);
        CG_VERIFY_OK(
            register_.issueForCase(caseId, std::nullopt, {QStringLiteral("a.adviser"), {}}, kToday, &issued));
        CG_VERIFY_OK(register_.loadPdf(issued.id, &first));
        // Changing the case afterwards changes nothing on the issued certificate.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE people SET given_name = 'Changed'")));
    }
    Database reopened(test.settings());
    CG_VERIFY_OK(reopened.open());
    CertificateRepository register_(reopened.connection(), BankHolidayCalendar::shipped());
    QByteArray again;
    CG_VERIFY_OK(register_.loadPdf(issued.id, &again));
    QCOMPARE(again, first);
    QCOMPARE(sha256(again), issued.pdfSha256);
    Certificate reloaded;
    CG_VERIFY_OK(register_.load(issued.id, &reloaded));
    QCOMPARE(reloaded.content.childName, QStringLiteral("Zoë Nguyễn"));
}

// A batch is one transaction: when one certificate in it cannot be issued, none
// is, no number is used and no draft is left; otherwise the numbers run in the
// order given and each row holds its content, PDF and both hashes.
void TestCertificateRepository::batchIsAllOrNothing()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QString why;
    QList<qint64> cases;
    const QStringList families = {QStringLiteral("Nguyễn"), QStringLiteral("O'Sullivan"),
                                  QStringLiteral("Haddad"), QStringLiteral("Achterberg"),
                                  QStringLiteral("Ní Bhriain")};
    const CaseStage stages[] = {CaseStage::NotPursuing, CaseStage::MeetingHeld, CaseStage::NoMeetingInTime};
    for (int i = 0; i < 9; ++i) {
        const qint64 id = caseAt(db, council, stages[i % 3], families.at(i % families.size()), {}, &why);
        QVERIFY2(id, qPrintable(why));
        cases << id;
    }
    // A placement-only mediation needs no certificate: the batch that holds it fails.
    const qint64 placement = caseAt(db, council, CaseStage::MeetingHeld, QStringLiteral("Okafor"),
                                    PlanSections{PlanSection::I}, &why);
    QVERIFY2(placement, qPrintable(why));
    CertificateRepository register_ = registerWithIssuers(db);
    const CertificateIssuer issuer{QStringLiteral("siobhan"), {}};
    QList<CertificateRequest> requests;
    for (qint64 id : cases)
        requests.append({id, std::nullopt, issuer, kToday});
    QList<CertificateRequest> failing = requests;
    failing.insert(5, {placement, std::nullopt, issuer, kToday});
    QList<Certificate> issued;
    StoreError refused = register_.issueBatch(failing, &issued);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("needs no certificate")),
             qPrintable(refused.message()));
    QVERIFY(issued.isEmpty());
    // The same case twice is refused too, before anything is stored.
    QList<CertificateRequest> twice = requests;
    twice.append(requests.first());
    refused = register_.issueBatch(twice, &issued);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QList<Certificate> all;
    CG_VERIFY_OK(register_.list(&all));
    QVERIFY2(all.isEmpty(), "a failed batch left certificates or drafts behind");
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(cases.first(), &timeline));
    QVERIFY(std::none_of(timeline.cbegin(), timeline.cend(),
                         [](const Activity& a) { return a.kind == ActivityKind::Certificate; }));

    // The good batch: numbers in the order given, starting at 1 (the failed ones used none).
    QVERIFY2(register_.issueBatch(requests, &issued).ok(), "the batch was refused");
    QCOMPARE(issued.size(), cases.size());
    for (int i = 0; i < issued.size(); ++i) {
        const Certificate& c = issued.at(i);
        QCOMPARE(c.number, QStringLiteral("CG-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        QCOMPARE(c.caseId, cases.at(i));
        QCOMPARE(c.status, CertificateStatus::Issued);
        QCOMPARE(c.part, *certificatePartFromInt(i % 3 + 1));
        QCOMPARE(c.content.number, c.number);
        QCOMPARE(c.contentSha256, c.content.sha256());
        QByteArray pdf;
        CG_VERIFY_OK(register_.loadPdf(c.id, &pdf));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("pdfaid:part"));
        QCOMPARE(c.pdfSha256, sha256(pdf));
    }
    // Dated before today, each is on its case's timeline on its own day.
    CG_VERIFY_OK(ActivityRepository(db).listForCase(cases.first(), &timeline));
    const auto entry = std::find_if(timeline.cbegin(), timeline.cend(),
                                    [](const Activity& a) { return a.kind == ActivityKind::Certificate; });
    QVERIFY(entry != timeline.cend());
    QCOMPARE(OfficeTime::local(entry->occurredAt).date(), kToday);
    // A batch (the demo data's path) files no copies on the cases' documents.
    QList<CaseDocument> filed;
    CG_VERIFY_OK(CaseDocumentRepository(db).listForCase(cases.first(), &filed));
    QVERIFY(filed.isEmpty());
    // Issued in a batch, a certificate is as fixed as one issued alone.
    QSqlQuery edit(db);
    QVERIFY(!edit.exec(
        QStringLiteral("UPDATE certificates SET content = 'x' WHERE id = %1").arg(issued.first().id)));
    // The next certificate, alone, follows the batch.
    const qint64 next = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Pemberton"), {}, &why);
    Certificate alone;
    CG_VERIFY_OK(register_.issueForCase(next, std::nullopt, issuer, kToday, &alone));
    QCOMPARE(alone.number, QStringLiteral("CG-2026-%1").arg(cases.size() + 1, 6, 10, QLatin1Char('0')));
}

void TestCertificateRepository::issuerMustBeAUserWhoMayIssue()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QString why;
    const qint64 caseId = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Nguyễn"), {}, &why);
    QVERIFY2(caseId, qPrintable(why));
    CertificateRepository register_ = registerWithIssuers(db);
    User mediator;
    mediator.username = QStringLiteral("jo.mediator");
    mediator.displayName = QStringLiteral("Jo Mediator");
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db).add(&mediator));
    const qint64 gone =
        CaseSeed::addSupervisor(db, QStringLiteral("left.office"), QStringLiteral("Left Office"));
    QSqlQuery deactivate(db);
    QVERIFY(deactivate.exec(QStringLiteral("UPDATE users SET active = 0 WHERE id = %1").arg(gone)));

    // Who may issue: the active supervisors, nobody else.
    QList<User> issuers;
    CG_VERIFY_OK(register_.issuers(&issuers));
    QStringList usernames;
    for (const User& user : issuers)
        usernames << user.username;
    QCOMPARE(usernames, (QStringList{"a.adviser", "b.adviser", "siobhan"}));

    // A free-text name, a mediator, a supervisor who left and a display name are refused, saying who may.
    for (const CertificateIssuer& refusedIssuer :
         {CertificateIssuer{QStringLiteral("Santa Claus"), {}},
          CertificateIssuer{QStringLiteral("jo.mediator"), {}}, CertificateIssuer{QString(), mediator.id},
          CertificateIssuer{QStringLiteral("left.office"), {}},
          CertificateIssuer{QStringLiteral("A. Adviser"), {}}}) {
        const StoreError refused = register_.issueForCase(caseId, std::nullopt, refusedIssuer, kToday);
        QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
        QVERIFY2(refused.message().contains(QStringLiteral("is not a user who may issue certificates")) &&
                     refused.message().contains(QStringLiteral("siobhan (Siobhán Ní Bhriain)")),
                 qPrintable(refused.message()));
    }
    QList<Certificate> all;
    CG_VERIFY_OK(register_.list(&all));
    QVERIFY(all.isEmpty());

    // By username, or by id: the certificate names the user as they are called.
    Certificate issued;
    CG_VERIFY_OK(
        register_.issueForCase(caseId, std::nullopt, {QStringLiteral("siobhan"), {}}, kToday, &issued));
    QCOMPARE(issued.issuerName, QStringLiteral("Siobhán Ní Bhriain"));
    QCOMPARE(issued.content.issuerName, QStringLiteral("Siobhán Ní Bhriain"));
    QCOMPARE(issued.issuerId, std::optional<qint64>(issuers.last().id));
    const qint64 other = caseAt(db, council, CaseStage::NoMeetingInTime, QStringLiteral("Haddad"), {}, &why);
    CG_VERIFY_OK(
        register_.issueForCase(other, std::nullopt, {QString(), issuers.first().id}, kToday, &issued));
    QCOMPARE(issued.issuerName, QStringLiteral("A. Adviser"));
}

void TestCertificateRepository::issueDateBetweenTriggerAndToday()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QString why;
    // Not pursued on 16 November 2026: the Part 1's event.
    const qint64 caseId = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Nguyễn"), {}, &why);
    QVERIFY2(caseId, qPrintable(why));
    CertificateRepository register_ = registerWithIssuers(db);
    const CertificateIssuer issuer{QStringLiteral("a.adviser"), {}};

    StoreError refused = register_.issueForCase(caseId, std::nullopt, issuer, QDate(1900, 1, 1));
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("cannot be dated 1900-01-01, before the event")),
             qPrintable(refused.message()));
    refused = register_.issueForCase(caseId, std::nullopt, issuer, QDate(2026, 11, 15));
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    refused = register_.issueForCase(caseId, std::nullopt, issuer, kToday.addDays(1));
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("after today (2026-11-23)")),
             qPrintable(refused.message()));
    // The same in a batch and in a replacement.
    QList<Certificate> issued;
    QCOMPARE(register_
                 .issueBatch(QList<CertificateRequest>{CertificateRequest{caseId, std::nullopt, issuer,
                                                                          QDate(1900, 1, 1)}},
                             &issued)
                 .kind(),
             StoreError::Kind::Invalid);
    QList<Certificate> all;
    CG_VERIFY_OK(register_.list(&all));
    QVERIFY(all.isEmpty());

    // On the day of the event itself it is issued, and the refusals used no number.
    Certificate first;
    CG_VERIFY_OK(register_.issueForCase(caseId, std::nullopt, issuer, QDate(2026, 11, 16), &first));
    QCOMPARE(first.number, QStringLiteral("CG-2026-000001"));
    QCOMPARE(first.issueDate, QDate(2026, 11, 16));
    Certificate replacement;
    refused = register_.voidCertificate(first.id, QStringLiteral("Wrong date"), kToday.addDays(3), issuer,
                                        &replacement);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    CG_VERIFY_OK(register_.load(first.id, &first));
    QCOMPARE(first.status, CertificateStatus::Issued); // nothing voided either
}

void TestCertificateRepository::reviewedIsWhatIsIssued()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QString why;
    const qint64 caseId = caseAt(db, council, CaseStage::MeetingHeld, QStringLiteral("O'Sullivan"), {}, &why);
    QVERIFY2(caseId, qPrintable(why));
    const qint64 other = caseAt(db, council, CaseStage::NotPursuing, QStringLiteral("Haddad"), {}, &why);
    QVERIFY2(other, qPrintable(why));
    // This provider's Part 2 is the mediation adviser's.
    CG_VERIFY_OK(SettingsRepository(db).setPart2IssuedAs(IssuingCapacity::MediationAdviser));
    CertificateRepository register_ = registerWithIssuers(db);

    CertificatePreview preview;
    CG_VERIFY_OK(register_.preview(caseId, std::nullopt, {QStringLiteral("siobhan"), {}}, kToday, &preview));
    QCOMPARE(preview.part, CertificatePart::Part2);
    QCOMPARE(preview.content.number, QStringLiteral("CG-2026-000001"));
    QCOMPARE(preview.content.issuerName, QStringLiteral("Siobhán Ní Bhriain"));
    QCOMPARE(preview.content.issuedAs, QStringLiteral("the mediation adviser"));
    QVERIFY(preview.pdf.startsWith("%PDF-"));
    // Reviewing writes nothing: no draft, no number used.
    QList<Certificate> all;
    CG_VERIFY_OK(register_.list(&all));
    QVERIFY(all.isEmpty());
    CertificatePreview again;
    CG_VERIFY_OK(register_.preview(caseId, std::nullopt, {QStringLiteral("siobhan"), {}}, kToday, &again));
    QCOMPARE(again.content.number, preview.content.number);
    QCOMPARE(again.inputsSha256, preview.inputsSha256);

    // Issued as reviewed: the same number, content and letterhead, so the
    // same pages (the PDF's bytes differ only in its creation time and id).
    Certificate issued;
    CG_VERIFY_OK(register_.issueReviewed(preview, &issued));
    QCOMPARE(issued.number, preview.content.number);
    QCOMPARE(issued.contentSha256, preview.content.sha256());
    QCOMPARE(issued.content.canonicalText(), preview.content.canonicalText());

    // Something changed since the review (here: another certificate took its
    // number): refused, nothing issued.
    CertificatePreview stale;
    CG_VERIFY_OK(register_.preview(other, std::nullopt, {QStringLiteral("a.adviser"), {}}, kToday, &stale));
    QCOMPARE(stale.content.number, QStringLiteral("CG-2026-000002"));
    const qint64 third =
        caseAt(db, council, CaseStage::NoMeetingInTime, QStringLiteral("Pemberton"), {}, &why);
    CG_VERIFY_OK(register_.issueForCase(third, std::nullopt, {QStringLiteral("a.adviser"), {}}, kToday));
    const StoreError refused = register_.issueReviewed(stale);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("no longer the one reviewed")) &&
                 refused.message().contains(QStringLiteral("CG-2026-000002 was taken")),
             qPrintable(refused.message()));
    CG_VERIFY_OK(register_.list(&all, other));
    QVERIFY(all.isEmpty());
    // Reviewed again, it is issued.
    CG_VERIFY_OK(register_.preview(other, std::nullopt, {QStringLiteral("a.adviser"), {}}, kToday, &stale));
    CG_VERIFY_OK(register_.issueReviewed(stale, &issued));
    QCOMPARE(issued.number, QStringLiteral("CG-2026-000003"));
}

QTEST_MAIN(TestCertificateRepository)
#include "tst_certificaterepository.moc"
