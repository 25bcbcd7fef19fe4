#pragma once

#include "domain/Meeting.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>

// Everything an invitation letter says: who it is to, the case, and the
// meeting (none when it is not booked yet: the letter says the date is to be
// confirmed).
struct InvitationLetterInput
{
    QString providerName; // the mediation service writing
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
};

// An invitation to a case's mediation or disagreement resolution meeting, as
// plain text (to paste into an email) and as an A4 PDF with the same words.
// The PDF uses a Noto face that covers the names' scripts.
class InvitationLetter
{
public:
    explicit InvitationLetter(InvitationLetterInput input);

    QString subject() const;
    QString plainText() const;
    QString html() const;
    // The letter as an A4 PDF.
    QByteArray pdf() const;
    // Writes the PDF with PrivateFile (complete or absent, owner-only); false
    // with *error when the file cannot be written.
    bool writePdf(const QString& path, QString* error) const;

    // "Hannah_Okafor-invitation-MED-2026-00031.pdf", safe on every file system.
    QString suggestedFileName() const;

private:
    QStringList paragraphs() const;
    QString meetingWhen() const;
    QString meetingWhere() const;

    InvitationLetterInput m_input;
};
