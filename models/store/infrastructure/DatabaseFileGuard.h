#pragma once

#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QString>
#include <functional>

// Checks an SQLite path before anything opens it, so that a wrong file is
// refused with a clear message and left exactly as it was.
class DatabaseFileGuard
{
public:
    // Returns the filesystem type of the folder a path lives in ("ext4", "cifs", ...).
    using FilesystemProbe = std::function<QByteArray(const QString& directory)>;

    DatabaseFileGuard();
    explicit DatabaseFileGuard(FilesystemProbe probe);

    // No error when the path may be opened (an SQLite file, or nothing there yet).
    StoreError check(const QString& path) const;

    // SQLite's locking is unreliable over SMB/CIFS and NFS: a shared office
    // must use PostgreSQL instead.
    static bool isNetworkFilesystem(const QByteArray& filesystemType);
    static bool hasSqliteHeader(const QString& path);

private:
    FilesystemProbe m_probe;
};
