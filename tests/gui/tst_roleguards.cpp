#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "UserSeed.h"
#include "auth/SignInController.h"
#include "cases/CasesPage.h"
#include "certificates/CertificatesPage.h"
#include "certificates/IssueCertificateDialog.h"
#include "common/WorkContext.h"
#include "itemmodels/CertificateDueModel.h"
#include "itemmodels/CertificateRegisterModel.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "store/access/AccountRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

// What a role may not do is greyed out on the screens, with a tooltip that
// says who may; and the store refuses it anyway, on the very connection the
// screens use. Names are synthetic.
namespace {
const QDate kToday(2026, 11, 23);
const QDateTime kNine(kToday, QTime(9, 0), Qt::UTC);
const QString kAdminPassword = QStringLiteral("heron lantern quarry");
const QString kPassword = QStringLiteral("kestrel meadow path");

using UserSeed::person;
// A case due a Part 1, an administrator, a caseworker and a supervisor.
QString seed(const TestDatabase& test, User* admin)
{
    Database database(test.settings());
    if (StoreError error = database.open())
        return error.message();
    QSqlDatabase db = database.connection();
    const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
    QString why;
    const qint64 id = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)), kToday, &why);
    if (!id || !CaseSeed::advanceTo(db, id, CaseStage::NotPursuing, QDate(2026, 11, 19), kToday, &why))
        return why;
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    *admin = person(QStringLiteral("priya.venn"), QStringLiteral("Priya Venn"), UserRole::Administrator);
    if (StoreError error = accounts.createFirstAdministrator(admin, kAdminPassword, kNine))
        return error.message();
    for (User user :
         {person(QStringLiteral("sam.okafor"), QStringLiteral("Sam Okafor"), UserRole::Caseworker),
          person(QStringLiteral("grace.ibekwe"), QStringLiteral("Grace Ibekwe"), UserRole::Supervisor)}) {
        if (StoreError error = accounts.addUser(admin->id, &user, kPassword, kNine))
            return error.message();
    }
    return {};
}

// Answers the sign-in dialog when it opens.
void signInAs(const QString& username, int turnsLeft = 500)
{
    QTimer::singleShot(0, qApp, [username, turnsLeft] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (turnsLeft > 0)
                signInAs(username, turnsLeft - 1);
            return;
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("username"))->setText(username);
        dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
        dialog->accept();
    });
}
} // namespace

class TestRoleGuards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_presenter.clear();
        MessagePresenter::install(&m_presenter);
    }
    void cleanup() { MessagePresenter::install(nullptr); }
    void caseworkerCannotIssueOnTheCertificatesScreen();
    void aStaleRoleGetsTheStoresAnswer();

private:
    RecordingPresenter m_presenter;
};

void TestRoleGuards::caseworkerCannotIssueOnTheCertificatesScreen()
{
    TestDatabase test(QStringLiteral("sqlite"));
    User admin;
    QCOMPARE(seed(test, &admin), QString());
    DatabaseSession session;
    MainWindow window(&session);
    WorkContext context(&session);
    context.setToday(kToday);
    SignInController controller(&window, &session, &context);
    controller.setHasher(PasswordHasher(PasswordHasher::minimum()));
    CertificatesPage page(&context);
    CasesPage cases(&context);
    window.show();
    signInAs(QStringLiteral("sam.okafor"));
    QVERIFY(window.openDatabase(test.settings()));
    QVERIFY(context.signedInUser().has_value());
    QCOMPARE(context.signedInUser()->role, UserRole::Caseworker);
    // Nothing asked the store before the sign-in (no "Sign in first" boxes).
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join(QLatin1Char('\n'))));

    // The Part 1 is listed as due, and selecting it leaves Issue greyed out.
    QCOMPARE(page.dueModel()->rowCount(), 1);
    page.dueView()->selectRow(0);
    auto* issue = page.findChild<QPushButton*>(QStringLiteral("issueCertificate"));
    QVERIFY(issue);
    QVERIFY(!issue->isEnabled());
    QCOMPARE(issue->toolTip(), QStringLiteral("Only supervisors can issue certificates."));
    QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("voidCertificate"))->toolTip(),
             QStringLiteral("Only supervisors can void certificates."));
    // What a caseworker may do stays enabled.
    QVERIFY(cases.newReferralAction()->isEnabled());

    // The store says no on the screens' own connection, and writes nothing.
    CertificateRepository certificates(session.database()->connection(), context.calendar());
    const qint64 caseId = page.dueModel()->itemAt(0)->caseId;
    const StoreError refused =
        certificates.issueForCase(caseId, std::nullopt, {QStringLiteral("sam.okafor"), {}}, kToday);
    QCOMPARE(refused.kind(), StoreError::Kind::Forbidden);
    QCOMPARE(refused.message(), QStringLiteral("Only supervisors can issue certificates."));
    QList<Certificate> all;
    CG_VERIFY_OK(certificates.list(&all));
    QVERIFY(all.isEmpty());
}

void TestRoleGuards::aStaleRoleGetsTheStoresAnswer()
{
    TestDatabase test(QStringLiteral("sqlite"));
    User admin;
    QCOMPARE(seed(test, &admin), QString());
    DatabaseSession session;
    MainWindow window(&session);
    WorkContext context(&session);
    context.setToday(kToday);
    SignInController controller(&window, &session, &context);
    controller.setHasher(PasswordHasher(PasswordHasher::minimum()));
    CertificatesPage page(&context);
    window.show();
    signInAs(QStringLiteral("grace.ibekwe"));
    QVERIFY(window.openDatabase(test.settings()));
    page.dueView()->selectRow(0);
    auto* issue = page.findChild<QPushButton*>(QStringLiteral("issueCertificate"));
    QVERIFY(issue->isEnabled());
    QVERIFY(issue->toolTip().isEmpty());

    // Meanwhile an administrator makes her a caseworker: the screen still
    // shows the button, and the store's refusal is what she reads.
    CG_VERIFY_OK(AccountRepository(session.database()->connection())
                     .setRole(admin.id, context.signedInUser()->id, UserRole::Caseworker));
    auto* dialog = qobject_cast<IssueCertificateDialog*>(page.issueSelected());
    QVERIFY(dialog);
    // The review is made by the store, which refuses: the reason is in the dialog, nothing to issue.
    QCOMPARE(dialog->shownProblem(), QStringLiteral("Only supervisors can issue certificates."));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(page.registerModel()->rowCount(), 0);
}

QTEST_MAIN(TestRoleGuards)
#include "tst_roleguards.moc"
