#pragma once

#include "domain/CaseDocument.h"
#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

// The documents filed on a case (schema 26, case_documents; issue 17 point
// 1). Filing one is a case edit (Action::EditCases, a mediator only on their
// own cases); removing one is for supervisors (Action::RemoveDocuments). The
// database's audit trail records each addition and removal with the
// metadata and hash (never the bytes), and content() records every open and
// export as an event. Lists never carry the bytes.
class CaseDocumentRepository
{
public:
    explicit CaseDocumentRepository(QSqlDatabase db);

    // Why the bytes are read: the audit event each records.
    enum class Use
    {
        Open,   // shown on this computer ('open')
        Export, // saved elsewhere or written out by the command line ('export')
    };

    // Reads the file at `path` and files it on the case. `title` empty: the
    // file's name. Refused (nothing written) when the file cannot be read,
    // is empty, or is larger than CaseDocumentRules::kMaxBytes, in a sentence
    // that names the file, its size and the limit.
    StoreError addFile(qint64 caseId, const QString& path, const QString& title, CaseDocument* added);
    // Files `content` under `fileName` (a name, not a path). Sets every field
    // of `added`. Joins a write transaction open on the connection.
    StoreError add(qint64 caseId, const QString& fileName, const QString& title, const QByteArray& content,
                   CaseDocument::Source source, CaseDocument* added);

    // A filed document attached to an email draft for the mail program: an
    // export on the audit trail and an Email entry, `summary`, on its case's
    // timeline, written together.
    StoreError recordEmailed(const CaseDocument& document, std::optional<qint64> authorId,
                             const QString& summary);

    // Newest first, metadata only.
    StoreError listForCase(qint64 caseId, QList<CaseDocument>* documents) const;
    StoreError find(qint64 id, CaseDocument* document) const;
    // The stored bytes, checked against their SHA-256, and the audit event
    // of `use` recorded. `document` (optional) gets the metadata.
    StoreError content(qint64 id, Use use, QByteArray* bytes, CaseDocument* document = nullptr);
    StoreError remove(qint64 id);

private:
    QSqlDatabase m_db;
};
