#pragma once

#include <QString>

// What may be filed on a case (issue 17 point 1): a file that is not empty
// and at most kMaxBytes, so that the database, a backup and a subject access
// export stay a size people can handle. The schema's CHECK says the same.
class CaseDocumentRules
{
public:
    static constexpr qint64 kMaxBytes = 25 * 1024 * 1024;

    // Empty when a file of `sizeBytes` may be filed; otherwise a sentence
    // naming the file, its size and the limit.
    static QString sizeProblem(const QString& fileName, qint64 sizeBytes);
    // "12.3 MB", "4.0 KB", "17 bytes": sizes as people read them (1 MB =
    // 1024 KB, as the limit is counted).
    static QString sizeText(qint64 sizeBytes);
    // The title a document takes when none is given: the file's name
    // without its folder, trimmed to what the schema allows.
    static QString defaultTitle(const QString& fileName);
    static constexpr int kMaxTitleLength = 200;
};
