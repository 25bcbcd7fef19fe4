#include "WorkspaceCalls.h"

#include "store/access/UserRepository.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseCorrectionRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/TravelExpenseRepository.h"
#include "store/cases/TribunalAppealRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/meetings/MeetingRepository.h"
#include "store/settings/SettingsRepository.h"

namespace WorkspaceCalls {

void open(const QSqlDatabase& db, const BankHolidayCalendar& calendar, qint64 caseId, const Each& each)
{
    CaseDetails details;
    std::optional<TribunalAppeal> appeal;
    QList<User> users;
    QList<CaseCorrectionRules::CertificateMismatch> mismatches;
    QList<Activity> activities;
    int workingDays = 0;
    QList<Invitee> invitees;
    QList<Meeting> meetings;
    QList<Certificate> certificates;
    QList<CertificateDueItem> due;
    QList<TravelExpense> expenses;
    each(QStringLiteral("case"), [&] { return CaseRepository(db, calendar).load(caseId, &details); });
    each(QStringLiteral("tribunal appeal"),
         [&] { return TribunalAppealRepository(db).load(caseId, &appeal); });
    each(QStringLiteral("users"), [&] { return UserRepository(db).list(&users); });
    each(QStringLiteral("certificate mismatches"),
         [&] { return CaseCorrectionRepository(db, calendar).certificateMismatches(caseId, &mismatches); });
    each(QStringLiteral("summary: quiet days, timeline"), [&] {
        if (StoreError error = SettingsRepository(db).quietFamilyWorkingDays(&workingDays))
            return error;
        return ActivityRepository(db).listForCase(caseId, &activities);
    });
    each(QStringLiteral("deadlines and timeline"),
         [&] { return ActivityRepository(db).listForCase(caseId, &activities); });
    each(QStringLiteral("invitees: mediators, family, list"), [&] {
        if (StoreError error = UserRepository(db).list(&users, UserRole::Mediator))
            return error;
        if (StoreError error = InviteeRepository(db).inviteFamily(caseId))
            return error;
        return InviteeRepository(db).listForCase(caseId, &invitees);
    });
    each(QStringLiteral("meetings"),
         [&] { return MeetingRepository(db, calendar).listForCase(caseId, &meetings); });
    each(QStringLiteral("certificates and due"), [&] {
        CertificateRepository repository(db, calendar);
        if (StoreError error = repository.list(&certificates, caseId))
            return error;
        return repository.due(&due, caseId);
    });
    each(QStringLiteral("travel expenses"),
         [&] { return TravelExpenseRepository(db).listForCase(caseId, &expenses); });
}

} // namespace WorkspaceCalls
