#include "invitees/InviteeLetters.h"

#include "common/MailProgram.h"
#include "common/WorkContext.h"
#include "documents/MeetingCalendar.h"
#include "domain/InviteeRole.h"
#include "platform/PrivateFile.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseDocumentRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/meetings/MeetingQuery.h"
#include "store/settings/SettingsRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

InviteeLetters::InviteeLetters(WorkContext* context, std::function<std::optional<Invitee>()> selected,
                               QWidget* parent)
    : QWidget(parent), m_context(context), m_selected(std::move(selected)),
      m_letter(new QPushButton(tr("Letter (PDF)..."), this)),
      m_copy(new QPushButton(tr("Copy letter te&xt"), this)), m_email(new QPushButton(tr("Email..."), this)),
      m_letterKind(new QComboBox(this))
{
    m_letter->setAccessibleName(tr("Save the selected invitee's letter as PDF"));
    m_letter->setToolTip(tr("Save the letter as a PDF (Ctrl+Shift+L)"));
    m_copy->setAccessibleName(tr("Copy the selected invitee's letter as text"));
    m_copy->setToolTip(tr("Copy the letter's text to paste into an email (Ctrl+Shift+C)"));
    m_email->setAccessibleName(tr("Email the selected invitee their letter"));
    m_email->setToolTip(tr("Make an email to the invitee with the letter and the meeting's calendar file "
                           "attached, and open it in your mail program to check and send (Ctrl+Shift+I)"));
    m_letterKind->setAccessibleName(tr("Which letter"));
    m_letterKind->setToolTip(tr("The invitation, or once the meeting is booked its confirmation"));
    for (LetterKind kind : {LetterKind::Invitation, LetterKind::Confirmation})
        m_letterKind->addItem(letterKindTitle(kind), static_cast<int>(kind));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* kindLabel = new QLabel(tr("Letter &kind:"), this);
    kindLabel->setBuddy(m_letterKind);
    layout->addWidget(kindLabel);
    layout->addWidget(m_letterKind);
    layout->addWidget(m_letter);
    layout->addWidget(m_copy);
    layout->addWidget(m_email);

    connect(m_letter, &QPushButton::clicked, this, &InviteeLetters::saveLetter);
    connect(m_copy, &QPushButton::clicked, this, &InviteeLetters::copyLetterText);
    connect(m_email, &QPushButton::clicked, this, &InviteeLetters::emailLetter);
}

void InviteeLetters::updateButtons(bool open, bool selected)
{
    m_letter->setEnabled(open && selected);
    m_copy->setEnabled(open && selected);
    // The letter is filed on the case and the email noted on its timeline: a case editor's work.
    m_context->gate(m_email, Action::EditCases, open && selected);
}

std::optional<InvitationLetter> InviteeLetters::letterFor(const Invitee& invitee,
                                                          std::optional<Meeting>* meeting)
{
    InvitationLetterInput input;
    input.inviteeName = invitee.displayName;
    input.inviteeRoleTitle = inviteeRoleTitle(invitee.role);
    input.inviteeOrganisation = invitee.organisation;
    input.caseReference = m_case.reference;
    input.childName = m_case.referral.child.fullName();
    input.councilName = m_case.council.name;
    input.disagreementResolution = m_case.referral.route == Route::DisagreementResolution;
    input.mediatorName = m_case.mediatorName;
    input.letterDate = m_context->today();
    if (const auto& user = m_context->signedInUser()) {
        input.senderName = user->displayName;
        input.senderRole = userRoleTitle(user->role);
    }
    QSqlDatabase db = m_context->database();
    const auto kind = static_cast<LetterKind>(m_letterKind->currentData().toInt());
    StoreError error = InviteeRepository(db).nextMeeting(m_case.id, &input.meeting);
    // The booked meeting in full: who comes, and its calendar identity.
    if (error.ok() && input.meeting)
        error = MeetingQuery(db).find(input.meeting->id, &*input.meeting);
    if (error.ok())
        error = SettingsRepository(db).provider(&input.provider);
    if (error.ok())
        error = SettingsRepository(db).letterTemplate(kind, &input.wording);
    if (MessagePresenter::instance().showIfFailed(this, tr("The letter was not made"), error))
        return std::nullopt;
    if (meeting)
        *meeting = input.meeting;
    return InvitationLetter(input);
}

bool InviteeLetters::fileLetter(const InvitationLetter& letter, const QByteArray& pdf, CaseDocument* filed)
{
    CaseDocument added;
    const StoreError error = CaseDocumentRepository(m_context->database())
                                 .add(m_case.id, letter.suggestedFileName(), letter.subject(), pdf,
                                      CaseDocument::Source::Generated, &added);
    if (MessagePresenter::instance().showIfFailed(this, tr("The letter was not filed on the case"), error))
        return false;
    if (filed)
        *filed = added;
    return true;
}

std::optional<InvitationLetter> InviteeLetters::selectedLetter()
{
    const std::optional<Invitee> invitee = m_selected();
    if (!invitee)
        return std::nullopt;
    return letterFor(*invitee);
}

bool InviteeLetters::writeLetter(const QString& path)
{
    const std::optional<InvitationLetter> letter = selectedLetter();
    if (!letter)
        return false;
    // Made once: the file saved and the copy filed on the case are the same bytes.
    const QByteArray pdf = letter->pdf();
    QString reason = pdf.isEmpty() ? tr("the PDF could not be made") : QString();
    if (!reason.isEmpty() || !PrivateFile::write(path, pdf, &reason)) {
        MessagePresenter::instance().showError(this, tr("The letter was not saved"),
                                               tr("Could not write %1: %2").arg(path, reason));
        return false;
    }
    // A letter the program made is filed on the case's documents (issue 17).
    fileLetter(*letter, pdf, nullptr);
    return true;
}

void InviteeLetters::saveLetter()
{
    const std::optional<InvitationLetter> letter = selectedLetter();
    if (!letter)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the letter"),
                                                      QDir(folder).filePath(letter->suggestedFileName()),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writeLetter(path);
}

bool InviteeLetters::copyLetterText()
{
    const std::optional<InvitationLetter> letter = selectedLetter();
    if (!letter)
        return false;
    QApplication::clipboard()->setText(letter->subject() + QStringLiteral("\n\n") + letter->plainText());
    return true;
}

bool InviteeLetters::emailLetter()
{
    const std::optional<Invitee> invitee = m_selected();
    if (!invitee)
        return false;
    auto& messages = MessagePresenter::instance();
    const QString title = tr("Email the Letter");
    if (invitee->email.trimmed().isEmpty()) {
        messages.showError(this, title,
                           tr("%1 has no email address. Add one in their details (or the directory), or save "
                              "the letter as a PDF to post.")
                               .arg(invitee->displayName));
        return false;
    }
    std::optional<Meeting> meeting;
    const std::optional<InvitationLetter> letter = letterFor(*invitee, &meeting);
    if (!letter)
        return false;
    if (letter->kind() == LetterKind::Confirmation && !meeting) {
        messages.showError(this, title, tr("No meeting is booked yet: send the invitation instead."));
        return false;
    }
    const QByteArray pdf = letter->pdf();
    if (pdf.isEmpty()) {
        messages.showError(this, title, tr("The letter's PDF could not be made."));
        return false;
    }
    QByteArray ics;
    if (meeting) {
        // This invitee alone as attendee: the others' addresses are theirs.
        MeetingInvitee attendee{invitee->id, invitee->displayName, invitee->email.trimmed(),
                                Attendance::Expected};
        ics = MeetingCalendar::invitation(*meeting, attendee, QDateTime::currentDateTimeUtc());
    }
    CaseDocument filed;
    if (!fileLetter(*letter, pdf, &filed))
        return false;
    // The letter is leaving the program: on the audit trail as an export, and on the case's timeline.
    const auto record = [&] {
        const StoreError recorded =
            CaseDocumentRepository(m_context->database())
                .recordEmailed(filed, m_context->currentUserId(),
                               QStringLiteral("Email drafted with the %1 letter to %2 (%3)")
                                   .arg(letter->kind() == LetterKind::Confirmation
                                            ? QStringLiteral("confirmation")
                                            : QStringLiteral("invitation"),
                                        invitee->displayName, inviteeRoleTitle(invitee->role)));
        m_context->notifyCaseChanged(m_case.id);
        return recorded;
    };
    return MailProgram::openDraft(
        this, title, letter->suggestedFileName().replace(QStringLiteral(".pdf"), QStringLiteral(".eml")),
        letter->email(invitee->email, pdf, ics), record, QString());
}
