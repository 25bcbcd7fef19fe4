#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "platform/PasswordHasher.h"
#include "store/access/AccountRepository.h"
#include "store/access/AuditRepository.h"
#include "store/infrastructure/Database.h"

#include <QTemporaryDir>
#include <QTest>

// audit list, run as a script would: RFC 4180 CSV with a header, UTC times,
// oldest first, and the filters. Names are synthetic.
class TestCliAudit : public QObject
{
    Q_OBJECT

private slots:
    void listPrintsCsv_data() { TestDatabase::addEngineRows(); }
    void listPrintsCsv();
    void badArguments_data();
    void badArguments();
    void signedInDatabaseNeedsAnActor();
};

namespace {
const QDate kToday(2026, 11, 23);
const QString kHeader = QStringLiteral("at,user,action,table,record,field,old,new");

// Splits RFC 4180 text into records of fields.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}
} // namespace

void TestCliAudit::listPrintsCsv()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    qint64 caseId = 0;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        QVERIFY(CaseSeed::addCouncil(db, "Westvale, \"North\" Council", "WNC") > 0);
        const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
        QVERIFY(CaseSeed::addSupervisor(db, "siobhan", "Siobhán Ní Bhriain") > 0);
        QString why;
        caseId = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)), kToday, &why);
        QVERIFY2(caseId && CaseSeed::advanceTo(db, caseId, CaseStage::NotPursuing, QDate(2026, 11, 19),
                                               kToday, &why),
                 qPrintable(why));
        CG_VERIFY_OK(AuditRepository(db).recordCaseOpened(caseId));
    }

    CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"audit", "list", "--table", "councils"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(kHeader + "\r\n"));
    QList<QStringList> rows = parseCsv(run.out);
    QCOMPARE(rows.size(), 3); // the header and two councils
    QCOMPARE(rows[0].join(','), kHeader);
    for (const QStringList& row : rows.mid(1)) {
        QCOMPARE(row.size(), 8);
        QVERIFY2(QDateTime::fromString(row[0], Qt::ISODateWithMs).isValid() && row[0].endsWith('Z'),
                 qPrintable(row[0]));
        QCOMPARE(row[2], QStringLiteral("insert"));
        QCOMPARE(row[3], QStringLiteral("councils"));
    }
    // The quotes and comma of the first council's name came through whole
    // (the row is JSON, which escapes the quotes once more).
    QVERIFY2(rows[1][7].contains("\"Westvale, \\\"North\\\" Council\""), qPrintable(rows[1][7]));
    QVERIFY(run.out.contains("\"\"Westvale, "));                // doubled for CSV
    QVERIFY(rows[1][4].toLongLong() < rows[2][4].toLongLong()); // oldest first

    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"audit", "list", "--action", "open", "--record", QString::number(caseId),
                                     "--from", "2000-01-01", "--to",
                                     QDate::currentDate().addDays(1).toString(Qt::ISODate)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    rows = parseCsv(run.out);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][2], QStringLiteral("open"));
    QCOMPARE(rows[1][3], QStringLiteral("cases"));

    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"audit", "list", "--action", "open", "--to", "2000-01-01"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(parseCsv(run.out).size(), 1); // the header only
    run = CliRunner::run(CliRunner::where(test) + QStringList{"audit", "list", "--by", "nobody.here"});
    QCOMPARE(parseCsv(run.out).size(), 1);

    // Rendering a certificate to a file is an export, on the record.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificate", "issue", "--case",
                                                              "MED-2026-00001", "--issuer", "siobhan",
                                                              "--date", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QTemporaryDir dir;
    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificate", "render", "CG-2026-000001",
                                                              "--out", dir.filePath("c.pdf")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"audit", "list", "--action", "export"});
    rows = parseCsv(run.out);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][3], QStringLiteral("certificates"));
    QCOMPARE(rows[1][7], QStringLiteral("CG-2026-000001"));
    // The certificate's PDF is in the trail by its size only.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"audit", "list", "--table", "certificates"});
    QVERIFY(!run.out.contains("%PDF"));
    QVERIFY(run.out.contains(" bytes)"));
}

void TestCliAudit::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"audit"} << "audit list";
    QTest::newRow("unknown action") << QStringList{"audit", "erase"} << "unknown action 'erase'";
    QTest::newRow("bad from") << QStringList{"audit", "list", "--from", "yesterday"} << "--from";
    QTest::newRow("bad to") << QStringList{"audit", "list", "--to", "2026-13-01"} << "--to";
    QTest::newRow("positional") << QStringList{"audit", "list", "cases"} << "options only";
}

void TestCliAudit::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    TestDatabase test(QStringLiteral("sqlite"));
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliAudit::signedInDatabaseNeedsAnActor()
{
    // Once somebody can sign in, the trail is for supervisors and administrators only.
    TestDatabase test(QStringLiteral("sqlite"));
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        User admin;
        admin.username = QStringLiteral("priya.venn");
        admin.displayName = QStringLiteral("Priya Venn");
        CG_VERIFY_OK(AccountRepository(database.connection(), PasswordHasher(PasswordHasher::minimum()))
                         .createFirstAdministrator(&admin, QStringLiteral("heron lantern quarry"),
                                                   QDateTime::currentDateTimeUtc()));
    }
    const CliRun run = CliRunner::run({"--database", test.settings().sqlitePath(), "audit", "list"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!run.err.isEmpty(), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
