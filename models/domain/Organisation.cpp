#include "domain/Organisation.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<OrganisationKind, const char*>, 10> kKinds{{
    {OrganisationKind::CouncilSend, "council_send"},
    {OrganisationKind::School, "school"},
    {OrganisationKind::EarlyYears, "early_years"},
    {OrganisationKind::College, "college"},
    {OrganisationKind::Sendiass, "sendiass"},
    {OrganisationKind::Icb, "icb"},
    {OrganisationKind::HealthProvider, "health_provider"},
    {OrganisationKind::SocialCare, "social_care"},
    {OrganisationKind::Provider, "provider"},
    {OrganisationKind::Other, "other"},
}};
} // namespace

QList<OrganisationKind> allOrganisationKinds()
{
    QList<OrganisationKind> kinds;
    for (const auto& [kind, text] : kKinds)
        kinds << kind;
    return kinds;
}

QString organisationKindToString(OrganisationKind kind)
{
    for (const auto& [candidate, text] : kKinds) {
        if (candidate == kind)
            return QLatin1String(text);
    }
    return {};
}

std::optional<OrganisationKind> organisationKindFromString(const QString& text)
{
    for (const auto& [kind, candidate] : kKinds) {
        if (text == QLatin1String(candidate))
            return kind;
    }
    return std::nullopt;
}
