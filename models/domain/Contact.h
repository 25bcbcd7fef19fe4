#pragma once

#include "domain/InviteeRole.h"

#include <QString>
#include <optional>

// A person in the directory: a SENCO, a council officer, a SENDIASS adviser.
struct Contact
{
    qint64 id = 0;
    std::optional<qint64> organisationId;
    QString organisationName; // read with the contact; not saved from here
    QString givenName;
    QString familyName;
    QString jobTitle;
    std::optional<InviteeRole> role; // the capacity they usually take at meetings
    QString phone;                   // E.164 when it was checked, else as stored by an older version
    QString email;
    bool isDecisionMaker = false; // a council officer with authority to agree
    QString notes;
    qint64 rowVersion = 0; // as read, for noticing another desk's save

    QString fullName() const
    {
        return (givenName.trimmed() + QLatin1Char(' ') + familyName.trimmed()).trimmed();
    }
};
