#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/CaseRowsModel.h"
#include "itemmodels/CertificateDueModel.h"
#include "store/cases/DashboardQueries.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"

#include <QSqlQuery>
#include <QTest>

// One answer to "what is due": the dashboard, the case list's next deadline,
// the certificates due (the Certificates screen's model) and the command
// line's `certificates due` all stop listing a certificate once it is issued,
// at once and after a restart, and list it again when it is voided.
class TestDueQuery : public QObject
{
    Q_OBJECT

private slots:
    void issuingRemovesItEverywhere_data() { TestDatabase::addEngineRows(); }
    void issuingRemovesItEverywhere();
};

namespace {

// What every screen says is due for the case, one line each.
struct Seen
{
    int dashboardCount = -1;
    int dashboardRows = -1;
    QString dashboardWhat;
    int caseListDue = -1;
    QString caseListDeadline;
    int certificatesDue = -1;
    int cliLines = -1;
};

Seen look(const TestDatabase& test, QSqlDatabase db, const QDate& today)
{
    Seen seen;
    DashboardQueries dashboard(db);
    DashboardCounts counts;
    if (dashboard.counts(today, std::nullopt, &counts).ok())
        seen.dashboardCount = counts.certificatesDue;
    QList<CaseListRow> rows;
    if (dashboard.certificatesDue(50, &rows).ok()) {
        CaseRowsModel panel;
        panel.setRows(rows, BankHolidayCalendar::shipped(), today);
        seen.dashboardRows = panel.rowCount();
        if (panel.rowCount() > 0)
            seen.dashboardWhat = panel.index(0, CaseRowsModel::WhatColumn).data().toString();
    }
    CaseListModel caseList;
    caseList.setToday(today);
    CaseListFilter filter;
    filter.certificateDueOnly = true;
    caseList.setFilter(filter);
    caseList.setDatabase(db, BankHolidayCalendar::shipped());
    seen.caseListDue = caseList.rowCount();
    CaseListModel everything;
    everything.setToday(today);
    everything.setDatabase(db, BankHolidayCalendar::shipped());
    if (everything.rowCount() > 0)
        seen.caseListDeadline = everything.index(0, CaseListModel::NextDeadlineColumn).data().toString();
    QList<CertificateDueItem> items;
    if (CertificateRepository(db, BankHolidayCalendar::shipped()).due(&items).ok()) {
        CertificateDueModel model;
        model.setItems(items, BankHolidayCalendar::shipped(), today);
        seen.certificatesDue = model.rowCount();
    }
    const CliRun run = CliRunner::run(
        CliRunner::where(test) + QStringList{"certificates", "due", "--today", today.toString(Qt::ISODate)});
    if (run.exitCode == 0)
        seen.cliLines = static_cast<int>(run.outLines().size());
    return seen;
}
} // namespace

void TestDueQuery::issuingRemovesItEverywhere()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    const QDate today = QDate::currentDate();
    const QDate held = today.addDays(-1);
    qint64 caseId = 0;
    qint64 supervisorId = 0;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
        User supervisor;
        supervisor.username = QStringLiteral("cyrus.hale");
        supervisor.displayName = QStringLiteral("Cyrus Hale");
        supervisor.role = UserRole::Supervisor;
        CG_VERIFY_OK(UserRepository(db).add(&supervisor));
        supervisorId = supervisor.id;
        QString why;
        caseId = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(council, "Ilse", "Marrow", held.addDays(-10)), today, &why);
        QVERIFY2(caseId && CaseSeed::advanceTo(db, caseId, CaseStage::MeetingHeld, held, today, &why),
                 qPrintable(why));

        const Seen before = look(test, db, today);
        QCOMPARE(before.dashboardCount, 1);
        QCOMPARE(before.dashboardRows, 1);
        QCOMPARE(before.dashboardWhat, QStringLiteral("Part 2 certificate"));
        QCOMPARE(before.caseListDue, 1);
        QVERIFY(!before.caseListDeadline.isEmpty());
        QCOMPARE(before.certificatesDue, 1);
        QCOMPARE(before.cliLines, 1);

        Certificate issued;
        const StoreError error =
            CertificateRepository(db, BankHolidayCalendar::shipped())
                .issueForCase(caseId, std::nullopt, {"Cyrus Hale", supervisorId}, today, &issued);
        QVERIFY2(error.ok(), qPrintable(error.message()));

        // At once, on every screen.
        const Seen after = look(test, db, today);
        QCOMPARE(after.dashboardCount, 0);
        QCOMPARE(after.dashboardRows, 0);
        QCOMPARE(after.caseListDue, 0);
        QCOMPARE(after.caseListDeadline, QString());
        QCOMPARE(after.certificatesDue, 0);
        QCOMPARE(after.cliLines, 0);
    }
    // After a restart: what is stored says the same.
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const Seen restarted = look(test, db, today);
        QCOMPARE(restarted.dashboardCount, 0);
        QCOMPARE(restarted.dashboardRows, 0);
        QCOMPARE(restarted.caseListDue, 0);
        QCOMPARE(restarted.certificatesDue, 0);
        QCOMPARE(restarted.cliLines, 0);

        // Voided without a replacement, it is due again everywhere.
        QList<Certificate> certificates;
        CertificateRepository repository(db, BankHolidayCalendar::shipped());
        CG_VERIFY_OK(repository.list(&certificates, caseId));
        QCOMPARE(certificates.size(), 1);
        CG_VERIFY_OK(repository.voidCertificate(certificates.first().id,
                                                QStringLiteral("Issued on the wrong case"), today));
        const Seen voided = look(test, db, today);
        QCOMPARE(voided.dashboardCount, 1);
        QCOMPARE(voided.caseListDue, 1);
        QCOMPARE(voided.certificatesDue, 1);
        QCOMPARE(voided.cliLines, 1);
    }
}

QTEST_MAIN(TestDueQuery) // issuing makes a PDF, which needs fonts
#include "tst_duequery.moc"
