#include "cases/CaseListPanel.h"

#include "cases/CaseFilterBar.h"
#include "common/ItemViews.h"
#include "common/ListColumns.h"
#include "common/TabChain.h"
#include "common/UrgencyDelegate.h"
#include "common/UserSettings.h"
#include "common/ViewPlace.h"
#include "common/WorkContext.h"
#include "itemmodels/CaseListExport.h"
#include "itemmodels/CaseListModel.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/settings/CouncilRepository.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// "3": layouts saved before were the older fits (sideways scrolling, then a
// council cut short); everyone starts from the newest one once.
const QString kHeaderKey = QStringLiteral("cases/listHeader3");

// Enter on a row opens it (a table view would otherwise start editing or do nothing).
class CaseTableView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onActivate;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            onActivate();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};
} // namespace

CaseListPanel::CaseListPanel(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_filterBar(new CaseFilterBar(this)),
      m_model(new CaseListModel(this)), m_count(new QLabel(this))
{
    auto* view = new CaseTableView(this);
    view->onActivate = [this] {
        openCurrent();
    };
    m_view = view;
    ItemViews::label(
        m_view, tr("Cases"),
        tr("One row a case, sorted by the chosen column; arrow keys move, Enter opens the case"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CaseListModel::NextDeadlineColumn, Qt::AscendingOrder);
    // The parent's name is shown in the workspace and found by the search; off
    // by default (the column chooser brings it back) so that the council, which
    // the list is scanned by, is whole at 1366 pixels.
    m_view->horizontalHeader()->hideSection(CaseListModel::ParentColumn);
    m_columns = new ListColumns(m_view, kHeaderKey, this);
    m_view->setItemDelegateForColumn(CaseListModel::NextDeadlineColumn,
                                     new UrgencyDelegate(CaseListModel::UrgencyRole, false, m_view));
    m_view->setItemDelegateForColumn(CaseListModel::WorkingDaysLeftColumn,
                                     new UrgencyDelegate(CaseListModel::UrgencyRole, true, m_view));

    m_count->setAccessibleName(tr("Number of cases"));
    auto* newReferral = new QPushButton(tr("&New referral..."), this);
    newReferral->setObjectName(QStringLiteral("newReferral"));
    newReferral->setAccessibleName(tr("New referral"));
    newReferral->setToolTip(tr("Take a new referral (Ctrl+N)"));
    auto* clearFilters = new QPushButton(tr("Cl&ear filters"), this);
    clearFilters->setObjectName(QStringLiteral("clearFilters"));
    clearFilters->setAccessibleName(tr("Clear the filters and the search"));
    clearFilters->setToolTip(tr("Show every open case again"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setAccessibleName(tr("Refresh the case list"));
    refreshButton->setToolTip(tr("Ask the database again (F5)"));

    auto* exportButton = new QPushButton(tr("E&xport..."), this);
    exportButton->setObjectName(QStringLiteral("exportList"));
    exportButton->setAccessibleName(tr("Export the case list"));
    exportButton->setToolTip(
        tr("Save every case of the list, as filtered and sorted, as a CSV or Excel file"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(clearFilters);
    bottom->addWidget(refreshButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(newReferral);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    TabChain::set({m_view, clearFilters, refreshButton, exportButton, newReferral}); // left to right, as read

    connect(m_filterBar, &CaseFilterBar::filterChanged, this, [this](const CaseListFilter& filter) {
        m_model->setFilter(filter);
        m_filterBar->saveSettings(UserSettings::username(m_context));
        updateCount();
    });
    connect(clearFilters, &QPushButton::clicked, m_filterBar, &CaseFilterBar::clear);
    connect(m_columns, &ListColumns::fitRequested, this, &CaseListPanel::fitColumns);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &CaseListPanel::openCurrent);
    connect(newReferral, &QPushButton::clicked, this, &CaseListPanel::newReferralRequested);
    connect(refreshButton, &QPushButton::clicked, this, &CaseListPanel::refresh);
    connect(exportButton, &QPushButton::clicked, this, &CaseListPanel::exportList);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListPanel::updateCount);
    // The last page of a capped count makes it exact.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseListPanel::updateCount);
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString& message) {
        MessagePresenter::instance().showError(this, tr("Could not load the case list"), message);
    });
}

CaseListPanel::~CaseListPanel() = default;

void CaseListPanel::reload()
{
    if (auto* newReferral = findChild<QPushButton*>(QStringLiteral("newReferral")))
        m_context->gate(newReferral, Action::TakeReferrals);
    if (auto* exportButton = findChild<QPushButton*>(QStringLiteral("exportList")))
        exportButton->setEnabled(m_context->isOpen());
    QList<Council> councils;
    QList<User> users;
    if (m_context->isOpen()) {
        auto& messages = MessagePresenter::instance();
        if (!messages.showIfFailed(this, tr("Cases"),
                                   CouncilRepository(m_context->database()).list(&councils)))
            messages.showIfFailed(this, tr("Cases"), UserRepository(m_context->database()).list(&users));
    }
    m_filterBar->setChoices(councils, users);
    // The signed-in user's own filters and search, never the last user's.
    const QString username = UserSettings::username(m_context);
    m_filterBar->setFilter(CaseFilterBar::savedFilter(username));
    m_model->setToday(m_context->today());
    m_model->setFilter(m_filterBar->filter());
    m_model->setDatabase(m_context->database(), m_context->calendar());
    // Column widths as this user left them last time; the first time, as wide as the first page needs.
    if ((!m_columns->isRestored() || m_columns->username() != username) && m_context->isOpen()) {
        if (!m_columns->restore(username)) {
            m_view->horizontalHeader()->setSortIndicator(CaseListModel::NextDeadlineColumn,
                                                         Qt::AscendingOrder);
            m_fitPending = true; // once the view has its width
            if (isVisible())
                QTimer::singleShot(0, this, [this] {
                    if (m_fitPending)
                        fitColumns();
                });
        }
    }
    updateCount();
}

void CaseListPanel::exportList()
{
    if (!m_context->isOpen())
        return;
    const QString path =
        FileChooser::instance().saveFileName(this, tr("Export the Case List"), QStringLiteral("cases.xlsx"),
                                             tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    int rows = 0;
    const StoreError error = CaseListExport::write(*m_model, CaseListExport::formatOf(path), path, &rows);
    if (error.kind() == StoreError::Kind::Io) {
        MessagePresenter::instance().showError(
            this, tr("Export the Case List"),
            tr("%1 could not be written: %2. Choose another folder or name.")
                .arg(QDir::toNativeSeparators(path), error.message()));
        return;
    }
    if (MessagePresenter::instance().showIfFailed(this, tr("Export the Case List"), error))
        return;
    MessagePresenter::instance().showInformation(
        this, tr("Export the Case List"),
        tr("%n case(s) saved to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
}

void CaseListPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // After the layout has given the view its width.
    if (m_fitPending)
        QTimer::singleShot(0, this, [this] {
            if (m_fitPending)
                fitColumns();
        });
}

void CaseListPanel::fitColumns()
{
    m_fitPending = false;
    m_columns->fitToContents(80, 420);
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (available < 400)
        return;
    // Too wide for the screen (a 1366-pixel screen holds all nine columns):
    // narrow what can be read cut short, in this order, each down to its
    // floor and eliding (every cell's tooltip, and the heading's, holds the
    // whole text). The reference, route, stage and deadline are never cut:
    // those are what a list is scanned by; the council is cut last and least
    // (with the default columns it is whole at 1366 pixels).
    struct Narrowable
    {
        QList<int> columns; // narrowed together, in proportion to what each can give
        int floor;
    };
    const QList<Narrowable> order = {
        {{CaseListModel::ChildColumn, CaseListModel::ParentColumn, CaseListModel::CaseworkerColumn},
         header->fontMetrics().horizontalAdvance(QStringLiteral("Siobhán Wren")) + 12},
        {{CaseListModel::WorkingDaysLeftColumn},
         header->fontMetrics().horizontalAdvance(QStringLiteral("14 working days left")) + 34},
        {{CaseListModel::CouncilColumn},
         header->fontMetrics().horizontalAdvance(QStringLiteral("Northmoor Borough Council")) + 12},
    };
    auto excess = [header, available] {
        int total = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                total += header->sectionSize(column);
        }
        return total - available;
    };
    for (const Narrowable& step : order) {
        const int over = excess();
        if (over <= 0)
            return;
        int spare = 0;
        for (int column : step.columns) {
            if (!header->isSectionHidden(column))
                spare += std::max(0, header->sectionSize(column) - step.floor);
        }
        if (spare <= 0)
            continue;
        for (int column : step.columns) {
            if (header->isSectionHidden(column))
                continue;
            const int width = header->sectionSize(column);
            const int give = std::max(0, width - step.floor);
            const int cut = std::min(give, static_cast<int>(qint64(over) * give / spare) + 1);
            header->resizeSection(column, width - cut);
        }
    }
}

void CaseListPanel::refresh()
{
    // The selected case by its id, and the scroll position, as they were.
    const ViewPlace place(m_view, CaseRowRoles::CaseIdRole);
    m_model->setToday(m_context->today());
    m_model->refresh();
    updateCount();
    place.restore();
}

void CaseListPanel::selectCase(qint64 caseId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->caseIdAt(row) == caseId) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void CaseListPanel::focusSearch()
{
    m_filterBar->focusSearch();
}

void CaseListPanel::updateCount()
{
    const int total = m_model->totalCount();
    // An empty list says why, and what to do next.
    // A search of a common name stops counting at a cap: "1,000+ cases".
    if (m_model->totalIsCapped())
        m_count->setText(tr("%L1+ cases").arg(total));
    else if (total > 0)
        m_count->setText(tr("%Ln case(s)", nullptr, total));
    else if (m_filterBar->filter() == CaseListFilter())
        m_count->setText(tr("No open cases yet: take a referral with New referral (Ctrl+N)."));
    else
        m_count->setText(tr("No case matches these filters."));
}

void CaseListPanel::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit openCaseRequested(m_model->caseIdAt(current.row()));
}
