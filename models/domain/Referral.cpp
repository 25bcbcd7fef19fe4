#include "domain/Referral.h"

#include <QCoreApplication>

QString referrerKindToString(ReferrerKind kind)
{
    switch (kind) {
    case ReferrerKind::Parent:
        return QStringLiteral("parent");
    case ReferrerKind::YoungPerson:
        return QStringLiteral("young_person");
    case ReferrerKind::Professional:
        return QStringLiteral("professional");
    }
    return {};
}

std::optional<ReferrerKind> referrerKindFromString(const QString& text)
{
    for (ReferrerKind kind : {ReferrerKind::Parent, ReferrerKind::YoungPerson, ReferrerKind::Professional}) {
        if (referrerKindToString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

namespace {
constexpr EnquiryChannel kChannels[] = {EnquiryChannel::Phone,    EnquiryChannel::Email,
                                        EnquiryChannel::Letter,   EnquiryChannel::Web,
                                        EnquiryChannel::InPerson, EnquiryChannel::Referral};
}

QString enquiryChannelToString(EnquiryChannel channel)
{
    switch (channel) {
    case EnquiryChannel::Phone:
        return QStringLiteral("phone");
    case EnquiryChannel::Email:
        return QStringLiteral("email");
    case EnquiryChannel::Letter:
        return QStringLiteral("letter");
    case EnquiryChannel::Web:
        return QStringLiteral("web");
    case EnquiryChannel::InPerson:
        return QStringLiteral("in_person");
    case EnquiryChannel::Referral:
        return QStringLiteral("referral");
    }
    return {};
}

std::optional<EnquiryChannel> enquiryChannelFromString(const QString& text)
{
    for (EnquiryChannel channel : kChannels) {
        if (enquiryChannelToString(channel) == text)
            return channel;
    }
    return std::nullopt;
}

QString enquiryChannelTitle(EnquiryChannel channel)
{
    switch (channel) {
    case EnquiryChannel::Phone:
        return QCoreApplication::translate("EnquiryChannel", "Phone");
    case EnquiryChannel::Email:
        return QCoreApplication::translate("EnquiryChannel", "Email");
    case EnquiryChannel::Letter:
        return QCoreApplication::translate("EnquiryChannel", "Letter");
    case EnquiryChannel::Web:
        return QCoreApplication::translate("EnquiryChannel", "Web form");
    case EnquiryChannel::InPerson:
        return QCoreApplication::translate("EnquiryChannel", "In person");
    case EnquiryChannel::Referral:
        return QCoreApplication::translate("EnquiryChannel", "Referral from a professional");
    }
    return {};
}
