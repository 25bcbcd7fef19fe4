#pragma once

#include <QIcon>
#include <QMainWindow>
#include <functional>

class DatabaseSession;
class ConnectionSettings;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

// Hosts the screens (Dashboard, Cases, Contacts, Calendar, Certificates) and
// the File, View, Go and Help menus. Each screen is its own widget; this window only
// switches between them and tells which database is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatabaseSession* session, QWidget* parent = nullptr);

    // Adds a screen to the navigation; the first added is shown first. A screen
    // holding edits offers `Q_INVOKABLE bool confirmLeave()`, asked before the
    // window closes or another database is opened.
    // `helpTopic` names its help page (HelpPages), shown by F1 while it is in front.
    void addPage(const QString& title, QWidget* page, const QIcon& icon = QIcon(),
                 const QString& helpTopic = QString());
    int pageCount() const;
    void showPage(int index);
    int currentPage() const;
    // Adds an entry to the File menu, above Quit (File > Import Cases...).
    void addFileAction(QAction* action);
    // Help > Help for This Screen (F1) and Help > Contents call `show` with
    // the front screen's help topic, or "contents".
    void setHelp(const std::function<void(const QString& topic)>& show);

    // Opens a database, reporting any problem to the user; the current one
    // stays open on failure. Returns whether it opened.
    bool openDatabase(const ConnectionSettings& settings);
    // Asks every screen with a confirmLeave() slot (unsaved edits) whether it
    // may be left (closing, another database, signing out).
    bool pagesAgreeToLeave();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void newDatabase();
    void openDatabaseFile();
    void connectToPostgres();
    void showAbout();
    void updateDatabaseStatus();
    void warnIfAuditTrailBroken();

    DatabaseSession* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_databaseLabel;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitSeparator = nullptr;
    QAction* m_fileActionsSeparator = nullptr;
};
