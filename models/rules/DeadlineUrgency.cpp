#include "rules/DeadlineUrgency.h"

#include <QCoreApplication>

int DeadlineUrgency::workingDaysLeft(const BankHolidayCalendar& calendar, const QDate& today,
                                     const QDate& deadline)
{
    if (!deadline.isValid() || !today.isValid())
        return 0;
    const int sign = deadline >= today ? 1 : -1;
    const QDate from = sign > 0 ? today : deadline;
    const QDate to = sign > 0 ? deadline : today;
    // Count the working days after `from` up to and including `to`. A long
    // span is cut short: the exact count past a year changes nothing shown.
    int count = 0;
    const QDate last = std::min(to, from.addDays(400));
    for (QDate day = from.addDays(1); day <= last; day = day.addDays(1)) {
        if (calendar.isWorkingDay(day))
            ++count;
    }
    return sign * count;
}

DeadlineUrgency::Level DeadlineUrgency::level(const BankHolidayCalendar& calendar, const QDate& today,
                                              const QDate& deadline)
{
    if (!deadline.isValid())
        return Level::None;
    if (deadline < today)
        return Level::Overdue;
    return workingDaysLeft(calendar, today, deadline) <= kDueSoonWorkingDays ? Level::DueSoon : Level::Later;
}

QString DeadlineUrgency::describe(const BankHolidayCalendar& calendar, const QDate& today,
                                  const QDate& deadline)
{
    if (!deadline.isValid())
        return {};
    if (deadline == today)
        return QCoreApplication::translate("DeadlineUrgency", "Due today");
    const int left = workingDaysLeft(calendar, today, deadline);
    if (deadline < today) {
        const int late = -left;
        if (late == 0)
            return QCoreApplication::translate("DeadlineUrgency", "Overdue");
        // Singular and plural spelled out: the CLI loads no translation.
        if (late == 1)
            return QCoreApplication::translate("DeadlineUrgency", "Overdue by 1 working day");
        return QCoreApplication::translate("DeadlineUrgency", "Overdue by %1 working days").arg(late);
    }
    if (left == 1)
        return QCoreApplication::translate("DeadlineUrgency", "1 working day left");
    return QCoreApplication::translate("DeadlineUrgency", "%1 working days left").arg(left);
}
