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
    // What an import does: the calendar in use (the stored one, or the shipped
    // one while none is stored) with `imported` merged in
    // (BankHolidayCalendar::mergedWith), so a file of a few years never
    // drops the others. *result (optional) receives the calendar now in use.
    StoreError merge(const BankHolidayCalendar& imported, BankHolidayCalendar* result = nullptr);

private:
    QSqlDatabase m_db;
};
