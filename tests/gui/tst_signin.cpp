#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstAdministratorDialog.h"
#include "auth/ScreenLock.h"
#include "auth/SignInController.h"
#include "auth/SignInDialog.h"
#include "auth/UsersDialog.h"
#include "cases/CaseFilterBar.h"
#include "cases/CaseListPanel.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "common/WorkContext.h"
#include "itemmodels/CaseListModel.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "store/access/AccountRepository.h"
#include "store/infrastructure/Database.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// Sign-in, lockout, the screen lock and who may open the Users screen, on
// real widgets. Hashes use libsodium's minimum cost to keep the tests quick;
// the clock is injected so that the five-minute lock can run out.
namespace {
const QDateTime kNine(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QString kAdminPassword = QStringLiteral("heron lantern quarry");
const QString kCaseworkerPassword = QStringLiteral("kestrel meadow path");

PasswordHasher quick()
{
    return PasswordHasher(PasswordHasher::minimum());
}

void type(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
    QVERIFY2(edit, field);
    edit->setText(text);
}

// An administrator (priya.venn) and a caseworker (sam.okafor) with passwords.
bool makeAccounts(QSqlDatabase db, User* admin, User* caseworker)
{
    AccountRepository accounts(db, quick());
    admin->username = QStringLiteral("priya.venn");
    admin->displayName = QStringLiteral("Priya Venn");
    if (accounts.createFirstAdministrator(admin, kAdminPassword, kNine))
        return false;
    caseworker->username = QStringLiteral("sam.okafor");
    caseworker->displayName = QStringLiteral("Sam Okafor");
    caseworker->role = UserRole::Caseworker;
    return accounts.addUser(admin->id, caseworker, kCaseworkerPassword, kNine).ok();
}

// Answers the next modal dialog (sign-in or first administrator) when it
// opens; gives up after a few hundred turns of the event loop.
void answerNextDialog(std::function<void(QDialog*)> answer, int turnsLeft = 500)
{
    QTimer::singleShot(0, qApp, [answer, turnsLeft] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (turnsLeft > 0)
                answerNextDialog(answer, turnsLeft - 1);
            return;
        }
        answer(dialog);
    });
}
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { MessagePresenter::install(nullptr); }
    void wrongPasswordShowsAMessage();
    void fiveWrongPasswordsLockUntilTheLockRunsOut();
    void firstStartAsksForAnAdministrator();
    void caseworkerCannotOpenTheUsersScreen();
    void administratorManagesUsers();
    void screenLockHidesTheWindowUntilThePassword();
    void postgresLoginIsTheSignIn();
    void changeOwnPassword();
    void signOutLetsTheNextPersonSignInWithTheirOwnFilters();

private:
    RecordingPresenter m_presenter;
};

void TestSignIn::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
}

void TestSignIn::wrongPasswordShowsAMessage()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    User admin;
    User caseworker;
    QVERIFY(makeAccounts(database.connection(), &admin, &caseworker));

    SignInDialog dialog(database.connection());
    dialog.setHasher(quick());
    dialog.setClock([] { return kNine; });
    type(&dialog, "username", QStringLiteral("sam.okafor"));
    type(&dialog, "password", QStringLiteral("not my password"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.message().contains(QStringLiteral("username or password is not right")),
             qPrintable(dialog.message()));
    QVERIFY2(dialog.message().contains(QStringLiteral("4 more wrong passwords")),
             qPrintable(dialog.message()));
    // The password field is emptied for the next try; the username stays.
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text(), QString());
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("username"))->text(), QStringLiteral("sam.okafor"));
    // An unknown user gets the same answer as a wrong password.
    type(&dialog, "username", QStringLiteral("nobody.here"));
    type(&dialog, "password", kCaseworkerPassword);
    dialog.accept();
    QCOMPARE(dialog.message(), QStringLiteral("Fix: The username or password is not right."));
    QVERIFY(m_presenter.errors.isEmpty()); // said in the dialog, not in a box
}

void TestSignIn::fiveWrongPasswordsLockUntilTheLockRunsOut()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    User admin;
    User caseworker;
    QVERIFY(makeAccounts(database.connection(), &admin, &caseworker));

    QDateTime now = kNine;
    SignInDialog dialog(database.connection());
    dialog.setHasher(quick());
    dialog.setClock([&now] { return now; });
    for (int i = 0; i < 5; ++i) {
        type(&dialog, "username", QStringLiteral("sam.okafor"));
        type(&dialog, "password", QStringLiteral("guess number %1").arg(i));
        dialog.accept();
        now = now.addSecs(10);
    }
    QVERIFY2(dialog.message().contains(QStringLiteral("locked until")), qPrintable(dialog.message()));
    // Four minutes later even the right password is refused.
    now = kNine.addSecs(40 + 240);
    type(&dialog, "password", kCaseworkerPassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.message().contains(QStringLiteral("locked until")), qPrintable(dialog.message()));
    // Once five minutes have passed since the fifth failure, it works.
    now = kNine.addSecs(40 + 300);
    type(&dialog, "password", kCaseworkerPassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().id, caseworker.id);
    QCOMPARE(dialog.user().role, UserRole::Caseworker);
}

void TestSignIn::firstStartAsksForAnAdministrator()
{
    TestDatabase test(QStringLiteral("sqlite"));
    DatabaseSession session;
    MainWindow window(&session);
    WorkContext context(&session);
    SignInController controller(&window, &session, &context);
    controller.setHasher(quick());
    window.show();
    bool asked = false;
    answerNextDialog([&asked](QDialog* dialog) {
        asked = qobject_cast<FirstAdministratorDialog*>(dialog) != nullptr;
        type(dialog, "displayName", QStringLiteral("Priya Venn"));
        type(dialog, "username", QStringLiteral("priya.venn"));
        type(dialog, "password", QStringLiteral("short"));
        type(dialog, "repeat", QStringLiteral("short"));
        dialog->accept();
        // Too short: the dialog stays open and says what to fix.
        QVERIFY(dialog->isVisible());
        QVERIFY(static_cast<FirstAdministratorDialog*>(dialog)->message().contains(
            QStringLiteral("at least 10 characters")));
        type(dialog, "password", kAdminPassword);
        type(dialog, "repeat", kAdminPassword);
        dialog->accept();
    });
    QVERIFY(window.openDatabase(test.settings()));
    QVERIFY(asked);
    QVERIFY(controller.user().has_value());
    QCOMPARE(controller.user()->role, UserRole::Administrator);
    QCOMPARE(context.currentUserId(), controller.user()->id);
    QVERIFY(controller.usersAction()->isEnabled());
    QVERIFY(!controller.screenLock()->isLocked());
}

void TestSignIn::caseworkerCannotOpenTheUsersScreen()
{
    TestDatabase test(QStringLiteral("sqlite"));
    User admin;
    User caseworker;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QVERIFY(makeAccounts(database.connection(), &admin, &caseworker));
    }
    DatabaseSession session;
    MainWindow window(&session);
    WorkContext context(&session);
    SignInController controller(&window, &session, &context);
    controller.setHasher(quick());
    window.show();
    bool contentsHidden = false;
    answerNextDialog([&window, &contentsHidden](QDialog* dialog) {
        QVERIFY(qobject_cast<SignInDialog*>(dialog));
        // Nothing of the database shows behind the sign-in.
        contentsHidden = !window.centralWidget()->isVisible();
        type(dialog, "username", QStringLiteral("sam.okafor"));
        type(dialog, "password", kCaseworkerPassword);
        dialog->accept();
    });
    QVERIFY(window.openDatabase(test.settings()));
    QVERIFY(contentsHidden);
    QVERIFY(window.centralWidget()->isVisible());
    QVERIFY(controller.user().has_value());
    QCOMPARE(controller.user()->id, caseworker.id);
    // The status bar says who is signed in.
    auto* status = window.statusBar()->findChild<QLabel*>(QStringLiteral("signedInUser"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Signed in: Sam Okafor (Caseworker)"));
    // The menu item is greyed out, and asking anyway is refused.
    QVERIFY(!controller.usersAction()->isEnabled());
    QVERIFY(!UsersDialog::allowedFor(caseworker));
    controller.showUsers();
    QCOMPARE(m_presenter.errors, QStringList{QStringLiteral("Users: Only administrators can manage users.")});
    // Even a Users dialog built by hand gets nothing from the store.
    UsersDialog dialog(session.database()->connection(), caseworker, &window);
    QVERIFY(!dialog.isUsable());
    QCOMPARE(dialog.table()->rowCount(), 0);
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("usersProblem"))->text(),
             QStringLiteral("Only administrators can manage users."));
}

void TestSignIn::administratorManagesUsers()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    User admin;
    User caseworker;
    QVERIFY(makeAccounts(database.connection(), &admin, &caseworker));
    admin.role = UserRole::Administrator;
    QVERIFY(UsersDialog::allowedFor(admin));
    UsersDialog dialog(database.connection(), admin);
    dialog.setHasher(quick());
    QVERIFY(dialog.isUsable());
    QCOMPARE(dialog.table()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        names << dialog.table()->item(row, 0)->text() + QLatin1Char('/') +
                     dialog.table()->item(row, 2)->text();
    QCOMPARE(names, (QStringList{QStringLiteral("Priya Venn/Administrator"),
                                 QStringLiteral("Sam Okafor/Caseworker")}));
}

void TestSignIn::screenLockHidesTheWindowUntilThePassword()
{
    TestDatabase test(QStringLiteral("sqlite"));
    User admin;
    User caseworker;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QVERIFY(makeAccounts(database.connection(), &admin, &caseworker));
    }
    DatabaseSession session;
    MainWindow window(&session);
    WorkContext context(&session);
    SignInController controller(&window, &session, &context);
    controller.setHasher(quick());
    controller.setClock([] { return kNine; });
    window.show();
    answerNextDialog([](QDialog* dialog) {
        type(dialog, "username", QStringLiteral("sam.okafor"));
        type(dialog, "password", kCaseworkerPassword);
        dialog->accept();
    });
    QVERIFY(window.openDatabase(test.settings()));
    ScreenLock* lock = controller.screenLock();
    QCOMPARE(lock->timeout(), 15 * 60 * 1000); // the default setting
    QVERIFY(window.centralWidget()->isVisible());

    // Inactivity locks: a short timeout stands in for fifteen minutes.
    lock->setTimeout(50);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 10000);
    QVERIFY(!window.centralWidget()->isVisible());
    auto* overlay = window.findChild<QWidget*>(QStringLiteral("screenLock"));
    QVERIFY(overlay && overlay->isVisible());
    // Keys meant for the hidden screens go nowhere; the menus are off.
    QVERIFY(!window.menuBar()->isEnabled());

    QVERIFY(!lock->tryUnlock(QStringLiteral("wrong password")));
    QVERIFY(lock->isLocked());
    QVERIFY2(lock->message().contains(QStringLiteral("not right")), qPrintable(lock->message()));
    QVERIFY(!window.centralWidget()->isVisible());
    // Typing into the lock's own field and pressing Enter unlocks.
    auto* field = overlay->findChild<QLineEdit*>(QStringLiteral("lockPassword"));
    QVERIFY(field);
    lock->setTimeout(0);
    field->setText(kCaseworkerPassword);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!lock->isLocked());
    QVERIFY(window.centralWidget()->isVisible());
    QVERIFY(!overlay->isVisible());
    QVERIFY(window.menuBar()->isEnabled());
}

void TestSignIn::postgresLoginIsTheSignIn()
{
    TestDatabase test(QStringLiteral("postgres"));
    CG_REQUIRE_ENGINE(test);
    DatabaseSession session;
    MainWindow window(&session);
    WorkContext context(&session);
    SignInController controller(&window, &session, &context);
    window.show();
    // No dialog: the server's login is the sign-in. A new database makes that
    // login its administrator and says so.
    QVERIFY(window.openDatabase(test.settings()));
    QVERIFY(controller.user().has_value());
    QCOMPARE(controller.user()->role, UserRole::Administrator);
    QCOMPARE(m_presenter.warnings.size(), 1);
    QVERIFY2(m_presenter.warnings.first().contains(QStringLiteral("has become its administrator")),
             qPrintable(m_presenter.warnings.first()));
    QVERIFY(controller.usersAction()->isEnabled());
    // The next time the same login is simply found.
    m_presenter.clear();
    QVERIFY(window.openDatabase(test.settings()));
    QVERIFY(controller.user().has_value());
    QVERIFY(m_presenter.warnings.isEmpty());
    QVERIFY(m_presenter.errors.isEmpty());
}

void TestSignIn::changeOwnPassword()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    User admin;
    User caseworker;
    QVERIFY(makeAccounts(database.connection(), &admin, &caseworker));
    ChangePasswordDialog dialog(database.connection(), caseworker.id);
    dialog.setHasher(quick());
    const QString next = QStringLiteral("otter bridge window");
    type(&dialog, "current", QStringLiteral("not the one"));
    type(&dialog, "replacement", next);
    type(&dialog, "repeat", next);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.message(), QStringLiteral("Fix: The current password is not right."));
    type(&dialog, "current", kCaseworkerPassword);
    type(&dialog, "repeat", QStringLiteral("otter bridge"));
    dialog.accept();
    QVERIFY2(dialog.message().contains(QStringLiteral("differ")), qPrintable(dialog.message()));
    type(&dialog, "current", kCaseworkerPassword);
    type(&dialog, "repeat", next);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    SignInResult result;
    CG_VERIFY_OK(AccountRepository(database.connection(), quick())
                     .signIn(QStringLiteral("sam.okafor"), next, kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::SignedIn);
}

// Office > Sign Out: unsaved edits are asked about (staying keeps them and
// the user); then the open cases close, the next person signs in, and each
// person's search comes back with them and with nobody else.
void TestSignIn::signOutLetsTheNextPersonSignInWithTheirOwnFilters()
{
    TestDatabase test(QStringLiteral("sqlite"));
    User admin;
    User caseworker;
    qint64 caseId = 0;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QVERIFY(makeAccounts(database.connection(), &admin, &caseworker));
        const QString acting = TestDatabase::actAs(database.connection(), QStringLiteral("sam.okafor"));
        QVERIFY2(acting.isEmpty(), qPrintable(acting));
        const qint64 council = CaseSeed::addCouncil(database.connection(), "Northshire", "NOR");
        QString error;
        caseId = CaseSeed::addCase(database.connection(),
                                   CaseSeed::mediationReferral(council, "Noah", "Price", QDate(2026, 11, 20)),
                                   QDate(2026, 11, 23), &error);
        QVERIFY2(caseId, qPrintable(error));
    }
    DatabaseSession session;
    MainWindow window(&session);
    WorkContext context(&session);
    auto* cases = new CasesPage(&context);
    window.addPage(QStringLiteral("Cases"), cases);
    SignInController controller(&window, &session, &context);
    controller.setHasher(quick());
    controller.setLeaveCheck([&window] { return window.pagesAgreeToLeave(); });
    window.show();
    QVERIFY(!controller.signOutAction()->isEnabled()); // nobody to sign out
    auto signInAs = [](const QString& username, const QString& password) {
        answerNextDialog([username, password](QDialog* dialog) {
            QVERIFY(qobject_cast<SignInDialog*>(dialog));
            type(dialog, "username", username);
            type(dialog, "password", password);
            dialog->accept();
        });
    };
    signInAs(QStringLiteral("sam.okafor"), kCaseworkerPassword);
    QVERIFY(window.openDatabase(test.settings()));
    QCOMPARE(controller.user()->id, caseworker.id);
    QVERIFY(controller.signOutAction()->isEnabled());

    // Sam searches, and opens the case with an edit not saved.
    auto* search = cases->list()->filterBar()->findChild<QLineEdit*>();
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("Price"));
    QTRY_COMPARE(cases->list()->model()->filter().search, QStringLiteral("Price"));
    CaseWorkspace* workspace = cases->openCase(caseId);
    QVERIFY(workspace);
    for (QLineEdit* edit : workspace->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QStringLiteral("Parent or carer's postcode"))
            QTest::keyClicks(edit, QStringLiteral("AB1 2CD"));
    }
    QVERIFY(workspace->isDirty());
    m_presenter.answer = false; // "Discard?" No: Sam stays signed in, the edit kept
    QVERIFY(!controller.signOut());
    QCOMPARE(controller.user()->id, caseworker.id);
    QVERIFY(workspace->isDirty());

    // Discarded: Priya signs in to a Cases screen with no case open and no search.
    m_presenter.answer = true;
    signInAs(QStringLiteral("priya.venn"), kAdminPassword);
    QVERIFY(controller.signOut());
    QCOMPARE(controller.user()->id, admin.id);
    QVERIFY(cases->workspaces().isEmpty());
    QCOMPARE(cases->list()->model()->filter().search, QString());
    QCOMPARE(search->text(), QString());
    auto* status = window.statusBar()->findChild<QLabel*>(QStringLiteral("signedInUser"));
    QCOMPARE(status->text(), QStringLiteral("Signed in: Priya Venn (Administrator)"));
    QCOMPARE(m_presenter.errors, QStringList()); // no screen read while nobody was signed in

    // Sam again: his search is his.
    signInAs(QStringLiteral("sam.okafor"), kCaseworkerPassword);
    QVERIFY(controller.signOut());
    QCOMPARE(controller.user()->id, caseworker.id);
    QCOMPARE(cases->list()->model()->filter().search, QStringLiteral("Price"));

    // Nobody signs in: the database closes, nothing of it left on screen.
    answerNextDialog([](QDialog* dialog) { dialog->reject(); });
    QVERIFY(controller.signOut());
    QVERIFY(!controller.user());
    QVERIFY(!session.isOpen());
    QVERIFY(cases->workspaces().isEmpty());
    QCOMPARE(m_presenter.errors, QStringList());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
