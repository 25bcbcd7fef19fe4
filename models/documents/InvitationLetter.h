#pragma once

#include "documents/EmailDraft.h"
#include "domain/LetterTemplate.h"
#include "domain/Meeting.h"
#include "domain/ProviderDetails.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

// Everything a letter to one invitee says: who it is to and from, the case,
// and the meeting (none when it is not booked yet: the letter says the date
// is to be confirmed).
struct InvitationLetterInput
{
    ProviderDetails provider; // the letterhead, and the service the sender writes for
    QString senderName;       // the signed-in user
    QString senderRole;       // their role: "Mediator"
    QString inviteeName;
    QString inviteeRoleTitle; // "Council decision-maker"
    QString inviteeOrganisation;
    QString caseReference;
    QString childName;
    QString councilName;
    bool disagreementResolution = false;
    QString mediatorName; // empty when none is assigned yet
    std::optional<Meeting> meeting;
    QDate letterDate;
    // The wording: the office's template of an invitation or a confirmation.
    LetterTemplate wording = LetterTemplate::standard(LetterKind::Invitation);
};

// An invitation to a case's mediation or disagreement resolution meeting, or
// the confirmation of one once it is booked, from the office's template
// (rules/LetterPlaceholders fills it), as plain text (an email's body) and
// as an A4 PDF with the same words under the provider's letterhead. The PDF
// uses a Noto face that covers the names' scripts.
class InvitationLetter
{
public:
    explicit InvitationLetter(InvitationLetterInput input);

    LetterKind kind() const { return m_input.wording.kind; }
    QString subject() const;
    QString plainText() const;
    // The letter as the PDF lays it out: the letterhead, then the text.
    QString html() const;
    // The letter as an A4 PDF.
    QByteArray pdf() const;
    // Writes the PDF with PrivateFile (complete or absent, owner-only); false
    // with *error when the file cannot be written.
    bool writePdf(const QString& path, QString* error) const;
    // A draft to `address` with the letter as the body and the PDF (and the
    // meeting's .ics, when given) attached.
    EmailDraft email(const QString& address, const QByteArray& pdf, const QByteArray& ics) const;

    // "Hannah_Okafor-invitation-MED-2026-00031.pdf", safe on every file system.
    QString suggestedFileName() const;
    // The placeholders' values for this letter.
    QHash<QString, QString> values() const;

    // Plain text as the letters' HTML: a paragraph a blank line, the lines kept.
    static QString paragraphsHtml(const QString& text);

private:
    QString meetingWhen() const;
    QString meetingWhere() const;
    QString meetingPlace() const;
    QString attendees() const;

    InvitationLetterInput m_input;
};
