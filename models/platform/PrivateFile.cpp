#include "platform/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
std::atomic<PrivateFile::WriteFunction> g_write{nullptr};

QString reason(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// The folder's entry for the new name is durable too; a failure here is not
// worth failing the write for (some filesystems refuse fsync on folders).
void syncFolderOf(const QByteArray& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(QFile::decodeName(path)).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

void PrivateFile::setWriteFunctionForTesting(WriteFunction function)
{
    g_write.store(function);
}

bool PrivateFile::write(const QString& path, const QByteArray& data, QString* error)
{
    if (path.isEmpty())
        return fail(error, QStringLiteral("no file name was given"));
    if (QFileInfo(path).isDir())
        return fail(error, QStringLiteral("it is a folder; name a file"));
    const QByteArray target = QFile::encodeName(path);
    const QByteArray partial = target + ".partial";
    const int fd =
        ::open(partial.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, kFileMode);
    if (fd < 0)
        return fail(error, reason(errno));
    auto abandon = [&](int code) {
        ::close(fd);
        ::unlink(partial.constData());
        return fail(error, reason(code));
    };
    // A reused leftover keeps the mode it was made with: make it owner-only.
    if (::fchmod(fd, kFileMode) != 0)
        return abandon(errno);
    const WriteFunction writeFunction = g_write.load();
    const char* next = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = writeFunction ? writeFunction(fd, next, static_cast<size_t>(left))
                                              : ::write(fd, next, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return abandon(errno);
        if (written == 0)
            return abandon(ENOSPC);
        next += written;
        left -= written;
    }
    // A full disk can also show only here (delayed allocation, network filesystems).
    if (::fsync(fd) != 0)
        return abandon(errno);
    if (::close(fd) != 0) {
        const int code = errno;
        ::unlink(partial.constData());
        return fail(error, reason(code));
    }
    if (::rename(partial.constData(), target.constData()) != 0) {
        const int code = errno;
        ::unlink(partial.constData());
        return fail(error, reason(code));
    }
    syncFolderOf(target);
    return true;
}

bool PrivateFile::makeFolder(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    if (info.exists())
        return fail(error, QStringLiteral("%1 is a file, not a folder").arg(QDir::toNativeSeparators(path)));
    // Each missing level is made owner-only, from the top down.
    QStringList missing;
    QString current = info.absoluteFilePath();
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& folder : missing) {
        const QByteArray name = QFile::encodeName(folder);
        if (::mkdir(name.constData(), kFolderMode) != 0 && errno != EEXIST)
            return fail(error, QStringLiteral("could not create the folder %1: %2")
                                   .arg(QDir::toNativeSeparators(folder), reason(errno)));
    }
    return true;
}

int PrivateFile::removeLeftovers(const QString& folder, const QString& pattern, int idleSeconds)
{
    const QDir dir(folder);
    const QDateTime idleSince = QDateTime::currentDateTimeUtc().addSecs(-idleSeconds);
    int removed = 0;
    for (const QFileInfo& leftover :
         dir.entryInfoList({pattern}, QDir::Files | QDir::Hidden | QDir::System)) {
        if (leftover.lastModified().toUTC() > idleSince)
            continue;
        if (QFile::remove(leftover.absoluteFilePath()))
            ++removed;
    }
    return removed;
}
