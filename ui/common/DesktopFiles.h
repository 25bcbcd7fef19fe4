#pragma once

#include <QByteArray>
#include <QString>

// Files the program hands to another program of the desktop (a document
// filed on a case to its viewer, an email draft to the mail program):
// written into a private folder made once per run (owner only), each file
// readable by the user alone (0600), all removed when the program ends, so
// that a family's papers do not stay behind in the shared temporary folder.
// Tests see what is opened through QDesktopServices::setUrlHandler("file").
namespace DesktopFiles {

// Writes `data` as `fileName` (without any folder it may claim; its
// extension kept, so the desktop knows the program) and returns the path;
// empty with *problem (for a person) when it was not written.
QString write(const QString& fileName, const QByteArray& data, QString* problem);
// The folder the files go in (made on first use); empty when it cannot be made.
QString folder();
// Opens `path` with the desktop's program for its type; false when none would.
bool open(const QString& path);

} // namespace DesktopFiles
