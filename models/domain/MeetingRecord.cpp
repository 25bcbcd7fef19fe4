#include "domain/MeetingRecord.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kOutcomes = enumTable<MeetingOutcome>(
    "MeetingRecord",
    {
        {MeetingOutcome::Agreed, "agreed", QT_TRANSLATE_NOOP("MeetingRecord", "Agreed")},
        {MeetingOutcome::PartlyAgreed, "partly_agreed", QT_TRANSLATE_NOOP("MeetingRecord", "Partly agreed")},
        {MeetingOutcome::NotAgreed, "not_agreed", QT_TRANSLATE_NOOP("MeetingRecord", "Not agreed")},
        {MeetingOutcome::Adjourned, "adjourned", QT_TRANSLATE_NOOP("MeetingRecord", "Adjourned")},
        {MeetingOutcome::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("MeetingRecord", "Withdrawn")},
    });
constexpr auto kParties = enumTable<ActionParty>(
    "MeetingRecord",
    {
        {ActionParty::Council, "council", QT_TRANSLATE_NOOP("MeetingRecord", "Council")},
        {ActionParty::School, "school", QT_TRANSLATE_NOOP("MeetingRecord", "School or setting")},
        {ActionParty::Family, "family", QT_TRANSLATE_NOOP("MeetingRecord", "Family")},
        {ActionParty::Health, "health", QT_TRANSLATE_NOOP("MeetingRecord", "Health")},
        {ActionParty::SocialCare, "social_care", QT_TRANSLATE_NOOP("MeetingRecord", "Social care")},
        {ActionParty::Other, "other", QT_TRANSLATE_NOOP("MeetingRecord", "Other")},
    });
// Not shown on any screen yet: no titles.
constexpr auto kMethods = enumTable<CopyMethod>("MeetingRecord", {
                                                                     {CopyMethod::Email, "email", nullptr},
                                                                     {CopyMethod::Post, "post", nullptr},
                                                                     {CopyMethod::ByHand, "by_hand", nullptr},
                                                                 });
} // namespace

QList<MeetingOutcome> allMeetingOutcomes()
{
    return kOutcomes.values();
}

QString meetingOutcomeToString(MeetingOutcome outcome)
{
    return kOutcomes.key(outcome);
}

std::optional<MeetingOutcome> meetingOutcomeFromString(const QString& text)
{
    return kOutcomes.fromKey(text);
}

QString meetingOutcomeTitle(MeetingOutcome outcome)
{
    return kOutcomes.title(outcome);
}

QList<ActionParty> allActionParties()
{
    return kParties.values();
}

QString actionPartyToString(ActionParty party)
{
    return kParties.key(party);
}

std::optional<ActionParty> actionPartyFromString(const QString& text)
{
    return kParties.fromKey(text);
}

QString actionPartyTitle(ActionParty party)
{
    return kParties.title(party);
}

QString copyMethodToString(CopyMethod method)
{
    return kMethods.key(method);
}

std::optional<CopyMethod> copyMethodFromString(const QString& text)
{
    return kMethods.fromKey(text);
}
