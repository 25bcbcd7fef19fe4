#pragma once

#include "rules/BankHolidayCalendar.h"
#include "rules/Permissions.h"
#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

struct CaseImportRow;

// One case an import makes (or, checked only, would make).
struct ImportedCase
{
    int line = 0;
    QString reference; // as given, or as numbered (empty in a check when not given)
    QString childName;
    QString stage;         // the stage key
    QStringList deadlines; // "key date" for each deadline the case waits on
    // An existing case the row updates (its `action` says update): reference
    // is that case's; otherwise a case made.
    bool updated = false;
};

// What an import did, or would do.
struct CaseImportReport
{
    // "line N: column: what to fix" for every bad row; nothing was stored when not empty.
    QStringList problems;
    // Rows that look like a case already in the database: "line N: looks like
    // REFERENCE (same reference | same child and date of birth)". Refused
    // (a row whose `action` says update changes that case instead).
    QStringList duplicates;
    QList<ImportedCase> cases;
    QString sha256; // of the file, hex
};

// Cases from another system, from CSV in the columns of CaseCsv (README.md
// "Cases in CSV"), all or nothing. Every row goes through the New Referral
// dialog's checks (ReferralValidator) and the stage rules
// (CaseImportRules); any bad row refuses the whole file, every bad row named.
// The GUI's import wizard and `cases import` both call this.
class CaseImport
{
public:
    CaseImport(QSqlDatabase db, BankHolidayCalendar calendar);

    // Other headings to read as the standard columns: a CSV file with the
    // header "heading,column" and one row per heading. False, with why, when
    // it names a column that does not exist.
    bool setMapping(const QByteArray& data, QString* problem);
    // The same from the GUI's column chooser: lower-case heading -> column,
    // an empty column meaning the heading is left unread. Replaces any
    // mapping set before; false, with why, when it names a column that does
    // not exist.
    bool setMapping(const QHash<QString, QString>& headingToColumn, QString* problem);
    // Every column an import reads: CaseCsv's and the import's own (action).
    static QStringList columns();
    // What the signed-in role must be allowed for run() (as `cases import`
    // is checked), so a screen offers the import only to those roles.
    static QList<Action> requiredActions();

    // Reads and checks the file; stores nothing (the dry run).
    StoreError check(const QByteArray& data, const QDate& today, CaseImportReport* report) const;
    // Checks, then stores every case in one transaction: the case at its
    // stage with its dates, a timeline entry for each past event dated as in
    // the file and marked imported (naming the file and its SHA-256), and its
    // deadlines computed. A row whose `action` column says update changes the
    // case it matches instead (the same reference, or else the same child and
    // date of birth): its intake facts through the case correction path, its
    // stage moved forward with the dates it adds, those events and any new
    // certificate on the timeline, its deadlines computed again. Nothing is
    // stored when report->problems or report->duplicates is not empty.
    StoreError run(const QByteArray& data, const QString& fileName, const QDate& today,
                   CaseImportReport* report);

private:
    // The rows CaseImportReader read and checked, into the open transaction.
    StoreError store(const QList<CaseImportRow>& rows, std::optional<qint64> author, const QString& marked,
                     const QDate& today, CaseImportReport* report);
    StoreError keepReference(qint64 caseId, const QString& numbered, const QString& kept);

    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
    QHash<QString, QString> m_mapping; // lower-case heading -> standard column
};
