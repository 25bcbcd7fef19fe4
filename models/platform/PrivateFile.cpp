#include "platform/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <atomic>

namespace {
std::atomic<NativeFiles::WriteFault> g_fault{nullptr};

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

void PrivateFile::setWriteFaultForTesting(NativeFiles::WriteFault fault)
{
    g_fault.store(fault);
}

bool PrivateFile::write(const QString& path, const QByteArray& data, QString* error)
{
    if (path.isEmpty())
        return fail(error, QStringLiteral("no file name was given"));
    if (QFileInfo(path).isDir())
        return fail(error, QStringLiteral("it is a folder; name a file"));
    const QString partial = path + QStringLiteral(".partial");
    if (!NativeFiles::writeOwnerOnly(partial, data, g_fault.load(), error) ||
        !NativeFiles::replace(partial, path, error)) {
        QFile::remove(partial);
        return false;
    }
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
        QString reason;
        if (!NativeFiles::makeOwnerOnlyFolder(folder, &reason))
            return fail(error, QStringLiteral("could not create the folder %1: %2")
                                   .arg(QDir::toNativeSeparators(folder), reason));
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
