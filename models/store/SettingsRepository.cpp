#include "store/SettingsRepository.h"

#include "rules/Permissions.h"
#include "store/AccessGuard.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

SettingsRepository::SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError SettingsRepository::text(const QString& key, const QString& fallback, QString* value) const
{
    *value = fallback;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the settings"));
    if (query.next())
        *value = query.value(0).toString();
    return {};
}

StoreError SettingsRepository::setText(qint64 actorId, const QString& key, const QString& value)
{
    if (StoreError error = AccessGuard(m_db).require(actorId, Action::ManageSettings))
        return error;
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    remove.addBindValue(key);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(value);
    if (!remove.exec())
        return StoreError::fromSql(remove.lastError(), QStringLiteral("Could not change the setting"));
    if (!insert.exec())
        return StoreError::fromSql(insert.lastError(), QStringLiteral("Could not change the setting"));
    return transaction.commit();
}

StoreError SettingsRepository::screenLockMinutes(int* minutes) const
{
    *minutes = kDefaultScreenLockMinutes;
    QString value;
    if (StoreError error = text(kScreenLockMinutes, QString(), &value))
        return error;
    bool ok = false;
    const int stored = value.toInt(&ok);
    if (ok && stored >= 1 && stored <= 240)
        *minutes = stored;
    return {};
}

StoreError SettingsRepository::setScreenLockMinutes(qint64 actorId, int minutes)
{
    if (minutes < 1 || minutes > 240)
        return StoreError(StoreError::Kind::Invalid,
                          QCoreApplication::translate("SettingsRepository",
                                                      "The screen lock needs between 1 and 240 minutes."));
    return setText(actorId, kScreenLockMinutes, QString::number(minutes));
}
