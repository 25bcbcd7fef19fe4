#include "store/certificates/CertificateRegisterQuery.h"

#include "rules/CaseDeadlines.h"
#include "store/access/AccessGuard.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/CaseRepository.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT c.id, c.number, c.part, c.case_id, k.reference, c.status, c.trigger_date, c.issue_date, "
    "c.issuer_id, c.issuer_name, c.issuer_role, c.void_reason, c.voided_on, c.replaces_id, r.number, "
    "(SELECT n.number FROM certificates n WHERE n.replaces_id = c.id), c.pdf_sha256, c.content_sha256, "
    "c.content, c.issued_outside "
    "FROM certificates c JOIN cases k ON k.id = c.case_id LEFT JOIN certificates r ON r.id = c.replaces_id ");

StoreError notFound(const QString& what)
{
    return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no certificate %1.").arg(what));
}
} // namespace

CertificateRegisterQuery::CertificateRegisterQuery(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{}

StoreError CertificateRegisterQuery::selectWhere(const QString& condition, const QVariantList& binds,
                                                 QList<Certificate>* certificates) const
{
    certificates->clear();
    StoreQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelect + condition);
    query.bindList(binds);
    if (StoreError error = query.exec(QStringLiteral("Could not read the certificate register")))
        return error;
    while (query.next()) {
        using C = Certificate;
        const auto skip = SqlColumns::skip;
        C c = SqlColumns::read<C>(query.row(), &C::id, &C::number, skip, &C::caseId, &C::caseReference, skip,
                                  &C::triggerDate, &C::issueDate, &C::issuerId, &C::issuerName,
                                  &C::issuerRole, &C::voidReason, &C::voidedOn, &C::replacesId,
                                  &C::replacesNumber, &C::replacedByNumber, &C::pdfSha256, &C::contentSha256,
                                  skip, &C::issuedOutside);
        c.part = certificatePartFromInt(query.value(2).toInt()).value_or(CertificatePart::Part1);
        c.status = certificateStatusFromString(query.value(5).toString()).value_or(CertificateStatus::Draft);
        if (!query.value(18).isNull())
            CertificateContent::fromCanonicalText(query.value(18).toString().toUtf8(), &c.content);
        certificates->append(c);
    }
    return {};
}

StoreError CertificateRegisterQuery::list(QList<Certificate>* certificates,
                                          std::optional<qint64> caseId) const
{
    const QString order = QStringLiteral(" ORDER BY c.issue_date DESC, c.number DESC, c.id DESC");
    // A mediator's register holds the certificates of the cases assigned to them.
    QString scope;
    QVariantList binds;
    if (caseId)
        binds << *caseId;
    if (StoreError error = AccessGuard(m_db).assignedCondition(QStringLiteral("k"), &scope, &binds))
        return error;
    QStringList where;
    if (caseId)
        where << QStringLiteral("c.case_id = ?");
    if (!scope.isEmpty())
        where << scope;
    return selectWhere(
        where.isEmpty() ? order : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + order,
        binds, certificates);
}

StoreError CertificateRegisterQuery::listIssuedOn(const QDate& date, QList<Certificate>* certificates) const
{
    return selectWhere(QStringLiteral("WHERE c.issue_date = ? AND c.status = 'issued' ORDER BY c.number"),
                       {SqlValues::date(date)}, certificates);
}

StoreError CertificateRegisterQuery::load(qint64 id, Certificate* certificate) const
{
    QList<Certificate> found;
    if (StoreError error = selectWhere(QStringLiteral("WHERE c.id = ?"), {id}, &found))
        return error;
    if (found.isEmpty())
        return notFound(QString::number(id));
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(found.first().caseId))
        return error;
    *certificate = found.first();
    return {};
}

StoreError CertificateRegisterQuery::loadByNumber(const QString& number, Certificate* certificate) const
{
    QList<Certificate> found;
    if (StoreError error =
            selectWhere(QStringLiteral("WHERE c.number = ?"), {number.trimmed().toUpper()}, &found))
        return error;
    if (found.isEmpty())
        return notFound(number.trimmed());
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(found.first().caseId))
        return error;
    *certificate = found.first();
    return {};
}

StoreError CertificateRegisterQuery::loadPdf(qint64 id, QByteArray* pdf) const
{
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("certificates", id))
        return error;
    StoreQuery query(
        m_db, QStringLiteral("SELECT pdf, anonymised_at, issued_outside FROM certificates WHERE id = ?"));
    query.bind(id);
    if (StoreError error = query.exec(QStringLiteral("Could not read the certificate")))
        return error;
    if (query.next() && !query.value(1).isNull())
        return StoreError(
            StoreError::Kind::NotFound,
            QStringLiteral("The certificate's PDF was removed when its case was anonymised after "
                           "the retention period; the register keeps its number, dates and hashes."));
    if (query.isValid() && query.value(2).toInt() != 0)
        return StoreError(StoreError::Kind::NotFound,
                          QStringLiteral("The certificate was issued outside the program before its case "
                                         "was imported; the register keeps its number and date, not a PDF."));
    if (!query.isValid() || query.value(0).isNull())
        return notFound(QString::number(id));
    *pdf = query.value(0).toByteArray();
    return {};
}
StoreError CertificateRegisterQuery::due(QList<CertificateDueItem>* items,
                                         std::optional<qint64> onlyCase) const
{
    items->clear();
    // The cases waiting on a certificate are those whose next deadline is one
    // (CaseRepository::refreshNextDeadline keeps it, and forgets a certificate
    // once issued): the same condition as the case list's and the dashboard's,
    // so every screen gives one answer. A mediator sees only their cases.
    QString scope;
    QVariantList binds;
    if (StoreError error = AccessGuard(m_db).assignedCondition(QStringLiteral("c"), &scope, &binds))
        return error;
    if (onlyCase) {
        scope = (scope.isEmpty() ? QString() : scope + QStringLiteral(" AND ")) + QStringLiteral("c.id = ?");
        binds << *onlyCase;
    }
    StoreQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id FROM cases c WHERE c.stage <> 'closed' AND ") +
                  CaseListQuery::certificateDueCondition() +
                  (scope.isEmpty() ? QString() : QStringLiteral(" AND ") + scope));
    query.bindList(binds);
    if (StoreError error = query.exec(QStringLiteral("Could not list the certificates due")))
        return error;
    QList<qint64> caseIds;
    while (query.next())
        caseIds << query.value(0).toLongLong();
    query.finish();

    // Drafts prepared, by case and Part (issued ones are no longer due).
    QHash<QPair<qint64, int>, qint64> drafts;
    if (caseIds.isEmpty())
        return {};
    query.prepare(QStringLiteral("SELECT case_id, part, id FROM certificates WHERE status = 'draft'") +
                  (onlyCase ? QStringLiteral(" AND case_id = ?") : QString()));
    if (onlyCase)
        query.bind(*onlyCase);
    if (StoreError error = query.exec(QStringLiteral("Could not list the certificates due")))
        return error;
    while (query.next())
        drafts.insert({query.value(0).toLongLong(), query.value(1).toInt()}, query.value(2).toLongLong());
    query.finish();

    const DeadlineCalculator calculator(m_calendar);
    const CaseDeadlines deadlines(calculator);
    CaseRepository cases(m_db, m_calendar);
    for (qint64 caseId : caseIds) {
        CaseDetails details;
        if (StoreError error = cases.load(caseId, &details))
            return error;
        for (const CaseDeadline& deadline : deadlines.all(CaseDeadlines::timelineOf(details))) {
            if (deadline.kind != CaseDeadline::Kind::Certificate || !deadline.pending || !deadline.part)
                continue;
            const QPair<qint64, int> key(caseId, certificatePartToInt(*deadline.part));
            CertificateDueItem item;
            item.caseId = caseId;
            item.caseReference = details.reference;
            item.childName = details.referral.child.fullName();
            item.part = *deadline.part;
            item.triggerDate = deadline.deadline.startDate();
            item.dueBy = deadline.deadline;
            if (drafts.contains(key))
                item.draftId = drafts.value(key);
            items->append(item);
        }
    }
    std::stable_sort(items->begin(), items->end(),
                     [](const CertificateDueItem& a, const CertificateDueItem& b) {
                         return a.dueBy.date() < b.dueBy.date();
                     });
    return {};
}
