#include "store/cases/CaseCsv.h"

#include "domain/CaseDetails.h"
#include "domain/Certificate.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/directory/ContactCsv.h"

#include <QHash>
#include <algorithm>

namespace CaseCsv {

const QStringList& columns()
{
    static const QStringList names{
        QStringLiteral("reference"),
        QStringLiteral("child_given_name"),
        QStringLiteral("child_family_name"),
        QStringLiteral("child_date_of_birth"),
        QStringLiteral("parent_name"),
        QStringLiteral("parent_phone"),
        QStringLiteral("parent_email"),
        QStringLiteral("referrer"),
        QStringLiteral("referrer_name"),
        QStringLiteral("referrer_organisation"),
        QStringLiteral("parent_permission_date"),
        QStringLiteral("council"),
        QStringLiteral("route"),
        QStringLiteral("enquiry_date"),
        QStringLiteral("decision_type"),
        QStringLiteral("decision_notice_sent"),
        QStringLiteral("plan_sections"),
        QStringLiteral("disagreement_subject"),
        QStringLiteral("stage"),
        QStringLiteral("information_given_on"),
        QStringLiteral("mediation_requested_on"),
        QStringLiteral("not_pursuing_on"),
        QStringLiteral("meeting_held_on"),
        QStringLiteral("no_meeting_on"),
        QStringLiteral("closed_on"),
        QStringLiteral("closed_reason"),
        QStringLiteral("caseworker"),
        QStringLiteral("mediator"),
        QStringLiteral("school"),
        QStringLiteral("certificate_part"),
        QStringLiteral("certificate_number"),
        QStringLiteral("certificate_issued_on"),
    };
    return names;
}

namespace {
QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

StoreError exportAll(QSqlDatabase db, const BankHolidayCalendar& calendar, QByteArray* data, int* rows)
{
    // Usernames by id, read once: the file names people by username, which
    // an import can look up again in another database.
    QList<User> users;
    if (StoreError error = UserRepository(db).list(&users))
        return error;
    QHash<qint64, QString> usernames;
    for (const User& user : users)
        usernames.insert(user.id, user.username);

    // The case list's own query (with its access scope), every stage, by reference.
    CaseListFilter filter;
    filter.includeClosed = true;
    CaseListQuery query(db);
    query.setFilter(filter, QDate::currentDate());
    query.setSort(CaseListQuery::Column::Reference, Qt::AscendingOrder);
    const CaseRepository cases(db, calendar);
    const CertificateRepository certificates(db, calendar);

    QString text = ContactCsv::formatRecord(columns()) + QStringLiteral("\r\n");
    int count = 0;
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        QList<CaseListRow> page;
        if (StoreError error = query.fetch(offset, kPage, &page))
            return error;
        for (const CaseListRow& row : page) {
            CaseDetails d;
            if (StoreError error = cases.load(row.id, &d))
                return error;
            QList<Certificate> issued;
            if (StoreError error = certificates.list(&issued, row.id))
                return error;
            issued.erase(
                std::remove_if(issued.begin(), issued.end(),
                               [](const Certificate& c) { return c.status != CertificateStatus::Issued; }),
                issued.end());
            std::sort(issued.begin(), issued.end(), [](const Certificate& a, const Certificate& b) {
                return a.issueDate != b.issueDate ? a.issueDate < b.issueDate : a.number < b.number;
            });
            QStringList parts;
            QStringList numbers;
            QStringList dates;
            for (const Certificate& certificate : issued) {
                parts << QString::number(static_cast<int>(certificate.part));
                numbers << certificate.number;
                dates << isoDate(certificate.issueDate);
            }
            const Referral& r = d.referral;
            const QStringList fields{
                d.reference,
                r.child.givenName,
                r.child.familyName,
                isoDate(r.child.dateOfBirth),
                r.parent.fullName(),
                r.parent.phone,
                r.parent.email,
                referrerKindToString(r.referrerKind),
                r.professionalName,
                r.professionalOrganisation,
                isoDate(r.parentPermissionDate),
                d.council.code.isEmpty() ? d.council.name : d.council.code,
                routeToString(r.route),
                isoDate(r.enquiryDate),
                r.decisionType ? decisionTypeToString(*r.decisionType) : QString(),
                isoDate(r.decisionNoticeDate),
                r.sections.toStrings().join(QLatin1Char(' ')),
                r.disagreementSubject,
                caseStageToString(d.stage),
                isoDate(d.informationGivenDate),
                isoDate(d.mediationRequestedDate),
                isoDate(d.notPursuingDate),
                isoDate(d.meetingHeldDate),
                isoDate(d.noMeetingDate),
                isoDate(d.closedDate),
                d.closedReason,
                r.caseworkerId ? usernames.value(*r.caseworkerId) : QString(),
                d.mediatorId ? usernames.value(*d.mediatorId) : QString(),
                r.schoolName,
                parts.join(QStringLiteral("; ")),
                numbers.join(QStringLiteral("; ")),
                dates.join(QStringLiteral("; ")),
            };
            text += ContactCsv::formatRecord(fields) + QStringLiteral("\r\n");
            ++count;
        }
        if (page.size() < kPage)
            break;
    }
    // A byte order mark, so that spreadsheet programs read the file as UTF-8.
    *data = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (rows)
        *rows = count;
    return {};
}

} // namespace CaseCsv
