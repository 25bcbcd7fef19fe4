#pragma once

#include "domain/CaseDetails.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/CaseCorrectionRules.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>

// Corrects the facts taken at intake (issue 12): in one write transaction,
// the case and its people are changed, the timeline says what changed from
// what to what and why, and the next deadline is worked out again; the
// audit trail records the same rows by itself. Certificates already issued
// are never touched: certificateMismatches() says which printed a fact that
// is now different, for the caseworker to void and replace.
class CaseCorrectionRepository
{
public:
    CaseCorrectionRepository(QSqlDatabase db, BankHolidayCalendar calendar);

    // `loaded` is the case as the caller read it (its rowVersion notices
    // another desk's edit: Kind::Conflict); `corrected` holds the intake
    // facts as they should be (CaseCorrectionRules::apply takes only those).
    // Refused with every reason of CaseCorrectionRules::refusals (Invalid),
    // for an anonymised or merged-away case (Invalid), and as case edits are
    // (Forbidden: EditCases, and a mediator only on their own cases).
    StoreError correct(const CaseDetails& loaded, const Referral& corrected, const QString& reason,
                       const QDate& today, std::optional<qint64> authorId,
                       QList<CaseCorrectionRules::FieldChange>* changes = nullptr);
    // The case's issued certificates that printed something it no longer says.
    StoreError certificateMismatches(qint64 caseId,
                                     QList<CaseCorrectionRules::CertificateMismatch>* mismatches) const;

private:
    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
};
