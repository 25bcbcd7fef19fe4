#include "WindowCatalogue.h"

#include "CaseSeed.h"
#include "audit/AuditTrailDialog.h"
#include "auth/AddUserDialog.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstAdministratorDialog.h"
#include "auth/SignInDialog.h"
#include "cases/CaseImportWizard.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "cases/FamilyNotPursuedDialog.h"
#include "cases/FamilyWantsMediationDialog.h"
#include "cases/LogActivityDialog.h"
#include "cases/NewReferralDialog.h"
#include "cases/StageMoveDialog.h"
#include "cases/TravelExpenseDialog.h"
#include "cases/TribunalAppealDialog.h"
#include "certificates/CertificatesPage.h"
#include "certificates/IssueCertificateDialog.h"
#include "certificates/VoidCertificateDialog.h"
#include "common/WorkContext.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactsPage.h"
#include "contacts/DuplicatesDialog.h"
#include "contacts/OrganisationDialog.h"
#include "dashboard/DashboardPage.h"
#include "domain/User.h"
#include "invitees/AdHocInviteeDialog.h"
#include "invitees/ContactPickerDialog.h"
#include "meetings/CalendarPage.h"
#include "meetings/MeetingDialog.h"
#include "reports/ReportsPage.h"
#include "retention/RetentionDialog.h"
#include "settings/CouncilDialog.h"
#include "settings/CouncilsDialog.h"
#include "settings/VenueDialog.h"
#include "settings/VenuesDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/PostgresConnectionDialog.h"
#include "store/access/UserRepository.h"

#include <QTest>

namespace {
// A supervisor to offer as the issuer in the certificate dialogs.
User catalogueIssuer()
{
    User user;
    user.id = 1;
    user.username = QStringLiteral("grace.ibekwe");
    user.displayName = QStringLiteral("Grace Ibekwe");
    user.role = UserRole::Supervisor;
    return user;
}

} // namespace

void WindowCatalogue::addDialogRows()
{
    QTest::addColumn<WindowFactory>("make");
    QTest::newRow("new referral") << WindowFactory(
        [](WorkContext* c, qint64) { return new NewReferralDialog(c); });
    QTest::newRow("log a call") << WindowFactory(
        [](WorkContext* c, qint64) { return new LogActivityDialog(ActivityKind::Call, c->today()); });
    QTest::newRow("log a note") << WindowFactory(
        [](WorkContext* c, qint64) { return new LogActivityDialog(ActivityKind::Note, c->today()); });
    QTest::newRow("log the information given") << WindowFactory([](WorkContext* c, qint64) {
        return new LogActivityDialog(ActivityKind::Call, c->today(), nullptr, true);
    });
    QTest::newRow("family wants mediation") << WindowFactory([](WorkContext* c, qint64) {
        return new FamilyWantsMediationDialog(QStringLiteral("MED-2026-00001"), QDate(2026, 11, 12),
                                              c->today(), true);
    });
    QTest::newRow("family did not pursue mediation") << WindowFactory([](WorkContext* c, qint64) {
        return new FamilyNotPursuedDialog(QStringLiteral("MED-2026-00001"), QDate(2026, 11, 12),
                                          QDate(2026, 11, 13), c->today());
    });
    QTest::newRow("close the case") << WindowFactory([](WorkContext* c, qint64) {
        return new StageMoveDialog(Route::Mediation, CaseStage::Enquiry, CaseStage::Closed,
                                   QDate(2026, 11, 12), c->today());
    });
    QTest::newRow("stage move") << WindowFactory([](WorkContext* c, qint64) {
        return new StageMoveDialog(Route::Mediation, CaseStage::Enquiry, CaseStage::InformationGiven,
                                   QDate(2026, 11, 12), c->today());
    });
    QTest::newRow("import cases") << WindowFactory(
        [](WorkContext* c, qint64) { return new CaseImportWizard(c); });
    QTest::newRow("meeting") << WindowFactory(
        [](WorkContext* c, qint64 id) { return new MeetingDialog(c, id); });
    QTest::newRow("tribunal appeal") << WindowFactory([](WorkContext* c, qint64 id) {
        return new TribunalAppealDialog(c, id, TribunalAppeal{QDate(2026, 11, 20), AppealSource::Council});
    });
    QTest::newRow("contact") << WindowFactory(
        [](WorkContext* c, qint64) { return new ContactDialog(c, Contact()); });
    QTest::newRow("organisation") << WindowFactory(
        [](WorkContext* c, qint64) { return new OrganisationDialog(c, Organisation()); });
    QTest::newRow("duplicates") << WindowFactory(
        [](WorkContext* c, qint64) { return new DuplicatesDialog(c); });
    QTest::newRow("contact picker") << WindowFactory(
        [](WorkContext* c, qint64) { return new ContactPickerDialog(c->database()); });
    QTest::newRow("ad hoc invitee") << WindowFactory([](WorkContext*, qint64) {
        return new AdHocInviteeDialog([](const Invitee&) { return QString(); });
    });
    QTest::newRow("council") << WindowFactory(
        [](WorkContext*, qint64) { return new CouncilDialog(Council()); });
    QTest::newRow("councils") << WindowFactory([](WorkContext* c, qint64) { return new CouncilsDialog(c); });
    QTest::newRow("venue") << WindowFactory([](WorkContext*, qint64) { return new VenueDialog(Venue()); });
    QTest::newRow("venues") << WindowFactory([](WorkContext* c, qint64) { return new VenuesDialog(c); });
    QTest::newRow("add user") << WindowFactory([](WorkContext*, qint64) { return new AddUserDialog(true); });
    QTest::newRow("change password") << WindowFactory(
        [](WorkContext* c, qint64) { return new ChangePasswordDialog(c->database(), 1); });
    QTest::newRow("sign in") << WindowFactory(
        [](WorkContext* c, qint64) { return new SignInDialog(c->database()); });
    QTest::newRow("first administrator")
        << WindowFactory([](WorkContext* c, qint64) { return new FirstAdministratorDialog(c->database()); });
    QTest::newRow("shared database") << WindowFactory(
        [](WorkContext*, qint64) { return new PostgresConnectionDialog(ConnectionSettings()); });
    QTest::newRow("retention") << WindowFactory(
        [](WorkContext* c, qint64) { return new RetentionDialog(c); });
    QTest::newRow("audit trail") << WindowFactory(
        [](WorkContext* c, qint64) { return new AuditTrailDialog(c->database()); });
    QTest::newRow("issue certificate") << WindowFactory([](WorkContext* c, qint64 id) {
        CertificateDueItem item;
        item.caseId = id;
        item.caseReference = QStringLiteral("MED-2026-00001");
        item.childName = QStringLiteral("Noah Price");
        item.triggerDate = c->today();
        // No preview is made here: the dialog's own words and shortcuts are what is checked.
        return new IssueCertificateDialog(item, c->today(), {catalogueIssuer()}, catalogueIssuer().id,
                                          nullptr);
    });
    QTest::newRow("travel expense") << WindowFactory(
        [](WorkContext* c, qint64 id) { return new TravelExpenseDialog(c, id, TravelExpense{}); });
    QTest::newRow("void certificate") << WindowFactory([](WorkContext*, qint64) {
        Certificate certificate;
        certificate.number = QStringLiteral("CG-2026-000001");
        return new VoidCertificateDialog(certificate, {catalogueIssuer()}, catalogueIssuer().id);
    });
}

void WindowCatalogue::addScreenRows()
{
    QTest::addColumn<WindowFactory>("make");
    QTest::newRow("cases") << WindowFactory([](WorkContext* c, qint64) { return new CasesPage(c); });
    QTest::newRow("contacts") << WindowFactory([](WorkContext* c, qint64) { return new ContactsPage(c); });
    QTest::newRow("calendar") << WindowFactory([](WorkContext* c, qint64) { return new CalendarPage(c); });
    QTest::newRow("dashboard") << WindowFactory([](WorkContext* c, qint64) { return new DashboardPage(c); });
    QTest::newRow("certificates") << WindowFactory(
        [](WorkContext* c, qint64) { return new CertificatesPage(c); });
    QTest::newRow("reports") << WindowFactory([](WorkContext* c, qint64) { return new ReportsPage(c); });
    QTest::newRow("case workspace") << WindowFactory(
        [](WorkContext* c, qint64 id) { return new CaseWorkspace(c, id); });
}

QString CatalogueOffice::open()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    if (const StoreError error = m_session->open(m_test->settings()))
        return error.message();
    QSqlDatabase db = m_session->database()->connection();
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    if (council <= 0)
        return QStringLiteral("the council was not added");
    // A long name, as real councils have: lists and filters must not widen to fit it whole.
    if (CaseSeed::addCouncil(db, "Harrowfield Metropolitan Borough Council of the West Riding", "HAR") <= 0)
        return QStringLiteral("the second council was not added");
    QString error;
    m_caseId =
        CaseSeed::addCase(db, CaseSeed::mediationReferral(council, "Noah", "Price", QDate(2026, 11, 12)),
                          QDate(2026, 11, 23), &error);
    if (m_caseId <= 0)
        return error;
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_context->setToday(QDate(2026, 11, 23));
    return {};
}

void CatalogueOffice::close()
{
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}
