#include "cases/CaseDeadlinesPanel.h"

#include "common/ItemViews.h"
#include "common/UrgencyDelegate.h"
#include "common/WrappedTextDelegate.h"
#include "itemmodels/CaseDeadlinesModel.h"
#include "rules/DeadlineCalculator.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

CaseDeadlinesPanel::CaseDeadlinesPanel(QWidget* parent)
    : QWidget(parent), m_model(new CaseDeadlinesModel(this)), m_view(new QTableView)
{
    m_view->setModel(m_model);
    ItemViews::label(m_view, tr("Deadlines"),
                     tr("One row a statutory deadline of the case, with its date and how it was worked out"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->setItemDelegateForColumn(CaseDeadlinesModel::UrgencyColumn,
                                     new UrgencyDelegate(CaseDeadlinesModel::UrgencyRole, true, this));
    m_view->setItemDelegateForColumn(CaseDeadlinesModel::DateColumn,
                                     new UrgencyDelegate(CaseDeadlinesModel::UrgencyRole, false, this));
    m_view->setItemDelegateForColumn(CaseDeadlinesModel::RuleColumn, new WrappedTextDelegate(this));
    // Every column in sight: the rule (last) takes the room left and wraps.
    QHeaderView* columns = m_view->horizontalHeader();
    for (int column = 0; column < CaseDeadlinesModel::RuleColumn; ++column)
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(CaseDeadlinesModel::RuleColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Deadlines</b> (hover over one to see how it was worked out)")));
    layout->addWidget(m_view);
}

void CaseDeadlinesPanel::showDeadlines(const CaseDetails& details, const BankHolidayCalendar& calendar,
                                       const QDate& today)
{
    const DeadlineCalculator calculator(calendar);
    const CaseDeadlines deadlines(calculator);
    m_model->setDeadlines(deadlines.all(CaseDeadlines::timelineOf(details)), calendar, today);
}
