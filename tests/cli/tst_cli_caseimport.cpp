#include "CaseSeed.h"
#include "CliRunner.h"
#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "TestFiles.h"
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
    void updateRowChangesItsCase_data() { TestDatabase::addEngineRows(); }
    void updateRowChangesItsCase();
    void updateRowsRefused_data();
    void updateRowsRefused();
    void updateRowAddsACertificateOnce_data() { TestDatabase::addEngineRows(); }
    void updateRowAddsACertificateOnce();
    void schoolsMatchTheDirectory_data() { TestDatabase::addEngineRows(); }
    void schoolsMatchTheDirectory();
};

namespace {
const QDate kToday(2026, 11, 23);
const QString kTodayText = QStringLiteral("2026-11-23");
const QByteArray kHeader =
    "reference,child_given_name,child_family_name,child_date_of_birth,parent_name,referrer,"
    "council,route,enquiry_date,decision_type,decision_notice_sent,stage,"
    "information_given_on,mediation_requested_on,not_pursuing_on,meeting_held_on\r\n";

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
    return PlainSql::rowCount(database.connection(), "cases");
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

// One value of the first row `sql` gives with `binds`, or "<no row>".
QVariant valueOf(const TestDatabase& test, const QString& sql, const QVariantList& binds = {})
{
    Database database(test.settings());
    if (database.open())
        return QStringLiteral("<no database>");
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0);
}

// MED-2026-00040, Zoë Nguyễn, at "information given" on 5 November 2026
// (imported); empty on success, else why not.
QString addUpdatableCase(const TestDatabase& test, const QTemporaryDir& dir)
{
    if (const QString why = addCouncils(test); !why.isEmpty())
        return why;
    QFile file(dir.filePath("first.csv"));
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write first.csv");
    file.write(kHeader + "MED-2026-00040,Zoë,Nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-02,"
                         "refusal_to_assess,2026-10-26,information_given,2026-11-05,,,\r\n");
    file.close();
    const CliRun run = CliRunner::run(CliRunner::where(test) +
                                      QStringList{"cases", "import", file.fileName(), "--today", kTodayText});
    return run.exitCode == 0 ? QString() : run.err;
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
    CliRun issued = CliRunner::run(CliRunner::where(first) + QStringList{"certificate", "issue", "--case",
                                                                         "MED-2026-00001", "--issuer",
                                                                         "siobhan", "--date", kTodayText});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QTemporaryDir dir;
    const QString once = dir.filePath("once.csv");
    CliRun run = CliRunner::run(CliRunner::where(first) + QStringList{"cases", "export", "--out", once});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("cases: 3\n"));

    TestDatabase second(engine);
    QCOMPARE(addCouncils(second), QString());
    run = CliRunner::run(CliRunner::where(second) +
                         QStringList{"cases", "import", once, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("cases: 3\n"), qPrintable(run.out));
    // Its Part 1 is issued: the case waits on nothing.
    QVERIFY2(run.out.contains("created\t2\tMED-2026-00001\tZoë Nguyễn\tnot_pursuing\t\n"),
             qPrintable(run.out));
    const QString twice = dir.filePath("twice.csv");
    run = CliRunner::run(CliRunner::where(second) + QStringList{"cases", "export", "--out", twice});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray expected = readFile(once);
    QVERIFY(expected.contains("Quill, Jr"));
    QVERIFY(expected.contains(",B F,"));
    QVERIFY(expected.contains(",1,CG-2026-000001,2026-11-23"));
    QCOMPARE(readFile(twice), expected);
    // The certificate is in the register as issued outside the program: no
    // longer due, and the appeal deadline counts from it on both sides.
    const QStringList deadlines[2] = {
        CliRunner::run(CliRunner::where(first) + QStringList{"cases", "show", "MED-2026-00001"})
            .outLines()
            .filter(QRegularExpression("^deadline\t")),
        CliRunner::run(CliRunner::where(second) + QStringList{"cases", "show", "MED-2026-00001"})
            .outLines()
            .filter(QRegularExpression("^deadline\t"))};
    QVERIFY(!deadlines[0].filter(QRegularExpression("^deadline\tappeal\t")).isEmpty());
    QCOMPARE(deadlines[1], deadlines[0]);
    const QStringList shown =
        CliRunner::run(CliRunner::where(second) + QStringList{"cases", "show", "MED-2026-00001"}).outLines();
    QVERIFY2(shown.contains("certificate\tCG-2026-000001\t1\tissued\t2026-11-23\tissued_outside"),
             qPrintable(shown.join('\n')));
    run =
        CliRunner::run(CliRunner::where(second) + QStringList{"certificates", "due", "--today", kTodayText});
    QVERIFY2(!run.out.contains("MED-2026-00001"), qPrintable(run.out));
    // The same deadlines on both sides, through the case list's own query.
    const CliRun before =
        CliRunner::run(CliRunner::where(first) + QStringList{"cases", "list", "--today", kTodayText});
    const CliRun after =
        CliRunner::run(CliRunner::where(second) + QStringList{"cases", "list", "--today", kTodayText});
    QCOMPARE(after.out, before.out);
    // A second import of the same file finds every case already there.
    run = CliRunner::run(CliRunner::where(second) +
                         QStringList{"cases", "import", once, "--today", kTodayText});
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
    const QString path = TestFiles::write(dir, "bad.csv", file);
    for (const QStringList& extra : {QStringList{"--dry-run"}, QStringList{}}) {
        const CliRun run = CliRunner::run(
            CliRunner::where(test) + QStringList{"cases", "import", path, "--today", kTodayText} + extra);
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
    const QString certificatePath = TestFiles::write(dir, "certificate.csv", withCertificate);
    CliRun refused = CliRunner::run(CliRunner::where(test) +
                                    QStringList{"cases", "import", certificatePath, "--today", kTodayText});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("line 3: certificate_part: a Part 2 certificate follows the day mediation "
                                  "took place; give meeting_held_on"),
             qPrintable(refused.err));
    QCOMPARE(caseCount(test), 0);
    // Line 5 with its council put right still needs the dates its stage rests on.
    const QString stageOnly = TestFiles::write(
        dir, "stage.csv",
        kHeader + ",Kit,Hale,2015-05-01,Jo Hale,parent,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,"
                  "meeting_held,,,,2026-11-20\r\n");
    const CliRun run = CliRunner::run(CliRunner::where(test) +
                                      QStringList{"cases", "import", stageOnly, "--today", kTodayText});
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
    const QString path = TestFiles::write(
        dir, "one.csv",
        kHeader + "MED-2026-00040,Zoë,Nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-02,"
                  "refusal_to_assess,2026-10-26,,,,,\r\n");
    CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"cases", "import", path, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.startsWith("created\t2\tMED-2026-00040\tZoë Nguyễn\tenquiry\treferral_action 2026-11-09"),
        qPrintable(run.out));
    // The same child (any case, same date of birth) and the same reference are refused.
    const QString again = TestFiles::write(
        dir, "again.csv",
        kHeader + ",ZOË,nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-09,refusal_to_assess,"
                  "2026-10-26,,,,,\r\n"
                  "med-2026-00040,Kit,Hale,2015-05-01,Jo Hale,parent,WVD,mediation,2026-11-09,"
                  "refusal_to_assess,2026-10-26,,,,,\r\n"
                  ",Ada,Quill,2015-05-01,Jo Quill,parent,WVD,mediation,2026-11-09,refusal_to_assess,"
                  "2026-10-26,,,,,\r\n");
    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"cases", "import", again, "--today", kTodayText});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 2: looks like MED-2026-00040 (same child and date of birth)"),
             qPrintable(run.err));
    QVERIFY2(run.err.contains("line 3: looks like MED-2026-00040 (same reference)"), qPrintable(run.err));
    QVERIFY2(!run.err.contains("line 4"), qPrintable(run.err));
    QCOMPARE(caseCount(test), 1);
    // The dry run names them too.
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"cases", "import", again, "--dry-run", "--today", kTodayText});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 2: looks like MED-2026-00040"), qPrintable(run.err));
    // A new case is numbered after the highest reference kept.
    const QString fresh = TestFiles::write(
        dir, "fresh.csv",
        kHeader + ",Ada,Quill,2015-05-01,Jo Quill,parent,WVD,mediation,2026-11-09,refusal_to_assess,"
                  "2026-10-26,,,,,\r\n");
    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"cases", "import", fresh, "--today", kTodayText});
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
    const QString path = TestFiles::write(
        dir, "past.csv",
        kHeader +
            // Not pursuing from Thursday 19 November: Part 1 within 3 working
            // days, Friday 20, Monday 23, Tuesday 24 November.
            ",Zoë,Nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-02,refusal_to_assess,2026-10-26,"
            "not_pursuing,2026-11-05,,2026-11-19,\r\n"
            // A meeting held on Friday 20 November: Part 2 by Wednesday 25 November.
            ",Kit,Hale,2015-05-01,Jo Hale,parent,NMB,mediation,2026-10-12,refusal_to_assess,2026-10-05,"
            "meeting_held,2026-10-13,2026-10-14,,2026-11-20\r\n");
    CliRun run = CliRunner::run(CliRunner::where(test) +
                                QStringList{"cases", "import", path, "--dry-run", "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.contains("would create\t2\tnew\tZoë Nguyễn\tnot_pursuing\tcertificate_part1 2026-11-24\n"),
        qPrintable(run.out));
    QVERIFY2(run.out.contains("would create\t3\tnew\tKit Hale\tmeeting_held\tcertificate_part2 2026-11-25\n"),
             qPrintable(run.out));
    QVERIFY(run.out.contains("(dry run: nothing stored)"));
    QCOMPARE(caseCount(test), 0);

    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"cases", "import", path, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(
                 "created\t2\tMED-2026-00001\tZoë Nguyễn\tnot_pursuing\tcertificate_part1 2026-11-24\n"),
             qPrintable(run.out));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"cases", "list", "--today", kTodayText});
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
        QStringList{QStringLiteral("{\"file\":\"past.csv\",\"sha256\":\"%1\",\"cases\":2,\"updated\":0}")
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex()))});
}

void TestCliCaseImport::mappingReadsOtherHeadings()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(addCouncils(test), QString());
    QTemporaryDir dir;
    const QString path = TestFiles::write(
        dir, "theirs.csv",
        "First name,Surname,DOB,Parent,LA,Enquiry,Decision,Notice sent,Service,Referred by\r\n"
        "Zoë,Nguyễn,01/05/2015,Jo Nguyễn,WVD,2026-11-02,refusal_to_assess,26/10/2026,mediation,"
        "parent\r\n");
    const QString mapping =
        TestFiles::write(dir, "mapping.csv",
                         "heading,column\r\nFirst name,child_given_name\r\nSurname,child_family_name\r\n"
                         "DOB,child_date_of_birth\r\nParent,parent_name\r\nLA,council\r\n"
                         "Enquiry,enquiry_date\r\nDecision,decision_type\r\n"
                         "Notice sent,decision_notice_sent\r\nService,route\r\nReferred by,referrer\r\n");
    CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"cases", "import", path, "--today", kTodayText});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 1: unknown column(s) First name"), qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"cases", "import", path, "--mapping", mapping, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith("created\t2\tMED-2026-00001\tZoë Nguyễn\tenquiry\t"), qPrintable(run.out));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"cases", "show", "MED-2026-00001"});
    QVERIFY(run.outLines().contains("child_date_of_birth\t2015-05-01"));
    QVERIFY(run.outLines().contains("decision_notice_sent\t2026-10-26"));
}

// An update row (issue 20: "unless the row says update in an action
// column"): the case it names takes the row's facts through the correction
// path and moves on to the row's stage; a create row beside it makes a case.
void TestCliCaseImport::updateRowChangesItsCase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QTemporaryDir dir;
    QCOMPARE(addUpdatableCase(test, dir), QString());
    const QByteArray header = kHeader.trimmed() + ",action\r\n";
    // Line 2: the decision notice was sent on 20 October, not 26, and the
    // family did not pursue mediation on Thursday 19 November (Part 1 due by
    // Tuesday 24 November). Line 3: a new case.
    const QString path = TestFiles::write(
        dir, "update.csv",
        header + "MED-2026-00040,Zoë,Nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-02,"
                 "refusal_to_assess,2026-10-20,not_pursuing,2026-11-05,,2026-11-19,,Update\r\n"
                 ",Ada,Quill,2015-05-01,Jo Quill,parent,WVD,mediation,2026-11-09,refusal_to_assess,"
                 "2026-10-26,,,,,,create\r\n");
    CliRun run = CliRunner::run(CliRunner::where(test) +
                                QStringList{"cases", "import", path, "--dry-run", "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("would update\t2\tMED-2026-00040\tZoë Nguyễn\tnot_pursuing\t"
                              "certificate_part1 2026-11-24\n"),
             qPrintable(run.out));
    QVERIFY2(run.out.contains("would create\t3\tnew\tAda Quill\tenquiry\t"), qPrintable(run.out));
    QVERIFY2(run.out.contains("cases: 2 (dry run: nothing stored)\ncreated: 1\nupdated: 1\n"),
             qPrintable(run.out));
    // The dry run stored nothing.
    QCOMPARE(caseCount(test), 1);
    QCOMPARE(valueOf(test, "SELECT stage FROM cases WHERE reference = 'MED-2026-00040'").toString(),
             QStringLiteral("information_given"));

    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"cases", "import", path, "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("updated\t2\tMED-2026-00040\tZoë Nguyễn\tnot_pursuing\t"
                              "certificate_part1 2026-11-24\n"),
             qPrintable(run.out));
    QVERIFY2(run.out.contains("created\t3\tMED-2026-00041\tAda Quill\tenquiry\t"), qPrintable(run.out));
    QCOMPARE(caseCount(test), 2);
    // In the store: the corrected fact, the new stage and its date, the
    // date it had kept.
    const QString ref = QStringLiteral("SELECT %1 FROM cases WHERE reference = 'MED-2026-00040'");
    QCOMPARE(valueOf(test, ref.arg("stage")).toString(), QStringLiteral("not_pursuing"));
    QCOMPARE(valueOf(test, ref.arg("decision_notice_date")).toDate(), QDate(2026, 10, 20));
    QCOMPARE(valueOf(test, ref.arg("not_pursuing_date")).toDate(), QDate(2026, 11, 19));
    QCOMPARE(valueOf(test, ref.arg("information_given_date")).toDate(), QDate(2026, 11, 5));
    const qint64 caseId = valueOf(test, ref.arg("id")).toLongLong();
    // On the timeline: the new event, dated as in the file and marked
    // imported, and the correction naming the file; not the old events again.
    const QString timeline =
        QStringLiteral("SELECT COUNT(*) FROM activities WHERE case_id = ? AND summary LIKE ?");
    QCOMPARE(valueOf(test, timeline, {caseId, "Not pursuing%(imported)"}).toInt(), 1);
    QCOMPARE(valueOf(test, timeline, {caseId, "Information given%(imported)"}).toInt(), 1);
    QCOMPARE(valueOf(test, timeline, {caseId, "Enquiry (imported)"}).toInt(), 1);
    QCOMPARE(valueOf(test, timeline, {caseId, "Case corrected:%"}).toInt(), 1);
    QVERIFY2(valueOf(test,
                     "SELECT body FROM activities WHERE case_id = ? AND summary LIKE 'Case corrected:%'",
                     {caseId})
                 .toString()
                 .contains("Imported from update.csv (SHA-256 "),
             "the correction names the file");
    // In the audit trail: the case's rows changed, and the import counted.
    QVERIFY(valueOf(test,
                    "SELECT COUNT(*) FROM audit_log WHERE table_name = 'cases' AND action = 'update' AND "
                    "record_id = ?",
                    {QString::number(caseId)})
                .toInt() > 0);
    const QStringList audit = importAuditRows(test);
    QCOMPARE(audit.size(), 2);
    QVERIFY2(audit.last().startsWith("{\"file\":\"update.csv\",") &&
                 audit.last().endsWith(",\"cases\":1,\"updated\":1}"),
             qPrintable(audit.last()));
    // The case list shows the deadline the update gives.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"cases", "list", "--today", kTodayText});
    QVERIFY2(run.out.contains("MED-2026-00040\tZoë Nguyễn\tWestvale District Council\tmediation\t"
                              "not_pursuing\t2026-11-24\t"),
             qPrintable(run.out));
}

void TestCliCaseImport::updateRowsRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("row");   // line 2 of the file (line 3 is a good new case)
    QTest::addColumn<QString>("expected"); // on stderr
    const QByteArray same =
        "Zoë,Nguyễn,2015-05-01,Jo Nguyễn,parent,WVD,mediation,2026-11-02,refusal_to_assess,"
        "2026-10-26,";
    struct Case
    {
        const char* name;
        QByteArray row;
        const char* expected;
    };
    const QList<Case> cases{
        {"update matching no reference", "MED-2026-00099," + same + ",,,,,update",
         "line 2: action: no case has the reference MED-2026-00099 to update; correct the reference"},
        {"update matching no child",
         ",Nobody,Here,2015-05-01,Jo Here,parent,WVD,mediation,2026-11-02,"
         "refusal_to_assess,2026-10-26,,,,,,update",
         "line 2: action: no case has this child and date of birth to update"},
        {"unknown action",
         ",Ada,Quill,2015-05-01,Jo Quill,parent,WVD,mediation,2026-11-02,refusal_to_assess,"
         "2026-10-26,,,,,,delete",
         "line 2: action: 'delete' is not an action; leave it empty, or say create or update"},
        {"duplicate without action", "," + same + ",,,,,",
         "line 2: looks like MED-2026-00040 (same child and "
         "date of birth); refused"},
        {"duplicate saying create", "," + same + ",,,,,create", "line 2: looks like MED-2026-00040"},
        {"stage moved back", "," + same + "enquiry,,,,,update",
         "line 2: stage: the case is at 'information_given' and cannot go back to 'enquiry'"},
        {"a date the case has changed", "," + same + ",2026-11-06,,,,update",
         "line 2: information_given_on: the case has 2026-11-05"},
        {"a stage without its date", "," + same + "meeting_held,,,,,update",
         "line 2: mediation_requested_on: give the date: the stage 'meeting_held' needs it"},
        {"a bad fact", "," + QByteArray(same).replace("2026-10-26", "2026-11-03") + ",,,,,update",
         "line 2: decision_notice_sent: "},
    };
    for (const char* engine : {"sqlite", "postgres"}) {
        for (const Case& c : cases)
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(engine, c.name)))
                << QString::fromLatin1(engine) << c.row << QString::fromUtf8(c.expected);
    }
}

// Any bad update row refuses the whole file, naming its line; nothing changes.
void TestCliCaseImport::updateRowsRefused()
{
    QFETCH(QString, engine);
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QTemporaryDir dir;
    QCOMPARE(addUpdatableCase(test, dir), QString());
    const QString path = TestFiles::write(
        dir, "refused.csv",
        kHeader.trimmed() + ",action\r\n" + row +
            "\r\n,Kit,Hale,2015-05-01,Jo Hale,parent,WVD,mediation,2026-11-09,refusal_to_assess,"
            "2026-10-26,,,,,,\r\n");
    for (const QStringList& extra : {QStringList{"--dry-run"}, QStringList{}}) {
        const CliRun run = CliRunner::run(
            CliRunner::where(test) + QStringList{"cases", "import", path, "--today", kTodayText} + extra);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(!run.err.contains("line 3"), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(caseCount(test), 1);
    QCOMPARE(valueOf(test, "SELECT stage FROM cases WHERE reference = 'MED-2026-00040'").toString(),
             QStringLiteral("information_given"));
    QCOMPARE(
        valueOf(test, "SELECT decision_notice_date FROM cases WHERE reference = 'MED-2026-00040'").toDate(),
        QDate(2026, 10, 26));
    QCOMPARE(importAuditRows(test).size(), 1);
}

// An update row naming a certificate issued outside the program that the
// case does not have records it; the same file again changes nothing more.
void TestCliCaseImport::updateRowAddsACertificateOnce()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QTemporaryDir dir;
    QCOMPARE(addUpdatableCase(test, dir), QString());
    const QString path = TestFiles::write(
        dir, "certificate.csv",
        kHeader.trimmed() + ",certificate_part,certificate_number,certificate_issued_on,action\r\n" +
            "MED-2026-00040,Zoë,Nguyễn,2015-05-01,Jo "
            "Nguyễn,parent,WVD,mediation,2026-11-02,refusal_to_assess,"
            "2026-10-26,not_pursuing,2026-11-05,,2026-11-19,,1,HX-2026-0007,2026-11-20,update\r\n");
    const QString count =
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE case_id = (SELECT id FROM cases WHERE "
                       "reference = 'MED-2026-00040')");
    int activities = -1;
    for (int round = 0; round < 2; ++round) {
        const CliRun run = CliRunner::run(CliRunner::where(test) +
                                          QStringList{"cases", "import", path, "--today", kTodayText});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Part 1 issued: the case waits on nothing.
        QVERIFY2(run.out.startsWith("updated\t2\tMED-2026-00040\tZoë Nguyễn\tnot_pursuing\t\n"),
                 qPrintable(run.out));
        QCOMPARE(valueOf(test, count.arg("certificates")).toInt(), 1);
        QCOMPARE(
            valueOf(test, "SELECT issued_outside FROM certificates WHERE number = 'HX-2026-0007'").toInt(),
            1);
        if (round == 0)
            activities = valueOf(test, count.arg("activities")).toInt();
        else // nothing new to put on the timeline
            QCOMPARE(valueOf(test, count.arg("activities")).toInt(), activities);
    }
    QCOMPARE(caseCount(test), 1);
    QCOMPARE(importAuditRows(test).size(), 3);
}

// The import looks schools up in an index read once (not a scan of the
// organisations per row); it must find what the New Referral dialog's
// look-up in the database finds: the name in any case, spaces around it
// ignored, schools, early years settings and colleges only, the oldest of
// two of the same name; and a new name is added once.
void TestCliCaseImport::schoolsMatchTheDirectory()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QCOMPARE(addCouncils(test), QString());
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlQuery query(database.connection());
        for (const char* row :
             {"'Riverside', 'provider'", "'St Mary''s Primary', 'school'", "'ST MARY''S PRIMARY', 'school'",
              "'Riverside', 'college'", "'Little Acorns', 'early_years'"}) {
            QVERIFY2(
                query.exec(QStringLiteral("INSERT INTO organisations (name, kind, created_at) VALUES (%1, "
                                          "'2026-01-01T00:00:00Z')")
                               .arg(QLatin1String(row))),
                qPrintable(query.lastError().text()));
        }
    }
    const QStringList schools{" st mary's primary ", "Riverside", "little acorns", "New Free School",
                              "NEW FREE SCHOOL  "};
    QByteArray file = "child_given_name,child_family_name,child_date_of_birth,parent_name,referrer,council,"
                      "route,enquiry_date,decision_type,decision_notice_sent,school\r\n";
    for (int i = 0; i < schools.size(); ++i)
        file +=
            QStringLiteral("Kit,Hale%1,2015-05-01,Jo Hale,parent,WVD,mediation,2026-11-02,refusal_to_assess,"
                           "2026-10-26,\"%2\"\r\n")
                .arg(i)
                .arg(schools.at(i))
                .toUtf8();
    QTemporaryDir dir;
    const CliRun run = CliRunner::run(
        CliRunner::where(test) +
        QStringList{"cases", "import", TestFiles::write(dir, "schools.csv", file), "--today", kTodayText});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // What the look-up in the database (CaseRepository's, without the index) gives.
    const QString lookUp =
        QStringLiteral("SELECT id FROM organisations WHERE lower(name) = lower(?) AND kind IN "
                       "('school', 'early_years', 'college') ORDER BY id LIMIT 1");
    const QString schoolOf = QStringLiteral(
        "SELECT c.school_id FROM cases c JOIN people p ON p.id = c.child_id WHERE p.family_name = ?");
    for (int i = 0; i < 3; ++i) {
        const qint64 expected = valueOf(test, lookUp, {schools.at(i).trimmed()}).toLongLong();
        QVERIFY(expected > 0);
        QCOMPARE(valueOf(test, schoolOf, {QStringLiteral("Hale%1").arg(i)}).toLongLong(), expected);
    }
    QCOMPARE(valueOf(test, "SELECT kind FROM organisations WHERE id = ?",
                     {valueOf(test, schoolOf, {QStringLiteral("Hale1")})})
                 .toString(),
             QStringLiteral("college"));
    // The new school, added once, for both rows.
    QCOMPARE(
        valueOf(test, "SELECT COUNT(*) FROM organisations WHERE lower(name) = 'new free school'").toInt(), 1);
    const qint64 added = valueOf(test, lookUp, {QStringLiteral("New Free School")}).toLongLong();
    QVERIFY(added > 0);
    QCOMPARE(valueOf(test, schoolOf, {QStringLiteral("Hale3")}).toLongLong(), added);
    QCOMPARE(valueOf(test, schoolOf, {QStringLiteral("Hale4")}).toLongLong(), added);
}

QTEST_GUILESS_MAIN(TestCliCaseImport)
#include "tst_cli_caseimport.moc"
