#include "cases/CasesPage.h"

#include "cases/CaseListPanel.h"
#include "cases/CaseWorkspace.h"
#include "cases/NewReferralDialog.h"
#include "cases/QuickOpenDialog.h"
#include "cases/RecentCases.h"
#include "common/WorkContext.h"
#include "store/access/AuditRepository.h"

#include <QAction>
#include <QMenu>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

CasesPage::CasesPage(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_tabs(new QTabWidget(this)), m_list(new CaseListPanel(context)),
      m_newReferralAction(new QAction(tr("&New Referral..."), this)),
      m_quickOpenAction(new QAction(tr("&Quick Open..."), this)), m_recent(new RecentCases(context, this)),
      m_recentMenu(new QMenu(tr("&Recent Cases"), this))
{
    setAccessibleName(tr("Cases"));
    m_tabs->setAccessibleName(tr("Case list and open cases"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_list, tr("All cases"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_newReferralAction->setShortcut(QKeySequence::New);
    m_newReferralAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_newReferralAction, &QAction::triggered, this, &CasesPage::newReferral);
    m_quickOpenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_quickOpenAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quickOpenAction->setToolTip(tr("Open a case by its reference or a name (Ctrl+K)"));
    connect(m_quickOpenAction, &QAction::triggered, this, &CasesPage::quickOpen);
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recent->fillMenu(m_recentMenu); });
    connect(m_recent, &RecentCases::openRequested, this, [this](qint64 id) {
        m_list->selectCase(id);
        if (openCase(id))
            emit caseOpenedFromMenu();
    });

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_list->focusSearch();
    });
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &CasesPage::refresh);
    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, [this] {
        if (m_tabs->currentIndex() > 0)
            closeWorkspace(m_tabs->currentIndex());
    });

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &CasesPage::closeWorkspace);
    connect(m_list, &CaseListPanel::openCaseRequested, this, &CasesPage::openCase);
    connect(m_list, &CaseListPanel::newReferralRequested, this, &CasesPage::newReferral);
    connect(m_context, &WorkContext::reloaded, this, &CasesPage::reload);
    connect(m_context, &WorkContext::caseChanged, this, &CasesPage::onCaseChanged);
    connect(m_context, &WorkContext::changedElsewhere, this, &CasesPage::onChangedElsewhere);
    connect(m_context, &WorkContext::councilsChanged, m_list, &CaseListPanel::reload);
    reload();
}

void CasesPage::reload()
{
    // Another database: its cases are not these. (Edits were asked about before the switch.)
    while (m_tabs->count() > 1) {
        QWidget* page = m_tabs->widget(1);
        m_tabs->removeTab(1);
        page->deleteLater();
    }
    m_context->gate(m_newReferralAction, Action::TakeReferrals);
    m_quickOpenAction->setEnabled(m_context->isOpen());
    m_recentMenu->setEnabled(m_context->isOpen());
    m_list->reload();
}

QList<CaseWorkspace*> CasesPage::workspaces() const
{
    QList<CaseWorkspace*> found;
    for (int i = 1; i < m_tabs->count(); ++i)
        found << static_cast<CaseWorkspace*>(m_tabs->widget(i));
    return found;
}

CaseWorkspace* CasesPage::currentWorkspace() const
{
    return m_tabs->currentIndex() > 0 ? static_cast<CaseWorkspace*>(m_tabs->currentWidget()) : nullptr;
}

CaseWorkspace* CasesPage::openCase(qint64 caseId)
{
    for (CaseWorkspace* workspace : workspaces()) {
        if (workspace->caseId() == caseId) {
            m_tabs->setCurrentWidget(workspace);
            m_recent->remember(caseId);
            return workspace;
        }
    }
    auto* workspace = new CaseWorkspace(m_context, caseId);
    if (!workspace->load()) {
        delete workspace;
        return nullptr;
    }
    // Every opening of a case is on the audit trail; a failure to record it
    // does not keep the case from the person who may see it.
    if (StoreError error = AuditRepository(m_context->database()).recordCaseOpened(caseId))
        qWarning("Could not record an opened case in the audit trail (%d)", static_cast<int>(error.kind()));
    m_recent->remember(caseId);
    const int index = m_tabs->addTab(workspace, workspace->title());
    m_tabs->setTabToolTip(index, workspace->title());
    connect(workspace, &CaseWorkspace::titleChanged, this, [this, workspace](const QString& title) {
        const int at = m_tabs->indexOf(workspace);
        if (at >= 0) {
            m_tabs->setTabText(at, title);
            m_tabs->setTabToolTip(at, title);
        }
    });
    // A merge opens the case kept.
    connect(workspace, &CaseWorkspace::openCaseRequested, this, [this](qint64 id) { openCase(id); });
    m_tabs->setCurrentIndex(index);
    return workspace;
}

bool CasesPage::closeWorkspace(int tabIndex)
{
    if (tabIndex <= 0 || tabIndex >= m_tabs->count())
        return false;
    auto* workspace = static_cast<CaseWorkspace*>(m_tabs->widget(tabIndex));
    m_tabs->setCurrentIndex(tabIndex);
    if (!workspace->confirmLeave())
        return false;
    m_tabs->removeTab(tabIndex);
    workspace->deleteLater();
    return true;
}

bool CasesPage::confirmLeave()
{
    for (CaseWorkspace* workspace : workspaces()) {
        if (workspace->isDirty()) {
            m_tabs->setCurrentWidget(workspace);
            if (!workspace->confirmLeave())
                return false;
        }
    }
    return true;
}

NewReferralDialog* CasesPage::newReferral()
{
    auto* dialog = new NewReferralDialog(m_context, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->createdCaseId();
        m_context->notifyCaseChanged(id);
        m_list->selectCase(id);
        openCase(id);
    });
    // "Open that case" at the duplicate prompt: the referral is not saved.
    connect(dialog, &NewReferralDialog::openExistingCase, this, [this](qint64 id) {
        m_list->selectCase(id);
        openCase(id);
    });
    dialog->open();
    return dialog;
}

QuickOpenDialog* CasesPage::quickOpen()
{
    auto* dialog = new QuickOpenDialog(m_context, m_recent->ids(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->chosenCase();
        m_list->selectCase(id);
        if (openCase(id))
            emit caseOpenedFromMenu();
    });
    dialog->open();
    return dialog;
}

void CasesPage::refresh()
{
    CaseWorkspace* workspace = currentWorkspace();
    if (workspace) {
        if (workspace->confirmLeave())
            workspace->load();
        return;
    }
    m_list->refresh();
}

void CasesPage::onChangedElsewhere()
{
    m_list->refresh();
    // Which case changed is not said: every open one reads again, except one
    // with edits on screen (their save is refused if the case changed: row version).
    for (CaseWorkspace* workspace : workspaces()) {
        if (!workspace->isDirty())
            workspace->load();
    }
}

void CasesPage::onCaseChanged(qint64 caseId)
{
    m_list->refresh();
    for (CaseWorkspace* workspace : workspaces()) {
        // The one in front too: a meeting booked or held on its Meetings tab moved the case.
        if (workspace->caseId() == caseId && !workspace->isDirty())
            workspace->load();
    }
}
