#include "domain/AgreedActionKind.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kKinds = enumTable<AgreedActionKind>(
    "AgreedActionKind",
    {
        {AgreedActionKind::Assess, "assess", QT_TRANSLATE_NOOP("AgreedActionKind", "Assess or re-assess")},
        {AgreedActionKind::MakePlan, "make-plan",
         QT_TRANSLATE_NOOP("AgreedActionKind", "Make and maintain a plan")},
        {AgreedActionKind::Appealable, "appealable",
         QT_TRANSLATE_NOOP("AgreedActionKind", "Another appealable item")},
        {AgreedActionKind::NotAppealable, "not-appealable",
         QT_TRANSLATE_NOOP("AgreedActionKind", "Not appealable")},
    });
} // namespace

QList<AgreedActionKind> allAgreedActionKinds()
{
    return kKinds.values();
}

QString agreedActionKindToString(AgreedActionKind kind)
{
    return kKinds.key(kind);
}

std::optional<AgreedActionKind> agreedActionKindFromString(const QString& text)
{
    return kKinds.fromKey(text);
}

QString agreedActionKindTitle(AgreedActionKind kind)
{
    return kKinds.title(kind);
}
