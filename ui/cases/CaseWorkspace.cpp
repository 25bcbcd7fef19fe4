#include "cases/CaseWorkspace.h"

#include "cases/CaseCorrectionDialog.h"
#include "cases/CaseDeadlinesPanel.h"
#include "cases/CaseDetailsForm.h"
#include "cases/CaseDocumentsPanel.h"
#include "cases/CaseMergeDialog.h"
#include "cases/CaseNextSteps.h"
#include "cases/CaseSummaryBanner.h"
#include "cases/CaseTasksPanel.h"
#include "cases/CaseTimelinePanel.h"
#include "cases/CertificateMismatchBanner.h"
#include "cases/FamilyNotPursuedDialog.h"
#include "cases/FamilyWantsMediationDialog.h"
#include "cases/LogActivityDialog.h"
#include "cases/StageMoveDialog.h"
#include "cases/ThirtyDayStartDialog.h"
#include "cases/TravelExpensesPanel.h"
#include "cases/TribunalAppealDialog.h"
#include "certificates/CaseCertificatesPanel.h"
#include "common/PageKeys.h"
#include "common/TabChain.h"
#include "common/WorkContext.h"
#include "invitees/InviteesTab.h"
#include "meetings/CaseMeetingsPanel.h"
#include "retention/SubjectAccessExporter.h"
#include "rules/MediationRequestRule.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/TribunalAppealRepository.h"
#include "store/certificates/CertificateRepository.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QString kSplitterKey = QStringLiteral("cases/workspaceSplitter");
}

CaseWorkspace::CaseWorkspace(WorkContext* context, qint64 caseId, QWidget* parent)
    : QWidget(parent), m_context(context), m_caseId(caseId), m_summary(new CaseSummaryBanner(context, this)),
      m_stage(new QLabel(this)), m_moveButton(new QPushButton(tr("&Move to stage"), this)),
      m_saveButton(new QPushButton(tr("Save"), this)), m_revertButton(new QPushButton(tr("Revert"), this)),
      m_correctButton(new QPushButton(tr("Correct intake facts..."), this)),
      m_mergeButton(new QPushButton(tr("Merge into another case..."), this)),
      m_nextSteps(new CaseNextSteps(context, this)),
      m_mismatchBanner(new CertificateMismatchBanner(context, this)), m_tabs(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Vertical)), m_deadlines(new CaseDeadlinesPanel),
      m_timeline(new CaseTimelinePanel(context)), m_form(new CaseDetailsForm(context)),
      m_invitees(new InviteesTab(context)), m_travelExpenses(new TravelExpensesPanel(context, caseId)),
      m_documents(new CaseDocumentsPanel(context, caseId)), m_tasks(new CaseTasksPanel(context, caseId))
{
    m_stage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stage->setTextFormat(Qt::PlainText);
    m_stage->setAccessibleName(tr("Stage"));
    m_moveButton->setAccessibleName(tr("Move the case to another stage"));
    m_saveButton->setAccessibleName(tr("Save the details"));
    m_saveButton->setToolTip(tr("Save the edited details (Ctrl+S)"));
    m_revertButton->setAccessibleName(tr("Revert the details"));
    m_revertButton->setToolTip(tr("Put back the details as last saved"));

    auto* stageBox = new QVBoxLayout;
    stageBox->addWidget(m_stage, 0, Qt::AlignRight);
    // Correcting and merging sit beside the stage move, keeping the header three lines tall.
    auto* caseButtons = new QHBoxLayout;
    caseButtons->addStretch();
    caseButtons->addWidget(m_correctButton);
    caseButtons->addWidget(m_mergeButton);
    caseButtons->addWidget(m_moveButton);
    stageBox->addLayout(caseButtons);
    connect(m_nextSteps, &CaseNextSteps::subjectAccessRequested, this,
            [this] { SubjectAccessExporter::exportCase(m_context, m_caseId, m_details.reference, this); });
    connect(m_nextSteps, &CaseNextSteps::appealRequested, this, [this] { beginAppeal(); });
    connect(m_nextSteps, &CaseNextSteps::informationGivenRequested, this,
            [this] { beginInformationGiven(); });
    connect(m_nextSteps, &CaseNextSteps::wantsMediationRequested, this,
            [this] { beginFamilyWantsMediation(); });
    connect(m_nextSteps, &CaseNextSteps::notPursuedRequested, this, [this] { beginFamilyNotPursued(); });
    connect(m_nextSteps, &CaseNextSteps::thirtyDayStartRequested, this,
            [this] { beginThirtyDayStartCorrection(); });
    // Putting right what intake took down wrongly, and a case entered twice.
    m_correctButton->setObjectName(QStringLiteral("correctButton"));
    m_correctButton->setAccessibleName(tr("Correct the facts taken at intake"));
    m_correctButton->setToolTip(
        tr("Correct names, dates of birth, council, route, decision or enquiry (Ctrl+Shift+E)"));
    connect(m_correctButton, &QPushButton::clicked, this, [this] { beginCorrection(); });
    auto* correctShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    connect(correctShortcut, &QShortcut::activated, this, [this] {
        if (m_correctButton->isEnabled())
            beginCorrection();
    });
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setAccessibleName(tr("Merge this case into another case"));
    m_mergeButton->setToolTip(
        tr("A case entered twice: close this one into the case kept, moving its work (Ctrl+Shift+M)"));
    connect(m_mergeButton, &QPushButton::clicked, this, [this] { beginMerge(); });
    auto* mergeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this);
    connect(mergeShortcut, &QShortcut::activated, this, [this] {
        if (m_mergeButton->isEnabled())
            beginMerge();
    });
    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addLayout(stageBox);

    // Issued certificates that printed a fact since corrected: said, never changed silently.
    connect(m_mismatchBanner, &CertificateMismatchBanner::certificateVoided, this, [this] {
        load();
        m_context->notifyCaseChanged(m_caseId);
    });

    // Deadlines over the timeline.
    m_splitter->addWidget(m_deadlines);
    m_splitter->addWidget(m_timeline);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({330, 270}); // every deadline in sight on a 768-pixel screen
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    auto* detailsPage = new QWidget;
    auto* detailsLayout = new QVBoxLayout(detailsPage);
    m_form->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    detailsLayout->addWidget(m_form);
    auto* detailsButtons = new QHBoxLayout;
    detailsButtons->addStretch();
    detailsButtons->addWidget(m_revertButton);
    detailsButtons->addWidget(m_saveButton);
    detailsLayout->addLayout(detailsButtons);
    detailsLayout->addStretch();

    m_tabs->setAccessibleName(tr("Parts of the case"));
    m_tabs->addTab(m_splitter, tr("Deadlines and timeline"));
    m_tabs->addTab(detailsPage, tr("Details"));
    // The invitees' lists and details panel scroll, rather than make the window taller than a 768-pixel
    // screen.
    auto* inviteesScroll = new QScrollArea;
    inviteesScroll->setWidget(m_invitees);
    inviteesScroll->setWidgetResizable(true);
    inviteesScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(inviteesScroll, tr("Invitees"));
    m_tabs->addTab(new CaseMeetingsPanel(m_context, m_caseId), tr("Meetings"));
    m_tabs->addTab(new CaseCertificatesPanel(m_context, m_caseId), tr("Certificates"));
    m_tabs->addTab(m_travelExpenses, tr("Travel expenses"));
    m_tabs->addTab(m_documents, tr("Documents"));
    m_tabs->addTab(m_tasks, tr("Tasks"));
    // A task added or done is on the timeline too, even while the details hold edits.
    connect(m_context, &WorkContext::caseChanged, m_timeline, [this](qint64 id) {
        if (id == m_caseId)
            m_timeline->reload();
    });
    PageKeys::number(m_tabs, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    // A row of its own under the header: beside the stage box, wider than a 1366-pixel screen.
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_mismatchBanner);
    layout->addWidget(m_tabs, 1);
    // As read: the header's buttons, the next steps, the pages.
    TabChain::set({m_correctButton, m_mergeButton, m_moveButton, m_nextSteps->first()});
    TabChain::set({m_nextSteps->last(), m_tabs});

    m_saveButton->setEnabled(false);
    m_revertButton->setEnabled(false);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (isDirty())
            save();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &CaseWorkspace::save);
    connect(m_revertButton, &QPushButton::clicked, this, &CaseWorkspace::revert);
    connect(m_form, &CaseDetailsForm::dirtyChanged, this, [this](bool dirty) {
        m_context->gate(m_saveButton, Action::EditCases, dirty);
        m_revertButton->setEnabled(dirty);
        emit dirtyChanged(dirty);
        emit titleChanged(title());
    });
    connect(m_invitees, &InviteesTab::caseChanged, this, [this] {
        load();
        m_context->notifyCaseChanged(m_caseId);
    });
    connect(m_timeline, &CaseTimelinePanel::activityAdded, this, [this] {
        m_summary->showQuietFamily();
        m_context->notifyCaseChanged(m_caseId);
    });
    // An entry that gave the mediation information moved the case on.
    connect(m_timeline, &CaseTimelinePanel::caseMoved, this, [this] { load(); });
}

CaseWorkspace::~CaseWorkspace() = default;

void CaseWorkspace::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

CaseDeadlinesModel* CaseWorkspace::deadlinesModel() const
{
    return m_deadlines->model();
}

QString CaseWorkspace::title() const
{
    const QString base = m_details.reference.isEmpty()
                             ? tr("Case")
                             : tr("%1 %2").arg(m_details.reference, m_details.referral.child.fullName());
    return isDirty() ? base + QStringLiteral(" *") : base;
}

bool CaseWorkspace::isDirty() const
{
    return m_form->isDirty();
}

bool CaseWorkspace::load()
{
    if (!m_context->isOpen())
        return false;
    CaseDetails details;
    if (StoreError error =
            CaseRepository(m_context->database(), m_context->calendar()).load(m_caseId, &details)) {
        MessagePresenter::instance().showError(this, tr("Could not open the case"), error.message());
        return false;
    }
    m_details = details;
    m_appeal.reset();
    QList<User> users;
    // The case itself is read; what is missing besides is said, not hidden.
    auto& messages = MessagePresenter::instance();
    if (!messages.showIfFailed(this, tr("Could not read all of the case"),
                               TribunalAppealRepository(m_context->database()).load(m_caseId, &m_appeal)))
        messages.showIfFailed(this, tr("Could not read all of the case"),
                              UserRepository(m_context->database()).list(&users));
    m_form->load(m_details, users);
    showHeader();
    m_deadlines->showDeadlines(m_details, m_context->calendar(), m_context->today());
    buildStageMenu();
    m_mismatchBanner->setCase(m_details);
    m_context->gate(m_correctButton, Action::EditCases);
    m_context->gate(m_mergeButton, Action::MergeCases, m_details.stage != CaseStage::Closed);
    m_nextSteps->setCase(m_details);
    // The timeline offers the same step as the row of next steps.
    m_timeline->setOfferInformationGiven(
        MediationRequestRule::informationMoves(m_details.referral.route, m_details.stage));
    m_timeline->setCase(m_caseId);
    m_invitees->setCase(m_details);
    emit titleChanged(title());
    return true;
}

void CaseWorkspace::showHeader()
{
    m_summary->setCase(m_details, m_appeal);
    QString stage = tr("Stage: %1").arg(caseStageTitle(m_details.stage));
    if (m_details.stage == CaseStage::Closed && !m_details.closedReason.isEmpty())
        stage += tr(" (%1)").arg(m_details.closedReason);
    m_stage->setText(stage);
}

void CaseWorkspace::buildStageMenu()
{
    delete m_moveButton->menu();
    auto* menu = new QMenu(m_moveButton);
    menu->setToolTipsVisible(true);
    const Route route = m_details.referral.route;
    const QList<CaseStage> allowed = StageMachine::movesFrom(route, m_details.stage);
    for (CaseStage stage : allowed) {
        QAction* action = menu->addAction(caseStageTitle(stage) + QStringLiteral("..."));
        connect(action, &QAction::triggered, this, [this, stage] { beginStageMove(stage); });
    }
    // The rest, greyed out, each saying why not.
    bool separated = false;
    for (CaseStage stage : caseStagesOf(route)) {
        if (stage == m_details.stage || allowed.contains(stage))
            continue;
        if (!separated) {
            menu->addSeparator();
            separated = true;
        }
        const QString why = StageMachine::refusal(route, m_details.stage, {stage, m_context->today(), {}},
                                                  m_details.referral.enquiryDate, m_context->today());
        QAction* action = menu->addAction(caseStageTitle(stage));
        action->setEnabled(false);
        action->setToolTip(why);
        action->setStatusTip(why);
    }
    if (m_details.stage == CaseStage::Closed) {
        menu->addSeparator();
        QAction* reopenAction = menu->addAction(tr("Reopen the case..."));
        connect(reopenAction, &QAction::triggered, this, [this] {
            bool ok = false;
            const QString reason =
                QInputDialog::getText(this, tr("Reopen %1").arg(m_details.reference),
                                      tr("Why is the case reopened?"), QLineEdit::Normal, QString(), &ok);
            if (ok)
                reopen(reason);
        });
    }
    m_moveButton->setMenu(menu);
    m_context->gate(m_moveButton, Action::EditCases,
                    !menu->actions().isEmpty() &&
                        (!allowed.isEmpty() || m_details.stage == CaseStage::Closed));
}

bool CaseWorkspace::reopen(const QString& reason)
{
    CaseRepository repository(m_context->database(), m_context->calendar());
    if (StoreError error = repository.reopen(m_caseId, reason, m_context->currentUserId())) {
        MessagePresenter::instance().showError(this, tr("The case was not reopened"), error.message());
        return false;
    }
    load();
    m_context->notifyCaseChanged(m_caseId);
    return true;
}

FamilyWantsMediationDialog* CaseWorkspace::beginFamilyWantsMediation()
{
    if (!MediationRequestRule::mayRequest(m_details.referral.route, m_details.stage))
        return nullptr;
    if (!saveFirst(tr("recording that the family wants mediation")))
        return nullptr;
    auto* dialog =
        new FamilyWantsMediationDialog(m_details.reference, m_details.referral.enquiryDate,
                                       m_context->today(), m_details.stage == CaseStage::Enquiry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        CaseRepository repository(m_context->database(), m_context->calendar());
        if (StoreError error = repository.recordMediationRequested(
                m_caseId, dialog->requestedDate(), dialog->note(), m_context->today(),
                m_context->currentUserId(), dialog->thirtyDayStart())) {
            MessagePresenter::instance().showError(this, tr("The request was not recorded"), error.message());
            return;
        }
        load();
        m_context->notifyCaseChanged(m_caseId);
    });
    dialog->open();
    return dialog;
}

ThirtyDayStartDialog* CaseWorkspace::beginThirtyDayStartCorrection()
{
    if (m_details.referral.route != Route::Mediation || !m_details.mediationRequestedDate.isValid())
        return nullptr;
    if (!saveFirst(tr("correcting the start of the 30 days")))
        return nullptr;
    auto* dialog = new ThirtyDayStartDialog(m_details.reference, m_details.thirtyDayStart,
                                            m_details.referral.enquiryDate, m_context->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        CaseRepository repository(m_context->database(), m_context->calendar());
        if (StoreError error =
                repository.correctThirtyDayStart(m_caseId, dialog->thirtyDayStart(), dialog->reason(),
                                                 m_context->today(), m_context->currentUserId())) {
            MessagePresenter::instance().showError(this, tr("The correction was not saved"), error.message());
            return;
        }
        load();
        m_context->notifyCaseChanged(m_caseId);
    });
    dialog->open();
    return dialog;
}

FamilyNotPursuedDialog* CaseWorkspace::beginFamilyNotPursued()
{
    if (!MediationRequestRule::mayRecordNotPursued(m_details.referral.route, m_details.stage))
        return nullptr;
    if (!saveFirst(tr("recording that the family did not pursue mediation")))
        return nullptr;
    auto* dialog = new FamilyNotPursuedDialog(m_details.reference, m_details.referral.enquiryDate,
                                              m_details.informationGivenDate, m_context->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        CaseRepository repository(m_context->database(), m_context->calendar());
        if (StoreError error = repository.recordNotPursued(m_caseId, dialog->recordedDate(), dialog->note(),
                                                           m_context->today(), m_context->currentUserId())) {
            MessagePresenter::instance().showError(this, tr("It was not recorded"), error.message());
            return;
        }
        load();
        m_context->notifyCaseChanged(m_caseId);
    });
    dialog->open();
    return dialog;
}

LogActivityDialog* CaseWorkspace::beginInformationGiven()
{
    if (!MediationRequestRule::informationMoves(m_details.referral.route, m_details.stage))
        return nullptr;
    if (!saveFirst(tr("logging the information given")))
        return nullptr;
    m_tabs->setCurrentIndex(0);
    return m_timeline->beginLog(ActivityKind::Call, true);
}

StageMoveDialog* CaseWorkspace::beginStageMove(CaseStage to)
{
    // A move reloads the case, so edited details are saved (or kept back) first.
    if (isDirty()) {
        if (!MessagePresenter::instance().confirm(
                this, tr("Unsaved changes"),
                tr("The details of %1 have unsaved changes. Save them before moving the case?")
                    .arg(m_details.reference)) ||
            !save())
            return nullptr;
    }
    auto* dialog = new StageMoveDialog(m_details.referral.route, m_details.stage, to,
                                       m_details.referral.enquiryDate, m_context->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { moveStage(dialog->change()); });
    dialog->open();
    return dialog;
}

void CaseWorkspace::moveStage(const StageChange& change)
{
    CaseRepository repository(m_context->database(), m_context->calendar());
    if (StoreError error =
            repository.moveStage(m_caseId, change, m_context->today(), m_context->currentUserId())) {
        MessagePresenter::instance().showError(this, tr("The case was not moved"), error.message());
        return;
    }
    load();
    m_context->notifyCaseChanged(m_caseId);
}

bool CaseWorkspace::save()
{
    const QStringList problems = m_form->check();
    if (!problems.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        MessagePresenter::instance().showWarning(this, tr("The details were not saved"),
                                                 problems.join(QLatin1Char('\n')));
        return false;
    }
    CaseRepository repository(m_context->database(), m_context->calendar());
    if (StoreError error = repository.saveDetails(m_form->edited(), m_context->currentUserId())) {
        const QString text = error.kind() == StoreError::Kind::Conflict
                                 ? tr("%1\n\nYour edits are still on screen: note them, choose Revert to see "
                                      "the other desk's version, then make them again.")
                                       .arg(error.message())
                                 : error.message();
        MessagePresenter::instance().showError(this, tr("The details were not saved"), text);
        return false;
    }
    load();
    m_context->notifyCaseChanged(m_caseId);
    return true;
}

void CaseWorkspace::revert()
{
    m_form->revert();
}

bool CaseWorkspace::confirmLeave()
{
    if (!isDirty())
        return true;
    if (MessagePresenter::instance().confirm(
            this, tr("Unsaved changes"),
            tr("The details of %1 have changed and are not saved. Leave and lose those changes?")
                .arg(m_details.reference))) {
        revert();
        return true;
    }
    m_tabs->setCurrentIndex(1);
    return false;
}

bool CaseWorkspace::saveFirst(const QString& before)
{
    if (!isDirty())
        return true;
    return MessagePresenter::instance().confirm(
               this, tr("Unsaved changes"),
               tr("The details of %1 have unsaved changes. Save them before %2?")
                   .arg(m_details.reference, before)) &&
           save();
}

QString CaseWorkspace::certificateMismatchText() const
{
    return m_mismatchBanner->text();
}

CaseCorrectionDialog* CaseWorkspace::beginCorrection()
{
    if (!saveFirst(tr("correcting the case")))
        return nullptr;
    QList<Certificate> certificates;
    if (MessagePresenter::instance().showIfFailed(
            this, tr("Correct the case"),
            CertificateRepository(m_context->database(), m_context->calendar())
                .list(&certificates, m_caseId)))
        return nullptr;
    auto* dialog = new CaseCorrectionDialog(m_context, m_details, certificates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        load();
        m_context->notifyCaseChanged(m_caseId);
    });
    dialog->open();
    return dialog;
}

QDialog* CaseWorkspace::beginVoidAndReplace()
{
    return m_mismatchBanner->beginVoidAndReplace();
}

CaseMergeDialog* CaseWorkspace::beginMerge()
{
    if (!saveFirst(tr("merging the case")))
        return nullptr;
    auto* dialog = new CaseMergeDialog(m_context, m_details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 kept = dialog->keptCaseId();
        load();
        m_context->notifyCaseChanged(m_caseId);
        m_context->notifyCaseChanged(kept);
        emit openCaseRequested(kept);
    });
    dialog->open();
    return dialog;
}

TribunalAppealDialog* CaseWorkspace::beginAppeal()
{
    auto* dialog = new TribunalAppealDialog(m_context, m_caseId, m_appeal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        load();
        m_context->notifyCaseChanged(m_caseId);
    });
    dialog->show();
    return dialog;
}
