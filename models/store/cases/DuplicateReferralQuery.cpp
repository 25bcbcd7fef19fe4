#include "store/cases/DuplicateReferralQuery.h"

#include "rules/DuplicateReferralRules.h"
#include "store/access/AccessGuard.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

DuplicateReferralQuery::DuplicateReferralQuery(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError DuplicateReferralQuery::find(const Referral& referral, QList<DuplicateCase>* duplicates) const
{
    duplicates->clear();
    const bool byParent = referral.councilId > 0 && (!referral.parent.phone.trimmed().isEmpty() ||
                                                     !referral.parent.email.trimmed().isEmpty());
    if (!referral.child.dateOfBirth.isValid() && !byParent)
        return {};
    // SQL narrows by date of birth or council; the rule compares names,
    // phones and emails, whose accents and formats SQL cannot see past.
    QVariantList binds{SqlValues::date(referral.child.dateOfBirth), byParent ? referral.councilId : 0};
    QString scope;
    if (StoreError error = AccessGuard(m_db).assignedCondition(QStringLiteral("c"), &scope, &binds))
        return error;
    StoreQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT c.id, c.reference, c.stage, c.route, c.council_id, co.name, c.enquiry_date, "
            "ch.given_name, ch.family_name, ch.date_of_birth, pa.given_name, pa.family_name, pa.phone, "
            "pa.email FROM cases c JOIN councils co ON co.id = c.council_id "
            "JOIN people ch ON ch.id = c.child_id LEFT JOIN people pa ON pa.id = c.parent_id "
            "WHERE c.anonymised_at IS NULL AND c.merged_into_id IS NULL AND (ch.date_of_birth = ? OR "
            "(c.council_id = ? AND (pa.phone IS NOT NULL OR pa.email IS NOT NULL)))") +
        (scope.isEmpty() ? QString() : QStringLiteral(" AND ") + scope) +
        QStringLiteral(" ORDER BY c.enquiry_date DESC, c.id DESC"));
    query.bindList(binds);
    if (StoreError error = query.exec(QStringLiteral("Could not look for the same referral")))
        return error;
    while (query.next()) {
        DuplicateReferralRules::ExistingCase existing;
        existing.councilId = query.value(4).toLongLong();
        existing.child.givenName = query.value(7).toString();
        existing.child.familyName = query.value(8).toString();
        existing.child.dateOfBirth = query.value(9).toDate();
        existing.parent.givenName = query.value(10).toString();
        existing.parent.familyName = query.value(11).toString();
        existing.parent.phone = query.value(12).toString();
        existing.parent.email = query.value(13).toString();
        const QStringList reasons = DuplicateReferralRules::matchReasons(referral, existing);
        if (reasons.isEmpty())
            continue;
        DuplicateCase found;
        found.caseId = query.value(0).toLongLong();
        found.reference = query.value(1).toString();
        found.stage = caseStageFromString(query.value(2).toString()).value_or(CaseStage::Enquiry);
        found.route = routeFromString(query.value(3).toString()).value_or(Route::Mediation);
        found.councilName = query.value(5).toString();
        found.enquiryDate = query.value(6).toDate();
        found.childName = existing.child.fullName();
        found.reasons = reasons;
        duplicates->append(found);
    }
    return {};
}
