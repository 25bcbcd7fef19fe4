#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QSqlDatabase>

// The certificates of the demo database (DemoDataGenerator::issueCertificates):
// the provider's letterhead, then the certificates the generated cases were
// due before today, issued on their due dates by the demo supervisor, with
// every fifth open one left undone and one voided and replaced.
class DemoCertificateIssuer
{
public:
    DemoCertificateIssuer(QSqlDatabase db, BankHolidayCalendar calendar);

    // Makes PDFs, so it needs a QGuiApplication. *issued counts the
    // certificates issued, the replacement included.
    StoreError issue(const QDate& today, int* issued);

    // Certificates issued in one transaction.
    static constexpr qsizetype kBatchSize = 2000;

private:
    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
};
