#pragma once

#include "documents/InvitationLetter.h"
#include "domain/CaseDetails.h"
#include "domain/CaseDocument.h"
#include "domain/Invitee.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QPushButton;
class WorkContext;

// The Invitees tab's letters: the chosen invitee's invitation or meeting
// confirmation, under the provider's letterhead and signed by the person at
// the desk, saved as a PDF, copied as text to paste, or handed to the mail
// program as a draft with the PDF and the meeting's .ics (common/MailProgram).
// Every letter that leaves the program is filed on the case (issue 17).
class InviteeLetters : public QWidget
{
    Q_OBJECT

public:
    // `selected` answers which invitee the letters are for (none: nobody chosen).
    InviteeLetters(WorkContext* context, std::function<std::optional<Invitee>()> selected,
                   QWidget* parent = nullptr);

    // The case whose invitees are written to (called whenever the tab shows it).
    void setCase(const CaseDetails& details) { m_case = details; }
    // Enables the buttons while a case is open and an invitee chosen, as the role allows.
    void updateButtons(bool open, bool selected);

    // The selected invitee's letter, as a PDF at `path`; false (and a message) when not written.
    bool writeLetter(const QString& path);
    // Asks where to save the selected invitee's letter, then writes it.
    void saveLetter();
    // Puts the selected invitee's letter on the clipboard, to paste into an email.
    bool copyLetterText();
    // Makes an email draft of the selected invitee's letter to their address,
    // the PDF and the meeting's .ics attached, files the letter on the case,
    // records it and opens it in the mail program; false (and says why) when
    // not made: no invitee, no address, or a confirmation with no meeting booked.
    bool emailLetter();
    // Which letter the buttons make: an invitation or a meeting confirmation.
    QComboBox* letterKindChoice() const { return m_letterKind; }

private:
    // The letter of the chosen kind, in the office's wording; `meeting`, when
    // given, gets the booked meeting in full (for its .ics).
    std::optional<InvitationLetter> letterFor(const Invitee& invitee,
                                              std::optional<Meeting>* meeting = nullptr);
    // Files a letter the program made on the case's documents (issue 17); `filed` gets it.
    bool fileLetter(const InvitationLetter& letter, const QByteArray& pdf, CaseDocument* filed);
    // The letter for the invitee chosen in the list; none when nothing is chosen or it cannot be made.
    std::optional<InvitationLetter> selectedLetter();

    WorkContext* m_context;
    std::function<std::optional<Invitee>()> m_selected;
    CaseDetails m_case;
    QPushButton* m_letter;
    QPushButton* m_copy;
    QPushButton* m_email;
    QComboBox* m_letterKind;
};
