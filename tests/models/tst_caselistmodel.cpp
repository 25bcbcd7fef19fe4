#include "CaseSeed.h"
#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "itemmodels/CaseListExport.h"
#include "itemmodels/CaseListModel.h"
#include "store/infrastructure/Database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsWordsAndTheShortDateNeverKeys();
    void exportWritesEveryRowAsFilteredAndSorted_data() { TestDatabase::addEngineRows(); }
    void exportWritesEveryRowAsFilteredAndSorted();
};

void TestCaseListModel::passesTheModelTester()
{
    TestDatabase test("sqlite");
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const QDate today(2026, 3, 9);
    const qint64 north = CaseSeed::addCouncil(db, "Northshire", "NOR");
    const qint64 south = CaseSeed::addCouncil(db, "Southshire", "SOU");
    QVERIFY(north && south);
    // More than a page, so fetchMore is exercised.
    const int cases = CaseListModel::kPageSize + 20;
    for (int i = 0; i < cases; ++i) {
        QString error;
        const Referral referral =
            CaseSeed::mediationReferral(i % 2 ? north : south, "Child" + QString::number(i),
                                        "Family" + QString::number(i % 17), today.addDays(-(i % 40)));
        QVERIFY2(CaseSeed::addCase(db, referral, today, &error), qPrintable(error));
    }

    // The tester runs fetchMore() from inside its modelReset handler, before it
    // has noted the reset as finished, and would take the page it loads for an
    // insertion in the middle of a reset. So the resets (filter, sort) are
    // checked on lists of one page, and paging on its own below.
    CaseListModel model;
    model.setToday(today);
    CaseListFilter filter;
    filter.councilId = north;
    model.setFilter(filter);
    model.setDatabase(db, BankHolidayCalendar::shipped());
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), cases / 2);
        QCOMPARE(model.rowCount(), cases / 2);
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        filter.search = "Child7";
        model.setFilter(filter);
        QVERIFY(model.totalCount() >= 1);
        QVERIFY(model.index(0, CaseListModel::ChildColumn).data().toString().startsWith("Child7"));
        QVERIFY(model.index(0, 0).data(CaseListModel::CaseIdRole).toLongLong() > 0);
        filter.search.clear();
        filter.overdueOnly = true;
        model.setFilter(filter);
        model.setDatabase(QSqlDatabase(), BankHolidayCalendar::shipped());
        QCOMPARE(model.rowCount(), 0);
    }

    // A search past its cap says "at least so many" (the list shows "200+
    // cases") and keeps fetching until a page comes back short: then the
    // count is whole.
    model.setSearchCountCap(50);
    CaseListFilter search;
    search.search = "family";
    model.setFilter(search);
    model.setDatabase(db, BankHolidayCalendar::shipped());
    QVERIFY(model.totalIsCapped());
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
    QCOMPARE(model.totalCount(), CaseListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.totalIsCapped());
    QCOMPARE(model.totalCount(), cases);
    QCOMPARE(model.rowCount(), cases);
    QVERIFY(!model.canFetchMore({}));
    model.setSearchCountCap(CaseListQuery::kSearchCountCap);

    // Paging: the first page, then the rest when the view asks.
    model.setFilter({});
    model.setDatabase(db, BankHolidayCalendar::shipped());
    QCOMPARE(model.totalCount(), cases);
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), cases);
    QVERIFY(!model.canFetchMore({}));
}

void TestCaseListModel::showsWordsAndTheShortDateNeverKeys()
{
    TestDatabase test("sqlite");
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const QDate today(2026, 3, 9);
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    QString error;
    QVERIFY2(
        CaseSeed::addCase(db, CaseSeed::mediationReferral(council, "Ada", "Price", today), today, &error),
        qPrintable(error));
    CaseListModel model;
    model.setToday(today);
    model.setDatabase(db, BankHolidayCalendar::shipped());
    QCOMPARE(model.rowCount(), 1);
    // A stored key such as "meeting_by" or an ISO date never reaches a cell or its tooltip.
    const QRegularExpression key(QStringLiteral("[a-z]+_[a-z]+|\\d{4}-\\d{2}-\\d{2}"));
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            const QString text = model.index(0, column).data(role).toString();
            QVERIFY2(!key.match(text).hasMatch(), qPrintable(text));
        }
    }
    const QString deadline = model.index(0, CaseListModel::NextDeadlineColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\d{4}$"))
                 .match(deadline)
                 .hasMatch(),
             qPrintable(deadline));
    QVERIFY(model.index(0, CaseListModel::NextDeadlineColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(deadline));
    // A name or council cut short to fit the screen shows whole in its tooltip.
    QCOMPARE(model.index(0, CaseListModel::ChildColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Ada Price"));
    QCOMPARE(model.index(0, CaseListModel::CouncilColumn).data(Qt::ToolTipRole),
             model.index(0, CaseListModel::CouncilColumn).data());
}

// The export holds every case of the list as filtered and sorted (read in
// pages smaller than the list, to walk the paging), in the list's words,
// and is recorded in the audit trail without its content.
void TestCaseListModel::exportWritesEveryRowAsFilteredAndSorted()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const QDate today(2026, 3, 9);
    const qint64 north = CaseSeed::addCouncil(db, "Northshire", "NOR");
    const qint64 south = CaseSeed::addCouncil(db, "Southshire", "SOU");
    const QStringList given{"Ada", "Ben", "Cal", "Dee", "Eli", "Fay", "Gus"};
    for (int i = 0; i < given.size(); ++i) {
        QString error;
        QVERIFY2(CaseSeed::addCase(db,
                                   CaseSeed::mediationReferral(i % 3 == 2 ? south : north, given.at(i),
                                                               "Price", today.addDays(-i)),
                                   today, &error),
                 qPrintable(error));
    }
    CaseListModel model;
    model.setToday(today);
    CaseListFilter filter;
    filter.councilId = north; // Ada, Ben, Dee, Eli, Gus
    model.setFilter(filter);
    model.setDatabase(db, BankHolidayCalendar::shipped());
    model.sort(CaseListModel::ChildColumn, Qt::DescendingOrder);
    QCOMPARE(model.totalCount(), 5);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath("cases.csv");
    QCOMPARE(CaseListExport::formatOf(csvPath), CaseListExport::Format::Csv);
    int rows = 0;
    CG_VERIFY_OK(CaseListExport::write(model, CaseListExport::Format::Csv, csvPath, &rows, 2));
    QCOMPARE(rows, 5);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.first(), CaseListExport::columns().join(','));
    QVERIFY(lines.first().startsWith("Reference,Child or young person,"));
    QStringList children;
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(',');
        QCOMPARE(cells.size(), CaseListExport::columns().size());
        children << cells.at(CaseListModel::ChildColumn);
        QCOMPARE(cells.at(CaseListModel::CouncilColumn), QStringLiteral("Northshire"));
        QVERIFY2(QRegularExpression("^\\d{4}-\\d{2}-\\d{2}$")
                     .match(cells.at(CaseListModel::NextDeadlineColumn))
                     .hasMatch(),
                 qPrintable(line));
        QVERIFY(!cells.at(CaseListModel::NextDeadlineColumn + 1).isEmpty()); // what the deadline is for
    }
    QCOMPARE(children, QStringList({"Gus Price", "Eli Price", "Dee Price", "Ben Price", "Ada Price"}));
    QCOMPARE(csv.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    const QString xlsxPath = dir.filePath("cases.XLSX");
    QCOMPARE(CaseListExport::formatOf(xlsxPath), CaseListExport::Format::Xlsx);
    CG_VERIFY_OK(CaseListExport::write(model, CaseListExport::Format::Xlsx, xlsxPath, &rows));
    QCOMPARE(rows, 5);
    QFile xlsx(xlsxPath);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.read(4) == QByteArray("PK\x03\x04", 4)); // a zip: an Office Open XML workbook

    // Two records of export, saying how many and which format, and no name.
    QCOMPARE(PlainSql::scalar(
                 db, "SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND table_name = 'cases'")
                 .toInt(),
             2);
    QCOMPARE(PlainSql::scalar(db, "SELECT new_value FROM audit_log WHERE action = 'export' ORDER BY id DESC")
                 .toString(),
             QStringLiteral("case list: 5 cases, XLSX"));
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
