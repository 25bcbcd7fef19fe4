#include "domain/IssuingCapacity.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kCapacities = enumTable<IssuingCapacity>(
    "IssuingCapacity",
    {
        {IssuingCapacity::Mediator, "mediator", QT_TRANSLATE_NOOP("IssuingCapacity", "The mediator")},
        {IssuingCapacity::MediationAdviser, "mediation_adviser",
         QT_TRANSLATE_NOOP("IssuingCapacity", "The mediation adviser")},
    });
} // namespace

QString issuingCapacityToString(IssuingCapacity capacity)
{
    return kCapacities.key(capacity);
}

std::optional<IssuingCapacity> issuingCapacityFromString(const QString& text)
{
    return kCapacities.fromKey(text);
}

QString issuingCapacityTitle(IssuingCapacity capacity)
{
    return kCapacities.title(capacity);
}

QString issuingCapacityText(IssuingCapacity capacity)
{
    return kCapacities.englishTitle(capacity).toLower();
}

QList<IssuingCapacity> issuingCapacities()
{
    return kCapacities.values();
}
