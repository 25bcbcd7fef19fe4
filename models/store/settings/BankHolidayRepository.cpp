#include "store/settings/BankHolidayRepository.h"

#include "rules/IsoDate.h"
#include "store/access/AccessGuard.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

BankHolidayRepository::BankHolidayRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError BankHolidayRepository::load(BankHolidayCalendar* calendar, bool* fromDatabase) const
{
    StoreQuery query(m_db);
    query.setForwardOnly(true);
    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT holiday_date, title, projected FROM bank_holidays ORDER BY holiday_date"),
            QStringLiteral("Could not read the bank holidays")))
        return error;
    QMap<QDate, QString> holidays;
    QList<int> projected; // a year with any projected day is projected (section 4)
    while (query.next()) {
        // PostgreSQL hands back a QDate, SQLite the ISO text it stored.
        const QVariant value = query.value(0);
        const QDate date =
            value.metaType().id() == QMetaType::QDate ? value.toDate() : IsoDate::parse(value.toString());
        if (!date.isValid())
            return StoreError(
                StoreError::Kind::Constraint,
                QStringLiteral("The bank holidays in the database hold a date that cannot be read "
                               "(\"%1\"). Import the bank holiday file again.")
                    .arg(value.toString()));
        holidays.insert(date, query.value(1).toString());
        if (query.value(2).toInt() != 0 && !projected.contains(date.year()))
            projected << date.year();
    }
    const bool stored = !holidays.isEmpty();
    *calendar = stored ? BankHolidayCalendar(std::move(holidays), std::move(projected))
                       : BankHolidayCalendar::shipped();
    if (fromDatabase)
        *fromDatabase = stored;
    return {};
}

StoreError BankHolidayRepository::replaceAll(const BankHolidayCalendar& calendar)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    // An empty list would silently fall back to the shipped calendar.
    if (calendar.isEmpty())
        return StoreError(StoreError::Kind::Constraint,
                          QStringLiteral("There are no bank holidays to store."));
    const QString context = QStringLiteral("Could not store the bank holidays");
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        StoreQuery query(m_db);
        if (StoreError error = query.execDirect(QStringLiteral("DELETE FROM bank_holidays"), context))
            return error;
        if (!query.prepare(QStringLiteral(
                "INSERT INTO bank_holidays (holiday_date, title, projected) VALUES (?, ?, ?)")))
            return query.error(context);
        const QMap<QDate, QString>& holidays = calendar.publishedHolidays();
        for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
            // ISO text binds the same way on both engines; PostgreSQL casts it to DATE.
            query.bind(IsoDate::format(it.key()), it.value(), calendar.isProjected(it.key().year()) ? 1 : 0);
            if (StoreError error = query.exec(context))
                return error;
        }
        return {};
    });
}

StoreError BankHolidayRepository::merge(const BankHolidayCalendar& imported, BankHolidayCalendar* result)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    BankHolidayCalendar current;
    if (StoreError error = load(&current))
        return error;
    const BankHolidayCalendar merged = current.mergedWith(imported);
    if (StoreError error = replaceAll(merged))
        return error;
    if (result)
        *result = merged;
    return {};
}
