#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/cases/TribunalAppealRepository.h"
#include "store/infrastructure/Database.h"

#include <QTest>

// The family's appeal to the tribunal on a case (issue 14, schema 17), on both
// engines: recorded with its date and source, on the timeline and in the
// audit trail, held to the role rules of a case edit, refused with the reason
// when its date is wrong, and taken off with a reason.
namespace {
using namespace CaseOffice;

QString lastSummary(QSqlDatabase db, qint64 caseId)
{
    return scalar(db, QStringLiteral("SELECT summary FROM activities WHERE case_id = ? ORDER BY id DESC"),
                  {caseId})
        .toString();
}
} // namespace

class TestTribunalAppeal : public QObject
{
    Q_OBJECT

private slots:
    void recordedOnTheTimelineAndAudited_data() { TestDatabase::addEngineRows(); }
    void recordedOnTheTimelineAndAudited();
    void wrongDatesAreRefused_data() { TestDatabase::addEngineRows(); }
    void wrongDatesAreRefused();
    void roleRulesOfACaseEdit_data() { TestDatabase::addEngineRows(); }
    void roleRulesOfACaseEdit();
};

void TestTribunalAppeal::recordedOnTheTimelineAndAudited()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Harlow"), CaseStage::MeetingHeld);
    QVERIFY2(caseId, qPrintable(office.why));
    TribunalAppealRepository appeals(office.db);
    std::optional<TribunalAppeal> loaded;
    CG_VERIFY_OK(appeals.load(caseId, &loaded));
    QVERIFY(!loaded);

    const qint64 auditBefore =
        scalar(office.db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    const StoreError error =
        appeals.record(caseId, {QDate(2026, 11, 20), AppealSource::Council}, kToday, office.supervisor);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    CG_VERIFY_OK(appeals.load(caseId, &loaded));
    QVERIFY(loaded);
    QCOMPARE(loaded->registeredDate, QDate(2026, 11, 20));
    QCOMPARE(loaded->source, AppealSource::Council);
    QCOMPARE(scalar(office.db, QStringLiteral("SELECT appeal_source FROM cases WHERE id = ?"), {caseId})
                 .toString(),
             QStringLiteral("council"));
    QCOMPARE(lastSummary(office.db, caseId),
             QStringLiteral("Appeal to the tribunal registered on Fri 20 Nov 2026 (the council told us)"));
    // The audit trail holds the case's change, field by field.
    QCOMPARE(scalar(office.db,
                    QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'cases' AND "
                                   "field = 'appeal_source' AND id > ?"),
                    {auditBefore})
                 .toString(),
             QStringLiteral("council"));

    // Corrected: the new source replaces the old.
    CG_VERIFY_OK(appeals.record(caseId, {QDate(2026, 11, 19), AppealSource::TribunalLetter}, kToday,
                                office.supervisor));
    CG_VERIFY_OK(appeals.load(caseId, &loaded));
    QCOMPARE(loaded->source, AppealSource::TribunalLetter);
    QCOMPARE(loaded->registeredDate, QDate(2026, 11, 19));

    // Taken off with a reason; without one it stays.
    QCOMPARE(appeals.remove(caseId, QStringLiteral("  "), office.supervisor).kind(),
             StoreError::Kind::Invalid);
    CG_VERIFY_OK(appeals.remove(caseId, QStringLiteral("Recorded on the wrong case"), office.supervisor));
    CG_VERIFY_OK(appeals.load(caseId, &loaded));
    QVERIFY(!loaded);
    QCOMPARE(lastSummary(office.db, caseId), QStringLiteral("Appeal to the tribunal taken off the case"));
    QCOMPARE(appeals.remove(caseId, QStringLiteral("again"), office.supervisor).kind(),
             StoreError::Kind::NotFound);
}

void TestTribunalAppeal::wrongDatesAreRefused()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Penrose"));
    QVERIFY2(caseId, qPrintable(office.why));
    const Snapshot before = Snapshot::of(office.db, caseId);
    TribunalAppealRepository appeals(office.db);
    // After today.
    StoreError error =
        appeals.record(caseId, {kToday.addDays(1), AppealSource::Family}, kToday, std::nullopt);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(error.message().contains(QStringLiteral("after today")));
    // Before the decision notice (sent 26 October 2026, a week before the enquiry).
    error = appeals.record(caseId, {QDate(2026, 10, 25), AppealSource::Family}, kToday, std::nullopt);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(error.message().contains(QStringLiteral("2026-10-26")));
    // No date.
    error = appeals.record(caseId, {QDate(), AppealSource::Family}, kToday, std::nullopt);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QCOMPARE(Snapshot::of(office.db, caseId), before);
    // The day of the decision notice is fine.
    CG_VERIFY_OK(appeals.record(caseId, {QDate(2026, 10, 26), AppealSource::Other}, kToday, std::nullopt));
}

void TestTribunalAppeal::roleRulesOfACaseEdit()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Quayle"), CaseStage::MeetingHeld);
    QVERIFY2(caseId, qPrintable(office.why));
    CG_VERIFY_OK(CaseRepository(office.db, BankHolidayCalendar::shipped())
                     .assignMediator(caseId, office.mediator, office.supervisor));
    const TribunalAppeal appeal{QDate(2026, 11, 20), AppealSource::Family};
    const Snapshot before = Snapshot::of(office.db, caseId);
    // An administrator reads cases but changes none; another mediator does not see this case.
    for (qint64 refused : {office.administrator, office.otherMediator}) {
        QVERIFY(actAs(office.db, refused));
        QCOMPARE(TribunalAppealRepository(office.db).record(caseId, appeal, kToday, refused).kind(),
                 StoreError::Kind::Forbidden);
    }
    QVERIFY(actAs(office.db, office.supervisor));
    // Nothing changed on the case (on PostgreSQL, acting as another user is
    // itself an audited change of users, so the trail is not compared here).
    const Snapshot after = Snapshot::of(office.db, caseId);
    QCOMPARE(after.rowVersion, before.rowVersion);
    QCOMPARE(after.activities, before.activities);
    // The case's own mediator and a caseworker may.
    QVERIFY(actAs(office.db, office.mediator));
    CG_VERIFY_OK(TribunalAppealRepository(office.db).record(caseId, appeal, kToday, office.mediator));
    QVERIFY(actAs(office.db, office.caseworker));
    CG_VERIFY_OK(TribunalAppealRepository(office.db).remove(caseId, QStringLiteral("Not this family"),
                                                            office.caseworker));
}

QTEST_GUILESS_MAIN(TestTribunalAppeal)
#include "tst_tribunalappeal.moc"
