#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The folder of automatic backups beside an SQLite database: which backups
// are there, whether today's is still to be made, and which old ones go.
//
// A backup of /data/commonground.sqlite made at 17:05:01 UTC on 14 March 2025
// is /data/backups/commonground-20250314T170501Z.sqlite. The time in the name
// is the only clock consulted: "now" is always passed in.
class BackupRotation
{
public:
    static constexpr int kKeep = 7;

    struct Entry
    {
        QString path;
        QDateTime takenAt; // UTC, from the name
    };

    explicit BackupRotation(const QString& databasePath);

    const QString& directory() const { return m_directory; }
    // Where a backup taken at this instant goes.
    QString pathFor(const QDateTime& takenAt) const;
    // The automatic backups of this database, newest first. Other files in
    // the folder (another database's backups, anything else) are ignored.
    QList<Entry> backups() const;
    // True unless a backup was already taken on the same (UTC) day as now.
    bool isDue(const QDateTime& now) const;
    // Deletes all but the newest kKeep backups, and any half-written copy
    // left by an interrupted backup. Returns the paths deleted.
    QStringList prune(int keep = kKeep) const;

private:
    QString m_directory;
    QString m_baseName;
};
