#include "certificates/CertificateAudit.h"

#include "store/access/AuditRepository.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcAudit, "commonground.audit")

void report(const StoreError& error, qint64 certificateId)
{
    if (error)
        qCWarning(lcAudit) << "could not record certificate" << certificateId
                           << "in the audit trail:" << static_cast<int>(error.kind());
}
} // namespace

namespace CertificateAudit {

void recordViewed(QSqlDatabase db, const Certificate& certificate)
{
    report(AuditRepository(db).record(QStringLiteral("open"), QStringLiteral("certificates"),
                                      QString::number(certificate.id), certificate.number),
           certificate.id);
}

CertificatePrinter::PrintedHandler printedHandler(QSqlDatabase db, const QList<Certificate>& certificates)
{
    return [db, certificates] {
        AuditRepository audit(db);
        for (const Certificate& c : certificates)
            report(audit.recordCertificatePrinted(c.id, c.number), c.id);
    };
}

std::function<void()> savedHandler(QSqlDatabase db, const Certificate& certificate)
{
    return [db, certificate] {
        report(AuditRepository(db).recordCertificateExported(certificate.id, certificate.number),
               certificate.id);
    };
}

} // namespace CertificateAudit
