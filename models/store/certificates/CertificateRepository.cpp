#include "store/certificates/CertificateRepository.h"

#include "documents/CertificateRenderer.h"
#include "domain/OfficeTime.h"
#include "rules/CaseDeadlines.h"
#include "rules/CertificateDrafter.h"
#include "rules/CertificateRules.h"
#include "store/access/AccessGuard.h"
#include "store/access/UserRepository.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseDocumentRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/SequenceRepository.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"
#include "store/settings/SettingsRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <algorithm>

namespace {
StoreError notFound(const QString& what)
{
    return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no certificate %1.").arg(what));
}

// What a certificate's PDF is made from: its content (which names the
// provider) and the logo on its letterhead.
QString inputsSha256(const CertificateContent& content, const ProviderDetails& provider)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(content.canonicalText());
    hash.addData(QByteArrayView("\n"));
    hash.addData(provider.logoPng);
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

CertificateRepository::CertificateRepository(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(db), m_calendar(calendar), m_register(db, calendar)
{}

StoreError CertificateRepository::issuers(QList<User>* users) const
{
    users->clear();
    QList<User> all;
    if (StoreError error = UserRepository(m_db).list(&all))
        return error;
    for (const User& user : all) {
        if (user.active && Permissions::allows(user.role, Action::IssueCertificates))
            users->append(user);
    }
    return {};
}

StoreError CertificateRepository::resolveIssuer(const CertificateIssuer& issuer,
                                                CertificateIssuer* resolved) const
{
    User user;
    const QString asked = issuer.name.trimmed();
    if (issuer.userId) {
        StoreQuery query(
            m_db, QStringLiteral("SELECT id, username, display_name, role, active FROM users WHERE id = ?"));
        query.bind(*issuer.userId);
        if (StoreError error = query.exec(QStringLiteral("Could not read the users")))
            return error;
        if (query.next())
            user = UserRepository::userFrom(query.row());
    } else if (!asked.isEmpty()) {
        if (StoreError error = UserRepository(m_db).findByUsername(asked, &user))
            return error;
    }
    if (user.id != 0 && user.active && Permissions::allows(user.role, Action::IssueCertificates)) {
        resolved->userId = user.id;
        resolved->name = user.displayName;
        resolved->role = userRoleToString(user.role);
        return {};
    }
    // Say who may, so the person can put it right at once.
    QList<User> may;
    if (StoreError error = issuers(&may))
        return error;
    QStringList names;
    for (const User& candidate : may)
        names << QStringLiteral("%1 (%2)").arg(candidate.username, candidate.displayName);
    // As the person named them (the CLI's username), else as the program shows them.
    const QString who = !asked.isEmpty() ? asked : user.displayName;
    const QString problem = who.isEmpty()
                                ? QStringLiteral("Choose who issues the certificate.")
                                : QStringLiteral("\"%1\" is not a user who may issue certificates.").arg(who);
    if (names.isEmpty())
        return StoreError::invalid(
            problem + QStringLiteral(" Nobody may issue certificates yet: an administrator adds a "
                                     "supervisor on Office > Users."));
    return StoreError::invalid(
        problem +
        QStringLiteral(" Give the username of one who may: %1.").arg(names.join(QStringLiteral(", "))));
}

StoreError CertificateRepository::recordIssuedOutsideInTransaction(QSqlDatabase db, qint64 caseId,
                                                                   CertificatePart part,
                                                                   const QString& number, const QDate& issued,
                                                                   const QDate& trigger)
{
    const SqlDialect& dialect = SqlDialect::forDriver(db.driverName());
    StoreQuery query(
        db,
        QStringLiteral("INSERT INTO certificates (number, part, case_id, status, trigger_date, issue_date, "
                       "issued_outside, created_at) VALUES (?, ?, ?, 'issued', ?, ?, 1, ?)") +
            dialect.returningIdClause(),
        StoreQuery::cached);
    query.bind(number.trimmed(), certificatePartToInt(part), caseId, trigger.isValid() ? trigger : issued,
               issued, SqlValues::now());
    qint64 id = 0;
    if (StoreError error =
            query.execInsert(QStringLiteral("Could not record certificate %1").arg(number), &id))
        return error;
    return {};
}

StoreError CertificateRepository::insertDraftInTransaction(qint64 caseId, std::optional<CertificatePart> part,
                                                           const CertificateIssuer& issuer,
                                                           std::optional<qint64> replacesId, qint64* draftId)
{
    CaseDetails details;
    if (StoreError error = CaseRepository(m_db, m_calendar).load(caseId, &details))
        return error;
    const CertificateRules::CertificateDue due =
        CertificateRules::certificateDue(CaseDeadlines::timelineOf(details).facts);
    if (!due.part || !due.trigger.isValid())
        return StoreError::invalid(
            QStringLiteral("Case %1 needs no certificate now: %2")
                .arg(details.reference,
                     due.reason.isEmpty() ? QStringLiteral("no trigger date is recorded.") : due.reason));
    if (part && *part != *due.part)
        return StoreError::invalid(QStringLiteral("Case %1 needs a %2 certificate, not a %3: %4")
                                       .arg(details.reference, certificatePartName(*due.part),
                                            certificatePartName(*part), due.reason));
    CertificateIssuer resolved;
    if (StoreError error = resolveIssuer(issuer, &resolved))
        return error;

    StoreQuery query(
        m_db, QStringLiteral(
                  "SELECT number FROM certificates WHERE case_id = ? AND part = ? AND status = 'issued'"));
    query.bind(caseId, certificatePartToInt(*due.part));
    if (StoreError error = query.exec(QStringLiteral("Could not check the register")))
        return error;
    if (query.next())
        return StoreError::invalid(
            QStringLiteral("Case %1 has %2 certificate %3 already. To correct it, void it and issue a "
                           "replacement.")
                .arg(details.reference, certificatePartName(*due.part), query.value(0).toString()));
    query.finish();

    const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
    query.prepare(QStringLiteral("INSERT INTO certificates (part, case_id, status, trigger_date, issuer_id, "
                                 "issuer_name, issuer_role, replaces_id, created_at) "
                                 "VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?)") +
                  dialect.returningIdClause());
    query.bind(certificatePartToInt(*due.part), caseId, SqlValues::date(due.trigger),
               SqlValues::id(resolved.userId), resolved.name);
    // The issuer's real role (a supervisor issuing Part 2 is not printed as its mediator).
    query.bind(resolved.role, SqlValues::id(replacesId), SqlValues::now());
    if (StoreError error = query.execInsert(QStringLiteral("Could not prepare the certificate"), draftId))
        return error;
    return {};
}

StoreError CertificateRepository::createDraft(qint64 caseId, std::optional<CertificatePart> part,
                                              const CertificateIssuer& issuer, qint64* draftId)
{
    return AccessGuard(m_db).write(Action::IssueCertificates, [&] {
        return insertDraftInTransaction(caseId, part, issuer, std::nullopt, draftId);
    });
}

StoreError CertificateRepository::deleteDraft(qint64 draftId)
{
    if (StoreError error = AccessGuard(m_db).require(Action::IssueCertificates))
        return error;
    StoreQuery query(m_db, QStringLiteral("DELETE FROM certificates WHERE id = ? AND status = 'draft'"));
    query.bind(draftId);
    if (StoreError error = query.exec(QStringLiteral("Could not delete the draft")))
        return error;
    if (query.numRowsAffected() != 1)
        return notFound(QString::number(draftId));
    return {};
}

struct CertificateRepository::IssueSettings
{
    ProviderDetails provider;
    QString prefix;
    IssuingCapacity part2IssuedAs = IssuingCapacity::Mediator;
};

struct CertificateRepository::PreparedIssue
{
    qint64 draftId = 0;
    qint64 caseId = 0;
    CertificatePart part = CertificatePart::Part1;
    std::optional<qint64> issuerId;
    CertificateDrafter::Issue issue;
    CertificateContent content;
    QString inputsSha256;
};

StoreError CertificateRepository::loadIssueSettings(IssueSettings* settings) const
{
    SettingsRepository repository(m_db);
    if (StoreError error = repository.provider(&settings->provider))
        return error;
    if (StoreError error = repository.certificatePrefix(&settings->prefix))
        return error;
    return repository.part2IssuedAs(&settings->part2IssuedAs);
}

StoreError CertificateRepository::prepareIssueInTransaction(qint64 draftId, const QDate& today,
                                                            const IssueSettings& settings,
                                                            PreparedIssue* prepared)
{
    Certificate draft;
    if (StoreError error = m_register.load(draftId, &draft))
        return error;
    if (draft.status != CertificateStatus::Draft)
        return StoreError::invalid(QStringLiteral("Certificate %1 is issued already.").arg(draft.number));
    CaseDetails details;
    if (StoreError error = CaseRepository(m_db, m_calendar).load(draft.caseId, &details))
        return error;
    // The case may have changed since the draft was made: the rules decide again.
    const CertificateRules::CertificateDue due =
        CertificateRules::certificateDue(CaseDeadlines::timelineOf(details).facts);
    if (!due.part || *due.part != draft.part || !due.trigger.isValid())
        return StoreError::invalid(
            QStringLiteral("Case %1 does not need a %2 certificate now: %3 Delete the draft.")
                .arg(details.reference, certificatePartName(draft.part), due.reason));
    if (const QString problem = CertificateRules::issueDateProblem(
            draft.part, due.trigger, today, m_today.isValid() ? m_today : QDate::currentDate());
        !problem.isEmpty())
        return StoreError::invalid(problem);
    // The issuer is checked again: they may have left or changed role since the draft.
    CertificateIssuer issuer;
    if (StoreError error = resolveIssuer({draft.issuerName, draft.issuerId}, &issuer))
        return error;
    StoreQuery check(
        m_db, QStringLiteral(
                  "SELECT number FROM certificates WHERE case_id = ? AND part = ? AND status = 'issued'"));
    check.bind(draft.caseId, certificatePartToInt(draft.part));
    if (StoreError error = check.exec(QStringLiteral("Could not check the register")))
        return error;
    if (check.next())
        return StoreError::invalid(
            QStringLiteral("Case %1 has %2 certificate %3 already. To correct it, void it and issue a "
                           "replacement.")
                .arg(details.reference, certificatePartName(draft.part), check.value(0).toString()));
    check.finish();
    qint64 sequence = 0;
    if (StoreError error =
            SequenceRepository(m_db).next(QStringLiteral("certificate-%1").arg(today.year()), &sequence))
        return error;

    CertificateDrafter::Issue& issue = prepared->issue;
    issue.part = draft.part;
    issue.number = QStringLiteral("%1-%2-%3")
                       .arg(settings.prefix)
                       .arg(today.year())
                       .arg(sequence, 6, 10, QLatin1Char('0'));
    issue.issueDate = today;
    issue.triggerDate = due.trigger;
    issue.issuerName = issuer.name;
    issue.issuerRole = issuer.role;
    issue.part2IssuedAs = settings.part2IssuedAs;
    if (draft.replacesId) {
        Certificate replaced;
        if (StoreError error = m_register.load(*draft.replacesId, &replaced))
            return error;
        issue.replacesNumber = replaced.number;
        issue.replacesReason = replaced.voidReason;
    }
    const DeadlineCalculator calculator(m_calendar);
    prepared->content = CertificateDrafter::content(details, issue, settings.provider, calculator);
    prepared->draftId = draftId;
    prepared->caseId = draft.caseId;
    prepared->part = draft.part;
    prepared->issuerId = issuer.userId;
    prepared->inputsSha256 = inputsSha256(prepared->content, settings.provider);
    return {};
}

StoreError CertificateRepository::storeIssueInTransaction(const PreparedIssue& prepared,
                                                          const QByteArray& pdf, Certificate* issued)
{
    if (pdf.isEmpty())
        return StoreError(StoreError::Kind::Io, QStringLiteral("Could not make the certificate's PDF."));
    const CertificateDrafter::Issue& issue = prepared.issue;
    const QByteArray text = prepared.content.canonicalText();
    const QString pdfSha =
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());

    StoreQuery query(
        m_db, QStringLiteral(
                  "UPDATE certificates SET status = 'issued', number = ?, issue_date = ?, trigger_date = ?, "
                  "issuer_id = ?, issuer_name = ?, content = ?, content_sha256 = ?, pdf = ?, pdf_sha256 = ? "
                  "WHERE id = ? AND status = 'draft'"));
    query.bind(issue.number, SqlValues::date(issue.issueDate), SqlValues::date(issue.triggerDate),
               SqlValues::id(prepared.issuerId), issue.issuerName, QString::fromUtf8(text),
               prepared.content.sha256(), pdf, pdfSha, prepared.draftId);
    if (StoreError error = query.exec(QStringLiteral("Could not issue the certificate")))
        return error;
    if (query.numRowsAffected() != 1)
        return StoreError::invalid(QStringLiteral("Certificate %1 is issued already.").arg(issue.number));

    Activity entry;
    entry.caseId = prepared.caseId;
    entry.kind = ActivityKind::Certificate;
    entry.authorId = prepared.issuerId;
    entry.summary =
        issue.replacesNumber.isEmpty()
            ? QStringLiteral("%1 certificate %2 issued").arg(certificatePartName(prepared.part), issue.number)
            : QStringLiteral("%1 certificate %2 issued, replacing %3")
                  .arg(certificatePartName(prepared.part), issue.number, issue.replacesNumber);
    // On the timeline on the day it is dated: one issued with an earlier
    // date (the command line's --date, the demo data) is put at noon of that
    // day in office time, not at the moment it was recorded.
    entry.occurredAt = QDateTime::currentDateTimeUtc();
    if (issue.issueDate.isValid() && issue.issueDate < OfficeTime::local(entry.occurredAt).date())
        entry.occurredAt = QDateTime(issue.issueDate, QTime(12, 0), OfficeTime::zone()).toUTC();
    if (StoreError error = ActivityRepository(m_db).add(&entry))
        return error;
    // Issued, it is no longer due: every list of what is due reads this.
    if (StoreError error = CaseRepository(m_db, m_calendar).refreshNextDeadline(prepared.caseId))
        return error;
    if (issued)
        return m_register.load(prepared.draftId, issued);
    return {};
}

StoreError CertificateRepository::issueInTransaction(qint64 draftId, const QDate& today, Certificate* issued,
                                                     const CertificatePreview* reviewed)
{
    IssueSettings settings;
    if (StoreError error = loadIssueSettings(&settings))
        return error;
    PreparedIssue prepared;
    if (StoreError error = prepareIssueInTransaction(draftId, today, settings, &prepared))
        return error;
    if (reviewed && reviewed->inputsSha256 != prepared.inputsSha256) {
        const QString what = reviewed->content.number != prepared.content.number
                                 ? QStringLiteral("number %1 was taken by another certificate meanwhile")
                                       .arg(reviewed->content.number)
                                 : QStringLiteral("the case, the issuer or the letterhead changed");
        return StoreError::invalid(
            QStringLiteral("The certificate is no longer the one reviewed (%1). Nothing was "
                           "issued: review it again.")
                .arg(what));
    }
    const QByteArray pdf = CertificateRenderer(settings.provider).render(prepared.content);
    if (StoreError error = storeIssueInTransaction(prepared, pdf, issued))
        return error;
    // A copy is filed on the case's documents (issue 17), with the papers it
    // belongs with; a batch (the demo data) files none.
    const QString number = prepared.issue.number;
    return CaseDocumentRepository(m_db).add(
        prepared.caseId, QStringLiteral("certificate-%1.pdf").arg(number),
        QStringLiteral("%1 certificate %2").arg(certificatePartName(prepared.part), number), pdf,
        CaseDocument::Source::Generated, nullptr);
}

StoreError CertificateRepository::issue(qint64 draftId, const QDate& today, Certificate* issued)
{
    return AccessGuard(m_db).write(Action::IssueCertificates,
                                   [&] { return issueInTransaction(draftId, today, issued); });
}

StoreError CertificateRepository::draftForCaseInTransaction(qint64 caseId,
                                                            std::optional<CertificatePart> part,
                                                            const CertificateIssuer& issuer, qint64* draftId)
{
    // A draft prepared earlier for the same Part is issued rather than doubled.
    StoreQuery query(
        m_db, QStringLiteral(
                  "SELECT id, part FROM certificates WHERE case_id = ? AND status = 'draft' ORDER BY id"));
    query.bind(caseId);
    if (StoreError error = query.exec(QStringLiteral("Could not check the register")))
        return error;
    *draftId = 0;
    while (query.next()) {
        if (!part || query.value(1).toInt() == certificatePartToInt(*part))
            *draftId = query.value(0).toLongLong();
    }
    query.finish();
    if (*draftId == 0)
        return insertDraftInTransaction(caseId, part, issuer, std::nullopt, draftId);
    if (!issuer.name.trimmed().isEmpty() || issuer.userId) {
        CertificateIssuer resolved;
        if (StoreError error = resolveIssuer(issuer, &resolved))
            return error;
        query.prepare(QStringLiteral(
            "UPDATE certificates SET issuer_name = ?, issuer_id = ? WHERE id = ? AND status = 'draft'"));
        query.bind(resolved.name, SqlValues::id(resolved.userId), *draftId);
        if (StoreError error = query.exec(QStringLiteral("Could not prepare the certificate")))
            return error;
    }
    return {};
}

StoreError CertificateRepository::issueForCase(qint64 caseId, std::optional<CertificatePart> part,
                                               const CertificateIssuer& issuer, const QDate& today,
                                               Certificate* issued)
{
    return AccessGuard(m_db).write(Action::IssueCertificates, [&]() -> StoreError {
        qint64 draftId = 0;
        if (StoreError error = draftForCaseInTransaction(caseId, part, issuer, &draftId))
            return error;
        return issueInTransaction(draftId, today, issued);
    });
}

StoreError CertificateRepository::preview(qint64 caseId, std::optional<CertificatePart> part,
                                          const CertificateIssuer& issuer, const QDate& issueDate,
                                          CertificatePreview* preview)
{
    *preview = {};
    if (StoreError error = AccessGuard(m_db).require(Action::IssueCertificates))
        return error;
    // The same steps as issuing, in a transaction that is always rolled back:
    // the draft, the number taken and the content are forgotten.
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    qint64 draftId = 0;
    if (StoreError error = draftForCaseInTransaction(caseId, part, issuer, &draftId))
        return error;
    IssueSettings settings;
    if (StoreError error = loadIssueSettings(&settings))
        return error;
    PreparedIssue prepared;
    if (StoreError error = prepareIssueInTransaction(draftId, issueDate, settings, &prepared))
        return error;
    transaction.rollback();
    preview->caseId = caseId;
    preview->part = prepared.part;
    preview->issuer = {prepared.issue.issuerName, prepared.issuerId};
    preview->issueDate = issueDate;
    preview->content = prepared.content;
    preview->inputsSha256 = prepared.inputsSha256;
    preview->pdf = CertificateRenderer(settings.provider).render(prepared.content);
    if (preview->pdf.isEmpty())
        return StoreError(StoreError::Kind::Io, QStringLiteral("Could not make the certificate's PDF."));
    return {};
}

StoreError CertificateRepository::issueReviewed(const CertificatePreview& reviewed, Certificate* issued)
{
    if (StoreError error = AccessGuard(m_db).require(Action::IssueCertificates))
        return error;
    if (reviewed.inputsSha256.isEmpty())
        return StoreError::invalid(QStringLiteral("Review the certificate before issuing it."));
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        qint64 draftId = 0;
        if (StoreError error =
                draftForCaseInTransaction(reviewed.caseId, reviewed.part, reviewed.issuer, &draftId))
            return error;
        return issueInTransaction(draftId, reviewed.issueDate, issued, &reviewed);
    });
}

StoreError CertificateRepository::issueBatch(const QList<CertificateRequest>& requests,
                                             QList<Certificate>* issued)
{
    if (issued)
        issued->clear();
    if (StoreError error = AccessGuard(m_db).require(Action::IssueCertificates))
        return error;
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        IssueSettings settings;
        if (StoreError error = loadIssueSettings(&settings))
            return error;
        const CertificateRenderer renderer(settings.provider);
        // In chunks, so a large batch never holds all its PDFs in memory at once.
        constexpr qsizetype kChunk = 64;
        for (qsizetype from = 0; from < requests.size(); from += kChunk) {
            const qsizetype to = std::min(requests.size(), from + kChunk);
            QList<PreparedIssue> prepared(to - from);
            QList<CertificateContent> contents;
            for (qsizetype i = from; i < to; ++i) {
                const CertificateRequest& request = requests.at(i);
                qint64 draftId = 0;
                if (StoreError error =
                        draftForCaseInTransaction(request.caseId, request.part, request.issuer, &draftId))
                    return error;
                // The same case twice in a chunk would find the draft its first request made.
                for (qsizetype j = 0; j < i - from; ++j) {
                    if (prepared.at(j).draftId == draftId)
                        return StoreError::invalid(QStringLiteral("Case %1 is in the batch twice.")
                                                       .arg(prepared.at(j).content.caseReference));
                }
                if (StoreError error =
                        prepareIssueInTransaction(draftId, request.issueDate, settings, &prepared[i - from]))
                    return error;
                contents << prepared.at(i - from).content;
            }
            const QList<QByteArray> pdfs = renderer.renderAll(contents);
            for (qsizetype i = 0; i < prepared.size(); ++i) {
                Certificate certificate;
                if (StoreError error =
                        storeIssueInTransaction(prepared.at(i), pdfs.at(i), issued ? &certificate : nullptr))
                    return error;
                if (issued)
                    issued->append(certificate);
            }
        }
        return {};
    });
}

StoreError CertificateRepository::voidCertificate(qint64 id, const QString& reason, const QDate& today,
                                                  std::optional<CertificateIssuer> replacementIssuer,
                                                  Certificate* replacement)
{
    if (StoreError error = AccessGuard(m_db).require(Action::VoidCertificates))
        return error;
    if (replacementIssuer) {
        if (StoreError error = AccessGuard(m_db).require(Action::IssueCertificates))
            return error;
    }
    if (reason.trimmed().isEmpty())
        return StoreError::invalid(QStringLiteral("Say why the certificate is voided."));
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        Certificate old;
        if (StoreError error = m_register.load(id, &old))
            return error;
        if (old.status != CertificateStatus::Issued)
            return StoreError::invalid(
                old.status == CertificateStatus::Voided
                    ? QStringLiteral("Certificate %1 is voided already.").arg(old.number)
                    : QStringLiteral("A draft is not voided: delete it instead."));
        StoreQuery query(
            m_db,
            QStringLiteral(
                "UPDATE certificates SET status = 'voided', void_reason = ?, voided_on = ? WHERE id = ?"));
        query.bind(reason.trimmed(), SqlValues::date(today), id);
        if (StoreError error = query.exec(QStringLiteral("Could not void the certificate")))
            return error;
        if (StoreError error = ActivityRepository(m_db).addNow(
                old.caseId, ActivityKind::Certificate, std::nullopt,
                QStringLiteral("Certificate %1 voided").arg(old.number), reason.trimmed()))
            return error;
        // Voided without a replacement, the certificate is due again.
        if (StoreError error = CaseRepository(m_db, m_calendar).refreshNextDeadline(old.caseId))
            return error;
        if (replacementIssuer) {
            qint64 draftId = 0;
            if (StoreError error =
                    insertDraftInTransaction(old.caseId, old.part, *replacementIssuer, old.id, &draftId))
                return error;
            if (StoreError error = issueInTransaction(draftId, today, replacement))
                return error;
        }
        return {};
    });
}
