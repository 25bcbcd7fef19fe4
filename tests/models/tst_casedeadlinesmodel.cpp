#include "domain/CaseDetails.h"
#include "itemmodels/CaseDeadlinesModel.h"
#include "rules/DeadlineCalculator.h"
#include "rules/DeadlineUrgency.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestCaseDeadlinesModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void everyDeadlineNamesItsRuleAndStart();
    void pendingDeadlineSaysHowUrgent();

private:
    static CaseDetails mediationCase();
};

CaseDetails TestCaseDeadlinesModel::mediationCase()
{
    CaseDetails details;
    details.id = 1;
    details.reference = "CG-2026-0001";
    details.stage = CaseStage::MediationRequested;
    details.council.meetingClockStart = MeetingClockStart::MediationRequested;
    details.council.referralActionWorkingDays = 5;
    details.referral.route = Route::Mediation;
    details.referral.decisionType = DecisionType::PlanContent;
    details.referral.sections = {PlanSection::F, PlanSection::I};
    details.referral.decisionNoticeDate = QDate(2026, 1, 12);
    details.referral.enquiryDate = QDate(2026, 2, 2);
    details.informationGivenDate = QDate(2026, 2, 3);
    details.mediationRequestedDate = QDate(2026, 2, 4);
    return details;
}

void TestCaseDeadlinesModel::passesTheModelTester()
{
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const CaseDeadlines deadlines(calculator);
    CaseDeadlinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeadlines(deadlines.all(CaseDeadlines::timelineOf(mediationCase())),
                       BankHolidayCalendar::shipped(), QDate(2026, 2, 10));
    QVERIFY(model.rowCount() >= 3);
    model.setDeadlines({}, BankHolidayCalendar::shipped(), QDate(2026, 2, 10));
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseDeadlinesModel::everyDeadlineNamesItsRuleAndStart()
{
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const QList<CaseDeadline> all = CaseDeadlines(calculator).all(CaseDeadlines::timelineOf(mediationCase()));
    CaseDeadlinesModel model;
    model.setDeadlines(all, BankHolidayCalendar::shipped(), QDate(2026, 2, 10));
    QCOMPARE(model.rowCount(), int(all.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, CaseDeadlinesModel::NameColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, CaseDeadlinesModel::DateColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, CaseDeadlinesModel::RuleColumn).data().toString().isEmpty());
        QVERIFY2(!model.index(row, CaseDeadlinesModel::StartColumn).data().toString().isEmpty(),
                 qPrintable(model.index(row, CaseDeadlinesModel::NameColumn).data().toString()));
        // The tooltip is the whole working.
        const QString working = model.index(row, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(working.contains(all.at(row).deadline.rule()));
    }
}

void TestCaseDeadlinesModel::pendingDeadlineSaysHowUrgent()
{
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const QList<CaseDeadline> all = CaseDeadlines(calculator).all(CaseDeadlines::timelineOf(mediationCase()));
    // The meeting is due by 6 March 2026 (30 days from 4 February); look on 9 March.
    CaseDeadlinesModel model;
    model.setDeadlines(all, BankHolidayCalendar::shipped(), QDate(2026, 3, 9));
    int meetingRow = -1;
    for (int row = 0; row < all.size(); ++row) {
        if (all.at(row).kind == CaseDeadline::Kind::MeetingBy)
            meetingRow = row;
    }
    QVERIFY(meetingRow >= 0);
    QVERIFY(model.index(meetingRow, 0).data(CaseDeadlinesModel::PendingRole).toBool());
    QCOMPARE(model.index(meetingRow, 0).data(CaseDeadlinesModel::UrgencyRole).toInt(),
             int(DeadlineUrgency::Level::Overdue));
    QVERIFY(
        model.index(meetingRow, CaseDeadlinesModel::UrgencyColumn).data().toString().startsWith("Overdue"));
    QVERIFY(model.index(meetingRow, CaseDeadlinesModel::NameColumn).data().toString().contains("waiting"));
    // The contract target stands beside it, labelled, and never flagged.
    int contractRow = -1;
    for (int row = 0; row < all.size(); ++row) {
        if (all.at(row).kind == CaseDeadline::Kind::ContractMeetingBy)
            contractRow = row;
    }
    QVERIFY(contractRow >= 0);
    QVERIFY(model.index(contractRow, CaseDeadlinesModel::NameColumn)
                .data()
                .toString()
                .startsWith("Contract target"));
    QVERIFY(model.index(contractRow, CaseDeadlinesModel::UrgencyColumn)
                .data()
                .toString()
                .contains("Service level"));
    QCOMPARE(model.index(contractRow, 0).data(CaseDeadlinesModel::UrgencyRole).toInt(),
             int(DeadlineUrgency::Level::None));
    // A deadline the case no longer waits on is not flagged, however old.
    for (int row = 0; row < all.size(); ++row) {
        if (!all.at(row).pending)
            QCOMPARE(model.index(row, 0).data(CaseDeadlinesModel::UrgencyRole).toInt(),
                     int(DeadlineUrgency::Level::None));
    }
}

QTEST_GUILESS_MAIN(TestCaseDeadlinesModel)
#include "tst_casedeadlinesmodel.moc"
