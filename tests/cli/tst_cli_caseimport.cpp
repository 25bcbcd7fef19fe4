#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/infrastructure/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// cases import, run as a script would (issue 20 points 1 to 3): a round trip
// through export, all-or-nothing refusal naming every bad row, duplicates,
// and imported past dates giving the deadlines the rules give. Synthetic names.
class TestCliCaseImport : public QObject
{
    Q_OBJECT

private slots:
    void exportImportExportIsIdentical_data() { TestDatabase::addEngineRows(); }
    void exportImportExportIsIdentical();
    void badRowsRefuseTheWholeFile_data() { TestDatabase::addEngineRows(); }
    void badRowsRefuseTheWholeFile();
    void duplicatesAreRefused_data() { TestDatabase::addEngineRows(); }
    void duplicatesAreRefused();
    void pastDatesGiveTheirDeadlines_data() { TestDatabase::addEngineRows(); }
    void pastDatesGiveTheirDeadlines();
    void mappingReadsOtherHeadings();
};

namespace {
const QDate kToday(2026, 11, 23);
const QString kTodayText = QStringLiteral("2026-11-23");
const QByteArray kHeader =
    "reference,child_given_name,child_family_name,child_date_of_birth,parent_name,referrer,"
    "council,route,enquiry_date,decision_type,decision_notice_sent,stage,"
    "information_given_on,mediation_requested_on,not_pursuing_on,meeting_held_on\r\n";

QStringList where(const TestDatabase& test)
{
    if (test.isSqlite())
        return {"--database", test.settings().sqlitePath()};
    return {"--postgres", test.settings().toConnInfo()};
}

// The councils every database here has; empty on success, else why not.
QString addCouncils(const TestDatabase& test)
{
    Database database(test.settings());
    if (StoreError error = database.open())
        return error.message();
    if (!CaseSeed::addCouncil(database.connection(), "Westvale District Council", "WVD") ||
        !CaseSeed::addCouncil(database.connection(), "Northmoor Borough Council", "NMB"))
        return QStringLiteral("could not add the councils");
    return {};
}

int caseCount(const TestDatabase& test)
{
    Database database(test.settings());
    if (database.open())
        return -1;
    QSqlQuery query(database.connection());
    if (!query.exec("SELECT COUNT(*) FROM cases") || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

// The new_value of every 'import' row of the audit trail, oldest first.
QStringList importAuditRows(const TestDatabase& test)
{
    Database database(test.settings());
    if (database.open())
        return {QStringLiteral("could not open")};
    QSqlQuery query(database.connection());
    if (!query.exec("SELECT table_name, new_value FROM audit_log WHERE action = 'import' ORDER BY id"))
        return {query.lastError().text()};
    QStringList rows;
    while (query.next()) {
        if (query.value(0).toString() != QLatin1String("cases"))
            rows << QStringLiteral("table %1").arg(query.value(0).toString());
        rows << query.value(1).toString();
    }
    return rows;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestCliCaseImport::exportImportExportIsIdentical()
{
    QFETCH(QString, engine);
    TestDatabase first(engine);
    CG_REQUIRE_ENGINE(first);
    QCOMPARE(addCouncils(first), QString());
    {
        Database database(first.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        QString why;
        qint64 westvale = 0;
        qint64 northmoor = 0;
        QSqlQuery query(db);
        QVERIFY(query.exec("SELECT id, code FROM councils"));
        while (query.next())
            (query.value(1).toString() == "WVD" ? westvale : northmoor) = query.value(0).toLongLong();
        Referral plan = CaseSeed::mediationReferral(northmoor, "Ada", "Quill, Jr", QDate(2026, 10, 1));
        plan.decisionType = DecisionType::PlanContent;
        plan.sections = {PlanSection::B, PlanSection::F};
        plan.parent.phone = "+447700900123";
        plan.parent.email = "parent@example.org";
        const qint64 a = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(westvale, "Zoë", "Nguyễn", QDate(2026, 11, 2)), kToday, &why);
        const qint64 b = CaseSeed::addCase(db, plan, kToday, &why);
        const qint64 c = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(westvale, "Kit", "=Hale", QDate(2026, 11, 9)), kToday, &why);
        QVERIFY2(a && b && c, qPrintable(why));
        QVERIFY2(CaseSeed::advanceTo(db, a, CaseStage::NotPursuing, QDate(2026, 11, 19), kToday, &why),
                 qPrintable(why));
        QVERIFY2(CaseSeed::advanceTo(db, b, CaseStage::MeetingHeld, QDate(2026, 10, 20), kToday, &why),
                 qPrintable(why));
        QVERIFY(CaseSeed::addSupervisor(db, "siobhan", "Siobhan Reyes"));
    }
    // Part 1 issued by the program on the case not pursued: exported in the
    // certificate columns, imported as issued outside the program.
    CliRun issued =
        CliRunner::run(where(first) + QStringList{"certificate", "issue", "--case", "MED-2026-00001",
                                                  "--issuer", "siobhan", "--date", kTodayText});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QTemporaryDir dir;
    const QString once = dir.filePath("once.csv");
    CliRun run = CliRunner::run(where(first) + QStringList{"cases", "export", "--out", once});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("cases: 3\n"));

    TestDatabase second(engine);
    QCOMPARE(addCouncils(second), QString());
    run = CliRunner::run(where(second) + QStringList{"cases", "import", once, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("cases: 3\n"), qPrintable(run.out));
    // Its Part 1 is issued: the case waits on nothing.
    QVERIFY2(run.out.contains("created\t2\tMED-2026-00001\tZoë Nguyễn\tnot_pursuing\t\n"),
             qPrintable(run.out));
    const QString twice = dir.filePath("twice.csv");
    run = CliRunner::run(where(second) + QStringList{"cases", "export", "--out", twice});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray expected = readFile(once);
    QVERIFY(expected.contains("Quill, Jr"));
    QVERIFY(expected.contains(",B F,"));
    QVERIFY(expected.contains(",1,CG-2026-000001,2026-11-23"));
    QCOMPARE(readFile(twice), expected);
    // The certificate is in the register as issued outside the program: no
    // longer due, and the appeal deadline counts from it on both sides.
    const QStringList deadlines[2] = {
        CliRunner::run(where(first) + QStringList{"cases", "show", "MED-2026-00001"})
            .outLines()
            .filter(QRegularExpression("^deadline\t")),
        CliRunner::run(where(second) + QStringList{"cases", "show", "MED-2026-00001"})
            .outLines()
            .filter(QRegularExpression("^deadline\t"))};
    QVERIFY(!deadlines[0].filter(QRegularExpression("^deadline\tappeal\t")).isEmpty());
    QCOMPARE(deadlines[1], deadlines[0]);
    const QStringList shown =
        CliRunner::run(where(second) + QStringList{"cases", "show", "MED-2026-00001"}).outLines();
    QVERIFY2(shown.contains("certificate\tCG-2026-000001\t1\tissued\t2026-11-23\tissued_outside"),
             qPrintable(shown.join('\n')));
    run = CliRunner::run(where(second) + QStringList{"certificates", "due", "--today", kTodayText});
    QVERIFY2(!run.out.contains("MED-2026-00001"), qPrintable(run.out));
    // The same deadlines on both sides, through the case list's own query.
    const CliRun before = CliRunner::run(where(first) + QStringList{"cases", "list", "--today", kTodayText});
    const CliRun after = CliRunner::run(where(second) + QStringList{"cases", "list", "--today", kTodayText});
    QCOMPARE(after.out, before.out);
    // A second import of the same file finds every case already there.
    run = CliRunner::run(where(second) + QStringList{"cases", "import", once, "--today", kTodayText});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(caseCount(second), 3);
}

void TestCliCaseImport::badRowsRefuseTheWholeFile()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QCOMPARE(addCouncils(test), QString());
    const QByteArray file =
        kHeader +
        // line 2: good
        ",Zoë,Nguyễn,2015-05-01,Jo "
        "Nguyễn,parent,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,,,,,\r\n"
        // line 3: a young person of 15 at the enquiry
        ",Sam,Okoro,2011-01-10,,young_person,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,,,,,\r\n"
        // line 4: the decision notice after the enquiry
        ",Ada,Quill,2015-05-01,Jo Quill,parent,WVD,mediation,2026-11-02,refusal_to_assess,2026-11-03,,,,,\r\n"
        // line 5: a meeting held without its dates, and a council nobody has
        ",Kit,Hale,2015-05-01,Jo Hale,parent,XYZ,mediation,2026-11-02,refusal_to_assess,2026-10-26,"
        "meeting_held,,,,\r\n"
        // line 6: a date that is not one
        ",Lee,Marsh,2015-02-30,Jo "
        "Marsh,parent,NMB,mediation,2026-11-02,refusal_to_assess,2026-10-26,,,,,\r\n"
        // line 7: no route (not taken to mean mediation)
        ",Rae,Dunn,2015-05-01,Jo Dunn,parent,WVD,,2026-11-02,refusal_to_assess,2026-10-26,,,,,\r\n"
        // line 8: no referrer (not taken to mean a parent)
        ",Max,Dunn,2015-05-01,Jo Dunn,,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,,,,,\r\n";
    // A certificate the case's dates do not lead to (Part 2 without a meeting held).
    const QByteArray withCertificate =
        "child_given_name,child_family_name,child_date_of_birth,parent_name,referrer,council,route,"
        "enquiry_date,decision_type,decision_notice_sent,certificate_part,certificate_number,"
        "certificate_issued_on\r\n"
        "Zoë,Nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,,,\r\n"
        "Rae,Dunn,2015-05-01,Jo Dunn,parent,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,2,"
        "HX-2026-0001,2026-11-20\r\n";
    QTemporaryDir dir;
    const QString path = writeFile(dir, "bad.csv", file);
    for (const QStringList& extra : {QStringList{"--dry-run"}, QStringList{}}) {
        const CliRun run =
            CliRunner::run(where(test) + QStringList{"cases", "import", path, "--today", kTodayText} + extra);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(!run.err.contains("line 2:"), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 3: child_date_of_birth: "), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 4: decision_notice_sent: "), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 5: council: there is no council 'XYZ'"), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 6: child_date_of_birth: '2015-02-30' is not a date"),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("line 7: route: give the route"), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 8: referrer: give who referred"), qPrintable(run.err));
        QVERIFY2(run.err.contains("nothing was imported from"), qPrintable(run.err));
        QCOMPARE(caseCount(test), 0);
        QCOMPARE(importAuditRows(test), QStringList());
    }
    const QString certificatePath = writeFile(dir, "certificate.csv", withCertificate);
    CliRun refused =
        CliRunner::run(where(test) + QStringList{"cases", "import", certificatePath, "--today", kTodayText});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("line 3: certificate_part: a Part 2 certificate follows the day mediation "
                                  "took place; give meeting_held_on"),
             qPrintable(refused.err));
    QCOMPARE(caseCount(test), 0);
    // Line 5 with its council put right still needs the dates its stage rests on.
    const QString stageOnly = writeFile(
        dir, "stage.csv",
        kHeader + ",Kit,Hale,2015-05-01,Jo Hale,parent,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,"
                  "meeting_held,,,,2026-11-20\r\n");
    const CliRun run =
        CliRunner::run(where(test) + QStringList{"cases", "import", stageOnly, "--today", kTodayText});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains("line 2: mediation_requested_on: give the date: the stage 'meeting_held' needs it"),
        qPrintable(run.err));
    QCOMPARE(caseCount(test), 0);
}

void TestCliCaseImport::duplicatesAreRefused()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QCOMPARE(addCouncils(test), QString());
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "one.csv",
                  kHeader + "MED-2026-00040,Zoë,Nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-02,"
                            "refusal_to_assess,2026-10-26,,,,,\r\n");
    CliRun run = CliRunner::run(where(test) + QStringList{"cases", "import", path, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.startsWith("created\t2\tMED-2026-00040\tZoë Nguyễn\tenquiry\treferral_action 2026-11-09"),
        qPrintable(run.out));
    // The same child (any case, same date of birth) and the same reference are refused.
    const QString again = writeFile(
        dir, "again.csv",
        kHeader + ",ZOË,nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-09,refusal_to_assess,"
                  "2026-10-26,,,,,\r\n"
                  "med-2026-00040,Kit,Hale,2015-05-01,Jo Hale,parent,WVD,mediation,2026-11-09,"
                  "refusal_to_assess,2026-10-26,,,,,\r\n"
                  ",Ada,Quill,2015-05-01,Jo Quill,parent,WVD,mediation,2026-11-09,refusal_to_assess,"
                  "2026-10-26,,,,,\r\n");
    run = CliRunner::run(where(test) + QStringList{"cases", "import", again, "--today", kTodayText});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 2: looks like MED-2026-00040 (same child and date of birth)"),
             qPrintable(run.err));
    QVERIFY2(run.err.contains("line 3: looks like MED-2026-00040 (same reference)"), qPrintable(run.err));
    QVERIFY2(!run.err.contains("line 4"), qPrintable(run.err));
    QCOMPARE(caseCount(test), 1);
    // The dry run names them too.
    run = CliRunner::run(where(test) +
                         QStringList{"cases", "import", again, "--dry-run", "--today", kTodayText});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 2: looks like MED-2026-00040"), qPrintable(run.err));
    // A new case is numbered after the highest reference kept.
    const QString fresh = writeFile(
        dir, "fresh.csv",
        kHeader + ",Ada,Quill,2015-05-01,Jo Quill,parent,WVD,mediation,2026-11-09,refusal_to_assess,"
                  "2026-10-26,,,,,\r\n");
    run = CliRunner::run(where(test) + QStringList{"cases", "import", fresh, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith("created\t2\tMED-2026-00041\t"), qPrintable(run.out));
}

// Imported past dates: the deadlines are those the rules give from them
// (worked by hand with the shipped calendar), and the past is on the timeline.
void TestCliCaseImport::pastDatesGiveTheirDeadlines()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QCOMPARE(addCouncils(test), QString());
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, "past.csv",
        kHeader +
            // Not pursuing from Thursday 19 November: Part 1 within 3 working
            // days, Friday 20, Monday 23, Tuesday 24 November.
            ",Zoë,Nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,"
            "not_pursuing,2026-11-05,,2026-11-19,\r\n"
            // A meeting held on Friday 20 November: Part 2 by Wednesday 25 November.
            ",Kit,Hale,2015-05-01,Jo Hale,parent,NMB,mediation,2026-10-12,refusal_to_assess,2026-10-05,"
            "meeting_held,2026-10-13,2026-10-14,,2026-11-20\r\n");
    CliRun run = CliRunner::run(where(test) +
                                QStringList{"cases", "import", path, "--dry-run", "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.contains("would create\t2\tnew\tZoë Nguyễn\tnot_pursuing\tcertificate_part1 2026-11-24\n"),
        qPrintable(run.out));
    QVERIFY2(run.out.contains("would create\t3\tnew\tKit Hale\tmeeting_held\tcertificate_part2 2026-11-25\n"),
             qPrintable(run.out));
    QVERIFY(run.out.contains("(dry run: nothing stored)"));
    QCOMPARE(caseCount(test), 0);

    run = CliRunner::run(where(test) + QStringList{"cases", "import", path, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(
                 "created\t2\tMED-2026-00001\tZoë Nguyễn\tnot_pursuing\tcertificate_part1 2026-11-24\n"),
             qPrintable(run.out));
    run = CliRunner::run(where(test) + QStringList{"cases", "list", "--today", kTodayText});
    QVERIFY2(
        run.out.contains("MED-2026-00001\tZoë Nguyễn\tWestvale District Council\tmediation\tnot_pursuing\t"
                         "2026-11-24\t"),
        qPrintable(run.out));
    QVERIFY2(run.out.contains("MED-2026-00002\tKit Hale\tNorthmoor Borough Council\tmediation\tmeeting_held\t"
                              "2026-11-25\t"),
             qPrintable(run.out));
    // The past events on the timeline, dated as in the file, marked imported,
    // naming the file and its SHA-256.
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(
        "SELECT a.summary, a.body, a.occurred_at FROM activities a JOIN cases c ON c.id = a.case_id "
        "WHERE c.reference = 'MED-2026-00002' AND a.summary LIKE '%(imported)' ORDER BY a.occurred_at"));
    QStringList summaries;
    while (query.next()) {
        summaries << query.value(0).toString();
        QVERIFY2(query.value(1).toString().startsWith("Imported from past.csv (SHA-256 "),
                 qPrintable(query.value(1).toString()));
    }
    QCOMPARE(summaries.size(), 4);
    QCOMPARE(summaries.first(), QStringLiteral("Enquiry (imported)"));
    // One audit record of the import, naming the file and its SHA-256.
    QCOMPARE(
        importAuditRows(test),
        QStringList{QStringLiteral("{\"file\":\"past.csv\",\"sha256\":\"%1\",\"cases\":2}")
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex()))});
}

void TestCliCaseImport::mappingReadsOtherHeadings()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(addCouncils(test), QString());
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "theirs.csv",
                  "First name,Surname,DOB,Parent,LA,Enquiry,Decision,Notice sent,Service,Referred by\r\n"
                  "Zoë,Nguyễn,01/05/2015,Jo Nguyễn,WVD,2026-11-02,refusal_to_assess,26/10/2026,mediation,"
                  "parent\r\n");
    const QString mapping =
        writeFile(dir, "mapping.csv",
                  "heading,column\r\nFirst name,child_given_name\r\nSurname,child_family_name\r\n"
                  "DOB,child_date_of_birth\r\nParent,parent_name\r\nLA,council\r\n"
                  "Enquiry,enquiry_date\r\nDecision,decision_type\r\n"
                  "Notice sent,decision_notice_sent\r\nService,route\r\nReferred by,referrer\r\n");
    CliRun run = CliRunner::run(where(test) + QStringList{"cases", "import", path, "--today", kTodayText});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 1: unknown column(s) First name"), qPrintable(run.err));
    run = CliRunner::run(where(test) +
                         QStringList{"cases", "import", path, "--mapping", mapping, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith("created\t2\tMED-2026-00001\tZoë Nguyễn\tenquiry\t"), qPrintable(run.out));
    run = CliRunner::run(where(test) + QStringList{"cases", "show", "MED-2026-00001"});
    QVERIFY(run.outLines().contains("child_date_of_birth\t2015-05-01"));
    QVERIFY(run.outLines().contains("decision_notice_sent\t2026-10-26"));
}

QTEST_GUILESS_MAIN(TestCliCaseImport)
#include "tst_cli_caseimport.moc"
