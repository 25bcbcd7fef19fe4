#include "AuditChainCheck.h"
#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "rules/TaskRules.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseTaskRepository.h"
#include "store/infrastructure/Database.h"
#include "store/retention/RetentionRepository.h"
#include "store/retention/SubjectAccessExport.h"

#include <QJsonArray>
#include <QTest>

// The tasks on a case (schema 27), on both engines: added, edited (a save
// over another desk's newer edit refused naming who), marked done and open
// again, each add and done on the case's timeline; "my tasks" and "overdue
// tasks" across cases scoped as the case list is (a mediator sees their own
// cases' only); refused to those who do not edit the case; listed by a
// subject access export and deleted by anonymising. The rules of TaskRules
// first. Names are synthetic.
namespace {
using namespace CaseOffice;

int auditRows(QSqlDatabase db, const QString& action)
{
    return scalar(db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM audit_log WHERE table_name = 'case_tasks' AND action = ?"),
                  {action})
        .toInt();
}

CaseTask task(qint64 caseId, const QString& title, std::optional<qint64> forWhom, const QDate& due)
{
    CaseTask t;
    t.caseId = caseId;
    t.title = title;
    t.assignedToId = forWhom;
    t.dueDate = due;
    return t;
}

QStringList titles(const QList<CaseTask>& tasks)
{
    QStringList out;
    for (const CaseTask& t : tasks)
        out << t.title;
    return out;
}
} // namespace

class TestCaseTasks : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void addedEditedDone_data() { TestDatabase::addEngineRows(); }
    void addedEditedDone();
    void myAndOverdueTasksAsTheCaseList_data() { TestDatabase::addEngineRows(); }
    void myAndOverdueTasksAsTheCaseList();
    void onlyThoseWhoEditTheCase_data() { TestDatabase::addEngineRows(); }
    void onlyThoseWhoEditTheCase();
    void subjectAccessAndAnonymising_data() { TestDatabase::addEngineRows(); }
    void subjectAccessAndAnonymising();
};

void TestCaseTasks::rules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("done");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("dueToday");
    // Today is Monday 23 November 2026.
    QTest::newRow("due yesterday") << "Ring the school" << QDate(2026, 11, 22) << false << true << true
                                   << false;
    QTest::newRow("due today") << "Ring the school" << QDate(2026, 11, 23) << false << true << false << true;
    QTest::newRow("due tomorrow") << "Ring the school" << QDate(2026, 11, 24) << false << true << false
                                  << false;
    QTest::newRow("no due day") << "Ring the school" << QDate() << false << true << false << false;
    QTest::newRow("done, was due yesterday")
        << "Ring the school" << QDate(2026, 11, 22) << true << true << false << false;
    QTest::newRow("done, due today") << "Ring the school" << QDate(2026, 11, 23) << true << true << false
                                     << false;
    // Any day may be due, even one before the case began.
    QTest::newRow("due years ago") << "Chase the 2019 letter" << QDate(2019, 1, 2) << false << true << true
                                   << false;
    QTest::newRow("no title") << "" << QDate(2026, 11, 24) << false << false << false << false;
    QTest::newRow("only spaces") << "   " << QDate() << false << false << false << false;
    QTest::newRow("201 characters") << QString(201, QLatin1Char('x')) << QDate() << false << false << false
                                    << false;
    QTest::newRow("200 characters") << QString(200, QLatin1Char('x')) << QDate() << false << true << false
                                    << false;
}

void TestCaseTasks::rules()
{
    QFETCH(QString, title);
    QFETCH(QDate, due);
    QFETCH(bool, done);
    QFETCH(bool, valid);
    QFETCH(bool, overdue);
    QFETCH(bool, dueToday);
    CaseTask t = task(1, title, std::nullopt, due);
    if (done)
        t.doneAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QCOMPARE(TaskRules::problem(t).isEmpty(), valid);
    QCOMPARE(TaskRules::isOverdue(t, kToday), overdue);
    QCOMPARE(TaskRules::isDueToday(t, kToday), dueToday);
    QCOMPARE(TaskRules::needsReminder(t, kToday), overdue || dueToday);
}

void TestCaseTasks::addedEditedDone()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Harlow"));
    QVERIFY2(caseId, qPrintable(office.why));
    QVERIFY(actAs(office.db, office.caseworker));
    CaseTaskRepository repository(office.db);

    CaseTask ring = task(caseId, QStringLiteral("  Ring the school about the venue "), office.mediator,
                         QDate(2026, 11, 25));
    CG_VERIFY_OK(repository.add(&ring));
    QVERIFY(ring.id > 0);
    QCOMPARE(ring.title, QStringLiteral("Ring the school about the venue"));
    QCOMPARE(ring.caseReference.isEmpty(), false);
    QCOMPARE(ring.assignedToId, std::optional<qint64>(office.mediator));
    QCOMPARE(ring.assignedToName, QStringLiteral("Jo Mercer"));
    QCOMPARE(ring.dueDate, QDate(2026, 11, 25));
    QVERIFY(!ring.isDone());
    QCOMPARE(ring.createdById, std::optional<qint64>(office.caseworker));
    QCOMPARE(ring.createdByName, QStringLiteral("Sam Okafor"));
    QVERIFY(ring.createdAt.isValid());
    QCOMPARE(ring.rowVersion, qint64(1));
    CaseTask note = task(caseId, QStringLiteral("File the decision notice"), std::nullopt, QDate());
    CG_VERIFY_OK(repository.add(&note));
    QCOMPARE(auditRows(office.db, QStringLiteral("insert")), 2);

    // A title is needed; nothing is written without one.
    CaseTask empty = task(caseId, QStringLiteral("  "), std::nullopt, QDate());
    const StoreError refused = repository.add(&empty);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("what the task is")), qPrintable(refused.message()));
    QCOMPARE(scalar(office.db, QStringLiteral("SELECT COUNT(*) FROM case_tasks")).toInt(), 2);

    // Two desks open the task; the supervisor saves first, the caseworker's
    // save over it is refused naming her, and nothing of it is saved.
    CaseTask mine = ring;
    QVERIFY(actAs(office.db, office.supervisor));
    CaseTask theirs = ring;
    theirs.dueDate = QDate(2026, 11, 27);
    CG_VERIFY_OK(repository.update(theirs));
    QVERIFY(actAs(office.db, office.caseworker));
    mine.title = QStringLiteral("Ring the school and the council");
    const StoreError conflict = repository.update(mine);
    QCOMPARE(conflict.kind(), StoreError::Kind::Conflict);
    QVERIFY2(conflict.message().contains(QStringLiteral("Grace Ibekwe")), qPrintable(conflict.message()));
    QVERIFY2(conflict.message().contains(QStringLiteral("task")), qPrintable(conflict.message()));
    CaseTask read;
    CG_VERIFY_OK(repository.find(ring.id, &read));
    QCOMPARE(read.title, QStringLiteral("Ring the school about the venue"));
    QCOMPARE(read.dueDate, QDate(2026, 11, 27));
    QCOMPARE(read.rowVersion, qint64(2));
    // Read again, the edit is saved; done in the same save stamps who and when.
    read.title = QStringLiteral("Ring the school and the council");
    read.assignedToId = office.caseworker;
    read.doneAt = QDateTime::currentDateTimeUtc();
    CG_VERIFY_OK(repository.update(read));
    CG_VERIFY_OK(repository.find(ring.id, &read));
    QCOMPARE(read.title, QStringLiteral("Ring the school and the council"));
    QCOMPARE(read.assignedToName, QStringLiteral("Sam Okafor"));
    QVERIFY(read.isDone());
    QCOMPARE(read.doneByName, QStringLiteral("Sam Okafor"));

    // Open again, and done again through setDone (twice changes nothing more).
    CG_VERIFY_OK(repository.setDone(ring.id, false));
    CG_VERIFY_OK(repository.find(ring.id, &read));
    QVERIFY(!read.isDone());
    QVERIFY(!read.doneById);
    CG_VERIFY_OK(repository.setDone(note.id, true));
    const qint64 version =
        scalar(office.db, QStringLiteral("SELECT row_version FROM case_tasks WHERE id = ?"), {note.id})
            .toLongLong();
    CG_VERIFY_OK(repository.setDone(note.id, true));
    QCOMPARE(scalar(office.db, QStringLiteral("SELECT row_version FROM case_tasks WHERE id = ?"), {note.id})
                 .toLongLong(),
             version);
    QCOMPARE(repository.setDone(4242, true).kind(), StoreError::Kind::NotFound);

    // The case's list: open first.
    QList<CaseTask> list;
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(titles(list), (QStringList{QStringLiteral("Ring the school and the council"),
                                        QStringLiteral("File the decision notice")}));

    // The timeline: each added, and the one done now; newest first.
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(office.db).listTimeline(caseId, &timeline));
    QStringList taskEntries;
    for (const Activity& entry : std::as_const(timeline)) {
        if (entry.kind == ActivityKind::Task) {
            taskEntries << entry.summary;
            QVERIFY(entry.id < 0);
        }
    }
    QCOMPARE(taskEntries,
             (QStringList{QStringLiteral("Task done: File the decision notice"),
                          QStringLiteral("Task added: File the decision notice"),
                          QStringLiteral("Task added for Sam Okafor: Ring the school and the council")}));
    for (int i = 1; i < timeline.size(); ++i)
        QVERIFY(timeline.at(i - 1).occurredAt >= timeline.at(i).occurredAt);

    if (test.isSqlite())
        CG_VERIFY_AUDIT_CHAIN(office.db);
}

void TestCaseTasks::myAndOverdueTasksAsTheCaseList()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 mediated = office.addCase(QStringLiteral("Aldous"));
    const qint64 other = office.addCase(QStringLiteral("Brennan"));
    QVERIFY2(mediated && other, qPrintable(office.why));
    QVERIFY(PlainSql::exec(office.db, QStringLiteral("UPDATE cases SET mediator_id = ? WHERE id = ?"),
                           {office.mediator, mediated}));
    CaseTaskRepository repository(office.db);
    const QDate yesterday = kToday.addDays(-1);
    QList<CaseTask> added = {
        task(mediated, QStringLiteral("A1 overdue for Jo"), office.mediator, yesterday),
        task(mediated, QStringLiteral("A2 today for Jo"), office.mediator, kToday),
        task(mediated, QStringLiteral("A3 overdue for Sam"), office.caseworker, yesterday.addDays(-3)),
        task(mediated, QStringLiteral("A4 done for Jo"), office.mediator, yesterday),
        task(other, QStringLiteral("B1 overdue for Jo"), office.mediator, yesterday),
        task(other, QStringLiteral("B2 no day for Jo"), office.mediator, QDate()),
        task(other, QStringLiteral("B3 overdue for Lee"), office.otherMediator, yesterday.addDays(-1)),
    };
    for (CaseTask& each : added)
        CG_VERIFY_OK(repository.add(&each));
    CG_VERIFY_OK(repository.setDone(added.at(3).id, true));

    // The supervisor sees every case.
    QList<CaseTask> list;
    CG_VERIFY_OK(repository.openTasksFor(office.mediator, &list));
    QCOMPARE(titles(list),
             (QStringList{QStringLiteral("A1 overdue for Jo"), QStringLiteral("B1 overdue for Jo"),
                          QStringLiteral("A2 today for Jo"), QStringLiteral("B2 no day for Jo")}));
    QVERIFY(!list.at(0).caseReference.isEmpty());
    CG_VERIFY_OK(repository.overdueTasks(kToday, std::nullopt, &list));
    QCOMPARE(titles(list),
             (QStringList{QStringLiteral("A3 overdue for Sam"), QStringLiteral("B3 overdue for Lee"),
                          QStringLiteral("A1 overdue for Jo"), QStringLiteral("B1 overdue for Jo")}));
    // Narrowed to a person: the tasks on their cases and theirs elsewhere.
    CG_VERIFY_OK(repository.overdueTasks(kToday, office.mediator, &list));
    QCOMPARE(titles(list),
             (QStringList{QStringLiteral("A3 overdue for Sam"), QStringLiteral("A1 overdue for Jo"),
                          QStringLiteral("B1 overdue for Jo")}));
    CG_VERIFY_OK(repository.overdueTasks(kToday, office.otherMediator, &list));
    QCOMPARE(titles(list), QStringList{QStringLiteral("B3 overdue for Lee")});

    // The mediator sees the tasks of their own case only, even those for them elsewhere.
    QVERIFY(actAs(office.db, office.mediator));
    CG_VERIFY_OK(repository.openTasksFor(office.mediator, &list));
    QCOMPARE(titles(list),
             (QStringList{QStringLiteral("A1 overdue for Jo"), QStringLiteral("A2 today for Jo")}));
    CG_VERIFY_OK(repository.overdueTasks(kToday, std::nullopt, &list));
    QCOMPARE(titles(list),
             (QStringList{QStringLiteral("A3 overdue for Sam"), QStringLiteral("A1 overdue for Jo")}));
    // Another mediator sees none of them.
    QVERIFY(actAs(office.db, office.otherMediator));
    CG_VERIFY_OK(repository.overdueTasks(kToday, std::nullopt, &list));
    QVERIFY(list.isEmpty());
    CG_VERIFY_OK(repository.openTasksFor(office.mediator, &list));
    QVERIFY(list.isEmpty());
}

void TestCaseTasks::onlyThoseWhoEditTheCase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Penrose"));
    QVERIFY2(caseId, qPrintable(office.why));
    CaseTaskRepository repository(office.db);
    CaseTask ring = task(caseId, QStringLiteral("Ring the council"), office.caseworker, kToday);
    CG_VERIFY_OK(repository.add(&ring)); // the supervisor
    const Snapshot before = Snapshot::of(office.db, caseId);
    const int audited = auditRows(office.db, QStringLiteral("insert"));

    // An administrator reads the case's tasks but adds, edits and marks none.
    QVERIFY(actAs(office.db, office.administrator));
    QList<CaseTask> list;
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 1);
    CaseTask another = task(caseId, QStringLiteral("Write to the family"), std::nullopt, QDate());
    QCOMPARE(repository.add(&another).kind(), StoreError::Kind::Forbidden);
    CaseTask edited = list.at(0);
    edited.title = QStringLiteral("Ring the council again");
    QCOMPARE(repository.update(edited).kind(), StoreError::Kind::Forbidden);
    QCOMPARE(repository.setDone(ring.id, true).kind(), StoreError::Kind::Forbidden);

    // A mediator who is not on the case neither sees nor changes its tasks.
    QVERIFY(actAs(office.db, office.otherMediator));
    QVERIFY(repository.listForCase(caseId, &list));
    QVERIFY(list.isEmpty());
    CaseTask found;
    QVERIFY(repository.find(ring.id, &found));
    QVERIFY(repository.add(&another));
    QVERIFY(repository.update(edited));
    QVERIFY(repository.setDone(ring.id, true));

    QVERIFY(actAs(office.db, office.supervisor));
    CG_VERIFY_OK(repository.find(ring.id, &found));
    QCOMPARE(found.title, QStringLiteral("Ring the council"));
    QVERIFY(!found.isDone());
    QCOMPARE(scalar(office.db, QStringLiteral("SELECT COUNT(*) FROM case_tasks")).toInt(), 1);
    QCOMPARE(auditRows(office.db, QStringLiteral("insert")), audited);
    QCOMPARE(auditRows(office.db, QStringLiteral("update")), 0);
    QCOMPARE(Snapshot::of(office.db, caseId).rowVersion, before.rowVersion);
}

void TestCaseTasks::subjectAccessAndAnonymising()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QString why;
    const qint64 caseId = addCaseNotPursuedIn2019(db, &why);
    QVERIFY2(caseId, qPrintable(why));
    CaseTaskRepository repository(db);
    CaseTask ring =
        task(caseId, QStringLiteral("Ring Ms Penhale about the venue"), std::nullopt, QDate(2019, 2, 12));
    CG_VERIFY_OK(repository.add(&ring));
    CG_VERIFY_OK(repository.setDone(ring.id, true));

    // The subject access export lists it, with its title.
    QJsonObject document;
    CG_VERIFY_OK(SubjectAccessExport(db).forCase(caseId, &document));
    const QJsonArray tasks = document.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.at(0)[QStringLiteral("title")].toString(),
             QStringLiteral("Ring Ms Penhale about the venue"));
    QVERIFY(!tasks.at(0)[QStringLiteral("done_at")].toString().isEmpty());

    // Anonymising deletes it, and the trail keeps no copy of its title.
    const StoreError closed = closeIn2019(db, caseId);
    QVERIFY2(closed.ok(), qPrintable(closed.message()));
    AnonymisedRecords records;
    const StoreError error = RetentionRepository(db).anonymise(caseId, QDate(2026, 3, 1), &records);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(records.changed.value(QStringLiteral("case_tasks")), QList<qint64>{ring.id});
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_tasks WHERE case_id = ?"), {caseId}).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'case_tasks' AND "
                                       "(new_value LIKE '%Penhale%' OR old_value LIKE '%Penhale%')"))
                 .toInt(),
             0);
    QVERIFY(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'case_tasks'")).toInt() >
        0);
    if (test.isSqlite())
        CG_VERIFY_AUDIT_CHAIN(db);
}

// The subject access export may lay out its PDF, which needs a QGuiApplication.
QTEST_MAIN(TestCaseTasks)
#include "tst_casetasks.moc"
