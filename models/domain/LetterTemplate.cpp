#include "domain/LetterTemplate.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kKinds = enumTable<LetterKind>(
    "LetterKind",
    {
        {LetterKind::Invitation, "invitation", QT_TRANSLATE_NOOP("LetterKind", "Invitation")},
        {LetterKind::Confirmation, "confirmation", QT_TRANSLATE_NOOP("LetterKind", "Meeting confirmation")},
        {LetterKind::ActionPlan, "action_plan", QT_TRANSLATE_NOOP("LetterKind", "Action plan email")},
    });

// What the invitation and the confirmation share after their first
// paragraphs: the meeting, who leads it, what to tell us, the sender.
const QString kMeetingAndClose =
    QStringLiteral("{meeting_when}\n"
                   "{meeting_where}\n"
                   "\n"
                   "The meeting will be led by {mediator_name}, an independent mediator.\n"
                   "\n"
                   "Please tell us by reply whether you can attend, and whether you need any adjustments, "
                   "an interpreter or accessible information. Everything said in the meeting is "
                   "confidential.\n"
                   "\n"
                   "Yours sincerely,\n"
                   "\n"
                   "{sender_name}\n"
                   "{sender_role}\n"
                   "{provider_name}\n");

const QString kHeading = QStringLiteral("{letter_date}\n"
                                        "\n"
                                        "{invitee_name}\n"
                                        "{invitee_organisation}\n"
                                        "\n"
                                        "Our reference: {case_reference}\n"
                                        "\n"
                                        "Dear {invitee_name},\n"
                                        "\n");
} // namespace

QList<LetterKind> allLetterKinds()
{
    return kKinds.values();
}

QString letterKindToString(LetterKind kind)
{
    return kKinds.key(kind);
}

std::optional<LetterKind> letterKindFromString(const QString& text)
{
    return kKinds.fromKey(text);
}

QString letterKindTitle(LetterKind kind)
{
    return kKinds.title(kind);
}

LetterTemplate LetterTemplate::standard(LetterKind kind)
{
    LetterTemplate t;
    t.kind = kind;
    // The invitation and the confirmation differ only in their first paragraphs.
    QString opening;
    switch (kind) {
    case LetterKind::Invitation:
        t.subject = QStringLiteral("Invitation to a {meeting_kind} ({case_reference})");
        opening =
            QStringLiteral("You are invited to a {meeting_kind} about the special educational needs and "
                           "disabilities (SEND) of {child_name}, with {council_name}.\n"
                           "{voluntary_note}\n"
                           "\n"
                           "You are invited as: {invitee_role}.\n");
        break;
    case LetterKind::Confirmation:
        t.subject = QStringLiteral("Confirmation of the {meeting_kind} on {meeting_date} ({case_reference})");
        opening = QStringLiteral("We confirm the {meeting_kind} about the special educational needs and "
                                 "disabilities (SEND) of {child_name}, with {council_name}. You are coming "
                                 "as: {invitee_role}.\n"
                                 "\n"
                                 "Who will be there: {attendees}.\n");
        break;
    case LetterKind::ActionPlan:
        t.subject = QStringLiteral("{plan_title} ({case_reference})");
        t.body = QStringLiteral("Dear {family_name},\n"
                                "\n"
                                "Please find attached the {plan_title_lower} of the {meeting_kind} about "
                                "{child_name} on {meeting_date}. Please read it, sign it and send us a "
                                "copy.\n"
                                "\n"
                                "Yours sincerely,\n"
                                "\n"
                                "{sender_name}\n"
                                "{sender_role}\n"
                                "{provider_name}\n"
                                "{provider_phone}\n");
        break;
    }
    if (!opening.isEmpty())
        t.body = kHeading + opening + QLatin1Char('\n') + kMeetingAndClose;
    return t;
}
