#pragma once

#include "domain/CaseStage.h"
#include "domain/Referral.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// A case already held that looks like a new referral.
struct DuplicateCase
{
    qint64 caseId = 0;
    QString reference;
    CaseStage stage = CaseStage::Enquiry;
    Route route = Route::Mediation;
    QString councilName;
    QString childName;
    QDate enquiryDate;
    QStringList reasons; // DuplicateReferralRules::matchReasons
};

// The cases a new referral may repeat, before it is saved (issue 12): the
// same child by name and date of birth, or the same parent's phone or email
// with the same council (DuplicateReferralRules decides). Anonymised cases
// and cases already merged into another are left out.
class DuplicateReferralQuery
{
public:
    explicit DuplicateReferralQuery(QSqlDatabase db);

    // Newest enquiry first.
    StoreError find(const Referral& referral, QList<DuplicateCase>* duplicates) const;

private:
    QSqlDatabase m_db;
};
