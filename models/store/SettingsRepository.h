#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QString>

// The office's settings in the database (the settings table), shared by every
// desk. Anybody reads them; only administrators change them.
class SettingsRepository
{
public:
    // Minutes of inactivity before the screen locks.
    static inline const QString kScreenLockMinutes = QStringLiteral("screen_lock_minutes");
    static constexpr int kDefaultScreenLockMinutes = 15;

    explicit SettingsRepository(QSqlDatabase db);

    // `fallback` when the key is not set.
    StoreError text(const QString& key, const QString& fallback, QString* value) const;
    StoreError setText(qint64 actorId, const QString& key, const QString& value);

    // The screen lock in minutes (1 to 240; the default when unset or unreadable).
    StoreError screenLockMinutes(int* minutes) const;
    StoreError setScreenLockMinutes(qint64 actorId, int minutes);

private:
    QSqlDatabase m_db;
};
