#pragma once

#include "store/infrastructure/StoreError.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A subject access request (UK GDPR article 15): everything the database
// holds about one person, as JSON (sections in a fixed order, keys sorted,
// ISO dates) and as a readable PDF (SubjectAccessPdf). For a case, the person
// is the family: the case, the child and parent, the timeline, invitees and
// their pre-meeting calls, meetings with their actions, copies and changes,
// and the certificates' register rows and content. For a directory contact:
// the contact, the cases and invitations that name them, their pre-meeting
// calls, conflicts of interest, and the user account with the same email if
// any. Certificates' stored PDFs, and the documents filed on the case (their
// metadata in the JSON, each file as filed: BASE-document-ID.EXT), are
// written beside the export; password
// hashes are never exported (they say nothing about the person and would
// help an attacker). Reading needs Action::SeeAllCases.
class SubjectAccessExport
{
public:
    explicit SubjectAccessExport(QSqlDatabase db);

    StoreError forCase(qint64 caseId, QJsonObject* document) const;
    StoreError forContact(qint64 contactId, QJsonObject* document) const;

    // Writes BASE.json, BASE.pdf and each stored certificate PDF
    // (BASE-NUMBER.pdf) into `folder`; `written` lists the files.
    StoreError writeFiles(const QJsonObject& document, const QString& folder, const QString& baseName,
                          QStringList* written) const;

    // The JSON text: indented, keys sorted, the same bytes for the same data.
    static QByteArray jsonText(const QJsonObject& document);

private:
    QSqlDatabase m_db;
};
