#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTranslator>
#include <memory>

class DashboardPage;
class DatabaseSession;
class MainWindow;
class SignInController;
class WorkContext;

// Wires the core and ui libraries into the desktop program: reads the
// command line, loads the translation, builds the window and its screens,
// and opens the database.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    Application();
    ~Application();

    // Returns an exit code to stop with, or -1 to go on to the event loop.
    int start();

private:
    void loadTranslation();
    void addScreens();
    // Settings: the provider, councils, venues, bank holidays, office hours and retention;
    // the dashboard's first-run checklist opens the same entries.
    void addSettingsMenu(DashboardPage* dashboard);
    // Signing out asks about unsaved edits; each user comes back to the screen they left.
    void rememberScreens(SignInController* signIn);

    QCommandLineParser m_parser;
    QTranslator m_translator;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    WorkContext* m_context = nullptr;     // owned by the window
    DashboardPage* m_dashboard = nullptr; // likewise
};
