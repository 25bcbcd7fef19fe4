#pragma once

#include "documents/TravelClaimPdf.h"
#include "domain/TravelExpense.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// The family's travel expenses on a case (schema 22, travel_expenses;
// rules/README.md section 3, "The family's travel expenses"). Recording,
// correcting and removing one is a case edit: the same role rules
// (Action::EditCases, a mediator only on their own cases) and the audit
// trail that records every change. Each write checks
// TravelExpenseRules::problem against the case's enquiry date and `today`,
// and that a meeting named is the case's own.
class TravelExpenseRepository
{
public:
    explicit TravelExpenseRepository(QSqlDatabase db);

    // By journey date, then in the order recorded.
    StoreError listForCase(qint64 caseId, QList<TravelExpense>* expenses) const;
    StoreError find(qint64 id, TravelExpense* expense) const;
    // Sets expense->id, who recorded it and when.
    StoreError add(TravelExpense* expense, const QDate& today);
    // Corrects everything but the case and who first recorded it.
    StoreError update(const TravelExpense& expense, const QDate& today);
    StoreError remove(qint64 id);

    // The rate a car journey is paid at, in pence a mile: the office's
    // setting kPencePerMileKey, or TravelExpenseRules::kDefaultPencePerMile
    // when unset or unreadable (policy; rules/README.md section 8).
    static inline const QString kPencePerMileKey = QStringLiteral("travel.pence_per_mile");
    StoreError pencePerMile(int* pence) const;

    // What the claim form prints for a case (TravelClaimPdf): the provider,
    // the reference, the council (and whether the ICB pays), the claimant
    // (the name on the journeys, else the parent, else the young person),
    // every journey, the rate per mile, and `today`.
    StoreError claimForm(qint64 caseId, const QDate& today, TravelClaimPdf::Content* content) const;

private:
    StoreError check(const TravelExpense& expense, const QDate& today) const;

    QSqlDatabase m_db;
};
