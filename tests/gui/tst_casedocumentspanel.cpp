#include "OneCaseDesk.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "TestFiles.h"
#include "cases/CaseDocumentsPanel.h"
#include "cases/CaseWorkspace.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The Documents page: a file chosen through Add... is filed and listed; a
// dropped file is filed too; an empty file is refused with the reason;
// Open writes a private (0600) copy with the same bytes and hands it to the
// desktop; Save As writes the bytes exactly; Delete removes after asking.
class TestCaseDocumentsPanel : public QObject
{
    Q_OBJECT

public slots:
    // Stands in for the desktop's program: QDesktopServices hands file URLs here.
    void openedByDesktop(const QUrl& url) { m_opened << url; }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addedThroughTheChooserAndOpened();
    void droppedFilesAreFiled();
    void emptyFileIsRefused();
    void savedAsAndRemoved();
    void workspaceHasThePage();

private:
    RecordingPresenter m_presenter;
    ScriptedFileChooser m_chooser;
    QTemporaryDir m_dir;
    QList<QUrl> m_opened;
    OneCaseDesk m_desk;
    std::unique_ptr<CaseDocumentsPanel> m_panel;
};

void TestCaseDocumentsPanel::init()
{
    m_presenter.clear();
    m_opened.clear();
    MessagePresenter::install(&m_presenter);
    FileChooser::install(&m_chooser);
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedByDesktop");
    const QString why = m_desk.open();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_panel = std::make_unique<CaseDocumentsPanel>(m_desk.context(), m_desk.caseId());
    m_panel->resize(900, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCaseDocumentsPanel::cleanup()
{
    m_panel.reset();
    m_desk.close();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    FileChooser::install(nullptr);
    MessagePresenter::install(nullptr);
}

void TestCaseDocumentsPanel::addedThroughTheChooserAndOpened()
{
    QCOMPARE(m_panel->documentCount(), 0);
    const QByteArray bytes("%PDF-1.4\n% a synthetic decision notice\n%%EOF\n");
    m_chooser.openPath = TestFiles::write(m_dir, "decision notice.pdf", bytes);
    QVERIFY(!m_chooser.openPath.isEmpty());
    auto* add = m_panel->findChild<QPushButton*>();
    QVERIFY(add);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton); // Add a document...
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(m_chooser.asked.size(), 1);
    QCOMPARE(m_panel->documentCount(), 1);
    QCOMPARE(m_panel->table()->item(0, 0)->text(), QStringLiteral("decision notice.pdf"));

    // Enter on the table opens it: a private copy with the same bytes.
    m_panel->table()->setFocus();
    m_panel->table()->selectRow(0);
    QTest::keyClick(m_panel->table(), Qt::Key_Return);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(m_opened.size(), 1);
    const QString copy = m_opened.first().toLocalFile();
    QVERIFY(copy.endsWith(QStringLiteral(".pdf")));
    QFile opened(copy);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), bytes);
    QCOMPARE(opened.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFileInfo(QFileInfo(copy).path()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
}

void TestCaseDocumentsPanel::droppedFilesAreFiled()
{
    const QString plan =
        TestFiles::write(m_dir, "plan.txt", "Section F: weekly speech and language therapy.\n");
    const QString letter = TestFiles::write(m_dir, "letter.txt", "Dear Mr Price,\n");
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(plan), QUrl::fromLocalFile(letter)});
    const QPoint at = m_panel->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &drop);
    QVERIFY(drop.isAccepted());
    delete mime;
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(m_panel->documentCount(), 2);
}

void TestCaseDocumentsPanel::emptyFileIsRefused()
{
    QVERIFY(m_panel->addFiles({TestFiles::write(m_dir, "blank.pdf", QByteArray())}) == 0);
    QCOMPARE(m_presenter.errors.size(), 1);
    QVERIFY2(m_presenter.errors.first().contains("blank.pdf is empty"),
             qPrintable(m_presenter.errors.first()));
    QCOMPARE(m_panel->documentCount(), 0);
}

void TestCaseDocumentsPanel::savedAsAndRemoved()
{
    const QByteArray bytes("Minutes of the meeting\n");
    QCOMPARE(m_panel->addFiles({TestFiles::write(m_dir, "minutes.txt", bytes)}), 1);
    m_panel->table()->selectRow(0);
    m_chooser.savePath = m_dir.filePath("copy of minutes.txt");
    QVERIFY(m_panel->saveSelectedAs());
    QCOMPARE(m_chooser.suggested, QStringList{"minutes.txt"});
    QFile copy(m_chooser.savePath);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);

    // Delete asks first; no keeps it.
    m_panel->table()->setFocus();
    m_presenter.answer = false;
    QTest::keyClick(m_panel->table(), Qt::Key_Delete);
    QCOMPARE(m_panel->documentCount(), 1);
    m_presenter.answer = true;
    QTest::keyClick(m_panel->table(), Qt::Key_Delete);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(m_panel->documentCount(), 0);
}

void TestCaseDocumentsPanel::workspaceHasThePage()
{
    CaseWorkspace workspace(m_desk.context(), m_desk.caseId());
    QVERIFY(workspace.load());
    QVERIFY(workspace.documents());
    auto* tabs = workspace.findChild<QTabWidget*>();
    QVERIFY(tabs);
    QCOMPARE(tabs->indexOf(workspace.documents()), 6); // Alt+7
}

QTEST_MAIN(TestCaseDocumentsPanel)
#include "tst_casedocumentspanel.moc"
