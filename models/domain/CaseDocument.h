#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// A file filed on a case (schema 26, case_documents): its metadata only. The
// bytes are read on their own (CaseDocumentRepository::content), so that a
// list of a case's documents never carries them.
struct CaseDocument
{
    enum class Source
    {
        Added,     // a person attached it (a decision notice, a plan, a letter received)
        Generated, // the program filed a copy of a letter or certificate it made
    };

    qint64 id = 0;
    qint64 caseId = 0;
    QString title;
    QString fileName; // the name the file had, without its folder
    QString mimeType; // detected from the bytes, not from the name
    qint64 sizeBytes = 0;
    QString sha256; // lowercase hex
    Source source = Source::Added;
    std::optional<qint64> addedById;
    QString addedByName;
    QDateTime addedAt;
};
