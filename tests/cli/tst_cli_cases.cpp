#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/infrastructure/Database.h"

#include <QSqlQuery>
#include <QTest>

// case duplicates, case merge, case appeal and case not-pursued, and invitees
// (reg 38 attendance), run as a script would. Names are synthetic.
class TestCliCases : public QObject
{
    Q_OBJECT

private slots:
    void duplicatesAndMerge_data() { TestDatabase::addEngineRows(); }
    void duplicatesAndMerge();
    void appealRecordedShownAndRemoved_data() { TestDatabase::addEngineRows(); }
    void appealRecordedShownAndRemoved();
    void notPursuedMakesPart1Due_data() { TestDatabase::addEngineRows(); }
    void notPursuedMakesPart1Due();
    void inviteesBasisAndOneSupporter_data() { TestDatabase::addEngineRows(); }
    void inviteesBasisAndOneSupporter();
    void childViewsRecordedAndShown_data() { TestDatabase::addEngineRows(); }
    void childViewsRecordedAndShown();
    void badArguments_data();
    void badArguments();
};

namespace {
// The same child entered twice, MED-2026-00001 and MED-2026-00002, and another child.
bool seed(const TestDatabase& test, QString* why)
{
    return CaseSeed::seedInto(test.settings(), why, [&](QSqlDatabase db) -> bool {
        const qint64 council = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
        const QDate today(2026, 11, 23);
        return CaseSeed::addCase(db,
                                 CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)),
                                 today, why) &&
               CaseSeed::addCase(db,
                                 CaseSeed::mediationReferral(council, "ZOE", "nguyen", QDate(2026, 11, 9)),
                                 today, why) &&
               CaseSeed::addCase(db, CaseSeed::mediationReferral(council, "Kit", "Hale", QDate(2026, 11, 9)),
                                 today, why);
    });
}
} // namespace

void TestCliCases::duplicatesAndMerge()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));

    CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "duplicates", "med-2026-00002"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY2(run.out.startsWith("MED-2026-00001\tWestvale District Council\tenquiry\tSame child: Zoë Nguyễn"),
             qPrintable(run.out));

    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "merge", "MED-2026-00002", "--into",
                                                              "MED-2026-00001", "--reason", "Entered twice",
                                                              "--today", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith("Merged MED-2026-00002 into MED-2026-00001: "), qPrintable(run.out));
    QVERIFY(run.out.contains("0 certificates stay where issued"));

    // Once merged, it is no longer a duplicate, and is not merged twice.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "duplicates", "MED-2026-00001"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "merge", "MED-2026-00002", "--into",
                                                              "MED-2026-00001", "--reason", "Again"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("already merged into MED-2026-00001"), qPrintable(run.err));
}

void TestCliCases::appealRecordedShownAndRemoved()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));

    CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "appeal", "MED-2026-00003"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("MED-2026-00003\tnone\n"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "appeal", "med-2026-00003", "--date",
                                                              "2026-11-20", "--source", "tribunal_letter",
                                                              "--today", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out,
             QStringLiteral("Appeal recorded on MED-2026-00003: registered 2026-11-20, a letter from "
                            "the tribunal\n"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "appeal", "MED-2026-00003"});
    QCOMPARE(run.out, QStringLiteral("MED-2026-00003\t2026-11-20\ttribunal_letter\n"));
    // A date after today is refused by the rules (exit 1), and nothing changes.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "appeal", "MED-2026-00003", "--date",
                                                              "2026-11-24", "--source", "family", "--today",
                                                              "2026-11-23"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("after today"), qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "appeal", "MED-2026-00003"});
    QCOMPARE(run.out, QStringLiteral("MED-2026-00003\t2026-11-20\ttribunal_letter\n"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "appeal", "MED-2026-00003", "--remove",
                                                              "--reason", "Wrong case"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "appeal", "MED-2026-00003"});
    QCOMPARE(run.out, QStringLiteral("MED-2026-00003\tnone\n"));
}

// Reg 34's second trigger: Part 1 due 3 working days after the date recorded,
// in the same due query as `certificates due`.
void TestCliCases::notPursuedMakesPart1Due()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    const QStringList record{"case",   "not-pursued", "med-2026-00003", "--date",    "2026-11-20",
                             "--note", "No reply",    "--today",        "2026-11-23"};

    // At enquiry the information comes first (exit 1, nothing changed).
    CliRun run = CliRunner::run(CliRunner::where(test) + record);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("log the mediation information given first"), qPrintable(run.err));
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QVERIFY2(CaseSeed::advanceTo(database.connection(), 3, CaseStage::InformationGiven,
                                     QDate(2026, 11, 10), QDate(2026, 11, 23), &why),
                 qPrintable(why));
    }
    // In the future: refused by the rules.
    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"case", "not-pursued", "MED-2026-00003", "--date",
                                                            "2026-11-24", "--today", "2026-11-23"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("future"), qPrintable(run.err));

    // Fri 20 Nov 2026: Mon 23, Tue 24, Wed 25 Nov.
    run = CliRunner::run(CliRunner::where(test) + record);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("MED-2026-00003: not pursuing mediation from 2026-11-20; Part 1 "
                                     "certificate due by 2026-11-25\n"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificates", "due"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY2(run.out.contains("MED-2026-00003") && run.out.contains("2026-11-25"), qPrintable(run.out));
}

void TestCliCases::inviteesBasisAndOneSupporter()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    qint64 supporterId = 0;
    qint64 advocateId = 0;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        qint64 caseId = 0;
        CG_VERIFY_OK(CaseRepository::idForReference(database.connection(), "MED-2026-00003", &caseId));
        InviteeRepository invitees(database.connection());
        Invitee supporter;
        supporter.caseId = caseId;
        supporter.displayName = "Halima Oduya";
        supporter.role = InviteeRole::SendiassAdviser;
        CG_VERIFY_OK(invitees.add(&supporter));
        supporterId = supporter.id;
        Invitee advocate;
        advocate.caseId = caseId;
        advocate.displayName = "Corin Blythe";
        advocate.role = InviteeRole::Advocate;
        advocate.status = InviteeStatus::Confirmed;
        CG_VERIFY_OK(invitees.add(&advocate));
        advocateId = advocate.id;
    }
    CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"invitees", "list", "med-2026-00003"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.outLines().contains(
            QStringLiteral("%1\tsendiass_adviser\tto_invite\tsupporter\t-\tHalima Oduya").arg(supporterId)),
        qPrintable(run.out));
    QVERIFY2(run.outLines().contains(
                 QStringLiteral("%1\tadvocate\tconfirmed\tother\t-\tCorin Blythe").arg(advocateId)),
             qPrintable(run.out));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"invitees", "check", "MED-2026-00003"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("warning\tinvitees.consent\tCorin Blythe"), qPrintable(run.out));

    // A second supporter: refused, exit 1, with the reason.
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"invitees", "basis", QString::number(advocateId), "supporter"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Halima Oduya is already the family's supporter"), qPrintable(run.err));
    // Anyone else, with the mediator's consent.
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"invitees", "basis", QString::number(advocateId), "other", "--consent",
                                     "mediator", "--date", "2026-11-20"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("%1\tother\tmediator 2026-11-20\n").arg(advocateId));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"invitees", "check", "MED-2026-00003"});
    QVERIFY2(!run.out.contains("invitees.consent"), qPrintable(run.out));
}

void TestCliCases::childViewsRecordedAndShown()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "views", "med-2026-00003"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("MED-2026-00003\tnone\n"));
    // Not sought needs the reason: exit 1, nothing saved.
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"case", "views", "MED-2026-00003", "--how", "not_sought"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("why the child's or young person's views were not sought"),
             qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "views", "MED-2026-00003", "--how",
                                                              "spoke", "--note", "Met Kit at school"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("MED-2026-00003\tspoke\tMet Kit at school\n"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"case", "views", "MED-2026-00003"});
    QCOMPARE(run.out, QStringLiteral("MED-2026-00003\tspoke\tMet Kit at school\n"));
}

void TestCliCases::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action")
        << QStringList{"case"}
        << "say 'case duplicates', 'case merge', 'case appeal', 'case not-pursued' or 'case views'";
    QTest::newRow("not-pursued without date")
        << QStringList{"case", "not-pursued", "MED-2026-00001"} << "--date DATE";
    QTest::newRow("not-pursued bad date")
        << QStringList{"case", "not-pursued", "MED-2026-00001", "--date", "20/11/2026"} << "--date";
    QTest::newRow("appeal without source")
        << QStringList{"case", "appeal", "MED-2026-00001", "--date", "2026-11-20"} << "--source must say";
    QTest::newRow("appeal bad source")
        << QStringList{"case", "appeal", "MED-2026-00001", "--date", "2026-11-20", "--source", "rumour"}
        << "family, council, tribunal_letter, other";
    QTest::newRow("appeal bad date") << QStringList{"case",       "appeal",   "MED-2026-00001", "--date",
                                                    "20/11/2026", "--source", "family"}
                                     << "--date must be";
    QTest::newRow("appeal remove without reason")
        << QStringList{"case", "appeal", "MED-2026-00001", "--remove"} << "--reason TEXT";
    QTest::newRow("no case") << QStringList{"case", "duplicates"} << "name one case";
    QTest::newRow("invitees: unknown basis")
        << QStringList{"invitees", "basis", "1", "lawyer"} << "say party, supporter, child or other";
    QTest::newRow("invitees: consent without date")
        << QStringList{"invitees", "basis", "1", "other", "--consent", "mediator"} << "--consent and --date";
    QTest::newRow("invitees: unknown consent")
        << QStringList{"invitees", "basis", "1", "other", "--consent", "school", "--date", "2026-11-20"}
        << "say all-parties, mediator or parent";
    QTest::newRow("invitees: not an id")
        << QStringList{"invitees", "basis", "Corin", "other"} << "not an invitee id";
    QTest::newRow("views: unknown how")
        << QStringList{"case", "views", "MED-2026-00001", "--how", "asked"} << "--how must say";
    QTest::newRow("views: note without how")
        << QStringList{"case", "views", "MED-2026-00001", "--note", "Met at school"} << "--how HOW";
    QTest::newRow("invitees: no case") << QStringList{"invitees", "list"} << "invitees list REFERENCE";
    QTest::newRow("no kept case") << QStringList{"case", "merge", "MED-2026-00002", "--reason", "Twice"}
                                  << "--into";
    QTest::newRow("no reason") << QStringList{"case", "merge", "MED-2026-00002", "--into", "MED-2026-00001"}
                               << "--reason";
    QTest::newRow("bad date") << QStringList{"case",   "merge",          "MED-2026-00002",
                                             "--into", "MED-2026-00001", "--reason",
                                             "Twice",  "--today",        "23/11/2026"}
                              << "--today";
}

void TestCliCases::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    TestDatabase test("sqlite");
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_MAIN(TestCliCases)
#include "tst_cli_cases.moc"
