#include "CaseSeed.h"
#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/access/AccountRepository.h"
#include "store/access/SessionActor.h"
#include "store/cases/ActivityRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/WriteTransaction.h"
#include "store/retention/RetentionRepository.h"

#include <QSqlQuery>
#include <QTest>

// Retention on both engines: which closed cases are past their council's
// period, reopening, and what anonymising replaces and keeps. Every name is
// synthetic.
namespace {
const QString kMarker = RetentionRepository::kMarker;

// A mediation case about a refusal to assess, enquiry on `enquiry`, moved to
// "not pursuing" nine days later and, when `closedOn` is valid, closed then.
qint64 closedCase(QSqlDatabase db, qint64 councilId, const QString& family, const QDate& enquiry,
                  const QDate& closedOn, QString* why)
{
    Referral referral = CaseSeed::mediationReferral(councilId, QStringLiteral("Zoë"), family, enquiry);
    referral.parent.givenName = QStringLiteral("Łukasz");
    referral.parent.address = QStringLiteral("Flat 4, 12 Quay Street");
    referral.parent.postcode = QStringLiteral("NM2 7HD");
    referral.parent.phone = QStringLiteral("07700 900123");
    referral.parent.email = QStringLiteral("lukasz@example.org");
    const qint64 id = CaseSeed::addCase(db, referral, enquiry, why);
    const QDate step = enquiry.addDays(9);
    if (id == 0 || !CaseSeed::advanceTo(db, id, CaseStage::NotPursuing, step, step, why))
        return 0;
    if (closedOn.isValid()) {
        const StoreError error =
            CaseRepository(db, BankHolidayCalendar::shipped())
                .moveStage(id, {CaseStage::Closed, closedOn, QStringLiteral("Family moved away")}, closedOn,
                           std::nullopt);
        if (error) {
            *why = error.message();
            return 0;
        }
    }
    return id;
}

// The first column of the first row, for the reads here with one bind value.
QVariant value(QSqlDatabase db, const QString& sql, const QVariant& bind)
{
    return PlainSql::scalar(db, sql, {bind});
}

QStringList references(const QList<RetentionCandidate>& candidates)
{
    QStringList out;
    for (const RetentionCandidate& candidate : candidates)
        out << candidate.reference;
    return out;
}
} // namespace

class TestRetentionRepository : public QObject
{
    Q_OBJECT

private slots:
    void listsCasesPastEachCouncilsPeriod_data() { TestDatabase::addEngineRows(); }
    void listsCasesPastEachCouncilsPeriod();
    void anonymiseReplacesPersonalFieldsAndKeepsFigures_data() { TestDatabase::addEngineRows(); }
    void anonymiseReplacesPersonalFieldsAndKeepsFigures();
    void anonymiseKeepsACertificateIssuedOutside_data() { TestDatabase::addEngineRows(); }
    void anonymiseKeepsACertificateIssuedOutside();
    void anonymiseRefusedBeforeDue_data() { TestDatabase::addEngineRows(); }
    void anonymiseRefusedBeforeDue();
    void onlySupervisors();
};

void TestRetentionRepository::listsCasesPastEachCouncilsPeriod()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 sixYears =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale District Council"), QStringLiteral("WVD"));
    Council shortCouncil;
    shortCouncil.name = QStringLiteral("Northmoor Borough Council");
    shortCouncil.code = QStringLiteral("NMB");
    shortCouncil.retentionYears = 2;
    CG_VERIFY_OK(CouncilRepository(db).add(&shortCouncil));

    QString why;
    // Closed 1 March 2019, six years: due from 2 March 2025.
    const qint64 old =
        closedCase(db, sixYears, QStringLiteral("Nguyễn"), QDate(2019, 2, 1), QDate(2019, 3, 1), &why);
    QVERIFY2(old, qPrintable(why));
    // Closed 29 February 2024, two years: kept until 28 February 2026, due 1 March.
    const qint64 leap = closedCase(db, shortCouncil.id, QStringLiteral("Haddad"), QDate(2024, 2, 1),
                                   QDate(2024, 2, 29), &why);
    QVERIFY2(leap, qPrintable(why));
    // Closed 29 February 2024 with six years: not due until 2030.
    const qint64 recent =
        closedCase(db, sixYears, QStringLiteral("O'Sullivan"), QDate(2024, 2, 1), QDate(2024, 2, 29), &why);
    QVERIFY2(recent, qPrintable(why));
    // Never closed.
    const qint64 open = closedCase(db, sixYears, QStringLiteral("Abara"), QDate(2018, 1, 8), QDate(), &why);
    QVERIFY2(open, qPrintable(why));

    RetentionRepository retention(db);
    QList<RetentionCandidate> due;
    CG_VERIFY_OK(retention.casesPastRetention(QDate(2026, 2, 28), &due));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).caseId, old);
    QCOMPARE(due.at(0).councilName, QStringLiteral("Westvale District Council"));
    QCOMPARE(due.at(0).closedOn, QDate(2019, 3, 1));
    QCOMPARE(due.at(0).retentionYears, 6);
    QCOMPARE(due.at(0).anonymiseFrom, QDate(2025, 3, 2));

    CG_VERIFY_OK(retention.casesPastRetention(QDate(2026, 3, 1), &due));
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).caseId, old); // longest overdue first
    QCOMPARE(due.at(1).caseId, leap);
    QCOMPARE(due.at(1).keptUntil, QDate(2026, 2, 28));
    QCOMPARE(due.at(1).anonymiseFrom, QDate(2026, 3, 1));

    // Reopening takes a case off the list, back to the stage it closed from.
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    QCOMPARE(cases.reopen(leap, QStringLiteral(" "), std::nullopt).kind(), StoreError::Kind::Invalid);
    CG_VERIFY_OK(cases.reopen(leap, QStringLiteral("The family came back"), std::nullopt));
    QCOMPARE(value(db, QStringLiteral("SELECT stage FROM cases WHERE id = ?"), leap).toString(),
             QStringLiteral("not_pursuing"));
    QVERIFY(value(db, QStringLiteral("SELECT closed_date FROM cases WHERE id = ?"), leap).isNull());
    CG_VERIFY_OK(retention.casesPastRetention(QDate(2031, 1, 1), &due));
    QCOMPARE(references(due).size(), 2);
    QVERIFY(!references(due).contains(
        value(db, QStringLiteral("SELECT reference FROM cases WHERE id = ?"), leap).toString()));
    QCOMPARE(due.at(1).caseId, recent);
    QCOMPARE(cases.reopen(open, QStringLiteral("Why not"), std::nullopt).kind(), StoreError::Kind::Invalid);
}

void TestRetentionRepository::anonymiseReplacesPersonalFieldsAndKeepsFigures()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale District Council"), QStringLiteral("WVD"));

    QString why;
    const QDate enquiry(2019, 2, 1);
    const qint64 caseId = closedCase(db, council, QStringLiteral("Nguyễn"), enquiry, QDate(), &why);
    QVERIFY2(caseId, qPrintable(why));
    // A Part 1 certificate, an ad hoc invitee with a pre-meeting call, a note.
    Certificate certificate;
    // The issuer is a user of the office, not one of the family: their name stays with the users.
    CaseSeed::addSupervisor(db, QStringLiteral("siobhan"), QStringLiteral("Siobhán Ní Bhriain"));
    StoreError error = CertificateRepository(db, BankHolidayCalendar::shipped())
                           .issueForCase(caseId, std::nullopt, {QStringLiteral("siobhan"), {}},
                                         QDate(2019, 2, 11), &certificate);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    Invitee aunt;
    aunt.caseId = caseId;
    aunt.displayName = QStringLiteral("Amira Nguyễn");
    aunt.email = QStringLiteral("amira@example.org");
    aunt.role = InviteeRole::Supporter;
    aunt.notes = QStringLiteral("Speaks for the family");
    CG_VERIFY_OK(InviteeRepository(db).add(&aunt));
    InviteeContactNote call;
    call.inviteeId = aunt.id;
    call.date = QDate(2019, 2, 12);
    call.note = QStringLiteral("Amira will come with Łukasz");
    error = InviteeRepository(db).addContactNote(&call);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    Activity note;
    note.caseId = caseId;
    note.occurredAt = QDateTime(QDate(2019, 2, 12), QTime(10, 0), Qt::UTC);
    note.kind = ActivityKind::Note;
    note.summary = QStringLiteral("Call with Łukasz Nguyễn");
    note.body = QStringLiteral("Zoë is anxious about the new school");
    CG_VERIFY_OK(ActivityRepository(db).add(&note));
    CG_VERIFY_OK(CaseRepository(db, BankHolidayCalendar::shipped())
                     .moveStage(caseId,
                                {CaseStage::Closed, QDate(2019, 3, 1), QStringLiteral("Łukasz withdrew")},
                                QDate(2019, 3, 1), std::nullopt));
    const qint64 childId =
        value(db, QStringLiteral("SELECT child_id FROM cases WHERE id = ?"), caseId).toLongLong();
    const qint64 parentId =
        value(db, QStringLiteral("SELECT parent_id FROM cases WHERE id = ?"), caseId).toLongLong();
    const QString contentHash =
        value(db, QStringLiteral("SELECT content_sha256 FROM certificates WHERE id = ?"), certificate.id)
            .toString();

    RetentionRepository retention(db);
    AnonymisedRecords records;
    error = retention.anonymise(caseId, QDate(2026, 3, 1), &records);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(records.caseId, caseId);
    QVERIFY(records.changed.value(QStringLiteral("people")).contains(childId));
    QVERIFY(records.changed.value(QStringLiteral("people")).contains(parentId));
    QCOMPARE(records.changed.value(QStringLiteral("certificates")), QList<qint64>{certificate.id});
    QVERIFY(records.changed.value(QStringLiteral("invitee_contacts")).contains(call.id));
    QVERIFY(records.changed.value(QStringLiteral("activities")).contains(note.id));

    // Personal fields are replaced.
    for (qint64 person : {childId, parentId}) {
        QCOMPARE(value(db, QStringLiteral("SELECT given_name FROM people WHERE id = ?"), person).toString(),
                 kMarker);
        QCOMPARE(value(db, QStringLiteral("SELECT family_name FROM people WHERE id = ?"), person).toString(),
                 kMarker);
        QVERIFY(value(db, QStringLiteral("SELECT date_of_birth FROM people WHERE id = ?"), person).isNull());
        QVERIFY(value(db, QStringLiteral("SELECT address FROM people WHERE id = ?"), person).isNull());
        QVERIFY(value(db, QStringLiteral("SELECT email FROM people WHERE id = ?"), person).isNull());
        QVERIFY(value(db, QStringLiteral("SELECT phone FROM people WHERE id = ?"), person).isNull());
    }
    QCOMPARE(value(db, QStringLiteral("SELECT birth_year FROM people WHERE id = ?"), childId).toInt(), 2015);
    QCOMPARE(value(db, QStringLiteral("SELECT closed_reason FROM cases WHERE id = ?"), caseId).toString(),
             kMarker);
    QVERIFY(!value(db, QStringLiteral("SELECT anonymised_at FROM cases WHERE id = ?"), caseId).isNull());
    QCOMPARE(value(db, QStringLiteral("SELECT summary FROM activities WHERE id = ?"), note.id).toString(),
             kMarker);
    QVERIFY(value(db, QStringLiteral("SELECT body FROM activities WHERE id = ?"), note.id).isNull());
    QCOMPARE(value(db, QStringLiteral("SELECT display_name FROM invitees WHERE id = ?"), aunt.id).toString(),
             kMarker);
    QVERIFY(value(db, QStringLiteral("SELECT email FROM invitees WHERE id = ?"), aunt.id).isNull());
    QVERIFY(value(db, QStringLiteral("SELECT notes FROM invitees WHERE id = ?"), aunt.id).isNull());
    QCOMPARE(value(db, QStringLiteral("SELECT note FROM invitee_contacts WHERE id = ?"), call.id).toString(),
             kMarker);
    QVERIFY(value(db, QStringLiteral("SELECT pdf FROM certificates WHERE id = ?"), certificate.id).isNull());
    const QString content =
        value(db, QStringLiteral("SELECT content FROM certificates WHERE id = ?"), certificate.id).toString();
    QVERIFY2(!content.contains(QStringLiteral("Nguyễn")) && !content.contains(QStringLiteral("Łukasz")),
             qPrintable(content));
    QVERIFY(content.contains(kMarker));
    QCOMPARE(
        value(db,
              QStringLiteral("SELECT COUNT(*) FROM activities WHERE case_id = ? AND (summary LIKE '%Nguy%' "
                             "OR body LIKE '%Zo%')"),
              caseId)
            .toInt(),
        0);

    // The audit trail keeps no copy of what was replaced: every value about
    // the anonymised records, including those of the anonymising updates, is
    // redacted, and each redaction is itself recorded.
    for (const char* name : {"Nguy", "ukasz", "Zo", "amira@"}) {
        QCOMPARE(
            PlainSql::scalar(
                db,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE old_value LIKE ? OR new_value LIKE ?"),
                {QStringLiteral("%%1%").arg(QLatin1String(name)),
                 QStringLiteral("%%1%").arg(QLatin1String(name))})
                .toInt(),
            0);
    }
    QVERIFY(PlainSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'anonymise'"))
                .toInt() > 0);

    // What the figures need stays.
    QCOMPARE(value(db, QStringLiteral("SELECT council_id FROM cases WHERE id = ?"), caseId).toLongLong(),
             council);
    QCOMPARE(value(db, QStringLiteral("SELECT route FROM cases WHERE id = ?"), caseId).toString(),
             QStringLiteral("mediation"));
    QCOMPARE(value(db, QStringLiteral("SELECT decision_type FROM cases WHERE id = ?"), caseId).toString(),
             QStringLiteral("refusal_to_assess"));
    QCOMPARE(value(db, QStringLiteral("SELECT stage FROM cases WHERE id = ?"), caseId).toString(),
             QStringLiteral("closed"));
    QCOMPARE(value(db, QStringLiteral("SELECT enquiry_date FROM cases WHERE id = ?"), caseId).toDate(),
             enquiry);
    QCOMPARE(
        value(db, QStringLiteral("SELECT decision_notice_date FROM cases WHERE id = ?"), caseId).toDate(),
        enquiry.addDays(-7));
    QCOMPARE(value(db, QStringLiteral("SELECT not_pursuing_date FROM cases WHERE id = ?"), caseId).toDate(),
             QDate(2019, 2, 10));
    QCOMPARE(value(db, QStringLiteral("SELECT closed_date FROM cases WHERE id = ?"), caseId).toDate(),
             QDate(2019, 3, 1));
    QCOMPARE(value(db, QStringLiteral("SELECT role FROM invitees WHERE id = ?"), aunt.id).toString(),
             QStringLiteral("supporter"));
    QCOMPARE(
        value(db, QStringLiteral("SELECT number FROM certificates WHERE id = ?"), certificate.id).toString(),
        certificate.number);
    QCOMPARE(value(db, QStringLiteral("SELECT part FROM certificates WHERE id = ?"), certificate.id).toInt(),
             1);
    QCOMPARE(value(db, QStringLiteral("SELECT issue_date FROM certificates WHERE id = ?"), certificate.id)
                 .toDate(),
             QDate(2019, 2, 11));
    QCOMPARE(value(db, QStringLiteral("SELECT content_sha256 FROM certificates WHERE id = ?"), certificate.id)
                 .toString(),
             contentHash);

    // Done once, for good: not again, not reopened, and the certificate is
    // as immutable as before (no voiding, no other edit).
    QCOMPARE(retention.anonymise(caseId, QDate(2026, 3, 1)).kind(), StoreError::Kind::Invalid);
    error = CaseRepository(db, BankHolidayCalendar::shipped())
                .reopen(caseId, QStringLiteral("Asked"), std::nullopt);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(error.message().contains(QLatin1String("anonymised")));
    CaseDetails details;
    CG_VERIFY_OK(CaseRepository(db, BankHolidayCalendar::shipped()).load(caseId, &details));
    QCOMPARE(details.referral.child.givenName, kMarker);
    details.referral.child.givenName = QStringLiteral("Zoë");
    QCOMPARE(CaseRepository(db, BankHolidayCalendar::shipped()).saveDetails(details, std::nullopt).kind(),
             StoreError::Kind::Invalid);
    QVERIFY(CertificateRepository(db, BankHolidayCalendar::shipped())
                .voidCertificate(certificate.id, QStringLiteral("Typo"), QDate(2026, 3, 2))
                .isError());
    QByteArray pdf;
    error = CertificateRepository(db, BankHolidayCalendar::shipped()).loadPdf(certificate.id, &pdf);
    QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    QVERIFY2(error.message().contains(QLatin1String("anonymised")), qPrintable(error.message()));
    QSqlQuery edit(db);
    edit.prepare(QStringLiteral("UPDATE certificates SET content = ? WHERE id = ?"));
    edit.addBindValue(QStringLiteral("{}"));
    edit.addBindValue(certificate.id);
    QVERIFY(!edit.exec());
}

// A case imported with a Part 1 issued before the import, outside the
// program (issue 20): the register row has a number and dates but no content
// or PDF. Anonymising the case keeps that row as the legal record it is.
void TestRetentionRepository::anonymiseKeepsACertificateIssuedOutside()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale District Council"), QStringLiteral("WVD"));
    QString why;
    const qint64 caseId = closedCase(db, council, QStringLiteral("Nguyễn"), QDate(2019, 2, 1), QDate(), &why);
    QVERIFY2(caseId, qPrintable(why));
    const QString number = QStringLiteral("HX-2019-0042");
    {
        WriteTransaction transaction(db);
        CG_VERIFY_OK(transaction.beginError());
        const StoreError error = CertificateRepository::recordIssuedOutsideInTransaction(
            db, caseId, CertificatePart::Part1, number, QDate(2019, 2, 12), QDate(2019, 2, 10));
        QVERIFY2(error.ok(), qPrintable(error.message()));
        CG_VERIFY_OK(transaction.commit());
    }
    const qint64 certificateId =
        value(db, QStringLiteral("SELECT id FROM certificates WHERE number = ?"), number).toLongLong();
    QVERIFY(certificateId > 0);
    CG_VERIFY_OK(CaseRepository(db, BankHolidayCalendar::shipped())
                     .moveStage(caseId,
                                {CaseStage::Closed, QDate(2019, 3, 1), QStringLiteral("Łukasz withdrew")},
                                QDate(2019, 3, 1), std::nullopt));

    RetentionRepository retention(db);
    AnonymisedRecords records;
    const StoreError error = retention.anonymise(caseId, QDate(2026, 3, 1), &records);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QVERIFY(!value(db, QStringLiteral("SELECT anonymised_at FROM cases WHERE id = ?"), caseId).isNull());
    QCOMPARE(value(db,
                   QStringLiteral("SELECT family_name FROM people WHERE id = (SELECT child_id FROM cases "
                                  "WHERE id = ?)"),
                   caseId)
                 .toString(),
             kMarker);
    QCOMPARE(records.changed.value(QStringLiteral("certificates")), QList<qint64>{certificateId});
    // The register row stays: number, Part, dates, issued outside, and no
    // PDF; its content names nobody.
    QCOMPARE(
        value(db, QStringLiteral("SELECT number FROM certificates WHERE id = ?"), certificateId).toString(),
        number);
    QCOMPARE(value(db, QStringLiteral("SELECT part FROM certificates WHERE id = ?"), certificateId).toInt(),
             1);
    QCOMPARE(
        value(db, QStringLiteral("SELECT status FROM certificates WHERE id = ?"), certificateId).toString(),
        QStringLiteral("issued"));
    QCOMPARE(
        value(db, QStringLiteral("SELECT issue_date FROM certificates WHERE id = ?"), certificateId).toDate(),
        QDate(2019, 2, 12));
    QVERIFY(value(db, QStringLiteral("SELECT issued_outside FROM certificates WHERE id = ?"), certificateId)
                .toBool());
    QVERIFY(value(db, QStringLiteral("SELECT pdf FROM certificates WHERE id = ?"), certificateId).isNull());
    QVERIFY(!value(db, QStringLiteral("SELECT anonymised_at FROM certificates WHERE id = ?"), certificateId)
                 .isNull());
    const QString content =
        value(db, QStringLiteral("SELECT content FROM certificates WHERE id = ?"), certificateId).toString();
    QVERIFY2(!content.contains(QStringLiteral("Nguy")) && !content.contains(QStringLiteral("Zo")),
             qPrintable(content));
    // The register still lists it, and it still cannot be voided.
    QList<Certificate> listed;
    CG_VERIFY_OK(CertificateRepository(db, BankHolidayCalendar::shipped()).list(&listed, caseId));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().number, number);
    QVERIFY(listed.first().issuedOutside);
    QVERIFY(CertificateRepository(db, BankHolidayCalendar::shipped())
                .voidCertificate(certificateId, QStringLiteral("Typo"), QDate(2026, 3, 2))
                .isError());
}

void TestRetentionRepository::anonymiseRefusedBeforeDue()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale District Council"), QStringLiteral("WVD"));
    QString why;
    const qint64 closed =
        closedCase(db, council, QStringLiteral("Haddad"), QDate(2020, 2, 3), QDate(2020, 2, 29), &why);
    QVERIFY2(closed, qPrintable(why));
    const qint64 open = closedCase(db, council, QStringLiteral("Abara"), QDate(2016, 2, 3), QDate(), &why);
    QVERIFY2(open, qPrintable(why));

    RetentionRepository retention(db);
    StoreError error = retention.anonymise(closed, QDate(2026, 2, 28));
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QLatin1String("2026-03-01")), qPrintable(error.message()));
    QCOMPARE(retention.anonymise(open, QDate(2030, 1, 1)).kind(), StoreError::Kind::Invalid);
    // Nothing changed.
    QCOMPARE(value(db,
                   QStringLiteral("SELECT family_name FROM people WHERE id = (SELECT child_id FROM cases "
                                  "WHERE id = ?)"),
                   closed)
                 .toString(),
             QStringLiteral("Haddad"));
    QVERIFY(value(db, QStringLiteral("SELECT anonymised_at FROM cases WHERE id = ?"), closed).isNull());
    QCOMPARE(retention.anonymise(4242, QDate(2030, 1, 1)).kind(), StoreError::Kind::NotFound);
    CG_VERIFY_OK(retention.anonymise(closed, QDate(2026, 3, 1)));
}

void TestRetentionRepository::onlySupervisors()
{
    TestDatabase test(QStringLiteral("sqlite"));
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    User admin;
    admin.username = QStringLiteral("priya.venn");
    admin.displayName = QStringLiteral("Priya Venn");
    admin.role = UserRole::Administrator;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CG_VERIFY_OK(
        AccountRepository(db).createFirstAdministrator(&admin, QStringLiteral("heron lantern quarry"), now));
    User caseworker;
    caseworker.username = QStringLiteral("sam.okafor");
    caseworker.displayName = QStringLiteral("Sam Okafor");
    caseworker.role = UserRole::Caseworker;
    CG_VERIFY_OK(UserRepository(db).add(&caseworker));

    RetentionRepository retention(db);
    QList<RetentionCandidate> due;
    CG_VERIFY_OK(SessionActor::set(db, caseworker.id));
    QCOMPARE(retention.casesPastRetention(QDate(2026, 1, 1), &due).kind(), StoreError::Kind::Forbidden);
    QCOMPARE(retention.anonymise(1, QDate(2026, 1, 1)).kind(), StoreError::Kind::Forbidden);
    CG_VERIFY_OK(SessionActor::set(db, admin.id));
    QCOMPARE(retention.anonymise(1, QDate(2026, 1, 1)).kind(), StoreError::Kind::Forbidden);
    User supervisor;
    supervisor.username = QStringLiteral("grace.ibekwe");
    supervisor.displayName = QStringLiteral("Grace Ibekwe");
    supervisor.role = UserRole::Supervisor;
    CG_VERIFY_OK(UserRepository(db).add(&supervisor));
    CG_VERIFY_OK(SessionActor::set(db, supervisor.id));
    CG_VERIFY_OK(retention.casesPastRetention(QDate(2026, 1, 1), &due));
}

QTEST_MAIN(TestRetentionRepository)
#include "tst_retentionrepository.moc"
