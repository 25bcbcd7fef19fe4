#include "invitees/InviteeDetailsPanel.h"

#include "common/ChangedElsewhere.h"
#include "common/DateLineEdit.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "itemmodels/InviteeContactNotesModel.h"
#include "shell/MessagePresenter.h"
#include "store/directory/InviteeRepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

InviteeDetailsPanel::InviteeDetailsPanel(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_title(new QLabel(this)), m_basis(new QComboBox(this)),
      m_parentConsent(new DateLineEdit(this)), m_mediatorConsent(new DateLineEdit(this)),
      m_allPartiesConsent(new DateLineEdit(this)), m_notes(new QLineEdit(this)),
      m_saveConsents(new QPushButton(tr("Sa&ve consents"), this)), m_problem(new QLabel(this)),
      m_consentHelp(nullptr), m_notesModel(new InviteeContactNotesModel(this)),
      m_notesView(new QTableView(this)), m_noteDate(new DateLineEdit(this)), m_noteText(new QLineEdit(this)),
      m_addNote(new QPushButton(tr("&Add note"), this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Selected invitee"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (AttendanceBasis basis : allAttendanceBases())
        m_basis->addItem(attendanceBasisTitle(basis), attendanceBasisToString(basis));
    m_basis->setAccessibleName(tr("Attends as"));
    m_basis->setToolTip(tr("On what basis they attend the meeting (reg 38)"));
    m_parentConsent->setAccessibleName(tr("Parent's consent date"));
    m_mediatorConsent->setAccessibleName(tr("Mediator's consent date"));
    m_allPartiesConsent->setAccessibleName(tr("All parties' consent date"));
    m_notes->setAccessibleName(tr("Note about the invitee"));
    m_saveConsents->setAccessibleName(tr("Save the basis, consents and note"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto* consents = new QGroupBox(tr("Attendance and consent"), this);
    m_consentHelp = new QLabel(consents);
    m_consentHelp->setWordWrap(true);
    m_consentHelp->setAccessibleName(tr("What this basis needs"));
    // Two dates a row, so the contact log keeps its room on a 768-pixel screen.
    auto* consentGrid = new QGridLayout;
    const auto label = [consents](const QString& text, QWidget* buddy) {
        auto* result = new QLabel(text, consents);
        result->setBuddy(buddy);
        return result;
    };
    consentGrid->addWidget(label(tr("A&ttends as:"), m_basis), 0, 0);
    consentGrid->addWidget(m_basis, 0, 1, 1, 3);
    consentGrid->addWidget(label(tr("&Parent's:"), m_parentConsent), 1, 0);
    consentGrid->addWidget(m_parentConsent, 1, 1);
    consentGrid->addWidget(label(tr("Me&diator's:"), m_mediatorConsent), 1, 2);
    consentGrid->addWidget(m_mediatorConsent, 1, 3);
    consentGrid->addWidget(label(tr("All parties':"), m_allPartiesConsent), 2, 0);
    consentGrid->addWidget(m_allPartiesConsent, 2, 1);
    consentGrid->addWidget(label(tr("&Note:"), m_notes), 3, 0);
    consentGrid->addWidget(m_notes, 3, 1, 1, 3);
    consentGrid->addWidget(m_saveConsents, 4, 3, Qt::AlignRight);
    consentGrid->setColumnStretch(1, 1);
    consentGrid->setColumnStretch(3, 1);
    auto* consentLayout = new QVBoxLayout(consents);
    consentLayout->addLayout(consentGrid);
    consentLayout->addWidget(m_consentHelp);
    consentLayout->addWidget(m_problem);

    auto* contact = new QGroupBox(tr("Contact before the meeting"), this);
    m_notesView->setModel(m_notesModel);
    ItemViews::label(m_notesView, tr("Contact log"), tr("One row a contact made with the invitee"));
    m_notesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notesView->verticalHeader()->hide();
    m_notesView->setWordWrap(true);
    m_notesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notesView->setTabKeyNavigation(false);
    QHeaderView* columns = m_notesView->horizontalHeader();
    columns->setSectionResizeMode(InviteeContactNotesModel::DateColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(InviteeContactNotesModel::ByColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(InviteeContactNotesModel::NoteColumn, QHeaderView::Stretch);
    m_noteDate->setAccessibleName(tr("Date of contact"));
    m_noteDate->setMaximumWidth(120);
    m_notesView->setMinimumHeight(90);
    m_noteText->setAccessibleName(tr("What was said"));
    m_noteText->setPlaceholderText(tr("Rang to explain the meeting; prefers mornings"));
    m_noteText->setMaxLength(InviteeContactNote::kMaxNoteLength);
    m_addNote->setAccessibleName(tr("Add the contact note"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_noteDate);
    addRow->addWidget(m_noteText, 1);
    addRow->addWidget(m_addNote);
    auto* contactLayout = new QVBoxLayout(contact);
    contactLayout->addWidget(m_notesView, 1);
    contactLayout->addLayout(addRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(consents);
    layout->addWidget(contact, 1);

    connect(m_basis, &QComboBox::currentIndexChanged, this, &InviteeDetailsPanel::showBasisHelp);
    connect(m_saveConsents, &QPushButton::clicked, this, &InviteeDetailsPanel::saveConsents);
    connect(m_addNote, &QPushButton::clicked, this, &InviteeDetailsPanel::addContactNote);
    connect(m_noteText, &QLineEdit::returnPressed, this, &InviteeDetailsPanel::addContactNote);
    setInvitee(std::nullopt);
}

void InviteeDetailsPanel::showBasisHelp()
{
    // Reg 38, in the words of rules/README.md section 3 ("Who may attend").
    switch (attendanceBasisFromString(m_basis->currentData().toString()).value_or(AttendanceBasis::Party)) {
    case AttendanceBasis::Party:
        m_consentHelp->setText(tr("A party attends as of right: no consent is needed."));
        break;
    case AttendanceBasis::Supporter:
        m_consentHelp->setText(
            tr("The family's one supporter or advocate (who may be a lawyer) needs nobody's "
               "consent. Only one person may attend on this basis."));
        break;
    case AttendanceBasis::Child:
        m_consentHelp->setText(
            tr("The child or young person attends with the parent's and the mediator's consent: "
               "record the date of each."));
        break;
    case AttendanceBasis::Other:
        m_consentHelp->setText(
            tr("Anyone else attends with all parties' consent or, where they do not agree, "
               "the mediator's: record the date of the one given."));
        break;
    }
}

void InviteeDetailsPanel::setInvitee(const std::optional<Invitee>& invitee, AttendanceBasis shownBasis)
{
    m_invitee = invitee;
    m_problem->hide();
    setEnabled(invitee.has_value());
    m_title->setText(invitee ? tr("%1: attendance, consents and contact").arg(invitee->displayName)
                             : tr("Choose an invitee to see their attendance, consents and contact log."));
    m_title->setEnabled(true);
    m_basis->setCurrentIndex(m_basis->findData(attendanceBasisToString(shownBasis)));
    showBasisHelp();
    m_parentConsent->setDate(invitee ? invitee->parentConsentDate : QDate());
    m_mediatorConsent->setDate(invitee ? invitee->mediatorConsentDate : QDate());
    m_allPartiesConsent->setDate(invitee ? invitee->allPartiesConsentDate : QDate());
    m_notes->setText(invitee ? invitee->notes : QString());
    m_noteDate->setDate(m_context->today());
    m_noteText->clear();
    loadNotes();
}

void InviteeDetailsPanel::loadNotes()
{
    QList<InviteeContactNote> notes;
    if (m_invitee && m_context->isOpen())
        MessagePresenter::instance().showIfFailed(
            this, tr("Contact notes"),
            InviteeRepository(m_context->database()).contactNotes(m_invitee->id, &notes));
    m_notesModel->setNotes(notes);
}

bool InviteeDetailsPanel::saveConsents()
{
    if (!m_invitee)
        return false;
    QStringList problems;
    for (DateLineEdit* edit : {m_parentConsent, m_mediatorConsent, m_allPartiesConsent}) {
        if (!edit->isAcceptable())
            problems << tr("%1: %2").arg(edit->accessibleName(), edit->errorText());
        else if (edit->date() > m_context->today())
            problems << tr("%1: the date cannot be in the future.").arg(edit->accessibleName());
    }
    Invitee edited = *m_invitee;
    edited.parentConsentDate = m_parentConsent->date();
    edited.mediatorConsentDate = m_mediatorConsent->date();
    edited.allPartiesConsentDate = m_allPartiesConsent->date();
    edited.notes = m_notes->text().trimmed();
    edited.basis = attendanceBasisFromString(m_basis->currentData().toString());
    if (problems.isEmpty()) {
        InviteeRepository invitees(m_context->database());
        const StoreError error = invitees.update(edited);
        // Another desk saved the invitee first: reloading shows theirs.
        // The tab reads the list again on inviteeSaved, and shows this invitee as stored.
        if (ChangedElsewhere::offer(this, tr("Not saved"), error,
                                    [this] { emit inviteeSaved(m_invitee->id); }))
            return false;
        if (error)
            problems << error.message();
        else
            // Read back, so the next save is over this one's version.
            static_cast<void>(
                invitees.find(edited.id, &edited)); // unread: the next save is refused, not lost
    }
    if (!problems.isEmpty()) {
        m_problem->setText(tr("Not saved: %1").arg(problems.join(QLatin1Char(' '))));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_invitee = edited;
    emit inviteeSaved(edited.id);
    return true;
}

bool InviteeDetailsPanel::addContactNote()
{
    if (!m_invitee)
        return false;
    QString problem;
    if (!m_noteDate->date().isValid())
        problem = tr("Give the date of the contact.");
    else if (m_noteDate->date() > m_context->today())
        problem = tr("The date of the contact cannot be in the future.");
    else if (m_noteText->text().trimmed().isEmpty())
        problem = tr("Say briefly what was said.");
    InviteeContactNote note;
    note.inviteeId = m_invitee->id;
    note.date = m_noteDate->date();
    note.userId = m_context->currentUserId();
    note.note = m_noteText->text().trimmed();
    if (problem.isEmpty()) {
        if (StoreError error = InviteeRepository(m_context->database()).addContactNote(&note))
            problem = error.message();
    }
    if (!problem.isEmpty()) {
        m_problem->setText(tr("Note not added: %1").arg(problem));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_noteText->clear();
    loadNotes();
    return true;
}
