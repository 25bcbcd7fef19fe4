#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseWorkspace.h"
#include "common/WorkContext.h"
#include "retention/RetentionDialog.h"
#include "shell/DatabaseSession.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// Settings > Retention and the case workspace's subject access export and
// reopening, driven as a supervisor would. Names are synthetic.
class TestRetentionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listsAndAnonymisesAfterConfirming();
    void anonymisesOnTheRealDateOnly();
    void workspaceExportsAndReopens();

private:
    qint64 closedCase(const QString& family, const QDate& enquiry, const QDate& closed);

    RecordingPresenter m_presenter;
    ScriptedFileChooser m_chooser;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    qint64 m_council = 0;
};

void TestRetentionDialog::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    FileChooser::install(&m_chooser);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_context->setToday(QDate(2026, 3, 1));
    m_council = CaseSeed::addCouncil(m_context->database(), "Westvale District Council", "WVD");
    QVERIFY(m_council);
}

void TestRetentionDialog::cleanup()
{
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
    FileChooser::install(nullptr);
}

qint64 TestRetentionDialog::closedCase(const QString& family, const QDate& enquiry, const QDate& closed)
{
    QSqlDatabase db = m_context->database();
    QString why;
    const qint64 id =
        CaseSeed::addCase(db, CaseSeed::mediationReferral(m_council, "Zoë", family, enquiry), enquiry, &why);
    const QDate step = enquiry.addDays(9);
    if (!id || !CaseSeed::advanceTo(db, id, CaseStage::NotPursuing, step, step, &why)) {
        qWarning("%s", qPrintable(why));
        return 0;
    }
    if (closed.isValid() &&
        CaseRepository(db, BankHolidayCalendar::shipped())
            .moveStage(id, {CaseStage::Closed, closed, "Family moved away"}, closed, std::nullopt))
        return 0;
    return id;
}

void TestRetentionDialog::listsAndAnonymisesAfterConfirming()
{
    const qint64 old = closedCase("Nguyễn", QDate(2019, 2, 1), QDate(2019, 3, 1));
    QVERIFY(old);
    QVERIFY(closedCase("Haddad", QDate(2018, 2, 1), QDate(2019, 2, 1)));
    QVERIFY(closedCase("Abara", QDate(2024, 2, 1), QDate(2024, 2, 29))); // not due until 2030

    RetentionDialog dialog(m_context.get());
    dialog.show();
    QTableWidget* table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("MED-2018-00001")); // longest overdue first
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Sun 2 Feb 2025"));
    // Sortable: by reference, descending.
    table->sortItems(0, Qt::DescendingOrder);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("MED-2019-00001"));

    table->selectRow(0);
    m_presenter.answer = false;
    QVERIFY(!dialog.anonymiseSelected());
    QCOMPARE(m_presenter.questions.size(), 1);
    QVERIFY2(m_presenter.questions.first().contains("MED-2019-00001"),
             qPrintable(m_presenter.questions.first()));
    QVERIFY(m_presenter.questions.first().contains("cannot be undone"));
    QCOMPARE(table->rowCount(), 2); // nothing done

    table->selectRow(0);
    m_presenter.answer = true;
    QVERIFY(dialog.anonymiseSelected());
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('|')));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("MED-2018-00001"));
    QSqlQuery check(m_context->database());
    QVERIFY(check.exec(QStringLiteral("SELECT family_name FROM people WHERE id = (SELECT child_id FROM cases "
                                      "WHERE reference = 'MED-2019-00001')")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("[anonymised]"));
    if (const QByteArray shot = qgetenv("CG_SHOT_RETENTION"); !shot.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shot));
}

void TestRetentionDialog::anonymisesOnTheRealDateOnly()
{
    // Closed yesterday: far from due on the real date, but listed when the
    // screen plans ahead to 2099.
    const QDate yesterday = QDate::currentDate().addDays(-1);
    QVERIFY(closedCase("Abara", yesterday.addMonths(-2), yesterday));
    m_context->setToday(QDate(2099, 1, 1));
    RetentionDialog dialog(m_context.get());
    dialog.show();
    QTableWidget* table = dialog.table();
    QCOMPARE(table->rowCount(), 1);
    table->selectRow(0);
    m_presenter.answer = true;
    QVERIFY(!dialog.anonymiseSelected());
    QCOMPARE(m_presenter.errors.size(), 1);
    QSqlQuery check(m_context->database());
    QVERIFY(check.exec(QStringLiteral("SELECT COUNT(*) FROM people WHERE family_name = 'Abara'")));
    QVERIFY(check.next());
    QVERIFY(check.value(0).toInt() > 0);
}

void TestRetentionDialog::workspaceExportsAndReopens()
{
    const qint64 caseId = closedCase("Nguyễn", QDate(2019, 2, 1), QDate(2019, 3, 1));
    QVERIFY(caseId);
    CaseWorkspace workspace(m_context.get(), caseId);
    QVERIFY(workspace.load());
    workspace.show();
    QTemporaryDir folder;
    m_chooser.folderPath = folder.path();
    auto* button = workspace.findChild<QPushButton*>("subjectAccessButton");
    QVERIFY(button);
    button->click();
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('|')));
    QVERIFY2(QFile::exists(folder.filePath("subject-access-MED-2019-00001.json")),
             qPrintable(m_presenter.warnings.join("|").replace("\n", " ")));
    QVERIFY(QFile::exists(folder.filePath("subject-access-MED-2019-00001.pdf")));

    // Reopened, it leaves the retention list.
    QVERIFY(workspace.reopen("The family came back"));
    QCOMPARE(workspace.details().stage, CaseStage::NotPursuing);
    RetentionDialog dialog(m_context.get());
    QCOMPARE(dialog.table()->rowCount(), 0);
}

QTEST_MAIN(TestRetentionDialog)
#include "tst_retentiondialog.moc"
