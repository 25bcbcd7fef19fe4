#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// The England and Wales working-day calendar: the bank holidays published by
// the UK government (data the user can update, never a formula alone), and
// for any year the published list does not cover, the standard rules, with
// every such date flagged as provisional.
//
// Working day (rules/README.md section 4): any day except Saturday, Sunday,
// Christmas Day, Good Friday and a bank holiday in England.
class BankHolidayCalendar
{
public:
    // Covers no year: every date is computed and provisional.
    BankHolidayCalendar() = default;
    // Date -> title. A year is covered when the list holds all of its
    // holidays (BankHolidayCoverage); a year it holds only some of is worked
    // out from the standard rules with the listed days added, so a partial
    // list never makes a bank holiday a working day.
    //
    // `projectedYears` are years the list covers by projection (the standard
    // rules), not by the government's announcement (rules/README.md section
    // 4, "announced and projected years"): their dates are used, and every
    // deadline that looks at them is provisional all the same. A projected
    // year the list does not cover is ignored (it is provisional anyway).
    explicit BankHolidayCalendar(QMap<QDate, QString> holidays, QList<int> projectedYears = {});

    // The calendar compiled into the program (":/bank-holidays.json").
    static const BankHolidayCalendar& shipped();

    const QMap<QDate, QString>& publishedHolidays() const { return m_holidays; }
    bool isEmpty() const { return m_holidays.isEmpty(); }
    bool covers(int year) const;
    QList<int> coveredYears() const;
    // Covered years whose list is a projection rather than announced.
    const QList<int>& projectedYears() const { return m_projected; }
    bool isProjected(int year) const;
    // Covered by the government's announcement: covered and not projected.
    bool isAnnounced(int year) const { return covers(year) && !isProjected(year); }
    // "2018 to 2030", or "no year" for an empty calendar; gaps are listed.
    // Projected years are named: "2018 to 2030 (2028 to 2030 projected)".
    QString coverageDescription() const;
    // "2018 to 2027", or "no year": the years announced by the government.
    QString announcedDescription() const;
    // True when the date's year is not covered, so its holidays are computed,
    // or is covered only by projection (section 4).
    bool isProvisional(const QDate& date) const { return !isAnnounced(date.year()); }

    // This calendar with a newer list merged in: each year the newer list
    // covers is replaced by its days; a year it holds only some days of
    // keeps what was there and gains them. Other years stay as they were.
    // A year the newer list covers is projected only when the newer list
    // says so (an import of the government's file makes a year announced).
    BankHolidayCalendar mergedWith(const BankHolidayCalendar& newer) const;
    // The years the list holds days of without covering them.
    QList<int> partialYears() const;

    // The year's holidays: published, or computed when the year is not covered
    // (with any day the list holds for it).
    QMap<QDate, QString> holidaysIn(int year) const;
    // The title of the bank holiday on that date; empty when it is none.
    QString holidayOn(const QDate& date) const;
    bool isWorkingDay(const QDate& date) const;
    // Why a day is not a working day ("Saturday", "bank holiday: Easter
    // Monday"); empty for a working day.
    QString nonWorkingReason(const QDate& date) const;

    bool operator==(const BankHolidayCalendar& other) const
    {
        return m_holidays == other.m_holidays && m_projected == other.m_projected;
    }

private:
    QMap<QDate, QString> m_holidays;
    QList<int> m_years;     // sorted
    QList<int> m_projected; // sorted, a subset of m_years
};
