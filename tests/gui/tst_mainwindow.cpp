#include "TestDatabase.h"
#include "shell/AppIcon.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/MessagePresenter.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

namespace {
// Records what the window would have shown in a message box.
class RecordingPresenter : public MessagePresenter
{
public:
    void showError(QWidget*, const QString& title, const QString& text) override
    {
        errors << title + ": " + text;
    }
    void showWarning(QWidget*, const QString& title, const QString& text) override
    {
        warnings << title + ": " + text;
    }
    QStringList errors;
    QStringList warnings;
};

QString statusText(const MainWindow& window)
{
    QString text;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        text += label->text();
    return text;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void pagesAreReachableByKeyboard();
    void statusBarNamesTheOpenDatabase();
    void badFileKeepsTheCurrentDatabase();
    void tamperedAuditTrailIsWarnedAboutAtOpen();
    void bundledIconsDraw_data();
    void bundledIconsDraw();
    void navigationCarriesIconsWithoutATheme();

private:
    RecordingPresenter m_presenter;
};

void TestMainWindow::init()
{
    m_presenter.errors.clear();
    m_presenter.warnings.clear();
    MessagePresenter::install(&m_presenter);
}

void TestMainWindow::cleanup()
{
    MessagePresenter::install(nullptr);
}

void TestMainWindow::pagesAreReachableByKeyboard()
{
    DatabaseSession session;
    MainWindow window(&session);
    const QStringList names = {"Dashboard", "Cases", "Contacts", "Calendar", "Certificates"};
    for (const QString& name : names)
        window.addPage(name, new QLabel(name));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.pageCount(), 5);
    QCOMPARE(window.currentPage(), 0);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), 2);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), 4);
    auto* navigation = window.findChild<QListWidget*>();
    QVERIFY(navigation);
    QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Certificates"));
    QVERIFY(!navigation->accessibleName().isEmpty());
}

void TestMainWindow::statusBarNamesTheOpenDatabase()
{
    TestDatabase test("sqlite");
    DatabaseSession session;
    MainWindow window(&session);
    QVERIFY(statusText(window).contains("No database open"));
    QVERIFY(window.openDatabase(test.settings()));
    QVERIFY(QFile::exists(test.settings().sqlitePath())); // created on first start
    QVERIFY2(statusText(window).contains(test.settings().sqlitePath()), qPrintable(statusText(window)));
    QVERIFY(window.windowTitle().contains(test.settings().sqlitePath()));
    QVERIFY(m_presenter.errors.isEmpty());
}

void TestMainWindow::badFileKeepsTheCurrentDatabase()
{
    TestDatabase good("sqlite");
    TestDatabase bad("sqlite");
    QFile file(bad.settings().sqlitePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database at all");
    file.close();

    DatabaseSession session;
    MainWindow window(&session);
    QVERIFY(window.openDatabase(good.settings()));
    QVERIFY(!window.openDatabase(bad.settings()));
    QCOMPARE(m_presenter.errors.size(), 1);
    QVERIFY(m_presenter.errors.first().contains("not a Common Ground database"));
    QVERIFY(session.isOpen());
    QCOMPARE(session.database()->settings().sqlitePath(), good.settings().sqlitePath());
    QVERIFY(statusText(window).contains(good.settings().sqlitePath()));
}

void TestMainWindow::tamperedAuditTrailIsWarnedAboutAtOpen()
{
    TestDatabase test("sqlite");
    {
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(test.settings()));
        QVERIFY(m_presenter.warnings.isEmpty()); // a trail as the program wrote it
        QSqlQuery query(session.database()->connection());
        QVERIFY(query.exec("INSERT INTO councils (name, code, created_at) VALUES ('Westvale Council', 'WVC', "
                           "'2026-11-23T09:00:00Z')"));
    }
    {
        // Another tool blanks the row about the council.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "outsider");
        db.setDatabaseName(test.settings().sqlitePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("UPDATE audit_log SET old_value = NULL, new_value = NULL, redacted = 1 "
                           "WHERE table_name = 'councils'"));
        db.close();
    }
    QSqlDatabase::removeDatabase("outsider");
    DatabaseSession session;
    MainWindow window(&session);
    QVERIFY(window.openDatabase(test.settings())); // opened all the same: the cases are needed
    QCOMPARE(m_presenter.warnings.size(), 1);
    QVERIFY2(m_presenter.warnings.first().contains("changes made outside Common Ground (audit row "),
             qPrintable(m_presenter.warnings.first()));
    QVERIFY(m_presenter.errors.isEmpty());
}

// Each bundled fallback icon is in the resources and draws something: an
// icon that failed to load would leave a blank where the meaning should be.
void TestMainWindow::bundledIconsDraw_data()
{
    QTest::addColumn<int>("icon");
    for (int icon = int(AppIcon::Dashboard); icon <= int(AppIcon::About); ++icon)
        QTest::addRow("icon %d", icon) << icon;
}

void TestMainWindow::bundledIconsDraw()
{
    QFETCH(int, icon);
    const QIcon bundled = bundledIcon(static_cast<AppIcon>(icon));
    const QImage image = bundled.pixmap(24, 24).toImage();
    QVERIFY(!image.isNull());
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    QVERIFY2(drawn > 20, qPrintable(QStringLiteral("%1 pixels drawn").arg(drawn)));
    // On a selected row it is drawn in white, not in the selection's blue.
    const QImage selected = bundled.pixmap(QSize(24, 24), QIcon::Selected).toImage();
    int white = 0;
    for (int y = 0; y < selected.height(); ++y) {
        for (int x = 0; x < selected.width(); ++x) {
            const QRgb pixel = selected.pixel(x, y);
            white +=
                qAlpha(pixel) > 128 && qRed(pixel) > 200 && qGreen(pixel) > 200 && qBlue(pixel) > 200 ? 1 : 0;
        }
    }
    QVERIFY2(white > 10, qPrintable(QStringLiteral("%1 white pixels when selected").arg(white)));
}

// On a desktop without an icon theme (or one that lacks a name) the
// navigation and the menus still show the bundled icons.
void TestMainWindow::navigationCarriesIconsWithoutATheme()
{
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(QStringLiteral("cg-no-such-theme"));
    DatabaseSession session;
    MainWindow window(&session);
    window.addPage(QStringLiteral("Dashboard"), new QLabel, appIcon(AppIcon::Dashboard));
    window.addPage(QStringLiteral("Cases"), new QLabel, appIcon(AppIcon::Cases));
    auto* navigation = window.findChild<QListWidget*>();
    QVERIFY(navigation);
    for (int row = 0; row < navigation->count(); ++row)
        QVERIFY2(!navigation->item(row)->icon().pixmap(16, 16).isNull(),
                 qPrintable(navigation->item(row)->text()));
    int withIcons = 0;
    for (QAction* action : window.menuBar()->actions().first()->menu()->actions())
        withIcons += action->isSeparator() || !action->icon().isNull() ? 1 : 0;
    QCOMPARE(withIcons, window.menuBar()->actions().first()->menu()->actions().size());
    QIcon::setThemeName(theme);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
