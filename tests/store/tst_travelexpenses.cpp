#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "rules/TravelExpenseRules.h"
#include "store/cases/TravelExpenseRepository.h"
#include "store/infrastructure/Database.h"
#include "store/retention/RetentionRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QTest>

// The family's travel expenses (schema 22), on both engines: recorded,
// listed in date order, corrected and removed by the roles that edit cases,
// each change in the audit trail; refused with what to fix (and nothing
// written) when the rules say no; hidden from and refused to those who may
// not; and anonymising a case clears who claimed and where from.
namespace {
using namespace CaseOffice;

TravelExpense busFare(qint64 caseId)
{
    TravelExpense e;
    e.caseId = caseId;
    e.claimantName = QStringLiteral("Ada Harlow");
    e.journeyDate = QDate(2026, 11, 20);
    e.description = QStringLiteral("  Bus from Fenwick Road to Larkfield Library and back ");
    e.mode = TravelMode::PublicTransport;
    e.amountPence = 640;
    e.receiptHeld = true;
    return e;
}
} // namespace

class TestTravelExpenses : public QObject
{
    Q_OBJECT

private slots:
    void recordedListedCorrectedRemoved_data() { TestDatabase::addEngineRows(); }
    void recordedListedCorrectedRemoved();
    void onlyThoseWhoEditTheCase_data() { TestDatabase::addEngineRows(); }
    void onlyThoseWhoEditTheCase();
    void anonymisingClearsTheClaimant_data() { TestDatabase::addEngineRows(); }
    void anonymisingClearsTheClaimant();
};

void TestTravelExpenses::recordedListedCorrectedRemoved()
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
    QVERIFY(actAs(office.db, office.caseworker));
    TravelExpenseRepository repository(office.db);

    QList<TravelExpense> list;
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QVERIFY(list.isEmpty());

    const qint64 auditBefore =
        scalar(office.db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    TravelExpense bus = busFare(caseId);
    StoreError error = repository.add(&bus, kToday);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QVERIFY(bus.id > 0);
    QCOMPARE(bus.recordedById, std::optional<qint64>(office.caseworker));

    // 12.5 miles at the default 45p: 562.5p, half a penny up, 563p.
    int rate = 0;
    CG_VERIFY_OK(repository.pencePerMile(&rate));
    QCOMPARE(rate, 45);
    TravelExpense car = busFare(caseId);
    car.claimantName.clear();
    car.journeyDate = QDate(2026, 11, 9);
    car.description = QStringLiteral("Home to the pre-meeting at Larkfield Primary");
    car.mode = TravelMode::CarMileage;
    car.milesTenths = 125;
    car.amountPence = TravelExpenseRules::mileageAmount(125, rate);
    car.receiptHeld = false;
    car.note = QStringLiteral("Parking was free");
    error = repository.add(&car, kToday);
    QVERIFY2(error.ok(), qPrintable(error.message()));

    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, car.id); // 9 November before 20 November
    QCOMPARE(list.at(0).milesTenths, std::optional<int>(125));
    QCOMPARE(list.at(0).amountPence, qint64(563));
    QVERIFY(list.at(0).claimantName.isEmpty());
    QCOMPARE(list.at(0).note, QStringLiteral("Parking was free"));
    QCOMPARE(list.at(1).description, QStringLiteral("Bus from Fenwick Road to Larkfield Library and back"));
    QCOMPARE(list.at(1).mode, TravelMode::PublicTransport);
    QVERIFY(list.at(1).receiptHeld);
    QCOMPARE(list.at(1).recordedByName, QStringLiteral("Sam Okafor"));
    QVERIFY(list.at(1).recordedAt.isValid());
    // 640 + 563 = 1203.
    QCOMPARE(TravelExpenseRules::total(list), qint64(1203));
    QCOMPARE(scalar(office.db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'travel_expenses' AND "
                                   "action = 'insert' AND id > ?"),
                    {auditBefore})
                 .toInt(),
             2);

    // Refused with what to fix, and nothing written: a car without miles, a
    // journey after today, one before the enquiry (2 November 2026).
    const Snapshot before = Snapshot::of(office.db, caseId);
    TravelExpense wrong = busFare(caseId);
    wrong.mode = TravelMode::CarMileage;
    error = repository.add(&wrong, kToday);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("miles")), qPrintable(error.message()));
    wrong = busFare(caseId);
    wrong.journeyDate = kToday.addDays(1);
    QCOMPARE(repository.add(&wrong, kToday).kind(), StoreError::Kind::Invalid);
    wrong.journeyDate = QDate(2026, 11, 1);
    error = repository.add(&wrong, kToday);
    QVERIFY2(error.message().contains(QStringLiteral("2026-11-02")), qPrintable(error.message()));
    wrong.journeyDate = QDate(2026, 11, 20);
    wrong.meetingId = 999999; // not this case's meeting
    QCOMPARE(repository.add(&wrong, kToday).kind(), StoreError::Kind::Invalid);
    QVERIFY(Snapshot::of(office.db, caseId) == before);

    // Corrected: the amount and the receipt; the case cannot change here.
    TravelExpense corrected = bus;
    corrected.amountPence = 720;
    corrected.receiptHeld = false;
    corrected.caseId = caseId + 1000;
    error = repository.update(corrected, kToday);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    TravelExpense found;
    CG_VERIFY_OK(repository.find(bus.id, &found));
    QCOMPARE(found.amountPence, qint64(720));
    QVERIFY(!found.receiptHeld);
    QCOMPARE(found.caseId, caseId);
    QCOMPARE(scalar(office.db,
                    QStringLiteral("SELECT old_value FROM audit_log WHERE table_name = 'travel_expenses' AND "
                                   "field = 'amount_pence' AND action = 'update'"))
                 .toString(),
             QStringLiteral("640"));
    corrected.amountPence = -5;
    QCOMPARE(repository.update(corrected, kToday).kind(), StoreError::Kind::Invalid);

    // Removed; removing it again finds nothing.
    CG_VERIFY_OK(repository.remove(car.id));
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 1);
    QCOMPARE(repository.remove(car.id).kind(), StoreError::Kind::NotFound);
    QCOMPARE(scalar(office.db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'travel_expenses' AND "
                                   "action = 'delete'"))
                 .toInt(),
             1);

    // The rate per mile is the office's setting when it has one (policy),
    // which administrators keep.
    QVERIFY(actAs(office.db, office.administrator));
    CG_VERIFY_OK(SettingsRepository(office.db).setValue(TravelExpenseRepository::kPencePerMileKey,
                                                        QStringLiteral("40")));
    CG_VERIFY_OK(repository.pencePerMile(&rate));
    QCOMPARE(rate, 40);
}

void TestTravelExpenses::onlyThoseWhoEditTheCase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Quill"), CaseStage::MeetingHeld);
    QVERIFY2(caseId, qPrintable(office.why));
    TravelExpenseRepository repository(office.db);
    TravelExpense bus = busFare(caseId);
    CG_VERIFY_OK(repository.add(&bus, kToday)); // the supervisor

    // An administrator reads cases but does not edit them.
    QVERIFY(actAs(office.db, office.administrator));
    QList<TravelExpense> list;
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 1);
    TravelExpense another = busFare(caseId);
    QCOMPARE(repository.add(&another, kToday).kind(), StoreError::Kind::Forbidden);
    QCOMPARE(repository.remove(bus.id).kind(), StoreError::Kind::Forbidden);

    // A mediator who is not on the case neither sees nor changes its expenses.
    QVERIFY(actAs(office.db, office.otherMediator));
    QVERIFY(repository.listForCase(caseId, &list));
    QVERIFY(list.isEmpty());
    QVERIFY(repository.add(&another, kToday));
    QVERIFY(repository.remove(bus.id));
    QVERIFY(actAs(office.db, office.supervisor));
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 1);
}

void TestTravelExpenses::anonymisingClearsTheClaimant()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QString why;
    const qint64 caseId = addCaseNotPursuedIn2019(db, &why);
    QVERIFY2(caseId, qPrintable(why));
    TravelExpense bus = busFare(caseId);
    bus.journeyDate = QDate(2019, 2, 5);
    bus.note = QStringLiteral("Ada's sister drove her back");
    StoreError error = TravelExpenseRepository(db).add(&bus, QDate(2019, 2, 6));
    QVERIFY2(error.ok(), qPrintable(error.message()));
    error = closeIn2019(db, caseId);
    QVERIFY2(error.ok(), qPrintable(error.message()));

    AnonymisedRecords records;
    error = RetentionRepository(db).anonymise(caseId, QDate(2026, 3, 1), &records);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(records.changed.value(QStringLiteral("travel_expenses")), QList<qint64>{bus.id});
    QVERIFY(scalar(db, QStringLiteral("SELECT claimant_name FROM travel_expenses WHERE id = ?"), {bus.id})
                .isNull());
    QVERIFY(scalar(db, QStringLiteral("SELECT note FROM travel_expenses WHERE id = ?"), {bus.id}).isNull());
    QCOMPARE(scalar(db, QStringLiteral("SELECT description FROM travel_expenses WHERE id = ?"), {bus.id})
                 .toString(),
             RetentionRepository::kMarker);
    // The council's accounts keep the date and the amount.
    QCOMPARE(scalar(db, QStringLiteral("SELECT amount_pence FROM travel_expenses WHERE id = ?"), {bus.id})
                 .toLongLong(),
             qint64(640));
    // The trail keeps no copy of the name.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'travel_expenses' AND "
                                  "(new_value LIKE '%Ada%' OR old_value LIKE '%Ada%')"))
            .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestTravelExpenses)
#include "tst_travelexpenses.moc"
