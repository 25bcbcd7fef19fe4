#include "invitees/InviteesTab.h"

#include "common/ChangedElsewhere.h"
#include "common/ItemViews.h"
#include "common/MailProgram.h"
#include "common/WorkContext.h"
#include "documents/MeetingCalendar.h"
#include "domain/InviteeRole.h"
#include "invitees/AdHocInviteeDialog.h"
#include "invitees/ChoiceDelegate.h"
#include "invitees/ContactPickerDialog.h"
#include "invitees/InviteeDetailsPanel.h"
#include "itemmodels/InviteeListModel.h"
#include "platform/PrivateFile.h"
#include "rules/InviteeRules.h"
#include "rules/StageMachine.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseDocumentRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/ConflictOfInterestRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/meetings/MeetingQuery.h"
#include "store/settings/SettingsRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The checks list's own data: the problem's stable key.
constexpr int kFieldRole = Qt::UserRole + 1;

// When the independence check itself fails, the person is told it was not
// made rather than shown a clean bill.
ValidationProblem independenceUnchecked(const StoreError& error)
{
    return {QStringLiteral("mediator"),
            QCoreApplication::translate("InviteesTab", "Could not check the mediator's independence: %1")
                .arg(error.message()),
            ValidationProblem::Severity::Warning};
}

QShortcut* shortcut(const QKeySequence& keys, QWidget* parent)
{
    auto* result = new QShortcut(keys, parent);
    result->setContext(Qt::WidgetWithChildrenShortcut);
    return result;
}
} // namespace

InviteesTab::InviteesTab(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_mediator(new QComboBox(this)),
      m_assign(new QPushButton(tr("A&ssign mediator"), this)), m_checks(new QListWidget(this)),
      m_addDirectory(new QPushButton(tr("Add from director&y..."), this)),
      m_addAdHoc(new QPushButton(tr("Add someone e&lse..."), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_letter(new QPushButton(tr("Letter (PDF)..."), this)),
      m_copy(new QPushButton(tr("Copy letter te&xt"), this)), m_email(new QPushButton(tr("Email..."), this)),
      m_letterKind(new QComboBox(this)), m_status(new QComboBox(this)), m_model(new InviteeListModel(this)),
      m_view(new QTableView(this)), m_details(new InviteeDetailsPanel(context, this))
{
    setAccessibleName(tr("Invitees"));
    m_mediator->setAccessibleName(tr("Mediator"));
    m_mediator->setMinimumContentsLength(18);
    m_assign->setAccessibleName(tr("Assign the chosen mediator to the case"));
    ItemViews::label(m_checks, tr("Checks on the invitee list"),
                     tr("What the invitee list still needs before the meeting"));
    m_checks->setWordWrap(true);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setFocusPolicy(Qt::TabFocus);
    m_checks->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_addDirectory->setAccessibleName(tr("Add an invitee from the directory"));
    m_addDirectory->setToolTip(tr("Find someone in the directory and invite them (Ctrl+Shift+D)"));
    m_addAdHoc->setAccessibleName(tr("Add an invitee who is not in the directory"));
    m_addAdHoc->setToolTip(tr("Invite someone who is not in the directory (Ctrl+Shift+A)"));
    m_remove->setAccessibleName(tr("Remove the selected invitee"));
    m_remove->setToolTip(tr("Remove the selected invitee, after asking (Delete)"));
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

    m_status->setAccessibleName(tr("Status of the selected invitee"));
    m_status->setToolTip(tr("Where the selected invitee's invitation stands"));
    for (InviteeStatus status : allInviteeStatuses())
        m_status->addItem(inviteeStatusTitle(status), static_cast<int>(status));

    m_view->setModel(m_model);
    ItemViews::label(m_view, tr("Invitees"),
                     tr("One row a person invited to the case's meetings, with role and status"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->setTabKeyNavigation(false);
    auto* choices = new ChoiceDelegate(InviteeListModel::ChoicesRole, this);
    for (int column :
         {InviteeListModel::RoleColumn, InviteeListModel::StatusColumn, InviteeListModel::WillingColumn})
        m_view->setItemDelegateForColumn(column, choices);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(InviteeListModel::NameColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(InviteeListModel::OrganisationColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click or press F2 to change a name, role, status or willingness; the "
                          "status also has its own box above the list."));

    auto* mediatorRow = new QHBoxLayout;
    auto* mediatorLabel = new QLabel(tr("M&ediator:"), this);
    mediatorLabel->setBuddy(m_mediator);
    mediatorRow->addWidget(mediatorLabel);
    mediatorRow->addWidget(m_mediator);
    mediatorRow->addWidget(m_assign);
    mediatorRow->addStretch();

    auto* checksBox = new QGroupBox(tr("Checks on this case"), this);
    auto* checksLayout = new QVBoxLayout(checksBox);
    checksLayout->setContentsMargins(6, 4, 6, 6);
    checksLayout->addWidget(m_checks);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_addDirectory, m_addAdHoc, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* kindLabel = new QLabel(tr("Letter &kind:"), this);
    kindLabel->setBuddy(m_letterKind);
    buttons->addWidget(kindLabel);
    buttons->addWidget(m_letterKind);
    buttons->addWidget(m_letter);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_email);
    auto* statusRow = new QHBoxLayout;
    auto* statusLabel = new QLabel(tr("Stat&us of the selected invitee:"), this);
    statusLabel->setBuddy(m_status);
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(m_status);
    statusRow->addStretch();

    auto* listBox = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addLayout(statusRow);
    listLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listBox);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({760, 440}); // the details panel's dates and buttons in full at 1366 pixels

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(mediatorRow);
    layout->addWidget(checksBox);
    layout->addWidget(splitter, 1);

    connect(m_addDirectory, &QPushButton::clicked, this, &InviteesTab::beginAddFromDirectory);
    connect(m_addAdHoc, &QPushButton::clicked, this, &InviteesTab::beginAddAdHoc);
    connect(m_remove, &QPushButton::clicked, this, &InviteesTab::removeSelected);
    connect(m_letter, &QPushButton::clicked, this, &InviteesTab::saveLetter);
    connect(m_copy, &QPushButton::clicked, this, &InviteesTab::copyLetterText);
    connect(m_email, &QPushButton::clicked, this, &InviteesTab::emailLetter);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        const QVariant chosen = m_mediator->currentData();
        assignMediator(chosen.isNull() ? std::nullopt : std::optional<qint64>(chosen.toLongLong()));
    });
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this), &QShortcut::activated, this,
            &InviteesTab::beginAddFromDirectory);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this), &QShortcut::activated, this,
            &InviteesTab::beginAddAdHoc);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this), &QShortcut::activated, this,
            &InviteesTab::saveLetter);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this), &QShortcut::activated, this,
            &InviteesTab::copyLetterText);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this), &QShortcut::activated, this,
            &InviteesTab::emailLetter);
    auto* remove = new QShortcut(QKeySequence::Delete, m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &InviteesTab::removeSelected);
    connect(m_model, &InviteeListModel::inviteeEdited, this, &InviteesTab::saveEdit);
    connect(m_status, &QComboBox::activated, this, &InviteesTab::setSelectedStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_details, &InviteeDetailsPanel::inviteeSaved, this, [this](qint64 id) {
        reload();
        selectInvitee(id);
    });
    updateButtons();
}

void InviteesTab::setCase(const CaseDetails& details)
{
    m_case = details;
    // Willingness is asked only in disagreement resolution.
    m_view->setColumnHidden(InviteeListModel::WillingColumn,
                            details.referral.route != Route::DisagreementResolution);
    m_mediator->clear();
    m_mediator->addItem(tr("(none assigned)"));
    QList<User> mediators;
    if (m_context->isOpen())
        MessagePresenter::instance().showIfFailed(
            this, tr("Mediator"), UserRepository(m_context->database()).list(&mediators, UserRole::Mediator));
    bool listed = false;
    for (const User& user : mediators) {
        m_mediator->addItem(user.displayName, user.id);
        listed = listed || (details.mediatorId && user.id == *details.mediatorId);
    }
    // A mediator who has since changed role stays shown.
    if (details.mediatorId && !listed)
        m_mediator->addItem(details.mediatorName, *details.mediatorId);
    m_mediator->setCurrentIndex(
        details.mediatorId ? m_mediator->findData(QVariant::fromValue(*details.mediatorId)) : 0);
    // A case taken before the family was invited at intake gets them now, once.
    if (m_context->isOpen() && details.id != 0 && m_context->allows(Action::ManageInvitees)) {
        if (StoreError error = InviteeRepository(m_context->database()).inviteFamily(details.id))
            MessagePresenter::instance().showError(this, tr("The family was not added to the invitees"),
                                                   error.message());
    }
    reload();
}

bool InviteesTab::reload()
{
    const std::optional<Invitee> selected = selectedInvitee();
    QList<Invitee> invitees;
    if (m_context->isOpen() && m_case.id != 0) {
        if (StoreError error = InviteeRepository(m_context->database()).listForCase(m_case.id, &invitees)) {
            MessagePresenter::instance().showError(this, tr("Could not read the invitees"), error.message());
            return false;
        }
    }
    m_model->setInvitees(invitees);
    if (selected)
        selectInvitee(selected->id);
    showSelected();
    refreshChecks();
    updateButtons();
    return true;
}

void InviteesTab::refreshChecks()
{
    m_checks->clear();
    QList<ValidationProblem> problems;
    if (m_context->isOpen() && m_case.id != 0) {
        InviteeRules::CaseInvitees input;
        if (StoreError error = InviteeRepository(m_context->database()).caseInvitees(m_case.id, &input)) {
            auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                             tr("Could not check the list: %1").arg(error.message()));
            m_checks->addItem(item);
            return;
        }
        // What the next move needs (holding or booking the meeting) shows as
        // "needed first"; everything else as a warning.
        std::optional<InviteeRules::Step> next;
        for (CaseStage stage : StageMachine::movesFrom(m_case.referral.route, m_case.stage)) {
            if (const auto step = InviteeRules::stepForMove(m_case.referral.route, stage))
                next = step;
        }
        problems = InviteeRules::check(input, next.value_or(InviteeRules::Step::Review));
        // Again on every change: an invitee added may be someone the mediator knows.
        if (m_case.mediatorId) {
            QList<ValidationProblem> independence;
            if (StoreError error = ConflictOfInterestRepository(m_context->database())
                                       .checkIndependence(m_case.id, *m_case.mediatorId, &independence))
                independence = {independenceUnchecked(error)};
            problems += independence;
        }
    }
    for (const ValidationProblem& problem : problems) {
        const bool error = problem.severity == ValidationProblem::Severity::Error;
        const QString text =
            error ? tr("Needed first: %1").arg(problem.message) : tr("Warning: %1").arg(problem.message);
        auto* item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            text);
        item->setData(kFieldRole, problem.field);
        item->setToolTip(problem.message);
        m_checks->addItem(item);
    }
    if (problems.isEmpty())
        m_checks->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                              tr("No problems found with the invitee list.")));
    fitChecks();
}

void InviteesTab::fitChecks()
{
    // As tall as the checks, up to about four lines; the list scrolls beyond.
    int height = 2 * m_checks->frameWidth() + 4;
    for (int row = 0; row < m_checks->count(); ++row)
        height += qMax(m_checks->sizeHintForRow(row), fontMetrics().height() + 6);
    m_checks->setFixedHeight(qMin(height, 4 * (fontMetrics().height() + 8)));
}

QStringList InviteesTab::shownChecks() const
{
    QStringList out;
    for (int row = 0; row < m_checks->count(); ++row)
        out << m_checks->item(row)->text();
    return out;
}

QStringList InviteesTab::shownCheckFields() const
{
    QStringList out;
    for (int row = 0; row < m_checks->count(); ++row) {
        const QString field = m_checks->item(row)->data(kFieldRole).toString();
        if (!field.isEmpty())
            out << field;
    }
    return out;
}

void InviteesTab::updateButtons()
{
    const bool open = m_context->isOpen() && m_case.id != 0;
    const bool selected = selectedInvitee().has_value();
    m_context->gate(m_addDirectory, Action::ManageInvitees, open);
    m_context->gate(m_addAdHoc, Action::ManageInvitees, open);
    m_context->gate(m_assign, Action::EditCases, open);
    m_context->gate(m_remove, Action::ManageInvitees, open && selected);
    m_letter->setEnabled(open && selected);
    m_copy->setEnabled(open && selected);
    // The letter is filed on the case and the email noted on its timeline: a case editor's work.
    m_context->gate(m_email, Action::EditCases, open && selected);
    m_context->gate(m_status, Action::ManageInvitees, open && selected);
    const std::optional<Invitee> invitee = selectedInvitee();
    m_status->setCurrentIndex(invitee ? m_status->findData(static_cast<int>(invitee->status)) : -1);
}

void InviteesTab::setSelectedStatus(int index)
{
    const std::optional<Invitee> invitee = selectedInvitee();
    if (!invitee || index < 0)
        return;
    const int row = m_model->rowOf(invitee->id);
    // Through the model, as an edit in the table: it announces the change and the tab saves it.
    const auto chosen = static_cast<InviteeStatus>(m_status->itemData(index).toInt());
    if (chosen != invitee->status)
        m_model->setData(m_model->index(row, InviteeListModel::StatusColumn),
                         static_cast<int>(allInviteeStatuses().indexOf(chosen)));
}

std::optional<Invitee> InviteesTab::selectedInvitee() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->invitees().value(rows.first().row());
}

void InviteesTab::selectInvitee(qint64 inviteeId)
{
    const int row = m_model->rowOf(inviteeId);
    if (row >= 0)
        m_view->selectRow(row);
}

void InviteesTab::showSelected()
{
    const std::optional<Invitee> selected = selectedInvitee();
    // Reg 38: the basis recorded, else the one the role gives on this case.
    AttendanceBasis basis = AttendanceBasis::Party;
    if (selected && m_context->isOpen()) {
        InviteeRules::CaseInvitees input;
        if (InviteeRepository(m_context->database()).caseInvitees(m_case.id, &input).ok())
            basis = InviteeRules::basisOf(*selected, input);
    }
    m_details->setInvitee(selected, basis);
}

void InviteesTab::saveEdit(const Invitee& invitee, const Invitee& before)
{
    Q_UNUSED(before)
    if (StoreError error = InviteeRepository(m_context->database()).update(invitee)) {
        // Another desk saved the invitee first: reloading shows theirs.
        if (ChangedElsewhere::offer(this, tr("The change was not saved"), error, [this] { reload(); }))
            return;
        MessagePresenter::instance().showError(this, tr("The change was not saved"), error.message());
        reload(); // shows what is saved
        return;
    }
    // Read back, so the next change saves over this one's version.
    reload();
}

ContactPickerDialog* InviteesTab::beginAddFromDirectory()
{
    if (!m_context->isOpen() || m_case.id == 0)
        return nullptr;
    auto* dialog = new ContactPickerDialog(m_context->database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto contactId = dialog->contactId();
        if (!contactId)
            return;
        qint64 inviteeId = 0;
        if (StoreError error =
                InviteeRepository(m_context->database())
                    .addFromContact(m_case.id, *contactId, dialog->effectiveRole(), &inviteeId)) {
            MessagePresenter::instance().showError(this, tr("The invitee was not added"), error.message());
            return;
        }
        reload();
        selectInvitee(inviteeId);
    });
    dialog->open();
    return dialog;
}

AdHocInviteeDialog* InviteesTab::beginAddAdHoc()
{
    if (!m_context->isOpen() || m_case.id == 0)
        return nullptr;
    const qint64 caseId = m_case.id;
    auto* dialog = new AdHocInviteeDialog(
        [this, caseId](const Invitee& typed) {
            Invitee invitee = typed;
            invitee.caseId = caseId;
            if (StoreError error = InviteeRepository(m_context->database()).add(&invitee))
                return error.message();
            reload();
            selectInvitee(invitee.id);
            return QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool InviteesTab::removeSelected()
{
    const std::optional<Invitee> invitee = selectedInvitee();
    if (!invitee)
        return false;
    if (!MessagePresenter::instance().confirm(
            this, tr("Remove invitee"),
            tr("Remove %1 (%2) from this case's invitees? Their contact log goes too.")
                .arg(invitee->displayName, inviteeRoleTitle(invitee->role))))
        return false;
    if (StoreError error = InviteeRepository(m_context->database()).remove(invitee->id)) {
        MessagePresenter::instance().showError(this, tr("The invitee was not removed"), error.message());
        return false;
    }
    reload();
    return true;
}

std::optional<InvitationLetter> InviteesTab::letterFor(const Invitee& invitee,
                                                       std::optional<Meeting>* meeting) const
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
    if (MessagePresenter::instance().showIfFailed(const_cast<InviteesTab*>(this),
                                                  tr("The letter was not made"), error))
        return std::nullopt;
    if (meeting)
        *meeting = input.meeting;
    return InvitationLetter(input);
}

bool InviteesTab::fileLetter(const InvitationLetter& letter, const QByteArray& pdf, CaseDocument* filed)
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

std::optional<InvitationLetter> InviteesTab::selectedLetter() const
{
    const std::optional<Invitee> invitee = selectedInvitee();
    if (!invitee)
        return std::nullopt;
    return letterFor(*invitee);
}

bool InviteesTab::writeLetter(const QString& path)
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

void InviteesTab::saveLetter()
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

bool InviteesTab::copyLetterText()
{
    const std::optional<InvitationLetter> letter = selectedLetter();
    if (!letter)
        return false;
    QApplication::clipboard()->setText(letter->subject() + QStringLiteral("\n\n") + letter->plainText());
    return true;
}

bool InviteesTab::emailLetter()
{
    const std::optional<Invitee> invitee = selectedInvitee();
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

bool InviteesTab::assignMediator(std::optional<qint64> mediatorId)
{
    CaseRepository repository(m_context->database(), m_context->calendar());
    if (StoreError error = repository.assignMediator(m_case.id, mediatorId, m_context->currentUserId())) {
        MessagePresenter::instance().showError(this, tr("The mediator was not assigned"), error.message());
        return false;
    }
    QList<ValidationProblem> warnings;
    if (mediatorId) {
        if (StoreError error = ConflictOfInterestRepository(m_context->database())
                                   .checkIndependence(m_case.id, *mediatorId, &warnings))
            warnings = {independenceUnchecked(error)};
    }
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const ValidationProblem& warning : warnings)
            lines << warning.message;
        MessagePresenter::instance().showWarning(this, tr("Check the mediator's independence"),
                                                 lines.join(QStringLiteral("\n\n")));
    }
    emit caseChanged(); // the workspace reloads the case, and this tab with it
    return true;
}
