#include "WindowCatalogue.h"

#include "CaseSeed.h"
#include "audit/AuditTrailDialog.h"
#include "auth/AddUserDialog.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstAdministratorDialog.h"
#include "auth/SignInDialog.h"
#include "auth/UsersDialog.h"
#include "cases/CaseCorrectionDialog.h"
#include "cases/CaseImportWizard.h"
#include "cases/CaseMergeDialog.h"
#include "cases/CaseTaskDialog.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "cases/DuplicateReferralDialog.h"
#include "cases/FamilyNotPursuedDialog.h"
#include "cases/FamilyWantsMediationDialog.h"
#include "cases/LogActivityDialog.h"
#include "cases/NewReferralDialog.h"
#include "cases/QuickOpenDialog.h"
#include "cases/StageMoveDialog.h"
#include "cases/ThirtyDayStartDialog.h"
#include "cases/TravelExpenseDialog.h"
#include "cases/TribunalAppealDialog.h"
#include "certificates/CertificateViewer.h"
#include "certificates/CertificatesPage.h"
#include "certificates/IssueCertificateDialog.h"
#include "certificates/VoidCertificateDialog.h"
#include "common/WorkContext.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactsPage.h"
#include "contacts/CsvImportDialog.h"
#include "contacts/DuplicatesDialog.h"
#include "contacts/OrganisationDialog.h"
#include "dashboard/DashboardPage.h"
#include "documents/CertificateRenderer.h"
#include "domain/User.h"
#include "help/HelpWindow.h"
#include "invitees/AdHocInviteeDialog.h"
#include "invitees/ContactPickerDialog.h"
#include "meetings/CalendarPage.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingOutcomeDialog.h"
#include "reports/ReportsPage.h"
#include "retention/RetentionDialog.h"
#include "settings/BankHolidaysDialog.h"
#include "settings/CouncilDialog.h"
#include "settings/CouncilsDialog.h"
#include "settings/LetterTemplatesDialog.h"
#include "settings/OfficeHoursDialog.h"
#include "settings/ProviderDialog.h"
#include "settings/VenueDialog.h"
#include "settings/VenuesDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/PostgresConnectionDialog.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/meetings/MeetingRepository.h"
#include "store/settings/BankHolidayRepository.h"

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

User catalogueAdministrator()
{
    User user = catalogueIssuer();
    user.role = UserRole::Administrator;
    return user;
}

// The catalogue's case as the store holds it, for the dialogs that correct or merge it.
CaseDetails catalogueCase(WorkContext* c, qint64 id)
{
    CaseDetails details;
    if (const StoreError error =
            CaseRepository(c->database(), BankHolidayCalendar::shipped()).load(id, &details))
        qWarning("catalogue case not loaded: %s", qPrintable(error.message()));
    return details;
}

// The first meeting booked on the catalogue's case.
qint64 catalogueMeeting(WorkContext* c, qint64 caseId)
{
    QList<Meeting> meetings;
    if (const StoreError error =
            MeetingRepository(c->database(), BankHolidayCalendar::shipped()).listForCase(caseId, &meetings))
        qWarning("catalogue meetings not listed: %s", qPrintable(error.message()));
    return meetings.isEmpty() ? 0 : meetings.first().id;
}

// A real certificate PDF for the viewer (synthetic content).
QByteArray cataloguePdf()
{
    CertificateContent content;
    content.number = QStringLiteral("CG-2026-000001");
    content.issueDate = QDate(2026, 11, 23);
    content.caseReference = QStringLiteral("MED-2026-00001");
    content.parentName = QStringLiteral("Jo Price");
    content.childName = QStringLiteral("Noah Price");
    content.councilName = QStringLiteral("Northshire");
    content.triggerDate = QDate(2026, 11, 23);
    content.issuerName = QStringLiteral("Grace Ibekwe");
    content.issuerRole = QStringLiteral("Supervisor");
    return CertificateRenderer(ProviderDetails()).render(content);
}

} // namespace

QList<CatalogueRow> WindowCatalogue::dialogs()
{
    QList<CatalogueRow> rows;
    rows.append(
        {"new referral", WindowFactory([](WorkContext* c, qint64) { return new NewReferralDialog(c); })});
    rows.append({"log a call", WindowFactory([](WorkContext* c, qint64) {
                     return new LogActivityDialog(ActivityKind::Call, c->today());
                 })});
    rows.append({"log a note", WindowFactory([](WorkContext* c, qint64) {
                     return new LogActivityDialog(ActivityKind::Note, c->today());
                 })});
    rows.append({"log the information given", WindowFactory([](WorkContext* c, qint64) {
                     return new LogActivityDialog(ActivityKind::Call, c->today(), nullptr, true);
                 })});
    rows.append({"family wants mediation", WindowFactory([](WorkContext* c, qint64) {
                     return new FamilyWantsMediationDialog(QStringLiteral("MED-2026-00001"),
                                                           QDate(2026, 11, 12), c->today(), true);
                 })});
    rows.append({"family did not pursue mediation", WindowFactory([](WorkContext* c, qint64) {
                     return new FamilyNotPursuedDialog(QStringLiteral("MED-2026-00001"), QDate(2026, 11, 12),
                                                       QDate(2026, 11, 13), c->today());
                 })});
    rows.append({"close the case", WindowFactory([](WorkContext* c, qint64) {
                     return new StageMoveDialog(Route::Mediation, CaseStage::Enquiry, CaseStage::Closed,
                                                QDate(2026, 11, 12), c->today());
                 })});
    rows.append({"stage move", WindowFactory([](WorkContext* c, qint64) {
                     return new StageMoveDialog(Route::Mediation, CaseStage::Enquiry,
                                                CaseStage::InformationGiven, QDate(2026, 11, 12), c->today());
                 })});
    rows.append(
        {"import cases", WindowFactory([](WorkContext* c, qint64) { return new CaseImportWizard(c); })});
    rows.append(
        {"meeting", WindowFactory([](WorkContext* c, qint64 id) { return new MeetingDialog(c, id); })});
    rows.append({"tribunal appeal", WindowFactory([](WorkContext* c, qint64 id) {
                     return new TribunalAppealDialog(
                         c, id, TribunalAppeal{QDate(2026, 11, 20), AppealSource::Council});
                 })});
    rows.append(
        {"contact", WindowFactory([](WorkContext* c, qint64) { return new ContactDialog(c, Contact()); })});
    rows.append({"organisation", WindowFactory([](WorkContext* c, qint64) {
                     return new OrganisationDialog(c, Organisation());
                 })});
    rows.append(
        {"duplicates", WindowFactory([](WorkContext* c, qint64) { return new DuplicatesDialog(c); })});
    rows.append({"contact picker", WindowFactory([](WorkContext* c, qint64) {
                     return new ContactPickerDialog(c->database());
                 })});
    rows.append({"ad hoc invitee", WindowFactory([](WorkContext*, qint64) {
                     return new AdHocInviteeDialog([](const Invitee&) { return QString(); });
                 })});
    rows.append(
        {"council", WindowFactory([](WorkContext*, qint64) { return new CouncilDialog(Council()); })});
    rows.append({"councils", WindowFactory([](WorkContext* c, qint64) { return new CouncilsDialog(c); })});
    rows.append({"venue", WindowFactory([](WorkContext*, qint64) { return new VenueDialog(Venue()); })});
    rows.append({"venues", WindowFactory([](WorkContext* c, qint64) { return new VenuesDialog(c); })});
    rows.append({"add user", WindowFactory([](WorkContext*, qint64) { return new AddUserDialog(true); })});
    rows.append({"change password", WindowFactory([](WorkContext* c, qint64) {
                     return new ChangePasswordDialog(c->database(), 1);
                 })});
    rows.append(
        {"sign in", WindowFactory([](WorkContext* c, qint64) { return new SignInDialog(c->database()); })});
    rows.append({"first administrator", WindowFactory([](WorkContext* c, qint64) {
                     return new FirstAdministratorDialog(c->database());
                 })});
    rows.append({"shared database", WindowFactory([](WorkContext*, qint64) {
                     return new PostgresConnectionDialog(ConnectionSettings());
                 })});
    rows.append({"retention", WindowFactory([](WorkContext* c, qint64) { return new RetentionDialog(c); })});
    rows.append({"audit trail",
                 WindowFactory([](WorkContext* c, qint64) { return new AuditTrailDialog(c->database()); })});
    rows.append({"issue certificate", WindowFactory([](WorkContext* c, qint64 id) {
                     CertificateDueItem item;
                     item.caseId = id;
                     item.caseReference = QStringLiteral("MED-2026-00001");
                     item.childName = QStringLiteral("Noah Price");
                     item.triggerDate = c->today();
                     // No preview is made here: the dialog's own words and shortcuts are what is checked.
                     return new IssueCertificateDialog(item, c->today(), {catalogueIssuer()},
                                                       catalogueIssuer().id, nullptr);
                 })});
    rows.append({"travel expense", WindowFactory([](WorkContext* c, qint64 id) {
                     return new TravelExpenseDialog(c, id, TravelExpense{});
                 })});
    rows.append({"case task", WindowFactory([](WorkContext* c, qint64 id) {
                     return new CaseTaskDialog(c, id, CaseTask{});
                 })});
    rows.append({"void certificate", WindowFactory([](WorkContext*, qint64) {
                     Certificate certificate;
                     certificate.number = QStringLiteral("CG-2026-000001");
                     return new VoidCertificateDialog(certificate, {catalogueIssuer()}, catalogueIssuer().id);
                 })});
    rows.append({"correct the case", WindowFactory([](WorkContext* c, qint64 id) {
                     return new CaseCorrectionDialog(c, catalogueCase(c, id), {});
                 })});
    rows.append({"merge the case", WindowFactory([](WorkContext* c, qint64 id) {
                     return new CaseMergeDialog(c, catalogueCase(c, id));
                 })});
    rows.append({"duplicate referral", WindowFactory([](WorkContext*, qint64 id) {
                     DuplicateCase duplicate;
                     duplicate.caseId = id;
                     duplicate.reference = QStringLiteral("MED-2026-00001");
                     duplicate.councilName = QStringLiteral("Northshire");
                     duplicate.childName = QStringLiteral("Noah Price");
                     duplicate.enquiryDate = QDate(2026, 11, 12);
                     duplicate.reasons = {QStringLiteral("The same child and date of birth")};
                     return new DuplicateReferralDialog({duplicate});
                 })});
    rows.append({"thirty-day start", WindowFactory([](WorkContext* c, qint64) {
                     return new ThirtyDayStartDialog(QStringLiteral("MED-2026-00001"),
                                                     ThirtyDayStart{QDate(2026, 11, 13), false, {}},
                                                     QDate(2026, 11, 12), c->today());
                 })});
    rows.append({"meeting outcome", WindowFactory([](WorkContext* c, qint64 id) {
                     return new MeetingOutcomeDialog(c, catalogueMeeting(c, id));
                 })});
    rows.append({"users", WindowFactory([](WorkContext* c, qint64) {
                     return new UsersDialog(c->database(), catalogueAdministrator());
                 })});
    rows.append({"import contacts", WindowFactory([](WorkContext* c, qint64) {
                     const QByteArray csv =
                         "organisation,organisation_kind,council,given_name,family_name,job_title,role,"
                         "phone,email,postcode,decision_maker\n"
                         "Larkfield Primary School,school,NOR,Priya,Shah,SENCO,,0113 496 0777,"
                         "priya@example.org,NM2 7HD,no\n";
                     return new CsvImportDialog(c, QStringLiteral("contacts.csv"), csv);
                 })});
    rows.append({"provider", WindowFactory([](WorkContext* c, qint64) { return new ProviderDialog(c); })});
    rows.append({"letter templates",
                 WindowFactory([](WorkContext* c, qint64) { return new LetterTemplatesDialog(c); })});
    rows.append(
        {"office hours", WindowFactory([](WorkContext* c, qint64) { return new OfficeHoursDialog(c); })});
    rows.append(
        {"bank holidays", WindowFactory([](WorkContext* c, qint64) { return new BankHolidaysDialog(c); })});
    rows.append({"quick open",
                 WindowFactory([](WorkContext* c, qint64 id) { return new QuickOpenDialog(c, {id}); })});
    rows.append({"help", WindowFactory([](WorkContext* c, qint64) {
                     auto* help = new HelpWindow([c] { return c->calendar(); });
                     help->showTopic(QStringLiteral("deadlines"));
                     return help;
                 })});
    rows.append({"certificate viewer", WindowFactory([](WorkContext*, qint64) {
                     return new CertificateViewer(cataloguePdf(), QStringLiteral("CG-2026-000001"));
                 })});
    return rows;
}

QList<CatalogueRow> WindowCatalogue::screens()
{
    QList<CatalogueRow> rows;
    rows.append({"cases", WindowFactory([](WorkContext* c, qint64) { return new CasesPage(c); })});
    rows.append({"contacts", WindowFactory([](WorkContext* c, qint64) { return new ContactsPage(c); })});
    rows.append({"calendar", WindowFactory([](WorkContext* c, qint64) { return new CalendarPage(c); })});
    rows.append({"dashboard", WindowFactory([](WorkContext* c, qint64) { return new DashboardPage(c); })});
    rows.append(
        {"certificates", WindowFactory([](WorkContext* c, qint64) { return new CertificatesPage(c); })});
    rows.append({"reports", WindowFactory([](WorkContext* c, qint64) { return new ReportsPage(c); })});
    rows.append({"case workspace",
                 WindowFactory([](WorkContext* c, qint64 id) { return new CaseWorkspace(c, id); })});
    return rows;
}

namespace {
void addRows(const QList<CatalogueRow>& rows)
{
    QTest::addColumn<WindowFactory>("make");
    for (const CatalogueRow& row : rows)
        QTest::newRow(row.name) << row.make;
}
} // namespace

void WindowCatalogue::addDialogRows()
{
    addRows(dialogs());
}

void WindowCatalogue::addScreenRows()
{
    addRows(screens());
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
    // A meeting on the case, with its mediator, for the outcome dialog.
    User mediator;
    mediator.username = QStringLiteral("ollie.farrant");
    mediator.displayName = QStringLiteral("Ollie Farrant");
    mediator.role = UserRole::Mediator;
    if (const StoreError added = UserRepository(db).add(&mediator))
        return added.message();
    Meeting meeting;
    meeting.caseId = m_caseId;
    meeting.start = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    meeting.end = Meeting::defaultEnd(meeting.start);
    meeting.platform = QStringLiteral("Teams");
    meeting.mediators = {{mediator.id, mediator.displayName}};
    if (const StoreError booked =
            MeetingRepository(db, BankHolidayCalendar::shipped())
                .book(&meeting, QDate(2026, 11, 23), std::nullopt, nullptr, QDate(2026, 11, 13)))
        return booked.message();
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
