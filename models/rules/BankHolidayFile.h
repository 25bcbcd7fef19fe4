#pragma once

#include <QByteArray>
#include <QString>

class BankHolidayCalendar;

// Reads the bank holidays the UK government publishes as bank-holidays.json
// (https://www.gov.uk/bank-holidays.json), division "england-and-wales";
// other divisions are ignored. The whole file is checked before anything is
// used: a malformed file is refused, naming the field and where it is.
class BankHolidayFile
{
public:
    static inline const QString kDivision = QStringLiteral("england-and-wales");
    // Optional, in the division: the years whose events are projected by the
    // standard rules rather than announced (Common Ground's own field; the
    // shipped file has it, the government's never does). rules/README.md
    // section 4.
    static inline const QString kProjectedYears = QStringLiteral("projected-years");

    struct Error
    {
        QString field;    // "england-and-wales.events[12].date", or empty for the file as a whole
        QString position; // "event 13 of 107", "line 4, column 7"
        QString message;  // what is wrong with it
        QString toString() const;
    };

    // On success fills *calendar and returns true; otherwise leaves *calendar
    // as it was, fills *error and returns false.
    static bool parse(const QByteArray& data, BankHolidayCalendar* calendar, Error* error);
};
