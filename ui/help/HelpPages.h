#pragma once

#include "rules/BankHolidayCalendar.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The program's help, shown in the program: pages shipped as resources
// (":/help/NAME.html"), with the parts that must agree with the code written
// from the code when a page is shown, so that they cannot drift from it:
// who may do what (Permissions), each deadline worked through on an example
// by DeadlineCalculator itself, and the contact CSV's columns (ContactCsv).
class HelpPages
{
public:
    explicit HelpPages(BankHolidayCalendar calendar);

    // Every page, "contents" first.
    static QStringList names();
    // The page as HTML; empty for a name that is not a page.
    QString html(const QString& name) const;

    // The day the deadline examples start from.
    static QDate exampleDay() { return QDate(2026, 12, 14); }

private:
    QString rolesTable() const;
    QString deadlineExamples() const;
    static QString contactColumns();

    BankHolidayCalendar m_calendar;
};
