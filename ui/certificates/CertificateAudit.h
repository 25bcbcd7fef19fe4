#pragma once

#include "certificates/CertificatePrinter.h"
#include "domain/Certificate.h"

#include <QList>
#include <QSqlDatabase>

// What the audit trail records of the certificate screens: a certificate
// viewed (an 'open' row) and certificates printed. A failure to record is
// logged (without personal data) and does not stop the person's work.
namespace CertificateAudit {

void recordViewed(QSqlDatabase db, const Certificate& certificate);
// A handler for CertificatePrinter that records every certificate printed.
CertificatePrinter::PrintedHandler printedHandler(QSqlDatabase db, const QList<Certificate>& certificates);
// A handler for CertificateViewer that records the stored file saved to a file (an export).
std::function<void()> savedHandler(QSqlDatabase db, const Certificate& certificate);

} // namespace CertificateAudit
