#include "domain/Organisation.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kKinds = enumTable<OrganisationKind>(
    "OrganisationKind",
    {
        {OrganisationKind::CouncilSend, "council_send",
         QT_TRANSLATE_NOOP("OrganisationKind", "Council SEND team")},
        {OrganisationKind::School, "school", QT_TRANSLATE_NOOP("OrganisationKind", "School")},
        {OrganisationKind::EarlyYears, "early_years",
         QT_TRANSLATE_NOOP("OrganisationKind", "Early-years setting")},
        {OrganisationKind::College, "college", QT_TRANSLATE_NOOP("OrganisationKind", "College")},
        {OrganisationKind::Sendiass, "sendiass", QT_TRANSLATE_NOOP("OrganisationKind", "SENDIASS")},
        {OrganisationKind::Icb, "icb", QT_TRANSLATE_NOOP("OrganisationKind", "Integrated care board")},
        {OrganisationKind::HealthProvider, "health_provider",
         QT_TRANSLATE_NOOP("OrganisationKind", "Health provider")},
        {OrganisationKind::SocialCare, "social_care", QT_TRANSLATE_NOOP("OrganisationKind", "Social care")},
        {OrganisationKind::Provider, "provider",
         QT_TRANSLATE_NOOP("OrganisationKind", "Our mediators and advisers")},
        {OrganisationKind::Other, "other", QT_TRANSLATE_NOOP("OrganisationKind", "Other")},
    });
} // namespace

QList<OrganisationKind> allOrganisationKinds()
{
    return kKinds.values();
}

QString organisationKindToString(OrganisationKind kind)
{
    return kKinds.key(kind);
}

std::optional<OrganisationKind> organisationKindFromString(const QString& text)
{
    return kKinds.fromKey(text);
}

QString organisationKindTitle(OrganisationKind kind)
{
    return kKinds.title(kind);
}
