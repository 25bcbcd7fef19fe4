#include "Application.h"

#include "auth/SignInController.h"
#include "cases/CaseImportWizard.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "certificates/CertificatesPage.h"
#include "common/UserSettings.h"
#include "common/WorkContext.h"
#include "contacts/ContactsPage.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/FirstRunChecklist.h"
#include "demo/DemoDataGenerator.h"
#include "help/HelpWindow.h"
#include "meetings/CalendarPage.h"
#include "reports/ReportsPage.h"
#include "retention/RetentionDialog.h"
#include "settings/BankHolidaysDialog.h"
#include "settings/CouncilsDialog.h"
#include "settings/LetterTemplatesDialog.h"
#include "settings/OfficeHoursDialog.h"
#include "settings/ProviderDialog.h"
#include "settings/VenuesDialog.h"
#include "shell/AppIcon.h"
#include "shell/Appearance.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/MenuTitles.h"
#include "shell/TaskReminder.h"
#include "store/infrastructure/Database.h"
#include "store/settings/BankHolidayRepository.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <cstdio>

namespace {
// A settings dialog over the window, modal.
template <typename Dialog> void showDialog(WorkContext* context, QWidget* parent)
{
    Dialog dialog(context, parent);
    dialog.exec();
}

// Enough cases to fill every list and the dashboard, quick to make (about a second).
constexpr int kDemoCases = 300;

// Makes the demo database on first use; later runs open it as it was left.
StoreError prepareDemoDatabase(const ConnectionSettings& settings)
{
    Database database(settings);
    if (StoreError error = database.open())
        return error;
    BankHolidayCalendar calendar;
    if (StoreError error = BankHolidayRepository(database.connection()).load(&calendar))
        return error;
    DemoDataGenerator generator(database.connection(), calendar);
    bool generated = false;
    if (StoreError error = generator.generateIfEmpty(kDemoCases, QDate::currentDate(), &generated))
        return error;
    // The certificates its cases were due, as the command line's demo-data issues them.
    int issued = 0;
    if (!generated)
        return {};
    if (StoreError error = generator.issueCertificates(QDate::currentDate(), &issued))
        return error;
    // A few tasks, so that the dashboard's task lists and the reminder show something.
    int tasks = 0;
    return generator.addTasks(QDate::currentDate(), &tasks);
}
} // namespace

Application::Application() : m_session(std::make_unique<DatabaseSession>()) {}

Application::~Application() = default;

int Application::start()
{
    loadTranslation();
    m_parser.setApplicationDescription(tr("Case management for SEND mediation and disagreement resolution"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Open the SQLite database at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        tr("Open a shared PostgreSQL database (\"host=H port=P dbname=D user=U\")."),
        QStringLiteral("CONNINFO"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Open the demo database of synthetic cases (made on first use) instead of your own."));
    m_parser.addOption(databaseOption);
    m_parser.addOption(postgresOption);
    const QCommandLineOption highContrastOption(
        QStringLiteral("high-contrast"),
        tr("Show the program in high contrast (white on black) for this run; View > High Contrast "
           "turns it on for good."));
    m_parser.addOption(demoOption);
    m_parser.addOption(highContrastOption);
    m_parser.process(*qApp);
    Appearance::applyRemembered(m_parser.isSet(highContrastOption));

    ConnectionSettings settings = DatabaseSession::lastUsed();
    if (m_parser.isSet(databaseOption)) {
        settings = ConnectionSettings::sqlite(m_parser.value(databaseOption));
    } else if (m_parser.isSet(postgresOption)) {
        QString error;
        settings = ConnectionSettings::fromConnInfo(m_parser.value(postgresOption), &error);
        if (!settings.isValid()) {
            qCritical("commonground: --postgres: %s", qPrintable(error));
            return 2;
        }
    } else if (m_parser.isSet(demoOption)) {
        settings = ConnectionSettings::sqlite(ConnectionSettings::demoSqlitePath());
        if (StoreError error = prepareDemoDatabase(settings)) {
            // To the terminal only, not the log: the message may name the file.
            std::fprintf(stderr, "commonground: the demo database could not be made: %s\n",
                         qPrintable(error.message()));
            return 1;
        }
    }

    m_window = std::make_unique<MainWindow>(m_session.get());
    addScreens();
    auto* signIn = new SignInController(m_window.get(), m_session.get(), m_context);
    rememberScreens(signIn);
    m_dashboard->checklist()->setAction(FirstRunChecklist::Step::Users, signIn->usersAction());
    if (m_parser.isSet(demoOption))
        signIn->setDemo(QLatin1String(DemoDataGenerator::kDemoSupervisor),
                        QLatin1String(DemoDataGenerator::kDemoPassword));
    m_window->show();
    m_window->openDatabase(settings);
    return -1;
}

void Application::loadTranslation()
{
    // English is the fallback: its file gives the plural forms ("1 case", "2 cases"),
    // which a C or POSIX locale would otherwise show as "case(s)".
    if (m_translator.load(QLocale(), QStringLiteral("commonground"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")) ||
        m_translator.load(QStringLiteral("commonground_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&m_translator);
}

void Application::rememberScreens(SignInController* signIn)
{
    MainWindow* window = m_window.get();
    WorkContext* context = m_context;
    signIn->setLeaveCheck([window] { return window->pagesAgreeToLeave(); });
    // Each person comes back to the screen they left (their filters and
    // searches are their own already: UserSettings).
    auto screenKey = [](const QString& username) {
        return UserSettings::key(username, QStringLiteral("window/screen"));
    };
    QObject::connect(signIn, &SignInController::signedOut, window,
                     [window, screenKey](const QString& username) {
                         QSettings().setValue(screenKey(username), window->currentPage());
                     });
    QObject::connect(context, &WorkContext::reloaded, window, [window, context, screenKey] {
        const QString username = UserSettings::username(context);
        if (!username.isEmpty())
            window->showPage(
                qBound(0, QSettings().value(screenKey(username), 0).toInt(), window->pageCount() - 1));
    });
}

void Application::addSettingsMenu(DashboardPage* dashboard)
{
    WorkContext* context = m_context;
    MainWindow* window = m_window.get();
    QMenu* settingsMenu = new QMenu(MenuTitles::settings(), window);
    settingsMenu->setToolTipsVisible(true); // a disabled entry says who may use it
    window->menuBar()->insertMenu(window->menuBar()->actions().value(2), settingsMenu);
    // Each entry opens its dialog, modal: the checklist reads again when it returns.
    auto add = [settingsMenu, window, context](const QIcon& icon, const QString& text,
                                               void (*show)(WorkContext*, QWidget*)) {
        return settingsMenu->addAction(icon, text, window,
                                       [window, context, show] { show(context, window); });
    };
    QAction* provider = add(QIcon(), tr("&Provider..."), &showDialog<ProviderDialog>);
    QAction* letters = add(QIcon(), tr("&Letter Templates..."), &showDialog<LetterTemplatesDialog>);
    // The councils a referral names: a new database starts here.
    QAction* councils = add(appIcon(AppIcon::Councils), tr("&Councils..."), &showDialog<CouncilsDialog>);
    QAction* venues = add(appIcon(AppIcon::Venues), tr("&Venues..."), &showDialog<VenuesDialog>);
    QAction* holidays = add(QIcon(), tr("&Bank Holidays..."), &showDialog<BankHolidaysDialog>);
    QAction* hours = add(QIcon(), tr("&Office Hours..."), &showDialog<OfficeHoursDialog>);
    QAction* retention = add(appIcon(AppIcon::Retention), tr("&Retention..."), &showDialog<RetentionDialog>);
    // Only the roles that may change settings open them (the store refuses the rest);
    // the bank holidays are shown to everyone (which years are provisional matters to all).
    auto gateSettings = [context, provider, letters, councils, venues, hours, retention] {
        for (QAction* action : {provider, letters, councils, venues, hours})
            context->gate(action, Action::ManageSettings);
        context->gate(retention, Action::AnonymiseCases);
    };
    QObject::connect(context, &WorkContext::reloaded, settingsMenu, gateSettings);
    gateSettings();
    holidays->setEnabled(true);
    FirstRunChecklist* checklist = dashboard->checklist();
    checklist->setAction(FirstRunChecklist::Step::Provider, provider);
    checklist->setAction(FirstRunChecklist::Step::Councils, councils);
    checklist->setAction(FirstRunChecklist::Step::Venues, venues);
}

void Application::addScreens()
{
    auto* context = new WorkContext(m_session.get(), m_window.get());
    m_context = context;
    auto* dashboard = new DashboardPage(context);
    m_dashboard = dashboard;
    auto* cases = new CasesPage(context);
    m_window->addPage(tr("Dashboard"), dashboard, appIcon(AppIcon::Dashboard), QStringLiteral("dashboard"));
    const int casesIndex = m_window->pageCount();
    m_window->addPage(tr("Cases"), cases, appIcon(AppIcon::Cases), QStringLiteral("cases"));
    // A line of the dashboard opens its case on the Cases screen.
    QObject::connect(dashboard, &DashboardPage::openCaseRequested, cases,
                     [window = m_window.get(), cases, casesIndex](qint64 caseId) {
                         window->showPage(casesIndex);
                         cases->openCase(caseId);
                     });
    // Ctrl+N takes a referral from any screen.
    QMenu* caseMenu = new QMenu(MenuTitles::caseMenu(), m_window.get());
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().value(1), caseMenu);
    cases->newReferralAction()->setIcon(appIcon(AppIcon::NewReferral));
    caseMenu->addAction(cases->newReferralAction());
    caseMenu->addAction(cases->quickOpenAction());
    caseMenu->addMenu(cases->recentMenu());
    caseMenu->addSeparator();
    caseMenu->addAction(tr("E&xport Case List..."), cases, [cases, window = m_window.get(), casesIndex] {
        window->showPage(casesIndex);
        cases->list()->exportList();
    });
    const auto showCases = [window = m_window.get(), casesIndex] {
        window->showPage(casesIndex);
    };
    QObject::connect(cases->newReferralAction(), &QAction::triggered, cases, showCases);
    // Ctrl+K and Recent Cases from another screen: the Cases screen comes forward with the case.
    QObject::connect(cases, &CasesPage::caseOpenedFromMenu, cases, showCases);
    // Cases from another system's CSV file (issue 20); the imported cases show on the Cases screen.
    auto* importCases = new QAction(appIcon(AppIcon::Import), tr("&Import Cases..."), m_window.get());
    m_window->addFileAction(importCases);
    QObject::connect(importCases, &QAction::triggered, m_window.get(),
                     [context, window = m_window.get(), casesIndex] {
                         CaseImportWizard wizard(context, window);
                         if (wizard.exec() == QDialog::Accepted)
                             window->showPage(casesIndex);
                     });
    auto gateImport = [context, importCases] {
        CaseImportWizard::gate(context, importCases);
    };
    QObject::connect(context, &WorkContext::reloaded, importCases, gateImport);
    gateImport();
    addSettingsMenu(dashboard);
    m_window->addPage(tr("Contacts"), new ContactsPage(context), appIcon(AppIcon::Contacts),
                      QStringLiteral("contacts"));
    auto* calendar = new CalendarPage(context);
    m_window->addPage(tr("Calendar"), calendar, appIcon(AppIcon::Calendar), QStringLiteral("calendar"));
    auto* certificates = new CertificatesPage(context);
    m_window->addPage(tr("Certificates"), certificates, appIcon(AppIcon::Certificates),
                      QStringLiteral("certificates"));
    // Each meeting on the calendar, and each certificate, opens its case.
    auto openCase = [window = m_window.get(), cases, casesIndex](qint64 caseId) {
        window->showPage(casesIndex);
        cases->openCase(caseId);
    };
    QObject::connect(calendar, &CalendarPage::openCaseRequested, cases, openCase);
    QObject::connect(certificates, &CertificatesPage::openCaseRequested, cases, openCase);
    // The councils' figures (supervisors and administrators); a case behind a figure opens in the workspace.
    auto* reports = new ReportsPage(context);
    m_window->addPage(tr("Reports"), reports, appIcon(AppIcon::Reports), QStringLiteral("reports"));
    QObject::connect(reports, &ReportsPage::openCaseRequested, cases, openCase);
    // F1: the help for the screen in front, in a window beside the program.
    auto* help = new HelpWindow([context] { return context->calendar(); }, m_window.get());
    m_window->setHelp([help](const QString& topic) { help->showTopic(topic); });
    // What is due today for the signed-in person, at sign-in and each morning.
    new TaskReminder(context, m_window->statusBar(), m_window.get());
}
