#pragma once

#include <QList>
#include <QString>
#include <optional>

// The letters the office writes from a template an administrator may edit.
// The strings are the middle of the settings keys ("letters.invitation.body").
enum class LetterKind
{
    Invitation,   // to each invitee, before or once the meeting is booked
    Confirmation, // to each invitee once the meeting is booked: when, where, who comes
    ActionPlan,   // the email to the family that sends the agreement or action plan
};
QList<LetterKind> allLetterKinds();
QString letterKindToString(LetterKind kind);
std::optional<LetterKind> letterKindFromString(const QString& text);
// For people: "Meeting confirmation".
QString letterKindTitle(LetterKind kind);

// A letter's subject and body with named placeholders, "{child_name}" or
// "{{child_name}}" (rules/LetterPlaceholders knows the names of each kind and
// fills them). The body's paragraphs are separated by a blank line.
struct LetterTemplate
{
    LetterKind kind = LetterKind::Invitation;
    QString subject;
    QString body;
    qint64 rowVersion = 0; // of its settings as read; 0 when the standard wording is in use

    // The wording a fresh office uses, in English whatever the desk's
    // language (the letters go to families and councils in England).
    static LetterTemplate standard(LetterKind kind);
    bool operator==(const LetterTemplate& other) const
    {
        return kind == other.kind && subject == other.subject && body == other.body;
    }
};
