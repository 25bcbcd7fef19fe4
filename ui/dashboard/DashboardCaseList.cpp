#include "dashboard/DashboardCaseList.h"

#include "common/ItemViews.h"
#include "common/UrgencyDelegate.h"
#include "common/ViewPlace.h"
#include "itemmodels/CaseRowsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Enter on a row opens its case.
class RowsView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void(const QModelIndex&)> onActivate;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            onActivate(currentIndex());
            return;
        }
        QTableView::keyPressEvent(event);
    }
};
} // namespace

DashboardCaseList::DashboardCaseList(const QString& title, const QString& emptyText, QWidget* parent)
    : QWidget(parent), m_title(title), m_emptyText(emptyText), m_heading(new QLabel(this)),
      m_empty(new QLabel(emptyText, this)), m_model(new CaseRowsModel(this))
{
    auto* view = new RowsView(this);
    m_view = view;
    m_view->setModel(m_model);
    ItemViews::label(m_view, title, tr("One row a case; arrow keys move, Enter opens the case"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    QHeaderView* header = m_view->horizontalHeader();
    // Sized by fitColumns(), so a long "what is due" cannot squeeze the names away.
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setStretchLastSection(false);
    header->setTextElideMode(Qt::ElideRight);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // cut at the end, not both sides
    // Narrow panels: the stage is in each row's tooltip; what is due is a column.
    m_view->setColumnHidden(CaseRowsModel::StageColumn, true);
    m_view->setColumnHidden(CaseRowsModel::CaseworkerColumn, true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegateForColumn(CaseRowsModel::TimeLeftColumn,
                                     new UrgencyDelegate(CaseRowsModel::UrgencyRole, true, m_view));
    m_view->setItemDelegateForColumn(CaseRowsModel::NextDeadlineColumn,
                                     new UrgencyDelegate(CaseRowsModel::UrgencyRole, false, m_view));
    m_heading->setAccessibleName(title);
    m_heading->setTextFormat(Qt::PlainText);
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(emptyText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    auto activate = [this](const QModelIndex& index) {
        if (index.isValid())
            emit caseActivated(m_model->caseIdAt(index.row()));
    };
    view->onActivate = activate;
    connect(m_view, &QAbstractItemView::doubleClicked, this, activate);
    m_view->viewport()->installEventFilter(this);
    clear();
}

void DashboardCaseList::setRows(const QList<CaseListRow>& rows, int total,
                                const BankHolidayCalendar& calendar, const QDate& today)
{
    // Read again (a change here or at another desk): the selection and scroll stay.
    const ViewPlace place(m_view, CaseRowRoles::CaseIdRole);
    m_model->setRows(rows, calendar, today);
    place.restore();
    if (total > rows.size())
        m_heading->setText(tr("%1 (%Ln, the first %2 shown)", nullptr, total).arg(m_title).arg(rows.size()));
    else
        m_heading->setText(tr("%1 (%Ln)", nullptr, total).arg(m_title));
    m_view->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty());
    fitColumns();
}

bool DashboardCaseList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

int DashboardCaseList::childColumnFloor() const
{
    return m_view->fontMetrics().horizontalAdvance(QStringLiteral("Siobhán Hartley")) + 16;
}

void DashboardCaseList::fitColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (available <= 0)
        return;
    const int child = CaseRowsModel::ChildColumn;
    auto wanted = [this, header](int column) {
        return std::max(static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(column),
                        header->sectionSizeHint(column));
    };
    int others = 0;
    QList<int> widths(m_model->columnCount(), 0);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == child || m_view->isColumnHidden(column))
            continue;
        widths[column] = wanted(column);
        others += widths[column];
    }
    // The name and its heading keep their floor: what is due, then the time
    // left, give way (never below their floors; their whole text is in the tooltip).
    const int floor = std::min(std::max(childColumnFloor(), header->sectionSizeHint(child)), wanted(child));
    int missing = floor - (available - others);
    const QFontMetrics metrics = m_view->fontMetrics();
    const QList<QPair<int, int>> giving = {
        {CaseRowsModel::WhatColumn, metrics.horizontalAdvance(QStringLiteral("Part 2 certificate")) + 12},
        {CaseRowsModel::TimeLeftColumn, metrics.horizontalAdvance(QStringLiteral("Overdue")) + 40},
    };
    for (const auto& [column, least] : giving) {
        if (missing <= 0)
            break;
        const int give = std::min(missing, std::max(0, widths[column] - least));
        widths[column] -= give;
        others -= give;
        missing -= give;
    }
    widths[child] = std::max(floor, available - others);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!m_view->isColumnHidden(column))
            header->resizeSection(column, widths[column]);
    }
}

void DashboardCaseList::clear()
{
    m_model->clear();
    m_heading->setText(m_title);
    m_view->hide();
    m_empty->show();
}

void DashboardCaseList::setTitle(const QString& title)
{
    m_title = title;
    m_heading->setAccessibleName(title);
    m_view->setAccessibleName(title);
}

void DashboardCaseList::setEmptyText(const QString& text)
{
    m_empty->setText(text);
    m_empty->setAccessibleName(text);
}
