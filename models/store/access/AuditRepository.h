#pragma once

#include "domain/AuditEntry.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The audit trail: reads it, and records the events that are not row changes
// (row changes are recorded by the database's own triggers, see
// AuditTriggers). The trail is append-only; the one change the database
// allows is redact().
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db);

    // Events by the connection's actor. `detail` must not hold personal data
    // (a certificate number is fine, a file name is not, except the one a
    // case import names, which the issue asks the record to keep).
    StoreError record(const QString& action, const QString& table, const QString& recordId,
                      const QString& detail = {});
    StoreError recordCaseOpened(qint64 caseId);
    StoreError recordCertificatePrinted(qint64 certificateId, const QString& number);
    StoreError recordCertificateExported(qint64 certificateId, const QString& number);
    // A case import (`cases import`, issue 20): the file's name (without its
    // folder: the file names what was imported, as the timeline entries do),
    // its SHA-256 and how many cases it made. Call it in the import's
    // transaction, so that the record and the cases stand or fall together.
    // `cases` counts those it made, `updated` the cases already here that
    // rows whose action said update changed.
    StoreError recordCaseImport(const QString& fileName, const QString& sha256, int cases, int updated = 0);

    // Rows matching `filter`, oldest first unless it asks otherwise. Needs ViewAudit.
    StoreError list(const AuditFilter& filter, QList<AuditEntry>* entries) const;

    // For anonymisation: removes the old and new values of every row about
    // these records (keeping who, when and which field) and records one
    // 'anonymise' row per record. Call it after the anonymising updates, in
    // their transaction, so that their own audit rows are redacted too. The
    // caller checks that the actor may anonymise.
    StoreError redact(const QString& table, const QList<qint64>& recordIds);
    StoreError redact(const QString& table, const QStringList& recordKeys);

    static QStringList eventActions()
    {
        return {QStringLiteral("open"), QStringLiteral("print"), QStringLiteral("export"),
                QStringLiteral("import")};
    }

private:
    QSqlDatabase m_db;
};
