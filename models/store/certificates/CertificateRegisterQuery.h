#pragma once

#include "domain/Certificate.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/Deadline.h"
#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// A certificate the rules say a case needs and the register does not hold yet.
struct CertificateDueItem
{
    qint64 caseId = 0;
    QString caseReference;
    QString childName;
    CertificatePart part = CertificatePart::Part1;
    QDate triggerDate;
    Deadline dueBy;                // 3 working days from the trigger, with its working
    std::optional<qint64> draftId; // a draft already prepared for it
};

// Reading the certificate register (a mediator sees the certificates of the
// cases assigned to them) and what the open cases need that it does not hold
// yet. Only reads; CertificateRepository issues, voids and keeps drafts.
class CertificateRegisterQuery
{
public:
    // The calendar is the office's (BankHolidayRepository::load).
    CertificateRegisterQuery(QSqlDatabase db, BankHolidayCalendar calendar);

    // Newest first; for one case when caseId is given.
    StoreError list(QList<Certificate>* certificates, std::optional<qint64> caseId = std::nullopt) const;
    StoreError listIssuedOn(const QDate& date, QList<Certificate>* certificates) const;
    StoreError load(qint64 id, Certificate* certificate) const;
    StoreError loadByNumber(const QString& number, Certificate* certificate) const;
    // The PDF made at issue, byte for byte; NotFound for a draft and for a
    // certificate issued outside the program (saying so).
    StoreError loadPdf(qint64 id, QByteArray* pdf) const;
    // What the open cases need, soonest due first; with `caseId`, that case's
    // only (a case's workspace: not every case's details read to keep one's).
    StoreError due(QList<CertificateDueItem>* items, std::optional<qint64> caseId = std::nullopt) const;

private:
    StoreError selectWhere(const QString& condition, const QVariantList& binds,
                           QList<Certificate>* certificates) const;

    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
};
