#pragma once

#include "CliCommand.h"

// invitees list REFERENCE: a case's invitees with the basis each attends on
// and the consents recorded (reg 38). invitees check REFERENCE: the checks on
// the list (InviteeRules::check, as the Invitees tab shows them).
// invitees basis ID BASIS [--consent all-parties|mediator|parent --date DATE]:
// records the basis and a consent; a second supporter is refused (exit 1).
class InviteesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("invitees"); }
    QString summary() const override
    {
        return QStringLiteral("list a case's invitees, check the list, or record on what basis one attends "
                              "(reg 38)");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("invitees list REFERENCE"), QStringLiteral("invitees check REFERENCE"),
                QStringLiteral("invitees basis INVITEE-ID party|supporter|child|other "
                               "[--consent all-parties|mediator|parent --date DATE]")};
    }
    int run(CliContext& context) override;

private:
    int list(CliContext& context, const QString& reference, bool checks);
    int basis(CliContext& context);
};
