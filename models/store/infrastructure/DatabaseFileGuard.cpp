#include "store/infrastructure/DatabaseFileGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace {
QByteArray probeFilesystem(const QString& directory)
{
    return QStorageInfo(directory).fileSystemType();
}

// The nearest folder that exists: a new database's own folder may not exist yet.
QString existingDirectoryOf(const QString& path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && !dir.isRoot())
        dir.setPath(QFileInfo(dir.absolutePath()).absolutePath());
    return dir.absolutePath();
}
} // namespace

DatabaseFileGuard::DatabaseFileGuard() : m_probe(probeFilesystem) {}

DatabaseFileGuard::DatabaseFileGuard(FilesystemProbe probe) : m_probe(std::move(probe)) {}

bool DatabaseFileGuard::isNetworkFilesystem(const QByteArray& filesystemType)
{
    const QByteArray type = filesystemType.toLower();
    static const QByteArrayList network = {
        "nfs", "nfs4",  "cifs", "smb",       "smb2",           "smb3",  "smbfs",       "fuse.sshfs", "9p",
        "afs", "ncpfs", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "lustre"};
    return network.contains(type);
}

bool DatabaseFileGuard::hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

StoreError DatabaseFileGuard::check(const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const QByteArray fsType = m_probe(existingDirectoryOf(path));
    if (isNetworkFilesystem(fsType)) {
        return StoreError(StoreError::Kind::NetworkFilesystem,
                          QStringLiteral("%1 is on a network drive (%2). An SQLite database there can be "
                                         "corrupted when two desks use it at once. Keep the file on this "
                                         "computer, or share the cases through a PostgreSQL server instead.")
                              .arg(shown, QString::fromLatin1(fsType)));
    }
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return StoreError(StoreError::Kind::NotADatabase,
                          QStringLiteral("%1 is a folder, not a database file.").arg(shown));
    if (!info.isReadable())
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("%1 cannot be read: check its permissions.").arg(shown));
    if (info.size() > 0 && !hasSqliteHeader(path)) {
        return StoreError(StoreError::Kind::NotADatabase,
                          QStringLiteral("%1 is not a Common Ground database (it is not an SQLite file). "
                                         "It has been left as it is. Choose another file, or create a new "
                                         "database.")
                              .arg(shown));
    }
    return {};
}
