#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/directory/ContactCsv.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"
#include "store/infrastructure/Database.h"
#include "store/settings/CouncilRepository.h"

#include <QSqlQuery>
#include <QTest>

// The directory to and from CSV: RFC 4180, all or nothing, every bad row
// reported with its line number. All names and numbers are synthetic.
namespace {
const QByteArray kHeader =
    "organisation,organisation_kind,council,given_name,family_name,job_title,role,phone,"
    "email,postcode,decision_maker\r\n";

const QByteArray kGood =
    kHeader + "Larkfield Primary School,school,NMB,Priya,Lennox,SENCO,school_representative,"
              "0113 496 0001,senco@larkfield.example,nm1 4qt,no\r\n"
              "Larkfield Primary School,school,NMB,Owen,Tarrant,\"Class teacher, Year 4\",class_teacher,,"
              "owen.tarrant@larkfield.example,,\r\n"
              "Northmoor SEND Team,council_send,Northmoor Borough Council,Marta,Quayle,Head of SEND,"
              "council_decision_maker,07700 900123,marta.quayle@nmb.gov.example,,yes\r\n"
              "Northmoor SENDIASS,sendiass,NMB,,,,,020 7946 0018,info@sendiass.example,NM2 7HD,\r\n"
              ",,,Zoë,\"O\"\"Brien\",Advocate,advocate,+353 1 234 5678,zoe@advocacy.example,,\r\n";

bool addCouncil(QSqlDatabase db)
{
    Council council;
    council.name = QStringLiteral("Northmoor Borough Council");
    council.code = QStringLiteral("NMB");
    return CouncilRepository(db).add(&council).ok();
}
} // namespace

class TestContactCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void formatRecord_data();
    void formatRecord();
    void importsAGoodFile_data() { TestDatabase::addEngineRows(); }
    void importsAGoodFile();
    void checkCountsAndWritesNothing_data() { TestDatabase::addEngineRows(); }
    void checkCountsAndWritesNothing();
    void badRowsImportNothing_data() { TestDatabase::addEngineRows(); }
    void badRowsImportNothing();
    void badHeader_data();
    void badHeader();
    void unfaithfulTextRefused_data();
    void unfaithfulTextRefused();
    void exportImportRoundTrip_data() { TestDatabase::addEngineRows(); }
    void exportImportRoundTrip();
};

void TestContactCsv::parse_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("plain, LF") << QByteArray("a,b\nc,d\n") << QList<QStringList>{{"a", "b"}, {"c", "d"}}
                               << QList<int>{1, 2};
    QTest::newRow("CRLF, no final newline")
        << QByteArray("a,b\r\nc,d") << QList<QStringList>{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n")
                         << QList<QStringList>{{"a", "b"}} << QList<int>{1};
    QTest::newRow("quoted comma and quote") << QByteArray("\"x, y\",\"say \"\"hi\"\"\"\n")
                                            << QList<QStringList>{{"x, y", "say \"hi\""}} << QList<int>{1};
    QTest::newRow("line break in a field keeps line numbers")
        << QByteArray("a,\"two\nlines\"\nb,c\n") << QList<QStringList>{{"a", "two\nlines"}, {"b", "c"}}
        << QList<int>{1, 3};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n\nb\n") << QList<QStringList>{{"a"}, {"b"}} << QList<int>{1, 4};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{"", "", ""}} << QList<int>{1};
    QTest::newRow("UTF-8") << QByteArray("Zoë,Åkesson\n")
                           << QList<QStringList>{{QString::fromUtf8("Zoë"), QString::fromUtf8("Åkesson")}}
                           << QList<int>{1};
}

void TestContactCsv::parse()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    QList<QStringList> parsed;
    QList<int> parsedLines;
    QString error;
    QVERIFY2(ContactCsv::parse(csv, &parsed, &parsedLines, &error), qPrintable(error));
    QCOMPARE(parsed, records);
    QCOMPARE(parsedLines, lines);
}

void TestContactCsv::formatRecord_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringList{"a", "b"} << "a,b";
    QTest::newRow("comma") << QStringList{"Class teacher, Year 4"} << "\"Class teacher, Year 4\"";
    QTest::newRow("quote") << QStringList{"O\"Brien"} << "\"O\"\"Brien\"";
    QTest::newRow("newline") << QStringList{"a\nb"} << "\"a\nb\"";
    QTest::newRow("leading space") << QStringList{" a"} << "\" a\"";
    QTest::newRow("empty") << QStringList{"", ""} << ",";
    // OWASP CSV injection: a cell a spreadsheet would run gets a quote in front.
    QTest::newRow("equals") << QStringList{"=1+2"} << "'=1+2";
    QTest::newRow("plus") << QStringList{"+44 113 496 0000"} << "'+44 113 496 0000";
    QTest::newRow("minus") << QStringList{"-2+3"} << "'-2+3";
    QTest::newRow("at") << QStringList{"@SUM(A1:A9)"} << "'@SUM(A1:A9)";
    QTest::newRow("tab") << QStringList{"\t=cmd"} << "'\t=cmd";
    QTest::newRow("carriage return") << QStringList{"\r=cmd"} << "\"'\r=cmd\"";
    QTest::newRow("hyperlink") << QStringList{"=HYPERLINK(\"http://evil.example\",\"Click\")"}
                               << "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"";
    QTest::newRow("DDE") << QStringList{"=cmd|' /C calc'!A0"} << "'=cmd|' /C calc'!A0";
    // A value that starts with a quote keeps it: one more is written, one taken off.
    QTest::newRow("own quote") << QStringList{"'twas"} << "''twas";
    QTest::newRow("quote then formula") << QStringList{"'=1"} << "''=1";
    QTest::newRow("inside is fine") << QStringList{"a=b", "x-y", "me@example.org"}
                                    << "a=b,x-y,me@example.org";
}

void TestContactCsv::formatRecord()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, text);
    QCOMPARE(ContactCsv::formatRecord(fields), text);
    QList<QStringList> back;
    QList<int> lines;
    QString error;
    QVERIFY(ContactCsv::parse(text.toUtf8() + "\n", &back, &lines, &error));
    QCOMPARE(back.value(0), fields);
}

void TestContactCsv::importsAGoodFile()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QVERIFY(addCouncil(db));
    ContactCsv::ImportReport report;
    const StoreError error = ContactCsv::import(db, kGood, &report);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.organisationsAdded, 3);
    QCOMPARE(report.contactsAdded, 4);
    QCOMPARE(PlainSql::rowCount(db, "organisations"), 3);
    QCOMPARE(PlainSql::rowCount(db, "contacts"), 4);

    ContactFilter filter;
    filter.search = QStringLiteral("brien");
    ContactListQuery query(db);
    query.setFilter(filter);
    QList<Contact> found;
    CG_VERIFY_OK(query.fetch(0, 10, &found));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().familyName, QStringLiteral("O\"Brien"));
    QCOMPARE(found.first().phone, QStringLiteral("+35312345678"));
    QVERIFY(!found.first().organisationId);
    QSqlQuery check(db);
    QVERIFY(check.exec(QStringLiteral(
        "SELECT postcode, phone_e164, council_id FROM organisations WHERE kind = 'sendiass'")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("NM2 7HD"));
    QCOMPARE(check.value(1).toString(), QStringLiteral("+442079460018"));
    QVERIFY(!check.value(2).isNull());
    QVERIFY(check.exec(
        QStringLiteral("SELECT is_decision_maker, role FROM contacts WHERE family_name = 'Quayle'")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 1);
    QCOMPARE(check.value(1).toString(), QStringLiteral("council_decision_maker"));

    // An organisation already in the directory is reused.
    CG_VERIFY_OK(
        ContactCsv::import(db, kHeader + "larkfield primary school,school,,Ines,Morrow,,,,,,\n", &report));
    QCOMPARE(report.organisationsAdded, 0);
    QCOMPARE(report.contactsAdded, 1);
    QCOMPARE(PlainSql::rowCount(db, "organisations"), 3);
}

void TestContactCsv::checkCountsAndWritesNothing()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QVERIFY(addCouncil(db));
    // The preview says what the import would add, and adds nothing.
    ContactCsv::ImportReport report;
    const StoreError error = ContactCsv::check(db, kGood, &report);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.organisationsAdded, 3);
    QCOMPARE(report.contactsAdded, 4);
    QCOMPARE(PlainSql::rowCount(db, "organisations"), 0);
    QCOMPARE(PlainSql::rowCount(db, "contacts"), 0);
    // After the import, the organisations are there and would be reused.
    CG_VERIFY_OK(ContactCsv::import(db, kGood, &report));
    CG_VERIFY_OK(ContactCsv::check(db, kGood, &report));
    QCOMPARE(report.organisationsAdded, 0);
    QCOMPARE(report.contactsAdded, 4);
    QCOMPARE(PlainSql::rowCount(db, "contacts"), 4);
    // Bad rows are reported by line as the import would.
    CG_VERIFY_OK(ContactCsv::check(db, kHeader + "Oakmere Academy,academy,,Idris,Penhale,,,,,,\n", &report));
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.at(0).startsWith(QStringLiteral("line 2: ")), qPrintable(report.problems.at(0)));
    QCOMPARE(PlainSql::rowCount(db, "organisations"), 3);
}

void TestContactCsv::badRowsImportNothing()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QVERIFY(addCouncil(db));
    // Good rows around three bad ones; a quoted line break before the last
    // bad row moves it one line down.
    const QByteArray csv =
        kHeader + "Larkfield Primary School,school,NMB,Priya,Lennox,SENCO,,0113 496 0001,,,\n"   // 2
                  "Oakmere Academy,academy,NMB,Idris,Penhale,SENCO,,12345,idris@oakmere,,\n"     // 3 bad
                  "Northmoor SEND Team,council_send,NMB,Marta,Quayle,,,,,,yes\n"                 // 4
                  "Westvale School,school,Westvale Council,Ann,,,,,,,\n"                         // 5 bad
                  "Northmoor SENDIASS,sendiass,NMB,Kit,Ormerod,\"Adviser\nNorth\",,,,NM2 7HD,\n" // 6-7
                  "Brookside College,college,NMB,Rosa,Tarrant,,senco,,,90210,maybe\n";           // 8 bad
    ContactCsv::ImportReport report;
    CG_VERIFY_OK(ContactCsv::import(db, csv, &report));
    QCOMPARE(report.problems.size(), 3);
    QVERIFY2(report.problems.at(0).startsWith(QStringLiteral("line 3: ")), qPrintable(report.problems.at(0)));
    QVERIFY(report.problems.at(0).contains(QStringLiteral("organisation_kind: 'academy'")));
    QVERIFY(report.problems.at(0).contains(QStringLiteral("phone: ")));
    QVERIFY(report.problems.at(0).contains(QStringLiteral("email: ")));
    QVERIFY2(report.problems.at(1).startsWith(QStringLiteral("line 5: ")), qPrintable(report.problems.at(1)));
    QVERIFY(report.problems.at(1).contains(QStringLiteral("no council named 'Westvale Council'")));
    QVERIFY(report.problems.at(1).contains(QStringLiteral("first and last name")));
    QVERIFY2(report.problems.at(2).startsWith(QStringLiteral("line 8: ")), qPrintable(report.problems.at(2)));
    QVERIFY(report.problems.at(2).contains(QStringLiteral("role: 'senco'")));
    QVERIFY(report.problems.at(2).contains(QStringLiteral("postcode: ")));
    QVERIFY(report.problems.at(2).contains(QStringLiteral("decision_maker: write yes or no, not 'maybe'")));
    QCOMPARE(report.contactsAdded, 0);
    QCOMPARE(report.organisationsAdded, 0);
    QCOMPARE(PlainSql::rowCount(db, "contacts"), 0);
    QCOMPARE(PlainSql::rowCount(db, "organisations"), 0);

    // A row with the wrong number of fields, and an unclosed quote.
    CG_VERIFY_OK(ContactCsv::import(db, kHeader + "A School,school\n", &report));
    QCOMPARE(report.problems.size(), 1);
    QVERIFY(report.problems.first().contains(QStringLiteral("line 2: has 2 fields where the header has 11")));
    CG_VERIFY_OK(ContactCsv::import(db, kHeader + "\"A School,school\n", &report));
    QCOMPARE(report.problems,
             QStringList{QStringLiteral("line 2: a quoted field is never closed (a \" is missing)")});
    QCOMPARE(PlainSql::rowCount(db, "organisations"), 0);
}

void TestContactCsv::badHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray() << "line 1: the file is empty";
    QTest::newRow("unknown column") << QByteArray("organisation,organisation_kind,fax\nA,school,1\n")
                                    << "line 1: unknown column 'fax'";
    QTest::newRow("twice") << QByteArray("organisation,organisation,organisation_kind\n") << "appears twice";
    QTest::newRow("no names") << QByteArray("phone,email\n") << "neither organisation nor given_name";
}

void TestContactCsv::badHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    ContactCsv::ImportReport report;
    CG_VERIFY_OK(ContactCsv::import(database.connection(), csv, &report));
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(message), qPrintable(report.problems.first()));
}

void TestContactCsv::exportImportRoundTrip()
{
    QFETCH(QString, engine);
    QByteArray first;
    QByteArray second;
    int rows = 0;
    {
        TestDatabase test(engine);
        CG_REQUIRE_ENGINE(test);
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QVERIFY(addCouncil(database.connection()));
        ContactCsv::ImportReport report;
        CG_VERIFY_OK(ContactCsv::import(database.connection(), kGood, &report));
        QVERIFY(report.problems.isEmpty());
        CG_VERIFY_OK(ContactCsv::exportAll(database.connection(), &first, &rows));
        QCOMPARE(rows, 5);
    }
    {
        TestDatabase test(engine);
        CG_REQUIRE_ENGINE(test);
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QVERIFY(addCouncil(database.connection()));
        ContactCsv::ImportReport report;
        CG_VERIFY_OK(ContactCsv::import(database.connection(), first, &report));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.contactsAdded, 4);
        QCOMPARE(report.organisationsAdded, 3);
        CG_VERIFY_OK(ContactCsv::exportAll(database.connection(), &second));
    }
    QCOMPARE(second, first);
    QVERIFY(first.startsWith("\xEF\xBB\xBF"
                             "organisation,organisation_kind,council,"));
    const QString text = QString::fromUtf8(first);
    // National forms, the council by name, quoting where needed.
    QVERIFY2(text.contains(QStringLiteral(
                 "Larkfield Primary School,school,Northmoor Borough Council,Priya,Lennox,SENCO,"
                 "school_representative,0113 496 0001,senco@larkfield.example,NM1 4QT,no\r\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"Class teacher, Year 4\"")));
    QVERIFY(text.contains(
        QStringLiteral("Northmoor SENDIASS,sendiass,Northmoor Borough Council,,,,,020 7946 0018,"
                       "info@sendiass.example,NM2 7HD,\r\n")));
    // A leading + would start a formula in a spreadsheet: neutralised, and read back as it was.
    QVERIFY(text.contains(QStringLiteral("\"O\"\"Brien\",Advocate,advocate,'+353 1 234 5678")));
}

void TestContactCsv::unfaithfulTextRefused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("starts");
    const QByteArray header = "given_name,family_name,job_title\n";
    // Windows-1252 from Excel's plain "CSV (Comma delimited)": Zoë as Zo\xEB.
    QTest::newRow("Windows-1252") << header + "Ada,Quill,SENCO\nZo\xEB,Lund,SENCO\n"
                                  << QStringList{"line 3: is not UTF-8 text"};
    QTest::newRow("stray byte and an overlong form")
        << header + "Ada,Qu\x80ill,\nBo,Lund,\nCy,\xC0\xAFx,\n"
        << QStringList{"line 2: is not UTF-8 text", "line 4: is not UTF-8 text"};
    QTest::newRow("NUL byte") << header + QByteArray("Ada,Qu\0ill,\n", 12)
                              << QStringList{"line 2: holds a NUL byte"};
    QTest::newRow("text after a closing quote")
        << header + "Ada,\"Quill\"son,SENCO\n"
        << QStringList{"line 2: field 2 has text after its closing quote"};
}

void TestContactCsv::unfaithfulTextRefused()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, starts);
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    ContactCsv::ImportReport report;
    CG_VERIFY_OK(ContactCsv::import(database.connection(), csv, &report));
    QCOMPARE(report.problems.size(), starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i) {
        QVERIFY2(report.problems.at(i).startsWith(starts.at(i)), qPrintable(report.problems.at(i)));
        if (!starts.at(i).contains("quote"))
            QVERIFY2(report.problems.at(i).contains("CSV UTF-8"), qPrintable(report.problems.at(i)));
    }
    QCOMPARE(report.contactsAdded, 0);
    QCOMPARE(PlainSql::rowCount(database.connection(), "contacts"), 0);
}

QTEST_GUILESS_MAIN(TestContactCsv)
#include "tst_contactcsv.moc"
