// Every dialog and screen that can be constructed, walked for what a person
// reads and presses: no "&" showing on screen (a label without a buddy shows
// its "&" as typed; "&&" shows one), and no Alt+letter used twice in one
// window, which would make the shortcut go to the first of the two only.
#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "audit/AuditTrailDialog.h"
#include "auth/AddUserDialog.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstAdministratorDialog.h"
#include "auth/SignInDialog.h"
#include "cases/CaseImportWizard.h"
#include "cases/CasesPage.h"
#include "cases/FamilyNotPursuedDialog.h"
#include "cases/FamilyWantsMediationDialog.h"
#include "cases/LogActivityDialog.h"
#include "cases/NewReferralDialog.h"
#include "cases/StageMoveDialog.h"
#include "cases/TravelExpenseDialog.h"
#include "cases/TribunalAppealDialog.h"
#include "certificates/CertificatesPage.h"
#include "certificates/IssueCertificateDialog.h"
#include "certificates/VoidCertificateDialog.h"
#include "common/WorkContext.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactsPage.h"
#include "contacts/DuplicatesDialog.h"
#include "contacts/OrganisationDialog.h"
#include "dashboard/DashboardPage.h"
#include "domain/User.h"
#include "invitees/AdHocInviteeDialog.h"
#include "invitees/ContactPickerDialog.h"
#include "meetings/CalendarPage.h"
#include "meetings/MeetingDialog.h"
#include "reports/ReportsPage.h"
#include "retention/RetentionDialog.h"
#include "settings/CouncilDialog.h"
#include "settings/CouncilsDialog.h"
#include "settings/VenueDialog.h"
#include "settings/VenuesDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/PostgresConnectionDialog.h"
#include "store/access/UserRepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <functional>

namespace {
// A supervisor to offer as the issuer in the certificate dialogs.
User conventionsIssuer()
{
    User user;
    user.id = 1;
    user.username = QStringLiteral("grace.ibekwe");
    user.displayName = QStringLiteral("Grace Ibekwe");
    user.role = UserRole::Supervisor;
    return user;
}

// The letter of an Alt shortcut in a text ("&Save" is s); null when none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// What a person reads of a text whose "&" marks a shortcut.
QString shownText(const QString& text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

// What is wrong with the visible texts of `window`, one a line.
QStringList conventionProblems(QWidget* window)
{
    QStringList problems;
    QHash<QChar, QString> taken;
    auto check = [&](const QString& text, bool shortcutText, const QString& what) {
        const QString shown = shortcutText ? shownText(text) : text;
        if (shown.contains(QLatin1Char('&')))
            problems << QStringLiteral("%1 shows a literal \"&\": \"%2\"").arg(what, shown);
        if (!shortcutText)
            return;
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            return;
        if (taken.contains(key))
            problems << QStringLiteral("Alt+%1 is both %2 and %3").arg(key.toUpper(), taken.value(key), what);
        else
            taken.insert(key, what);
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
                check(QTextDocumentFragment::fromHtml(label->text()).toPlainText(), false,
                      QStringLiteral("label"));
            else
                check(label->text(), label->buddy() != nullptr,
                      QStringLiteral("label \"%1\"").arg(shownText(label->text())));
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            check(button->text(), true, QStringLiteral("button \"%1\"").arg(shownText(button->text())));
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            check(box->title(), true, QStringLiteral("group \"%1\"").arg(shownText(box->title())));
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs->tabText(i), true, QStringLiteral("tab \"%1\"").arg(shownText(tabs->tabText(i))));
        }
    }
    return problems;
}
} // namespace

class TestFormConventions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkerFindsWhatItLooksFor();
    void dialogs_data();
    void dialogs();
    void newReferralInEveryShape();
    void screens_data();
    void screens();

private:
    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    qint64 m_caseId = 0;
};

using Factory = std::function<QWidget*(WorkContext*, qint64 caseId)>;
Q_DECLARE_METATYPE(Factory)

void TestFormConventions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFormConventions::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QSqlDatabase db = m_session->database()->connection();
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    QVERIFY(council > 0);
    QString error;
    m_caseId =
        CaseSeed::addCase(db, CaseSeed::mediationReferral(council, "Noah", "Price", QDate(2026, 11, 12)),
                          QDate(2026, 11, 23), &error);
    QVERIFY2(m_caseId > 0, qPrintable(error));
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_context->setToday(QDate(2026, 11, 23));
}

void TestFormConventions::cleanup()
{
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

void TestFormConventions::walkerFindsWhatItLooksFor()
{
    QWidget window;
    auto* first = new QLabel(QStringLiteral("&Search:"), &window);
    first->setBuddy(new QComboBox(&window));
    new QRadioButton(QStringLiteral("&Save"), &window);
    new QLabel(QStringLiteral("Tom && Jerry"), &window);
    new QLabel(QStringLiteral("&Orphan:"), &window);
    const QStringList problems = conventionProblems(&window);
    QVERIFY2(problems.join('\n').contains(QStringLiteral("Alt+S is both")), qPrintable(problems.join('\n')));
    QVERIFY2(problems.join('\n').contains(QStringLiteral("\"Tom && Jerry\"")),
             qPrintable(problems.join('\n')));
    QVERIFY2(problems.join('\n').contains(QStringLiteral("\"&Orphan:\"")), qPrintable(problems.join('\n')));
    QCOMPARE(problems.size(), 3);
}

void TestFormConventions::dialogs_data()
{
    QTest::addColumn<Factory>("make");
    QTest::newRow("new referral") << Factory([](WorkContext* c, qint64) { return new NewReferralDialog(c); });
    QTest::newRow("log a call") << Factory(
        [](WorkContext* c, qint64) { return new LogActivityDialog(ActivityKind::Call, c->today()); });
    QTest::newRow("log a note") << Factory(
        [](WorkContext* c, qint64) { return new LogActivityDialog(ActivityKind::Note, c->today()); });
    QTest::newRow("log the information given") << Factory([](WorkContext* c, qint64) {
        return new LogActivityDialog(ActivityKind::Call, c->today(), nullptr, true);
    });
    QTest::newRow("family wants mediation") << Factory([](WorkContext* c, qint64) {
        return new FamilyWantsMediationDialog(QStringLiteral("MED-2026-00001"), QDate(2026, 11, 12),
                                              c->today(), true);
    });
    QTest::newRow("family did not pursue mediation") << Factory([](WorkContext* c, qint64) {
        return new FamilyNotPursuedDialog(QStringLiteral("MED-2026-00001"), QDate(2026, 11, 12),
                                          QDate(2026, 11, 13), c->today());
    });
    QTest::newRow("close the case") << Factory([](WorkContext* c, qint64) {
        return new StageMoveDialog(Route::Mediation, CaseStage::Enquiry, CaseStage::Closed,
                                   QDate(2026, 11, 12), c->today());
    });
    QTest::newRow("stage move") << Factory([](WorkContext* c, qint64) {
        return new StageMoveDialog(Route::Mediation, CaseStage::Enquiry, CaseStage::InformationGiven,
                                   QDate(2026, 11, 12), c->today());
    });
    QTest::newRow("import cases") << Factory([](WorkContext* c, qint64) { return new CaseImportWizard(c); });
    QTest::newRow("meeting") << Factory([](WorkContext* c, qint64 id) { return new MeetingDialog(c, id); });
    QTest::newRow("tribunal appeal") << Factory([](WorkContext* c, qint64 id) {
        return new TribunalAppealDialog(c, id, TribunalAppeal{QDate(2026, 11, 20), AppealSource::Council});
    });
    QTest::newRow("contact") << Factory(
        [](WorkContext* c, qint64) { return new ContactDialog(c, Contact()); });
    QTest::newRow("organisation") << Factory(
        [](WorkContext* c, qint64) { return new OrganisationDialog(c, Organisation()); });
    QTest::newRow("duplicates") << Factory([](WorkContext* c, qint64) { return new DuplicatesDialog(c); });
    QTest::newRow("contact picker") << Factory(
        [](WorkContext* c, qint64) { return new ContactPickerDialog(c->database()); });
    QTest::newRow("ad hoc invitee") << Factory([](WorkContext*, qint64) {
        return new AdHocInviteeDialog([](const Invitee&) { return QString(); });
    });
    QTest::newRow("council") << Factory([](WorkContext*, qint64) { return new CouncilDialog(Council()); });
    QTest::newRow("councils") << Factory([](WorkContext* c, qint64) { return new CouncilsDialog(c); });
    QTest::newRow("venue") << Factory([](WorkContext*, qint64) { return new VenueDialog(Venue()); });
    QTest::newRow("venues") << Factory([](WorkContext* c, qint64) { return new VenuesDialog(c); });
    QTest::newRow("add user") << Factory([](WorkContext*, qint64) { return new AddUserDialog(true); });
    QTest::newRow("change password") << Factory(
        [](WorkContext* c, qint64) { return new ChangePasswordDialog(c->database(), 1); });
    QTest::newRow("sign in") << Factory(
        [](WorkContext* c, qint64) { return new SignInDialog(c->database()); });
    QTest::newRow("first administrator")
        << Factory([](WorkContext* c, qint64) { return new FirstAdministratorDialog(c->database()); });
    QTest::newRow("shared database") << Factory(
        [](WorkContext*, qint64) { return new PostgresConnectionDialog(ConnectionSettings()); });
    QTest::newRow("retention") << Factory([](WorkContext* c, qint64) { return new RetentionDialog(c); });
    QTest::newRow("audit trail") << Factory(
        [](WorkContext* c, qint64) { return new AuditTrailDialog(c->database()); });
    QTest::newRow("issue certificate") << Factory([](WorkContext* c, qint64 id) {
        CertificateDueItem item;
        item.caseId = id;
        item.caseReference = QStringLiteral("MED-2026-00001");
        item.childName = QStringLiteral("Noah Price");
        item.triggerDate = c->today();
        // No preview is made here: the dialog's own words and shortcuts are what is checked.
        return new IssueCertificateDialog(item, c->today(), {conventionsIssuer()}, conventionsIssuer().id,
                                          nullptr);
    });
    QTest::newRow("travel expense") << Factory(
        [](WorkContext* c, qint64 id) { return new TravelExpenseDialog(c, id, TravelExpense{}); });
    QTest::newRow("void certificate") << Factory([](WorkContext*, qint64) {
        Certificate certificate;
        certificate.number = QStringLiteral("CG-2026-000001");
        return new VoidCertificateDialog(certificate, {conventionsIssuer()}, conventionsIssuer().id);
    });
}

void TestFormConventions::dialogs()
{
    QFETCH(Factory, make);
    std::unique_ptr<QWidget> dialog(make(m_context.get(), m_caseId));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QStringList problems = conventionProblems(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestFormConventions::newReferralInEveryShape()
{
    NewReferralDialog dialog(m_context.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* referrer = dialog.findChild<QComboBox*>();
    QVERIFY(referrer);
    QList<QRadioButton*> routes = dialog.findChildren<QRadioButton*>();
    QCOMPARE(routes.size(), 2);
    for (QRadioButton* route : routes) {
        route->setChecked(true);
        for (int kind = 0; kind < referrer->count(); ++kind) {
            referrer->setCurrentIndex(kind);
            const QStringList problems = conventionProblems(&dialog);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(route->text() + QStringLiteral(", ") + referrer->currentText() +
                                QStringLiteral(":\n") + problems.join('\n')));
        }
    }
    // Alt+S saves the referral (the Save button's letter, and, as above, nobody else's).
    bool saveHasS = false;
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        saveHasS = saveHasS || (shownText(button->text()) == QStringLiteral("Save referral") &&
                                mnemonicOf(button->text()) == QLatin1Char('s'));
    QVERIFY(saveHasS);
}

void TestFormConventions::screens_data()
{
    QTest::addColumn<Factory>("make");
    QTest::newRow("cases") << Factory([](WorkContext* c, qint64) { return new CasesPage(c); });
    QTest::newRow("contacts") << Factory([](WorkContext* c, qint64) { return new ContactsPage(c); });
    QTest::newRow("calendar") << Factory([](WorkContext* c, qint64) { return new CalendarPage(c); });
    QTest::newRow("dashboard") << Factory([](WorkContext* c, qint64) { return new DashboardPage(c); });
    QTest::newRow("certificates") << Factory([](WorkContext* c, qint64) { return new CertificatesPage(c); });
    QTest::newRow("reports") << Factory([](WorkContext* c, qint64) { return new ReportsPage(c); });
}

void TestFormConventions::screens()
{
    QFETCH(Factory, make);
    std::unique_ptr<QWidget> screen(make(m_context.get(), m_caseId));
    screen->resize(1366, 700);
    screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(screen.get()));
    const QStringList problems = conventionProblems(screen.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

QTEST_MAIN(TestFormConventions)
#include "tst_formconventions.moc"
