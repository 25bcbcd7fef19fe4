#include "domain/MeetingRecord.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<MeetingOutcome, const char*>, 5> kOutcomes{{
    {MeetingOutcome::Agreed, "agreed"},
    {MeetingOutcome::PartlyAgreed, "partly_agreed"},
    {MeetingOutcome::NotAgreed, "not_agreed"},
    {MeetingOutcome::Adjourned, "adjourned"},
    {MeetingOutcome::Withdrawn, "withdrawn"},
}};
constexpr std::array<std::pair<ActionParty, const char*>, 6> kParties{{
    {ActionParty::Council, "council"},
    {ActionParty::School, "school"},
    {ActionParty::Family, "family"},
    {ActionParty::Health, "health"},
    {ActionParty::SocialCare, "social_care"},
    {ActionParty::Other, "other"},
}};
constexpr std::array<std::pair<CopyMethod, const char*>, 3> kMethods{{
    {CopyMethod::Email, "email"},
    {CopyMethod::Post, "post"},
    {CopyMethod::ByHand, "by_hand"},
}};

template <typename Enum, std::size_t N>
QString toText(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, text] : table) {
        if (candidate == value)
            return QLatin1String(text);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromText(const std::array<std::pair<Enum, const char*>, N>& table, const QString& text)
{
    for (const auto& [value, candidate] : table) {
        if (text == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}
} // namespace

QList<MeetingOutcome> allMeetingOutcomes()
{
    QList<MeetingOutcome> all;
    for (const auto& entry : kOutcomes)
        all << entry.first;
    return all;
}

QString meetingOutcomeToString(MeetingOutcome outcome)
{
    return toText(kOutcomes, outcome);
}

std::optional<MeetingOutcome> meetingOutcomeFromString(const QString& text)
{
    return fromText(kOutcomes, text);
}

QString meetingOutcomeTitle(MeetingOutcome outcome)
{
    switch (outcome) {
    case MeetingOutcome::Agreed:
        return QCoreApplication::translate("MeetingRecord", "Agreed");
    case MeetingOutcome::PartlyAgreed:
        return QCoreApplication::translate("MeetingRecord", "Partly agreed");
    case MeetingOutcome::NotAgreed:
        return QCoreApplication::translate("MeetingRecord", "Not agreed");
    case MeetingOutcome::Adjourned:
        return QCoreApplication::translate("MeetingRecord", "Adjourned");
    case MeetingOutcome::Withdrawn:
        return QCoreApplication::translate("MeetingRecord", "Withdrawn");
    }
    return {};
}

QList<ActionParty> allActionParties()
{
    QList<ActionParty> all;
    for (const auto& entry : kParties)
        all << entry.first;
    return all;
}

QString actionPartyToString(ActionParty party)
{
    return toText(kParties, party);
}

std::optional<ActionParty> actionPartyFromString(const QString& text)
{
    return fromText(kParties, text);
}

QString actionPartyTitle(ActionParty party)
{
    switch (party) {
    case ActionParty::Council:
        return QCoreApplication::translate("MeetingRecord", "Council");
    case ActionParty::School:
        return QCoreApplication::translate("MeetingRecord", "School or setting");
    case ActionParty::Family:
        return QCoreApplication::translate("MeetingRecord", "Family");
    case ActionParty::Health:
        return QCoreApplication::translate("MeetingRecord", "Health");
    case ActionParty::SocialCare:
        return QCoreApplication::translate("MeetingRecord", "Social care");
    case ActionParty::Other:
        return QCoreApplication::translate("MeetingRecord", "Other");
    }
    return {};
}

QString copyMethodToString(CopyMethod method)
{
    return toText(kMethods, method);
}

std::optional<CopyMethod> copyMethodFromString(const QString& text)
{
    return fromText(kMethods, text);
}
