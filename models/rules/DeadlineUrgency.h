#pragma once

#include "rules/BankHolidayCalendar.h"

#include <QDate>
#include <QString>

// How pressing a deadline is today, said in words as well as by colour
// (colour alone fails colour-blind users): overdue, due within 2 working
// days, or later.
class DeadlineUrgency
{
public:
    enum class Level
    {
        None,    // no deadline
        Later,   // more than 2 working days left
        DueSoon, // today, or within 2 working days
        Overdue, // the day has passed
    };

    static constexpr int kDueSoonWorkingDays = 2;

    // Working days from today to the deadline (today not counted; 0 when it
    // is today), negative when it has passed.
    static int workingDaysLeft(const BankHolidayCalendar& calendar, const QDate& today,
                               const QDate& deadline);
    static Level level(const BankHolidayCalendar& calendar, const QDate& today, const QDate& deadline);
    // "Overdue by 3 working days", "Due today", "1 working day left", "7 working days left".
    static QString describe(const BankHolidayCalendar& calendar, const QDate& today, const QDate& deadline);
};
