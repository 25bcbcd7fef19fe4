#include "itemmodels/CaseListModel.h"

#include "domain/DateText.h"
#include "itemmodels/CaseRowsModel.h"
#include "rules/DeadlineUrgency.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

CaseListModel::CaseListModel(QObject* parent)
    : PagedRowModel(ColumnCount, NextDeadlineColumn, parent), m_today(QDate::currentDate())
{}

void CaseListModel::setDatabase(QSqlDatabase db, const BankHolidayCalendar& calendar)
{
    useDatabase(std::move(db));
    m_calendar = calendar;
    refresh();
}

void CaseListModel::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

qint64 CaseListModel::caseIdAt(int row) const
{
    const CaseListRow* found = rowAt(row);
    return found ? found->id : 0;
}

std::optional<CaseListQuery::Column> CaseListModel::queryColumn(int column) const
{
    switch (column) {
    case ReferenceColumn:
        return CaseListQuery::Column::Reference;
    case ChildColumn:
        return CaseListQuery::Column::Child;
    case ParentColumn:
        return CaseListQuery::Column::Parent;
    case CouncilColumn:
        return CaseListQuery::Column::Council;
    case RouteColumn:
        return CaseListQuery::Column::Route;
    case StageColumn:
        return CaseListQuery::Column::Stage;
    case NextDeadlineColumn:
    case WorkingDaysLeftColumn: // the same order as the deadline itself
        return CaseListQuery::Column::NextDeadline;
    case CaseworkerColumn:
        return CaseListQuery::Column::Caseworker;
    default:
        return std::nullopt;
    }
}

CaseListQuery CaseListModel::query() const
{
    CaseListQuery query(database());
    query.setFilter(filter(), m_today);
    query.setSort(queryColumn(sortColumn()).value_or(CaseListQuery::Column::NextDeadline), sortOrder());
    query.setSearchCountCap(m_searchCountCap);
    query.setManyMatches(totalIsCapped());
    return query;
}

QString CaseListModel::cellText(const CaseListRow& row, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return row.reference;
    case ChildColumn:
        return row.childName;
    case ParentColumn:
        return row.parentName;
    case CouncilColumn:
        return row.councilName;
    case RouteColumn:
        return routeTitle(row.route);
    case StageColumn:
        return caseStageTitle(row.stage);
    case NextDeadlineColumn:
        return DateText::shortDate(row.nextDeadline);
    case WorkingDaysLeftColumn:
        // In words, so the signal does not rest on colour alone.
        return DeadlineUrgency::describe(m_calendar, m_today, row.nextDeadline);
    case CaseworkerColumn:
        return row.caseworkerName;
    default:
        return {};
    }
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size() || index.column() >= ColumnCount)
        return {};
    const CaseListRow& row = rows().at(index.row());
    if (role == CaseIdRole)
        return row.id;
    const DeadlineUrgency::Level urgency = DeadlineUrgency::level(m_calendar, m_today, row.nextDeadline);
    if (role == UrgencyRole)
        return static_cast<int>(urgency);
    const bool deadlineColumn =
        index.column() == NextDeadlineColumn || index.column() == WorkingDaysLeftColumn;

    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        if (deadlineColumn && row.nextDeadline.isValid())
            return QCoreApplication::translate("CaseListModel", "Next deadline: %1 (%2)")
                .arg(DateText::shortDate(row.nextDeadline),
                     CaseRowsModel::deadlineKindTitle(row.nextDeadlineKind));
        // The whole text, for a cell cut short to fit the screen.
        if (!deadlineColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::ForegroundRole:
        if (deadlineColumn && urgency == DeadlineUrgency::Level::Overdue)
            return QBrush(QColor(0xa4, 0x00, 0x00));
        if (deadlineColumn && urgency == DeadlineUrgency::Level::DueSoon)
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        break;
    case Qt::BackgroundRole:
        if (deadlineColumn && urgency == DeadlineUrgency::Level::Overdue)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        if (deadlineColumn && urgency == DeadlineUrgency::Level::DueSoon)
            return QBrush(QColor(0xff, 0xf1, 0xd6));
        break;
    case Qt::AccessibleTextRole:
        if (deadlineColumn)
            return DeadlineUrgency::describe(m_calendar, m_today, row.nextDeadline);
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip is the heading itself, for a heading cut short to fit the screen.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return PagedQueryModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case ChildColumn:
        return tr("Child or young person");
    case ParentColumn:
        return tr("Parent or carer");
    case CouncilColumn:
        return tr("Council");
    case RouteColumn:
        return tr("Route");
    case StageColumn:
        return tr("Stage");
    case NextDeadlineColumn:
        return tr("Next deadline");
    case WorkingDaysLeftColumn:
        return tr("Working days left");
    case CaseworkerColumn:
        return tr("Caseworker");
    }
    return {};
}
