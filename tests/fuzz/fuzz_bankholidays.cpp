// libFuzzer: the bank-holidays JSON reader (BankHolidayFile::parse) on any
// bytes. Beyond not crashing: a refused file leaves the calendar as it was,
// and a refusal always says what is wrong.
#include "rules/BankHolidayCalendar.h"
#include "rules/BankHolidayFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    BankHolidayCalendar calendar;
    BankHolidayFile::Error error;
    if (!BankHolidayFile::parse(bytes, &calendar, &error)) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    // Asking about any day of a read calendar is safe.
    const QDate day(2026, 12, 25);
    (void)calendar.isWorkingDay(day);
    (void)calendar.covers(day.year());
    return 0;
}
