#include "shell/MainWindow.h"

#include "Version.h"
#include "common/ItemViews.h"
#include "shell/AppIcon.h"
#include "shell/Appearance.h"
#include "shell/DatabaseSession.h"
#include "shell/MenuTitles.h"
#include "shell/MessagePresenter.h"
#include "shell/PostgresConnectionDialog.h"
#include "store/access/AuditChain.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <algorithm>

namespace {
const QString kFileFilter = QStringLiteral("Common Ground databases (*.sqlite *.db);;All files (*)");
}

MainWindow::MainWindow(DatabaseSession* session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("Common Ground"));
    ItemViews::label(m_navigation, tr("Screens"), tr("The screens of the program; arrow keys choose one"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(180);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(3);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel->setAccessibleName(tr("Open database"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_session, &DatabaseSession::databaseChanged, this, &MainWindow::updateDatabaseStatus);
    createMenus();
    updateDatabaseStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: the whole of a small screen (1366x768 laptops), else a
        // comfortable size. Maximised rather than sized to the screen, so a
        // window manager's title bar does not push the status bar off it.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        const QSize comfortable(1440, 900);
        resize(available.size().boundedTo(comfortable));
        move(available.topLeft());
        if (available.width() <= comfortable.width() || available.height() <= comfortable.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(MenuTitles::file());
    m_fileMenu = file;
    file->setToolTipsVisible(true); // a disabled entry says who may use it
    QAction* newAction = file->addAction(appIcon(AppIcon::NewDatabase), tr("&New Database..."), this,
                                         &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* openAction = file->addAction(appIcon(AppIcon::OpenDatabase), tr("&Open Database..."), this,
                                          &MainWindow::openDatabaseFile);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(appIcon(AppIcon::SharedDatabase), tr("&Connect to Shared Database..."), this,
                    &MainWindow::connectToPostgres);
    m_quitSeparator = file->addSeparator();
    QAction* quit = file->addAction(appIcon(AppIcon::Quit), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(MenuTitles::view());
    QAction* highContrast = view->addAction(tr("&High Contrast"));
    highContrast->setObjectName(QStringLiteral("highContrastAction"));
    highContrast->setCheckable(true);
    highContrast->setChecked(Appearance::isHighContrast());
    highContrast->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    connect(highContrast, &QAction::toggled, this, [](bool on) { Appearance::setHighContrast(on); });

    QMenu* go = menuBar()->addMenu(MenuTitles::go());
    go->setObjectName(QStringLiteral("goMenu"));

    QMenu* help = menuBar()->addMenu(MenuTitles::help());
    m_helpMenu = help;
    help->addAction(appIcon(AppIcon::About), tr("&About Common Ground"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::addPage(const QString& title, QWidget* page, const QIcon& icon, const QString& helpTopic)
{
    page->setProperty("helpTopic", helpTopic);
    const int index = m_pages->addWidget(page);
    m_navigation->addItem(new QListWidgetItem(icon, title));
    if (index < 9) {
        // Ctrl+1 ... Ctrl+9 jump to a screen, in navigation order.
        auto* go = findChild<QMenu*>(QStringLiteral("goMenu"));
        QAction* action = go->addAction(icon, title, this, [this, index] { showPage(index); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    }
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::setHelp(const std::function<void(const QString& topic)>& show)
{
    QAction* first = m_helpMenu->actions().value(0);
    QAction* screen = new QAction(tr("Help for This &Screen"), m_helpMenu);
    screen->setShortcut(QKeySequence::HelpContents);
    connect(screen, &QAction::triggered, this, [this, show] {
        const QString topic =
            m_pages->currentWidget() ? m_pages->currentWidget()->property("helpTopic").toString() : QString();
        show(topic.isEmpty() ? QStringLiteral("contents") : topic);
    });
    QAction* contents = new QAction(tr("&Contents"), m_helpMenu);
    connect(contents, &QAction::triggered, this, [show] { show(QStringLiteral("contents")); });
    m_helpMenu->insertActions(first, {screen, contents});
    m_helpMenu->insertSeparator(first);
}

void MainWindow::addFileAction(QAction* action)
{
    // The file entries in a group of their own, apart from the database ones.
    if (!m_fileActionsSeparator)
        m_fileActionsSeparator = m_fileMenu->insertSeparator(m_quitSeparator);
    m_fileMenu->insertAction(m_quitSeparator, action);
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

bool MainWindow::pagesAgreeToLeave()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget* page = m_pages->widget(i);
        if (page->metaObject()->indexOfMethod("confirmLeave()") < 0)
            continue;
        bool agreed = true;
        QMetaObject::invokeMethod(page, "confirmLeave", Qt::DirectConnection, Q_RETURN_ARG(bool, agreed));
        if (!agreed) {
            showPage(i);
            return false;
        }
    }
    return true;
}

bool MainWindow::openDatabase(const ConnectionSettings& settings)
{
    if (!pagesAgreeToLeave())
        return false;
    ConnectionSettings attempt = settings;
    StoreError error = m_session->open(attempt);
    // A PostgreSQL server that wants a password the pgpass file did not give.
    if (error && attempt.engine() == ConnectionSettings::Engine::Postgres &&
        error.message().contains(QLatin1String("password"), Qt::CaseInsensitive) &&
        attempt.password().isEmpty()) {
        bool ok = false;
        const QString password =
            QInputDialog::getText(this, tr("Password"), tr("Password for %1:").arg(attempt.describe()),
                                  QLineEdit::Password, QString(), &ok);
        if (ok) {
            attempt.setPassword(password);
            error = m_session->open(attempt);
        }
    }
    if (error) {
        MessagePresenter::instance().showError(this, tr("Could not open the database"), error.message());
        return false;
    }
    warnIfAuditTrailBroken();
    return true;
}

// Opening is not refused: the cases are still needed, and the file is
// evidence. The warning names the first broken row, as `check` does.
void MainWindow::warnIfAuditTrailBroken()
{
    // Nobody signed in (the sign-in was cancelled): the database is closed again.
    if (!m_session->isOpen())
        return;
    AuditChainReport report;
    const StoreError error = AuditChain::verify(m_session->database()->connection(), &report);
    if (error.ok() && report.ok())
        return;
    const QString first = error ? error.message() : report.problems.constFirst();
    const qsizetype count = std::max<qsizetype>(1, report.problems.size());
    const QString problems = count == 1 ? tr("1 problem") : tr("%1 problems").arg(count);
    MessagePresenter::instance().showWarning(
        this, tr("Audit trail"),
        tr("The audit trail of this database shows changes made outside Common Ground (%1; %2 in all).\n\n"
           "Keep a copy of the file as it is, as evidence, and tell whoever looks after the office's data. "
           "'commonground-cli check' lists every problem.")
            .arg(first, problems));
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                      ConnectionSettings::defaultSqlitePath(), kFileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessagePresenter::instance().showError(
            this, tr("New Database"),
            tr("%1 already exists. Choose Open Database to use it, or give a new name.").arg(path));
        return;
    }
    openDatabase(ConnectionSettings::sqlite(path));
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(ConnectionSettings::defaultSqlitePath()).path(), kFileFilter);
    if (!path.isEmpty())
        openDatabase(ConnectionSettings::sqlite(path));
}

void MainWindow::connectToPostgres()
{
    const ConnectionSettings current =
        m_session->isOpen() ? m_session->database()->settings() : DatabaseSession::lastUsed();
    PostgresConnectionDialog dialog(current, this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.settings());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Common Ground"),
                       tr("<h3>Common Ground %1</h3>"
                          "<p>Case management for SEND mediation and disagreement resolution services "
                          "in England.</p>"
                          "<p>Database schema version %2.</p>")
                           .arg(QLatin1String(kCommonGroundVersion))
                           .arg(Database::supportedSchemaVersion()));
}

void MainWindow::updateDatabaseStatus()
{
    if (m_session->isOpen()) {
        const QString where = m_session->database()->settings().describe();
        m_databaseLabel->setText(tr("Database: %1").arg(where));
        // The desktop adds " — Common Ground" (the application's display name).
        setWindowTitle(where);
    } else {
        m_databaseLabel->setText(tr("No database open: use File > Open Database"));
        setWindowTitle(tr("Common Ground"));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!pagesAgreeToLeave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
