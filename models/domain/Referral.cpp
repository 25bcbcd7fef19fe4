#include "domain/Referral.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kReferrers = enumTable<ReferrerKind>(
    "ReferrerKind",
    {
        {ReferrerKind::Parent, "parent", QT_TRANSLATE_NOOP("ReferrerKind", "Parent or carer")},
        {ReferrerKind::YoungPerson, "young_person",
         QT_TRANSLATE_NOOP("ReferrerKind", "Young person (16 or over)")},
        {ReferrerKind::Professional, "professional",
         QT_TRANSLATE_NOOP("ReferrerKind", "Professional, with the parent's permission")},
    });

constexpr auto kChannels = enumTable<EnquiryChannel>(
    "EnquiryChannel",
    {
        {EnquiryChannel::Phone, "phone", QT_TRANSLATE_NOOP("EnquiryChannel", "Phone")},
        {EnquiryChannel::Email, "email", QT_TRANSLATE_NOOP("EnquiryChannel", "Email")},
        {EnquiryChannel::Letter, "letter", QT_TRANSLATE_NOOP("EnquiryChannel", "Letter")},
        {EnquiryChannel::Web, "web", QT_TRANSLATE_NOOP("EnquiryChannel", "Web form")},
        {EnquiryChannel::InPerson, "in_person", QT_TRANSLATE_NOOP("EnquiryChannel", "In person")},
        {EnquiryChannel::Referral, "referral",
         QT_TRANSLATE_NOOP("EnquiryChannel", "Referral from a professional")},
    });
} // namespace

QString referrerKindToString(ReferrerKind kind)
{
    return kReferrers.key(kind);
}

std::optional<ReferrerKind> referrerKindFromString(const QString& text)
{
    return kReferrers.fromKey(text);
}

QString referrerKindTitle(ReferrerKind kind)
{
    return kReferrers.title(kind);
}

QString enquiryChannelToString(EnquiryChannel channel)
{
    return kChannels.key(channel);
}

std::optional<EnquiryChannel> enquiryChannelFromString(const QString& text)
{
    return kChannels.fromKey(text);
}

QString enquiryChannelTitle(EnquiryChannel channel)
{
    return kChannels.title(channel);
}
