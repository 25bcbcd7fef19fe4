#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// certificates list | due and certificate issue | render | show | void, run
// as a script would. Names are synthetic.
class TestCliCertificates : public QObject
{
    Q_OBJECT

private slots:
    void issueListRenderVoid_data() { TestDatabase::addEngineRows(); }
    void issueListRenderVoid();
    void badArguments_data();
    void badArguments();
    void providerDetailsReachTheCertificate();
    void issuerAndDateRefused_data() { TestDatabase::addEngineRows(); }
    void issuerAndDateRefused();
};

namespace {
const QDate kToday(2026, 11, 23);
} // namespace

void TestCliCertificates::issueListRenderVoid()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString reference1;
    QString reference3;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
        QVERIFY(CaseSeed::addSupervisor(db, "siobhan", "Siobhán Ní Bhriain") > 0);
        QVERIFY(CaseSeed::addSupervisor(db, "ada.okafor", "Ada Okafor") > 0);
        QString why;
        const qint64 a = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)), kToday, &why);
        QVERIFY2(a && CaseSeed::advanceTo(db, a, CaseStage::NotPursuing, QDate(2026, 11, 19), kToday, &why),
                 qPrintable(why));
        const qint64 b = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(council, "Yusuf", "Haddad", QDate(2026, 11, 2)), kToday, &why);
        QVERIFY2(
            b && CaseSeed::advanceTo(db, b, CaseStage::NoMeetingInTime, QDate(2026, 11, 16), kToday, &why),
            qPrintable(why));
        reference1 = "MED-2026-00001";
        reference3 = "MED-2026-00002";
    }
    // What is due, soonest first: the Part 3 (due 19 Nov) is overdue.
    CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"certificates", "due", "--today", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), (QStringList{reference3 + "\t3\t2026-11-19\t2026-11-16\toverdue",
                                          reference1 + "\t1\t2026-11-24\t2026-11-19\tdue"}));

    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificate", "issue", "--case", reference1,
                                                              "--issuer", "siobhan", "--date", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList issued = run.out.trimmed().split('\t');
    QCOMPARE(issued.value(0), QStringLiteral("CG-2026-000001"));
    QCOMPARE(issued.value(1), QStringLiteral("1"));
    const QString pdfSha = issued.value(2);
    QCOMPARE(pdfSha.size(), 64);

    // A Part the rules do not give is refused with the reason, exit 1.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificate", "issue", "--case", reference3,
                                                              "--part", "2", "--issuer", "ada.okafor"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("needs a Part 3 certificate, not a Part 2"), qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificate", "issue", "--case", reference3,
                                                              "--issuer", "ada.okafor", "--date",
                                                              "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificates", "list"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(), (QStringList{"CG-2026-000002\t3\t" + reference3 + "\tissued\t2026-11-23",
                                          "CG-2026-000001\t1\t" + reference1 + "\tissued\t2026-11-23"}));

    // render writes the stored PDF byte for byte, every time.
    QTemporaryDir dir;
    const QString first = dir.filePath("first.pdf");
    const QString second = dir.filePath("second.pdf");
    QCOMPARE(CliRunner::run(CliRunner::where(test) +
                            QStringList{"certificate", "render", "CG-2026-000001", "--out", first})
                 .exitCode,
             0);
    QCOMPARE(CliRunner::run(CliRunner::where(test) +
                            QStringList{"certificate", "render", "cg-2026-000001", "--out", second})
                 .exitCode,
             0);
    QFile a(first);
    QFile b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(b.readAll(), bytes);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
             pdfSha);

    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificate", "show", "CG-2026-000001"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outLines().contains("pdf_sha256\t" + pdfSha));
    QVERIFY(run.outLines().contains("appeal_deadline\t2027-01-04"));
    QVERIFY(!run.out.contains("Nguyễn")); // no personal data on the terminal

    // Void and replace: the replacement names the voided number.
    run =
        CliRunner::run(CliRunner::where(test) +
                       QStringList{"certificate", "void", "CG-2026-000001", "--reason", "Wrong date of birth",
                                   "--replace", "--issuer", "ada.okafor", "--date", "2026-11-24"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("CG-2026-000001\tvoided\tCG-2026-000003"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificates", "list", "--case", reference1});
    QCOMPARE(run.outLines(), (QStringList{"CG-2026-000003\t1\t" + reference1 + "\tissued\t2026-11-24",
                                          "CG-2026-000001\t1\t" + reference1 + "\tvoided\t2026-11-23"}));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificate", "show", "CG-2026-000003"});
    QVERIFY(run.outLines().contains("replaces\tCG-2026-000001"));
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"certificates", "list", "--issued-on", "2026-11-24"});
    QCOMPARE(run.outLines(), (QStringList{"CG-2026-000003\t1\t" + reference1 + "\tissued\t2026-11-24"}));
    // The voided file is still there to read, with a note on stderr.
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"certificate", "render", "CG-2026-000001", "--out", first});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("voided"));

    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"certificate", "render", "CG-2026-000999", "--out", first});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("There is no certificate CG-2026-000999"));
}

void TestCliCertificates::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"certificates"} << "certificates list";
    QTest::newRow("unknown action") << QStringList{"certificate", "print"} << "unknown action";
    QTest::newRow("issue without issuer")
        << QStringList{"certificate", "issue", "--case", "MED-2026-00001"} << "--issuer";
    QTest::newRow("bad part") << QStringList{"certificate", "issue", "--case", "X",
                                             "--issuer",    "Y",     "--part", "4"}
                              << "--part must be 1, 2 or 3";
    QTest::newRow("render without out") << QStringList{"certificate", "render", "CG-2026-000001"} << "--out";
    QTest::newRow("void without reason")
        << QStringList{"certificate", "void", "CG-2026-000001"} << "--reason";
    QTest::newRow("replace without issuer")
        << QStringList{"certificate", "void", "CG-2026-000001", "--reason", "x", "--replace"} << "--issuer";
    QTest::newRow("bad date") << QStringList{"certificates", "list", "--issued-on", "23/11/2026"}
                              << "--issued-on";
}

void TestCliCertificates::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const CliRun run = CliRunner::run(QStringList{"--database", dir.filePath("x.sqlite")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliCertificates::providerDetailsReachTheCertificate()
{
    TestDatabase test("sqlite");
    QString reference;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
        QVERIFY(CaseSeed::addSupervisor(db, "siobhan", "Siobhán Ní Bhriain") > 0);
        QVERIFY(CaseSeed::addSupervisor(db, "ada.okafor", "Ada Okafor") > 0);
        QString why;
        const qint64 id = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)), kToday, &why);
        QVERIFY2(id && CaseSeed::advanceTo(db, id, CaseStage::NotPursuing, QDate(2026, 11, 19), kToday, &why),
                 qPrintable(why));
        reference = "MED-2026-00001";
    }
    QTemporaryDir dir;
    QImage logo(64, 64, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    QVERIFY(logo.save(dir.filePath("logo.png"), "PNG"));
    QFile notPng(dir.filePath("logo.txt"));
    QVERIFY(notPng.open(QIODevice::WriteOnly) && notPng.write("not an image") > 0);
    notPng.close();

    CliRun run = CliRunner::run(CliRunner::where(test) +
                                QStringList{"provider", "set", "--logo", dir.filePath("logo.txt")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("not a PNG"));
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"provider", "set", "--certificate-prefix", "W-1"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("letters or digits"));
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"provider", "set", "--name", "Westvale Family Mediation", "--address",
                                     "1 Mill Yard\\nWestvale WV1 1AA", "--phone", "0113 496 0999", "--logo",
                                     dir.filePath("logo.png"), "--certificate-prefix", "wfm"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"provider", "show"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outLines().contains("name\tWestvale Family Mediation"));
    QVERIFY(run.outLines().contains("address\t1 Mill Yard / Westvale WV1 1AA"));
    QVERIFY(run.outLines().contains("certificate_prefix\tWFM"));
    QVERIFY(!run.outLines().contains("logo\tnone"));
    // The quiet-family prompt: 10 working days unless set; out of range is a
    // usage error and changes nothing (who may set it: tst_cli_contacts).
    QVERIFY(run.outLines().contains("quiet_family_working_days\t10"));
    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"provider", "set", "--quiet-family-days", "61"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("from 0 (never ask) to 60"), qPrintable(run.err));
    QVERIFY(CliRunner::run(CliRunner::where(test) + QStringList{"provider", "show"})
                .outLines()
                .contains("quiet_family_working_days\t10"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"provider", "set", "--quiet-family-days", "7"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(CliRunner::run(CliRunner::where(test) + QStringList{"provider", "show"})
                .outLines()
                .contains("quiet_family_working_days\t7"));
    // Who issues Part 2: the mediator unless set; only the two offices are taken.
    QVERIFY(CliRunner::run(CliRunner::where(test) + QStringList{"provider", "show"})
                .outLines()
                .contains("part2_issued_as\tmediator"));
    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"provider", "set", "--part2-issued-as", "judge"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("'mediator' or 'mediation_adviser'"), qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"provider", "set", "--part2-issued-as", "mediation_adviser"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(CliRunner::run(CliRunner::where(test) + QStringList{"provider", "show"})
                .outLines()
                .contains("part2_issued_as\tmediation_adviser"));
    {
        // A single-desk database without users asks nobody: 0 turns it off.
        TestDatabase fresh("sqlite");
        QCOMPARE(CliRunner::run(CliRunner::where(fresh) + QStringList{"init"}).exitCode, 0);
        run = CliRunner::run(CliRunner::where(fresh) +
                             QStringList{"provider", "set", "--quiet-family-days", "0"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(CliRunner::run(CliRunner::where(fresh) + QStringList{"provider", "show"})
                    .outLines()
                    .contains("quiet_family_working_days\t0"));
    }

    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificate", "issue", "--case", reference,
                                                              "--issuer", "ada.okafor", "--date",
                                                              "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith("WFM-2026-000001\t1\t"));
    const QString pdf = dir.filePath("c.pdf");
    QCOMPARE(CliRunner::run(CliRunner::where(test) +
                            QStringList{"certificate", "render", "WFM-2026-000001", "--out", pdf})
                 .exitCode,
             0);
    QProcess text;
    text.start("pdftotext", {pdf, "-"});
    QVERIFY(text.waitForFinished());
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(words.contains("Westvale Family Mediation"), qPrintable(words));
    QVERIFY(words.contains("1 Mill Yard Westvale WV1 1AA"));
    QVERIFY(words.contains("0113 496 0999"));
    // A Part 1 is the mediation adviser's whoever issues it.
    QVERIFY2(words.contains("for the mediation adviser"), qPrintable(words));
    QProcess images;
    images.start("pdfimages", {"-list", pdf});
    QVERIFY(images.waitForFinished());
    // The logo and the QR code.
    QCOMPARE(QString::fromUtf8(images.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts).size(), 2 + 2);
}

void TestCliCertificates::issuerAndDateRefused()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
        QVERIFY(CaseSeed::addSupervisor(db, "grace.ibekwe", "Grace Ibekwe") > 0);
        QVERIFY(CaseSeed::addUser(db, "sam.okafor", "Sam Okafor") > 0); // a caseworker
        QString why;
        const qint64 id = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)), kToday, &why);
        QVERIFY2(id && CaseSeed::advanceTo(db, id, CaseStage::NotPursuing, QDate(2026, 11, 19), kToday, &why),
                 qPrintable(why));
    }
    const QStringList issue =
        CliRunner::where(test) + QStringList{"certificate", "issue", "--case", "MED-2026-00001"};
    // A free-text issuer, a display name and a user who may not issue: exit 1, saying who may.
    for (const char* issuer : {"Santa Claus", "Grace Ibekwe", "sam.okafor"}) {
        const CliRun run = CliRunner::run(issue + QStringList{"--issuer", issuer, "--date", "2026-11-23"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("commonground-cli: \"%1\" is not a user who may issue "
                                                 "certificates")
                                      .arg(QString::fromUtf8(issuer))) &&
                     run.err.contains("grace.ibekwe (Grace Ibekwe)"),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    // Before the event it records (19 November 2026), and after today.
    CliRun run = CliRunner::run(issue + QStringList{"--issuer", "grace.ibekwe", "--date", "1900-01-01"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot be dated 1900-01-01, before the event it records (2026-11-19)"),
             qPrintable(run.err));
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    run = CliRunner::run(issue + QStringList{"--issuer", "grace.ibekwe", "--date", tomorrow});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("cannot be dated %1, after today").arg(tomorrow)),
             qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"certificates", "list"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.trimmed().isEmpty()); // nothing issued, no number used

    run = CliRunner::run(issue + QStringList{"--issuer", "grace.ibekwe", "--date", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith("CG-2026-000001\t1\t"));
}

QTEST_GUILESS_MAIN(TestCliCertificates)
#include "tst_cli_certificates.moc"
