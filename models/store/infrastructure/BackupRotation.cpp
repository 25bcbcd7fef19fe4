#include "store/infrastructure/BackupRotation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
const QString kSuffix = QStringLiteral(".sqlite");
} // namespace

BackupRotation::BackupRotation(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    m_directory = database.absoluteDir().filePath(QStringLiteral("backups"));
    m_baseName = database.completeBaseName();
}

QString BackupRotation::pathFor(const QDateTime& takenAt) const
{
    return QDir(m_directory)
        .filePath(m_baseName + QLatin1Char('-') + takenAt.toUTC().toString(kStampFormat) + kSuffix);
}

QList<BackupRotation::Entry> BackupRotation::backups() const
{
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(m_baseName) +
                                     QStringLiteral("-(\\d{8}T\\d{6}Z)") +
                                     QRegularExpression::escape(kSuffix) + QLatin1Char('$'));
    QList<Entry> found;
    const QDir dir(m_directory);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QString stamp = match.captured(1);
        const QDate date = QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd"));
        const QTime time = QTime::fromString(stamp.mid(9, 6), QStringLiteral("HHmmss"));
        if (!date.isValid() || !time.isValid())
            continue;
        found.append({dir.filePath(name), QDateTime(date, time, Qt::UTC)});
    }
    std::sort(found.begin(), found.end(),
              [](const Entry& a, const Entry& b) { return a.takenAt > b.takenAt; });
    return found;
}

bool BackupRotation::isDue(const QDateTime& now) const
{
    const QList<Entry> existing = backups();
    if (existing.isEmpty())
        return true;
    return existing.constFirst().takenAt.date() != now.toUTC().date();
}

QStringList BackupRotation::prune(int keep) const
{
    QStringList deleted;
    const QList<Entry> existing = backups();
    for (qsizetype i = keep; i < existing.size(); ++i) {
        if (QFile::remove(existing.at(i).path))
            deleted.append(existing.at(i).path);
    }
    // SqliteBackup writes to NAME.partial first; an interrupted one leaves it.
    const QDir dir(m_directory);
    const QStringList partials =
        dir.entryList({m_baseName + QStringLiteral("-*") + kSuffix + QStringLiteral(".partial")},
                      QDir::Files | QDir::Hidden);
    for (const QString& name : partials) {
        if (QFile::remove(dir.filePath(name)))
            deleted.append(dir.filePath(name));
    }
    return deleted;
}
