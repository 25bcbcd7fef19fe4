#pragma once

#include "domain/CaseDetails.h"
#include "domain/Council.h"
#include "domain/Referral.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/CaseDeadlines.h"
#include "rules/CaseImportRules.h"
#include "store/cases/CaseImport.h"
#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

// One row of an import file, read and checked: what CaseImport::run stores.
struct CaseImportRow
{
    int line = 0;
    QString reference;
    Referral referral;
    ImportedCaseStage stage;
    Council council;
    std::optional<qint64> mediatorId;
    QList<ImportedCertificate> certificates;
    // A row whose action says update: the case it changes, as read with the
    // file (referral and stage above are then the case as it will be).
    std::optional<CaseDetails> existing;
    bool factsChanged = false;
    // What the case will wait on first (CaseRepository::refreshNextDeadline's
    // figure, from the same details), stored with its stage.
    std::optional<CaseDeadline> nextDeadline;
};

// The reading and checking half of the case import (CaseImport is the
// storing half, and its check() is this alone): the header against the
// columns (and the mapping's headings), then every row against what the
// database has (councils, users, cases and the certificate register, each
// read once), the New Referral dialog's checks, the stage rules and, for a
// row whose action says update, the case correction rules. Stores nothing.
class CaseImportReader
{
public:
    // mapping: lower-case heading -> standard column (CaseImport::setMapping).
    CaseImportReader(QSqlDatabase db, BankHolidayCalendar calendar, QHash<QString, QString> mapping);

    // Every column an import reads: CaseCsv's and the import's own (action).
    static QStringList columns();
    // The stage and dates a stored case has, as an import row gives them.
    static ImportedCaseStage stageOf(const CaseDetails& c);

    // Every good row into rows and report->cases; every bad one's problems,
    // and every row that looks like a case already here, into report. A
    // StoreError only when the database could not be read.
    StoreError read(const QByteArray& data, const QDate& today, QList<CaseImportRow>* rows,
                    CaseImportReport* report) const;

private:
    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
    QHash<QString, QString> m_mapping;
};
