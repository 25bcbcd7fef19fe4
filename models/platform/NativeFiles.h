#pragma once

#include <QByteArray>
#include <QString>

// The few calls on files that differ between operating systems, behind one
// portable seam: NativeFilesPosix.cpp (Linux, macOS) and
// NativeFilesWindows.cpp; the build picks one. Everything else in the
// program reaches the disk through Qt or through PrivateFile, which builds on
// these. Owner-only means mode 0600/0700 on POSIX and, on Windows, an access
// control list granting the file's owner alone (no inherited entries).
namespace NativeFiles {

// How many of `size` bytes at `offset` the disk takes, or -1 with errno set
// (ENOSPC for a full disk): a test stands in for the disk with one.
using WriteFault = qint64 (*)(qint64 offset, qint64 size);

// Creates `path` (or truncates a leftover, making it owner-only again),
// writes all of `data`, flushes it to the disk and closes it. On failure
// *error says why in the system's words and the file may be left behind: the
// caller removes it.
bool writeOwnerOnly(const QString& path, const QByteArray& data, WriteFault fault, QString* error);
// Puts `from` in the place of `to` in one step, replacing any file there.
bool replace(const QString& from, const QString& to, QString* error);
// Makes one folder, owner-only; an existing one is not an error.
bool makeOwnerOnlyFolder(const QString& path, QString* error);
// Makes a written file's contents, and then its name in its folder, durable.
bool syncToDisk(const QString& path);
// Whether this user may write to the file or folder, seeing read-only mounts too.
bool canWrite(const QString& path);

} // namespace NativeFiles
