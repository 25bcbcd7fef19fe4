#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "store/infrastructure/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// contacts import, export, list and duplicates, run as a script would.
// All names and numbers are synthetic.
namespace {
const QByteArray kHeader =
    "organisation,organisation_kind,council,given_name,family_name,job_title,role,phone,"
    "email,postcode,decision_maker\n";
} // namespace

class TestCliContacts : public QObject
{
    Q_OBJECT

private slots:
    void importListExport();
    void badRowsImportNothing();
    void duplicates();
    void demoDataHasInvitees();
    void badArguments_data();
    void badArguments();
};

void TestCliContacts::importListExport()
{
    TestDatabase test("sqlite");
    QTemporaryDir dir;
    const QStringList where = CliRunner::where(test);
    CliRun run = CliRunner::run(
        where + QStringList{"councils", "add", "--name", "Northmoor Borough Council", "--code", "NMB"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString csv = dir.filePath("schools.csv");
    QVERIFY(TestFiles::write(
        csv, "\xEF\xBB\xBF" + kHeader +
                 "Larkfield Primary School,school,NMB,Priya,Lennox,SENCO,school_representative,"
                 "0113 496 0001,senco@larkfield.example,NM1 4QT,no\n"
                 "Northmoor SEND Team,council_send,NMB,Marta,Quayle,\"Head of SEND, North\","
                 "council_decision_maker,07700 900123,marta.quayle@nmb.gov.example,,yes\n"
                 "Northmoor SENDIASS,sendiass,NMB,,,,,020 7946 0018,,,\n"));
    run = CliRunner::run(where + QStringList{"contacts", "import", csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), (QStringList{"organisations: 3", "contacts: 2"}));

    run = CliRunner::run(where + QStringList{"contacts", "list"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        run.outLines(),
        (QStringList{
            "1\tLennox\tPriya\tLarkfield Primary School\tSENCO\t0113 496 0001\tsenco@larkfield.example\tno",
            "2\tQuayle\tMarta\tNorthmoor SEND Team\tHead of SEND, North\t07700 900123\t"
            "marta.quayle@nmb.gov.example\tyes"}));
    run = CliRunner::run(where + QStringList{"contacts", "list", "--search", "northmoor"});
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY(run.out.startsWith("2\tQuayle"));
    run = CliRunner::run(where + QStringList{"contacts", "list", "--search", "nobody"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());

    const QString out = dir.filePath("export.csv");
    run = CliRunner::run(where + QStringList{"contacts", "export", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), QStringList{"rows: 3"});
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains("\"Head of SEND, North\""));
    QVERIFY(text.contains("Northmoor SENDIASS,sendiass,Northmoor Borough Council,,,,,020 7946 0018,,,"));

    // The export imports into a new database with the same council.
    TestDatabase other("sqlite");
    const QStringList there = CliRunner::where(other);
    QCOMPARE(CliRunner::run(there + QStringList{"councils", "add", "--name", "Northmoor Borough Council",
                                                "--code", "NMB"})
                 .exitCode,
             0);
    run = CliRunner::run(there + QStringList{"contacts", "import", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), (QStringList{"organisations: 3", "contacts: 2"}));
}

void TestCliContacts::badRowsImportNothing()
{
    TestDatabase test("sqlite");
    QTemporaryDir dir;
    const QStringList where = CliRunner::where(test);
    const QString csv = dir.filePath("bad.csv");
    QVERIFY(TestFiles::write(
        csv, kHeader + "Larkfield Primary School,school,,Priya,Lennox,SENCO,,0113 496 0001,,,\n"
                       "Oakmere Academy,academy,,Idris,Penhale,,,,,,\n"
                       "Hollins Park,school,,Noor,Haddad,,,12345,,,\n"
                       "Brookside College,college,,Rosa,Tarrant,,,,rosa@brookside,,\n"
                       ",,,Kit,Ormerod,,,,,,\n"));
    CliRun run = CliRunner::run(where + QStringList{"contacts", "import", csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.err.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("line 3: organisation_kind: 'academy'"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith("line 4: phone: "), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith("line 5: email: "), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains("nothing was imported") && lines.at(3).contains("3 bad row(s)"),
             qPrintable(lines.at(3)));
    run = CliRunner::run(where + QStringList{"contacts", "list"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());

    run = CliRunner::run(where + QStringList{"contacts", "import", dir.filePath("missing.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("cannot read"));
}

void TestCliContacts::duplicates()
{
    TestDatabase test("sqlite");
    QTemporaryDir dir;
    const QStringList where = CliRunner::where(test);
    const QString csv = dir.filePath("people.csv");
    QVERIFY(TestFiles::write(csv, kHeader + ",,,Priya,Lennox,SENCO,,0113 496 0001,,,\n"
                                            ",,,PRIYA,lennox,,,+441134960001,priya@mail.example,,\n"
                                            ",,,Priya,Lennox,,,,other@mail.example,,\n"));
    QCOMPARE(CliRunner::run(where + QStringList{"contacts", "import", csv}).exitCode, 0);
    const CliRun run = CliRunner::run(where + QStringList{"contacts", "duplicates"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(), QStringList{"1\t2\tphone\tPriya Lennox"});
}

void TestCliContacts::demoDataHasInvitees()
{
    TestDatabase test("sqlite");
    const QStringList where = CliRunner::where(test);
    const CliRun run = CliRunner::run(where + QStringList{"demo-data", "--cases", "80"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec("SELECT COUNT(*), COUNT(DISTINCT role), COUNT(DISTINCT case_id) FROM invitees"));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QCOMPARE(query.value(1).toInt(), 3);
    // Every decision-maker invited is one in the directory, at the case's council.
    QVERIFY(query.exec(
        "SELECT COUNT(*) FROM invitees i JOIN cases c ON c.id = i.case_id "
        "JOIN contacts ct ON ct.id = i.contact_id JOIN organisations o ON o.id = ct.organisation_id "
        "WHERE i.role = 'council_decision_maker' AND (o.council_id <> c.council_id OR "
        "ct.is_decision_maker = 0)"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // The directory is searchable, by a signed-in user: the demo data has users.
    CliRun list = CliRunner::run(where + QStringList{"contacts", "list", "--search", "senco"});
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains("--user"), qPrintable(list.err));
    qputenv("COMMONGROUND_PASSWORD", "commonground");
    list = CliRunner::run(where +
                          QStringList{"--user", "grace.ibekwe", "contacts", "list", "--search", "senco"});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.outLines().size() >= 12);
    // The office's quiet-family prompt is set by an administrator only: not
    // by nobody, nor a supervisor.
    const QStringList quiet{"provider", "set", "--quiet-family-days", "15"};
    QCOMPARE(CliRunner::run(where + quiet).exitCode, 1);
    QCOMPARE(CliRunner::run(where + QStringList{"--user", "grace.ibekwe"} + quiet).exitCode, 1);
    CliRun set = CliRunner::run(where + QStringList{"--user", "demo"} + quiet);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    qunsetenv("COMMONGROUND_PASSWORD");
    QVERIFY(CliRunner::run(where + QStringList{"provider", "show"})
                .outLines()
                .contains("quiet_family_working_days\t15"));
}

void TestCliContacts::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"contacts"} << "contacts import";
    QTest::newRow("unknown action") << QStringList{"contacts", "delete"} << "unknown action 'delete'";
    QTest::newRow("import without file") << QStringList{"contacts", "import"} << "one CSV file";
    QTest::newRow("import two files")
        << QStringList{"contacts", "import", "a.csv", "b.csv"} << "one CSV file";
    QTest::newRow("export without --out") << QStringList{"contacts", "export"} << "--out FILE.csv";
    QTest::newRow("list with a word") << QStringList{"contacts", "list", "lennox"} << "--search TEXT";
}

void TestCliContacts::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    TestDatabase test("sqlite");
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_cli_contacts.moc"
