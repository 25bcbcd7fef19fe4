#pragma once

#include "platform/NativeFiles.h"

#include <QByteArray>
#include <QString>

// Every file the program writes holds personal data about children (exports,
// PDFs, calendars, subject access files, backups), so each is written the
// same way: complete or absent, and readable by its owner only.
//
// write() puts the bytes in PATH.partial (created owner-only; a leftover from
// a killed run is reused), checks every write, flushes it to the disk, and
// only then renames it over PATH (NativeFiles does the system's part). On any failure the partial file is
// removed, an earlier file at PATH is left as it was, and *error says why ("No space left on device"). Qt's
// QSaveFile is not used: Qt 6.4 loses the error of a write it buffered for a small file and reports success.
class PrivateFile
{
public:
    static bool write(const QString& path, const QByteArray& data, QString* error);
    // Makes the folder (and any missing parents) owner-only when it has to
    // create it; an existing folder is left as it is.
    static bool makeFolder(const QString& path, QString* error);
    // Removes PATTERN matches (such as "name*.partial") in the folder that
    // nothing has written to for `idleSeconds`, so that a run still writing
    // keeps its file. Returns how many went.
    static int removeLeftovers(const QString& folder, const QString& pattern, int idleSeconds);

    // Tests make the disk fail as a full one would; nullptr restores it.
    static void setWriteFaultForTesting(NativeFiles::WriteFault fault);
};
