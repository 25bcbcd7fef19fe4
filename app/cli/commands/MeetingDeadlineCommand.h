#pragma once

#include "CliCommand.h"

// meeting-deadline --from DATE: the last day a mediation meeting is in time
// (the statutory 30 days by route, or with --contract-start the council's
// contract target).
class MeetingDeadlineCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("meeting-deadline"); }
    QString summary() const override
    {
        return QStringLiteral("the last day a mediation meeting is in time (the statutory 30 days, or a "
                              "contract target)");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("meeting-deadline --from DATE [--route council|icb | --contract-start "
                               "enquiry|mediation_requested] "
                               "[--explain]")};
    }
    int run(CliContext& context) override;
};
