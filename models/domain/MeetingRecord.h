#pragma once

#include "domain/AgreedActionKind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// What a meeting came to; the strings are the values of meetings.outcome.
enum class MeetingOutcome
{
    Agreed,
    PartlyAgreed,
    NotAgreed,
    Adjourned,
    Withdrawn,
};
QList<MeetingOutcome> allMeetingOutcomes();
QString meetingOutcomeToString(MeetingOutcome outcome);
std::optional<MeetingOutcome> meetingOutcomeFromString(const QString& text);
QString meetingOutcomeTitle(MeetingOutcome outcome);

// Who an agreed action falls to; the council's default period differs (reg 42).
enum class ActionParty
{
    Council,
    School,
    Family,
    Health,
    SocialCare,
    Other,
};
QList<ActionParty> allActionParties();
QString actionPartyToString(ActionParty party);
std::optional<ActionParty> actionPartyFromString(const QString& text);
QString actionPartyTitle(ActionParty party);

// One line of the agreement or action plan: what, who, by when.
struct MeetingAction
{
    QString what;
    QString who;
    ActionParty party = ActionParty::Council;
    QDate due;
    // What kind of agreed action it is, which gives the council's statutory
    // deadlines after the agreement (models/rules/README.md section 3, "After
    // an agreement"); unset until asked (actions recorded before schema 18).
    std::optional<AgreedActionKind> kind = std::nullopt;
};

enum class CopyMethod
{
    Email,
    Post,
    ByHand,
};
QString copyMethodToString(CopyMethod method);
std::optional<CopyMethod> copyMethodFromString(const QString& text);

// A copy of the agreement given to someone.
struct MeetingCopy
{
    qint64 id = 0;
    QString recipient;
    QDate sentOn;
    CopyMethod method = CopyMethod::Email;
};

// After the meeting: the outcome, what was covered, the plan, and the notes
// (kept only where everyone agreed to notes being taken).
struct MeetingRecord
{
    std::optional<MeetingOutcome> outcome;
    QDate heldDate;
    QString issuesCovered;
    bool notesAgreed = false;
    QString notes;
    QList<MeetingAction> actions;
    // What the agreement says about the council's deadlines (reg 42; rules
    // README section 3, "After an agreement"): a period the parties agreed
    // in writing, in days, which replaces the reg 44 and 2-week periods; and
    // that the council was not a party (health-only mediation arranged by the
    // ICB), so the commissioning body must tell it within a week.
    std::optional<int> agreedPeriodDays;
    bool councilNotParty = false;
    // The meeting's version as read with the record, for noticing another
    // desk's save; 0 (a record not read first) saves over what is stored.
    qint64 rowVersion = 0;
};
