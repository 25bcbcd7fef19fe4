#pragma once

#include <QString>
#include <optional>

// A mediator's or adviser's recorded link to a council, an organisation, a
// directory contact or a person (exactly one of them), for the independence
// check: mediators must be independent of the council and the school.
struct ConflictOfInterest
{
    qint64 id = 0;
    qint64 userId = 0;
    std::optional<qint64> councilId;
    std::optional<qint64> organisationId;
    std::optional<qint64> contactId;
    std::optional<qint64> personId;
    QString nature;     // "employed there until 2024", "sister-in-law"
    QString linkedName; // read back: the council's, organisation's or person's name
};
