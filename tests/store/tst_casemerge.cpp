#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "rules/Permissions.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseMergeRepository.h"
#include "store/cases/DuplicateReferralQuery.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"

#include <QTest>

// Cases entered twice (issue 12), on both engines: found before a new
// referral is saved (names whatever their accents and case, phones whatever
// their format, emails whatever their case), and merged by a supervisor
// (timeline, invitees and meetings moved, certificates left where they were
// issued, the merged-away case kept and closed, every row audited).
namespace {
using namespace CaseOffice;

// A meeting on the case, written straight into the table as setup.
qint64 addMeeting(QSqlDatabase db, qint64 caseId, const QString& uid)
{
    const SqlDialect& dialect = SqlDialect::forDriver(db.driverName());
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO meetings (case_id, kind, starts_at, ends_at, mode, uid, created_at) "
                       "VALUES (?, 'pre_meeting_call', ?, ?, 'phone', ?, ?)") +
        dialect.returningIdClause());
    query.addBindValue(caseId);
    query.addBindValue(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    query.addBindValue(QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC));
    query.addBindValue(uid);
    query.addBindValue(QDateTime::currentDateTimeUtc());
    qint64 id = 0;
    return dialect.execInsert(query, &id) ? id : 0;
}

qint64 count(QSqlDatabase db, const char* table, qint64 caseId)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE case_id = ?").arg(QLatin1String(table)),
                  {caseId})
        .toLongLong();
}

QStringList references(const QList<DuplicateCase>& found)
{
    QStringList out;
    for (const DuplicateCase& d : found)
        out << d.reference;
    return out;
}
} // namespace

class TestCaseMerge : public QObject
{
    Q_OBJECT

private slots:
    void duplicatesAreFoundBeforeSaving_data() { TestDatabase::addEngineRows(); }
    void mergeKeepsTheFamilyInviteeOnce_data() { TestDatabase::addEngineRows(); }
    void mergeKeepsTheFamilyInviteeOnce();
    void duplicatesAreFoundBeforeSaving();
    void mergeMovesTheWorkAndKeepsCertificates_data() { TestDatabase::addEngineRows(); }
    void mergeMovesTheWorkAndKeepsCertificates();
    void mergeRefusals_data() { TestDatabase::addEngineRows(); }
    void mergeRefusals();
};

void TestCaseMerge::duplicatesAreFoundBeforeSaving()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    Referral first = CaseSeed::mediationReferral(office.council, QStringLiteral("Zoë"),
                                                 QStringLiteral("Nguyễn"), QDate(2026, 11, 2));
    first.child.dateOfBirth = QDate(2015, 6, 1);
    first.parent.phone = QStringLiteral("07700 900456");
    first.parent.email = QStringLiteral("Siobhan.Nguyen@Mail.Example");
    QString reference;
    qint64 firstId = 0;
    CG_VERIFY_OK(CaseRepository(db, BankHolidayCalendar::shipped())
                     .createReferral(first, kToday, office.supervisor, &firstId, &reference));
    QVERIFY(actAs(db, office.caseworker));
    DuplicateReferralQuery query(db);
    QList<DuplicateCase> found;

    // The same child, typed without accents and in capitals.
    Referral again = CaseSeed::mediationReferral(office.otherCouncil, QStringLiteral("ZOE"),
                                                 QStringLiteral("nguyen"), QDate(2026, 11, 20));
    again.child.dateOfBirth = QDate(2015, 6, 1);
    CG_VERIFY_OK(query.find(again, &found));
    QCOMPARE(references(found), QStringList{reference});
    QCOMPARE(found.first().caseId, firstId);
    QCOMPARE(found.first().councilName, QStringLiteral("Northmoor Borough Council"));
    QVERIFY(found.first().reasons.join(QLatin1Char('\n')).contains(QStringLiteral("Same child")));
    // Another birthday is another child.
    again.child.dateOfBirth = QDate(2015, 6, 2);
    CG_VERIFY_OK(query.find(again, &found));
    QVERIFY(found.isEmpty());

    // Another child, the same parent's phone in another format, the same council.
    Referral sibling = CaseSeed::mediationReferral(office.council, QStringLiteral("Kit"),
                                                   QStringLiteral("Hale"), QDate(2026, 11, 20));
    sibling.parent.phone = QStringLiteral("+44 7700 900456");
    CG_VERIFY_OK(query.find(sibling, &found));
    QCOMPARE(references(found), QStringList{reference});
    QVERIFY(found.first().reasons.join(QLatin1Char('\n')).contains(QStringLiteral("phone")));
    // The same email in another case.
    sibling.parent.phone.clear();
    sibling.parent.email = QStringLiteral("siobhan.nguyen@mail.example");
    CG_VERIFY_OK(query.find(sibling, &found));
    QCOMPARE(references(found), QStringList{reference});
    // With another council, the parent's details alone are not enough.
    sibling.councilId = office.otherCouncil;
    CG_VERIFY_OK(query.find(sibling, &found));
    QVERIFY(found.isEmpty());
}

void TestCaseMerge::mergeMovesTheWorkAndKeepsCertificates()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const qint64 kept = office.addCase(QStringLiteral("Pellow"));
    const qint64 twice = office.addCase(QStringLiteral("Pellow"), CaseStage::NotPursuing);
    QVERIFY2(kept && twice, qPrintable(office.why));
    Certificate issued;
    CG_VERIFY_OK(CertificateRepository(db, BankHolidayCalendar::shipped())
                     .issueForCase(twice, std::nullopt, {QStringLiteral("Grace Ibekwe"), office.supervisor},
                                   kToday, &issued));
    Invitee aunt;
    aunt.caseId = twice;
    aunt.displayName = QStringLiteral("Mo Pellow");
    aunt.role = InviteeRole::Supporter;
    CG_VERIFY_OK(InviteeRepository(db).add(&aunt));
    const qint64 meeting = addMeeting(db, twice, QStringLiteral("merge-test-1@commonground"));
    QVERIFY(meeting);
    const qint64 activitiesOfTwice = count(db, "activities", twice);
    const qint64 activitiesOfKept = count(db, "activities", kept);
    // The kept case has its own family invitee from intake.
    const qint64 inviteesOfKept = count(db, "invitees", kept);
    const qint64 inviteesOfTwice = count(db, "invitees", twice);
    QVERIFY(activitiesOfTwice > 0);
    QVERIFY(inviteesOfTwice >= 1); // the aunt, and whoever intake invited

    // Only a supervisor merges; nobody else changes anything.
    for (qint64 refused : {office.caseworker, office.mediator, office.administrator}) {
        QVERIFY(actAs(db, refused));
        const Snapshot before = Snapshot::of(db, twice);
        const StoreError error = CaseMergeRepository(db, BankHolidayCalendar::shipped())
                                     .merge(kept, twice, QStringLiteral("Entered twice"), kToday, refused);
        QCOMPARE(error.kind(), StoreError::Kind::Forbidden);
        QCOMPARE(error.message(), Permissions::refusal(Action::MergeCases));
        QVERIFY(Snapshot::of(db, twice) == before);
    }

    QVERIFY(actAs(db, office.supervisor));
    CaseMergeResult result;
    const StoreError error = CaseMergeRepository(db, BankHolidayCalendar::shipped())
                                 .merge(kept, twice, QStringLiteral("Entered twice by two desks"), kToday,
                                        office.supervisor, &result);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(result.activities, int(activitiesOfTwice));
    // Both cases invited Jo Pellow at intake: the kept case keeps its own, once.
    QCOMPARE(result.familyInviteesJoined, 1);
    QCOMPARE(result.invitees, int(inviteesOfTwice) - 1);
    QCOMPARE(result.meetings, 1);
    QCOMPARE(result.certificatesKept, 1);

    // The work moved; the certificate stayed with the case it was issued on.
    QCOMPARE(count(db, "invitees", twice), 0);
    QCOMPARE(count(db, "invitees", kept), inviteesOfKept + inviteesOfTwice - 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT case_id FROM meetings WHERE id = ?"), {meeting}).toLongLong(),
             kept);
    QCOMPARE(count(db, "activities", kept), activitiesOfKept + activitiesOfTwice + 1);
    QCOMPARE(count(db, "activities", twice), 1); // the entry saying where it went
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT case_id FROM certificates WHERE id = ?"), {issued.id}).toLongLong(),
        twice);

    // The merged-away case is kept, closed, pointing at the kept one.
    const CaseDetails merged = office.load(twice);
    QCOMPARE(merged.stage, CaseStage::Closed);
    QCOMPARE(merged.closedDate, kToday);
    QVERIFY(merged.closedReason.contains(office.load(kept).reference));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT merged_into_id FROM cases WHERE id = ?"), {twice}).toLongLong(),
        kept);
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(kept, &timeline));
    QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [&](const Activity& a) {
        return a.summary.contains(merged.reference) &&
               a.body.contains(QStringLiteral("Entered twice by two desks"));
    }));

    // Audited: each moved row's case changed from the one to the other.
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND field = 'case_id' "
                              "AND table_name = 'invitees' AND old_value = ? AND new_value = ?"),
               {QString::number(twice), QString::number(kept)})
            .toLongLong(),
        inviteesOfTwice - 1);
    // The family invitee entered twice is deleted, on the audit trail too.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete' "
                                       "AND table_name = 'invitees'"))
                 .toLongLong(),
             1);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND field = "
                                   "'merged_into_id' AND table_name = 'cases' AND record_id = ?"),
                    {QString::number(twice)})
                 .toLongLong(),
             1);

    // A merged case is not found as a duplicate again, nor reopened.
    QList<DuplicateCase> found;
    Referral again = CaseSeed::mediationReferral(office.council, QStringLiteral("Zoe"),
                                                 QStringLiteral("Pellow"), QDate(2026, 11, 20));
    CG_VERIFY_OK(DuplicateReferralQuery(db).find(again, &found));
    QCOMPARE(references(found), QStringList{office.load(kept).reference});
    const StoreError reopened = CaseRepository(db, BankHolidayCalendar::shipped())
                                    .reopen(twice, QStringLiteral("Oops"), office.supervisor);
    QCOMPARE(reopened.kind(), StoreError::Kind::Invalid);
}

void TestCaseMerge::mergeRefusals()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const qint64 a = office.addCase(QStringLiteral("Hale"));
    const qint64 b = office.addCase(QStringLiteral("Hale"));
    Referral dr = CaseSeed::mediationReferral(office.council, QStringLiteral("Zoe"), QStringLiteral("Hale"),
                                              QDate(2026, 11, 2));
    dr.route = Route::DisagreementResolution;
    dr.disagreementSubject = QStringLiteral("Transport");
    const qint64 c = CaseSeed::addCase(db, dr, kToday, &office.why);
    QVERIFY2(a && b && c, qPrintable(office.why));
    CaseMergeRepository merges(db, BankHolidayCalendar::shipped());
    const auto refused = [&](qint64 kept, qint64 merged, const QString& reason, const QString& why) {
        const Snapshot before = Snapshot::of(db, merged);
        const StoreError error = merges.merge(kept, merged, reason, kToday, office.supervisor);
        return error.kind() == StoreError::Kind::Invalid && error.message().contains(why) &&
               Snapshot::of(db, merged) == before;
    };
    QVERIFY(refused(a, b, QStringLiteral(" "), QStringLiteral("Say why")));
    QVERIFY(refused(a, a, QStringLiteral("Twice"), QStringLiteral("into itself")));
    QVERIFY(refused(a, c, QStringLiteral("Twice"), QStringLiteral("different routes")));
    CG_VERIFY_OK(merges.merge(a, b, QStringLiteral("Twice"), kToday, office.supervisor));
    QVERIFY(refused(a, b, QStringLiteral("Twice"), QStringLiteral("already merged")));
    QVERIFY(refused(b, a, QStringLiteral("Twice"), QStringLiteral("keep that case instead")));
}

void TestCaseMerge::mergeKeepsTheFamilyInviteeOnce()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const qint64 kept = office.addCase(QStringLiteral("Ashdown"));
    const qint64 twice = office.addCase(QStringLiteral("Ashdown"));
    QVERIFY2(kept && twice, qPrintable(office.why));
    // Each case has its own row for Jo Ashdown, taken at intake.
    const QString familyOf =
        QStringLiteral("SELECT i.id FROM invitees i JOIN cases c ON c.id = i.case_id WHERE i.case_id = ? "
                       "AND i.person_id = c.parent_id");
    const qint64 keptFamily = scalar(db, familyOf, {kept}).toLongLong();
    const qint64 twiceFamily = scalar(db, familyOf, {twice}).toLongLong();
    QVERIFY(keptFamily && twiceFamily && keptFamily != twiceFamily);
    // The merged-away case's meeting asked its Jo Ashdown, and a note was kept of a call to her.
    const qint64 meeting = addMeeting(db, twice, QStringLiteral("merge-family-1@commonground"));
    QVERIFY(meeting);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meeting_invitees (meeting_id, invitee_id) VALUES (?, ?)"));
    query.addBindValue(meeting);
    query.addBindValue(twiceFamily);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    query.prepare(QStringLiteral("INSERT INTO invitee_contacts (invitee_id, contacted_on, note, created_at) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(twiceFamily);
    query.addBindValue(QDate(2026, 11, 20));
    query.addBindValue(QStringLiteral("Rang to explain the meeting"));
    query.addBindValue(QDateTime::currentDateTimeUtc());
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    CaseMergeResult result;
    const StoreError error =
        CaseMergeRepository(db, BankHolidayCalendar::shipped())
            .merge(kept, twice, QStringLiteral("Entered twice"), kToday, office.supervisor, &result);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(result.familyInviteesJoined, 1);
    // One Jo Ashdown on the kept case: its own, now asked to the moved meeting, with the note.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM invitees WHERE case_id = ? AND display_name = ?"),
                    {kept, QStringLiteral("Jo Ashdown")})
                 .toLongLong(),
             1);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM invitees WHERE id = ?"), {twiceFamily}).toLongLong(),
        0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT invitee_id FROM meeting_invitees WHERE meeting_id = ?"), {meeting})
            .toLongLong(),
        keptFamily);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM invitee_contacts WHERE invitee_id = ?"), {keptFamily})
            .toLongLong(),
        1);

    // Another family's parent is not joined: a case for a different child and parent keeps both.
    const qint64 third = office.addCase(QStringLiteral("Brook"));
    const qint64 fourth = office.addCase(QStringLiteral("Calder"));
    QVERIFY2(third && fourth, qPrintable(office.why));
    const qint64 before = count(db, "invitees", third) + count(db, "invitees", fourth);
    CG_VERIFY_OK(
        CaseMergeRepository(db, BankHolidayCalendar::shipped())
            .merge(third, fourth, QStringLiteral("Entered twice"), kToday, office.supervisor, &result));
    QCOMPARE(result.familyInviteesJoined, 0);
    QCOMPARE(count(db, "invitees", third), before);
}

QTEST_MAIN(TestCaseMerge)
#include "tst_casemerge.moc"
