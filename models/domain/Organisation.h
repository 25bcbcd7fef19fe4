#pragma once

#include <QList>
#include <QString>
#include <optional>

// The kinds of organisation in the directory; the strings are the values of
// organisations.kind.
enum class OrganisationKind
{
    CouncilSend, // a council's SEND team
    School,
    EarlyYears, // an early-years setting
    College,
    Sendiass, // the SEND information, advice and support service
    Icb,      // an integrated care board
    HealthProvider,
    SocialCare,
    Provider, // the mediation provider itself (its mediators and advisers)
    Other,
};

QList<OrganisationKind> allOrganisationKinds();
QString organisationKindToString(OrganisationKind kind);
std::optional<OrganisationKind> organisationKindFromString(const QString& text);
// For people: "Council SEND team".
QString organisationKindTitle(OrganisationKind kind);

// An organisation in the directory. A council's SENDIASS service is the
// organisation of kind Sendiass with that council's id.
struct Organisation
{
    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
    std::optional<qint64> councilId;
    QString address;
    QString postcode;
    QString phone; // E.164 when it was checked, else as stored by an older version
    QString email;
    QString notes;
    qint64 rowVersion = 0; // as read, for noticing another desk's save
};
