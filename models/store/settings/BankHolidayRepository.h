#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>

// The office's bank holiday calendar, kept in the database so every desk
// counts working days alike. While none has been imported, the calendar
// shipped with the program is used.
class BankHolidayRepository
{
public:
    explicit BankHolidayRepository(QSqlDatabase db);

    // The stored calendar, or the shipped one when the table is empty;
    // *fromDatabase (optional) says which.
    StoreError load(BankHolidayCalendar* calendar, bool* fromDatabase = nullptr) const;
    // Replaces every stored holiday with the calendar's, in one write
    // transaction: on any failure the calendar in use is kept.
    StoreError replaceAll(const BankHolidayCalendar& calendar);

private:
    QSqlDatabase m_db;
};
