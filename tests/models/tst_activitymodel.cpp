#include "itemmodels/ActivityModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestActivityModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsEveryColumn();
};

namespace {
Activity entry(qint64 id, ActivityKind kind, const QString& summary, bool confidential)
{
    Activity activity;
    activity.id = id;
    activity.caseId = 7;
    activity.kind = kind;
    activity.occurredAt = QDateTime(QDate(2026, 3, 2), QTime(10, 15));
    activity.summary = summary;
    activity.body = "Body of " + summary;
    activity.authorName = "Alex Moor";
    activity.confidential = confidential;
    return activity;
}
} // namespace

void TestActivityModel::passesTheModelTester()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActivities({entry(1, ActivityKind::Call, "Mum rang", false)});
    model.setActivities({entry(1, ActivityKind::Call, "Mum rang", false),
                         entry(2, ActivityKind::Note, "Noted", true),
                         entry(3, ActivityKind::StageChange, "Moved", false)});
    model.setActivities({});
    QCOMPARE(model.rowCount(), 0);
}

void TestActivityModel::showsEveryColumn()
{
    ActivityModel model;
    Activity anonymous = entry(2, ActivityKind::Email, "Sent the pack", true);
    anonymous.authorName.clear();
    model.setActivities({entry(1, ActivityKind::Call, "Mum rang", false), anonymous});
    QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, ActivityModel::WhenColumn).data().toString().contains("2026"));
    QCOMPARE(model.index(0, ActivityModel::KindColumn).data().toString(), QString("Call"));
    QCOMPARE(model.index(0, ActivityModel::SummaryColumn).data().toString(), QString("Mum rang"));
    QCOMPARE(model.index(0, ActivityModel::SummaryColumn).data(Qt::ToolTipRole).toString(),
             QString("Body of Mum rang"));
    QCOMPARE(model.index(0, ActivityModel::AuthorColumn).data().toString(), QString("Alex Moor"));
    QCOMPARE(model.index(0, ActivityModel::ConfidentialColumn).data().toString(), QString());
    QCOMPARE(model.index(1, ActivityModel::ConfidentialColumn).data().toString(), QString("Confidential"));
    QVERIFY(!model.index(1, ActivityModel::AuthorColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, 0).data(ActivityModel::ActivityIdRole).toLongLong(), 2);
    QCOMPARE(model.headerData(ActivityModel::SummaryColumn, Qt::Horizontal).toString(), QString("Summary"));
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
