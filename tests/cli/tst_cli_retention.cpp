#include "CaseSeed.h"
#include "CliRunner.h"
#include "TestDatabase.h"
#include "store/infrastructure/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// retention list | anonymise and subject-access, run as a script would.
// Names are synthetic.
class TestCliRetention : public QObject
{
    Q_OBJECT

private slots:
    void listAndAnonymise_data() { TestDatabase::addEngineRows(); }
    void listAndAnonymise();
    void subjectAccess();
    void badArguments_data();
    void badArguments();
};

namespace {
// Two closed cases: MED-2019-00001 closed 1 March 2019, MED-2024-00001 on 29 February 2024.
bool seed(const TestDatabase& test, QString* why)
{
    return CaseSeed::seedInto(test.settings(), why, [&](QSqlDatabase db) -> bool {
        const qint64 council = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
        CaseRepository cases(db, BankHolidayCalendar::shipped());
        const struct
        {
            const char* family;
            QDate enquiry;
            QDate closed;
        } seeds[] = {{"Nguyễn", QDate(2019, 2, 1), QDate(2019, 3, 1)},
                     {"Haddad", QDate(2024, 2, 1), QDate(2024, 2, 29)}};
        for (const auto& s : seeds) {
            const qint64 id = CaseSeed::addCase(
                db, CaseSeed::mediationReferral(council, "Zoë", s.family, s.enquiry), s.enquiry, why);
            if (!id || !CaseSeed::advanceTo(db, id, CaseStage::NotPursuing, s.enquiry.addDays(9),
                                            s.enquiry.addDays(9), why))
                return false;
            if (StoreError error = cases.moveStage(id, {CaseStage::Closed, s.closed, "Family moved away"},
                                                   s.closed, std::nullopt)) {
                *why = error.message();
                return false;
            }
        }
        return true;
    });
}
} // namespace

void TestCliRetention::listAndAnonymise()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));

    CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"retention", "list", "--today", "2030-03-01"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(),
             (QStringList{"MED-2019-00001\tWestvale District Council\t2019-03-01\t2025-03-02",
                          "MED-2024-00001\tWestvale District Council\t2024-02-29\t2030-03-01"}));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"retention", "list", "--today", "2030-02-28"});
    QCOMPARE(run.outLines(),
             QStringList{"MED-2019-00001\tWestvale District Council\t2019-03-01\t2025-03-02"});

    // Not yet due: refused, saying when.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"retention", "anonymise", "MED-2024-00001"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("2030-03-01"), qPrintable(run.err));
    // Anonymising cannot be undone, so a date given by hand is refused, and
    // nothing is changed.
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"retention", "anonymise", "MED-2024-00001", "--today", "2099-01-01"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--today is for 'retention list' only"), qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"retention", "list", "--today", "2099-01-01"});
    QCOMPARE(run.outLines().size(), 2);

    run = CliRunner::run(CliRunner::where(test) + QStringList{"retention", "anonymise", "med-2019-00001"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith("Anonymised MED-2019-00001: "));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"retention", "list", "--today", "2030-02-28"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.outLines().isEmpty());
    run = CliRunner::run(CliRunner::where(test) + QStringList{"retention", "anonymise", "MED-2019-00001"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("already"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"retention", "anonymise", "MED-1999-00001"});
    QCOMPARE(run.exitCode, 1);
}

void TestCliRetention::subjectAccess()
{
    TestDatabase test("sqlite");
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    QTemporaryDir out;
    CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"subject-access", "--case",
                                                                     "MED-2024-00001", "--out", out.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 2);
    QFile json(out.filePath("subject-access-MED-2024-00001.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(document.value("subject").toString(), QStringLiteral("Zoë Haddad, Jo Haddad"));
    QVERIFY(QFile(out.filePath("subject-access-MED-2024-00001.pdf")).size() > 1000);
}

void TestCliRetention::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList{"retention"};
    QTest::newRow("unknown action") << QStringList{"retention", "purge"};
    QTest::newRow("anonymise without a case") << QStringList{"retention", "anonymise"};
    QTest::newRow("bad date") << QStringList{"retention", "list", "--today", "tomorrow"};
    QTest::newRow("neither case nor contact") << QStringList{"subject-access", "--out", "/tmp"};
    QTest::newRow("both case and contact")
        << QStringList{"subject-access", "--case", "MED-2024-00001", "--contact", "1", "--out", "/tmp"};
    QTest::newRow("no folder") << QStringList{"subject-access", "--case", "MED-2024-00001"};
    QTest::newRow("folder missing") << QStringList{"subject-access", "--case", "MED-2024-00001", "--out",
                                                   "/no/such/folder"};
    QTest::newRow("contact not a number")
        << QStringList{"subject-access", "--contact", "Jo", "--out", "/tmp"};
}

void TestCliRetention::badArguments()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const CliRun run = CliRunner::run(QStringList{"--database", dir.filePath("cg.sqlite")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRetention)
#include "tst_cli_retention.moc"
