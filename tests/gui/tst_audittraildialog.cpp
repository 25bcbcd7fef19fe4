#include "CaseSeed.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "audit/AuditTrailDialog.h"
#include "itemmodels/AuditLogModel.h"
#include "platform/PasswordHasher.h"
#include "store/access/AccountRepository.h"
#include "store/access/AuditRepository.h"
#include "store/access/SessionActor.h"
#include "store/infrastructure/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// Office > Audit Trail: what it lists, its filters, and that only
// supervisors and administrators read it. Names are synthetic.
class TestAuditTrailDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsNewestFirstAndFilters();
    void caseworkersAreRefused();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    User m_admin;
    User m_supervisor;
    qint64 m_caseId = 0;
};

void TestAuditTrailDialog::init()
{
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_database = std::make_unique<Database>(m_test->settings());
    CG_VERIFY_OK(m_database->open());
    QSqlDatabase db = m_database->connection();
    m_admin.username = QStringLiteral("ada.okafor");
    m_admin.displayName = QStringLiteral("Ada Okafor");
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    CG_VERIFY_OK(accounts.createFirstAdministrator(&m_admin, QStringLiteral("heron lantern quarry"),
                                                   QDateTime::currentDateTimeUtc()));
    m_supervisor.username = QStringLiteral("priya.venn");
    m_supervisor.displayName = QStringLiteral("Priya Venn");
    m_supervisor.role = UserRole::Supervisor;
    CG_VERIFY_OK(accounts.addUser(m_admin.id, &m_supervisor, QStringLiteral("heron lantern quarry"),
                                  QDateTime::currentDateTimeUtc()));
    // A supervisor both takes referrals and reads the trail.
    CG_VERIFY_OK(SessionActor::set(db, m_supervisor.id));
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    m_caseId = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Noah", "Price", QDate(2026, 11, 2)), QDate(2026, 11, 23));
    QVERIFY(m_caseId > 0);
    CG_VERIFY_OK(AuditRepository(db).recordCaseOpened(m_caseId));
}

void TestAuditTrailDialog::cleanup()
{
    m_database.reset();
    m_test.reset();
}

void TestAuditTrailDialog::listsNewestFirstAndFilters()
{
    QVERIFY(AuditTrailDialog::allowedFor(m_admin));
    QVERIFY(AuditTrailDialog::allowedFor(m_supervisor));
    AuditTrailDialog dialog(m_database->connection());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QAbstractItemModelTester tester(dialog.model());
    QVERIFY(dialog.model()->rowCount() > 3);
    QTableView* view = dialog.view();
    // Newest first: the case just opened heads the list.
    QCOMPARE(view->model()->index(0, AuditLogModel::ActionColumn).data().toString(),
             QStringLiteral("Opened"));
    QCOMPARE(view->model()->index(0, AuditLogModel::UserColumn).data().toString(),
             QStringLiteral("priya.venn"));
    QCOMPARE(view->model()->index(0, AuditLogModel::RecordColumn).data().toString(),
             QString::number(m_caseId));

    // Filter to the case's own changes.
    dialog.tableBox()->setCurrentIndex(dialog.tableBox()->findData(QStringLiteral("cases")));
    dialog.recordEdit()->setText(QString::number(m_caseId));
    dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(QStringLiteral("insert")));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("searchButton")), Qt::LeftButton);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QVERIFY(view->model()->index(0, AuditLogModel::NewValueColumn).data().toString().contains("mediation"));
    QCOMPARE(dialog.status()->text(), QStringLiteral("Entries: 1"));

    dialog.userEdit()->setText(QStringLiteral("nobody.here"));
    QVERIFY(dialog.reload());
    QCOMPARE(dialog.model()->rowCount(), 0);
}

void TestAuditTrailDialog::caseworkersAreRefused()
{
    QSqlDatabase db = m_database->connection();
    User caseworker;
    caseworker.username = QStringLiteral("hana.castell");
    caseworker.displayName = QStringLiteral("Hana Castell");
    caseworker.role = UserRole::Caseworker;
    CG_VERIFY_OK(SessionActor::set(db, m_admin.id));
    CG_VERIFY_OK(AccountRepository(db, PasswordHasher(PasswordHasher::minimum()))
                     .addUser(m_admin.id, &caseworker, QStringLiteral("otter meadow lantern"),
                              QDateTime::currentDateTimeUtc()));
    QVERIFY(!AuditTrailDialog::allowedFor(caseworker));
    CG_VERIFY_OK(SessionActor::set(db, caseworker.id));
    // Even if the dialog were opened, the store refuses and nothing shows.
    AuditTrailDialog dialog(db);
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(dialog.status()->text().contains(QStringLiteral("supervisors")));
}

QTEST_MAIN(TestAuditTrailDialog)
#include "tst_audittraildialog.moc"
