#include "platform/NativeFiles.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr mode_t kFileMode = 0600;
constexpr mode_t kFolderMode = 0700;

bool fail(QString* error, int code)
{
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(code));
    return false;
}

// Some filesystems refuse fsync on folders; the folder's entry is then as
// durable as the filesystem makes it, which is not worth failing a write for.
void syncFolderOf(const QString& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

bool NativeFiles::writeOwnerOnly(const QString& path, const QByteArray& data, WriteFault fault,
                                 QString* error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, kFileMode);
    if (fd < 0)
        return fail(error, errno);
    auto abandon = [&](int code) {
        ::close(fd);
        return fail(error, code);
    };
    // A reused leftover keeps the mode it was made with: make it owner-only.
    if (::fchmod(fd, kFileMode) != 0)
        return abandon(errno);
    const char* next = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        qint64 allowed = left;
        if (fault) {
            allowed = fault(next - data.constData(), left);
            if (allowed < 0)
                return abandon(errno);
        }
        const ssize_t written = allowed == 0 ? 0 : ::write(fd, next, static_cast<size_t>(allowed));
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
    if (::close(fd) != 0)
        return fail(error, errno);
    return true;
}

bool NativeFiles::replace(const QString& from, const QString& to, QString* error)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(error, errno);
    syncFolderOf(to);
    return true;
}

bool NativeFiles::makeOwnerOnlyFolder(const QString& path, QString* error)
{
    if (::mkdir(QFile::encodeName(path).constData(), kFolderMode) != 0 && errno != EEXIST)
        return fail(error, errno);
    return true;
}

bool NativeFiles::syncToDisk(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int folderFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd < 0)
        return ok;
    const bool folderOk = ::fsync(folderFd) == 0;
    ::close(folderFd);
    return ok && folderOk;
}

bool NativeFiles::canWrite(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}
