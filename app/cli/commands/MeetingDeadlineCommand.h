#pragma once

#include "CliCommand.h"

// meeting-deadline --from DATE: the last day a mediation meeting is in time.
class MeetingDeadlineCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("meeting-deadline"); }
    QString summary() const override
    {
        return QStringLiteral("the last day a mediation meeting is in time (30 days from the start event)");
    }
    QStringList usage() const override
    {
        return {QStringLiteral(
            "meeting-deadline --from DATE [--clock-start enquiry|mediation_requested] [--explain]")};
    }
    int run(CliContext& context) override;
};
