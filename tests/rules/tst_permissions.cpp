#include "rules/Permissions.h"

#include <QTest>

// The permission table, row by row: every role against every action.
class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void caseScope_data();
    void caseScope();
    void refusalNamesWhoMay();
};

namespace {
// The README's "Roles" table, written out once more by hand: c m s a.
struct Row
{
    Action action;
    bool caseworker, mediator, supervisor, administrator;
};
const Row kTable[] = {
    {Action::TakeReferrals, true, false, true, false},
    {Action::EditCases, true, true, true, false},
    {Action::ManageInvitees, true, true, true, false},
    {Action::ManageMeetings, true, true, true, false},
    {Action::IssueCertificates, false, false, true, false},
    {Action::VoidCertificates, false, false, true, false},
    {Action::SeeAllCases, true, false, true, true},
    {Action::ManageUsers, false, false, false, true},
    {Action::ManageSettings, false, false, false, true},
    {Action::ViewAudit, false, false, true, true},
    {Action::AnonymiseCases, false, false, true, false},
    {Action::MergeCases, false, false, true, false},
    {Action::RemoveDocuments, false, false, true, false},
};
} // namespace

void TestPermissions::table_data()
{
    QTest::addColumn<UserRole>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    QCOMPARE(std::size(kTable), static_cast<size_t>(Permissions::allActions().size()));
    for (const Row& row : kTable) {
        const QByteArray key = Permissions::actionKey(row.action).toUtf8();
        const std::pair<UserRole, bool> cells[] = {{UserRole::Caseworker, row.caseworker},
                                                   {UserRole::Mediator, row.mediator},
                                                   {UserRole::Supervisor, row.supervisor},
                                                   {UserRole::Administrator, row.administrator}};
        for (const auto& [role, allowed] : cells)
            QTest::addRow("%s %s", qPrintable(userRoleToString(role)), key.constData())
                << role << row.action << allowed;
    }
}

void TestPermissions::table()
{
    QFETCH(UserRole, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::allows(role, action), allowed);
    QCOMPARE(Permissions::allowedActions(role).contains(action), allowed);
}

void TestPermissions::caseScope_data()
{
    QTest::addColumn<UserRole>("role");
    QTest::addColumn<CaseScope>("scope");
    QTest::newRow("caseworker") << UserRole::Caseworker << CaseScope::All;
    QTest::newRow("mediator") << UserRole::Mediator << CaseScope::Assigned;
    QTest::newRow("supervisor") << UserRole::Supervisor << CaseScope::All;
    QTest::newRow("administrator") << UserRole::Administrator << CaseScope::All;
}

void TestPermissions::caseScope()
{
    QFETCH(UserRole, role);
    QFETCH(CaseScope, scope);
    QCOMPARE(Permissions::caseScope(role), scope);
}

void TestPermissions::refusalNamesWhoMay()
{
    QCOMPARE(Permissions::refusal(Action::IssueCertificates),
             QStringLiteral("Only supervisors can issue certificates."));
    QCOMPARE(Permissions::refusal(Action::ManageUsers),
             QStringLiteral("Only administrators can manage users."));
    QCOMPARE(Permissions::refusal(Action::ViewAudit),
             QStringLiteral("Only supervisors and administrators can view the audit trail."));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
