#include "domain/InviteeRole.h"
#include "itemmodels/InviteeListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestInviteeListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsEveryColumn();
    void editsAreAnnounced();
    void refusesBadEdits();
    void everyRoleAndStatusHasWords();
};

namespace {
Invitee person(qint64 id, const QString& name, InviteeRole role, InviteeStatus status)
{
    Invitee invitee;
    invitee.id = id;
    invitee.caseId = 3;
    invitee.displayName = name;
    invitee.role = role;
    invitee.status = status;
    return invitee;
}
} // namespace

void TestInviteeListModel::passesTheModelTester()
{
    InviteeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInvitees({person(1, "Siobhán Nguyễn", InviteeRole::ParentCarer, InviteeStatus::Invited)});
    model.setInvitees({person(1, "Siobhán Nguyễn", InviteeRole::ParentCarer, InviteeStatus::Invited),
                       person(2, "مريم الحسن", InviteeRole::SchoolRepresentative, InviteeStatus::ToInvite)});
    QVERIFY(model.setData(model.index(1, InviteeListModel::StatusColumn), 2)); // confirmed
    QVERIFY(model.setData(model.index(0, InviteeListModel::NameColumn), "Siobhan Nguyen"));
    model.setInvitees({});
    QCOMPARE(model.rowCount(), 0);
}

void TestInviteeListModel::showsEveryColumn()
{
    InviteeListModel model;
    Invitee officer = person(4, "Pat Okafor", InviteeRole::CouncilDecisionMaker, InviteeStatus::DidNotAttend);
    officer.organisation = "Westvale City Council";
    officer.willing = false;
    Invitee child = person(5, "Zoë Nguyễn", InviteeRole::Child, InviteeStatus::Confirmed);
    child.parentConsentDate = QDate(2026, 11, 2);
    child.mediatorConsentDate = QDate(2026, 11, 3);
    child.contactId.reset();
    model.setInvitees({officer, child});
    QCOMPARE(model.columnCount(), int(InviteeListModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, InviteeListModel::NameColumn)).toString(), QString("Pat Okafor"));
    QCOMPARE(model.data(model.index(0, InviteeListModel::RoleColumn)).toString(),
             QString("Council decision-maker"));
    QCOMPARE(model.data(model.index(0, InviteeListModel::StatusColumn)).toString(),
             QString("Did not attend"));
    QCOMPARE(model.data(model.index(0, InviteeListModel::OrganisationColumn)).toString(),
             QString("Westvale City Council"));
    QCOMPARE(model.data(model.index(0, InviteeListModel::WillingColumn)).toString(), QString("Not willing"));
    QCOMPARE(model.data(model.index(1, InviteeListModel::WillingColumn)).toString(), QString("Not asked"));
    QCOMPARE(model.data(model.index(1, InviteeListModel::ConsentColumn)).toString(),
             QString("parent Mon 2 Nov 2026; mediator Tue 3 Nov 2026"));
    QCOMPARE(model.data(model.index(1, 0), InviteeListModel::InviteeIdRole).toLongLong(), 5);
    QCOMPARE(model.rowOf(5), 1);
    QCOMPARE(model.rowOf(99), -1);
    // The choice columns edit as an index into their words.
    const QStringList statuses =
        model.data(model.index(0, InviteeListModel::StatusColumn), InviteeListModel::ChoicesRole)
            .toStringList();
    QCOMPARE(statuses.size(), allInviteeStatuses().size());
    QCOMPARE(statuses.at(model.data(model.index(0, InviteeListModel::StatusColumn), Qt::EditRole).toInt()),
             QString("Did not attend"));
    QCOMPARE(model.data(model.index(0, InviteeListModel::RoleColumn), InviteeListModel::ChoicesRole)
                 .toStringList()
                 .size(),
             13);
    QVERIFY(model.flags(model.index(0, InviteeListModel::StatusColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, InviteeListModel::ConsentColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.headerData(InviteeListModel::WillingColumn, Qt::Horizontal).toString(),
             QString("Willing"));
}

void TestInviteeListModel::editsAreAnnounced()
{
    InviteeListModel model;
    model.setInvitees({person(7, "Ama Owusu", InviteeRole::HealthRepresentative, InviteeStatus::ToInvite)});
    QSignalSpy edited(&model, &InviteeListModel::inviteeEdited);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int confirmed = static_cast<int>(allInviteeStatuses().indexOf(InviteeStatus::Confirmed));
    QVERIFY(model.setData(model.index(0, InviteeListModel::StatusColumn), confirmed));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(changed.size(), 1);
    const auto after = edited.at(0).at(0).value<Invitee>();
    const auto before = edited.at(0).at(1).value<Invitee>();
    QCOMPARE(after.status, InviteeStatus::Confirmed);
    QCOMPARE(before.status, InviteeStatus::ToInvite);
    QCOMPARE(model.invitees().first().status, InviteeStatus::Confirmed);

    QVERIFY(model.setData(model.index(0, InviteeListModel::WillingColumn), 1));
    QCOMPARE(model.invitees().first().willing, std::optional<bool>(true));
    const int interpreter = static_cast<int>(allInviteeRoles().indexOf(InviteeRole::Interpreter));
    QVERIFY(model.setData(model.index(0, InviteeListModel::RoleColumn), interpreter));
    QCOMPARE(model.invitees().first().role, InviteeRole::Interpreter);
    QCOMPARE(edited.size(), 3);
}

void TestInviteeListModel::refusesBadEdits()
{
    InviteeListModel model;
    model.setInvitees({person(7, "Ama Owusu", InviteeRole::HealthRepresentative, InviteeStatus::ToInvite)});
    QSignalSpy edited(&model, &InviteeListModel::inviteeEdited);
    QVERIFY(!model.setData(model.index(0, InviteeListModel::NameColumn), "   ")); // a name is needed
    QVERIFY(!model.setData(model.index(0, InviteeListModel::StatusColumn), 99));
    QVERIFY(!model.setData(model.index(0, InviteeListModel::StatusColumn), "confirmed"));
    QVERIFY(!model.setData(model.index(0, InviteeListModel::StatusColumn), 0)); // unchanged
    QVERIFY(!model.setData(model.index(0, InviteeListModel::ConsentColumn), "yes"));
    QCOMPARE(edited.size(), 0);
    QCOMPARE(model.invitees().first().displayName, QString("Ama Owusu"));
}

void TestInviteeListModel::everyRoleAndStatusHasWords()
{
    QStringList seen;
    for (InviteeRole role : allInviteeRoles()) {
        const QString title = inviteeRoleTitle(role);
        QVERIFY(!title.isEmpty());
        QVERIFY2(!seen.contains(title), qPrintable(title));
        seen << title;
    }
    QCOMPARE(inviteeRoleTitle(InviteeRole::SchoolRepresentative), QString("SENCO or school representative"));
    for (InviteeStatus status : allInviteeStatuses())
        QVERIFY(!inviteeStatusTitle(status).isEmpty());
}

QTEST_GUILESS_MAIN(TestInviteeListModel)
#include "tst_inviteelistmodel.moc"
