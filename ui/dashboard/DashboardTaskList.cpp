#include "dashboard/DashboardTaskList.h"

#include "common/ItemViews.h"
#include "common/ViewPlace.h"
#include "domain/DateText.h"
#include "rules/TaskRules.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr int kCaseIdRole = Qt::UserRole + 1;
}

DashboardTaskList::DashboardTaskList(const QString& title, const QString& emptyText, QWidget* parent)
    : QWidget(parent), m_title(title), m_heading(new QLabel(this)), m_list(new QListWidget(this)),
      m_empty(new QLabel(emptyText, this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    ItemViews::label(m_list, title, tr("One row a task; Enter opens its case"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item)
            emit caseActivated(item->data(kCaseIdRole).toLongLong());
    });
    clear();
}

void DashboardTaskList::setTasks(const QList<CaseTask>& tasks, const QDate& today)
{
    const ViewPlace place(m_list, kCaseIdRole);
    m_list->clear();
    for (const CaseTask& task : tasks) {
        const QString due = !task.dueDate.isValid()              ? tr("No day set")
                            : TaskRules::isDueToday(task, today) ? tr("Today")
                                                                 : DateText::shortDate(task.dueDate);
        const QString text =
            !m_showsWhoFor || task.assignedToName.isEmpty()
                ? tr("%1   %2   %3").arg(due, task.caseReference, task.title)
                : tr("%1   %2   %3   (%4)").arg(due, task.caseReference, task.title, task.assignedToName);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(kCaseIdRole, task.caseId);
        item->setToolTip(task.title);
    }
    place.restore();
    showCount();
}

void DashboardTaskList::clear()
{
    m_list->clear();
    showCount();
}

void DashboardTaskList::setTitle(const QString& title)
{
    m_title = title;
    m_list->setAccessibleName(title);
    showCount();
}

void DashboardTaskList::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

qint64 DashboardTaskList::caseIdAt(int row) const
{
    const QListWidgetItem* item = m_list->item(row);
    return item ? item->data(kCaseIdRole).toLongLong() : 0;
}

void DashboardTaskList::showCount()
{
    const int count = m_list->count();
    m_heading->setText(tr("%1 (%2)").arg(m_title).arg(count));
    m_list->setVisible(count > 0);
    m_empty->setVisible(count == 0);
}
