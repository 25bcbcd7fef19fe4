#include "invitees/InviteesTab.h"

#include "common/ChangedElsewhere.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "domain/InviteeRole.h"
#include "invitees/AdHocInviteeDialog.h"
#include "invitees/ChoiceDelegate.h"
#include "invitees/ContactPickerDialog.h"
#include "invitees/InviteeDetailsPanel.h"
#include "invitees/InviteeLetters.h"
#include "itemmodels/InviteeListModel.h"
#include "rules/InviteeRules.h"
#include "rules/StageMachine.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/ConflictOfInterestRepository.h"
#include "store/directory/InviteeRepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
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
      m_remove(new QPushButton(tr("&Remove"), this)), m_status(new QComboBox(this)),
      m_letters(new InviteeLetters(
          context, [this] { return selectedInvitee(); }, this)),
      m_model(new InviteeListModel(this)), m_view(new QTableView(this)),
      m_details(new InviteeDetailsPanel(context, this))
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
    auto* statusRow = new QHBoxLayout;
    auto* statusLabel = new QLabel(tr("Stat&us of the selected invitee:"), this);
    statusLabel->setBuddy(m_status);
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(m_status);
    statusRow->addStretch();
    statusRow->addWidget(m_letters);

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
    connect(m_assign, &QPushButton::clicked, this, [this] {
        const QVariant chosen = m_mediator->currentData();
        assignMediator(chosen.isNull() ? std::nullopt : std::optional<qint64>(chosen.toLongLong()));
    });
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this), &QShortcut::activated, this,
            &InviteesTab::beginAddFromDirectory);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this), &QShortcut::activated, this,
            &InviteesTab::beginAddAdHoc);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this), &QShortcut::activated, m_letters,
            &InviteeLetters::saveLetter);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this), &QShortcut::activated, m_letters,
            &InviteeLetters::copyLetterText);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this), &QShortcut::activated, m_letters,
            &InviteeLetters::emailLetter);
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
    m_letters->setCase(details);
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
    m_letters->updateButtons(open, selected);
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
