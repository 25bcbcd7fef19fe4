#include "CaseSeed.h"
#include "CliRunner.h"
#include "PlainSql.h"
#include "TestDatabase.h"
#include "rules/ReportDefinitions.h"
#include "store/infrastructure/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// report, report sen2 and report activity (issue 14), run as a script
// would: the CSV's stable header, its values and definitions, neutralised
// cells, and files complete or absent; the XLSX workbooks read back with
// openpyxl (python3-openpyxl), as a spreadsheet would. Names are synthetic.
class TestCliReports : public QObject
{
    Q_OBJECT

private slots:
    void figuresAsCsv_data() { TestDatabase::addEngineRows(); }
    void figuresAsCsv();
    void figuresAsPdf_data() { TestDatabase::addEngineRows(); }
    void figuresAsPdf();
    void sen2AndActivity_data() { TestDatabase::addEngineRows(); }
    void sen2AndActivity();
    void figuresAsXlsx_data() { TestDatabase::addEngineRows(); }
    void figuresAsXlsx();
    void activityAsXlsx_data() { TestDatabase::addEngineRows(); }
    void activityAsXlsx();
    void badArguments_data();
    void badArguments();
    void unwritableFileLeavesNothing();
    void unwritableWorkbookLeavesNothing();
};

namespace {
// Westvale (WVD): a mediation case taken 2 Nov 2026 whose meeting was held on
// 16 Nov (11:00 to 13:30 UTC, agreed) with its Part 2 issued 18 Nov, and a
// meeting cancelled on 10 Nov for a reason that looks like a formula.
// Eastmere (EMC): one disagreement resolution case taken 3 Nov.
bool seed(const TestDatabase& test, QString* why)
{
    return CaseSeed::seedInto(test.settings(), why, [&](QSqlDatabase db) -> bool {
        const qint64 westvale = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
        const qint64 eastmere = CaseSeed::addCouncil(db, "Eastmere Council", "EMC");
        const QDate today(2026, 11, 23);
        const qint64 caseId = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(westvale, "Kit", "Hale", QDate(2026, 11, 2)), today, why);
        Referral dr = CaseSeed::mediationReferral(eastmere, "Ola", "Brandt", QDate(2026, 11, 3));
        dr.route = Route::DisagreementResolution;
        dr.decisionType.reset();
        dr.decisionNoticeDate = {};
        dr.disagreementSubject = QStringLiteral("Transport");
        if (!caseId || !CaseSeed::addCase(db, dr, today, why))
            return false;
        const QDateTime start(QDate(2026, 11, 16), QTime(11, 0), Qt::UTC);
        const QString meeting =
            QStringLiteral("INSERT INTO meetings (case_id, kind, starts_at, ends_at, mode, "
                           "status, outcome, held_date, uid, created_at) "
                           "VALUES (?, 'mediation', ?, ?, 'online', ?, ?, ?, ?, ?)");
        const QVariant noText(QMetaType::fromType<QString>());
        const QVariant noDate(QMetaType::fromType<QDate>());
        return PlainSql::exec(db, meeting,
                              {caseId, start, start.addSecs(9000), "held", "agreed", QDate(2026, 11, 16),
                               "a@test", start},
                              why) &&
               PlainSql::exec(db, meeting,
                              {caseId, start.addDays(-7), start.addDays(-7).addSecs(3600), "cancelled",
                               noText, noDate, "b@test", start},
                              why) &&
               PlainSql::exec(
                   db,
                   QStringLiteral(
                       "INSERT INTO meeting_changes (meeting_id, kind, old_starts_at, old_ends_at, reason, "
                       "changed_at) SELECT id, 'cancelled', starts_at, ends_at, '=1+2 venue', ? FROM "
                       "meetings "
                       "WHERE uid = 'b@test'"),
                   {QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC)}, why) &&
               PlainSql::exec(
                   db,
                   QStringLiteral(
                       "INSERT INTO certificates (number, part, case_id, status, trigger_date, issue_date, "
                       "issuer_name, content, content_sha256, pdf, pdf_sha256, created_at) VALUES "
                       "('WV-2026-000001', 2, ?, 'issued', ?, ?, 'Grace Ibekwe', '{}', '00', ?, '00', ?)"),
                   {caseId, QDate(2026, 11, 16), QDate(2026, 11, 18), QByteArray("%PDF"), start}, why);
    });
}

QStringList readLines(const QString& path, bool* bom)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.readAll();
    *bom = data.startsWith("\xEF\xBB\xBF");
    if (*bom)
        data.remove(0, 3);
    return QString::fromUtf8(data).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// The text of a PDF as pdftotext lays it out (a table row on one line), with
// line breaks and runs of spaces folded (paragraphs wrap) and ligatures
// undone (NFKC); empty when pdftotext is not installed.
QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// One CSV line's cells (RFC 4180: quoted cells may hold commas and doubled quotes).
QStringList csvCells(const QString& line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            cell += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

// A python3 that has openpyxl: Debian's own first (a python3 earlier on the
// PATH, such as a pyenv one, may lack it); empty when there is none.
QString pythonWithOpenpyxl()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable("python3")};
    for (const QString& python : candidates) {
        if (python.isEmpty() || !QFile::exists(python))
            continue;
        QProcess probe;
        probe.start(python, {"-c", "import openpyxl"});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

// Every sheet of a workbook as openpyxl reads it: {"sheets": [names], "frozen":
// {sheet: "A2"}, "bold": {sheet: header bold}, "widths": {sheet: [widths]},
// "rows": {sheet: [[{"v": value (a date as ISO), "t": data_type, "d": is_date,
// "f": number_format}]]}}.
bool readWorkbook(const QString& python, const QString& path, QJsonObject* book, QString* why)
{
    static const char* script = R"(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "frozen": {}, "bold": {}, "widths": {}, "rows": {}}
def value(v):
    return v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v
for ws in wb.worksheets:
    out["frozen"][ws.title] = ws.freeze_panes
    out["bold"][ws.title] = bool(ws.cell(1, 1).font.b)
    out["widths"][ws.title] = [ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
                               for i in range(1, ws.max_column + 1)]
    out["rows"][ws.title] = [[{"v": value(c.value), "t": c.data_type, "d": c.is_date, "f": c.number_format}
                              for c in row] for row in ws.iter_rows()]
print(json.dumps(out))
)";
    QProcess process;
    process.start(python, {"-c", script, path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *why = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    *book = document.object();
    *why = error.errorString();
    return error.error == QJsonParseError::NoError;
}

QJsonArray sheetRows(const QJsonObject& book, const QString& sheet)
{
    return book.value("rows").toObject().value(sheet).toArray();
}

QJsonObject cellAt(const QJsonArray& rows, int row, int column)
{
    return rows.at(row).toArray().at(column).toObject();
}

QString lineOf(const QStringList& lines, const QString& start)
{
    for (const QString& line : lines) {
        if (line.startsWith(start))
            return line;
    }
    return {};
}
} // namespace

void TestCliReports::figuresAsCsv()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    QTemporaryDir dir;
    const QString path = dir.filePath("november.csv");
    CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"report", "--from", "2026-11-01", "--to",
                                                            "2026-11-30", "--format", "csv", "--out", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith("period: 2026-11-01 to 2026-11-30\nrows: "), qPrintable(run.out));
    bool bom = false;
    const QStringList lines = readLines(path, &bom);
    QVERIFY(bom);
    QCOMPARE(lines.first(),
             QStringLiteral("council_code,council,period_from,period_to,figure,detail,title,value,"
                            "numerator,denominator,definition"));
    // Every council together, then each: two enquiries in all, one in Westvale.
    QVERIFY2(lineOf(lines,
                    "ALL,All councils,2026-11-01,2026-11-30,enquiries,,Enquiries received,2,,,\"Cases taken")
                     .size() > 0,
             qPrintable(lines.value(1)));
    QVERIFY(
        !lineOf(lines, "WVD,Westvale District Council,2026-11-01,2026-11-30,enquiries,,Enquiries received,1,")
             .isEmpty());
    QVERIFY(!lineOf(lines, "EMC,Eastmere Council,2026-11-01,2026-11-30,dr_referrals,,").isEmpty());
    // A share carries its numerator and denominator; its definition says what it counts.
    const QString onTime =
        lineOf(lines, "WVD,Westvale District Council,2026-11-01,2026-11-30,part2_within_3_working_days");
    QVERIFY2(onTime.contains(",100.0,1,1,\"Of the Part 2 certificates issued"), qPrintable(onTime));
    QVERIFY(onTime.contains("A voided certificate never counts; its replacement does"));
    QVERIFY(!lineOf(lines,
                    "ALL,All councils,2026-11-01,2026-11-30,mediation_outcomes,agreed,Mediation outcomes,1,")
                 .isEmpty());
    // A reason a spreadsheet would run as a formula is written with a quote in front.
    const QString reason =
        lineOf(lines, "ALL,All councils,2026-11-01,2026-11-30,meetings_cancelled_by_reason");
    QVERIFY2(reason.contains(",'=1+2 venue,"), qPrintable(reason));
    // No Part 1: the share is empty, not 0.
    QVERIFY(!lineOf(lines,
                    "ALL,All councils,2026-11-01,2026-11-30,part1_within_3_working_days,,Part 1 certificates "
                    "issued on time,,0,0,")
                 .isEmpty());

    // One council only.
    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"report", "--from", "2026-11-01", "--to",
                                                            "2026-11-30", "--council", "wvd", "--out", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList one = readLines(path, &bom);
    for (qsizetype i = 1; i < one.size(); ++i)
        QVERIFY2(one.at(i).startsWith("WVD,"), qPrintable(one.at(i)));
}

void TestCliReports::figuresAsPdf()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    CliRun run = CliRunner::run(CliRunner::where(test) +
                                QStringList{"provider", "set", "--name", "Westvale Family Mediation",
                                            "--address", "1 Mill Yard\\nWestvale WV1 1AA", "--phone",
                                            "0113 496 0999", "--email", "office@wfm.example"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QTemporaryDir dir;
    const QString path = dir.filePath("westvale-november.pdf");
    run = CliRunner::run(CliRunner::where(test) + QStringList{"report", "--from", "2026-11-01", "--to",
                                                              "2026-11-30", "--council", "WVD", "--format",
                                                              "pdf", "--out", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith("period: 2026-11-01 to 2026-11-30\ncouncil: WVD\npages: "),
             qPrintable(run.out));
    QVERIFY(!QFile::exists(path + ".partial"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();
    const QString text = pdfText(path);
    // The letterhead, the title, the period, the council and the day it was made.
    for (const QString& expected :
         {QStringLiteral("Westvale Family Mediation"), QStringLiteral("1 Mill Yard"),
          QStringLiteral("Westvale WV1 1AA"), QStringLiteral("0113 496 0999"),
          QStringLiteral("office@wfm.example"), QStringLiteral("Contract monitoring report"),
          QStringLiteral("Council: Westvale District Council (WVD)"),
          QStringLiteral("Sunday 1 November 2026 to Monday 30 November 2026 (2026-11-01 to 2026-11-30)"),
          QStringLiteral("Produced: "), QStringLiteral("Page 1 of ")})
        QVERIFY2(text.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in: ") + text.left(600)));
    // Each figure's title, and the definitions at the end, after the figures.
    for (const ReportDefinitions::Figure& figure : ReportDefinitions::all()) {
        QVERIFY2(text.contains(figure.title), qPrintable(figure.title));
        QVERIFY2(text.contains(figure.definition()), qPrintable(figure.definition()));
    }
    // Values: one enquiry in Westvale, a Part 2 issued on time (1 of 1), a meeting agreed.
    QVERIFY2(text.contains(QStringLiteral("Enquiries received 1 ")), qPrintable(text.left(1500)));
    QVERIFY2(text.contains(QStringLiteral("Part 2 certificates issued on time 100.0% 1 of 1")),
             qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("Mediation outcomes Agreed 1 ")));
    QVERIFY(text.contains(QStringLiteral("Part 1 certificates issued on time none to measure")));
    // The charts' numbers: the month of November in the tables under them.
    QVERIFY(text.contains(QStringLiteral("Enquiries per month by route")));
    QVERIFY(text.contains(QStringLiteral("Nov 2026 1 0 1")));
    QVERIFY(text.contains(QStringLiteral("Nov 2026 - 100.0% (1 of 1) ")));
    QVERIFY(text.contains(QStringLiteral("The law: 100%")));

    // Every council together: "All councils", two enquiries.
    const QString all = dir.filePath("all.pdf");
    run = CliRunner::run(CliRunner::where(test) + QStringList{"report", "--from", "2026-11-01", "--to",
                                                              "2026-11-30", "--format", "pdf", "--out", all});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString allText = pdfText(all);
    QVERIFY(allText.contains(QStringLiteral("Council: All councils")));
    QVERIFY(allText.contains(QStringLiteral("Enquiries received 2 ")));
}

void TestCliReports::sen2AndActivity()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    QTemporaryDir dir;
    const QString path = dir.filePath("sen2.csv");
    CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"report", "sen2", "--year", "2026",
                                                                     "--council", "WVD", "--out", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith("period: 2026-01-01 to 2026-12-31\n"), qPrintable(run.out));
    bool bom = false;
    QStringList lines = readLines(path, &bom);
    QVERIFY(!lineOf(lines, "WVD,Westvale District Council,2026-01-01,2026-12-31,mediation_cases_held,,")
                 .isEmpty());
    QVERIFY(lineOf(lines, "WVD,Westvale District Council,2026-01-01,2026-12-31,dr_referrals").isEmpty());
    QVERIFY(lineOf(lines, "WVD,Westvale District Council,2026-01-01,2026-12-31,days_").isEmpty());

    const QString activity = dir.filePath("activity.csv");
    run = CliRunner::run(CliRunner::where(test) + QStringList{"report", "activity", "--from", "2026-11-01",
                                                              "--to", "2026-11-30", "--council", "WVD",
                                                              "--out", activity});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.endsWith("rows: 2\n"), qPrintable(run.out));
    lines = readLines(activity, &bom);
    QCOMPARE(lines, (QStringList{"reference,event,date,minutes,detail",
                                 "MED-2026-00001,meeting_held,2026-11-16,150,mediation",
                                 "MED-2026-00001,certificate_issued,2026-11-18,,Part 2 WV-2026-000001"}));
}

void TestCliReports::figuresAsXlsx()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty())
        QSKIP("python3 with openpyxl (python3-openpyxl) is needed to read the workbook back");
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    QTemporaryDir dir;
    const QStringList period{"report", "--from", "2026-11-01", "--to", "2026-11-30"};
    CliRun run =
        CliRunner::run(CliRunner::where(test) + period + QStringList{"--out", dir.filePath("november.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString csvOut = run.out;
    const QString path = dir.filePath("november.xlsx");
    run = CliRunner::run(CliRunner::where(test) + period + QStringList{"--format", "xlsx", "--out", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, csvOut); // the same period and number of rows
    QVERIFY(!QFile::exists(path + ".partial"));
    QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    QJsonObject book;
    QVERIFY2(readWorkbook(python, path, &book, &why), qPrintable(why));
    QCOMPARE(book.value("sheets").toArray().toVariantList(),
             (QVariantList{"Summary", "EMC", "WVD", "Cases", "Definitions"}));
    for (const QString sheet : {"Summary", "WVD", "Cases", "Definitions"}) {
        QCOMPARE(book.value("frozen").toObject().value(sheet).toString(), QStringLiteral("A2"));
        QVERIFY2(book.value("bold").toObject().value(sheet).toBool(), qPrintable(sheet));
        for (const QJsonValue& width : book.value("widths").toObject().value(sheet).toArray())
            QVERIFY2(width.toDouble() >= 10, qPrintable(sheet)); // set, not the default 8.43 (or none)
    }

    // Every figure of the CSV is in the Summary, with the same value, as a number.
    bool bom = false;
    const QStringList lines = readLines(dir.filePath("november.csv"), &bom);
    const QJsonArray summary = sheetRows(book, "Summary");
    QCOMPARE(summary.size(), lines.size());
    QStringList header;
    for (const QJsonValue& cell : summary.at(0).toArray())
        header << cell.toObject().value("v").toString();
    QCOMPARE(header, csvCells(lines.first()));
    int shares = 0;
    for (int row = 1; row < lines.size(); ++row) {
        const QStringList csv = csvCells(lines.at(row));
        const QString where = lines.at(row).left(90);
        QCOMPARE(cellAt(summary, row, 0).value("v").toString(), csv.at(0));
        QCOMPARE(cellAt(summary, row, 4).value("v").toString(), csv.at(4));
        const QString detail = cellAt(summary, row, 5).value("v").toString();
        // The CSV writes a quote in front of a formula-looking cell; the workbook keeps the text as it is.
        QCOMPARE(csv.at(5).startsWith(u'\'') ? QStringLiteral("'") + detail : detail, csv.at(5));
        for (int column : {2, 3}) {
            const QJsonObject date = cellAt(summary, row, column);
            QVERIFY2(date.value("d").toBool(), qPrintable(where));
            QCOMPARE(date.value("v").toString().left(10), csv.at(column));
        }
        const QJsonObject value = cellAt(summary, row, 7);
        if (csv.at(7).isEmpty()) {
            QVERIFY2(value.value("v").isNull(), qPrintable(where));
        } else {
            QVERIFY2(value.value("t").toString() == "n", qPrintable(where));
            const bool share = csv.at(9).size() > 0;
            if (share) {
                ++shares;
                QCOMPARE(value.value("f").toString(), QStringLiteral("0.0%"));
                QCOMPARE(QString::number(value.value("v").toDouble() * 100, 'f', 1), csv.at(7));
            } else {
                QCOMPARE(value.value("v").toDouble(), csv.at(7).toDouble());
            }
        }
        for (int column : {8, 9}) {
            const QJsonObject count = cellAt(summary, row, column);
            if (csv.at(column).isEmpty()) {
                QVERIFY2(count.value("v").isNull(), qPrintable(where));
            } else {
                QCOMPARE(count.value("t").toString(), QStringLiteral("n"));
                QCOMPARE(count.value("v").toDouble(), csv.at(column).toDouble());
            }
        }
        QCOMPARE(cellAt(summary, row, 10).value("v").toString(), csv.at(10));
    }
    QVERIFY(shares > 0);

    // The cancellation reason that looks like a formula stays the text typed.
    bool formulaText = false;
    for (const QJsonValue& row : summary) {
        const QJsonObject detail = row.toArray().at(5).toObject();
        if (detail.value("v").toString() == "=1+2 venue") {
            QCOMPARE(detail.value("t").toString(), QStringLiteral("s"));
            formulaText = true;
        }
    }
    QVERIFY(formulaText);

    // A council's sheet holds that council's rows only: one enquiry in Westvale.
    const QJsonArray westvale = sheetRows(book, "WVD");
    bool enquiries = false;
    for (int row = 1; row < westvale.size(); ++row) {
        QCOMPARE(cellAt(westvale, row, 0).value("v").toString(), QStringLiteral("WVD"));
        if (cellAt(westvale, row, 4).value("v").toString() == "enquiries") {
            QCOMPARE(cellAt(westvale, row, 7).value("v").toDouble(), 1.0);
            enquiries = true;
        }
    }
    QVERIFY(enquiries);

    // The cases behind the figures, council by council.
    QStringList cases;
    const QJsonArray caseRows = sheetRows(book, "Cases");
    for (int row = 1; row < caseRows.size(); ++row) {
        QStringList cells;
        for (const QJsonValue& cell : caseRows.at(row).toArray())
            cells << cell.toObject().value("v").toString();
        cases << cells.join(u'|');
    }
    QVERIFY2(cases.contains("WVD|enquiries||Enquiries received|MED-2026-00001"),
             qPrintable(cases.join(u'\n')));
    QVERIFY2(cases.contains("EMC|enquiries||Enquiries received|DR-2026-00002"),
             qPrintable(cases.join(u'\n')));
    QVERIFY(cases.contains("WVD|meetings_cancelled_by_reason|=1+2 venue|Meetings cancelled, by reason|"
                           "MED-2026-00001"));
    QVERIFY(
        cases.contains("WVD|part2_within_3_working_days||Part 2 certificates issued on time|MED-2026-00001"));

    // Every definition, as the rules write it.
    const QJsonArray definitions = sheetRows(book, "Definitions");
    QVERIFY(definitions.size() > 10);
    QCOMPARE(cellAt(definitions, 1, 0).value("v").toString(), QStringLiteral("enquiries"));
    QVERIFY(cellAt(definitions, 1, 4).value("v").toString().startsWith("Cases taken"));

    // One council: its sheet and no other.
    run = CliRunner::run(CliRunner::where(test) + period +
                         QStringList{"--council", "wvd", "--format", "xlsx", "--out", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(readWorkbook(python, path, &book, &why), qPrintable(why));
    QCOMPARE(book.value("sheets").toArray().toVariantList(),
             (QVariantList{"Summary", "WVD", "Cases", "Definitions"}));
}

void TestCliReports::activityAsXlsx()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty())
        QSKIP("python3 with openpyxl (python3-openpyxl) is needed to read the workbook back");
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    QTemporaryDir dir;
    const QString path = dir.filePath("activity.xlsx");
    const CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"report", "activity", "--from", "2026-11-01",
                                                            "--to", "2026-11-30", "--council", "WVD",
                                                            "--format", "xlsx", "--out", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.endsWith("rows: 2\n"), qPrintable(run.out));
    QJsonObject book;
    QVERIFY2(readWorkbook(python, path, &book, &why), qPrintable(why));
    QCOMPARE(book.value("sheets").toArray().toVariantList(), (QVariantList{"Activity", "Totals"}));
    const QJsonArray rows = sheetRows(book, "Activity");
    QCOMPARE(rows.size(), 3);
    QCOMPARE(cellAt(rows, 0, 2).value("v").toString(), QStringLiteral("date"));
    QCOMPARE(cellAt(rows, 1, 0).value("v").toString(), QStringLiteral("MED-2026-00001"));
    QCOMPARE(cellAt(rows, 1, 1).value("v").toString(), QStringLiteral("meeting_held"));
    QVERIFY(cellAt(rows, 1, 2).value("d").toBool());
    QCOMPARE(cellAt(rows, 1, 2).value("v").toString().left(10), QStringLiteral("2026-11-16"));
    QCOMPARE(cellAt(rows, 1, 3).value("t").toString(), QStringLiteral("n"));
    QCOMPARE(cellAt(rows, 1, 3).value("v").toDouble(), 150.0);
    QCOMPARE(cellAt(rows, 1, 4).value("v").toString(), QStringLiteral("mediation"));
    QCOMPARE(cellAt(rows, 2, 1).value("v").toString(), QStringLiteral("certificate_issued"));
    QCOMPARE(cellAt(rows, 2, 2).value("v").toString().left(10), QStringLiteral("2026-11-18"));
    QVERIFY(cellAt(rows, 2, 3).value("v").isNull());
    QCOMPARE(cellAt(rows, 2, 4).value("v").toString(), QStringLiteral("Part 2 WV-2026-000001"));
    // Totals: how many of each, and the meetings' minutes.
    const QJsonArray totals = sheetRows(book, "Totals");
    QCOMPARE(totals.size(), 4);
    QCOMPARE(cellAt(totals, 1, 0).value("v").toString(), QStringLiteral("WVD"));
    QVERIFY(cellAt(totals, 1, 2).value("d").toBool());
    QCOMPARE(cellAt(totals, 1, 2).value("v").toString().left(10), QStringLiteral("2026-11-01"));
    QCOMPARE(cellAt(totals, 1, 4).value("v").toString(), QStringLiteral("information_given"));
    QCOMPARE(cellAt(totals, 1, 5).value("v").toDouble(), 0.0);
    QCOMPARE(cellAt(totals, 2, 4).value("v").toString(), QStringLiteral("meeting_held"));
    QCOMPARE(cellAt(totals, 2, 5).value("t").toString(), QStringLiteral("n"));
    QCOMPARE(cellAt(totals, 2, 5).value("v").toDouble(), 1.0);
    QCOMPARE(cellAt(totals, 2, 6).value("v").toDouble(), 150.0);
    QCOMPARE(cellAt(totals, 3, 5).value("v").toDouble(), 1.0);
}

void TestCliReports::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{"report", "--from", "2026-11-01", "--to", "2026-11-30"} << 2
                             << "--out";
    QTest::newRow("no period") << QStringList{"report", "--out", "x.csv"} << 2 << "--from DATE --to DATE";
    QTest::newRow("backwards") << QStringList{"report",     "--from", "2026-11-30", "--to",
                                              "2026-11-01", "--out",  "x.csv"}
                               << 2 << "starts (2026-11-30) after it ends";
    QTest::newRow("bad date") << QStringList{"report",     "--from", "30/11/2026", "--to",
                                             "2026-12-01", "--out",  "x.csv"}
                              << 2 << "--from DATE";
    QTest::newRow("pdf without file")
        << QStringList{"report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf"} << 2
        << "--format pdf needs the file to write: --out FILE.pdf";
    QTest::newRow("pdf of sen2") << QStringList{"report", "sen2",     "--year", "2026",  "--council",
                                                "WVD",    "--format", "pdf",    "--out", "x.csv"}
                                 << 2 << "--format pdf is the contract-monitoring report";
    QTest::newRow("xlsx without a file")
        << QStringList{"report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "xlsx"} << 2
        << "--format xlsx writes a workbook: give it as --out FILE.xlsx";
    QTest::newRow("activity xlsx without a file")
        << QStringList{"report",     "activity",  "--from", "2026-11-01", "--to",
                       "2026-11-30", "--council", "WVD",    "--format",   "xlsx"}
        << 2 << "--out FILE.xlsx";
    QTest::newRow("unknown format") << QStringList{"report",   "--from", "2026-11-01", "--to", "2026-11-30",
                                                   "--format", "ods",    "--out",      "x.csv"}
                                    << 2 << "--format ods is not made: say csv, xlsx or pdf";
    QTest::newRow("sen2 without council")
        << QStringList{"report", "sen2", "--year", "2026", "--out", "x.csv"} << 2 << "--council CODE";
    QTest::newRow("sen2 bad year") << QStringList{"report",    "sen2", "--year", "26x",
                                                  "--council", "WVD",  "--out",  "x.csv"}
                                   << 2 << "--year must be";
    QTest::newRow("unknown report") << QStringList{"report", "monthly", "--out", "x.csv"} << 2
                                    << "unknown report";
    QTest::newRow("unknown council") << QStringList{"report",    "--from", "2026-11-01", "--to", "2026-11-30",
                                                    "--council", "NOPE",   "--out",      "x.csv"}
                                     << 1 << "there is no council NOPE (the councils are: EMC, WVD)";
}

void TestCliReports::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestDatabase test("sqlite");
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(dir.filePath("x.csv")));
}

void TestCliReports::unwritableFileLeavesNothing()
{
    TestDatabase test("sqlite");
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    const QString path = QStringLiteral("/proc/no-such-folder/report.csv");
    const CliRun run =
        CliRunner::run(CliRunner::where(test) +
                       QStringList{"report", "--from", "2026-11-01", "--to", "2026-11-30", "--out", path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("nothing was written"), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void TestCliReports::unwritableWorkbookLeavesNothing()
{
    TestDatabase test("sqlite");
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    for (const QString& action : {QString(), QStringLiteral("activity")}) {
        const QString path = QStringLiteral("/proc/no-such-folder/report.xlsx");
        QStringList arguments{"report"};
        if (!action.isEmpty())
            arguments << action << "--council"
                      << "WVD";
        arguments << "--from"
                  << "2026-11-01"
                  << "--to"
                  << "2026-11-30"
                  << "--format"
                  << "xlsx"
                  << "--out" << path;
        const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot write /proc/no-such-folder/report.xlsx: "), qPrintable(run.err));
        QVERIFY2(run.err.contains("nothing was written"), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }
}

QTEST_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
