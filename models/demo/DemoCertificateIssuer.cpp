#include "demo/DemoCertificateIssuer.h"

#include "demo/DemoActor.h"
#include "demo/DemoDataGenerator.h"
#include "rules/CaseDeadlines.h"
#include "rules/CertificateRules.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/settings/SettingsRepository.h"

#include <QSqlQuery>
#include <algorithm>

DemoCertificateIssuer::DemoCertificateIssuer(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{}

StoreError DemoCertificateIssuer::issue(const QDate& today, int* issued)
{
    *issued = 0;
    const ProviderDetails provider{.name = QStringLiteral("Common Ground Mediation CIC"),
                                   .address = QStringLiteral("Unit 3, Weavers Yard\nNorthmoor NM1 4QT"),
                                   .phone = QStringLiteral("0113 496 0000"),
                                   .email = QStringLiteral("certificates@commonground.example"),
                                   .website = QStringLiteral("https://commonground.example"),
                                   .logoPng = {}};
    {
        const DemoActor administrator(m_db, DemoDataGenerator::kDemoUsername);
        if (StoreError error = SettingsRepository(m_db).setProvider(provider))
            return error;
    }
    const DemoActor supervisor(m_db, DemoDataGenerator::kDemoSupervisor);
    // Every mediation case with a certificate trigger, open or closed.
    StoreQuery query(m_db);
    if (StoreError error = query.execDirect(
            QStringLiteral(
                "SELECT id FROM cases WHERE route = 'mediation' AND (not_pursuing_date IS NOT NULL "
                "OR meeting_held_date IS NOT NULL OR no_meeting_date IS NOT NULL) ORDER BY id"),
            QStringLiteral("Could not read the demo cases")))
        return error;
    QList<qint64> caseIds;
    while (query.next())
        caseIds << query.value(0).toLongLong();
    query.finish();

    struct Pending
    {
        qint64 caseId;
        CertificatePart part;
        QDate on;
    };
    QList<Pending> pending;
    const DeadlineCalculator calculator(m_calendar);
    CaseRepository cases(m_db, m_calendar);
    int open = 0;
    for (qint64 caseId : caseIds) {
        CaseDetails details;
        if (StoreError error = cases.load(caseId, &details))
            return error;
        const CertificateRules::CertificateDue due =
            CertificateRules::certificateDue(CaseDeadlines::timelineOf(details).facts);
        if (!due.part || !due.trigger.isValid())
            continue;
        const Deadline dueBy = calculator.certificateDueBy(*due.part, due.trigger);
        if (!dueBy.isValid() || dueBy.date() >= today)
            continue;
        // Every fifth open case is left undone, overdue.
        if (!details.closedDate.isValid() && open++ % 5 == 0)
            continue;
        pending.append(
            {caseId, *due.part, std::min(today, std::max(due.trigger.addDays(1), dueBy.date().addDays(-1)))});
    }
    // Issued in date order, so the numbers run with the dates as they would.
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending& a, const Pending& b) { return a.on < b.on; });
    // Issued by the demo users who may issue (the store names no one else).
    const CertificateIssuer issuer{QString::fromLatin1(DemoDataGenerator::kDemoSupervisor), {}};
    QList<CertificateRequest> requests;
    for (const Pending& p : pending)
        requests.append({p.caseId, p.part, issuer, p.on});
    CertificateRepository certificates(m_db, m_calendar);
    certificates.setToday(today);
    // A batch at a time, each its own transaction (as the cases are written):
    // a failure keeps the certificates of the batches before it, each whole.
    for (qsizetype from = 0; from < requests.size(); from += kBatchSize) {
        if (StoreError error = certificates.issueBatch(requests.mid(from, kBatchSize)))
            return error;
        *issued = static_cast<int>(std::min(requests.size(), from + kBatchSize));
    }
    // One mistake put right today, so the register shows a voided certificate and its replacement.
    QList<Certificate> all;
    if (StoreError error = certificates.list(&all))
        return error;
    if (all.size() > 3) {
        if (StoreError error = certificates.voidCertificate(
                all.at(3).id, QStringLiteral("The date of the decision notice was recorded wrongly"), today,
                issuer))
            return error;
        ++*issued;
    }
    return {};
}
