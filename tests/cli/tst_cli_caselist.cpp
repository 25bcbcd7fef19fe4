#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/access/AccountRepository.h"
#include "store/infrastructure/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// cases list, show and export, run as a script would (issue 20 point 5).
// Names are synthetic.
class TestCliCaseList : public QObject
{
    Q_OBJECT

private slots:
    void listFiltersAsTheCaseListDoes_data() { TestDatabase::addEngineRows(); }
    void listFiltersAsTheCaseListDoes();
    void showGivesFactsAndDeadlines_data() { TestDatabase::addEngineRows(); }
    void showGivesFactsAndDeadlines();
    void exportWritesTheImportColumns_data() { TestDatabase::addEngineRows(); }
    void exportWritesTheImportColumns();
    void mediatorSeesOnlyTheirCases();
    void badArguments_data();
    void badArguments();
};

namespace {
const QDate kToday(2026, 11, 23);
const QString kPassword = QStringLiteral("kestrel meadow path");

// MED-2026-00001 (Westvale, enquiry 2 November), MED-2026-00002 (Westvale,
// 9 November) and MED-2026-00003 (Northmoor, 16 November, moved on to
// "information given" on 17 November).
bool seed(const TestDatabase& test, QString* why)
{
    return CaseSeed::seedInto(test.settings(), why, [&](QSqlDatabase db) -> bool {
        const qint64 westvale = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
        const qint64 northmoor = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
        if (!CaseSeed::addCase(db, CaseSeed::mediationReferral(westvale, "Zoë", "Nguyễn", QDate(2026, 11, 2)),
                               kToday, why) ||
            !CaseSeed::addCase(db, CaseSeed::mediationReferral(westvale, "Ada", "Quill", QDate(2026, 11, 9)),
                               kToday, why))
            return false;
        const qint64 third = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(northmoor, "Kit", "Hale", QDate(2026, 11, 16)), kToday, why);
        if (!third)
            return false;
        if (StoreError error = CaseRepository(db, BankHolidayCalendar::shipped())
                                   .moveStage(third, {CaseStage::InformationGiven, QDate(2026, 11, 17), {}},
                                              kToday, std::nullopt)) {
            *why = error.message();
            return false;
        }
        return true;
    });
}

const QString kHeader = QStringLiteral("reference\tchild\tcouncil\troute\tstage\tnext_deadline\tdue");
} // namespace

void TestCliCaseList::listFiltersAsTheCaseListDoes()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    const QStringList list = CliRunner::where(test) + QStringList{"cases", "list", "--today", "2026-11-23"};

    // By next deadline. The referral is acted on within 5 working days of the
    // enquiry (2 Nov -> 9 Nov, 9 Nov -> 16 Nov); once the information is
    // given the family have two months from the decision notice to come back.
    CliRun run = CliRunner::run(list);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), kHeader);
    QVERIFY2(
        lines.at(1).startsWith("MED-2026-00001\tZoë Nguyễn\tWestvale District Council\tmediation\tenquiry\t"
                               "2026-11-09\t"),
        qPrintable(lines.at(1)));
    QVERIFY2(
        lines.at(2).startsWith("MED-2026-00002\tAda Quill\tWestvale District Council\tmediation\tenquiry\t"
                               "2026-11-16\t"),
        qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith("MED-2026-00003\tKit Hale\tNorthmoor Borough Council\tmediation\t"
                                    "information_given\t"),
             qPrintable(lines.at(3)));

    // The filters are the case list's: council by code or name, stage, search, overdue.
    run = CliRunner::run(list + QStringList{"--council", "nmb"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY(run.outLines().at(1).startsWith("MED-2026-00003\t"));
    run = CliRunner::run(list + QStringList{"--council", "Westvale District Council", "--stage", "enquiry"});
    QCOMPARE(run.outLines().size(), 3);
    run = CliRunner::run(list + QStringList{"--stage", "information_given"});
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY(run.outLines().at(1).startsWith("MED-2026-00003\t"));
    run = CliRunner::run(list + QStringList{"--search", "quill"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY(run.outLines().at(1).startsWith("MED-2026-00002\t"));
    // On 23 November both referral deadlines have passed; the family's two months have not.
    run = CliRunner::run(list + QStringList{"--overdue"});
    QCOMPARE(run.outLines().size(), 3);
    QVERIFY(run.outLines().at(1).startsWith("MED-2026-00001\t"));
    QVERIFY(run.outLines().at(2).startsWith("MED-2026-00002\t"));
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"cases", "list", "--overdue", "--today", "2026-11-12"});
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY(run.outLines().at(1).startsWith("MED-2026-00001\t"));

    // CSV: the same rows, quoted where needed.
    run = CliRunner::run(list + QStringList{"--format", "csv", "--council", "WVD"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(
                 "reference,child,council,route,stage,next_deadline,due\r\n"
                 "MED-2026-00001,Zoë Nguyễn,Westvale District Council,mediation,enquiry,2026-11-09,"),
             qPrintable(run.out));
}

void TestCliCaseList::showGivesFactsAndDeadlines()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    const CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"cases", "show", "med-2026-00003"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.outLines();
    QVERIFY(lines.contains("reference\tMED-2026-00003"));
    QVERIFY(lines.contains("child\tKit Hale"));
    QVERIFY(lines.contains("child_date_of_birth\t2015-05-01"));
    QVERIFY(lines.contains("council\tNorthmoor Borough Council (NMB)"));
    QVERIFY(lines.contains("stage\tinformation_given"));
    QVERIFY(lines.contains("decision_type\trefusal_to_assess"));
    QVERIFY(lines.contains("decision_notice_sent\t2026-11-09"));
    QVERIFY(lines.contains("information_given_on\t2026-11-17"));
    QVERIFY(lines.contains("school\tHill Top Primary"));
    // The family's two months to contact the adviser run from the decision
    // notice (9 Nov: reg 33), waited on now, with the rule and where it starts.
    const QStringList contact = lines.filter(QRegularExpression("^deadline\tcontact_by\t"));
    QCOMPARE(contact.size(), 1);
    QVERIFY2(contact.first().startsWith("deadline\tcontact_by\t2027-01-09\twaiting\t"),
             qPrintable(contact.first()));
    QVERIFY2(contact.first().contains("reg 33"), qPrintable(contact.first()));
    QVERIFY2(contact.first().endsWith("on 2026-11-09"), qPrintable(contact.first()));
    // The appeal deadline: two months from the decision notice (9 Nov) is
    // Saturday 9 January, so the next working day (tribunal rule 12), for information.
    const QStringList appeal = lines.filter(QRegularExpression("^deadline\tappeal\t"));
    QCOMPARE(appeal.size(), 1);
    QVERIFY2(appeal.first().contains("\t2027-01-11\tnot_waiting\t"), qPrintable(appeal.first()));
    // The family is invited when the case is made.
    QVERIFY2(!lines.filter(QRegularExpression("^invitee\t")).isEmpty(), qPrintable(run.out));
    QVERIFY(lines.filter(QRegularExpression("^certificate\t")).isEmpty());

    const CliRun missing =
        CliRunner::run(CliRunner::where(test) + QStringList{"cases", "show", "MED-2026-00099"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("MED-2026-00099"), qPrintable(missing.err));
    QVERIFY(missing.out.isEmpty());
}

void TestCliCaseList::exportWritesTheImportColumns()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    QTemporaryDir dir;
    const QString path = dir.filePath("cases.csv");
    const CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"cases", "export", "--out", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("cases: 3\n"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QVERIFY2(
        rows.at(0).endsWith(
            "reference,child_given_name,child_family_name,child_date_of_birth,parent_name,"
            "parent_phone,parent_email,referrer,referrer_name,referrer_organisation,parent_permission_date,"
            "council,route,enquiry_date,decision_type,"
            "decision_notice_sent,plan_sections,disagreement_subject,stage,information_given_on,"
            "mediation_requested_on,not_pursuing_on,meeting_held_on,no_meeting_on,closed_on,"
            "closed_reason,caseworker,mediator,school,certificate_part,certificate_number,"
            "certificate_issued_on"),
        qPrintable(rows.at(0)));
    QCOMPARE(rows.at(1),
             QStringLiteral("MED-2026-00001,Zoë,Nguyễn,2015-05-01,Jo Nguyễn,,,parent,,,,WVD,mediation,"
                            "2026-11-02,refusal_to_assess,2026-10-26,,,enquiry,,,,,,,,,,"
                            "Hill Top Primary,,,"));
    QCOMPARE(rows.at(3),
             QStringLiteral("MED-2026-00003,Kit,Hale,2015-05-01,Jo Hale,,,parent,,,,NMB,mediation,"
                            "2026-11-16,refusal_to_assess,2026-11-09,,,information_given,2026-11-17,,,,,,,"
                            ",,Hill Top Primary,,,"));
}

// A mediator's list holds only the cases they mediate, and another case is
// not theirs to show (SQLite: --user signs in; on PostgreSQL the login acts).
void TestCliCaseList::mediatorSeesOnlyTheirCases()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const QDateTime nine(kToday, QTime(9, 0), Qt::UTC);
        AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
        User admin;
        admin.username = admin.displayName = QStringLiteral("priya.venn");
        admin.role = UserRole::Administrator;
        CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kPassword, nine));
        User mediator;
        mediator.username = mediator.displayName = QStringLiteral("jo.mercer");
        mediator.role = UserRole::Mediator;
        CG_VERIFY_OK(accounts.addUser(admin.id, &mediator, kPassword, nine));
        // Setup, not the change under test: the mediator takes MED-2026-00002.
        QSqlQuery query(db);
        query.prepare("UPDATE cases SET mediator_id = ? WHERE reference = 'MED-2026-00002'");
        query.addBindValue(mediator.id);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    qputenv("COMMONGROUND_PASSWORD", kPassword.toUtf8());
    const QStringList mediator = CliRunner::where(test) + QStringList{"--user", "jo.mercer"};
    CliRun run = CliRunner::run(mediator + QStringList{"cases", "list"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY(run.outLines().at(1).startsWith("MED-2026-00002\t"));
    run = CliRunner::run(mediator + QStringList{"cases", "show", "MED-2026-00001"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    run = CliRunner::run(mediator + QStringList{"cases", "show", "MED-2026-00002"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.outLines().contains("mediator\tjo.mercer"));
    QTemporaryDir dir;
    run = CliRunner::run(mediator + QStringList{"cases", "export", "--out", dir.filePath("mine.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("cases: 1\n"));
    // The administrator sees all three.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"--user", "priya.venn", "cases", "list"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 4);
    // Without signing in, a database with users refuses.
    qunsetenv("COMMONGROUND_PASSWORD");
    run = CliRunner::run(CliRunner::where(test) + QStringList{"cases", "list"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
}

void TestCliCaseList::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"cases"} << 2 << "cases list";
    QTest::newRow("unknown action") << QStringList{"cases", "delete"} << 2 << "unknown action 'delete'";
    QTest::newRow("bad stage") << QStringList{"cases", "list", "--stage", "finished"} << 2
                               << "--stage must be";
    QTest::newRow("bad format") << QStringList{"cases", "list", "--format", "xml"} << 2 << "tsv or csv";
    QTest::newRow("bad today") << QStringList{"cases", "list", "--today", "2026-02-30"} << 2 << "--today";
    QTest::newRow("show without reference") << QStringList{"cases", "show"} << 2 << "name one case";
    QTest::newRow("export without file") << QStringList{"cases", "export"} << 2 << "--out FILE.csv";
    QTest::newRow("unknown council") << QStringList{"cases", "list", "--council", "XYZ"} << 1
                                     << "there is no council 'XYZ'";
}

void TestCliCaseList::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestDatabase test(QStringLiteral("sqlite"));
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCaseList)
#include "tst_cli_caselist.moc"
