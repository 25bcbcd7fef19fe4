#include "itemmodels/CaseRowsModel.h"
#include "rules/DeadlineUrgency.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestCaseRowsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void saysUrgencyInWords();
};

namespace {
CaseListRow row(qint64 id, const QDate& deadline)
{
    CaseListRow r;
    r.id = id;
    r.reference = QString("CG-2026-%1").arg(id, 4, 10, QChar('0'));
    r.childName = "Child " + QString::number(id);
    r.stage = CaseStage::MediationRequested;
    r.nextDeadline = deadline;
    r.nextDeadlineKind = "meeting";
    return r;
}
} // namespace

void TestCaseRowsModel::passesTheModelTester()
{
    CaseRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today(2026, 3, 9);
    model.setRows({row(1, today), row(2, today.addDays(-3)), row(3, QDate())}, BankHolidayCalendar::shipped(),
                  today);
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseRowsModel::saysUrgencyInWords()
{
    CaseRowsModel model;
    const QDate today(2026, 3, 9); // a Monday
    model.setRows({row(1, today), row(2, QDate(2026, 3, 6)), row(3, QDate(2026, 3, 20))},
                  BankHolidayCalendar::shipped(), today);
    QCOMPARE(model.caseIdAt(1), 2);
    QCOMPARE(model.index(0, CaseRowsModel::TimeLeftColumn).data().toString(), QString("Due today"));
    QCOMPARE(model.index(0, 0).data(CaseRowsModel::UrgencyRole).toInt(),
             int(DeadlineUrgency::Level::DueSoon));
    QVERIFY(model.index(1, CaseRowsModel::TimeLeftColumn).data().toString().startsWith("Overdue"));
    QCOMPARE(model.index(1, 0).data(CaseRowsModel::UrgencyRole).toInt(),
             int(DeadlineUrgency::Level::Overdue));
    QCOMPARE(model.index(2, 0).data(CaseRowsModel::UrgencyRole).toInt(), int(DeadlineUrgency::Level::Later));
    QCOMPARE(model.index(2, CaseRowsModel::ReferenceColumn).data().toString(), QString("CG-2026-0003"));
    QCOMPARE(model.index(2, CaseRowsModel::StageColumn).data().toString(), QString("Mediation requested"));
    QCOMPARE(model.index(2, 0).data(CaseRowsModel::CaseIdRole).toLongLong(), 3);
}

QTEST_GUILESS_MAIN(TestCaseRowsModel)
#include "tst_caserowsmodel.moc"
