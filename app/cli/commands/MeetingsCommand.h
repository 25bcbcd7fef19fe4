#pragma once

#include "CliCommand.h"

// meetings list | ics | office-hours: the office's meetings as plain lines,
// or as one iCalendar file for calendar programs (all meetings, or one
// mediator's); and the office hours a meeting outside of is warned about.
class MeetingsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("meetings"); }
    QString summary() const override
    {
        return QStringLiteral("list meetings, or write them as an iCalendar (.ics) file");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("meetings list [--mediator NAME]"),
                QStringLiteral("meetings ics --out FILE [--mediator NAME]"),
                QStringLiteral("meetings office-hours [--start HH:MM --end HH:MM]")};
    }
    int run(CliContext& context) override;

private:
    int list(CliContext& context, const QStringList& arguments);
    int ics(CliContext& context, const QStringList& arguments);
    int officeHours(CliContext& context, const QStringList& arguments);
};
