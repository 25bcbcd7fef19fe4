#pragma once

#include "CliCommand.h"

// meeting-notice --meeting DATE: the latest day to send the family notice of
// a mediation meeting (rules/README.md section 3, "Notice of the meeting").
class MeetingNoticeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("meeting-notice"); }
    QString summary() const override
    {
        return QStringLiteral("the latest day to send the family notice of a mediation meeting "
                              "(5 working days before it)");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("meeting-notice --meeting DATE [--explain]")};
    }
    int run(CliContext& context) override;
};
