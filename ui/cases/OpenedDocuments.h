#pragma once

#include <QByteArray>
#include <QString>

// Where a document filed on a case is put to be opened by the desktop's own
// program: a private folder (owner only) made once per run, each file in it
// readable by the user alone (0600), all removed when the program ends, so
// that a family's papers do not stay behind in the shared temporary folder.
namespace OpenedDocuments {

// Writes `bytes` as `fileName` (its extension kept, so the desktop knows the
// program) and returns the path; empty after setting `error`.
QString write(qint64 documentId, const QString& fileName, const QByteArray& bytes, QString* error);

// The folder the files go in (made on first use); empty when it cannot be made.
QString folder();

} // namespace OpenedDocuments
